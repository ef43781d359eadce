// Tests for open_store: connection settings, data folder problems, refusing newer files, and
// moving damaged files aside.
#include "store/open_store.hpp"

#include "store/outbox.hpp"
#include "store/schema.hpp"
#include "store/staff_notices.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <set>

using kiosk::store::Database;
using kiosk::store::OpenedStore;
using kiosk::store::Statement;
using kiosk::store::StoreError;
using kiosk::store::Transaction;
using kiosk::store::test::read_bytes;
using kiosk::store::test::TempDir;
using kiosk::store::test::write_bytes;

namespace fs = std::filesystem;

namespace {

constexpr const char* kNow = "2026-11-22T17:05:00Z";
constexpr const char* kMovedName = "kiosk.db.corrupt-2026-11-22T17-05-00Z";

std::string pragma_text(Database& db, const std::string& name) {
    Statement query = db.prepare("PRAGMA " + name);
    REQUIRE(query.step());
    return query.column_text(0);
}

std::set<std::string> names_in(const std::string& dir) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        names.insert(entry.path().filename().string());
    }
    return names;
}

// A real database of a few pages with an indexed row whose text is easy to find in the file.
void write_real_database(const std::string& path) {
    Database db = Database::open(path);
    db.exec("CREATE TABLE t (a INTEGER PRIMARY KEY, b TEXT)");
    db.exec("CREATE INDEX t_b ON t (b)");
    db.exec("INSERT INTO t (b) VALUES ('kiosk-marker')");
    db.exec("CREATE TABLE filler (x TEXT)");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500) "
            "INSERT INTO filler SELECT printf('%0200d', i) FROM n");
}

// The database works: it can take an event and a notice.
void check_usable(OpenedStore& store) {
    CHECK(kiosk::store::stored_schema_version(store.db) == kiosk::store::current_schema_version());
    CHECK(pragma_text(store.db, "journal_mode") == "wal");
    Transaction transaction(store.db);
    kiosk::store::append_event(store.db, kiosk::store::EventKind::StatsDaily, "{}", kNow);
    transaction.commit();
    CHECK(kiosk::store::count_events(store.db, "queued") == 1);
}

// Expects the damaged file to be at <dir>/<moved_name> with exactly `bytes`, a fresh usable
// database in its place, and the recovery told to staff.
void check_recovered(OpenedStore& store, const TempDir& dir, const std::string& moved_name,
                     const std::string& bytes) {
    const std::string moved = dir.file(moved_name);
    REQUIRE(fs::exists(moved));
    CHECK(read_bytes(moved) == bytes);
    CHECK(store.path == dir.file("kiosk.db"));
    REQUIRE(store.recovery_notice.has_value());
    CHECK_THAT(*store.recovery_notice, Catch::Contains(moved));
    CHECK_THAT(*store.recovery_notice, Catch::Contains("damaged"));

    const auto notices = kiosk::store::open_notices(store.db);
    REQUIRE(notices.size() == 1);
    CHECK(notices[0].kind == "db_recovered");
    CHECK(notices[0].detail == *store.recovery_notice);
    CHECK(notices[0].created_at == kNow);
    check_usable(store);
}

} // namespace

TEST_CASE("open_store creates the folder and sets up the connection", "[store][open]") {
    TempDir dir;
    const std::string data_dir = dir.file("var/lib/kiosk");
    OpenedStore store = kiosk::store::open_store(data_dir, kNow);

    CHECK(fs::is_directory(data_dir));
    CHECK(store.path == data_dir + "/kiosk.db");
    CHECK(fs::exists(store.path));
    CHECK_FALSE(store.recovery_notice.has_value());
    CHECK(pragma_text(store.db, "journal_mode") == "wal");
    CHECK(pragma_text(store.db, "synchronous") == "2"); // FULL
    CHECK(pragma_text(store.db, "foreign_keys") == "1");
    CHECK(pragma_text(store.db, "busy_timeout") == "5000");
    CHECK(kiosk::store::open_notices(store.db).empty());
    check_usable(store);
}

