// Checking and decoding alert pictures with stb_image (Debian's libstb).
#include "alert_picture.hpp"

#include <stb_image.h>

#include <fstream>
#include <iterator>
#include <memory>

namespace kiosk::content {

namespace {

constexpr unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

bool starts_like_png(const std::string& bytes) {
    if (bytes.size() < sizeof kPngSignature)
        return false;
    for (std::size_t i = 0; i < sizeof kPngSignature; ++i)
        if (static_cast<unsigned char>(bytes[i]) != kPngSignature[i])
            return false;
    return true;
}

struct StbFree {
    void operator()(unsigned char* p) const { stbi_image_free(p); }
};
using StbPixels = std::unique_ptr<unsigned char, StbFree>;

// Decodes to RGBA; null when stb_image cannot.
StbPixels decode(const std::string& bytes, int& width, int& height) {
    int channels = 0;
    return StbPixels(stbi_load_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()),
                                           static_cast<int>(bytes.size()), &width, &height,
                                           &channels, 4));
}

} // namespace

std::string alert_picture_path(const std::string& name) {
    return std::string(kAlertPictureFolder) + "/" + name + ".png";
}

bool is_picture_name(const std::string& name) {
    return !name.empty() && name.size() <= 64 &&
           name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
}

PictureCheck check_alert_picture(const std::string& bytes) {
    PictureCheck out;
    if (bytes.size() > kMaxPictureBytes) {
        out.problem = "is " + std::to_string(bytes.size() / 1024) + " KB; at most " +
                      std::to_string(kMaxPictureBytes / 1024) +
                      " KB (make it smaller, e.g. 600 pixels wide)";
        return out;
    }
    if (!starts_like_png(bytes)) {
        out.problem = "is not a PNG file (save the picture as PNG)";
        return out;
    }
    int width = 0, height = 0, channels = 0;
    // The size from the header first, so a huge picture is never decoded.
    if (!stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()),
                               static_cast<int>(bytes.size()), &width, &height, &channels)) {
        out.problem = "cannot be read as a PNG picture (it is damaged or cut short)";
        return out;
    }
    if (width > kMaxPictureSide || height > kMaxPictureSide || width < kMinPictureSide ||
        height < kMinPictureSide) {
        out.problem = "is " + std::to_string(width) + "x" + std::to_string(height) +
                      " pixels; use " + std::to_string(kMinPictureSide) + " to " +
                      std::to_string(kMaxPictureSide) + " pixels each way";
        return out;
    }
    if (!decode(bytes, width, height)) {
        out.problem = "cannot be read as a PNG picture (it is damaged or cut short)";
        return out;
    }
    out.width = width;
    out.height = height;
    return out;
}

std::optional<PicturePixels> decode_alert_picture(const std::string& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return std::nullopt;
    std::string bytes;
    const auto size = in.seekg(0, std::ios::end).tellg();
    if (size < 0 || static_cast<std::size_t>(size) > kMaxPictureBytes)
        return std::nullopt;
    bytes.resize(static_cast<std::size_t>(size));
    in.seekg(0).read(bytes.data(), size);
    if (!in || !check_alert_picture(bytes).problem.empty())
        return std::nullopt;
    PicturePixels pixels;
    const StbPixels rgba = decode(bytes, pixels.width, pixels.height);
    if (!rgba)
        return std::nullopt;
    const auto* p = rgba.get();
    pixels.rgba.assign(p, p + static_cast<std::size_t>(pixels.width) * pixels.height * 4);
    return pixels;
}

} // namespace kiosk::content
