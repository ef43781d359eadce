#!/usr/bin/env python3
"""What docs/receiver.md tells an organisation to do with PostgreSQL, done for real with
Debian's PostgreSQL 15 tools, against the real kiosk_receiver:

1. pg_dump -Fc while the receiver runs, pg_restore into a new database: the receiver's export
   from the restored database equals the export from the original.
2. A standby made with pg_basebackup -R -X stream: events uploaded afterwards reach it by
   streaming replication; after pg_promote() the receiver, pointed at it, has every event and
   goes on storing.

Two throwaway servers (tests/receiver/postgres_server.sh for the primary, pg_ctl for the
standby), each on a Unix socket in its own folder, stopped and removed at the end.

Usage: postgres_tools_test.py KIOSK_RECEIVER POSTGRES_SERVER_SH
"""
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from service_process import start_with_port_file, wait_for  # noqa: E402

KIOSK, TOKEN = "centre-a", "token-a-0123456789abcdef"
RECEIVER, SERVER_SH = sys.argv[1], sys.argv[2]
BINDIR = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True,
                        check=True).stdout.strip()
AS_SERVER = ["runuser", "-u", "nobody", "--"] if os.geteuid() == 0 else []


def tool(name, *args, as_server=False):
    cmd = (AS_SERVER if as_server else []) + [os.path.join(BINDIR, name), *args]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def sql(uri, statement):
    return tool("psql", "-qAt", uri, "-c", statement).strip()


class Receiver:
    def __init__(self, work, name, database):
        self.config = os.path.join(work, name + ".toml")
        with open(self.config, "w") as f:
            f.write(f'listen = "127.0.0.1:0"\ndatabase = "{database}"\n'
                    f'[[kiosk]]\nid = "{KIOSK}"\ntoken = "{TOKEN}"\n')
        self.proc, self.port = start_with_port_file(RECEIVER, ["--config", self.config], work,
                                                    name, timeout=30.0)

    def upload(self, count):
        events = [{"id": str(uuid.uuid4()), "type": "signup.created",
                   "occurred_at": "2026-12-04T10:00:00Z", "schema": 1,
                   "data": {"session_id": "s-1", "code": f"AAA-{i:03d}"}} for i in range(count)]
        body = json.dumps({"kiosk_id": KIOSK, "sent_at": "2026-12-04T10:00:05Z", "events": events})
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        conn.request("POST", "/v1/events", body=body,
                     headers={"Authorization": f"Bearer {TOKEN}", "X-Kiosk-Id": KIOSK,
                              "Content-Type": "application/json"})
        r = conn.getresponse()
        answer = json.loads(r.read())
        assert r.status == 200 and len(answer["accepted"]) == count, (r.status, answer)

    def export(self):
        return subprocess.run([RECEIVER, "--config", self.config, "--export", "signup.created"],
                              capture_output=True, text=True, check=True).stdout

    def stop(self):
        self.proc.terminate()
        assert self.proc.wait(timeout=20) == 0


def main():
    work = tempfile.mkdtemp(prefix="kiosk-pgt-", dir="/tmp")
    os.chmod(work, 0o755)
    primary_dir, standby_dir = os.path.join(work, "p"), os.path.join(work, "s")
    base = subprocess.run([SERVER_SH, "start", primary_dir], capture_output=True, text=True,
                          check=True).stdout.strip()
    try:
        events_uri = base.replace("/postgres?", "/kiosk_events?")
        sql(base, "CREATE DATABASE kiosk_events")
        primary = Receiver(work, "primary", events_uri)
        primary.upload(40)

        # 1. pg_dump while it runs, pg_restore into a new database.
        dump = os.path.join(work, "events.dump")
        tool("pg_dump", "-Fc", "-d", events_uri, "-f", dump)
        sql(base, "CREATE DATABASE restored")
        restored_uri = base.replace("/postgres?", "/restored?")
        tool("pg_restore", "--no-owner", "-d", restored_uri, dump)
        restored = Receiver(work, "restored", restored_uri)
        restored.stop()
        assert restored.export() == primary.export(), "the restored export differs"
        print("pg_dump/pg_restore: 40 events, the same export")

        # 2. A standby by streaming replication, then promoted.
        os.makedirs(standby_dir)
        if AS_SERVER:
            shutil.chown(standby_dir, "nobody")
        os.chmod(standby_dir, 0o700)
        tool("pg_basebackup", "-d", base, "-D", os.path.join(standby_dir, "data"), "-R",
             "-X", "stream", "--checkpoint=fast", as_server=True)
        tool("pg_ctl", "-D", os.path.join(standby_dir, "data"), "-l",
             os.path.join(standby_dir, "server.log"), "-w", "-o",
             f"-k {standby_dir} -c listen_addresses='' -c max_connections=300", "start",
             as_server=True)
        os.chmod(standby_dir, 0o755)
        standby_events = f"postgresql://kiosk@/kiosk_events?host={standby_dir}"
        assert sql(standby_events, "SELECT pg_is_in_recovery()") == "t"
        primary.upload(25)  # after the base backup: only streaming brings these
        wait_for("the standby to have all 65 events",
                 lambda: sql(standby_events, "SELECT count(*) FROM events") == "65")
        primary.stop()
        before = primary.export()
        sql(standby_events, "SELECT pg_promote()")
        wait_for("the promotion", lambda: sql(standby_events, "SELECT pg_is_in_recovery()") == "f")
        promoted = Receiver(work, "promoted", standby_events)
        assert promoted.export() == before, "the promoted standby's export differs"
        promoted.upload(5)
        promoted.stop()
        lines = promoted.export().splitlines()
        assert len(lines) == 1 + 70, f"{len(lines) - 1} events after the promotion, not 70"
        print("standby: 25 events streamed after the base backup, promoted, 70 events")
    finally:
        if os.path.exists(os.path.join(standby_dir, "data", "postmaster.pid")):
            subprocess.run(AS_SERVER + [os.path.join(BINDIR, "pg_ctl"), "-D",
                                        os.path.join(standby_dir, "data"), "-m", "immediate",
                                        "stop"], capture_output=True)
        subprocess.run([SERVER_SH, "stop", primary_dir], capture_output=True)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
