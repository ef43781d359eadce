// The schedule as it stands (the file, with the staff's stored edits and per-date changes
// over it) and the staff's editing of it: the Schedule screen's view, the edit in progress,
// and saving an edit after checking it and, where it takes sessions away from people who
// signed up or leaves more bookings than places, after staff confirmed (docs/groups.md).
#pragma once

#include "core/actions.hpp"
#include "core/groups/schedule.hpp"
#include "core/groups/schedule_edits.hpp"
#include "core/groups/sessions.hpp"
#include "core/kiosk_model.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::app {

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

    // Carries out the schedule screens' actions (opening them, saving an edit). Returns true
    // when the schedule changed, so the visitors' lists must be rebuilt.
    bool handle(const Action& action, KioskModel& model, std::int64_t now_utc);

  private:
    // Fills the Schedule screen's view; `view` brings the message to show, if any.
    void show(KioskModel& model, const groups::Schedule& schedule, const groups::LocalDate& today,
              StaffScheduleView view) const;
    void open_edit(KioskModel& model, const std::string& what, std::int64_t now_utc) const;
    bool save(KioskModel& model, bool confirmed, std::int64_t now_utc);
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

} // namespace kiosk::app
