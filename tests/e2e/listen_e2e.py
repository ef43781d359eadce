#!/usr/bin/env python3
"""End-to-end: Listen on the real kiosk under Xvfb, tapped with xdotool, heard as WAV files.

Runs the kiosk in Arabic with --speech-to DIR (WAV files and spoken.tsv instead of a sound
card), taps Listen, and checks that the home screen is read from its title in Arabic, that
the sound is real (sox measures it), that a tap on a tile cuts the line being read and the
new screen is read from its title, and that quick exit cuts speech at once.

Usage: listen_e2e.py PATH_TO_KIOSK ASSETS_DIR
"""
import os
import subprocess
import sys
import tempfile
import tomllib

from kiosk_process import Kiosk
from spoken_log import spoken, wait_spoken


def rms_amplitude(wav):
    stat = subprocess.run(["sox", wav, "-n", "stat"], capture_output=True, text=True, check=True)
    for line in stat.stderr.splitlines():
        if line.startswith("RMS     amplitude"):
            return float(line.split(":")[1])
    raise AssertionError(f"sox stat said nothing of RMS amplitude: {stat.stderr}")


def main(binary, assets):
    with open(os.path.join(assets, "i18n", "ar.toml"), "rb") as f:
        ar = tomllib.load(f)
    folder = tempfile.mkdtemp(prefix="kiosk-listen-")
    with Kiosk(binary, extra_args=["--lang", "ar", "--speech-to", folder]) as k:
        home = k.wait_for(lambda d: d["screen"] == "home" and d["items"], "the home screen")
        assert spoken(folder) == [], "the kiosk spoke before Listen was tapped"
        k.tap(home, "nav.listen")
        rows = wait_spoken(folder, lambda r: len(r) >= 1, "the first line read aloud")
        number, language, how, seconds, text = rows[0]
        assert language == "ar", f"read in {language}, not Arabic: {rows[0]}"
        assert text == ar["home"]["welcome"], f"the home screen did not start at its title: {rows[0]}"
        assert how == "done" and float(seconds) > 0.3, rows[0]
        wav = os.path.join(folder, f"{int(number):04d}.wav")
        level = rms_amplitude(wav)
        assert level > 0.01, f"{wav} is silent (RMS amplitude {level})"

        k.tap(k.read_dump(), "home.tile.info")
        k.wait_for(lambda d: d["screen"] == "info", "the information screen")
        title = ar["info"]["title"]
        rows = wait_spoken(folder, lambda r: any(row[4] == title for row in r),
                           "the information screen's title read aloud")
        before = rows[:[row[4] for row in rows].index(title)]
        assert any(row[2] == "cut" for row in before), \
            f"the tap did not cut the home screen's reading: {rows}"
        assert all(row[1] == "ar" for row in rows), rows

        count = len(rows)
        k.tap(k.read_dump(), "nav.quick_exit")
        k.wait_for(lambda d: d["screen"] == "home", "quick exit back to the home screen")
        rows = wait_spoken(folder, lambda r: len(r) > count and r[-1][2] == "cut",
                           "quick exit to cut the line being read")
        code, log = k.stop()
        assert code == 0, f"kiosk exited with {code}:\n{log}"
        final = spoken(folder)
        assert len(final) == len(rows), f"something was read after quick exit: {final}"
    print(f"e2e: Listen read {len(final)} lines in Arabic; the first at RMS amplitude {level:.3f}; "
          f"a tap and quick exit cut speech")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
