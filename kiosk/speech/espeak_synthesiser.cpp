// The espeak-ng synthesiser: synchronous synthesis into a callback, about 50 ms of sound
// per call, so the first chunk is ready long before the whole text is.
#include "synthesiser.hpp"

#include <espeak-ng/espeak_ng.h>

#include <cstring>
#include <mutex>

namespace kiosk::speech {

namespace {

constexpr int kChunkMilliseconds = 50;

std::string espeak_message(espeak_ng_STATUS status) {
    char text[512] = {};
    espeak_ng_GetStatusCodeMessage(status, text, sizeof text);
    return text;
}

// espeak-ng's callback has no context of its own for the chunk handler: the one being
// spoken is kept here (one synthesiser per process, one thread).
const SoundChunk* g_chunk = nullptr;
bool g_stopped = false;

int on_sound(short* samples, int count, espeak_EVENT*) {
    if (!samples || count <= 0 || !g_chunk)
        return g_stopped ? 1 : 0;
    if (!(*g_chunk)(reinterpret_cast<const std::int16_t*>(samples),
                    static_cast<std::size_t>(count)))
        g_stopped = true;
    return g_stopped ? 1 : 0;
}

class EspeakSynthesiser final : public Synthesiser {
  public:
    explicit EspeakSynthesiser(int rate) : rate_(rate) {}
    // espeak-ng is started once per process and never terminated: 1.51's espeak_ng_Terminate
    // can wait forever for its own event thread. Its memory goes with the process.
    ~EspeakSynthesiser() override = default;

    int sample_rate() const override { return rate_; }

    std::string speak(const std::string& language, const std::string& text, int words_per_minute,
                      const SoundChunk& chunk) override {
        if (language != voice_) {
            const espeak_ng_STATUS status = espeak_ng_SetVoiceByName(language.c_str());
            if (status != ENS_OK)
                return "no espeak-ng voice for \"" + language + "\": " + espeak_message(status) +
                       " (is espeak-ng-data installed?)";
            voice_ = language;
        }
        espeak_ng_SetParameter(espeakRATE, words_per_minute, 0);
        g_chunk = &chunk;
        g_stopped = false;
        const espeak_ng_STATUS status = espeak_ng_Synthesize(
            text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, nullptr);
        g_chunk = nullptr;
        if (status != ENS_OK && !g_stopped)
            return "espeak-ng could not say a text: " + espeak_message(status);
        return "";
    }

  private:
    int rate_;
    std::string voice_;
};

// Starts espeak-ng once per process; "" when it runs, else why not (the same answer later).
std::string start_espeak(const std::string& data_dir) {
    static std::once_flag once;
    static std::string problem;
    std::call_once(once, [&] {
        espeak_ng_InitializePath(data_dir.empty() ? nullptr : data_dir.c_str());
        espeak_ng_ERROR_CONTEXT context = nullptr;
        espeak_ng_STATUS status = espeak_ng_Initialize(&context);
        if (status != ENS_OK) {
            problem = "speech cannot start: " + espeak_message(status) +
                      " (install espeak-ng-data, or set [speech] data_dir)";
            espeak_ng_ClearErrorContext(&context);
            return;
        }
        status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, kChunkMilliseconds, nullptr);
        if (status != ENS_OK) {
            problem = "speech cannot start: " + espeak_message(status);
            return;
        }
        espeak_SetSynthCallback(on_sound);
    });
    return problem;
}

} // namespace

std::unique_ptr<Synthesiser> open_espeak(const std::string& data_dir, std::string& problem) {
    problem = start_espeak(data_dir);
    if (!problem.empty())
        return nullptr;
    return std::make_unique<EspeakSynthesiser>(espeak_ng_GetSampleRate());
}

} // namespace kiosk::speech
