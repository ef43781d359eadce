// Fuzz target: what a visitor types: member codes (typed back to find one's sign-ups) and
// search text (UTF-8 decoding, folding, matching). The input is split at its first zero byte
// into the typed text and a second text to search in.
#include "core/groups/member_code.hpp"
#include "core/search_fold.hpp"
#include "core/utf8.hpp"
#include "fuzz_scratch.hpp"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string all = kiosk::fuzz::as_text(data, size);
    const auto cut = std::min(all.find('\0'), all.size());
    const std::string typed = all.substr(0, cut);
    const std::string other = cut < all.size() ? all.substr(cut + 1) : std::string();

    (void)kiosk::groups::member_code_issue(typed);
    if (const auto code = kiosk::groups::normalise_member_code(typed))
        if (!kiosk::groups::is_plausible_member_code(*code))
            __builtin_trap(); // a normalised code must be one the kiosk accepts
    (void)kiosk::groups::is_member_symbol(typed);

    const auto points = kiosk::utf8::decode(typed);
    const std::string again = kiosk::utf8::encode(points);
    if (kiosk::utf8::length(again) != points.size())
        __builtin_trap(); // re-encoded text has as many code points as were decoded
    std::string shrinking = typed;
    while (!shrinking.empty())
        kiosk::utf8::pop_back(shrinking); // the backspace key, down to nothing

    (void)kiosk::fold_for_search(other);
    (void)kiosk::search_matches(other, typed);
    return 0;
}
