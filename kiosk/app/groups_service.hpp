// Connects the group screens to the schedule (core) and the database (store): builds the
// snapshot the screens show, and carries out sign-ups, cancellations and attendance marks,
// turning every result into plain view data on the model. Storage errors become clear
// messages; nothing is half-written because each store call is one transaction.
#pragma once

#include "core/actions.hpp"
#include "core/groups/schedule.hpp"
#include "core/kiosk_model.hpp"
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

    // Rebuilds the sessions of the next four weeks with their sign-up counts.
    void refresh(KioskModel& model, std::int64_t now_utc);
    // Carries out the store part of a group action before the model applies it.
    void handle(const Action& action, KioskModel& model, std::int64_t now_utc);
    void refresh_staff_session(KioskModel& model, const std::string& session_id,
                               const std::string& message_key = "");

  private:
    void submit_signup(KioskModel& model, const std::string& now);
    void look_up(KioskModel& model);
    std::string staff_name(const KioskModel& model) const;

    std::shared_ptr<const groups::Schedule> schedule_;
    store::Database* db_;
};

} // namespace kiosk::app
