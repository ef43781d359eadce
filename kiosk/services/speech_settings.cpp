// Laying the stored read-aloud settings over the config file, and keeping staff changes.
#include "speech_settings.hpp"

#include "store/kiosk_settings.hpp"

#include <cstdio>

namespace kiosk::services {

SpeechSettings load_speech_settings(store::Database& db, const SpeechConfig& configured) {
    SpeechSettings settings;
    settings.speech = configured;
    std::vector<store::KioskSetting> stored;
    try {
        stored = store::read_kiosk_settings(db);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: cannot read the settings changed on the kiosk: %s\n",
                     e.what());
        return settings;
    }
    for (const auto& row : stored)
        for (const SpeechSetting setting : kSpeechSettings) {
            if (row.key != speech_setting_key(setting))
                continue;
            if (!apply_speech_setting(settings.speech, setting, row.value)) {
                std::fprintf(stderr,
                             "kiosk: %s in the database: \"%s\" is not allowed, the config "
                             "file's value holds (change it on the staff Read aloud screen)\n",
                             row.key.c_str(), row.value.c_str());
                continue;
            }
            settings.changed_here = true;
            if (row.changed_at > settings.changed_at) {
                settings.changed_at = row.changed_at;
                settings.changed_by = row.staff_name;
            }
        }
    return settings;
}

std::string save_speech_setting(store::Database& db, const SpeechConfig& speech,
                                SpeechSetting setting, const std::string& staff_name,
                                const std::string& at) {
    try {
        store::put_kiosk_setting(db, {speech_setting_key(setting),
                                      speech_setting_value(speech, setting), staff_name, at});
        return "";
    } catch (const std::exception& e) {
        return e.what();
    }
}

std::string forget_speech_settings(store::Database& db) {
    try {
        store::forget_kiosk_settings(db, "speech.");
        return "";
    } catch (const std::exception& e) {
        return e.what();
    }
}

} // namespace kiosk::services
