// The peer-work pages' answers: only for roles that see contacts (roles.hpp), and every
// contact shown is first written to the audit log, so a view that cannot be logged is not
// shown.
#include "console_app.hpp"
#include "contacts.hpp"
#include "event_retention.hpp"
#include "html.hpp"
#include "request_log.hpp"
#include "web_form.hpp"

#include "common/rfc3339.hpp"

#include <algorithm>

namespace console {

receiver::Reply ConsoleApp::contacts_route(const WebRequest& req, const Session& s, Lang lang) {
    const PageFrame frame{lang, tr(Txt::Contacts, lang), "/contacts", s.user, s.role, s.csrf, ""};
    if (!sees_contacts(s.role)) {
        receiver::log_message(kiosk::utc_now() + " console: " + s.user + " (" + role_name(s.role) +
                              ") was refused the peer-work page");
        return html_reply(403,
                          html_page(frame, "<p class=\"message\">" +
                                               std::string(tr(Txt::NotYourRole, lang)) + "</p>"));
    }
    const bool show = req.path == "/contacts/show";
    if (req.method != (show ? "POST" : "GET")) {
        receiver::Reply r = html_reply(405, "");
        r.headers.emplace_back("Allow", show ? "POST" : "GET");
        return r;
    }
    const auto forms = read_interest_forms(store_.rows_of_type(receiver::kInterestEventType));
    if (!show) {
        return html_reply(200, html_page(frame, contacts_main(lang, forms, s.csrf)));
    }
    const std::string id = value_of(req.form, "id");
    const auto form = std::find_if(forms.begin(), forms.end(),
                                   [&](const InterestForm& f) { return f.id == id && f.contact; });
    if (form == forms.end()) {
        return html_reply(404, html_page(frame, "<p class=\"message\">" +
                                                    std::string(tr(Txt::NoForms, lang)) + "</p>"));
    }
    state_->append_audit({0, kiosk::utc_now(), s.user, "contact viewed", id});
    return html_reply(200, html_page(frame, contact_main(lang, *form)));
}

} // namespace console
