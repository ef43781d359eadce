// The libmicrohttpd server: the listening socket, the daemon's limits, and the request cycle
// (route and check from the headers, take the body within the limits, answer, log).
#include "server.hpp"

#include "bundle_handler.hpp"
#include "common/rfc3339.hpp"
#include "export_handler.hpp"
#include "gzip_body.hpp"
#include "listening_socket.hpp"
#include "mhd_reply.hpp"
#include "reply.hpp"
#include "request_log.hpp"
#include "routes.hpp"
#include "upload_handler.hpp"

#include <microhttpd.h>

#include <netdb.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace receiver {

struct ReceiverServer::Exchange {
    HttpRequest req;
    std::optional<Route> route;
    Fault fault = Fault::None;
    bool gzip = false;
    std::size_t held = 0; // body bytes counted in body_bytes_held_
    bool over_limit = false;
    std::size_t dropped = 0; // body bytes read and dropped after the limit
    int status = 0;          // what it was answered; 0 while not answered
    bool quiet = false;      // a refusal of a paused address: the pause was logged once
    RequestNote note;
};

namespace {

MHD_Result add_header(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto& headers = *static_cast<std::map<std::string, std::string>*>(cls);
    headers[lower_case(key ? key : "")] = value ? value : "";
    return MHD_YES;
}

// The thread's request note holds the exchange's while one of its callbacks runs (a worker
// thread serves many connections in turn).
class NoteScope {
  public:
    explicit NoteScope(RequestNote& note) : note_(note) { request_note() = note; }
    ~NoteScope() { note_ = request_note(); }
    NoteScope(const NoteScope&) = delete;
    NoteScope& operator=(const NoteScope&) = delete;

  private:
    RequestNote& note_;
};

// The client's address: the connection's, or behind the configured proxy the last address
// of X-Forwarded-For (the one the proxy itself saw).
std::string client_address(const std::string& connection, const HttpRequest& req,
                           const std::string& forwarded_by) {
    if (forwarded_by.empty() || connection != forwarded_by)
        return connection;
    const std::string list = req.header("X-Forwarded-For");
    const auto comma = list.rfind(',');
    std::string last = comma == std::string::npos ? list : list.substr(comma + 1);
    last.erase(0, last.find_first_not_of(" \t"));
    last.erase(last.find_last_not_of(" \t") + 1);
    return last.empty() ? connection : printable(last, 64);
}

bool is_gzip(const std::string& encoding) {
    return lower_case(encoding).find("gzip") != std::string::npos;
}

} // namespace

struct ReceiverServer::Callbacks {
    static MHD_Result queue(MHD_Connection* c, Exchange& x, Reply reply) {
        x.status = reply.status;
        return send_reply(c, std::move(reply));
    }

    // The first call, with the request line and headers: answered now, or the body is awaited.
    static MHD_Result begin(ReceiverServer& s, MHD_Connection* c, Exchange& x) {
        HttpRequest& req = x.req;
        if (const int wait = s.guard_.paused_for(req.remote, AddressGuard::Clock::now())) {
            x.quiet = true;
            Reply reply = closing(error_reply(429, "too many refused tokens from this address"));
            reply.headers.emplace_back("Retry-After", std::to_string(wait));
            return queue(c, x, std::move(reply));
        }
        const RouteMatch m = match_route(req.method, req.path);
        if (!m.route) {
            Reply reply = closing(error_reply(
                m.refusal, m.refusal == 404 ? "no such endpoint" : "method not allowed here"));
            if (!m.allow.empty())
                reply.headers.emplace_back("Allow", m.allow);
            return queue(c, x, std::move(reply));
        }
        req.capture = m.capture;
        x.route = m.route;
        const std::string length = req.header("Content-Length");
        if (!length.empty() &&
            (length.size() > 12 || length.find_first_not_of("0123456789") != std::string::npos ||
             std::stoull(length) > s.config_.max_body_bytes))
            return queue(c, x, too_big(s));
        Reply reply;
        switch (*m.route) {
        case Route::Health:
            reply.body = R"({"status":"ok"})";
            break;
        case Route::Export:
            reply = export_reply(s.auth_, s.store_, req);
            break;
        case Route::Bundle:
            reply = bundle_reply(s.auth_, s.config_.bundles_dir, req);
            break;
        case Route::Alerts:
            reply = alerts_reply(s.auth_, s.config_.bundles_dir, req);
            break;
        case Route::Upload: {
            UploadContext ctx{s.auth_, s.store_, s.faults_, s.fault_options_, s.retention_};
            UploadStart start = start_upload(ctx, req);
            x.fault = start.fault;
            x.gzip = is_gzip(req.header("Content-Encoding"));
            if (!start.answer)
                return MHD_YES; // the body comes next
            reply = std::move(*start.answer);
            break;
        }
        }
        if (reply.status == 401 && s.guard_.record_failure(req.remote, AddressGuard::Clock::now()))
            log_message(kiosk::utc_now() + " " + printable(req.remote, 64) + ": " +
                        std::to_string(s.guard_.limits().failures) + " refused tokens within " +
                        std::to_string(s.guard_.limits().window.count()) +
                        " s; its requests are answered 429 for " +
                        std::to_string(s.guard_.limits().pause.count()) + " s");
        return queue(c, x, std::move(reply));
    }

