// The upload endpoint, in the order of docs/upload-protocol.md: delay and test-mode faults,
// token (401), media type (415) before the body is read; then (the server having checked the
// size, 413) the envelope (400), kiosk match (403), and the events.
#include "upload_handler.hpp"

#include "batch.hpp"
#include "common/rfc3339.hpp"
#include "reply.hpp"
#include "request_log.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <thread>

namespace receiver {

namespace {

using nlohmann::json;

std::string lower_trimmed(std::string text) {
    const auto semicolon = text.find(';');
    if (semicolon != std::string::npos) {
        text.erase(semicolon);
    }
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    return lower_case(first == std::string::npos ? "" : text.substr(first, last - first + 1));
}

Reply fault_reply(const FaultOptions& options, Fault fault) {
    if (fault == Fault::Fail) {
        return closing(error_reply(500, "simulated server failure (--fail-share)"));
    }
    if (fault == Fault::Throttle) {
        Reply reply = closing(error_reply(429, "too many requests, retry later"));
        const auto seconds = std::chrono::seconds(options.retry_after_seconds);
        reply.headers.emplace_back(
            "Retry-After", options.retry_after_date
                               ? kiosk::http_date(std::chrono::system_clock::now() + seconds)
                               : std::to_string(options.retry_after_seconds));
        return reply;
    }
    Reply reply;
    reply.body = captive_portal_html();
    reply.content_type = "text/html; charset=utf-8";
    reply.close_connection = true;
    return reply;
}

Reply results(const Batch& batch, const std::vector<StoreOutcome>& outcomes) {
    json accepted = json::array();
    json duplicates = json::array();
    json rejected = json::array();
    for (std::size_t i = 0; i < batch.events.size(); ++i) {
        const IncomingEvent& event = batch.events[i];
        switch (outcomes[i]) {
        case StoreOutcome::Stored:
            accepted.push_back(event.id);
            break;
        case StoreOutcome::Duplicate:
            duplicates.push_back(event.id);
            break;
        case StoreOutcome::Conflict:
            rejected.push_back(
                {{"id", event.id}, {"reason", "id already stored with different content"}});
            break;
        case StoreOutcome::Skipped:
            rejected.push_back({{"id", event.id}, {"reason", *event.rejection}});
            break;
        }
    }
    RequestNote& note = request_note();
    note.accepted = static_cast<int>(accepted.size());
    note.duplicates = static_cast<int>(duplicates.size());
    note.rejected = static_cast<int>(rejected.size());
    Reply reply;
    reply.body =
        json{{"accepted", accepted}, {"duplicates", duplicates}, {"rejected", rejected}}.dump();
    return reply;
}

} // namespace

UploadStart start_upload(UploadContext& ctx, const HttpRequest& req) {
    const std::string kiosk_id = req.header("X-Kiosk-Id");
    RequestNote& note = request_note();
    note.kiosk_id = printable(kiosk_id, 64);
    if (ctx.fault_options.delay_ms > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(ctx.fault_options.delay_ms));
    }
    UploadStart start;
    start.fault = ctx.faults.next();
    if (start.fault != Fault::None) {
        note.fault = fault_name(start.fault);
    }
    // 500, 429 and the captive portal come before anything is read or stored.
    if (start.fault == Fault::Fail || start.fault == Fault::Throttle ||
        start.fault == Fault::Html) {
        start.answer = fault_reply(ctx.fault_options, start.fault);
    } else if (!ctx.auth.kiosk_may_upload(kiosk_id, req.header("Authorization"))) {
        Reply reply = closing(error_reply(401, "unknown kiosk or wrong token"));
        reply.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"kiosk-receiver\"");
        start.answer = std::move(reply);
    } else if (lower_trimmed(req.header("Content-Type")) != "application/json") {
        start.answer = closing(error_reply(415, "Content-Type must be application/json"));
    } else {
        const std::string encoding = lower_trimmed(req.header("Content-Encoding"));
        if (!encoding.empty() && encoding != "identity" && encoding != "gzip")
            start.answer = closing(error_reply(415, "Content-Encoding must be gzip or none"));
    }
    return start;
}

Reply finish_upload(UploadContext& ctx, const HttpRequest& req, Fault fault) {
    Batch batch;
    try {
        batch = parse_batch(req.body);
    } catch (const BadBody& err) {
        return error_reply(400, err.what());
    }
    Reply reply;
    if (batch.kiosk_id != req.header("X-Kiosk-Id")) {
        reply = error_reply(403, "kiosk_id in the body differs from X-Kiosk-Id");
    } else {
        std::vector<StoreOutcome> outcomes;
        try {
            const auto now = std::chrono::system_clock::now();
            outcomes = ctx.store.store(batch, kiosk::format_utc(now));
            reply = results(batch, outcomes);
            ctx.retention.tidy(
                std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count());
        } catch (const StoreFailure& err) {
            log_message(kiosk::utc_now() + " storage failure: " + err.what());
            reply = error_reply(500, "could not store the events");
        }
    }
    reply.cut_short = fault == Fault::Close; // the close fault comes after storing
    return reply;
}

} // namespace receiver
