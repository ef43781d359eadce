// The consent screens promise the retention periods the kiosk is configured with, so what a
// visitor agrees to is what retention does.
#include "support/ui_harness.hpp"

#include <catch2/catch.hpp>

using namespace kiosk;
using kiosk::test::UiHarness;

TEST_CASE("the consent texts name the configured retention periods", "[ui][consent]") {
    Config config = kiosk::test::test_config();
    config.retention_days = 90;
    config.retention_interest_days = 14;
    UiHarness h(config);
    h.apply(action::ChooseLanguage{"en"});
    h.apply(action::Open{{ScreenId::Consent, ""}});
    h.step(2);
    CHECK(h.shows("until 90 days after the session"));
    CHECK_FALSE(h.shows("180"));
    h.apply(action::Open{{ScreenId::InterestConsent, ""}});
    h.step(2);
    CHECK(h.shows("How long: 14 days."));
}
