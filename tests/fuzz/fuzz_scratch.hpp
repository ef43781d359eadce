// A scratch folder for fuzz targets whose parser reads a file: each input is written to a
// file there, then the real loader reads it, as it reads a file from a bundle or a card.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

namespace kiosk::fuzz {

// <TMPDIR or /tmp>/kiosk-fuzz-<pid>/ , made on first use. Removed at exit.
inline const std::filesystem::path& scratch_dir() {
    static const std::filesystem::path dir = [] {
        const char* tmp = std::getenv("TMPDIR");
        auto d = std::filesystem::path(tmp && *tmp ? tmp : "/tmp") /
                 ("kiosk-fuzz-" + std::to_string(getpid()));
        std::filesystem::create_directories(d);
        std::atexit([] { std::filesystem::remove_all(scratch_dir()); });
        return d;
    }();
    return dir;
}

inline void write_file(const std::filesystem::path& path, const std::uint8_t* data,
                       std::size_t size) {
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

// Every *.toml under dir, in one fixed order: the content pack target's first byte picks one
// by its place here, and replay_main gives each shipped file its own place as a prefix.
inline std::vector<std::filesystem::path> sorted_toml_files(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
        if (e.path().extension() == ".toml")
            files.push_back(std::filesystem::relative(e.path(), dir));
    std::sort(files.begin(), files.end());
    return files;
}

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

} // namespace kiosk::fuzz
