// Frame cost (docs/performance.md, "Frames"): the CPU time of one frame's drawing (ImGui's
// NewFrame to Render, no GL) on the busiest visitor and staff screens at 800x480 and
// 1920x1080, beside an empty frame (the reference, in the same run); the longest frame while
// a staff PIN is checked (three PINs configured, the right one last) beside what checking
// them on the UI thread would cost; and the longest frame when each staff screen opens on a
// database holding a year of one location's groups. Prints a table; a benchmark, not a
// test. Usage: frame_bench [--frames N]
#include "core/groups/member_code.hpp"
#include "core/pin_hash.hpp"
#include "store/attendance_store.hpp"
#include "store/members_store.hpp"
#include "store/signups_store.hpp"
#include "support/ui_harness.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

using namespace kiosk;
using kiosk::test::UiHarness;

namespace {

constexpr std::int64_t kMonday = 1795428000; // Monday 23 November 2026, 10:00 UTC
int g_frames = 200;
constexpr auto kPinLimit = std::chrono::seconds(10);

struct Stat {
    double median = 0, max = 0;
};

Stat stat_of(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

// The drawing cost of the screen the harness shows, over g_frames frames.
Stat draw_cost(UiHarness& h) {
    h.step(5); // settled
    std::vector<double> ms;
    for (int i = 0; i < g_frames; ++i) {
        h.step(1);
        ms.push_back(h.last_draw_cpu_ms());
    }
    return stat_of(ms);
}

Config staff_config() {
    Config c = kiosk::test::test_config();
    c.staff_pins = {{"Ayse", "coordinator", hash_pin("1357")},
                    {"Bram", "peer leader", hash_pin("8642")},
                    {"Sam", "peer leader", hash_pin("2468")}};
    return c;
}

void row(const char* what, const char* size, Stat s) {
    std::printf("| %s | %s | %.3f | %.3f |\n", what, size, s.median, s.max);
}

struct Screen {
    const char* name;
    Place place;
    std::vector<Action> then;
};

const std::vector<Screen>& busiest_visitor_screens() {
    static const std::vector<Screen> screens = {
        {"home", {ScreenId::Home, ""}, {}},
        {"information", {ScreenId::Info, ""}, {}},
        {"substance: heroin", {ScreenId::Substance, "heroin"}, {}},
        {"mixing: alcohol + GHB", {ScreenId::Mixing, ""}, {action::CheckMix{"alcohol", "ghb"}}},
        {"emergency", {ScreenId::Emergency, ""}, {}},
        {"page: drug checking", {ScreenId::Page, "drug_checking"}, {}},
        {"groups: experience", {ScreenId::GroupType, "experience"}, {}},
    };
    return screens;
}

Stat screen_cost(const Screen& s, float w, float h, const char* language) {
    UiHarness harness(kiosk::test::test_config(), w, h);
    harness.enable_groups(kMonday);
    harness.apply(action::ChooseLanguage{language});
    harness.apply(action::Open{s.place});
    for (const auto& a : s.then)
        harness.apply(a);
    return draw_cost(harness);
}

void visitor_screens(float w, float h, const char* size) {
    for (const auto& s : busiest_visitor_screens())
        row(s.name, size, screen_cost(s, w, h, "ru")); // a long language
}

// Arabic and Persian (bidi, shaping from the cache, mirrored) against their Dutch twins.
void right_to_left_screens(float w, float h, const char* size) {
    for (const auto& s : busiest_visitor_screens()) {
        const Stat nl = screen_cost(s, w, h, "nl");
        const Stat ar = screen_cost(s, w, h, "ar");
        const Stat fa = screen_cost(s, w, h, "fa");
        std::printf("| %s | %s | %.3f | %.3f | %.3f | %.2f | %.2f |\n", s.name, size, nl.median,
                    ar.median, fa.median, ar.median / nl.median, fa.median / nl.median);
    }
}

// A year of one location: every session of the last 52 weeks with 10 sign-ups, marked.
void fill_year(UiHarness& h) {
    auto& db = h.db();
    std::vector<std::string> codes;
    for (int i = 0; i < 60; ++i) {
        const std::string code = groups::make_member_code();
        if (store::create_member(db, code, "sun", std::nullopt, "2025-11-01T10:00:00Z") ==
            store::CreateMemberOutcome::Created)
            codes.push_back(code);
    }
    int sessions = 0;
    for (int week = 52; week >= 0; --week) {
        h.set_wall_clock(kMonday - std::int64_t{week} * 7 * 86400);
        for (const auto& s : h.model().groups().sessions) {
            if (s.date > h.model().groups().today && week > 0)
                continue;
            ++sessions;
            for (int i = 0; i < 10; ++i) {
                const std::string& code = codes[static_cast<std::size_t>((sessions + i) % 60)];
                store::sign_up(db, s.id, s.capacity, code, "2025-11-01T10:00:00Z");
                if (week > 0)
                    store::mark_attendance(db, s.id, code,
                                           i % 4 == 0 ? store::Mark::Absent : store::Mark::Present,
                                           "Sam", "2025-11-01T10:00:00Z");
            }
        }
    }
    h.set_wall_clock(kMonday);
    std::printf("\n(database: %d sessions with 10 sign-ups each, marked)\n", sessions);
}

void staff_screens(float w, float h, const char* size) {
    UiHarness harness(staff_config(), w, h);
    harness.enable_groups(kMonday);
    fill_year(harness);
    harness.log_in_staff();
    const std::string session = harness.model().groups().sessions.front().id;
    struct Screen {
        const char* name;
        Place place;
    };
    const std::vector<Screen> screens = {
        {"staff page", {ScreenId::Staff, ""}},
        {"today's groups", {ScreenId::StaffGroups, ""}},
        {"a session (10 sign-ups)", {ScreenId::StaffSession, session}},
        {"weekly statistics", {ScreenId::StaffStats, "experience"}},
        {"progress of a code", {ScreenId::StaffProgress, ""}},
        {"export", {ScreenId::StaffExport, ""}},
        {"uploads", {ScreenId::StaffSync, ""}},
        {"schedule", {ScreenId::StaffSchedule, ""}}};
    std::printf("\nOpening each staff screen (%s): the frame that applies the Open and the "
                "next one, wall time in ms\n\n| screen | opening frame | drawing it (CPU) |\n"
                "|---|---|---|\n",
                size);
    for (const auto& s : screens) {
        harness.apply(action::Home{});
        harness.log_in_staff();
        const auto start = std::chrono::steady_clock::now();
        harness.apply(action::Open{s.place}); // what the tap's frame applies
        const double open_ms =
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count();
        harness.step(1);
        std::printf("| %s | %.2f | %.3f |\n", s.name, open_ms, harness.last_draw_cpu_ms());
    }
    std::printf("\nDrawing the busiest staff screens (%s), CPU ms per frame\n\n"
                "| screen | size | median | max |\n|---|---|---|---|\n",
                size);
    harness.apply(action::Open{{ScreenId::StaffSession, session}});
    row("a session (10 sign-ups)", size, draw_cost(harness));
    harness.apply(action::Open{{ScreenId::StaffSchedule, ""}});
    row("schedule", size, draw_cost(harness));
}

void pin_check() {
    UiHarness h(staff_config());
    h.set_wait_for_worker(false);
    h.apply(action::Open{{ScreenId::StaffPin, ""}});
    h.step(2);
    for (char d : std::string("2468"))
        h.tap(std::string("pin.") + d);
    const auto start = std::chrono::steady_clock::now();
    h.tap("pin.ok");
    double longest = 0;
    int frames = 4;
    // Frames at 60 per second, as the frame loop draws while something moves on screen (it
    // sleeps in between; a loop without pauses would starve the worker of the CPU).
    auto next = start;
    while (!h.model().staff_user() && std::chrono::steady_clock::now() - start < kPinLimit) {
        next += std::chrono::microseconds(16667);
        std::this_thread::sleep_until(next);
        h.step(1);
        longest = std::max(longest, h.last_frame_ms());
        ++frames;
    }
    const bool signed_in = h.model().staff_user().has_value();
    const double total =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    // The reference: the same three checks on this thread, as the UI thread did before.
    const auto t0 = std::chrono::steady_clock::now();
    for (const auto& p : staff_config().staff_pins)
        verify_pin(p.hash, "2468");
    const double on_ui =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf(
        "\nStaff PIN, three PINs configured, the right one last:\n\n"
        "| | ms |\n|---|---|\n| longest frame while the PIN is checked (worker) | %.2f |\n"
        "| frames drawn meanwhile (60 per second) | %d |\n| from OK to signed in | %s%.1f |\n"
        "| reference: the three checks on the UI thread (one frame) | %.1f |\n",
        longest, frames, signed_in ? "" : "NOT signed in after ", total, on_ui);
}

} // namespace

int main(int argc, char** argv) {
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--frames") == 0)
            g_frames = std::max(10, std::atoi(argv[++i]));
    std::printf("Drawing one frame (ImGui NewFrame to Render, no GL), CPU ms, %d frames each;\n"
                "visitor screens in Russian (a long language)\n\n"
                "| screen | size | median | max |\n|---|---|---|---|\n",
                g_frames);
    for (auto [w, h, name] :
         {std::tuple{800.f, 480.f, "800x480"}, std::tuple{1920.f, 1080.f, "1920x1080"}}) {
        {
            UiHarness reference(kiosk::test::test_config(), w, h);
            reference.set_draw_override([] {
                ImGui::Begin("empty");
                ImGui::End();
            });
            row("reference: an empty ImGui frame", name, draw_cost(reference));
        }
        visitor_screens(w, h, name);
    }
    std::printf("\nArabic and Persian against Dutch, CPU ms per frame (median of %d)\n\n"
                "| screen | size | nl | ar | fa | ar/nl | fa/nl |\n|---|---|---|---|---|---|---|\n",
                g_frames);
    for (auto [w, h, name] :
         {std::tuple{800.f, 480.f, "800x480"}, std::tuple{1920.f, 1080.f, "1920x1080"}})
        right_to_left_screens(w, h, name);
    staff_screens(800, 480, "800x480");
    staff_screens(1920, 1080, "1920x1080");
    pin_check();
    return 0;
}
