// Reading and writing the users file with toml++.
#include "users_file.hpp"

#include <toml++/toml.h>

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace console {

namespace {

std::string where(const std::string& path, const toml::node& node) {
    return path + ":" + std::to_string(node.source().begin.line) + ": ";
}

User read_user(const std::string& path, const toml::table& t) {
    User user;
    const auto name = t["name"].value<std::string>();
    const auto role = t["role"].value<std::string>();
    const auto hash = t["hash"].value<std::string>();
    if (!name || !is_user_name(*name)) {
        throw UsersFileError(where(path, t) + "name must be 1-64 of a-z 0-9 . _ -");
    }
    if (!role || !role_from_name(*role)) {
        throw UsersFileError(where(path, t) + "role must be viewer, coordinator or peer-work");
    }
    if (!hash || hash->rfind("$argon2id$", 0) != 0) {
        throw UsersFileError(where(path, t) +
                             "hash must be an Argon2id hash; set it with kiosk_console "
                             "--add-user " +
                             *name);
    }
    return {*name, *role_from_name(*role), *hash};
}

} // namespace

bool is_user_name(const std::string& name) {
    if (name.empty() || name.size() > 64) {
        return false;
    }
    for (const char c : name) {
        const bool ok =
            (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

std::vector<User> load_users(const std::string& path) {
    if (!std::filesystem::exists(path)) {
        return {};
    }
    toml::table root;
    try {
        root = toml::parse_file(path);
    } catch (const toml::parse_error& err) {
        throw UsersFileError(path + ":" + std::to_string(err.source().begin.line) + ": " +
                             std::string(err.description()));
    }
    std::vector<User> users;
    if (const auto* list = root["user"].as_array()) {
        for (const auto& node : *list) {
            const auto* table = node.as_table();
            if (table == nullptr) {
                throw UsersFileError(path + ": every user must be a [[user]] table");
            }
            User user = read_user(path, *table);
            if (find_user(users, user.name) != nullptr) {
                throw UsersFileError(where(path, *table) + "the name " + user.name +
                                     " is there twice");
            }
            users.push_back(std::move(user));
        }
    }
    return users;
}

void save_user(const std::string& path, const User& user) {
    std::vector<User> users = load_users(path);
    bool replaced = false;
    for (auto& u : users) {
        if (u.name == user.name) {
            u = user;
            replaced = true;
        }
    }
    if (!replaced) {
        users.push_back(user);
    }
    toml::array list;
    for (const auto& u : users) {
        list.push_back(
            toml::table{{"name", u.name}, {"role", role_name(u.role)}, {"hash", u.hash}});
    }
    const std::string temp = path + ".tmp";
    const mode_t old_mask = umask(077);
    {
        std::ofstream out(temp, std::ios::trunc);
        out << "# Console coordinators (kiosk_console --add-user NAME --role ROLE)\n"
            << toml::table{{"user", list}} << "\n";
        out.flush();
        if (!out) {
            umask(old_mask);
            throw UsersFileError("cannot write " + temp);
        }
    }
    umask(old_mask);
    std::error_code error;
    std::filesystem::rename(temp, path, error);
    if (error) {
        throw UsersFileError("cannot replace " + path + ": " + error.message());
    }
}

const User* find_user(const std::vector<User>& users, const std::string& name) {
    for (const auto& u : users) {
        if (u.name == name) {
            return &u;
        }
    }
    return nullptr;
}

} // namespace console
