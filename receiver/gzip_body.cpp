// Bounded gzip inflation with zlib.
#include "gzip_body.hpp"

#include <zlib.h>

#include <array>

namespace receiver {

InflateResult inflate_gzip(const std::string& packed, std::size_t limit, std::string& out) {
    out.clear();
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) // 16: gzip header, not zlib
        return InflateResult::Broken;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data()));
    z.avail_in = static_cast<uInt>(packed.size());
    std::array<char, 16384> chunk{};
    InflateResult result = InflateResult::Broken;
    for (;;) {
        z.next_out = reinterpret_cast<Bytef*>(chunk.data());
        z.avail_out = static_cast<uInt>(chunk.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const std::size_t got = chunk.size() - z.avail_out;
        if (out.size() + got > limit) {
            result = InflateResult::TooBig;
            break;
        }
        out.append(chunk.data(), got);
        if (rc == Z_STREAM_END) {
            result = z.avail_in == 0 ? InflateResult::Ok : InflateResult::Broken;
            break;
        }
        if (rc != Z_OK || (got == 0 && z.avail_in == 0))
            break; // broken data, or it ended before the gzip stream did
    }
    inflateEnd(&z);
    if (result != InflateResult::Ok)
        out.clear();
    return result;
}

} // namespace receiver
