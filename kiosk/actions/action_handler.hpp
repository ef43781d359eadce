// The one path every action takes: the frame loop (and the UI test harness) hands each action
// the screens returned to apply(), which checks what the action declares it needs (a staff
// member, a trusted clock), runs its one handler (handlers.hpp) through an exhaustive visit,
// tells the uploader about recorded events and counts reach. Work that may take longer than
// a frame runs on the background worker; its results come back through deliver().
#pragma once

#include "action_context.hpp"
#include "core/actions.hpp"

#include <vector>

namespace kiosk::actions {

class ActionHandler {
  public:
    explicit ActionHandler(ActionParts parts);

    void apply(const Action& action, SteadyTime now);
    // The worker's finished jobs (a PIN check, loaded content): true when any ran.
    bool deliver(SteadyTime now);
    // The device's news: the screen went off (the visit is wiped), the clock became trusted.
    void device_changed(const services::DeviceControl::Changes& changes, SteadyTime now);
    // The hourly upkeep (reach counts, retention, pruning), on the worker.
    void maintain(SteadyTime now);
    // New content on disk: loads it on the worker, and brings loaded content into use at a
    // quiet moment. True when new content came into use (the fonts need its glyphs).
    bool update_content(SteadyTime now);
    // Opens a screen for --goto, as a tap would; staff screens only for a screenshot (then a
    // staff session named "screenshot" is signed in: the process exits after one frame).
    void go_to(const Place& place, bool for_screenshot, SteadyTime now);
    // Reads again what a staff screen shows that changes by itself (uploads, the bundle).
    void refresh_live_view();
    // The staff page's notices and status.
    void refresh_staff_page();

    ActionContext& context() { return c_; }

  private:
    void begin(SteadyTime now);

    ActionContext c_;
};

} // namespace kiosk::actions
