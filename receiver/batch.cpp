// Batch parsing with nlohmann::json; canonical text is the library's dump() (keys sorted).
#include "batch.hpp"

#include "validation.hpp"

#include "common/rfc3339.hpp"
#include "common/signal_report.hpp"

#include <nlohmann/json.hpp>

#include <set>

namespace receiver {

namespace {

using nlohmann::json;

constexpr std::size_t kMaxDepth = 64;

std::string text_field(const json& object, const char* key, const std::string& where) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string()) {
        throw BadBody(where + std::string(key) + " must be text");
    }
    return it->get<std::string>();
}

constexpr const char* kiosk_signal_type = "signal.reported";

// A signal from the field holds only the words of common/signal_report.hpp, and its day: the
// envelope's time is that day at midnight, so no time of day is ever stored.
std::optional<std::string> signal_rule(const IncomingEvent& event) {
    if (event.schema != 1) {
        return "signal.reported has only schema 1";
    }
    std::string problem;
    const auto report = kiosk::parse_signal(event.data_json, problem);
    if (!report) {
        return "data: " + problem;
    }
    if (event.occurred_at != report->day + "T00:00:00Z") {
        return "occurred_at of a signal must be its day at 00:00:00Z (no time of day)";
    }
    return std::nullopt;
}

// The first broken rule of one event, or nothing.
std::optional<std::string> check_event(const json& event, IncomingEvent& out) {
    if (!is_event_id(out.id)) {
        return "id is not a lower-case UUID";
    }
    const auto type = event.find("type");
    if (type == event.end() || !type->is_string() || !is_event_type(type->get<std::string>())) {
        return "type must be lower-case words joined by dots, e.g. signup.created";
    }
    out.type = type->get<std::string>();
    const auto when = event.find("occurred_at");
    if (when == event.end() || !when->is_string() ||
        !kiosk::is_utc_time(when->get<std::string>(), kiosk::Fraction::Allowed)) {
        return "occurred_at is not RFC 3339 UTC (YYYY-MM-DDTHH:MM:SSZ)";
    }
    out.occurred_at = when->get<std::string>();
    const auto schema = event.find("schema");
    // nlohmann keeps non-negative whole numbers as unsigned, negative ones as signed.
    if (schema == event.end() || !schema->is_number_unsigned() ||
        schema->get<unsigned long long>() < 1 ||
        schema->get<unsigned long long>() > 2147483647ULL) {
        return "schema must be a whole number from 1";
    }
    out.schema = static_cast<long long>(schema->get<unsigned long long>());
    const auto data = event.find("data");
    if (data == event.end() || !data->is_object()) {
        return "data must be a JSON object";
    }
    out.data_json = data->dump();
    if (out.type == kiosk_signal_type) {
        return signal_rule(out);
    }
    return std::nullopt;
}

} // namespace

Batch parse_batch(const std::string& body) {
    if (!nesting_within(body, kMaxDepth)) {
        throw BadBody("body nests deeper than 64 levels");
    }
    json root;
    try {
        root = json::parse(body);
    } catch (const json::parse_error&) {
        throw BadBody("body is not valid JSON");
    } catch (const json::out_of_range&) {
        throw BadBody("body has a number too large to read (e.g. 1e999)");
    }
    if (!root.is_object()) {
        throw BadBody("body must be a JSON object");
    }
    Batch batch;
    batch.kiosk_id = text_field(root, "kiosk_id", "");
    batch.sent_at = text_field(root, "sent_at", "");
    if (!kiosk::is_utc_time(batch.sent_at, kiosk::Fraction::Allowed)) {
        throw BadBody("sent_at is not RFC 3339 UTC");
    }
    const auto events = root.find("events");
    if (events == root.end() || !events->is_array()) {
        throw BadBody("events must be a list");
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < events->size(); ++i) {
        const json& event = (*events)[i];
        const std::string where = "events[" + std::to_string(i) + "].";
        if (!event.is_object()) {
            throw BadBody("events[" + std::to_string(i) + "] must be an object");
        }
        IncomingEvent in;
        in.id = text_field(event, "id", where);
        if (!seen.insert(in.id).second) {
            throw BadBody(where + "id repeats an id of the same batch");
        }
        in.rejection = check_event(event, in);
        in.canonical = event.dump();
        batch.events.push_back(std::move(in));
    }
    return batch;
}

} // namespace receiver
