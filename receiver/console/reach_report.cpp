// Adding up the kiosks' day counters of some rows (reach_history.cpp does the work).
#include "reach_report.hpp"

#include "reach_history.hpp"

namespace console {

ReachReport reach_report(const std::vector<receiver::ExportRow>& rows, const Period& period) {
    ReachHistory history;
    for (const auto& row : rows) {
        if (row.occurred_at.compare(0, period.from.size(), period.from) >= 0) {
            history.add(row); // one closed before the period began is skipped unread
        }
    }
    return history.report(period);
}

} // namespace console
