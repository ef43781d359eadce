// The session table and its random tokens.
#include "sessions.hpp"

#include <sodium.h>

#include <stdexcept>

namespace console {

std::string random_token() {
    if (sodium_init() < 0) {
        throw std::runtime_error("libsodium could not start");
    }
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    char text[sodium_base64_ENCODED_LEN(32, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
    sodium_bin2base64(text, sizeof text, bytes, sizeof bytes,
                      sodium_base64_VARIANT_URLSAFE_NO_PADDING);
    return text;
}

bool same_secret(const std::string& a, const std::string& b) {
    return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string SessionTable::open(const std::string& user, Role role, Clock::time_point now) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (sessions_.size() >= limits_.most) {
        drop_oldest();
    }
    std::string token = random_token();
    sessions_[token] = Session{user, role, random_token(), now, now};
    return token;
}

std::optional<Session> SessionTable::find(const std::string& token, Clock::time_point now) {
    std::lock_guard<std::mutex> lock(mutex_);
    const auto it = sessions_.find(token);
    if (it == sessions_.end()) {
        return std::nullopt;
    }
    Session& s = it->second;
    if (now - s.last_seen > limits_.idle || now - s.started > limits_.longest) {
        sessions_.erase(it);
        return std::nullopt;
    }
    s.last_seen = now;
    return s;
}

void SessionTable::close(const std::string& token) {
    std::lock_guard<std::mutex> lock(mutex_);
    sessions_.erase(token);
}

void SessionTable::drop_oldest() {
    auto oldest = sessions_.begin();
    for (auto it = sessions_.begin(); it != sessions_.end(); ++it) {
        if (it->second.last_seen < oldest->second.last_seen) {
            oldest = it;
        }
    }
    if (oldest != sessions_.end()) {
        sessions_.erase(oldest);
    }
}

} // namespace console
