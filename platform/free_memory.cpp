// glibc keeps freed blocks in its arenas; malloc_trim returns the free pages of every arena
// to the kernel (about a millisecond on a kiosk's heap, once per visit), and M_ARENA_MAX 1
// keeps every thread in the main arena. Under ASan or TSan
// the sanitizer's own allocator holds the memory and glibc's arenas are nearly empty, so
// sanitized builds skip the call (as tests/unit/free_memory_test.cpp skips its check).
#include "platform/free_memory.hpp"

#include <cstdlib> // defines __GLIBC__ on glibc, which the test below needs

#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define KIOSK_SANITIZED_ALLOCATOR 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define KIOSK_SANITIZED_ALLOCATOR 1
#endif

#if defined(__GLIBC__) && !defined(KIOSK_SANITIZED_ALLOCATOR)
#include <malloc.h>
#define KIOSK_TRIM_MALLOC 1
#endif

namespace kiosk::platform {

void give_back_free_memory() {
#if defined(KIOSK_TRIM_MALLOC)
    malloc_trim(0);
#endif
}

bool share_one_malloc_arena() {
#if defined(KIOSK_TRIM_MALLOC)
    return mallopt(M_ARENA_MAX, 1) == 1;
#else
    return true;
#endif
}

} // namespace kiosk::platform
