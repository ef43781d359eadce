// give_back_free_memory: memory freed in the middle of the heap (which free() alone keeps)
// goes back to the kernel, so a kiosk's resident memory is what it uses after a visit.
#include "platform/free_memory.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

// ASan and TSan bring their own allocator, which glibc's malloc_trim does not manage.
#if !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)

namespace {

long anonymous_resident_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("RssAnon:", 0) == 0)
            return std::stol(line.substr(8));
    }
    return -1;
}

} // namespace

TEST_CASE("free memory: what a visit freed in the middle of the heap goes back to the system") {
    constexpr std::size_t kBlock = 8 * 1024; // well below malloc's mmap threshold: on the heap
    constexpr std::size_t kBlocks = 4096;    // 32 MiB
    const long before = anonymous_resident_kib();
    REQUIRE(before > 0);

    std::vector<std::unique_ptr<char[]>> blocks;
    unsigned long sum = 0;
    for (std::size_t i = 0; i < kBlocks; ++i) {
        blocks.emplace_back(new char[kBlock]);
        std::memset(blocks.back().get(), static_cast<int>(i & 0x7f) | 1, kBlock);
        sum += static_cast<unsigned char>(blocks.back()[kBlock / 2]);
    }
    // Still in use after them, so the freed blocks are not the top of the heap, which free()
    // would give back by itself.
    std::unique_ptr<char[]> after(new char[kBlock]);
    std::memset(after.get(), 1, kBlock);
    REQUIRE(sum > kBlocks);
    const long used = anonymous_resident_kib();
    REQUIRE(used - before >= 28 * 1024);

    blocks.clear();
    const long freed = anonymous_resident_kib();
    CHECK(freed - before >= 28 * 1024); // free() alone kept the pages

    kiosk::platform::give_back_free_memory();
    const long given_back = anonymous_resident_kib();
    CHECK(freed - given_back >= 28 * 1024);
    REQUIRE(after[0] == 1);
}

#endif
