// What the store itself promises, on SQLite and on PostgreSQL alike: copying every event from a
// SQLite file (the move to PostgreSQL), migrations from an older schema, a newer schema refused,
// health reports forgotten after 30 days; and on PostgreSQL, a lost connection replaced.
#include "common/rfc3339.hpp"
#include "event_store.hpp"
#include "receiver_harness.hpp"
#include "test_database.hpp"

#include <catch2/catch.hpp>

#include <chrono>

using namespace receiver_test;

namespace {

std::string exported(const TempDir& dir, const std::string& config, const std::string& type) {
    std::string out;
    std::string err;
    REQUIRE(run_receiver_once(dir, {"--config", config, "--export", type}, out, err) == 0);
    return out;
}

std::string days_ago(int days) {
    return kiosk::format_utc(std::chrono::system_clock::now() - std::chrono::hours(24 * days));
}

// The first schema, as receivers before schema 2 created it.
std::string schema_one_sql() {
    if (on_postgres()) {
        return R"sql(CREATE TABLE receiver_schema (version integer NOT NULL);
INSERT INTO receiver_schema VALUES (1);
CREATE TABLE events (id text COLLATE "C" PRIMARY KEY, kiosk_id text COLLATE "C" NOT NULL,
  type text COLLATE "C" NOT NULL, occurred_at text COLLATE "C" NOT NULL, schema bigint NOT NULL,
  data text NOT NULL, canonical text NOT NULL, sent_at text NOT NULL, received_at text NOT NULL);
CREATE INDEX events_by_type ON events (type, occurred_at, id);)sql";
    }
    return R"sql(CREATE TABLE events (id TEXT PRIMARY KEY NOT NULL, kiosk_id TEXT NOT NULL,
  type TEXT NOT NULL, occurred_at TEXT NOT NULL, schema INTEGER NOT NULL, data TEXT NOT NULL,
  canonical TEXT NOT NULL, sent_at TEXT NOT NULL, received_at TEXT NOT NULL);
CREATE INDEX events_by_type ON events (type, occurred_at, id);
PRAGMA user_version = 1;)sql";
}

} // namespace

TEST_CASE("the copy command copies every event from a SQLite file, and a second run adds nothing",
          "[store]") {
    TempDir old_dir;
    ConfigOptions sqlite;
    sqlite.database = "old.db";
    const std::string old_config = write_config(old_dir, sqlite);
    std::vector<std::string> events;
    for (int i = 0; i < 25; ++i) {
        events.push_back(event_json(new_id(), i % 2 == 0 ? "signup.created" : "visit.started",
                                    "2026-11-2" + std::to_string(i % 9) + "T10:00:00Z"));
    }
    const std::string shared = new_id();
    const std::string clashing = new_id();
    events.push_back(event_json(shared, "signup.created"));
    events.push_back(event_json(clashing, "signup.created"));
    {
        Receiver old(old_dir, old_config);
        REQUIRE(old.upload(batch_json(events)).status == 200);
        CHECK(old.stop() == 0);
    }

    // The new database already holds one of them as it is, and another id with other data.
    TempDir dir;
    const std::string config = write_config(dir);
    {
        Receiver now(dir, config);
        REQUIRE(
            now.upload(batch_json({event_json(shared, "signup.created"),
                                   event_json(clashing, "signup.created", "2026-11-20T10:00:00Z",
                                              R"({"session_id":"s-2","code":"BBB-222"})")}))
                .status == 200);
        CHECK(now.stop() == 0);
    }

    std::string out;
    std::string err;
    const std::string source = old_dir.file("old.db");
    CHECK(run_receiver_once(dir, {"--config", config, "--copy-from", source}, out, err) == 1);
    CHECK_THAT(out, Catch::Contains("copied 27 event(s)") && Catch::Contains("25 new") &&
                        Catch::Contains("1 already there") && Catch::Contains("1 conflicting"));
    CHECK_THAT(err, Catch::Contains(clashing));
    CHECK(exported(dir, config, "visit.started") == exported(old_dir, old_config, "visit.started"));
    // signup.created: the same but for the clashing id, which keeps the new database's data.
    CHECK(exported(dir, config, "signup.created").size() ==
          exported(old_dir, old_config, "signup.created").size());
    CHECK_THAT(exported(dir, config, "signup.created"), Catch::Contains("BBB-222"));

    CHECK(run_receiver_once(dir, {"--config", config, "--copy-from", source}, out, err) == 1);
    CHECK_THAT(out, Catch::Contains("0 new") && Catch::Contains("26 already there"));

    CHECK(run_receiver_once(dir, {"--config", config, "--copy-from", dir.file("none.db")}, out,
                            err) == 1);
    CHECK_THAT(err, Catch::Contains("none.db"));
}

