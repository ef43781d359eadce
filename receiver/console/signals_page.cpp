// Drawing the Signals page.
#include "signals_page.hpp"

#include "alerts_texts.hpp"
#include "html.hpp"
#include "signals_texts.hpp"

#include <algorithm>

namespace console {

namespace {

std::string joined(const std::vector<std::string>& parts, const char* between) {
    std::string out;
    for (const auto& p : parts) {
        out += (out.empty() ? "" : between) + p;
    }
    return out;
}

std::string mark_words(const kiosk::SignalReport& r, Lang lang) {
    std::string words = signal_word(SignalField::Mark, r.mark, lang);
    return r.mark_text.empty() ? words : words + ": " + r.mark_text;
}

std::string reporter_words(const kiosk::SignalReport& r, Lang lang) {
    std::vector<std::string> parts = {signal_word(SignalField::Reporter, r.reporter, lang)};
    if (r.setting) {
        parts.push_back(signal_word(SignalField::Setting, *r.setting, lang));
    }
    if (r.people) {
        parts.push_back(signal_word(SignalField::People, *r.people, lang));
    }
    if (r.note && *r.note != "none") {
        parts.push_back(signal_word(SignalField::Note, *r.note, lang));
    }
    return joined(parts, " · ");
}

std::string option(const std::string& value, const std::string& label, bool selected) {
    return "<option value=\"" + escape(value) + "\"" + (selected ? " selected" : "") + ">" +
           escape(label) + "</option>";
}

std::string select(Lang lang, STxt label, const char* name, STxt all, SignalField field,
                   const std::vector<std::string>& values, const std::string& chosen) {
    std::string html = "<label>" + std::string(st(label, lang)) + " <select name=\"" + name +
                       "\">" + option("", st(all, lang), chosen.empty());
    for (const auto& v : values) {
        html += option(v, signal_word(field, v, lang), v == chosen);
    }
    return html + "</select></label>";
}

std::string filter_form(const SignalsView& v) {
    std::string extra = select(v.lang, STxt::Substance, "sold_as", STxt::AllSubstances,
                               SignalField::SoldAs, v.choices.sold_as, v.filter.sold_as) +
                        select(v.lang, STxt::Form, "form", STxt::AllForms, SignalField::Form,
                               v.choices.forms, v.filter.form) +
                        select(v.lang, STxt::Effect, "effect", STxt::AllEffects,
                               SignalField::Effect, v.choices.effects, v.filter.effect);
    if (sees_details(v.role)) {
        extra += std::string("<label class=\"check\"><input type=\"checkbox\" name=\"unreviewed\" "
                             "value=\"1\"") +
                 (v.filter.unreviewed_only ? " checked" : "") + "> " +
                 st(STxt::UnreviewedOnly, v.lang) + "</label>";
    }
    return period_form(v.filter.period, v.lang, "/signals", v.kiosks, extra);
}

// The filter again, as hidden fields: a review form sends it back, to return to the same list.
std::string hidden_filter(const SignalFilter& f) {
    std::string html;
    const auto hidden = [&html](const char* name, const std::string& value) {
        if (!value.empty()) {
            html += std::string("<input type=\"hidden\" name=\"") + name + "\" value=\"" +
                    escape(value) + "\">";
        }
    };
    hidden("from", f.period.from);
    hidden("to", f.period.to);
    hidden("by", f.period.grain == Grain::Day     ? "day"
                 : f.period.grain == Grain::Month ? "month"
                                                  : "week");
    hidden("kiosk", f.period.kiosk);
    hidden("sold_as", f.sold_as);
    hidden("form", f.form);
    hidden("effect", f.effect);
    hidden("unreviewed", f.unreviewed_only ? "1" : "");
    return html;
}

std::string review_form(const SignalsView& v, const std::string& id) {
    return "<form class=\"review\" method=\"post\" action=\"/signals/review\">"
           "<input type=\"hidden\" name=\"csrf\" value=\"" +
           escape(v.csrf) + "\"><input type=\"hidden\" name=\"id\" value=\"" + escape(id) + "\">" +
           hidden_filter(v.filter) + "<button type=\"submit\">" + st(STxt::MarkReviewed, v.lang) +
           "</button></form>";
}

// table_html's table (of class css_class), with trusted HTML after the text of each row's last
// cell (a form, a bar; both in one span, to stay together on a phone) and an id on each row
// ("" for none).
std::string table_with(const ReportTable& t, const std::vector<std::string>& after_last,
                       const std::vector<std::string>& row_ids, const char* css_class) {
    std::string html =
        std::string("<div class=\"table-wrap\"><table class=\"") + css_class + "\"><thead><tr>";
    for (const auto& column : t.columns) {
        html += "<th scope=\"col\">" + escape(column) + "</th>";
    }
    html += "</tr></thead><tbody>";
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const std::string id = r < row_ids.size() ? row_ids[r] : "";
        html += id.empty() ? "<tr>" : "<tr id=\"" + escape(id) + "\">";
        const auto& row = t.rows[r];
        for (std::size_t i = 0; i < row.size() && i < t.columns.size(); ++i) {
            const bool number = i < t.numeric.size() && t.numeric[i];
            const std::string extra =
                i + 1 == row.size() && r < after_last.size() ? after_last[r] : "";
            const std::string value =
                extra.empty() ? escape(row[i])
                              : "<span class=\"value\">" + escape(row[i]) + extra + "</span>";
            html += std::string("<td") + (number ? " class=\"num\"" : "") + " data-label=\"" +
                    escape(t.columns[i]) + "\">" + value + "</td>";
        }
        html += "</tr>";
    }
    return html + "</tbody></table></div>";
}

std::string counts_html(const SignalsView& v) {
    const ReportTable table = signals_count_table(v.signals, v.filter.period.grain, v.lang);
    int most = 1;
    for (const auto& c : count_signals(v.signals, v.filter.period.grain)) {
        most = std::max(most, c.reports);
    }
    std::vector<std::string> bars;
    for (const auto& c : count_signals(v.signals, v.filter.period.grain)) {
        bars.push_back("<svg class=\"bar\" width=\"120\" height=\"12\" aria-hidden=\"true\">"
                       "<rect width=\"" +
                       std::to_string(std::max(2, 120 * c.reports / most)) +
                       "\" height=\"12\"></rect></svg>");
    }
    return "<h2>" + std::string(st(STxt::CountsTitle, v.lang)) + "</h2>" +
           table_with(table, bars, {}, "counts") + "<p class=\"download\"><a href=\"/signals.csv?" +
           escape(signal_query(v.filter)) + "&amp;table=counts\" download>" +
           st(STxt::DownloadCounts, v.lang) + "</a></p>";
}

std::string list_html(const SignalsView& v) {
    const ReportTable table = signals_list_table(v.signals, v.reviews, v.lang);
    std::vector<std::string> forms, ids;
    for (const auto& s : v.signals) {
        std::string after = v.reviews.count(s.id) ? "" : review_form(v, s.id);
        if (may_publish_alerts(v.role))
            after += " <a class=\"to-alert\" href=\"/alerts?signal=" + escape(s.id) + "#new\">" +
                     at(ATxt::PublishAsAlert, v.lang) + "</a>";
        forms.push_back(after);
        ids.push_back("s-" + s.id);
    }
    return "<h2>" + std::string(st(STxt::ListTitle, v.lang)) + "</h2>" +
           table_with(table, forms, ids, "signals") +
           "<p class=\"download\"><a href=\"/signals.csv?" + escape(signal_query(v.filter)) +
           "\" download>" + st(STxt::DownloadList, v.lang) + "</a></p>";
}

} // namespace

