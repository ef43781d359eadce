// Every kind of outbox event the kiosk records, declared once with what it is: its type on
// the wire (docs/upload-protocol.md), how long the kiosk keeps it (docs/privacy.md) and how
// sensitive it is. The enum, the names and the table are all made from the one list below,
// so a kind cannot exist without its retention and sensitivity, and append_event takes only
// these kinds.
//
// To add a kind: one row here, then record it with append_event (in a store function, in
// the same Transaction as the state change it describes), and document its data in
// docs/upload-protocol.md.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace kiosk::store {

// How long the kiosk keeps an event (every kind also goes once the server has had it for
// retention_days: outbox_delivery.hpp, prune_delivered).
enum class Retention {
    WithSession,      // deleted with its session's sign-ups and marks, retention_days after it
    WithMember,       // deleted with its member code once the code is unused for retention_days
    WithInterestForm, // deleted with its form after retention_interest_days
    UntilDelivered,   // only prune_delivered removes it
};

// What an event can tell about a person.
enum class Sensitivity {
    Aggregate,    // counts only: nothing about anyone
    StaffAction,  // what staff changed (a staff name, no visitor data)
    Pseudonymous, // carries a member code: health-related personal data (GDPR art. 9)
    Contact,      // may carry contact details a visitor chose to give
    Signal,       // what someone saw of a drug, and the day: no one's identity, but
                  // health-related, so handled as carefully as the two above
    Device,       // about the machine itself (its disk, temperature, queue): nothing about
                  // anyone
};

// clang-format off
#define KIOSK_EVENT_KINDS(E)                                                                    \
    E(MemberCreated,        "member.created",           WithMember,       Pseudonymous)         \
    E(SignupCreated,        "signup.created",           WithSession,      Pseudonymous)         \
    E(SignupWaitlisted,     "signup.waitlisted",        WithSession,      Pseudonymous)         \
    E(SignupCancelled,      "signup.cancelled",         WithSession,      Pseudonymous)         \
    E(SignupPromoted,       "signup.promoted",          WithSession,      Pseudonymous)         \
    E(AttendanceMarked,     "attendance.marked",        WithSession,      Pseudonymous)         \
    E(AttendanceUndone,     "attendance.undone",        WithSession,      Pseudonymous)         \
    E(SessionClosed,        "session.closed",           WithSession,      StaffAction)          \
    E(ScheduleChanged,      "schedule.changed",         WithSession,      StaffAction)          \
    E(ScheduleSlotAdded,    "schedule.slot_added",      UntilDelivered,   StaffAction)          \
    E(ScheduleSlotChanged,  "schedule.slot_changed",    UntilDelivered,   StaffAction)          \
    E(ScheduleSlotRemoved,  "schedule.slot_removed",    UntilDelivered,   StaffAction)          \
    E(ScheduleGroupChanged, "schedule.group_changed",   UntilDelivered,   StaffAction)          \
    E(ScheduleHolidayAdded, "schedule.holiday_added",   UntilDelivered,   StaffAction)          \
    E(ScheduleHolidayRemoved, "schedule.holiday_removed", UntilDelivered, StaffAction)          \
    E(InterestSubmitted,    "interest.submitted",       WithInterestForm, Contact)              \
    E(SignalReported,       "signal.reported",          UntilDelivered,   Signal)               \
    E(StatsDaily,           "stats.daily",              UntilDelivered,   Aggregate)            \
    E(StatsDays,            "stats.days",               UntilDelivered,   Aggregate)            \
    E(KioskHealth,          "kiosk.health",             UntilDelivered,   Device)
// clang-format on

#define KIOSK_EVENT_ENUM(name, type, retention, sensitivity) name,
enum class EventKind { KIOSK_EVENT_KINDS(KIOSK_EVENT_ENUM) };
#undef KIOSK_EVENT_ENUM

struct EventKindInfo {
    EventKind kind;
    std::string_view type; // on the wire and in events.type
    Retention retention;
    Sensitivity sensitivity;
};

#define KIOSK_EVENT_ROW(name, type, retention, sensitivity)                                        \
    EventKindInfo{EventKind::name, type, Retention::retention, Sensitivity::sensitivity},
inline constexpr std::array kEventKinds = {KIOSK_EVENT_KINDS(KIOSK_EVENT_ROW)};
#undef KIOSK_EVENT_ROW

constexpr const EventKindInfo& info(EventKind kind) {
    return kEventKinds[static_cast<std::size_t>(kind)];
}
constexpr std::string_view type_of(EventKind kind) {
    return info(kind).type;
}
std::optional<EventKind> event_kind(std::string_view type);

// The table is in enum order, and every type is unique (checked when compiled).
constexpr bool event_table_is_sound() {
    for (std::size_t i = 0; i < kEventKinds.size(); ++i) {
        if (static_cast<std::size_t>(kEventKinds[i].kind) != i)
            return false;
        for (std::size_t j = i + 1; j < kEventKinds.size(); ++j)
            if (kEventKinds[i].type == kEventKinds[j].type)
                return false;
    }
    return true;
}
static_assert(event_table_is_sound(), "KIOSK_EVENT_KINDS: duplicate type or table out of order");

} // namespace kiosk::store
