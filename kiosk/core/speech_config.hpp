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

void validate_speech_config(const SpeechConfig& speech, const std::string& source,
                            std::vector<Problem>& problems);

} // namespace kiosk
