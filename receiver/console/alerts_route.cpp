// ConsoleApp's Alerts routes (docs/console.md, "Alerts"): GET /alerts (with ?signal=<id>,
// prefilled from that report), POST /alerts/publish and POST /alerts/withdraw. Publishing
// checks the whole alerts file as a kiosk will, then saves the alert, signs and writes the
// alert channel's bundle and appends to the audit log in one transaction of the console state.
#include "alerts_page.hpp"
#include "alerts_texts.hpp"
#include "console_app.hpp"
#include "html.hpp"
#include "period.hpp"
#include "request_log.hpp"
#include "signals.hpp"
#include "validation.hpp"
#include "web_form.hpp"

#include "common/calendar.hpp"
#include "common/rfc3339.hpp"

#include <algorithm>

namespace console {

namespace {

using receiver::Reply;

constexpr int kDefaultDays = 14; // an alert's first to last day, unless changed

std::vector<std::string> blocks_of(const std::vector<ChannelAlert>& alerts) {
    std::vector<std::string> blocks;
    for (const auto& a : alerts)
        if (a.on_channel())
            blocks.push_back(a.block);
    return blocks;
}

AlertForm fresh_form(const std::string& today) {
    AlertForm form;
    form.issued = today;
    if (const auto day = kiosk::LocalDate::parse(today))
        form.expires = day->add_days(kDefaultDays - 1).format();
    return form;
}

void log_refusal(const std::string& who, Role role, const std::string& what) {
    receiver::log_message(kiosk::utc_now() + " console: " + who + " (" + role_name(role) +
                          ") may not " + what + " alerts; refused");
}

} // namespace

Reply ConsoleApp::alerts_page(const Session& s, Lang lang, std::int64_t now_unix, int status,
                              AlertForm form, std::vector<std::string> problems,
                              std::string message) {
    AlertsView v;
    v.lang = lang;
    v.role = s.role;
    v.csrf = s.csrf;
    v.today = console_today(now_unix);
    v.configured = alerts_ != nullptr;
    v.version = state_->alert_version();
    v.public_key = alerts_ ? alerts_->public_key_base64() : "";
    v.alerts = state_->channel_alerts();
    v.form = std::move(form);
    v.problems = std::move(problems);
    v.message = std::move(message);
    Reply r = page(s, lang, Txt::Alerts, "/alerts", alerts_main(v));
    r.status = status;
    return r;
}

Reply ConsoleApp::alerts_route(const WebRequest& req, const Session& s, Lang lang,
                               std::int64_t now_unix) {
    const bool post = req.path != "/alerts";
    if (req.method != (post ? "POST" : "GET")) {
        Reply r = html_reply(405, "");
        r.headers.emplace_back("Allow", post ? "POST" : "GET");
        return r;
    }
    if (req.path == "/alerts/publish")
        return publish_alert(req, s, lang, now_unix);
    if (req.path == "/alerts/withdraw")
        return withdraw_alert(req, s, lang, now_unix);
    AlertForm form = fresh_form(console_today(now_unix));
    const std::string signal = value_of(req.query, "signal");
    if (receiver::is_event_id(signal) && sees_details(s.role)) {
        for (const auto& row : *signals_cache_.signals(store_))
            if (row.id == signal) {
                form.signal_id = row.id;
                form.substances = row.report.sold_as == "unknown" ? "" : row.report.sold_as;
            }
    }
    const std::string done = value_of(req.query, "done");
    const std::string message = done == "published"   ? at(ATxt::PublishedMessage, lang)
                                : done == "withdrawn" ? at(ATxt::WithdrawnMessage, lang)
                                                      : "";
    return alerts_page(s, lang, now_unix, 200, std::move(form), {}, message);
}

Reply ConsoleApp::publish_alert(const WebRequest& req, const Session& s, Lang lang,
                                std::int64_t now_unix) {
    AlertForm form = alert_form_from(req.form);
    if (!may_publish_alerts(s.role)) {
        log_refusal(s.user, s.role, "publish");
        return alerts_page(s, lang, now_unix, 403, std::move(form), {},
                           at(ATxt::OnlyCoordinators, lang));
    }
    if (!alerts_)
        return alerts_page(s, lang, now_unix, 409, std::move(form), {},
                           at(ATxt::NotConfigured, lang));
    const auto all = state_->channel_alerts();
    std::set<std::string> taken;
    for (const auto& a : all)
        taken.insert(a.id);
    form.id = new_alert_id(form, taken);
    const std::string block = alert_toml_block(form);
    auto blocks = blocks_of(all);
    blocks.push_back(block);
    auto problems = alerts_problems(blocks);
    if (!problems.empty())
        return alerts_page(s, lang, now_unix, 422, std::move(form), std::move(problems), "");

    const std::string now = kiosk::format_utc_unix(now_unix);
    const auto en = form.text.find("en");
    const ChannelAlert alert{form.id,     block,        form.level,    en->second.title,
                             form.issued, form.expires, s.user,        now,
                             "",          "",           form.signal_id};
    try {
        const auto version = state_->change_alert(
            alert, {0, now, s.user, "alert published: " + form.id, form.signal_id}, now_unix,
            [&](std::int64_t v, const std::vector<ChannelAlert>& on_channel) {
                alerts_->publish(blocks_of(on_channel), v, now);
            });
        receiver::log_message(kiosk::utc_now() + " console: " + s.user + " published alert " +
                              form.id + " (alert channel version " + std::to_string(version) + ")");
    } catch (const std::exception& e) {
        receiver::log_message(kiosk::utc_now() + " console: publishing alert " + form.id +
                              " failed: " + e.what());
        return alerts_page(s, lang, now_unix, 500, std::move(form), {},
                           std::string(at(ATxt::CouldNotPublish, lang)) + " " + e.what());
    }
    return see_other("/alerts?done=published#a-" + form.id);
}

Reply ConsoleApp::withdraw_alert(const WebRequest& req, const Session& s, Lang lang,
                                 std::int64_t now_unix) {
    const AlertForm empty = fresh_form(console_today(now_unix));
    if (!may_publish_alerts(s.role)) {
        log_refusal(s.user, s.role, "withdraw");
        return alerts_page(s, lang, now_unix, 403, empty, {}, at(ATxt::OnlyCoordinators, lang));
    }
    if (!alerts_)
        return alerts_page(s, lang, now_unix, 409, empty, {}, at(ATxt::NotConfigured, lang));
    const std::string id = value_of(req.form, "id");
    const auto all = state_->channel_alerts();
    const auto it = std::find_if(all.begin(), all.end(), [&](const ChannelAlert& a) {
        return a.id == id && a.on_channel();
    });
    if (it == all.end())
        return alerts_page(s, lang, now_unix, 404, empty, {}, at(ATxt::NoSuchAlert, lang));
    ChannelAlert alert = *it;
    const std::string now = kiosk::format_utc_unix(now_unix);
    alert.withdrawn_by = s.user;
    alert.withdrawn_at = now;
    try {
        state_->change_alert(alert, {0, now, s.user, "alert withdrawn: " + id, alert.signal_id},
                             now_unix,
                             [&](std::int64_t v, const std::vector<ChannelAlert>& on_channel) {
                                 alerts_->publish(blocks_of(on_channel), v, now);
                             });
        receiver::log_message(kiosk::utc_now() + " console: " + s.user + " withdrew alert " + id);
    } catch (const std::exception& e) {
        receiver::log_message(kiosk::utc_now() + " console: withdrawing alert " + id +
                              " failed: " + e.what());
        return alerts_page(s, lang, now_unix, 500, empty, {},
                           std::string(at(ATxt::CouldNotPublish, lang)) + " " + e.what());
    }
    return see_other("/alerts?done=withdrawn");
}

} // namespace console
