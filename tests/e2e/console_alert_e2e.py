"""End to end: a drug alert published in the real coordinator console reaches a real kiosk
under Xvfb through the real receiver, and is on its home screen; withdrawn, it goes.

The receiver serves bundles_dir; the console (with [alerts]: an alert key and that folder)
is signed into as a browser does, and a coordinator publishes a red alert through the form.
The kiosk has only the console's public key (read from the Alerts page) as alert_public_key,
no content key: at start it asks the alert channel, installs the bundle and shows the red
banner on home; a tap on it opens the Drug alerts screen with the alert's lines. The
coordinator withdraws it; the kiosk, started again on the same data, takes it off.
Usage: console_alert_e2e.py KIOSK RECEIVER CONSOLE [SCREENSHOT_DIR [SIZE [LANG]]]
"""
import base64
import html
import http.cookiejar
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import urllib.parse
import urllib.request

from kiosk_process import Kiosk

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from service_process import start_with_port_file  # noqa: E402

KIOSK_ID = "centre-a"
TOKEN = "token-a-0123456789abcdef"
PASSWORD = "anna long passphrase"
TITLE_EN = "Pink pills with a lot of MDMA"
LINE_EN = "Tested: 280 mg MDMA in one pill."


class Coordinator:
    """Signs in through the console's form and keeps its cookies, as a browser does."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def get(self, path):
        with self.opener.open(self.base + path) as r:
            return r.read().decode()

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        with self.opener.open(self.base + path, data=data) as r:
            return r.geturl(), r.read().decode()

    def field(self, page, name):
        return re.search(rf'name="{name}" value="([^"]*)"', page).group(1)

    def sign_in(self):
        page = self.get("/login")
        url, _ = self.post("/login", {"login_token": self.field(page, "login_token"),
                                      "name": "anna", "password": PASSWORD})
        assert not url.endswith("/login"), "the coordinator could not sign in"


def alert_texts(lang):
    path = os.path.join(os.path.dirname(__file__), "..", "..", "assets", "i18n", lang + ".toml")
    with open(path, "rb") as f:
        return tomllib.load(f)["alerts"]


def screen_texts(dump):
    """Every text and button label on screen."""
    labels = [item.get("label", "") for item in dump.get("items", [])]
    return "\n".join(dump.get("texts", []) + labels)


def main():
    kiosk_bin, receiver_bin, console_bin = sys.argv[1:4]
    shots = sys.argv[4] if len(sys.argv) > 4 else None
    size = sys.argv[5] if len(sys.argv) > 5 else "800x480"
    lang = sys.argv[6] if len(sys.argv) > 6 else "en"
    work = tempfile.mkdtemp(prefix="console-alert-e2e-")
    data_dir = os.path.join(work, "kiosk-data")
    procs = []
    try:
        bundles = os.path.join(work, "bundles")
        os.makedirs(bundles)
        with open(os.path.join(work, "receiver.toml"), "w") as f:
            f.write(f'listen = "127.0.0.1:0"\ndatabase = "receiver.db"\nbundles_dir = "bundles"\n'
                    f'[[kiosk]]\nid = "{KIOSK_ID}"\ntoken = "{TOKEN}"\n')
        receiver, rport = start_with_port_file(
            receiver_bin, ["--config", os.path.join(work, "receiver.toml")], work, "receiver")
        procs.append(receiver)

        key = os.path.join(work, "alert.key")
        with open(os.open(key, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as f:
            f.write("# alert key for this test\n" + base64.b64encode(os.urandom(32)).decode() + "\n")
        config = os.path.join(work, "console.toml")
        with open(config, "w") as f:
            f.write('listen = "127.0.0.1:0"\ndatabase = "receiver.db"\nusers = "users.toml"\n'
                    '[alerts]\nkey = "alert.key"\nbundles_dir = "bundles"\n')
        subprocess.run([console_bin, "--config", config, "--add-user", "anna", "--role",
                        "coordinator"], input=PASSWORD + "\n", text=True, check=True,
                       capture_output=True)
        console, cport = start_with_port_file(console_bin, ["--config", config], work, "console")
        procs.append(console)

        anna = Coordinator(f"http://127.0.0.1:{cport}")
        anna.sign_in()
        page = anna.get("/alerts?lang=en")
        public_key = html.unescape(re.search(r"<code>([^<]+)</code>", page).group(1))
        url, page = anna.post("/alerts/publish", {
            "csrf": anna.field(page, "csrf"), "level": "red", "source": "Drugs Info Team",
            "issued": "2026-01-01", "expires": "2099-12-31", "substances": "mdma",
            "title_nl": "Roze pillen met veel MDMA",
            "text_nl": "Getest: 280 mg MDMA in één pil.\nNeem hooguit een kwart.",
            "title_en": TITLE_EN, "text_en": LINE_EN + "\nTake a quarter at most."})
        assert "done=published" in url, page
        alert_id = re.search(r'name="id" value="([^"]+)"', page).group(1)
        assert os.path.exists(os.path.join(bundles, "alerts", "all.bundle"))

        kiosk_config = os.path.join(work, "kiosk.toml")
        with open(kiosk_config, "w") as f:
            f.write(f'kiosk_id = "{KIOSK_ID}"\n[upload]\nbase_url = "http://127.0.0.1:{rport}"\n'
                    f'token = "{TOKEN}"\nalert_public_key = "{public_key}"\n')
        # A language the alert was not written in shows the English (docs/alerts.md).
        title = "Roze pillen met veel MDMA" if lang == "nl" else TITLE_EN
        args = ["--config", kiosk_config, "--lang", lang]
        with Kiosk(kiosk_bin, size=size, extra_args=args, data_dir=data_dir) as k:
            dump = k.wait_for(lambda d: d["screen"] == "home" and title in screen_texts(d),
                              "the published alert on the home screen")
            if shots:
                k.screenshot(os.path.join(shots, f"console-alert-home-{size}-{lang}.png"))
            banner = [i["id"] for i in dump["items"] if i["id"].startswith("home.alert")]
            assert banner, f"no alert banner to tap: {[i['id'] for i in dump['items']]}"
            k.tap(dump, banner[0])
            line = "Getest: 280 mg MDMA in één pil." if lang == "nl" else LINE_EN
            k.wait_for(lambda d: d["screen"] == "alerts" and line in screen_texts(d),
                       "the alert's lines on the Drug alerts screen")
            if shots:
                k.screenshot(os.path.join(shots, f"console-alert-list-{size}-{lang}.png"))
            code, log = k.stop()
            assert code == 0, log
            assert TOKEN not in log

        page = anna.get("/alerts?lang=en")
        url, _ = anna.post("/alerts/withdraw", {"csrf": anna.field(page, "csrf"), "id": alert_id})
        assert "done=withdrawn" in url
        with Kiosk(kiosk_bin, size=size, extra_args=args, data_dir=data_dir) as k:
            k.wait_for(lambda d: d["screen"] == "home" and title not in screen_texts(d)
                       and alert_texts(lang)["title"] not in screen_texts(d),
                       "the withdrawn alert gone from the home screen")
            k.stop()
        print(f"published alert {alert_id} was on the kiosk's home screen; withdrawn, it went")
    finally:
        for p in procs:
            p.terminate()
            p.wait(timeout=10)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
