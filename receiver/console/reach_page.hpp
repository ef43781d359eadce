// The Reach page (docs/console.md, "Reach"): the period form, a chart of visits, and three
// tables (over time, per location, what exactly) each with its CSV download.
#pragma once

#include "period.hpp"
#include "reach_report.hpp"
#include "report_table.hpp"

#include <optional>
#include <string>
#include <vector>

namespace console {

// The Reach page's tables, by the name the CSV link uses.
enum class ReachTable { Trend, Locations, Keys };
std::optional<ReachTable> reach_table_named(const std::string& name);
const char* reach_table_name(ReachTable table);

ReportTable reach_table(const ReachReport& report, ReachTable which, Lang lang);

std::string reach_main(Lang lang, const Period& period, const ReachReport& report,
                       const std::vector<std::string>& kiosks);

} // namespace console
