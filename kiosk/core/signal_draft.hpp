// A report of a drug in progress (docs/signals.md): the answers tapped so far, and the few
// letters or digits of a pill's mark. A visitor's report and a staff member's signal from the
// field use the same draft; staff answer three more questions. Part of the visit, so it is
// wiped with it; nothing of it is stored before it is sent.
#pragma once

#include "common/signal_report.hpp"
#include "text_field.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

// The questions of the form. Effects take several answers; each other field one.
enum class SignalField { SoldAs, Form, Colour, Mark, Effects, When, Setting, People, Note };

// The field's name in button ids ("report.<name>.<value>") and tests.
std::string_view signal_field_name(SignalField field);

struct SignalDraft {
    std::string sold_as; // a substance id or "unknown"
    std::string form, colour, mark, when;
    std::vector<std::string> effects;
    std::string setting, people, note;                              // staff only
    TextField mark_text{kMaxMarkText, TextKind::CapitalsAndDigits}; // mark "letters"
    enum class Result {
        None,
        Sent,
        Failed,   // storage failed: nothing was saved
        ClockWait // the kiosk's clock is not trusted yet: nothing was saved, the answers stay
    } result = Result::None;

    // Sets one answer, or toggles an effect.
    void answer(SignalField field, const std::string& value);
    // The answers given to a question: none, one, or (effects) several.
    std::vector<std::string> answers(SignalField field) const;
    // Every question a visitor is asked is answered (a mark of letters needs at least one).
    bool complete() const;
    // ... and the three staff questions too.
    bool complete_for_staff() const;
    // The report as sent, on `day`, by "visitor" or "staff" (who also send setting, people
    // and note).
    SignalReport report(const std::string& day, const std::string& reporter) const;
    void clear() { *this = SignalDraft{}; }
    bool operator==(const SignalDraft&) const = default;
};

} // namespace kiosk
