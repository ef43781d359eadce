// Interest forms for becoming a peer field worker (docs/groups.md). Sensitive: stored and
// sent only after the visitor gave consent, and the contact only then.
#pragma once

#include "store/database.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::store {

enum class InterestOutcome { Submitted, ConsentMissing };

// Stores the form with its interest.submitted event (data: form_id, languages, availability,
// contact if given, consent_at, "sensitive": true) in one Transaction of its own. Without
// consent_given nothing at all is stored (ConsentMissing): not the contact, not the rest. An
// empty contact counts as none. Language codes must be 1-16 characters of a-z A-Z 0-9 -, and
// now_utc RFC 3339 UTC, else StoreError (SQLITE_MISUSE).
InterestOutcome submit_interest(Database& db, const std::vector<std::string>& languages,
                                const std::string& availability,
                                const std::optional<std::string>& contact, bool consent_given,
                                const std::string& now_utc);

} // namespace kiosk::store
