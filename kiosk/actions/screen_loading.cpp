// The Open action, and loading each kind of screen data.
#include "screen_loading.hpp"

#include "handlers.hpp"
#include "sync/bundle_store.hpp"

namespace kiosk::actions {

namespace {

// What is in use now, read from disk only when it may have changed (a bundle installed,
// a rollback), not every second.
SyncStatusView bundle_state(ActionContext& c) {
    if (c.bundle_state)
        return *c.bundle_state;
    SyncStatusView state;
    try {
        const sync::BundleState s = sync::read_bundle_state(c.parts.config.data_dir).state;
        state.bundle_version = s.current;
        state.bundle_previous = s.previous;
        state.bundle_can_roll_back = s.current || s.previous;
    } catch (const std::exception&) {
        // no bundle can be used either: nothing to switch to
    }
    c.bundle_state = state;
    return state;
}

} // namespace

void load_live_view(ActionContext& c) {
    const ScreenId screen = c.model.place().screen;
    if (screen != ScreenId::StaffSync && screen != ScreenId::Staff)
        return;
    SyncStatusView status = c.parts.uploads ? c.parts.uploads->status() : SyncStatusView{};
    const SyncStatusView bundle = bundle_state(c);
    status.bundle_version = bundle.bundle_version;
    status.bundle_previous = bundle.bundle_previous;
    status.bundle_can_roll_back = bundle.bundle_can_roll_back;
    status.bundle_message = c.rollback_message;
    status.now_unix = c.utc;
    c.model.set_sync_status(std::move(status));
}

void load_screen_data(ActionContext& c, ScreenData data, const Place& place) {
    services::GroupsService& groups = c.groups();
    switch (data) {
    case ScreenData::None:
        break;
    case ScreenData::Groups:
        c.refresh_groups();
        break;
    case ScreenData::StaffPage: {
        auto page = c.parts.storage.staff_page(c.parts.version, c.parts.content_problems);
        c.model.set_notices(std::move(page.notices));
        c.model.set_status(std::move(page.status));
        load_live_view(c);
        break;
    }
    case ScreenData::StaffSession:
        c.model.set_staff_session(groups.staff_session(place.topic, {}));
        break;
    case ScreenData::StaffProgress:
        c.model.set_staff_progress({});
        break;
    case ScreenData::StaffStats:
        c.model.set_staff_stats(groups.stats(place.topic, c.utc));
        break;
    case ScreenData::StaffExport:
        c.model.set_staff_export(groups.export_choices());
        break;
    case ScreenData::StaffSync:
        load_live_view(c);
        break;
    case ScreenData::StaffSchedule:
        c.model.set_staff_schedule(groups.schedule().view(c.utc));
        break;
    case ScreenData::ScheduleEdit:
        c.model.set_schedule_draft(groups.schedule().open_edit(place.topic, c.utc));
        break;
    }
}

void load_staff_page(ActionContext& c) {
    load_screen_data(c, ScreenData::StaffPage, Place{});
}

void handle(ActionContext& c, const action::Open& a) {
    if (!c.model.open(a.place))
        return;
    load_screen_data(c, traits(a.place.screen).data, a.place);
}

} // namespace kiosk::actions
