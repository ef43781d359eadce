// ConsoleApp's Signals routes (docs/console.md, "Signals"): GET /signals, GET /signals.csv
// (the list, or with table=counts the counts; a viewer always gets the counts) and
// POST /signals/review, which marks one report reviewed in the console state (with an audit
// log entry) and goes back to the same filters.
#include "console_app.hpp"
#include "html.hpp"
#include "request_log.hpp"
#include "signals_page.hpp"
#include "signals_texts.hpp"
#include "validation.hpp"
#include "web_form.hpp"

#include "common/rfc3339.hpp"

#include <algorithm>
#include <ctime>
#include <set>

namespace console {

namespace {

using receiver::Reply;

Reply message_page(int status, const Session& s, Lang lang, const std::string& path, STxt message) {
    return html_reply(status,
                      html_page({lang, tr(Txt::Signals, lang), path, s.user, s.role, s.csrf, ""},
                                "<p class=\"message\">" + std::string(st(message, lang)) +
                                    " <a href=\"/signals\">" + st(STxt::Back, lang) + "</a></p>"));
}

// The kiosks that sent statistics, and those that sent signals.
std::vector<std::string> with_signal_kiosks(std::vector<std::string> kiosks,
                                            const std::vector<SignalRow>& signals) {
    std::set<std::string> all(kiosks.begin(), kiosks.end());
    for (const auto& s : signals) {
        all.insert(s.kiosk_id);
    }
    return {all.begin(), all.end()};
}

} // namespace

Reply ConsoleApp::signals_route(const WebRequest& req, const Session& s, Lang lang,
                                std::int64_t now_unix) {
    if (req.path == "/signals/review") {
        if (req.method == "POST") {
            return review_signal(req, s, lang, now_unix);
        }
        Reply r = html_reply(405, "");
        r.headers.emplace_back("Allow", "POST");
        return r;
    }
    if (req.method != "GET") {
        Reply r = html_reply(405, "");
        r.headers.emplace_back("Allow", "GET");
        return r;
    }
    const bool details = sees_details(s.role);
    SignalsView v;
    v.lang = lang;
    v.role = s.role;
    v.csrf = s.csrf;
    v.filter = signal_filter_from(req.query, console_today(now_unix));
    v.filter.unreviewed_only = v.filter.unreviewed_only && details;
    const auto shared = signals_cache_.signals(store_);
    const std::vector<SignalRow>& all = *shared;
    v.kiosks = with_signal_kiosks(known_kiosks(), all);
    if (details) {
        v.reviews = state_->reviews();
    }
    v.choices = signal_choices(all, v.filter);
    v.signals = select_signals(all, v.filter, v.reviews);
    if (req.path == "/signals.csv") {
        const bool counts = value_of(req.query, "table") == "counts" || !details;
        const auto& p = v.filter.period;
        return csv_download(std::string(counts ? "signal-counts-" : "signals-") + p.from + "-" +
                                p.to + ".csv",
                            table_csv(counts ? signals_count_table(v.signals, p.grain, lang)
                                             : signals_list_table(v.signals, v.reviews, lang)));
    }
    return page(s, lang, Txt::Signals, "/signals", signals_main(v), signal_query(v.filter));
}

Reply ConsoleApp::review_signal(const WebRequest& req, const Session& s, Lang lang,
                                std::int64_t now_unix) {
    if (!may_mark_reviewed(s.role)) {
        receiver::log_message(kiosk::utc_now() + " console: " + s.user + " (" + role_name(s.role) +
                              ") may not mark signals reviewed; refused");
        return message_page(403, s, lang, "/signals", STxt::ReviewOnlyCoordinators);
    }
    const std::string id = value_of(req.form, "id");
    const auto all = receiver::is_event_id(id) ? signals_cache_.signals(store_)
                                               : std::make_shared<const std::vector<SignalRow>>();
    if (std::none_of(all->begin(), all->end(), [&id](const SignalRow& r) { return r.id == id; })) {
        return message_page(404, s, lang, "/signals", STxt::NoSuchSignal);
    }
    if (state_->mark_reviewed(id, s.user, kiosk::format_utc_unix(now_unix))) {
        receiver::log_message(kiosk::utc_now() + " console: " + s.user + " marked signal " + id +
                              " reviewed");
    }
    const SignalFilter back = signal_filter_from(req.form, console_today(now_unix));
    Reply r;
    r.status = 303;
    r.content_type = "text/plain; charset=utf-8";
    r.headers.emplace_back("Location", "/signals?" + signal_query(back) + "#s-" + id);
    return r;
}

} // namespace console
