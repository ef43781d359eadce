// Tests for Database, Statement and Transaction: SQL round trips, errors, commit and rollback.
#include "store/database.hpp"

#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using kiosk::store::Database;
using kiosk::store::Statement;
using kiosk::store::StoreError;
using kiosk::store::Transaction;

namespace {

std::int64_t count_rows(Database& db, const std::string& table) {
    Statement query = db.prepare("SELECT COUNT(*) FROM " + table);
    REQUIRE(query.step());
    return query.column_int64(0);
}

Database memory_with_table() {
    Database db = Database::open(":memory:");
    db.exec("CREATE TABLE t (n INTEGER, r REAL, s TEXT)");
    return db;
}

} // namespace

TEST_CASE("Statement binds and reads every kind of value", "[store][database]") {
    Database db = memory_with_table();
    Statement insert = db.prepare("INSERT INTO t (n, r, s) VALUES (?1, ?2, ?3)");
    insert.bind(1, std::int64_t{9'000'000'000});
    insert.bind(2, 2.5);
    insert.bind(3, std::string("caf\xc3\xa9"));
    insert.run();
    insert.reset();
    insert.bind(1, 7);
    insert.bind(2, nullptr);
    insert.bind(3, "literal");
    insert.run();

    Statement query = db.prepare("SELECT n, r, s FROM t ORDER BY n");
    REQUIRE(query.step());
    CHECK(query.column_int64(0) == 7);
    CHECK(query.column_is_null(1));
    CHECK(query.column_text(2) == "literal");
    REQUIRE(query.step());
    CHECK(query.column_int64(0) == 9'000'000'000);
    CHECK(query.column_double(1) == 2.5);
    CHECK_FALSE(query.column_is_null(1));
    CHECK(query.column_text(2) == "caf\xc3\xa9");
    CHECK_FALSE(query.step());

    query.reset();
    REQUIRE(query.step());
    CHECK(query.column_int64(0) == 7);
    CHECK_THROWS_AS(query.column_int64(3), StoreError);
}

TEST_CASE("SQL errors say what failed and which SQL", "[store][database]") {
    Database db = memory_with_table();
    try {
        db.prepare("SELEKT 1");
        FAIL("prepare accepted bad SQL");
    } catch (const StoreError& error) {
        CHECK(error.code() == SQLITE_ERROR);
        CHECK_THAT(error.what(), Catch::Contains("syntax error"));
        CHECK_THAT(error.what(), Catch::Contains("SELEKT 1"));
        CHECK_THAT(error.what(), Catch::Contains("report this message to the kiosk maintainer"));
    }
    db.exec("CREATE TABLE u (k TEXT UNIQUE)");
    db.exec("INSERT INTO u VALUES ('a')");
    Statement again = db.prepare("INSERT INTO u VALUES ('a')");
    try {
        again.step();
        FAIL("duplicate insert succeeded");
    } catch (const StoreError& error) {
        CHECK(error.code() == SQLITE_CONSTRAINT);
        CHECK_THAT(error.what(), Catch::Contains("UNIQUE constraint failed: u.k"));
        CHECK_THAT(error.what(), Catch::Contains("INSERT INTO u VALUES ('a')"));
    }
    CHECK(count_rows(db, "u") == 1);
    CHECK_THROWS_AS(db.exec("INSERT INTO missing VALUES (1)"), StoreError);
}

TEST_CASE("Database::open names the file it cannot open", "[store][database]") {
    kiosk::store::test::TempDir dir;
    const std::string path = dir.file("no/such/folder/kiosk.db");
    try {
        Database::open(path);
        FAIL("opened a file in a missing folder");
    } catch (const StoreError& error) {
        CHECK(error.code() == SQLITE_CANTOPEN);
        CHECK_THAT(error.what(), Catch::Contains(path));
        CHECK_THAT(error.what(), Catch::Contains("data_dir in the config"));
    }
}

TEST_CASE("Database is move-only and closes once", "[store][database]") {
    Database first = memory_with_table();
    first.exec("INSERT INTO t (n) VALUES (1)");
    Database second = std::move(first);
    CHECK_FALSE(first.is_open()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    CHECK(second.is_open());
    CHECK(count_rows(second, "t") == 1);
    CHECK_THROWS_AS(first.exec("SELECT 1"), StoreError);
    second.close();
    CHECK_FALSE(second.is_open());
    second.close(); // twice is fine
}

TEST_CASE("close refuses while a statement is still open", "[store][database]") {
    Database db = memory_with_table();
    {
        Statement open_statement = db.prepare("SELECT 1");
        CHECK_THROWS_AS(db.close(), StoreError);
        CHECK(db.is_open());
    }
    db.close();
    CHECK_FALSE(db.is_open());
}

TEST_CASE("Transaction rolls back unless committed", "[store][database]") {
    Database db = memory_with_table();
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t (n) VALUES (1)");
        CHECK(count_rows(db, "t") == 1); // visible inside
    }
    CHECK(count_rows(db, "t") == 0);
    CHECK(sqlite3_get_autocommit(db.handle()) == 1);

    {
        Transaction transaction(db);
        db.exec("INSERT INTO t (n) VALUES (2)");
        transaction.commit();
        CHECK_THROWS_AS(transaction.commit(), StoreError);
    }
    CHECK(count_rows(db, "t") == 1);

    SECTION("an exception inside rolls back") {
        try {
            Transaction transaction(db);
            db.exec("INSERT INTO t (n) VALUES (3)");
            throw std::runtime_error("state change failed");
        } catch (const std::runtime_error&) {
        }
        CHECK(count_rows(db, "t") == 1);
    }
}

TEST_CASE("Transaction cannot nest", "[store][database]") {
    Database db = memory_with_table();
    Transaction outer(db);
    CHECK_THROWS_WITH(Transaction(db), Catch::Contains("BEGIN IMMEDIATE"));
}

TEST_CASE("A failed commit throws and leaves nothing behind", "[store][database]") {
    Database db = Database::open(":memory:");
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
    db.exec("CREATE TABLE child (parent_id INTEGER REFERENCES parent (id) "
            "DEFERRABLE INITIALLY DEFERRED)");
    {
        Transaction transaction(db);
        db.exec("INSERT INTO child VALUES (42)"); // checked only at COMMIT
        try {
            transaction.commit();
            FAIL("commit with a broken foreign key succeeded");
        } catch (const StoreError& error) {
            CHECK(error.code() == SQLITE_CONSTRAINT);
            CHECK_THAT(error.what(), Catch::Contains("FOREIGN KEY constraint failed"));
            CHECK_THAT(error.what(), Catch::Contains("COMMIT"));
        }
    }
    CHECK(count_rows(db, "child") == 0);
    CHECK(sqlite3_get_autocommit(db.handle()) == 1);
}
