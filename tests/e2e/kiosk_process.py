"""Starts the real kiosk binary on its own Xvfb display and reads its --ui-dump.

Shared by the end-to-end tests. Waits are bounded polls on files the kiosk writes,
never fixed sleeps.
"""
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import time


class Kiosk:
    def __init__(self, binary, size="800x480", extra_args=(), windowed=True, data_dir=None,
                 log_path=None):
        """`data_dir`: the kiosk's data folder, kept after the run (e.g. to start it again
        on the same database); by default a temporary one, removed with the rest.
        `log_path`: write the kiosk's output to this file instead of a pipe (a long run would
        fill a pipe nobody reads); `stop()` then reads it back."""
        self.binary = binary
        self.size = size
        self.windowed = windowed
        self.extra_args = list(extra_args)
        self.tmp = tempfile.mkdtemp(prefix="kiosk-e2e-")
        self.dump = os.path.join(self.tmp, "ui.json")
        self.data_dir = data_dir or os.path.join(self.tmp, "data")
        self.xvfb = None
        self.proc = None
        self.display = None
        self.log_path = log_path

    def __enter__(self):
        self._start_xvfb()
        env = dict(os.environ, DISPLAY=self.display)
        # Mesa's software GL driver leaks at exit from a library it has already unloaded,
        # so LeakSanitizer cannot name or suppress it. Leaks of the kiosk's own code are
        # checked in-process by the unit and headless UI tests; ASan and UBSan errors are
        # still caught here.
        env["ASAN_OPTIONS"] = env.get("ASAN_OPTIONS", "") + ":detect_leaks=0"
        # Not windowed: full screen on the Xvfb screen, in kiosk mode.
        window = ["--windowed", self.size] if self.windowed else []
        output = open(self.log_path, "w") if self.log_path else subprocess.PIPE
        self.proc = subprocess.Popen(
            [self.binary] + window + ["--data-dir", self.data_dir,
                                      "--ui-dump", self.dump] + self.extra_args,
            env=env, stdout=output, stderr=subprocess.STDOUT)
        if self.log_path:
            output.close()  # the child keeps its own copy
        return self

    def _read_log(self):
        if self.log_path:
            with open(self.log_path, errors="replace") as f:
                return f.read()
        return self.proc.stdout.read().decode(errors="replace")

    def stop(self):
        """Asks the kiosk to stop as systemd does (SIGTERM); returns its exit code and log."""
        self.proc.terminate()
        code = self.proc.wait(timeout=30)
        self.log = self._read_log()
        return code, self.log

    def __exit__(self, *exc):
        for p in (self.proc, self.xvfb):
            if p and p.poll() is None:
                p.terminate()
                try:
                    p.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    p.kill()
        if self.proc and (self.log_path or (self.proc.stdout and not self.proc.stdout.closed)):
            self.log = self._read_log()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def _start_xvfb(self):
        # -displayfd lets Xvfb pick a free display and tell us which.
        read_fd, write_fd = os.pipe()
        width, height = self.size.split("x")
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24",
             "-nolisten", "tcp"], pass_fds=(write_fd,), stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as f:
            number = f.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start (is the xvfb package installed?)")
        self.display = ":" + number

    def read_dump(self):
        try:
            with open(self.dump) as f:
                return json.load(f)
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def wait_until(self, probe, what, timeout=30.0):
        """Polls probe() until it returns something other than None, and returns that; fails
        at once if the kiosk exits meanwhile."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"kiosk exited with {self.proc.returncode} while waiting "
                                   f"for {what}")
            last = probe()
            if last is not None:
                return last
            time.sleep(0.05)
        raise TimeoutError(f"timed out waiting for {what}; last dump: {self.read_dump()}")

    def wait_for(self, predicate, what, timeout=30.0):
        """Polls the UI dump until predicate(dump) holds; the kiosk rewrites it each frame."""
        def probe():
            dump = self.read_dump()
            return dump if dump and predicate(dump) else None
        return self.wait_until(probe, what, timeout)

    def query_database(self, sql):
        """Rows of sql from the kiosk's database, read-only (never creating the file), or None
        while the kiosk has not opened it yet: the first frame comes before the database,
        which a background thread opens, checks and migrates."""
        path = os.path.join(self.data_dir, "kiosk.db")
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10) as db:
                return db.execute(sql).fetchall()
        except sqlite3.DatabaseError:  # not there yet, not a database yet, or no table yet
            return None

    def wait_for_database(self, timeout=30.0):
        """Waits until the kiosk has opened and migrated its database, which it does behind
        the first frame; before that another writer would find no tables."""
        self.wait_until(lambda: self.query_database("SELECT count(*) FROM events"),
                        "the kiosk's database", timeout)

    def enter_pin(self, pin, timeout=30.0):
        """Types pin on the staff PIN pad (shown now or on its way) and presses OK; returns
        the pad's dump."""
        pad = self.wait_for(lambda d: d["screen"] == "staff-pin" and d["items"], "the PIN pad",
                            timeout)
        for digit in pin:
            self.tap(pad, "pin." + digit)
        self.tap(pad, "pin.ok")
        return pad

    def item(self, dump, item_id):
        for item in dump["items"]:
            if item["id"] == item_id:
                return item
        raise KeyError(f"{item_id} not on screen {dump['screen']}")

    def long_press(self, dump, item_id, seconds=3.5):
        """Holds a finger on the item (the staff entry is a long press on the logo)."""
        item = self.item(dump, item_id)
        x = item["x"] + item["w"] // 2
        y = item["y"] + item["h"] // 2
        env = dict(os.environ, DISPLAY=self.display)
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "mousedown", "1",
                        "sleep", str(seconds), "mouseup", "1"], env=env, check=True)

    def scroll_to(self, item_id, timeout=30.0):
        """Drags the page up, as a finger would, until the item is on screen whole; returns
        the dump that shows it."""
        deadline = time.monotonic() + timeout
        width, height = (int(v) for v in self.size.split("x"))
        env = dict(os.environ, DISPLAY=self.display)
        while True:
            dump = self.read_dump()
            for item in dump["items"]:
                if item["id"] == item_id and item["y"] >= 0 and item["y"] + item["h"] <= height:
                    return dump
            if time.monotonic() > deadline:
                raise AssertionError(f"{item_id} never came into view on {dump['screen']}")
            x, y = width // 2, height * 3 // 4
            moves = []
            for step in range(1, 9):
                moves += ["mousemove", str(x), str(y - step * height // 20), "sleep", "0.02"]
            subprocess.run(["xdotool", "mousemove", str(x), str(y), "mousedown", "1"] + moves +
                           ["sleep", "0.3", "mouseup", "1"], env=env, check=True)
            try:  # the page moved (inertia may move it on for a few frames)
                self.wait_for(lambda d: d != dump, "a frame after the drag", timeout=2.0)
            except TimeoutError:
                pass  # nothing moved: try again until the deadline

    def screenshot(self, path):
        """Saves the whole display as PNG (xwd + netpbm), for a person to look at."""
        env = dict(os.environ, DISPLAY=self.display)
        xwd = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True,
                             check=True).stdout
        pnm = subprocess.run(["xwdtopnm"], input=xwd, capture_output=True, check=True).stdout
        with open(path, "wb") as f:
            f.write(subprocess.run(["pnmtopng"], input=pnm, capture_output=True,
                                   check=True).stdout)

    def tap(self, dump, item_id):
        item = self.item(dump, item_id)
        x = item["x"] + item["w"] // 2
        y = item["y"] + item["h"] // 2
        env = dict(os.environ, DISPLAY=self.display)
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], env=env,
                       check=True)
