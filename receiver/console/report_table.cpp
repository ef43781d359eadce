// Drawing a report table as HTML and as CSV.
#include "report_table.hpp"

#include "html.hpp"

#include "common/csv.hpp"

namespace console {

std::string table_html(const ReportTable& t) {
    std::string html = "<div class=\"table-wrap\"><table><thead><tr>";
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
        const bool number = i < t.numeric.size() && t.numeric[i];
        html += std::string("<th scope=\"col\"") + (number ? " class=\"num\"" : "") + ">" +
                escape(t.columns[i]) + "</th>";
    }
    html += "</tr></thead><tbody>";
    for (const auto& row : t.rows) {
        html += "<tr>";
        for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i) {
            const bool number = i < t.numeric.size() && t.numeric[i];
            html += std::string("<td") + (number ? " class=\"num\"" : "") + " data-label=\"" +
                    escape(t.columns[i]) + "\">" + escape(row[i]) + "</td>";
        }
        html += "</tr>";
    }
    return html + "</tbody></table></div>";
}

std::string table_csv(const ReportTable& t) {
    const auto line = [](const std::vector<std::string>& cells) {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            out += (i ? "," : "") + kiosk::csv_field(cells[i]);
        }
        return out + "\r\n";
    };
    std::string csv = line(t.columns);
    for (const auto& row : t.rows) {
        csv += line(row);
    }
    return csv;
}

} // namespace console
