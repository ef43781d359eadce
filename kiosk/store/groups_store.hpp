// Peer groups in SQLite (docs/groups.md): members, sign-ups, attendance, progress and weekly
// figures, interest forms, staff schedule changes and retention. Every change is written
// with its outbox event in one Transaction; the store does not know the schedule, callers
// pass session ids and capacities. This header gathers the modules' headers.
#pragma once

#include "store/attendance_store.hpp"
#include "store/error_kinds.hpp"
#include "store/group_stats.hpp"
#include "store/groups_retention.hpp"
#include "store/groups_types.hpp"
#include "store/interest_store.hpp"
#include "store/members_store.hpp"
#include "store/schedule_changes_store.hpp"
#include "store/schedule_edits_store.hpp"
#include "store/signups_store.hpp"
