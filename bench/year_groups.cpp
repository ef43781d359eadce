// The peer groups of a bench location's year, through the kiosk's members, sign-ups and
// attendance stores (year_kiosk.hpp, GroupsYear).
#include "year_kiosk.hpp"

#include "core/groups/member_code.hpp"
#include "store/attendance_store.hpp"
#include "store/members_store.hpp"
#include "store/signups_store.hpp"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace year_bench {

namespace {

namespace ks = kiosk::store;

bool holiday(const kiosk::LocalDate& day) {
    return (day.m == 12 && (day.d == 25 || day.d == 26)) || (day.m == 1 && day.d == 1);
}

std::string session_id(const GroupDef& g, const kiosk::LocalDate& day) {
    char when[16];
    std::snprintf(when, sizeof when, "T%02d:%02d", g.start_minutes / 60, g.start_minutes % 60);
    return std::string(g.id) + "/" + day.format() + when;
}

constexpr int kSessionSeconds = 90 * 60;

} // namespace

const std::vector<GroupDef>& bench_groups() {
    static const std::vector<GroupDef> groups = {{"exp-tue", "experience", 1, 14 * 60, 10},
                                                 {"coach-thu", "coaching", 3, 14 * 60, 8},
                                                 {"work-garden", "work", 2, 10 * 60, 8},
                                                 {"training", "training", 4, 13 * 60, 8}};
    return groups;
}

GroupsYear::GroupsYear(Location& loc) : loc_(loc) {
    static const char* staff[] = {"Sam", "Noor", "Kees", "Aisha", "Bram"};
    staff_ = staff[loc.uniform(0, 4)];
}

std::size_t GroupsYear::new_member(std::size_t step) {
    members_.push_back({"", step, 0, loc_.uniform(4, 10), true});
    return members_.size() - 1;
}

// The kiosk makes the code when its visitor first signs up: at that moment, here too.
void GroupsYear::create(Member& m, std::int64_t at) {
    const auto& symbols = kiosk::groups::member_symbols();
    static const char* nicknames[] = {"Vos", "Ster", "Mo", "Lia", "Rik", "Zon", "Bo", "Jay"};
    while (m.code.empty()) {
        const std::string code = kiosk::groups::make_member_code(
            [this] { return static_cast<std::uint32_t>(loc_.rng()); });
        const std::string& symbol = symbols[static_cast<std::size_t>(
            loc_.uniform(0, static_cast<int>(symbols.size()) - 1))];
        std::optional<std::string> nickname;
        if (loc_.chance(0.3)) {
            nickname = nicknames[loc_.uniform(0, 7)];
        }
        if (ks::create_member(loc_.db, code, symbol, nickname, utc(at)) ==
            ks::CreateMemberOutcome::Created) {
            m.code = code;
        }
    }
}

// When a visitor signs up: on one of the 6 days before, while the drop-in is open (10-20 h),
// and at least half an hour before the start.
std::int64_t GroupsYear::sign_up_time(const kiosk::LocalDate& day, std::int64_t start) {
    const std::int64_t at =
        loc_.unix_at(day.add_days(-loc_.uniform(0, 6)), loc_.uniform(600, 1200));
    return at < start - 1800 ? at + loc_.uniform(0, 59) : start - loc_.uniform(1800, 7200);
}

// About `wanted` active members of the step, newcomers added at the first step (and, in the
// first weeks, at every step: members already on the track when the year began).
std::vector<std::size_t> GroupsYear::choose(std::size_t step, int wanted) {
    std::vector<std::size_t> pool;
    for (std::size_t i = 0; i < members_.size(); ++i) {
        if (members_[i].active && members_[i].step == step) {
            pool.push_back(i);
        }
    }
    std::shuffle(pool.begin(), pool.end(), loc_.rng);
    if (pool.size() > static_cast<std::size_t>(wanted)) {
        pool.resize(static_cast<std::size_t>(wanted));
    }
    const bool seeding = members_.size() < 40;
    while (pool.size() < static_cast<std::size_t>(wanted) && (step == 0 || seeding)) {
        pool.push_back(new_member(step));
    }
    return pool;
}

