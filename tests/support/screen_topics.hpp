// The items each screen can show (every substance, page, need and organisation of the pack),
// for tests that walk every visitor screen.
#pragma once

#include "core/content/content_pack.hpp"
#include "core/screen_id.hpp"

#include <string>
#include <vector>

namespace kiosk::test {

std::vector<std::string> topics_for(ScreenId screen, const content::ContentPack& pack);

} // namespace kiosk::test
