#!/usr/bin/env python3
"""Reads Arabic and Persian screens of the real kiosk back with Tesseract OCR.

Renders screens under Xvfb with --screenshot, runs Debian's tesseract (tesseract-ocr-ara,
tesseract-ocr-fas) on them, and looks for texts from the catalogue and the content pack.
OCR makes small errors, so a text counts as found when an OCR line matches it closely;
but it must match the text as written much better than the same letters reversed or cut
into isolated forms, which is what an unshaped, left-to-right drawing would show.
Usage: rtl_ocr_e2e.py KIOSK_BINARY ASSETS_DIR  (a slower check, named in the README)
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
SIZES = os.environ.get("OCR_SIZES", "800x480 1280x720").split()


def normalise(text):
    """Letters only, one form per letter (OCR confuses hamza forms and Persian/Arabic yeh)."""
    fold = {"أ": "ا", "إ": "ا", "آ": "ا", "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ئ": "ي"}
    out = []
    for ch in unicodedata.normalize("NFKC", text):
        if unicodedata.category(ch).startswith("L"):
            out.append(fold.get(ch, ch))
    return "".join(out)


def best_ratio(lines, wanted):
    """The best match of `wanted` inside an OCR line, or two lines joined (text that wraps);
    OCR merges text from columns side by side into one line, so windows of its length count."""
    candidates = [normalise(l) for l in lines]
    candidates += [a + b for a, b in zip(candidates, candidates[1:])]
    best = 0.0
    for c in candidates:
        for start in range(0, max(1, len(c) - len(wanted) + 1)):
            window = c[start:start + len(wanted)]
            best = max(best, difflib.SequenceMatcher(None, window, wanted).ratio())
    return best


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
    """(screen, text) pairs to look for, read from the catalogue the kiosk shows them from."""
    with open(os.path.join(ASSETS, "i18n", f"{lang}.toml"), "rb") as f:
        catalogue = tomllib.load(f)
    with open(os.path.join(ASSETS, "content", "emergency.toml"), "rb") as f:
        emergency = tomllib.load(f)
    # Whole-width sentences: Tesseract reads tiles side by side as one line, so tile labels
    # are left to the headless UI tests. The emergency screen's first step has "112" inside
    # right-to-left text.
    return [("home", catalogue["home"]["anonymous"]),
            ("emergency", emergency[lang]["steps"][0]["text"])]


def main():
    failures = []
    checked = 0
    tmp = tempfile.mkdtemp(prefix="kiosk-ocr-png-")
    try:
        for lang, size in [(l, s) for l in ("ar", "fa") for s in SIZES]:
            shots = {}
            for screen, text in texts_for(lang):
                if screen not in shots:
                    png = os.path.join(tmp, f"{lang}-{size}-{screen.replace(':', '-')}.png")
                    screenshot(lang, screen, size, png)
                    shots[screen] = ocr(png, lang)
                lines = shots[screen]
                wanted = normalise(text)
                found = best_ratio(lines, wanted)
                reversed_ratio = best_ratio(lines, wanted[::-1])
                checked += 1
                print(f"{lang} {size} {screen}: {found:.2f} as written, {reversed_ratio:.2f} reversed: "
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
