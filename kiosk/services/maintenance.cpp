// One round of upkeep; each step on its own, so one failing does not stop the others.
#include "maintenance.hpp"

#include "store/groups_retention.hpp"
#include "store/open_store.hpp"
#include "store/outbox_delivery.hpp"
#include "store/reach_store.hpp"

#include <cstdio>

namespace kiosk::services {

bool Maintenance::run(const MaintenanceOrder& order) {
    if (file_.empty())
        return false;
    bool closed_day = false;
    try {
        if (!db_)
            db_.emplace(store::open_connection(file_));
        if (!order.counts.empty())
            store::add_counts(*db_, order.counts);
        closed_day =
            store::close_finished_days(*db_, order.today, order.kiosk_id, order.now_utc) > 0;
    } catch (const std::exception& e) {
        // Counts are statistics: losing one hour's worth is acceptable, crashing is not.
        std::fprintf(stderr, "kiosk: could not store reach counters: %s\n", e.what());
        if (!db_)
            return false;
    }
    try {
        const auto r = store::apply_retention(*db_, order.today, order.keep_days,
                                              order.interest_keep_days, order.uploading);
        if (r.signups + r.attendance + r.interest_forms + r.members > 0)
            std::fprintf(
                stderr,
                "kiosk: retention removed %d sign-ups, %d marks, %d interest forms, %d codes\n",
                r.signups, r.attendance, r.interest_forms, r.members);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: retention did not run: %s\n", e.what());
    }
    if (order.uploading) {
        try {
            store::prune_delivered(*db_, order.prune_before_utc);
        } catch (const std::exception& e) {
            std::fprintf(stderr, "kiosk: could not delete delivered records: %s\n", e.what());
        }
    }
    return closed_day;
}

} // namespace kiosk::services
