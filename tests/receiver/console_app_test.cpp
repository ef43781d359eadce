// The console's answers, in-process (ConsoleApp without the network) on the test store, SQLite
// and, in the PostgreSQL run, PostgreSQL: no page without signing in, the sign-in form's own
// token, the lock-out, CSRF on every form, sign-out, the security headers, the language, and
// the fleet page's numbers and flags from the kiosks' health reports.
#include "alert_form.hpp"
#include "console_app.hpp"
#include "console_visitor.hpp"
#include "passwords.hpp"
#include "receiver_harness.hpp"
#include "test_database.hpp"
#include "web_form.hpp"

#include "common/rfc3339.hpp"

#include <catch2/catch.hpp>
#include <toml++/toml.h>

using namespace console;
using console_test::header;
using console_test::kNow;
using console_test::Visitor;
using receiver::Reply;
using receiver_test::TempDir;
using std::chrono::minutes;

namespace {

std::string health_event(const std::string& occurred_at, const std::string& data) {
    return receiver_test::event_json(receiver_test::new_id(), "kiosk.health", occurred_at, data);
}

} // namespace

TEST_CASE("console: no page without signing in, and signing in needs the form's own token",
          "[console]") {
    TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    ConsoleApp app(*store, {{"anna", Role::Coordinator, hash_password("anna long passphrase")}},
                   true);
    Visitor v{app};
    for (const char* path : {"/", "/fleet", "/nothing", "/logout"}) {
        const Reply r = v.send("GET", path);
        CHECK(r.status == 303);
        CHECK(header(r, "Location") == "/login");
    }
    CHECK(v.send("PUT", "/fleet").status == 405);

    const Reply form = v.send("GET", "/login");
    CHECK(form.status == 200);
    CHECK_THAT(form.body, Catch::Contains("type=\"password\""));
    CHECK_THAT(header(form, "Content-Security-Policy"), Catch::Contains("default-src 'none'"));
    CHECK(header(form, "X-Frame-Options") == "DENY");
    CHECK_THAT(header(form, "Set-Cookie"), Catch::Contains("HttpOnly") &&
                                               Catch::Contains("SameSite=Strict") &&
                                               Catch::Contains("Secure"));

    // Without the token the form carried (a form posted from another site): refused.
    Visitor stranger{app};
    const Reply forged =
        stranger.send("POST", "/login", {{"name", "anna"}, {"password", "anna long passphrase"}});
    CHECK(forged.status == 403);
    CHECK(stranger.cookies.count("console_session") == 0);

    const Reply in = v.sign_in("anna", "anna long passphrase");
    CHECK(in.status == 303);
    CHECK(header(in, "Location") == "/fleet");
    REQUIRE(v.cookies.count("console_session") == 1);
    const Reply fleet = v.send("GET", "/fleet");
    CHECK(fleet.status == 200);
    CHECK_THAT(fleet.body, Catch::Contains("anna") && Catch::Contains("coordinator"));
    CHECK(header(fleet, "Cache-Control") == "no-store");
}

TEST_CASE("console: five wrong passwords lock the name, and a right one then still waits",
          "[console]") {
    TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    ConsoleApp app(*store, {{"anna", Role::Coordinator, hash_password("anna long passphrase")}},
                   false);
    Visitor v{app};
    CHECK(v.sign_in("nobody", "whatever it is").status == 401);
    for (int i = 0; i < 5; ++i) {
        const Reply r = v.sign_in("anna", "a wrong passphrase");
        CHECK(r.status == 401);
        CHECK_THAT(r.body, Catch::Contains("Naam of wachtwoord klopt niet."));
    }
    const Reply locked = v.sign_in("anna", "anna long passphrase");
    CHECK(locked.status == 429);
    CHECK_THAT(locked.body, Catch::Contains("15 minuten"));
    CHECK(v.cookies.count("console_session") == 0);
    CHECK_THAT(header(locked, "Set-Cookie"), !Catch::Contains("Secure")); // loopback, no TLS

    v.now += minutes(16);
    CHECK(v.sign_in("anna", "anna long passphrase").status == 303);
}

TEST_CASE("console: a form without its CSRF token is refused, and sign-out ends the session",
          "[console]") {
    TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    ConsoleApp app(*store, {{"piet", Role::Viewer, hash_password("piet long passphrase")}}, true);
    Visitor v{app};
    REQUIRE(v.sign_in("piet", "piet long passphrase").status == 303);
    const std::string csrf = v.csrf();
    CHECK(v.send("POST", "/logout").status == 403);
    CHECK(v.send("POST", "/logout", {{"csrf", csrf + "x"}}).status == 403);
    CHECK(v.send("GET", "/fleet").status == 200); // still signed in

    const Reply out = v.send("POST", "/logout", {{"csrf", csrf}});
    CHECK(out.status == 303);
    CHECK(v.cookies.count("console_session") == 0);
    CHECK(v.send("GET", "/fleet").status == 303);
}

