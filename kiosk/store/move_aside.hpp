// Moving a damaged database file (and its -wal, -shm, -journal companions) aside, never
// deleting anything.
#pragma once

#include <string>

namespace kiosk::store {

// The name db_path is renamed to: "<db_path>.corrupt-<now_utc with ':' as '-'>", with "-2",
// "-3", ... added when that name (or one of its companions) is already taken.
std::string free_corrupt_name(const std::string& db_path, const std::string& now_utc);

// Renames db_path and any companion files to free_corrupt_name() plus the same suffixes, and
// returns the new name of db_path. If a rename fails, the ones already done are undone and
// StoreError says which file and why. The database must be closed first.
std::string move_damaged_files(const std::string& db_path, const std::string& now_utc);

} // namespace kiosk::store
