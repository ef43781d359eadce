// One table of the edit kinds in their three forms; the fields are copied across as the kind
// uses them.
#include "schedule_records.hpp"

#include "store/error_kinds.hpp"

#include <array>

namespace kiosk::services {

namespace {

using groups::ScheduleEdit;
using DraftKind = ScheduleDraft::Kind;
using StoreKind = store::ScheduleEditKind;

struct Kinds {
    ScheduleEdit::Kind core;
    StoreKind stored;
    DraftKind drafted;
};

constexpr std::array<Kinds, 6> kKinds = {{
    {ScheduleEdit::AddSlot, StoreKind::SlotAdded, DraftKind::AddSlot},
    {ScheduleEdit::ChangeSlot, StoreKind::SlotChanged, DraftKind::ChangeSlot},
    {ScheduleEdit::RemoveSlot, StoreKind::SlotRemoved, DraftKind::RemoveSlot},
    {ScheduleEdit::ChangeGroup, StoreKind::GroupChanged, DraftKind::ChangeGroup},
    {ScheduleEdit::AddHoliday, StoreKind::HolidayAdded, DraftKind::AddHoliday},
    {ScheduleEdit::RemoveHoliday, StoreKind::HolidayRemoved, DraftKind::RemoveHoliday},
}};

template <class Pred> const Kinds* find_kind(Pred pred) {
    for (const auto& k : kKinds)
        if (pred(k))
            return &k;
    return nullptr;
}

bool is_holiday(ScheduleEdit::Kind kind) {
    return kind == ScheduleEdit::AddHoliday || kind == ScheduleEdit::RemoveHoliday;
}

} // namespace

std::optional<ScheduleEdit> core_edit(const store::ScheduleEditRecord& r) {
    const auto from = groups::LocalDate::parse(r.from_date);
    const Kinds* kind = find_kind([&](const Kinds& k) { return k.stored == r.kind; });
    if (!from || !kind)
        return std::nullopt;
    ScheduleEdit e;
    e.kind = kind->core;
    e.group_id = r.group_id;
    e.from = *from;
    const auto start = groups::parse_clock(r.start_time);
    const auto end = groups::parse_clock(r.end_time);
    const auto old_start = groups::parse_clock(r.old_start);
    const bool new_slot = e.kind == ScheduleEdit::AddSlot || e.kind == ScheduleEdit::ChangeSlot;
    const bool old_slot = e.kind == ScheduleEdit::ChangeSlot || e.kind == ScheduleEdit::RemoveSlot;
    if ((new_slot && (!start || !end)) || (old_slot && !old_start))
        return std::nullopt;
    e.slot = {r.weekday, start.value_or(0), end.value_or(0)};
    e.old_weekday = r.old_weekday;
    e.old_start = old_start.value_or(0);
    e.place = r.place;
    e.capacity = r.capacity;
    return e;
}

store::ScheduleEditRecord record_of(const ScheduleEdit& e, const std::string& staff) {
    store::ScheduleEditRecord r;
    r.kind = find_kind([&](const Kinds& k) { return k.core == e.kind; })->stored;
    r.group_id = is_holiday(e.kind) ? "" : e.group_id;
    r.from_date = e.from.format();
    r.weekday = e.slot.weekday;
    r.start_time = groups::format_clock(e.slot.start_min);
    r.end_time = groups::format_clock(e.slot.end_min);
    r.old_weekday = e.old_weekday;
    r.old_start = groups::format_clock(e.old_start);
    r.place = e.place;
    r.capacity = e.capacity;
    r.staff_name = staff;
    return r;
}

std::optional<ScheduleEdit> edit_of(const ScheduleDraft& d) {
    const auto from = groups::LocalDate::parse(d.from);
    const Kinds* kind = find_kind([&](const Kinds& k) { return k.drafted == d.kind; });
    if (!from || !kind)
        return std::nullopt;
    ScheduleEdit e;
    e.kind = kind->core;
    e.group_id = d.group_id;
    e.from = *from;
    e.slot = {d.weekday, d.start_min, d.end_min};
    e.old_weekday = d.old_weekday;
    e.old_start = d.old_start;
    e.place = d.place.text();
    e.capacity = d.capacity;
    return e;
}

const char* problem_name(groups::EditProblem p) {
    using P = groups::EditProblem;
    switch (p) {
    case P::None:
        return "";
    case P::UnknownGroup:
    case P::SlotGone:
    case P::NoSuchHoliday:
        return "gone";
    case P::InThePast:
        return "past";
    case P::EndNotAfterStart:
        return "end_before_start";
    case P::OutsideDay:
        return "outside_day";
    case P::Overlaps:
        return "overlaps";
    case P::NothingChanged:
        return "nothing_changed";
    case P::CapacityRange:
        return "capacity";
    case P::PlaceEmpty:
        return "place_empty";
    case P::HolidayExists:
        return "holiday_exists";
    }
    return "gone";
}

const char* problem_name(const store::StoreError& e) {
    if (store::is_disk_full(e))
        return "disk_full";
    if (store::is_busy(e))
        return "busy";
    return "not_saved";
}

} // namespace kiosk::services
