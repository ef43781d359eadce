// The dispatcher: an exhaustive visit over Action, with each action's declared effects
// checked before its handler runs.
#include "action_handler.hpp"

#include "handlers.hpp"
#include "screen_loading.hpp"
#include "services/speech_settings.hpp"

namespace kiosk::actions {

namespace {

template <class A> void dispatch(ActionContext& c, const A& a) {
    constexpr action::Effects effects = A::effects;
    if constexpr (effects.needs_staff)
        if (!c.model.staff_user())
            return; // only staff screens offer it; a stray one changes nothing
    if constexpr (effects.needs_trusted_clock)
        if (!c.clock_trusted()) {
            refuse(c, a); // says why nothing happened
            return;
        }
    handle(c, a);
    if constexpr (effects.records_events)
        c.events_pending = true;
}

} // namespace

ActionHandler::ActionHandler(ActionParts parts) : c_(std::move(parts)) {
    c_.maintenance = std::make_shared<services::Maintenance>(c_.parts.storage.file());
    c_.utc = c_.parts.unix_now();
    // Read aloud as staff last set it on this kiosk.
    c_.model.set_speech_settings(
        services::load_speech_settings(c_.parts.storage.db(), c_.parts.config.speech));
}

void ActionHandler::begin(SteadyTime now) {
    c_.now = now;
    c_.utc = c_.parts.unix_now();
    c_.model.set_day(c_.clock_trusted() ? c_.parts.groups.zone().date_at(c_.utc).format()
                                        : ReachCounters::kUnknownDay);
}

void ActionHandler::apply(const Action& action, SteadyTime now) {
    begin(now);
    const ReachMark before = c_.model.reach_mark();
    std::visit([&](const auto& a) { dispatch(c_, a); }, action);
    c_.model.count_reach(before);
    if (c_.events_pending && c_.parts.uploads)
        c_.parts.uploads->events_recorded();
    c_.events_pending = false;
}

bool ActionHandler::deliver(SteadyTime now) {
    if (!c_.parts.background.has_results())
        return false;
    begin(now);
    return c_.parts.background.deliver() > 0;
}

void ActionHandler::go_to(const Place& place, bool for_screenshot, SteadyTime now) {
    begin(now);
    if (traits(place.screen).audience == Audience::Staff && for_screenshot)
        c_.model.sign_in_for_screenshot({"screenshot", "staff", ""}, now);
    handle(c_, action::Open{place});
}

void ActionHandler::refresh_live_view() {
    begin(c_.now);
    load_live_view(c_);
}

void ActionHandler::refresh_staff_page() {
    load_staff_page(c_);
}

} // namespace kiosk::actions
