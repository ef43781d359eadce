// libmicrohttpd glue shared by the receiver and the console: sending a handler's Reply
// (status, headers, body; or, for the close test fault, half the body and a dropped
// connection), reading the TLS files, and the peer's address.
#pragma once

#include "reply.hpp"

#include <microhttpd.h>
#include <sys/socket.h>

#include <string>

namespace receiver {

MHD_Result send_reply(MHD_Connection* connection, Reply reply);

// The text of a PEM file for the TLS setup. Throws std::runtime_error naming what and where.
std::string read_pem(const std::string& path, const char* what);

// The numeric address of a connection's peer ("?" when unknown).
std::string address_of(const sockaddr* addr);

} // namespace receiver
