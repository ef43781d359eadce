// Token first (401, as for uploads), then the file, then the conditional answer.
#include "bundle_handler.hpp"

#include "common/rfc3339.hpp"
#include "reply.hpp"
#include "request_log.hpp"

#include <sodium.h>

#include <sys/stat.h>

#include <fstream>
#include <initializer_list>
#include <sstream>
#include <stdexcept>

namespace receiver {

namespace {

bool is_file(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    return first == std::string::npos ? "" : text.substr(first, last - first + 1);
}

std::string opaque(std::string tag) {
    return tag.rfind("W/", 0) == 0 ? tag.substr(2) : tag;
}

} // namespace

std::string bundle_etag(const std::string& bytes) {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not start");
    unsigned char hash[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
    std::string etag = "\"";
    etag += hex;
    etag += '"';
    return etag;
}

bool etag_matches(const std::string& if_none_match, const std::string& etag) {
    if (trimmed(if_none_match) == "*")
        return true;
    std::istringstream list(if_none_match);
    std::string tag;
    while (std::getline(list, tag, ','))
        if (!trimmed(tag).empty() && opaque(trimmed(tag)) == opaque(etag))
            return true;
    return false;
}

namespace {

// The first of `candidates` (paths under bundles_dir) that is a file, for the kiosk whose
// token the request carries, as 200 or 304.
Reply signed_file_reply(const Authorizer& auth, const std::string& bundles_dir,
                        const HttpRequest& req, std::initializer_list<std::string> candidates) {
    const std::string& kiosk_id = req.capture;
    request_note().kiosk_id = printable(kiosk_id, 64);
    if (!auth.kiosk_may_upload(kiosk_id, req.header("Authorization"))) {
        Reply reply = error_reply(401, "unknown kiosk or wrong token");
        reply.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"kiosk-receiver\"");
        return reply;
    }
    if (bundles_dir.empty())
        return error_reply(404, "this server offers no bundles (no bundles_dir in its config)");
    std::string path;
    for (const auto& candidate : candidates)
        if (path.empty() && is_file(bundles_dir + "/" + candidate))
            path = bundles_dir + "/" + candidate;
    if (path.empty())
        return error_reply(404, "no bundle for this kiosk");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    if (in)
        bytes << in.rdbuf();
    if (!in || in.bad()) {
        log_message(kiosk::utc_now() + " cannot read the bundle file " + path +
                    " (check that the receiver may read it)");
        return error_reply(500, "could not read the bundle file");
    }
    Reply reply;
    const std::string etag = bundle_etag(bytes.str());
    reply.headers.emplace_back("ETag", etag);
    reply.headers.emplace_back("Cache-Control", "no-cache");
    if (etag_matches(req.header("If-None-Match"), etag)) {
        reply.status = 304;
        return reply;
    }
    reply.body = bytes.str();
    reply.content_type = "application/octet-stream";
    return reply;
}

} // namespace

Reply bundle_reply(const Authorizer& auth, const std::string& bundles_dir, const HttpRequest& req) {
    return signed_file_reply(auth, bundles_dir, req, {req.capture + ".bundle", "all.bundle"});
}

Reply alerts_reply(const Authorizer& auth, const std::string& bundles_dir, const HttpRequest& req) {
    return signed_file_reply(auth, bundles_dir, req, {kAlertBundlePath});
}

} // namespace receiver
