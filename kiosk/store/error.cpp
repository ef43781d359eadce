// StoreError and the wording of SQLite failures: what failed, where, and what to do about it.
#include "store/error.hpp"

#include <sqlite3.h>

namespace kiosk::store {

namespace {
constexpr std::size_t kMaxSqlInMessage = 240;

std::string shorten(std::string_view sql) {
    if (sql.size() <= kMaxSqlInMessage) {
        return std::string(sql);
    }
    return std::string(sql.substr(0, kMaxSqlInMessage)) + "...";
}
} // namespace

StoreError::StoreError(int code, const std::string& message)
    : std::runtime_error(message), code_(code) {}

std::string advice_for(int code) {
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return "another program is using the database; close it (or restart the kiosk) and try "
               "again";
    case SQLITE_FULL:
        return "the disk is full; free some space on the kiosk and restart it";
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
    case SQLITE_AUTH:
        return "check that the kiosk may read and write the database file and its folder "
               "(data_dir in the config)";
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return "the database file is damaged; restart the kiosk so it moves the file aside and "
               "starts a new one";
    case SQLITE_IOERR:
        return "the storage device reported an error; check the disk or SD card";
    case SQLITE_NOMEM:
        return "the kiosk ran out of memory; restart it";
    default:
        return "this is a fault in the kiosk software; report this message to the kiosk "
               "maintainer";
    }
}

StoreError sqlite_failure(sqlite3* db, int code, std::string_view action, std::string_view sql) {
    const int primary = code & 0xff;
    std::string message(action);
    message += ": ";
    message += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    message += " (SQLite code " + std::to_string(primary) + ")";
    const char* file = db != nullptr ? sqlite3_db_filename(db, "main") : nullptr;
    message += " in database ";
    message += (file != nullptr && *file != '\0') ? file : ":memory:";
    if (!sql.empty()) {
        message += " while running `" + shorten(sql) + "`";
    }
    message += "; " + advice_for(primary);
    return StoreError(primary, message);
}

} // namespace kiosk::store
