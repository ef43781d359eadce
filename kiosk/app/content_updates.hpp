// Brings a new content pack and schedule into use while the kiosk runs: after the uploader
// installed a signed bundle, or staff rolled one back. The switch waits for a quiet moment
// (nobody mid-visit, or staff signed in), so a visitor never sees a page change under their
// finger.
#pragma once

#include "core/config.hpp"
#include "core/kiosk_model.hpp"
#include "groups_service.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace kiosk::app {

class ContentUpdates {
  public:
    explicit ContentUpdates(const Config& config) : config_(config) {}

    // The uploader's count of installed bundles; a change means a new one is on disk.
    void installed_count(std::uint64_t count);
    // Staff asked to go back to what was in use before the last bundle (a second time:
    // forward again). Returns the result in plain English for the staff screen.
    std::string roll_back();

    bool pending() const { return pending_; }
    // Loads the new content and schedule into the model and groups when the moment is
    // quiet. Returns true when it did (the caller rebuilds the fonts for the new text);
    // `problems` gets the new source's problems in place of the old ones.
    bool apply_if_quiet(KioskModel& model, GroupsService& groups,
                        std::vector<std::string>& problems, std::int64_t now_unix);

  private:
    const Config& config_;
    std::uint64_t seen_ = 0;
    bool pending_ = false;
};

} // namespace kiosk::app
