// The console's coordinators: a TOML file of [[user]] tables (name, role, Argon2id hash),
// written by `kiosk_console --add-user` and read at start. It holds no clear passwords; keep it
// mode 600 all the same (docs/console.md, "Coordinators").
#pragma once

#include "roles.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace console {

struct User {
    std::string name; // 1-64 of a-z 0-9 . _ -
    Role role = Role::Viewer;
    std::string hash; // "$argon2id$..."
};

// The file cannot be read or has problems; what() says which line and what to do.
class UsersFileError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

bool is_user_name(const std::string& name);

// Every user in path; a missing file is no users. Throws UsersFileError.
std::vector<User> load_users(const std::string& path);

// Adds user, or replaces the one of that name, and writes the file whole (to a temporary
// name, mode 600, then renamed). Throws UsersFileError.
void save_user(const std::string& path, const User& user);

const User* find_user(const std::vector<User>& users, const std::string& name);

} // namespace console