void GroupsYear::sign_ups(const GroupDef& g, const kiosk::LocalDate& day, std::int64_t start,
                          const std::vector<std::size_t>& chosen) {
    const std::string session = session_id(g, day);
    struct Step {
        std::int64_t at;
        bool cancel;
        std::size_t member;
    };
    std::vector<Step> steps;
    for (const std::size_t m : chosen) {
        const std::int64_t signed_up = sign_up_time(day, start);
        steps.push_back({signed_up, false, m});
        if (loc_.chance(0.1)) {
            steps.push_back({std::int64_t{loc_.uniform(static_cast<int>((signed_up + 600) / 60),
                                                       static_cast<int>((start - 600) / 60))} *
                                 60,
                             true, m});
        }
    }
    std::sort(steps.begin(), steps.end(), [](const Step& a, const Step& b) { return a.at < b.at; });
    for (const Step& s : steps) {
        if (s.at > loc_.now_unix) {
            break;
        }
        Member& m = members_[s.member];
        if (s.cancel) {
            ks::cancel_signup(loc_.db, session, g.capacity, m.code, utc(s.at));
        } else {
            create(m, s.at);
            ks::sign_up(loc_.db, session, g.capacity, m.code, utc(s.at));
        }
    }
}

// Staff mark everyone booked, let some waiters and walk-ins in, sometimes undo a mark, and
// mostly close the session after it ended.
void GroupsYear::attendance(const GroupDef& g, const std::string& session, std::int64_t start,
                            const std::vector<std::size_t>& chosen) {
    std::int64_t at = start - 300;
    auto next = [&] { return utc(at += loc_.uniform(10, 90)); };
    for (const ks::SignupView& v : ks::signups_for(loc_.db, session)) {
        if (v.state == ks::SignupState::Booked) {
            const int dice = loc_.uniform(1, 100);
            const ks::Mark mark = dice <= 75 ? ks::Mark::Present
                                             : (dice <= 90 ? ks::Mark::Absent : ks::Mark::Excused);
            ks::mark_attendance(loc_.db, session, v.code, mark, staff_, next());
        } else if (v.state == ks::SignupState::Waiting && loc_.chance(0.3)) {
            ks::add_walk_in(loc_.db, session, v.code, staff_, next());
        }
    }
    const std::size_t step = static_cast<std::size_t>(&g - bench_groups().data());
    int walk_ins = loc_.uniform(0, 2);
    for (std::size_t i = 0; i < members_.size() && walk_ins > 0; ++i) {
        const Member& m = members_[i];
        if (m.active && m.step == step && !m.code.empty() &&
            std::find(chosen.begin(), chosen.end(), i) == chosen.end() && loc_.chance(0.2)) {
            ks::add_walk_in(loc_.db, session, m.code, staff_, next());
            --walk_ins;
        }
    }
    for (int heads = loc_.uniform(0, 2); heads > 0; --heads) {
        ks::add_walk_in(loc_.db, session, std::nullopt, staff_, next());
    }
    if (loc_.chance(0.05)) {
        ks::undo_last_mark(loc_.db, session, staff_, next());
    }
    if (loc_.chance(0.85)) {
        ks::close_session(loc_.db, session, staff_,
                          utc(start + kSessionSeconds + loc_.uniform(0, 1800)));
    }
}

// Who came counts a session more at their step; some move on, some drop out.
void GroupsYear::progress(std::size_t step, const std::string& session,
                          const std::vector<std::size_t>& chosen) {
    for (std::size_t i = 0; i < members_.size(); ++i) {
        Member& m = members_[i];
        if (!m.active || m.step != step || m.code.empty()) {
            continue; // only members of this step could have come
        }
        const std::optional<ks::Mark> mark = ks::current_mark(loc_.db, session, m.code);
        const bool came = mark == ks::Mark::Present || mark == ks::Mark::WalkIn;
        const bool asked = std::find(chosen.begin(), chosen.end(), i) != chosen.end();
        if (came && ++m.attended >= m.needed) {
            if (m.step + 1 < bench_groups().size() && loc_.chance(0.5)) {
                m = {m.code, m.step + 1, 0, loc_.uniform(4, 10), true};
            } else if (m.step + 1 == bench_groups().size()) {
                m.active = false; // the training done: on to paid work
            }
        }
        if (asked && loc_.chance(0.03)) {
            m.active = false;
        }
    }
}

void GroupsYear::day(const kiosk::LocalDate& day) {
    if (holiday(day)) {
        return;
    }
    for (const GroupDef& g : bench_groups()) {
        if (g.weekday != day.weekday()) {
            continue;
        }
        const std::string session = session_id(g, day);
        const std::int64_t start = loc_.unix_at(day, g.start_minutes);
        const std::size_t step = static_cast<std::size_t>(&g - bench_groups().data());
        const auto chosen = choose(step, loc_.uniform(6, 11));
        sign_ups(g, day, start, chosen);
        if (start + kSessionSeconds + 1800 > loc_.now_unix) {
            continue; // still to come (or going on): sign-ups only
        }
        attendance(g, session, start, chosen);
        progress(step, session, chosen);
    }
}

} // namespace year_bench
