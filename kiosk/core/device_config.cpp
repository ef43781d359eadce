// Reading and checking the [screen] and [device] tables of the config file.
#include "device_config.hpp"

#include "config_reader.hpp"

namespace kiosk {

namespace config_detail {

namespace {

void read_open(Reader& r, const toml::node& node, ScreenConfig& screen) {
    const auto* table = node.as_table();
    if (!table) {
        r.wrong(node, "screen.open", "a table of weekdays, e.g. { monday = \"09:00-17:00\" }");
        return;
    }
    OpeningHours hours;
    for (const auto& [k, v] : *table) {
        const std::string day(k.str());
        const std::string key = "screen.open." + day;
        const int index = weekday_index(day);
        if (index < 0) {
            r.problems.push_back({r.file, r.line(v), key,
                                  "unknown day; use monday, tuesday, wednesday, thursday, "
                                  "friday, saturday or sunday"});
            continue;
        }
        std::string text;
        r.read(v, key, text);
        std::string error;
        if (auto ranges = parse_day_hours(text, error))
            hours.days[static_cast<std::size_t>(index)] = std::move(*ranges);
        else if (v.is_string())
            r.problems.push_back({r.file, r.line(v), key, error});
    }
    screen.open = std::move(hours);
}

} // namespace

void read_screen_table(Reader& r, const toml::table& table, ScreenConfig& screen) {
    for (const auto& [k, v] : table) {
        const std::string key = "screen." + std::string(k.str());
        if (k == "open")
            read_open(r, v, screen);
        else if (k == "awake_minutes")
            r.read(v, key, screen.awake_minutes);
        else if (k == "backlight")
            r.read(v, key, screen.backlight);
        else if (k == "on_command")
            r.read(v, key, screen.on_command);
        else if (k == "off_command")
            r.read(v, key, screen.off_command);
        else
            r.problems.push_back({r.file, r.line(v), key,
                                  "unknown key (allowed: open, awake_minutes, backlight, "
                                  "on_command, off_command)"});
    }
}

void read_device_table(Reader& r, const toml::table& table, DeviceConfig& device) {
    for (const auto& [k, v] : table) {
        const std::string key = "device." + std::string(k.str());
        if (k == "check_clock") {
            bool check = true;
            r.read(v, key, check);
            device.check_clock = check;
        } else if (k == "clock_sync_file") {
            r.read(v, key, device.clock_sync_file);
        } else {
            r.problems.push_back(
                {r.file, r.line(v), key, "unknown key (allowed: check_clock, clock_sync_file)"});
        }
    }
}

} // namespace config_detail

void validate_device_config(const ScreenConfig& screen, const DeviceConfig& device,
                            const std::string& source, std::vector<Problem>& problems) {
    auto bad = [&](const std::string& key, const std::string& value, const std::string& allowed) {
        problems.push_back({source, 0, key, "\"" + value + "\" is not allowed; " + allowed});
    };
    if (screen.awake_minutes < 1 || screen.awake_minutes > 60)
        bad("screen.awake_minutes", std::to_string(screen.awake_minutes),
            "use 1 to 60 minutes (default 5)");
    if (screen.backlight != "auto" && screen.backlight != "none" &&
        screen.backlight.rfind("/", 0) != 0)
        bad("screen.backlight", screen.backlight,
            "use \"auto\", \"none\" or a folder such as \"/sys/class/backlight/10-0045\"");
    if (screen.on_command.empty() != screen.off_command.empty())
        bad(screen.on_command.empty() ? "screen.on_command" : "screen.off_command", "",
            "give both screen.on_command and screen.off_command, or neither");
    if (device.clock_sync_file.empty())
        bad("device.clock_sync_file", "",
            "give the file NTP creates when synchronised (default "
            "\"/run/systemd/timesync/synchronized\")");
}

} // namespace kiosk
