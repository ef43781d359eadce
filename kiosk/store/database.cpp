// Database and Transaction: opening, running SQL, preparing statements, BEGIN/COMMIT/ROLLBACK.
#include "store/database.hpp"

#include <utility>

namespace kiosk::store {

Database::Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

Database Database::open(const std::string& path, Mode mode) {
    sqlite3* db = nullptr;
    const int flags =
        mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        StoreError error = sqlite_failure(db, rc, "cannot open database file " + path, "");
        sqlite3_close(db); // SQLite allocates a handle even when opening fails
        throw error;
    }
    return Database(db, path);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

Database::~Database() {
    sqlite3_close_v2(db_);
}

void Database::require_open(const char* action) const {
    if (db_ == nullptr) {
        throw StoreError(SQLITE_MISUSE, std::string("cannot ") + action + ": database " + path_ +
                                            " is closed; this is a fault in the kiosk "
                                            "software, report it to the kiosk maintainer");
    }
}

void Database::exec(const std::string& sql) {
    require_open("run SQL");
    const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        throw sqlite_failure(db_, rc, "SQL failed", sql);
    }
}

Statement Database::prepare(const std::string& sql) {
    require_open("prepare SQL");
    sqlite3_stmt* stmt = nullptr;
    const int rc =
        sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()) + 1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        throw sqlite_failure(db_, rc, "cannot prepare SQL", sql);
    }
    if (stmt == nullptr) {
        throw StoreError(SQLITE_MISUSE, "cannot prepare SQL `" + sql +
                                            "`: it contains no statement; this is a fault in the "
                                            "kiosk software, report it to the kiosk maintainer");
    }
    return Statement(stmt, sql);
}

void Database::close(bool keep_wal) {
    if (db_ == nullptr) {
        return;
    }
    if (keep_wal) {
        sqlite3_db_config(db_, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
    const int rc = sqlite3_close(db_);
    if (rc != SQLITE_OK) {
        throw sqlite_failure(db_, rc, "cannot close database " + path_, "");
    }
    db_ = nullptr;
}

Transaction::Transaction(Database& db) : db_(db) {
    db_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (done_ || !db_.is_open() || sqlite3_get_autocommit(db_.handle()) != 0) {
        return; // committed, or SQLite already rolled back after an error
    }
    // Cannot throw from a destructor; if ROLLBACK fails, closing the connection rolls back.
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    if (done_) {
        throw StoreError(SQLITE_MISUSE, "Transaction::commit called twice on database " +
                                            db_.path() +
                                            "; this is a fault in the kiosk software, report it "
                                            "to the kiosk maintainer");
    }
    db_.exec("COMMIT");
    done_ = true;
}

} // namespace kiosk::store