    static Reply too_big(const ReceiverServer& s) {
        return closing(error_reply(413, "body is larger than " +
                                            std::to_string(s.config_.max_body_bytes) + " bytes"));
    }

    // A piece of the body: kept while the body and all bodies together stay within limits;
    // else the connection is closed at once (nothing more is read).
    static MHD_Result take(ReceiverServer& s, Exchange& x, const char* data, std::size_t size) {
        // Over the limit: libmicrohttpd answers only once the body is in, so the rest is read
        // and dropped (a 413 then tells the client why), up to a bound; beyond it the
        // connection is closed at once (an endless chunked body ends there).
        if (x.over_limit || x.held + size > s.config_.max_body_bytes) {
            x.over_limit = true;
            x.dropped += size;
            if (x.dropped <= std::max<std::size_t>(16u << 20, s.config_.max_body_bytes))
                return MHD_YES;
            x.status = 413;
            too_big(s);
            return MHD_NO;
        }
        if (s.body_bytes_held_.fetch_add(size) + size > s.limits_.body_budget_bytes) {
            s.body_bytes_held_.fetch_sub(size);
            x.status = 503;
            error_reply(503, "the server holds as many bodies as it may; closed");
            return MHD_NO;
        }
        x.held += size;
        x.req.body.append(data, size);
        return MHD_YES;
    }

    // The body is whole: unpack it, store the batch, answer.
    static MHD_Result finish(ReceiverServer& s, MHD_Connection* c, Exchange& x) {
        if (x.over_limit)
            return queue(c, x, too_big(s));
        if (x.gzip) {
            std::string plain;
            switch (inflate_gzip(x.req.body, s.config_.max_body_bytes, plain)) {
            case InflateResult::Ok:
                x.req.body.swap(plain);
                break;
            case InflateResult::TooBig:
                return queue(c, x, too_big(s));
            case InflateResult::Broken:
                return queue(c, x,
                             closing(error_reply(400, "body could not be read (broken gzip)")));
            }
        }
        UploadContext ctx{s.auth_, s.store_, s.faults_, s.fault_options_, s.retention_};
        return queue(c, x, finish_upload(ctx, x.req, x.fault));
    }

    static MHD_Result access(void* cls, MHD_Connection* c, const char* url, const char* method,
                             const char*, const char* upload_data, size_t* upload_data_size,
                             void** con_cls) {
        auto& s = *static_cast<ReceiverServer*>(cls);
        auto* x = static_cast<Exchange*>(*con_cls);
        if (!x) {
            x = new Exchange;
            *con_cls = x;
            x->req.method = method ? method : "";
            x->req.path = url ? url : "";
            const MHD_ConnectionInfo* info =
                MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
            MHD_get_connection_values(c, MHD_HEADER_KIND, &add_header, &x->req.headers);
            x->req.remote = client_address(address_of(info ? info->client_addr : nullptr), x->req,
                                           s.config_.forwarded_by);
            NoteScope scope(x->note);
            try {
                return begin(s, c, *x);
            } catch (const std::exception& e) {
                return internal_error(c, *x, e);
            }
        }
        NoteScope scope(x->note);
        if (x->status != 0) { // answered from the headers: the rest is not read
            *upload_data_size = 0;
            return MHD_NO;
        }
        if (*upload_data_size > 0) {
            const std::size_t size = *upload_data_size;
            *upload_data_size = 0;
            return take(s, *x, upload_data, size);
        }
        try {
            return finish(s, c, *x);
        } catch (const std::exception& e) {
            return internal_error(c, *x, e);
        }
    }

