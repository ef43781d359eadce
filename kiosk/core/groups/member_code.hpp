// Anonymous member codes ("KXT-482"): making them, normalising what a visitor typed, and the
// 12 picture symbols a visitor picks for their code (docs/groups.md).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::groups {

// Letters without I, L, O; digits without 0, 1.
inline constexpr std::string_view kCodeLetters = "ABCDEFGHJKMNPQRSTUVWXYZ";
inline constexpr std::string_view kCodeDigits = "23456789";

// A new code "LLL-DDD". `random` returns uniformly distributed 32-bit words (e.g. libsodium's
// randombytes_random, or std::random_device); each character is drawn without modulo bias.
std::string make_member_code(const std::function<std::uint32_t()>& random);
std::string make_member_code(); // uses std::random_device

// Why a typed code cannot exist, for the hint shown before any lookup.
enum class CodeIssue {
    None,        // a possible code
    Empty,       // nothing typed (spaces and dashes do not count)
    WrongLength, // not 3 letters + 3 digits
    LookAlike,   // has 0, 1, I, L or O, which codes never use
    WrongChar,   // a letter where a digit belongs (or the reverse), or another character
};
CodeIssue member_code_issue(std::string_view typed);

// Upper-cases, drops spaces and dashes: "kxt 482", "KXT482", "kxt-482" -> "KXT-482".
// nullopt when the result cannot be a code.
std::optional<std::string> normalise_member_code(std::string_view typed);
bool is_plausible_member_code(std::string_view typed);

// The picture symbol ids, in the order the picker shows them.
const std::vector<std::string>& member_symbols();
bool is_member_symbol(std::string_view id);

} // namespace kiosk::groups
