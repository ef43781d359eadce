// The receiver's listening socket, opened before the server starts (so the port is known, and
// a wrong address is a clear error at once) with a backlog that holds a burst of kiosks.
#pragma once

#include <string>

namespace receiver {

struct ListeningSocket {
    int fd = -1;
    int port = 0; // the one bound (the chosen one for port 0)
};

// Throws std::runtime_error saying what to check when the address cannot be bound.
ListeningSocket listen_on(const std::string& host, int port);

} // namespace receiver