TEST_CASE("open_store keeps the data of a healthy database", "[store][open]") {
    TempDir dir;
    {
        OpenedStore store = kiosk::store::open_store(dir.path(), kNow);
        check_usable(store);
    }
    OpenedStore again = kiosk::store::open_store(dir.path(), "2026-11-23T09:00:00Z");
    CHECK_FALSE(again.recovery_notice.has_value());
    CHECK(kiosk::store::count_events(again.db, "queued") == 1);
    CHECK(names_in(dir.path()).count("kiosk.db") == 1);
    for (const auto& name : names_in(dir.path())) {
        CHECK(name.find("corrupt") == std::string::npos);
    }
}

TEST_CASE("open_store refuses a newer database and leaves it untouched", "[store][open]") {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    {
        Database db = Database::open(path);
        db.exec("CREATE TABLE future (x TEXT); INSERT INTO future VALUES ('from the future')");
        db.exec("PRAGMA user_version = 7");
    }
    const std::string before = read_bytes(path);

    try {
        kiosk::store::open_store(dir.path(), kNow);
        FAIL("open_store accepted a newer schema");
    } catch (const kiosk::store::SchemaTooNewError& error) {
        CHECK(error.found_version() == 7);
        CHECK_THAT(error.what(), Catch::Contains("database schema version 7"));
        CHECK_THAT(error.what(), Catch::Contains(path));
        CHECK_THAT(error.what(),
                   Catch::Contains("install the newer kiosk, or move the file aside"));
    }
    CHECK(read_bytes(path) == before);
    CHECK(names_in(dir.path()) == std::set<std::string>{"kiosk.db"});
}

