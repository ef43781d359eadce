#!/usr/bin/env python3
"""End-to-end: staff set read aloud on the real kiosk, and it holds after a restart.

The kiosk runs under Xvfb with --speech-to DIR (WAV files and spoken.tsv instead of a sound
card). A staff member signs in with the PIN (xdotool), opens "Read aloud", plays the test
sound, makes the volume louder (the new volume is said) and turns private listening on.
The change is in the database; after a restart on the same data folder the staff screen
shows it, and "use the config file's settings" brings the file's values back.

Usage: speech_settings_e2e.py PATH_TO_KIOSK ASSETS_DIR
"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import tomllib

from kiosk_process import Kiosk
from spoken_log import spoken, wait_spoken

PIN = "2468"


def texts(dump):
    return "\n".join(dump.get("texts", []))


def open_speech_screen(k):
    dump = k.wait_for(lambda d: d["screen"] == "home" and d["items"], "the home screen")
    k.long_press(dump, "nav.logo")  # the hidden staff entry
    k.enter_pin(PIN)
    k.wait_for(lambda d: d["screen"] == "staff", "the staff page")
    dump = k.scroll_to("staff.speech")
    k.tap(dump, "staff.speech")
    return k.wait_for(lambda d: d["screen"] == "staff-speech", "the Read aloud screen")


def stored(data_dir):
    with sqlite3.connect(os.path.join(data_dir, "kiosk.db")) as db:
        return dict(db.execute("SELECT key, value FROM kiosk_settings"))


def main(binary, assets):
    with open(os.path.join(assets, "i18n", "en.toml"), "rb") as f:
        en = tomllib.load(f)
    work = tempfile.mkdtemp(prefix="kiosk-speech-settings-")
    pin_hash = subprocess.run([binary, "--hash-pin"], input=PIN + "\n", capture_output=True,
                              text=True, check=True).stdout.split('"')[1]
    config = os.path.join(work, "kiosk.toml")
    with open(config, "w") as f:
        f.write('default_language = "en"\n[speech]\nvolume = 70\n'
                f'[[staff.pins]]\nname = "Sam"\nrole = "peer leader"\nhash = "{pin_hash}"\n')
    data_dir = os.path.join(work, "data")
    sound = os.path.join(work, "sound")
    volume_said = lambda p: en["speech"]["volume"].replace("{percent}", str(p))
    volume_line = lambda p: en["staff"]["speech"]["volume"].replace("{percent}", str(p))

    args = ["--config", config, "--speech-to", sound]
    with Kiosk(binary, extra_args=args, data_dir=data_dir) as k:
        dump = open_speech_screen(k)
        assert volume_line(70) in texts(dump), texts(dump)
        assert spoken(sound) == [], "the staff screens were read aloud"
        k.tap(dump, "staff.speech.test")
        rows = wait_spoken(sound, lambda r: len(r) >= 1, "the test sound")
        assert rows[0][1] == "en" and rows[0][4] == volume_said(70), rows
        k.tap(dump, "staff.speech.louder")
        rows = wait_spoken(sound, lambda r: any(row[4] == volume_said(80) for row in r),
                           "the new volume said at the new volume")
        k.wait_for(lambda d: volume_line(80) in texts(d), "80% on the screen")
        dump = k.scroll_to("staff.speech.private.on")
        k.tap(dump, "staff.speech.private.on")
        k.wait_for(lambda d: en["staff"]["speech"]["kept"] in texts(d), "changed on this kiosk")
        code, log = k.stop()
        assert code == 0, log
    settings = stored(data_dir)
    assert settings == {"speech.volume": "80", "speech.private_output": "true"}, settings

    with Kiosk(binary, extra_args=args, data_dir=data_dir) as k:
        dump = open_speech_screen(k)
        assert volume_line(80) in texts(dump), "the change did not survive the restart"
        assert "Sam" in texts(dump), texts(dump)
        dump = k.scroll_to("staff.speech.use_config")
        k.tap(dump, "staff.speech.use_config")
        k.wait_for(lambda d: volume_line(70) in texts(d), "the config file's 70% again")
        code, log = k.stop()
        assert code == 0, log
    assert stored(data_dir) == {}, "going back to the config file left settings behind"
    print(f"e2e: staff test sound and louder heard ({len(rows)} lines); "
          f"kept over the config file across a restart: {settings}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
