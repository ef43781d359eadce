#!/usr/bin/env python3
"""The measuring half of bench/run-bench.sh (which installs and builds first).

Runs the kiosk, the bare GLFW+ImGui window (the floor) and Chromium --kiosk showing
bench/home.html, each on its own fresh Xvfb 800x480x24 display, and measures the same
things the same way for all three:

  start    exec -> the first grab of the X root window whose pixels match the program's
           settled home screen (>= 99% of pixels equal to the last grab). The root window
           is grabbed with XGetImage (libX11 through ctypes, no extra process) every 10 ms.
  pss      sum of Pss in /proc/PID/smaps_rollup over the program's whole process tree,
           once the screen has not changed for a few seconds.
  idle CPU utime+stime (+cutime+cstime of reaped children) of the whole tree from
           /proc/PID/stat over one 60 s window at the home screen, as % of one core; the
           three programs idle at the same time, each on its own display. The scheduler's
           nanosecond run time (/proc/PID/task/*/schedstat) is recorded as a cross-check.

The machine may be shared (a developer's compiler, CI): each start first waits for the
rest of the machine to be quiet, and a start during which other programs kept it more
than 25% of a core busy is done again (at most 3 attempts; results.md says how many).

The process tree is every process in the program's session (it is started with setsid)
plus every descendant by parent pid; this script makes itself a child subreaper so that
daemonising helpers stay in the tree. Everything it starts is stopped before it exits.
Writes results.json, results.md and one PNG of each program's home screen to --out.
"""

import argparse
import ctypes
import json
import os
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib

WIDTH, HEIGHT = 800, 480
POLL_S = 0.010            # root window grab interval
STABLE_S = 3.0            # the home screen is "settled" after this long without a change
START_TIMEOUT_S = 30.0    # give up on a start after this long
MATCH = 0.99              # a grab shows the home screen when this share of pixels matches
OTHER_LOAD_MAX_PCT = 25.0 # a start during which other programs kept the machine busier
MAX_ATTEMPTS = 3          # than this (% of a core) is done again, up to this many times
QUIET_PCT = 10.0          # each start first waits (a bounded time) for the machine to be
                          # this quiet (% of a core)
CLK_TCK = os.sysconf("SC_CLK_TCK")
PR_SET_CHILD_SUBREAPER = 36


# ---------------------------------------------------------------- X root window grabs

class _XImage(ctypes.Structure):
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int),
                ("xoffset", ctypes.c_int), ("format", ctypes.c_int),
                ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int),
                ("bytes_per_line", ctypes.c_int), ("bits_per_pixel", ctypes.c_int)]


_x11 = ctypes.CDLL("libX11.so.6")
_x11.XOpenDisplay.restype = ctypes.c_void_p
_x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
_x11.XDefaultRootWindow.restype = ctypes.c_ulong
_x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
_x11.XGetImage.restype = ctypes.POINTER(_XImage)
_x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int,
                           ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
_x11.XDestroyImage.argtypes = [ctypes.POINTER(_XImage)]
_x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
ZPIXMAP, ALL_PLANES = 2, 0xFFFFFFFF


class Screen:
    """A connection to one display that grabs its root window as BGRX bytes."""

    def __init__(self, display):
        self.dpy = _x11.XOpenDisplay(display.encode())
        if not self.dpy:
            raise RuntimeError("cannot open display " + display)
        self.root = _x11.XDefaultRootWindow(self.dpy)

    def grab(self):
        img = _x11.XGetImage(self.dpy, self.root, 0, 0, WIDTH, HEIGHT, ALL_PLANES, ZPIXMAP)
        if not img:
            raise RuntimeError("XGetImage failed")
        im = img.contents
        if im.bits_per_pixel != 32 or im.bytes_per_line != WIDTH * 4:
            _x11.XDestroyImage(img)
            raise RuntimeError("unexpected root window format")
        data = bytearray(ctypes.string_at(im.data, WIDTH * HEIGHT * 4))
        _x11.XDestroyImage(img)
        data[3::4] = bytes(WIDTH * HEIGHT)  # the pad byte is not part of the picture
        return bytes(data)

    def close(self):
        _x11.XCloseDisplay(self.dpy)


