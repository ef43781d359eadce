// Signed-in coordinators: a random session token in a cookie (Secure, HttpOnly,
// SameSite=Strict), held only in this table in memory, with its own CSRF token for every
// form. A session ends after 30 idle minutes, after 12 hours in any case, at sign-out, and
// when the console restarts.
#pragma once

#include "roles.hpp"

#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace console {

using Clock = std::chrono::steady_clock;

struct Session {
    std::string user;
    Role role = Role::Viewer;
    std::string csrf; // must come back with every form posted in this session
    Clock::time_point started{};
    Clock::time_point last_seen{};
};

struct SessionLimits {
    std::chrono::minutes idle{30};
    std::chrono::hours longest{12};
    std::size_t most = 1000; // open sessions at once; the oldest ends first
};

// 32 random bytes as base64url without padding (43 characters).
std::string random_token();

// Whether two secrets are the same, in time that does not depend on where they differ.
bool same_secret(const std::string& a, const std::string& b);

class SessionTable {
  public:
    explicit SessionTable(SessionLimits limits = {}) : limits_(limits) {}

    // A new session for user; returns its token (for the cookie).
    std::string open(const std::string& user, Role role, Clock::time_point now);
    // The session of token, its idle time restarted; nullopt when unknown or over.
    std::optional<Session> find(const std::string& token, Clock::time_point now);
    void close(const std::string& token);

  private:
    void drop_oldest();

    SessionLimits limits_;
    std::mutex mutex_;
    std::unordered_map<std::string, Session> sessions_;
};

} // namespace console
