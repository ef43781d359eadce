// Everything that belongs to one visitor's visit (or one staff member's session at the
// kiosk), in one value: where they are, their language and display choices, what they typed
// and chose, what the screens loaded for them. A reset replaces the whole value, so a field
// added here is wiped without anyone remembering to; the old value's bytes are zeroed when
// it is freed (VisitWiper), and typed text lives in buffers that zero themselves.
#pragma once

#include "config.hpp"
#include "groups_view.hpp"
#include "idle_policy.hpp"
#include "navigator.hpp"
#include "schedule_view.hpp"
#include "signal_draft.hpp"
#include "text_field.hpp"
#include "wiped_string.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace kiosk {

// The staff PIN being typed, and whether it is being checked off the UI thread.
struct PinEntry {
    TextField digits{8};
    bool wrong = false;    // the last PIN checked was wrong
    bool checking = false; // a check is running; the pad waits for it
    bool operator==(const PinEntry&) const = default;
};

struct Visit {
    std::string language;
    Navigator nav;
    TextField search{60};
    TextField mix_filter{30};       // filters the mixing checker's substances
    TextField staff_code{7};        // a member code typed by staff
    std::array<std::string, 2> mix; // the mixing checker's two substances ("" = empty)
    SignupDraft signup;             // a group sign-up in progress
    SignupOutcome outcome;          // its result, or a code lookup's
    InterestDraft interest;         // the peer field worker form in progress
    SignalDraft report;             // a report of a drug in progress (docs/signals.md)
    StaffSessionView staff_session; // what the staff screens loaded
    StaffProgressView staff_progress;
    StaffStatsView staff_stats;
    StaffExportView staff_export;
    StaffScheduleView staff_schedule;
    ScheduleDraft schedule_draft; // a staff edit of the schedule in progress
    PinEntry pin;
    std::optional<StaffPin> staff_user; // signed in through the PIN pad
    SteadyTime staff_last_input{};
    bool large_text = false;
    bool high_contrast = false;
    bool listening = false;       // read aloud: each new screen is spoken (docs/accessibility.md)
    std::optional<int> volume;    // percent, once the visitor changed it; else the configured one
    std::uint64_t speech_cue = 0; // grows when the visitor asks to hear the whole screen
    std::uint64_t repeat_cue = 0; // grows when the visitor asks to hear the last line again
    std::uint64_t speech_test_cue = 0; // grows when staff ask for a test sound

    bool operator==(const Visit&) const = default;
};

// A visit as it starts: home, in the given language, nothing chosen or typed.
Visit fresh_visit(const std::string& language);

// Frees a visit after zeroing every byte of it (short strings live inside the object).
struct VisitWiper {
    void operator()(Visit* visit) const noexcept;
};
using VisitPtr = std::unique_ptr<Visit, VisitWiper>;
VisitPtr make_visit(const std::string& language);

} // namespace kiosk
