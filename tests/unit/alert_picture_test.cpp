// Alert pictures (core/content/alert_picture.hpp): the example loads with its alert; a picture
// that is missing, not a PNG, damaged, too large on disk or too many pixels each way is a
// problem naming the alert's line and what to do, and then no alert of the file is shown.
#include "core/content/alert_picture.hpp"
#include "core/content/alerts.hpp"

#include "picture_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kiosk::content;
using kiosk::test::make_png;

namespace {

const char* kAlert = R"(
[[alert]]
id = "a-1"
level = "red"
source = "DIMS"
issued = "2026-12-01"
expires = "2026-12-08"
picture = "pill"
[alert.nl]
title = "Let op"
text = ["Bel 112."]
[alert.en]
title = "Watch out"
text = ["Call 112."]
)";

// An alerts file naming picture "pill", with `bytes` as alert-pictures/pill.png (none: no file).
AlertsLoad load_with_picture(kiosk::store::test::TempDir& dir,
                             const std::optional<std::string>& bytes) {
    const std::string file = dir.file("alerts.toml");
    std::ofstream(file) << kAlert;
    std::filesystem::create_directories(dir.file("alert-pictures"));
    std::filesystem::remove(dir.file("alert-pictures/pill.png"));
    if (bytes)
        kiosk::store::test::write_bytes(dir.file("alert-pictures/pill.png"), *bytes);
    return load_alerts(file, {"nl", "en"});
}

} // namespace

TEST_CASE("the example alert's picture is checked and found beside the alerts file",
          "[alerts][picture]") {
    const auto loaded = load_alerts(
        std::string(KIOSK_TEST_ASSETS) + "/../tests/fixtures/alerts-example.toml", {"nl", "en"});
    REQUIRE(loaded.alerts);
    CHECK_THAT(loaded.alerts->front().picture_file,
               Catch::EndsWith("/alert-pictures/example-pink-pill.png"));
    CHECK(loaded.alerts->at(1).picture_file.empty());
    const PictureCheck check = check_alert_picture(kiosk::test::example_picture());
    CHECK(check.problem.empty());
    CHECK(check.width == 320);
    CHECK(check.height == 240);
    const auto pixels = decode_alert_picture(loaded.alerts->front().picture_file);
    REQUIRE(pixels);
    CHECK(pixels->rgba.size() == 320u * 240u * 4u);
    // The middle of the picture is the car stamped on the pill (dark pink).
    const std::size_t middle = (120u * 320u + 160u) * 4u;
    CHECK(int(pixels->rgba[middle]) == 138);
    CHECK(int(pixels->rgba[middle + 3]) == 255);
}

TEST_CASE("a picture that cannot be shown safely is a problem, and no alert is shown",
          "[alerts][picture]") {
    kiosk::store::test::TempDir dir;
    const std::string good = make_png(400, 300);
    REQUIRE(load_with_picture(dir, good).alerts);

    const std::pair<std::optional<std::string>, std::string> cases[] = {
        {std::nullopt, "there is no alert-pictures/pill.png"},
        {std::string("GIF89a not a png at all"), "is not a PNG file"},
        {good.substr(0, good.size() / 2), "damaged or cut short"},
        {make_png(801, 300), "is 801x300 pixels; use 32 to 800"},
        {make_png(400, 20), "is 400x20 pixels"},
        {make_png(330, 330, true), "KB; at most 300 KB"},
    };
    for (const auto& [bytes, message] : cases) {
        INFO(message);
        const auto loaded = load_with_picture(dir, bytes);
        CHECK_FALSE(loaded.alerts);
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems.front().field == "alert[1].picture");
        CHECK(loaded.problems.front().line == 8);
        CHECK_THAT(loaded.problems.front().message, Catch::Contains(message));
    }
    // A name that could leave the folder is refused before any file is opened.
    std::string climbing = kAlert;
    climbing.replace(climbing.find("\"pill\""), 6, "\"../pill\"");
    std::ofstream(dir.file("alerts.toml")) << climbing;
    const auto loaded = load_alerts(dir.file("alerts.toml"), {"nl", "en"});
    CHECK_FALSE(loaded.alerts);
    CHECK_THAT(loaded.problems.front().message, Catch::Contains("without .png"));
}
