// libpq calls with their errors turned into StoreFailure, and the connection pool.
#include "postgres_connection.hpp"

#include "event_store.hpp"

namespace receiver {

namespace {

const char* const kAdvice =
    "check that PostgreSQL is running and the database in the receiver's config exists and "
    "lets this user in (docs/receiver.md, \"PostgreSQL\")";

void ignore_notice(void*, const char*) {} // NOTICEs ("already exists, skipping") are not news

} // namespace

std::string PgResult::text(int row, int column) const {
    return std::string(PQgetvalue(result_, row, column),
                       static_cast<std::size_t>(PQgetlength(result_, row, column)));
}

std::size_t PgResult::affected() const {
    const char* count = PQcmdTuples(result_);
    return count[0] == '\0' ? 0 : std::stoul(count);
}

bool is_readable_postgres_uri(const std::string& uri) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    PQfreemem(error);
    PQconninfoFree(options);
    return options != nullptr;
}

std::string describe_postgres(const std::string& uri) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(uri.c_str(), &error);
    if (options == nullptr) {
        PQfreemem(error);
        return "PostgreSQL (the URI in the config cannot be read)";
    }
    std::string dbname;
    std::string host;
    for (PQconninfoOption* o = options; o->keyword != nullptr; ++o) {
        const std::string key = o->keyword;
        if (o->val != nullptr && key == "dbname") {
            dbname = o->val;
        } else if (o->val != nullptr && key == "host") {
            host = o->val;
        }
    }
    PQconninfoFree(options);
    return "PostgreSQL database " + (dbname.empty() ? "(the user's own)" : dbname) + " on " +
           (host.empty() ? "the local socket" : host);
}

PgConnection::PgConnection(const std::string& uri)
    : conn_(PQconnectdb(uri.c_str())), label_(describe_postgres(uri)) {
    if (conn_ == nullptr || PQstatus(conn_) != CONNECTION_OK) {
        const std::string why = conn_ != nullptr ? PQerrorMessage(conn_) : "out of memory\n";
        PQfinish(conn_);
        throw StoreFailure(label_ + ": cannot connect: " +
                           why.substr(0, why.find_last_not_of('\n') + 1) + "; " + kAdvice);
    }
    PQsetNoticeProcessor(conn_, ignore_notice, nullptr);
}

PgResult PgConnection::checked(PGresult* raw, const std::string& action) {
    PgResult result(raw);
    const ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
        return result;
    }
    std::string why = PQerrorMessage(conn_);
    why = why.substr(0, why.find_last_not_of('\n') + 1);
    throw StoreFailure(label_ + ": " + action + " failed: " + why + "; " + kAdvice);
}

PgResult PgConnection::exec(const std::string& sql) {
    return checked(PQexec(conn_, sql.c_str()), "\"" + sql.substr(0, 60) + "\"");
}

PgResult PgConnection::run(const char* name, const char* sql,
                           const std::vector<std::string>& params) {
    if (prepared_.count(name) == 0) {
        checked(PQprepare(conn_, name, sql, static_cast<int>(params.size()), nullptr),
                std::string("preparing ") + name);
        prepared_.insert(name);
    }
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const auto& p : params) {
        values.push_back(p.c_str());
    }
    return checked(PQexecPrepared(conn_, name, static_cast<int>(values.size()), values.data(),
                                  nullptr, nullptr, 0),
                   name);
}

PgPool::Lease PgPool::take() {
    std::unique_lock<std::mutex> lock(mutex_);
    returned_.wait(lock, [this] { return !idle_.empty() || leased_ < size_; });
    ++leased_;
    if (!idle_.empty()) {
        std::unique_ptr<PgConnection> conn = std::move(idle_.back());
        idle_.pop_back();
        return Lease(*this, std::move(conn));
    }
    lock.unlock();
    try {
        return Lease(*this, std::make_unique<PgConnection>(uri_));
    } catch (...) {
        give_back(nullptr);
        throw;
    }
}

void PgPool::give_back(std::unique_ptr<PgConnection> conn) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        --leased_;
        if (conn != nullptr && !conn->broken()) {
            idle_.push_back(std::move(conn));
        }
    }
    returned_.notify_one();
}

} // namespace receiver
