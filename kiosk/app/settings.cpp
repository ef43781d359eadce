// Reading settings; every problem is printed as "file:line: key: what is wrong".
#include "settings.hpp"

#include <cstdio>
#include <sys/stat.h>

#ifndef KIOSK_VERSION
#define KIOSK_VERSION "0.0.0"
#endif
#ifndef KIOSK_DEFAULT_ASSETS
#define KIOSK_DEFAULT_ASSETS "assets"
#endif

namespace kiosk::app {

namespace {
constexpr const char* kSystemConfig = "/etc/kiosk/kiosk.toml";

bool file_exists(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0;
}

void print(const std::vector<Problem>& problems) {
    for (const auto& p : problems)
        std::fprintf(stderr, "kiosk: %s\n", to_string(p).c_str());
}
} // namespace

std::optional<Settings> load_settings(const std::vector<std::string>& args, int& exit_code) {
    std::vector<Problem> problems;
    Settings s;
    s.command_line = parse_command_line(args, problems);
    if (!problems.empty()) {
        print(problems);
        exit_code = 2;
        return std::nullopt;
    }
    if (s.command_line.help || s.command_line.version) {
        std::printf("%s", s.command_line.help ? usage_text().c_str() : KIOSK_VERSION "\n");
        exit_code = 0;
        return std::nullopt;
    }
    s.config_source = "built-in defaults";
    if (s.command_line.config_path) {
        s.config_source = *s.command_line.config_path;
        if (!file_exists(s.config_source)) {
            problems.push_back(
                {s.config_source, 0, "--config", "file not found; give the path of a kiosk.toml"});
        } else {
            load_config_file(s.config_source, s.config, problems);
        }
    } else if (file_exists(kSystemConfig)) {
        s.config_source = kSystemConfig;
        load_config_file(s.config_source, s.config, problems);
    }
    s.command_line.apply_to(s.config);
    if (s.config.assets_dir.empty())
        s.config.assets_dir = KIOSK_DEFAULT_ASSETS;
    if (s.config.content_dir.empty())
        s.config.content_dir = s.config.assets_dir + "/content";
    validate_config(s.config, s.config_source + " and command line", problems);
    if (!problems.empty()) {
        print(problems);
        std::fprintf(stderr, "kiosk: not started; see docs/configuration.md\n");
        exit_code = 2;
        return std::nullopt;
    }
    exit_code = 0;
    return s;
}

} // namespace kiosk::app
