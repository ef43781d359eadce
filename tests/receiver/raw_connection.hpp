// A plain TCP connection to the receiver, for the attack tests: from a chosen loopback
// address, writing exactly the bytes a hostile client would (slowly, endlessly, or not at
// all), and reading whatever answer comes. Plus the receiver's memory high-water mark.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <string>

namespace receiver_test {

class RawConnection {
  public:
    // Connects to 127.0.0.1:port from `from` (any 127.x.y.z address works on Linux).
    RawConnection(int port, const std::string& from = "127.0.0.1");
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool connected() const { return fd_ >= 0; }
    // Writes all of `bytes`; false once the server has closed the connection.
    bool send(const std::string& bytes);
    // Writes `total` bytes of chunked body in 64 KiB chunks; returns how many went out before
    // the server closed the connection (or all of them).
    std::size_t send_chunked_flood(std::size_t total);
    // What the server sent within `seconds` (until it closes or the time is up).
    std::string receive(double seconds);
    // True when the server closes the connection within `seconds` without a word.
    bool closed_within(double seconds);

  private:
    int fd_ = -1;
};

// The receiver's peak resident memory so far (VmHWM), in MiB.
double peak_rss_mib(pid_t pid);

} // namespace receiver_test
