#!/usr/bin/env python3
"""The console in a real browser: Debian's headless Chromium (tests/console/browser.py)
against the real kiosk_console, on the store the real kiosk_receiver filled from uploads
through the wire contract (docs/upload-protocol.md).

Two kiosks post kiosk.health reports; a coordinator is added with --add-user; Chromium is
sent to /fleet and lands on the sign-in page, signs in with a wrong password (refused), then
the right one, and reads the fleet: each kiosk's numbers as posted, the red flags as words.
The session cookie is HttpOnly and SameSite=Strict. Signing out returns to the sign-in page,
and /fleet is closed again.

Reach: the kiosks post stats.daily counters of every metric (visits, languages, topics,
substances, mixes, referrals, QR codes, emergency screen, alerts viewed, read aloud), one day
before the period. The test adds them up itself (per ISO week, per location, per key) and
compares every cell of the page's three tables, the chart's bars and each table's CSV
download with those sums, in Dutch and in English.

Groups: the kiosks post a month of peer-group events of four groups, three of them typed in
the console.toml's [group_types]: sign-ups (one put on the waiting list and moved up when
another cancelled, one who gave up waiting, one who cancelled and signed up again), marks
present, absent and excused, walk-ins with a code and anonymous, a mark undone, and member
codes coming to the next step of the track (one after a group before the period). The test
replays the events itself as docs/console.md ("Groups") says and compares every cell of the
three tables, the chart and each CSV download, for the period chosen in the page's form, all
locations and one; no member code, nickname or staff name is on the page or in a CSV.

A kiosk also posts two signal.reported reports: the Signals page lists them in words, a click
on "Mark reviewed" marks one (at each width another), and it then shows who reviewed it.
"Publish as alert" beside a report opens the Alerts form with its substance filled in: a
Polish translation with another dose is refused (the form keeps what was typed), the right
one is published, listed, and the signed alert bundle is in the receiver's bundles_dir.
Two interest forms: a coordinator gets no peer-work page, a peer-work coordinator sees the
forms without contacts and opens one.

Every page is screenshot at a laptop (1280x800) and a phone width (390x844), Reach, Groups,
Signals and the fleet in Dutch and in English; the PNGs stay in OUT_DIR to be looked at. At
the phone's width the Reach and Groups pages must not be wider than the screen.

Usage: console_browser_test.py KIOSK_RECEIVER KIOSK_CONSOLE OUT_DIR
"""
import base64
import csv
import datetime
import functools
import http.client
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import Browser  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from service_process import start_with_port_file  # noqa: E402

RECEIVER, CONSOLE, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
TOKENS = {"centre-noord": "token-noord-0123456789abcdef",
          "centre-zuid": "token-zuid-0123456789abcdef"}
PASSWORD = "anna long passphrase"


def post_events(port, kiosk, sent_at, events):
    """One upload batch through the wire contract (docs/upload-protocol.md); all accepted."""
    body = json.dumps({"kiosk_id": kiosk, "sent_at": sent_at, "events": events})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/v1/events", body=body, headers={
        "Authorization": f"Bearer {TOKENS[kiosk]}", "X-Kiosk-Id": kiosk,
        "Content-Type": "application/json"})
    r = conn.getresponse()
    assert r.status == 200 and len(json.loads(r.read())["accepted"]) == len(events)


def post_health(port, kiosk, minutes_ago, data):
    when = (datetime.datetime.now(datetime.timezone.utc) -
            datetime.timedelta(minutes=minutes_ago)).strftime("%Y-%m-%dT%H:%M:%SZ")
    post_events(port, kiosk, when, [{"id": str(uuid.uuid4()), "type": "kiosk.health",
                                     "occurred_at": when, "schema": 1, "data": data}])


def post_stats(port, kiosk, day, counters):
    """One stats.daily event, as the kiosk closes a day (docs/privacy.md)."""
    closed = (day + datetime.timedelta(days=1)).strftime("%Y-%m-%dT00:05:00Z")
    post_events(port, kiosk, closed, [
        {"id": str(uuid.uuid4()), "type": "stats.daily", "occurred_at": closed, "schema": 1,
         "data": {"kiosk_id": kiosk, "day": day.isoformat(), "counters": counters}}])


# ---- reading a report page ----------------------------------------------------------------

# Every table on the page: the h2 above it, its header, its rows (each cell's text and the
# label a phone shows before it), and the href of its "Download as CSV" link.
TABLES_JS = """Array.from(document.querySelectorAll("main table"), t => {
  const wrap = t.closest(".table-wrap");
  let h2 = wrap;
  while (h2 && h2.tagName !== "H2") h2 = h2.previousElementSibling;
  const after = wrap.nextElementSibling;
  const link = after && after.matches("p.download") ? after.querySelector("a") : null;
  const cells = sel => Array.from(t.querySelectorAll("tbody tr"),
                                  r => Array.from(r.querySelectorAll("td"), sel));
  return {title: h2 ? h2.textContent.trim() : null,
          head: Array.from(t.querySelectorAll("thead th"), c => c.textContent.trim()),
          rows: cells(c => c.textContent.trim()),
          labels: cells(c => c.getAttribute("data-label")),
          csv: link ? link.getAttribute("href") : null};
})"""


