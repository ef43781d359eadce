"""A tiny headless-Chromium driver for the web console's browser tests.

It drives Debian's Chromium (/usr/bin/chromium, package `chromium`) through the Chrome DevTools
Protocol (CDP) over --remote-debugging-pipe: JSON messages, each ended by a NUL byte, written to
the browser's fd 3 and read from its fd 4. Python standard library only: no websocket library,
no pip packages, no Selenium/Playwright. Enough to sign in to a server-rendered page (forms,
cookies, CSRF hidden fields), read it, check its cookies and HTTP status, and take screenshots.

    from browser import Browser
    with Browser(width=390, height=844, mobile=True) as b:
        b.goto("http://127.0.0.1:8080/login")
        b.fill("input[name=name]", "anna")
        b.submit("form.login")              # waits for the next page's load
        assert "Hello" in b.text() and b.status() == 200
        b.screenshot("/tmp/phone.png")

Every wait is bounded (`timeout`, 15 s by default) and raises TimeoutError naming what it was
waiting for. Other failures raise BrowserError (ElementNotFound if a selector matches nothing,
JavaScriptError if page script throws, CDPError if Chromium refuses a command).

Set CHROMIUM=/path/to/chromium in the environment to use another binary.
"""
import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import tempfile
import time

__all__ = ["Browser", "BrowserError", "CDPError", "ElementNotFound", "JavaScriptError"]

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
DEFAULT_TIMEOUT = 15.0
START_TIMEOUT = 30.0  # a cold start on a busy 2-core machine can take several seconds


class BrowserError(Exception):
    """Chromium failed, or a page did not do what was asked of it."""


class CDPError(BrowserError):
    """Chromium answered a CDP command with an error."""


class ElementNotFound(BrowserError, LookupError):
    """A CSS selector matched no element on the current page."""


class JavaScriptError(BrowserError):
    """Script run in the page threw an exception."""


_headless_flag = None


def _headless():
    """--headless=new where the installed Chromium has it (109 and later), else --headless."""
    global _headless_flag
    if _headless_flag is None:
        try:
            out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True,
                                 timeout=20).stdout
        except (OSError, subprocess.TimeoutExpired) as e:
            raise BrowserError(f"cannot run {CHROMIUM} --version: {e}") from e
        m = re.search(r"(\d+)\.\d+\.\d+", out)
        if not m:
            raise BrowserError(f"cannot read a version from {CHROMIUM} --version: {out!r}")
        _headless_flag = "--headless=new" if int(m.group(1)) >= 109 else "--headless"
    return _headless_flag


