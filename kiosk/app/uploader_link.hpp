// The uploader thread (kiosk/sync), when [upload] is configured and the database works, with
// the network watch that hurries it when the link comes back; seen by the action path as an
// UploadControl.
#pragma once

#include "actions/action_context.hpp"
#include "core/config.hpp"
#include "platform/network_watch.hpp"
#include "services/storage.hpp"
#include "sync/upload_service.hpp"

#include <functional>
#include <memory>

namespace kiosk::app {

class UploaderLink : public actions::UploadControl {
  public:
    // `on_change` runs on the uploader thread whenever its status changed. `zone` is the
    // one the opening hours are read in (the group schedule's), for the health report.
    UploaderLink(const Config& config, const services::Storage& storage, const TimeZone& zone,
                 std::function<void()> on_change);
    ~UploaderLink() override { stop(); }

    // Null when uploads are off.
    actions::UploadControl* control() { return service_ ? this : nullptr; }
    void start();
    void stop();
    std::uint64_t bundles_installed() const { return service_ ? service_->bundles_installed() : 0; }
    // What the UI thread knows for the kiosk.health report.
    void set_app_health(const AppHealth& health) {
        if (service_)
            service_->set_app_health(health);
    }

    void send_now() override { service_->send_now(); }
    void events_recorded() override { service_->events_recorded(); }
    SyncStatusView status() const override { return service_->status(); }

  private:
    std::unique_ptr<sync::UploadService> service_;
    std::unique_ptr<platform::NetworkWatch> network_;
};

} // namespace kiosk::app
