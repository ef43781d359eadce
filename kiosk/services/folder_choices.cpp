// Scanning for writable export folders.
#include "folder_choices.hpp"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

namespace kiosk::services {

namespace {

bool writable_dir(const std::string& path) {
    struct stat st {};
    return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode) && access(path.c_str(), W_OK) == 0;
}

std::vector<std::string> subdirs(const std::string& parent) {
    std::vector<std::string> out;
    if (DIR* d = opendir(parent.c_str())) {
        while (const dirent* e = readdir(d)) {
            const std::string name = e->d_name;
            if (name != "." && name != "..")
                out.push_back(parent + "/" + name);
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

std::vector<std::string> export_folders(const std::string& data_dir) {
    std::vector<std::string> out;
    for (const char* root : {"/media", "/run/media", "/mnt"})
        for (const auto& first : subdirs(root)) {
            // /media/<user>/<stick> and /media/<stick> both occur.
            const auto second = subdirs(first);
            bool nested = false;
            for (const auto& s : second)
                if (writable_dir(s)) {
                    out.push_back(s);
                    nested = true;
                }
            if (!nested && writable_dir(first))
                out.push_back(first);
        }
    const std::string own = data_dir + "/exports";
    mkdir(own.c_str(), 0750);
    if (writable_dir(own))
        out.push_back(own);
    return out;
}

} // namespace kiosk::services
