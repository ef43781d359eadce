// The bodies of the console's pages (inside html_page's frame).
#pragma once

#include "fleet.hpp"
#include "texts.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace console {

// The sign-in form; login_token goes back in a hidden field (it must match the cookie).
std::string login_main(Lang lang, const std::string& login_token,
                       std::optional<Txt> message = std::nullopt);

// One row per kiosk: its last report and, first, the flags that need attention.
std::string fleet_main(Lang lang, const std::vector<KioskHealth>& kiosks, std::int64_t now_unix);

} // namespace console
