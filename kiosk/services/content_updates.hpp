// Brings a new content pack and schedule into use while the kiosk runs: after the uploader
// installed a signed bundle, or staff rolled one back. Loading (reading and checking some 30
// files) happens on the background worker; the switch waits for a quiet moment (nobody
// mid-visit, or staff signed in), so a visitor never sees a page change under their finger.
#pragma once

#include "content_source.hpp"
#include "core/config.hpp"
#include "core/groups/schedule.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace kiosk::services {

// A content source with its schedule read, ready to be swapped in.
struct LoadedContent {
    ContentSource source;
    std::shared_ptr<const groups::Schedule> schedule; // null when it has problems
    std::vector<std::string> problems;                // the new source's, for staff
};

// Reads the content source the config and the data folder say, and its schedule. Touches
// nothing shared: safe on any thread.
LoadedContent load_content(const Config& config);

class ContentUpdates {
  public:
    explicit ContentUpdates(const Config& config) : config_(config) {}

    // The uploader's count of installed bundles; a change means a new one is on disk.
    void installed_count(std::uint64_t count);
    // Staff asked to go back to what was in use before the last bundle (a second time:
    // forward again). Returns the result in plain English for the staff screen.
    std::string roll_back();
    // Something new is on disk and nobody has started loading it.
    bool pending() const { return pending_; }
    // Loading has started (on the worker); a later change makes it pending again.
    void loading_started() { pending_ = false; }

  private:
    const Config& config_;
    std::uint64_t seen_ = 0;
    bool pending_ = false;
};

} // namespace kiosk::services
