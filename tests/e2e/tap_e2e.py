#!/usr/bin/env python3
"""End-to-end: the real kiosk under Xvfb, tapped with xdotool, read through --ui-dump.

Usage: tap_e2e.py PATH_TO_KIOSK
"""
import sys

from kiosk_process import Kiosk


def main(binary):
    with Kiosk(binary) as k:
        home = k.wait_for(lambda d: d["screen"] == "home" and d["items"], "the home screen")
        assert home["lang"] == "nl", home["lang"]

        k.tap(home, "home.lang.en")
        english = k.wait_for(lambda d: d["lang"] == "en", "English to be chosen")
        assert k.item(english, "nav.quick_exit")["label"] == "Quick exit"

        k.tap(english, "home.tile.search")
        search = k.wait_for(lambda d: d["screen"] == "search", "the search screen")
        for key in ("kb.latin.h", "kb.latin.i", "kb.latin.v"):
            k.tap(search, key)
        results = k.wait_for(
            lambda d: any(i["id"] == "search.result.info.infections" for i in d["items"]),
            "a search result for 'hiv'")

        k.tap(results, "search.result.info.infections")
        k.wait_for(lambda d: d["screen"] == "page", "the infections page")

        info = k.read_dump()
        k.tap(info, "nav.quick_exit")
        k.wait_for(lambda d: d["screen"] == "home" and d["lang"] == "nl",
                   "quick exit back to a Dutch home screen")
        frames = k.read_dump()["frame"]
        code, log = k.stop()
        # A clean stop on SIGTERM; under the sanitizers this also runs the leak check.
        assert code == 0, f"kiosk exited with {code} on SIGTERM:\n{log}"
        assert "ERROR: AddressSanitizer" not in log and "runtime error" not in log, log
    print(f"e2e: tapped through home, language, search, info and quick exit in {frames} frames")
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main(sys.argv[1])
