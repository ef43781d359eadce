// Error replies as short JSON.
#include "reply.hpp"

#include "request_log.hpp"

#include <nlohmann/json.hpp>

namespace receiver {

Reply error_reply(int status, const std::string& message) {
    request_note().error = message;
    Reply reply;
    reply.status = status;
    reply.body = nlohmann::json{{"error", message}}.dump();
    return reply;
}

Reply closing(Reply reply) {
    reply.close_connection = true;
    return reply;
}

} // namespace receiver
