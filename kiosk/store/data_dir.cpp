// Creating and checking the data folder before any database file is opened in it.
#include "store/data_dir.hpp"

#include "store/error.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sqlite3.h>
#include <system_error>
#include <unistd.h>

namespace kiosk::store {

namespace {
[[noreturn]] void fail(const std::string& data_dir, const std::string& what,
                       const std::string& reason) {
    throw StoreError(SQLITE_CANTOPEN, what + " data folder '" + data_dir + "': " + reason +
                                          "; check data_dir in the config");
}
} // namespace

void prepare_data_dir(const std::string& data_dir) {
    if (data_dir.empty()) {
        fail(data_dir, "cannot use the", "the name is empty");
    }
    std::error_code error;
    std::filesystem::create_directories(data_dir, error);
    if (error) {
        fail(data_dir, "cannot create the", error.message());
    }
    if (!std::filesystem::is_directory(data_dir, error)) {
        fail(data_dir, "cannot use the",
             error ? error.message() : std::string("it exists but is not a folder"));
    }
    if (access(data_dir.c_str(), W_OK | X_OK) != 0) {
        fail(data_dir, "cannot write to the", std::strerror(errno));
    }
}

} // namespace kiosk::store
