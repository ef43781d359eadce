// The screens of the kiosk, with the stable text ids used by --goto, --ui-dump and tests.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kiosk {

enum class ScreenId { Home, Info, Groups, Search, StaffPin, Staff };

std::string_view screen_name(ScreenId id);
std::optional<ScreenId> parse_screen_name(std::string_view name);
// Screens a visitor uses (they show the quick-exit control); the others are staff-only.
bool is_visitor_screen(ScreenId id);
const std::vector<ScreenId>& all_screens();

} // namespace kiosk
