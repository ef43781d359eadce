"""End to end: the real kiosk uploads to the real receiver, and staff see it happen.

The receiver is down at first: staff sign in with the PIN, open "Sending to the server",
and see the records waiting and the problem in plain words. Then the receiver starts;
"Send now" delivers everything once, and the screen says so. The kiosk's own health report
(kiosk.health, recorded before its first attempt, at most hourly) waits and arrives with them:
exactly one, with nothing about visitors in it.
Usage: upload_e2e.py KIOSK_BINARY RECEIVER_BINARY [SCREENSHOT_DIR [SIZE [LANG]]]
(LANG, default en, is the kiosk's language; its texts are read from assets/i18n)
"""
import json
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
import uuid

from kiosk_process import Kiosk

KIOSK_ID = "centre-a"
TOKEN = "token-a-0123456789abcdef"
PIN = "2468"
EVENTS = 25


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def hash_pin(kiosk):
    out = subprocess.run([kiosk, "--hash-pin"], input=PIN + "\n", capture_output=True,
                         text=True, check=True).stdout
    return out.split('"')[1]


def record_events(db_path):
    """Adds queued events the way the kiosk's outbox stores them (another writer, as in WAL)."""
    ids = [str(uuid.uuid4()) for _ in range(EVENTS)]
    with sqlite3.connect(db_path, timeout=10) as db:
        for i, event_id in enumerate(ids):
            db.execute("INSERT INTO events (id, seq, type, occurred_at, schema, data) VALUES "
                       "(?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM events), 'attendance.marked',"
                       " '2026-11-20T10:00:00Z', 1, ?)", (event_id, '{"n":%d}' % i))
    return set(ids)


def sync_texts(lang):
    """The staff sync screen's texts in lang, from the shipped catalogue."""
    path = os.path.join(os.path.dirname(__file__), "..", "..", "assets", "i18n", lang + ".toml")
    with open(path, "rb") as f:
        return tomllib.load(f)["staff"]["sync"]


def screen_texts(dump):
    return "\n".join(dump.get("texts", []))


def main():
    kiosk_bin, receiver_bin = sys.argv[1], sys.argv[2]
    shots = sys.argv[3] if len(sys.argv) > 3 else None
    size = sys.argv[4] if len(sys.argv) > 4 else "800x480"
    lang = sys.argv[5] if len(sys.argv) > 5 else "en"
    work = tempfile.mkdtemp(prefix="kiosk-upload-e2e-")
    port = free_port()
    with open(os.path.join(work, "receiver.toml"), "w") as f:
        f.write(f'listen = "127.0.0.1:{port}"\ndatabase = "{work}/receiver.db"\n'
                f'[[kiosk]]\nid = "{KIOSK_ID}"\ntoken = "{TOKEN}"\n')
    config = os.path.join(work, "kiosk.toml")
    with open(config, "w") as f:
        f.write(f'kiosk_id = "{KIOSK_ID}"\n[upload]\nbase_url = "http://127.0.0.1:{port}"\n'
                f'token = "{TOKEN}"\n[[staff.pins]]\nname = "Sam"\nrole = "peer leader"\n'
                f'hash = "{hash_pin(kiosk_bin)}"\n')

    receiver = None
    with Kiosk(kiosk_bin, size=size, extra_args=["--config", config, "--lang", lang]) as k:
        dump = k.wait_for(lambda d: d["screen"] == "home", "the home screen")
        k.wait_for_database()
        ids = record_events(os.path.join(k.data_dir, "kiosk.db"))
        # the hidden staff entry: a long press on the logo opens the PIN pad
        k.long_press(dump, "nav.logo")
        k.enter_pin(PIN)
        dump = k.wait_for(lambda d: d["screen"] == "staff", "the staff page")
        k.tap(dump, "staff.sync")
        dump = k.wait_for(lambda d: d["screen"] == "staff-sync", "the sync screen")
        k.tap(dump, "staff.sync.send_now")
        texts = sync_texts(lang)
        # the events and the kiosk's one health report
        waiting = texts["waiting"].replace("{count}", str(EVENTS + 1))
        dump = k.wait_for(lambda d: texts["problem_offline"] in screen_texts(d)
                          and waiting in screen_texts(d), "the offline message")
        if shots:
            k.screenshot(os.path.join(shots, f"sync-offline-{size}-{lang}.png"))

        receiver = subprocess.Popen([receiver_bin, "--config", os.path.join(work, "receiver.toml")],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:  # until the receiver accepts connections
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        k.tap(dump, "staff.sync.send_now")
        dump = k.wait_for(lambda d: texts["all_sent"] in screen_texts(d), "everything sent")
        if shots:
            k.screenshot(os.path.join(shots, f"sync-sent-{size}-{lang}.png"))
        code, log = k.stop()
        assert code == 0, log
        assert TOKEN not in log, "the token must never be logged"

    receiver.terminate()
    assert receiver.wait(timeout=30) == 0
    with sqlite3.connect(os.path.join(work, "receiver.db")) as db:
        stored = [row[0] for row in db.execute(
            "SELECT id FROM events WHERE type <> 'kiosk.health'")]
        health = [json.loads(row[0]) for row in db.execute(
            "SELECT data FROM events WHERE type = 'kiosk.health'")]
    assert len(stored) == EVENTS and set(stored) == ids, (len(stored), EVENTS)
    assert len(health) == 1, health
    report = health[0]
    # recorded just before the kiosk's first attempt, before or after the events came
    assert report["queue_depth"] in (0, EVENTS) and report["screen_on"] is True, report
    assert report["frame_failures"] == 0 and isinstance(report["version"], str), report
    assert report["last_upload_error"] is None, report  # no attempt had failed yet
    allowed = {"version", "uptime_s", "queue_depth", "oldest_undelivered_age_s",
               "last_upload_error", "bundle_version", "screen_on", "frame_failures",
               "content_fallbacks", "free_disk_bytes", "cpu_temp_c", "throttling"}
    assert set(report) <= allowed, set(report) - allowed
    print(f"ok: {EVENTS} events and one health report delivered once; "
          "staff saw offline, then all sent")


if __name__ == "__main__":
    main()
