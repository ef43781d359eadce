// Topic and group-step ids; their texts live in the translation catalogues.
#include "topic_ids.hpp"

namespace kiosk {

const std::vector<std::string>& info_topic_ids() {
    static const std::vector<std::string> ids = {"substances",    "mixing",        "emergency",
                                                 "safer_use",     "drug_checking", "infections",
                                                 "mental_health", "help",          "alerts"};
    return ids;
}

const std::vector<std::string>& group_step_ids() {
    static const std::vector<std::string> ids = {"experience", "coaching", "work", "training"};
    return ids;
}

} // namespace kiosk
