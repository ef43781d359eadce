// PNG files made in the tests (stb_image_write): plain ones of any size, noisy ones that do
// not compress (to go over the size limit), and the example alert picture's bytes.
#pragma once

#include "store_test_support.hpp"

#include <stb_image_write.h>

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::test {

// A width x height RGB PNG; `noisy` fills it with pseudo-random pixels.
inline std::string make_png(int width, int height, bool noisy = false) {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * height * 3, 200);
    std::uint32_t state = 12345;
    if (noisy)
        for (auto& p : pixels) {
            state = state * 1664525u + 1013904223u;
            p = static_cast<unsigned char>(state >> 24);
        }
    std::string out;
    stbi_write_png_to_func(
        [](void* context, void* data, int size) {
            static_cast<std::string*>(context)->append(static_cast<const char*>(data),
                                                       static_cast<std::size_t>(size));
        },
        &out, width, height, 3, pixels.data(), width * 3);
    return out;
}

inline std::string example_picture() {
    return store::test::read_bytes(std::string(KIOSK_TEST_ASSETS) +
                                   "/../tests/fixtures/alert-pictures/example-pink-pill.png");
}

} // namespace kiosk::test
