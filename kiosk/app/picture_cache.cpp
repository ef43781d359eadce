// Decoding, uploading and evicting alert pictures.
#include "picture_cache.hpp"

#include "core/content/alert_picture.hpp"
#include "platform/picture_texture.hpp"

#include <cstdio>

namespace kiosk::app {

PictureCache::~PictureCache() {
    for (auto& [file, entry] : entries_)
        if (entry.shown.texture)
            platform::release_picture(entry.shown.texture);
}

void PictureCache::make_room() {
    while (entries_.size() >= kKept) {
        auto oldest = entries_.begin();
        for (auto it = entries_.begin(); it != entries_.end(); ++it)
            if (it->second.used < oldest->second.used)
                oldest = it;
        if (oldest->second.shown.texture)
            platform::release_picture(oldest->second.shown.texture);
        entries_.erase(oldest);
    }
}

ui::ShownPicture PictureCache::picture(const std::string& file) {
    ++uses_;
    if (auto found = entries_.find(file); found != entries_.end()) {
        found->second.used = uses_;
        return found->second.shown;
    }
    make_room();
    Entry entry;
    entry.used = uses_;
    if (const auto pixels = content::decode_alert_picture(file)) {
        entry.shown.texture =
            platform::upload_picture(pixels->rgba.data(), pixels->width, pixels->height);
        entry.shown.width = pixels->width;
        entry.shown.height = pixels->height;
    }
    if (!entry.shown.texture)
        std::fprintf(stderr, "kiosk: the alert picture %s cannot be shown; its words are\n",
                     file.c_str());
    entries_.emplace(file, entry);
    return entry.shown;
}

} // namespace kiosk::app
