// Read aloud (docs/performance.md, "Read aloud"): per language, espeak-ng's time to its first
// sound and its real-time factor (synthesis time over the length of the sound made; below 1
// it keeps ahead of the speaker) for the home screen's first two lines; the time from a
// request to the first sound handed to a (WAV, paced like a sound card) device through the
// speech worker, beside the 150 ms goal; and the UI's frame cost while the worker speaks,
// beside the same frames in silence (the reference, in the same run). A benchmark, not a
// test. Usage: speech_bench [--runs N]
#include "core/catalog.hpp"
#include "platform/audio_output.hpp"
#include "speech/speech_service.hpp"
#include "speech/synthesiser.hpp"
#include "support/ui_harness.hpp"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

using namespace kiosk;
using Clock = std::chrono::steady_clock;

namespace {

int g_runs = 5;

double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Figures {
    double first_ms = 0, rtf = 0, seconds = 0;
};

// espeak-ng alone: time to its first chunk and the real-time factor of the whole text.
Figures synthesise(speech::Synthesiser& s, const std::string& lang, const std::string& text) {
    std::vector<double> first, rtf;
    double seconds = 0;
    for (int r = 0; r < g_runs; ++r) {
        const auto start = Clock::now();
        double first_ms = -1;
        std::size_t samples = 0;
        s.speak(lang, text, 150, [&](const std::int16_t*, std::size_t count) {
            if (first_ms < 0)
                first_ms = ms_since(start);
            samples += count;
            return true;
        });
        const double wall = ms_since(start) / 1000.0;
        seconds = static_cast<double>(samples) / s.sample_rate();
        first.push_back(first_ms);
        rtf.push_back(seconds > 0 ? wall / seconds : 0);
    }
    return {median(first), median(rtf), seconds};
}

// Waits (without sleeping) until the service's status satisfies `done`.
class Waiter {
  public:
    void changed() {
        std::lock_guard lock(mutex_);
        ++version_;
        cv_.notify_all();
    }
    template <class Pred> bool wait(speech::SpeechService& s, Pred done) {
        std::unique_lock lock(mutex_);
        return cv_.wait_for(lock, std::chrono::seconds(20), [&] { return done(s.status()); });
    }

  private:
    std::mutex mutex_;
    std::condition_variable cv_;
    int version_ = 0;
};

} // namespace

int main(int argc, char** argv) {
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            g_runs = std::max(1, std::atoi(argv[++i]));
    const Config config = kiosk::test::test_config();
    const Catalog catalog = kiosk::test::load_test_catalog(config);
    std::string problem;
    auto synth = speech::open_espeak("", problem);
    if (!synth) {
        std::fprintf(stderr, "speech_bench: espeak-ng does not start: %s\n", problem.c_str());
        return 1;
    }
    std::printf("Read aloud, %d runs each (medians). Text: the home screen's first two lines.\n\n",
                g_runs);
    std::printf(
        "| language | first sound from espeak-ng | synthesis | sound | real-time factor |\n");
    std::printf("| --- | --- | --- | --- | --- |\n");
    for (const auto& lang : catalog.languages()) {
        const std::string text = catalog.text(lang.code, "home.welcome") + ". " +
                                 catalog.text(lang.code, "home.anonymous");
        const Figures f = synthesise(*synth, lang.code, text);
        std::printf("| %s | %.2f ms | %.1f ms | %.2f s | %.4f |\n", lang.code.c_str(), f.first_ms,
                    f.rtf * f.seconds * 1000.0, f.seconds, f.rtf);
    }

    // Through the worker to a device paced like a sound card: request to first sound.
    const auto folder = std::filesystem::temp_directory_path() / "kiosk-speech-bench";
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    Waiter waiter;
    auto output = platform::open_wav_folder(folder.string(), true, problem);
    speech::SpeechService service(std::move(synth), std::move(output), 150,
                                  [&] { waiter.changed(); });
    std::vector<double> first;
    for (int r = 0; r < g_runs * 2; ++r) {
        const auto id = service.say({"nl", {{"text.0", catalog.text("nl", "home.welcome")}}});
        waiter.wait(service, [&](const speech::SpeechStatus& s) {
            return s.request == id && s.first_sound_ms.has_value();
        });
        first.push_back(*service.status().first_sound_ms);
        service.stop();
        waiter.wait(service, [&](const speech::SpeechStatus& s) { return !s.speaking; });
    }
    std::printf(
        "\nTap to first sound through the speech worker (nl, %zu requests): median %.1f ms, "
        "longest %.1f ms; goal 150 ms\n",
        first.size(), median(first), *std::max_element(first.begin(), first.end()));

    // The UI's frame cost while the worker speaks, beside silence.
    kiosk::test::UiHarness h(config, 800, 480);
    h.step(5);
    std::vector<double> wall;
    auto frames = [&] {
        std::vector<double> ms;
        wall.clear();
        for (int i = 0; i < 200; ++i) {
            h.step(1);
            ms.push_back(h.last_draw_cpu_ms());
            wall.push_back(h.last_frame_ms());
        }
        return ms;
    };
    const auto quiet = frames();
    const double quiet_wall = median(wall);
    std::string long_text;
    for (int i = 0; i < 6; ++i)
        long_text += catalog.text("nl", "home.anonymous") + " ";
    service.say({"nl", {{"text.0", long_text}}});
    const auto speaking = frames();
    const bool still_speaking = service.status().speaking;
    service.stop();
    std::printf("Home screen frame at 800x480: CPU %.3f ms, wall %.3f ms while speaking%s; "
                "CPU %.3f ms, wall %.3f ms in silence (reference)\n",
                median(speaking), median(wall),
                still_speaking ? "" : " (speech ended during the frames)", median(quiet),
                quiet_wall);
    std::filesystem::remove_all(folder);
    return 0;
}
