// Fuzz target: a translation catalogue (assets/i18n/<code>.toml): loaded beside the shipped
// Dutch and English ones, then every key looked up and formatted as the screens do.
#include "core/catalog.hpp"
#include "fuzz_scratch.hpp"

namespace {

const std::filesystem::path& catalog_dir() {
    static const std::filesystem::path dir = [] {
        auto d = kiosk::fuzz::scratch_dir() / "i18n";
        std::filesystem::create_directories(d);
        for (const char* code : {"nl", "en"})
            std::filesystem::copy_file(std::string(KIOSK_FUZZ_ASSETS "/i18n/") + code + ".toml",
                                       d / (std::string(code) + ".toml"));
        return d;
    }();
    return dir;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    kiosk::fuzz::write_file(catalog_dir() / "ar.toml", data, size);
    std::vector<kiosk::Problem> problems;
    const auto catalog = kiosk::Catalog::load(catalog_dir(), {"nl", "en", "ar"}, problems);
    for (const auto& key : catalog.keys("ar"))
        (void)catalog.format("ar", key, {{"count", "3"}, {"name", "x"}});
    (void)catalog.all_text();
    return 0;
}
