// Staff set read aloud for this kiosk: each change is in force at once, kept in the database
// (services/speech_settings.hpp) and, where it changes what is heard, followed by a test
// sound so staff hear the result.
#include "handlers.hpp"

#include "common/rfc3339.hpp"
#include "services/speech_settings.hpp"

#include <algorithm>

namespace kiosk::actions {

namespace {

void keep(ActionContext& c, SpeechSettings settings, SpeechSetting changed) {
    settings.not_saved = services::save_speech_setting(
        c.parts.storage.db(), settings.speech, changed, c.staff_name(), format_utc_unix(c.utc));
    if (settings.not_saved.empty()) {
        settings.changed_here = true;
        settings.changed_by = c.staff_name();
        settings.changed_at = format_utc_unix(c.utc);
    }
    c.model.set_speech_settings(std::move(settings));
}

} // namespace

void handle(ActionContext& c, const action::StepDefaultVolume& a) {
    SpeechSettings s = c.model.speech_settings();
    const int volume = std::clamp(s.speech.volume + a.delta, 0, 100);
    if (volume == s.speech.volume)
        return;
    s.speech.volume = volume;
    keep(c, std::move(s), SpeechSetting::Volume);
    c.model.test_speech();
}

void handle(ActionContext& c, const action::ChooseSpeechOutput& a) {
    SpeechSettings s = c.model.speech_settings();
    if (!is_alsa_device_name(a.device) || a.device == s.speech.device)
        return;
    s.speech.device = a.device;
    keep(c, std::move(s), SpeechSetting::Device);
    c.model.test_speech();
}

void handle(ActionContext& c, const action::SetPrivateListening& a) {
    SpeechSettings s = c.model.speech_settings();
    if (a.on == s.speech.private_output)
        return;
    s.speech.private_output = a.on;
    keep(c, std::move(s), SpeechSetting::PrivateOutput);
}

void handle(ActionContext& c, const action::TestSpeech&) {
    c.model.test_speech();
}

void handle(ActionContext& c, const action::UseConfiguredSpeech&) {
    if (std::string problem = services::forget_speech_settings(c.parts.storage.db());
        !problem.empty()) { // still stored, so it would come back: keep showing it
        SpeechSettings s = c.model.speech_settings();
        s.not_saved = std::move(problem);
        c.model.set_speech_settings(std::move(s));
        return;
    }
    SpeechSettings s;
    s.speech = c.parts.config.speech;
    const bool output_changed = s.speech.device != c.model.speech().device;
    c.model.set_speech_settings(std::move(s));
    if (output_changed)
        c.model.test_speech();
}

} // namespace kiosk::actions
