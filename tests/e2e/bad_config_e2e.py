#!/usr/bin/env python3
"""End-to-end: a bad config or flag stops the kiosk with exit code 2 and a message that
names the file, line, key, value and what is allowed. Needs no display.

Usage: bad_config_e2e.py PATH_TO_KIOSK
"""
import os
import subprocess
import sys
import tempfile


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=30)


def main(binary):
    with tempfile.TemporaryDirectory() as tmp:
        config = os.path.join(tmp, "kiosk.toml")
        with open(config, "w") as f:
            f.write('kiosk_id = "ok"\n[idle]\ntimeout_seconds = 5\n')
        r = run(binary, "--config", config)
        assert r.returncode == 2, r
        assert "idle.timeout_seconds" in r.stderr and "15 to 3600" in r.stderr, r.stderr

        with open(config, "w") as f:
            f.write('[display]\nrotate = 45\n')
        r = run(binary, "--config", config)
        assert r.returncode == 2, r
        assert f"{config}:2: display.rotate: 45 is not allowed" in r.stderr, r.stderr

        with open(config, "w") as f:
            f.write('[upload]\nbase_url = "http://events.example.org"\n'
                    'token = "0123456789abcdef0123"\n')
        r = run(binary, "--config", config)
        assert r.returncode == 2, r
        assert "upload.base_url" in r.stderr and "https://" in r.stderr, r.stderr
        assert "0123456789abcdef0123" not in r.stderr, "the token must never be printed"

    # the shipped example config is valid as it is
    source = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    example = os.path.join(source, "assets", "config", "kiosk.example.toml")
    r = run(binary, "--config", example, "--check-content", os.path.join(source, "assets", "content"))
    assert r.returncode == 0, r

    r = run(binary, "--rotate", "33")
    assert r.returncode == 2 and "--rotate" in r.stderr, r
    r = run(binary, "--config", "/nonexistent/kiosk.toml")
    assert r.returncode == 2 and "file not found" in r.stderr, r
    r = run(binary, "--help")
    assert r.returncode == 0 and "--windowed" in r.stdout, r
    print("1 passed, 0 failed")


if __name__ == "__main__":
    main(sys.argv[1])
