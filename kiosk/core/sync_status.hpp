// What the staff sync screen shows about uploads: how far behind the kiosk is, what went
// wrong last, when it tries next, and the events the server refused. Filled by the app's
// upload service; plain data so the UI needs no network code.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct QuarantinedView {
    std::string type;        // e.g. "signup.created"
    std::string occurred_at; // RFC 3339 UTC
    std::string reason;      // the server's words, or the HTTP status
};

struct SyncStatusView {
    std::int64_t now_unix = 0; // when this copy was taken (ages on screen count from it)
    bool configured = false;   // an [upload] base_url is set
    std::string server;        // the server's address, without any credentials
    std::int64_t waiting = 0;  // queued or in flight
    std::int64_t quarantined = 0;
    std::optional<std::int64_t> oldest_waiting_unix; // when the oldest undelivered event happened
    std::optional<std::int64_t> last_success_unix;   // last delivery
    std::string problem;        // "" or a key: offline, timeout, tls, pin, login_page, ...
    std::string problem_detail; // technical words (HTTP status, library message)
    std::optional<std::int64_t> problem_unix;
    std::optional<std::int64_t> next_attempt_unix; // nothing while idle
    bool sending = false;
    std::string pressure = "ok"; // ok, near, full (outbox cap)
    std::int64_t outbox_bytes = 0;
    std::int64_t outbox_cap_bytes = 0;
    std::vector<QuarantinedView> quarantined_events; // newest first, at most 20
    // Signed content/schedule bundles from the server (docs/bundles.md).
    std::optional<std::int64_t> bundle_version;      // installed, if any
    std::optional<std::int64_t> bundle_checked_unix; // last time the server was asked
    std::string bundle_problem;        // why the last offered bundle was refused ("" if none)
    std::string bundle_message;        // the result of a staff rollback, in plain English
    bool bundle_can_roll_back = false; // a bundle is in use, with something before it
    std::optional<std::int64_t> bundle_previous; // what the button switches to (none: built-in)
    // Drug alerts from the coordinator console: the alert channel (docs/alerts.md).
    bool alerts_configured = false;             // an alert_public_key is set
    std::optional<std::int64_t> alerts_version; // the alert bundle in use, if any
    std::string alerts_problem; // why the last offered alert bundle was refused ("" if none)
};

} // namespace kiosk
