// The peer groups through the schedule (core) and the database (store): the sessions the
// screens list, sign-ups, cancellations and interest forms (groups_service.cpp), and staff's
// attendance, walk-ins, per-date changes, progress, statistics and CSV export
// (groups_staff.cpp). Every method returns plain view data for the model; storage errors
// become clear results, and nothing is half-written because each store call is one
// transaction. It never decides whether the clock may be trusted: the action path does.
#pragma once

#include "core/groups/schedule.hpp"
#include "core/groups_view.hpp"
#include "schedule_service.hpp"
#include "store/database.hpp"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::services {

// What a staff action on a session did: a message for the screen (a catalogue key, "" for
// none) and, for a new code, the code to hand over.
struct StaffActionResult {
    std::string message_key;
    std::string message_code;
};

class GroupsService {
  public:
    // Loads the schedule file; its problems are added to `problems` for staff. db may be null
    // (no storage): then nothing is listed or stored.
    GroupsService(const std::string& schedule_path, store::Database* db,
                  std::vector<std::string>& problems);

    // Replaces the schedule (a new bundle, loaded by load_content); null: none could be read.
    void set_schedule(std::shared_ptr<const groups::Schedule> schedule);
    // The kiosk's time zone: the schedule's, else the system's.
    const TimeZone& zone() const { return schedule_.zone(); }
    ScheduleService& schedule() { return schedule_; }
    // Where exports go by default, and the id written into their file names.
    void set_export_info(std::string data_dir, std::string kiosk_id);

    // --- visitors (groups_service.cpp) ---
    // The sessions of today and the next four weeks with their sign-up counts. Today's
    // sessions that have ended stay (flagged), so staff can still mark them. Without a
    // trusted clock "today" is unknown: no sessions.
    GroupsSnapshot snapshot(std::int64_t now_utc, bool clock_trusted) const;
    SignupOutcome submit_signup(const SignupDraft& draft, const GroupsSnapshot& groups,
                                std::int64_t now_utc);
    // The sessions this code is signed up for (the cancel screen).
    SignupOutcome look_up(std::string_view typed_code, const GroupsSnapshot& groups) const;
    SignupOutcome cancel_signup(SignupOutcome looked_up, const std::string& session_id,
                                const GroupsSnapshot& groups, std::int64_t now_utc);
    // True when the form was stored.
    bool submit_interest(const InterestDraft& draft, bool with_contact, std::int64_t now_utc);

    // --- staff (groups_staff.cpp) ---
    StaffSessionView staff_session(const std::string& session_id, StaffActionResult shown) const;
    StaffActionResult mark(const std::string& session_id, const std::string& code,
                           const std::string& mark, const std::string& staff, std::int64_t now_utc);
    // A walk-in: anonymous, with the code staff typed, or with a new code made for them.
    StaffActionResult walk_in(const std::string& session_id, std::optional<std::string> typed_code,
                              bool new_code, const std::string& staff, std::int64_t now_utc);
    StaffActionResult undo_mark(const std::string& session_id, const std::string& staff,
                                std::int64_t now_utc);
    StaffActionResult close_session(const std::string& session_id, const std::string& staff,
                                    std::int64_t now_utc);
    // This one date of a session does not take place (cancel), or does again (restore).
    StaffActionResult cancel_date(const std::string& session_id, bool cancel,
                                  const std::string& staff, std::int64_t now_utc);
    // One extra session like `like`, same time, on `date`.
    StaffActionResult add_extra(const std::string& like_id, const GroupsSnapshot& groups,
                                const std::string& date, const std::string& staff,
                                std::int64_t now_utc);
    StaffProgressView progress(std::string_view typed_code) const;
    StaffStatsView stats(const std::string& group_id, std::int64_t now_utc) const;
    StaffExportView export_choices() const;
    // Writes the attendance of the last four weeks and the coming week as CSV into
    // `folder`: the view says which file, or why not.
    StaffExportView export_attendance(StaffExportView view, const std::string& folder,
                                      std::int64_t now_utc) const;

  private:
    ScheduleService schedule_;
    std::string data_dir_ = "kiosk-data", kiosk_id_ = "kiosk";
    store::Database* db_;
};

} // namespace kiosk::services
