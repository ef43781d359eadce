// libmicrohttpd responses from Reply values, PEM files, peer addresses.
#include "mhd_reply.hpp"

#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace receiver {

namespace {

// The close fault: half the promised body, then an error so the connection drops.
ssize_t first_half(void* cls, uint64_t pos, char* buf, size_t max) {
    const auto& body = *static_cast<const std::string*>(cls);
    const std::size_t half = body.size() / 2;
    if (pos >= half)
        return MHD_CONTENT_READER_END_WITH_ERROR;
    const std::size_t n = std::min<std::size_t>(max, half - pos);
    std::memcpy(buf, body.data() + pos, n);
    return static_cast<ssize_t>(n);
}

void free_body(void* cls) {
    delete static_cast<std::string*>(cls);
}

} // namespace

std::string read_pem(const std::string& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    if (in)
        text << in.rdbuf();
    if (!in || text.str().empty())
        throw std::runtime_error("cannot read the TLS " + std::string(what) + " " + path +
                                 " (a PEM file the receiver may read)");
    return text.str();
}

std::string address_of(const sockaddr* addr) {
    if (!addr)
        return "?";
    char host[NI_MAXHOST] = "?";
    const socklen_t size = addr->sa_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    getnameinfo(addr, size, host, sizeof host, nullptr, 0, NI_NUMERICHOST);
    return host;
}

MHD_Result send_reply(MHD_Connection* connection, Reply reply) {
    MHD_Response* r = nullptr;
    if (reply.cut_short) {
        auto* body = new std::string(std::move(reply.body));
        r = MHD_create_response_from_callback(body->size(), 4096, &first_half, body, &free_body);
    } else {
        r = MHD_create_response_from_buffer(reply.body.size(), reply.body.data(),
                                            MHD_RESPMEM_MUST_COPY);
    }
    if (!r)
        return MHD_NO;
    if (reply.status != 304)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, reply.content_type.c_str());
    for (const auto& [name, value] : reply.headers)
        MHD_add_response_header(r, name.c_str(), value.c_str());
    if (reply.close_connection)
        MHD_add_response_header(r, MHD_HTTP_HEADER_CONNECTION, "close");
    const MHD_Result queued =
        MHD_queue_response(connection, static_cast<unsigned>(reply.status), r);
    MHD_destroy_response(r);
    return queued;
}

} // namespace receiver
