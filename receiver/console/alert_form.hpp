// A drug alert as a coordinator types it on the Alerts page, and the [[alert]] block of
// alerts.toml it becomes (docs/alerts.md, "The file"). Reading the form and writing TOML is
// all this does: whether the alert is right is decided by the kiosk's own loader
// (alert_publisher.hpp), so the console can never publish what a kiosk would refuse.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace console {

struct AlertTextForm {
    std::string title;
    std::string lines; // as typed: one line of the alert per line
};

struct AlertForm {
    std::string id;
    std::string level = "warning"; // red, warning, notice
    std::string source;
    std::string issued;                        // YYYY-MM-DD
    std::string expires;                       // YYYY-MM-DD
    std::string substances;                    // substance ids, separated by commas or spaces
    std::map<std::string, AlertTextForm> text; // language code -> title and lines
    std::string signal_id;                     // the signal report it was made from ("" for none)
};

// The form's fields: id, level, source, issued, expires, substances, signal, and per language
// title_<code> and text_<code> for every language the kiosk knows.
AlertForm alert_form_from(const std::map<std::string, std::string>& fields);

// The [[alert]] block, ending in a blank line. A language with neither title nor lines is
// left out; empty lines of the text are dropped.
std::string alert_toml_block(const AlertForm& form);

// A new alert's id: the first day, then its first substance if any ("2026-12-05-mdma"), with
// "-2", "-3", ... when `taken` has it already.
std::string new_alert_id(const AlertForm& form, const std::set<std::string>& taken);

// A TOML basic string: quoted, with \ " and control characters escaped.
std::string toml_string(std::string_view text);

} // namespace console
