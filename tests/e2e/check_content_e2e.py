#!/usr/bin/env python3
"""End-to-end: `kiosk --check-content DIR` exits 0 for the shipped pack and 1 for a broken
copy, printing each problem as file:line: field: what is wrong. Needs no display.

Usage: check_content_e2e.py PATH_TO_KIOSK PATH_TO_SHIPPED_PACK
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile


def check(binary, pack):
    return subprocess.run([binary, "--check-content", pack], capture_output=True, text=True,
                          timeout=60)


def main(binary, shipped):
    good = check(binary, shipped)
    assert good.returncode == 0, good.stdout + good.stderr
    assert good.stdout.strip().splitlines()[-1].startswith("ok: 15 substances"), good.stdout

    with tempfile.TemporaryDirectory() as tmp:
        pack = os.path.join(tmp, "pack")
        shutil.copytree(shipped, pack)
        path = os.path.join(pack, "substances", "cocaine.toml")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace('kind = "stimulant"', 'kind = "upper"', 1))
        bad = check(binary, pack)
        assert bad.returncode == 1, bad.stdout
        line = [l for l in bad.stdout.splitlines() if "cocaine.toml" in l][0]
        assert re.match(r".*cocaine\.toml:\d+: kind: \"upper\" is not allowed", line), line
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
