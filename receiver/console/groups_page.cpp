// Drawing the Groups page and its tables.
#include "groups_page.hpp"

#include "bar_chart.hpp"
#include "groups_texts.hpp"
#include "html.hpp"

#include <map>

namespace console {

namespace {

constexpr GTxt kCountColumns[] = {GTxt::Sessions, GTxt::Booked,    GTxt::Waitlisted,
                                  GTxt::Promoted, GTxt::Cancelled, GTxt::Present,
                                  GTxt::WalkIns,  GTxt::Absent,    GTxt::Excused};

void add_count_columns(ReportTable& t, Lang lang) {
    for (const GTxt c : kCountColumns) {
        t.columns.push_back(tr(c, lang));
        t.numeric.push_back(true);
    }
}

void add_text_column(ReportTable& t, const char* name) {
    t.columns.push_back(name);
    t.numeric.push_back(false);
}

void add_counts(std::vector<std::string>& cells, const GroupCounts& c) {
    for (const int n : {c.sessions, c.booked, c.waitlisted, c.promoted, c.cancelled, c.present,
                        c.walk_ins, c.absent, c.excused}) {
        cells.push_back(std::to_string(n));
    }
}

ReportTable types_table(const GroupsReport& r, Lang lang) {
    ReportTable t;
    add_text_column(t, tr(GTxt::Type, lang));
    add_count_columns(t, lang);
    for (const auto& row : r.types) {
        std::vector<std::string> cells = {type_text(row.type, lang)};
        add_counts(cells, row.counts);
        t.rows.push_back(std::move(cells));
    }
    return t;
}

ReportTable steps_table(const GroupsReport& r, Lang lang) {
    ReportTable t;
    add_text_column(t, tr(GTxt::FromStep, lang));
    add_text_column(t, tr(GTxt::ToStep, lang));
    t.columns.push_back(tr(GTxt::AttendedFrom, lang));
    t.columns.push_back(tr(GTxt::Moved, lang));
    t.numeric.insert(t.numeric.end(), {true, true});
    for (const auto& s : r.steps) {
        t.rows.push_back({type_text(s.from, lang), type_text(s.to, lang),
                          std::to_string(s.attended_from), std::to_string(s.moved)});
    }
    return t;
}

ReportTable per_group_table(const GroupsReport& r, Lang lang) {
    ReportTable t;
    add_text_column(t, tr(GTxt::Period, lang));
    add_text_column(t, tr(Txt::Location, lang));
    add_text_column(t, tr(GTxt::Group, lang));
    add_text_column(t, tr(GTxt::Type, lang));
    add_count_columns(t, lang);
    for (const auto& row : r.rows) {
        std::vector<std::string> cells = {row.bucket, row.kiosk_id, row.group_id,
                                          type_text(row.type, lang)};
        add_counts(cells, row.counts);
        t.rows.push_back(std::move(cells));
    }
    return t;
}

GTxt per_bucket_title(Grain grain) {
    switch (grain) {
    case Grain::Day:
        return GTxt::PerBucketDay;
    case Grain::Week:
        return GTxt::PerBucketWeek;
    case Grain::Month:
        return GTxt::PerBucketMonth;
    }
    return GTxt::PerBucketWeek;
}

// Present and walk-ins together, per bucket.
std::string came_chart(const GroupsReport& r, Lang lang) {
    std::map<std::string, int> came;
    for (const auto& row : r.rows) {
        came[row.bucket] += row.counts.present + row.counts.walk_ins;
    }
    std::vector<std::pair<std::string, int>> bars(came.begin(), came.end());
    return "<figure class=\"chart\"><figcaption>" + std::string(tr(GTxt::ChartTitle, lang)) +
           "</figcaption>" + bar_chart_svg(tr(GTxt::ChartTitle, lang), bars) + "</figure>";
}

std::string section(const GroupsReport& r, GroupsTable which, const Period& p, Lang lang,
                    const std::string& title, const std::string& intro) {
    std::string html = "<section><h2>" + escape(title) + "</h2>";
    if (!intro.empty()) {
        html += "<p>" + escape(intro) + "</p>";
    }
    const ReportTable t = groups_table(r, which, lang);
    if (t.rows.empty()) {
        return html + "<p>" + tr(Txt::NoData, lang) + "</p></section>";
    }
    html += table_html(t);
    const std::string href =
        "/groups.csv?table=" + std::string(groups_table_name(which)) + "&" + period_query(p) +
        "&lang=" + lang_code(lang); // the same language as the page, with or without the cookie
    return html + "<p class=\"download\"><a href=\"" + escape(href) + "\" download>" +
           tr(Txt::DownloadCsv, lang) + "</a></p></section>";
}

} // namespace

std::optional<GroupsTable> groups_table_from(const std::string& name) {
    for (const GroupsTable t : {GroupsTable::Types, GroupsTable::Steps, GroupsTable::Groups}) {
        if (name == groups_table_name(t)) {
            return t;
        }
    }
    return std::nullopt;
}

const char* groups_table_name(GroupsTable table) {
    switch (table) {
    case GroupsTable::Types:
        return "types";
    case GroupsTable::Steps:
        return "steps";
    case GroupsTable::Groups:
        return "groups";
    }
    return "types";
}

ReportTable groups_table(const GroupsReport& r, GroupsTable table, Lang lang) {
    switch (table) {
    case GroupsTable::Types:
        return types_table(r, lang);
    case GroupsTable::Steps:
        return steps_table(r, lang);
    case GroupsTable::Groups:
        return per_group_table(r, lang);
    }
    return types_table(r, lang);
}

std::string groups_csv_name(GroupsTable table, const Period& p) {
    return std::string("groups-") + groups_table_name(table) + "-" + p.from + "-" + p.to +
           (p.kiosk.empty() ? "" : "-" + p.kiosk) + ".csv";
}

std::string groups_main(const GroupsReport& r, const Period& p, Lang lang,
                        const std::vector<std::string>& kiosks) {
    std::string html = "<p>" + std::string(tr(GTxt::Intro, lang)) + "</p>" +
                       period_form(p, lang, "/groups", kiosks);
    if (!r.untyped_groups.empty()) {
        html += "<p class=\"message\">" + escape(tr(GTxt::UntypedNotice, lang));
        for (std::size_t i = 0; i < r.untyped_groups.size(); ++i) {
            html += (i ? ", " : " ") + escape(r.untyped_groups[i]);
        }
        html += "</p>";
    }
    if (!r.rows.empty()) {
        html += came_chart(r, lang);
    }
    html += section(r, GroupsTable::Types, p, lang, tr(GTxt::PerType, lang),
                    tr(GTxt::PerTypeIntro, lang));
    html +=
        section(r, GroupsTable::Steps, p, lang, tr(GTxt::Steps, lang), tr(GTxt::StepsIntro, lang));
    html += section(r, GroupsTable::Groups, p, lang, tr(per_bucket_title(p.grain), lang), "");
    return html;
}

} // namespace console
