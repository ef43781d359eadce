// The console's HTTP(S) server (GNU libmicrohttpd): reads a request (a form body of at most
// 128 KiB), hands it to ConsoleApp, sends the answer. Limits like the receiver's: a slow client
// holds no worker, 256 connections, 16 per address, 30 s idle.
#pragma once

#include "console_app.hpp"
#include "console_config.hpp"

#include <atomic>
#include <condition_variable>
#include <mutex>

struct MHD_Daemon;

namespace console {

class ConsoleServer {
  public:
    ConsoleServer(const ConsoleConfig& config, ConsoleApp& app);
    ~ConsoleServer();
    ConsoleServer(const ConsoleServer&) = delete;
    ConsoleServer& operator=(const ConsoleServer&) = delete;

    // Binds the address; returns the port. Throws std::runtime_error saying what to check.
    int bind();
    // Serves until stop(); false when the server could not start.
    bool run();
    void stop();
    bool is_running() const { return running_; }

    struct Callbacks;

  private:
    const ConsoleConfig& config_;
    ConsoleApp& app_;
    std::string cert_, key_;
    int listen_fd_ = -1;
    MHD_Daemon* daemon_ = nullptr;
    std::atomic<bool> running_{false};
    std::mutex mutex_;
    std::condition_variable stop_wanted_;
    bool stop_ = false;
};

} // namespace console
