// Staff schedule edits: checked for form, stored with their schedule.* event, read back in
// the order they were made.
#include "store/schedule_edits_store.hpp"

#include "store/groups_detail.hpp"

#include <array>

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

constexpr const char* kCaller = "record_schedule_edit";
constexpr std::array<const char*, 7> kWeekdays = {"monday", "tuesday",  "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};

ScheduleEditKind kind_from(const std::string& text) {
    for (ScheduleEditKind k :
         {ScheduleEditKind::SlotAdded, ScheduleEditKind::SlotChanged, ScheduleEditKind::SlotRemoved,
          ScheduleEditKind::GroupChanged, ScheduleEditKind::HolidayAdded}) {
        if (text == to_string(k)) {
            return k;
        }
    }
    return ScheduleEditKind::HolidayRemoved;
}

bool is_holiday(ScheduleEditKind kind) {
    return kind == ScheduleEditKind::HolidayAdded || kind == ScheduleEditKind::HolidayRemoved;
}
bool has_new_slot(ScheduleEditKind kind) {
    return kind == ScheduleEditKind::SlotAdded || kind == ScheduleEditKind::SlotChanged;
}
bool has_old_slot(ScheduleEditKind kind) {
    return kind == ScheduleEditKind::SlotChanged || kind == ScheduleEditKind::SlotRemoved;
}

void require_weekday(int weekday) {
    if (weekday < 0 || weekday > 6) {
        throw StoreError(SQLITE_MISUSE, std::string(kCaller) + ": weekday " +
                                            std::to_string(weekday) +
                                            " is not 0 (Monday) to 6 (Sunday); this is a fault "
                                            "in the kiosk software, report it to the kiosk "
                                            "maintainer");
    }
}

void require_edit(const ScheduleEditRecord& e, const std::string& now_utc) {
    gd::require_utc(now_utc, kCaller);
    gd::require_text(e.staff_name, "staff name", kCaller);
    gd::require_date(e.from_date, kCaller);
    if (!is_holiday(e.kind)) {
        gd::require_group_id(e.group_id, kCaller);
    }
    if (has_new_slot(e.kind)) {
        require_weekday(e.weekday);
        gd::require_clock(e.start_time, kCaller);
        gd::require_clock(e.end_time, kCaller);
    }
    if (has_old_slot(e.kind)) {
        require_weekday(e.old_weekday);
        gd::require_clock(e.old_start, kCaller);
    }
    if (e.kind == ScheduleEditKind::GroupChanged) {
        gd::require_text(e.place, "place", kCaller);
        if (e.capacity < 1) {
            throw StoreError(SQLITE_MISUSE, std::string(kCaller) + ": capacity " +
                                                std::to_string(e.capacity) +
                                                " is below 1; this is a fault in the kiosk "
                                                "software, report it to the kiosk maintainer");
        }
    }
}

nlohmann::json event_data(const ScheduleEditRecord& e) {
    nlohmann::json data = {{"from", e.from_date}, {"staff", e.staff_name}};
    if (!is_holiday(e.kind)) {
        data["group_id"] = e.group_id;
    }
    if (has_new_slot(e.kind)) {
        data["weekday"] = kWeekdays[static_cast<std::size_t>(e.weekday)];
        data["start"] = e.start_time;
        data["end"] = e.end_time;
    }
    if (has_old_slot(e.kind)) {
        data["old_weekday"] = kWeekdays[static_cast<std::size_t>(e.old_weekday)];
        data["old_start"] = e.old_start;
    }
    if (e.kind == ScheduleEditKind::GroupChanged) {
        data["place"] = e.place;
        data["capacity"] = e.capacity;
    }
    return data;
}

// Binds value to index, or NULL when the kind does not use it.
void bind_if(Statement& s, int index, bool used, const std::string& value) {
    if (used) {
        s.bind(index, value);
    } else {
        s.bind(index, nullptr);
    }
}
void bind_if(Statement& s, int index, bool used, int value) {
    if (used) {
        s.bind(index, value);
    } else {
        s.bind(index, nullptr);
    }
}

} // namespace

