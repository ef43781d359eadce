// The schedule as it stands (the file, with the staff's stored edits and per-date changes
// over it) and the staff's editing of it: the Schedule screen's view, the edit in progress,
// and saving an edit after checking it and, where it takes sessions away from people who
// signed up or leaves more bookings than places, after staff confirmed (docs/groups.md).
#pragma once

#include "core/groups/schedule.hpp"
#include "core/groups/schedule_edits.hpp"
#include "core/groups/sessions.hpp"
#include "core/schedule_view.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::services {

class ScheduleService {
  public:
    // base: the schedule file (null when it could not be loaded); db may be null.
    ScheduleService(std::shared_ptr<const groups::Schedule> base, store::Database* db)
        : base_(std::move(base)), db_(db) {}

    // The schedule's time zone (the system's without a schedule): what "today" means.
    const TimeZone& zone() const { return base_ ? base_->zone : system_zone_; }
    // A new schedule file (from a bundle): the stored edits now apply over it.
    void set_base(std::shared_ptr<const groups::Schedule> base) { base_ = std::move(base); }
    // The file with the stored edits applied; null without a file. Edits that cannot be read
    // are left out (and logged).
    std::shared_ptr<const groups::Schedule> current() const;
    // sessions_between over `schedule` with the staff's per-date changes.
    std::vector<groups::Session> sessions(const groups::Schedule& schedule,
                                          const groups::LocalDate& first, int days) const;

    // The Schedule screen's view; `view` brings the message to show, if any.
    StaffScheduleView view(std::int64_t now_utc, StaffScheduleView view = {}) const;
    // A new edit of the schedule (`what`: see ScreenId::StaffScheduleEdit); an empty draft
    // (Kind::None) when there is nothing left to edit.
    ScheduleDraft open_edit(const std::string& what, std::int64_t now_utc) const;

    struct SaveResult {
        ScheduleDraft draft;                   // saved, or with the problem or the question to ask
        std::optional<StaffScheduleView> view; // the list with its message, once saved
    };
    // Checks the draft, weighs what it would take away (a second, confirmed save stores it),
    // and stores it with its event in one transaction.
    SaveResult save(ScheduleDraft draft, const std::string& staff, bool confirmed,
                    std::int64_t now_utc);

  private:
    StaffScheduleView show(const groups::Schedule& schedule, const groups::LocalDate& today,
                           StaffScheduleView view) const;
    // What the draft would take away or overbook; false when nothing needs a yes.
    bool weigh(ScheduleDraft& draft, const groups::Schedule& schedule,
               const groups::ScheduleEdit& edit, std::int64_t now_utc) const;
    // The earliest date an edit may start: today, or tomorrow when a session it would
    // change has already started today (a change never reaches back into a held session).
    groups::LocalDate earliest_from(const groups::Schedule& schedule, const std::string& group_id,
                                    const groups::WeeklySlot* slot, std::int64_t now_utc) const;
    std::vector<groups::StaffChange> staff_changes() const;
    int signed_up(const std::string& session_id, bool booked_only) const;

    std::shared_ptr<const groups::Schedule> base_;
    store::Database* db_;
    TimeZone system_zone_ = TimeZone::system();
    int messages_ = 0; // saved-change messages so far
};

} // namespace kiosk::services
