// glibc keeps freed blocks in its arenas; malloc_trim returns the free pages of every arena
// to the kernel (about a millisecond on a kiosk's heap, once per visit).
#include "platform/free_memory.hpp"

#include <cstdlib> // defines __GLIBC__ on glibc, which the test below needs

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kiosk::platform {

void give_back_free_memory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace kiosk::platform
