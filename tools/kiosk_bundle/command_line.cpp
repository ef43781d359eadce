// Parsing and the help text.
#include "command_line.hpp"

#include <set>

namespace bundle_tool {

namespace {

const std::map<std::string, std::set<std::string>> kOptions = {
    {"keygen", {"out"}},
    {"make", {"content", "schedule", "alerts", "version", "kiosk", "key", "out", "languages"}},
    {"verify", {"public-key", "kiosk", "languages"}},
};

} // namespace

std::string usage_text() {
    return R"(kiosk_bundle: make, sign and check bundles of content and group schedules for kiosks
(docs/bundles.md).

  kiosk_bundle keygen -o KEYFILE
      Makes a new signing key. Writes the secret key to KEYFILE (readable by you only; it
      must not exist yet) and prints the public key (base64) for the kiosks' config:
      [upload] bundle_public_key = "<public key>"

  kiosk_bundle make [--content DIR] [--schedule FILE] [--alerts FILE] --version N
                    --kiosk ID|'*' --key KEYFILE -o OUT [--languages nl,en,...]
      Packs a content pack folder, a group schedule file and/or a drug alerts file into one
      bundle, checks that each loads without a problem, and signs it. A bundle with only
      --alerts keeps the kiosk's content and schedule (docs/alerts.md). N: a whole number
      above every version sent before. --kiosk '*' makes a bundle for every kiosk.

  kiosk_bundle verify --public-key BASE64 [--kiosk ID] [--languages nl,en,...] FILE
      Checks a bundle as a kiosk would: signature, contents, and (with --kiosk) that it is
      meant for that kiosk.

Exit codes: 0 done, 1 failed (the reason is printed), 2 wrong command line.
)";
}

CommandLine parse_command_line(const std::vector<std::string>& args) {
    CommandLine line;
    if (args.empty())
        throw UsageError("give a command: keygen, make or verify (kiosk_bundle --help)");
    if (args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        line.command = "help";
        return line;
    }
    line.command = args[0];
    const auto known = kOptions.find(line.command);
    if (known == kOptions.end())
        throw UsageError("unknown command \"" + line.command +
                         "\"; use keygen, make or verify (kiosk_bundle --help)");
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "-o" || arg.rfind("--", 0) == 0) {
            std::string name = arg == "-o" ? "out" : arg.substr(2);
            std::string value;
            const auto equals = name.find('=');
            if (equals != std::string::npos) {
                value = name.substr(equals + 1);
                name.erase(equals);
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                throw UsageError(arg + " needs a value (kiosk_bundle --help)");
            }
            if (!known->second.count(name))
                throw UsageError("\"" + line.command + "\" has no option --" + name +
                                 " (kiosk_bundle --help)");
            if (line.values.count(name))
                throw UsageError("--" + name + " is given twice");
            line.values[name] = value;
        } else {
            line.files.push_back(arg);
        }
    }
    return line;
}

} // namespace bundle_tool
