// Looking an event kind up by its type text.
#include "store/event_kinds.hpp"

namespace kiosk::store {

std::optional<EventKind> event_kind(std::string_view type) {
    for (const auto& k : kEventKinds)
        if (k.type == type)
            return k.kind;
    return std::nullopt;
}

} // namespace kiosk::store
