// StoreError: the one exception type of kiosk_store, carrying the SQLite result code.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;

namespace kiosk::store {

class StoreError : public std::runtime_error {
  public:
    // code: the primary SQLite result code (SQLITE_BUSY, SQLITE_CORRUPT, ...), or SQLITE_ERROR
    // when the problem was found by the kiosk rather than by SQLite.
    StoreError(int code, const std::string& message);
    int code() const noexcept { return code_; }

  private:
    int code_;
};

// What staff or the maintainer should do about a failure with this SQLite result code.
std::string advice_for(int code);

// Builds the StoreError for a failed SQLite call: what was being done, SQLite's own message,
// the database file, the SQL (shortened when long) and advice_for(code).
StoreError sqlite_failure(sqlite3* db, int code, std::string_view action, std::string_view sql);

} // namespace kiosk::store
