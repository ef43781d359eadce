// Kiosk configuration: built-in defaults, optionally a TOML file, then command-line flags.
// Every bad value is reported with the key, the value and what is allowed.
#pragma once

#include "device_config.hpp"
#include "display_transform.hpp"
#include "languages.hpp"
#include "problem.hpp"
#include "speech_config.hpp"

#include <optional>
#include <string>
#include <vector>

namespace kiosk {

struct StaffPin {
    std::string name; // shown on screen and recorded with each staff action, e.g. "Sam"
    std::string role; // e.g. "peer leader"
    std::string hash; // Argon2id string from `kiosk --hash-pin`
    bool operator==(const StaffPin&) const = default;
};

// Uploading events to the organisation's server (docs/upload-protocol.md). With base_url
// empty the kiosk keeps everything locally and never uploads.
struct UploadConfig {
    std::string base_url;          // https://... (http:// only to this machine, for tests)
    std::string token;             // sent as "Authorization: Bearer"; never logged or shown
    std::string ca_file;           // PEM CA to trust instead of the system's
    std::string pinned_public_key; // "sha256//<base64>", see docs/configuration.md
    std::string proxy;             // e.g. "http://proxy.lan:3128"
    int batch_size = 500;
    int connect_timeout_s = 10;
    int request_timeout_s = 60;
    int outbox_cap_mb = 64;
    bool gzip = true;
    // Signed content/schedule bundles from the same server (docs/bundles.md): the Ed25519
    // public key (base64), and how often to ask. Without a key the kiosk never asks.
    std::string bundle_public_key;
    int bundle_check_minutes = 30; // 10 while the bundle in use is under a day old
    // Drug alerts published from the coordinator console (docs/alerts.md): the public half of
    // the console's alert key. It installs alert-only bundles and nothing else, and must not
    // be the content key. Empty: the kiosk never asks for them.
    std::string alert_public_key;
    bool enabled() const { return !base_url.empty(); }
};

struct Config {
    std::string kiosk_id = "dev-kiosk";
    std::string location_name = "Drop-in (development)";
    // Street, number and town of this kiosk: the emergency screen shows it next to the step
    // that asks the caller to say where they are. Empty: it tells visitors to ask staff.
    std::string location_address;
    std::vector<std::string> languages = complete_language_codes();
    std::string default_language = "nl";
    std::string data_dir = "kiosk-data";
    std::string assets_dir;  // empty: the build's assets folder
    std::string content_dir; // empty: <assets_dir>/content
    // --alerts FILE: show the alerts of FILE instead of the bundle's (to check an alerts
    // file before it is published, and for screenshots); empty: the bundle's, if any.
    std::string alerts_file;
    int idle_timeout_s = 90;
    int idle_prompt_s = 30;
    int staff_timeout_s = 120;
    int retention_days = 180;         // sign-ups and attendance, after delivery
    int retention_interest_days = 30; // peer field worker interest forms, after delivery
    bool fullscreen = true;
    int window_width = 1024;
    int window_height = 600;
    Rotation rotation = Rotation::R0;
    std::vector<StaffPin> staff_pins;
    UploadConfig upload;
    ScreenConfig screen;
    DeviceConfig device;
    SpeechConfig speech;
};

// Reads `path` over the defaults in `config`. Unknown keys are problems too (typos).
void load_config_file(const std::string& path, Config& config, std::vector<Problem>& problems);
// Checks ranges and combinations; `source` names where the values came from.
void validate_config(const Config& config, const std::string& source,
                     std::vector<Problem>& problems);

std::optional<Rotation> parse_rotation(int degrees);
// "800x480" -> {800, 480}
std::optional<std::pair<int, int>> parse_size(const std::string& text);

} // namespace kiosk
