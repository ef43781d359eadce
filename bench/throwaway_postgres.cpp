// Starting and stopping the benchmarks' throwaway PostgreSQL with postgres_server.sh.
#include "throwaway_postgres.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <stdexcept>

ThrowawayPostgres::ThrowawayPostgres(const std::string& database_name)
    : script_(KIOSK_SOURCE_DIR "/tests/receiver/postgres_server.sh"),
      dir_("/tmp/kiosk-pg-bench-" + std::to_string(getpid())), name_(database_name) {
    const std::string start = script_ + " start " + dir_ + " --durable";
    FILE* out = popen(start.c_str(), "r");
    char line[512] = {};
    if (out == nullptr || std::fgets(line, sizeof line, out) == nullptr || pclose(out) != 0) {
        throw std::runtime_error("could not start PostgreSQL with " + script_);
    }
    uri_ = std::string(line);
    uri_.erase(uri_.find_last_not_of('\n') + 1);
    const std::string create = "psql -q \"" + uri_ + "\" -c 'CREATE DATABASE " + name_ + "'";
    if (std::system(create.c_str()) != 0) {
        std::system((script_ + " stop " + dir_).c_str());
        throw std::runtime_error("could not create the bench database " + name_);
    }
}

ThrowawayPostgres::~ThrowawayPostgres() {
    std::system((script_ + " stop " + dir_).c_str());
}

std::string ThrowawayPostgres::database() const {
    std::string uri = uri_;
    return uri.replace(uri.find("/postgres?"), 9, "/" + name_);
}
