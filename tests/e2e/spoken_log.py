"""What the kiosk said through --speech-to DIR: spoken.tsv, one line per stretch of sound.

Shared by the end-to-end tests of read aloud. Waits are bounded polls on the file.
"""
import os
import time


def spoken(folder):
    """The lines of spoken.tsv: (number, language, how it ended, seconds, text)."""
    path = os.path.join(folder, "spoken.tsv")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        return [tuple(l.rstrip("\n").split("\t", 4)) for l in f if l.strip()]


def wait_spoken(folder, predicate, what, timeout=30.0):
    """Polls spoken.tsv until predicate(rows) holds; returns the rows."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        rows = spoken(folder)
        if predicate(rows):
            return rows
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}; spoken.tsv: {spoken(folder)}")
