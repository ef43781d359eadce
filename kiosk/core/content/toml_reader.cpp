// Field reading with precise problem reports.
#include "toml_reader.hpp"

#include "core/utf8.hpp"

namespace kiosk::content {

namespace {
constexpr std::size_t kMaxLineChars = 160;
}

int TomlReader::line_of(const toml::node* node) {
    return node ? static_cast<int>(node->source().begin.line) : 0;
}

void TomlReader::problem(const toml::node* at, const std::string& field,
                         const std::string& message) {
    problems_.push_back({file_, line_of(at), field, message});
}

std::string TomlReader::text(const toml::table& t, const std::string& key, const std::string& field,
                             bool may_be_empty) {
    const toml::node* node = t.get(key);
    if (!node) {
        problem(&t, field, "missing; add " + key + " = \"...\"");
        return {};
    }
    const auto* s = node->as_string();
    if (!s) {
        problem(node, field, "must be text in double quotes");
        return {};
    }
    if (!may_be_empty && s->get().find_first_not_of(" \t") == std::string::npos)
        problem(node, field, "is empty");
    return s->get();
}

std::vector<std::string> TomlReader::lines(const toml::table& t, const std::string& key,
                                           const std::string& field, std::size_t min_lines,
                                           std::size_t max_lines) {
    std::vector<std::string> out;
    const toml::node* node = t.get(key);
    if (!node) {
        problem(&t, field, "missing; add " + key + " = [\"first line\", \"second line\"]");
        return out;
    }
    const auto* array = node->as_array();
    if (!array) {
        problem(node, field, "must be a list of lines: [\"first line\", \"second line\"]");
        return out;
    }
    for (const auto& item : *array) {
        const auto* s = item.as_string();
        if (!s || s->get().find_first_not_of(" \t") == std::string::npos) {
            problem(&item, field, "every line must be non-empty text in double quotes");
            continue;
        }
        if (utf8::length(s->get()) > kMaxLineChars)
            problem(&item, field,
                    "a line is longer than 160 characters; split it (one idea per line)");
        out.push_back(s->get());
    }
    if (out.size() < min_lines || out.size() > max_lines)
        problem(node, field,
                "has " + std::to_string(out.size()) + " lines; use " + std::to_string(min_lines) +
                    " to " + std::to_string(max_lines));
    return out;
}

bool TomlReader::boolean(const toml::table& t, const std::string& key, const std::string& field) {
    const toml::node* node = t.get(key);
    if (!node || !node->as_boolean()) {
        problem(node ? node : &t, field, "must be true or false");
        return false;
    }
    return node->as_boolean()->get();
}

int TomlReader::integer(const toml::table& t, const std::string& key, const std::string& field) {
    const toml::node* node = t.get(key);
    if (!node || !node->as_integer()) {
        problem(node ? node : &t, field, "must be a whole number");
        return 0;
    }
    return static_cast<int>(node->as_integer()->get());
}

const toml::table* TomlReader::table(const toml::table& t, const std::string& key,
                                     const std::string& field) {
    const toml::node* node = t.get(key);
    if (!node || !node->as_table()) {
        problem(node ? node : &t, field, node ? "must be a table" : "missing");
        return nullptr;
    }
    return node->as_table();
}

void TomlReader::only(const toml::table& t, const std::set<std::string>& allowed,
                      const std::string& prefix) {
    for (const auto& [key, node] : t) {
        const std::string k(key.str());
        if (!allowed.count(k))
            problem(&node, prefix + k, "unknown field; see docs/content-format.md");
    }
}

std::optional<toml::table> parse_toml(const std::string& path, std::vector<Problem>& problems) {
    try {
        return toml::parse_file(path);
    } catch (const toml::parse_error& err) {
        problems.push_back(
            {path, static_cast<int>(err.source().begin.line), "", std::string(err.description())});
    }
    return std::nullopt;
}

} // namespace kiosk::content