def page_tables(b, what):
    """The page's tables (TABLES_JS); each cell's phone label must be its column's header."""
    tables = b.evaluate(TABLES_JS)
    for t in tables:
        check(all(labels == t["head"][:len(labels)] for labels in t["labels"]),
              f"{what}, {t['title']!r}: every cell is labelled with its column's header")
    return tables


def download(b, base, href):
    """GET href with the browser's cookies (session and language): status, type, body."""
    cookies = "; ".join(f"{c['name']}={c['value']}" for c in b.cookies())
    conn = http.client.HTTPConnection(base.split("//")[1], timeout=10)
    conn.request("GET", href, headers={"Cookie": cookies})
    r = conn.getresponse()
    return r.status, r.getheader("Content-Type", ""), r.read().decode()


def check_csv(b, base, table, what):
    """The table's "Download as CSV": its header and rows exactly, RFC 4180 with CRLF lines."""
    check(table["csv"] is not None, f"{what}: the table has its CSV link")
    status, kind, body = download(b, base, table["csv"])
    check(status == 200 and kind.startswith("text/csv"), f"{what}: the CSV download answers")
    check(body.endswith("\r\n") and "\n" not in body.replace("\r\n", ""),
          f"{what}: the CSV's lines end in CRLF")
    check_equal(list(csv.reader(io.StringIO(body, newline=""))), [table["head"]] + table["rows"],
                f"{what}: the CSV holds the table's header and rows")
    return body


def check_fits(b, tag, what):
    """Nothing may stick out sideways (the screenshot would be wider than the screen)."""
    width = b.evaluate("document.documentElement.scrollWidth")
    check(width <= b.width, f"{tag}: {what} fits the {b.width} px screen ({width} px)")


def week_of(day):
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def in_period(period, day, kiosk):
    return period["from"] <= day <= period["to"] and period["kiosk"] in ("", kiosk)


def period_query(period):
    return (f"from={period['from'].isoformat()}&to={period['to'].isoformat()}&by=week"
            + (f"&kiosk={period['kiosk']}" if period["kiosk"] else ""))


def days_ago(today, n):
    return today - datetime.timedelta(days=n)


# ---- Reach: the day counters the kiosks post, and the sums the page must show ---------------

# The counters a kiosk keeps (kiosk/core/reach_counters.hpp) in the page's column order: the
# metric, whether the page lists it per key ("What exactly"), its header in Dutch and English.
METRICS = (("visit", False, "Bezoeken", "Visits"),
           ("language", True, "Talen gekozen", "Languages chosen"),
           ("topic", True, "Onderwerpen bekeken", "Topics viewed"),
           ("substance", True, "Middelen bekeken", "Substances viewed"),
           ("mix", True, "Combinaties gecheckt", "Mixes checked"),
           ("referral", True, "Doorverwijzingen getoond", "Referrals shown"),
           ("qr", True, "QR-codes getoond", "QR codes shown"),
           ("emergency", False, "Noodscherm geopend", "Emergency screen opened"),
           ("alert", True, "Waarschuwingen bekeken", "Alerts viewed"),
           ("listen", True, "Voorlezen gebruikt", "Read aloud used"))
REACH_WORDS = {"nl": {"total": "Totaal", "trend": ["Periode"], "locations": ["Locatie"],
                      "keys": ["Wat", "Welke", "Aantal"]},
               "en": {"total": "Total", "trend": ["Period"], "locations": ["Location"],
                      "keys": ["What", "Which", "Count"]}}
REACH_TABLES = ("trend", "locations", "keys")


def reach_days(today):
    """(kiosk, day, counters) as the kiosks close their days: every metric at least once, some
    keys at both kiosks, and a day before the period (not counted)."""
    alert = f"{days_ago(today, 12).isoformat()}-mdma"
    return [
        ("centre-noord", days_ago(today, 3), {
            "visit": {"": 31}, "language": {"nl": 18, "ar": 11},
            "topic": {"safer_sniffing": 7, "drug_checking": 3}, "substance": {"ghb": 5, "mdma": 2},
            "mix": {"alcohol+ghb": 4}, "referral": {"night_shelter": 2, "addiction_care": 1},
            "qr": {"night_shelter": 2}, "emergency": {"": 1}, "alert": {alert: 6},
            "listen": {"nl": 3, "ar": 1}}),
        ("centre-noord", days_ago(today, 4), {
            "visit": {"": 9}, "language": {"nl": 9}, "topic": {"drug_checking": 2},
            "listen": {"nl": 1}}),
        ("centre-zuid", days_ago(today, 10), {
            "visit": {"": 12}, "language": {"en": 10}, "substance": {"ghb": 5, "cocaine": 3},
            "mix": {"alcohol+cocaine": 1}, "referral": {"day_centre": 2}, "qr": {"day_centre": 1},
            "emergency": {"": 2}, "alert": {alert: 1}, "listen": {"en": 2}}),
        ("centre-zuid", days_ago(today, 40), {
            "visit": {"": 50}, "language": {"nl": 50}, "emergency": {"": 9}}),
    ]


