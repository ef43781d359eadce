// Helpers for the uploader tests: an in-memory outbox with events in it, and an HTTP
// transport that plays back scripted answers and keeps the requests it got.
#pragma once

#include "store/database.hpp"
#include "store/outbox.hpp"
#include "store/schema.hpp"
#include "sync/http_transport.hpp"

#include <nlohmann/json.hpp>

#include <deque>
#include <functional>
#include <string>
#include <vector>

namespace kiosk::sync::test {

inline store::Database outbox_with(int events,
                                   store::EventKind type = store::EventKind::SignupCreated) {
    store::Database db = store::Database::open(":memory:");
    store::migrate(db);
    store::Transaction transaction(db);
    for (int i = 0; i < events; ++i)
        store::append_event(db, type, R"({"n":)" + std::to_string(i) + "}", "2026-11-20T10:00:00Z");
    transaction.commit();
    return db;
}

inline std::vector<std::string> state_ids(store::Database& db, const std::string& state) {
    std::vector<std::string> ids;
    for (const auto& e : store::events_in_state(db, state, 100000))
        ids.push_back(e.id);
    return ids;
}

// The ids in a request body (uncompressed).
inline std::vector<std::string> ids_in_body(const std::string& body) {
    std::vector<std::string> ids;
    const auto json = nlohmann::json::parse(body);
    for (const auto& e : json["events"])
        ids.push_back(e["id"].get<std::string>());
    return ids;
}

inline HttpResponse answer(long status, const std::string& body = "",
                           std::map<std::string, std::string> headers = {}) {
    HttpResponse response;
    response.status = status;
    response.body = body;
    response.headers = std::move(headers);
    return response;
}

inline HttpResponse no_answer(HttpResponse::Failure failure, const std::string& error) {
    HttpResponse response;
    response.failure = failure;
    response.error = error;
    return response;
}

// The success answer accepting every id of the request.
inline HttpResponse accept_all(const HttpRequest& request) {
    nlohmann::json reply = {{"accepted", ids_in_body(request.body)},
                            {"duplicates", nlohmann::json::array()},
                            {"rejected", nlohmann::json::array()}};
    return answer(200, reply.dump());
}

// Answers each request with `respond(request)`; keeps every request.
class ScriptedTransport : public HttpTransport {
  public:
    explicit ScriptedTransport(std::function<HttpResponse(const HttpRequest&)> respond)
        : respond_(std::move(respond)) {}
    HttpResponse send(const HttpRequest& request) override {
        requests.push_back(request);
        return respond_(request);
    }
    std::vector<HttpRequest> requests;

  private:
    std::function<HttpResponse(const HttpRequest&)> respond_;
};

} // namespace kiosk::sync::test
