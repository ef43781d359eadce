// Helpers for the bundle updater tests: a kiosk data folder with an updater pointed at a
// scripted server, a snapshot of everything under a folder (to prove nothing changed), and
// the server's answers.
#pragma once

#include "picture_support.hpp"
#include "store_test_support.hpp"
#include "support/bundle_fixtures.hpp"
#include "sync/bundle_crypto.hpp"
#include "sync/bundle_store.hpp"
#include "sync/bundle_updater.hpp"
#include "sync_support.hpp"

#include <filesystem>
#include <map>
#include <string>

namespace kiosk::sync::test {

inline constexpr const char* kBundleToken = "bundle-token-0123456789abcdef";
inline constexpr const char* kNow = "2026-11-22T17:05:09Z";

inline BundleOptions bundle_options(const std::string& data_dir) {
    BundleOptions o;
    o.base_url = "https://example.org/kiosk/";
    o.token = kBundleToken;
    o.kiosk_id = "centre-a";
    o.public_key_base64 = bundle_test::public_key_text();
    o.data_dir = data_dir;
    o.languages = {"nl", "en"};
    return o;
}

// Every file and folder below root: relative path -> contents ("<folder>" for folders).
inline std::map<std::string, std::string> snapshot(const std::string& root) {
    std::map<std::string, std::string> tree;
    std::error_code error;
    for (std::filesystem::recursive_directory_iterator it(root, error), end; !error && it != end;
         it.increment(error)) {
        const std::string relative = std::filesystem::relative(it->path(), root).string();
        tree[relative] = it->is_directory() ? "<folder>" : store::test::read_bytes(it->path());
    }
    return tree;
}

inline HttpResponse bundle_answer(const std::string& bytes, const std::string& etag = "") {
    std::map<std::string, std::string> headers;
    if (!etag.empty())
        headers["etag"] = etag;
    return answer(200, bytes, headers);
}

// A server that answers every request with whatever `offered` holds at the time.
struct FakeServer {
    HttpResponse offered = answer(404);
    ScriptedTransport transport{[this](const HttpRequest&) { return offered; }};

    std::string last_header(const std::string& prefix) const {
        for (const auto& h : transport.requests.back().headers)
            if (h.rfind(prefix, 0) == 0)
                return h;
        return "";
    }
};

// A kiosk with its own data folder, and an updater asking a FakeServer.
struct BundleKiosk {
    store::test::TempDir dir;
    std::string data = dir.path() + "/data";
    FakeServer server;
    BundleUpdater updater{server.transport, bundle_options(data)};

    BundleCheckResult offer(const std::string& bytes, const std::string& etag = "") {
        server.offered = bundle_answer(bytes, etag);
        return updater.check(kNow);
    }
    std::optional<std::int64_t> active_version() const {
        const auto active = active_bundle(data);
        return active ? std::optional<std::int64_t>(active->version) : std::nullopt;
    }
};

// tests/fixtures/alerts-example.toml (its first alert has a picture).
inline std::string example_alerts() {
    return store::test::read_bytes(std::string(KIOSK_TEST_ASSETS) +
                                   "/../tests/fixtures/alerts-example.toml");
}

// Adds an alerts file and the example picture as a bundle carries them (base64).
inline bundle_test::Files with_alerts(bundle_test::Files files, const std::string& text,
                                      const std::string& picture = kiosk::test::example_picture()) {
    files["alerts.toml"] = text;
    files["alert-pictures/example-pink-pill.png"] = to_base64(picture);
    return files;
}
inline bundle_test::Files alerts_only(const std::string& text) {
    return with_alerts({}, text);
}

} // namespace kiosk::sync::test
