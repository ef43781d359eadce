#!/usr/bin/env python3
"""End-to-end: a visitor reports a drug on the real kiosk (docs/signals.md).

The kiosk runs under Xvfb; xdotool taps through the report form as a finger would (scrolling
the page to each answer), the check screen lists the answers, "Send" stores exactly one
signal.reported event in kiosk.db with the day and no time of day, and the thank-you screen
leads to drug checking. Run for Dutch at 800x480, English at 720x1280 and Arabic at 800x480.

Usage: report_e2e.py PATH_TO_KIOSK [SCREENSHOT_DIR]
"""
import json
import os
import sqlite3
import sys

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


def main(binary, shots=None):
    for lang, size in (("nl", "800x480"), ("en", "720x1280"), ("ar", "800x480")):
        report_once(binary, lang, size, shots)
        print(f"ok: {lang} {size}")


if __name__ == "__main__":
    main(*sys.argv[1:])
