// What applying an action may use: the model, the services, the clocks, and the state the
// action path keeps between actions. One of these lives in the ActionHandler; the app and the
// UI test harness build it from the same parts, so tests run the real effects.
#pragma once

#include "core/config.hpp"
#include "core/kiosk_model.hpp"
#include "core/sync_status.hpp"
#include "services/background.hpp"
#include "services/content_updates.hpp"
#include "services/device_control.hpp"
#include "services/groups_service.hpp"
#include "services/maintenance.hpp"
#include "services/storage.hpp"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::actions {

// The uploader as the action path sees it (sync::UploadService in the app, a recorder in
// tests).
class UploadControl {
  public:
    virtual ~UploadControl() = default;
    virtual void send_now() = 0;
    // Events were recorded: gather them for a moment and send them together.
    virtual void events_recorded() = 0;
    virtual SyncStatusView status() const = 0;
};

struct ActionParts {
    const Config& config;
    KioskModel& model;
    services::Storage& storage;
    services::GroupsService& groups;
    services::DeviceControl& device;
    services::ContentUpdates& content;
    services::Background& background;
    UploadControl* uploads = nullptr;          // null: no [upload] configured
    std::function<std::int64_t()> unix_now;    // the wall clock (injected in tests)
    std::string version;                       // shown on the staff page
    std::vector<std::string> content_problems; // shown on the staff page
    // The content on screen, for the health report: the bundle it came from (none: the
    // configured or built-in pack), and whether it stands in for a pack with problems.
    std::optional<std::int64_t> bundle_in_use;
    bool content_fell_back = false;
};

struct ActionContext {
    explicit ActionContext(ActionParts p) : parts(std::move(p)), model(parts.model) {}

    ActionParts parts;
    KioskModel& model;
    SteadyTime now{};     // of the action being applied
    std::int64_t utc = 0; // unix seconds, the same moment on the wall clock

    services::GroupsService& groups() { return parts.groups; }
    bool clock_trusted() const { return parts.device.clock_trusted(); }
    std::string staff_name() const {
        return model.staff_user() ? model.staff_user()->name : std::string();
    }
    // The groups' lists again (after anything that changes sessions or sign-ups).
    void refresh_groups() { model.set_groups(parts.groups.snapshot(utc, clock_trusted())); }

    // Kept between actions.
    std::string rollback_message;                   // the last staff rollback's result
    std::optional<SyncStatusView> bundle_state;     // the bundle in use, read when it may change
    bool events_pending = false;                    // an action recorded events this round
    bool loading_content = false;                   // the worker is loading a new source
    std::shared_ptr<services::LoadedContent> ready; // loaded, waiting for a quiet moment
    std::shared_ptr<services::Maintenance> maintenance; // used by the worker only
};

} // namespace kiosk::actions
