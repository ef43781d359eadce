// Reading console.toml with toml++.
#include "console_config.hpp"

#include "event_store.hpp"

#include <toml++/toml.h>

#include <filesystem>
#include <vector>

namespace console {

namespace {

std::string resolve(const std::filesystem::path& base, const std::string& path) {
    return std::filesystem::path(path).is_absolute() ? path : (base / path).string();
}

// [group_types]: each key a group id (a-z 0-9 -), each value one of the four types.
void read_group_types(const toml::table& table, const std::string& at, GroupTypes& types,
                      std::vector<std::string>& problems) {
    for (const auto& [key, value] : table) {
        const std::string id(key.str());
        const auto name = value.value<std::string>();
        const auto type = name ? group_type_from_name(*name) : std::nullopt;
        const bool id_ok = !id.empty() && id.find_first_not_of("abcdefghijklmnopqrstuvwxyz"
                                                               "0123456789-") == std::string::npos;
        if (!id_ok || !type) {
            problems.push_back(at + "." + id +
                               ": must be a group id (a-z 0-9 -) = \"experience\", "
                               "\"coaching\", \"work\" or \"training\"");
        } else {
            types[id] = *type;
        }
    }
}

} // namespace

bool is_loopback(const std::string& host) {
    return host == "::1" || host == "localhost" || host.rfind("127.", 0) == 0;
}

ConsoleConfig load_console_config(const std::string& path) {
    toml::table root;
    try {
        root = toml::parse_file(path);
    } catch (const toml::parse_error& err) {
        throw receiver::ConfigError(path + ":" + std::to_string(err.source().begin.line) + ": " +
                                    std::string(err.description()) + "\n");
    }
    const auto base = std::filesystem::absolute(path).parent_path();
    ConsoleConfig c;
    c.database = resolve(base, c.database);
    c.users = resolve(base, c.users);
    c.state = resolve(base, c.state);
    std::vector<std::string> problems;
    for (const auto& [key, value] : root) {
        const std::string name(key.str());
        const auto text = value.value<std::string>();
        const std::string at = path + ":" + std::to_string(value.source().begin.line) + ": " + name;
        if (name == "listen") {
            if (!text || !receiver::parse_listen(*text, c.listen_host, c.listen_port)) {
                problems.push_back(at + ": must be \"host:port\", e.g. \"127.0.0.1:8443\"");
            }
        } else if (name == "database" && text) {
            c.database = receiver::is_postgresql_uri(*text) ? *text : resolve(base, *text);
        } else if (name == "users" && text) {
            c.users = resolve(base, *text);
        } else if (name == "state" && text) {
            c.state = resolve(base, *text);
        } else if (name == "tls" && value.is_table()) {
            const auto cert = value.as_table()->get_as<std::string>("cert");
            const auto key_file = value.as_table()->get_as<std::string>("key");
            if (!cert || !key_file) {
                problems.push_back(at + ": needs cert and key (PEM files)");
            } else {
                c.tls =
                    receiver::TlsFiles{resolve(base, cert->get()), resolve(base, key_file->get())};
            }
        } else if (name == "group_types" && value.is_table()) {
            read_group_types(*value.as_table(), at, c.group_types, problems);
        } else if (name == "alerts" && value.is_table()) {
            const auto key_file = value.as_table()->get_as<std::string>("key");
            const auto bundles = value.as_table()->get_as<std::string>("bundles_dir");
            if (!key_file || !bundles || value.as_table()->size() != 2) {
                problems.push_back(at + ": needs key (the alert key file from kiosk_bundle "
                                        "keygen) and bundles_dir (the receiver's), and nothing "
                                        "else");
            } else {
                c.alerts = AlertChannelFiles{resolve(base, key_file->get()),
                                             resolve(base, bundles->get())};
            }
        } else {
            problems.push_back(at + ": unknown key or wrong kind of value (known: listen, "
                                    "database, users, state, [tls] cert and key, [group_types], "
                                    "[alerts] key and bundles_dir)");
        }
    }
    if (!c.tls && !is_loopback(c.listen_host)) {
        problems.push_back(path + ": listen is not a loopback address, so [tls] is needed "
                                  "(or put nginx with TLS in front and listen on 127.0.0.1)");
    }
    std::string all;
    for (const auto& p : problems) {
        all += p + "\n";
    }
    if (!all.empty()) {
        throw receiver::ConfigError(all);
    }
    return c;
}

} // namespace console
