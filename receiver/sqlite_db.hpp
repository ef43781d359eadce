// A tiny RAII wrapper around SQLite: one connection, prepared statements, write transactions.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <stdexcept>
#include <string>

namespace receiver {

// Any SQLite failure; what() names the action and SQLite's message.
class SqliteError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// One prepared statement. Move-only; the destructor finalizes it.
class Statement {
  public:
    Statement(sqlite3* db, const std::string& sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    void bind(int index, const std::string& text);
    void bind(int index, std::int64_t value);
    // Runs one step: true when a row is ready to read, false when done.
    bool step();
    std::string column_text(int index) const;
    std::int64_t column_int64(int index) const;
    void reset();

  private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

// One open connection. Move-only; the destructor closes it.
class Database {
  public:
    // Opens path; read_only fails when the file does not exist, otherwise it is created.
    static Database open(const std::string& path, bool read_only);

    Database(Database&& other) noexcept;
    Database& operator=(Database&&) = delete;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    void exec(const std::string& sql);
    Statement prepare(const std::string& sql) { return Statement(db_, sql); }
    sqlite3* handle() { return db_; }

  private:
    explicit Database(sqlite3* db) : db_(db) {}
    sqlite3* db_;
};

// BEGIN IMMEDIATE on construction; rolls back in the destructor unless commit() succeeded.
class Transaction {
  public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

  private:
    Database& db_;
    bool done_ = false;
};

} // namespace receiver
