// The speech worker against real espeak-ng, heard through the WAV folder output: every
// kiosk language speaks, longer text makes longer sound, new speech and stop() cut what is
// being said, volume scales the samples. Waits for the worker through its change callback.
#include "platform/audio_output.hpp"
#include "speech/speech_service.hpp"
#include "speech/synthesiser.hpp"
#include "support/captured_stderr.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

using namespace kiosk;
using namespace std::chrono_literals;

namespace {

struct TempFolder {
    std::filesystem::path path;
    TempFolder() {
        char name[] = "/tmp/kiosk-speech-XXXXXX";
        path = mkdtemp(name);
    }
    ~TempFolder() { std::filesystem::remove_all(path); }
};

// Wakes the test when the service's status changes; waits at most `limit` for a condition.
struct Watcher {
    std::mutex mutex;
    std::condition_variable changed;
    int changes = 0;
    void notify() {
        {
            std::lock_guard lock(mutex);
            ++changes;
        }
        changed.notify_all();
    }
    template <class Pred>
    bool wait(const speech::SpeechService& s, Pred pred, std::chrono::seconds limit = 20s) {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, limit, [&] { return pred(s.status()); });
    }
};

struct Spoken {
    int number;
    std::string language, how;
    double seconds;
    std::string text;
};

std::vector<Spoken> read_log(const std::filesystem::path& folder) {
    std::vector<Spoken> out;
    std::ifstream in(folder / "spoken.tsv");
    std::string line;
    while (std::getline(in, line)) {
        std::istringstream fields(line);
        Spoken s;
        std::string number, seconds;
        std::getline(fields, number, '\t');
        std::getline(fields, s.language, '\t');
        std::getline(fields, s.how, '\t');
        std::getline(fields, seconds, '\t');
        std::getline(fields, s.text);
        s.number = std::stoi(number);
        s.seconds = std::stod(seconds);
        out.push_back(s);
    }
    return out;
}

// Root mean square of a WAV file's samples (after its 44-byte header).
double loudness(const std::filesystem::path& wav) {
    std::ifstream in(wav, std::ios::binary);
    in.seekg(44);
    std::vector<std::int16_t> samples;
    std::int16_t s;
    while (in.read(reinterpret_cast<char*>(&s), sizeof s))
        samples.push_back(s);
    if (samples.empty())
        return 0;
    double sum = 0;
    for (auto v : samples)
        sum += static_cast<double>(v) * v;
    return std::sqrt(sum / static_cast<double>(samples.size()));
}

struct Rig {
    TempFolder folder;
    Watcher watcher;
    std::unique_ptr<speech::SpeechService> service;
    explicit Rig(bool paced) {
        std::string problem;
        auto synth = speech::open_espeak("", problem);
        REQUIRE(synth);
        auto output = platform::open_wav_folder(folder.path.string(), paced, problem);
        REQUIRE(output);
        service = std::make_unique<speech::SpeechService>(std::move(synth), std::move(output), 175,
                                                          [this] { watcher.notify(); });
    }
    bool wait_silent(std::uint64_t id) {
        return watcher.wait(*service, [id](const speech::SpeechStatus& s) {
            return s.request == id && !s.speaking;
        });
    }
};

} // namespace

TEST_CASE("every kiosk language is spoken by its own voice, longer text for longer") {
    Rig rig(false);
    const std::vector<std::pair<std::string, std::string>> texts = {
        {"nl", "Bel eerst 112."},
        {"en", "Call 112 first."},
        {"pl", "Najpierw zadzwoń pod 112."},
        {"ro", "Sunați mai întâi la 112."},
        {"ru", "Сначала позвоните 112."},
        {"uk", "Спочатку зателефонуйте 112."},
        {"es", "Llama primero al 112."},
        {"fr", "Appelez d'abord le 112."},
        {"tr", "Önce 112'yi arayın."},
        {"ar", "اتصل بالرقم 112 أولاً."},
        {"fa", "اول با 112 تماس بگیر."}};
    for (const auto& [lang, text] : texts) {
        const auto id =
            rig.service->say({lang, {{"t", text}, {"t2", text + " " + text + " " + text}}});
        REQUIRE(rig.wait_silent(id));
        CHECK(rig.service->status().problem == "");
    }
    const auto log = read_log(rig.folder.path);
    REQUIRE(log.size() == texts.size() * 2);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        INFO(texts[i].first);
        const Spoken& once = log[i * 2];
        const Spoken& thrice = log[i * 2 + 1];
        CHECK(once.language == texts[i].first);
        CHECK(once.how == "done");
        CHECK(once.seconds > 0.5);
        CHECK(thrice.seconds > once.seconds * 2.2);
        char name[16];
        std::snprintf(name, sizeof name, "%04d.wav", once.number);
        CHECK(loudness(rig.folder.path / name) > 500);
    }
}

