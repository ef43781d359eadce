// The checks of a content pack across its files, once every file is read: every item in the
// languages pack.toml requires (a note for enabled languages it lacks), every two substances
// with a mixing pair and no pair twice, organisations with their texts, no id used twice.
#pragma once

#include "content_pack.hpp"
#include "pack_loader.hpp"

#include <string>
#include <vector>

namespace kiosk::content {

// Adds problems (the pack cannot be used) and notes to `out`.
void check_pack(const ContentPack& pack, const std::vector<std::string>& enabled_languages,
                LoadResult& out);

} // namespace kiosk::content
