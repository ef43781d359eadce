// Reading an upload body: the envelope must be right (else 400), each event is checked alone.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace receiver {

// The body is not the JSON of the protocol; what() is a short reason for the 400 answer.
class BadBody : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// One event of a batch as it will be stored.
struct IncomingEvent {
    std::string id;
    std::string type;
    std::string occurred_at;
    long long schema = 0;
    std::string data_json; // dump() of "data"
    std::string canonical; // dump() of the whole parsed event: what duplicates are compared by
    std::optional<std::string> rejection; // set when the event breaks a rule; then not stored
};

struct Batch {
    std::string kiosk_id;
    std::string sent_at;
    std::vector<IncomingEvent> events; // in body order
};

// Parses and checks body. Throws BadBody when the body is not JSON, is nested too deeply, lacks
// kiosk_id / sent_at / events, has an event that is not an object or whose id is not text, or
// repeats an id. Events with a bad id, type, time, schema or data come back with a rejection.
Batch parse_batch(const std::string& body);

} // namespace receiver
