// Opening the store with recovery, and reading what staff must see.
#include "storage.hpp"

#include "common/rfc3339.hpp"
#include "store/open_store.hpp"
#include "store/outbox.hpp"
#include "store/outbox_delivery.hpp"
#include "store/reach_store.hpp"
#include "store/schema.hpp"
#include "store/staff_notices.hpp"

#include <cstdio>

namespace kiosk::app {

Storage::Storage(const std::string& data_dir) {
    try {
        store::OpenedStore opened = store::open_store(data_dir, utc_now());
        if (opened.recovery_notice)
            std::fprintf(stderr, "kiosk: %s\n", opened.recovery_notice->c_str());
        path_ = opened.path;
        db_.emplace(std::move(opened.db));
        ok_ = true;
        return;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: storage does not work, running without saving: %s\n",
                     e.what());
        path_ = std::string("(not saved) ") + e.what();
    }
    // Keep the kiosk usable: an in-memory database, and a notice for staff.
    db_.emplace(store::Database::open(":memory:"));
    store::migrate(*db_);
    store::add_notice(*db_, "storage_failed", path_, utc_now());
}

void Storage::refresh(KioskModel& model, const std::string& version,
                      const std::vector<std::string>& content_problems) {
    std::vector<StaffNoticeView> views;
    KioskStatus status;
    status.version = version;
    status.content_problems = content_problems;
    status.database_path = path_;
    status.storage_ok = ok_;
    try {
        for (const auto& n : store::open_notices(*db_))
            views.push_back({n.id, n.created_at, n.kind, n.detail});
        status.events_queued = store::count_events(*db_, "queued");
    } catch (const std::exception& e) {
        views.push_back({0, utc_now(), "storage_read_failed", e.what()});
    }
    model.set_notices(std::move(views));
    model.set_status(std::move(status));
}

void Storage::flush_reach(ReachCounters& counters, const std::string& today,
                          const std::string& kiosk_id) {
    const auto deltas = counters.take();
    try {
        if (!deltas.empty())
            store::add_counts(*db_, deltas);
        store::close_finished_days(*db_, today, kiosk_id, utc_now());
    } catch (const std::exception& e) {
        // Counts are statistics: losing one hour's worth is acceptable, crashing is not.
        std::fprintf(stderr, "kiosk: could not store reach counters: %s\n", e.what());
    }
}

void Storage::prune_delivered(std::chrono::system_clock::time_point before) {
    try {
        store::prune_delivered(*db_, format_utc(before));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: could not delete delivered records: %s\n", e.what());
    }
}

void Storage::acknowledge(std::int64_t notice_id) {
    try {
        store::acknowledge_notice(*db_, notice_id, utc_now());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: could not mark a staff message as read: %s\n", e.what());
    }
}

} // namespace kiosk::app
