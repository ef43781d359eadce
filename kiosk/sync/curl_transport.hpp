// The libcurl transport: TLS verification always on (optionally a custom CA file and a pinned
// public key), an optional proxy, connect and total time limits, no redirects followed, and
// an abort flag so a stopping kiosk never waits for a slow server.
#pragma once

#include "sync/http_transport.hpp"

#include <atomic>
#include <string>

namespace kiosk::sync {

struct TransportOptions {
    std::string ca_file;           // PEM file of the CA to trust instead of the system's
    std::string pinned_public_key; // "sha256//<base64>" (or several joined by ';'), or empty
    std::string proxy;             // e.g. "http://proxy.lan:3128"; empty: none
    long connect_timeout_s = 10;
    long total_timeout_s = 60;
    std::size_t max_answer_bytes = 4 * 1024 * 1024; // longer answers are cut off (a failure)
};

class CurlTransport : public HttpTransport {
  public:
    // `abort` (may be null) is checked while a request runs; when set the request stops with
    // Failure::Stopped.
    CurlTransport(TransportOptions options, const std::atomic<bool>* abort);
    ~CurlTransport() override;
    CurlTransport(const CurlTransport&) = delete;
    CurlTransport& operator=(const CurlTransport&) = delete;

    HttpResponse send(const HttpRequest& request) override;

  private:
    TransportOptions options_;
    const std::atomic<bool>* abort_;
    std::string load_error_;             // why libcurl could not be loaded
    const struct CurlLibrary* curl_lib_; // null when it could not
    void* curl_ = nullptr;               // CURL*, reused so connections are kept alive
};

} // namespace kiosk::sync
