// Interest forms: stored with their interest.submitted event only after consent.
#include "store/interest_store.hpp"

#include "store/groups_detail.hpp"

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

constexpr std::size_t kMaxLanguageCode = 16;

bool is_language_code(const std::string& code) {
    if (code.empty() || code.size() > kMaxLanguageCode) {
        return false;
    }
    for (const char c : code) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

void require_languages(const std::vector<std::string>& languages) {
    for (const std::string& code : languages) {
        if (!is_language_code(code)) {
            throw StoreError(SQLITE_MISUSE, "submit_interest: '" + code +
                                                "' is not a language code; this is a fault in "
                                                "the kiosk software, report it to the kiosk "
                                                "maintainer");
        }
    }
}

struct Form {
    nlohmann::json languages;
    const std::string& availability;
    std::optional<std::string> contact;
    const std::string& now_utc;
};

std::int64_t insert_form(Database& db, const Form& form, const std::string& event_id) {
    Statement insert = db.prepare("INSERT INTO interest_forms (languages, availability, contact, "
                                  "consent_at, submitted_at, event_id) "
                                  "VALUES (?1, ?2, ?3, ?4, ?4, ?5)");
    insert.bind(1, form.languages.dump());
    insert.bind(2, form.availability);
    if (form.contact) {
        insert.bind(3, *form.contact);
    } else {
        insert.bind(3, nullptr);
    }
    insert.bind(4, form.now_utc);
    insert.bind(5, event_id);
    insert.run();
    return sqlite3_last_insert_rowid(db.handle());
}

nlohmann::json form_data(const Form& form, std::int64_t form_id) {
    nlohmann::json data = {{"form_id", form_id},
                           {"languages", form.languages},
                           {"availability", form.availability},
                           {"consent_at", form.now_utc},
                           {"sensitive", true}};
    if (form.contact) {
        data["contact"] = *form.contact;
    }
    return data;
}

// The form id is only known after the insert, the event id only after the append: insert
// with a placeholder event id, then fill it in.
void store_form(Database& db, const Form& form) {
    const std::int64_t form_id = insert_form(db, form, "");
    const std::string event_id =
        gd::record(db, EventKind::InterestSubmitted, form_data(form, form_id), form.now_utc);
    Statement link = db.prepare("UPDATE interest_forms SET event_id = ?2 WHERE id = ?1");
    link.bind(1, form_id);
    link.bind(2, event_id);
    link.run();
}

} // namespace

InterestOutcome submit_interest(Database& db, const std::vector<std::string>& languages,
                                const std::string& availability,
                                const std::optional<std::string>& contact, bool consent_given,
                                const std::string& now_utc) {
    require_languages(languages);
    gd::require_utc(now_utc, "submit_interest");
    if (!consent_given) {
        return InterestOutcome::ConsentMissing;
    }
    Form form{nlohmann::json(languages), availability, contact, now_utc};
    if (form.contact && form.contact->empty()) {
        form.contact.reset();
    }
    Transaction transaction(db);
    store_form(db, form);
    transaction.commit();
    return InterestOutcome::Submitted;
}

} // namespace kiosk::store
