// CSV text as RFC 4180 writes it: fields quoted (with doubled quotes) when they hold a comma,
// a quote, CR or LF; lines end in CRLF. The one CSV writer, used by the kiosk's attendance
// export and the receiver's event export.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace kiosk {

std::string csv_field(std::string_view text);
// The fields as one line, ending in CRLF.
std::string csv_line(std::initializer_list<std::string_view> fields);

} // namespace kiosk
