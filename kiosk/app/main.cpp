// Entry point: settings, the --hash-pin helper, then the kiosk itself.
#include "app.hpp"
#include "core/content/pack_loader.hpp"
#include "core/pin_hash.hpp"
#include "platform/free_memory.hpp"
#include "settings.hpp"
#include "start_trace.hpp"

#include <cstdio>
#include <iostream>
#include <string>

namespace {

int hash_pin_from_stdin() {
    std::string pin;
    std::getline(std::cin, pin);
    if (!kiosk::is_valid_pin(pin)) {
        std::fprintf(stderr, "kiosk: a staff PIN is 4 to 8 digits; nothing was hashed\n");
        return 2;
    }
    std::printf("hash = \"%s\"\n", kiosk::hash_pin(pin).c_str());
    return 0;
}

// --check-content: every problem as "file:line: field: what is wrong"; exit 0 if usable.
int check_content(const std::string& dir, const kiosk::Config& config) {
    const auto result = kiosk::content::load_pack(dir, config.languages);
    for (const auto& p : result.problems)
        std::printf("%s\n", kiosk::to_string(p).c_str());
    for (const auto& n : result.notes)
        std::printf("note: %s\n", kiosk::to_string(n).c_str());
    if (!result.pack) {
        std::printf("%zu problem(s): this pack cannot be used\n", result.problems.size());
        return 1;
    }
    std::printf("ok: %zu substances, %zu pages, %zu mixing pairs, %zu organisations; "
                "%d of %zu items not reviewed yet; %zu note(s)\n",
                result.pack->substances.size(), result.pack->pages.size(),
                result.pack->mixing.pairs.size(), result.pack->help.organisations.size(),
                result.pack->unreviewed_count(), result.pack->items().size(), result.notes.size());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    kiosk::app::StartTrace::note_process_start();
    kiosk::platform::share_one_malloc_arena(); // before any thread (platform/free_memory.hpp)
    try {
        int exit_code = 0;
        const auto settings =
            kiosk::app::load_settings(std::vector<std::string>(argv + 1, argv + argc), exit_code);
        if (!settings)
            return exit_code;
        if (settings->command_line.trace_start)
            kiosk::app::StartTrace::get().enable();
        kiosk::app::StartTrace::get().mark("settings (config file, command line)");
        if (settings->command_line.hash_pin)
            return hash_pin_from_stdin();
        if (settings->command_line.check_content_dir)
            return check_content(*settings->command_line.check_content_dir, settings->config);
        return kiosk::app::run_kiosk(*settings);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: stopped: %s\n", e.what());
        return 3;
    }
}
