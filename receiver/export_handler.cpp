// The export endpoint: admin token, a valid type, then the CSV of csv.hpp.
#include "export_handler.hpp"

#include "common/rfc3339.hpp"
#include "csv.hpp"
#include "reply.hpp"
#include "request_log.hpp"
#include "validation.hpp"

namespace receiver {

Reply export_reply(const Authorizer& auth, EventStore& store, const HttpRequest& req) {
    if (!auth.export_enabled()) {
        return error_reply(403, "export is off: the config has no admin_token");
    }
    if (!auth.is_admin(req.header("Authorization"))) {
        Reply reply = error_reply(401, "export needs the admin token");
        reply.headers.emplace_back("WWW-Authenticate", "Bearer realm=\"kiosk-receiver\"");
        return reply;
    }
    const std::string& type = req.capture;
    if (!is_event_type(type)) {
        return error_reply(400, "not an event type");
    }
    Reply reply;
    try {
        reply.body = events_csv(store.rows_of_type(type));
    } catch (const StoreFailure& err) {
        log_message(kiosk::utc_now() + " export failure: " + err.what());
        return error_reply(500, "could not read the events");
    }
    reply.content_type = "text/csv; charset=utf-8";
    reply.headers.emplace_back("Content-Disposition", "attachment; filename=\"" + type + ".csv\"");
    return reply;
}

} // namespace receiver
