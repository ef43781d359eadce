// Peer-group members: creating a code with its member.created event, looking codes up.
#include "store/members_store.hpp"

#include "store/groups_detail.hpp"

namespace kiosk::store {

namespace gd = groups_detail;

namespace {

void insert_member(Database& db, const MemberView& view) {
    Statement insert = db.prepare(
        "INSERT INTO members (code, symbol, nickname, created_day) VALUES (?1, ?2, ?3, ?4)");
    insert.bind(1, view.code);
    insert.bind(2, view.symbol);
    if (view.nickname) {
        insert.bind(3, *view.nickname);
    } else {
        insert.bind(3, nullptr);
    }
    insert.bind(4, view.created_day);
    insert.run();
}

nlohmann::json created_data(const MemberView& view) {
    nlohmann::json data = {{"code", view.code}, {"symbol", view.symbol}};
    if (view.nickname) {
        data["nickname"] = *view.nickname;
    }
    return data;
}

} // namespace

CreateMemberOutcome create_member(Database& db, const std::string& code, const std::string& symbol,
                                  const std::optional<std::string>& nickname,
                                  const std::string& now_utc) {
    gd::require_text(code, "member code", "create_member");
    gd::require_text(symbol, "symbol", "create_member");
    gd::require_utc(now_utc, "create_member");
    MemberView view{code, symbol, nickname, now_utc.substr(0, 10)};
    if (view.nickname && view.nickname->empty()) {
        view.nickname.reset();
    }
    Transaction transaction(db);
    if (gd::member_is_known(db, code)) {
        return CreateMemberOutcome::CodeTaken;
    }
    insert_member(db, view);
    gd::record(db, EventKind::MemberCreated, created_data(view), now_utc);
    transaction.commit();
    return CreateMemberOutcome::Created;
}

bool member_exists(Database& db, const std::string& code) {
    return gd::member_is_known(db, code);
}

std::optional<MemberView> member(Database& db, const std::string& code) {
    Statement query =
        db.prepare("SELECT symbol, nickname, created_day FROM members WHERE code = ?1");
    query.bind(1, code);
    if (!query.step()) {
        return std::nullopt;
    }
    MemberView view{code, query.column_text(0), std::nullopt, query.column_text(2)};
    if (!query.column_is_null(1)) {
        view.nickname = query.column_text(1);
    }
    return view;
}

} // namespace kiosk::store