def named_row(name, numbers):
    """A table row as the page shows it: its name, then each number as text."""
    return [name] + [str(n) for n in numbers]


def metric_sums(counters):
    return [sum(counters.get(metric, {}).values()) for metric, *_ in METRICS]


def add_to(into, sums):
    for i, n in enumerate(sums):
        into[i] += n


def expected_reach(days, period, lang):
    """The Reach page's three tables, added up here from the posted counters: a row per ISO
    week of the period (quiet ones too) and per location, each with a total; every key."""
    zero = [0] * len(METRICS)
    weeks = {week_of(days_ago(period["to"], n)): list(zero)
             for n in range((period["to"] - period["from"]).days + 1)}
    kiosks, total, keys = {}, list(zero), {}
    for kiosk, day, counters in days:
        if not in_period(period, day, kiosk):
            continue
        for into in (weeks[week_of(day)], kiosks.setdefault(kiosk, list(zero)), total):
            add_to(into, metric_sums(counters))
        for metric, keyed, nl, en in METRICS:
            for key, n in counters.get(metric, {}).items() if keyed else ():
                label = en if lang == "en" else nl
                keys[(label, key)] = keys.get((label, key), 0) + n
    totals = named_row(REACH_WORDS[lang]["total"], total)
    return {"trend": [named_row(w, weeks[w]) for w in sorted(weeks)] + [totals],
            "locations": [named_row(k, kiosks[k]) for k in sorted(kiosks)] + [totals],
            "keys": [[label, key, str(n)] for (label, key), n in keys.items()],
            "bars": [f"{w}: {weeks[w][0]}" for w in sorted(weeks)]}


def reach_headers(lang):
    labels = [en if lang == "en" else nl for _, _, nl, en in METRICS]
    words = REACH_WORDS[lang]
    return {"trend": words["trend"] + labels, "locations": words["locations"] + labels,
            "keys": words["keys"]}


def check_keys_order(rows, what):
    """'What exactly' lists each counter's keys largest first."""
    wrong = [(a, b) for a, b in zip(rows, rows[1:]) if a[0] == b[0] and int(a[2]) < int(b[2])]
    check_equal(wrong, [], f"{what}, keys: each counter's keys largest first")


def check_reach_tables(b, base, tag, days, period, lang):
    what = f"{tag}: Reach ({lang})"
    tables = page_tables(b, what)
    check(len(tables) == 3, f"{what}: three tables")
    expected, headers = expected_reach(days, period, lang), reach_headers(lang)
    for name, table in zip(REACH_TABLES, tables):
        check_equal(table["head"], headers[name], f"{what}, {name}: the columns")
        rows = table["rows"]
        if name == "keys":
            check_keys_order(rows, what)
            rows, expected[name] = sorted(rows), sorted(expected[name])
        check_equal(rows, expected[name], f"{what}, {name}: every cell is the posted counters' sum")
        check_csv(b, base, table, f"{what}, {name}")
    check_equal(b.evaluate('Array.from(document.querySelectorAll("figure.chart svg rect title"),'
                           ' t => t.textContent)'), expected["bars"],
                f"{what}: a bar per week with its visits")


def check_reach(b, base, tag, days, period):
    """The Reach page in English and in Dutch: every cell, the bars and each CSV download are
    the sums of the counters the kiosks posted."""
    for lang in ("en", "nl"):
        b.goto(f"{base}/reach?{period_query(period)}&lang={lang}")
        check(b.status() == 200, f"{tag}: /reach answers ({lang})")
        check_reach_tables(b, base, tag, days, period, lang)
        check_fits(b, tag, f"the Reach page ({lang})")
        b.screenshot(os.path.join(OUT, f"console-reach-{lang}-{tag}.png"))


# ---- Groups: the peer-group events the kiosks post, and the numbers the page must show ------

# [group_types] of the console.toml; "open-evening" is left out (a group of unknown type).
GROUP_TYPES = {"experience": "experience", "coaching": "coaching", "work-garden": "work",
               "training": "training"}
TRACK = ("experience", "coaching", "work", "training")
GROUP_WORDS = {
    "nl": {"experience": "Ervaringsgroep", "coaching": "Coachingsgroep", "work": "Werkproject",
           "training": "Training", None: "soort onbekend"},
    "en": {"experience": "Experience group", "coaching": "Coaching group", "work": "Work project",
           "training": "Training", None: "type unknown"}}
COUNT_COLUMNS = ["Sessies", "Aangemeld", "Op wachtlijst gezet", "Van wachtlijst geplaatst",
                 "Afgemeld", "Aanwezig", "Binnenlopers", "Afwezig", "Met bericht afwezig"]
GROUP_HEADERS = {"types": ["Soort"] + COUNT_COLUMNS,
                 "steps": ["Van", "Naar", "Codes gekomen bij 'Van'", "Door naar de volgende"],
                 "groups": ["Periode", "Locatie", "Groep", "Soort"] + COUNT_COLUMNS}
GROUP_TABLES = ("types", "steps", "groups")
SIGNUP_STATE = {"signup.created": "booked", "signup.waitlisted": "waiting",
                "signup.promoted": "booked", "signup.cancelled": "cancelled"}
