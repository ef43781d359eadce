// One table of figures, drawn two ways from the same rows: as HTML on a page and as the CSV a
// coordinator downloads from it, so the download holds exactly what the page shows.
#pragma once

#include <string>
#include <vector>

namespace console {

struct ReportTable {
    std::vector<std::string> columns;           // headers, in the page's language
    std::vector<bool> numeric;                  // per column: right-aligned figures
    std::vector<std::vector<std::string>> rows; // each as many cells as columns
};

// A <table> (inside a scrolling wrapper); on a phone each row becomes labelled lines.
std::string table_html(const ReportTable& table);

// RFC 4180 CSV: the headers, then every row; CRLF line ends.
std::string table_csv(const ReportTable& table);

} // namespace console
