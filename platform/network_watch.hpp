// Tells the uploader when the network may have come back: a thread listens on a Linux
// rtnetlink socket for links going up and addresses being added (a cable plugged in, Wi-Fi
// joined, DHCP done) and calls `on_change`. Without netlink (a container that forbids it) the
// watch does nothing and the uploader's own timer still retries.
#pragma once

#include <functional>
#include <string>
#include <thread>

namespace kiosk::platform {

class NetworkWatch {
  public:
    explicit NetworkWatch(std::function<void()> on_change);
    ~NetworkWatch();
    NetworkWatch(const NetworkWatch&) = delete;
    NetworkWatch& operator=(const NetworkWatch&) = delete;

    // Empty when watching; otherwise why it cannot (for the log).
    const std::string& problem() const { return problem_; }

  private:
    void run();

    std::function<void()> on_change_;
    int netlink_ = -1;
    int stop_ = -1; // an eventfd the destructor writes to end the thread
    std::string problem_;
    std::thread thread_;
};

} // namespace kiosk::platform
