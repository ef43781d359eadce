// The [screen] and [device] tables of the config file: opening hours per weekday, the
// screen switch, the clock check, and a clear message for every mistake.
#include "core/config.hpp"

#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kiosk;

namespace {

struct Loaded {
    Config config;
    std::vector<Problem> problems;
};

Loaded load(const std::string& text) {
    kiosk::store::test::TempDir dir;
    const std::string path = dir.path() + "/kiosk.toml";
    std::ofstream(path) << text;
    Loaded out;
    load_config_file(path, out.config, out.problems);
    validate_config(out.config, path, out.problems);
    return out;
}

const Problem* problem_for(const Loaded& l, const std::string& field) {
    for (const auto& p : l.problems)
        if (p.field == field)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("without [screen] the screen is always on and the clock check follows systemd") {
    const Config c;
    CHECK_FALSE(c.screen.open);
    CHECK(c.screen.backlight == "auto");
    CHECK_FALSE(c.device.check_clock);
    CHECK(c.device.clock_sync_file == "/run/systemd/timesync/synchronized");
}

TEST_CASE("opening hours per weekday, the switch and the clock check are read") {
    const Loaded l = load(R"(
[screen]
open = { monday = "09:00-17:00", friday = "12:00-16:00, 20:00-02:00", sunday = "closed" }
awake_minutes = 10
backlight = "/sys/class/backlight/10-0045"
[device]
check_clock = true
clock_sync_file = "/run/chrony-synced"
)");
    INFO(to_string(l.problems));
    REQUIRE(l.problems.empty());
    const ScreenConfig& s = l.config.screen;
    REQUIRE(s.open);
    CHECK(s.open->days[0].size() == 1);
    CHECK(s.open->days[1].empty()); // a day not named is closed
    CHECK(s.open->days[4].size() == 2);
    CHECK(s.open->days[4][1].crosses_midnight());
    CHECK(s.open->days[6].empty());
    CHECK(s.awake_minutes == 10);
    CHECK(s.backlight == "/sys/class/backlight/10-0045");
    CHECK(l.config.device.check_clock == std::optional<bool>(true));
    CHECK(l.config.device.clock_sync_file == "/run/chrony-synced");
}

TEST_CASE("the opening hours may also be a [screen.open] table") {
    const Loaded l = load("[screen.open]\ntuesday = \"10:00-18:00\"\n");
    INFO(to_string(l.problems));
    REQUIRE(l.problems.empty());
    REQUIRE(l.config.screen.open);
    CHECK(l.config.screen.open->days[1].size() == 1);
}

TEST_CASE("mistakes in [screen] and [device] name the key, the line and what to write") {
    const Loaded l = load(R"(
[screen]
open = { monday = "9-17", funday = "10:00-12:00", tuesday = 9 }
awake_minutes = 0
backlight = "sysfs"
on_command = "ddcutil setvcp d6 01"
colour = "blue"
[device]
check_clock = "yes"
clock_sync_file = ""
)");
    const Problem* p = problem_for(l, "screen.open.monday");
    REQUIRE(p);
    CHECK(p->line == 3);
    CHECK(p->message.find("\"9-17\" is not a time range") != std::string::npos);
    CHECK(p->message.find("\"09:00-17:00\"") != std::string::npos);
    REQUIRE(problem_for(l, "screen.open.funday"));
    CHECK(problem_for(l, "screen.open.funday")->message.find("monday") != std::string::npos);
    REQUIRE(problem_for(l, "screen.open.tuesday"));
    CHECK(problem_for(l, "screen.open.tuesday")->message.find("text") != std::string::npos);
    REQUIRE(problem_for(l, "screen.awake_minutes"));
    CHECK(problem_for(l, "screen.awake_minutes")->message.find("1 to 60") != std::string::npos);
    REQUIRE(problem_for(l, "screen.backlight"));
    REQUIRE(problem_for(l, "screen.off_command")); // one command without the other
    REQUIRE(problem_for(l, "screen.colour"));
    REQUIRE(problem_for(l, "device.check_clock"));
    CHECK(problem_for(l, "device.check_clock")->message.find("true or false") != std::string::npos);
    REQUIRE(problem_for(l, "device.clock_sync_file"));
}

TEST_CASE("a [screen] that is not a table is refused") {
    const Loaded l = load("screen = \"off at night\"\n");
    REQUIRE(problem_for(l, "screen"));
    CHECK(problem_for(l, "screen")->message.find("[screen] table") != std::string::npos);
}
