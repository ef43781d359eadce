// One check: tidy, ask, then decide in the order of docs/bundles.md — not a bundle, already
// have it, envelope and signature, manifest, kiosk, version, channel, contents — and install.
#include "sync/bundle_updater.hpp"

#include "sync/bundle_contents.hpp"
#include "sync/bundle_files.hpp"
#include "sync/bundle_format.hpp"
#include "sync/bundle_install.hpp"
#include "sync/bundle_kept_parts.hpp"
#include "sync/bundle_store.hpp"

namespace kiosk::sync {

namespace {

using Outcome = BundleCheckResult::Outcome;

BundleCheckResult result(Outcome outcome, const BundleState& state, std::string reason = "") {
    BundleCheckResult out;
    out.outcome = outcome;
    out.version = state.current;
    out.reason = std::move(reason);
    return out;
}

// True when bytes are the signed file of the newest bundle ever installed (current, or
// previous after a rollback): the server is offering what this kiosk already has.
bool already_have(const std::string& data_dir, const BundleState& state, const std::string& bytes) {
    if (state.highest < 1)
        return false;
    const auto copy = read_whole_file(version_folder(data_dir, state.highest) + "/" + kSignedCopy);
    return copy && *copy == bytes;
}

const char* key_setting(BundleChannel channel) {
    return channel == BundleChannel::Alerts ? "alert_public_key" : "bundle_public_key";
}

std::string failed_status_reason(long status) {
    if (status == 401 || status == 403)
        return "the server refused this kiosk's token (HTTP " + std::to_string(status) +
               "): check token and kiosk_id in the kiosk's config";
    return "the server answered HTTP " + std::to_string(status) + " when asked for a bundle";
}

// Why a correctly signed bundle is not for this kiosk, or not new enough; "" when it is.
std::string refusal(const BundleManifest& manifest, const BundleState& state,
                    const std::string& kiosk_id) {
    if (manifest.kiosk_id != "*" && manifest.kiosk_id != kiosk_id)
        return "the bundle is for kiosk \"" + manifest.kiosk_id + "\", not for this kiosk (\"" +
               kiosk_id + "\")";
    if (manifest.version == state.highest)
        return "the server offered a different bundle with version " +
               std::to_string(manifest.version) +
               ", a version already installed before: a changed bundle needs a higher version";
    if (manifest.version < state.highest)
        return "the server offered bundle version " + std::to_string(manifest.version) +
               ", older than version " + std::to_string(state.highest) +
               " installed before: an older bundle is never installed again";
    return "";
}

} // namespace

const char* outcome_name(Outcome outcome) {
    switch (outcome) {
    case Outcome::NotModified:
        return "not_modified";
    case Outcome::Installed:
        return "installed";
    case Outcome::NoBundle:
        return "no_bundle";
    case Outcome::Refused:
        return "refused";
    case Outcome::Failed:
        return "failed";
    }
    return "failed";
}

BundleUpdater::BundleUpdater(HttpTransport& transport, BundleOptions options)
    : transport_(transport), options_(std::move(options)),
      store_dir_(channel_store_dir(options_.data_dir, options_.channel)) {
    while (!options_.base_url.empty() && options_.base_url.back() == '/')
        options_.base_url.pop_back();
}

HttpRequest BundleUpdater::request(const std::string& etag) const {
    HttpRequest request;
    request.method = "GET";
    request.url = options_.base_url + "/v1/kiosks/" + options_.kiosk_id + "/" +
                  channel_path(options_.channel);
    request.headers.push_back("Authorization: Bearer " + options_.token);
    if (!etag.empty())
        request.headers.push_back("If-None-Match: " + etag);
    return request;
}

BundleCheckResult BundleUpdater::check(const std::string& now_utc) {
    const std::lock_guard<std::mutex> lock(bundle_state_mutex());
    BundleState state;
    try {
        const auto public_key = decode_public_key(options_.public_key_base64);
        if (!public_key)
            return result(Outcome::Failed, state,
                          std::string("the ") + key_setting(options_.channel) +
                              " in the kiosk's config is not an Ed25519 public key (44 "
                              "characters of base64, from kiosk_bundle keygen)");
        const StateRead read = read_bundle_state(store_dir_);
        state = read.state;
        if (read.damaged)
            write_bundle_state(store_dir_, state);
        tidy_bundles(store_dir_, state);

        const HttpResponse response = transport_.send(request(state.etag));
        if (response.status == 0)
            return result(Outcome::Failed, state, "could not reach the server: " + response.error);
        if (response.status == 304)
            return result(Outcome::NotModified, state);
        if (response.status == 404)
            return result(Outcome::NoBundle, state);
        if (response.status != 200)
            return result(Outcome::Failed, state, failed_status_reason(response.status));
        return take(response, state, *public_key, now_utc);
    } catch (const BundleDiskError& error) {
        return result(Outcome::Failed, state,
                      std::string("could not store the bundle on this kiosk: ") + error.what());
    } catch (const std::exception& error) {
        return result(Outcome::Failed, state, std::string("bundle check failed: ") + error.what());
    } catch (...) {
        return result(Outcome::Failed, state, "bundle check failed for an unknown reason");
    }
}

BundleCheckResult BundleUpdater::take(const HttpResponse& response, const BundleState& state,
                                      const std::string& public_key, const std::string& now_utc) {
    const std::string& bytes = response.body;
    if (!looks_like_bundle(bytes))
        return result(Outcome::Failed, state,
                      "the server's answer is not a bundle (a Wi-Fi login page or a proxy may be "
                      "in the way)");
    const std::string etag = response.header("etag");
    if ((!etag.empty() && etag == state.etag) || already_have(store_dir_, state, bytes))
        return result(Outcome::NotModified, state);

    const OpenedBundle opened = open_bundle(bytes, public_key);
    if (!opened.payload)
        return result(Outcome::Refused, state, opened.problem);
    const ManifestRead read = read_manifest(*opened.payload);
    if (!read.manifest)
        return result(Outcome::Refused, state, read.problem);
    BundleCheckResult out =
        result(Outcome::Refused, state, refusal(*read.manifest, state, options_.kiosk_id));
    out.offered = read.manifest->version;
    if (out.reason.empty())
        out.reason = channel_problem(options_.channel, *read.manifest);
    if (!out.reason.empty())
        return out;
    // The alert channel's bundles are whole: they keep nothing from the one before.
    const BundleManifest manifest = options_.channel == BundleChannel::Content
                                        ? with_kept_parts(*read.manifest, store_dir_, state)
                                        : *read.manifest;
    const std::string staged = stage_bundle(store_dir_, manifest, bytes, now_utc);
    out.reason = bundle_contents_problem(staged, manifest, options_.languages);
    if (!out.reason.empty()) {
        remove_all(staged);
        return out;
    }
    out.outcome = Outcome::Installed;
    out.version = commit_bundle(store_dir_, staged, manifest.version, state, etag).current;
    return out;
}

} // namespace kiosk::sync
