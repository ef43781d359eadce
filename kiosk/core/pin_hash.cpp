// Argon2id hashing with libsodium's interactive limits (fast enough on a Raspberry Pi).
#include "pin_hash.hpp"

#include <sodium.h>

#include <stdexcept>

namespace kiosk {

namespace {
void ensure_sodium() {
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not start");
}
} // namespace

std::string hash_pin(const std::string& pin) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        throw std::runtime_error("not enough memory to hash the PIN");
    return out;
}

bool verify_pin(const std::string& hash, std::string_view pin) {
    ensure_sodium();
    if (hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.data(), pin.size()) == 0;
}

bool is_valid_pin(const std::string& pin) {
    return pin.size() >= 4 && pin.size() <= 8 &&
           pin.find_first_not_of("0123456789") == std::string::npos;
}

} // namespace kiosk
