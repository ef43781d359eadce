#!/usr/bin/env python3
"""End-to-end: a corrupt database file is moved aside (never deleted), a fresh one is
created, the kiosk comes up as usual and says what happened.

Usage: corrupt_db_e2e.py PATH_TO_KIOSK
"""
import os
import sys

from kiosk_process import Kiosk


def main(binary):
    k = Kiosk(binary)
    os.makedirs(k.data_dir)
    garbage = b"this is not a database " * 400
    with open(os.path.join(k.data_dir, "kiosk.db"), "wb") as f:
        f.write(garbage)
    with k:
        k.wait_for(lambda d: d["screen"] == "home" and d["items"], "the home screen")
        # The home screen comes first; the database is opened (and recovered) behind it.
        kinds = k.wait_until(
            lambda: k.query_database("SELECT kind FROM staff_notices") or None,
            "the staff notice in the new database")
        assert [row[0] for row in kinds] == ["db_recovered"], kinds
        files = sorted(os.listdir(k.data_dir))
        moved = [f for f in files if f.startswith("kiosk.db.corrupt-") and
                 not f.endswith(("-wal", "-shm", "-journal"))]
        assert len(moved) == 1, files
        with open(os.path.join(k.data_dir, moved[0]), "rb") as f:
            assert f.read() == garbage, "the corrupt file must be kept byte for byte"
        code, log = k.stop()
        assert code == 0, log
        assert moved[0] in log, log
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main(sys.argv[1])
