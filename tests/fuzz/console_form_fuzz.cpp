// Fuzz target: what a browser sends the console: a form body and a Cookie header, and the
// alert form made from it. The [[alert]] block written from any form must be valid TOML, or
// a coordinator's text could change the alerts file around it.
#include "alert_form.hpp"
#include "fuzz_scratch.hpp"
#include "web_form.hpp"

#include <toml++/toml.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string all = kiosk::fuzz::as_text(data, size);
    const auto cut = std::min(all.find('\n'), all.size());
    (void)console::parse_cookies(all.substr(0, cut));
    const auto fields = console::parse_form(cut < all.size() ? all.substr(cut + 1) : all);
    const auto form = console::alert_form_from(fields);
    const std::string block = console::alert_toml_block(form);
    (void)console::new_alert_id(form, {"a", "b"});
    try {
        (void)toml::parse(block);
    } catch (const toml::parse_error&) {
        __builtin_trap();
    }
    return 0;
}
