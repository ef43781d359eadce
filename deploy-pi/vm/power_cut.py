"""The power-cut check of deploy-pi/boot_check.py: visitors sign up for a group through
the touchscreen while the kiosk uploads to the receiver on the host, the plug is pulled
right after a sign-up is tapped, and after the next boot the database opens, every sign-up
the screen confirmed is there, and the receiver ends up with each event exactly once."""
import sqlite3
import time

import kiosk_screen as ks
from checks import DB, expect

SIGNUP_STEPS = [  # (tap, then this screen); prefixes pick the first visible choice
    ("home.tile.groups", None, "groups"),
    ("groups.step.experience", None, "group-type"),
    (None, "session.", "group-session"),
    ("groups.sign_up", None, "consent"),
    ("consent.agree", None, "code-choice"),
    ("signup.new_code", None, "symbol-pick"),
    (None, "symbol.", "nickname"),
]


def sign_up(machine):
    """One visitor signs up with a new code and no nickname, up to the last tap; returns
    after tapping it, without waiting for the confirmation."""
    for item_id, prefix, screen_after in SIGNUP_STEPS:
        ks.tap_and_wait(machine, item_id, screen_after, prefix=prefix)
    ks.tap(machine, ks.ui_dump(machine), "signup.skip")


def kiosk_events(machine):
    """{id: type} of every event in the kiosk's database."""
    _, out = machine.shell.run(f"sqlite3 -readonly {DB} 'SELECT id, type FROM events'",
                               timeout=120)
    return dict(line.split("|", 1) for line in out.splitlines() if "|" in line)


def receiver_signups(receiver_db, kiosk_id):
    """The ids of the kiosk's signup.created events at the receiver (one row per id)."""
    with sqlite3.connect(f"file:{receiver_db}?mode=ro", uri=True, timeout=10) as db:
        rows = db.execute("SELECT id FROM events WHERE kiosk_id = ? AND type = ?",
                          (kiosk_id, "signup.created")).fetchall()
    return [r[0] for r in rows]


def cut_while_signing_up(machine, report, signups=3):
    confirmed = 0
    for n in range(signups):
        sign_up(machine)
        if n < signups - 1:
            ks.wait_for_screen(machine, "signup-done", 60)
            confirmed += 1
            ks.tap_and_wait(machine, "nav.home", "home")
    # The last sign-up was tapped a moment ago: pull the plug while it is being recorded.
    machine.power_cut()
    report["signups_confirmed_before_cut"] = confirmed
    report["signups_tapped"] = signups
    return confirmed


def signups_recorded(machine):
    return sum(1 for t in kiosk_events(machine).values() if t == "signup.created")


def after_the_cut(machine, report, confirmed, receiver_db, kiosk_id, before=0):
    """before: the sign-ups the database held before this round of sign-ups."""
    _, integrity = machine.shell.run(f"sqlite3 {DB} 'PRAGMA integrity_check'", timeout=120)
    expect(integrity.strip() == "ok", f"the kiosk's database after the power cut: {integrity}")
    events = kiosk_events(machine)
    signups = sum(1 for t in events.values() if t == "signup.created") - before
    report["signups_after_cut"] = signups
    expect(confirmed <= signups <= report["signups_tapped"],
           f"{signups} new sign-ups in the database after the cut; the screen confirmed "
           f"{confirmed} and {report['signups_tapped']} were tapped")
    # The sign-ups go up once the kiosk runs again (other kinds of events may leave the
    # kiosk's database once delivered, so the sign-ups are what is compared).
    mine = {i for i, t in events.items() if t == "signup.created"}
    deadline = time.monotonic() + 300
    while True:
        theirs = receiver_signups(receiver_db, kiosk_id)
        if mine <= set(theirs):
            break
        expect(time.monotonic() < deadline,
               f"after 300 s the receiver holds {len(mine & set(theirs))} of the kiosk's "
               f"{len(mine)} sign-ups")
        time.sleep(3)
    expect(len(theirs) == len(mine),
           f"the receiver holds {len(theirs)} sign-ups, the kiosk recorded {len(mine)}")
    report["signups_at_receiver"] = len(theirs)
    report["events_kiosk"] = len(events)
