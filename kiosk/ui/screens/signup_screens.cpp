// The sign-up steps: consent in plain words, "do you have a code?", typing a code,
// choosing a picture and an optional nickname, the outcome with the code shown large
// (and as a QR code), and cancelling with a code.
#include "screens.hpp"

#include "group_format.hpp"
#include "ui/widgets/content_blocks.hpp"
#include "ui/widgets/member_symbols.hpp"
#include "ui/widgets/onscreen_keyboard.hpp"
#include "ui/widgets/qr_code.hpp"
#include "ui/widgets/text_blocks.hpp"
#include "ui/widgets/text_field_box.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>

namespace kiosk::ui {

namespace {

float full_width() {
    return ImGui::GetContentRegionAvail().x;
}

void outcome_message(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const std::string key = outcome_key(m.outcome().kind);
    if (key.empty())
        return;
    using K = SignupOutcome::Kind;
    const K kind = m.outcome().kind;
    const bool good = kind == K::Booked || kind == K::Waiting || kind == K::AlreadySignedUp ||
                      kind == K::Cancelled;
    callout(
        frame, good ? Icon::Check : Icon::Warning,
        m.catalog().format(m.language(), key, {{"position", std::to_string(m.outcome().position)}}),
        good ? frame.theme.risk[0] : frame.theme.danger);
}

// The keyboard docked under a page that needs typing.
float docked_keyboard_height(UiFrame& frame) {
    return keyboard_height(frame);
}
void docked_keyboard(UiFrame& frame) {
    ImGui::SetCursorPosX(frame.theme.pad);
    onscreen_keyboard(frame);
}

} // namespace

void consent_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.consent");
    heading(frame, m.tr("consent.title"));
    // The period is the configured one, so the promise matches what retention does.
    const std::string how_long = m.catalog().format(
        m.language(), "consent.how_long", {{"days", std::to_string(m.config().retention_days)}});
    bullet_lines(frame,
                 {m.tr("consent.stored"), m.tr("consent.no_name"), how_long, m.tr("consent.who")});
    const float w = (full_width() - t.pad) / 2;
    if (touch_button(frame, {"consent.agree", m.tr("consent.agree"), ImVec2(w, t.touch * 1.2f),
                             ButtonKind::Primary, Icon::Check}))
        frame.emit(action::GiveConsent{});
    ImGui::SameLine();
    if (touch_button(frame, {"consent.no", m.tr("consent.no"), ImVec2(w, t.touch * 1.2f),
                             ButtonKind::Normal, Icon::Back}))
        frame.emit(action::Back{});
    end_page(frame);
}

void code_choice_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.code_choice");
    heading(frame, m.tr("signup.have_code"));
    if (touch_button(frame, {"signup.yes_code", m.tr("signup.yes_code"),
                             ImVec2(full_width(), t.touch * 1.4f), ButtonKind::Normal, Icon::Lock}))
        frame.emit(action::ChooseExistingCode{});
    if (touch_button(frame,
                     {"signup.new_code", m.tr("signup.new_code"),
                      ImVec2(full_width(), t.touch * 1.4f), ButtonKind::Primary, Icon::Check}))
        frame.emit(action::ChooseNewCode{});
    end_page(frame);
}

void code_entry_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    begin_page(frame, "page.code_entry", docked_keyboard_height(frame));
    bold_line(frame, m.tr("signup.type_code"));
    if (field_with_button(frame, display_code(m.signup().code.text()), m.tr("signup.code_hint"),
                          "signup.confirm", m.tr("signup.confirm"), Icon::Check))
        frame.emit(action::SubmitSignup{});
    outcome_message(frame);
    end_page(frame);
    docked_keyboard(frame);
}

void symbol_pick_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.symbol_pick");
    bold_line(frame, m.tr("signup.pick_symbol"));
    const float h = 76.0f * t.scale;
    // Wide enough for the picture and the longest name beside it, at body size.
    float widest = 170.0f * t.scale;
    for (const auto& id : symbol_ids())
        widest = std::max(
            widest, h * 1.05f + t.pad * 0.5f + 2.0f +
                        measure_text(frame.fonts.bold, t.body_px, m.tr("signup.symbol." + id)).x);
    const int columns = columns_that_fit(frame, widest);
    const float w = column_width(frame, columns);
    int i = 0;
    for (const auto& id : symbol_ids()) {
        if (i++ % columns != 0)
            ImGui::SameLine();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ButtonSpec spec("symbol." + id, "", ImVec2(w, h));
        spec.name = m.tr("signup.symbol." + id);
        if (touch_button(frame, spec))
            frame.emit(action::PickSymbol{id});
        // The picture on the left, its name in the space to its right.
        draw_member_symbol(ImGui::GetWindowDrawList(), id,
                           ImVec2(at.x + h * 0.55f, at.y + h * 0.5f), h * 0.6f, t.primary,
                           t.surface);
        const TextFit fit = draw_fitted_text(ImGui::GetWindowDrawList(), frame.fonts.bold,
                                             t.body_px, t.body_px, ImVec2(at.x + h * 1.05f, at.y),
                                             ImVec2(at.x + w - t.pad * 0.5f, at.y + h), t.text,
                                             spec.name, TextAlign::Start);
        if (!frame.taps.empty() && frame.taps.back().id == spec.id) {
            frame.taps.back().text_px = fit.px;
            frame.taps.back().clipped = fit.clipped;
        }
    }
    end_page(frame);
}