class Browser:
    """One headless Chromium with one page (tab), sized width x height CSS pixels.

    mobile=True emulates a phone (mobile viewport handling, touch); deviceScaleFactor is 1, so
    a screenshot is `width` image pixels wide for a page that fits its viewport. Use it as a
    context manager (or call close()): Chromium is stopped and its temporary profile removed.
    """

    def __init__(self, width=1280, height=800, mobile=False, timeout=DEFAULT_TIMEOUT):
        self.width, self.height, self.mobile, self.timeout = width, height, mobile, timeout
        self._proc = None
        self._rfd = self._wfd = None
        self._buf = bytearray()
        self._next_id = 0
        self._replies = {}
        self._session = None
        self._frame_id = None
        # Page state, updated by every event read, whatever we are waiting for at the time.
        self._nav_seq = 0         # main-frame documents committed (Page.frameNavigated)
        self._loaded_seq = 0      # the _nav_seq whose load event has fired
        self._nav_error = None    # set when the committed main-frame document is an error page
        self._status = None       # HTTP status of the committed main-frame document
        self._response = None     # status of the main-document response not yet committed
        self._doc_failure = None  # errorText of the last failed main-document request
        self._gone = None         # set if the page's target crashed or was detached
        self._log = None
        self._tmp = tempfile.mkdtemp(prefix="browser-py-")
        try:
            self._start()
        except BaseException:
            self.close()
            raise

    # ---- public API ---------------------------------------------------------------------

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def goto(self, url):
        """Load url in the page and wait for its load event. Raises BrowserError if the page
        cannot be loaded at all (connection refused, ...); an HTTP error page loads fine, see
        status()."""
        mark = self._begin_navigation()
        reply = self._page("Page.navigate", url=url)
        if reply.get("errorText"):
            raise BrowserError(f"goto {url}: {reply['errorText']}")
        if "loaderId" not in reply:  # same-document navigation (only the #fragment changed)
            return
        self._wait_navigation(mark, f"the page load of {url}")

    def fill(self, selector, value):
        """Set the value of the input/textarea/select that selector matches (hidden inputs
        too), firing 'input' and 'change' as typing would."""
        self._on(selector, """
            const tag = el.tagName.toLowerCase();
            if (!["input", "textarea", "select"].includes(tag))
                throw new Error("fill: " + sel + " is a <" + tag + ">, not a form field");
            el.focus();
            el.value = arg;
            el.dispatchEvent(new Event("input", {bubbles: true}));
            el.dispatchEvent(new Event("change", {bubbles: true}));
            return el.value;""", "fill", str(value))

    def click(self, selector, navigation=True):
        """Click the element (a DOM click after scrolling it into view; no hit test). Unless
        navigation=False, wait for the page the click leads to to finish loading."""
        mark = self._begin_navigation()
        self._on(selector, """
            el.scrollIntoView({block: "center"});
            el.click();""", "click")
        if navigation:
            self._wait_navigation(mark, f"the page load after clicking {selector!r}")

    def submit(self, selector):
        """Submit the form selector matches, or the form of the element it matches (then that
        element is the submitter, as when clicking that button), and wait for the resulting
        page's load. The browser's constraint validation runs first: an invalid form raises."""
        mark = self._begin_navigation()
        self._on(selector, """
            const form = el instanceof HTMLFormElement ? el : el.form;
            if (!form) throw new Error("submit: " + sel + " is neither a form nor in one");
            const submitter = (el !== form && el.type === "submit") ? el : null;
            const validate = !form.noValidate && !(submitter && submitter.formNoValidate);
            const bad = validate ? Array.from(form.elements).filter(
                f => f.willValidate && !f.checkValidity()) : [];
            if (bad.length)
                throw new Error("submit: the form is invalid: " + bad.map(
                    f => (f.name || f.id || f.tagName) + ": " + f.validationMessage).join("; "));
            if (form.requestSubmit) form.requestSubmit(submitter); else form.submit();""",
                 "submit")
        self._wait_navigation(mark, f"the page load after submitting {selector!r}")

    def text(self, selector="body"):
        """innerText of the first element selector matches."""
        return self._on(selector, "return el.innerText;", "text")

    def texts(self, selector):
        """innerText of every element selector matches, in document order (maybe empty)."""
        return self.evaluate("Array.from(document.querySelectorAll(%s), e => e.innerText)"
                             % json.dumps(selector))

    def attribute(self, selector, name):
        """The attribute `name` of the first element selector matches; None if it has none."""
        return self._on(selector, "return el.getAttribute(arg);", "attribute", name)

    def url(self):
        """The current page's URL (after redirects)."""
        return self.evaluate("location.href")

    def status(self):
        """HTTP status of the response that gave the current page. Taken from CDP's Network
        domain: the main frame's last Network.responseReceived of type Document before the
        document committed (Page.frameNavigated); after a 303 that is the final page's status,
        e.g. 200. Should that event be missing, the page's own Navigation Timing entry
        (responseStatus) answers. None for about:blank and Chromium's error pages."""
        if self._status is None:
            return self.evaluate("(performance.getEntriesByType('navigation')[0] || {})"
                                 ".responseStatus || null")
        return self._status

    def cookies(self):
        """The cookies the browser would send to the current URL (HttpOnly ones included), as
        dicts with name, value, domain, path, httpOnly, secure, sameSite (None if unset),
        expires (-1 for session cookies)."""
        got = self._page("Network.getCookies", urls=[self.url()])["cookies"]
        return [{"name": c["name"], "value": c["value"], "domain": c.get("domain"),
                 "path": c.get("path"), "httpOnly": bool(c.get("httpOnly")),
                 "secure": bool(c.get("secure")), "sameSite": c.get("sameSite"),
                 "expires": c.get("expires", -1)} for c in got]

    def screenshot(self, path):
        """Write the whole page (not just the viewport) as a PNG to path. It is as wide as the
        page's content: the viewport width for a page that fits it (a wider image shows
        horizontal overflow). A mobile page without <meta name=viewport> lays out 980 px wide."""
        size = self._page("Page.getLayoutMetrics")["cssContentSize"]
        width = max(1, int(-(-size["width"] // 1)))
        height = max(1, int(-(-size["height"] // 1)))
        shot = self._page("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                          fromSurface=True,
                          clip={"x": 0, "y": 0, "width": width, "height": height, "scale": 1})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))
        return path

    def evaluate(self, js):
        """Evaluate the JavaScript expression js in the page (promises are awaited) and return
        its value as JSON-ish Python (None for undefined). Raises JavaScriptError if it throws."""
        return self._evaluate(js, lambda: f"evaluating {_short(js)}")

    def _evaluate(self, js, context):
        r = self._page("Runtime.evaluate", expression=js, returnByValue=True, awaitPromise=True,
                       userGesture=True)
        if "exceptionDetails" in r:
            d = r["exceptionDetails"]
            what = d.get("exception", {}).get("description") or d.get("text", "exception")
            raise JavaScriptError(f"{what.splitlines()[0]} ({context()})")
        return r["result"].get("value")

    def close(self):
        """Stop Chromium (Browser.close, then SIGTERM, then SIGKILL, each with a bounded wait)
        and remove its temporary profile. Safe to call twice."""
        proc, self._proc = self._proc, None
        if proc is not None:
            if proc.poll() is None and self._wfd is not None:
                try:
                    self._send("Browser.close", {}, None)
                except OSError:
                    pass
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                # Signal the whole group (start_new_session: only Chromium's own processes)
                # while its leader is unreaped, so the group id cannot have been reused.
                for sig, wait in ((15, 5), (9, 10)):
                    try:
                        os.killpg(proc.pid, sig)
                    except OSError:
                        pass
                    try:
                        proc.wait(timeout=wait)
                        break
                    except subprocess.TimeoutExpired:
                        continue
        for fd in (self._rfd, self._wfd):
            if fd is not None:
                try:
                    os.close(fd)
                except OSError:
                    pass
        self._rfd = self._wfd = None
        if self._tmp:
            for _ in range(20):  # helper processes may still be writing for a moment
                shutil.rmtree(self._tmp, ignore_errors=True)
                if not os.path.exists(self._tmp):
                    break
                time.sleep(0.1)
            self._tmp = None

    # ---- starting -----------------------------------------------------------------------

    def _start(self):
        profile = os.path.join(self._tmp, "profile")
        args = [CHROMIUM, _headless(), f"--user-data-dir={profile}", "--remote-debugging-pipe",
                "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--password-store=basic",
                "--mute-audio", "--hide-scrollbars", f"--window-size={self.width},{self.height}"]
        if os.geteuid() == 0:
            args.append("--no-sandbox")
        try:
            st = os.statvfs("/dev/shm")
            if st.f_bavail * st.f_frsize < 1 << 30:  # small /dev/shm (containers): use /tmp
                args.append("--disable-dev-shm-usage")
        except OSError:
            args.append("--disable-dev-shm-usage")
        args.append("about:blank")

        # to_browser: we write, Chromium reads on its fd 3; from_browser: it writes on fd 4.
        to_r, to_w = os.pipe()
        from_r, from_w = os.pipe()
        # Park the child's ends at fds >= 10 so that moving them onto 3 and 4 in the child
        # cannot clobber one with the other, whatever numbers os.pipe() gave.
        child_r = fcntl.fcntl(to_r, fcntl.F_DUPFD_CLOEXEC, 10)
        child_w = fcntl.fcntl(from_w, fcntl.F_DUPFD_CLOEXEC, 10)

        def onto_3_and_4():  # runs in the child between fork and exec; dup2 only
            os.dup2(child_r, 3)
            os.dup2(child_w, 4)

        self._log = os.path.join(self._tmp, "chromium.log")
        try:
            with open(self._log, "wb") as log:
                # pass_fds=(3, 4) keeps fds 3 and 4 across the close-fds step, which runs after
                # preexec_fn has put the pipe ends there (both are open here: os.pipe() took
                # the lowest free numbers). start_new_session: Chromium and its helpers form
                # their own process group, which close() can signal as a whole.
                self._proc = subprocess.Popen(
                    args, stdin=subprocess.DEVNULL, stdout=log, stderr=log, pass_fds=(3, 4),
                    preexec_fn=onto_3_and_4, start_new_session=True)
        finally:
            for fd in (child_r, child_w, to_r, from_w):
                os.close(fd)
        self._wfd, self._rfd = to_w, from_r

        target = self._cmd("Target.createTarget", {"url": "about:blank"},
                           timeout=START_TIMEOUT)["targetId"]
        self._session = self._cmd("Target.attachToTarget",
                                  {"targetId": target, "flatten": True})["sessionId"]
        self._page("Page.enable")
        self._page("Network.enable")
        self._frame_id = self._page("Page.getFrameTree")["frameTree"]["frame"]["id"]
        self._page("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                   deviceScaleFactor=1, mobile=self.mobile)
        if self.mobile:
            self._page("Emulation.setTouchEmulationEnabled", enabled=True, maxTouchPoints=5)

    # ---- CDP plumbing -------------------------------------------------------------------

    def _page(self, method, **params):
        """A command to our page's session."""
        return self._cmd(method, params, session=self._session)

    def _cmd(self, method, params, session=None, timeout=None):
        msg_id = self._send(method, params, session)
        self._wait_for(lambda: msg_id in self._replies, f"Chromium's reply to {method}",
                       timeout)
        reply = self._replies.pop(msg_id)
        if "error" in reply:
            e = reply["error"]
            raise CDPError(f"{method}: {e.get('message')} {e.get('data', '')}".rstrip())
        return reply.get("result", {})

    def _send(self, method, params, session):
        self._next_id += 1
        msg = {"id": self._next_id, "method": method, "params": params}
        if session:
            msg["sessionId"] = session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            data = data[os.write(self._wfd, data):]
        return self._next_id

    def _wait_for(self, done, what, timeout=None):
        """Read messages until done() is true; TimeoutError naming `what` after the timeout."""
        timeout = self.timeout if timeout is None else timeout
        deadline = time.monotonic() + timeout
        while not done():
            if self._gone:
                raise BrowserError(f"the page went away ({self._gone}) while waiting for {what}"
                                   + self._log_tail())
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"timed out after {timeout:g} s waiting for {what}")
            self._read(left)

    def _read(self, timeout):
        """Read what Chromium has sent within timeout seconds and handle every whole message."""
        ready, _, _ = select.select([self._rfd], [], [], timeout)
        if not ready:
            return
        chunk = os.read(self._rfd, 1 << 20)
        if not chunk:
            raise BrowserError("Chromium closed the DevTools pipe (it exited?)" + self._log_tail())
        start = len(self._buf)
        self._buf += chunk
        end = self._buf.find(b"\0", start)
        begin = 0
        while end != -1:
            self._handle(json.loads(self._buf[begin:end]))
            begin = end + 1
            end = self._buf.find(b"\0", begin)
        del self._buf[:begin]

    def _handle(self, msg):
        if "id" in msg:
            self._replies[msg["id"]] = msg
            return
        if msg.get("sessionId") != self._session or self._session is None:
            return
        method, p = msg.get("method"), msg.get("params", {})
        if method == "Page.frameNavigated":
            frame = p["frame"]
            if "parentId" not in frame:
                self._nav_seq += 1
                self._status, self._response = self._response, None
                self._nav_error = frame.get("unreachableUrl") or (
                    frame["url"] if frame["url"].startswith("chrome-error:") else None)
        elif method == "Page.loadEventFired":
            self._loaded_seq = self._nav_seq
        elif method in ("Inspector.detached", "Inspector.targetCrashed"):
            self._gone = f"{method} {p}"
        elif p.get("type") != "Document" or p.get("frameId", self._frame_id) != self._frame_id:
            return  # below: the main frame's document requests only
        elif method == "Network.requestWillBeSent":  # a new main document is asked for
            self._response = self._doc_failure = None
        elif method == "Network.responseReceived":
            self._response = p["response"]["status"]
        elif method == "Network.loadingFailed":
            self._doc_failure = p.get("errorText")

    # ---- page helpers -------------------------------------------------------------------

    def _begin_navigation(self):
        return self._nav_seq

    def _wait_navigation(self, mark, what):
        """Wait until a main-frame document committed after `mark` has fired its load event."""
        self._wait_for(lambda: self._nav_seq > mark and self._loaded_seq == self._nav_seq, what)
        if self._nav_error and self._status is None:
            raise BrowserError(f"{what}: loading {self._nav_error} failed"
                               + (f": {self._doc_failure}" if self._doc_failure else ""))

    def _on(self, selector, body, action, arg=None):
        """Run body (JavaScript; `el` is the first match of selector, `sel` the selector,
        `arg` the argument) in the page; ElementNotFound if nothing matches."""
        js = ("(function (sel, arg) { const el = document.querySelector(sel);"
              " if (!el) return {missing: true};"
              " return {value: (function () {%s})()}; })(%s, %s)"
              % (body, json.dumps(selector), json.dumps(arg)))
        r = self._evaluate(js, lambda: f"{action} {selector!r} on {self.url()}")
        if r.get("missing"):
            raise ElementNotFound(f"{action}: no element matches {selector!r} on {self.url()}")
        return r.get("value")

    def _log_tail(self):
        try:
            with open(self._log, "rb") as f:
                tail = f.read()[-2000:].decode(errors="replace").strip()
            return "\n--- chromium's output (end) ---\n" + tail if tail else ""
        except (OSError, AttributeError, TypeError):
            return ""


def _short(js):
    js = " ".join(js.split())
    return js if len(js) <= 80 else js[:77] + "..."
