// Crash test for sign-ups (the requirement) and staff schedule edits: a child process
// is killed (_exit) at the start of its N-th SQL statement, or at its N-th SQLite progress
// callback (between VDBE instructions, so inside statements), for N = 1, 2, ... until a run
// is not cut short. After each run the parent opens the database (SQLite rolls back the
// journal or ignores the uncommitted WAL frames) and must find either the whole change with
// its events, or none of it. Both WAL and rollback-journal files are tried. The progress
// variant tries every 17th instruction by default; "[crash-exhaustive]" (hidden) tries every
// one (about a minute).
#include "store/groups_store.hpp"

#include "store_groups_support.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>
#include <cstdio>
#include <functional>
#include <sys/wait.h>
#include <unistd.h>

using namespace kiosk::store;
using kiosk::store::test::add_member;
using kiosk::store::test::all_events;
using kiosk::store::test::events_for;
using kiosk::store::test::kTue;
using kiosk::store::test::scalar;
using kiosk::store::test::text;

namespace {

constexpr const char* kCrashTime = "2026-11-23T09:00:00Z";
constexpr int kCut = 17;  // the child was killed at its cut point
constexpr int kDone = 0;  // the child ran to the end
constexpr int kThrew = 3; // the action threw: a test failure
constexpr int kMaxRuns = 20000;

enum class Cutter { Statement, Progress };

struct CutPoint {
    int limit;
    int seen = 0;
};

void count_and_cut(CutPoint& point) {
    if (++point.seen == point.limit) {
        _exit(kCut); // as if killed: no destructors, no COMMIT, no ROLLBACK
    }
}

int on_statement(unsigned, void* context, void*, void*) {
    count_and_cut(*static_cast<CutPoint*>(context));
    return 0;
}

int on_progress(void* context) {
    count_and_cut(*static_cast<CutPoint*>(context));
    return 0;
}

using Action = std::function<void(Database&)>;

// In a child: opens path as the kiosk does, arms the cut and runs the action.
[[noreturn]] void child(const std::string& path, Cutter cutter, int limit, const Action& action) {
    int code = kDone;
    try {
        Database db = Database::open(path);
        db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON");
        CutPoint point{limit};
        if (cutter == Cutter::Statement) {
            sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, on_statement, &point);
        } else {
            sqlite3_progress_handler(db.handle(), 1, on_progress, &point);
        }
        action(db);
    } catch (...) {
        code = kThrew;
    }
    _exit(code);
}

int run_child(const std::string& path, Cutter cutter, int limit, const Action& action) {
    std::fflush(nullptr); // nothing buffered is written twice
    const pid_t pid = fork();
    if (pid < 0) {
        throw std::runtime_error("fork failed");
    }
    if (pid == 0) {
        child(path, cutter, limit, action);
    }
    int status = 0;
    if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
        return -1;
    }
    return WEXITSTATUS(status);
}

// The bytes of a database built by setup, in the given journal mode.
std::string make_template(const test::TempDir& dir, const std::string& journal_mode,
                          const Action& setup) {
    const std::string path = dir.file("template.db");
    {
        Database db = Database::open(path);
        db.exec("PRAGMA journal_mode = " + journal_mode);
        migrate(db);
        setup(db);
        db.close();
    }
    return test::read_bytes(path);
}

void restore(const std::string& path, const std::string& bytes) {
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        std::remove((path + suffix).c_str());
    }
    test::write_bytes(path, bytes);
}

// What a check found: nothing of the change, or all of it.
enum class Found { None, All, Partial };

using Check = std::function<Found(Database&)>;

struct Plan {
    Cutter cutter;
    int step; // cut at 1, 1 + step, 1 + 2 * step, ...
};

struct Runs {
    int cut = 0;
    int none = 0;
};

// Opens the database as after a restart and asks check what it holds.
Found found_after_restart(const std::string& path, const Check& check) {
    Database db = Database::open(path);
    REQUIRE(text(db, "PRAGMA integrity_check") == "ok");
    return check(db);
}

// Cuts the action at each point of the plan until it completes. Every run must leave None or
// All (never None again once All was seen), and the completed run All.
Runs crash_at_every_point(const std::string& journal_mode, Plan plan, const Action& setup,
                          const Action& action, const Check& check) {
    test::TempDir dir;
    const std::string bytes = make_template(dir, journal_mode, setup);
    const std::string path = dir.file("kiosk.db");
    Runs runs;
    for (int limit = 1; limit <= kMaxRuns; limit += plan.step) {
        restore(path, bytes);
        const int exit_code = run_child(path, plan.cutter, limit, action);
        INFO("journal " << journal_mode << ", cut at " << limit << ", child exit " << exit_code);
        REQUIRE((exit_code == kCut || exit_code == kDone));
        const Found found = found_after_restart(path, check);
        REQUIRE(found != Found::Partial);
        REQUIRE_FALSE((found == Found::None && runs.cut > runs.none)); // All, then None again
        if (exit_code == kDone) {
            REQUIRE(found == Found::All);
            return runs;
        }
        ++runs.cut;
        runs.none += found == Found::None ? 1 : 0;
    }
    FAIL("the action never completed");
    return runs;
}

// Sign-up: no row and no event, or the row with exactly one matching event.
Found signup_found(Database& db, const std::string& code, const char* event_type,
                   std::int64_t events_before) {
    const std::int64_t rows =
        scalar(db,
               "SELECT COUNT(*) FROM signups WHERE session_id = ?1 AND code = ?2 AND "
               "state <> 'cancelled'",
               {kTue, code});
    const std::int64_t events = events_for(db, event_type, kTue, code);
    const std::int64_t all = all_events(db);
    if (rows == 0 && events == 0 && all == events_before) {
        return Found::None;
    }
    if (rows == 1 && events == 1 && all == events_before + 1) {
        return Found::All;
    }
    return Found::Partial;
}

