// Sorting a StoreError into the kinds the screens explain in plain words: disk full, database
// busy, read-only.
#pragma once

#include "store/error.hpp"

namespace kiosk::store {

// SQLITE_FULL: the disk (or the database's page limit) is full.
bool is_disk_full(const StoreError& error);
// SQLITE_BUSY or SQLITE_LOCKED: another connection holds the lock; trying again may work.
bool is_busy(const StoreError& error);
// SQLITE_READONLY or SQLITE_PERM: the kiosk may not write the database file.
bool is_read_only(const StoreError& error);

} // namespace kiosk::store
