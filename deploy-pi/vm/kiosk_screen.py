"""What the kiosk in the emulated machine shows, for deploy-pi/boot_check.py: its UI dump
(/run/kiosk/ui.json, written after every frame in images made with image.sh
--test-console) read over the serial console, taps on its items through QMP, and the
kiosk's process as systemd runs it."""
import json
import time

from machine import HEIGHT, WIDTH

UI_DUMP = "/run/kiosk/ui.json"


def ui_dump(machine):
    """The kiosk's last frame, or None while there is none (starting, restarting)."""
    status, out = machine.shell.run(f"cat {UI_DUMP} 2>/dev/null", check=False)
    if status != 0 or not out.strip():
        return None
    try:
        return json.loads(out)
    except json.JSONDecodeError:
        return None  # read while being replaced: the next poll sees the whole file


def wait_for_screen(machine, screen, timeout, newer_than_pid=None):
    """Polls until the kiosk shows `screen` (from a kiosk process other than
    newer_than_pid, if given); returns (seconds waited, dump, pid)."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        pid = kiosk_pid(machine)
        if pid and pid != newer_than_pid:
            dump = ui_dump(machine)
            if dump and dump.get("screen") == screen:
                return time.monotonic() - started, dump, pid
        time.sleep(0.5)
    raise TimeoutError(f"the kiosk did not show '{screen}' within {timeout:.0f} s")


def kiosk_pid(machine):
    status, out = machine.shell.run("pidof -s kiosk", check=False)
    return int(out) if status == 0 and out.strip().isdigit() else None


def item(dump, item_id=None, prefix=None):
    for it in dump.get("items", []):
        if it["id"] == item_id or (prefix and it["id"].startswith(prefix)):
            return it
    wanted = item_id or prefix + "*"
    raise LookupError(f"'{wanted}' is not on screen '{dump.get('screen')}': "
                      f"{[it['id'] for it in dump.get('items', [])]}")


def tap(machine, dump, item_id=None, prefix=None):
    """Taps the middle of an item through the virtio tablet; returns the item."""
    it = item(dump, item_id, prefix)
    machine.qmp.tap(it["x"] + it["w"] / 2, it["y"] + it["h"] / 2, WIDTH, HEIGHT)
    return it


def tap_and_wait(machine, item_id, screen, timeout=60, prefix=None):
    """Taps an item on the current screen and waits for the next screen."""
    dump = ui_dump(machine)
    if dump is None:
        raise RuntimeError("no UI dump: is the kiosk running?")
    tap(machine, dump, item_id, prefix)
    return wait_for_screen(machine, screen, timeout)[1]
