// The ALSA output on a device that cannot be opened: the kiosk's one-line message carries
// ALSA's reason, and libasound prints nothing to stderr (without this, a kiosk with no
// speaker wrote eight lines to its journal at every Listen tap).
#include "platform/audio_output.hpp"
#include "support/captured_stderr.hpp"

#include <catch2/catch.hpp>

using kiosk::test::stderr_of;

TEST_CASE("an ALSA device that does not exist gives one message with ALSA's reason and no "
          "library noise") {
    auto output = kiosk::platform::open_alsa_output("kiosk_test_no_such_device");
    for (int tap = 0; tap < 2; ++tap) { // the second open must be caught too
        std::string problem;
        const std::string noise = stderr_of([&] { problem = output->begin(22050, "nl", "test"); });
        CHECK(noise.empty());
        CHECK(problem.find("sound device \"kiosk_test_no_such_device\": cannot open it") == 0);
        CHECK(problem.find("ALSA: Unknown PCM kiosk_test_no_such_device") != std::string::npos);
        CHECK(problem.find("aplay -L") != std::string::npos);
    }
}

TEST_CASE("listing the sound outputs starts with ALSA's default and prints no library noise") {
    std::vector<kiosk::platform::AudioDevice> outputs;
    const std::string noise = stderr_of([&] { outputs = kiosk::platform::list_alsa_outputs(); });
    CHECK(noise.empty());
    REQUIRE_FALSE(outputs.empty());
    CHECK(outputs.front().label == "default");
}
