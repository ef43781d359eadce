// Fuzz target: a drug alerts file (alerts.toml from a content or alert-only bundle).
#include "core/content/alerts.hpp"
#include "core/languages.hpp"
#include "fuzz_scratch.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = kiosk::fuzz::scratch_dir() / "alerts.toml";
    kiosk::fuzz::write_file(path, data, size);
    const std::set<std::string> substances{"mdma", "cocaine", "ghb", "alcohol"};
    auto load = kiosk::content::load_alerts(path, kiosk::complete_language_codes(), &substances);
    if (load.alerts)
        for (const auto& alert : *load.alerts)
            (void)kiosk::content::alert_is_current(alert, "2026-12-05", true);
    return 0;
}
