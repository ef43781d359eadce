// A signal from the field (docs/signals.md): what a visitor or a peer saw of a drug that was
// not what it seemed, as the `signal.reported` event carries it (schema 1,
// docs/upload-protocol.md). Every field is one of a fixed list of words, declared here once for
// the kiosk (which records it) and the receiver (which refuses anything else). There is no
// field for a name, a contact, a place, a seller or a time of day: the day is all.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

inline constexpr std::array<std::string_view, 2> kSignalReporters = {"visitor", "staff"};
inline constexpr std::array<std::string_view, 6> kSignalForms = {"pill",   "powder", "crystal",
                                                                 "liquid", "paper",  "other"};
inline constexpr std::array<std::string_view, 12> kSignalColours = {
    "white", "pink",   "red",   "orange", "yellow",  "green",
    "blue",  "purple", "brown", "grey",   "several", "unknown"};
// "letters": the mark is a few letters or digits, in mark_text.
inline constexpr std::array<std::string_view, 8> kSignalMarks = {
    "none", "star", "heart", "crown", "skull", "animal", "letters", "other"};
inline constexpr std::array<std::string_view, 6> kSignalEffects = {
    "stronger", "different", "sick", "passed_out", "needed_help", "other"};
inline constexpr std::array<std::string_view, 3> kSignalWhen = {"today", "this_week", "earlier"};
// Staff and peers only.
inline constexpr std::array<std::string_view, 5> kSignalSettings = {"street", "drop_in", "party",
                                                                    "online", "other"};
inline constexpr std::array<std::string_view, 3> kSignalPeople = {"one", "two_to_five",
                                                                  "six_or_more"};
inline constexpr std::array<std::string_view, 5> kSignalNotes = {
    "none", "more_reports", "test_result_known", "seen_in_person", "heard_from_others"};

inline constexpr std::size_t kMaxMarkText = 20;

struct SignalReport {
    std::string day;                    // YYYY-MM-DD, the kiosk's local day it was reported
    std::string reporter;               // kSignalReporters
    std::string sold_as;                // a substance id of the content pack, or "unknown"
    std::string form;                   // kSignalForms
    std::string colour;                 // kSignalColours
    std::string mark;                   // kSignalMarks
    std::string mark_text;              // mark "letters" only: 1-20 of A-Z a-z 0-9
    std::vector<std::string> effects;   // 1-6 of kSignalEffects, each once
    std::string when;                   // kSignalWhen
    std::optional<std::string> setting; // staff: kSignalSettings
    std::optional<std::string> people;  // staff: kSignalPeople
    std::optional<std::string> note;    // staff: kSignalNotes
};

// "" when the report holds only allowed words and fits together; else the first problem, in
// plain English naming the field (for a receiver's rejection and the kiosk's own check).
std::string signal_problem(const SignalReport& report);

// The event's data: a JSON object with the fields above and "sensitive": true.
std::string signal_json(const SignalReport& report);
// The report in `data_json`, or nullopt with `problem` saying why (unknown fields too).
std::optional<SignalReport> parse_signal(const std::string& data_json, std::string& problem);

} // namespace kiosk
