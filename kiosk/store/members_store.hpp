// Peer-group members (docs/groups.md): a code such as KXT-482 with a picture symbol and an
// optional nickname, never a name.
#pragma once

#include "store/database.hpp"

#include <optional>
#include <string>

namespace kiosk::store {

struct MemberView {
    std::string code;
    std::string symbol;
    std::optional<std::string> nickname;
    std::string created_day; // UTC date of creation, YYYY-MM-DD
};

enum class CreateMemberOutcome { Created, CodeTaken };

// Stores a new member with its member.created event (data: code, symbol and, if given, the
// nickname) in one Transaction of its own, so it must not be called inside another. The code
// comes from core (generated and normalised there); an existing code is refused with
// CodeTaken and nothing is written, so the caller retries with a new code. An empty nickname
// counts as none. Empty code or symbol, or a now_utc that is not RFC 3339 UTC, throw
// StoreError (SQLITE_MISUSE); SQLite failures throw StoreError and write nothing.
CreateMemberOutcome create_member(Database& db, const std::string& code, const std::string& symbol,
                                  const std::optional<std::string>& nickname,
                                  const std::string& now_utc);

bool member_exists(Database& db, const std::string& code);
std::optional<MemberView> member(Database& db, const std::string& code);

} // namespace kiosk::store
