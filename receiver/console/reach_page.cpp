// Drawing the Reach page and its tables.
#include "reach_page.hpp"

#include "html.hpp"

#include <algorithm>

namespace console {

namespace {

constexpr std::array kTables = {ReachTable::Trend, ReachTable::Locations, ReachTable::Keys};

Txt table_title(ReachTable which) {
    switch (which) {
    case ReachTable::Trend:
        return Txt::Trend;
    case ReachTable::Locations:
        return Txt::PerLocation;
    case ReachTable::Keys:
        return Txt::PerKey;
    }
    return Txt::Trend;
}

// One row per bucket or location: its name, then every metric.
ReportTable sums_table(const std::map<std::string, MetricSums>& sums, const MetricSums& total,
                       Txt first_column, Lang lang) {
    ReportTable t;
    t.columns.push_back(tr(first_column, lang));
    t.numeric.push_back(false);
    for (const auto& m : kReachMetrics) {
        t.columns.push_back(tr(m.label, lang));
        t.numeric.push_back(true);
    }
    const auto row = [](const std::string& name, const MetricSums& s) {
        std::vector<std::string> cells{name};
        for (const auto n : s) {
            cells.push_back(std::to_string(n));
        }
        return cells;
    };
    for (const auto& [name, s] : sums) {
        t.rows.push_back(row(name, s));
    }
    t.rows.push_back(row(tr(Txt::Total, lang), total));
    return t;
}

ReportTable keys_table(const ReachReport& report, Lang lang) {
    ReportTable t{{tr(Txt::What, lang), tr(Txt::Which, lang), tr(Txt::Count, lang)},
                  {false, false, true},
                  {}};
    for (std::size_t i = 0; i < kMetricCount; ++i) {
        std::vector<std::pair<std::string, std::int64_t>> keys(report.by_key[i].begin(),
                                                               report.by_key[i].end());
        std::stable_sort(keys.begin(), keys.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [key, n] : keys) {
            t.rows.push_back({tr(kReachMetrics[i].label, lang), key, std::to_string(n)});
        }
    }
    return t;
}

// Visits per bucket as bars, each with its number as a tooltip and the largest labelled.
std::string visits_chart(const ReachReport& report, Lang lang) {
    std::int64_t most = 1;
    for (const auto& [bucket, s] : report.by_bucket) {
        most = std::max(most, s[0]);
    }
    const std::size_t n = std::max<std::size_t>(report.by_bucket.size(), 1);
    const double width = 100.0 / static_cast<double>(n);
    std::string bars;
    std::size_t i = 0;
    for (const auto& [bucket, s] : report.by_bucket) {
        const double height = 100.0 * static_cast<double>(s[0]) / static_cast<double>(most);
        bars += "<rect x=\"" + std::to_string(width * static_cast<double>(i++)) + "\" y=\"" +
                std::to_string(100.0 - height) + "\" width=\"" + std::to_string(width * 0.8) +
                "\" height=\"" + std::to_string(height) + "\"><title>" + escape(bucket) + ": " +
                std::to_string(s[0]) + "</title></rect>";
    }
    const std::string first = report.by_bucket.empty() ? "" : report.by_bucket.begin()->first;
    const std::string last = report.by_bucket.empty() ? "" : report.by_bucket.rbegin()->first;
    return "<figure class=\"chart\"><figcaption>" + std::string(tr(Txt::VisitsChart, lang)) +
           " (max " + std::to_string(most) +
           ")</figcaption>"
           "<svg viewBox=\"0 0 100 100\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" +
           tr(Txt::VisitsChart, lang) + "\"><g fill=\"#0b4f8a\">" + bars +
           "</g></svg><div class=\"axis\"><span>" + escape(first) + "</span><span>" + escape(last) +
           "</span></div></figure>";
}

} // namespace

std::optional<ReachTable> reach_table_named(const std::string& name) {
    for (const auto t : kTables) {
        if (name == reach_table_name(t)) {
            return t;
        }
    }
    return std::nullopt;
}

const char* reach_table_name(ReachTable table) {
    switch (table) {
    case ReachTable::Trend:
        return "trend";
    case ReachTable::Locations:
        return "locations";
    case ReachTable::Keys:
        return "keys";
    }
    return "trend";
}

ReportTable reach_table(const ReachReport& report, ReachTable which, Lang lang) {
    switch (which) {
    case ReachTable::Trend:
        return sums_table(report.by_bucket, report.total, Txt::PeriodColumn, lang);
    case ReachTable::Locations:
        return sums_table(report.by_kiosk, report.total, Txt::Location, lang);
    case ReachTable::Keys:
        return keys_table(report, lang);
    }
    return {};
}

std::string reach_main(Lang lang, const Period& period, const ReachReport& report,
                       const std::vector<std::string>& kiosks) {
    std::string html = "<p>" + std::string(tr(Txt::ReachIntro, lang)) + "</p>" +
                       period_form(period, lang, "/reach", kiosks);
    if (report.by_kiosk.empty()) {
        html += "<p class=\"message\">" + std::string(tr(Txt::NoData, lang)) + "</p>";
    }
    html += visits_chart(report, lang);
    for (const auto which : kTables) {
        html += "<h2>" + std::string(tr(table_title(which), lang)) + "</h2>" +
                table_html(reach_table(report, which, lang)) +
                "<p class=\"download\"><a href=\"/reach.csv?table=" + reach_table_name(which) +
                "&amp;" + escape(period_query(period)) + "&amp;lang=" + lang_code(lang) + "\">" +
                tr(Txt::DownloadCsv, lang) + "</a></p>";
    }
    return html;
}

} // namespace console
