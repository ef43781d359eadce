// Command-line flags of the kiosk binary; flags override the config file.
#pragma once

#include "config.hpp"
#include "navigator.hpp"
#include "problem.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct CommandLine {
    std::optional<std::string> config_path;
    std::optional<std::pair<int, int>> windowed; // --windowed WxH
    std::optional<Rotation> rotation;
    std::optional<std::string> data_dir;
    std::optional<std::string> assets_dir;
    std::optional<std::string> content_dir;
    std::optional<std::string> alerts_file;
    std::optional<std::string> check_content_dir; // --check-content: validate and exit
    std::optional<std::string> language;          // start in this language (screenshots, demos)
    std::optional<Place> goto_screen;             // --goto SCREEN[:ITEM]
    std::optional<std::string> screenshot_path;
    std::optional<std::string> ui_dump_path;
    std::optional<std::string> speech_to; // read aloud into WAV files here (tests)
    bool show_idle_prompt = false;        // --goto idle-prompt
    bool trace_start = false;             // --trace-start: where the start's time goes, on stderr
    bool large_text = false;              // --large-text: start with the visitor's large text on
    bool high_contrast = false;           // --high-contrast: and/or high contrast (screenshots)
    bool hash_pin = false;
    bool help = false;
    bool version = false;

    // Applies the overrides to a config read from file/defaults.
    void apply_to(Config& config) const;
};

// Problems carry the flag as field; an empty list means the command line is usable.
CommandLine parse_command_line(const std::vector<std::string>& args,
                               std::vector<Problem>& problems);
std::string usage_text();

} // namespace kiosk
