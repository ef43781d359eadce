// The real platform device parts, as far as they run without a Pi: the sysfs backlight
// on a folder laid out like /sys/class/backlight, the messages for what goes wrong, the
// command switch, the watchdog's environment, the kernel's NTP answer, the clock trust
// latch and the ping pacer.
#include "core/clock_trust.hpp"
#include "core/watchdog_pacer.hpp"
#include "platform/clock_status.hpp"
#include "platform/screen_power.hpp"
#include "platform/watchdog.hpp"

#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sys/timex.h>

using namespace kiosk;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

std::string read(const std::string& file) {
    std::ifstream in(file);
    std::string text;
    std::getline(in, text);
    return text;
}

void write(const std::string& file, const std::string& text) {
    std::ofstream(file) << text << "\n";
}

// A backlight folder as the kernel shows it.
std::string make_backlight(const std::string& root, const std::string& name, bool bl_power,
                           int brightness = 200) {
    const std::string dir = root + "/" + name;
    fs::create_directories(dir);
    write(dir + "/brightness", std::to_string(brightness));
    write(dir + "/max_brightness", "255");
    if (bl_power)
        write(dir + "/bl_power", "0");
    return dir;
}

} // namespace

TEST_CASE("the first backlight is found and switched through bl_power") {
    kiosk::store::test::TempDir root;
    const std::string second = make_backlight(root.path(), "rpi_backlight", true);
    const std::string first = make_backlight(root.path(), "10-0045", true);
    const auto power = platform::make_screen_power(ScreenConfig{}, root.path());
    REQUIRE(power->can_switch());
    CHECK(power->describe() == "backlight " + first);
    CHECK(power->set_on(false).empty());
    CHECK(read(first + "/bl_power") == "4");
    CHECK(read(second + "/bl_power") == "0");
    CHECK(power->set_on(true).empty());
    CHECK(read(first + "/bl_power") == "0");
    CHECK(read(first + "/brightness") == "200"); // the brightness is left alone
}

TEST_CASE("without bl_power the brightness goes to 0 and back to what it was") {
    kiosk::store::test::TempDir root;
    ScreenConfig config;
    config.backlight = make_backlight(root.path(), "panel", false, 120);
    const auto power = platform::make_screen_power(config, "/nonexistent");
    CHECK(power->set_on(false).empty());
    CHECK(read(config.backlight + "/brightness") == "0");
    CHECK(power->set_on(true).empty());
    CHECK(read(config.backlight + "/brightness") == "120");
}

TEST_CASE("no backlight, or \"none\": the screen cannot be switched") {
    kiosk::store::test::TempDir root;
    CHECK_FALSE(platform::make_screen_power(ScreenConfig{}, root.path())->can_switch());
    ScreenConfig none;
    none.backlight = "none";
    make_backlight(root.path(), "10-0045", true);
    CHECK_FALSE(platform::make_screen_power(none, root.path())->can_switch());
}

TEST_CASE("a backlight that cannot be written says what to do") {
    ScreenConfig config;
    config.backlight = "/nonexistent/backlight/panel";
    const auto power = platform::make_screen_power(config, "/nonexistent");
    const std::string problem = power->set_on(false);
    CHECK(problem.find("/nonexistent/backlight/panel/brightness does not exist") !=
          std::string::npos);
    CHECK(problem.find("screen.backlight") != std::string::npos);

    for (int error : {EACCES, EPERM}) {
        const std::string denied =
            platform::backlight_problem("/sys/class/backlight/10-0045/bl_power", error);
        CHECK(denied.find("no permission to write /sys/class/backlight/10-0045/bl_power") !=
              std::string::npos);
        CHECK(denied.find("group \"video\"") != std::string::npos);
        CHECK(denied.find("udev rule") != std::string::npos);
    }
}

TEST_CASE("the screen commands run without blocking, and a failing one is reported") {
    kiosk::store::test::TempDir dir;
    ScreenConfig config;
    // written aside, then renamed: the file appears only with its content in it
    config.on_command = "echo on > " + dir.path() + "/state.tmp && mv " + dir.path() +
                        "/state.tmp " + dir.path() + "/state";
    config.off_command = "exit 3";
    const auto power = platform::make_screen_power(config, "/nonexistent");
    CHECK(power->describe().find("exit 3") != std::string::npos);
    CHECK(power->set_on(false).empty()); // started, not waited for
    std::string problem;
    const auto limit = std::chrono::steady_clock::now() + 10s;
    while (problem.empty() && std::chrono::steady_clock::now() < limit)
        problem = power->poll(); // the child process ends on its own
    CHECK(problem.find("\"exit 3\" failed (exit code 3)") != std::string::npos);
    CHECK(power->set_on(true).empty());
    while (!fs::exists(dir.path() + "/state") && std::chrono::steady_clock::now() < limit)
        power->poll();
    CHECK(read(dir.path() + "/state") == "on");
}

