// Loads and checks a location's schedule file (assets/groups/schedule.toml). A file with any
// problem is never used; every problem says where ("file:line: field:"), what is wrong and
// what is allowed.
#pragma once

#include "core/groups/schedule.hpp"
#include "core/problem.hpp"

#include <memory>
#include <string>
#include <vector>

namespace kiosk::groups {

struct ScheduleLoad {
    std::shared_ptr<const Schedule> schedule; // null when there is any problem
    std::vector<Problem> problems;            // sorted by line
};

ScheduleLoad load_schedule(const std::string& path);

// The language codes a name or leader may have; nl and en are required.
const std::vector<std::string>& schedule_languages();

} // namespace kiosk::groups
