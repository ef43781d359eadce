// The console's HTML: escaping, and the frame every page sits in (head, header with the
// signed-in coordinator and the sign-out form, navigation, language switch). No scripts; one
// stylesheet, served by the console itself (no CDN: it works without internet).
#pragma once

#include "roles.hpp"
#include "texts.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace console {

// Text safe inside HTML elements and quoted attributes.
std::string escape(std::string_view text);

struct PageFrame {
    Lang lang = Lang::Nl;
    std::string title;
    std::string path;                // this page, for the language links
    std::optional<std::string> user; // signed in: name, role and the sign-out form are shown
    Role role = Role::Viewer;
    std::string csrf;  // the session's token, in the sign-out form
    std::string query; // this page's filters ("from=...&by=week"), kept by the language link
};

// A whole HTML document around main_html.
std::string html_page(const PageFrame& frame, const std::string& main_html);

// The stylesheet at /console.css: readable on a laptop and a phone, contrast AA.
const std::string& console_css();

} // namespace console
