// Staff: read aloud for this kiosk. Whether it works, a test sound, the volume each visit
// starts at, the sound output (the outputs ALSA has, found when the screen opens), and
// private listening (headphones: codes and nicknames may be spoken). Changes hold at once
// and are kept on the kiosk over the config file, until staff go back to the config file.
#include "screens.hpp"

#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace kiosk::ui {

namespace {

constexpr int kVolumeStep = 10;

// A choice of two or more: the one in force is marked (colour and a check, never colour
// alone).
bool choice_button(UiFrame& frame, const std::string& id, const std::string& label, bool chosen) {
    const Theme& t = frame.theme;
    return touch_button(frame, {id, label, ImVec2(ImGui::GetContentRegionAvail().x, t.touch),
                                chosen ? ButtonKind::Primary : ButtonKind::Normal,
                                chosen ? Icon::Check : Icon::None});
}

void volume_row(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const int volume = m.speech().volume;
    bold_line(frame, m.catalog().format(m.language(), "staff.speech.volume",
                                        {{"percent", std::to_string(volume)}}));
    const float w = column_width(frame, 2);
    ImGui::BeginDisabled(volume <= 0);
    if (touch_button(frame, {"staff.speech.softer", m.tr("speech.softer"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Minus}))
        frame.emit(action::StepDefaultVolume{-kVolumeStep});
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(volume >= 100);
    if (touch_button(frame, {"staff.speech.louder", m.tr("speech.louder"), ImVec2(w, t.touch),
                             ButtonKind::Normal, Icon::Plus}))
        frame.emit(action::StepDefaultVolume{kVolumeStep});
    ImGui::EndDisabled();
}

void output_choices(UiFrame& frame, const SpeechStaffView& view) {
    const KioskModel& m = frame.model;
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    bold_line(frame, m.tr("staff.speech.output"));
    paragraph(frame, m.tr("staff.speech.output_hint"), true);
    std::vector<SpeechOutputChoice> outputs = view.outputs;
    const std::string& current = m.speech().device;
    if (std::none_of(outputs.begin(), outputs.end(),
                     [&](const SpeechOutputChoice& o) { return o.device == current; }))
        outputs.push_back({current, ""}); // chosen, but not found now (e.g. unplugged)
    for (const auto& o : outputs) {
        const std::string label =
            o.device.empty() ? m.tr("staff.speech.output_default")
            : o.label.empty()
                ? c.format(lang, "staff.speech.output_missing", {{"device", o.device}})
                : c.format(lang, "staff.speech.output_device",
                           {{"name", o.label}, {"device", o.device}});
        if (choice_button(frame, "staff.speech.output." + o.device, label, o.device == current))
            frame.emit(action::ChooseSpeechOutput{o.device});
    }
}

void private_choices(UiFrame& frame) {
    const KioskModel& m = frame.model;
    bold_line(frame, m.tr("staff.speech.private"));
    paragraph(frame, m.tr("staff.speech.private_hint"), true);
    const bool on = m.speech().private_output;
    if (choice_button(frame, "staff.speech.private.off", m.tr("staff.speech.private_off"), !on))
        frame.emit(action::SetPrivateListening{false});
    if (choice_button(frame, "staff.speech.private.on", m.tr("staff.speech.private_on"), on))
        frame.emit(action::SetPrivateListening{true});
}

} // namespace

void speech_status(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    const SpeechStaffView* v = frame.speech;
    if (!v || !v->enabled)
        paragraph(frame, m.tr("staff.speech.off"));
    else if (!v->problem.empty())
        callout(frame, Icon::Warning,
                c.format(lang, "staff.speech.problem", {{"problem", v->problem}}),
                frame.theme.danger);
    else if (!v->spoken)
        paragraph(frame, c.format(lang, "staff.speech.ready", {{"output", v->output}}));
    else
        paragraph(frame,
                  c.format(lang, "staff.speech.works",
                           {{"output", v->output},
                            {"ms", std::to_string(static_cast<int>(v->first_sound_ms + 0.5))}}));
}

void staff_speech_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    const Catalog& c = m.catalog();
    const std::string& lang = m.language();
    const SpeechSettings& settings = m.speech_settings();
    begin_page(frame, "page.staff_speech");
    heading(frame, m.tr("staff.speech.title"));
    speech_status(frame);
    if (!settings.not_saved.empty())
        callout(frame, Icon::Warning,
                c.format(lang, "staff.speech.not_saved", {{"problem", settings.not_saved}}),
                t.danger);
    if (frame.speech && frame.speech->enabled) {
        if (touch_button(frame, {"staff.speech.test", m.tr("staff.speech.test"),
                                 ImVec2(ImGui::GetContentRegionAvail().x, t.touch * 1.2f),
                                 ButtonKind::Primary, Icon::Speaker}))
            frame.emit(action::TestSpeech{});
        volume_row(frame);
        output_choices(frame, *frame.speech);
        private_choices(frame);
    }
    if (settings.changed_here) {
        bold_line(frame, m.tr("staff.speech.kept"));
        // "2026-12-04T07:30:00Z" as "2026-12-04 07:30 UTC"
        std::string when = settings.changed_at.substr(0, 16);
        std::replace(when.begin(), when.end(), 'T', ' ');
        paragraph(frame, c.format(lang, "staff.speech.changed_by",
                                  {{"name", settings.changed_by}, {"time", when + " UTC"}}));
        if (touch_button(frame, {"staff.speech.use_config", m.tr("staff.speech.use_config"),
                                 ImVec2(ImGui::GetContentRegionAvail().x, t.touch),
                                 ButtonKind::Normal, Icon::Back}))
            frame.emit(action::UseConfiguredSpeech{});
    }
    end_page(frame);
}

} // namespace kiosk::ui
