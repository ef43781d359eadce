// Building the httplib server: TLS or not, limits, routes, JSON errors and the log line.
#include "server.hpp"

#include "bundle_handler.hpp"
#include "common/rfc3339.hpp"
#include "export_handler.hpp"
#include "reply.hpp"
#include "request_log.hpp"
#include "upload_handler.hpp"

#include <httplib.h>

#include <stdexcept>

namespace receiver {

ReceiverServer::ReceiverServer(const ReceiverConfig& config, EventStore& store,
                               const FaultOptions& faults)
    : config_(config), store_(store), fault_options_(faults), faults_(faults),
      auth_(config.kiosks, config.admin_token), tls_(config.tls.has_value()) {
    if (tls_) {
        auto server =
            std::make_unique<httplib::SSLServer>(config.tls->cert.c_str(), config.tls->key.c_str());
        if (!server->is_valid()) {
            throw std::runtime_error("cannot load the TLS certificate " + config.tls->cert +
                                     " and key " + config.tls->key +
                                     " (PEM files, readable, and the key must match)");
        }
        http_ = std::move(server);
    } else {
        http_ = std::make_unique<httplib::Server>();
    }
    // The Content-Length check; inflated gzip bodies are checked again while read.
    http_->set_payload_max_length(config.max_body_bytes);
    http_->set_read_timeout(30);
    http_->set_write_timeout(30);
    add_routes();
}

ReceiverServer::~ReceiverServer() = default;

void ReceiverServer::add_routes() {
    http_->set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
        request_note() = RequestNote{};
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http_->Get("/health", [](const httplib::Request&, httplib::Response& res) {
        res.set_content(R"({"status":"ok"})", "application/json");
    });
    http_->Post("/v1/events", [this](const httplib::Request& req, httplib::Response& res,
                                     const httplib::ContentReader& read_body) {
        UploadContext ctx{auth_, store_, faults_, fault_options_, config_.max_body_bytes};
        handle_upload(ctx, req, res, read_body);
    });
    http_->Get(R"(/v1/export/([^/]+)\.csv)",
               [this](const httplib::Request& req, httplib::Response& res) {
                   handle_export(auth_, store_, req, res);
               });
    http_->Get(R"(/v1/kiosks/([^/]+)/bundle)",
               [this](const httplib::Request& req, httplib::Response& res) {
                   handle_bundle(auth_, config_.bundles_dir, req, res);
               });
    // Answers of httplib itself (404, 400, 413 ...) get a short JSON error too.
    const httplib::Server::HandlerWithResponse fill_error = [](const httplib::Request&,
                                                               httplib::Response& res) {
        if (!res.body.empty() || res.has_header("Content-Type")) {
            return httplib::Server::HandlerResponse::Unhandled;
        }
        const Reply reply =
            error_reply(res.status, res.status == 404 ? "no such endpoint" : "bad request");
        res.set_content(reply.body, reply.content_type);
        return httplib::Server::HandlerResponse::Handled;
    };
    http_->set_error_handler(fill_error);
    http_->set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
            std::string what = "unknown exception";
            try {
                std::rethrow_exception(error);
            } catch (const std::exception& e) {
                what = e.what();
            } catch (...) {
            }
            log_message(kiosk::utc_now() + " internal error: " + what);
            const Reply reply = error_reply(500, "internal error");
            res.status = 500;
            res.set_content(reply.body, reply.content_type);
        });
    http_->set_logger([](const httplib::Request& req, const httplib::Response& res) {
        RequestNote& note = request_note();
        log_message(log_line(req.remote_addr, req.method, req.path, res.status, note));
        note = RequestNote{};
    });
}

int ReceiverServer::bind() {
    const std::string where = config_.listen_host + ":" + std::to_string(config_.listen_port);
    if (config_.listen_port == 0) {
        const int port = http_->bind_to_any_port(config_.listen_host);
        if (port <= 0) {
            throw std::runtime_error("cannot listen on " + where);
        }
        return port;
    }
    if (!http_->bind_to_port(config_.listen_host, config_.listen_port)) {
        throw std::runtime_error("cannot listen on " + where +
                                 " (in use, or not an address of this machine?)");
    }
    return config_.listen_port;
}

bool ReceiverServer::run() {
    return http_->listen_after_bind();
}

void ReceiverServer::stop() {
    http_->stop();
}

bool ReceiverServer::is_running() const {
    return http_->is_running();
}

} // namespace receiver
