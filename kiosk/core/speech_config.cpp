// Reading and checking the [speech] table of the config file.
#include "speech_config.hpp"

#include "config_reader.hpp"

namespace kiosk {

namespace config_detail {

void read_speech_table(Reader& r, const toml::table& table, SpeechConfig& speech) {
    for (const auto& [k, v] : table) {
        const std::string key = "speech." + std::string(k.str());
        if (k == "enabled")
            r.read(v, key, speech.enabled);
        else if (k == "device")
            r.read(v, key, speech.device);
        else if (k == "volume")
            r.read(v, key, speech.volume);
        else if (k == "private_output")
            r.read(v, key, speech.private_output);
        else if (k == "words_per_minute")
            r.read(v, key, speech.words_per_minute);
        else if (k == "data_dir")
            r.read(v, key, speech.data_dir);
        else
            r.problems.push_back({r.file, r.line(v), key,
                                  "unknown key (allowed: enabled, device, volume, "
                                  "private_output, words_per_minute, data_dir)"});
    }
}

} // namespace config_detail

void validate_speech_config(const SpeechConfig& speech, const std::string& source,
                            std::vector<Problem>& problems) {
    if (speech.volume < 0 || speech.volume > 100)
        problems.push_back({source, 0, "speech.volume",
                            "\"" + std::to_string(speech.volume) +
                                "\" is not allowed; use 0 to 100 percent (default 70)"});
    if (speech.words_per_minute < 80 || speech.words_per_minute > 300)
        problems.push_back({source, 0, "speech.words_per_minute",
                            "\"" + std::to_string(speech.words_per_minute) +
                                "\" is not allowed; use 80 to 300 (default 150)"});
}

} // namespace kiosk
