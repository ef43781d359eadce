// The HTTP(S) server: routes, limits and the request log, on top of cpp-httplib.
#pragma once

#include "auth.hpp"
#include "config.hpp"
#include "event_store.hpp"
#include "faults.hpp"

#include <memory>

namespace httplib {
class Server;
}

namespace receiver {

class ReceiverServer {
  public:
    // HTTPS when config.tls is set; throws std::runtime_error when the certificate or key
    // cannot be loaded.
    ReceiverServer(const ReceiverConfig& config, EventStore& store, const FaultOptions& faults);
    ~ReceiverServer();
    ReceiverServer(const ReceiverServer&) = delete;
    ReceiverServer& operator=(const ReceiverServer&) = delete;

    // Binds the configured address; returns the port (the chosen one for port 0). Throws
    // std::runtime_error when the address cannot be bound.
    int bind();
    // Serves until stop(); returns false if the server could not run.
    bool run();
    // Safe from another thread; effective once run() has started (see is_running()).
    void stop();
    bool is_running() const;
    bool uses_tls() const { return tls_; }

  private:
    void add_routes();

    const ReceiverConfig& config_;
    EventStore& store_;
    FaultOptions fault_options_;
    FaultPicker faults_;
    Authorizer auth_;
    bool tls_;
    std::unique_ptr<httplib::Server> http_;
};

} // namespace receiver