TEST_CASE("a schema 1 database is migrated to the newest schema with its events kept", "[store]") {
    TempDir dir;
    run_sql(dir, schema_one_sql());
    const std::string id = new_id();
    run_sql(dir, "INSERT INTO events VALUES ('" + id +
                     "', 'centre-a', 'signup.created', '2026-11-01T10:00:00Z', 1, '{}', "
                     "'{\"id\":\"" +
                     id + "\"}', '2026-11-01T10:00:01Z', '2026-11-01T10:00:02Z')");
    CHECK(receiver::open_event_store(test_database(dir), true)->schema_version() == 1);

    const std::string config = write_config(dir);
    Receiver receiver(dir, config);
    CHECK(receiver.stop() == 0);
    CHECK(receiver::open_event_store(test_database(dir), true)->schema_version() ==
          receiver::kStoreSchemaVersion);
    const auto rows = parse_csv(exported(dir, config, "signup.created"));
    REQUIRE(rows.size() == 2);
    CHECK(rows[1][0] == id);
    CHECK(rows[1][3] == "2026-11-01T10:00:02Z");
}

TEST_CASE("a database from a newer receiver is refused with a message and left alone", "[store]") {
    TempDir dir;
    write_config(dir);
    run_sql(dir, on_postgres() ? "CREATE TABLE receiver_schema (version integer NOT NULL); "
                                 "INSERT INTO receiver_schema VALUES (99)"
                               : "PRAGMA user_version = 99");
    std::string out;
    std::string err;
    CHECK(run_receiver_once(dir, {"--config", dir.file("receiver.toml")}, out, err) == 1);
    CHECK_THAT(err, Catch::Contains("newer receiver (schema 99)") &&
                        Catch::Contains(test_database_name(dir)));
}

TEST_CASE("kiosk.health events are kept 30 days, other events stay", "[store]") {
    TempDir dir;
    const std::string config = write_config(dir);
    const std::string old_health = new_id();
    const std::string new_health = new_id();
    const std::string old_signup = new_id();
    {
        Receiver receiver(dir, config);
        const HttpResult r = receiver.upload(
            batch_json({event_json(old_health, "kiosk.health", days_ago(31), R"({"uptime_s":60})"),
                        event_json(new_health, "kiosk.health", days_ago(29), R"({"uptime_s":120})"),
                        event_json(old_signup, "signup.created", days_ago(40))}));
        REQUIRE(r.status == 200);
        CHECK(ids_in(r, "accepted").size() == 3); // accepted: the kiosk need not send it again
        CHECK(receiver.stop() == 0);
        CHECK_THAT(receiver.log(), Catch::Contains("forgot 1 kiosk.health event(s)"));
    }
    const auto health = parse_csv(exported(dir, config, "kiosk.health"));
    REQUIRE(health.size() == 2);
    CHECK(health[1][0] == new_health);
    const auto signups = parse_csv(exported(dir, config, "signup.created"));
    REQUIRE(signups.size() == 2);
    CHECK(signups[1][0] == old_signup);
}

TEST_CASE("interest forms, which may hold a contact, are forgotten after interest_kept_days",
          "[store]") {
    TempDir dir;
    ConfigOptions options;
    options.interest_kept_days = 14;
    const std::string config = write_config(dir, options);
    const std::string form = R"({"languages":["nl"],"availability":["evening"],)"
                             R"("contact":"06-12345678","sensitive":true})";
    const std::string old_form = new_id();
    const std::string new_form = new_id();
    {
        Receiver receiver(dir, config);
        const HttpResult r = receiver.upload(
            batch_json({event_json(old_form, "interest.submitted", days_ago(15), form),
                        event_json(new_form, "interest.submitted", days_ago(13), form)}));
        REQUIRE(r.status == 200);
        CHECK(ids_in(r, "accepted").size() == 2);
        CHECK(receiver.stop() == 0);
        CHECK_THAT(receiver.log(), Catch::Contains("forgot 1 interest.submitted event(s)") &&
                                       !Catch::Contains("06-12345678"));
    }
    const auto forms = parse_csv(exported(dir, config, "interest.submitted"));
    REQUIRE(forms.size() == 2);
    CHECK(forms[1][0] == new_form);

    write_text(dir.file("bad.toml"), "interest_kept_days = 0\n");
    std::string out;
    std::string err;
    CHECK(run_receiver_once(dir, {"--config", dir.file("bad.toml")}, out, err) == 2);
    CHECK_THAT(err, Catch::Contains("interest_kept_days") && Catch::Contains("1 to 3650"));
}

TEST_CASE("on PostgreSQL, connections it ended are replaced and the upload is still stored",
          "[store][postgresql]") {
    TempDir dir;
    const std::string config = write_config(dir);
    Receiver receiver(dir, config);
    REQUIRE(receiver.upload(batch_json({event_json(new_id())})).status == 200);
    // As when PostgreSQL restarts: every connection of the receiver is cut.
    run_sql(dir, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                     test_database_name(dir) + "' AND pid <> pg_backend_pid()");
    const std::string id = new_id();
    const HttpResult r = receiver.upload(batch_json({event_json(id)}));
    CHECK(r.status == 200);
    CHECK(ids_in(r, "accepted") == std::vector<std::string>{id});
    CHECK(receiver.stop() == 0);
    CHECK(parse_csv(exported(dir, config, "signup.created")).size() == 3);
}
