// The Groups page (docs/console.md, "Groups"): the figures of groups_report as three tables,
// each with its CSV download of exactly the same rows, and a bar chart as inline SVG.
#pragma once

#include "groups_report.hpp"
#include "period.hpp"
#include "report_table.hpp"
#include "texts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace console {

enum class GroupsTable {
    Types,  // per group type, the period's totals
    Steps,  // moves from one step of the track to the next
    Groups, // per bucket, location and group
};

// "types", "steps" or "groups" (the CSV link's table=...); none for anything else.
std::optional<GroupsTable> groups_table_from(const std::string& name);
const char* groups_table_name(GroupsTable table);

// The table as shown, in lang: the page and the CSV are drawn from it.
ReportTable groups_table(const GroupsReport& report, GroupsTable table, Lang lang);

// "groups-types-2026-09-01-2026-11-30.csv"
std::string groups_csv_name(GroupsTable table, const Period& period);

// The page's body: the period form, the chart and the three tables with their downloads.
std::string groups_main(const GroupsReport& report, const Period& period, Lang lang,
                        const std::vector<std::string>& kiosks);

} // namespace console