TEST_CASE("console: the fleet shows each kiosk's last health report and its red flags",
          "[console][store]") {
    TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    auto post = [&](const std::string& kiosk, const std::vector<std::string>& events) {
        const auto outcomes =
            store->store(receiver::parse_batch(receiver_test::batch_json(events, kiosk)),
                         "2026-12-04T12:00:00Z");
        REQUIRE(outcomes.size() == events.size());
    };
    post(receiver_test::kKioskA,
         {health_event("2026-12-04T09:00:00Z", R"({"version":"0.9.0","queue_depth":99})"),
          health_event("2026-12-04T11:50:00Z",
                       R"({"version":"1.0.0","queue_depth":12,"oldest_undelivered_age_s":600,)"
                       R"("screen_on":true,"free_disk_bytes":8000000000,"cpu_temp_c":48.5,)"
                       R"("frame_failures":0,"content_fallbacks":0,"last_upload_error":null})")});
    post(receiver_test::kKioskB,
         {health_event("2026-12-04T08:30:00Z",
                       R"({"version":"1.0.0","queue_depth":1500,"oldest_undelivered_age_s":9000,)"
                       R"("screen_on":true,"free_disk_bytes":200000000,"cpu_temp_c":83.0,)"
                       R"("throttling":{"bits":"0x50005","under_voltage":true},)"
                       R"("frame_failures":4,"content_fallbacks":2,)"
                       R"("last_upload_error":{"kind":"timeout"}})")});
    ConsoleApp app(*store, {{"anna", Role::Coordinator, hash_password("anna long passphrase")}},
                   true);
    Visitor v{app};
    REQUIRE(v.sign_in("anna", "anna long passphrase").status == 303);
    const Reply page = v.send("GET", "/fleet", {}, {{"lang", "en"}});
    REQUIRE(page.status == 200);
    CHECK(v.cookies["console_lang"] == "en");
    const std::string& html = page.body;
    const auto a = html.find(receiver_test::kKioskA);
    const auto b = html.find(receiver_test::kKioskB);
    REQUIRE(a != std::string::npos);
    REQUIRE(b != std::string::npos);
    const std::string row_a = html.substr(a, b - a);
    const std::string row_b = html.substr(b);
    CHECK_THAT(row_a, Catch::Contains("all well") && Catch::Contains("1.0.0") &&
                          Catch::Contains(">12<") && Catch::Contains("10 min<") &&
                          Catch::Contains("8.0 GB") && Catch::Contains("48.5 °C") &&
                          Catch::Contains("10 min ago") && !Catch::Contains("0.9.0"));
    for (const char* flag :
         {"not seen", "queue growing", "disk nearly full", "hot or short of power",
          "failing frames", "content fallbacks", "uploads failing"}) {
        CHECK_THAT(row_b, Catch::Contains(std::string("class=\"flag\">") + flag));
    }
    CHECK_THAT(row_b, Catch::Contains(">1500<") && Catch::Contains("2 h<") &&
                          Catch::Contains("3 hours ago"));

    // Dutch from the cookie on, until another language is asked for.
    const Reply dutch = v.send("GET", "/fleet", {}, {{"lang", "nl"}});
    CHECK_THAT(dutch.body, Catch::Contains("lang=\"nl\"") && Catch::Contains("schijf bijna vol"));
}

TEST_CASE("console: the HTML is escaped and the form and cookie parsers take what browsers send",
          "[console]") {
    const auto form = parse_form("name=anna&password=a+b%26c%3D%25&empty=&bad=%zz&last=1&last=2");
    CHECK(value_of(form, "password") == "a b&c=%");
    CHECK(value_of(form, "empty").empty());
    CHECK(value_of(form, "bad") == "%zz");
    CHECK(value_of(form, "last") == "2");
    const auto cookies = parse_cookies("console_session=abc; console_lang=en;x; =y");
    CHECK(value_of(cookies, "console_session") == "abc");
    CHECK(value_of(cookies, "console_lang") == "en");
    CHECK(cookies.size() == 2);
}

TEST_CASE("console: a form field that is not UTF-8 comes out as valid UTF-8 and makes valid TOML",
          "[console]") {
    // Found by tests/fuzz/console_form_fuzz.cpp: a lone %92 in a date made an alerts block
    // that neither TOML nor a kiosk could read. Browsers send UTF-8; a hand-made request not.
    const auto form = parse_form("expires=2026-12-%921&title_nl=caf%C3%A9&text_nl=%FF%FEa");
    CHECK(value_of(form, "expires") == "2026-12-\xEF\xBF\xBD"
                                       "1");
    CHECK(value_of(form, "title_nl") == "caf\xC3\xA9"); // good UTF-8 stays as it was
    CHECK(value_of(form, "text_nl") == "\xEF\xBF\xBD\xEF\xBF\xBD"
                                       "a");
    const std::string block = alert_toml_block(alert_form_from(form));
    CHECK_NOTHROW(toml::parse(block));
}
