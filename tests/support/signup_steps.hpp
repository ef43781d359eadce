// The visitor's way into a group sign-up, as tests walk it: from the home screen through the
// group type to a session's consent screen. Shared by the UI tests that need a sign-up.
#pragma once

#include "support/ui_harness.hpp"

#include <string>

namespace kiosk::test {

// Monday 23 November 2026, 10:00 UTC: the shipped schedule has sessions that week.
inline constexpr std::int64_t kScheduleMonday = 1795428000;

// The first session of `type` in the groups list that is not cancelled; fails the test if
// there is none.
std::string first_session(UiHarness& h, const std::string& type);

// From the home screen to the consent screen of the first `type` session; returns its id.
std::string open_signup(UiHarness& h, const std::string& type);

} // namespace kiosk::test
