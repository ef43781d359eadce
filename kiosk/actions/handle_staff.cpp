// The staff side: the PIN pad (checked on the worker: Argon2id takes a frame or more per
// configured PIN), signing out, notices, "send now", rolling a bundle back, vouching for
// the clock.
#include "handlers.hpp"

#include "core/pin_hash.hpp"
#include "device_news.hpp"
#include "screen_loading.hpp"

namespace kiosk::actions {

void handle(ActionContext& c, const action::PinDigit& a) {
    c.model.pin_digit(a.digit, c.now);
}

void handle(ActionContext& c, const action::PinBackspace&) {
    c.model.pin_backspace();
}

void handle(ActionContext& c, const action::PinSubmit&) {
    auto typed = c.model.start_pin_check(c.now);
    if (!typed)
        return;
    const std::uint64_t visit = c.model.visit_generation();
    auto pins = c.parts.config.staff_pins;
    ActionContext* context = &c;
    c.parts.background.post("the PIN check", [context, visit, pins = std::move(pins),
                                              pin = std::move(*typed)]() mutable {
        std::optional<StaffPin> who;
        for (const StaffPin& p : pins)
            if (!who && verify_pin(p.hash, std::string_view(pin.data(), pin.size())))
                who = p;
        wipe_bytes(pin); // the typed PIN leaves no copy behind
        return [context, visit, who]() {
            ActionContext& ctx = *context;
            if (ctx.model.visit_generation() != visit)
                return; // the visit was wiped meanwhile: nobody is waiting for it
            ctx.model.pin_checked(who, ctx.now);
            if (who)
                load_staff_page(ctx);
        };
    });
}

void handle(ActionContext& c, const action::StaffLogout&) {
    c.model.reset_visit(c.now);
}

void handle(ActionContext& c, const action::AcknowledgeNotice& a) {
    c.parts.storage.acknowledge(a.id);
    c.model.acknowledge_notice(a.id);
    load_staff_page(c);
}

void handle(ActionContext& c, const action::SendNow&) {
    if (c.parts.uploads)
        c.parts.uploads->send_now();
}

void handle(ActionContext& c, const action::RollBackBundle&) {
    c.rollback_message = c.parts.content.roll_back();
    c.bundle_state.reset(); // read again
    load_staff_page(c);
}

void handle(ActionContext& c, const action::ConfirmClock&) {
    apply_device_news(c, c.parts.device.confirm_clock(
                             std::chrono::system_clock::time_point(std::chrono::seconds(c.utc))));
}

} // namespace kiosk::actions