# Within one second a kiosk writes sign-ups before promotions before cancellations.
RANK = {"signup.created": 0, "signup.waitlisted": 0, "attendance.marked": 0,
        "signup.promoted": 1, "attendance.undone": 1, "signup.cancelled": 2}


def group_event(kind, day, time, data):
    return {"id": str(uuid.uuid4()), "type": kind, "schema": 1,
            "occurred_at": f"{day.isoformat()}T{time}Z", "data": data}


def member(day, time, code, nickname=None):
    """member.created: a code made at the kiosk, with its picture and maybe a nickname."""
    data = {"code": code, "symbol": "sun", **({"nickname": nickname} if nickname else {})}
    return group_event("member.created", day, time, data)


def signup(kind, day, time, session, code, **more):
    return group_event(kind, day, time, {"session_id": session, "code": code, **more})


def mark(day, time, session, code, what, staff):
    """attendance.marked; code None is an anonymous head count."""
    return group_event("attendance.marked", day, time, {
        "session_id": session, "code": code, "mark": what, "count": 1, "staff": staff})


def undo(day, time, marked, staff):
    d = marked["data"]
    return group_event("attendance.undone", day, time, {
        "session_id": d["session_id"], "code": d["code"], "mark": d["mark"],
        "undoes": marked["id"], "staff": staff})


def session_of(group, day, time):
    return f"{group}/{day.isoformat()}T{time}"


def noord_story(today):
    """An experience group with the waiting list, cancellations and a mark undone, a coaching
    group a week later (one code moves on), and an open evening of unknown type."""
    d = functools.partial(days_ago, today)
    exp = session_of("experience", d(20), "14:00")
    coach = session_of("coaching", d(13), "10:00")
    evening = session_of("open-evening", d(8), "19:00")
    staff = "Marjolein"
    wrong = mark(d(20), "14:08:00", exp, "KCC-444", "present", staff)  # absent, in fact
    return [
        member(d(25), "09:59:00", "KAA-222", "Zonnetje"),
        signup("signup.created", d(25), "10:00:00", exp, "KAA-222", capacity=2, booked=1),
        member(d(25), "11:00:00", "KBB-333", "Vlinder"),
        signup("signup.created", d(25), "11:00:01", exp, "KBB-333", capacity=2, booked=2),
        member(d(24), "12:00:00", "KCC-444"),
        signup("signup.waitlisted", d(24), "12:00:01", exp, "KCC-444", capacity=2, position=1),
        member(d(24), "13:00:00", "KDD-555", "Pluisje"),
        signup("signup.waitlisted", d(24), "13:00:01", exp, "KDD-555", capacity=2, position=2),
        signup("signup.cancelled", d(22), "09:00:00", exp, "KBB-333", was="booked"),
        signup("signup.promoted", d(22), "09:00:00", exp, "KCC-444"),
        signup("signup.cancelled", d(21), "16:30:00", exp, "KDD-555", was="waiting"),
        mark(d(20), "14:05:00", exp, "KAA-222", "present", staff),
        mark(d(20), "14:06:00", exp, "KCC-444", "absent", staff),
        wrong, undo(d(20), "14:09:00", wrong, staff),
        member(d(20), "14:09:00", "KEE-666"),
        mark(d(20), "14:10:00", exp, "KEE-666", "walk_in", staff),
        mark(d(20), "14:12:00", exp, None, "walk_in", staff),
        signup("signup.created", d(16), "10:00:00", coach, "KAA-222", capacity=6, booked=1),
        signup("signup.created", d(16), "10:30:00", coach, "KEE-666", capacity=6, booked=2),
        member(d(15), "11:00:00", "KFF-777", "Vlam"),
        signup("signup.created", d(15), "11:00:01", coach, "KFF-777", capacity=6, booked=3),
        mark(d(13), "10:05:00", coach, "KAA-222", "present", staff),
        mark(d(13), "10:05:30", coach, "KEE-666", "excused", staff),
        mark(d(13), "10:06:00", coach, "KFF-777", "present", staff),
        mark(d(8), "19:05:00", evening, None, "walk_in", staff),
        mark(d(8), "19:06:00", evening, "KFF-777", "walk_in", staff),
    ]


def zuid_story(today):
    """A coaching group before the period, an experience group with a code that cancelled and
    signed up again, and a work project: one code moves on from coaching to work."""
    d = functools.partial(days_ago, today)
    before = session_of("coaching", d(40), "10:00")
    exp = session_of("experience", d(6), "18:30")
    work = session_of("work-garden", d(3), "09:00")
    staff = "Jan-Willem"
    return [
        member(d(45), "15:00:00", "KHH-999", "Kapitein"),
        mark(d(40), "10:05:00", before, "KHH-999", "walk_in", staff),
        member(d(9), "10:00:00", "KAA-222", "Sterretje"),  # zuid's own code: another member
        signup("signup.created", d(9), "10:00:01", exp, "KAA-222", capacity=8, booked=1),
        member(d(9), "11:00:00", "KGG-888"),
        signup("signup.created", d(9), "11:00:01", exp, "KGG-888", capacity=8, booked=2),
        signup("signup.cancelled", d(7), "09:00:00", exp, "KGG-888", was="booked"),
        signup("signup.created", d(7), "09:30:00", exp, "KGG-888", capacity=8, booked=2),
        mark(d(6), "18:35:00", exp, "KAA-222", "present", staff),
        mark(d(6), "18:36:00", exp, "KGG-888", "absent", staff),
        signup("signup.created", d(5), "08:00:00", work, "KHH-999", capacity=4, booked=1),
        mark(d(3), "09:05:00", work, "KHH-999", "present", staff),
        mark(d(3), "09:06:00", work, "KAA-222", "walk_in", staff),
    ]


