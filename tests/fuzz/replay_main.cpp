// Replays fuzz inputs through a fuzz target without libFuzzer, so the normal (gcc) build runs
// every target over its seeds and its saved crashes as plain tests.
//
//   <target>_replay PATH...                 each file, or each file under each folder
//   <target>_replay --ordered-prefix DIR    each *.toml under DIR, led by one byte: its place
//                                           in sorted_toml_files (the content pack target)
// Fails when it replayed nothing, so a test that lost its inputs cannot pass.
#include "fuzz_scratch.hpp"

#include <cstdio>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void replay(const std::string& bytes) {
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

std::size_t replay_path(const std::filesystem::path& path) {
    if (!std::filesystem::is_directory(path)) {
        replay(kiosk::fuzz::read_file(path));
        return 1;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(path))
        if (e.is_regular_file())
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
        replay(kiosk::fuzz::read_file(f));
    return files.size();
}

std::size_t replay_ordered(const std::filesystem::path& dir) {
    const auto files = kiosk::fuzz::sorted_toml_files(dir);
    for (std::size_t i = 0; i < files.size(); ++i)
        replay(std::string(1, static_cast<char>(i)) + kiosk::fuzz::read_file(dir / files[i]));
    return files.size();
}

} // namespace

int main(int argc, char** argv) {
    std::size_t count = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--ordered-prefix") == 0 && i + 1 < argc)
            count += replay_ordered(argv[++i]);
        else if (std::filesystem::exists(argv[i]))
            count += replay_path(argv[i]);
        else {
            std::fprintf(stderr, "replay: %s does not exist\n", argv[i]);
            return 2;
        }
    }
    std::printf("replayed %zu inputs without a crash\n", count);
    return count == 0 ? 1 : 0;
}
