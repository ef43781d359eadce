// Replaces the global operator new/delete (malloc and free underneath, so the sanitizers still
// see every block) and scans freed blocks while a scan is on. Scanning allocates nothing.
#include "scanning_allocator.hpp"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>

#include <malloc.h>

namespace kiosk::test {

namespace {

constexpr std::size_t kMaxMarkers = 16;
std::atomic<bool> g_scanning{false};
const char* g_markers[kMaxMarkers];
std::size_t g_marker_count = 0;
std::atomic<std::size_t> g_freed{0}, g_found{0};
std::atomic<const char*> g_first{nullptr};

void scan(void* p) {
    if (!p || !g_scanning.load(std::memory_order_relaxed))
        return;
    const std::size_t size = malloc_usable_size(p);
    ++g_freed;
    for (std::size_t i = 0; i < g_marker_count; ++i)
        if (memmem(p, size, g_markers[i], std::strlen(g_markers[i]))) {
            ++g_found;
            const char* none = nullptr;
            g_first.compare_exchange_strong(none, g_markers[i]);
        }
}

} // namespace

void scan_frees_for(std::initializer_list<const char*> markers) {
    g_marker_count = 0;
    for (const char* m : markers)
        if (g_marker_count < kMaxMarkers)
            g_markers[g_marker_count++] = m;
    g_freed = 0;
    g_found = 0;
    g_first = nullptr;
    g_scanning = true;
}

ScanResult stop_scanning() {
    g_scanning = false;
    const char* first = g_first.load();
    return {g_freed.load(), g_found.load(), first ? first : ""};
}

} // namespace kiosk::test

void* operator new(std::size_t size) {
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
    return ::operator new(size);
}
// The nothrow forms too: left alone, a sanitizer's own nothrow new would hand out blocks
// that the delete above frees with free(), which AddressSanitizer reports as a mismatch.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    return std::malloc(size ? size : 1);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
    return std::malloc(size ? size : 1);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    ::operator delete(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    ::operator delete(p);
}
void operator delete(void* p) noexcept {
    kiosk::test::scan(p);
    std::free(p);
}
void operator delete[](void* p) noexcept {
    ::operator delete(p);
}
void operator delete(void* p, std::size_t) noexcept {
    ::operator delete(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    ::operator delete(p);
}
