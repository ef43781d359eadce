// The uploader thread's kiosk.health report: what it knows itself (the queue, the last
// problem, its uptime), what the app told it and what the hardware reads.
#include "sync/upload_service.hpp"

#include "common/rfc3339.hpp"
#include "store/health_store.hpp"

#include <algorithm>
#include <cstdio>

namespace kiosk::sync {

void UploadService::set_app_health(const AppHealth& health) {
    std::lock_guard<std::mutex> lock(mutex_);
    app_health_ = health;
}

HealthReport UploadService::health_report(store::Database& db) {
    HealthReport report;
    report.version = options_.version;
    report.opening_hours = options_.opening_hours;
    report.time_zone = options_.time_zone;
    report.uptime_s = std::chrono::duration_cast<std::chrono::seconds>(
                          std::chrono::steady_clock::now() - started_)
                          .count();
    const auto wall = std::chrono::system_clock::now();
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::seconds>(wall.time_since_epoch()).count();
    const store::WaitingEvents waiting = store::waiting_besides_health(db);
    report.queue_depth = waiting.count;
    if (waiting.oldest_occurred_at)
        if (const auto oldest = parse_utc(*waiting.oldest_occurred_at, Fraction::Allowed))
            report.oldest_undelivered_age_s = std::max<std::int64_t>(0, now - *oldest);
    if (options_.read_hardware)
        report.hardware = options_.read_hardware();
    std::lock_guard<std::mutex> lock(mutex_);
    report.app = app_health_.value_or(AppHealth{});
    if (!status_.problem.empty()) {
        UploadError error{status_.problem, std::nullopt};
        if (status_.problem_unix)
            error.at = format_utc_unix(*status_.problem_unix);
        report.last_upload_error = error;
    }
    return report;
}

void UploadService::record_health_if_due(store::Database& db, HealthCadence& cadence) {
    bool trusted = false;
    {
        std::lock_guard<std::mutex> lock(mutex_);
        trusted = app_health_ && app_health_->clock_trusted;
    }
    const auto now = std::chrono::steady_clock::now();
    if (!cadence.due(now, trusted))
        return;
    try {
        store::record_health(db, health_json(health_report(db)), utc_now());
        cadence.recorded(now);
        ++health_reports_;
    } catch (const std::exception& e) {
        // Tried again before the next attempt; the events themselves go out anyway.
        std::fprintf(stderr, "kiosk: could not record the health report: %s\n", e.what());
    }
}

} // namespace kiosk::sync
