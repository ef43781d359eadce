// Which database a receiver test runs on. The suite runs on SQLite, and a second time on
// PostgreSQL when KIOSK_TEST_POSTGRES holds the base URI of a throwaway server
// (tests/receiver/postgres_server.sh, started by CTest as a fixture): then every test folder
// gets its own new database on that server, dropped with the folder.
#pragma once

#include <string>

namespace receiver_test {

class TempDir;

// True in the PostgreSQL run.
bool on_postgres();

// What a config in dir names as its database: the path of receiver.db in dir, or the URI of the folder's own
// PostgreSQL database (created on first use).
std::string test_database(const TempDir& dir);

// The name to look for in the receiver's messages: "receiver.db" or the PostgreSQL database.
std::string test_database_name(const TempDir& dir);

// Runs sql (statements without results) on that database.
void run_sql(const TempDir& dir, const std::string& sql);

// Drops the folder's PostgreSQL database, if it has one (TempDir's destructor).
void drop_test_database(const std::string& dir_path);

} // namespace receiver_test
