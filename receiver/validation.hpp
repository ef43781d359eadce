// The text forms the upload protocol accepts: event ids, event types, kiosk ids (UTC times:
// common/rfc3339.hpp).
#pragma once

#include <cstddef>
#include <string>

namespace receiver {

// A lower-case UUID in its 36-character form, e.g. "0f8c2b9e-3d4a-4c1e-9a57-1b2c3d4e5f60".
bool is_event_id(const std::string& text);

// 1-64 characters: lower-case words of a-z, 0-9 and _ (each starting with a letter) joined by
// dots, e.g. "signup.created".
bool is_event_type(const std::string& text);

// 1-64 characters of a-z, 0-9, - and _ (the kiosk's own rule for kiosk_id).
bool is_kiosk_id(const std::string& text);

// True when JSON text nests arrays and objects no deeper than max_depth (strings are skipped).
// Checked before parsing so that a hostile body cannot exhaust the stack.
bool nesting_within(const std::string& json, std::size_t max_depth);

} // namespace receiver
