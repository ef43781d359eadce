// libsodium behind bundle_crypto.hpp. sodium_init() is idempotent and thread-safe, so every
// entry point calls it.
#include "sync/bundle_crypto.hpp"

#include <sodium.h>

#include <stdexcept>
#include <vector>

namespace kiosk::sync {

namespace {

void init() {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not start");
}

const unsigned char* bytes_of(const std::string& text) {
    return reinterpret_cast<const unsigned char*>(text.data());
}

} // namespace

std::string to_base64(const std::string& bytes) {
    init();
    const std::size_t length =
        sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::vector<char> out(length);
    sodium_bin2base64(out.data(), out.size(), bytes_of(bytes), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    return std::string(out.data());
}

std::optional<std::string> from_base64(const std::string& text) {
    init();
    std::vector<unsigned char> out(text.size() / 4 * 3 + 3);
    std::size_t length = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        return std::nullopt;
    return std::string(reinterpret_cast<const char*>(out.data()), length);
}

KeyPair generate_key_pair() {
    init();
    std::string seed(kSeedBytes, '\0');
    randombytes_buf(seed.data(), seed.size());
    auto keys = key_pair_from_seed(seed);
    sodium_memzero(seed.data(), seed.size());
    return *keys;
}

std::optional<KeyPair> key_pair_from_seed(const std::string& seed) {
    init();
    if (seed.size() != kSeedBytes)
        return std::nullopt;
    KeyPair keys;
    keys.public_key.assign(crypto_sign_PUBLICKEYBYTES, '\0');
    keys.secret_key.assign(crypto_sign_SECRETKEYBYTES, '\0');
    keys.seed = seed;
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(keys.public_key.data()),
                             reinterpret_cast<unsigned char*>(keys.secret_key.data()),
                             bytes_of(seed));
    return keys;
}

std::optional<std::string> decode_public_key(const std::string& base64) {
    auto key = from_base64(base64);
    if (!key || key->size() != kPublicKeyBytes)
        return std::nullopt;
    return key;
}

std::string sign_detached(const std::string& message, const KeyPair& keys) {
    init();
    std::string signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         bytes_of(message), message.size(), bytes_of(keys.secret_key));
    return signature;
}

bool verify_detached(const std::string& message, const std::string& signature,
                     const std::string& public_key) {
    init();
    if (signature.size() != crypto_sign_BYTES || public_key.size() != crypto_sign_PUBLICKEYBYTES)
        return false;
    return crypto_sign_verify_detached(bytes_of(signature), bytes_of(message), message.size(),
                                       bytes_of(public_key)) == 0;
}

} // namespace kiosk::sync
