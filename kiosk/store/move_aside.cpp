// Moving damaged database files aside under a free, dated name.
#include "store/move_aside.hpp"

#include "store/error.hpp"

#include <array>
#include <cctype>
#include <fcntl.h>
#include <filesystem>
#include <sqlite3.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace kiosk::store {

namespace fs = std::filesystem;

namespace {

// The main file first, then the files SQLite keeps next to it.
constexpr std::array<const char*, 4> kSuffixes = {"", "-wal", "-shm", "-journal"};

bool taken(const std::string& name) {
    std::error_code error;
    return fs::exists(fs::symlink_status(name, error));
}

std::string file_safe(const std::string& now_utc) {
    std::string stamp = now_utc;
    for (char& c : stamp) {
        const bool safe = std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' ||
                          c == '.' || c == '+' || c == '_';
        if (!safe) {
            c = '-'; // ':' in particular, which some file systems and tools reject
        }
    }
    return stamp;
}

// Best effort: makes the renames survive a power cut. A failure here changes nothing we can fix.
void sync_folder(const fs::path& folder) {
    const int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

std::string free_corrupt_name(const std::string& db_path, const std::string& now_utc) {
    const std::string stem = db_path + ".corrupt-" + file_safe(now_utc);
    std::string candidate = stem;
    for (int n = 2;; ++n) {
        bool free = true;
        for (const char* suffix : kSuffixes) {
            free = free && !taken(candidate + suffix);
        }
        if (free) {
            return candidate;
        }
        candidate = stem + "-" + std::to_string(n);
    }
}

std::string move_damaged_files(const std::string& db_path, const std::string& now_utc) {
    const std::string target = free_corrupt_name(db_path, now_utc);
    std::vector<const char*> moved;
    for (const char* suffix : kSuffixes) {
        const std::string from = db_path + suffix;
        if (!taken(from)) {
            continue;
        }
        std::error_code error;
        fs::rename(from, target + suffix, error);
        if (error) {
            for (const char* done : moved) {
                std::error_code ignored;
                fs::rename(target + done, db_path + done, ignored);
            }
            throw StoreError(SQLITE_IOERR,
                             "the database " + db_path +
                                 " is damaged, but it could not be moved aside: renaming " + from +
                                 " to " + target + suffix + " failed: " + error.message() +
                                 "; move the kiosk.db files in that folder somewhere else by "
                                 "hand and restart the kiosk");
        }
        moved.push_back(suffix);
    }
    sync_folder(fs::path(db_path).parent_path());
    return target;
}

} // namespace kiosk::store
