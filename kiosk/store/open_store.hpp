// open_store: how the kiosk opens its database at start-up, recovering from a damaged file.
#pragma once

#include "store/database.hpp"

#include <optional>
#include <string>

namespace kiosk::store {

struct OpenedStore {
    Database db;
    // Set when a damaged database was moved aside and a new one started: the same plain-words
    // text stored as a 'db_recovered' staff notice.
    std::optional<std::string> recovery_notice;
    std::string path; // <data_dir>/kiosk.db
};

// Opens <data_dir>/kiosk.db (creating data_dir and the file if needed), in WAL mode with
// synchronous=FULL, foreign keys on and a 5 s busy timeout, migrated to the current schema.
// now_utc (RFC 3339 UTC) dates the recovery, if one is needed.
//
// A file that is not a database or fails PRAGMA integrity_check is renamed (never deleted) to
// kiosk.db.corrupt-<now_utc>, and a new database is started. A file from a newer kiosk throws
// SchemaTooNewError and is left untouched; other failures (permissions, disk full, locked,
// I/O errors) throw StoreError.
OpenedStore open_store(const std::string& data_dir, const std::string& now_utc);

// A further connection to a database open_store has opened (for another thread: SQLite
// connections are not shared between threads here): a 5 s busy timeout, synchronous=FULL,
// foreign keys on. Throws StoreError.
Database open_connection(const std::string& file);

} // namespace kiosk::store