TEST_CASE("new speech cuts what is being said, and stop silences it") {
    Rig rig(true); // paced like a sound card
    const std::string long_text =
        "This is a long text that takes several seconds to say, so that it is still being "
        "heard when the visitor touches the screen and the next screen starts to speak.";
    const auto first = rig.service->say({"en", {{"a", long_text}, {"b", long_text}}});
    REQUIRE(rig.watcher.wait(*rig.service, [&](const speech::SpeechStatus& s) {
        return s.request == first && s.first_sound_ms.has_value();
    }));
    const auto second = rig.service->say({"nl", {{"c", "Welkom."}}});
    REQUIRE(rig.wait_silent(second));
    const auto third = rig.service->say({"en", {{"d", long_text}}});
    REQUIRE(rig.watcher.wait(*rig.service, [&](const speech::SpeechStatus& s) {
        return s.request == third && s.line == 0 && s.first_sound_ms.has_value();
    }));
    rig.service->stop();
    REQUIRE(
        rig.watcher.wait(*rig.service, [](const speech::SpeechStatus& s) { return !s.speaking; }));
    const auto log = read_log(rig.folder.path);
    REQUIRE(log.size() == 3); // line "b" never started
    CHECK(log[0].how == "cut");
    CHECK(log[0].seconds < 3.0);
    CHECK(log[1].how == "done");
    CHECK(log[1].language == "nl");
    CHECK(log[2].how == "cut");
}

TEST_CASE("volume scales what is heard, and a missing voice is a message, not a crash") {
    Rig rig(false);
    rig.service->set_volume(100);
    auto id = rig.service->say({"en", {{"a", "Volume check."}}});
    REQUIRE(rig.wait_silent(id));
    rig.service->set_volume(25);
    id = rig.service->say({"en", {{"a", "Volume check."}}});
    REQUIRE(rig.wait_silent(id));
    const double loud = loudness(rig.folder.path / "0001.wav");
    const double quiet = loudness(rig.folder.path / "0002.wav");
    CHECK(quiet == Approx(loud * 0.25).epsilon(0.05));

    // The journal gets the problem once per episode, not at every tap, and never the text.
    const std::string log = test::stderr_of([&] {
        for (int tap = 0; tap < 3; ++tap) {
            id = rig.service->say({"xx-nonexistent", {{"a", "Nothing."}}});
            REQUIRE(rig.wait_silent(id));
            CHECK(rig.service->status().problem.find("no espeak-ng voice") != std::string::npos);
        }
        id = rig.service->say({"en", {{"a", "Fine again."}}});
        REQUIRE(rig.wait_silent(id));
        CHECK(rig.service->status().problem == "");
        id = rig.service->say({"xx-nonexistent", {{"a", "Nothing."}}});
        REQUIRE(rig.wait_silent(id));
    });
    std::size_t lines = 0;
    for (std::size_t at = 0;
         (at = log.find("kiosk: read aloud: no espeak-ng voice", at)) != std::string::npos; ++at)
        ++lines;
    CHECK(lines == 2);
    CHECK(log.find("Nothing.") == std::string::npos);
}

TEST_CASE("another output takes over at once: what was being said stops, the next is heard "
          "there") {
    Rig rig(true); // paced like a sound card
    TempFolder other;
    const std::string long_text =
        "This is a long text that takes several seconds to say, so that it is still being "
        "heard when staff choose another sound output for the kiosk.";
    const auto first = rig.service->say({"en", {{"a", long_text}}});
    REQUIRE(rig.watcher.wait(*rig.service, [&](const speech::SpeechStatus& s) {
        return s.request == first && s.first_sound_ms.has_value();
    }));
    std::string problem;
    auto output = platform::open_wav_folder(other.path.string(), true, problem);
    REQUIRE(output);
    const std::string name = output->describe();
    rig.service->use_output(std::move(output));
    CHECK(rig.service->describe_output() == name);
    const auto second = rig.service->say({"nl", {{"b", "Welkom."}}});
    REQUIRE(rig.wait_silent(second));
    CHECK(rig.service->status().problem == "");

    const auto before = read_log(rig.folder.path);
    REQUIRE(before.size() == 1);
    CHECK(before[0].how == "cut");
    CHECK(before[0].seconds < 3.0);
    const auto after = read_log(other.path);
    REQUIRE(after.size() == 1);
    CHECK(after[0].how == "done");
    CHECK(after[0].text == "Welkom.");
}
