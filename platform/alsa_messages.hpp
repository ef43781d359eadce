// ALSA's own error messages: caught instead of printed. Without a sound card libasound
// prints eight lines to stderr at every open (the journal of a kiosk without a speaker
// would fill with them at every Listen tap); the kiosk says what went wrong itself, in one
// line, and adds the first line ALSA gave as the reason.
#pragma once

#include <string>

namespace kiosk::platform {

// Routes libasound's messages to catch_alsa_messages() instead of stderr (once per process;
// the first call installs the handler) and forgets what this thread caught so far.
void start_catching_alsa_messages();

// The first message libasound gave on this thread since start_catching_alsa_messages(),
// e.g. "cannot find card '0'"; "" when it said nothing.
std::string first_alsa_message();

} // namespace kiosk::platform
