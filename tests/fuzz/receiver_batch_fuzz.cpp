// Fuzz target: what a stranger can send the receiver's upload route: a body, gzip or not,
// read under the receiver's limit and parsed and checked as a batch of events.
#include "batch.hpp"
#include "fuzz_scratch.hpp"
#include "gzip_body.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string body = kiosk::fuzz::as_text(data, size);
    if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b) {
        std::string inflated;
        if (receiver::inflate_gzip(body, 1 << 20, inflated) != receiver::InflateResult::Ok)
            return 0;
        body = std::move(inflated);
    }
    try {
        (void)receiver::parse_batch(body);
    } catch (const receiver::BadBody&) {
        // refused with a 400 and its reason: what should happen
    }
    return 0;
}
