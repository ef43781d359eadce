// Reading the receiver config with toml++: every key is checked, unknown keys are errors.
#include "config.hpp"

#include "event_store.hpp"
#include "postgres_connection.hpp"
#include "validation.hpp"

#include <toml++/toml.h>

#include <filesystem>
#include <set>

namespace receiver {

namespace {

// Tokens are sent as "Authorization: Bearer <token>", so they keep to RFC 6750's b64token.
bool is_token_text(const std::string& token) {
    if (token.size() < 16 || token.size() > 256) {
        return false;
    }
    for (char c : token) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                        (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~' ||
                        c == '+' || c == '/' || c == '=';
        if (!ok) {
            return false;
        }
    }
    return true;
}

constexpr const char* kTokenRule = "must be 16-256 characters of A-Z a-z 0-9 - . _ ~ + / =";

struct Checker {
    std::string file;
    std::vector<std::string> problems;

    void problem(const toml::node* node, const std::string& key, const std::string& message) {
        const auto line = node ? node->source().begin.line : 0;
        problems.push_back(file + ":" + std::to_string(line) + ": " + key + ": " + message);
    }

    std::optional<std::string> text(const toml::node& node, const std::string& key) {
        if (const auto* v = node.as_string()) {
            return v->get();
        }
        problem(&node, key, "must be text in double quotes");
        return std::nullopt;
    }
};

std::string resolve(const std::filesystem::path& base, const std::string& path) {
    const std::filesystem::path p(path);
    return p.is_absolute() ? path : (base / p).lexically_normal().string();
}

void read_kiosks(Checker& c, const toml::node& node, ReceiverConfig& config) {
    const auto* array = node.as_array();
    if (!array || !array->is_array_of_tables()) {
        c.problem(&node, "kiosk", "must be [[kiosk]] tables with id and token");
        return;
    }
    for (const auto& item : *array) {
        const auto& table = *item.as_table();
        KioskCredential kiosk;
        for (const auto& [key, value] : table) {
            const std::string name(key.str());
            if (name == "id") {
                kiosk.id = c.text(value, "kiosk.id").value_or("");
                if (!is_kiosk_id(kiosk.id)) {
                    c.problem(&value, "kiosk.id", "must be 1-64 characters of a-z 0-9 - _");
                }
            } else if (name == "token") {
                kiosk.token = c.text(value, "kiosk.token").value_or("");
                if (!is_token_text(kiosk.token)) {
                    c.problem(&value, "kiosk.token", kTokenRule);
                }
            } else {
                c.problem(&value, "kiosk." + name, "unknown key (a kiosk has id and token)");
            }
        }
        if (kiosk.id.empty() || kiosk.token.empty()) {
            c.problem(&item, "kiosk", "each [[kiosk]] needs both id and token");
            continue;
        }
        config.kiosks.push_back(kiosk);
    }
}

void read_tls(Checker& c, const toml::node& node, const std::filesystem::path& base,
              ReceiverConfig& config) {
    const auto* table = node.as_table();
    if (!table) {
        c.problem(&node, "tls", "must be a [tls] table with cert and key");
        return;
    }
    TlsFiles tls;
    for (const auto& [key, value] : *table) {
        const std::string name(key.str());
        if (name == "cert") {
            tls.cert = resolve(base, c.text(value, "tls.cert").value_or(""));
        } else if (name == "key") {
            tls.key = resolve(base, c.text(value, "tls.key").value_or(""));
        } else {
            c.problem(&value, "tls." + name, "unknown key ([tls] has cert and key)");
        }
    }
    if (tls.cert.empty() || tls.key.empty()) {
        c.problem(&node, "tls", "needs both cert and key (PEM files)");
        return;
    }
    config.tls = tls;
}

void check_unique(Checker& c, const ReceiverConfig& config) {
    std::set<std::string> ids;
    std::set<std::string> tokens;
    for (const auto& kiosk : config.kiosks) {
        if (!ids.insert(kiosk.id).second) {
            c.problem(nullptr, "kiosk.id", "\"" + kiosk.id + "\" is listed twice");
        }
        if (!tokens.insert(kiosk.token).second) {
            c.problem(nullptr, "kiosk.token",
                      "two kiosks share a token; give each kiosk its own (kiosk \"" + kiosk.id +
                          "\")");
        }
    }
    if (!config.admin_token.empty() && tokens.count(config.admin_token)) {
        c.problem(nullptr, "admin_token", "must differ from every kiosk token");
    }
    if (config.kiosks.empty()) {
        c.problem(nullptr, "kiosk", "no [[kiosk]] is configured, so no kiosk could upload");
    }
}

} // namespace

bool parse_listen(const std::string& text, std::string& host, int& port) {
    std::string port_text;
    if (!text.empty() && text.front() == '[') {
        const auto close = text.find("]:");
        if (close == std::string::npos || close < 2) {
            return false;
        }
        host = text.substr(1, close - 1);
        port_text = text.substr(close + 2);
    } else {
        const auto colon = text.rfind(':');
        if (colon == std::string::npos || colon == 0 ||
            text.find(':') != colon) { // a bare IPv6 address needs brackets
            return false;
        }
        host = text.substr(0, colon);
        port_text = text.substr(colon + 1);
    }
    if (port_text.empty() || port_text.size() > 5 ||
        port_text.find_first_not_of("0123456789") != std::string::npos) {
        return false;
    }
    port = std::stoi(port_text);
    return port <= 65535;
}

// One top-level key of the file into config, or a problem about it.
void read_key(Checker& c, const std::string& name, const toml::node& value,
              const std::filesystem::path& base, ReceiverConfig& config) {
    if (name == "listen") {
        const auto text = c.text(value, name);
        if (text && !parse_listen(*text, config.listen_host, config.listen_port)) {
            c.problem(&value, name,
                      "must be \"host:port\", e.g. \"127.0.0.1:8080\" or \"[::1]:8080\"");
        }
    } else if (name == "database") {
        if (const auto text = c.text(value, name)) {
            config.database = is_postgresql_uri(*text) ? *text : resolve(base, *text);
            if (is_postgresql_uri(*text) && !is_readable_postgres_uri(*text)) {
                c.problem(&value, name,
                          "is not a PostgreSQL URI libpq can read; write it as "
                          "\"postgresql://USER@/DATABASE?host=/run/postgresql\"");
            }
        }
    } else if (name == "max_body_bytes") {
        const auto* v = value.as_integer();
        if (!v || v->get() < 1024 || v->get() > (std::int64_t{1} << 30)) {
            c.problem(&value, name, "must be a whole number from 1024 to 1073741824");
        } else {
            config.max_body_bytes = static_cast<std::size_t>(v->get());
        }
    } else if (name == "connections_per_address") {
        const auto* v = value.as_integer();
        if (!v || v->get() < 0 || v->get() > 100000) {
            c.problem(&value, name, "must be a whole number from 0 (no limit) to 100000");
        } else {
            config.connections_per_address = static_cast<unsigned>(v->get());
        }
    } else if (name == "forwarded_by") {
        config.forwarded_by = c.text(value, name).value_or("");
        if (config.forwarded_by.empty() || config.forwarded_by.find_first_not_of(
                                               "0123456789abcdefABCDEF.:") != std::string::npos) {
            c.problem(&value, name,
                      "must be the proxy's IP address as the receiver sees it, e.g. "
                      "\"127.0.0.1\"");
        }
    } else if (name == "admin_token") {
        config.admin_token = c.text(value, name).value_or("");
        if (!is_token_text(config.admin_token)) {
            c.problem(&value, name, kTokenRule);
        }
    } else if (name == "bundles_dir") {
        if (const auto text = c.text(value, name)) {
            config.bundles_dir = resolve(base, *text);
            if (!std::filesystem::is_directory(config.bundles_dir)) {
                c.problem(&value, name,
                          "\"" + config.bundles_dir +
                              "\" is not a folder; create it, or leave bundles_dir out");
            }
        }
    } else if (name == "interest_kept_days") {
        const auto* v = value.as_integer();
        if (!v || v->get() < 1 || v->get() > 3650) {
            c.problem(&value, name,
                      "must be a whole number of days from 1 to 3650: what the kiosks' "
                      "retention.interest_days promises visitors");
        } else {
            config.interest_kept_days = v->get();
        }
    } else if (name == "kiosk") {
        read_kiosks(c, value, config);
    } else if (name == "tls") {
        read_tls(c, value, base, config);
    } else {
        c.problem(&value, name,
                  "unknown key (known: listen, database, max_body_bytes, connections_per_address, "
                  "forwarded_by, "
                  "admin_token, bundles_dir, interest_kept_days, [[kiosk]], [tls])");
    }
}

ReceiverConfig load_config(const std::string& path) {
    Checker c{path, {}};
    toml::table root;
    try {
        root = toml::parse_file(path);
    } catch (const toml::parse_error& err) {
        throw ConfigError(path + ":" + std::to_string(err.source().begin.line) + ": " +
                          std::string(err.description()));
    }
    const auto base = std::filesystem::absolute(path).parent_path();
    ReceiverConfig config;
    config.database = resolve(base, config.database);
    for (const auto& [key, value] : root)
        read_key(c, std::string(key.str()), value, base, config);
    check_unique(c, config);
    if (!c.problems.empty()) {
        std::string all;
        for (const auto& p : c.problems) {
            all += p + "\n";
        }
        throw ConfigError(all);
    }
    return config;
}

} // namespace receiver
