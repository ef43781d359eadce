// Fuzz target: the kiosk's config file (/etc/kiosk/kiosk.toml), read and checked as at start.
#include "core/config.hpp"
#include "fuzz_scratch.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = kiosk::fuzz::scratch_dir() / "kiosk.toml";
    kiosk::fuzz::write_file(path, data, size);
    kiosk::Config config;
    std::vector<kiosk::Problem> problems;
    kiosk::load_config_file(path, config, problems);
    kiosk::validate_config(config, path, problems);
    return 0;
}
