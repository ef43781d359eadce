// Ed25519 keys and detached signatures for bundles (libsodium), and the strict base64 they
// are written in. Raw keys and signatures are byte strings; base64 is the standard alphabet
// with padding ("original" variant).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace kiosk::sync {

inline constexpr std::size_t kPublicKeyBytes = 32;
inline constexpr std::size_t kSeedBytes = 32;
inline constexpr std::size_t kSignatureBytes = 64;

std::string to_base64(const std::string& bytes);
// Nothing but base64 with correct padding (no spaces, no line breaks); nullopt otherwise.
std::optional<std::string> from_base64(const std::string& text);

struct KeyPair {
    std::string public_key; // 32 bytes
    std::string secret_key; // 64 bytes (libsodium's form: seed followed by the public key)
    std::string seed;       // 32 bytes: all a secret key file needs to hold
};

KeyPair generate_key_pair();
// nullopt unless seed is 32 bytes.
std::optional<KeyPair> key_pair_from_seed(const std::string& seed);

// The 32-byte key of a base64 text (44 characters); nullopt for anything else.
std::optional<std::string> decode_public_key(const std::string& base64);

std::string sign_detached(const std::string& message, const KeyPair& keys);
bool verify_detached(const std::string& message, const std::string& signature,
                     const std::string& public_key);

} // namespace kiosk::sync
