// The report draft's answers, its completeness and the report it makes.
#include "signal_draft.hpp"

#include <algorithm>

namespace kiosk {

std::string_view signal_field_name(SignalField field) {
    switch (field) {
    case SignalField::SoldAs:
        return "sold_as";
    case SignalField::Form:
        return "form";
    case SignalField::Colour:
        return "colour";
    case SignalField::Mark:
        return "mark";
    case SignalField::Effects:
        return "effects";
    case SignalField::When:
        return "when";
    case SignalField::Setting:
        return "setting";
    case SignalField::People:
        return "people";
    case SignalField::Note:
        return "note";
    }
    return "";
}

namespace {

// The one answer of a question in `d` (const or not); null for effects, which have several.
template <class Draft> auto single(Draft& d, SignalField field) -> decltype(&d.sold_as) {
    switch (field) {
    case SignalField::SoldAs:
        return &d.sold_as;
    case SignalField::Form:
        return &d.form;
    case SignalField::Colour:
        return &d.colour;
    case SignalField::Mark:
        return &d.mark;
    case SignalField::Effects:
        return nullptr;
    case SignalField::When:
        return &d.when;
    case SignalField::Setting:
        return &d.setting;
    case SignalField::People:
        return &d.people;
    case SignalField::Note:
        return &d.note;
    }
    return nullptr;
}

} // namespace

void SignalDraft::answer(SignalField field, const std::string& value) {
    if (std::string* one = single(*this, field)) {
        *one = value;
        if (field == SignalField::Mark && value != "letters")
            mark_text.clear();
        return;
    }
    const auto at = std::find(effects.begin(), effects.end(), value);
    if (at == effects.end())
        effects.push_back(value);
    else
        effects.erase(at);
}

std::vector<std::string> SignalDraft::answers(SignalField field) const {
    const std::string* one = single(*this, field);
    if (!one)
        return effects;
    if (one->empty())
        return {};
    return {*one};
}

bool SignalDraft::complete() const {
    return !sold_as.empty() && !form.empty() && !colour.empty() && !mark.empty() && !when.empty() &&
           !effects.empty() && (mark != "letters" || !mark_text.empty());
}

bool SignalDraft::complete_for_staff() const {
    return complete() && !setting.empty() && !people.empty() && !note.empty();
}

SignalReport SignalDraft::report(const std::string& day, const std::string& reporter) const {
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
    if (reporter == "staff") {
        r.setting = setting;
        r.people = people;
        r.note = note;
    }
    return r;
}

} // namespace kiosk
