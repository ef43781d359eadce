// CSV formatting for the export endpoint and --export.
#include "csv.hpp"

namespace receiver {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        return text;
    }
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"') {
            out += '"';
        }
    }
    return out + "\"";
}

std::string events_csv(const std::vector<ExportRow>& rows) {
    std::string out = "id,kiosk_id,occurred_at,received_at,data\r\n";
    for (const auto& row : rows) {
        out += csv_field(row.id) + "," + csv_field(row.kiosk_id) + "," +
               csv_field(row.occurred_at) + "," + csv_field(row.received_at) + "," +
               csv_field(row.data_json) + "\r\n";
    }
    return out;
}

} // namespace receiver
