// Formatting of problems for people: the same shape everywhere, easy to grep.
#include "problem.hpp"

namespace kiosk {

std::string to_string(const Problem& p) {
    std::string out = p.file;
    if (p.line > 0)
        out += ":" + std::to_string(p.line);
    out += ": ";
    if (!p.field.empty())
        out += p.field + ": ";
    out += p.message;
    return out;
}

std::string to_string(const std::vector<Problem>& problems) {
    std::string out;
    for (const auto& p : problems)
        out += to_string(p) + "\n";
    return out;
}

} // namespace kiosk
