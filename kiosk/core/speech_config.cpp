// Reading and checking the [speech] table of the config file.
#include "speech_config.hpp"

#include "config_reader.hpp"

#include <string_view>

namespace kiosk {

namespace config_detail {

void read_speech_table(Reader& r, const toml::table& table, SpeechConfig& speech) {
    for (const auto& [k, v] : table) {
        const std::string key = "speech." + std::string(k.str());
        if (k == "enabled")
            r.read(v, key, speech.enabled);
        else if (k == "device") {
            r.read(v, key, speech.device);
            if (speech.device == "default")
                speech.device.clear(); // the same device, one name for it on the staff screen
        } else if (k == "volume")
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

std::string speech_setting_key(SpeechSetting setting) {
    switch (setting) {
    case SpeechSetting::Volume:
        return "speech.volume";
    case SpeechSetting::Device:
        return "speech.device";
    case SpeechSetting::PrivateOutput:
        return "speech.private_output";
    }
    return "";
}

std::string speech_setting_value(const SpeechConfig& speech, SpeechSetting setting) {
    switch (setting) {
    case SpeechSetting::Volume:
        return std::to_string(speech.volume);
    case SpeechSetting::Device:
        return speech.device;
    case SpeechSetting::PrivateOutput:
        return speech.private_output ? "true" : "false";
    }
    return "";
}

bool apply_speech_setting(SpeechConfig& speech, SpeechSetting setting, const std::string& value) {
    switch (setting) {
    case SpeechSetting::Volume: {
        if (value.empty() || value.size() > 3 ||
            value.find_first_not_of("0123456789") != std::string::npos)
            return false;
        const int percent = std::stoi(value);
        if (percent > 100)
            return false;
        speech.volume = percent;
        return true;
    }
    case SpeechSetting::Device:
        if (!is_alsa_device_name(value))
            return false;
        speech.device = value;
        return true;
    case SpeechSetting::PrivateOutput:
        if (value != "true" && value != "false")
            return false;
        speech.private_output = value == "true";
        return true;
    }
    return false;
}

bool is_alsa_device_name(const std::string& name) {
    if (name.size() > 100)
        return false;
    for (const char ch : name) {
        const bool letter = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
        const bool digit = ch >= '0' && ch <= '9';
        if (!letter && !digit && std::string_view("_:=,.-").find(ch) == std::string_view::npos)
            return false;
    }
    return true;
}

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
    if (!is_alsa_device_name(speech.device))
        problems.push_back({source, 0, "speech.device",
                            "\"" + speech.device +
                                "\" is not an ALSA device name; use e.g. "
                                "\"plughw:CARD=Headphones\" (letters, digits and _ : = , . -), "
                                "or leave it out for ALSA's default"});
}

} // namespace kiosk