void nickname_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.nickname", docked_keyboard_height(frame));
    bold_line(frame, m.tr("signup.nickname"));
    const bool narrow = full_width() < 620.0f * t.scale;
    const float button_w = narrow ? (full_width() - t.pad) / 2 : 170.0f * t.scale;
    text_field_box(frame, m.signup().nickname.text(), m.tr("signup.nickname_hint"),
                   narrow ? full_width() : full_width() - button_w * 2 - t.pad * 2);
    if (!narrow)
        ImGui::SameLine();
    if (touch_button(frame, {"signup.skip", m.tr("signup.skip"), ImVec2(button_w, t.touch)})) {
        frame.emit(action::ClearText{});
        frame.emit(action::SubmitSignup{});
    }
    ImGui::SameLine();
    if (touch_button(frame, {"signup.confirm", m.tr("signup.confirm"), ImVec2(button_w, t.touch),
                             ButtonKind::Primary, Icon::Check}))
        frame.emit(action::SubmitSignup{});
    outcome_message(frame);
    end_page(frame);
    docked_keyboard(frame);
}

void signup_done_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.signup_done");
    outcome_message(frame);
    const SignupOutcome& o = m.outcome();
    if (const SessionRow* s = m.groups().session(m.place().topic))
        bold_line(frame, group_name(m, s->group_id) + "  ·  " + session_when(m, *s));
    if (!o.code.empty()) {
        bold_line(frame, m.tr("signup.your_code"));
        ImGuiWindow* window = ImGui::GetCurrentWindow();
        const ImVec2 at = window->DC.CursorPos;
        const float big = t.title_px * 1.8f;
        const float symbol = big * 1.4f;
        if (!o.symbol.empty())
            draw_member_symbol(window->DrawList, o.symbol,
                               ImVec2(at.x + symbol * 0.5f, at.y + symbol * 0.5f), symbol,
                               t.primary, t.background);
        draw_text(window->DrawList, frame.fonts.title, big,
                  ImVec2(at.x + symbol + t.pad, at.y + (symbol - big) * 0.5f), t.text,
                  display_code(o.code), 0);
        register_tap(frame, "signup.code", display_code(o.code), at,
                     ImVec2(at.x + symbol + t.pad + big * 4, at.y + symbol));
        frame.note_text(display_code(o.code), at,
                        ImVec2(at.x + symbol + t.pad + big * 4, at.y + symbol), true);
        ImGui::Dummy(ImVec2(full_width(), symbol));
        if (!o.nickname.empty()) {
            const ImRect box =
                text_block(frame.fonts.body, t.body_px, t.text, std::string(o.nickname));
            frame.note_text(std::string(o.nickname), box.Min, box.Max, true);
        }
        const float qr = std::min(170.0f * t.scale, full_width() * 0.5f);
        const bool beside = full_width() > 600.0f * t.scale;
        if (beside) {
            // The QR code in the top right, so the instruction and Home stay in view.
            const ImVec2 back = ImGui::GetCursorPos();
            ImGui::SetCursorPos(
                ImVec2(full_width() - qr + t.pad, at.y - window->Pos.y + window->Scroll.y - t.pad));
            qr_code(display_code(o.code), qr);
            ImGui::SetCursorPos(back);
            ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + full_width() - qr - t.pad * 2);
            paragraph(frame, m.tr("signup.write_down"));
            ImGui::PopTextWrapPos();
        } else {
            qr_code(display_code(o.code), qr);
            paragraph(frame, m.tr("signup.write_down"));
        }
    }
    if (touch_button(frame, {"signup.home", m.tr("nav.home"),
                             ImVec2(o.code.empty() ? full_width() : full_width() * 0.55f, t.touch),
                             ButtonKind::Primary, Icon::Home}))
        frame.emit(action::Home{});
    end_page(frame);
}

void cancel_signup_screen(UiFrame& frame) {
    const KioskModel& m = frame.model;
    const Theme& t = frame.theme;
    begin_page(frame, "page.cancel_signup", docked_keyboard_height(frame));
    bold_line(frame, m.tr("signup.cancel_hint"));
    if (field_with_button(frame, display_code(m.signup().code.text()), m.tr("signup.code_hint"),
                          "signup.look_up", m.tr("signup.look_up"), Icon::Search))
        frame.emit(action::LookUpMyCode{});
    outcome_message(frame);
    const SignupOutcome& o = m.outcome();
    if (o.looked_up && o.my_sessions.empty() && o.kind == SignupOutcome::Kind::None)
        paragraph(frame, m.tr("signup.no_signups"), true);
    for (const auto& id : o.my_sessions) {
        const SessionRow* s = m.groups().session(id);
        const std::string label =
            s ? session_when(m, *s) + "  ·  " + group_name(m, s->group_id) : id;
        if (touch_button(frame, {"cancel." + id, m.tr("signup.cancel_this") + ": " + label,
                                 ImVec2(full_width(), t.touch), ButtonKind::Normal, Icon::Stop}))
            frame.emit(action::CancelMySignup{id});
    }
    end_page(frame);
    docked_keyboard(frame);
}

} // namespace kiosk::ui
