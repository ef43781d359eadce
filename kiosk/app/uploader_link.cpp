// Building the uploader from the config, starting and stopping it with the network watch.
#include "uploader_link.hpp"

#include "platform/hardware_health.hpp"

#include <cstdio>

namespace kiosk::app {

namespace {

sync::ServiceOptions options_of(const Config& config, const services::Storage& storage,
                                const TimeZone& zone) {
    const UploadConfig& u = config.upload;
    sync::ServiceOptions options;
    options.db_path = storage.path();
    options.upload = {u.base_url, u.token, config.kiosk_id, u.batch_size, u.gzip};
    options.transport.ca_file = u.ca_file;
    options.transport.pinned_public_key = u.pinned_public_key;
    options.transport.proxy = u.proxy;
    options.transport.connect_timeout_s = u.connect_timeout_s;
    options.transport.total_timeout_s = u.request_timeout_s;
    options.outbox_cap_bytes = static_cast<std::int64_t>(u.outbox_cap_mb) * 1024 * 1024;
    if (!u.bundle_public_key.empty())
        options.bundles =
            sync::BundleOptions{u.base_url,          u.token,         config.kiosk_id,
                                u.bundle_public_key, config.data_dir, config.languages};
    if (!u.alert_public_key.empty())
        options.alert_bundles = sync::BundleOptions{u.base_url,
                                                    u.token,
                                                    config.kiosk_id,
                                                    u.alert_public_key,
                                                    config.data_dir,
                                                    config.languages,
                                                    sync::BundleChannel::Alerts};
    options.bundle_cadence.every = std::chrono::minutes(u.bundle_check_minutes);
    options.version = KIOSK_VERSION;
    options.read_hardware = [data_dir = config.data_dir] {
        return platform::read_hardware_health("/sys", data_dir);
    };
    options.opening_hours = config.screen.open;
    options.time_zone = zone.name();
    return options;
}

} // namespace

UploaderLink::UploaderLink(const Config& config, const services::Storage& storage,
                           const TimeZone& zone, std::function<void()> on_change) {
    if (!config.upload.enabled())
        return;
    if (!storage.ok()) {
        std::fprintf(stderr, "kiosk: uploads are off: the database does not work\n");
        return;
    }
    service_ = std::make_unique<sync::UploadService>(options_of(config, storage, zone),
                                                     std::move(on_change));
}

void UploaderLink::start() {
    if (!service_)
        return;
    service_->start();
    network_ = std::make_unique<platform::NetworkWatch>([this] { service_->network_changed(); });
    if (!network_->problem().empty())
        std::fprintf(stderr, "kiosk: %s\n", network_->problem().c_str());
}

void UploaderLink::stop() {
    network_.reset();
    if (service_)
        service_->stop();
}

} // namespace kiosk::app
