// Building upload bodies with nlohmann::json and zlib, and reading the server's answer.
#include "sync/upload_batch.hpp"

#include <nlohmann/json.hpp>
#include <zlib.h>

#include <stdexcept>

namespace kiosk::sync {

std::string batch_body(const std::string& kiosk_id, const std::string& sent_at,
                       const std::vector<store::Event>& events) {
    nlohmann::json list = nlohmann::json::array();
    for (const auto& e : events) {
        list.push_back({{"id", e.id},
                        {"type", e.type},
                        {"occurred_at", e.occurred_at},
                        {"schema", e.schema},
                        {"data", nlohmann::json::parse(e.data_json)}});
    }
    const nlohmann::json body = {{"kiosk_id", kiosk_id}, {"sent_at", sent_at}, {"events", list}};
    return body.dump();
}

bool sendable_json(const store::Event& event) {
    try {
        batch_body("k", "t", {event});
        return true;
    } catch (const nlohmann::json::exception&) {
        return false;
    }
}

std::string gzip(const std::string& text) {
    z_stream stream{};
    // 15 + 16: zlib window with a gzip header and trailer.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        throw std::runtime_error("gzip: zlib could not start");
    std::string out(deflateBound(&stream, static_cast<uLong>(text.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    stream.avail_in = static_cast<uInt>(text.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int rc = deflate(&stream, Z_FINISH);
    const auto written = stream.total_out;
    deflateEnd(&stream);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("gzip: zlib could not compress the batch");
    out.resize(written);
    return out;
}

std::optional<UploadReply> parse_upload_reply(const std::string& body) {
    const auto json = nlohmann::json::parse(body, nullptr, false);
    if (!json.is_object())
        return std::nullopt;
    for (const char* list : {"accepted", "duplicates", "rejected"})
        if (!json.contains(list) || !json[list].is_array())
            return std::nullopt;
    UploadReply reply;
    for (const auto& id : json["accepted"])
        if (id.is_string())
            reply.accepted.push_back(id.get<std::string>());
    for (const auto& id : json["duplicates"])
        if (id.is_string())
            reply.duplicates.push_back(id.get<std::string>());
    for (const auto& r : json["rejected"]) {
        if (!r.is_object() || !r.contains("id") || !r["id"].is_string())
            continue;
        store::Rejection rejection{r["id"].get<std::string>(), ""};
        if (r.contains("reason") && r["reason"].is_string())
            rejection.reason = r["reason"].get<std::string>();
        reply.rejected.push_back(std::move(rejection));
    }
    return reply;
}

} // namespace kiosk::sync
