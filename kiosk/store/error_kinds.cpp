// The kinds of StoreError the screens explain, by primary SQLite result code.
#include "store/error_kinds.hpp"

#include <sqlite3.h>

namespace kiosk::store {

namespace {
int primary(const StoreError& error) {
    return error.code() & 0xff;
}
} // namespace

bool is_disk_full(const StoreError& error) {
    return primary(error) == SQLITE_FULL;
}

bool is_busy(const StoreError& error) {
    return primary(error) == SQLITE_BUSY || primary(error) == SQLITE_LOCKED;
}

bool is_read_only(const StoreError& error) {
    return primary(error) == SQLITE_READONLY || primary(error) == SQLITE_PERM;
}

} // namespace kiosk::store
