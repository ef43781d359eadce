// The loader thread's work, in the order the first frame needs it.
#include "start_loader.hpp"

#include "core/keyboard_layout.hpp"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace kiosk::app {

namespace {

using Clock = std::chrono::steady_clock;

class Stopwatch {
  public:
    explicit Stopwatch(StepTimes& steps) : steps_(steps) {}
    void step(const char* what) {
        const auto now = Clock::now();
        steps_.emplace_back(what, std::chrono::duration<double, std::milli>(now - last_).count());
        last_ = now;
    }

  private:
    StepTimes& steps_;
    Clock::time_point last_ = Clock::now();
};

void report(const std::vector<Problem>& found, std::vector<std::string>& lines) {
    for (const auto& p : found) {
        lines.push_back(to_string(p));
        std::fprintf(stderr, "kiosk: %s\n", lines.back().c_str());
    }
}

FirstFrameData load_first(const Config& config, std::optional<std::pair<float, float>> size,
                          const std::string& font_cache) {
    FirstFrameData d;
    Stopwatch watch(d.steps);
    std::vector<Problem> problems;
    d.catalog = Catalog::load(config.assets_dir + "/i18n", config.languages, problems);
    report(problems, d.problems);
    watch.step("translation catalogues");
    d.content = services::load_content_source(config, d.problems);
    watch.step("content pack loaded and checked");
    if (size) {
        d.fonts = ui::KioskUi::prepare_fonts(
            size->first, size->second, glyph_text(config, d.catalog, d.content.pack.get()),
            font_cache, ui::FontNeeds{false, is_right_to_left(config.default_language)});
        watch.step("font atlas");
    }
    return d;
}

ServicesData load_rest(const Config& config, const std::string& schedule_file) {
    ServicesData d;
    Stopwatch watch(d.steps);
    d.storage = std::make_unique<services::Storage>(config.data_dir);
    watch.step("database opened and checked");
    d.groups = std::make_unique<services::GroupsService>(
        schedule_file, d.storage->ok() ? &d.storage->db() : nullptr, d.problems);
    d.groups->set_export_info(config.data_dir, config.kiosk_id);
    watch.step("group schedule and time zone");
    return d;
}

} // namespace

std::string kiosk_cache_dir() {
    if (const char* systemd = std::getenv("CACHE_DIRECTORY"); systemd && *systemd) {
        const std::string dirs = systemd; // several are separated by ':'
        return dirs.substr(0, dirs.find(':'));
    }
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return std::string(xdg) + "/kiosk";
    if (const char* home = std::getenv("HOME"); home && *home)
        return std::string(home) + "/.cache/kiosk";
    return "";
}

StartLoader::StartLoader(const Config& config, std::optional<std::pair<float, float>> size,
                         std::string font_cache)
    : first_(first_promise_.get_future()) {
    rest_ = std::async(std::launch::async, [this, &config, size, font_cache] {
        // Below the main thread, which makes the window meanwhile (a nice value of this
        // thread only: Linux keeps one per thread).
        setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
        std::string schedule_file;
        try {
            FirstFrameData first = load_first(config, size, font_cache);
            schedule_file = first.content.schedule_file;
            first_promise_.set_value(std::move(first));
        } catch (...) {
            first_promise_.set_exception(std::current_exception());
            throw;
        }
        return load_rest(config, schedule_file);
    });
}

ui::GlyphText glyph_text(const Config& config, const Catalog& catalog,
                         const content::ContentPack* content) {
    std::string names; // the language picker shows every language in its own script
    for (const Language& l : catalog.languages())
        names += l.native_name + " ";
    return {catalog.all_text() + all_keyboard_text() + (content ? content->all_text() : "") +
                config.location_name + config.location_address,
            names};
}

} // namespace kiosk::app
