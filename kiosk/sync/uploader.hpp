// One upload attempt (docs/upload-protocol.md): claim a batch from the outbox, POST it, and
// settle every event by what the server answered — delivered, quarantined, or queued again.
// 413 and other 4xx split the batch down to single events. Time is given by the caller, so
// tests drive it without waiting.
#pragma once

#include "store/database.hpp"
#include "store/outbox.hpp"
#include "sync/http_transport.hpp"
#include "sync/retry_policy.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::sync {

struct UploadOptions {
    std::string base_url; // e.g. "https://example.org/kiosk" (no trailing slash needed)
    std::string token;
    std::string kiosk_id;
    int batch_size = 500;
    bool gzip = true;
};

// Why an attempt did not get through, for the staff screen (catalog key staff.sync.problem_*).
enum class Problem {
    None,
    Offline,      // DNS, refused, reset, cut short
    Timeout,      // no answer in time
    Tls,          // certificate not trusted
    Pin,          // certificate does not match the pinned key
    LoginPage,    // a 2xx/3xx that is not the server's answer: Wi-Fi login page or proxy
    ServerError,  // 5xx (not 503), or 408
    Busy,         // 429 or 503
    Refused,      // 401 or 403: token or kiosk id wrong
    WrongAddress, // 404 or 405: base_url does not point at an upload server
    Storage,      // the kiosk's own database failed
    Other
};
const char* problem_key(Problem problem); // "offline", "timeout", ...

struct AttemptReport {
    enum class Outcome {
        Nothing,  // the outbox had nothing queued
        Progress, // the server handled (part of) the batch
        Failed,   // nothing got through: back off
        Busy,     // 429/503: wait as told
        Refused   // 401/403/404/405: a configuration problem; retry slowly
    };
    Outcome outcome = Outcome::Nothing;
    int sent = 0;        // events in the batch
    int delivered = 0;   // accepted or duplicate
    int quarantined = 0; // rejected, or a single event that still got a 4xx
    Problem problem = Problem::None;
    std::string detail; // technical words (HTTP status, curl's text); never the token
    std::optional<Seconds> retry_after;
};

class Uploader {
  public:
    Uploader(store::Database& db, HttpTransport& transport, UploadOptions options);

    // One batch. now_utc is the RFC 3339 time used for sent_at and delivered_at; now_unix
    // the same time in seconds, for Retry-After dates. Store failures are reported as
    // Problem::Storage, never thrown.
    AttemptReport attempt(const std::string& now_utc, double now_unix);

    // After a 413 the batch size stays at what got through.
    int batch_limit() const { return limit_; }

  private:
    AttemptReport send_part(const std::vector<store::Event>& events, const std::string& now_utc,
                            double now_unix);
    AttemptReport split(const std::vector<store::Event>& events, long status,
                        const std::string& reason, const std::string& now_utc, double now_unix);
    HttpRequest request_for(const std::vector<store::Event>& events,
                            const std::string& now_utc) const;

    store::Database& db_;
    HttpTransport& transport_;
    UploadOptions options_;
    int limit_;
};

} // namespace kiosk::sync
