// Switching content and schedule at a quiet moment.
#include "content_updates.hpp"

#include "content_source.hpp"
#include "sync/bundle_store.hpp"

#include <cstdio>

namespace kiosk::app {

void ContentUpdates::installed_count(std::uint64_t count) {
    if (count != seen_) {
        seen_ = count;
        pending_ = true;
    }
}

std::string ContentUpdates::roll_back() {
    const sync::RollbackResult result = sync::rollback_bundle(config_.data_dir);
    if (result.done)
        pending_ = true;
    std::fprintf(stderr, "kiosk: bundle rollback: %s\n", result.message.c_str());
    return result.message;
}

bool ContentUpdates::apply_if_quiet(KioskModel& model, GroupsService& groups,
                                    std::vector<std::string>& problems, std::int64_t now_unix) {
    if (!pending_ || !(model.visit_is_neutral() || model.staff_user()))
        return false;
    pending_ = false;
    std::vector<std::string> fresh;
    ContentSource source = load_content_source(config_, fresh);
    if (!source.pack)
        return false; // nothing loads at all: keep what is on screen
    model.set_content(source.pack);
    groups.load_schedule(source.schedule_file, fresh);
    groups.refresh(model, now_unix);
    problems = std::move(fresh);
    std::fprintf(stderr, "kiosk: now showing %s\n",
                 source.bundle_version
                     ? ("bundle version " + std::to_string(*source.bundle_version)).c_str()
                     : "the built-in content");
    return true;
}

} // namespace kiosk::app
