#!/usr/bin/env python3
"""End-to-end: a visitor reports a drug on the real kiosk (docs/signals.md).

The kiosk runs under Xvfb; xdotool taps through the report form as a finger would (scrolling
the page to each answer), the check screen lists the answers, "Send" stores exactly one
signal.reported event in kiosk.db with the day and no time of day, and the thank-you screen
leads to drug checking. Run for Dutch at 800x480, English at 720x1280 and Arabic at 800x480.
Then a staff member's signal from the field (staff-report, in Russian with large text): the
mark's letters typed on the capitals-and-digits pad, setting, people and note, "Save" stores
one signal as "staff", and the form is empty again.

Usage: report_e2e.py PATH_TO_KIOSK [SCREENSHOT_DIR]
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

from kiosk_process import Kiosk

ANSWERS = ["report.sold_as.mdma", "report.form.pill", "report.colour.pink", "report.mark.star",
           "report.effects.stronger", "report.effects.passed_out", "report.when.this_week"]


def stored_signals(k):
    with sqlite3.connect(os.path.join(k.data_dir, "kiosk.db")) as db:
        return db.execute("SELECT occurred_at, data FROM events "
                          "WHERE type = 'signal.reported'").fetchall()


def arrive(k, screen, what, shots, name):
    dump = k.wait_for(lambda d: d["screen"] == screen, what)
    if shots:
        k.screenshot(os.path.join(shots, name))
    return dump


def report_once(binary, lang, size, shots):
    with Kiosk(binary, size=size, extra_args=["--lang", lang, "--goto", "report"]) as k:
        k.wait_for(lambda d: d["screen"] == "report" and d["items"], "the report form")
        for answer in ANSWERS:
            dump = k.scroll_to(answer)
            k.tap(dump, answer)  # what was chosen is checked in the stored event below
        dump = k.scroll_to("report.continue")
        k.tap(dump, "report.continue")
        arrive(k, "report-consent", "the check screen", shots, f"report-consent-{lang}-{size}.png")
        assert stored_signals(k) == [], "a report was stored before Send"
        dump = k.scroll_to("report.send")
        k.tap(dump, "report.send")
        dump = arrive(k, "report-done", "the thank-you screen", shots,
                      f"report-done-{lang}-{size}.png")
        rows = stored_signals(k)
        assert len(rows) == 1, rows
        occurred_at, data = rows[0]
        data = json.loads(data)
        assert occurred_at.endswith("T00:00:00Z"), occurred_at
        assert occurred_at.startswith(data["day"]), (occurred_at, data)
        assert data == {"day": data["day"], "reporter": "visitor", "sold_as": "mdma",
                        "form": "pill", "colour": "pink", "mark": "star",
                        "effects": ["stronger", "passed_out"], "when": "this_week",
                        "sensitive": True}, data
        k.tap(dump, "report.drug_checking")
        k.wait_for(lambda d: d["screen"] in ("page", "pages"), "the drug checking page")


STAFF_ANSWERS = ["report.sold_as.unknown", "report.form.powder", "report.colour.white",
                 "report.mark.letters"]
STAFF_MORE = ["report.effects.sick", "report.when.today", "report.setting.street",
              "report.people.six_or_more", "report.note.test_result_known"]


PIN = "2468"


def staff_config(binary):
    """A config file with one staff PIN (hashed by the kiosk itself)."""
    pin_hash = subprocess.run([binary, "--hash-pin"], input=PIN + "\n", capture_output=True,
                              text=True, check=True).stdout.split('"')[1]
    path = os.path.join(tempfile.mkdtemp(prefix="kiosk-staff-signal-"), "kiosk.toml")
    with open(path, "w") as f:
        f.write(f'[[staff.pins]]\nname = "Sam"\nrole = "peer"\nhash = "{pin_hash}"\n')
    return path


def staff_once(binary, lang, size, shots):
    args = ["--config", staff_config(binary), "--lang", lang, "--large-text", "--goto", "staff-pin"]
    with Kiosk(binary, size=size, extra_args=args) as k:
        k.enter_pin(PIN)
        k.wait_for(lambda d: d["screen"] == "staff", "the staff page")
        dump = k.scroll_to("staff.report")
        k.tap(dump, "staff.report")
        k.wait_for(lambda d: d["screen"] == "staff-report" and d["items"], "the staff form")
        for answer in STAFF_ANSWERS:
            dump = k.scroll_to(answer)
            k.tap(dump, answer)
        dump = k.scroll_to("report.mark_text")
        k.tap(dump, "report.mark_text")
        dump = arrive(k, "staff-report-mark", "the mark pad", shots,
                      f"staff-report-mark-{lang}-{size}.png")
        assert not [i for i in dump["items"] if i["id"].startswith("kb.mark.to-")], \
            "the mark pad offers another keyboard"
        for key in ("kb.mark.K", "kb.mark.4"):
            dump = k.wait_for(lambda d: any(i["id"] == key for i in d["items"]), key)
            k.tap(dump, key)
        dump = k.wait_for(lambda d: any(i["id"] == "report.mark_done" for i in d["items"]),
                          "the mark's OK")
        k.tap(dump, "report.mark_done")
        k.wait_for(lambda d: d["screen"] == "staff-report", "back on the staff form")
        for answer in STAFF_MORE:
            dump = k.scroll_to(answer)
            k.tap(dump, answer)
        dump = k.scroll_to("staff_report.save")
        k.tap(dump, "staff_report.save")
        k.wait_for(lambda d: len(stored_signals(k)) == 1, "the staff signal in kiosk.db")
        if shots:
            k.screenshot(os.path.join(shots, f"staff-report-saved-{lang}-{size}.png"))
        occurred_at, data = stored_signals(k)[0]
        data = json.loads(data)
        assert occurred_at == data["day"] + "T00:00:00Z", (occurred_at, data)
        assert data == {"day": data["day"], "reporter": "staff", "sold_as": "unknown",
                        "form": "powder", "colour": "white", "mark": "letters",
                        "mark_text": "K4", "effects": ["sick"], "when": "today",
                        "setting": "street", "people": "six_or_more",
                        "note": "test_result_known", "sensitive": True}, data


def main(binary, shots=None):
    for lang, size in (("nl", "800x480"), ("en", "720x1280"), ("ar", "800x480")):
        report_once(binary, lang, size, shots)
        print(f"ok: {lang} {size}")
    staff_once(binary, "ru", "800x480", shots)
    print("ok: staff signal ru 800x480")


if __name__ == "__main__":
    main(*sys.argv[1:])