TEST_CASE("the watchdog interval applies to us, or to cage that started us") {
    using platform::watchdog_interval;
    CHECK(watchdog_interval("30000000", nullptr, 100, 1) == std::chrono::microseconds(30'000'000));
    CHECK(watchdog_interval("30000000", "100", 100, 1));
    CHECK(watchdog_interval("30000000", "42", 100, 42)); // kiosk under cage
    CHECK_FALSE(watchdog_interval("30000000", "7", 100, 42));
    CHECK_FALSE(watchdog_interval(nullptr, nullptr, 100, 1));
    CHECK_FALSE(watchdog_interval("", nullptr, 100, 1));
    CHECK_FALSE(watchdog_interval("0", nullptr, 100, 1));
    CHECK_FALSE(watchdog_interval("soon", nullptr, 100, 1));
    CHECK_FALSE(watchdog_interval("30000000", "x", 100, 1));
    // Outside systemd the real one has no interval and notify does nothing.
    if (!std::getenv("WATCHDOG_USEC") && !std::getenv("NOTIFY_SOCKET")) {
        const auto real = platform::systemd_watchdog();
        CHECK_FALSE(real->interval());
        real->notify("WATCHDOG=1");
    }
}

TEST_CASE("the kernel's NTP state counts as synchronised as timedatectl shows it") {
    using platform::kernel_clock_synchronised;
    CHECK(kernel_clock_synchronised(TIME_OK, STA_PLL, 50'000));
    CHECK_FALSE(kernel_clock_synchronised(TIME_ERROR, STA_PLL | STA_UNSYNC, 16'000'000));
    CHECK_FALSE(kernel_clock_synchronised(TIME_OK, STA_UNSYNC, 50'000));
    CHECK_FALSE(kernel_clock_synchronised(TIME_OK, STA_PLL, 16'000'000)); // error too large
    CHECK_FALSE(kernel_clock_synchronised(-1, 0, 0));

    kiosk::store::test::TempDir dir;
    write(dir.path() + "/synchronized", "");
    CHECK(platform::system_clock_status(dir.path() + "/synchronized")->synchronised());
}

TEST_CASE("clock trust: NTP or staff, never before the build, and it stays") {
    ClockTrust trust(true, 1000);
    CHECK_FALSE(trust.update(false, 5000));
    CHECK_FALSE(trust.trusted());
    CHECK_FALSE(trust.update(true, 999));
    CHECK(trust.before_build());
    CHECK(trust.update(true, 5000));
    CHECK(trust.trusted());
    CHECK_FALSE(trust.update(true, 5001)); // "became trusted" comes once
    CHECK_FALSE(trust.update(false, 5002));
    CHECK(trust.trusted());

    ClockTrust staff(true, 1000);
    CHECK_FALSE(staff.confirm(10));
    CHECK(staff.confirm(5000));
    CHECK(staff.trusted());

    ClockTrust unchecked(false, 1000);
    CHECK(unchecked.update(false, 2000));
}

TEST_CASE("the pacer pings at once, then every third of the interval") {
    WatchdogPacer none(std::nullopt);
    const SteadyTime t0 = SteadyTime{} + 1h;
    CHECK_FALSE(none.enabled());
    CHECK_FALSE(none.take_due(t0));
    CHECK_FALSE(none.next_ping());

    WatchdogPacer pacer(std::chrono::microseconds(3'000'000));
    CHECK(pacer.enabled());
    CHECK(*pacer.next_ping() <= t0);
    CHECK(pacer.take_due(t0));
    CHECK(*pacer.next_ping() == t0 + 1s);
    CHECK_FALSE(pacer.take_due(t0 + 999ms));
    CHECK(pacer.take_due(t0 + 1s));
    CHECK(pacer.take_due(t0 + 5s)); // late: pings at once, and counts from then
    CHECK(*pacer.next_ping() == t0 + 6s);
}
