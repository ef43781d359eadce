// Reads typed fields out of TOML tables and records a Problem ("file:line: field: what")
// for every missing, empty, mistyped or unknown field. Shared by the content loaders.
#pragma once

#include "core/problem.hpp"

#include <toml++/toml.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kiosk::content {

class TomlReader {
  public:
    TomlReader(std::string file, std::vector<Problem>& problems)
        : file_(std::move(file)), problems_(problems) {}

    const std::string& file() const { return file_; }
    void problem(const toml::node* at, const std::string& field, const std::string& message);
    static int line_of(const toml::node* node);

    // A required, non-empty string (or, with `may_be_empty`, a present string).
    std::string text(const toml::table& t, const std::string& key, const std::string& field,
                     bool may_be_empty = false);
    // A required list of 1..max_lines non-empty strings, each at most 160 characters.
    std::vector<std::string> lines(const toml::table& t, const std::string& key,
                                   const std::string& field, std::size_t min_lines = 1,
                                   std::size_t max_lines = 8);
    bool boolean(const toml::table& t, const std::string& key, const std::string& field);
    int integer(const toml::table& t, const std::string& key, const std::string& field);
    const toml::table* table(const toml::table& t, const std::string& key,
                             const std::string& field);
    // Reports keys of `t` not in `allowed` (typos must not pass silently).
    void only(const toml::table& t, const std::set<std::string>& allowed,
              const std::string& prefix);

  private:
    std::string file_;
    std::vector<Problem>& problems_;
};

// Parses a file; on a syntax error records it and returns nullopt.
std::optional<toml::table> parse_toml(const std::string& path, std::vector<Problem>& problems);

} // namespace kiosk::content
