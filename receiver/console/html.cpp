// Escaping and the page frame.
#include "html.hpp"

#include <utility>

namespace console {

std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string html_page(const PageFrame& f, const std::string& main_html) {
    const Lang other = f.lang == Lang::Nl ? Lang::En : Lang::Nl;
    std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(f.lang)) +
                       "\"><head><meta charset=\"utf-8\">"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                       "<title>" +
                       escape(f.title) + " · " + tr(Txt::Title, f.lang) +
                       "</title><link rel=\"stylesheet\" href=\"/console.css\"></head><body>"
                       "<header><span class=\"brand\">" +
                       tr(Txt::Title, f.lang) + "</span>";
    if (f.user) {
        html += "<nav>";
        for (const auto& [href, text] : {std::pair{"/reach", Txt::Reach},
                                         {"/groups", Txt::Groups},
                                         {"/signals", Txt::Signals},
                                         {"/alerts", Txt::Alerts},
                                         {"/fleet", Txt::Fleet}}) {
            const bool here = f.path == href;
            html += std::string("<a href=\"") + href + "\"" +
                    (here ? " aria-current=\"page\"" : "") + ">" + tr(text, f.lang) + "</a>";
        }
        if (sees_contacts(f.role)) {
            html += std::string("<a href=\"/contacts\"") +
                    (f.path == "/contacts" ? " aria-current=\"page\"" : "") + ">" +
                    tr(Txt::Contacts, f.lang) + "</a>";
        }
        html += "</nav>";
    }
    html += "<span class=\"who\"><a class=\"lang\" href=\"" + escape(f.path) + "?" +
            escape(f.query.empty() ? "" : f.query + "&") + "lang=" + lang_code(other) +
            "\" hreflang=\"" + lang_code(other) + "\">" +
            (other == Lang::Nl ? "Nederlands" : "English") + "</a>";
    if (f.user) {
        html += " <span class=\"user\">" + std::string(tr(Txt::SignedInAs, f.lang)) + " " +
                escape(*f.user) + " (" + role_name(f.role) +
                ")</span><form class=\"signout\" method=\"post\" action=\"/logout\">"
                "<input type=\"hidden\" name=\"csrf\" value=\"" +
                escape(f.csrf) + "\"><button type=\"submit\">" + tr(Txt::SignOut, f.lang) +
                "</button></form>";
    }
    html += "</span></header><main><h1>" + escape(f.title) + "</h1>" + main_html +
            "</main></body></html>\n";
    return html;
}

// The Alerts page's form and messages.
constexpr const char* kAlertFormCss = R"css(
.done { padding: .75rem; border-left: 4px solid var(--accent); background: #e8f0f8; }
form.alert { display: grid; gap: .75rem; max-width: 40rem; }
form.alert fieldset { border: 1px solid var(--line); border-radius: 4px; display: grid; gap: .5rem; }
form.alert legend { font-weight: 600; }
form.alert textarea { font: inherit; padding: .6rem; border: 1px solid #767676; border-radius: 4px; }
form.alert .levels { display: flex; flex-wrap: wrap; gap: 1rem; }
form.alert label.check { display: flex; gap: .5rem; align-items: center; }
form.alert .days { display: flex; flex-wrap: wrap; gap: 1rem; }
form.alert summary { font-weight: 600; cursor: pointer; }
form.alert button { justify-self: start; }
table.alerts small { color: #4a4a4a; }
)css";

const std::string& console_css() {
    static const std::string css = std::string(R"css(
:root { --ink: #1a1a1a; --paper: #ffffff; --line: #c8c8c8; --accent: #0b4f8a; --bad: #a4161a; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, "Noto Sans", sans-serif; color: var(--ink);
       background: var(--paper); }
header { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; align-items: center;
         padding: .75rem 1rem; background: var(--accent); color: #fff; }
header a { color: #fff; }
.brand { font-weight: 700; }
nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
nav a { font-weight: 600; }
code { overflow-wrap: anywhere; }
nav a[aria-current] { text-decoration: underline 3px; text-underline-offset: .3em; }
form.period { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: 0 0 1rem; }
form.period label { font-weight: 600; }
select { font: inherit; padding: .5rem; border: 1px solid #767676; border-radius: 4px; }
.download { margin: 1rem 0; }
.chart { margin: 0 0 1.5rem; max-width: 48rem; }
.chart figcaption { font-weight: 600; }
.chart svg { display: block; width: 100%; height: 9rem; border-bottom: 1px solid var(--ink); }
.chart .axis { display: flex; justify-content: space-between; font-size: .875rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
td:first-child { white-space: nowrap; }
form.period label.check { display: flex; gap: .5rem; align-items: center; align-self: center; }
form.period input[type=checkbox] { width: 1.25rem; height: 1.25rem; }
form.review { margin: 0; }
form.review button { padding: .35rem .75rem; font-size: .875rem; }
svg.bar { display: inline-block; vertical-align: middle; margin-left: .75rem; }
svg.bar rect { fill: var(--accent); }
table.counts { width: auto; min-width: 50%; }
table.signals td:nth-child(-n+2), table.signals td:last-child { white-space: nowrap; }
form.review button { white-space: normal; }
a.to-alert { display: inline-block; margin-top: .35rem; font-size: .875rem; }
.who { margin-left: auto; display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; }
.signout { display: inline; margin: 0; }
main { padding: 1rem; max-width: 80rem; } /* Groups' 13 Dutch columns fit at 1280 px */
h1 { font-size: 1.5rem; margin: .25rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
figure.chart { margin: 1rem 0; max-width: 26rem; }
figure.chart figcaption { font-weight: 600; }
svg.chart { display: block; width: 100%; height: auto; }
form.login { display: grid; gap: .75rem; max-width: 22rem; }
label { display: grid; gap: .25rem; font-weight: 600; }
input { font: inherit; padding: .6rem; border: 1px solid #767676; border-radius: 4px; }
button { font: inherit; padding: .6rem 1rem; border: 0; border-radius: 4px; cursor: pointer;
         background: var(--accent); color: #fff; }
header button { background: #fff; color: var(--accent); padding: .3rem .7rem; }
.message { padding: .75rem; border-left: 4px solid var(--bad); background: #fdecec; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line);
         vertical-align: top; }
th { font-size: .875rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.flag { display: inline-block; margin: 0 .25rem .25rem 0; padding: .1rem .5rem;
        border-radius: 1rem; background: var(--bad); color: #fff; font-size: .875rem; }
.flag::before { content: "! "; font-weight: 700; }
.ok::before { content: "\2713  "; }
@media (max-width: 40rem) {
  thead { display: none; }
  table, tbody, tr { display: block; width: 100%; }
  tr { border-bottom: 2px solid var(--line); padding: .5rem 0; }
  td { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 1rem;
       border: 0; padding: .2rem 0; }
  td::before { content: attr(data-label); font-weight: 600; }
  td > * { max-width: 100%; }
  table.counts { width: 100%; }
}
)css") + kAlertFormCss;
    return css;
}

} // namespace console
