// The receiver's TOML config file: where to listen, the database, the body limit, kiosk tokens.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace receiver {

struct KioskCredential {
    std::string id;
    std::string token;
};

struct TlsFiles {
    std::string cert; // PEM certificate (chain), path as resolved
    std::string key;  // PEM private key
};

struct ReceiverConfig {
    std::string listen_host = "127.0.0.1";
    int listen_port = 8080; // 0: any free port (see --port-file)
    std::string database = "receiver.db";
    std::size_t max_body_bytes = 1048576;
    // Open connections one client address may hold (0: no limit; behind nginx every
    // connection comes from nginx, so there it is 0 and nginx limits per address).
    unsigned connections_per_address = 64;
    // The address of a reverse proxy in front (nginx): a request from it is taken to come from
    // the last address of its X-Forwarded-For (for the log and the pause after wrong tokens).
    // Empty: no proxy; X-Forwarded-For is ignored.
    std::string forwarded_by;
    std::string admin_token; // empty: the export endpoint is disabled
    std::string bundles_dir; // signed bundles for the kiosks (docs/bundles.md); empty: none
    // Peer field worker interest forms (they may hold a contact) are forgotten this many days
    // after they were sent in: what the kiosk's consent text promises (its
    // retention.interest_days, 30 by default).
    std::int64_t interest_kept_days = 30;
    std::vector<KioskCredential> kiosks;
    std::optional<TlsFiles> tls;
};

// The config could not be read; what() lists every problem, one "file:line: key: ..." a line.
class ConfigError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Reads and checks the file. Relative paths (database, bundles_dir, tls.cert, tls.key) are
// taken from the config file's folder. Throws ConfigError.
ReceiverConfig load_config(const std::string& path);

// Splits "host:port" or "[v6-host]:port". Returns false when it is not that form.
bool parse_listen(const std::string& text, std::string& host, int& port);

} // namespace receiver
