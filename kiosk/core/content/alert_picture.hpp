// An alert's optional picture (docs/alerts.md): a PNG of the pill or the package, beside
// alerts.toml in alert-pictures/<name>.png. Checked before it is ever shown: PNG only, at
// most kMaxPictureBytes on disk and kMaxPictureSide pixels each way, and it must decode
// whole (stb_image), so a broken or huge file never reaches a visitor's screen.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace kiosk::content {

inline constexpr std::size_t kMaxPictureBytes = 300 * 1024;
inline constexpr int kMaxPictureSide = 800;
inline constexpr int kMinPictureSide = 32;
inline constexpr const char* kAlertPictureFolder = "alert-pictures";

// "alert-pictures/<name>.png" for a picture name (1-64 of a-z 0-9 _ -).
std::string alert_picture_path(const std::string& name);
bool is_picture_name(const std::string& name);

struct PictureCheck {
    int width = 0, height = 0;
    std::string problem; // "" when the picture may be shown; else what is wrong and what to do
};

// Checks the bytes of a picture file.
PictureCheck check_alert_picture(const std::string& bytes);

// The picture's pixels as RGBA (4 bytes each, rows top to bottom), for the screen.
struct PicturePixels {
    int width = 0, height = 0;
    std::vector<unsigned char> rgba;
};
// nullopt when the file cannot be read or does not pass check_alert_picture.
std::optional<PicturePixels> decode_alert_picture(const std::string& file);

} // namespace kiosk::content