def group_story(today):
    return {"centre-noord": noord_story(today), "centre-zuid": zuid_story(today)}


def secrets_of(story):
    """What must never be on the Groups page: member codes (also without their dash),
    nicknames and staff names."""
    found = {e["data"][field] for events in story.values() for e in events
             for field in ("code", "nickname", "staff") if e["data"].get(field)}
    return found | {code.replace("-", "") for code in found if code.startswith("K")}


def replay(events):
    """One session's numbers in the page's column order, and the codes that came (present or
    walk-in), from its events in the order they happened (docs/console.md, "Groups")."""
    undone = {e["data"]["undoes"] for e in events if e["type"] == "attendance.undone"}
    signups, waited, promoted, marks, heads = {}, set(), set(), {}, 0
    for e in sorted(events, key=lambda e: (e["occurred_at"], RANK[e["type"]])):
        data = e["data"]
        if e["type"] in SIGNUP_STATE:
            signups[data["code"]] = SIGNUP_STATE[e["type"]]
            waited |= {data["code"]} if e["type"] == "signup.waitlisted" else set()
            promoted |= {data["code"]} if e["type"] == "signup.promoted" else set()
        elif e["type"] == "attendance.marked" and e["id"] not in undone:
            if data["code"]:
                marks[data["code"]] = data["mark"]
            elif data["mark"] == "walk_in":
                heads += data["count"]
    states, marked = list(signups.values()), list(marks.values())
    counts = [1, states.count("booked"), len(waited), len(promoted), states.count("cancelled"),
              marked.count("present"), marked.count("walk_in") + heads, marked.count("absent"),
              marked.count("excused")]
    return counts, {c for c, m in marks.items() if m in ("present", "walk_in")}


def sessions_of(story):
    """Every session at every kiosk, replayed: kiosk, group, type, when, date, numbers."""
    events = {}
    for kiosk, posted in story.items():
        for e in posted:
            if "session_id" in e["data"]:
                events.setdefault((kiosk, e["data"]["session_id"]), []).append(e)
    sessions = []
    for (kiosk, session), its in sorted(events.items()):
        group, when = session.split("/")
        counts, came = replay(its)
        sessions.append({"kiosk": kiosk, "group": group, "type": GROUP_TYPES.get(group),
                         "when": when, "date": datetime.date.fromisoformat(when[:10]),
                         "counts": counts, "came": came})
    return sessions


def moved_on(visits, step):
    """Whether the first step+1 group after the first `step` group is in the period."""
    firsts = [when for when, s, _ in visits if s == step]
    later = [inside for when, s, inside in visits if s == step + 1 and firsts and when > firsts[0]]
    return bool(later) and later[0]


def count_steps(sessions, period, words):
    """Per step of the track: codes that came to it in the period, and codes that moved on to
    the next (each code per kiosk, with the history before the period)."""
    visits = {}
    for s in sessions:
        for code in s["came"] if s["type"] else ():
            visits.setdefault((s["kiosk"], code), []).append(
                (s["when"], TRACK.index(s["type"]), in_period(period, s["date"], s["kiosk"])))
    rows = []
    for step in range(len(TRACK) - 1):
        came = sum(any(s == step and inside for _, s, inside in v) for v in visits.values())
        moved = sum(moved_on(sorted(v), step) for v in visits.values())
        rows.append([words[TRACK[step]], words[TRACK[step + 1]], str(came), str(moved)])
    return rows


def summed(rows, key, counts):
    rows[key] = [a + b for a, b in zip(rows.get(key, [0] * len(counts)), counts)]


def expected_groups(story, period, lang):
    """The Groups page's tables, chart and unknown groups, replayed here from the events."""
    words = GROUP_WORDS[lang]
    sessions = sessions_of(story)
    shown = [s for s in sessions if in_period(period, s["date"], s["kiosk"])]
    types, groups, came = {}, {}, {}
    for s in shown:
        week, (present, walk_ins) = week_of(s["date"]), s["counts"][5:7]
        summed(types, s["type"], s["counts"])
        summed(groups, (week, s["kiosk"], s["group"], words[s["type"]]), s["counts"])
        came[week] = came.get(week, 0) + present + walk_ins
    return {"types": [named_row(words[t], types[t]) for t in TRACK + (None,) if t in types],
            "steps": count_steps(sessions, period, words),
            "groups": [list(key[:3]) + named_row(key[3], groups[key]) for key in sorted(groups)],
            "bars": [x for week in sorted(came) for x in (week, str(came[week]))],
            "untyped": sorted({s["group"] for s in shown if s["type"] is None})}


