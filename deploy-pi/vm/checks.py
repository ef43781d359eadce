"""The checks deploy-pi/boot_check.py runs on the booted machine, one function each: what a
drop-in centre meets when it puts the card in a Pi and walks away."""
import os
import time

import kiosk_screen as ks
import screen

CONFIG = "/etc/kiosk/kiosk.toml"
DB = "/var/lib/kiosk/kiosk.db"
WATCHDOG_S = 30  # WatchdogSec in kiosk.service


class CheckFailed(Exception):
    pass


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


def dump_screen(machine, work, name):
    """Saves the screen as work/name.png; returns (png path, ppm path)."""
    ppm = os.path.join(work, name + ".ppm")
    machine.qmp.screendump(ppm)
    return screen.to_png(ppm, os.path.join(work, name + ".png")), ppm


def home_on_screen(machine, work, report, started, limit):
    """Power-on to the home screen: on screen in time, no login prompt, no console text."""
    ks.wait_for_screen(machine, "home", limit - (time.monotonic() - started))
    seconds = time.monotonic() - started
    report["boot_to_home_s"] = round(seconds, 1)
    png, ppm = dump_screen(machine, work, "1-home")
    text = screen.ocr(png)
    report["home_ocr"] = " ".join(text.split())[:300]
    expect(screen.dark_fraction(ppm) < 0.5, f"the home screen is mostly black ({png})")
    for bad in ("login:", "Debian GNU/Linux", "kiosk-vm"):
        expect(bad not in text, f"'{bad}' is on the screen ({png}): console text shows")
    dump = ks.ui_dump(machine)
    words = {w for line in dump.get("texts", []) for w in line.split() if len(w) >= 5}
    seen = [w for w in words if w in text]
    expect(len(seen) >= 3, f"the screen ({png}) does not read as the kiosk's home screen: "
                           f"OCR found {len(seen)} of its words ({text[:200]!r})")
    report["home_words_read"] = f"{len(seen)} of {len(words)}"


def no_cursor(machine, report):
    """cage draws the pointer from the kiosk's cursor theme: one transparent pixel.
    (A QMP screen dump never holds the virtio GPU's cursor plane, so it cannot tell.)"""
    _, env = machine.shell.run("tr '\\0' '\\n' </proc/$(pidof -s cage)/environ")
    expect("XCURSOR_PATH=/usr/share/kiosk/cursors" in env, "cage runs without the blank cursor")
    _, size = machine.shell.run("stat -c %s /usr/share/kiosk/cursors/default/cursors/left_ptr")
    report["cursor"] = f"cage's theme: /usr/share/kiosk/cursors, left_ptr {size} bytes"


def boot_figures(machine, report):
    """Where the boot's time goes. systemd counts the boot as finished when no start job is
    left; what still runs then is kept in the report."""
    _, report["jobs_at_home"] = machine.shell.run("systemctl list-jobs --no-pager", timeout=60)
    machine.shell.run("timeout 300 systemctl is-system-running --wait", timeout=330,
                      check=False)
    _, report["systemd_analyze"] = machine.shell.run("systemd-analyze time", timeout=120,
                                                     check=False)
    _, report["critical_chain"] = machine.shell.run(
        "systemd-analyze critical-chain kiosk.service --no-pager", timeout=120)
    _, report["blame"] = machine.shell.run("systemd-analyze blame --no-pager | head -n 12",
                                           timeout=120)


def trust_clock_and_open(machine):
    """The emulated machine reaches no NTP server: the check trusts the clock itself (as
    staff would by confirming the time) and opens the drop-in every day 09:00-17:00."""
    days = ", ".join(f'{d} = "09:00-17:00"' for d in
                     ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                      "sunday"))
    machine.shell.run(f"sed -i 's/^check_clock = true/check_clock = false/' {CONFIG}")
    machine.shell.run(f"printf '\\n[screen]\\nopen = {{ {days} }}\\nawake_minutes = 1\\n'"
                      f" >>{CONFIG}")
    machine.shell.run("timedatectl set-ntp false; date -s '2026-12-07 12:00:00'")
    old = ks.kiosk_pid(machine)
    machine.shell.run("systemctl restart kiosk.service", timeout=180)
    ks.wait_for_screen(machine, "home", 240, newer_than_pid=old)


def tap_emergency(machine, work, report):
    started = time.monotonic()
    ks.tap_and_wait(machine, "nav.emergency", "emergency", timeout=60)
    report["tap_to_emergency_s"] = round(time.monotonic() - started, 1)
    png, _ = dump_screen(machine, work, "2-emergency")
    text = screen.ocr(png)
    expect("112" in text, f"the emergency screen ({png}) does not show 112: {text[:200]!r}")
    ks.tap_and_wait(machine, "nav.home", "home", timeout=60)


def killed_kiosk_comes_back(machine, report):
    pid = ks.kiosk_pid(machine)
    machine.shell.run(f"kill -9 {pid}")
    seconds, _, _ = ks.wait_for_screen(machine, "home", 180, newer_than_pid=pid)
    report["kill9_to_home_s"] = round(seconds, 1)


def hung_kiosk_is_restarted(machine, report, margin_s):
    pid = ks.kiosk_pid(machine)
    machine.shell.run(f"kill -STOP {pid}")
    seconds, _, _ = ks.wait_for_screen(machine, "home", WATCHDOG_S + margin_s + 120,
                                       newer_than_pid=pid)
    report["sigstop_to_home_s"] = round(seconds, 1)
    _, journal = machine.shell.run("journalctl -u kiosk.service -b --no-pager | "
                                   "grep -i 'watchdog timeout' | tail -n 1", check=False)
    if "atchdog timeout" not in journal:
        _, recent = machine.shell.run("journalctl -u kiosk.service -b --no-pager -o short-monotonic"
                                      " | tail -n 25", check=False)
        expect(False, "systemd's journal has no watchdog timeout for the kiosk; its last "
               f"lines:\n{recent}")
    expect(seconds <= WATCHDOG_S + margin_s,
           f"the hung kiosk was back after {seconds:.0f} s, more than WatchdogSec "
           f"{WATCHDOG_S} s + {margin_s} s")


def screen_schedule(machine, work, report):
    """Outside opening hours the picture goes black; a touch wakes it."""
    machine.shell.run("date -s '2026-12-07 23:30:00'")
    deadline = time.monotonic() + 180
    while True:
        _, ppm = dump_screen(machine, work, "3-closed")
        if screen.dark_fraction(ppm) > 0.99:
            break
        expect(time.monotonic() < deadline, "the screen did not go off outside opening hours")
        time.sleep(2)
    report["closed_dark"] = round(screen.dark_fraction(ppm), 3)
    machine.qmp.tap(400, 240, 800, 480)
    deadline = time.monotonic() + 60
    while True:
        _, ppm = dump_screen(machine, work, "4-woken")
        if screen.dark_fraction(ppm) < 0.5:
            break
        expect(time.monotonic() < deadline, "a touch did not wake the screen")
        time.sleep(1)
    machine.shell.run("date -s '2026-12-07 12:05:00'")
