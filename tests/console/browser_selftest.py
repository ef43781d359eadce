#!/usr/bin/env python3
"""Self-test of tests/console/browser.py: drives Debian's headless Chromium against a tiny
sign-in site served from this process (http.server on 127.0.0.1, a random port), the way the
console's browser tests use it: a login form with a CSRF hidden field, a 303 after POST, an
HttpOnly SameSite=Strict session cookie, a page only shown with it, screenshots at a laptop
(1280x800) and a phone (390x844, mobile) size. Also the error paths: a missing element, a
throwing script, a refused connection, a rejected CSRF token (403).

Usage: browser_selftest.py [OUT_DIR]   (the PNGs are kept in OUT_DIR if given)
Exits 0 and prints each check on success; nonzero with the failed check otherwise.
"""
import html
import http.server
import os
import secrets
import shutil
import socket
import struct
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser import Browser, BrowserError, ElementNotFound, JavaScriptError  # noqa: E402

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>
<style>body {{ font-family: sans-serif; margin: 2em; }} input {{ display: block; margin: .5em 0; }}
</style></head><body>{body}</body></html>"""


class Site(http.server.BaseHTTPRequestHandler):
    csrf = secrets.token_hex(16)
    sessions = {}  # sid -> name

    def log_message(self, *args):
        pass

    def send_page(self, status, title, body, headers=()):
        data = PAGE.format(title=title, body=body).encode()
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def redirect(self, where, headers=()):
        self.send_response(303)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def session_name(self):
        for part in self.headers.get("Cookie", "").split(";"):
            k, _, v = part.strip().partition("=")
            if k == "sid" and v in self.sessions:
                return self.sessions[v]
        return None

    def do_GET(self):
        if self.path == "/":
            self.send_page(200, "Sign in", f"""<h1>Sign in</h1>
<form id="login" method="post" action="/login">
<input type="hidden" name="csrf" value="{self.csrf}">
<label>Name <input name="name" required></label>
<label>Password <input name="password" type="password" required></label>
<button type="submit">Sign in</button></form>""")
        elif self.path == "/home":
            name = self.session_name()
            if name is None:
                return self.redirect("/")
            self.send_page(200, "Home", f"""<h1>Hello {html.escape(name)}</h1>
<ul><li>one</li><li>two</li><li>three</li></ul><a id="logout" href="/logout">Sign out</a>""")
        elif self.path == "/logout":
            self.redirect("/", [("Set-Cookie", "sid=; Path=/; Max-Age=0")])
        else:
            self.send_page(404, "Not found", "<h1>Not found</h1>")

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        if self.path != "/login":
            return self.send_page(404, "Not found", "<h1>Not found</h1>")
        if form.get("csrf") != [self.csrf]:
            return self.send_page(403, "Refused", "<h1>Bad CSRF token</h1>")
        name, password = form.get("name", [""])[0], form.get("password", [""])[0]
        if not name or password != "secret pass":
            return self.send_page(401, "Sign in", "<h1>Wrong name or password</h1>")
        sid = secrets.token_hex(16)
        self.sessions[sid] = name
        self.redirect("/home", [("Set-Cookie", f"sid={sid}; Path=/; HttpOnly; SameSite=Strict")])


def check(condition, what):
    if not condition:
        raise AssertionError(what)
    print("ok:", what)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def sign_in(b, base, tag):
    b.goto(base + "/home")
    check(b.url() == base + "/" and b.status() == 200,
          f"{tag}: /home without a session redirects (303) to the sign-in page, status 200")
    check(b.attribute("input[name=csrf]", "value") == Site.csrf,
          f"{tag}: the form carries the CSRF hidden field")
    b.fill("input[name=name]", "anna")
    b.fill("input[name=password]", "secret pass")
    b.submit("form#login")
    check(b.url() == base + "/home", f"{tag}: submitting the form lands on /home")
    check("Hello anna" in b.text(), f"{tag}: /home says 'Hello anna'")
    check(b.status() == 200, f"{tag}: status() is 200 after POST + 303")


def screenshot(b, out, name, width):
    path = os.path.join(out, name)
    b.screenshot(path)
    size = png_size(path)
    check(size is not None and size[0] == width,
          f"{name}: a PNG {width} px wide (got {size[0]}x{size[1]})" if size else f"{name}: a PNG")


def main():
    started = time.monotonic()
    keep = sys.argv[1] if len(sys.argv) > 1 else None
    out = keep or tempfile.mkdtemp(prefix="browser-selftest-")
    os.makedirs(out, exist_ok=True)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with Browser(width=1280, height=800) as b:
            check(b.evaluate("[innerWidth, innerHeight]") == [1280, 800],
                  "laptop: viewport 1280x800")
            sign_in(b, base, "laptop")
            cookies = {c["name"]: c for c in b.cookies()}
            check("sid" in cookies and cookies["sid"]["httpOnly"] is True
                  and cookies["sid"]["sameSite"] == "Strict",
                  "laptop: cookie sid is HttpOnly, SameSite=Strict")
            check(b.evaluate("document.cookie") == "", "laptop: page script cannot see sid")
            check(b.texts("li") == ["one", "two", "three"], "laptop: texts('li')")
            screenshot(b, out, "home-laptop.png", 1280)

            try:
                b.fill("input[name=nope]", "x")
                check(False, "fill on a missing element raises")
            except ElementNotFound as e:
                check("input[name=nope]" in str(e), f"fill on a missing element raises ({e})")
            try:
                b.evaluate("null.x")
                check(False, "a throwing script raises")
            except JavaScriptError as e:
                check("TypeError" in str(e), f"a throwing script raises ({e})")

            b.click("a#logout")
            check(b.url() == base + "/", "laptop: clicking 'Sign out' returns to the sign-in page")
            check(not any(c["name"] == "sid" for c in b.cookies()), "laptop: sid is gone")
            b.fill("input[name=csrf]", "forged")
            b.fill("input[name=name]", "anna")
            b.fill("input[name=password]", "secret pass")
            b.submit("form#login button")
            check(b.status() == 403 and "Bad CSRF token" in b.text(),
                  "laptop: a forged CSRF token is refused, status() 403")
            b.goto(base + "/missing")
            check(b.status() == 404, "laptop: status() 404 on a missing page")

            with socket.socket() as s:
                s.bind(("127.0.0.1", 0))
                closed = s.getsockname()[1]  # bound, never listening: refused
                try:
                    b.goto(f"http://127.0.0.1:{closed}/")
                    check(False, "goto a refused port raises")
                except BrowserError as e:
                    check("ERR_CONNECTION_REFUSED" in str(e), f"goto a refused port raises ({e})")

        with Browser(width=390, height=844, mobile=True) as b:
            sign_in(b, base, "phone")
            # (mobile: a page without <meta name=viewport>, like about:blank, lays out 980 wide)
            check(b.evaluate("[innerWidth, innerHeight]") == [390, 844], "phone: viewport 390x844")
            check(b.evaluate("matchMedia('(pointer: coarse)').matches") is True,
                  "phone: touch emulated (pointer: coarse)")
            screenshot(b, out, "home-phone.png", 390)
    except Exception as e:  # noqa: BLE001 - report any failure plainly, exit nonzero
        print(f"FAIL: {type(e).__name__}: {e}", file=sys.stderr)
        return 1
    finally:
        server.shutdown()
        server.server_close()
        if not keep:
            shutil.rmtree(out, ignore_errors=True)
    print(f"browser self-test passed in {time.monotonic() - started:.1f} s"
          + (f"; screenshots in {keep}" if keep else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
