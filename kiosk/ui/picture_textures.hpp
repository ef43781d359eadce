// Pictures from files, ready to draw: the screens ask by file name (an alert's picture), the
// app answers with a GPU texture (app/picture_cache.hpp). Without one (tests, a failed
// upload) a screen draws its text alone: a picture only ever adds to the words.
#pragma once

#include <imgui.h>

#include <string>

namespace kiosk::ui {

struct ShownPicture {
    ImTextureID texture = nullptr; // null: nothing to draw
    int width = 0, height = 0;     // pixels of the picture
};

class PictureTextures {
  public:
    virtual ~PictureTextures() = default;
    // The picture in `file`, decoded and uploaded the first time it is asked for.
    virtual ShownPicture picture(const std::string& file) = 0;
};

} // namespace kiosk::ui
