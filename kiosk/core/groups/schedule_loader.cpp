// Reads the schedule TOML field by field with TomlReader, then checks across fields: unique
// ids, no session listed twice, cancelled dates that are real meetings, no one-off on a
// holiday.
#include "schedule_loader.hpp"

#include "core/content/toml_reader.hpp"
#include "core/languages.hpp"
#include "schedule_fields.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace kiosk::groups {

namespace {

using content::TomlReader;
using namespace schedule_fields;

constexpr int kMinCapacity = 1;
constexpr int kMaxCapacity = 200;
constexpr std::size_t kMaxIdLength = 40;

// Calls `read(table)` for each table in the optional list `key`.
template <class F>
void for_each_table(TomlReader& r, const toml::table& t, const std::string& key,
                    const std::string& field, const std::string& example, F&& read) {
    const toml::node* node = t.get(key);
    if (!node)
        return;
    const auto* array = node->as_array();
    if (!array) {
        r.problem(node, field, "must be a list: " + key + " = [ " + example + " ]");
        return;
    }
    for (const auto& item : *array) {
        if (const auto* table = item.as_table())
            read(*table);
        else
            r.problem(&item, field, "each entry must be " + example);
    }
}

void read_weekly(TomlReader& r, const toml::table& t, Group& g) {
    const std::string example = "{ weekday = \"tuesday\", start = \"14:00\", end = \"15:30\" }";
    for_each_table(r, t, "weekly", "group.weekly", example, [&](const toml::table& w) {
        only(r, w, {"weekday", "start", "end"}, "group.weekly.");
        WeeklySlot slot;
        const std::string day = r.text(w, "weekday", "group.weekly.weekday");
        const auto weekday = parse_weekday(day);
        if (!weekday && w.get("weekday") && !day.empty())
            r.problem(w.get("weekday"), "group.weekly.weekday",
                      quoted(day) + " is not a weekday; use monday, tuesday, wednesday, "
                                    "thursday, friday, saturday or sunday");
        const bool times_ok = read_times(r, w, "group.weekly.", slot.start_min, slot.end_min);
        if (!weekday || !times_ok)
            return;
        slot.weekday = *weekday;
        const bool twice = std::any_of(g.weekly.begin(), g.weekly.end(), [&](const WeeklySlot& o) {
            return o.weekday == slot.weekday && o.start_min == slot.start_min;
        });
        if (twice)
            r.problem(&w, "group.weekly",
                      day + " " + format_clock(slot.start_min) +
                          " is listed twice; give each weekly session once");
        else
            g.weekly.push_back(slot);
    });
}

// Whether `o` repeats a weekly session or an earlier one-off of `g`.
bool repeats_a_session(const Group& g, const OneOffSlot& o) {
    const bool weekly = g.runs_weekly_on(o.date) &&
                        std::any_of(g.weekly.begin(), g.weekly.end(), [&](const WeeklySlot& w) {
                            return w.weekday == o.date.weekday() && w.start_min == o.start_min;
                        });
    return weekly || std::any_of(g.one_off.begin(), g.one_off.end(), [&](const OneOffSlot& p) {
               return p.date == o.date && p.start_min == o.start_min;
           });
}

const Holiday* holiday_on(const std::vector<Holiday>& holidays, const LocalDate& date) {
    for (const auto& h : holidays)
        if (h.date == date)
            return &h;
    return nullptr;
}

// Name of a holiday for staff messages: Dutch, else any.
std::string holiday_name(const Holiday& h) {
    const auto nl = h.name.find("nl");
    return nl != h.name.end() ? nl->second : h.name.begin()->second;
}

// Reads one-offs (after weekly and validity); none may repeat a session or fall on a holiday.
void read_one_offs(TomlReader& r, const toml::table& t, Group& g,
                   const std::vector<Holiday>& holidays) {
    const std::string example = "{ date = \"2026-12-19\", start = \"14:00\", end = \"16:00\" }";
    for_each_table(r, t, "one_off", "group.one_off", example, [&](const toml::table& o) {
        only(r, o, {"date", "start", "end"}, "group.one_off.");
        OneOffSlot slot;
        const auto date = required_date(r, o, "date", "group.one_off.date");
        const bool times_ok = read_times(r, o, "group.one_off.", slot.start_min, slot.end_min);
        if (!date || !times_ok)
            return;
        slot.date = *date;
        if (repeats_a_session(g, slot)) {
            r.problem(&o, "group.one_off",
                      quoted(date->format()) + " " + format_clock(slot.start_min) +
                          " is already a session of this group; give another date or start");
            return;
        }
        if (const Holiday* h = holiday_on(holidays, *date))
            r.problem(o.get("date"), "group.one_off.date",
                      quoted(date->format()) + " is a holiday (" + holiday_name(*h) +
                          "); no group meets then, pick another date");
        g.one_off.push_back(slot);
    });
}

void read_cancelled(TomlReader& r, const toml::table& t, Group& g,
                    std::vector<const toml::node*>& nodes) {
    const toml::node* node = t.get("cancelled");
    if (!node)
        return;
    const auto* array = node->as_array();
    if (!array) {
        r.problem(node, "group.cancelled", "must be a list of dates: [\"2026-12-29\"]");
        return;
    }
    for (const auto& item : *array)
        if (auto date = date_of(r, item, "group.cancelled")) {
            g.cancelled.push_back(*date);
            nodes.push_back(&item);
        }
}

bool valid_id(const std::string& id) {
    return !id.empty() && id.size() <= kMaxIdLength &&
           std::all_of(id.begin(), id.end(), [](char c) {
               return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
           });
}

void read_identity(TomlReader& r, const toml::table& t, Group& g) {
    g.id = r.text(t, "id", "group.id");
    if (!g.id.empty() && !valid_id(g.id))
        r.problem(t.get("id"), "group.id",
                  quoted(g.id) + " is not allowed; use a-z, 0-9 and - (at most 40 characters)");
    const std::string type = r.text(t, "type", "group.type");
    if (auto parsed = parse_type(type))
        g.type = *parsed;
    else if (!type.empty())
        r.problem(t.get("type"), "group.type",
                  quoted(type) + " is not a group type; use experience, coaching, work or "
                                 "training");
    g.place = r.text(t, "place", "group.place");
}

void read_capacity(TomlReader& r, const toml::table& t, Group& g) {
    const toml::node* node = t.get("capacity");
    const auto* n = node ? node->as_integer() : nullptr;
    if (!n) {
        r.problem(node ? node : &t, "group.capacity",
                  std::string(node ? "must be" : "missing; add capacity =") +
                      " a whole number from 1 to 200");
        return;
    }
    if (n->get() < kMinCapacity || n->get() > kMaxCapacity) {
        r.problem(node, "group.capacity",
                  "is " + std::to_string(n->get()) + "; use a whole number from 1 to 200");
        return;
    }
    g.capacity = static_cast<int>(n->get());
}

void read_validity(TomlReader& r, const toml::table& t, Group& g) {
    g.valid_from = optional_date(r, t, "valid_from", "group.valid_from");
    g.valid_until = optional_date(r, t, "valid_until", "group.valid_until");
    if (g.valid_from && g.valid_until && *g.valid_until < *g.valid_from)
        r.problem(t.get("valid_until"), "group.valid_until",
                  quoted(g.valid_until->format()) + " is before valid_from " +
                      quoted(g.valid_from->format()) + "; use a later date, or \"\" for no end");
}

std::string weekdays_of(const Group& g) {
    Keys days;
    for (const auto& w : g.weekly)
        if (!contains(days, weekday_name(w.weekday)))
            days.push_back(weekday_name(w.weekday));
    return days.empty() ? "it has no weekly sessions" : "it meets on " + join(days);
}

bool meets_weekly_on(const Group& g, const LocalDate& date) {
    return g.runs_weekly_on(date) &&
           std::any_of(g.weekly.begin(), g.weekly.end(),
                       [&](const WeeklySlot& w) { return w.weekday == date.weekday(); });
}

void check_cancelled(TomlReader& r, const Group& g, const std::vector<const toml::node*>& nodes) {
    for (std::size_t i = 0; i < g.cancelled.size(); ++i) {
        const LocalDate& date = g.cancelled[i];
        if (meets_weekly_on(g, date))
            continue;
        const std::string why = g.runs_weekly_on(date) ? std::string(weekday_name(date.weekday())) +
                                                             "; " + weekdays_of(g)
                                                       : "outside valid_from .. valid_until";
        r.problem(nodes[i], "group.cancelled",
                  quoted(date.format()) + " is not a weekly session of this group (" + why +
                      "); list only dates it would meet");
    }
}

Group read_group(TomlReader& r, const toml::table& t, const std::vector<Holiday>& holidays) {
    only(r, t,
         {"id", "type", "place", "capacity", "name", "leader", "weekly", "one_off", "cancelled",
          "valid_from", "valid_until"},
         "group.");
    Group g;
    read_identity(r, t, g);
    read_capacity(r, t, g);
    g.name = read_texts(r, t, "name", "group.name");
    g.leader = read_texts(r, t, "leader", "group.leader");
    read_validity(r, t, g);
    read_weekly(r, t, g);
    read_one_offs(r, t, g, holidays);
    std::vector<const toml::node*> cancelled_nodes;
    read_cancelled(r, t, g, cancelled_nodes);
    check_cancelled(r, g, cancelled_nodes);
    return g;
}

std::vector<Holiday> read_holidays(TomlReader& r, const toml::table& root) {
    std::vector<Holiday> out;
    std::map<long, int> lines; // day -> line of its first holiday
    const std::string example = "[[holiday]] tables with date and name";
    const toml::node* node = root.get("holiday");
    const auto* array = node ? node->as_array() : nullptr;
    if (node && (!array || (!array->empty() && !array->is_array_of_tables()))) {
        r.problem(node, "holiday", "must be " + example);
        return out;
    }
    if (!array)
        return out;
    for (const auto& item : *array) {
        const auto& t = *item.as_table();
        only(r, t, {"date", "name"}, "holiday.");
        const auto date = required_date(r, t, "date", "holiday.date");
        Texts name = read_texts(r, t, "name", "holiday.name");
        if (!date || name.empty())
            continue;
        const auto [at, fresh] = lines.emplace(date->days(), TomlReader::line_of(&t));
        if (!fresh)
            r.problem(t.get("date"), "holiday.date",
                      quoted(date->format()) + " is already a holiday (line " +
                          std::to_string(at->second) + "); give each date once");
        else
            out.push_back({*date, std::move(name)});
    }
    return out;
}

std::vector<Group> read_groups(TomlReader& r, const toml::table& root,
                               const std::vector<Holiday>& holidays) {
    std::vector<Group> out;
    std::map<std::string, int> lines; // id -> line of its first group
    const toml::node* node = root.get("group");
    const auto* array = node ? node->as_array() : nullptr;
    if (!array || !array->is_array_of_tables() || array->empty()) {
        r.problem(node ? node : &root, "group",
                  "give at least one [[group]] table (see docs/groups.md)");
        return out;
    }
    for (const auto& item : *array) {
        const auto& t = *item.as_table();
        Group g = read_group(r, t, holidays);
        const auto [at, fresh] = lines.emplace(g.id, TomlReader::line_of(&t));
        if (!fresh && !g.id.empty())
            r.problem(t.get("id"), "group.id",
                      quoted(g.id) + " is already used by the group on line " +
                          std::to_string(at->second) + "; ids must be unique");
        out.push_back(std::move(g));
    }
    return out;
}

void read_place(TomlReader& r, const toml::table& root, Schedule& s) {
    only(r, root, {"location", "timezone", "group", "holiday"}, "");
    s.location = r.text(root, "location", "location");
    s.timezone = r.text(root, "timezone", "timezone");
    if (s.timezone.empty()) {
        s.zone = TimeZone::system();
    } else if (const auto zone = TimeZone::named(s.timezone)) {
        s.zone = *zone;
    } else {
        r.problem(root.get("timezone"), "timezone",
                  quoted(s.timezone) + " is not a time zone this computer knows; use a name like "
                                       "\"Europe/Amsterdam\"");
    }
}

} // namespace

const std::vector<std::string>& schedule_languages() {
    return language_codes();
}

ScheduleLoad load_schedule(const std::string& path) {
    ScheduleLoad out;
    const auto root = content::parse_toml(path, out.problems);
    if (!root)
        return out;
    TomlReader r(path, out.problems);
    auto schedule = std::make_shared<Schedule>();
    read_place(r, *root, *schedule);
    schedule->holidays = read_holidays(r, *root);
    schedule->groups = read_groups(r, *root, schedule->holidays);
    std::stable_sort(out.problems.begin(), out.problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
    if (out.problems.empty())
        out.schedule = std::move(schedule);
    return out;
}

} // namespace kiosk::groups
