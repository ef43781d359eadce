// open(O_EXCL, 0600) so the key is never readable by others, not even for a moment.
#include "sync/bundle_key_file.hpp"

#include "sync/bundle_files.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <sstream>

namespace kiosk::sync {

void write_key_file(const std::string& path, const KeyPair& keys) {
    const std::string text =
        "# kiosk_bundle signing key (Ed25519 seed, base64). Keep it secret: whoever has this "
        "file can sign bundles that kiosks install.\n# public key: " +
        kiosk::sync::to_base64(keys.public_key) + "\n" + kiosk::sync::to_base64(keys.seed) + "\n";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST)
            throw KeyFileError(path + " already exists; choose another file name (a new key also "
                                      "needs a new bundle_public_key on every kiosk)");
        throw KeyFileError("cannot create " + path + ": " + std::strerror(errno));
    }
    const ssize_t written = ::write(fd, text.data(), text.size());
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    if (written != static_cast<ssize_t>(text.size()) || !synced)
        throw KeyFileError("cannot write " + path + ": " + std::strerror(errno));
}

KeyPair read_key_file(const std::string& path, std::string& warning) {
    std::optional<std::string> text;
    try {
        text = kiosk::sync::read_whole_file(path);
    } catch (const kiosk::sync::BundleDiskError& error) {
        throw KeyFileError(error.what());
    }
    if (!text)
        throw KeyFileError("the key file " + path +
                           " does not exist (make one with: kiosk_bundle keygen -o " + path + ")");
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && (info.st_mode & 077) != 0)
        warning = "the key file " + path + " can be read by other users; run: chmod 600 " + path;
    std::istringstream lines(*text);
    std::string line;
    std::string seed_line;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#')
            continue;
        if (!seed_line.empty())
            throw KeyFileError(path + " is not a key file from kiosk_bundle keygen (more than "
                                      "one key line)");
        seed_line = line;
    }
    const auto seed = kiosk::sync::from_base64(seed_line);
    const auto keys = seed ? kiosk::sync::key_pair_from_seed(*seed) : std::nullopt;
    if (!keys)
        throw KeyFileError(path + " is not a key file from kiosk_bundle keygen (its key line "
                                  "is not 32 bytes of base64)");
    return *keys;
}

} // namespace kiosk::sync
