// Config file reading, validation messages, command-line flags and PIN hashing.
#include "core/command_line.hpp"
#include "core/config.hpp"
#include "core/pin_hash.hpp"

#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kiosk;

namespace {

std::string write_config(const kiosk::store::test::TempDir& dir, const std::string& text) {
    const std::string path = dir.path() + "/kiosk.toml";
    std::ofstream(path) << text;
    return path;
}

// The config file over the defaults, checked as the kiosk checks it at start.
Config load_and_validate(const std::string& path, std::vector<Problem>& problems) {
    Config c;
    load_config_file(path, c, problems);
    validate_config(c, path, problems);
    return c;
}

bool mentions(const std::vector<Problem>& problems, const std::string& field, int line = 0) {
    for (const auto& p : problems)
        if (p.field == field && (line == 0 || p.line == line))
            return true;
    return false;
}

} // namespace

TEST_CASE("the built-in defaults are valid, so no config file is needed") {
    std::vector<Problem> problems;
    validate_config(Config{}, "defaults", problems);
    CHECK(problems.empty());
    CHECK(Config{}.idle_timeout_s == 90);
}

TEST_CASE("a config file overrides the defaults") {
    kiosk::store::test::TempDir dir;
    const auto path = write_config(dir, R"(
kiosk_id = "amsterdam-1"
location_name = "Drop-in Oost"
languages = ["nl", "en", "pl"]
default_language = "en"
[idle]
timeout_seconds = 120
prompt_seconds = 25
[display]
rotate = 90
fullscreen = false
[[staff.pins]]
name = "Sam"
role = "peer leader"
hash = "$argon2id$v=19$m=65536,t=2,p=1$abc$def"
)");
    std::vector<Problem> problems;
    const Config c = load_and_validate(path, problems);
    INFO(to_string(problems));
    CHECK(problems.empty());
    CHECK(c.kiosk_id == "amsterdam-1");
    CHECK(c.languages == std::vector<std::string>{"nl", "en", "pl"});
    CHECK(c.default_language == "en");
    CHECK(c.idle_timeout_s == 120);
    CHECK(c.idle_prompt_s == 25);
    CHECK(c.rotation == Rotation::R90);
    CHECK_FALSE(c.fullscreen);
    REQUIRE(c.staff_pins.size() == 1);
    CHECK(c.staff_pins[0].name == "Sam");
}

TEST_CASE("bad config values name the file, line, key and what is allowed") {
    kiosk::store::test::TempDir dir;
    const auto path = write_config(dir, "kiosk_id = 7\n"
                                        "[idle]\n"
                                        "prompt_seconds = 5\n"
                                        "[display]\n"
                                        "rotate = 45\n"
                                        "colour = \"red\"\n"
                                        "languages = [\"nl\"]\n");
    std::vector<Problem> problems;
    const Config c = load_and_validate(path, problems);
    CHECK(mentions(problems, "kiosk_id", 1));
    CHECK(mentions(problems, "display.rotate", 5));
    CHECK(mentions(problems, "display.colour", 6));
    CHECK(mentions(problems, "display.languages", 7));
    CHECK(mentions(problems, "idle.prompt_seconds"));
    const std::string text = to_string(problems);
    CHECK_THAT(text, Catch::Contains(path + ":5: display.rotate: 45 is not allowed; use 0, 90, "
                                            "180 or 270"));
    CHECK_THAT(text, Catch::Contains("use 20 to 300 seconds"));
}

TEST_CASE("a broken TOML file is reported with its line") {
    kiosk::store::test::TempDir dir;
    const auto path = write_config(dir, "kiosk_id = \"a\"\nlanguages = [\"nl\"\n");
    Config c;
    std::vector<Problem> problems;
    load_config_file(path, c, problems);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].file == path);
    CHECK(problems[0].line >= 2);
}

TEST_CASE("validation catches languages, default language and plain-text PINs") {
    Config c;
    c.languages = {"nl", "xx"};
    c.default_language = "en";
    c.staff_pins = {{"Sam", "lead", "1234"}};
    std::vector<Problem> problems;
    validate_config(c, "test", problems);
    CHECK(mentions(problems, "languages"));
    CHECK(mentions(problems, "default_language"));
    CHECK(mentions(problems, "staff.pins.hash"));
    // The PIN itself never appears in full in a message.
    CHECK_THAT(to_string(problems), Catch::Contains("kiosk --hash-pin"));
}

