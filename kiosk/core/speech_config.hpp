// The read-aloud part of the configuration (`[speech]`): whether the kiosk can speak, where
// the sound goes, how loud a visit starts, and whether the output is private (headphones),
// which decides if member codes and nicknames may be spoken. docs/configuration.md has
// every key; docs/accessibility.md says why.
#pragma once

#include "problem.hpp"

#include <string>
#include <vector>

namespace kiosk {

struct SpeechConfig {
    // On: visitor screens offer Listen (where espeak-ng starts); off: no Listen, no speech.
    bool enabled = true;
    std::string device;          // ALSA device, e.g. "plughw:CARD=Headphones"; "" = "default"
    int volume = 70;             // percent; every visit starts here (EN 301 549 5.1.3.13)
    bool private_output = false; // headphones only: codes and nicknames may be spoken
    int words_per_minute = 150;  // a little slower than espeak-ng's 175
    std::string data_dir;        // espeak-ng-data folder; "" = the system's
    bool operator==(const SpeechConfig&) const = default;
};

// What staff may change on the kiosk itself (the staff "Read aloud" screen). The values are
// stored as text under "speech.<name>" and laid over the config file at start.
enum class SpeechSetting { Volume, Device, PrivateOutput };
inline constexpr SpeechSetting kSpeechSettings[] = {SpeechSetting::Volume, SpeechSetting::Device,
                                                    SpeechSetting::PrivateOutput};

// Read aloud as set on this kiosk: the config file's [speech] with staff changes over it.
struct SpeechSettings {
    SpeechConfig speech;       // what is in force
    bool changed_here = false; // some of it was changed on the kiosk, not in the config file
    std::string changed_by;    // the last change: who
    std::string changed_at;    // and when (RFC 3339 UTC)
    std::string not_saved;     // why the last change could not be kept, "" when it was
    bool operator==(const SpeechSettings&) const = default;
};

// "speech.volume", "speech.device", "speech.private_output" (the config file's names).
std::string speech_setting_key(SpeechSetting setting);
// The setting's value in `speech`, as stored.
std::string speech_setting_value(const SpeechConfig& speech, SpeechSetting setting);
// Sets a stored value; false (and `speech` unchanged) when it is not allowed (a volume
// outside 0 to 100, a device name ALSA would not take, a flag other than true or false).
bool apply_speech_setting(SpeechConfig& speech, SpeechSetting setting, const std::string& value);
// An ALSA device name staff or the config may choose: "" (ALSA's default) or up to 100
// letters, digits and _ : = , . -
bool is_alsa_device_name(const std::string& name);

void validate_speech_config(const SpeechConfig& speech, const std::string& source,
                            std::vector<Problem>& problems);

} // namespace kiosk
