// Reading, checking and drawing a report's period.
#include "period.hpp"

#include "html.hpp"
#include "validation.hpp"
#include "web_form.hpp"

#include "common/calendar.hpp"

#include <cstdio>
#include <ctime>

namespace console {

namespace {

const char* grain_code(Grain grain) {
    switch (grain) {
    case Grain::Day:
        return "day";
    case Grain::Week:
        return "week";
    case Grain::Month:
        return "month";
    }
    return "week";
}

Txt grain_text(Grain grain) {
    switch (grain) {
    case Grain::Day:
        return Txt::ByDay;
    case Grain::Week:
        return Txt::ByWeek;
    case Grain::Month:
        return Txt::ByMonth;
    }
    return Txt::ByWeek;
}

std::string option(const std::string& value, const std::string& label, bool selected) {
    return "<option value=\"" + escape(value) + "\"" + (selected ? " selected" : "") + ">" +
           escape(label) + "</option>";
}

} // namespace

std::string console_today(std::int64_t now_unix) {
    const auto t = static_cast<std::time_t>(now_unix);
    std::tm tm{};
    localtime_r(&t, &tm);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &tm);
    return text;
}

Period period_from(const std::map<std::string, std::string>& query, const std::string& today) {
    const auto today_date = kiosk::LocalDate::parse(today).value_or(kiosk::LocalDate{});
    auto to = kiosk::LocalDate::parse(value_of(query, "to")).value_or(today_date);
    auto from = kiosk::LocalDate::parse(value_of(query, "from")).value_or(to.add_days(-83));
    if (to < from) {
        std::swap(from, to);
    }
    Period p;
    p.from = from.format();
    p.to = to.format();
    const std::string by = value_of(query, "by");
    p.grain = by == "day" ? Grain::Day : by == "month" ? Grain::Month : Grain::Week;
    const std::string kiosk = value_of(query, "kiosk");
    p.kiosk = receiver::is_kiosk_id(kiosk) ? kiosk : "";
    return p;
}

bool in_period(const Period& p, const std::string& day, const std::string& kiosk) {
    return day >= p.from && day <= p.to && (p.kiosk.empty() || kiosk == p.kiosk);
}

std::string bucket_of(const std::string& day, Grain grain) {
    switch (grain) {
    case Grain::Day:
        return day;
    case Grain::Month:
        return day.substr(0, 7);
    case Grain::Week:
        break;
    }
    const auto date = kiosk::LocalDate::parse(day);
    if (!date) {
        return day;
    }
    char text[16];
    std::snprintf(text, sizeof text, "%04d-W%02d", date->iso_year(), date->iso_week());
    return text;
}

std::string period_query(const Period& p) {
    return "from=" + p.from + "&to=" + p.to + "&by=" + grain_code(p.grain) +
           (p.kiosk.empty() ? "" : "&kiosk=" + p.kiosk);
}

std::string period_form(const Period& p, Lang lang, const std::string& path,
                        const std::vector<std::string>& kiosks, const std::string& extra_html) {
    std::string html = "<form class=\"period\" method=\"get\" action=\"" + escape(path) + "\">";
    html += "<label>" + std::string(tr(Txt::From, lang)) +
            " <input type=\"date\" name=\"from\" value=\"" + escape(p.from) + "\"></label>";
    html += "<label>" + std::string(tr(Txt::To, lang)) +
            " <input type=\"date\" name=\"to\" value=\"" + escape(p.to) + "\"></label>";
    html += "<label>" + std::string(tr(Txt::Per, lang)) + " <select name=\"by\">";
    for (const Grain g : {Grain::Day, Grain::Week, Grain::Month}) {
        html += option(grain_code(g), tr(grain_text(g), lang), g == p.grain);
    }
    html += "</select></label><label>" + std::string(tr(Txt::Location, lang)) +
            " <select name=\"kiosk\">" + option("", tr(Txt::AllLocations, lang), p.kiosk.empty());
    for (const auto& k : kiosks) {
        html += option(k, k, k == p.kiosk);
    }
    return html + "</select></label>" + extra_html + "<button type=\"submit\">" +
           tr(Txt::Show, lang) + "</button></form>";
}

} // namespace console
