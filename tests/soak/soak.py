#!/usr/bin/env python3
"""Soak: the real kiosk under Xvfb for MINUTES of random taps, with a receiver that fails on
purpose and new bundles arriving, sampling the kiosk's resident memory every minute.

Each sample first ends the visit as a person would (quick exit) and waits for the home
screen in the kiosk's language, so every sample sees the kiosk in the same state: what a
visit left behind is what grows.

It passes when the kiosk never exits, no frame fails, it stops cleanly on SIGTERM with no
sanitizer report, nothing reaches the receiver twice, and (unless --no-rss-goal) its RSS at
the end is within --rss-tolerance-kib of its RSS after --settle-minutes.

Usage: soak.py KIOSK RECEIVER KIOSK_BUNDLE OUT_DIR [--minutes 60] [--seed N]
       [--settle-minutes 5] [--sample-seconds 60] [--publish-seconds 240]
       [--rss-tolerance-kib 2048] [--no-rss-goal]
Writes OUT_DIR/rss.csv, kiosk.log, summary.md and screen shots at the start and the end.
"""
import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path[:0] = [os.path.join(REPO, "tests", "e2e"), os.path.join(REPO, "tests", "support")]

from kiosk_process import Kiosk  # noqa: E402
from soak_server import KIOSK_ID, SoakServer  # noqa: E402
from soak_visitor import Visitor  # noqa: E402
from upload_e2e import hash_pin, record_events  # noqa: E402


def arguments():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for name in ("kiosk", "receiver", "bundle_tool", "out"):
        p.add_argument(name)
    p.add_argument("--minutes", type=float, default=60)
    p.add_argument("--seed", type=int, default=random.randrange(1 << 30))
    p.add_argument("--settle-minutes", type=float, default=5)
    p.add_argument("--sample-seconds", type=float, default=60)
    p.add_argument("--publish-seconds", type=float, default=240)
    p.add_argument("--rss-tolerance-kib", type=int, default=2048)
    p.add_argument("--no-rss-goal", action="store_true")
    return p.parse_args()


def memory_kib(pid):
    """(VmRSS, RssAnon, RssFile) in KiB. RssAnon is the kiosk's own heap and buffers; RssFile
    is code and files mapped in, which under Xvfb includes Mesa's software renderer (LLVM)
    paging in the code for each new way of drawing."""
    found = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "RssAnon", "RssFile"):
                found[name] = int(value.split()[0])
    return found["VmRSS"], found["RssAnon"], found["RssFile"]


def steady_memory_kib(kiosk):
    """memory_kib once two readings 0.1 s apart agree (the kiosk gives freed memory back
    just after the frame that ends a visit), or the last reading after 3 s."""
    last = memory_kib(kiosk.proc.pid)
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        time.sleep(0.1)
        now = memory_kib(kiosk.proc.pid)
        if now == last:
            break
        last = now
    return last


def kiosk_config(work, args, server):
    path = os.path.join(work, "kiosk.toml")
    with open(path, "w") as f:
        f.write(f'kiosk_id = "{KIOSK_ID}"\n' + server.kiosk_upload_config() +
                f'[[staff.pins]]\nname = "Soak"\nrole = "peer leader"\n'
                f'hash = "{hash_pin(args.kiosk)}"\n')
    return path


def installed_bundles(data_dir):
    """The kiosk's bundle state files (docs/bundles.md), as text, for the summary."""
    found = {}
    for root, _dirs, files in os.walk(data_dir):
        if "state" in files and "bundles" in root:
            with open(os.path.join(root, "state")) as f:
                found[os.path.relpath(root, data_dir)] = f.read().strip()
    return found


def kiosk_health(database):
    with sqlite3.connect(database) as db:
        return [row[0] for row in db.execute(
            "SELECT json_extract(data, '$.frame_failures') FROM events "
            "WHERE type = 'kiosk.health'")]


