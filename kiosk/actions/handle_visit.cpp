// The visitor's own actions: moving around, language, typing, the mixing checker, display
// choices, and wiping the visit.
#include "handlers.hpp"

namespace kiosk::actions {

void handle(ActionContext& c, const action::Back&) {
    c.model.back();
}

void handle(ActionContext& c, const action::Home&) {
    c.model.home();
}

void handle(ActionContext& c, const action::QuickExit&) {
    c.model.reset_visit(c.now);
}

void handle(ActionContext& c, const action::StartOver&) {
    c.model.reset_visit(c.now);
}

void handle(ActionContext& c, const action::StillHere&) {
    c.model.still_here(c.now);
}

void handle(ActionContext& c, const action::ChooseLanguage& a) {
    c.model.choose_language(a.code);
}

void handle(ActionContext& c, const action::TypeText& a) {
    c.model.type_text(a.text);
}

void handle(ActionContext& c, const action::Backspace&) {
    c.model.backspace();
}

void handle(ActionContext& c, const action::ClearText&) {
    c.model.clear_text();
}

void handle(ActionContext& c, const action::PickMixSubstance& a) {
    c.model.pick_mix(a.id);
}

void handle(ActionContext& c, const action::ClearMixSlot& a) {
    c.model.clear_mix_slot(a.slot);
}

void handle(ActionContext& c, const action::CheckMix& a) {
    c.model.check_mix(a.a, a.b);
}

void handle(ActionContext& c, const action::ToggleLargeText&) {
    c.model.toggle_large_text();
}

void handle(ActionContext& c, const action::ToggleHighContrast&) {
    c.model.toggle_high_contrast();
}

void handle(ActionContext& c, const action::ToggleListening&) {
    c.model.toggle_listening();
}

void handle(ActionContext& c, const action::SayAgain&) {
    c.model.say_again();
}

void handle(ActionContext& c, const action::StepVolume& a) {
    c.model.step_volume(a.delta);
}

} // namespace kiosk::actions
