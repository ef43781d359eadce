// Where speech is heard: an ALSA playback device (the headphone jack, HDMI, USB; ALSA's
// "default" when none is named), or a folder of WAV files (--speech-to, for tests and for
// listening back). Used from one thread only, the speech worker; it stops a stretch of
// sound by calling cut() itself between short writes, so no other thread touches ALSA.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::platform {

class AudioOutput {
  public:
    virtual ~AudioOutput() = default;
    // Starts a stretch of sound (16-bit mono at `sample_rate`); `language` and `text` say
    // what it is, for the WAV folder's log only. "" when ready, else what went wrong.
    virtual std::string begin(int sample_rate, const std::string& language,
                              const std::string& text) = 0;
    // Plays samples, waiting while the device is full (as long as they take to play).
    virtual std::string write(const std::int16_t* samples, std::size_t count) = 0;
    // The stretch is complete: lets what is buffered play out.
    virtual void finish() = 0;
    // Stops at once, dropping what is buffered (a touch, new speech, quick exit).
    virtual void cut() = 0;
    // For staff and the log, e.g. "ALSA device default".
    virtual std::string describe() const = 0;
};

// ALSA playback on `device` ("" means "default"). The device is opened at the first
// begin() and opened again after an error, so an unplugged USB headset or a busy device is
// a message for that stretch, not a broken kiosk.
std::unique_ptr<AudioOutput> open_alsa_output(const std::string& device);

// A playback device staff may choose: its ALSA name and what the card calls itself.
struct AudioDevice {
    std::string name;  // e.g. "plughw:CARD=Headphones,DEV=0"; "" is ALSA's default
    std::string label; // e.g. "bcm2835 Headphones"
};

// ALSA's default, then every playback device of every sound card (through "plughw", so ALSA
// converts to what the card takes). Reads the cards' control devices; takes milliseconds.
std::vector<AudioDevice> list_alsa_outputs();

// WAV files in `folder`: NNNN.wav per stretch and spoken.tsv, one line per stretch:
// number, language, how it ended ("done"/"cut"), seconds, text. Paced in real time like a
// device (a write returns when its samples would have been played) unless `paced` is false.
std::unique_ptr<AudioOutput> open_wav_folder(const std::string& folder, bool paced,
                                             std::string& problem);

} // namespace kiosk::platform
