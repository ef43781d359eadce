// Asks the server for this kiosk's bundle on one channel (GET {base_url}/v1/kiosks/{kiosk_id}/
// bundle or .../alerts, with If-None-Match) and installs it when it is signed with the
// channel's configured key, meant for this kiosk, newer than every bundle installed on that
// channel before, carries only what the channel may carry, and loads without a problem
// (docs/bundles.md, bundle_channel.hpp). It keeps no thread and no lock: call check() from any one
// thread at a time (the uploader thread). It never throws and never puts the token in a reason.
#pragma once

#include "sync/bundle_channel.hpp"
#include "sync/bundle_store.hpp"
#include "sync/http_transport.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::sync {

struct BundleOptions {
    std::string base_url;               // as for uploads, e.g. "https://events.example.org"
    std::string token;                  // the kiosk's upload token (Authorization: Bearer)
    std::string kiosk_id;               // the kiosk's id, as in the URL
    std::string public_key_base64;      // the channel's key: 44 characters of base64
    std::string data_dir;               // the kiosk's data folder (channel_store_dir)
    std::vector<std::string> languages; // the kiosk's languages, for load_pack
    BundleChannel channel = BundleChannel::Content;
};

struct BundleCheckResult {
    enum class Outcome {
        NotModified, // the server has nothing newer (304, or the same bundle again)
        Installed,   // a new bundle is now in use: load active_bundle() again
        NoBundle,    // the server offers no bundle for this kiosk (404)
        Refused,     // the server offered a bundle that is not installed: see reason
        Failed       // no usable answer, or this kiosk could not store it: see reason
    };
    Outcome outcome = Outcome::Failed;
    std::optional<std::int64_t> version; // the bundle in use after the check (none: built-in)
    std::optional<std::int64_t> offered; // the version offered, once its signature was good
    std::string reason;                  // Refused and Failed: plain English for staff
};

// "not_modified", "installed", "no_bundle", "refused", "failed"
const char* outcome_name(BundleCheckResult::Outcome outcome);

class BundleUpdater {
  public:
    // transport must outlive the updater.
    BundleUpdater(HttpTransport& transport, BundleOptions options);

    // One check. now_utc (RFC 3339 UTC) is recorded as the install time.
    BundleCheckResult check(const std::string& now_utc);

  private:
    HttpRequest request(const std::string& etag) const;
    // A 200 answer: already have it, refuse it, or install it.
    BundleCheckResult take(const HttpResponse& response, const BundleState& state,
                           const std::string& public_key, const std::string& now_utc);

    HttpTransport& transport_;
    BundleOptions options_;
    std::string store_dir_; // channel_store_dir(options_.data_dir, options_.channel)
};

} // namespace kiosk::sync
