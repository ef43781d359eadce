// Token checks. Unknown kiosks still cost one comparison, like known ones.
#include "auth.hpp"

#include <cctype>

namespace receiver {

bool tokens_equal(const std::string& a, const std::string& b) {
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const std::string& longer = a.size() >= b.size() ? a : b;
    for (std::size_t i = 0; i < longer.size(); ++i) {
        const auto x = static_cast<unsigned char>(i < a.size() ? a[i] : 0);
        const auto y = static_cast<unsigned char>(i < b.size() ? b[i] : 0);
        diff = static_cast<unsigned char>(diff | (x ^ y));
    }
    return diff == 0;
}

std::optional<std::string> bearer_token(const std::string& authorization) {
    constexpr std::size_t kScheme = 6; // "Bearer"
    if (authorization.size() <= kScheme + 1 || authorization[kScheme] != ' ') {
        return std::nullopt;
    }
    for (std::size_t i = 0; i < kScheme; ++i) {
        if (std::tolower(static_cast<unsigned char>(authorization[i])) != "bearer"[i]) {
            return std::nullopt;
        }
    }
    const auto start = authorization.find_first_not_of(' ', kScheme);
    if (start == std::string::npos) {
        return std::nullopt;
    }
    const auto end = authorization.find_last_not_of(' ');
    return authorization.substr(start, end - start + 1);
}

Authorizer::Authorizer(std::vector<KioskCredential> kiosks, std::string admin_token)
    : kiosks_(std::move(kiosks)), admin_token_(std::move(admin_token)) {}

bool Authorizer::kiosk_may_upload(const std::string& kiosk_id,
                                  const std::string& authorization) const {
    const auto token = bearer_token(authorization);
    const KioskCredential* match = nullptr;
    for (const auto& kiosk : kiosks_) {
        if (kiosk.id == kiosk_id) {
            match = &kiosk;
        }
    }
    static const std::string kNoToken(32, '\0');
    const bool equal = tokens_equal(token.value_or(""), match ? match->token : kNoToken);
    return token && match && equal;
}

bool Authorizer::is_admin(const std::string& authorization) const {
    const auto token = bearer_token(authorization);
    return export_enabled() && token && tokens_equal(*token, admin_token_);
}

} // namespace receiver
