// Ids of the information topics ("info.topic.<id>") and of the peer-group steps
// ("groups.step.<id>_title" / "_text"), in the order screens list them.
#pragma once

#include <string>
#include <vector>

namespace kiosk {

const std::vector<std::string>& info_topic_ids();
const std::vector<std::string>& group_step_ids();

} // namespace kiosk
