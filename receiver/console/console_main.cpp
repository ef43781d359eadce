// kiosk_console: the coordinators' web console on the receiver's store (docs/console.md).
//   kiosk_console --config console.toml [--port-file FILE]       serve the console
//   kiosk_console --config console.toml --add-user NAME --role ROLE   add or reset a
//       coordinator; the password is read from stdin (twice when it is a terminal)
// Exit codes: 0 done, 1 could not run (database, address, TLS files), 2 bad command line/config.
#include "console_config.hpp"
#include "console_server.hpp"
#include "passwords.hpp"
#include "request_log.hpp"
#include "shutdown.hpp"
#include "users_file.hpp"

#include "common/rfc3339.hpp"

#include <signal.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <iostream>
#include <vector>

namespace {

using namespace console;

const char* const kUsage =
    "usage: kiosk_console --config FILE [--port-file FILE]\n"
    "       kiosk_console --config FILE --add-user NAME --role viewer|coordinator|peer-work\n"
    "         (the password is read from stdin)\n";

int add_user(const ConsoleConfig& config, const std::string& name, const std::string& role) {
    if (!is_user_name(name)) {
        std::cerr << "kiosk_console: a name is 1-64 of a-z 0-9 . _ -\n";
        return 2;
    }
    const auto chosen = role_from_name(role);
    if (!chosen) {
        std::cerr << "kiosk_console: --role is viewer, coordinator or peer-work\n";
        return 2;
    }
    const bool terminal = isatty(0) == 1;
    std::string password;
    std::string again;
    if (terminal) {
        std::cerr << "Password for " << name << ": ";
    }
    std::getline(std::cin, password);
    if (terminal) {
        std::cerr << "Again: ";
        std::getline(std::cin, again);
        if (again != password) {
            std::cerr << "kiosk_console: the two passwords differ; nothing changed\n";
            return 2;
        }
    }
    if (const std::string problem = password_problem(password); !problem.empty()) {
        std::cerr << "kiosk_console: " << problem << "; nothing changed\n";
        return 2;
    }
    save_user(config.users, {name, *chosen, hash_password(password)});
    std::cout << "kiosk_console: " << name << " (" << role << ") saved in " << config.users << "\n";
    return 0;
}

int serve(const ConsoleConfig& config, const std::string& port_file) {
    const auto store = receiver::open_event_store(config.database, true);
    ConsoleState state(config.state);
    ConsoleApp app(*store, load_users(config.users), config.tls.has_value(), &state);
    app.set_group_types(config.group_types);
    if (config.alerts) {
        app.set_alert_publisher(std::make_shared<const AlertPublisher>(*config.alerts));
    }
    app.warm_up(std::time(nullptr)); // before it listens: the first page is as quick as any
    ConsoleServer server(config, app);
    const int port = server.bind();
    if (!port_file.empty()) {
        std::ofstream(port_file + ".tmp") << port << "\n";
        std::rename((port_file + ".tmp").c_str(), port_file.c_str());
    }
    receiver::log_message(kiosk::utc_now() + " kiosk_console listening on " +
                          (config.tls ? "https://" : "http://") + config.listen_host + ":" +
                          std::to_string(port) + ", " + store->describe() + ", state in " +
                          state.path());
    receiver::SignalStopper stopper([&server] {
        if (!server.is_running()) {
            return false;
        }
        server.stop();
        return true;
    });
    return server.run() ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    receiver::block_stop_signals();
    signal(SIGPIPE, SIG_IGN);
    std::string config_path, port_file, new_user, role;
    const std::vector<std::string> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        const bool has_value = i + 1 < args.size();
        if (args[i] == "--config" && has_value) {
            config_path = args[++i];
        } else if (args[i] == "--port-file" && has_value) {
            port_file = args[++i];
        } else if (args[i] == "--add-user" && has_value) {
            new_user = args[++i];
        } else if (args[i] == "--role" && has_value) {
            role = args[++i];
        } else {
            std::cerr << "kiosk_console: unknown or incomplete argument \"" << args[i] << "\"\n"
                      << kUsage;
            return 2;
        }
    }
    if (config_path.empty() || new_user.empty() != role.empty()) {
        std::cerr << kUsage;
        return 2;
    }
    try {
        const ConsoleConfig config = load_console_config(config_path);
        return new_user.empty() ? serve(config, port_file) : add_user(config, new_user, role);
    } catch (const receiver::ConfigError& err) {
        std::cerr << "kiosk_console: the config has problems:\n" << err.what();
        return 2;
    } catch (const std::exception& err) {
        std::cerr << "kiosk_console: " << err.what() << "\n";
        return 1;
    }
}
