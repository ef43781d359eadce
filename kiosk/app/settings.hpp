// Start-up settings: defaults, then the config file, then command-line flags, all checked.
#pragma once

#include "core/command_line.hpp"
#include "core/config.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::app {

struct Settings {
    Config config;
    CommandLine command_line;
    std::string config_source; // the file read, or "built-in defaults"
};

// On success returns the settings. Otherwise prints what is wrong (or the help/version
// text) and sets `exit_code`: 0 for --help/--version, 2 for bad input.
std::optional<Settings> load_settings(const std::vector<std::string>& args, int& exit_code);

} // namespace kiosk::app