TEST_CASE("command-line flags parse and override the config") {
    std::vector<Problem> problems;
    const auto cl = parse_command_line({"--windowed", "800x480", "--rotate", "270", "--lang", "pl",
                                        "--goto", "search", "--ui-dump", "/tmp/d.json"},
                                       problems);
    REQUIRE(problems.empty());
    Config c;
    cl.apply_to(c);
    CHECK_FALSE(c.fullscreen);
    CHECK(c.window_width == 800);
    CHECK(c.window_height == 480);
    CHECK(c.rotation == Rotation::R270);
    CHECK(c.default_language == "pl");
    REQUIRE(cl.goto_screen);
    CHECK(cl.goto_screen->screen == ScreenId::Search);
    CHECK(cl.ui_dump_path == std::optional<std::string>("/tmp/d.json"));
}

TEST_CASE("the goto flag takes a screen and an item") {
    std::vector<Problem> problems;
    const auto cl = parse_command_line({"--goto", "substance:cocaine"}, problems);
    REQUIRE(problems.empty());
    CHECK(cl.goto_screen->screen == ScreenId::Substance);
    CHECK(cl.goto_screen->topic == "cocaine");
}

TEST_CASE("bad command-line values are refused with what is allowed") {
    std::vector<Problem> problems;
    parse_command_line(
        {"--windowed", "big", "--rotate", "45", "--goto", "staff", "--frobnicate", "--config"},
        problems);
    CHECK(problems.size() == 5);
    CHECK(mentions(problems, "--windowed"));
    CHECK(mentions(problems, "--rotate"));
    CHECK(mentions(problems, "--goto")); // the staff area is never reachable without a PIN
    CHECK(mentions(problems, "--frobnicate"));
    CHECK(mentions(problems, "--config"));
}

TEST_CASE("PINs are stored as Argon2id hashes and verified against them") {
    const std::string hash = hash_pin("4821");
    CHECK(hash.rfind("$argon2id$", 0) == 0);
    CHECK(hash.find("4821") == std::string::npos);
    CHECK(verify_pin(hash, "4821"));
    CHECK_FALSE(verify_pin(hash, "4822"));
    CHECK_FALSE(verify_pin("garbage", "4821"));
    CHECK(is_valid_pin("0000"));
    CHECK_FALSE(is_valid_pin("12a4"));
    CHECK_FALSE(is_valid_pin("123"));
}

TEST_CASE("retention settings are read and checked") {
    kiosk::store::test::TempDir dir;
    const auto path = write_config(dir, "[retention]\ndays = 90\ninterest_days = 120\n");
    Config c;
    std::vector<Problem> problems;
    load_config_file(path, c, problems);
    CHECK(c.retention_days == 90);
    validate_config(c, path, problems);
    CHECK(mentions(problems, "retention.interest_days")); // must not outlive the rest
}

TEST_CASE("no staff screen can be reached with --goto, only the PIN pad") {
    for (const char* screen : {"staff-groups", "staff-sync", "staff-export", "staff-progress"}) {
        std::vector<Problem> problems;
        const auto cl = parse_command_line({"--goto", screen}, problems);
        INFO(screen);
        CHECK_FALSE(cl.goto_screen);
        CHECK(mentions(problems, "--goto"));
    }
    std::vector<Problem> problems;
    CHECK(parse_command_line({"--goto", "staff-pin"}, problems).goto_screen);
    CHECK(problems.empty());
}

TEST_CASE("the [upload] table sets the server, token and limits") {
    kiosk::store::test::TempDir dir;
    const auto path = write_config(dir, R"(
[upload]
base_url = "https://events.example.org/kiosk"
token = "0123456789abcdef0123"
ca_file = "/etc/kiosk/ca.pem"
pinned_public_key = "sha256//YhKJKSzoTt2b5FP18fvpHo7fJYqQCjAa3HWY3tvRMwE="
proxy = "http://proxy.lan:3128"
batch_size = 50
connect_timeout_seconds = 5
request_timeout_seconds = 30
outbox_cap_mb = 16
gzip = false
)");
    std::vector<Problem> problems;
    const Config c = load_and_validate(path, problems);
    INFO(to_string(problems));
    CHECK(problems.empty());
    CHECK(c.upload.enabled());
    CHECK(c.upload.base_url == "https://events.example.org/kiosk");
    CHECK(c.upload.batch_size == 50);
    CHECK(c.upload.outbox_cap_mb == 16);
    CHECK_FALSE(c.upload.gzip);
    CHECK(c.upload.proxy == "http://proxy.lan:3128");
}

