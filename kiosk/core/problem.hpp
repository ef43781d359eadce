// One problem found in an input file (config, catalogue, content): where, which field, what.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

struct Problem {
    std::string file;
    int line = 0; // 0 when the problem is not tied to a line
    std::string field;
    std::string message;
};

// "file:line: field: message" (line and field left out when unknown).
std::string to_string(const Problem& problem);
std::string to_string(const std::vector<Problem>& problems);

} // namespace kiosk