ReportTable signals_list_table(const std::vector<SignalRow>& signals,
                               const std::map<std::string, Review>& reviews, Lang lang) {
    ReportTable t;
    for (const STxt c : {STxt::Day, STxt::SoldAs, STxt::Form, STxt::Colour, STxt::Mark,
                         STxt::Effects, STxt::Happened, STxt::ReportedBy, STxt::Reviewed}) {
        t.columns.push_back(st(c, lang));
    }
    t.columns.insert(t.columns.begin() + 1, tr(Txt::Location, lang));
    t.numeric.assign(t.columns.size(), false);
    for (const auto& s : signals) {
        const auto& r = s.report;
        std::vector<std::string> effects;
        for (const auto& e : r.effects) {
            effects.push_back(signal_word(SignalField::Effect, e, lang));
        }
        const auto review = reviews.find(s.id);
        t.rows.push_back({r.day, s.kiosk_id, signal_word(SignalField::SoldAs, r.sold_as, lang),
                          signal_word(SignalField::Form, r.form, lang),
                          signal_word(SignalField::Colour, r.colour, lang), mark_words(r, lang),
                          joined(effects, ", "), signal_word(SignalField::When, r.when, lang),
                          reporter_words(r, lang),
                          review == reviews.end()
                              ? ""
                              : review->second.by + " (" + review->second.at.substr(0, 10) + ")"});
    }
    return t;
}

ReportTable signals_count_table(const std::vector<SignalRow>& signals, Grain grain, Lang lang) {
    ReportTable t;
    t.columns = {st(STxt::Bucket, lang), st(STxt::Substance, lang), st(STxt::Reports, lang)};
    t.numeric = {false, false, true};
    for (const auto& c : count_signals(signals, grain)) {
        t.rows.push_back({c.bucket, signal_word(SignalField::SoldAs, c.sold_as, lang),
                          std::to_string(c.reports)});
    }
    return t;
}

std::string signals_main(const SignalsView& v) {
    std::string html =
        "<p>" + std::string(st(sees_details(v.role) ? STxt::Intro : STxt::IntroViewer, v.lang)) +
        "</p>" + filter_form(v);
    if (v.signals.empty()) {
        return html + "<p>" + st(STxt::NoSignals, v.lang) + "</p>";
    }
    html += counts_html(v);
    if (sees_details(v.role)) {
        html += list_html(v);
    }
    return html;
}

} // namespace console