TEST_CASE("open_store leaves a newer database's WAL unmerged", "[store][open]") {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    {
        Database db = Database::open(path);
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("CREATE TABLE future (x TEXT)");
        db.exec("PRAGMA user_version = 9");
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    REQUIRE(fs::exists(path + "-wal"));
    const std::string main_before = read_bytes(path);
    const std::string wal_before = read_bytes(path + "-wal");
    REQUIRE_FALSE(wal_before.empty());

    CHECK_THROWS_AS(kiosk::store::open_store(dir.path(), kNow), kiosk::store::SchemaTooNewError);

    CHECK(read_bytes(path) == main_before);
    CHECK(read_bytes(path + "-wal") == wal_before);
}

TEST_CASE("open_store moves a file of random bytes aside", "[store][open]") {
    TempDir dir;
    const std::string junk = kiosk::store::test::noise(10000, 1);
    write_bytes(dir.file("kiosk.db"), junk);

    OpenedStore store = kiosk::store::open_store(dir.path(), kNow);

    check_recovered(store, dir, kMovedName, junk);
    CHECK_THAT(*store.recovery_notice, Catch::Contains("not a database file"));
}

TEST_CASE("open_store moves the -wal and -shm files aside with the database", "[store][open]") {
    TempDir dir;
    const std::string junk = kiosk::store::test::noise(8192, 2);
    const std::string wal = kiosk::store::test::noise(3000, 3);
    const std::string shm = kiosk::store::test::noise(32768, 4);
    write_bytes(dir.file("kiosk.db"), junk);
    write_bytes(dir.file("kiosk.db-wal"), wal);
    write_bytes(dir.file("kiosk.db-shm"), shm);

    OpenedStore store = kiosk::store::open_store(dir.path(), kNow);

    check_recovered(store, dir, kMovedName, junk);
    CHECK(read_bytes(dir.file(std::string(kMovedName) + "-wal")) == wal);
    // SQLite rebuilds the -shm index whenever it sees a -wal, so only its move is checked.
    CHECK(fs::exists(dir.file(std::string(kMovedName) + "-shm")));
}

TEST_CASE("open_store moves aside a database with a damaged page", "[store][open]") {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    write_real_database(path);
    std::string bytes = read_bytes(path);
    REQUIRE(bytes.size() > 3 * 4096);

    SECTION("page 2's header overwritten") {
        bytes.replace(4096, 16, std::string(16, '\xff'));
    }
    SECTION("the file cut in half") {
        bytes.resize(bytes.size() / 2);
    }
    SECTION("a row changed behind its index's back") {
        const auto at = bytes.find("kiosk-marker", 4096);
        REQUIRE(at < 2 * 4096); // in page 2, the table, not page 3, the index
        bytes[at] = 'K';
    }
    write_bytes(path, bytes);

    OpenedStore store = kiosk::store::open_store(dir.path(), kNow);

    check_recovered(store, dir, kMovedName, bytes);
}

TEST_CASE("the integrity check's own findings are reported", "[store][open]") {
    TempDir dir;
    const std::string path = dir.file("kiosk.db");
    write_real_database(path);
    std::string bytes = read_bytes(path);
    bytes[bytes.find("kiosk-marker", 4096)] = 'K';
    write_bytes(path, bytes);

    OpenedStore store = kiosk::store::open_store(dir.path(), kNow);

    REQUIRE(store.recovery_notice.has_value());
    CHECK_THAT(*store.recovery_notice, Catch::Contains("integrity check found 1 problem"));
    CHECK_THAT(*store.recovery_notice, Catch::Contains("missing from index t_b"));
}

TEST_CASE("two recoveries in the same second get different names", "[store][open]") {
    TempDir dir;
    const std::string first = kiosk::store::test::noise(5000, 5);
    const std::string second = kiosk::store::test::noise(6000, 6);

    write_bytes(dir.file("kiosk.db"), first);
    {
        OpenedStore store = kiosk::store::open_store(dir.path(), kNow);
        check_recovered(store, dir, kMovedName, first);
    }
    fs::remove(dir.file("kiosk.db-wal"));
    fs::remove(dir.file("kiosk.db-shm"));
    write_bytes(dir.file("kiosk.db"), second);
    OpenedStore store = kiosk::store::open_store(dir.path(), kNow);

    check_recovered(store, dir, std::string(kMovedName) + "-2", second);
    CHECK(read_bytes(dir.file(kMovedName)) == first);
}

TEST_CASE("a companion file with the free name pushes the recovery to the next name",
          "[store][open]") {
    TempDir dir;
    write_bytes(dir.file(std::string(kMovedName) + "-wal"), "left over");
    const std::string junk = kiosk::store::test::noise(5000, 7);
    write_bytes(dir.file("kiosk.db"), junk);

    OpenedStore store = kiosk::store::open_store(dir.path(), kNow);

    check_recovered(store, dir, std::string(kMovedName) + "-2", junk);
    CHECK(read_bytes(dir.file(std::string(kMovedName) + "-wal")) == "left over");
    CHECK_FALSE(fs::exists(dir.file(kMovedName)));
}

TEST_CASE("a data folder that cannot be made is a clear error", "[store][open]") {
    TempDir dir;
    write_bytes(dir.file("plain-file"), "not a folder");

    SECTION("below a regular file") {
        const std::string data_dir = dir.file("plain-file/data");
        try {
            kiosk::store::open_store(data_dir, kNow);
            FAIL("open_store used a folder below a file");
        } catch (const StoreError& error) {
            CHECK(error.code() == SQLITE_CANTOPEN);
            CHECK_THAT(error.what(), Catch::Contains("'" + data_dir + "'"));
            CHECK_THAT(error.what(), Catch::Contains("Not a directory"));
            CHECK_THAT(error.what(), Catch::Contains("check data_dir in the config"));
        }
    }
    SECTION("a regular file itself") {
        const std::string data_dir = dir.file("plain-file");
        try {
            kiosk::store::open_store(data_dir, kNow);
            FAIL("open_store used a file as its folder");
        } catch (const StoreError& error) {
            CHECK_THAT(error.what(), Catch::Contains("'" + data_dir + "'"));
            CHECK_THAT(error.what(), Catch::Contains("check data_dir in the config"));
        }
    }
    SECTION("empty") {
        CHECK_THROWS_WITH(kiosk::store::open_store("", kNow),
                          Catch::Contains("check data_dir in the config"));
    }
    CHECK(read_bytes(dir.file("plain-file")) == "not a folder");
}
