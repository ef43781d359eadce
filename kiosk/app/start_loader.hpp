// The start's loader thread. While the main thread creates the window and its GL ES context
// (the slowest step of any GL program), it reads what the first frame needs: the
// translations, the content pack and the font atlas for the size the window will have.
// Then, while the first frame is drawn, it opens and checks the database (its integrity check
// grows with the data) and reads the group schedule, which the home screen does not need.
#pragma once

#include "core/catalog.hpp"
#include "core/config.hpp"
#include "services/content_source.hpp"
#include "services/groups_service.hpp"
#include "services/storage.hpp"
#include "ui/kiosk_ui.hpp"

#include <future>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kiosk::app {

using StepTimes = std::vector<std::pair<std::string, double>>; // what took how long (ms)

struct FirstFrameData {
    Catalog catalog;
    services::ContentSource content;
    std::vector<std::string> problems;      // for staff ("file:line: key: what")
    std::optional<ui::PreparedFonts> fonts; // when the screen size was known
    StepTimes steps;
};

struct ServicesData {
    std::unique_ptr<services::Storage> storage;
    std::unique_ptr<services::GroupsService> groups; // the schedule, over the database
    std::vector<std::string> problems;
    StepTimes steps;
};

// Where the kiosk keeps what it can make again (the built font atlas): systemd's
// $CACHE_DIRECTORY (CacheDirectory=kiosk), else $XDG_CACHE_HOME/kiosk, else ~/.cache/kiosk;
// "" when none of them is set.
std::string kiosk_cache_dir();

// Every character the kiosk may draw: translations, keyboard keys, the content pack (if any)
// and the location's name and address from the config. The font atlas holds these glyphs.
ui::GlyphText glyph_text(const Config& config, const Catalog& catalog,
                         const content::ContentPack* content);

class StartLoader {
  public:
    StartLoader(const Config& config, std::optional<std::pair<float, float>> logical_size,
                std::string font_cache);
    // Each waits for its part (and rethrows what the thread threw).
    FirstFrameData first_frame() { return first_.get(); }
    ServicesData services() { return rest_.get(); }

  private:
    std::promise<FirstFrameData> first_promise_;
    std::future<FirstFrameData> first_;
    std::future<ServicesData> rest_;
};

} // namespace kiosk::app