const char* to_string(ScheduleEditKind kind) {
    switch (kind) {
    case ScheduleEditKind::SlotAdded:
        return "slot_added";
    case ScheduleEditKind::SlotChanged:
        return "slot_changed";
    case ScheduleEditKind::SlotRemoved:
        return "slot_removed";
    case ScheduleEditKind::GroupChanged:
        return "group_changed";
    case ScheduleEditKind::HolidayAdded:
        return "holiday_added";
    case ScheduleEditKind::HolidayRemoved:
        return "holiday_removed";
    }
    return "slot_added";
}

EventKind event_kind_of(ScheduleEditKind kind) {
    switch (kind) {
    case ScheduleEditKind::SlotAdded:
        return EventKind::ScheduleSlotAdded;
    case ScheduleEditKind::SlotChanged:
        return EventKind::ScheduleSlotChanged;
    case ScheduleEditKind::SlotRemoved:
        return EventKind::ScheduleSlotRemoved;
    case ScheduleEditKind::GroupChanged:
        return EventKind::ScheduleGroupChanged;
    case ScheduleEditKind::HolidayAdded:
        return EventKind::ScheduleHolidayAdded;
    case ScheduleEditKind::HolidayRemoved:
        return EventKind::ScheduleHolidayRemoved;
    }
    return EventKind::ScheduleSlotAdded;
}

void record_schedule_edit(Database& db, const ScheduleEditRecord& e, const std::string& now_utc) {
    require_edit(e, now_utc);
    const bool group = e.kind == ScheduleEditKind::GroupChanged;
    Transaction transaction(db);
    const std::string event_id = gd::record(db, event_kind_of(e.kind), event_data(e), now_utc);
    Statement insert = db.prepare(
        "INSERT INTO schedule_edits (kind, group_id, from_date, weekday, start_time, end_time, "
        "old_weekday, old_start, place, capacity, staff_name, changed_at, event_id) VALUES "
        "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)");
    insert.bind(1, to_string(e.kind));
    bind_if(insert, 2, !is_holiday(e.kind), e.group_id);
    insert.bind(3, e.from_date);
    bind_if(insert, 4, has_new_slot(e.kind), e.weekday);
    bind_if(insert, 5, has_new_slot(e.kind), e.start_time);
    bind_if(insert, 6, has_new_slot(e.kind), e.end_time);
    bind_if(insert, 7, has_old_slot(e.kind), e.old_weekday);
    bind_if(insert, 8, has_old_slot(e.kind), e.old_start);
    bind_if(insert, 9, group, e.place);
    bind_if(insert, 10, group, e.capacity);
    insert.bind(11, e.staff_name);
    insert.bind(12, now_utc);
    insert.bind(13, event_id);
    insert.run();
    transaction.commit();
}

std::vector<ScheduleEditRecord> schedule_edits(Database& db) {
    Statement query = db.prepare(
        "SELECT kind, COALESCE(group_id, ''), from_date, COALESCE(weekday, 0), "
        "COALESCE(start_time, ''), COALESCE(end_time, ''), COALESCE(old_weekday, 0), "
        "COALESCE(old_start, ''), COALESCE(place, ''), COALESCE(capacity, 0), staff_name, "
        "changed_at FROM schedule_edits ORDER BY id");
    std::vector<ScheduleEditRecord> edits;
    while (query.step()) {
        ScheduleEditRecord e;
        e.kind = kind_from(query.column_text(0));
        e.group_id = query.column_text(1);
        e.from_date = query.column_text(2);
        e.weekday = static_cast<int>(query.column_int64(3));
        e.start_time = query.column_text(4);
        e.end_time = query.column_text(5);
        e.old_weekday = static_cast<int>(query.column_int64(6));
        e.old_start = query.column_text(7);
        e.place = query.column_text(8);
        e.capacity = static_cast<int>(query.column_int64(9));
        e.staff_name = query.column_text(10);
        e.changed_at = query.column_text(11);
        edits.push_back(std::move(e));
    }
    return edits;
}

} // namespace kiosk::store
