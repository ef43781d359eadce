// Speech into WAV files (--speech-to DIR): what tests and a curious operator listen to.
// Each stretch becomes NNNN.wav (16-bit mono PCM), and spoken.tsv gets one line per stretch.
// Paced like a sound card, so a cut arrives part-way through as it would on a speaker.
#include "audio_output.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

namespace kiosk::platform {

namespace {

void put_u32(std::vector<char>& out, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void put_u16(std::vector<char>& out, std::uint16_t v) {
    out.push_back(static_cast<char>(v & 0xff));
    out.push_back(static_cast<char>(v >> 8));
}

// The 44-byte RIFF header of a mono 16-bit PCM file with `bytes` of samples.
std::vector<char> wav_header(int rate, std::uint32_t bytes) {
    std::vector<char> h;
    h.insert(h.end(), {'R', 'I', 'F', 'F'});
    put_u32(h, 36 + bytes);
    h.insert(h.end(), {'W', 'A', 'V', 'E', 'f', 'm', 't', ' '});
    put_u32(h, 16);
    put_u16(h, 1); // PCM
    put_u16(h, 1); // mono
    put_u32(h, static_cast<std::uint32_t>(rate));
    put_u32(h, static_cast<std::uint32_t>(rate) * 2);
    put_u16(h, 2);
    put_u16(h, 16);
    h.insert(h.end(), {'d', 'a', 't', 'a'});
    put_u32(h, bytes);
    return h;
}

// One line of spoken.tsv: tabs and line breaks in the text become spaces.
std::string tsv_field(std::string text) {
    for (char& c : text)
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    return text;
}

class WavFolderOutput final : public AudioOutput {
  public:
    WavFolderOutput(std::filesystem::path folder, bool paced)
        : folder_(std::move(folder)), paced_(paced) {}
    ~WavFolderOutput() override { end("cut"); }

    std::string begin(int sample_rate, const std::string& language,
                      const std::string& text) override {
        end("cut");
        rate_ = sample_rate;
        language_ = language;
        text_ = text;
        samples_ = 0;
        char name[16];
        std::snprintf(name, sizeof name, "%04d.wav", ++number_);
        file_.open(folder_ / name, std::ios::binary | std::ios::trunc);
        if (!file_)
            return "cannot write " + (folder_ / name).string() + ": check --speech-to";
        const auto header = wav_header(rate_, 0);
        file_.write(header.data(), static_cast<std::streamsize>(header.size()));
        started_ = std::chrono::steady_clock::now();
        return "";
    }

    std::string write(const std::int16_t* samples, std::size_t count) override {
        if (!file_.is_open())
            return "no WAV file open";
        file_.write(reinterpret_cast<const char*>(samples),
                    static_cast<std::streamsize>(count * sizeof(std::int16_t)));
        samples_ += count;
        if (paced_) {
            // A device's buffer holds about a tenth of a second: return when the samples
            // before that would have been played.
            const auto played = std::chrono::microseconds(samples_ * 1000000 / rate_);
            std::this_thread::sleep_until(started_ + played - std::chrono::milliseconds(100));
        }
        return file_ ? "" : "writing the WAV file failed (disk full?)";
    }

    void finish() override { end("done"); }
    void cut() override { end("cut"); }
    std::string describe() const override { return "WAV files in " + folder_.string(); }

  private:
    void end(const char* how) {
        if (!file_.is_open())
            return;
        const auto bytes = static_cast<std::uint32_t>(samples_ * sizeof(std::int16_t));
        const auto header = wav_header(rate_, bytes);
        file_.seekp(0);
        file_.write(header.data(), static_cast<std::streamsize>(header.size()));
        file_.close();
        std::ofstream log(folder_ / "spoken.tsv", std::ios::app);
        char seconds[32];
        std::snprintf(seconds, sizeof seconds, "%.3f", static_cast<double>(samples_) / rate_);
        log << number_ << '\t' << language_ << '\t' << how << '\t' << seconds << '\t'
            << tsv_field(text_) << '\n';
    }

    std::filesystem::path folder_;
    bool paced_;
    std::ofstream file_;
    int number_ = 0;
    int rate_ = 22050;
    std::size_t samples_ = 0;
    std::string language_, text_;
    std::chrono::steady_clock::time_point started_;
};

} // namespace

std::unique_ptr<AudioOutput> open_wav_folder(const std::string& folder, bool paced,
                                             std::string& problem) {
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec || !std::filesystem::is_directory(folder)) {
        problem = "--speech-to " + folder + ": cannot make the folder (" + ec.message() + ")";
        return nullptr;
    }
    return std::make_unique<WavFolderOutput>(folder, paced);
}

} // namespace kiosk::platform
