// The speech worker: takes what a screen says (lines in reading order, in one language),
// synthesises and plays it on its own thread, and reports which line is being heard so the
// screen can highlight it. The frame loop only hands it requests and reads its status; it
// never waits for audio. New speech replaces what is being said; stop() silences it within
// one short chunk of sound.
#pragma once

#include "platform/audio_output.hpp"
#include "synthesiser.hpp"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kiosk::speech {

struct SpokenLine {
    std::string id;   // what it is on screen (a tap id or a text's place), to highlight it
    std::string text; // what is said
};

struct SpeechRequest {
    std::string language;
    std::vector<SpokenLine> lines;
};

struct SpeechStatus {
    std::uint64_t request = 0; // the request these figures are about
    bool speaking = false;
    int line = -1;                        // index of the line being heard, -1 when silent
    std::string problem;                  // the last problem in plain words, "" when fine
    std::optional<double> first_sound_ms; // from say() to the first sound handed to the device
    double synthesis_seconds = 0;         // of the request so far: time spent synthesising
    double sound_seconds = 0;             // and the length of the sound it made
};

class SpeechService {
  public:
    // `changed` is called from the worker when the status changes (to wake the frame loop).
    SpeechService(std::unique_ptr<Synthesiser> synthesiser,
                  std::unique_ptr<platform::AudioOutput> output, int words_per_minute,
                  std::function<void()> changed = {});
    ~SpeechService();
    SpeechService(const SpeechService&) = delete;
    SpeechService& operator=(const SpeechService&) = delete;

    // Replaces whatever is being said; returns the request's number.
    std::uint64_t say(SpeechRequest request);
    void stop();
    void set_volume(int percent); // 0..100, takes effect within one chunk
    SpeechStatus status() const;
    std::string describe_output() const;
    // Sound goes to `output` from now on (staff chose another device): what is being said
    // stops; the old output is closed on the worker, between stretches of sound.
    void use_output(std::unique_ptr<platform::AudioOutput> output);

  private:
    void run();
    void speak(const SpeechRequest& request, std::uint64_t id,
               std::chrono::steady_clock::time_point asked);
    void note_problem(const std::string& problem, bool cut);
    bool speak_line(const std::string& language, const SpokenLine& line, std::uint64_t id,
                    std::chrono::steady_clock::time_point asked);
    void update(const std::function<void(SpeechStatus&)>& change);

    std::unique_ptr<Synthesiser> synthesiser_;
    std::unique_ptr<platform::AudioOutput> output_; // the worker's
    std::string logged_problem_; // the worker's: written to the journal once per episode
    const int words_per_minute_;
    std::function<void()> changed_;

    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<SpeechRequest> pending_;
    std::chrono::steady_clock::time_point pending_asked_;
    std::uint64_t next_id_ = 0;
    bool quit_ = false;
    SpeechStatus status_;
    std::unique_ptr<platform::AudioOutput> next_output_; // handed to the worker
    std::string output_name_;                            // describe() of the output in use

    std::atomic<std::uint64_t> wanted_{0}; // the newest request (or stop): others give way
    std::atomic<int> volume_{80};
    std::thread worker_;
};

} // namespace kiosk::speech
