// Where staff may export to: mounted removable media (/media/*, /media/*/*, /run/media/*/*,
// /mnt/*) that are writable folders, and the kiosk's own exports folder as a fallback.
#pragma once

#include <string>
#include <vector>

namespace kiosk::services {

std::vector<std::string> export_folders(const std::string& data_dir);

} // namespace kiosk::services
