// kiosk_receiver: receives kiosk event uploads over HTTP(S) into SQLite or PostgreSQL and serves
// the kiosks' signed bundles; or exports the events as CSV, or copies them to another store.
// Exit codes: 0 done, 1 could not run (database, address, TLS files), 2 bad command line/config.
#include "command_line.hpp"
#include "common/rfc3339.hpp"
#include "config.hpp"
#include "copy_events.hpp"
#include "csv.hpp"
#include "event_store.hpp"
#include "request_log.hpp"
#include "server.hpp"
#include "shutdown.hpp"

#include <signal.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>

namespace {

using namespace receiver;

// Written to a temporary name and renamed, so a reader never sees half a number.
void write_port_file(const std::string& path, int port) {
    const std::string temp = path + ".tmp";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << port << "\n";
        if (!out.flush()) {
            throw std::runtime_error("cannot write the port file " + temp);
        }
    }
    std::filesystem::rename(temp, path);
}

std::string describe_faults(const Options& options) {
    const FaultOptions& f = options.faults;
    if (!f.any()) {
        return "";
    }
    std::ostringstream text;
    text << " TEST MODES: fail=" << f.fail_share << " throttle=" << f.throttle_share
         << " html=" << f.html_share << " close=" << f.close_share << " delay_ms=" << f.delay_ms
         << " retry_after=" << f.retry_after_seconds << (f.retry_after_date ? "(date)" : "s")
         << " seed=" << f.seed;
    return text.str();
}

int run_export(const ReceiverConfig& config, const std::string& type) {
    const auto store = open_event_store(config.database, true);
    const std::string csv = events_csv(store->rows_of_type(type));
    std::fwrite(csv.data(), 1, csv.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}

// Exit 0 when everything is in the target, 1 when some ids there hold other content.
int run_copy(const ReceiverConfig& config, const std::string& source) {
    if (source == config.database) {
        std::cerr << "kiosk_receiver: --copy-from names the config's own database\n";
        return 2;
    }
    const auto from = open_event_store(source, true);
    const auto to = open_event_store(config.database, false);
    const CopyResult copied = copy_events(*from, *to);
    std::cout << "copied " << copied.read << " event(s) from " << from->describe() << " to "
              << to->describe() << ": " << copied.new_here << " new, " << copied.already
              << " already there, " << copied.conflicting.size() << " conflicting\n";
    if (copied.conflicting.empty()) {
        return 0;
    }
    std::cerr << "kiosk_receiver: these ids are in both databases with different content; the "
                 "target's were kept, compare them by hand:\n";
    for (const auto& id : copied.conflicting) {
        std::cerr << "  " << id << "\n";
    }
    return 1;
}

int run_server(const ReceiverConfig& config, Options options) {
    if (!options.seed_given) {
        options.faults.seed =
            (static_cast<std::uint64_t>(std::random_device{}()) << 32) ^ std::random_device{}();
    }
    const auto store = open_event_store(config.database, false);
    ReceiverServer server(config, *store, options.faults);
    const int port = server.bind();
    if (!options.port_file.empty()) {
        write_port_file(options.port_file, port);
    }
    log_message(kiosk::utc_now() + " kiosk_receiver listening on " +
                (server.uses_tls() ? "https://" : "http://") + config.listen_host + ":" +
                std::to_string(port) + " for " + std::to_string(config.kiosks.size()) +
                " kiosk(s), database " + store->describe() +
                (config.bundles_dir.empty() ? "" : ", bundles from " + config.bundles_dir) +
                describe_faults(options));
    bool ran = false;
    {
        SignalStopper stopper([&server] {
            if (!server.is_running()) {
                return false;
            }
            server.stop();
            return true;
        });
        ran = server.run();
        if (stopper.received() != 0) {
            log_message(kiosk::utc_now() + " kiosk_receiver stopping on signal " +
                        std::to_string(stopper.received()));
        }
    }
    log_message(kiosk::utc_now() + " kiosk_receiver stopped");
    return ran ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    block_stop_signals();
    signal(SIGPIPE, SIG_IGN); // a kiosk hanging up must not end the server
    Options options;
    try {
        options = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const UsageError& err) {
        std::cerr << "kiosk_receiver: " << err.what() << "\n" << usage_text();
        return 2;
    }
    if (options.help) {
        std::cout << usage_text();
        return 0;
    }
    ReceiverConfig config;
    try {
        config = load_config(options.config_path);
    } catch (const ConfigError& err) {
        std::cerr << "kiosk_receiver: the config has problems:\n" << err.what();
        return 2;
    }
    try {
        if (options.export_type) {
            return run_export(config, *options.export_type);
        }
        return options.copy_from ? run_copy(config, *options.copy_from)
                                 : run_server(config, options);
    } catch (const std::exception& err) {
        std::cerr << "kiosk_receiver: " << err.what() << "\n";
        return 1;
    }
}
