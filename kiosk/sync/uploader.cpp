// The upload attempt: one POST per batch, and per answer what happens to each event.
#include "sync/uploader.hpp"

#include "store/outbox_delivery.hpp"
#include "sync/upload_batch.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace kiosk::sync {

namespace {

std::vector<std::string> ids_of(const std::vector<store::Event>& events) {
    std::vector<std::string> ids;
    for (const auto& e : events)
        ids.push_back(e.id);
    return ids;
}

// The server's {"error": "..."} text, if any, shortened for the staff screen.
std::string error_of(const HttpResponse& response) {
    const auto json = nlohmann::json::parse(response.body, nullptr, false);
    if (json.is_object() && json.contains("error") && json["error"].is_string())
        return json["error"].get<std::string>().substr(0, 200);
    return "";
}

std::string status_text(const HttpResponse& response) {
    std::string text = "HTTP " + std::to_string(response.status);
    const std::string error = error_of(response);
    return error.empty() ? text : text + ": " + error;
}

bool splits(long status) {
    return status >= 400 && status < 500 && status != 401 && status != 403 && status != 404 &&
           status != 405 && status != 408 && status != 429;
}

Problem problem_of_failure(HttpResponse::Failure failure) {
    switch (failure) {
    case HttpResponse::Failure::Network:
        return Problem::Offline;
    case HttpResponse::Failure::Timeout:
        return Problem::Timeout;
    case HttpResponse::Failure::Tls:
        return Problem::Tls;
    case HttpResponse::Failure::Pin:
        return Problem::Pin;
    default:
        return Problem::Other;
    }
}

AttemptReport failed(Problem problem, std::string detail, int sent) {
    AttemptReport report;
    report.outcome = AttemptReport::Outcome::Failed;
    report.problem = problem;
    report.detail = std::move(detail);
    report.sent = sent;
    return report;
}

} // namespace

const char* problem_key(Problem problem) {
    switch (problem) {
    case Problem::None:
        return "none";
    case Problem::Offline:
        return "offline";
    case Problem::Timeout:
        return "timeout";
    case Problem::Tls:
        return "tls";
    case Problem::Pin:
        return "pin";
    case Problem::LoginPage:
        return "login_page";
    case Problem::ServerError:
        return "server_error";
    case Problem::Busy:
        return "busy";
    case Problem::Refused:
        return "refused";
    case Problem::WrongAddress:
        return "wrong_address";
    case Problem::Storage:
        return "storage";
    case Problem::Other:
        return "other";
    }
    return "other";
}

Uploader::Uploader(store::Database& db, HttpTransport& transport, UploadOptions options)
    : db_(db), transport_(transport), options_(std::move(options)),
      limit_(std::max(1, options_.batch_size)) {
    while (!options_.base_url.empty() && options_.base_url.back() == '/')
        options_.base_url.pop_back();
}

HttpRequest Uploader::request_for(const std::vector<store::Event>& events,
                                  const std::string& now_utc) const {
    HttpRequest request;
    request.method = "POST";
    request.url = options_.base_url + "/v1/events";
    request.headers = {"Content-Type: application/json", "Authorization: Bearer " + options_.token,
                       "X-Kiosk-Id: " + options_.kiosk_id};
    request.body = batch_body(options_.kiosk_id, now_utc, events);
    if (options_.gzip) {
        request.body = gzip(request.body);
        request.headers.push_back("Content-Encoding: gzip");
    }
    return request;
}

AttemptReport Uploader::attempt(const std::string& now_utc, double now_unix) {
    try {
        std::vector<store::Event> batch = store::claim_batch(db_, limit_);
        if (batch.empty())
            return {};
        // An event that cannot be written as JSON would block every batch behind it: it is
        // quarantined for staff to see, and the others go.
        std::vector<store::Rejection> unsendable;
        std::vector<store::Event> sendable;
        for (auto& event : batch) {
            if (sendable_json(event))
                sendable.push_back(std::move(event));
            else
                unsendable.push_back({event.id, "the stored event is not valid JSON"});
        }
        if (!unsendable.empty())
            store::settle_batch(db_, {}, unsendable, {}, "", now_utc);
        if (sendable.empty()) {
            AttemptReport report;
            report.outcome = AttemptReport::Outcome::Progress;
            report.quarantined = static_cast<int>(unsendable.size());
            return report;
        }
        AttemptReport report = send_part(sendable, now_utc, now_unix);
        report.quarantined += static_cast<int>(unsendable.size());
        return report;
    } catch (const std::exception& e) {
        // The claimed events stay in flight and go back to the queue at the next start, or
        // when the store works again (the uploader requeues on its next start).
        return failed(Problem::Storage, e.what(), 0);
    }
}

