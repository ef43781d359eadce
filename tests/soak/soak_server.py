"""The server side of the soak: a kiosk_receiver that fails on purpose, and signed bundles
(content and schedule, then drug alerts) appearing in its bundles_dir while the kiosk runs.

Everything is started with bounded waits (tests/support/service_process.py) and stopped by
the soak at the end.
"""
import os
import sqlite3
import subprocess

from service_process import start_with_port_file

KIOSK_ID = "soak-1"
TOKEN = "soak-token-0123456789abcdef"
# Shares of uploads the receiver answers badly (docs/receiver.md, test modes).
FAULTS = ["--fail-share", "0.2", "--throttle-share", "0.1", "--retry-after", "2",
          "--close-share", "0.1", "--html-share", "0.05"]


class SoakServer:
    def __init__(self, receiver_bin, bundle_bin, repo, work, seed):
        self.receiver_bin = receiver_bin
        self.bundle_bin = bundle_bin
        self.repo = repo
        self.work = work
        self.seed = seed
        self.bundles_dir = os.path.join(work, "bundles")
        os.makedirs(os.path.join(self.bundles_dir, "alerts"))
        self.proc = None
        self.port = None
        self.content_version = 0
        self.alerts_version = 0
        self.content_key = os.path.join(work, "content.key")
        self.alert_key = os.path.join(work, "alert.key")
        self.content_public = self._keygen(self.content_key)
        self.alert_public = self._keygen(self.alert_key)
        self.alert_files = self._alert_files()

    def _keygen(self, path):
        out = subprocess.run([self.bundle_bin, "keygen", "-o", path], capture_output=True,
                             text=True, check=True).stdout
        return out.strip().splitlines()[0]

    def _alert_files(self):
        """The example alerts, and the same file with its first alert withdrawn."""
        example = os.path.join(self.repo, "tests", "fixtures", "alerts-example.toml")
        with open(example) as f:
            text = f.read()
        second = text.index("[[alert]]", text.index("[[alert]]") + 1)
        fewer = os.path.join(self.work, "alerts-fewer.toml")
        with open(fewer, "w") as f:
            f.write(text[second:])
        return [example, fewer]

    def start(self):
        self.database = os.path.join(self.work, "receiver.db")
        config = os.path.join(self.work, "receiver.toml")
        with open(config, "w") as f:
            f.write(f'listen = "127.0.0.1:0"\ndatabase = "{self.database}"\n'
                    f'bundles_dir = "{self.bundles_dir}"\n'
                    f'[[kiosk]]\nid = "{KIOSK_ID}"\ntoken = "{TOKEN}"\n')
        self.proc, self.port = start_with_port_file(
            self.receiver_bin, ["--config", config, "--seed", str(self.seed)] + FAULTS,
            self.work, "receiver")
        return self

    def kiosk_upload_config(self):
        return (f'[upload]\nbase_url = "http://127.0.0.1:{self.port}"\ntoken = "{TOKEN}"\n'
                f'bundle_public_key = "{self.content_public}"\n'
                f'alert_public_key = "{self.alert_public}"\nbundle_check_minutes = 5\n')

    def publish(self, number):
        """Publishes the next bundle: content and schedule on even numbers, alerts on odd ones
        (alternating between all example alerts and one withdrawn). Written whole, then
        renamed, as docs/bundles.md asks of an operator."""
        if number % 2 == 0:
            self.content_version += 1
            args = ["--content", os.path.join(self.repo, "assets", "content"),
                    "--schedule", os.path.join(self.repo, "assets", "groups", "schedule.toml"),
                    "--version", str(self.content_version), "--key", self.content_key]
            target = os.path.join(self.bundles_dir, "all.bundle")
        else:
            self.alerts_version += 1
            alerts = self.alert_files[self.alerts_version % 2]
            args = ["--alerts", alerts, "--version", str(self.alerts_version),
                    "--key", self.alert_key]
            target = os.path.join(self.bundles_dir, "alerts", "all.bundle")
        subprocess.run([self.bundle_bin, "make", *args, "--kiosk", "*", "-o", target + ".new"],
                       check=True, capture_output=True)
        os.replace(target + ".new", target)

    def delivered_ids(self):
        """Ids of every event the receiver holds but the kiosk's own health reports."""
        with sqlite3.connect(self.database) as db:
            return {row[0] for row in db.execute(
                "SELECT id FROM events WHERE type <> 'kiosk.health'")}

    def stop(self):
        """Stops the receiver; returns (events stored, events stored more than once)."""
        self.proc.terminate()
        code = self.proc.wait(timeout=30)
        if code != 0:
            raise AssertionError(f"the receiver exited with {code}; see {self.work}/receiver.log")
        with sqlite3.connect(self.database) as db:
            stored = db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
            twice = db.execute("SELECT COUNT(*) FROM (SELECT id FROM events GROUP BY id "
                               "HAVING COUNT(*) > 1)").fetchone()[0]
        return stored, twice
