// Which bundles a kiosk keeps on disk and which one it uses (docs/bundles.md):
//
//   <data_dir>/bundles/state      {"current":8,"previous":7,"highest":8,"etag":"\"...\""}
//   <data_dir>/bundles/v8/        content/..., schedule.toml, bundle (the signed file as
//                                 received), installed_at
//   <data_dir>/bundles/v7/        the one before, kept for rollback
//
// `state` is the single switch: it is replaced whole by rename, so a power cut leaves either
// the old or the new choice, never a mix. Version folders are complete and on disk before the
// state names them. Anything else (v<N>.tmp from a cut-off install, versions the state no
// longer names) is removed by tidy_bundles.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

namespace kiosk::sync {

struct BundleState {
    std::optional<std::int64_t> current;  // none: the built-in content and schedule
    std::optional<std::int64_t> previous; // what rollback goes back to (none: built-in)
    std::int64_t highest = 0;             // highest version ever installed (replay floor)
    std::string etag;                     // the server's ETag of the installed bundle
};

std::string bundles_folder(const std::string& data_dir);
std::string version_folder(const std::string& data_dir, std::int64_t version);
inline constexpr const char* kSignedCopy = "bundle";
inline constexpr const char* kInstalledAt = "installed_at";

struct StateRead {
    BundleState state;
    // The state file could not be understood: nothing counts as installed, and `highest` is
    // the newest version folder still on disk, so replay protection survives.
    bool damaged = false;
};

// A missing state is "nothing installed". Throws BundleDiskError when it cannot be read.
StateRead read_bundle_state(const std::string& data_dir);
// Durable and atomic (write, fsync, rename, fsync the folder). Throws BundleDiskError.
void write_bundle_state(const std::string& data_dir, const BundleState& state);
// Removes leftovers: *.tmp entries and version folders the state does not name.
void tidy_bundles(const std::string& data_dir, const BundleState& state);

// What the app loads instead of its built-in assets. Paths are of the version folder itself,
// not of a link, so a bundle installed meanwhile never mixes into a load.
struct ActiveBundle {
    std::int64_t version = 0;
    std::string folder;                       // <data_dir>/bundles/v<N>
    std::optional<std::string> content_dir;   // when the bundle carries a content pack
    std::optional<std::string> schedule_file; // when it carries a group schedule
    std::optional<std::string> alerts_file;   // when it carries drug alerts
    std::string installed_at;                 // RFC 3339 UTC
    std::optional<std::int64_t> previous;     // what rollback_bundle would switch to
};

// Held while a bundle check or a rollback reads, changes and writes the state, so the
// uploader thread's install and a staff rollback on the UI thread never overwrite each other.
std::mutex& bundle_state_mutex();

// Never throws; nullopt when no bundle is in use (or it cannot be read).
std::optional<ActiveBundle> active_bundle(const std::string& data_dir);

struct RollbackResult {
    bool done = false;
    std::optional<std::int64_t> active; // after the switch; none: the built-in content
    std::string message;                // plain English for staff
};

// Swaps the current and previous bundle (either may be "built-in"), so a second rollback
// undoes the first. The highest version stays: the server's newer bundle is not installed
// again, only a newer one than that. Never blocks: while a bundle is being installed it
// does nothing and says so. Never throws.
RollbackResult rollback_bundle(const std::string& data_dir);

} // namespace kiosk::sync
