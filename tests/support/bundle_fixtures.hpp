// Test bundles: fixed signing keys, the shipped content pack and schedule as bundle files,
// signed bundles made from them, and a server that answers every request with one of them. Each
// version's content/pack.toml ends with "# version N", so a test can tell by reading it which
// bundle is in use.
#pragma once

#include "sync/bundle_crypto.hpp"
#include "sync/bundle_format.hpp"
#include "sync/bundle_manifest.hpp"
#include "sync/bundle_sources.hpp"
#include "sync/http_transport.hpp"

#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>

namespace bundle_test {

using Files = std::map<std::string, std::string>;

inline kiosk::sync::KeyPair test_keys() {
    return *kiosk::sync::key_pair_from_seed(std::string(kiosk::sync::kSeedBytes, 'k'));
}

inline kiosk::sync::KeyPair other_keys() {
    return *kiosk::sync::key_pair_from_seed(std::string(kiosk::sync::kSeedBytes, 'o'));
}

inline std::string public_key_text(const kiosk::sync::KeyPair& keys = test_keys()) {
    return kiosk::sync::to_base64(keys.public_key);
}

// assets/content and assets/groups/schedule.toml under bundle paths.
inline const Files& shipped_files() {
    static const Files files = [] {
        auto collected = kiosk::sync::collect_bundle_files(
            std::string(KIOSK_TEST_ASSETS) + "/content",
            std::string(KIOSK_TEST_ASSETS) + "/groups/schedule.toml");
        if (!collected.problem.empty())
            throw std::runtime_error(collected.problem);
        return collected.files;
    }();
    return files;
}

inline Files files_of_version(std::int64_t version, Files files = shipped_files()) {
    files["content/pack.toml"] += "# version " + std::to_string(version) + "\n";
    return files;
}

inline kiosk::sync::BundleManifest manifest_of(std::int64_t version, const std::string& kiosk = "*",
                                               Files files = {}) {
    kiosk::sync::BundleManifest manifest;
    manifest.kiosk_id = kiosk;
    manifest.version = version;
    manifest.created_at = "2026-11-22T17:05:09Z";
    manifest.files = files.empty() ? files_of_version(version) : std::move(files);
    return manifest;
}

// A signed bundle file.
inline std::string make_bundle(std::int64_t version, const std::string& kiosk = "*",
                               const kiosk::sync::KeyPair& keys = test_keys(), Files files = {}) {
    return kiosk::sync::seal_bundle(
        kiosk::sync::manifest_json(manifest_of(version, kiosk, std::move(files))), keys);
}

// Answers every request with one bundle file (200, ETag "b"), as the receiver would.
class OneBundle : public kiosk::sync::HttpTransport {
  public:
    explicit OneBundle(std::string bundle) : bundle_(std::move(bundle)) {}
    kiosk::sync::HttpResponse send(const kiosk::sync::HttpRequest&) override {
        kiosk::sync::HttpResponse response;
        response.status = 200;
        response.body = bundle_;
        response.headers["etag"] = "\"b\"";
        return response;
    }

  private:
    std::string bundle_;
};

} // namespace bundle_test
