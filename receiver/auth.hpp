// Who may upload and export: bearer tokens checked per kiosk, in constant time.
#pragma once

#include "config.hpp"

#include <optional>
#include <string>
#include <vector>

namespace receiver {

// Compares without stopping at the first difference, so timing tells nothing about a token.
bool tokens_equal(const std::string& a, const std::string& b);

// The token of an "Authorization: Bearer <token>" header value (scheme case-insensitive).
std::optional<std::string> bearer_token(const std::string& authorization);

class Authorizer {
  public:
    Authorizer(std::vector<KioskCredential> kiosks, std::string admin_token);

    // True when authorization carries the token configured for kiosk_id.
    bool kiosk_may_upload(const std::string& kiosk_id, const std::string& authorization) const;
    bool export_enabled() const { return !admin_token_.empty(); }
    bool is_admin(const std::string& authorization) const;

  private:
    std::vector<KioskCredential> kiosks_;
    std::string admin_token_;
};

} // namespace receiver
