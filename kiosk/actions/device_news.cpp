// Device news, the hourly upkeep and new content: the parts of the action path that are not
// started by a tap.
#include "device_news.hpp"

#include "action_handler.hpp"
#include "common/rfc3339.hpp"
#include "screen_loading.hpp"

#include <cstdio>

namespace kiosk::actions {

void apply_device_news(ActionContext& c, const services::DeviceControl::Changes& changes) {
    if (changes.screen_off)
        c.model.reset_visit(c.now); // privacy: nobody's visit waits behind a dark screen
    if (changes.status || changes.clock_trusted)
        c.model.set_device(c.parts.device.status());
    if (changes.clock_trusted) {
        c.model.counters().date_unknown_day(c.parts.groups.zone().date_at(c.utc).format());
        c.refresh_groups();
    }
}

void ActionHandler::device_changed(const services::DeviceControl::Changes& changes,
                                   SteadyTime now) {
    begin(now);
    apply_device_news(c_, changes);
    if (changes.clock_trusted)
        maintain(now); // the counts made before now have a day
}

void ActionHandler::maintain(SteadyTime now) {
    begin(now);
    if (!c_.clock_trusted())
        return; // no day to file counts under, and retention must not run on a wrong date
    const Config& config = c_.parts.config;
    services::MaintenanceOrder order;
    order.counts = c_.model.counters().take();
    order.today = c_.parts.groups.zone().date_at(c_.utc).format();
    order.now_utc = format_utc_unix(c_.utc);
    order.kiosk_id = config.kiosk_id;
    order.keep_days = config.retention_days;
    order.interest_keep_days = config.retention_interest_days;
    // Without uploads nothing is ever delivered, so retention must not wait for delivery
    // (docs/privacy.md); with them, local data goes only once the server has it.
    order.uploading = c_.parts.uploads != nullptr;
    order.prune_before_utc = format_utc_unix(c_.utc - std::int64_t{86400} * config.retention_days);
    UploadControl* uploads = c_.parts.uploads;
    c_.parts.background.post("the hourly upkeep", [maintenance = c_.maintenance, order, uploads] {
        const bool closed_day = maintenance->run(order);
        return services::Background::FollowUp([uploads, closed_day] {
            if (uploads && closed_day)
                uploads->events_recorded(); // a finished day became a stats.daily event
        });
    });
}

bool ActionHandler::update_content(SteadyTime now) {
    begin(now);
    services::ContentUpdates& updates = c_.parts.content;
    if (updates.pending() && !c_.loading_content) {
        updates.loading_started();
        c_.loading_content = true;
        ActionContext* context = &c_;
        const Config& config = c_.parts.config;
        c_.parts.background.post("loading new content", [context, &config] {
            auto loaded = std::make_shared<services::LoadedContent>(services::load_content(config));
            return services::Background::FollowUp([context, loaded] {
                context->ready = loaded;
                context->loading_content = false;
            });
        });
    }
    // The switch waits for a quiet moment: nobody mid-visit, or staff signed in.
    if (!c_.ready || !(c_.model.visit_is_neutral() || c_.model.staff_user()))
        return false;
    const auto loaded = std::move(c_.ready);
    if (!loaded->source.pack)
        return false; // nothing loads at all: keep what is on screen
    c_.model.set_content(loaded->source.pack);
    if (loaded->source.alerts || !loaded->source.alerts_failed)
        c_.model.set_alerts(loaded->source.alerts); // a broken file never hides the alerts shown
    c_.parts.groups.set_schedule(loaded->schedule);
    c_.refresh_groups();
    c_.parts.content_problems = loaded->problems;
    c_.parts.bundle_in_use = loaded->source.bundle_version;
    c_.parts.content_fell_back = loaded->source.fell_back;
    c_.bundle_state.reset();
    std::fprintf(stderr, "kiosk: now showing %s\n",
                 loaded->source.bundle_version
                     ? ("bundle version " + std::to_string(*loaded->source.bundle_version)).c_str()
                     : "the built-in content");
    load_staff_page(c_);
    return true;
}

} // namespace kiosk::actions