// A, B, C signed up for kTue with one place: A booked, B and C waiting.
void three_signed_up(Database& db) {
    for (const char* code : {"AAA-222", "BBB-333", "CCC-444"}) {
        add_member(db, code);
        sign_up(db, kTue, 1, code, test::kNow);
    }
}

std::string signup_states(Database& db) {
    return text(db,
                "SELECT group_concat(code || ':' || state || COALESCE(position, ''), ' ') "
                "FROM (SELECT * FROM signups WHERE session_id = ?1 ORDER BY code)",
                {kTue});
}

// Cancelling A: all of (A cancelled, B booked, C first in line, both events) or none.
Found cancel_found(Database& db) {
    const std::string states = signup_states(db);
    const std::int64_t cancelled = events_for(db, "signup.cancelled", kTue, "AAA-222");
    const std::int64_t promoted = events_for(db, "signup.promoted", kTue, "BBB-333");
    const std::int64_t all = all_events(db);
    if (states == "AAA-222:booked BBB-333:waiting1 CCC-444:waiting2" && cancelled == 0 &&
        promoted == 0 && all == 6) {
        return Found::None;
    }
    if (states == "AAA-222:cancelled BBB-333:booked CCC-444:waiting1" && cancelled == 1 &&
        promoted == 1 && all == 8) {
        return Found::All;
    }
    return Found::Partial;
}

// A staff schedule edit: no row and no event, or the row with its one event.
ScheduleEditRecord slot_removed() {
    ScheduleEditRecord e;
    e.kind = ScheduleEditKind::SlotRemoved;
    e.group_id = "exp-tue";
    e.from_date = "2026-12-01";
    e.old_weekday = 1;
    e.old_start = "14:00";
    e.staff_name = "Anna";
    return e;
}

Found schedule_edit_found(Database& db, std::int64_t events_before) {
    const std::int64_t rows = scalar(db, "SELECT COUNT(*) FROM schedule_edits");
    const std::int64_t events = scalar(db, "SELECT COUNT(*) FROM events WHERE type = "
                                           "'schedule.slot_removed' AND id = (SELECT event_id "
                                           "FROM schedule_edits)");
    const std::int64_t all = all_events(db);
    if (rows == 0 && all == events_before) {
        return Found::None;
    }
    if (rows == 1 && events == 1 && all == events_before + 1) {
        return Found::All;
    }
    return Found::Partial;
}

// Statement cuts all come before COMMIT runs, so they must all find None; progress cuts may
// also fall after the commit, inside the COMMIT statement, and then find All.
void check_runs(const Runs& runs, Plan plan, int minimum_cuts) {
    CHECK(runs.cut >= minimum_cuts);
    if (plan.cutter == Cutter::Statement) {
        CHECK(runs.none == runs.cut);
    }
}

void run_all(Plan plan, int minimum_cuts) {
    for (const char* mode : {"wal", "delete"}) {
        SECTION(std::string("sign-up that is booked, journal ") + mode) {
            const Runs runs = crash_at_every_point(
                mode, plan,
                [](Database& db) {
                    add_member(db, "AAA-222");
                    add_member(db, "BBB-333");
                    sign_up(db, kTue, 2, "AAA-222", test::kNow);
                },
                [](Database& db) { sign_up(db, kTue, 2, "BBB-333", kCrashTime); },
                [](Database& db) { return signup_found(db, "BBB-333", "signup.created", 3); });
            check_runs(runs, plan, minimum_cuts);
        }
        SECTION(std::string("sign-up onto the waiting list, journal ") + mode) {
            const Runs runs = crash_at_every_point(
                mode, plan,
                [](Database& db) {
                    add_member(db, "AAA-222");
                    add_member(db, "BBB-333");
                    sign_up(db, kTue, 1, "AAA-222", test::kNow);
                },
                [](Database& db) { sign_up(db, kTue, 1, "BBB-333", kCrashTime); },
                [](Database& db) { return signup_found(db, "BBB-333", "signup.waitlisted", 3); });
            check_runs(runs, plan, minimum_cuts);
        }
        SECTION(std::string("cancel with promotion, journal ") + mode) {
            const Runs runs = crash_at_every_point(
                mode, plan, three_signed_up,
                [](Database& db) {
                    if (cancel_signup(db, kTue, 1, "AAA-222", kCrashTime).promoted_code !=
                        std::optional<std::string>("BBB-333")) {
                        throw std::runtime_error("BBB-333 was not promoted");
                    }
                },
                cancel_found);
            check_runs(runs, plan, minimum_cuts);
        }
        SECTION(std::string("staff schedule edit, journal ") + mode) {
            const Runs runs = crash_at_every_point(
                mode, plan, [](Database& db) { add_member(db, "AAA-222"); },
                [](Database& db) { record_schedule_edit(db, slot_removed(), kCrashTime); },
                [](Database& db) { return schedule_edit_found(db, 1); });
            check_runs(runs, plan, minimum_cuts / 2); // one row and one event: fewer steps
        }
    }
}

} // namespace

TEST_CASE("a sign-up killed between any two statements is all there or not at all",
          "[groups-store][crash]") {
    run_all({Cutter::Statement, 1}, 8);
}

TEST_CASE("a sign-up killed inside its statements is all there or not at all",
          "[groups-store][crash]") {
    run_all({Cutter::Progress, 17}, 10);
}

TEST_CASE("a sign-up killed at every SQLite instruction is all there or not at all",
          "[.][crash-exhaustive]") {
    run_all({Cutter::Progress, 1}, 200);
}
