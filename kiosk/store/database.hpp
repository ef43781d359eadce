// Database and Transaction: RAII ownership of one SQLite connection and of one write transaction.
#pragma once

#include "store/error.hpp"
#include "store/statement.hpp"

#include <sqlite3.h>
#include <string>

namespace kiosk::store {

// One open SQLite connection. Move-only; the destructor closes it.
class Database {
  public:
    // Opens (creating if missing) the database file at path; ":memory:" gives a private
    // in-memory database. Throws StoreError when the file cannot be opened.
    enum class Mode { ReadWrite, ReadOnly };
    // ReadWrite creates the file if missing; ReadOnly fails if it does not exist.
    static Database open(const std::string& path, Mode mode = Mode::ReadWrite);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Runs one or more SQL statements that return nothing of interest.
    void exec(const std::string& sql);
    Statement prepare(const std::string& sql);

    // Closes now. With keep_wal, SQLite does not checkpoint the WAL into the main file first
    // (used before moving a damaged file aside, so it is kept exactly as found).
    // Throws StoreError if statements are still open. Safe to call twice.
    void close(bool keep_wal = false);

    bool is_open() const { return db_ != nullptr; }
    sqlite3* handle() { return db_; }
    const std::string& path() const { return path_; }

  private:
    Database(sqlite3* db, std::string path);
    void require_open(const char* action) const;

    sqlite3* db_ = nullptr;
    std::string path_;
};

// A write transaction: the constructor runs BEGIN IMMEDIATE (taking the write lock at once),
// the destructor rolls back unless commit() succeeded. Not copyable or movable.
class Transaction {
  public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    // Throws StoreError if COMMIT fails; the destructor then rolls the transaction back.
    void commit();

  private:
    Database& db_;
    bool done_ = false;
};

} // namespace kiosk::store
