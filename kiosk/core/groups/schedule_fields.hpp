// Reading the schedule file's fields with TomlReader: dates, clock times, a slot's start and
// end, texts per language, and refusing keys that do not belong. Each reports its problem
// (file:line: field: what) and returns nothing for a field that cannot be used.
#pragma once

#include "core/content/toml_reader.hpp"
#include "schedule.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk::groups::schedule_fields {

using content::TomlReader;
using Keys = std::vector<std::string>;

std::string join(const Keys& keys);
std::string quoted(const std::string& s);
bool contains(const Keys& keys, const std::string& key);
// Reports keys of `t` not in `allowed`, naming the allowed ones.
void only(TomlReader& r, const toml::table& t, const Keys& allowed, const std::string& prefix);
// A date node: "2026-12-25" in quotes, or a bare TOML date.
std::optional<LocalDate> date_of(TomlReader& r, const toml::node& node, const std::string& field);
std::optional<LocalDate> required_date(TomlReader& r, const toml::table& t, const std::string& key,
                                       const std::string& field);
// Absent or "" means no date.
std::optional<LocalDate> optional_date(TomlReader& r, const toml::table& t, const std::string& key,
                                       const std::string& field);
// "HH:MM" as minutes since midnight.
std::optional<int> clock(TomlReader& r, const toml::table& t, const std::string& key,
                         const std::string& field);
// start and end of one slot; false unless both are valid and start < end.
bool read_times(TomlReader& r, const toml::table& t, const std::string& prefix, int& start,
                int& end);
// { nl = "...", en = "...", ... } with nl and en required.
Texts read_texts(TomlReader& r, const toml::table& t, const std::string& key,
                 const std::string& field);

} // namespace kiosk::groups::schedule_fields
