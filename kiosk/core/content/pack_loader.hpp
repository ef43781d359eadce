// Loads a content pack folder and checks it completely: every file, field, id,
// language and cross-reference. A pack with any problem is not used; the caller keeps
// the last good one. `notes` list what is fine but worth knowing (untranslated items).
#pragma once

#include "content_pack.hpp"
#include "core/problem.hpp"

#include <string>
#include <vector>

namespace kiosk::content {

struct LoadResult {
    PackPtr pack; // null when there are problems
    std::vector<Problem> problems;
    std::vector<Problem> notes;
};

// `languages`: the kiosk's enabled languages; items without one of them are noted
// (visitors see English or Dutch instead).
LoadResult load_pack(const std::string& dir, const std::vector<std::string>& languages);

} // namespace kiosk::content
