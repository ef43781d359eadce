// Entry point: settings, the --hash-pin helper, then the kiosk itself.
#include "app.hpp"
#include "core/pin_hash.hpp"
#include "settings.hpp"

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

} // namespace

int main(int argc, char** argv) {
    try {
        int exit_code = 0;
        const auto settings =
            kiosk::app::load_settings(std::vector<std::string>(argv + 1, argv + argc), exit_code);
        if (!settings)
            return exit_code;
        if (settings->command_line.hash_pin)
            return hash_pin_from_stdin();
        return kiosk::app::run_kiosk(*settings);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "kiosk: stopped: %s\n", e.what());
        return 3;
    }
}
