// Topic ids, in the order the information area lists them.
#include "info_topics.hpp"

namespace kiosk::ui {

const std::vector<std::string>& info_topic_ids() {
    static const std::vector<std::string> ids = {"substances",    "mixing",        "emergency",
                                                 "safer_use",     "drug_checking", "infections",
                                                 "mental_health", "help"};
    return ids;
}

} // namespace kiosk::ui
