#!/usr/bin/env python3
"""The recommended production set-up, for real: Debian's nginx with the repository's
receiver/nginx/kiosk-receiver.conf in front of kiosk_receiver (docs/receiver.md).

nginx runs unprivileged from a temporary prefix with a self-signed certificate; only the
listen address, the certificate paths and the receiver's port are changed in the shipped
file. Over HTTPS through nginx: /health answers; a batch is stored once (the same batch
again is a duplicate); the receiver logs the client's address (127.0.0.2) from nginx's
X-Forwarded-For, not nginx's own (forwarded_by); a body
over client_max_body_size is refused by nginx with 413 without reaching the receiver; a burst
of requests from one address meets nginx's rate limit (429). Both are stopped at the end.

Usage: nginx_front_test.py KIOSK_RECEIVER SITE_CONF
"""
import http.client
import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from service_process import wait_for  # noqa: E402

KIOSK, TOKEN = "centre-a", "token-a-0123456789abcdef"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def request(port, tls, path, body=None, headers=None, source="127.0.0.1"):
    """One HTTPS request to nginx on 127.0.0.1:port, from the loopback address `source`."""
    conn = http.client.HTTPSConnection("127.0.0.1", port, context=tls, timeout=10,
                                       source_address=(source, 0))
    try:
        conn.request("POST" if body is not None else "GET", path, body=body,
                     headers=headers or {})
        r = conn.getresponse()
        return r.status, r.read().decode(errors="replace")
    finally:
        conn.close()


def batch(event_id):
    event = {"id": event_id, "type": "signup.created", "occurred_at": "2026-11-20T10:00:00Z",
             "schema": 1, "data": {"session_id": "s-1", "code": "AAA-111"}}
    return json.dumps({"kiosk_id": KIOSK, "sent_at": "2026-11-20T10:05:00Z",
                       "events": [event]}).encode()


def site_config(shipped, work, nginx_port, receiver_port):
    with open(shipped) as f:
        text = f.read()
    replacements = {
        "listen 443 ssl;": f"listen 127.0.0.1:{nginx_port} ssl;",
        "listen [::]:443 ssl;": "",
        "/etc/letsencrypt/live/receiver.example.org/fullchain.pem": f"{work}/cert.pem",
        "/etc/letsencrypt/live/receiver.example.org/privkey.pem": f"{work}/key.pem",
        "server 127.0.0.1:8080;": f"server 127.0.0.1:{receiver_port};",
    }
    for old, new in replacements.items():
        assert old in text, f"{shipped} no longer has '{old}'; update this test"
        text = text.replace(old, new)
    return text


def main(receiver_binary, shipped_conf):
    if not shutil.which("nginx", path=os.environ.get("PATH", "") + ":/usr/sbin"):
        sys.exit("nginx is not installed (scripts/install-deps.sh installs it)")
    nginx = shutil.which("nginx", path=os.environ.get("PATH", "") + ":/usr/sbin")
    work = tempfile.mkdtemp(prefix="kiosk-nginx-")
    os.chmod(work, 0o755)
    receiver = nginx_proc = None
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-keyout", f"{work}/key.pem", "-out", f"{work}/cert.pem",
                        "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                       check=True, capture_output=True)
        with open(f"{work}/receiver.toml", "w") as f:
            f.write('listen = "127.0.0.1:0"\ndatabase = "receiver.db"\n'
                    'connections_per_address = 0\nforwarded_by = "127.0.0.1"\n'
                    f'[[kiosk]]\nid = "{KIOSK}"\ntoken = "{TOKEN}"\n')
        receiver_log = open(f"{work}/receiver.log", "w")
        receiver = subprocess.Popen([receiver_binary, "--config", f"{work}/receiver.toml",
                                     "--port-file", f"{work}/port"], stderr=receiver_log)
        receiver_port = int(wait_for("the receiver's port", lambda: os.path.exists(
            f"{work}/port") and open(f"{work}/port").read().strip()))

        nginx_port = free_port()
        with open(f"{work}/site.conf", "w") as f:
            f.write(site_config(shipped_conf, work, nginx_port, receiver_port))
        user = "user root;\n" if os.geteuid() == 0 else ""
        with open(f"{work}/nginx.conf", "w") as f:
            f.write(f"{user}worker_processes 1;\npid {work}/nginx.pid;\nerror_log {work}/error.log;"
                    "\ndaemon off;\nevents { worker_connections 256; }\nhttp {\n"
                    f"  access_log {work}/access.log;\n"
                    f"  client_body_temp_path {work}/body;\n  proxy_temp_path {work}/proxy;\n"
                    f"  fastcgi_temp_path {work}/fcgi;\n  uwsgi_temp_path {work}/uwsgi;\n"
                    f"  scgi_temp_path {work}/scgi;\n  include {work}/site.conf;\n}}\n")
        check = subprocess.run([nginx, "-t", "-p", work, "-c", f"{work}/nginx.conf"],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stderr
        nginx_proc = subprocess.Popen([nginx, "-p", work, "-c", f"{work}/nginx.conf"],
                                      stderr=subprocess.DEVNULL)
        tls = ssl.create_default_context(cafile=f"{work}/cert.pem")

        def healthy():
            try:
                return request(nginx_port, tls, "/health")[0] == 200
            except OSError:
                return False
        wait_for("/health through nginx", healthy)

        headers = {"Authorization": f"Bearer {TOKEN}", "X-Kiosk-Id": KIOSK,
                   "Content-Type": "application/json"}
        event_id = str(uuid.uuid4())
        status, body = request(nginx_port, tls, "/v1/events", batch(event_id), headers,
                               source="127.0.0.2")
        assert status == 200 and json.loads(body)["accepted"] == [event_id], (status, body)
        status, body = request(nginx_port, tls, "/v1/events", batch(event_id), headers,
                               source="127.0.0.2")
        assert status == 200 and json.loads(body)["duplicates"] == [event_id], (status, body)
        print("ok: a batch through nginx is stored once")

        status, _ = request(nginx_port, tls, "/v1/events", b"x" * (2 << 20), headers)
        assert status == 413, status
        print("ok: a 2 MiB body is refused by nginx with 413")

        statuses = [request(nginx_port, tls, "/health")[0] for _ in range(60)]
        assert 429 in statuses and statuses.count(200) >= 20, statuses
        print(f"ok: a burst of 60 requests: {statuses.count(200)} answered, "
              f"{statuses.count(429)} limited with 429")
    finally:
        if nginx_proc:
            nginx_proc.send_signal(signal.SIGQUIT)
            nginx_proc.wait(timeout=20)
        if receiver:
            receiver.send_signal(signal.SIGTERM)
            assert receiver.wait(timeout=20) == 0, "the receiver did not stop cleanly"
        log = open(f"{work}/receiver.log").read() if os.path.exists(f"{work}/receiver.log") else ""
        shutil.rmtree(work, ignore_errors=True)
    posts = [line for line in log.splitlines() if "POST /v1/events" in line]
    assert len(posts) == 2, f"the 413 body reached the receiver, or uploads are missing:\n{log}"
    # The client's own address, from nginx's X-Forwarded-For (forwarded_by), not nginx's.
    assert all(" 127.0.0.2 " in line for line in posts), log
    print("ok: the receiver saw exactly the two uploads nginx let through")


if __name__ == "__main__":
    main(*sys.argv[1:])
