// The receiver's command line: the config file, export mode, port file and test modes.
#pragma once

#include "faults.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace receiver {

struct Options {
    std::string config_path;
    std::optional<std::string> export_type; // --export TYPE: CSV to stdout, then exit
    // --copy-from DATABASE: copy every event from that store (a SQLite file or a PostgreSQL
    // URI) into the config's database, then exit (docs/receiver.md, "Moving to PostgreSQL").
    std::optional<std::string> copy_from;
    std::string port_file; // written with the bound port once listening
    FaultOptions faults;
    bool seed_given = false;
    bool help = false;
};

// A wrong command line; what() says which flag and why.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Parses argv[1..] ("--flag value" or "--flag=value"). Throws UsageError.
Options parse_command_line(const std::vector<std::string>& args);

std::string usage_text();

} // namespace receiver
