// Text to sound: the speech worker's synthesiser, behind an interface so tests can use a
// fake that makes a tone of a known length. The real one is espeak-ng (offline; voices for
// every kiosk language in Debian's espeak-ng-data).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace kiosk::speech {

// Receives sound as it is made, in short chunks; returns false to stop synthesis.
using SoundChunk = std::function<bool(const std::int16_t* samples, std::size_t count)>;

class Synthesiser {
  public:
    virtual ~Synthesiser() = default;
    virtual int sample_rate() const = 0;
    // Says `text` in `language` (a kiosk language code, e.g. "fa") at `words_per_minute`,
    // handing the sound to `chunk`. "" when done or stopped by `chunk`, else the problem.
    virtual std::string speak(const std::string& language, const std::string& text,
                              int words_per_minute, const SoundChunk& chunk) = 0;
};

// espeak-ng with its data in `data_dir` ("" for the system's). espeak-ng keeps global state:
// use it from one thread at a time (the speech worker). nullptr and `problem` set when it
// cannot start (no data, no voices).
std::unique_ptr<Synthesiser> open_espeak(const std::string& data_dir, std::string& problem);

} // namespace kiosk::speech
