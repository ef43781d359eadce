// glibc keeps freed blocks in its arenas; malloc_trim returns the free pages of every arena
// to the kernel (it takes about a millisecond here, once per visit).
#include "free_memory.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kiosk::app {

void give_back_free_memory() {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace kiosk::app
