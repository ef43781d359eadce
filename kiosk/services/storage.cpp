// Opening the store with recovery, and reading what staff must see.
#include "storage.hpp"

#include "common/rfc3339.hpp"
#include "store/open_store.hpp"
#include "store/outbox.hpp"
#include "store/schema.hpp"
#include "store/staff_notices.hpp"

#include <cstdio>

namespace kiosk::services {

Storage::Storage(const std::string& data_dir) {
    try {
        store::OpenedStore opened = store::open_store(data_dir, utc_now());
        if (opened.recovery_notice)
            std::fprintf(stderr, "kiosk: %s\n", opened.recovery_notice->c_str());
        path_ = file_ = opened.path;
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

StaffPageData Storage::staff_page(const std::string& version,
                                  const std::vector<std::string>& content_problems) {
    StaffPageData page;
    page.status.version = version;
    page.status.content_problems = content_problems;
    page.status.database_path = path_;
    page.status.storage_ok = ok_;
    try {
        for (const auto& n : store::open_notices(*db_))
            page.notices.push_back({n.id, n.created_at, n.kind, n.detail});
        page.status.events_queued = store::count_events(*db_, "queued");
    } catch (const std::exception& e) {
        page.notices.push_back({0, utc_now(), "storage_read_failed", e.what()});
    }
    return page;
}

void Storage::acknowledge(std::int64_t notice_id) {
    try {
        store::acknowledge_notice(*db_, notice_id, utc_now());
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: could not mark a staff message as read: %s\n", e.what());
    }
}

} // namespace kiosk::services
