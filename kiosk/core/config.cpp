// Reading and checking the TOML config file.
#include "config.hpp"

#include "config_reader.hpp"

#include <sodium.h>
#include <toml++/toml.h>

#include <functional>
#include <set>

namespace kiosk {

namespace {

using config_detail::Reader;

void read_staff_pins(Reader& reader, const toml::node& node, Config& config) {
    const auto* array = node.as_array();
    if (!array) {
        reader.wrong(node, "staff.pins", "a list of [[staff.pins]] tables");
        return;
    }
    config.staff_pins.clear();
    for (const auto& item : *array) {
        const auto* table = item.as_table();
        if (!table) {
            reader.wrong(item, "staff.pins", "a [[staff.pins]] table with name, role and hash");
            continue;
        }
        StaffPin pin;
        for (const auto& [k, v] : *table) {
            const std::string key = "staff.pins." + std::string(k.str());
            if (k == "name")
                reader.read(v, key, pin.name);
            else if (k == "role")
                reader.read(v, key, pin.role);
            else if (k == "hash")
                reader.read(v, key, pin.hash);
            else
                reader.problems.push_back(
                    {reader.file, reader.line(v), key, "unknown key (allowed: name, role, hash)"});
        }
        config.staff_pins.push_back(pin);
    }
}

bool read_upload_key(Reader& r, const std::string& key, const toml::node& v, UploadConfig& u) {
    if (key == "upload.base_url")
        r.read(v, key, u.base_url);
    else if (key == "upload.token")
        r.read(v, key, u.token);
    else if (key == "upload.ca_file")
        r.read(v, key, u.ca_file);
    else if (key == "upload.pinned_public_key")
        r.read(v, key, u.pinned_public_key);
    else if (key == "upload.proxy")
        r.read(v, key, u.proxy);
    else if (key == "upload.batch_size")
        r.read(v, key, u.batch_size);
    else if (key == "upload.connect_timeout_seconds")
        r.read(v, key, u.connect_timeout_s);
    else if (key == "upload.request_timeout_seconds")
        r.read(v, key, u.request_timeout_s);
    else if (key == "upload.outbox_cap_mb")
        r.read(v, key, u.outbox_cap_mb);
    else if (key == "upload.gzip")
        r.read(v, key, u.gzip);
    else if (key == "upload.bundle_public_key")
        r.read(v, key, u.bundle_public_key);
    else if (key == "upload.alert_public_key")
        r.read(v, key, u.alert_public_key);
    else if (key == "upload.bundle_check_minutes")
        r.read(v, key, u.bundle_check_minutes);
    else
        return false;
    return true;
}

// 32 bytes in standard base64 (with padding), as `kiosk_bundle keygen` prints it.
bool is_ed25519_public_key(const std::string& text) {
    unsigned char key[crypto_sign_PUBLICKEYBYTES];
    std::size_t length = 0;
    return sodium_base642bin(key, sizeof key, text.c_str(), text.size(), nullptr, &length, nullptr,
                             sodium_base64_VARIANT_ORIGINAL) == 0 &&
           length == sizeof key;
}

// https://, or http:// to this machine only (tests, a local receiver): a token must never
// cross a network in clear text.
bool allowed_base_url(const std::string& url) {
    // No user:password@ in the address: it could hide where the token really goes
    // ("http://localhost:x@other.example/").
    const auto scheme_end = url.find("://");
    if (scheme_end != std::string::npos) {
        const auto authority_end = url.find('/', scheme_end + 3);
        if (url.substr(scheme_end + 3, authority_end - (scheme_end + 3)).find('@') !=
            std::string::npos)
            return false;
    }
    if (url.rfind("https://", 0) == 0)
        return url.size() > 8;
    for (const char* local : {"http://127.0.0.1", "http://localhost", "http://[::1]"}) {
        const std::string prefix(local);
        if (url.rfind(prefix, 0) == 0 &&
            (url.size() == prefix.size() || url[prefix.size()] == ':' || url[prefix.size()] == '/'))
            return true;
    }
    return false;
}

using BadValue = std::function<void(const std::string& key, const std::string& value,
                                    const std::string& allowed)>;

// A whole number outside lo..hi is a problem: "use lo to hi <unit> (default d)<why>".
void require_range(const BadValue& bad, const std::string& key, int value, int lo, int hi,
                   const std::string& unit, int fallback, const std::string& why = "") {
    if (value < lo || value > hi)
        bad(key, std::to_string(value),
            "use " + std::to_string(lo) + " to " + std::to_string(hi) + unit + why + " (default " +
                std::to_string(fallback) + ")");
}

void validate_upload(const UploadConfig& u, const BadValue& bad) {
    if (!u.enabled())
        return;
    if (!allowed_base_url(u.base_url))
        bad("upload.base_url", u.base_url,
            "use https://... (plain http:// only to 127.0.0.1 or localhost)");
    if (u.token.size() < 16 || u.token.find_first_of(" \t\r\n") != std::string::npos)
        bad("upload.token", u.token.empty() ? "" : "(hidden)",
            "give the kiosk's token from the server's config: at least 16 characters, no spaces");
    require_range(bad, "upload.batch_size", u.batch_size, 1, 1000, "", 500);
    require_range(bad, "upload.connect_timeout_seconds", u.connect_timeout_s, 1, 120, " seconds",
                  10);
    require_range(bad, "upload.request_timeout_seconds", u.request_timeout_s, 5, 600, " seconds",
                  60);
    require_range(bad, "upload.outbox_cap_mb", u.outbox_cap_mb, 1, 100000, " MB", 64);
    if (!u.bundle_public_key.empty() && !is_ed25519_public_key(u.bundle_public_key))
        bad("upload.bundle_public_key", u.bundle_public_key,
            "give the public key `kiosk_bundle keygen` printed: 44 characters of base64");
    if (!u.alert_public_key.empty() && !is_ed25519_public_key(u.alert_public_key))
        bad("upload.alert_public_key", u.alert_public_key,
            "give the public key of the console's alert key (kiosk_bundle keygen printed it): 44 "
            "characters of base64");
    else if (!u.alert_public_key.empty() && u.alert_public_key == u.bundle_public_key)
        bad("upload.alert_public_key", u.alert_public_key,
            "the alert key must be a key of its own, not the content key (bundle_public_key): "
            "make one with kiosk_bundle keygen for the console");
    require_range(bad, "upload.bundle_check_minutes", u.bundle_check_minutes, 5, 1440, " minutes",
                  30);
    if (!u.pinned_public_key.empty() && u.pinned_public_key.rfind("sha256//", 0) != 0)
        bad("upload.pinned_public_key", u.pinned_public_key,
            "write it as sha256//<base64 of the key's SHA-256>; docs/configuration.md shows how "
            "to get it");
}

// A top-level key that is one value; false for any other key.
bool read_top_value(Reader& r, const std::string& name, const toml::node& node, Config& config) {
    if (name == "kiosk_id")
        r.read(node, name, config.kiosk_id);
    else if (name == "location_name")
        r.read(node, name, config.location_name);
    else if (name == "location_address")
        r.read(node, name, config.location_address);
    else if (name == "languages")
        r.read(node, name, config.languages);
    else if (name == "default_language")
        r.read(node, name, config.default_language);
    else if (name == "data_dir")
        r.read(node, name, config.data_dir);
    else if (name == "assets_dir")
        r.read(node, name, config.assets_dir);
    else if (name == "content_dir")
        r.read(node, name, config.content_dir);
    else
        return false;
    return true;
}

void read_rotation(Reader& r, const toml::node& v, const std::string& key, Config& config) {
    int degrees = 0;
    r.read(v, key, degrees);
    if (const auto rot = parse_rotation(degrees))
        config.rotation = *rot;
    else
        r.problems.push_back({r.file, r.line(v), key,
                              std::to_string(degrees) + " is not allowed; use 0, 90, 180 or 270"});
}

// One key of [idle], [display], [staff], [retention] or [upload] ("section.key").
void read_section_key(Reader& r, const std::string& key, const toml::node& v, Config& config) {
    if (key == "idle.timeout_seconds")
        r.read(v, key, config.idle_timeout_s);
    else if (key == "idle.prompt_seconds")
        r.read(v, key, config.idle_prompt_s);
    else if (key == "staff.timeout_seconds")
        r.read(v, key, config.staff_timeout_s);
    else if (key == "retention.days")
        r.read(v, key, config.retention_days);
    else if (key == "retention.interest_days")
        r.read(v, key, config.retention_interest_days);
    else if (read_upload_key(r, key, v, config.upload))
        return;
    else if (key == "staff.pins")
        read_staff_pins(r, v, config);
    else if (key == "display.fullscreen")
        r.read(v, key, config.fullscreen);
    else if (key == "display.width")
        r.read(v, key, config.window_width);
    else if (key == "display.height")
        r.read(v, key, config.window_height);
    else if (key == "display.rotate")
        read_rotation(r, v, key, config);
    else
        r.problems.push_back(
            {r.file, r.line(v), key, "unknown key; see docs/configuration.md for the keys"});
}

// A [table] section; false for any other name.
bool read_section(Reader& r, const std::string& name, const toml::node& section, Config& config) {
    const bool simple = name == "idle" || name == "display" || name == "staff" ||
                        name == "retention" || name == "upload";
    if (!simple && name != "screen" && name != "device" && name != "speech")
        return false;
    const auto* table = section.as_table();
    if (!table)
        r.wrong(section, name, "a [" + name + "] table");
    else if (name == "screen")
        config_detail::read_screen_table(r, *table, config.screen);
    else if (name == "device")
        config_detail::read_device_table(r, *table, config.device);
    else if (name == "speech")
        config_detail::read_speech_table(r, *table, config.speech);
    else
        for (const auto& [k, v] : *table)
            read_section_key(r, name + "." + std::string(k.str()), v, config);
    return true;
}

} // namespace

void load_config_file(const std::string& path, Config& config, std::vector<Problem>& problems) {
    toml::table root;
    try {
        root = toml::parse_file(path);
    } catch (const toml::parse_error& err) {
        problems.push_back(
            {path, static_cast<int>(err.source().begin.line), "", std::string(err.description())});
        return;
    }
    Reader r{path, problems};
    for (const auto& [section_key, section] : root) {
        const std::string name(section_key.str());
        if (!read_top_value(r, name, section, config) && !read_section(r, name, section, config))
            problems.push_back({path, r.line(section), name,
                                "unknown key; see docs/configuration.md for the keys"});
    }
}

void validate_config(const Config& c, const std::string& source, std::vector<Problem>& problems) {
    const BadValue bad = [&](const std::string& key, const std::string& value,
                             const std::string& allowed) {
        problems.push_back({source, 0, key, "\"" + value + "\" is not allowed; " + allowed});
    };
    if (c.kiosk_id.empty() || c.kiosk_id.size() > 64 ||
        c.kiosk_id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-_") != std::string::npos)
        bad("kiosk_id", c.kiosk_id, "use 1 to 64 of a-z, 0-9, '-' and '_'");
    if (c.languages.empty())
        bad("languages", "", "name at least one language, e.g. [\"nl\", \"en\"]");
    for (const auto& lang : c.languages)
        if (!is_language(lang))
            bad("languages", lang, "known languages are " + language_list());
    bool default_enabled = false;
    for (const auto& lang : c.languages)
        default_enabled = default_enabled || lang == c.default_language;
    if (!default_enabled)
        bad("default_language", c.default_language, "it must be one of `languages`");
    if (c.data_dir.empty())
        bad("data_dir", c.data_dir, "give a folder the kiosk may write to");
    require_range(bad, "idle.timeout_seconds", c.idle_timeout_s, 15, 3600, " seconds", 90);
    require_range(bad, "idle.prompt_seconds", c.idle_prompt_s, 20, 300, " seconds", 30,
                  ", so a visitor has time to answer");
    require_range(bad, "staff.timeout_seconds", c.staff_timeout_s, 30, 1800, " seconds", 120);
    if (c.window_width < 320 || c.window_height < 320 || c.window_width > 8192 ||
        c.window_height > 8192)
        bad("display.width/height",
            std::to_string(c.window_width) + "x" + std::to_string(c.window_height),
            "use 320 to 8192 pixels each");
    require_range(bad, "retention.days", c.retention_days, 7, 3650, " days", 180);
    if (c.retention_interest_days < 1 || c.retention_interest_days > c.retention_days)
        bad("retention.interest_days", std::to_string(c.retention_interest_days),
            "use 1 day up to retention.days (default 30): interest forms go sooner");
    validate_upload(c.upload, bad);
    validate_device_config(c.screen, c.device, source, problems);
    validate_speech_config(c.speech, source, problems);
    for (const auto& pin : c.staff_pins) {
        if (pin.name.empty())
            bad("staff.pins.name", pin.name, "every PIN needs the name of who uses it");
        if (pin.hash.rfind("$argon2id$", 0) != 0)
            bad("staff.pins.hash", pin.hash.substr(0, 12),
                "make one with `kiosk --hash-pin` (an Argon2id hash, never the PIN itself)");
    }
}

std::optional<Rotation> parse_rotation(int degrees) {
    switch (degrees) {
    case 0:
        return Rotation::R0;
    case 90:
        return Rotation::R90;
    case 180:
        return Rotation::R180;
    case 270:
        return Rotation::R270;
    default:
        return std::nullopt;
    }
}

std::optional<std::pair<int, int>> parse_size(const std::string& text) {
    const auto x = text.find('x');
    if (x == std::string::npos || x == 0 || x + 1 >= text.size())
        return std::nullopt;
    const std::string w = text.substr(0, x), h = text.substr(x + 1);
    if (w.find_first_not_of("0123456789") != std::string::npos ||
        h.find_first_not_of("0123456789") != std::string::npos || w.size() > 5 || h.size() > 5)
        return std::nullopt;
    return std::make_pair(std::stoi(w), std::stoi(h));
}

} // namespace kiosk
