// Text forms of the peer-group marks and sign-up states, as stored and sent.
#include "store/groups_types.hpp"

namespace kiosk::store {

const char* to_string(Mark mark) {
    switch (mark) {
    case Mark::Present:
        return "present";
    case Mark::Absent:
        return "absent";
    case Mark::Excused:
        return "excused";
    case Mark::WalkIn:
        return "walk_in";
    }
    return "present";
}

std::optional<Mark> parse_mark(const std::string& text) {
    for (const Mark mark : {Mark::Present, Mark::Absent, Mark::Excused, Mark::WalkIn}) {
        if (text == to_string(mark)) {
            return mark;
        }
    }
    return std::nullopt;
}

const char* to_string(SignupState state) {
    switch (state) {
    case SignupState::Booked:
        return "booked";
    case SignupState::Waiting:
        return "waiting";
    case SignupState::WalkIn:
        return "walk_in";
    }
    return "booked";
}

} // namespace kiosk::store
