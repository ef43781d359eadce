"""The read-only root check of deploy-pi/boot_check.py, as docs/deploy-pi.md advises for a
centre whose power is cut often: provision.sh --overlay with the kiosk's data on a second
disk. After the reboot / must be an overlay in RAM and /var/lib/kiosk the partition
itself (overlayroot's default would put it in RAM too), what the kiosk held before must
have moved there, a change to / must be gone after the next boot, and a power cut while
visitors sign up must lose and double nothing there either."""
import subprocess

import power_cut
from checks import expect

DATA_DEVICE = "/dev/vdb"  # the second virtio disk, after the root disk
PROBE = "/etc/kiosk-overlay-probe"  # written to / with the overlay on: gone after a boot


def make_data_disk(path, size="256M"):
    """An empty ext4 file system, as `mkfs.ext4 -L kiosk-data` makes on a USB stick."""
    subprocess.run(["mkfs.ext4", "-q", "-F", "-L", "kiosk-data", path, size], check=True)


def turn_on(machine, report):
    """provision.sh --overlay --data-device, as staff would run it, then a clean power-off
    (the overlay starts with the next boot)."""
    report["signups_before"] = power_cut.signups_recorded(machine)
    _, out = machine.shell.run(f"kiosk-provision --overlay --data-device {DATA_DEVICE}",
                               timeout=900)
    report["provision"] = "\n".join(out.splitlines()[-3:])
    machine.shutdown()


def mounts_as_intended(machine, report):
    _, root_fs = machine.shell.run("findmnt -n -o FSTYPE /")
    expect(root_fs.strip() == "overlay", f"/ is {root_fs.strip()!r}, not the overlay")
    _, data = machine.shell.run("findmnt -n -o SOURCE,FSTYPE,OPTIONS /var/lib/kiosk")
    source, fstype, options = (data.split() + ["", "", ""])[:3]
    report["data_mount"] = data.strip()
    expect(source == DATA_DEVICE and fstype == "ext4" and options.split(",")[0] == "rw",
           f"/var/lib/kiosk is '{data.strip()}', not {DATA_DEVICE} ext4 rw: the data "
           "would not survive a reboot")
    moved = power_cut.signups_recorded(machine)
    expect(moved == report["signups_before"],
           f"the data partition holds {moved} sign-ups; the kiosk had "
           f"{report['signups_before']} before the overlay")
    machine.shell.run(f"echo 'written with the overlay on' >{PROBE}")


def root_forgot(machine):
    status, _ = machine.shell.run(f"test -e {PROBE}", check=False)
    expect(status != 0, f"{PROBE}, written to / before the power cut, is still there: "
           "the root is not in RAM")


def open_now(machine):
    """The clock inside opening hours (the emulated machine has no NTP; boot_check.py's
    checks.trust_clock_and_open set the hours before the overlay, so they are kept)."""
    machine.shell.run("date -s '2026-12-07 12:10:00'")
