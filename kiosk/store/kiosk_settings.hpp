// Settings staff changed on the kiosk itself (e.g. read aloud's volume and output): one value
// per key, who changed it and when. They are laid over the config file at start; forgetting
// them brings the config file's values back.
#pragma once

#include "store/database.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::store {

struct KioskSetting {
    std::string key;        // e.g. "speech.volume"
    std::string value;      // as text, checked by whoever reads it
    std::string staff_name; // who changed it
    std::string changed_at; // RFC 3339 UTC
};

// Every stored setting, by key.
std::vector<KioskSetting> read_kiosk_settings(Database& db);

// Stores (or replaces) one setting.
void put_kiosk_setting(Database& db, const KioskSetting& setting);

// Forgets every setting whose key starts with `prefix` (e.g. "speech."); returns how many.
int forget_kiosk_settings(Database& db, std::string_view prefix);

} // namespace kiosk::store
