// The bundles on disk: a cut-off install leaves the old bundle active and is cleaned up on the
// next check; rollback swaps current and previous (the built-in content counts as one); a
// damaged state file still keeps older bundles out.
#include "bundle_support.hpp"
#include "sync/bundle_install.hpp"
#include "sync/bundle_store.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace kiosk::sync;
using namespace kiosk::sync::test;
using bundle_test::make_bundle;
using kiosk::store::test::write_bytes;
using Outcome = BundleCheckResult::Outcome;

namespace {

std::set<std::string> entries(const std::string& folder) {
    std::set<std::string> names;
    for (const auto& e : std::filesystem::directory_iterator(folder))
        names.insert(e.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("a crash mid-install leaves the old bundle active and is cleaned up next time",
          "[bundle][store]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1), "\"etag-1\"").outcome == Outcome::Installed);
    const std::string bundles = k.data + "/bundles";

    // cut off while writing v2's files
    std::filesystem::create_directories(bundles + "/v2.tmp/content/substances");
    write_bytes(bundles + "/v2.tmp/content/pack.toml", "id = \"def");
    // cut off after v3.tmp was renamed to v3, before the state named it
    const auto staged = stage_bundle(k.data, bundle_test::manifest_of(3), make_bundle(3), kNow);
    std::filesystem::rename(staged, bundles + "/v3");
    // cut off while replacing the state file
    write_bytes(bundles + "/state.tmp", "{\"current\":");

    const auto active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(active->version == 1);
    CHECK(active->content_dir == std::optional<std::string>(bundles + "/v1/content"));

    k.server.offered = answer(304);
    CHECK(k.updater.check(kNow).outcome == Outcome::NotModified);
    CHECK(entries(bundles) == std::set<std::string>{"state", "v1"});
    CHECK(k.active_version() == std::optional<std::int64_t>(1));

    // the cut-off versions install normally afterwards
    CHECK(k.offer(make_bundle(2)).outcome == Outcome::Installed);
    CHECK(entries(bundles) == std::set<std::string>{"state", "v1", "v2"});
}

TEST_CASE("a crash before the first install finished leaves the built-in content",
          "[bundle][store]") {
    BundleKiosk k;
    const auto staged = stage_bundle(k.data, bundle_test::manifest_of(1), make_bundle(1), kNow);
    CHECK_FALSE(active_bundle(k.data));
    k.server.offered = answer(404);
    CHECK(k.updater.check(kNow).outcome == Outcome::NoBundle);
    CHECK_FALSE(std::filesystem::exists(staged));
    CHECK(k.offer(make_bundle(1)).outcome == Outcome::Installed);
}

TEST_CASE("rollback swaps to the previous bundle and back", "[bundle][store]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1)).outcome == Outcome::Installed);
    const std::string v2 = make_bundle(2);
    REQUIRE(k.offer(v2).outcome == Outcome::Installed);

    auto rolled = rollback_bundle(k.data);
    CHECK(rolled.done);
    CHECK(rolled.active == std::optional<std::int64_t>(1));
    CHECK(rolled.message ==
          "now using bundle version 1; bundle version 2 is kept to switch back to");
    auto active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(active->version == 1);
    CHECK(active->previous == std::optional<std::int64_t>(2));
    CHECK_THAT(kiosk::store::test::read_bytes(*active->content_dir + "/pack.toml"),
               Catch::EndsWith("# version 1\n"));

    // the server still offers version 2 (ignoring If-None-Match): it stays rolled back
    const auto again = k.offer(v2);
    CHECK(again.outcome == Outcome::NotModified);
    CHECK(again.version == std::optional<std::int64_t>(1));
    CHECK(k.active_version() == std::optional<std::int64_t>(1));

    rolled = rollback_bundle(k.data); // undo
    CHECK(rolled.active == std::optional<std::int64_t>(2));
    CHECK(k.active_version() == std::optional<std::int64_t>(2));
    rolled = rollback_bundle(k.data);
    CHECK(k.active_version() == std::optional<std::int64_t>(1));

    // a newer bundle installs over the rolled-back one, which becomes the previous
    CHECK(k.offer(make_bundle(3)).outcome == Outcome::Installed);
    active = active_bundle(k.data);
    REQUIRE(active);
    CHECK(active->version == 3);
    CHECK(active->previous == std::optional<std::int64_t>(1));
    CHECK_FALSE(std::filesystem::exists(k.data + "/bundles/v2"));
}

TEST_CASE("rolling back the first bundle goes back to the built-in content", "[bundle][store]") {
    BundleKiosk k;
    const auto none = rollback_bundle(k.data);
    CHECK_FALSE(none.done);
    CHECK_THAT(none.message, Catch::Contains("nothing to go back to"));

    REQUIRE(k.offer(make_bundle(1)).outcome == Outcome::Installed);
    auto rolled = rollback_bundle(k.data);
    CHECK(rolled.done);
    CHECK_FALSE(rolled.active);
    CHECK_THAT(rolled.message, Catch::StartsWith("now using the built-in content"));
    CHECK_FALSE(active_bundle(k.data));
    CHECK(std::filesystem::is_directory(k.data + "/bundles/v1"));
    // a check keeps the kept bundle, and does not install it again
    CHECK(k.offer(make_bundle(1)).outcome == Outcome::NotModified);
    CHECK(std::filesystem::is_directory(k.data + "/bundles/v1"));
    rolled = rollback_bundle(k.data);
    CHECK(rolled.active == std::optional<std::int64_t>(1));
}

TEST_CASE("rollback refuses when the earlier bundle is gone from disk", "[bundle][store]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1)).outcome == Outcome::Installed);
    REQUIRE(k.offer(make_bundle(2)).outcome == Outcome::Installed);
    std::filesystem::remove_all(k.data + "/bundles/v1");
    const auto rolled = rollback_bundle(k.data);
    CHECK_FALSE(rolled.done);
    CHECK_THAT(rolled.message, Catch::Contains("no longer on disk"));
    CHECK(k.active_version() == std::optional<std::int64_t>(2));
}

TEST_CASE("a damaged state file counts as nothing installed but keeps older bundles out",
          "[bundle][store]") {
    BundleKiosk k;
    REQUIRE(k.offer(make_bundle(1)).outcome == Outcome::Installed);
    REQUIRE(k.offer(make_bundle(2)).outcome == Outcome::Installed);
    write_bytes(k.data + "/bundles/state", "\x01\x02 not json");
    CHECK_FALSE(active_bundle(k.data));

    const auto older =
        k.offer(make_bundle(1, "*", bundle_test::test_keys(), bundle_test::files_of_version(5)));
    CHECK(older.outcome == Outcome::Refused);
    CHECK_THAT(older.reason, Catch::Contains("older than version 2"));
    const auto state = read_bundle_state(k.data);
    CHECK_FALSE(state.damaged); // rewritten on the first check
    CHECK(state.state.highest == 2);

    CHECK(k.offer(make_bundle(3)).outcome == Outcome::Installed);
    CHECK(k.active_version() == std::optional<std::int64_t>(3));
}
