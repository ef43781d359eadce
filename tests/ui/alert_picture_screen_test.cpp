// Headless UI: an alert's picture on the Alerts screen. It is asked for by its file, drawn
// under the alert's title at its own proportions within 60% of the width and a quarter of
// the screen's height (or 2.5 touch heights), and on a right-to-left screen it is not
// mirrored (a logo on a pill reads one way only). Without a texture the words stand alone.
#include "core/content/alerts.hpp"
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <vector>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

constexpr std::int64_t kDecember4 = 1796385600; // 2026-12-04T12:00:00Z

// Hands out one pretend texture for every file and remembers what was asked.
class FakePictures : public ui::PictureTextures {
  public:
    ui::ShownPicture picture(const std::string& file) override {
        asked.push_back(file);
        if (!give)
            return {};
        return {texture(), 320, 240};
    }
    static ImTextureID texture() { return reinterpret_cast<ImTextureID>(std::intptr_t{0x51c7}); }
    std::vector<std::string> asked;
    bool give = true;
};

struct DrawnImage {
    float x0 = 1e9f, y0 = 1e9f, x1 = -1e9f, y1 = -1e9f;
    float u_at_left = -1; // the texture's u at the leftmost vertex
    bool found = false;
};

// The picture's quad in the last frame, in logical pixels as the UI laid it out.
DrawnImage drawn_picture() {
    DrawnImage out;
    const ImDrawData* data = ImGui::GetDrawData();
    REQUIRE(data);
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.TextureId != FakePictures::texture())
                continue;
            out.found = true;
            for (unsigned i = 0; i < cmd.ElemCount; ++i) {
                const ImDrawVert& v = list->VtxBuffer[list->IdxBuffer[cmd.IdxOffset + i]];
                if (v.pos.x < out.x0)
                    out.u_at_left = v.uv.x;
                out.x0 = std::min(out.x0, v.pos.x);
                out.y0 = std::min(out.y0, v.pos.y);
                out.x1 = std::max(out.x1, v.pos.x);
                out.y1 = std::max(out.y1, v.pos.y);
            }
        }
    }
    return out;
}

void open_alerts(UiHarness& h, const std::string& lang) {
    auto loaded = content::load_alerts(std::string(KIOSK_TEST_ASSETS) +
                                           "/../tests/fixtures/alerts-example.toml",
                                       h.config().languages);
    REQUIRE(loaded.alerts);
    h.model().set_alerts(loaded.alerts);
    h.set_wall_clock(kDecember4);
    h.apply(action::ChooseLanguage{lang});
    h.apply(action::Open{{ScreenId::Alerts, ""}});
    h.step(2);
}

} // namespace

TEST_CASE("an alert's picture is drawn under its title, whole and in proportion",
          "[alerts][picture]") {
    FakePictures pictures;
    UiHarness h;
    h.set_pictures(&pictures);
    open_alerts(h, "en");
    REQUIRE_FALSE(pictures.asked.empty());
    CHECK_THAT(pictures.asked.front(), Catch::EndsWith("alert-pictures/example-pink-pill.png"));
    const DrawnImage image = drawn_picture();
    REQUIRE(image.found);
    const float w = image.x1 - image.x0, h_px = image.y1 - image.y0;
    CHECK(w / h_px == Approx(320.0f / 240.0f).epsilon(0.01));
    CHECK(w <= 800 * 0.6f);
    CHECK(h_px <= std::max(h.ui().theme().touch * 2.5f, 480 * 0.25f) + 0.5f);
    CHECK(h_px >= 100); // big enough to recognise the pill
    CHECK(image.u_at_left == Approx(0.0f));
    // Its words are all there, the first one under the picture.
    CHECK(h.shows("Pink pills with a car logo."));

    // Arabic: the screen is mirrored, the picture is not (its left edge still shows u = 0
    // once the frame is mirrored, so before mirroring its leftmost vertex holds u = 1).
    open_alerts(h, "ar");
    REQUIRE(h.ui().drew_mirrored());
    const DrawnImage mirrored = drawn_picture();
    REQUIRE(mirrored.found);
    CHECK(mirrored.u_at_left == Approx(1.0f));
}

TEST_CASE("without a texture for the picture the alert shows its words alone",
          "[alerts][picture]") {
    FakePictures pictures;
    pictures.give = false;
    UiHarness h;
    h.set_pictures(&pictures);
    open_alerts(h, "en");
    CHECK_FALSE(pictures.asked.empty());
    CHECK_FALSE(drawn_picture().found);
    CHECK(h.shows("Pink pills with a car logo."));
    CHECK(h.shows("Take a quarter at most."));
}
