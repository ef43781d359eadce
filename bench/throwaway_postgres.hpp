// A throwaway PostgreSQL server for a benchmark's --postgresql run (receiver_load_bench,
// console_year_bench): started in the constructor with tests/receiver/postgres_server.sh
// (fsync on, as PostgreSQL runs for real), with one empty database made for the run, and
// stopped and removed in the destructor.
#pragma once

#include <string>

class ThrowawayPostgres {
  public:
    // Starts the server and creates database_name in it; throws std::runtime_error.
    explicit ThrowawayPostgres(const std::string& database_name);
    ~ThrowawayPostgres();
    ThrowawayPostgres(const ThrowawayPostgres&) = delete;
    ThrowawayPostgres& operator=(const ThrowawayPostgres&) = delete;

    // The URI of the run's database, for the receiver's or the console's config.
    std::string database() const;

  private:
    std::string script_;
    std::string dir_;
    std::string uri_; // the server's base URI (database "postgres")
    std::string name_;
};