def share_equal(a, b):
    """Share of pixels that are the same in two grabs."""
    same = sum(1 for x, y in zip(memoryview(a).cast("I"), memoryview(b).cast("I")) if x == y)
    return same / (WIDTH * HEIGHT)


def write_png(path, bgrx):
    rgb = bytearray(WIDTH * HEIGHT * 3)
    rgb[0::3], rgb[1::3], rgb[2::3] = bgrx[2::4], bgrx[1::4], bgrx[0::4]
    rows = b"".join(b"\0" + bytes(rgb[y * WIDTH * 3:(y + 1) * WIDTH * 3]) for y in range(HEIGHT))

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", WIDTH, HEIGHT, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- Xvfb

class Xvfb:
    def __init__(self, log):
        r, w = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(w), "-screen", "0", f"{WIDTH}x{HEIGHT}x24",
             "-nolisten", "tcp", "-br", "-noreset"],
            pass_fds=(w,), stdout=log, stderr=log, start_new_session=True)
        os.close(w)
        number = b""
        deadline = time.monotonic() + 20
        while not number.endswith(b"\n") and time.monotonic() < deadline:
            chunk = os.read(r, 16)
            if not chunk:
                break
            number += chunk
        os.close(r)
        if not number.strip():
            self.stop()
            raise RuntimeError("Xvfb did not start")
        self.display = ":" + number.decode().strip()

    def stop(self):
        stop_tree(self.proc, [self.proc.pid])


# ---------------------------------------------------------------- /proc

def _stat(pid):
    with open(f"/proc/{pid}/stat") as f:
        text = f.read()
    fields = text[text.rindex(")") + 2:].split()
    # fields[0] is field 3 (state) of proc(5)
    return {"state": fields[0], "ppid": int(fields[1]), "sid": int(fields[3]),
            "ticks": sum(int(x) for x in fields[11:15]),  # utime stime cutime cstime
            "self_ticks": int(fields[11]) + int(fields[12])}


def tree(root):
    """The pids of root's session plus every descendant of root, zombies left out."""
    stats = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                stats[int(name)] = _stat(name)
            except (OSError, ValueError):
                pass
    pids = {pid for pid, s in stats.items() if s["sid"] == root or pid == root}
    grew = True
    while grew:
        grew = False
        for pid, s in stats.items():
            if pid not in pids and s["ppid"] in pids:
                pids.add(pid)
                grew = True
    return sorted(p for p in pids if p in stats and stats[p]["state"] != "Z")


def pss_kib(pids):
    total = {"Pss": 0, "Rss": 0, "Private": 0}
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup") as f:
                for line in f:
                    key, _, rest = line.partition(":")
                    if key in ("Pss", "Rss"):
                        total[key] += int(rest.split()[0])
                    elif key in ("Private_Clean", "Private_Dirty"):
                        total["Private"] += int(rest.split()[0])
        except (OSError, ValueError):
            pass
    return total


GL_DRIVER = ("libLLVM", "_dri.so", "libgallium", "libglapi", "libGLX_mesa", "libEGL_mesa",
             "libvulkan_lvp")


def pss_gl_kib(pids):
    """The part of the PSS that is the Mesa GL driver's files (llvmpipe: LLVM, swrast)."""
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps") as f:
                in_driver = False
                for line in f:
                    first = line.split(None, 1)[0]
                    if not first.endswith(":"):  # a mapping's header line
                        in_driver = any(n in line for n in GL_DRIVER)
                    elif in_driver and first == "Pss:":
                        total += int(line.split()[1])
        except (OSError, ValueError):
            pass
    return total