AttemptReport Uploader::send_part(const std::vector<store::Event>& events,
                                  const std::string& now_utc, double now_unix) {
    const std::vector<std::string> sent = ids_of(events);
    const HttpResponse response = transport_.send(request_for(events, now_utc));
    const long status = response.status;

    if (status == 200) {
        if (const auto reply = parse_upload_reply(response.body)) {
            const std::set<std::string> in_batch(sent.begin(), sent.end());
            std::set<std::string> answered;
            std::vector<std::string> delivered;
            std::vector<store::Rejection> rejected;
            for (const auto* list : {&reply->accepted, &reply->duplicates})
                for (const auto& id : *list)
                    if (in_batch.count(id) && answered.insert(id).second)
                        delivered.push_back(id);
            for (const auto& r : reply->rejected)
                if (in_batch.count(r.id) && answered.insert(r.id).second)
                    rejected.push_back({r.id, "rejected by the server: " + r.reason});
            std::vector<std::string> again;
            for (const auto& id : sent)
                if (!answered.count(id))
                    again.push_back(id);
            store::settle_batch(db_, delivered, rejected, again, "not in the server's answer",
                                now_utc);
            if (delivered.empty() && rejected.empty())
                // Not the contract: every event must be in a list. Retrying at once would
                // send the same batch again and again.
                return failed(Problem::ServerError, "HTTP 200 that lists none of the batch",
                              static_cast<int>(sent.size()));
            AttemptReport report;
            report.outcome = AttemptReport::Outcome::Progress;
            report.sent = static_cast<int>(sent.size());
            report.delivered = static_cast<int>(delivered.size());
            report.quarantined = static_cast<int>(rejected.size());
            return report;
        }
    }

    AttemptReport report;
    report.sent = static_cast<int>(sent.size());
    if (status == 0) {
        report = failed(problem_of_failure(response.failure), response.error, report.sent);
    } else if (status < 400) {
        // 1xx, a 2xx that is not the answer, 3xx: something else answered for the server.
        report = failed(Problem::LoginPage,
                        "HTTP " + std::to_string(status) + " without the server's answer" +
                            (response.header("location").empty()
                                 ? std::string()
                                 : " (sent to " + response.header("location") + ")"),
                        report.sent);
    } else if (status == 401 || status == 403 || status == 404 || status == 405) {
        report.outcome = AttemptReport::Outcome::Refused;
        report.problem =
            (status == 404 || status == 405) ? Problem::WrongAddress : Problem::Refused;
        report.detail = status_text(response);
    } else if (status == 429 || status == 503) {
        report.problem = Problem::Busy;
        report.detail = status_text(response);
        report.retry_after = parse_retry_after(response.header("retry-after"), now_unix);
        report.outcome =
            report.retry_after ? AttemptReport::Outcome::Busy : AttemptReport::Outcome::Failed;
    } else if (splits(status)) {
        return split(events, status, status_text(response), now_utc, now_unix);
    } else {
        report = failed(Problem::ServerError, status_text(response), report.sent);
    }
    store::settle_batch(db_, {}, {}, sent, report.detail, now_utc);
    return report;
}

AttemptReport Uploader::split(const std::vector<store::Event>& events, long status,
                              const std::string& reason, const std::string& now_utc,
                              double now_unix) {
    if (status == 413)
        limit_ = std::max(1, std::min(limit_, static_cast<int>(events.size()) / 2));
    if (events.size() == 1) {
        store::settle_batch(db_, {}, {{events.front().id, reason}}, {}, "", now_utc);
        AttemptReport report;
        report.outcome = AttemptReport::Outcome::Progress;
        report.sent = 1;
        report.quarantined = 1;
        return report;
    }
    const auto middle = events.begin() + static_cast<std::ptrdiff_t>(events.size() / 2);
    const std::vector<store::Event> first(events.begin(), middle);
    const std::vector<store::Event> second(middle, events.end());
    AttemptReport report = send_part(first, now_utc, now_unix);
    if (report.outcome != AttemptReport::Outcome::Progress) {
        store::settle_batch(db_, {}, {}, ids_of(second), report.detail, now_utc);
        report.sent = static_cast<int>(events.size());
        return report;
    }
    const AttemptReport rest = send_part(second, now_utc, now_unix);
    if (rest.outcome != AttemptReport::Outcome::Progress) {
        // The first half got through: that is progress (the first 200 resets the back-off);
        // the rest stays queued and the next attempt meets the trouble again, if it lasts.
        report.sent = static_cast<int>(events.size());
        return report;
    }
    report.delivered += rest.delivered;
    report.quarantined += rest.quarantined;
    report.sent = static_cast<int>(events.size());
    return report;
}

} // namespace kiosk::sync
