// Temperature and throttling from sysfs, free disk from statvfs.
#include "hardware_health.hpp"

#include <filesystem>
#include <fstream>

#include <sys/statvfs.h>

namespace kiosk::platform {

namespace {

namespace fs = std::filesystem;

std::optional<std::string> first_line(const fs::path& file) {
    std::ifstream in(file);
    std::string line;
    if (!in || !std::getline(in, line))
        return std::nullopt;
    return line;
}

std::optional<double> cpu_temperature(const std::string& sys_root) {
    const auto text = first_line(sys_root + "/class/thermal/thermal_zone0/temp");
    if (!text)
        return std::nullopt;
    try {
        std::size_t used = 0;
        const long long millidegrees = std::stoll(*text, &used);
        if (used == 0)
            return std::nullopt;
        return static_cast<double>(millidegrees) / 1000.0;
    } catch (const std::exception&) {
        return std::nullopt; // not a number: unknown
    }
}

std::optional<fs::path> get_throttled_file(const std::string& sys_root) {
    const fs::path known = sys_root + "/devices/platform/soc/soc:firmware/get_throttled";
    std::error_code ec;
    if (fs::exists(known, ec))
        return known;
    const fs::path platform = sys_root + "/devices/platform";
    for (const auto& bus : fs::directory_iterator(platform, ec)) {
        std::error_code inner;
        for (const auto& entry : fs::directory_iterator(bus.path(), inner)) {
            const std::string name = entry.path().filename().string();
            const std::string suffix = "firmware";
            if (name.size() >= suffix.size() &&
                name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                fs::exists(entry.path() / "get_throttled", inner))
                return entry.path() / "get_throttled";
        }
    }
    return std::nullopt;
}

std::optional<Throttling> throttling(const std::string& sys_root) {
    const auto file = get_throttled_file(sys_root);
    if (!file)
        return std::nullopt;
    const auto text = first_line(*file);
    if (!text)
        return std::nullopt;
    try {
        std::size_t used = 0;
        const unsigned long bits = std::stoul(*text, &used, 16);
        if (used == 0)
            return std::nullopt;
        return throttling_from_bits(static_cast<std::uint32_t>(bits));
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

std::optional<std::int64_t> free_disk(const std::string& data_dir) {
    struct statvfs info {};
    if (data_dir.empty() || statvfs(data_dir.c_str(), &info) != 0)
        return std::nullopt;
    return static_cast<std::int64_t>(info.f_bavail) * static_cast<std::int64_t>(info.f_frsize);
}

} // namespace

HardwareHealth read_hardware_health(const std::string& sys_root, const std::string& data_dir) {
    HardwareHealth health;
    health.cpu_temp_c = cpu_temperature(sys_root);
    health.throttling = throttling(sys_root);
    health.free_disk_bytes = free_disk(data_dir);
    return health;
}

} // namespace kiosk::platform
