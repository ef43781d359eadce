// What a browser sends: form fields (application/x-www-form-urlencoded), cookies, and the
// query string. Decoding only; nothing here trusts what it decodes.
#pragma once

#include <map>
#include <string>

namespace console {

// name -> value of "a=1&b=x%20y" ("+" is a space); a later repeat of a name wins. Names and
// values are valid UTF-8: a byte that is not (e.g. %92 on its own) becomes U+FFFD.
std::map<std::string, std::string> parse_form(const std::string& body);

// name -> value of a Cookie header ("a=1; b=2").
std::map<std::string, std::string> parse_cookies(const std::string& header);

// The value of name in fields, or "".
std::string value_of(const std::map<std::string, std::string>& fields, const std::string& name);

} // namespace console
