// The items each screen can show, from the content pack.
#include "screen_topics.hpp"

#include <set>

namespace kiosk::test {

std::vector<std::string> topics_for(ScreenId screen, const content::ContentPack& pack) {
    std::vector<std::string> out;
    switch (screen) {
    case ScreenId::Substance:
        for (const auto& s : pack.substances)
            out.push_back(s.meta.id);
        break;
    case ScreenId::Page:
        for (const auto& p : pack.pages)
            out.push_back(p.meta.id);
        break;
    case ScreenId::Pages:
        out = {"safer_use", "infections", "mental_health", "drug_checking"};
        break;
    case ScreenId::HelpNeed: {
        std::set<std::string> needs;
        for (const auto& o : pack.help.organisations)
            needs.insert(o.needs.begin(), o.needs.end());
        out.assign(needs.begin(), needs.end());
        break;
    }
    case ScreenId::Organisation:
        for (const auto& o : pack.help.organisations)
            out.push_back(o.id);
        break;
    case ScreenId::GroupType:
        for (const char* type : {"experience", "coaching", "work", "training"})
            out.emplace_back(type);
        break;
    default:
        out.emplace_back("");
    }
    return out;
}

} // namespace kiosk::test
