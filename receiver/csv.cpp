// CSV formatting for the export endpoint and --export.
#include "csv.hpp"

#include "common/csv.hpp"

namespace receiver {

std::string events_csv(const std::vector<ExportRow>& rows) {
    std::string out = "id,kiosk_id,occurred_at,received_at,data\r\n";
    for (const auto& row : rows) {
        out += kiosk::csv_line(
            {row.id, row.kiosk_id, row.occurred_at, row.received_at, row.data_json});
    }
    return out;
}

} // namespace receiver
