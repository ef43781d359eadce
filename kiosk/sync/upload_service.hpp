// The uploader thread. It owns its own SQLite connection and HTTP transport, sleeps until
// events are recorded, the network comes back, staff press "send now" or its back-off timer
// runs out, and never blocks the UI: the UI only sets flags and reads a status copy.
#pragma once

#include "core/sync_status.hpp"
#include "sync/bundle_cadence.hpp"
#include "sync/bundle_updater.hpp"
#include "sync/curl_transport.hpp"
#include "sync/health_report.hpp"
#include "sync/upload_schedule.hpp"
#include "sync/uploader.hpp"

#include <atomic>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace kiosk::sync {

struct ServiceOptions {
    std::string db_path; // the kiosk's database file (opened a second time by the thread)
    UploadOptions upload;
    TransportOptions transport;
    std::int64_t outbox_cap_bytes = 64ll * 1024 * 1024;
    // Signed bundles (docs/bundles.md): asked for at start, then as bundle_cadence says, and
    // on "send now". Nothing when no bundle key is configured.
    std::optional<BundleOptions> bundles;
    // The alert channel (bundle_channel.hpp), checked at the same moments: drug alerts the
    // coordinator console signed with the alert key. Nothing when no alert key is configured.
    std::optional<BundleOptions> alert_bundles;
    BundleCadence bundle_cadence;
    // The kiosk.health report (health_report.hpp), recorded just before an attempt, at most
    // every health_every and only once the app has said its clock is trusted
    // (set_app_health). read_hardware gives the machine's readings (none: no readings).
    std::string version;
    std::function<HardwareHealth()> read_hardware;
    std::optional<OpeningHours> opening_hours; // [screen] open, read in time_zone
    std::string time_zone;
    std::chrono::seconds health_every = std::chrono::hours(1);
};

class UploadService {
  public:
    using MakeTransport =
        std::function<std::unique_ptr<HttpTransport>(const std::atomic<bool>* abort)>;

    // `on_change` runs on the uploader thread whenever the status changed (the app wakes its
    // frame loop with it). `make_transport` defaults to libcurl with options.transport.
    UploadService(ServiceOptions options, std::function<void()> on_change,
                  MakeTransport make_transport = {});
    ~UploadService(); // stops the thread, aborting a running request
    UploadService(const UploadService&) = delete;
    UploadService& operator=(const UploadService&) = delete;

    void start();
    void stop();

    // Thread-safe nudges.
    void events_recorded();
    void send_now();
    void network_changed();
    // What the UI thread knows for the health report (thread-safe; cheap to call often).
    void set_app_health(const AppHealth& health);

    SyncStatusView status() const;
    // How many bundles were installed since start, on either channel: when it changes, the
    // app loads the new content, schedule and alerts at the next quiet moment.
    std::uint64_t bundles_installed() const { return bundles_installed_.load(); }
    // How many health reports were recorded since start.
    std::uint64_t health_reports() const { return health_reports_.load(); }
    // How many attempts have finished (tests wait on this instead of sleeping).
    std::uint64_t wait_for_attempts(std::uint64_t at_least, std::chrono::milliseconds limit) const;
    // Waits until the thread is asleep with no nudge pending and nothing due (a "send now"
    // given during an attempt is followed first); false if `limit` passed before. For tests.
    bool wait_until_idle(std::chrono::milliseconds limit) const;

  private:
    enum Nudge : unsigned { kRecorded = 1, kSendNow = 2, kNetwork = 4 };
    struct Round; // what the thread keeps between rounds (upload_service.cpp)
    void run();
    // Opens the database if needed, makes room in the outbox, refreshes the status.
    void prepare(Round& round);
    // Sleeps until the next attempt, bundle check or nudge; returns the nudges.
    unsigned wait_for_work(Round& round);
    void follow_nudges(Round& round, unsigned nudges);
    void attempt(Round& round);
    // Records a kiosk.health report when `cadence` says it is due (upload_service_health.cpp).
    void record_health_if_due(store::Database& db, HealthCadence& cadence);
    HealthReport health_report(store::Database& db);
    void report_problem(Problem problem, const std::string& detail);
    void refresh_status(store::Database& db, const UploadSchedule& schedule);
    // One check of one channel; returns how long until that channel wants asking again.
    std::chrono::minutes check_bundle(BundleUpdater& updater, const BundleOptions& options);
    void nudge(unsigned what);

    ServiceOptions options_;
    std::function<void()> on_change_;
    MakeTransport make_transport_;
    std::atomic<bool> stop_{false};
    mutable std::mutex mutex_;
    mutable std::condition_variable wake_;
    mutable std::condition_variable attempted_;
    unsigned nudges_ = 0;
    std::uint64_t attempts_ = 0;
    bool idle_ = false; // asleep in wait_for_work with nothing to do (wait_until_idle)
    std::atomic<std::uint64_t> bundles_installed_{0};
    SyncStatusView status_;
    std::optional<AppHealth> app_health_; // none until the app first says
    std::atomic<std::uint64_t> health_reports_{0};
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    std::thread thread_;
};

} // namespace kiosk::sync
