// The speech worker thread: one request at a time, line by line, each line one stretch of
// sound; volume applied to the samples, so a change is heard within one chunk.
#include "speech_service.hpp"

#include <algorithm>
#include <cstdio>

namespace kiosk::speech {

using Clock = std::chrono::steady_clock;

namespace {

double milliseconds_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

SpeechService::SpeechService(std::unique_ptr<Synthesiser> synthesiser,
                             std::unique_ptr<platform::AudioOutput> output, int words_per_minute,
                             std::function<void()> changed)
    : synthesiser_(std::move(synthesiser)), output_(std::move(output)),
      words_per_minute_(words_per_minute), changed_(std::move(changed)),
      output_name_(output_->describe()), worker_([this] { run(); }) {}

SpeechService::~SpeechService() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        pending_.reset();
        wanted_ = ~std::uint64_t{0};
    }
    wake_.notify_all();
    worker_.join();
}

std::uint64_t SpeechService::say(SpeechRequest request) {
    std::uint64_t id;
    {
        std::lock_guard lock(mutex_);
        id = ++next_id_;
        pending_ = std::move(request);
        pending_asked_ = Clock::now();
        wanted_ = id;
    }
    wake_.notify_all();
    return id;
}

void SpeechService::stop() {
    {
        std::lock_guard lock(mutex_);
        pending_.reset();
        wanted_ = ++next_id_;
    }
    wake_.notify_all();
}

void SpeechService::set_volume(int percent) {
    volume_ = std::clamp(percent, 0, 100);
}

SpeechStatus SpeechService::status() const {
    std::lock_guard lock(mutex_);
    return status_;
}

std::string SpeechService::describe_output() const {
    std::lock_guard lock(mutex_);
    return output_name_;
}

void SpeechService::use_output(std::unique_ptr<platform::AudioOutput> output) {
    {
        std::lock_guard lock(mutex_);
        output_name_ = output->describe();
        next_output_ = std::move(output);
        pending_.reset();
        wanted_ = ++next_id_;
    }
    wake_.notify_all();
}

void SpeechService::update(const std::function<void(SpeechStatus&)>& change) {
    {
        std::lock_guard lock(mutex_);
        change(status_);
    }
    if (changed_)
        changed_();
}

void SpeechService::run() {
    for (;;) {
        SpeechRequest request;
        std::uint64_t id;
        Clock::time_point asked;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [this] { return quit_ || pending_ || next_output_; });
            if (quit_)
                return;
            if (next_output_) {
                std::unique_ptr<platform::AudioOutput> old = std::move(output_);
                output_ = std::move(next_output_);
                lock.unlock();
                old.reset(); // closes the old device here, on the worker
                lock.lock();
                status_.problem.clear(); // the old output's; the new one has none yet
                continue; // look again: another output or newer speech may have come meanwhile
            }
            request = std::move(*pending_);
            pending_.reset();
            id = next_id_;
            asked = pending_asked_;
        }
        speak(request, id, asked);
    }
}

void SpeechService::speak(const SpeechRequest& request, std::uint64_t id, Clock::time_point asked) {
    update([&](SpeechStatus& s) {
        s = SpeechStatus{};
        s.request = id;
        s.speaking = true;
    });
    for (std::size_t i = 0; i < request.lines.size() && wanted_ == id; ++i) {
        update([&](SpeechStatus& s) { s.line = static_cast<int>(i); });
        if (!speak_line(request.language, request.lines[i], id, asked))
            break;
    }
    update([&](SpeechStatus& s) {
        if (s.request == id) {
            s.speaking = false;
            s.line = -1;
        }
    });
}

// Writes a problem to the journal once, not at every tap; a line heard again ends the
// episode. Problems name devices and voices, never what was said.
void SpeechService::note_problem(const std::string& problem, bool cut) {
    if (problem.empty()) {
        if (!cut)
            logged_problem_.clear();
        return;
    }
    if (problem == logged_problem_)
        return;
    logged_problem_ = problem;
    std::fprintf(stderr, "kiosk: read aloud: %s\n", problem.c_str());
}

// Says one line; false when it was cut (newer speech, stop) or the device failed.
bool SpeechService::speak_line(const std::string& language, const SpokenLine& line,
                               std::uint64_t id, Clock::time_point asked) {
    std::string problem = output_->begin(synthesiser_->sample_rate(), language, line.text);
    bool cut = false;
    std::vector<std::int16_t> scaled;
    Clock::time_point chunk_start = Clock::now();
    double synthesis = 0, sound = 0;
    const double rate = synthesiser_->sample_rate();
    auto play = [&](const std::int16_t* samples, std::size_t count) {
        synthesis += milliseconds_since(chunk_start) / 1000.0;
        if (wanted_ != id) {
            cut = true;
            return false;
        }
        const int volume = volume_;
        scaled.assign(samples, samples + count);
        for (auto& s : scaled)
            s = static_cast<std::int16_t>(s * volume / 100);
        if (!problem.empty())
            return false;
        const bool first = sound == 0;
        if (first)
            update([&](SpeechStatus& s) {
                s.first_sound_ms = s.first_sound_ms.value_or(milliseconds_since(asked));
            });
        problem = output_->write(scaled.data(), scaled.size());
        sound += static_cast<double>(count) / rate;
        chunk_start = Clock::now();
        return problem.empty() && wanted_ == id;
    };
    if (problem.empty()) {
        const std::string said = synthesiser_->speak(language, line.text, words_per_minute_, play);
        if (problem.empty())
            problem = said;
    }
    if (wanted_ != id)
        cut = true;
    if (cut || !problem.empty())
        output_->cut();
    else
        output_->finish();
    note_problem(problem, cut);
    update([&](SpeechStatus& s) {
        s.problem = problem;
        s.synthesis_seconds += synthesis;
        s.sound_seconds += sound;
    });
    return !cut && problem.empty();
}

} // namespace kiosk::speech
