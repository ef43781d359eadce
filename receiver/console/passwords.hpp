// Coordinators' passwords are kept only as Argon2id hashes (libsodium's crypto_pwhash_str,
// its interactive limits: 64 MiB and 2 passes), never in clear and never logged.
#pragma once

#include <string>
#include <string_view>

namespace console {

// At least 12 characters and at most 256: a passphrase, not a PIN.
inline constexpr std::size_t kMinPasswordLength = 12;
inline constexpr std::size_t kMaxPasswordLength = 256;

// "" when password may be used, else why not (for the person choosing it).
std::string password_problem(std::string_view password);

// The "$argon2id$..." text to store. Throws std::runtime_error when libsodium fails (memory).
std::string hash_password(std::string_view password);

// Whether password matches hash (in time independent of where they differ). A hash that is
// not Argon2id text never matches.
bool password_matches(const std::string& hash, std::string_view password);

} // namespace console
