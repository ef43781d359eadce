// The information topics the kiosk knows of (their titles are "info.topic.<id>").
#pragma once

#include <string>
#include <vector>

namespace kiosk::ui {

const std::vector<std::string>& info_topic_ids();

} // namespace kiosk::ui