    static MHD_Result internal_error(MHD_Connection* c, Exchange& x, const std::exception& e) {
        log_message(kiosk::utc_now() + " internal error: " + e.what());
        return queue(c, x, closing(error_reply(500, "internal error")));
    }

    static void completed(void* cls, MHD_Connection*, void** con_cls, MHD_RequestTerminationCode) {
        auto& s = *static_cast<ReceiverServer*>(cls);
        std::unique_ptr<Exchange> x(static_cast<Exchange*>(*con_cls));
        *con_cls = nullptr;
        if (!x)
            return;
        s.body_bytes_held_.fetch_sub(x->held);
        if (!x->quiet && x->status != 0)
            log_message(log_line(x->req.remote, x->req.method, x->req.path, x->status, x->note));
    }
};

ReceiverServer::ReceiverServer(const ReceiverConfig& config, EventStore& store,
                               const FaultOptions& faults)
    : config_(config), store_(store), retention_(store, kept_types(config.interest_kept_days)),
      fault_options_(faults), faults_(faults), auth_(config.kiosks, config.admin_token),
      tls_(config.tls.has_value()) {
    if (tls_) {
        tls_cert_ = read_pem(config.tls->cert, "certificate");
        tls_key_ = read_pem(config.tls->key, "key");
    }
    if (limits_.body_budget_bytes == 0)
        limits_.body_budget_bytes = std::max<std::size_t>(64u << 20, 4 * config.max_body_bytes);
}

ReceiverServer::~ReceiverServer() {
    stop();
    if (daemon_)
        MHD_stop_daemon(daemon_);
    if (listen_fd_ >= 0)
        ::close(listen_fd_);
}

int ReceiverServer::bind() {
    const ListeningSocket socket = listen_on(config_.listen_host, config_.listen_port);
    listen_fd_ = socket.fd;
    return socket.port;
}

bool ReceiverServer::run() {
    if (listen_fd_ < 0)
        bind();
    std::vector<MHD_OptionItem> options = {
        {MHD_OPTION_LISTEN_SOCKET, listen_fd_, nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, static_cast<intptr_t>(limits_.connections), nullptr},
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, static_cast<intptr_t>(config_.connections_per_address),
         nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, static_cast<intptr_t>(limits_.idle_timeout_seconds),
         nullptr},
        {MHD_OPTION_THREAD_POOL_SIZE, static_cast<intptr_t>(limits_.worker_threads), nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&Callbacks::completed), this},
    };
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD;
    if (tls_) {
        flags |= MHD_USE_TLS;
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, tls_cert_.data()});
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, tls_key_.data()});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});
    {
        std::unique_lock<std::mutex> lock(mutex_);
        if (stop_)
            return true;
        daemon_ = MHD_start_daemon(flags, 0, nullptr, nullptr, &Callbacks::access, this,
                                   MHD_OPTION_ARRAY, options.data(), MHD_OPTION_END);
        if (!daemon_) {
            log_message(kiosk::utc_now() + " the HTTP server could not start" +
                        (tls_ ? " (is the TLS certificate and key a matching PEM pair?)" : ""));
            return false;
        }
        listen_fd_ = -1; // the daemon closes it
        running_ = true;
        stop_wanted_.wait(lock, [this] { return stop_; });
    }
    MHD_stop_daemon(daemon_);
    daemon_ = nullptr;
    running_ = false;
    return true;
}

void ReceiverServer::stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    stop_wanted_.notify_all();
}

} // namespace receiver