def choose_period(b, base, tag, period, lang):
    """Opens Groups and chooses the period and location in its form, as a coordinator does."""
    b.goto(f"{base}/groups?lang={lang}")
    b.fill("form.period input[name=from]", period["from"].isoformat())
    b.fill("form.period input[name=to]", period["to"].isoformat())
    b.fill("form.period select[name=by]", "week")
    b.fill("form.period select[name=kiosk]", period["kiosk"])
    b.submit("form.period")
    check(b.status() == 200 and period_query(period) in b.url(),
          f"{tag}: the Groups form asks for {period_query(period)}")


def post_group_story(port, story):
    """Each kiosk's peer-group events in one upload, as a kiosk's outbox sends them."""
    sent = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    for kiosk, events in story.items():
        post_events(port, kiosk, sent, events)


def check_no_secrets(text, secrets, what):
    found = sorted(s for s in secrets if s in text)
    check_equal(found, [], f"{what}: no member code, nickname or staff name")


def check_groups_tables(b, base, tag, story, period, lang):
    where = period["kiosk"] or "all locations"
    what = f"{tag}: Groups ({lang}, {where})"
    expected, secrets = expected_groups(story, period, lang), secrets_of(story)
    tables = page_tables(b, what)
    check(len(tables) == 3, f"{what}: three tables")
    for name, table in zip(GROUP_TABLES, tables):
        if lang == "nl":
            check_equal(table["head"], GROUP_HEADERS[name], f"{what}, {name}: the columns")
        check_equal(table["rows"], expected[name], f"{what}, {name}: every cell as replayed here")
        body = check_csv(b, base, table, f"{what}, {name}")
        check_no_secrets(body, secrets, f"{what}, {name} CSV")
    check_equal(b.evaluate('Array.from(document.querySelectorAll("figure.chart svg text"),'
                           ' t => t.textContent)'), expected["bars"],
                f"{what}: the chart's bars, came per week")
    notice, untyped = " ".join(b.texts("main p.message")), expected["untyped"]
    check(all(g in notice for g in untyped) and bool(notice) == bool(untyped),
          f"{what}: a notice names the groups of unknown type {untyped}")
    check_no_secrets(b.evaluate("document.documentElement.outerHTML"), secrets, f"{what}: the page")


def check_groups(b, base, tag, story, period):
    """The Groups page for the period chosen in its form, in English and Dutch at all
    locations, then at one: every cell, the chart and each CSV as replayed from the events."""
    for lang, kiosk in (("en", ""), ("nl", ""), ("nl", "centre-zuid")):
        chosen = dict(period, kiosk=kiosk)
        choose_period(b, base, tag, chosen, lang)
        check_groups_tables(b, base, tag, story, chosen, lang)
        if not kiosk:
            check_fits(b, tag, f"the Groups page ({lang})")
            b.screenshot(os.path.join(OUT, f"console-groups-{lang}-{tag}.png"))


def post_signals(port, kiosk, reports):
    """signal.reported events of today (the day at 00:00:00Z, docs/signals.md)."""
    day = datetime.date.today().isoformat()
    events = [{"id": str(uuid.uuid4()), "type": "signal.reported",
               "occurred_at": day + "T00:00:00Z", "schema": 1,
               "data": dict(r, day=day, sensitive=True)} for r in reports]
    post_events(port, kiosk, day + "T00:00:00Z", events)


def check_signals(b, base, tag):
    """The Signals page in words; a click marks the first report not yet reviewed."""
    b.goto(base + "/signals?lang=nl")
    rows = b.texts("tbody tr[id^=s-]")
    check(len(rows) == 2, f"{tag}: two reports on the Signals page")
    pill = next(r for r in rows if "TESLA" in r)
    for value in ("MDMA en xtc", "Pil", "Roze", "Letters of cijfers: TESLA",
                  "Sterker dan verwacht, Misselijk of ziek", "centre-noord"):
        check(value in pill, f"{tag}: the pill's report shows {value!r}")
    check("Medewerker of peer · Op straat" in "".join(rows), f"{tag}: the staff report in words")
    before = len(b.texts("form.review"))
    b.screenshot(os.path.join(OUT, f"console-signals-nl-{tag}.png"))
    b.click("form.review button")
    check("/signals?" in b.url(), f"{tag}: marking returns to the Signals page")
    check(len(b.texts("form.review")) == before - 1, f"{tag}: one report fewer to review")
    check("anna (" in b.text("main"), f"{tag}: the report shows who reviewed it")
    b.screenshot(os.path.join(OUT, f"console-signals-reviewed-nl-{tag}.png"))
    b.goto(base + "/signals?unreviewed=1&lang=en")
    check(len(b.texts("form.review")) == len(b.texts("tbody tr[id^=s-]")),
          f"{tag}: 'not reviewed only' leaves the reviewed out")
    b.screenshot(os.path.join(OUT, f"console-signals-en-{tag}.png"))


