// Sending a handler's Reply through libmicrohttpd: status, headers, body; or, for the close
// test fault, half the promised body and then a dropped connection.
#pragma once

#include "reply.hpp"

#include <microhttpd.h>

namespace receiver {

MHD_Result send_reply(MHD_Connection* connection, Reply reply);

} // namespace receiver
