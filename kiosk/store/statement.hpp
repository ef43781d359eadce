// Statement: RAII owner of one prepared SQLite statement, with typed bind and column access.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

struct sqlite3_stmt;

namespace kiosk::store {

// Made by Database::prepare. Parameter indexes start at 1, column indexes at 0 (as in SQLite).
// Every failure throws StoreError naming the SQL. Must not outlive its Database.
class Statement {
  public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    void bind(int index, int value);
    void bind(int index, std::int64_t value);
    void bind(int index, double value);
    void bind(int index, const std::string& value);
    void bind(int index, const char* value);
    void bind(int index, std::nullptr_t);

    // Runs to the next row: true when a row is ready to read, false when the statement is done.
    bool step();
    // Steps a statement that must produce no rows (INSERT, UPDATE, ...).
    void run();

    std::int64_t column_int64(int column) const;
    double column_double(int column) const;
    std::string column_text(int column) const; // "" for NULL
    bool column_is_null(int column) const;

    // Makes the statement ready to run again; bindings are kept.
    void reset();
    const std::string& sql() const { return sql_; }

  private:
    friend class Database;
    Statement(sqlite3_stmt* stmt, std::string sql);
    void check_bind(int rc, int index);
    void check_column(int column) const;

    sqlite3_stmt* stmt_ = nullptr;
    std::string sql_;
};

} // namespace kiosk::store
