// Durable file-system steps for installing bundles: files and folders that are on disk
// (fsync'd) before anything points at them, and small files replaced whole by rename.
// Every function throws BundleDiskError naming the path and the system's reason.
#pragma once

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kiosk::sync {

class BundleDiskError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Creates the folder if it is missing (its parent must exist).
void make_folder(const std::string& path);
// Writes the file whole and fsyncs it (not the folder: see sync_folder).
void write_synced(const std::string& path, const std::string& bytes);
void sync_folder(const std::string& path);
// Writes path.tmp, fsyncs it, renames it over path and fsyncs the folder.
void replace_file(const std::string& path, const std::string& bytes);
// The whole file, or nullopt when it does not exist (other errors throw).
std::optional<std::string> read_whole_file(const std::string& path);
// Removes a file or a folder with everything in it; nothing when it does not exist.
void remove_all(const std::string& path);
void rename_path(const std::string& from, const std::string& to);
// Names in a folder ("." and ".." left out); empty when the folder does not exist.
std::vector<std::string> folder_entries(const std::string& path);

} // namespace kiosk::sync
