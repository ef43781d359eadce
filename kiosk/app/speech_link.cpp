// Deciding what to say after each frame; the saying is the speech worker's.
#include "speech_link.hpp"

#include "core/screen_id.hpp"
#include "platform/audio_output.hpp"
#include "speech/synthesiser.hpp"

#include <algorithm>

namespace kiosk::app {

SpeechLink::SpeechLink(SpeechConfig config, std::optional<std::string> speech_to,
                       std::function<void()> wake)
    : config_(std::move(config)), device_(config_.device), speech_to_(std::move(speech_to)),
      wake_(std::move(wake)) {}

std::string SpeechLink::start() {
    if (service_ || !start_problem_.empty())
        return start_problem_;
    std::string problem;
    auto synthesiser = speech::open_espeak(config_.data_dir, problem);
    std::unique_ptr<platform::AudioOutput> output;
    if (synthesiser)
        output = speech_to_ ? platform::open_wav_folder(*speech_to_, true, problem)
                            : platform::open_alsa_output(device_);
    if (!synthesiser || !output) {
        start_problem_ = problem;
        return start_problem_;
    }
    service_ = std::make_unique<speech::SpeechService>(std::move(synthesiser), std::move(output),
                                                       config_.words_per_minute, [this] {
                                                           changed_ = true;
                                                           if (wake_)
                                                               wake_();
                                                       });
    return "";
}

void SpeechLink::say(const KioskModel& model, std::vector<ui::ScriptLine> lines) {
    if (!service_ || lines.empty())
        return;
    speech::SpeechRequest request{model.language(), {}};
    for (const auto& line : lines)
        request.lines.push_back({line.id, line.text});
    spoken_ = std::move(lines);
    last_heard_ = -1;
    request_ = service_->say(std::move(request));
}

void SpeechLink::check_visit(const KioskModel& model) {
    if (model.visit_generation() == visit_ && (model.listening() || !listening_))
        return;
    if (listening_ && service_)
        service_->stop();
    visit_ = model.visit_generation();
    listening_ = false;
    spoken_.clear();
    shown_.clear();
    cue_ = model.speech_cue();
    repeat_ = model.repeat_cue();
    test_cue_ = model.speech_test_cue();
    volume_ = -1;
}

void SpeechLink::staff_changes(const KioskModel& model) {
    const SpeechConfig& now = model.speech();
    if (now.device != device_) {
        device_ = now.device;
        if (service_ && !speech_to_) // a WAV folder stays a WAV folder
            service_->use_output(platform::open_alsa_output(device_));
    }
    const bool on_output_screen = model.place().screen == ScreenId::StaffSpeech;
    if (on_output_screen && !on_output_screen_) { // looked for each time the screen opens
        outputs_.clear();
        for (auto& o : platform::list_alsa_outputs())
            outputs_.push_back({std::move(o.name), std::move(o.label)});
    }
    on_output_screen_ = on_output_screen;
    if (model.speech_test_cue() != test_cue_) {
        test_cue_ = model.speech_test_cue();
        if (!service_)
            return;
        // At the volume visits start at, in the staff member's language.
        service_->set_volume(now.volume);
        volume_ = -1; // a visitor's listening sets its own again
        say(model, {{"", model.catalog().format(model.language(), "speech.volume",
                                                {{"percent", std::to_string(now.volume)}})}});
    }
}

void SpeechLink::touched() {
    if (listening_ && service_)
        service_->stop();
}

void SpeechLink::after_frame(const KioskModel& model, const ui::KioskUi& ui) {
    check_visit(model);
    staff_changes(model);
    if (!model.listening() || !service_)
        return;
    listening_ = true;
    if (const auto s = service_->status(); s.request == request_ && s.line >= 0)
        last_heard_ = s.line;
    if (model.volume() != volume_) {
        const bool changed_by_visitor = volume_ >= 0;
        volume_ = model.volume();
        service_->set_volume(volume_);
        if (changed_by_visitor) // says the new volume, at that volume
            say(model, {{"", model.catalog().format(model.language(), "speech.volume",
                                                    {{"percent", std::to_string(volume_)}})}});
    }
    std::vector<ui::ScriptLine> lines =
        ui::speech_script(model, ui.texts(), model.speech().private_output);
    const bool new_screen = !(model.place() == place_) || model.language() != language_;
    if (model.speech_cue() != cue_ || new_screen) {
        cue_ = model.speech_cue();
        place_ = model.place();
        language_ = model.language();
        shown_ = lines;
        say(model, lines);
        return;
    }
    if (model.repeat_cue() != repeat_) {
        repeat_ = model.repeat_cue();
        const int heard = last_heard_ >= 0 ? last_heard_ : 0;
        if (heard < static_cast<int>(spoken_.size()))
            say(model, {spoken_[static_cast<std::size_t>(heard)]});
        else
            say(model, lines);
        return;
    }
    // New texts on the same screen (an error, a result): said on their own.
    std::vector<ui::ScriptLine> added = ui::lines_added(shown_, lines);
    shown_ = std::move(lines);
    if (!added.empty())
        say(model, std::move(added));
}

std::string SpeechLink::spoken_line() const {
    if (!service_)
        return "";
    const speech::SpeechStatus s = service_->status();
    if (s.request != request_ || !s.speaking || s.line < 0 ||
        s.line >= static_cast<int>(spoken_.size()))
        return "";
    return spoken_[static_cast<std::size_t>(s.line)].id;
}

std::string SpeechLink::problem() const {
    if (!start_problem_.empty())
        return start_problem_;
    return service_ ? service_->status().problem : "";
}

ui::SpeechStaffView SpeechLink::staff_view() const {
    ui::SpeechStaffView v;
    v.enabled = true;
    v.problem = problem();
    if (service_) {
        v.output = service_->describe_output();
        v.outputs = outputs_;
        const speech::SpeechStatus s = service_->status();
        v.spoken = s.first_sound_ms.has_value();
        v.first_sound_ms = s.first_sound_ms.value_or(0.0);
    }
    return v;
}

speech::SpeechStatus SpeechLink::status() const {
    return service_ ? service_->status() : speech::SpeechStatus{};
}

} // namespace kiosk::app
