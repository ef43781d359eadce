// The console's TOML config: where to listen, the receiver's database, the users file, TLS,
// the type of each peer group (the kiosks' events name groups only by id), and the alert
// key with the folder the alert bundle goes to.
#pragma once

#include "alert_publisher.hpp"
#include "config.hpp"
#include "group_types.hpp"

#include <optional>
#include <string>

namespace console {

struct ConsoleConfig {
    std::string listen_host = "127.0.0.1";
    int listen_port = 8443;
    std::string database = "receiver.db"; // the receiver's: a SQLite path or a PostgreSQL URI
    std::string users = "console-users.toml";
    std::string state = "console-state.db"; // the console's own SQLite file (reviewed, audit log)
    std::optional<receiver::TlsFiles> tls;
    GroupTypes group_types; // [group_types]: group id = "experience" | "coaching" | ...
    // [alerts] key and bundles_dir: publishing alerts (docs/console.md, "Alerts"); none: off.
    std::optional<AlertChannelFiles> alerts;
};

// Reads and checks path (relative paths from its folder). Listening on anything but a
// loopback address needs [tls]: coordinators' passwords never cross a network in clear.
// Throws receiver::ConfigError listing every problem.
ConsoleConfig load_console_config(const std::string& path);

bool is_loopback(const std::string& host);

} // namespace console
