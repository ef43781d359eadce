// Parsing of argv into a CommandLine, with messages that say what is allowed.
#include "command_line.hpp"

#include "screen_id.hpp"

#include <algorithm>

namespace kiosk {

std::string usage_text() {
    return R"(Usage: kiosk [options]
  --config FILE          read settings from FILE (default: /etc/kiosk/kiosk.toml if present)
  --windowed WxH         run in a window of W by H pixels instead of full screen
  --rotate DEG           rotate screen and touch by 0, 90, 180 or 270 degrees (clockwise)
  --data-dir DIR         where the database lives (default: ./kiosk-data)
  --assets DIR           where translations live (and content, unless --content)
  --content DIR          use the content pack in DIR (default: ASSETS/content)
  --check-content DIR    check the content pack in DIR, print every problem, exit 0 or 1
  --alerts FILE          show the drug alerts of FILE (alerts.toml) instead of the bundle's,
                         to check them before publishing; problems are printed
  --lang CODE            start in this language (nl, en, pl, ro, ru, uk, es, fr, tr, ar, fa)
  --goto SCREEN[:ITEM]   start on SCREEN, e.g. info, substance:cocaine, mixing:alcohol+ghb,
                         emergency, help, organisation:ID, groups, search, staff-pin,
                         idle-prompt
  --screenshot FILE.png  render the start screen once, save it as PNG and exit
  --ui-dump FILE.json    after every frame, write the tappable items on screen to FILE
  --speech-to DIR        read aloud into WAV files in DIR (with spoken.tsv), not a sound device
  --large-text           start with large text on (as a visitor would choose it; for screenshots)
  --high-contrast        start with high contrast on
  --trace-start          print how long each step of the start took, up to the first frame
  --hash-pin             read a staff PIN from standard input, print its hash for the config
  --version              print the version and exit
  --help                 print this text and exit
)";
}

namespace {

// A flag's value that is not allowed: what is, in the problem.
struct Refuse {
    std::vector<Problem>& problems;
    void operator()(const std::string& flag, const std::string& value,
                    const std::string& allowed) const {
        problems.push_back(
            {"command line", 0, flag, "\"" + value + "\" is not allowed; " + allowed});
    }
};

// Flags without a value; false for any other flag.
bool parse_switch(const std::string& flag, CommandLine& cl) {
    if (flag == "--help" || flag == "-h")
        cl.help = true;
    else if (flag == "--version")
        cl.version = true;
    else if (flag == "--hash-pin")
        cl.hash_pin = true;
    else if (flag == "--trace-start")
        cl.trace_start = true;
    else if (flag == "--large-text")
        cl.large_text = true;
    else if (flag == "--high-contrast")
        cl.high_contrast = true;
    else
        return false;
    return true;
}

// Flags that take a text as it is; null for any other flag.
std::optional<std::string>* text_flag(const std::string& flag, CommandLine& cl) {
    if (flag == "--config")
        return &cl.config_path;
    if (flag == "--data-dir")
        return &cl.data_dir;
    if (flag == "--assets")
        return &cl.assets_dir;
    if (flag == "--content")
        return &cl.content_dir;
    if (flag == "--alerts")
        return &cl.alerts_file;
    if (flag == "--check-content")
        return &cl.check_content_dir;
    if (flag == "--lang")
        return &cl.language;
    if (flag == "--screenshot")
        return &cl.screenshot_path;
    if (flag == "--ui-dump")
        return &cl.ui_dump_path;
    if (flag == "--speech-to")
        return &cl.speech_to;
    return nullptr;
}

void parse_goto(const std::string& v, CommandLine& cl, const Refuse& bad) {
    const auto colon = v.find(':');
    const auto screen = parse_screen_name(v.substr(0, colon));
    if (v == "idle-prompt")
        cl.show_idle_prompt = true;
    else if (screen)
        cl.goto_screen = Place{*screen, colon == std::string::npos ? "" : v.substr(colon + 1)};
    else
        bad("--goto", v,
            "use a screen name (home, info, substances, substance:ID, pages:TOPIC, page:ID, "
            "mixing, emergency, help, help-need:NEED, organisation:ID, groups, search, "
            "staff-pin, staff-schedule, ...) or idle-prompt");
}

// Flags whose value is checked; false for any other flag.
bool parse_checked(const std::string& flag, const std::string& v, CommandLine& cl,
                   const Refuse& bad) {
    if (flag == "--windowed") {
        const auto size = parse_size(v);
        if (size && size->first >= 320 && size->second >= 320)
            cl.windowed = size;
        else
            bad(flag, v, "use WIDTHxHEIGHT, each at least 320, e.g. 800x480");
    } else if (flag == "--rotate") {
        const auto rot =
            v.find_first_not_of("0123456789") == std::string::npos && !v.empty() && v.size() < 4
                ? parse_rotation(std::stoi(v))
                : std::nullopt;
        if (rot)
            cl.rotation = rot;
        else
            bad(flag, v, "use 0, 90, 180 or 270");
    } else if (flag == "--goto") {
        parse_goto(v, cl, bad);
    } else {
        return false;
    }
    return true;
}

bool takes_checked_value(const std::string& flag) {
    return flag == "--windowed" || flag == "--rotate" || flag == "--goto";
}

} // namespace

CommandLine parse_command_line(const std::vector<std::string>& args,
                               std::vector<Problem>& problems) {
    CommandLine cl;
    const Refuse bad{problems};
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& flag = args[i];
        if (parse_switch(flag, cl))
            continue;
        std::optional<std::string>* text = text_flag(flag, cl);
        if (!text && !takes_checked_value(flag)) {
            problems.push_back({"command line", 0, flag, "unknown option; see --help"});
            continue;
        }
        if (i + 1 >= args.size()) {
            problems.push_back({"command line", 0, flag, "needs a value; see --help"});
            continue;
        }
        const std::string& value = args[++i];
        if (text)
            *text = value;
        else
            parse_checked(flag, value, cl, bad);
    }
    // A staff screen opens only through the PIN, except to render it once for a screenshot
    // (the kiosk exits after that frame; nothing can be tapped).
    if (cl.goto_screen && traits(cl.goto_screen->screen).audience == Audience::Staff &&
        !cl.screenshot_path) {
        problems.push_back({"command line", 0, "--goto",
                            "\"" + std::string(screen_name(cl.goto_screen->screen)) +
                                "\" is a staff screen: it opens only through the PIN pad, or "
                                "together with --screenshot"});
        cl.goto_screen.reset();
    }
    return cl;
}

void CommandLine::apply_to(Config& config) const {
    if (windowed) {
        config.fullscreen = false;
        config.window_width = windowed->first;
        config.window_height = windowed->second;
    }
    if (rotation)
        config.rotation = *rotation;
    if (data_dir)
        config.data_dir = *data_dir;
    if (assets_dir)
        config.assets_dir = *assets_dir;
    if (content_dir)
        config.content_dir = *content_dir;
    if (alerts_file)
        config.alerts_file = *alerts_file;
    if (language) {
        config.default_language = *language;
        // A known language not enabled in the config (Arabic or Persian, until they are
        // complete) is enabled for this run, so it can be tried and looked at.
        if (is_language(*language) && std::find(config.languages.begin(), config.languages.end(),
                                                *language) == config.languages.end())
            config.languages.push_back(*language);
    }
}

} // namespace kiosk