def check_alerts(b, base, tag, bundles):
    """From a report to an alert: refused with a translation whose dose differs, then
    published; the signed alert bundle is where the receiver serves it."""
    b.goto(base + "/signals?lang=nl")
    b.click("a.to-alert")
    check("/alerts?signal=" in b.url() and "Gemaakt van melding" in b.text("main"),
          f"{tag}: 'Publish as alert' opens the form for that report")
    check(b.attribute("input[name=substances]", "value") in ("mdma", "cocaine"),
          f"{tag}: the report's substance is filled in")
    b.click("input[name=level][value=red]", navigation=False)
    b.fill("input[name=source]", "Drugs Info Team")
    b.fill("input[name=title_nl]", "Roze pillen met veel MDMA")
    b.fill("textarea[name=text_nl]", "Getest: 280 mg MDMA in één pil.\nNeem hooguit een kwart.")
    b.fill("input[name=title_en]", "Pink pills with a lot of MDMA")
    b.fill("textarea[name=text_en]", "Tested: 280 mg MDMA in one pill.\nTake a quarter at most.")
    b.click("details summary", navigation=False)
    b.fill("input[name=title_pl]", "Różowe tabletki z dużą ilością MDMA")
    b.fill("textarea[name=text_pl]", "Przebadano: 200 mg MDMA w jednej tabletce.\nWeź najwyżej ćwierć.")
    b.submit("form.alert")
    check(b.status() == 422 and ".pl.text" in b.text(".message"),
          f"{tag}: a translation with another dose is refused, with the line")
    check(b.attribute("input[name=title_nl]", "value") == "Roze pillen met veel MDMA",
          f"{tag}: the form keeps what was typed")
    b.screenshot(os.path.join(OUT, f"console-alert-refused-nl-{tag}.png"))
    b.fill("textarea[name=text_pl]", "Przebadano: 280 mg MDMA w jednej tabletce.\nWeź najwyżej ćwierć.")
    b.submit("form.alert")
    check("done=published" in b.url() and "Pink pills" not in b.text("h1"),
          f"{tag}: published")
    check(any("Roze pillen" in r or "Pink pills" in r for r in b.texts("table.alerts tbody tr")),
          f"{tag}: the alert is listed as on the kiosks")
    check(os.path.getsize(os.path.join(bundles, "alerts", "all.bundle")) > 0,
          f"{tag}: the signed alert bundle is in the receiver's bundles_dir")
    b.screenshot(os.path.join(OUT, f"console-alerts-nl-{tag}.png"))


def check_contacts(b, base, tag):
    """Signed in as a peer-work coordinator: the forms without contacts, one contact shown."""
    b.fill("input[name=name]", "piet")
    b.fill("input[name=password]", PASSWORD)
    b.submit("form.login")
    b.goto(base + "/contacts?lang=nl")
    rows = b.texts("tbody tr")
    check(len(rows) == 2 and "06 1234 5678" not in b.text(), f"{tag}: two forms, no contact in the list")
    check(any("geen contact gegeven" in r for r in rows), f"{tag}: a form without a contact says so")
    b.screenshot(os.path.join(OUT, f"console-contacts-nl-{tag}.png"))
    b.click("form.review button")
    check("06 1234 5678" in b.text() and "auditlog" in b.text(), f"{tag}: the contact, and that it was logged")
    b.screenshot(os.path.join(OUT, f"console-contact-shown-nl-{tag}.png"))
    b.submit("form.signout")


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok:", what)


def check_equal(got, expected, what):
    """check(), saying both sides when they differ."""
    if got != expected:
        raise AssertionError(f"{what}\n  page:     {got}\n  expected: {expected}")
    print("ok:", what)


