// Fuzz target: the content pack. A copy of the shipped pack is made once; each input replaces
// one of its files (the first byte says which), the whole pack is loaded and checked as the
// kiosk does, and the file is put back.
#include "core/content/pack_loader.hpp"
#include "core/languages.hpp"
#include "fuzz_scratch.hpp"

#include <vector>

namespace {

struct PackCopy {
    std::filesystem::path dir;
    std::vector<std::filesystem::path> files;
    std::vector<std::string> originals;
};

const PackCopy& pack_copy() {
    static const PackCopy copy = [] {
        PackCopy c;
        c.dir = kiosk::fuzz::scratch_dir() / "content";
        std::filesystem::copy(KIOSK_FUZZ_ASSETS "/content", c.dir,
                              std::filesystem::copy_options::recursive);
        for (const auto& file : kiosk::fuzz::sorted_toml_files(c.dir)) {
            c.files.push_back(c.dir / file);
            c.originals.push_back(kiosk::fuzz::read_file(c.dir / file));
        }
        return c;
    }();
    return copy;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const PackCopy& pack = pack_copy();
    const std::size_t which = data[0] % pack.files.size();
    kiosk::fuzz::write_file(pack.files[which], data + 1, size - 1);
    (void)kiosk::content::load_pack(pack.dir, kiosk::complete_language_codes());
    const std::string& original = pack.originals[which];
    kiosk::fuzz::write_file(
        pack.files[which], reinterpret_cast<const std::uint8_t*>(original.data()), original.size());
    return 0;
}
