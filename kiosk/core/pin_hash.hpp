// Staff PINs are stored only as Argon2id hashes (libsodium), never in clear.
#pragma once

#include <string>
#include <string_view>

namespace kiosk {

// Throws std::runtime_error if libsodium cannot start or runs out of memory.
std::string hash_pin(const std::string& pin);
bool verify_pin(const std::string& hash, std::string_view pin);
// 4 to 8 digits.
bool is_valid_pin(const std::string& pin);

} // namespace kiosk
