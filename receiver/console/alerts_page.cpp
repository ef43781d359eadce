// Drawing the Alerts page: the list, the withdrawn ones and the form.
#include "alerts_page.hpp"

#include "alerts_texts.hpp"
#include "html.hpp"

#include "core/languages.hpp"

#include <map>

namespace console {

namespace {

std::string legend_of(const std::string& code) {
    return language_autonym(code) + " (" + code + ")";
}

std::string level_words(const std::string& level, Lang lang) {
    if (level == "red")
        return at(ATxt::Red, lang);
    if (level == "warning")
        return at(ATxt::Warning, lang);
    if (level == "notice")
        return at(ATxt::Notice, lang);
    return level;
}

std::string hidden(const std::string& name, const std::string& value) {
    return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
}

std::string withdraw_button(const AlertsView& v, const ChannelAlert& a) {
    return "<form class=\"review\" method=\"post\" action=\"/alerts/withdraw\">" +
           hidden("csrf", v.csrf) + hidden("id", a.id) + "<button type=\"submit\">" +
           at(ATxt::Withdraw, v.lang) + "</button></form>";
}

std::string alert_rows(const AlertsView& v, bool on_channel) {
    const bool may_change = v.configured && may_publish_alerts(v.role);
    std::string rows;
    for (const auto& a : v.alerts) {
        if (a.on_channel() != on_channel)
            continue;
        std::string days = escape(a.issued) + " – " + escape(a.expires);
        if (on_channel && a.expires < v.today)
            days += "<br><em>" + std::string(at(ATxt::PastLastDay, v.lang)) + "</em>";
        const std::string who = on_channel ? a.published_by + ", " + a.published_at
                                           : a.withdrawn_by + ", " + a.withdrawn_at;
        rows += "<tr id=\"a-" + escape(a.id) + "\"><td data-label=\"" + at(ATxt::Level, v.lang) +
                "\">" + escape(level_words(a.level, v.lang)) + "</td><td data-label=\"" +
                at(ATxt::AlertTitle, v.lang) + "\">" + escape(a.title) + "<br><small>" +
                escape(a.id) + "</small></td><td data-label=\"" + at(ATxt::Issued, v.lang) + "\">" +
                days + "</td><td data-label=\"" +
                at(on_channel ? ATxt::Published : ATxt::Withdrawn, v.lang) + "\">" + escape(who) +
                "</td>";
        if (on_channel && may_change)
            rows += "<td>" + withdraw_button(v, a) + "</td>";
        rows += "</tr>";
    }
    if (rows.empty())
        return "";
    std::string head = "<div class=\"table-wrap\"><table class=\"alerts\"><thead><tr>";
    for (ATxt column : {ATxt::Level, ATxt::AlertTitle, ATxt::Issued,
                        on_channel ? ATxt::Published : ATxt::Withdrawn})
        head += "<th scope=\"col\">" + std::string(at(column, v.lang)) + "</th>";
    if (on_channel && may_change)
        head += "<th scope=\"col\"></th>";
    return head + "</tr></thead><tbody>" + rows + "</tbody></table></div>";
}

std::string text_field(const std::string& name, ATxt label, const std::string& value, Lang lang,
                       const std::string& extra = "") {
    return "<label>" + std::string(at(label, lang)) + "<input name=\"" + name + "\" value=\"" +
           escape(value) + "\"" + extra + "></label>";
}

// Title and lines of one language; `dir` for Arabic script.
std::string language_fields(const AlertsView& v, const std::string& code, bool required) {
    const auto it = v.form.text.find(code);
    const AlertTextForm text = it == v.form.text.end() ? AlertTextForm{} : it->second;
    const std::string dir = kiosk::is_right_to_left(code) ? " dir=\"rtl\"" : " dir=\"ltr\"";
    const std::string need = required ? " required" : "";
    return "<fieldset class=\"language\"><legend>" + escape(legend_of(code)) +
           (required ? " (" + std::string(at(ATxt::Required, v.lang)) + ")" : "") +
           "</legend><label>" + at(ATxt::AlertTitle, v.lang) + "<input name=\"title_" + code +
           "\" lang=\"" + code + "\"" + dir + need + " maxlength=\"160\" value=\"" +
           escape(text.title) + "\"></label><label>" + at(ATxt::Lines, v.lang) + " <small>" +
           at(ATxt::LinesHint, v.lang) + "</small><textarea name=\"text_" + code + "\" lang=\"" +
           code + "\"" + dir + need + " rows=\"4\">" + escape(text.lines) +
           "</textarea></label></fieldset>";
}

std::string level_choice(const AlertsView& v) {
    std::string html =
        "<fieldset class=\"levels\"><legend>" + std::string(at(ATxt::Level, v.lang)) + "</legend>";
    for (const char* level : {"red", "warning", "notice"})
        html += std::string("<label class=\"check\"><input type=\"radio\" name=\"level\" "
                            "value=\"") +
                level + "\"" + (v.form.level == level ? " checked" : "") + "> " +
                escape(level_words(level, v.lang)) + "</label>";
    return html + "</fieldset>";
}

std::string new_alert_form(const AlertsView& v) {
    std::string html = "<h2 id=\"new\">" + std::string(at(ATxt::NewAlert, v.lang)) + "</h2>";
    if (!v.problems.empty()) {
        html += "<div class=\"message\" role=\"alert\"><p>" +
                std::string(at(ATxt::Problems, v.lang)) + "</p><ul>";
        for (const auto& problem : v.problems)
            html += "<li>" + escape(problem) + "</li>";
        html += "</ul></div>";
    }
    html += "<form class=\"alert\" method=\"post\" action=\"/alerts/publish\">" +
            hidden("csrf", v.csrf) + hidden("signal", v.form.signal_id);
    if (!v.form.signal_id.empty())
        html += "<p>" + std::string(at(ATxt::FromSignal, v.lang)) + " <a href=\"/signals#s-" +
                escape(v.form.signal_id) + "\">" + escape(v.form.signal_id) + "</a></p>";
    html +=
        level_choice(v) + text_field("source", ATxt::Source, v.form.source, v.lang, " required") +
        "<small>" + at(ATxt::SourceHint, v.lang) + "</small>" + "<div class=\"days\">" +
        text_field("issued", ATxt::Issued, v.form.issued, v.lang, " type=\"date\" required") +
        text_field("expires", ATxt::Expires, v.form.expires, v.lang, " type=\"date\" required") +
        "</div>" + text_field("substances", ATxt::Substances, v.form.substances, v.lang) +
        "<small>" + at(ATxt::SubstancesHint, v.lang) + "</small>" + language_fields(v, "nl", true) +
        language_fields(v, "en", true) + "<details" + (v.form.text.size() > 2 ? " open" : "") +
        "><summary>" + at(ATxt::OtherLanguages, v.lang) + "</summary><p>" +
        at(ATxt::DraftNote, v.lang) + "</p>";
    for (const auto& code : kiosk::language_codes())
        if (code != "nl" && code != "en")
            html += language_fields(v, code, false);
    return html + "</details><button type=\"submit\">" + at(ATxt::Publish, v.lang) +
           "</button></form>";
}

} // namespace

std::string language_autonym(const std::string& code) {
    static const std::map<std::string, std::string> names = {
        {"nl", "Nederlands"}, {"en", "English"},    {"pl", "Polski"},  {"ro", "Română"},
        {"ru", "Русский"},    {"uk", "Українська"}, {"es", "Español"}, {"fr", "Français"},
        {"tr", "Türkçe"},     {"ar", "العربية"},    {"fa", "فارسی"}};
    const auto it = names.find(code);
    return it == names.end() ? code : it->second;
}

std::string alerts_main(const AlertsView& v) {
    std::string html = "<p>" + std::string(at(ATxt::Intro, v.lang)) + "</p>";
    if (!v.message.empty())
        html += "<p class=\"done\" role=\"status\">" + escape(v.message) + "</p>";
    if (!v.configured)
        html += "<p class=\"message\">" + std::string(at(ATxt::NotConfigured, v.lang)) + "</p>";
    else
        html += "<p>" + std::string(at(ATxt::Channel, v.lang)) + " " + std::to_string(v.version) +
                ". " + at(ATxt::PublicKey, v.lang) + ": <code>" + escape(v.public_key) +
                "</code></p>";
    html += "<h2>" + std::string(at(ATxt::OnKiosks, v.lang)) + "</h2>";
    const std::string on = alert_rows(v, true);
    html += on.empty() ? "<p>" + std::string(at(ATxt::NoAlerts, v.lang)) + "</p>" : on;
    const std::string withdrawn = alert_rows(v, false);
    if (!withdrawn.empty())
        html += "<h2>" + std::string(at(ATxt::WithdrawnTitle, v.lang)) + "</h2>" + withdrawn;
    if (v.configured && may_publish_alerts(v.role))
        html += new_alert_form(v);
    else if (v.configured)
        html += "<p>" + std::string(at(ATxt::OnlyCoordinators, v.lang)) + "</p>";
    return html;
}

} // namespace console
