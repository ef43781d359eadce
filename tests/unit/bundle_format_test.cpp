// The bundle envelope and its signature: a good bundle opens; tampered, wrong-key, truncated,
// unsigned and padded files are each refused with their own reason.
#include "support/bundle_fixtures.hpp"
#include "sync/bundle_crypto.hpp"
#include "sync/bundle_format.hpp"

#include <catch2/catch.hpp>

using namespace kiosk::sync;
using namespace bundle_test;

namespace {

const std::string kPayload = R"({"format":"kiosk-bundle/1","files":{"schedule.toml":"x"}})";

std::string problem_of(const std::string& bytes, const KeyPair& configured = test_keys()) {
    const OpenedBundle opened = open_bundle(bytes, configured.public_key);
    CHECK_FALSE(opened.payload);
    return opened.problem;
}

} // namespace

TEST_CASE("base64 is strict: standard alphabet, padding, nothing else", "[bundle][format]") {
    CHECK(to_base64("hello") == "aGVsbG8=");
    CHECK(from_base64("aGVsbG8=") == std::optional<std::string>("hello"));
    CHECK_FALSE(from_base64("aGVsbG8"));   // padding missing
    CHECK_FALSE(from_base64(" aGVsbG8=")); // space
    CHECK_FALSE(from_base64("aGVsbG8=\n"));
    CHECK_FALSE(from_base64("aGV-bG8=")); // URL-safe alphabet
    CHECK(decode_public_key(public_key_text()) == test_keys().public_key);
    CHECK_FALSE(decode_public_key(to_base64(std::string(31, 'x'))));
    CHECK_FALSE(decode_public_key("not a key"));
}

TEST_CASE("keys come from their seed, and a new key pair differs every time", "[bundle][format]") {
    CHECK(test_keys().public_key == key_pair_from_seed(test_keys().seed)->public_key);
    CHECK(test_keys().public_key != other_keys().public_key);
    CHECK_FALSE(key_pair_from_seed("short"));
    CHECK(generate_key_pair().public_key != generate_key_pair().public_key);
}

TEST_CASE("a sealed bundle has the documented layout and opens with its key", "[bundle][format]") {
    const std::string sealed = seal_bundle(kPayload, test_keys());
    const std::string first = "kiosk-bundle 1 " + std::to_string(kPayload.size()) + "\n";
    REQUIRE(sealed.compare(0, first.size(), first) == 0);
    const auto second_end = sealed.find('\n', first.size());
    const std::string second = sealed.substr(first.size(), second_end - first.size());
    CHECK(second.rfind("ed25519 " + public_key_text() + " ", 0) == 0);
    CHECK(sealed.substr(second_end + 1) == kPayload);
    // the signature in the second line is a detached Ed25519 signature of the payload bytes
    const auto signature = from_base64(second.substr(second.rfind(' ') + 1));
    REQUIRE(signature);
    CHECK(verify_detached(kPayload, *signature, test_keys().public_key));

    const OpenedBundle opened = open_bundle(sealed, test_keys().public_key);
    CHECK(opened.problem.empty());
    CHECK(opened.payload == std::optional<std::string>(kPayload));
    CHECK(looks_like_bundle(sealed));
}

TEST_CASE("a byte changed anywhere in the contents breaks the signature", "[bundle][format]") {
    const std::string sealed = seal_bundle(kPayload, test_keys());
    const std::size_t start = sealed.size() - kPayload.size();
    for (std::size_t at : {start, start + kPayload.size() / 2, sealed.size() - 1}) {
        std::string tampered = sealed;
        tampered[at] = static_cast<char>(tampered[at] ^ 0x01);
        CHECK_THAT(problem_of(tampered), Catch::Contains("changed after it was signed"));
    }
}

TEST_CASE("a bundle signed with another key names both keys", "[bundle][format]") {
    const std::string problem = problem_of(seal_bundle(kPayload, other_keys()));
    CHECK_THAT(problem, Catch::Contains("signed with another key"));
    CHECK_THAT(problem, Catch::Contains(public_key_text(other_keys()).substr(0, 8)));
    CHECK_THAT(problem, Catch::Contains(public_key_text(test_keys()).substr(0, 8)));
}

TEST_CASE("a forged signer line claiming the right key still fails", "[bundle][format]") {
    std::string forged = seal_bundle(kPayload, other_keys());
    const std::string claimed = public_key_text(other_keys());
    forged.replace(forged.find(claimed), claimed.size(), public_key_text(test_keys()));
    CHECK_THAT(problem_of(forged), Catch::Contains("changed after it was signed"));
}

TEST_CASE("a truncated bundle says it was cut short, wherever it was cut", "[bundle][format]") {
    const std::string sealed = seal_bundle(kPayload, test_keys());
    const std::size_t second_start = sealed.find('\n') + 1;
    const std::size_t payload_start = sealed.size() - kPayload.size();
    CHECK_THAT(problem_of(sealed.substr(0, 16)), Catch::Contains("cut short"));
    CHECK_THAT(problem_of(sealed.substr(0, second_start)), Catch::Contains("cut short"));
    CHECK_THAT(problem_of(sealed.substr(0, second_start + 4)), Catch::Contains("cut short"));
    CHECK_THAT(problem_of(sealed.substr(0, second_start + 40)), Catch::Contains("cut short"));
    CHECK_THAT(problem_of(sealed.substr(0, payload_start + 5)),
               Catch::Contains("cut short: 5 of " + std::to_string(kPayload.size()) + " bytes"));
    CHECK_THAT(problem_of(sealed.substr(0, sealed.size() - 1)), Catch::Contains("cut short"));
}

TEST_CASE("an unsigned bundle is refused as not signed", "[bundle][format]") {
    const std::string first = "kiosk-bundle 1 " + std::to_string(kPayload.size()) + "\n";
    CHECK_THAT(problem_of(first + kPayload), Catch::Contains("not signed"));
    CHECK_THAT(problem_of(first + "ed25519\n" + kPayload), Catch::Contains("not signed"));
    CHECK_THAT(problem_of(first + "ed25519 " + public_key_text() + " AAAA\n" + kPayload),
               Catch::Contains("signature line is damaged"));
}

TEST_CASE("bytes after the contents, other formats and other files are refused",
          "[bundle][format]") {
    const std::string sealed = seal_bundle(kPayload, test_keys());
    CHECK_THAT(problem_of(sealed + "extra"), Catch::Contains("5 unexpected bytes"));
    std::string format2 = sealed;
    format2.replace(0, 15, "kiosk-bundle 2 ");
    CHECK_THAT(problem_of(format2), Catch::Contains("format 1 only"));
    std::string no_length = sealed;
    no_length.replace(0, sealed.find('\n'), "kiosk-bundle 1 many");
    CHECK_THAT(problem_of(no_length), Catch::Contains("first line is damaged"));
    const std::string html = "<html><body>Log in to the Wi-Fi</body></html>";
    CHECK_FALSE(looks_like_bundle(html));
    CHECK_THAT(problem_of(html), Catch::Contains("not a kiosk bundle"));
    CHECK_THAT(problem_of("kiosk-bundle 1 9\n" + std::string(kMaxBundleBytes, 'x')),
               Catch::Contains("larger than"));
}
