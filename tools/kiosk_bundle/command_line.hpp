// kiosk_bundle's command line: a command (keygen, make, verify) and its options.
#pragma once

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace bundle_tool {

struct CommandLine {
    std::string command;                       // "keygen", "make", "verify" or "help"
    std::map<std::string, std::string> values; // option name without dashes -> value
    std::vector<std::string> files;            // arguments that are not options
};

// A wrong command line; what() says what and how to fix it.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// "--name value", "--name=value", "-o value". Options the command does not know are errors.
CommandLine parse_command_line(const std::vector<std::string>& args);

std::string usage_text();

} // namespace bundle_tool
