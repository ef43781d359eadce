#!/usr/bin/env python3
"""Reads Arabic and Persian screens of the real kiosk back with Tesseract OCR.

Renders screens under Xvfb with --screenshot, runs Debian's tesseract (tesseract-ocr-ara,
tesseract-ocr-fas) on them, and looks for texts from the catalogue and the content pack.
OCR makes small errors, so a text counts as found when an OCR line matches it closely;
but it must match the text as written much better than the same letters reversed or cut
into isolated forms, which is what an unshaped, left-to-right drawing would show.
Usage: rtl_ocr_e2e.py KIOSK_BINARY ASSETS_DIR
"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import unicodedata

KIOSK, ASSETS = sys.argv[1], sys.argv[2]
TESS_LANG = {"ar": "ara", "fa": "fas"}


def normalise(text):
    """Letters only, one form per letter (OCR confuses hamza forms and Persian/Arabic yeh)."""
    fold = {"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ئ": "ي"}
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if unicodedata.category(ch).startswith("L"):
            out.append(fold.get(ch, ch))
    return "".join(out)


def best_ratio(lines, wanted):
    return max((difflib.SequenceMatcher(None, normalise(l), wanted).ratio() for l in lines),
               default=0.0)


def screenshot(lang, screen, size, out):
    data = tempfile.mkdtemp(prefix="kiosk-ocr-")
    try:
        env = dict(os.environ, ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":detect_leaks=0")
        subprocess.run(["xvfb-run", "-a", "-s", f"-screen 0 {size}x24", KIOSK, "--windowed",
                        size, "--data-dir", data, "--assets", ASSETS, "--lang", lang,
                        "--goto", screen, "--screenshot", out],
                       check=True, env=env, stdout=subprocess.DEVNULL, timeout=120)
    finally:
        shutil.rmtree(data, ignore_errors=True)


def ocr(png, lang):
    result = subprocess.run(["tesseract", png, "-", "-l", TESS_LANG[lang], "--psm", "3"],
                            check=True, capture_output=True, text=True, timeout=120)
    return [l for l in result.stdout.splitlines() if l.strip()]


def texts_for(lang):
    """(screen, text) pairs to look for, read from the files the kiosk shows them from."""
    with open(os.path.join(ASSETS, "i18n", f"{lang}.toml"), "rb") as f:
        catalogue = tomllib.load(f)
    with open(os.path.join(ASSETS, "content", "emergency.toml"), "rb") as f:
        emergency = tomllib.load(f)[lang]
    with open(os.path.join(ASSETS, "content", "substances", "ghb.toml"), "rb") as f:
        ghb = tomllib.load(f)[lang]
    return [("home", catalogue["home"]["anonymous"]),
            ("emergency", emergency["steps"][0]["text"]),
            ("emergency", emergency["tell_operator"][1]),
            ("substance:ghb", ghb["what"][0])]


def main():
    failures = []
    checked = 0
    tmp = tempfile.mkdtemp(prefix="kiosk-ocr-png-")
    try:
        for lang in ("ar", "fa"):
            shots = {}
            for screen, text in texts_for(lang):
                if screen not in shots:
                    png = os.path.join(tmp, f"{lang}-{screen.replace(':', '-')}.png")
                    screenshot(lang, screen, "1920x1080", png)
                    shots[screen] = ocr(png, lang)
                lines = shots[screen]
                wanted = normalise(text)
                found = best_ratio(lines, wanted)
                reversed_ratio = best_ratio(lines, wanted[::-1])
                checked += 1
                print(f"{lang} {screen}: {found:.2f} as written, {reversed_ratio:.2f} reversed: "
                      f"{text[:50]}")
                if found < 0.75 or found < reversed_ratio + 0.3:
                    failures.append(f"{lang} {screen}: '{text}' not read back "
                                    f"(best {found:.2f}, reversed {reversed_ratio:.2f}); "
                                    f"OCR saw: {lines[:8]}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for f in failures:
        print("FAIL", f)
    print(f"{checked - len(failures)} of {checked} texts read back")
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
