#!/usr/bin/env python3
"""The console in a real browser: Debian's headless Chromium (tests/console/browser.py)
against the real kiosk_console, on the store the real kiosk_receiver filled from uploads
through the wire contract (docs/upload-protocol.md).

Two kiosks post kiosk.health reports; a coordinator is added with --add-user; Chromium is
sent to /fleet and lands on the sign-in page, signs in with a wrong password (refused), then
the right one, and reads the fleet: each kiosk's numbers as posted, the red flags as words.
They also post a day's reach counters each (the Reach page adds them up, and its CSV
download holds the same rows), two signals (listed in words, one marked reviewed by a click)
and two interest forms: a coordinator gets no peer-work page, a peer-work coordinator sees the
forms without contacts and opens one.
The session cookie is HttpOnly and SameSite=Strict. The page is screenshot at a laptop
(1280x800) and a phone width (390x844), in Dutch and in English; the PNGs stay in OUT_DIR to be
looked at. Signing out returns to the sign-in page, and /fleet is closed again.

A kiosk also posts two signal.reported reports: the Signals page lists them in words, a click
on "Mark reviewed" marks one (at each width another), and it then shows who reviewed it.
"Publish as alert" beside a report opens the Alerts form with its substance filled in: a
Polish translation with another dose is refused (the form keeps what was typed), the right
one is published, listed, and the signed alert bundle is in the receiver's bundles_dir.

Usage: console_browser_test.py KIOSK_RECEIVER KIOSK_CONSOLE OUT_DIR
"""
import base64
import datetime
import http.client
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


def check_reach(b, base, tag):
    """The Reach page: the numbers the kiosks posted, and its CSV the same rows."""
    b.goto(base + "/reach?by=month&lang=nl")
    check(b.status() == 200, f"{tag}: /reach answers")
    tables = b.texts("table")
    check(len(tables) == 3, f"{tag}: three tables on the Reach page")
    totals = [r for r in b.texts(".table-wrap:nth-of-type(1) tbody tr") if "Totaal" in r]
    check(len(totals) == 1 and "43" in totals[0], f"{tag}: 31 + 12 visits in all: 43")
    locations = b.texts(".table-wrap:nth-of-type(2) tbody tr")
    check(any("centre-noord" in r and "31" in r for r in locations), f"{tag}: centre-noord 31 visits")
    check(any("centre-zuid" in r and "12" in r for r in locations), f"{tag}: centre-zuid 12 visits")
    keys = " | ".join(b.texts(".table-wrap:nth-of-type(3) tbody tr"))
    check("ar" in keys and "11" in keys and "alcohol+ghb" in keys, f"{tag}: languages and mixes listed")
    b.screenshot(os.path.join(OUT, f"console-reach-nl-{tag}.png"))
    href = b.attribute("p.download a", "href")
    session = next(c["value"] for c in b.cookies() if c["name"] == "console_session")
    conn = http.client.HTTPConnection(base.split("//")[1], timeout=10)
    conn.request("GET", href.replace(base, ""), headers={"Cookie": f"console_session={session}"})
    r = conn.getresponse()
    csv_lines = r.read().decode().strip().split("\r\n")
    check(r.status == 200 and r.getheader("Content-Type").startswith("text/csv"),
          f"{tag}: the CSV download answers")
    check(len(csv_lines) == len(b.texts(".table-wrap:nth-of-type(1) tr")),
          f"{tag}: the CSV has the page's rows")
    check(csv_lines[-1].startswith("Totaal,43,"), f"{tag}: the CSV's total is the page's")


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


def check_groups(b, base, tag):
    b.goto(base + "/groups?lang=nl")
    check(b.status() == 200 and "Groepen" in b.text("h1"), f"{tag}: /groups answers")
    b.screenshot(os.path.join(OUT, f"console-groups-nl-{tag}.png"))


def check(condition, what):
    if not condition:
        raise AssertionError(what)
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

        today = datetime.datetime.now(datetime.timezone.utc).date()
        post_stats(rport, "centre-noord", today - datetime.timedelta(days=3),
                   {"visit": {"": 31}, "language": {"nl": 20, "ar": 11},
                    "mix": {"alcohol+ghb": 4}, "emergency": {"": 1}})
        post_stats(rport, "centre-zuid", today - datetime.timedelta(days=10),
                   {"visit": {"": 12}, "language": {"en": 12}, "substance": {"ghb": 5}})
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
                    '[alerts]\nkey = "alert.key"\nbundles_dir = "bundles"\n')
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
                check_reach(b, base, tag)
                check_groups(b, base, tag)
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
