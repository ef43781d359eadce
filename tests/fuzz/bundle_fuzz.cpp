// Fuzz target: bundles as a kiosk receives them. An even first byte: the rest is a bundle
// file, opened with a fixed public key (the signature, its framing). An odd one: the rest is
// sealed with that key first, so the manifest reader behind a good signature is reached too.
#include "fuzz_scratch.hpp"
#include "sync/bundle_crypto.hpp"
#include "sync/bundle_format.hpp"
#include "sync/bundle_manifest.hpp"

namespace {

const kiosk::sync::KeyPair& keys() {
    static const kiosk::sync::KeyPair k = *kiosk::sync::key_pair_from_seed(std::string(32, '\7'));
    return k;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const std::string rest = kiosk::fuzz::as_text(data + 1, size - 1);
    const std::string file = (data[0] % 2) ? kiosk::sync::seal_bundle(rest, keys()) : rest;
    (void)kiosk::sync::looks_like_bundle(file);
    const auto opened = kiosk::sync::open_bundle(file, keys().public_key);
    if (opened.payload) {
        const auto read = kiosk::sync::read_manifest(*opened.payload);
        if (read.manifest)
            for (const auto& [path, bytes] : read.manifest->files)
                (void)kiosk::sync::bundle_path_problem(path);
    }
    return 0;
}
