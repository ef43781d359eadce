// Fuzz target: a location's group schedule (schedule.toml, shipped or from a bundle).
#include "core/groups/schedule_loader.hpp"
#include "fuzz_scratch.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto path = kiosk::fuzz::scratch_dir() / "schedule.toml";
    kiosk::fuzz::write_file(path, data, size);
    (void)kiosk::groups::load_schedule(path);
    return 0;
}
