// The bundle file's envelope (docs/bundles.md): two text lines, then the signed manifest.
//
//   kiosk-bundle 1 <payload length in bytes, decimal>\n
//   ed25519 <signer's public key, base64> <signature, base64>\n
//   <payload: exactly that many bytes, the JSON manifest>
//
// The Ed25519 signature is detached and covers the payload bytes exactly. The public key in
// the second line only helps name a wrong key; verification always uses the configured key.
#pragma once

#include "sync/bundle_crypto.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace kiosk::sync {

inline constexpr std::size_t kMaxBundleBytes = 4 * 1024 * 1024;

// True when bytes start like a bundle of any format version (a Wi-Fi login page does not).
bool looks_like_bundle(const std::string& bytes);

// The whole file for payload, signed with keys.
std::string seal_bundle(const std::string& payload, const KeyPair& keys);

struct OpenedBundle {
    std::optional<std::string> payload; // set only when the signature is good
    std::string problem;                // why not, in plain English for staff
};

// Checks the envelope and the signature against public_key (32 raw bytes).
OpenedBundle open_bundle(const std::string& bytes, const std::string& public_key);

} // namespace kiosk::sync
