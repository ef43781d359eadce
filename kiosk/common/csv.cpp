// RFC 4180 quoting.
#include "csv.hpp"

namespace kiosk {

std::string csv_field(std::string_view text) {
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

std::string csv_line(std::initializer_list<std::string_view> fields) {
    std::string line;
    bool first = true;
    for (std::string_view f : fields) {
        if (!first)
            line += ',';
        first = false;
        line += csv_field(f);
    }
    return line + "\r\n";
}

} // namespace kiosk
