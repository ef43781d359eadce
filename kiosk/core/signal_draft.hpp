// A visitor's report of a drug in progress (docs/signals.md): the answers tapped so far, and
// the few letters or digits of a pill's mark. Part of the visit, so it is wiped with it;
// nothing of it is stored before the visitor sends it.
#pragma once

#include "common/signal_report.hpp"
#include "text_field.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace kiosk {

struct SignalDraft {
    std::string sold_as; // a substance id or "unknown"
    std::string form, colour, mark, when;
    std::vector<std::string> effects;
    TextField mark_text{kMaxMarkText}; // mark "letters": A-Z and 0-9 only
    enum class Result { None, Sent, Failed } result = Result::None;

    // Sets one answer ("sold_as", "form", "colour", "mark", "when"), or toggles an effect.
    void answer(const std::string& field, const std::string& value) {
        if (field == "effects") {
            const auto at = std::find(effects.begin(), effects.end(), value);
            if (at == effects.end())
                effects.push_back(value);
            else
                effects.erase(at);
            return;
        }
        std::string* target = field == "sold_as"  ? &sold_as
                              : field == "form"   ? &form
                              : field == "colour" ? &colour
                              : field == "mark"   ? &mark
                              : field == "when"   ? &when
                                                  : nullptr;
        if (target)
            *target = value;
        if (field == "mark" && value != "letters")
            mark_text.clear();
    }
    // Every question answered (a mark of letters needs at least one).
    bool complete() const {
        return !sold_as.empty() && !form.empty() && !colour.empty() && !mark.empty() &&
               !when.empty() && !effects.empty() && (mark != "letters" || !mark_text.empty());
    }
    // The report as sent, on `day`, by `reporter`.
    SignalReport report(const std::string& day, const std::string& reporter) const {
        SignalReport r;
        r.day = day;
        r.reporter = reporter;
        r.sold_as = sold_as;
        r.form = form;
        r.colour = colour;
        r.mark = mark;
        r.mark_text = mark == "letters" ? mark_text.str() : "";
        r.effects = effects;
        r.when = when;
        return r;
    }
    void clear() { *this = SignalDraft{}; }
    bool operator==(const SignalDraft&) const = default;
};

} // namespace kiosk