def soak(args, work, server, out):
    samples = []  # (minutes, RSS, anon, file KiB, actions, frame, screen, lang, at rest)
    visitor = None
    data_dir = os.path.join(work, "kiosk-data")
    with Kiosk(args.kiosk, extra_args=["--config", kiosk_config(work, args, server)],
               data_dir=data_dir, log_path=os.path.join(out, "kiosk.log")) as k:
        home = k.wait_for(lambda d: d["screen"] == "home" and d["items"], "the home screen", 60)
        k.wait_for_database(60)  # record_events writes into it beside the kiosk
        k.screenshot(os.path.join(out, "start.png"))
        visitor = Visitor(k, args.seed)
        start = time.monotonic()
        end = start + args.minutes * 60
        next_sample, next_publish, published, actions = start, start, 0, 0
        recorded = set()  # ids of the events queued beside the kiosk, 25 a minute
        while True:
            now = time.monotonic()
            if k.proc.poll() is not None:
                raise AssertionError(f"the kiosk exited with {k.proc.returncode} after "
                                     f"{(now - start) / 60:.1f} min; see {out}/kiosk.log")
            visitor.exploring = now - start < args.settle_minutes * 60
            if now >= next_sample:
                rest = visitor.come_to_rest(home["lang"])
                memory = steady_memory_kib(k)
                dump = k.read_dump() or {}
                samples.append(((now - start) / 60, *memory, actions, dump.get("frame"),
                                dump.get("screen"), dump.get("lang"), rest))
                print("%6.1f min  RSS %7d KiB (anon %7d, file %7d)  %6d actions  %s" %
                      (*samples[-1][:5], "at rest" if rest else "NOT at rest: " +
                       str(samples[-1][6])), flush=True)
                recorded |= record_events(os.path.join(data_dir, "kiosk.db"))
                next_sample += args.sample_seconds
            if now >= end:
                break
            if now >= next_publish:
                server.publish(published)
                published += 1
                next_publish += args.publish_seconds
            visitor.step()
            actions += 1
            before = k.read_dump()
            try:  # the next frame after the action, or on after a short while
                k.wait_for(lambda d: d != before, "a frame after the action", 0.5)
            except TimeoutError:
                pass
            time.sleep(visitor.random.uniform(0.05, 0.4))
        k.screenshot(os.path.join(out, "end.png"))
        code, log = k.stop()
        bundles = installed_bundles(data_dir)
    return samples, visitor, published, code, log, bundles, recorded


def part_growth(settled, column):
    return settled[-1][column] - settled[0][column] if len(settled) >= 2 else "-"


def verdict(args, samples, code, log, twice):
    problems = []
    if code != 0:
        problems.append(f"the kiosk exited with {code} on SIGTERM")
    for marker in ("a frame failed", "ERROR: AddressSanitizer", "runtime error:"):
        if marker in log:
            problems.append(f"the kiosk's log has '{marker}'")
    if twice:
        problems.append(f"{twice} events reached the receiver more than once")
    settled = [s for s in samples if s[0] >= args.settle_minutes - 1e-6 and s[8]]
    growth = settled[-1][1] - settled[0][1] if len(settled) >= 2 else None
    if not args.no_rss_goal:
        if growth is None:
            problems.append("too short to compare RSS with the settled RSS")
        elif abs(growth) > args.rss_tolerance_kib:
            problems.append(f"RSS moved {growth} KiB after minute {args.settle_minutes:g} "
                            f"(allowed {args.rss_tolerance_kib})")
    return problems, growth, settled


def main():
    args = arguments()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    work = tempfile.mkdtemp(prefix="kiosk-soak-")
    server = SoakServer(args.receiver, args.bundle_tool, REPO, work, args.seed).start()
    print(f"soak: {args.minutes:g} min, seed {args.seed}, work in {work}", flush=True)
    try:
        samples, visitor, published, code, log, bundles, recorded = soak(args, work, server,
                                                                          out)
        counts, tapped = visitor.counts, visitor.tapped
    finally:
        stored, twice = server.stop()
    health = kiosk_health(server.database)
    delivered = server.delivered_ids()
    with open(os.path.join(out, "rss.csv"), "w") as f:
        f.write("minutes,rss_kib,rss_anon_kib,rss_file_kib,actions,frame,screen,lang,at_rest\n")
        for s in samples:
            f.write("%.2f,%d,%d,%d,%d,%s,%s,%s,%d\n" % s)
    problems, growth, settled = verdict(args, samples, code, log, twice)
    lines = [f"# Soak: {args.minutes:g} min, seed {args.seed}",
             f"- kiosk: `{args.kiosk}`",
             f"- actions: {samples[-1][4]} ({', '.join(f'{v} {k}' for k, v in counts.items())})",
             f"- frames drawn: {samples[-1][5]}; different items tapped: {len(tapped)}",
             f"- RSS: {samples[0][1]} KiB at the start, "
             f"{settled[0][1] if settled else '-'} KiB at minute {args.settle_minutes:g}, "
             f"{max(s[1] for s in samples)} KiB at most, {samples[-1][1]} KiB at the end "
             f"(after minute {args.settle_minutes:g}: {growth if growth is not None else '-'} KiB); "
             f"samples on the home screen after a quick exit: "
             f"{sum(1 for s in samples if s[8])} of {len(samples)}",
             f"- of which anonymous (the kiosk's heap): {part_growth(settled, 2)} KiB, "
             f"file-backed (code, Mesa's LLVM): {part_growth(settled, 3)} KiB "
             f"after minute {args.settle_minutes:g}",
             f"- bundles published: {published}; the kiosk's state at the end: {bundles}",
             f"- events queued beside the kiosk: {len(recorded)}, delivered through the faults: "
             f"{len(delivered & recorded)}; events at the receiver (also the kiosk's own): {stored}, "
             f"stored twice: {twice}; "
             f"health reports: {len(health)} (frame_failures {health})",
             f"- verdict: {'passed' if not problems else 'FAILED: ' + '; '.join(problems)}"]
    with open(os.path.join(out, "summary.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
    print("\n".join(lines))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
