"""Random visitors and staff for the soak: each step picks something a person could do on the
screen the kiosk shows now (read from its --ui-dump) and does it with xdotool.

Taps land on items that are wholly on screen; language buttons, quick exit, page drags and
the staff PIN (right or wrong) are chosen on purpose more often than chance would. An item
never tapped before is preferred (always, while exploring), so every screen, language and
drawing path is met early (in the settling minutes) and the rest of the soak repeats what a
kiosk does all day.
"""
import os
import random
import subprocess

from upload_e2e import PIN  # the staff PIN soak.py configures (upload_e2e.hash_pin)
WRONG_PIN = "1357"


def where(dump):
    """The screen and language a UI dump shows (None for a dump not yet readable)."""
    return (dump["screen"], dump["lang"]) if dump else None


class Visitor:
    def __init__(self, kiosk, seed):
        self.kiosk = kiosk
        self.random = random.Random(seed)
        self.width, self.height = (int(v) for v in kiosk.size.split("x"))
        self.env = dict(os.environ, DISPLAY=kiosk.display)
        self.tapped = set()  # item ids tapped at least once
        # While exploring (soak.py: the settling minutes) an item never tapped is always
        # chosen when there is one, so memory is compared only after every screen was met.
        self.exploring = False
        self.counts = {"tap": 0, "language": 0, "quick exit": 0, "drag": 0,
                       "right PIN": 0, "wrong PIN": 0}

    def _on_screen(self, dump):
        return [i for i in dump["items"] if i["x"] >= 0 and i["y"] >= 0 and i["w"] > 0
                and i["h"] > 0 and i["x"] + i["w"] <= self.width
                and i["y"] + i["h"] <= self.height]

    def _xdotool(self, *args):
        subprocess.run(["xdotool", *args], env=self.env, check=True)

    def _pick(self, items):
        """Mostly an item not tapped yet, if there is one; else any."""
        new = [i for i in items if i["id"] not in self.tapped]
        prefer_new = self.exploring or self.random.random() < 0.7
        item = self.random.choice(new if new and prefer_new else items)
        self.tapped.add(item["id"])
        return item

    def _tap(self, item):
        x = item["x"] + self.random.randrange(max(1, item["w"]))
        y = item["y"] + self.random.randrange(max(1, item["h"]))
        self._xdotool("mousemove", str(x), str(y), "click", "1")

    def _drag(self):
        x = self.random.randrange(self.width // 4, self.width * 3 // 4)
        start = self.random.randrange(self.height // 3, self.height * 4 // 5)
        step = self.random.choice((-1, 1)) * self.height // 24
        moves = []
        for i in range(1, 7):
            moves += ["mousemove", str(x), str(start - i * step), "sleep", "0.02"]
        self._xdotool("mousemove", str(x), str(start), "mousedown", "1", *moves, "mouseup", "1")

    def _staff_pin(self, dump, visible):
        """Holds the logo, then types the PIN (wrong one time in three) and OK."""
        logo = [i for i in visible if i["id"] == "nav.logo"]
        if not logo:
            return False
        self.kiosk.long_press(dump, "nav.logo")
        right = self.random.random() > 1 / 3
        try:
            self.kiosk.enter_pin(PIN if right else WRONG_PIN, timeout=10)
        except TimeoutError:
            return True  # a long press that missed still counts as something a person does
        self.counts["right PIN" if right else "wrong PIN"] += 1
        return True

    def come_to_rest(self, language):
        """Ends the visit as a person would (quick exit, or log out for staff) until the home
        screen shows in the kiosk's language; returns whether it got there. Memory is compared
        in this state only: a visit that ended should leave nothing behind."""
        for _ in range(4):
            dump = self.kiosk.read_dump()
            if dump and dump["screen"] == "home" and dump["lang"] == language:
                return True
            if not dump:
                return False
            ends = {i["id"]: i for i in self._on_screen(dump)}
            item = ends.get("nav.quick_exit") or ends.get("staff.logout") or ends.get("nav.home")
            if not item:
                return False
            self._tap(item)
            # The screen or language changing, not the next frame: on a slow renderer
            # (softpipe, a loaded machine) the tap takes a few frames to show.
            try:
                self.kiosk.wait_for(lambda d, before=dump: where(d) != where(before),
                                    "the visit to end", 5)
            except TimeoutError:
                pass
        return False

    def step(self):
        """Does one thing; returns the name of what it did."""
        dump = self.kiosk.read_dump()
        if not dump:
            return "nothing"
        visible = self._on_screen(dump)
        roll = self.random.random()
        if roll < 0.02 and self._staff_pin(dump, visible):
            return "PIN"
        languages = [i for i in visible if i["id"].startswith("home.lang.")]
        if roll < 0.12 and languages:
            self._tap(self._pick(languages))
            self.counts["language"] += 1
            return "language"
        exits = [i for i in visible if i["id"] == "nav.quick_exit"]
        if roll < 0.16 and exits:
            self._tap(exits[0])
            self.counts["quick exit"] += 1
            return "quick exit"
        if roll < 0.24:
            self._drag()
            self.counts["drag"] += 1
            return "drag"
        # Everything else: any item on screen but the logo (its long press is above).
        taps = [i for i in visible if i["id"] != "nav.logo"]
        if not taps:
            return "nothing"
        self._tap(self._pick(taps))
        self.counts["tap"] += 1
        return "tap"
