// libmicrohttpd around ConsoleApp.
#include "console_server.hpp"

#include "listening_socket.hpp"
#include "mhd_reply.hpp"
#include "request_log.hpp"
#include "web_form.hpp"

#include "common/rfc3339.hpp"

#include <microhttpd.h>

#include <unistd.h>

#include <chrono>
#include <memory>

namespace console {

namespace {

// An alert in every kiosk language, URL-encoded (Cyrillic and Arabic triple in size), fits.
constexpr std::size_t kMaxFormBytes = 128 * 1024;

struct Exchange {
    std::string body;
    bool too_big = false;
};

MHD_Result add_value(void* cls, MHD_ValueKind, const char* key, const char* value) {
    auto& values = *static_cast<std::map<std::string, std::string>*>(cls);
    values[key ? key : ""] = value ? value : "";
    return MHD_YES;
}

std::string header(MHD_Connection* c, const char* name) {
    const char* value = MHD_lookup_connection_value(c, MHD_HEADER_KIND, name);
    return value ? value : "";
}

} // namespace

struct ConsoleServer::Callbacks {
    static MHD_Result access(void* cls, MHD_Connection* c, const char* url, const char* method,
                             const char*, const char* upload, size_t* upload_size, void** state) {
        auto& server = *static_cast<ConsoleServer*>(cls);
        auto* x = static_cast<Exchange*>(*state);
        if (x == nullptr) {
            *state = new Exchange;
            return MHD_YES;
        }
        if (*upload_size > 0) {
            if (x->body.size() + *upload_size > kMaxFormBytes) {
                x->too_big = true;
            } else {
                x->body.append(upload, *upload_size);
            }
            *upload_size = 0;
            return MHD_YES;
        }
        if (x->too_big) {
            receiver::Reply r = receiver::error_reply(413, "a form is at most 128 KiB");
            return receiver::send_reply(c, receiver::closing(std::move(r)));
        }
        WebRequest req;
        req.method = method ? method : "";
        req.path = url ? url : "";
        const MHD_ConnectionInfo* info =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        req.remote = receiver::address_of(info ? info->client_addr : nullptr);
        MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, &add_value, &req.query);
        req.cookies = parse_cookies(header(c, MHD_HTTP_HEADER_COOKIE));
        if (req.method == "POST") {
            req.form = parse_form(x->body);
        }
        receiver::Reply reply;
        try {
            reply = server.app_.handle(req, Clock::now(),
                                       std::chrono::duration_cast<std::chrono::seconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count());
        } catch (const std::exception& err) {
            receiver::log_message(kiosk::utc_now() + " console: " + req.method + " " + req.path +
                                  " failed: " + err.what());
            reply = receiver::error_reply(500, "the console could not answer; see its log");
        }
        return receiver::send_reply(c, std::move(reply));
    }

    static void completed(void*, MHD_Connection*, void** state, MHD_RequestTerminationCode) {
        delete static_cast<Exchange*>(*state);
        *state = nullptr;
    }
};

ConsoleServer::ConsoleServer(const ConsoleConfig& config, ConsoleApp& app)
    : config_(config), app_(app) {
    if (config.tls) {
        cert_ = receiver::read_pem(config.tls->cert, "certificate");
        key_ = receiver::read_pem(config.tls->key, "key");
    }
}

ConsoleServer::~ConsoleServer() {
    if (listen_fd_ >= 0) {
        close(listen_fd_);
    }
}

int ConsoleServer::bind() {
    const receiver::ListeningSocket socket =
        receiver::listen_on(config_.listen_host, config_.listen_port);
    listen_fd_ = socket.fd;
    return socket.port;
}

bool ConsoleServer::run() {
    if (listen_fd_ < 0) {
        bind();
    }
    std::vector<MHD_OptionItem> options = {
        {MHD_OPTION_LISTEN_SOCKET, listen_fd_, nullptr},
        {MHD_OPTION_CONNECTION_LIMIT, 256, nullptr},
        {MHD_OPTION_PER_IP_CONNECTION_LIMIT, 16, nullptr},
        {MHD_OPTION_CONNECTION_TIMEOUT, 30, nullptr},
        {MHD_OPTION_THREAD_POOL_SIZE, 2, nullptr},
        {MHD_OPTION_NOTIFY_COMPLETED, reinterpret_cast<intptr_t>(&Callbacks::completed), this},
    };
    unsigned flags = MHD_USE_AUTO_INTERNAL_THREAD;
    if (config_.tls) {
        flags |= MHD_USE_TLS;
        options.push_back({MHD_OPTION_HTTPS_MEM_CERT, 0, cert_.data()});
        options.push_back({MHD_OPTION_HTTPS_MEM_KEY, 0, key_.data()});
    }
    options.push_back({MHD_OPTION_END, 0, nullptr});
    std::unique_lock<std::mutex> lock(mutex_);
    if (stop_) {
        return true;
    }
    daemon_ = MHD_start_daemon(flags, 0, nullptr, nullptr, &Callbacks::access, this,
                               MHD_OPTION_ARRAY, options.data(), MHD_OPTION_END);
    if (daemon_ == nullptr) {
        receiver::log_message(kiosk::utc_now() + " the console's HTTP server could not start");
        return false;
    }
    listen_fd_ = -1; // the daemon closes it
    running_ = true;
    stop_wanted_.wait(lock, [this] { return stop_; });
    MHD_stop_daemon(daemon_);
    daemon_ = nullptr;
    running_ = false;
    return true;
}

void ConsoleServer::stop() {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    stop_wanted_.notify_all();
}

} // namespace console