def busy_ticks():
    """CPU ticks the whole machine has spent busy since boot (/proc/stat)."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    return sum(v) - v[3] - v[4]  # all but idle and iowait


def own_ticks(pid="self", children=False):
    try:
        s = _stat(pid)
    except (OSError, ValueError):
        return 0
    return s["ticks"] if children else s["self_ticks"]


def cpu_snapshot(pids):
    """{pid: (clock ticks incl. reaped children, scheduler ns of live threads)}."""
    snap = {}
    for pid in pids:
        try:
            ticks = _stat(pid)["ticks"]
            ns = 0
            for tid in os.listdir(f"/proc/{pid}/task"):
                try:
                    with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                        ns += int(f.read().split()[0])
                except (OSError, ValueError):
                    pass
            snap[pid] = (ticks, ns)
        except (OSError, ValueError):
            pass
    return snap


def cpu_delta(before, after):
    """Ticks and ns used between two snapshots; a process new in `after` counts whole."""
    ticks = ns = 0
    for pid, (t1, n1) in after.items():
        t0, n0 = before.get(pid, (0, 0))
        ticks += max(0, t1 - t0)
        ns += max(0, n1 - n0)
    return ticks, ns


def stop_tree(proc, pids):
    """SIGTERM the program's process group, then SIGKILL whatever of its tree is left."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    for pid in set(pids) | set(tree(proc.pid)):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        pass
    reap()


