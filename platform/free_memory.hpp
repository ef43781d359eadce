// Gives memory the kiosk freed back to the system. Called once after each visit ends, so a
// kiosk that runs for months holds what it uses, not the high-water mark of its busiest
// visit (docs/testing.md, "Soak").
#pragma once

namespace kiosk::platform {

void give_back_free_memory();

} // namespace kiosk::platform
