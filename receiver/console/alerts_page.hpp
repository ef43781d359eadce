// The Alerts page's HTML (docs/console.md, "Alerts"): the alerts the console put on the
// kiosks, those withdrawn, and for a coordinator the form to publish a new one (with what a
// kiosk would refuse, and the values typed, after a refused try) and a button to withdraw.
#pragma once

#include "alert_form.hpp"
#include "console_state.hpp"
#include "roles.hpp"
#include "texts.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace console {

struct AlertsView {
    Lang lang = Lang::Nl;
    Role role = Role::Viewer;
    std::string csrf;
    std::string today;       // YYYY-MM-DD, the console's day
    bool configured = false; // [alerts] is set: the form and the buttons are offered
    std::int64_t version = 0;
    std::string public_key;           // base64, for the kiosks' config
    std::vector<ChannelAlert> alerts; // newest first
    AlertForm form;                   // prefilled, or as typed in a refused try
    std::vector<std::string> problems;
    std::string message; // after a publish or a withdrawal
};

std::string alerts_main(const AlertsView& v);

// A kiosk language's own name ("Polski"), as its catalogue's meta.native_name (a test keeps
// them equal); the code itself for one the console does not know.
std::string language_autonym(const std::string& code);

} // namespace console
