// Routing, sign-in, sign-out and the checks every request passes.
#include "console_app.hpp"

#include "event_retention.hpp"
#include "html.hpp"
#include "pages.hpp"
#include "passwords.hpp"
#include "reach_page.hpp"
#include "request_log.hpp"

#include "common/rfc3339.hpp"
#include "web_form.hpp"

namespace console {

namespace {

using receiver::Reply;
using std::chrono::minutes;

constexpr const char* kSession = "console_session";
constexpr const char* kLogin = "console_login";
constexpr const char* kLang = "console_lang";

} // namespace

Reply see_other(const std::string& to) {
    Reply r;
    r.status = 303;
    r.content_type = "text/plain; charset=utf-8";
    r.headers.emplace_back("Location", to);
    return r;
}

receiver::Reply html_reply(int status, std::string body) {
    Reply r;
    r.status = status;
    r.content_type = "text/html; charset=utf-8";
    r.body = std::move(body);
    return r;
}

receiver::Reply csv_download(const std::string& file_name, std::string body) {
    Reply r;
    r.content_type = "text/csv; charset=utf-8";
    r.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + file_name + "\"");
    r.body = std::move(body);
    return r;
}

namespace {

Lang lang_of(const WebRequest& req) {
    std::string code = value_of(req.query, "lang");
    if (code.empty()) {
        code = value_of(req.cookies, kLang);
    }
    return code == "en" ? Lang::En : Lang::Nl;
}

void add_security_headers(Reply& r) {
    r.headers.emplace_back("Content-Security-Policy",
                           "default-src 'none'; style-src 'self'; img-src 'self' data:; "
                           "form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    r.headers.emplace_back("X-Content-Type-Options", "nosniff");
    r.headers.emplace_back("Referrer-Policy", "no-referrer");
    r.headers.emplace_back("X-Frame-Options", "DENY");
    if (r.content_type.rfind("text/css", 0) != 0) {
        r.headers.emplace_back("Cache-Control", "no-store");
    }
}

} // namespace

ConsoleApp::ConsoleApp(receiver::EventStore& store, std::vector<User> users, bool secure_cookies,
                       ConsoleState* state)
    : store_(store), own_state_(state ? nullptr : std::make_unique<ConsoleState>(":memory:")),
      state_(state ? state : own_state_.get()), users_(std::move(users)), secure_(secure_cookies),
      by_name_({5, minutes(15), minutes(15)}), by_address_({20, minutes(15), minutes(15)}),
      dummy_hash_(hash_password("no such coordinator, only here to take the time")) {}

std::string ConsoleApp::cookie(const std::string& name, const std::string& value,
                               const std::string& rest) const {
    return name + "=" + value + "; " + rest + "; HttpOnly; SameSite=Strict" +
           (secure_ ? "; Secure" : "");
}

Reply ConsoleApp::handle(const WebRequest& req, Clock::time_point now, std::int64_t now_unix) {
    const Lang lang = lang_of(req);
    std::vector<std::string> cookies;
    const std::string asked = value_of(req.query, "lang");
    if (asked == "en" || asked == "nl") {
        cookies.push_back(cookie(kLang, asked, "Path=/; Max-Age=31536000"));
    }
    Reply reply = route(req, lang, now, now_unix, cookies);
    for (const auto& c : cookies) {
        reply.headers.emplace_back("Set-Cookie", c);
    }
    add_security_headers(reply);
    return reply;
}

Reply ConsoleApp::route(const WebRequest& req, Lang lang, Clock::time_point now,
                        std::int64_t now_unix, std::vector<std::string>& cookies) {
    if (req.method != "GET" && req.method != "POST") {
        Reply r = html_reply(405, "");
        r.headers.emplace_back("Allow", "GET, POST");
        return r;
    }
    if (req.path == "/console.css" && req.method == "GET") {
        Reply r;
        r.content_type = "text/css; charset=utf-8";
        r.body = console_css();
        return r;
    }
    if (req.path == "/login") {
        return req.method == "POST" ? sign_in(req, lang, now, cookies)
                                    : login_page(lang, req, std::nullopt, 200, cookies);
    }
    const auto session = sessions_.find(value_of(req.cookies, kSession), now);
    if (!session) {
        return see_other("/login"); // no page without signing in
    }
    if (req.method == "POST" && !same_secret(value_of(req.form, "csrf"), session->csrf)) {
        receiver::log_message(kiosk::utc_now() + " console: a form without its CSRF token from " +
                              req.remote + " (" + session->user + ") was refused");
        return html_reply(
            403, html_page({lang, tr(Txt::FormExpired, lang), req.path, session->user,
                            session->role, session->csrf, ""},
                           "<p class=\"message\">" + std::string(tr(Txt::FormExpired, lang)) +
                               " <a href=\"/fleet\">" + tr(Txt::Fleet, lang) + "</a></p>"));
    }
    if (req.path == "/logout" && req.method == "POST") {
        sessions_.close(value_of(req.cookies, kSession));
        cookies.push_back(cookie(kSession, "", "Path=/; Max-Age=0"));
        receiver::log_message(kiosk::utc_now() + " console: " + session->user + " signed out");
        return see_other("/login");
    }
    if ((req.path == "/reach" || req.path == "/reach.csv") && req.method == "GET") {
        return reach_page(req, *session, lang, now_unix);
    }
    if ((req.path == "/" || req.path == "/fleet") && req.method == "GET") {
        return req.path == "/" ? see_other("/fleet") : fleet_page(*session, lang, now_unix);
    }
    if (req.path == "/signals" || req.path == "/signals.csv" || req.path == "/signals/review") {
        return signals_route(req, *session, lang, now_unix);
    }
    if (req.path == "/alerts" || req.path == "/alerts/publish" || req.path == "/alerts/withdraw") {
        return alerts_route(req, *session, lang, now_unix);
    }
    if (req.path == "/contacts" || req.path == "/contacts/show") {
        return contacts_route(req, *session, lang);
    }
    if ((req.path == "/groups" || req.path == "/groups.csv") && req.method == "GET") {
        return groups_page(req, *session, lang, now_unix, req.path == "/groups.csv");
    }
    return html_reply(
        404, html_page({lang, tr(Txt::NotFound, lang), req.path, session->user, session->role,
                        session->csrf, ""},
                       "<p><a href=\"/fleet\">" + std::string(tr(Txt::Fleet, lang)) + "</a></p>"));
}

Reply ConsoleApp::login_page(Lang lang, const WebRequest& req, std::optional<Txt> message,
                             int status, std::vector<std::string>& cookies) {
    std::string token = value_of(req.cookies, kLogin);
    if (token.size() != 43) {
        token = random_token();
        cookies.push_back(cookie(kLogin, token, "Path=/login; Max-Age=3600"));
    }
    PageFrame frame;
    frame.lang = lang;
    frame.title = tr(Txt::SignInTitle, lang);
    frame.path = "/login";
    return html_reply(status, html_page(frame, login_main(lang, token, message)));
}

Reply ConsoleApp::sign_in(const WebRequest& req, Lang lang, Clock::time_point now,
                          std::vector<std::string>& cookies) {
    if (!same_secret(value_of(req.form, "login_token"), value_of(req.cookies, kLogin))) {
        return login_page(lang, req, Txt::FormExpired, 403, cookies);
    }
    const std::string given = value_of(req.form, "name");
    // A name that cannot be one is counted under one key: the table stays small.
    const std::string name = is_user_name(given) ? given : "(not a name)";
    if (by_name_.paused_for(name, now) > 0 || by_address_.paused_for(req.remote, now) > 0) {
        return login_page(lang, req, Txt::LockedOut, 429, cookies);
    }
    const User* user = find_user(users_, given);
    const bool right =
        password_matches(user ? user->hash : dummy_hash_, value_of(req.form, "password")) &&
        user != nullptr;
    if (!right) {
        const bool locks = by_name_.record_failure(name, now);
        by_address_.record_failure(req.remote, now);
        receiver::log_message(kiosk::utc_now() + " console: a wrong sign-in from " + req.remote +
                              (locks ? "; that name is locked for 15 minutes" : ""));
        return login_page(lang, req, Txt::WrongNameOrPassword, 401, cookies);
    }
    cookies.push_back(cookie(kSession, sessions_.open(user->name, user->role, now), "Path=/"));
    cookies.push_back(cookie(kLogin, "", "Path=/login; Max-Age=0"));
    receiver::log_message(kiosk::utc_now() + " console: " + user->name + " signed in from " +
                          req.remote);
    return see_other("/fleet");
}

Reply ConsoleApp::page(const Session& s, Lang lang, Txt title, const std::string& path,
                       const std::string& main_html, const std::string& query) const {
    return html_reply(
        200, html_page({lang, tr(title, lang), path, s.user, s.role, s.csrf, query}, main_html));
}

std::vector<std::string> ConsoleApp::known_kiosks() {
    std::vector<std::string> kiosks;
    for (const auto& row : store_.latest_per_kiosk("stats.daily")) {
        kiosks.push_back(row.kiosk_id);
    }
    return kiosks;
}

Reply ConsoleApp::fleet_page(const Session& s, Lang lang, std::int64_t now_unix) {
    std::vector<KioskHealth> kiosks;
    for (const auto& row : store_.latest_per_kiosk(receiver::kHealthEventType)) {
        kiosks.push_back(read_health(row));
    }
    return html_reply(200,
                      html_page({lang, tr(Txt::Fleet, lang), "/fleet", s.user, s.role, s.csrf, ""},
                                fleet_main(lang, kiosks, now_unix)));
}

} // namespace console

namespace console {

Reply ConsoleApp::reach_page(const WebRequest& req, const Session& s, Lang lang,
                             std::int64_t now_unix) {
    const Period period = period_from(req.query, console_today(now_unix));
    const ReachReport report = reach_cache_.report(store_, period);
    if (req.path == "/reach.csv") {
        const auto which = reach_table_named(value_of(req.query, "table"));
        if (!which) {
            return html_reply(404, "");
        }
        return csv_download(std::string("reach-") + reach_table_name(*which) + "-" + period.from +
                                "-" + period.to + ".csv",
                            table_csv(reach_table(report, *which, lang)));
    }
    return page(s, lang, Txt::Reach, "/reach", reach_main(lang, period, report, known_kiosks()),
                period_query(period));
}

} // namespace console
