// The HTTP(S) server (docs/receiver.md, "Hardening"), on GNU libmicrohttpd: an event loop on a
// few threads, so slow or idle clients hold a connection slot, never a worker; connection limits
// in total and per address; every request line is routed before its body is read; every body
// is limited as it arrives (chunked too) and again when unpacked; addresses that keep failing
// are answered 429 at once; the request log is throttled.
#pragma once

#include "address_guard.hpp"
#include "auth.hpp"
#include "config.hpp"
#include "event_retention.hpp"
#include "event_store.hpp"
#include "faults.hpp"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>

struct MHD_Daemon;

namespace receiver {

// What one server may hold at most (documented in docs/receiver.md).
struct ServerLimits {
    unsigned connections = 1024;        // open connections in total
    unsigned idle_timeout_seconds = 15; // a connection with nothing sent for this long is closed
    unsigned worker_threads = 4;        // each runs an event loop over its share of connections
    std::size_t body_budget_bytes = 0;  // bodies held at once, all requests; 0: 64 MiB or
                                        // 4 bodies of max_body_bytes, whichever is more
};

class ReceiverServer {
  public:
    // HTTPS when config.tls is set; throws std::runtime_error when the certificate or key
    // cannot be read.
    ReceiverServer(const ReceiverConfig& config, EventStore& store, const FaultOptions& faults);
    ~ReceiverServer();
    ReceiverServer(const ReceiverServer&) = delete;
    ReceiverServer& operator=(const ReceiverServer&) = delete;

    // Binds the configured address; returns the port (the chosen one for port 0). Throws
    // std::runtime_error when the address cannot be bound.
    int bind();
    // Serves until stop(); returns false if the server could not run.
    bool run();
    // Safe from another thread, also before run() started.
    void stop();
    bool is_running() const { return running_; }
    bool uses_tls() const { return tls_; }

    // For the libmicrohttpd callbacks (server.cpp).
    struct Exchange;
    struct Callbacks;

  private:
    const ReceiverConfig& config_;
    EventStore& store_;
    EventRetention retention_;
    FaultOptions fault_options_;
    FaultPicker faults_;
    Authorizer auth_;
    AddressGuard guard_;
    ServerLimits limits_;
    bool tls_;
    std::string tls_cert_, tls_key_; // PEM text, kept while the daemon runs
    int listen_fd_ = -1;
    MHD_Daemon* daemon_ = nullptr;
    std::atomic<bool> running_{false};
    std::atomic<std::size_t> body_bytes_held_{0};
    std::mutex mutex_;
    std::condition_variable stop_wanted_;
    bool stop_ = false;
};

} // namespace receiver
