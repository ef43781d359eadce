// The app's alert pictures on the GPU: a picture is decoded (content::decode_alert_picture,
// which checks it again) and uploaded the first time a screen asks for it, and kept while it
// is used. At most kKept stay; the one unused longest goes first. A file that cannot be shown
// is remembered too, so it is not read again every frame.
#pragma once

#include "ui/picture_textures.hpp"

#include <cstdint>
#include <map>
#include <string>

namespace kiosk::app {

class PictureCache : public ui::PictureTextures {
  public:
    static constexpr std::size_t kKept = 8;
    PictureCache() = default;
    ~PictureCache() override; // frees the textures: the GL context must still be current
    PictureCache(const PictureCache&) = delete;
    PictureCache& operator=(const PictureCache&) = delete;

    ui::ShownPicture picture(const std::string& file) override;

  private:
    struct Entry {
        ui::ShownPicture shown;
        std::uint64_t used = 0;
    };
    void make_room();
    std::map<std::string, Entry> entries_;
    std::uint64_t uses_ = 0;
};

} // namespace kiosk::app
