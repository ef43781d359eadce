// Walking to a group sign-up by taps, as a visitor would.
#include "support/signup_steps.hpp"

#include <catch2/catch.hpp>

namespace kiosk::test {

std::string first_session(UiHarness& h, const std::string& type) {
    for (const auto& s : h.model().groups().sessions)
        if (s.type == type && !s.cancelled)
            return s.id;
    FAIL("no " << type << " session in the next four weeks");
    return "";
}

std::string open_signup(UiHarness& h, const std::string& type) {
    h.tap("home.tile.groups");
    h.tap("groups.step." + type);
    const std::string id = first_session(h, type);
    h.tap("session." + id);
    h.tap("groups.sign_up");
    REQUIRE(h.screen() == "consent");
    return id;
}

} // namespace kiosk::test
