// Turning a Reply into an httplib response.
#include "reply.hpp"

#include "request_log.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>

namespace receiver {

Reply error_reply(int status, const std::string& message) {
    request_note().error = message;
    Reply reply;
    reply.status = status;
    reply.body = nlohmann::json{{"error", message}}.dump();
    return reply;
}

void send_reply(httplib::Response& res, Reply reply, bool cut_short) {
    res.status = reply.status;
    for (const auto& [name, value] : reply.headers) {
        res.set_header(name, value);
    }
    if (reply.close_connection) {
        res.set_header("Connection", "close");
    }
    if (!cut_short) {
        res.set_content(reply.body, reply.content_type);
        return;
    }
    auto body = std::make_shared<std::string>(std::move(reply.body));
    const std::size_t sent = body->size() / 2;
    res.set_content_provider(
        body->size(), reply.content_type,
        [body, sent](std::size_t offset, std::size_t, httplib::DataSink& sink) {
            if (offset == 0 && sent > 0) {
                sink.write(body->data(), sent);
                return true;
            }
            return false; // httplib then drops the connection
        });
}

} // namespace receiver
