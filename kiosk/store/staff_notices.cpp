// Staff notices: adding, listing the open ones, acknowledging.
#include "store/staff_notices.hpp"

namespace kiosk::store {

std::int64_t add_notice(Database& db, const std::string& kind, const std::string& detail,
                        const std::string& created_at) {
    Statement insert =
        db.prepare("INSERT INTO staff_notices (created_at, kind, detail) VALUES (?1, ?2, ?3)");
    insert.bind(1, created_at);
    insert.bind(2, kind);
    insert.bind(3, detail);
    insert.run();
    return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db.handle()));
}

std::vector<StaffNotice> open_notices(Database& db) {
    Statement query = db.prepare("SELECT id, created_at, kind, detail FROM staff_notices "
                                 "WHERE acknowledged_at IS NULL ORDER BY id");
    std::vector<StaffNotice> notices;
    while (query.step()) {
        StaffNotice notice;
        notice.id = query.column_int64(0);
        notice.created_at = query.column_text(1);
        notice.kind = query.column_text(2);
        notice.detail = query.column_text(3);
        notices.push_back(std::move(notice));
    }
    return notices;
}

void acknowledge_notice(Database& db, std::int64_t id, const std::string& at) {
    Statement update = db.prepare("UPDATE staff_notices SET acknowledged_at = ?2 "
                                  "WHERE id = ?1 AND acknowledged_at IS NULL");
    update.bind(1, id);
    update.bind(2, at);
    update.run();
    if (sqlite3_changes(db.handle()) > 0) {
        return;
    }
    Statement exists = db.prepare("SELECT 1 FROM staff_notices WHERE id = ?1");
    exists.bind(1, id);
    if (!exists.step()) {
        throw StoreError(SQLITE_NOTFOUND,
                         "acknowledge_notice: there is no staff notice with id " +
                             std::to_string(id) + " in database " + db.path() +
                             "; this is a fault in the kiosk software, report it to the kiosk "
                             "maintainer");
    }
}

} // namespace kiosk::store
