// Reading the peer-group events out of the store, each JSON parsed once.
#include "groups_events.hpp"

#include <nlohmann/json.hpp>

#include <tuple>

namespace console {

namespace {

using nlohmann::json;

std::string text_field(const json& data, const char* name) {
    const auto it = data.find(name);
    return it != data.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "<group id>/YYYY-MM-DDTHH:MM", as the kiosk checks it (store/groups_detail.cpp).
bool looks_like_session_id(const std::string& id) {
    const std::size_t slash = id.find('/');
    if (slash == std::string::npos || slash == 0 || id.size() != slash + 17) {
        return false;
    }
    const std::string when = id.substr(slash + 1);
    for (std::size_t i = 0; i < when.size(); ++i) {
        const char c = when[i];
        const bool digit = c >= '0' && c <= '9';
        const char expected = i == 4 || i == 7 ? '-' : i == 10 ? 'T' : i == 13 ? ':' : '9';
        if (expected == '9' ? !digit : c != expected) {
            return false;
        }
    }
    return true;
}

// Within one second: the order a kiosk writes them in one change.
int rank(GroupEventKind kind) {
    switch (kind) {
    case GroupEventKind::SignupCreated:
    case GroupEventKind::SignupWaitlisted:
    case GroupEventKind::AttendanceMarked:
        return 0;
    case GroupEventKind::SignupPromoted:
    case GroupEventKind::AttendanceUndone:
        return 1;
    case GroupEventKind::SignupCancelled:
        return 2;
    }
    return 0;
}

} // namespace

const char* group_event_type(GroupEventKind kind) {
    switch (kind) {
    case GroupEventKind::SignupCreated:
        return "signup.created";
    case GroupEventKind::SignupWaitlisted:
        return "signup.waitlisted";
    case GroupEventKind::SignupPromoted:
        return "signup.promoted";
    case GroupEventKind::SignupCancelled:
        return "signup.cancelled";
    case GroupEventKind::AttendanceMarked:
        return "attendance.marked";
    case GroupEventKind::AttendanceUndone:
        return "attendance.undone";
    }
    return "";
}

std::optional<GroupEvent> read_group_event(GroupEventKind kind, receiver::ExportRow row) {
    const json data = json::parse(row.data_json, nullptr, false);
    if (!data.is_object()) {
        return std::nullopt;
    }
    GroupEvent e;
    e.kind = kind;
    e.id = std::move(row.id);
    e.kiosk_id = std::move(row.kiosk_id);
    e.occurred_at = std::move(row.occurred_at);
    e.session_id = text_field(data, "session_id");
    if (!looks_like_session_id(e.session_id)) {
        return std::nullopt;
    }
    if (const auto code = data.find("code"); code != data.end() && code->is_string()) {
        e.code = code->get<std::string>();
    }
    e.mark = text_field(data, "mark");
    e.undoes = text_field(data, "undoes");
    if (const auto count = data.find("count"); count != data.end() && count->is_number_integer()) {
        e.count = count->get<std::int64_t>();
    }
    if (kind == GroupEventKind::AttendanceMarked && e.mark.empty()) {
        return std::nullopt;
    }
    return e;
}

bool happened_before(const GroupEvent& a, const GroupEvent& b) {
    if (a.occurred_at != b.occurred_at) {
        return a.occurred_at < b.occurred_at;
    }
    const int rank_a = rank(a.kind);
    const int rank_b = rank(b.kind);
    return std::tie(rank_a, a.kind, a.id) < std::tie(rank_b, b.kind, b.id);
}

std::vector<GroupEvent> load_group_events(receiver::EventStore& store) {
    std::vector<GroupEvent> events;
    for (const GroupEventKind kind : kGroupEventKinds) {
        for (auto& row : store.rows_of_type(group_event_type(kind))) {
            if (auto e = read_group_event(kind, std::move(row))) {
                events.push_back(std::move(*e));
            }
        }
    }
    return events;
}

std::string group_of_session(const std::string& session_id) {
    return session_id.substr(0, session_id.find('/'));
}

std::string date_of_session(const std::string& session_id) {
    const std::size_t slash = session_id.find('/');
    return slash == std::string::npos ? std::string() : session_id.substr(slash + 1, 10);
}

} // namespace console
