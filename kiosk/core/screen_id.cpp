// Screen names back to screens, through the one table in screen_id.hpp.
#include "screen_id.hpp"

namespace kiosk {

std::optional<ScreenId> parse_screen_name(std::string_view name) {
    for (const auto& s : kScreens)
        if (s.name == name)
            return s.id;
    return std::nullopt;
}

} // namespace kiosk