TEST_CASE("bad [upload] values are named, and the token is never repeated") {
    kiosk::store::test::TempDir dir;
    const auto path = write_config(dir, R"(
[upload]
base_url = "http://events.example.org"
token = "short secret"
pinned_public_key = "YhKJKSzoTt2b5FP18fvpHo7fJYqQCjAa3HWY3tvRMwE="
batch_size = 0
outbox_cap_mb = 0
retry = 3
)");
    std::vector<Problem> problems;
    const Config c = load_and_validate(path, problems);
    CHECK(mentions(problems, "upload.base_url"));
    CHECK(mentions(problems, "upload.token"));
    CHECK(mentions(problems, "upload.pinned_public_key"));
    CHECK(mentions(problems, "upload.batch_size"));
    CHECK(mentions(problems, "upload.outbox_cap_mb"));
    CHECK(mentions(problems, "upload.retry", 8));
    CHECK(to_string(problems).find("short secret") == std::string::npos);
}

TEST_CASE("plain http is allowed only to this machine") {
    for (const auto& [url, ok] : std::vector<std::pair<std::string, bool>>{
             {"http://127.0.0.1:8080", true},
             {"http://localhost/x", true},
             {"http://[::1]:9", true},
             {"http://localhost.evil.example", false},
             {"http://127.0.0.1.example.org", false},
             {"http://localhost:x@other.example.org/", false},
             {"https://user:secret@events.example.org", false},
             {"https://events.example.org/a@b", true},
             {"ftp://example.org", false},
             {"https://", false}}) {
        Config c;
        c.upload.base_url = url;
        c.upload.token = "0123456789abcdef0123";
        std::vector<Problem> problems;
        validate_config(c, "test", problems);
        INFO(url);
        CHECK(problems.empty() == ok);
    }
}

TEST_CASE("the bundle key must be an Ed25519 public key in base64") {
    Config c;
    c.upload.base_url = "https://events.example.org";
    c.upload.token = "0123456789abcdef0123";
    c.upload.bundle_public_key = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="; // 32 zero bytes
    std::vector<Problem> problems;
    validate_config(c, "test", problems);
    CHECK(problems.empty());
    for (const char* bad :
         {"AAAA", "not base64 at all!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}) {
        c.upload.bundle_public_key = bad;
        problems.clear();
        validate_config(c, "test", problems);
        INFO(bad);
        CHECK(mentions(problems, "upload.bundle_public_key"));
    }
    // The alert key is a key of its own: the content key there would let whoever holds the
    // console's key sign content too.
    c.upload.bundle_public_key = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    c.upload.alert_public_key = c.upload.bundle_public_key;
    problems.clear();
    validate_config(c, "test", problems);
    CHECK(mentions(problems, "upload.alert_public_key"));
    c.upload.alert_public_key = "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE="; // 32 bytes of 1
    problems.clear();
    validate_config(c, "test", problems);
    CHECK(problems.empty());
    c.upload.alert_public_key.clear();
    c.upload.bundle_public_key.clear();
    c.upload.bundle_check_minutes = 1;
    problems.clear();
    validate_config(c, "test", problems);
    CHECK(mentions(problems, "upload.bundle_check_minutes"));
}

TEST_CASE("staff speech settings round-trip as text and refuse what is not allowed") {
    kiosk::SpeechConfig speech;
    speech.volume = 40;
    speech.device = "plughw:CARD=vc4hdmi0,DEV=0";
    speech.private_output = true;
    kiosk::SpeechConfig copy;
    for (const kiosk::SpeechSetting setting : kiosk::kSpeechSettings) {
        INFO(kiosk::speech_setting_key(setting));
        CHECK(kiosk::apply_speech_setting(copy, setting,
                                          kiosk::speech_setting_value(speech, setting)));
    }
    CHECK(copy == speech);

    const kiosk::SpeechConfig before = copy;
    for (const char* bad : {"", "101", "-5", "7O", "1000", " 50"})
        CHECK_FALSE(kiosk::apply_speech_setting(copy, kiosk::SpeechSetting::Volume, bad));
    for (const char* bad : {"hw:0 0", "default;rm", "plug:'dmix'", "ü"})
        CHECK_FALSE(kiosk::apply_speech_setting(copy, kiosk::SpeechSetting::Device, bad));
    for (const char* bad : {"yes", "1", "TRUE", ""})
        CHECK_FALSE(kiosk::apply_speech_setting(copy, kiosk::SpeechSetting::PrivateOutput, bad));
    CHECK(copy == before);
    CHECK(kiosk::apply_speech_setting(copy, kiosk::SpeechSetting::Device, ""));
    CHECK(copy.device.empty()); // ALSA's default
    CHECK(kiosk::speech_setting_key(kiosk::SpeechSetting::PrivateOutput) ==
          "speech.private_output");
}
