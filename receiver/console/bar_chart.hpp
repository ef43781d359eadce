// A horizontal bar chart as inline SVG (no scripts, no images to fetch): one labelled bar per
// line with its number written at its end, so nothing is told by length or colour alone.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace console {

// bars: (label, value) from top to bottom; title is the chart's accessible name.
std::string bar_chart_svg(const std::string& title,
                          const std::vector<std::pair<std::string, int>>& bars);

} // namespace console
