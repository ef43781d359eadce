// Reading, storing and forgetting settings changed on the kiosk.
#include "store/kiosk_settings.hpp"

namespace kiosk::store {

std::vector<KioskSetting> read_kiosk_settings(Database& db) {
    Statement query =
        db.prepare("SELECT key, value, staff_name, changed_at FROM kiosk_settings ORDER BY key");
    std::vector<KioskSetting> settings;
    while (query.step())
        settings.push_back({query.column_text(0), query.column_text(1), query.column_text(2),
                            query.column_text(3)});
    return settings;
}

void put_kiosk_setting(Database& db, const KioskSetting& setting) {
    Statement insert = db.prepare(
        "INSERT INTO kiosk_settings (key, value, staff_name, changed_at) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
        "staff_name = excluded.staff_name, changed_at = excluded.changed_at");
    insert.bind(1, setting.key);
    insert.bind(2, setting.value);
    insert.bind(3, setting.staff_name);
    insert.bind(4, setting.changed_at);
    insert.run();
}

int forget_kiosk_settings(Database& db, std::string_view prefix) {
    // substr rather than LIKE: a key's "_" or "%" is not a wildcard.
    Statement remove =
        db.prepare("DELETE FROM kiosk_settings WHERE substr(key, 1, length(?1)) = ?1");
    remove.bind(1, std::string(prefix));
    remove.run();
    return sqlite3_changes(db.handle());
}

} // namespace kiosk::store
