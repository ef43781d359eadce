// Wires the kiosk together and runs the frame loop until the window closes.
#pragma once

#include "settings.hpp"

namespace kiosk::app {

// Returns the process exit code: 0 normal, 1 no display, 3 too many failed frames.
int run_kiosk(const Settings& settings);

} // namespace kiosk::app
