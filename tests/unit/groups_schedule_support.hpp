// Helpers for the schedule tests: dates from text, UTC seconds computed without the C
// library, and small schedules (in Europe/Amsterdam) to expand.
#pragma once

#include "core/groups/schedule.hpp"
#include "core/groups/sessions.hpp"
#include "support/test_time.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

namespace kiosk::groups::test {

inline LocalDate day(const char* text) {
    const auto d = LocalDate::parse(text);
    REQUIRE(d);
    return *d;
}

// Unix seconds of a UTC wall-clock time, computed without the C library.
inline std::int64_t utc(const char* date, int hour, int minute) {
    return static_cast<std::int64_t>(day(date).days()) * 86400 + hour * 3600 + minute * 60;
}

inline Group group(const std::string& id, GroupType type, std::vector<WeeklySlot> weekly) {
    Group g;
    g.id = id;
    g.type = type;
    g.place = "Ruimte 2, Voorbeeldstraat 1";
    g.capacity = 12;
    g.name = {{"nl", "Groep " + id}, {"en", "Group " + id}};
    g.leader = {{"nl", "Een vrijwilliger"}, {"en", "A volunteer"}};
    g.weekly = std::move(weekly);
    return g;
}

// Tuesday 14:00-15:30 and Thursday 19:00-20:30 experience group; Friday work project.
inline Schedule two_groups() {
    Schedule s;
    s.location = "Test";
    s.timezone = "Europe/Amsterdam";
    s.zone = kiosk::test::amsterdam();
    s.groups.push_back(group("exp", GroupType::Experience,
                             {{1, 14 * 60, 15 * 60 + 30}, {3, 19 * 60, 20 * 60 + 30}}));
    s.groups.push_back(group("work", GroupType::Work, {{4, 11 * 60, 14 * 60}}));
    return s;
}

inline std::vector<std::string> ids(const std::vector<Session>& sessions) {
    std::vector<std::string> out;
    for (const auto& s : sessions)
        out.push_back(s.id);
    return out;
}

inline const Session& by_id(const std::vector<Session>& sessions, const std::string& id) {
    for (const auto& s : sessions)
        if (s.id == id)
            return s;
    FAIL("no session " << id);
    return sessions.front();
}

} // namespace kiosk::groups::test
