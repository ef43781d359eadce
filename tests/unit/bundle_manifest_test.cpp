// The signed manifest: its JSON round trip, the only paths a bundle may write to, and every
// field checked strictly.
#include "support/bundle_fixtures.hpp"
#include "sync/bundle_manifest.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kiosk::sync;
using nlohmann::json;

namespace {

json good_manifest() {
    return json{{"format", "kiosk-bundle/1"},
                {"kiosk_id", "*"},
                {"version", 3},
                {"created_at", "2026-11-22T17:05:09Z"},
                {"files", {{"schedule.toml", "location = \"x\"\n"}}}};
}

std::string problem_of(const json& manifest) {
    const ManifestRead read = read_manifest(manifest.dump());
    CHECK_FALSE(read.manifest);
    return read.problem;
}

} // namespace

TEST_CASE("a manifest survives its JSON round trip", "[bundle][manifest]") {
    const BundleManifest made = bundle_test::manifest_of(7, "centre-a");
    const ManifestRead read = read_manifest(manifest_json(made));
    REQUIRE(read.manifest);
    CHECK(read.manifest->kiosk_id == "centre-a");
    CHECK(read.manifest->version == 7);
    CHECK(read.manifest->created_at == "2026-11-22T17:05:09Z");
    CHECK(read.manifest->files == made.files);
    CHECK(read.manifest->has_content());
    CHECK(read.manifest->has_schedule());
    CHECK(json::parse(manifest_json(made))["format"] == "kiosk-bundle/1");
}

TEST_CASE("bundle paths: only the content pack's places and the schedule", "[bundle][manifest]") {
    for (const char* allowed :
         {"schedule.toml", "content/pack.toml", "content/substances/mdma.toml",
          "content/pages/safer_use.toml", "content/help-2.toml"})
        CHECK(bundle_path_problem(allowed).empty());
    CHECK_THAT(bundle_path_problem("content/../../etc/passwd"), Catch::Contains("climbs out"));
    CHECK_THAT(bundle_path_problem(".."), Catch::Contains("climbs out"));
    CHECK_THAT(bundle_path_problem("content/substances/../../../x.toml"),
               Catch::Contains("climbs out"));
    CHECK_THAT(bundle_path_problem("/etc/kiosk/kiosk.toml"), Catch::Contains("absolute"));
    CHECK_THAT(bundle_path_problem(""), Catch::Contains("empty path"));
    for (const char* refused :
         {"kiosk.toml", "content/README.md", "content/other/x.toml", "content/Pack.toml",
          "content/.toml", "content/pages/a b.toml", "content\\pack.toml", "content//pack.toml",
          "content/substances/x.toml/y.toml", "./schedule.toml"})
        CHECK_THAT(bundle_path_problem(refused), Catch::Contains("not a place a bundle may write"));
}

TEST_CASE("every manifest field is checked", "[bundle][manifest]") {
    CHECK(read_manifest(good_manifest().dump()).manifest);
    CHECK_THAT(read_manifest("{").problem, Catch::Contains("not valid JSON"));
    CHECK_THAT(read_manifest("[]").problem, Catch::Contains("not a JSON object"));

    auto with = [](const char* key, json value) {
        json m = good_manifest();
        m[key] = std::move(value);
        return m;
    };
    auto without = [](const char* key) {
        json m = good_manifest();
        m.erase(key);
        return m;
    };
    CHECK_THAT(problem_of(with("extra", 1)), Catch::Contains("unknown field \"extra\""));
    CHECK_THAT(problem_of(with("format", "kiosk-bundle/2")), Catch::Contains("\"format\""));
    CHECK_THAT(problem_of(without("format")), Catch::Contains("\"format\""));
    CHECK_THAT(problem_of(with("kiosk_id", "Centre A")), Catch::Contains("\"kiosk_id\""));
    CHECK_THAT(problem_of(without("kiosk_id")), Catch::Contains("\"kiosk_id\""));
    CHECK_THAT(problem_of(with("version", 0)), Catch::Contains("\"version\""));
    CHECK_THAT(problem_of(with("version", "3")), Catch::Contains("\"version\""));
    CHECK_THAT(problem_of(with("version", 3.5)), Catch::Contains("\"version\""));
    CHECK_THAT(problem_of(with("created_at", "2026-11-22 17:05")), Catch::Contains("created_at"));
    CHECK_THAT(problem_of(with("created_at", "2026-11-22T17:05:09+01:00")),
               Catch::Contains("created_at"));
    CHECK_THAT(problem_of(with("files", json::object())), Catch::Contains("holds no files"));
    CHECK_THAT(problem_of(with("files", json::array())), Catch::Contains("\"files\""));
    CHECK_THAT(problem_of(with("files", {{"schedule.toml", 5}})),
               Catch::Contains("not given as text"));
    CHECK_THAT(problem_of(with("files", {{"content/../x.toml", "a"}})),
               Catch::Contains("climbs out"));
    CHECK_THAT(
        problem_of(with("files", {{"schedule.toml", std::string(kMaxBundleFileBytes + 1, 'x')}})),
        Catch::Contains("larger than 1 MiB"));
    json many = json::object();
    for (std::size_t i = 0; i <= kMaxBundleFiles; ++i)
        many["content/pages/p" + std::to_string(i) + ".toml"] = "";
    CHECK_THAT(problem_of(with("files", many)), Catch::Contains("more than the 500 allowed"));
}