def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="console-browser-")
    procs = []
    try:
        with open(os.path.join(work, "receiver.toml"), "w") as f:
            f.write('listen = "127.0.0.1:0"\ndatabase = "receiver.db"\n')
            for kiosk, token in TOKENS.items():
                f.write(f'[[kiosk]]\nid = "{kiosk}"\ntoken = "{token}"\n')
        receiver, rport = start_with_port_file(
            RECEIVER, ["--config", os.path.join(work, "receiver.toml")], work, "receiver")
        procs.append(receiver)
        post_health(rport, "centre-noord", 12, {
            "version": "1.2.0", "uptime_s": 7200, "queue_depth": 17,
            "oldest_undelivered_age_s": 540, "screen_on": True, "free_disk_bytes": 9100000000,
            "cpu_temp_c": 47.5, "frame_failures": 0, "content_fallbacks": 0,
            "last_upload_error": None})
        post_health(rport, "centre-zuid", 200, {
            "version": "1.1.0", "uptime_s": 90000, "queue_depth": 2400,
            "oldest_undelivered_age_s": 14400, "screen_on": True, "free_disk_bytes": 300000000,
            "cpu_temp_c": 84.0, "throttling": {"bits": "0x50005", "under_voltage": True},
            "frame_failures": 3, "content_fallbacks": 1,
            "last_upload_error": {"kind": "timeout", "detail": "timed out"}})

        today = datetime.date.today()  # the console's "today" is local too
        days, story = reach_days(today), group_story(today)
        for kiosk, day, counters in days:
            post_stats(rport, kiosk, day, counters)
        post_group_story(rport, story)
        period = {"from": days_ago(today, 27), "to": today, "kiosk": ""}
        post_signals(rport, "centre-noord", [
            {"reporter": "visitor", "sold_as": "mdma", "form": "pill", "colour": "pink",
             "mark": "letters", "mark_text": "TESLA", "effects": ["stronger", "sick"],
             "when": "today"},
            {"reporter": "staff", "sold_as": "cocaine", "form": "powder", "colour": "white",
             "mark": "none", "effects": ["different"], "when": "this_week", "setting": "street",
             "people": "two_to_five", "note": "test_result_known"}])

        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        post_events(rport, "centre-noord", now, [
            {"id": str(uuid.uuid4()), "type": "interest.submitted", "occurred_at": now, "schema": 1,
             "data": {"form_id": n, "languages": ["nl", "ar"], "availability": "evenings",
                      "consent_at": now, "sensitive": True, **contact}}
            for n, contact in ((1, {"contact": "06 1234 5678"}), (2, {}))])

        bundles = os.path.join(work, "bundles")
        os.makedirs(bundles)
        key = os.path.join(work, "alert.key")
        with open(os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
            f.write("# alert key\n" + base64.b64encode(os.urandom(32)).decode() + "\n")
        with open(os.path.join(work, "console.toml"), "w") as f:
            f.write('listen = "127.0.0.1:0"\ndatabase = "receiver.db"\nusers = "users.toml"\n'
                    '[alerts]\nkey = "alert.key"\nbundles_dir = "bundles"\n[group_types]\n')
            f.writelines(f'{group} = "{kind}"\n' for group, kind in GROUP_TYPES.items())
        config = os.path.join(work, "console.toml")
        subprocess.run([CONSOLE, "--config", config, "--add-user", "anna", "--role",
                        "coordinator"], input=PASSWORD + "\n", text=True, check=True,
                       capture_output=True)
        subprocess.run([CONSOLE, "--config", config, "--add-user", "piet", "--role",
                        "peer-work"], input=PASSWORD + "\n", text=True, check=True,
                       capture_output=True)
        console, cport = start_with_port_file(CONSOLE, ["--config", config], work, "console")
        procs.append(console)
        base = f"http://127.0.0.1:{cport}"

        for width, height, mobile, tag in ((1280, 800, False, "laptop"),
                                           (390, 844, True, "phone")):
            with Browser(width=width, height=height, mobile=mobile) as b:
                b.goto(base + "/fleet")
                check(b.url().endswith("/login"), f"{tag}: /fleet without signing in goes to /login")
                b.screenshot(os.path.join(OUT, f"console-login-nl-{tag}.png"))
                b.fill("input[name=name]", "anna")
                b.fill("input[name=password]", "not the password")
                b.submit("form.login")
                check("Naam of wachtwoord klopt niet." in b.text(), f"{tag}: a wrong password is refused")
                b.fill("input[name=name]", "anna")
                b.fill("input[name=password]", PASSWORD)
                b.submit("form.login")
                check(b.url().endswith("/fleet"), f"{tag}: signed in, on /fleet")
                session = [c for c in b.cookies() if c["name"] == "console_session"]
                check(len(session) == 1 and session[0]["httpOnly"] and
                      session[0]["sameSite"] == "Strict", f"{tag}: the session cookie is HttpOnly, SameSite=Strict")
                rows = b.texts("tbody tr")
                check(len(rows) == 2, f"{tag}: two kiosks on the fleet page")
                noord = next(r for r in rows if "centre-noord" in r)
                zuid = next(r for r in rows if "centre-zuid" in r)
                for value in ("1.2.0", "17", "9 min", "9.1 GB", "47.5 °C", "12 min geleden", "in orde"):
                    check(value in noord, f"{tag}: centre-noord shows {value!r}")
                for value in ("2400", "4 uur", "0.3 GB", "84.0 °C", "3 uur geleden", "niet gezien",
                              "wachtrij loopt op", "schijf bijna vol", "te warm of te weinig stroom",
                              "schermfouten", "inhoud valt terug", "versturen mislukt"):
                    check(value in zuid, f"{tag}: centre-zuid shows {value!r}")
                b.screenshot(os.path.join(OUT, f"console-fleet-nl-{tag}.png"))
                check_signals(b, base, tag)
                check_alerts(b, base, tag, bundles)
                b.goto(base + "/fleet?lang=en")
                check("disk nearly full" in b.text(), f"{tag}: in English on asking")
                b.screenshot(os.path.join(OUT, f"console-fleet-en-{tag}.png"))
                check_reach(b, base, tag, days, period)
                check_groups(b, base, tag, story, period)
                check("Peerwerk" not in b.text("nav"), f"{tag}: a coordinator has no peer-work link")
                b.goto(base + "/contacts")
                check(b.status() == 403, f"{tag}: nor the page")
                b.submit("form.signout")
                check(b.url().endswith("/login"), f"{tag}: signed out, on /login")
                b.goto(base + "/fleet")
                check(b.url().endswith("/login"), f"{tag}: /fleet is closed again")
                check_contacts(b, base, tag)
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
