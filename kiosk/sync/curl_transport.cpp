// libcurl behind HttpTransport. The token travels only in the request headers given by the
// caller; nothing here prints a header or a body.
#include "sync/curl_transport.hpp"

#include "sync/curl_library.hpp"

#include <algorithm>
#include <cctype>

namespace kiosk::sync {

namespace {

struct Received {
    HttpResponse* response;
    std::size_t limit;
    bool too_long = false;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* received = static_cast<Received*>(user);
    const std::size_t bytes = size * count;
    if (received->response->body.size() + bytes > received->limit) {
        received->too_long = true;
        return 0; // makes curl stop with CURLE_WRITE_ERROR
    }
    received->response->body.append(data, bytes);
    return bytes;
}

std::string trim(std::string text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.pop_back();
    std::size_t start = 0;
    while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start])))
        ++start;
    return text.substr(start);
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto* response = static_cast<HttpResponse*>(user);
    const std::size_t bytes = size * count;
    const std::string line(data, bytes);
    if (line.rfind("HTTP/", 0) == 0) {
        response->headers.clear(); // a new answer (e.g. after 100 Continue) starts over
        return bytes;
    }
    const auto colon = line.find(':');
    if (colon != std::string::npos) {
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        response->headers[trim(name)] = trim(line.substr(colon + 1));
    }
    return bytes;
}

int on_progress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
    const auto* abort = static_cast<const std::atomic<bool>*>(user);
    return abort != nullptr && abort->load() ? 1 : 0;
}

HttpResponse::Failure failure_of(CURLcode code) {
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
        return HttpResponse::Failure::Network;
    case CURLE_OPERATION_TIMEDOUT:
        return HttpResponse::Failure::Timeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
        return HttpResponse::Failure::Tls;
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
        return HttpResponse::Failure::Pin;
    case CURLE_ABORTED_BY_CALLBACK:
        return HttpResponse::Failure::Stopped;
    default:
        return HttpResponse::Failure::Other;
    }
}

} // namespace

CurlTransport::CurlTransport(TransportOptions options, const std::atomic<bool>* abort)
    : options_(std::move(options)), abort_(abort), curl_lib_(curl_library(load_error_)) {
    if (curl_lib_)
        curl_ = curl_lib_->easy_init();
}

CurlTransport::~CurlTransport() {
    if (curl_ != nullptr)
        curl_lib_->easy_cleanup(static_cast<CURL*>(curl_));
}

HttpResponse CurlTransport::send(const HttpRequest& request) {
    HttpResponse response;
    CURL* curl = static_cast<CURL*>(curl_);
    if (curl == nullptr) {
        response.failure = HttpResponse::Failure::Other;
        response.error = curl_lib_ ? "libcurl could not start" : load_error_;
        return response;
    }
    curl_lib_->easy_reset(curl);
    Received received{&response, options_.max_answer_bytes};
    curl_slist* headers = nullptr;
    for (const auto& h : request.headers)
        headers = curl_lib_->slist_append(headers, h.c_str());
    headers = curl_lib_->slist_append(headers, "Expect:"); // no 100-continue round trip
    char error_text[CURL_ERROR_SIZE] = {0};

    curl_lib_->easy_setopt(curl, CURLOPT_URL, request.url.c_str());
    curl_lib_->easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_lib_->easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_lib_->easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_lib_->easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!options_.ca_file.empty())
        curl_lib_->easy_setopt(curl, CURLOPT_CAINFO, options_.ca_file.c_str());
    if (!options_.pinned_public_key.empty())
        curl_lib_->easy_setopt(curl, CURLOPT_PINNEDPUBLICKEY, options_.pinned_public_key.c_str());
    curl_lib_->easy_setopt(curl, CURLOPT_PROXY, options_.proxy.c_str()); // "" = no proxy at all
    curl_lib_->easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, options_.connect_timeout_s);
    curl_lib_->easy_setopt(curl, CURLOPT_TIMEOUT, options_.total_timeout_s);
    curl_lib_->easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_lib_->easy_setopt(curl, CURLOPT_HTTPHEADER, headers);
    curl_lib_->easy_setopt(curl, CURLOPT_ERRORBUFFER, error_text);
    curl_lib_->easy_setopt(curl, CURLOPT_WRITEFUNCTION, on_body);
    curl_lib_->easy_setopt(curl, CURLOPT_WRITEDATA, &received);
    curl_lib_->easy_setopt(curl, CURLOPT_HEADERFUNCTION, on_header);
    curl_lib_->easy_setopt(curl, CURLOPT_HEADERDATA, &response);
    curl_lib_->easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_lib_->easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, on_progress);
    curl_lib_->easy_setopt(curl, CURLOPT_XFERINFODATA, abort_);
    if (request.method == "POST") {
        curl_lib_->easy_setopt(curl, CURLOPT_POST, 1L);
        curl_lib_->easy_setopt(curl, CURLOPT_POSTFIELDS, request.body.data());
        curl_lib_->easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE,
                               static_cast<curl_off_t>(request.body.size()));
    }

    const CURLcode code = curl_lib_->easy_perform(curl);
    curl_lib_->slist_free_all(headers);
    if (code != CURLE_OK) {
        response.status = 0;
        response.failure = received.too_long ? HttpResponse::Failure::Other : failure_of(code);
        response.error = received.too_long
                             ? "the answer was longer than allowed"
                             : (error_text[0] != '\0' ? std::string(error_text)
                                                      : curl_lib_->easy_strerror(code));
        response.body.clear();
        return response;
    }
    curl_lib_->easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &response.status);
    return response;
}

} // namespace kiosk::sync
