// Connects the group screens to the schedule (core) and the database (store): builds the
// snapshot the screens show, and carries out sign-ups, cancellations and attendance marks,
// turning every result into plain view data on the model. Storage errors become clear
// messages; nothing is half-written because each store call is one transaction.
#pragma once

#include "core/actions.hpp"
#include "core/groups/schedule.hpp"
#include "core/groups/sessions.hpp"
#include "core/kiosk_model.hpp"
#include "schedule_service.hpp"
#include "store/database.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kiosk::app {

class GroupsService {
  public:
    // Loads the schedule file; its problems are added to `problems` for staff.
    GroupsService(const std::string& schedule_path, store::Database* db,
                  std::vector<std::string>& problems);

    // Until the clock is trusted the groups show no sessions and nothing with a time is
    // recorded: sign-ups, cancellations, interest forms, marks, schedule changes, exports
    // and statistics wait (docs/architecture.md, "Device").
    void set_clock_trusted(bool trusted) { clock_trusted_ = trusted; }
    // The kiosk's time zone: the schedule's, else the system's.
    const TimeZone& zone() const { return schedule_.zone(); }
    // Replaces the schedule (a new bundle); its problems are added to `problems`.
    void load_schedule(const std::string& schedule_path, std::vector<std::string>& problems);
    // Rebuilds the sessions of the next four weeks with their sign-up counts.
    void refresh(KioskModel& model, std::int64_t now_utc);
    // Carries out the store part of a group action before the model applies it.
    void handle(const Action& action, KioskModel& model, std::int64_t now_utc);
    void refresh_staff_session(KioskModel& model, const std::string& session_id,
                               const std::string& message_key = "");
    // Where exports go by default, and the id written into their file names.
    void set_export_info(std::string data_dir, std::string kiosk_id) {
        data_dir_ = std::move(data_dir);
        kiosk_id_ = std::move(kiosk_id);
    }
    // Deletes old, delivered group data as the config says (docs/privacy.md).
    void apply_retention(std::int64_t now_utc, int keep_days, int interest_keep_days,
                         bool wait_for_delivery);

  private:
    void submit_signup(KioskModel& model, const std::string& now);
    void look_up(KioskModel& model);
    std::string staff_name(const KioskModel& model) const;

    // Sign-ups and attendance of the last four weeks and the coming week as CSV in
    // `folder`; returns the file, or throws.
    std::string export_csv(const KioskModel& model, const std::string& folder,
                           std::int64_t now_utc);
    // Refuses an action that would record a time while the clock is not trusted; true
    // when it was refused (the model then holds the refusal).
    bool refuse_without_clock(const Action& action, KioskModel& model);

    ScheduleService schedule_;
    std::string data_dir_ = "kiosk-data", kiosk_id_ = "kiosk";
    store::Database* db_;
    bool clock_trusted_ = true;
};

} // namespace kiosk::app
