// POSIX calls for durability (open/write/fsync/rename); std::filesystem for removal.
#include "sync/bundle_files.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

namespace kiosk::sync {

namespace {

[[noreturn]] void fail(const std::string& what, const std::string& path, int error) {
    throw BundleDiskError("cannot " + what + " " + path + ": " + std::strerror(error));
}

class Fd {
  public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0)
            ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    int release() { return std::exchange(fd_, -1); }

  private:
    int fd_;
};

} // namespace

void make_folder(const std::string& path) {
    if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST)
        fail("create the folder", path, errno);
}

void write_synced(const std::string& path, const std::string& bytes) {
    Fd fd(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (fd.get() < 0)
        fail("create", path, errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd.get(), bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("write", path, errno);
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd.get()) != 0)
        fail("flush to disk", path, errno);
    if (::close(fd.release()) != 0)
        fail("close", path, errno);
}

void sync_folder(const std::string& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() < 0)
        fail("open the folder", path, errno);
    if (::fsync(fd.get()) != 0)
        fail("flush to disk the folder", path, errno);
}

void replace_file(const std::string& path, const std::string& bytes) {
    const std::string temp = path + ".tmp";
    write_synced(temp, bytes);
    rename_path(temp, path);
    const std::string folder = std::filesystem::path(path).parent_path().string();
    sync_folder(folder.empty() ? "." : folder);
}

std::optional<std::string> read_whole_file(const std::string& path) {
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT)
            return std::nullopt;
        fail("read", path, errno);
    }
    std::string bytes;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            fail("read", path, errno);
        if (n == 0)
            return bytes;
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
}

void remove_all(const std::string& path) {
    std::error_code error;
    std::filesystem::remove_all(path, error);
    if (error)
        throw BundleDiskError("cannot remove " + path + ": " + error.message());
}

void rename_path(const std::string& from, const std::string& to) {
    if (std::rename(from.c_str(), to.c_str()) != 0)
        throw BundleDiskError("cannot rename " + from + " to " + to + ": " + std::strerror(errno));
}

std::vector<std::string> folder_entries(const std::string& path) {
    std::vector<std::string> names;
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) {
        if (errno == ENOENT)
            return names;
        fail("list the folder", path, errno);
    }
    while (const dirent* entry = ::readdir(dir)) {
        const std::string name = entry->d_name;
        if (name != "." && name != "..")
            names.push_back(name);
    }
    ::closedir(dir);
    return names;
}

} // namespace kiosk::sync
