// How long a place with these opening hours was open between two moments: the coordinator
// console's "not seen for 2 hours while open" (docs/console.md, "Kiosks") counts a
// kiosk's silence in opening time only, so a night or a closed Sunday raises no flag.
#pragma once

#include "common/time_zone.hpp"
#include "core/opening_hours.hpp"

#include <cstdint>

namespace kiosk {

// Seconds in [from, to) (unix seconds) that fall within `hours`, read on the wall clock of
// `zone`, and at most `enough`: counting stops there, and at most 15 days back from `to` are
// looked at, so a kiosk silent for months costs no more than one silent for two weeks.
std::int64_t open_seconds_between(const OpeningHours& hours, const TimeZone& zone,
                                  std::int64_t from, std::int64_t to, std::int64_t enough);

} // namespace kiosk
