// A secret signing key on disk (the content key kiosk_bundle signs with, and the coordinator
// console's alert key): a small text file, readable by its owner only.
//
//   # kiosk_bundle signing key (Ed25519 seed, base64). Keep it secret: ...
//   # public key: <base64>
//   <base64 of the 32-byte seed>
#pragma once

#include "sync/bundle_crypto.hpp"

#include <stdexcept>
#include <string>

namespace kiosk::sync {

// A key file that cannot be written or read; what() says which file and why.
class KeyFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Creates path with mode 0600; refuses to replace an existing file.
void write_key_file(const std::string& path, const KeyPair& keys);

// Reads the seed line back. `warning` is set when others may read the file.
KeyPair read_key_file(const std::string& path, std::string& warning);

} // namespace kiosk::sync
