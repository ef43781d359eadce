#!/usr/bin/env python3
"""Boots the Pi image deploy-pi/image.sh made (with --test-console) in full-system emulation
and checks what a drop-in centre will meet: the kiosk on screen after power-on with no
login prompt or console text, a tap opening the emergency screen, systemd bringing back a
killed kiosk and the watchdog a hung one, the screen off outside opening hours, and a
power cut during sign-ups losing nothing and doubling nothing at the receiver (the real
kiosk_receiver on this machine, reached through qemu's user network); then the same power
cut with the read-only root and the data on a second disk (provision.sh --overlay).

Usage: boot_check.py IMAGE_DIR RECEIVER_BINARY WORK_DIR [--home-limit S] [--watchdog-margin S]
Screen dumps (PNG), the serial console log and report.md land in WORK_DIR.
"""
import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "vm"))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "support"))

import checks  # noqa: E402
import kiosk_screen as ks  # noqa: E402
import power_cut  # noqa: E402
import read_only_root  # noqa: E402
from machine import Machine  # noqa: E402
from service_process import start_with_port_file  # noqa: E402

KIOSK_ID = "vm-1"  # image.sh's provision.sh --kiosk-id
TOKEN = "image-test-token-0123456789"  # image.sh's default --token


def start_receiver(binary, work):
    config = os.path.join(work, "receiver.toml")
    with open(config, "w") as f:
        f.write(f'listen = "127.0.0.1:0"\ndatabase = "{work}/receiver.db"\n'
                f'[[kiosk]]\nid = "{KIOSK_ID}"\ntoken = "{TOKEN}"\n')
    return start_with_port_file(binary, ["--config", config], work, "receiver")


def step(report, name, action):
    print(f"boot-check: {name} ...", flush=True)
    started = time.monotonic()
    action()
    report["steps_s"][name] = round(time.monotonic() - started, 1)


def run(args, machine, report):
    started = machine.power_on()
    machine.shell.login(args.home_limit)
    step(report, "home on screen after power-on",
         lambda: checks.home_on_screen(machine, args.work, report, started, args.home_limit))
    step(report, "no pointer drawn", lambda: checks.no_cursor(machine, report))
    step(report, "systemd-analyze", lambda: checks.boot_figures(machine, report))
    step(report, "clock trusted, opening hours set", lambda: checks.trust_clock_and_open(machine))
    step(report, "a tap opens the emergency screen",
         lambda: checks.tap_emergency(machine, args.work, report))
    step(report, "kill -9: systemd brings the kiosk back",
         lambda: checks.killed_kiosk_comes_back(machine, report))
    step(report, "SIGSTOP: the watchdog restarts the kiosk",
         lambda: checks.hung_kiosk_is_restarted(machine, report, args.watchdog_margin))
    step(report, "screen off outside opening hours, a touch wakes it",
         lambda: checks.screen_schedule(machine, args.work, report))
    confirmed = []
    step(report, "power cut while signing up",
         lambda: confirmed.append(power_cut.cut_while_signing_up(machine, report)))

    def boot_again():
        machine.power_on()
        machine.shell.login(args.home_limit)
        ks.wait_for_screen(machine, "home", args.home_limit)
    step(report, "boot again after the cut", boot_again)
    step(report, "nothing lost, nothing doubled",
         lambda: power_cut.after_the_cut(machine, report, confirmed[0],
                                         os.path.join(args.work, "receiver.db"), KIOSK_ID))
    overlay = report["read_only_root"] = {}
    step(report, "read-only root: provision.sh --overlay --data-device, power off",
         lambda: read_only_root.turn_on(machine, overlay))
    step(report, "read-only root: boot", boot_again)
    step(report, "read-only root: / in RAM, the data on its partition",
         lambda: read_only_root.mounts_as_intended(machine, overlay))
    read_only_root.open_now(machine)
    step(report, "read-only root: power cut while signing up",
         lambda: confirmed.append(power_cut.cut_while_signing_up(machine, overlay)))
    step(report, "read-only root: boot again after the cut", boot_again)
    step(report, "read-only root: / forgot, nothing lost, nothing doubled",
         lambda: (read_only_root.root_forgot(machine),
                  power_cut.after_the_cut(machine, overlay, confirmed[1],
                                          os.path.join(args.work, "receiver.db"), KIOSK_ID,
                                          before=overlay["signups_before"])))
    step(report, "clean shutdown", machine.shutdown)


def write_report(work, report):
    with open(os.path.join(work, "report.json"), "w") as f:
        json.dump(report, f, indent=2)
    lines = ["# boot-check report", ""]
    for key, value in report.items():
        if isinstance(value, dict):
            lines += [f"## {key}", ""] + [f"- {k}: {v}" for k, v in value.items()] + [""]
        elif isinstance(value, str) and "\n" in value:
            lines += [f"## {key}", "", "```", value, "```", ""]
        else:
            lines.append(f"- {key}: {value}")
    with open(os.path.join(work, "report.md"), "w") as f:
        f.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("image_dir")
    parser.add_argument("receiver")
    parser.add_argument("work")
    parser.add_argument("--home-limit", type=float, default=420,
                        help="seconds from power-on to the home screen (default 420)")
    parser.add_argument("--watchdog-margin", type=float, default=90,
                        help="seconds a hung kiosk may take beyond WatchdogSec (default 90)")
    args = parser.parse_args()
    args.work = os.path.abspath(args.work)
    os.makedirs(args.work, exist_ok=True)
    disk = os.path.join(args.work, "root.img")
    subprocess.run(["cp", "--sparse=always", os.path.join(args.image_dir, "root.img"), disk],
                   check=True)
    data_disk = os.path.join(args.work, "data.img")
    read_only_root.make_data_disk(data_disk)
    receiver, port = start_receiver(args.receiver, args.work)
    machine = Machine(os.path.abspath(args.image_dir), disk, args.work, port,
                      extra_disks=[data_disk])
    report = {"steps_s": {}}
    total = time.monotonic()
    failure = None
    try:
        run(args, machine, report)
    except Exception as e:  # every failure is reported with where to look
        failure = f"{type(e).__name__}: {e}"
    finally:
        machine.power_cut()
        receiver.terminate()
        receiver.wait()
        report["total_s"] = round(time.monotonic() - total, 1)
        report["result"] = failure or "passed"
        write_report(args.work, report)
    print(open(os.path.join(args.work, "report.md")).read())
    if failure:
        print(f"boot-check: FAILED: {failure}\n  serial console: {args.work}/serial.log\n"
              f"  screens: {args.work}/*.png", file=sys.stderr)
        return 1
    print(f"boot-check: passed in {report['total_s']:.0f} s; screens in {args.work}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
