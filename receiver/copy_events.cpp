// The page-by-page copy between two stores.
#include "copy_events.hpp"

namespace receiver {

CopyResult copy_events(EventStore& from, EventStore& to, std::size_t page_size) {
    CopyResult result;
    std::string after;
    for (;;) {
        const std::vector<StoredEvent> page = from.page_after(after, page_size);
        if (page.empty()) {
            return result;
        }
        const std::vector<StoreOutcome> outcomes = to.insert(page);
        for (std::size_t i = 0; i < page.size(); ++i) {
            switch (outcomes[i]) {
            case StoreOutcome::Stored:
                ++result.new_here;
                break;
            case StoreOutcome::Duplicate:
            case StoreOutcome::Skipped:
                ++result.already;
                break;
            case StoreOutcome::Conflict:
                result.conflicting.push_back(page[i].id);
                break;
            }
        }
        result.read += page.size();
        after = page.back().id;
    }
}

} // namespace receiver
