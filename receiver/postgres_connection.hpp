// One libpq connection to PostgreSQL and its results, owned RAII-style, with errors that say
// which database failed, at what, and what to do. Also a small pool of such connections.
#pragma once

#include <libpq-fe.h>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

namespace receiver {

class PgResult {
  public:
    explicit PgResult(PGresult* result) : result_(result) {}
    PgResult(PgResult&& other) noexcept : result_(other.result_) { other.result_ = nullptr; }
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ~PgResult() { PQclear(result_); }

    int rows() const { return PQntuples(result_); }
    std::string text(int row, int column) const;
    bool is_null(int row, int column) const { return PQgetisnull(result_, row, column) == 1; }
    // Rows written by an INSERT, UPDATE or DELETE.
    std::size_t affected() const;

  private:
    PGresult* result_;
};

class PgConnection {
  public:
    // Connects to uri (a libpq URI). Throws StoreFailure naming the database.
    explicit PgConnection(const std::string& uri);
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;
    ~PgConnection() { PQfinish(conn_); }

    // Runs sql (one or more statements, no parameters). Throws StoreFailure.
    PgResult exec(const std::string& sql);
    // Runs the statement sql with text parameters, prepared once on this connection under
    // name. Throws StoreFailure.
    PgResult run(const char* name, const char* sql, const std::vector<std::string>& params);

    // The connection was lost (the server restarted or went away): do not use it again.
    bool broken() const { return PQstatus(conn_) != CONNECTION_OK; }

  private:
    PgResult checked(PGresult* result, const std::string& action);

    PGconn* conn_;
    std::string label_;
    std::set<std::string> prepared_;
};

// Whether libpq can read uri as connection settings (it says nothing about the server).
bool is_readable_postgres_uri(const std::string& uri);

// "PostgreSQL database D on H" from a URI, without its user or password (for the log).
std::string describe_postgres(const std::string& uri);

// Up to size connections, opened when first needed; a broken one is dropped, not reused.
class PgPool {
  public:
    PgPool(std::string uri, std::size_t size) : uri_(std::move(uri)), size_(size) {}

    // A connection for one unit of work; back to the pool when the lease ends.
    class Lease {
      public:
        Lease(PgPool& pool, std::unique_ptr<PgConnection> conn)
            : pool_(pool), conn_(std::move(conn)) {}
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease() { pool_.give_back(std::move(conn_)); }
        PgConnection& operator*() { return *conn_; }
        PgConnection* operator->() { return conn_.get(); }

      private:
        PgPool& pool_;
        std::unique_ptr<PgConnection> conn_;
    };

    // Waits while all size connections are leased. Throws StoreFailure when none can be opened.
    Lease take();
    const std::string& uri() const { return uri_; }

  private:
    void give_back(std::unique_ptr<PgConnection> conn);

    std::string uri_;
    std::size_t size_;
    std::mutex mutex_;
    std::condition_variable returned_;
    std::vector<std::unique_ptr<PgConnection>> idle_;
    std::size_t leased_ = 0;
};

} // namespace receiver
