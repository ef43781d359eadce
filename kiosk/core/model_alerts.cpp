// Which drug alerts the screens show today, in the order they show them.
#include "kiosk_model.hpp"

#include <algorithm>

namespace kiosk {

std::vector<const content::Alert*> KioskModel::current_alerts() const {
    std::vector<const content::Alert*> out;
    if (!alerts_)
        return out;
    const bool day_known = day_ != ReachCounters::kUnknownDay && !day_.empty();
    for (const auto& a : *alerts_)
        if (content::alert_is_current(a, day_, day_known))
            out.push_back(&a);
    std::stable_sort(out.begin(), out.end(), [](const content::Alert* x, const content::Alert* y) {
        if (x->level != y->level)
            return x->level < y->level; // red, then warning, then notice
        return x->issued > y->issued;
    });
    return out;
}

std::vector<const content::Alert*> KioskModel::red_alerts_for(const std::string& substance) const {
    std::vector<const content::Alert*> out;
    for (const content::Alert* a : current_alerts())
        if (a->level == content::AlertLevel::Red &&
            std::find(a->substances.begin(), a->substances.end(), substance) != a->substances.end())
            out.push_back(a);
    return out;
}

} // namespace kiosk
