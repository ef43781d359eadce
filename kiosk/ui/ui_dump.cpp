// JSON for the UI dump, built with nlohmann::json.
#include "ui_dump.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace kiosk::ui {

std::string ui_dump_json(std::uint64_t frame, const std::string& screen, const std::string& lang,
                         const std::vector<TapItem>& taps, const DisplayTransform& transform,
                         const std::vector<ScreenText>& drawn) {
    std::vector<std::string> texts;
    for (const auto& d : drawn)
        if (d.button_id.empty())
            texts.push_back(d.text);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& tap : taps) {
        const Rect r = transform.to_physical(
            Rect{tap.min.x, tap.min.y, tap.max.x - tap.min.x, tap.max.y - tap.min.y});
        items.push_back({{"id", tap.id},
                         {"label", tap.label},
                         {"x", static_cast<int>(r.x)},
                         {"y", static_cast<int>(r.y)},
                         {"w", static_cast<int>(r.w)},
                         {"h", static_cast<int>(r.h)},
                         // The label's size in logical pixels (0: no label) and whether it was
                         // cut: tests check that no visitor label is below body size.
                         {"text_px", std::round(tap.text_px * 10.0f) / 10.0f},
                         {"clipped", tap.clipped}});
    }
    const nlohmann::json dump = {
        {"frame", frame}, {"screen", screen}, {"lang", lang}, {"items", items}, {"texts", texts}};
    return dump.dump();
}

} // namespace kiosk::ui
