// Atomic replacement of a file by rename.
#include "atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

namespace kiosk {

std::string write_file_atomically(const std::string& path, const std::string& content) {
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return "cannot write " + tmp + ": " + std::strerror(errno);
        out << content;
        if (!out.flush())
            return "cannot write " + tmp + ": " + std::strerror(errno);
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0)
        return "cannot rename " + tmp + " to " + path + ": " + std::strerror(errno);
    return "";
}

} // namespace kiosk
