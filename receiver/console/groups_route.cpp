// The console's /groups and /groups.csv: every role may see them (aggregates only, roles.hpp),
// so no role check; the figures are drawn from the events kept between requests.
#include "console_app.hpp"
#include "groups_page.hpp"
#include "html.hpp"

#include "common/rfc3339.hpp"
#include "web_form.hpp"

#include <set>

namespace console {

receiver::Reply ConsoleApp::groups_page(const WebRequest& req, const Session& s, Lang lang,
                                        std::int64_t now_unix, bool csv) {
    const std::string today = console_today(now_unix);
    const Period period = period_from(req.query, today);
    const std::optional<GroupsTable> table = groups_table_from(value_of(req.query, "table"));
    if (csv && !table) {
        receiver::Reply r;
        r.status = 404;
        r.content_type = "text/plain; charset=utf-8";
        r.body = "table must be types, steps or groups\n";
        return r;
    }
    const GroupsReport report = groups_cache_.report(store_, period, group_types_);
    if (csv) {
        return csv_download(groups_csv_name(*table, period),
                            table_csv(groups_table(report, *table, lang)));
    }
    std::set<std::string> kiosks;
    for (const auto& k : known_kiosks()) {
        kiosks.insert(k);
    }
    kiosks.insert(report.kiosks.begin(), report.kiosks.end());
    return page(s, lang, Txt::Groups, "/groups",
                groups_main(report, period, lang, {kiosks.begin(), kiosks.end()}),
                period_query(period));
}

} // namespace console
