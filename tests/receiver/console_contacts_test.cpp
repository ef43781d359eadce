// The peer-work page: only a peer-work coordinator sees the interest forms, the list never
// shows a contact, and each contact opened is written to the audit log first (on SQLite,
// and on PostgreSQL in the PostgreSQL run).
#include "console_state.hpp"
#include "console_visitor.hpp"
#include "passwords.hpp"
#include "receiver_harness.hpp"
#include "test_database.hpp"

#include <catch2/catch.hpp>

using namespace console;
using console_test::Visitor;
using receiver::Reply;

namespace {

std::string interest(const std::string& id, const std::string& contact) {
    const std::string data = R"({"form_id":3,"languages":["nl","ar"],"availability":"evenings",)"
                             R"("consent_at":"2026-12-01T15:00:00Z","sensitive":true)" +
                             (contact.empty() ? "" : R"(,"contact":")" + contact + "\"") + "}";
    return receiver_test::event_json(id, "interest.submitted", "2026-12-01T15:00:00Z", data);
}

} // namespace

TEST_CASE("console: only peer-work coordinators see interest forms, and every contact opened "
          "is in the audit log",
          "[console][store]") {
    receiver_test::TempDir dir;
    const auto store = receiver::open_event_store(receiver_test::test_database(dir), false);
    const std::string with_contact = receiver_test::new_id();
    const std::string without = receiver_test::new_id();
    store->store(receiver::parse_batch(receiver_test::batch_json(
                     {interest(with_contact, "06-<b>12345678</b>"), interest(without, "")})),
                 "2026-12-01T16:00:00Z");
    ConsoleState state(dir.file("console-state.db"));
    ConsoleApp app(*store,
                   {{"vera", Role::Viewer, hash_password("vera long passphrase")},
                    {"anna", Role::Coordinator, hash_password("anna long passphrase")},
                    {"piet", Role::PeerWork, hash_password("piet long passphrase")}},
                   false, &state);

    for (const char* name : {"vera", "anna"}) {
        Visitor other{app};
        REQUIRE(other.sign_in(name, std::string(name) + " long passphrase").status == 303);
        const Reply refused = other.send("GET", "/contacts");
        CHECK(refused.status == 403);
        CHECK_THAT(refused.body, !Catch::Contains("12345678") && !Catch::Contains("evenings"));
        CHECK_THAT(other.send("GET", "/fleet").body, !Catch::Contains("href=\"/contacts\""));
        const Reply show =
            other.send("POST", "/contacts/show", {{"csrf", other.csrf()}, {"id", with_contact}});
        CHECK(show.status == 403);
        CHECK_THAT(show.body, !Catch::Contains("12345678"));
    }

    Visitor piet{app};
    REQUIRE(piet.sign_in("piet", "piet long passphrase").status == 303);
    CHECK_THAT(piet.send("GET", "/fleet").body, Catch::Contains("href=\"/contacts\""));
    const Reply list = piet.send("GET", "/contacts", {}, {{"lang", "en"}});
    REQUIRE(list.status == 200);
    CHECK_THAT(list.body, Catch::Contains("nl, ar") && Catch::Contains("evenings") &&
                              Catch::Contains("no contact given") &&
                              Catch::Contains("value=\"" + with_contact + "\"") &&
                              !Catch::Contains("12345678"));
    CHECK(state.audit_log().empty()); // the list shows no contact

    // Without the session's CSRF token: refused, nothing shown, nothing logged.
    CHECK(piet.send("POST", "/contacts/show", {{"id", with_contact}}).status == 403);
    CHECK(state.audit_log().empty());

    const Reply shown =
        piet.send("POST", "/contacts/show", {{"csrf", piet.csrf()}, {"id", with_contact}});
    REQUIRE(shown.status == 200);
    CHECK_THAT(shown.body,
               Catch::Contains("06-&lt;b&gt;12345678&lt;/b&gt;") && Catch::Contains("audit log"));
    const auto log = state.audit_log();
    REQUIRE(log.size() == 1);
    CHECK(log[0].user == "piet");
    CHECK(log[0].action == "contact viewed");
    CHECK(log[0].event_id == with_contact);

    // A form without a contact, or an id that is no form, shows nothing and logs nothing.
    CHECK(piet.send("POST", "/contacts/show", {{"csrf", piet.csrf()}, {"id", without}}).status ==
          404);
    CHECK(piet.send("POST", "/contacts/show", {{"csrf", piet.csrf()}, {"id", "x"}}).status == 404);
    CHECK(state.audit_log().size() == 1);
    CHECK(piet.send("GET", "/contacts/show").status == 405);
}
