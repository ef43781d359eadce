// The console state file: its tables, migrations, reviewed marks and the audit log.
#include "console_state.hpp"

#include <filesystem>
#include <iterator>
#include <stdexcept>

namespace console {

namespace {

using kiosk::store::Database;
using kiosk::store::Statement;
using kiosk::store::Transaction;

// migration[n] brings the file from version n to n + 1.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE reviewed (
    signal_id TEXT PRIMARY KEY NOT NULL,
    by_user   TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE TABLE audit_log (
    seq      INTEGER PRIMARY KEY AUTOINCREMENT,
    at       TEXT NOT NULL,
    user     TEXT NOT NULL,
    action   TEXT NOT NULL,
    event_id TEXT NOT NULL
);
)sql",
    R"sql(
CREATE TABLE channel_alerts (
    id           TEXT PRIMARY KEY NOT NULL,
    block        TEXT NOT NULL,
    level        TEXT NOT NULL,
    title        TEXT NOT NULL,
    issued       TEXT NOT NULL,
    expires      TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at TEXT NOT NULL,
    withdrawn_by TEXT NOT NULL DEFAULT '',
    withdrawn_at TEXT NOT NULL DEFAULT '',
    signal_id    TEXT NOT NULL DEFAULT ''
);
CREATE TABLE alert_channel (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    version INTEGER NOT NULL
);
INSERT INTO alert_channel (one, version) VALUES (1, 0);
)sql",
};
static_assert(std::size(kMigrations) == kStateSchemaVersion, "one migration per schema version");

int user_version(Database& db) {
    Statement s = db.prepare("PRAGMA user_version");
    s.step();
    return static_cast<int>(s.column_int64(0));
}

Database open_and_migrate(const std::string& path) {
    const bool is_new = path != ":memory:" && !std::filesystem::exists(path);
    Database db = Database::open(path);
    if (is_new) { // names of coordinators and what they did: for the console's user only
        std::filesystem::permissions(path, std::filesystem::perms::owner_read |
                                               std::filesystem::perms::owner_write);
    }
    db.exec("PRAGMA busy_timeout = 5000");
    if (path != ":memory:") {
        db.exec("PRAGMA journal_mode = WAL");
    }
    db.exec("PRAGMA synchronous = FULL");
    const int found = user_version(db);
    if (found > kStateSchemaVersion) {
        throw std::runtime_error("the console state file " + path + " is of schema version " +
                                 std::to_string(found) + ", newer than this console's (" +
                                 std::to_string(kStateSchemaVersion) +
                                 "): run the newer console, or restore the file's backup");
    }
    for (int v = found; v < kStateSchemaVersion; ++v) {
        Transaction tx(db);
        db.exec(kMigrations[v]);
        db.exec("PRAGMA user_version = " + std::to_string(v + 1));
        tx.commit();
    }
    return db;
}

} // namespace

ConsoleState::ConsoleState(const std::string& path) : path_(path), db_(open_and_migrate(path)) {}

bool ConsoleState::mark_reviewed(const std::string& signal_id, const std::string& user,
                                 const std::string& at) {
    std::lock_guard<std::mutex> lock(mutex_);
    Transaction tx(db_);
    Statement add =
        db_.prepare("INSERT OR IGNORE INTO reviewed (signal_id, by_user, at) VALUES (?1, ?2, ?3)");
    add.bind(1, signal_id);
    add.bind(2, user);
    add.bind(3, at);
    add.run();
    if (sqlite3_changes(db_.handle()) == 0) {
        return false; // the transaction rolls back: nothing to write
    }
    append_locked({0, at, user, "signal marked reviewed", signal_id});
    tx.commit();
    return true;
}

std::map<std::string, Review> ConsoleState::reviews() {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement query = db_.prepare("SELECT signal_id, by_user, at FROM reviewed");
    std::map<std::string, Review> marks;
    while (query.step()) {
        marks[query.column_text(0)] = {query.column_text(1), query.column_text(2)};
    }
    return marks;
}

std::int64_t ConsoleState::append_audit(const AuditEntry& entry) {
    std::lock_guard<std::mutex> lock(mutex_);
    return append_locked(entry);
}

std::int64_t ConsoleState::append_locked(const AuditEntry& e) {
    Statement add =
        db_.prepare("INSERT INTO audit_log (at, user, action, event_id) VALUES (?1, ?2, ?3, ?4)");
    add.bind(1, e.at);
    add.bind(2, e.user);
    add.bind(3, e.action);
    add.bind(4, e.event_id);
    add.run();
    return sqlite3_last_insert_rowid(db_.handle());
}

std::vector<AuditEntry> ConsoleState::audit_log(std::size_t limit) {
    std::lock_guard<std::mutex> lock(mutex_);
    Statement query = db_.prepare("SELECT seq, at, user, action, event_id FROM audit_log "
                                  "ORDER BY seq DESC LIMIT ?1");
    query.bind(1, static_cast<std::int64_t>(limit));
    std::vector<AuditEntry> entries;
    while (query.step()) {
        entries.push_back({query.column_int64(0), query.column_text(1), query.column_text(2),
                           query.column_text(3), query.column_text(4)});
    }
    return entries;
}

int ConsoleState::schema_version() {
    std::lock_guard<std::mutex> lock(mutex_);
    return user_version(db_);
}

} // namespace console
