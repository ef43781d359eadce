// Start-up sequence for the kiosk database: folder, connection settings, health check,
// recovery by moving a damaged file aside, migration.
#include "store/open_store.hpp"

#include "store/data_dir.hpp"
#include "store/move_aside.hpp"
#include "store/schema.hpp"
#include "store/staff_notices.hpp"

#include <filesystem>
#include <utility>

namespace kiosk::store {

namespace {

constexpr const char* kFileName = "kiosk.db";
constexpr const char* kRecoveredKind = "db_recovered";

Database open_with_timeout(const std::string& path) {
    Database db = Database::open(path);
    db.exec("PRAGMA busy_timeout = 5000");
    return db;
}

// Settings that change the file (journal mode) come only after it passed the health check.
void configure(Database& db) {
    Statement journal = db.prepare("PRAGMA journal_mode = WAL");
    journal.step();
    const std::string mode = journal.column_text(0);
    if (mode != "wal") {
        throw StoreError(SQLITE_CANTOPEN,
                         "database " + db.path() + " could not be switched to WAL journal mode " +
                             "(SQLite reports journal mode '" + mode + "')" +
                             "; put data_dir on a local disk (not a network share) and check "
                             "data_dir in the config");
    }
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
}

bool means_damaged(int code) {
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

// Reads the file without changing it. Returns why it is damaged, or nothing if it is healthy.
// A newer schema throws SchemaTooNewError before anything else is read; failures that are not
// damage (locked, permissions, I/O) throw StoreError.
std::optional<std::string> find_damage(Database& db) {
    try {
        refuse_newer_schema(db);
        Statement check = db.prepare("PRAGMA integrity_check");
        std::string first;
        int rows = 0;
        while (check.step()) {
            if (rows++ == 0) {
                first = check.column_text(0);
            }
        }
        if (rows == 1 && first == "ok") {
            return std::nullopt;
        }
        return "SQLite's integrity check found " + std::to_string(rows) +
               (rows == 1 ? " problem" : " problems") + ", the first: " + first;
    } catch (const SchemaTooNewError&) {
        throw;
    } catch (const StoreError& error) {
        if (!means_damaged(error.code())) {
            throw;
        }
        if (error.code() == SQLITE_NOTADB) {
            return std::string("it is not a database file");
        }
        return std::string("SQLite reports that the file is malformed");
    }
}

std::string recovery_text(const std::string& path, const std::string& moved_to,
                          const std::string& reason, const std::string& now_utc) {
    return "The kiosk database " + path + " was damaged (" + reason + "), so at " + now_utc +
           " the kiosk moved it aside to " + moved_to +
           " and started a new, empty database. Anything recorded before then, including "
           "events not yet sent, is only in the old file: keep it and tell the kiosk "
           "maintainer.";
}

} // namespace

OpenedStore open_store(const std::string& data_dir, const std::string& now_utc) {
    prepare_data_dir(data_dir);
    const std::string path = (std::filesystem::path(data_dir) / kFileName).string();

    Database db = open_with_timeout(path);
    std::optional<std::string> damage;
    try {
        damage = find_damage(db);
    } catch (const SchemaTooNewError&) {
        db.close(/*keep_wal=*/true); // no checkpoint: a newer kiosk's file stays as it was
        throw;
    }
    std::optional<std::string> notice;
    if (damage) {
        db.close(/*keep_wal=*/true);
        const std::string moved_to = move_damaged_files(path, now_utc);
        db = open_with_timeout(path);
        configure(db);
        migrate(db);
        notice = recovery_text(path, moved_to, *damage, now_utc);
        add_notice(db, kRecoveredKind, *notice, now_utc);
    } else {
        configure(db);
    }
    migrate(db);
    return OpenedStore{std::move(db), std::move(notice), path};
}

Database open_connection(const std::string& file) {
    Database db = Database::open(file);
    db.exec("PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
    return db;
}

} // namespace kiosk::store
