// Argon2id through libsodium.
#include "passwords.hpp"

#include <sodium.h>

#include <stdexcept>

namespace console {

namespace {

void start_sodium() {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium could not start");
    }
}

} // namespace

std::string password_problem(std::string_view password) {
    if (password.size() < kMinPasswordLength) {
        return "a password needs at least " + std::to_string(kMinPasswordLength) +
               " characters; a few words together are easy to remember";
    }
    if (password.size() > kMaxPasswordLength) {
        return "a password may have at most " + std::to_string(kMaxPasswordLength) + " characters";
    }
    return "";
}

std::string hash_password(std::string_view password) {
    start_sodium();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(
            hash, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::runtime_error("could not hash the password (out of memory)");
    }
    return hash;
}

bool password_matches(const std::string& hash, std::string_view password) {
    start_sodium();
    if (hash.rfind("$argon2id$", 0) != 0) {
        return false;
    }
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

} // namespace console
