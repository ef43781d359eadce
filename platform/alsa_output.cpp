// Speech through ALSA (libasound2): 16-bit mono, ALSA resampling to what the device takes,
// about a tenth of a second buffered so a cut is heard at once.
#include "alsa_messages.hpp"
#include "audio_output.hpp"

#include <alsa/asoundlib.h>

namespace kiosk::platform {

namespace {

constexpr unsigned kLatencyMicroseconds = 100000;

std::string alsa_problem(const std::string& device, const char* what, int code) {
    const std::string reason = first_alsa_message();
    return "sound device \"" + device + "\": " + what + " (" + snd_strerror(code) +
           (reason.empty() ? "" : "; ALSA: " + reason) +
           "); choose another output on the staff Read aloud screen or in [speech] device "
           "of the config (aplay -L lists them), and check that the kiosk user is in the "
           "audio group";
}

class AlsaOutput final : public AudioOutput {
  public:
    explicit AlsaOutput(std::string device) : device_(device.empty() ? "default" : device) {}
    ~AlsaOutput() override { close(); }

    std::string begin(int sample_rate, const std::string&, const std::string&) override {
        if (pcm_ && rate_ == sample_rate)
            return "";
        close();
        start_catching_alsa_messages();
        int rc = snd_pcm_open(&pcm_, device_.c_str(), SND_PCM_STREAM_PLAYBACK, 0);
        if (rc < 0) {
            pcm_ = nullptr;
            return alsa_problem(device_, "cannot open it", rc);
        }
        rc = snd_pcm_set_params(pcm_, SND_PCM_FORMAT_S16, SND_PCM_ACCESS_RW_INTERLEAVED, 1,
                                static_cast<unsigned>(sample_rate), 1, kLatencyMicroseconds);
        if (rc < 0) {
            close();
            return alsa_problem(device_, "it refuses 16-bit mono sound", rc);
        }
        rate_ = sample_rate;
        return "";
    }

    std::string write(const std::int16_t* samples, std::size_t count) override {
        if (!pcm_)
            return alsa_problem(device_, "it is not open", -ENODEV);
        while (count > 0) {
            const snd_pcm_sframes_t n = snd_pcm_writei(pcm_, samples, count);
            if (n < 0) {
                // An underrun (-EPIPE) or a suspend is recovered; anything else ends the stretch.
                const int rc = snd_pcm_recover(pcm_, static_cast<int>(n), 1);
                if (rc < 0) {
                    close();
                    return alsa_problem(device_, "playing failed", rc);
                }
                continue;
            }
            samples += n;
            count -= static_cast<std::size_t>(n);
        }
        return "";
    }

    void finish() override {
        if (pcm_ && snd_pcm_drain(pcm_) == 0)
            snd_pcm_prepare(pcm_);
    }

    void cut() override {
        if (pcm_ && snd_pcm_drop(pcm_) == 0)
            snd_pcm_prepare(pcm_);
    }

    std::string describe() const override { return "ALSA device " + device_; }

  private:
    void close() {
        if (pcm_)
            snd_pcm_close(pcm_);
        pcm_ = nullptr;
        rate_ = 0;
    }

    std::string device_;
    snd_pcm_t* pcm_ = nullptr;
    int rate_ = 0;
};

} // namespace

std::unique_ptr<AudioOutput> open_alsa_output(const std::string& device) {
    return std::make_unique<AlsaOutput>(device);
}

} // namespace kiosk::platform
