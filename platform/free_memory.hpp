// Gives memory the kiosk freed back to the system. Called once after each visit ends, so a
// kiosk that runs for months holds what it uses, not the high-water mark of its busiest
// visit (docs/testing.md, "Soak").
#pragma once

namespace kiosk::platform {

void give_back_free_memory();

// Every thread allocates from the one main malloc arena (glibc's M_ARENA_MAX 1), called at
// the start of main before any thread. glibc otherwise gives threads arenas of their own
// (the uploader, speech, database and GL driver threads), and memory freed in one is not
// reused by another: in the hour-long soak RSS grew 3.7 MB with per-thread arenas and
// 2.0 MB with one. The kiosk's threads allocate little, so they rarely wait for each other.
// Nothing under ASan or TSan (their allocator has no arenas); false when glibc refused.
bool share_one_malloc_arena();

} // namespace kiosk::platform
