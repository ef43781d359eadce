// Statement: binds parameters, steps rows and reads columns, turning SQLite failures into
// StoreError.
#include "store/statement.hpp"

#include "store/error.hpp"

#include <sqlite3.h>
#include <utility>

namespace kiosk::store {

Statement::Statement(sqlite3_stmt* stmt, std::string sql) : stmt_(stmt), sql_(std::move(sql)) {}

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), sql_(std::move(other.sql_)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
        sql_ = std::move(other.sql_);
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

void Statement::check_bind(int rc, int index) {
    if (rc != SQLITE_OK) {
        throw sqlite_failure(sqlite3_db_handle(stmt_), rc,
                             "cannot bind parameter " + std::to_string(index), sql_);
    }
}

void Statement::bind(int index, int value) {
    check_bind(sqlite3_bind_int(stmt_, index, value), index);
}

void Statement::bind(int index, std::int64_t value) {
    check_bind(sqlite3_bind_int64(stmt_, index, static_cast<sqlite3_int64>(value)), index);
}

void Statement::bind(int index, double value) {
    check_bind(sqlite3_bind_double(stmt_, index, value), index);
}

void Statement::bind(int index, const std::string& value) {
    check_bind(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                                   SQLITE_UTF8),
               index);
}

void Statement::bind(int index, const char* value) {
    if (value == nullptr) {
        bind(index, nullptr);
    } else {
        bind(index, std::string(value));
    }
}

void Statement::bind(int index, std::nullptr_t) {
    check_bind(sqlite3_bind_null(stmt_, index), index);
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    StoreError error = sqlite_failure(sqlite3_db_handle(stmt_), rc, "SQL statement failed", sql_);
    sqlite3_reset(stmt_);
    throw error;
}

void Statement::run() {
    if (step()) {
        throw StoreError(SQLITE_MISUSE, "statement `" + sql_ +
                                            "` returned a row where none was expected; this is "
                                            "a fault in the kiosk software, report it to the "
                                            "kiosk maintainer");
    }
}

void Statement::check_column(int column) const {
    if (column < 0 || column >= sqlite3_column_count(stmt_)) {
        throw StoreError(SQLITE_RANGE, "column " + std::to_string(column) +
                                           " does not exist in the result of `" + sql_ +
                                           "`; this is a fault in the kiosk software, report it "
                                           "to the kiosk maintainer");
    }
}

std::int64_t Statement::column_int64(int column) const {
    check_column(column);
    return static_cast<std::int64_t>(sqlite3_column_int64(stmt_, column));
}

double Statement::column_double(int column) const {
    check_column(column);
    return sqlite3_column_double(stmt_, column);
}

std::string Statement::column_text(int column) const {
    check_column(column);
    const auto* text = sqlite3_column_text(stmt_, column);
    if (text == nullptr) {
        return {};
    }
    const int bytes = sqlite3_column_bytes(stmt_, column);
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes));
}

bool Statement::column_is_null(int column) const {
    check_column(column);
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

void Statement::reset() {
    // sqlite3_reset repeats the error of the last failed step, which step() already reported.
    sqlite3_reset(stmt_);
}

} // namespace kiosk::store
