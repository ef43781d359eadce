// Read aloud as staff set it on the kiosk: the config file's [speech] with what staff changed
// on the staff "Read aloud" screen laid over it (kept in the database, so it survives a
// restart), saving one change, and going back to the config file.
#pragma once

#include "core/speech_config.hpp"
#include "store/database.hpp"

#include <string>

namespace kiosk::services {

// The config file's values with the stored changes over them. A stored value that is not
// allowed (written by hand, or by a newer kiosk) is skipped and said on standard error.
SpeechSettings load_speech_settings(store::Database& db, const SpeechConfig& configured);

// Stores one setting as it is in `speech`; "" when kept, else why it was not (then it holds
// until the kiosk restarts).
std::string save_speech_setting(store::Database& db, const SpeechConfig& speech,
                                SpeechSetting setting, const std::string& staff_name,
                                const std::string& at);

// Forgets every change made on the kiosk: the config file's values hold again.
std::string forget_speech_settings(store::Database& db);

} // namespace kiosk::services
