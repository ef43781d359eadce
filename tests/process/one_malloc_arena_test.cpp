// share_one_malloc_arena in a process of its own (arenas, once made, stay for the process's
// life, so a Catch2 binary that already ran threads cannot show it): eight threads allocate
// at the same time, and glibc's malloc_info must still list one arena. Without the call
// glibc gives them arenas of their own. Exit 0 passed, 1 failed, 77 skipped (sanitizers).
#include "platform/free_memory.hpp"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
int main() {
    std::puts("skipped: the sanitizer's allocator has no malloc arenas");
    return 77;
}
#else
#include <malloc.h>

#include <barrier>

namespace {

// The number of <heap nr="..."> elements in glibc's malloc_info: one per arena.
int arenas() {
    char* text = nullptr;
    std::size_t size = 0;
    FILE* out = open_memstream(&text, &size);
    malloc_info(0, out);
    std::fclose(out);
    int count = 0;
    for (const char* at = text; (at = std::strstr(at, "<heap nr=")) != nullptr; ++at)
        ++count;
    std::free(text);
    return count;
}

} // namespace

int main(int argc, char**) {
    const bool share = argc == 1; // any argument: without the call, to see the test fail
    if (share && !kiosk::platform::share_one_malloc_arena()) {
        std::puts("FAILED: glibc refused M_ARENA_MAX 1");
        return 1;
    }
    constexpr int kThreads = 8;
    std::barrier all_allocated(kThreads + 1);
    std::barrier may_free(kThreads + 1);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&] {
            std::vector<void*> blocks;
            for (int i = 0; i < 64; ++i)
                blocks.push_back(std::malloc(4096));
            all_allocated.arrive_and_wait(); // all alive and holding memory at once
            may_free.arrive_and_wait();
            for (void* b : blocks)
                std::free(b);
        });
    all_allocated.arrive_and_wait();
    const int found = arenas();
    may_free.arrive_and_wait();
    for (auto& t : threads)
        t.join();
    std::printf("%d threads allocating at once, %s: %d malloc arena(s)\n", kThreads,
                share ? "one arena shared" : "glibc's default", found);
    if (found != 1) {
        std::puts("FAILED: expected every thread in the one main arena");
        return 1;
    }
    std::puts("1 passed, 0 failed");
    return 0;
}
#endif
