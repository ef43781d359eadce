// Drawing the bar chart. The SVG scales to the width it is given (viewBox); at a phone's
// width its text is about 14 px.
#include "bar_chart.hpp"

#include "html.hpp"

#include <algorithm>

namespace console {

namespace {

constexpr int kWidth = 340;     // viewBox units
constexpr int kLabelWidth = 90; // the label column
constexpr int kNumberWidth = 50;
constexpr int kLine = 24;
constexpr int kBar = 16;

} // namespace

std::string bar_chart_svg(const std::string& title,
                          const std::vector<std::pair<std::string, int>>& bars) {
    int most = 1;
    for (const auto& [label, value] : bars) {
        most = std::max(most, value);
    }
    const int height = static_cast<int>(bars.size()) * kLine + 4;
    const std::string h = std::to_string(height);
    std::string svg = "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 " + std::to_string(kWidth) +
                      " " + h + "\" width=\"100%\" xmlns=\"http://www.w3.org/2000/svg\"><title>" +
                      escape(title) + "</title>";
    const int room = kWidth - kLabelWidth - kNumberWidth;
    int y = 2;
    for (const auto& [label, value] : bars) {
        const int length = std::max(0, value) * room / most;
        const std::string text_y = std::to_string(y + kBar - 3);
        svg += "<text x=\"0\" y=\"" + text_y + "\" font-size=\"14\" fill=\"#1a1a1a\">" +
               escape(label) + "</text>";
        svg += "<rect x=\"" + std::to_string(kLabelWidth) + "\" y=\"" + std::to_string(y) +
               "\" width=\"" + std::to_string(length) + "\" height=\"" + std::to_string(kBar) +
               "\" fill=\"#0b4f8a\"/>";
        svg += "<text x=\"" + std::to_string(kLabelWidth + length + 4) + "\" y=\"" + text_y +
               "\" font-size=\"14\" fill=\"#1a1a1a\">" + std::to_string(value) + "</text>";
        y += kLine;
    }
    return svg + "</svg>";
}

} // namespace console
