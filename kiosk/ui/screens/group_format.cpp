// Formatting for the group screens.
#include "group_format.hpp"

#include "core/groups/schedule.hpp"

#include <cstdio>

namespace kiosk::ui {

std::string clock_text(int minutes) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

std::string session_when(const KioskModel& m, const SessionRow& s) {
    const int month = s.date.size() == 10 ? std::stoi(s.date.substr(5, 2)) : 0;
    const int day = s.date.size() == 10 ? std::stoi(s.date.substr(8, 2)) : 0;
    const std::string date =
        std::to_string(day) + " " + m.tr("groups.month." + std::to_string(month));
    return m.catalog().format(m.language(), "groups.when",
                              {{"day", m.tr("groups.weekday." + std::to_string(s.weekday))},
                               {"date", date},
                               {"start", clock_text(s.start_min)},
                               {"end", clock_text(s.end_min)}});
}

std::string group_name(const KioskModel& m, const std::string& group_id) {
    const GroupInfo* g = m.groups().group(group_id);
    if (!g)
        return group_id;
    if (const auto it = g->name.find(m.language()); it != g->name.end())
        return it->second;
    // Not in the visitor's language: the step's own title ("1. Experience group" without
    // its number), which every language has, rather than another language.
    std::string title = m.tr("groups.step." + g->type + "_title");
    const auto dot = title.find(". ");
    if (dot != std::string::npos && dot < 3)
        title = title.substr(dot + 2);
    return title;
}

std::string long_date(const KioskModel& m, const std::string& date) {
    const auto d = groups::LocalDate::parse(date);
    if (!d)
        return date;
    return m.catalog().format(m.language(), "staff.schedule.date",
                              {{"weekday", m.tr("groups.weekday." + std::to_string(d->weekday()))},
                               {"day", std::to_string(d->d)},
                               {"month", m.tr("groups.month." + std::to_string(d->m))},
                               {"year", std::to_string(d->y)}});
}

std::string slot_text(const KioskModel& m, int weekday, int start_min, int end_min) {
    return m.catalog().format(m.language(), "staff.schedule.slot",
                              {{"day", m.tr("staff.schedule.day." + std::to_string(weekday))},
                               {"start", clock_text(start_min)},
                               {"end", clock_text(end_min)}});
}

std::string display_code(std::string_view typed) {
    std::string code(typed);
    for (char& c : code)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    if (code.size() == 6 && code.find('-') == std::string::npos)
        return code.substr(0, 3) + "-" + code.substr(3);
    return code;
}

std::string outcome_key(SignupOutcome::Kind kind) {
    using K = SignupOutcome::Kind;
    switch (kind) {
    case K::None:
        return "";
    case K::Booked:
        return "signup.done_booked";
    case K::Waiting:
        return "signup.done_waiting";
    case K::AlreadySignedUp:
        return "signup.done_already";
    case K::UnknownCode:
        return "signup.unknown_code";
    case K::ImpossibleCode:
        return "signup.impossible_code";
    case K::SessionGone:
        return "signup.session_gone";
    case K::Cancelled:
        return "signup.cancelled";
    case K::NotSignedUp:
        return "signup.not_signed_up";
    case K::DiskFull:
        return "signup.disk_full";
    case K::Busy:
        return "signup.busy";
    case K::Failed:
        return "signup.failed";
    }
    return "";
}

} // namespace kiosk::ui
