// The peer field worker interest forms (interest.submitted, docs/groups.md) for the peer-work
// coordinators who follow them up (docs/console.md, "Peer work"). A form may hold a contact
// the visitor chose to give; the list never shows it: each contact is shown on its own, on
// asking, and that view is written to the audit log first.
#pragma once

#include "event_store.hpp"
#include "texts.hpp"

#include <optional>
#include <string>
#include <vector>

namespace console {

struct InterestForm {
    std::string id; // the event's id
    std::string kiosk_id;
    std::string sent_at; // RFC 3339 UTC, when the visitor sent it in
    std::vector<std::string> languages;
    std::string availability;
    std::optional<std::string> contact;
};

// The forms in rows, newest first; a form whose data is not an object is left out.
std::vector<InterestForm> read_interest_forms(const std::vector<receiver::ExportRow>& rows);

// The list: when, where, languages, availability, whether there is a contact, and per form
// with one a "Show contact" form (POST, with csrf).
std::string contacts_main(Lang lang, const std::vector<InterestForm>& forms,
                          const std::string& csrf);

// One form with its contact, after the view was written to the audit log.
std::string contact_main(Lang lang, const InterestForm& form);

} // namespace console
