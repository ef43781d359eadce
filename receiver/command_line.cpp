// Command-line parsing: each flag once, numbers checked for range, shares adding up to 1 at most.
#include "command_line.hpp"

#include "validation.hpp"

#include <cerrno>
#include <cstdlib>

namespace receiver {

namespace {

double share(const std::string& flag, const std::string& text) {
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || errno != 0 || !(value >= 0.0 && value <= 1.0)) {
        throw UsageError(flag + " needs a share from 0 to 1, e.g. 0.3 (got \"" + text + "\")");
    }
    return value;
}

long long whole(const std::string& flag, const std::string& text, long long max) {
    if (text.empty() || text.size() > 18 ||
        text.find_first_not_of("0123456789") != std::string::npos) {
        throw UsageError(flag + " needs a whole number (got \"" + text + "\")");
    }
    const long long value = std::stoll(text);
    if (value > max) {
        throw UsageError(flag + " must be at most " + std::to_string(max));
    }
    return value;
}

} // namespace

std::string usage_text() {
    return "usage: kiosk_receiver --config FILE [--port-file FILE]\n"
           "       kiosk_receiver --config FILE --export TYPE   (CSV of one event type to stdout)\n"
           "       kiosk_receiver --config FILE --copy-from DATABASE   (copy every event from a\n"
           "                     SQLite file or PostgreSQL URI into the config's database)\n"
           "test modes (for trying kiosks against a bad network; see docs/receiver.md):\n"
           "  --seed N              repeatable fault choices (default: random, logged)\n"
           "  --fail-share X        answer this share of uploads with 500\n"
           "  --throttle-share X    answer this share with 429 and Retry-After\n"
           "  --retry-after S       seconds in Retry-After (default 1)\n"
           "  --retry-after-date    send Retry-After as an HTTP-date instead\n"
           "  --html-share X        answer this share with a 200 captive-portal HTML page\n"
           "  --close-share X       store, then drop the connection part-way through the answer\n"
           "  --delay-ms N          wait N ms before handling each upload\n";
}

namespace {

// The flags that only make sense together, or not at all together.
void check_together(const Options& o, bool have_retry_after) {
    if (o.config_path.empty()) {
        throw UsageError("--config FILE is required");
    }
    const FaultOptions& f = o.faults;
    if (f.fail_share + f.throttle_share + f.html_share + f.close_share > 1.0 + 1e-9) {
        throw UsageError("the fail, throttle, html and close shares add up to more than 1");
    }
    if ((have_retry_after || f.retry_after_date) && f.throttle_share == 0) {
        throw UsageError("--retry-after and --retry-after-date only apply with --throttle-share");
    }
    if ((o.export_type || o.copy_from) && (f.any() || !o.port_file.empty())) {
        throw UsageError(std::string(o.export_type ? "--export" : "--copy-from") +
                         " does not start the server; leave out the server flags");
    }
    if (o.export_type && o.copy_from) {
        throw UsageError("--export and --copy-from are two separate runs; give one");
    }
}

} // namespace

Options parse_command_line(const std::vector<std::string>& args) {
    Options o;
    bool have_retry_after = false;
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string flag = args[i];
        std::optional<std::string> inline_value;
        if (const auto eq = flag.find('='); flag.rfind("--", 0) == 0 && eq != std::string::npos) {
            inline_value = flag.substr(eq + 1);
            flag = flag.substr(0, eq);
        }
        for (const auto& s : seen) {
            if (s == flag) {
                throw UsageError(flag + " is given twice");
            }
        }
        seen.push_back(flag);
        auto value = [&]() -> std::string {
            if (inline_value) {
                return *inline_value;
            }
            if (i + 1 >= args.size()) {
                throw UsageError(flag + " needs a value");
            }
            return args[++i];
        };
        if (flag == "--help" || flag == "-h") {
            o.help = true;
        } else if (flag == "--config") {
            o.config_path = value();
        } else if (flag == "--export") {
            o.export_type = value();
            if (!is_event_type(*o.export_type)) {
                throw UsageError("--export needs an event type such as signup.created");
            }
        } else if (flag == "--copy-from") {
            o.copy_from = value();
            if (o.copy_from->empty()) {
                throw UsageError("--copy-from needs a SQLite file or a postgresql:// URI");
            }
        } else if (flag == "--port-file") {
            o.port_file = value();
        } else if (flag == "--seed") {
            o.faults.seed = static_cast<std::uint64_t>(whole(flag, value(), 999999999999999999LL));
            o.seed_given = true;
        } else if (flag == "--fail-share") {
            o.faults.fail_share = share(flag, value());
        } else if (flag == "--throttle-share") {
            o.faults.throttle_share = share(flag, value());
        } else if (flag == "--html-share") {
            o.faults.html_share = share(flag, value());
        } else if (flag == "--close-share") {
            o.faults.close_share = share(flag, value());
        } else if (flag == "--retry-after") {
            o.faults.retry_after_seconds = static_cast<int>(whole(flag, value(), 86400));
            have_retry_after = true;
        } else if (flag == "--retry-after-date") {
            if (inline_value) {
                throw UsageError("--retry-after-date takes no value");
            }
            o.faults.retry_after_date = true;
        } else if (flag == "--delay-ms") {
            o.faults.delay_ms = static_cast<int>(whole(flag, value(), 600000));
        } else {
            throw UsageError("unknown argument \"" + args[i] + "\"");
        }
    }
    if (!o.help) {
        check_together(o, have_retry_after);
    }
    return o;
}

} // namespace receiver
