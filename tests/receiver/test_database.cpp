// The per-folder test database: a file name on SQLite, a new database on the PostgreSQL server.
#include "test_database.hpp"

#include "postgres_connection.hpp"
#include "receiver_harness.hpp"
#include "store/database.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <random>

namespace receiver_test {

namespace {

const char* base_uri() {
    const char* uri = std::getenv("KIOSK_TEST_POSTGRES");
    return uri != nullptr && uri[0] != '\0' ? uri : nullptr;
}

// The base URI with its database ("/postgres?") replaced by name.
std::string uri_of(const std::string& name) {
    std::string uri = base_uri();
    const auto at = uri.find("/postgres?");
    REQUIRE(at != std::string::npos);
    return uri.replace(at, 9, "/" + name);
}

std::string marker(const std::string& dir_path) {
    return dir_path + "/postgres-database";
}

} // namespace

bool on_postgres() {
    return base_uri() != nullptr;
}

std::string test_database_name(const TempDir& dir) {
    if (!on_postgres()) {
        return "receiver.db";
    }
    if (!std::filesystem::exists(marker(dir.path()))) {
        std::random_device random;
        char name[32];
        std::snprintf(name, sizeof name, "receiver_test_%08x%08x", random(), random());
        receiver::PgConnection(base_uri()).exec(std::string("CREATE DATABASE ") + name);
        write_text(marker(dir.path()), name);
    }
    return read_text(marker(dir.path()));
}

std::string test_database(const TempDir& dir) {
    const std::string name = test_database_name(dir);
    return on_postgres() ? uri_of(name) : dir.file(name);
}

void run_sql(const TempDir& dir, const std::string& sql) {
    if (on_postgres()) {
        receiver::PgConnection(test_database(dir)).exec(sql);
    } else {
        kiosk::store::Database::open(dir.file("receiver.db")).exec(sql);
    }
}

void drop_test_database(const std::string& dir_path) {
    if (!on_postgres() || !std::filesystem::exists(marker(dir_path))) {
        return;
    }
    try {
        receiver::PgConnection(base_uri())
            .exec("DROP DATABASE IF EXISTS " + read_text(marker(dir_path)) + " WITH (FORCE)");
    } catch (const std::exception& err) {
        WARN("could not drop the test database: " << err.what());
    }
}

} // namespace receiver_test