def reap():
    """Collect adopted orphans (this process is a child subreaper)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


# ---------------------------------------------------------------- the programs

def chromium_profile(tmp):
    """Seeds the fresh profile: no translate bubble over the Dutch page (this Debian
    Chromium ships only the en-US locale, so it would offer to translate). Returns []."""
    os.makedirs(os.path.join(tmp, "Default"))
    with open(os.path.join(tmp, "Default", "Preferences"), "w") as f:
        json.dump({"translate": {"enabled": False}}, f)
    return []


def programs(args):
    return {
        "kiosk": lambda tmp: [args.kiosk, "--windowed", f"{WIDTH}x{HEIGHT}", "--data-dir", tmp],
        # The same kiosk starting in Arabic: shaping, bidi and the Arabic glyphs before
        # the first frame (docs/translations.md), the dearest start a visitor can meet.
        "kiosk in Arabic": lambda tmp: [args.kiosk, "--windowed", f"{WIDTH}x{HEIGHT}",
                                        "--data-dir", tmp, "--lang", "ar"],
        "kiosk in Persian": lambda tmp: [args.kiosk, "--windowed", f"{WIDTH}x{HEIGHT}",
                                         "--data-dir", tmp, "--lang", "fa"],
        "bare window": lambda tmp: [args.bare, "--windowed", f"{WIDTH}x{HEIGHT}"],
        "chromium": lambda tmp: chromium_profile(tmp) + [
            "chromium", "--kiosk", "--no-sandbox", "--disable-gpu", "--no-first-run",
            "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-quic", f"--window-size={WIDTH},{HEIGHT}",
            "--window-position=0,0",
            f"--user-data-dir={tmp}",
            "file://" + os.path.abspath(args.html)],
    }


class Running:
    """One program on its own fresh Xvfb, watched until its home screen has settled."""

    def __init__(self, name, argv_for, log_dir, tag):
        self.name = name
        self.tmp = tempfile.mkdtemp(prefix="kiosk-bench-")
        self.log = open(os.path.join(log_dir, f"{tag}.log"), "wb")
        self.xvfb = Xvfb(self.log)
        self.screen = Screen(self.xvfb.display)
        self.blank = self.screen.grab()
        env = dict(os.environ, DISPLAY=self.xvfb.display)
        env.pop("WAYLAND_DISPLAY", None)
        self.busy0 = busy_ticks()
        self.self0 = own_ticks()
        self.xvfb0 = own_ticks(self.xvfb.proc.pid)
        self.t0 = time.monotonic()
        self.proc = subprocess.Popen(argv_for(self.tmp), env=env, stdout=self.log,
                                     stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                     start_new_session=True)
        self.pids = [self.proc.pid]

    def watch(self):
        """Grab the screen until it has been unchanged for STABLE_S; returns timings."""
        frames = []  # (seconds since exec, grab) for every grab that differs from the last
        last = self.blank
        last_change = None
        while True:
            now = time.monotonic()
            img = self.screen.grab()
            t = now - self.t0
            if img != last:
                frames.append((t, img))
                last, last_change = img, t
            if last_change is not None and t - last_change >= STABLE_S:
                break
            if t > START_TIMEOUT_S or self.proc.poll() is not None:
                raise RuntimeError(f"{self.name}: no settled screen (exit {self.proc.poll()})")
            if len(frames) % 50 == 1:  # now and then, for stop(); /proc scans cost CPU
                self.pids = tree(self.proc.pid)
            time.sleep(max(0.0, POLL_S - (time.monotonic() - now)))
        # What the rest of the machine (not this program, its Xvfb or this script) did
        # meanwhile: other work on the 2 cores disturbs the timing.
        ours = (sum(own_ticks(p, children=True) for p in tree(self.proc.pid))
                + own_ticks(self.xvfb.proc.pid) - self.xvfb0 + own_ticks() - self.self0)
        other_pct = 100.0 * max(0, busy_ticks() - self.busy0 - ours) / CLK_TCK / t
        final = frames[-1][1]
        first_pixels = frames[0][0]
        start = next(t for t, img in frames if share_equal(img, final) >= MATCH)
        self.final = final
        return {"first_pixels_s": first_pixels, "start_s": start,
                "screen_changes": len(frames), "other_load_pct": other_pct}

    def memory(self):
        self.pids = tree(self.proc.pid)
        mem = pss_kib(self.pids)
        mem["Pss_gl_driver"] = pss_gl_kib(self.pids)
        mem["processes"] = len(self.pids)
        return mem

    def stop(self):
        stop_tree(self.proc, self.pids)
        self.screen.close()
        self.xvfb.stop()
        self.log.close()
        shutil.rmtree(self.tmp, ignore_errors=True)


# ---------------------------------------------------------------- the benchmark

_quiet_budget_s = [600.0]  # all waits for quiet together, so the run stays bounded


def wait_for_quiet(limit_s=120.0):
    """Waits (at most limit_s, and 10 min over the whole run) until the rest of the machine
    has been idle for a second: on a shared machine, someone's compiler would otherwise
    slow a start down. Returns how busy the machine was in the last second (% of a core)."""
    start = time.monotonic()
    deadline = start + min(limit_s, _quiet_budget_s[0])
    while True:
        b0, t0 = busy_ticks(), time.monotonic()
        time.sleep(1.0)
        pct = 100.0 * (busy_ticks() - b0) / CLK_TCK / (time.monotonic() - t0)
        if pct <= QUIET_PCT or time.monotonic() > deadline:
            _quiet_budget_s[0] = max(0.0, _quiet_budget_s[0] - (time.monotonic() - start))
            return pct


results_discarded = []  # starts done again because the rest of the machine was busy


def start_runs(args, progs, log_dir):
    results = {name: [] for name in progs}
    names = list(progs)
    print(f"warm-up: one unrecorded start of each program (fills the page cache)", flush=True)
    for name in names:
        wait_for_quiet()
        r = Running(name, progs[name], log_dir, f"warmup-{name.replace(' ', '_')}")
        try:
            r.watch()
            write_png(os.path.join(args.out, f"home-{name.replace(' ', '_')}.png"), r.final)
        finally:
            r.stop()
    discarded = []
    for i in range(args.runs):
        order = names[i % len(names):] + names[:i % len(names)]  # rotate who goes first
        for name in order:
            for attempt in range(1, MAX_ATTEMPTS + 1):
                wait_for_quiet()
                tag = f"run{i + 1}-{attempt}-{name.replace(' ', '_')}"
                r = Running(name, progs[name], log_dir, tag)
                try:
                    row = r.watch()
                    row.update(r.memory())
                finally:
                    r.stop()
                quiet = row["other_load_pct"] <= OTHER_LOAD_MAX_PCT
                print(f"run {i + 1}/{args.runs} {name:12s} start {row['start_s'] * 1000:7.0f} ms"
                      f"  (first pixels {row['first_pixels_s'] * 1000:5.0f} ms)"
                      f"  PSS {row['Pss'] / 1024:6.1f} MiB"
                      f" (GL driver {row['Pss_gl_driver'] / 1024:4.1f}) in {row['processes']}"
                      f" processes; rest of machine {row['other_load_pct']:3.0f}% busy"
                      + ("" if quiet or attempt == MAX_ATTEMPTS else " -> discarded, again"),
                      flush=True)
                row["disturbed"] = not quiet
                if quiet or attempt == MAX_ATTEMPTS:
                    results[name].append(row)
                    break
                discarded.append(dict(row, program=name, run=i + 1))
    results_discarded[:] = discarded
    return results


def idle_run(args, progs, log_dir):
    print(f"idle: all three at their home screens at once, {args.idle_seconds:.0f} s window",
          flush=True)
    running = []
    try:
        for name in progs:
            r = Running(name, progs[name], log_dir, f"idle-{name.replace(' ', '_')}")
            running.append(r)
            r.watch()
        time.sleep(2.0)
        for r in running:
            r.pids = tree(r.proc.pid)
        before = {r.name: cpu_snapshot(r.pids) for r in running}
        xbefore = {r.name: cpu_snapshot([r.xvfb.proc.pid]) for r in running}
        shots = {r.name: r.screen.grab() for r in running}
        t_start = time.monotonic()
        time.sleep(args.idle_seconds)
        elapsed = time.monotonic() - t_start
        out = {}
        for r in running:
            r.pids = tree(r.proc.pid)
            ticks, ns = cpu_delta(before[r.name], cpu_snapshot(r.pids))
            xticks, xns = cpu_delta(xbefore[r.name], cpu_snapshot([r.xvfb.proc.pid]))
            mem = r.memory()
            out[r.name] = {
                "seconds": elapsed,
                "ticks": ticks,
                "cpu_pct": 100.0 * ticks / CLK_TCK / elapsed,
                "cpu_pct_schedstat": 100.0 * ns / 1e9 / elapsed,
                "xvfb_cpu_pct": 100.0 * xns / 1e9 / elapsed,
                "screen_unchanged": r.screen.grab() == shots[r.name],
                "Pss_after": mem["Pss"], "processes": mem["processes"],
            }
            o = out[r.name]
            print(f"idle {r.name:12s} {o['cpu_pct']:.3f}% of a core ({ticks} ticks;"
                  f" schedstat {o['cpu_pct_schedstat']:.3f}%; its Xvfb {o['xvfb_cpu_pct']:.3f}%)"
                  f"  PSS after {mem['Pss'] / 1024:.1f} MiB", flush=True)
        return out
    finally:
        for r in running:
            r.stop()


def summary(values):
    return statistics.median(values), min(values), max(values)


def markdown(args, starts, idle):
    mib = lambda v: v / 1024
    fmt = lambda t, f: f"{f(t[0])} ({f(t[1])}–{f(t[2])})"
    lines = [f"| program | start to first frame, ms | PSS at home, MiB | "
             f"of which Mesa GL driver, MiB | private (USS), MiB | processes | "
             f"idle CPU, % of one core ({args.idle_seconds:.0f} s) | idle CPU, schedstat, % |",
             "|---|---|---|---|---|---|---|---|"]
    for name, rows in starts.items():
        start = summary([r["start_s"] * 1000 for r in rows])
        pss = summary([mib(r["Pss"]) for r in rows])
        uss = summary([mib(r["Private"]) for r in rows])
        gl = summary([mib(r["Pss_gl_driver"]) for r in rows])
        procs = summary([r["processes"] for r in rows])
        i = idle.get(name)
        lines.append(
            f"| {name} | {fmt(start, lambda v: f'{v:.0f}')} | {fmt(pss, lambda v: f'{v:.1f}')} | "
            f"{fmt(gl, lambda v: f'{v:.1f}')} | "
            f"{fmt(uss, lambda v: f'{v:.1f}')} | {fmt(procs, lambda v: f'{v:g}')} | "
            + (f"{i['cpu_pct']:.3f} ({i['ticks']} ticks) | {i['cpu_pct_schedstat']:.4f} |"
               if i else "n/a | n/a |"))
    lines.append("")
    other = [r["other_load_pct"] for rows in starts.values() for r in rows]
    lines.append(f"Medians with (min–max) over {args.runs} starts; idle CPU from one "
                 f"{args.idle_seconds:.0f} s window. Rest of the machine during the starts: "
                 f"median {statistics.median(other):.0f}%, max {max(other):.0f}% of a core busy"
                 f" ({len(results_discarded)} starts done again because other programs kept the"
                 f" machine more than {OTHER_LOAD_MAX_PCT:.0f}% busy;"
                 f" {sum(r['disturbed'] for rows in starts.values() for r in rows)} kept"
                 f" although disturbed).")
    k, b, c = (starts.get(n) for n in ("kiosk", "bare window", "chromium"))
    if k and b and c:
        med = lambda rows, key: statistics.median(r[key] for r in rows)
        lines += ["",
                  "| ratio of medians | start | PSS |", "|---|---|---|",
                  f"| kiosk / bare window (goals: start ≤ 1.2, PSS ≤ 1.25) | "
                  f"{med(k, 'start_s') / med(b, 'start_s'):.2f} | "
                  f"{med(k, 'Pss') / med(b, 'Pss'):.2f} |",
                  f"| chromium / kiosk (goal: start ≥ 5) | "
                  f"{med(c, 'start_s') / med(k, 'start_s'):.2f} | "
                  f"{med(c, 'Pss') / med(k, 'Pss'):.2f} |"]
    for name in ("kiosk in Arabic", "kiosk in Persian"):
        a = starts.get(name)
        if k and a:
            med = lambda rows, key: statistics.median(r[key] for r in rows)
            lines.append(f"| {name} / kiosk | {med(a, 'start_s') / med(k, 'start_s'):.2f} | "
                         f"{med(a, 'Pss') / med(k, 'Pss'):.2f} |")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--kiosk", required=True)
    ap.add_argument("--bare", required=True)
    ap.add_argument("--html", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--idle-seconds", type=float, default=60.0)
    args = ap.parse_args()
    if not 1 <= args.runs <= 50 or not 1 <= args.idle_seconds <= 600:
        ap.error("--runs must be 1..50 and --idle-seconds 1..600")
    os.makedirs(args.out, exist_ok=True)
    log_dir = os.path.join(args.out, "logs")
    os.makedirs(log_dir, exist_ok=True)
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # run the finally blocks

    progs = programs(args)
    starts = start_runs(args, progs, log_dir)
    idle = idle_run(args, progs, log_dir)
    table = markdown(args, starts, idle)
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump({"starts": starts, "idle": idle, "discarded_starts": results_discarded, "runs": args.runs,
                   "idle_seconds": args.idle_seconds, "match_share": MATCH,
                   "poll_s": POLL_S, "stable_s": STABLE_S}, f, indent=2)
    with open(os.path.join(args.out, "results.md"), "w") as f:
        f.write(table)
    print()
    print(table)


if __name__ == "__main__":
    main()
