// Schema migrations: PRAGMA user_version says which steps a database file already has.
#pragma once

#include "store/database.hpp"

namespace kiosk::store {

// Thrown when a database file was written by a newer kiosk. The file is left untouched.
class SchemaTooNewError : public StoreError {
  public:
    SchemaTooNewError(const std::string& path, int found, int known);
    int found_version() const noexcept { return found_; }
    int known_version() const noexcept { return known_; }

  private:
    int found_;
    int known_;
};

// The newest schema version this build knows.
int current_schema_version();

// The schema version recorded in the file (PRAGMA user_version); 0 for a new, empty file.
int stored_schema_version(Database& db);

// Throws SchemaTooNewError when the file is newer than current_schema_version(). Only reads.
void refuse_newer_schema(Database& db);

// Brings the database up to current_schema_version(), one transaction per missing step.
// Does nothing when it is already current; refuses (SchemaTooNewError) a newer file.
void migrate(Database& db);

// Like migrate, but stops at target_version (0 to current_schema_version(), else StoreError);
// never goes back. Used by tests to build a database as an older kiosk left it.
void migrate_to(Database& db, int target_version);

} // namespace kiosk::store
