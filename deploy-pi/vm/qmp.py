"""A small QMP client for deploy-pi/boot_check.py: commands to the emulated machine's
monitor, screen dumps, and touches through the virtio tablet (an absolute pointer, as the
Pi's touchscreen is)."""
import json
import socket

TABLET_MAX = 0x7FFF  # qemu's absolute axes run from 0 to 32767 across the screen


class Qmp:
    def __init__(self, path, timeout=30.0):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(timeout)
        self.sock.connect(path)
        self.file = self.sock.makefile("rwb")
        self._read()  # the greeting
        self.execute("qmp_capabilities")

    def _read(self):
        while True:
            line = self.file.readline()
            if not line:
                raise ConnectionError("the emulated machine's monitor closed")
            message = json.loads(line)
            if "event" not in message:  # events (RESET, POWERDOWN, ...) are not answers
                return message

    def execute(self, command, **arguments):
        request = {"execute": command}
        if arguments:
            request["arguments"] = arguments
        self.file.write(json.dumps(request).encode() + b"\n")
        self.file.flush()
        answer = self._read()
        if "error" in answer:
            raise RuntimeError(f"QMP {command}: {answer['error'].get('desc')}")
        return answer.get("return")

    def screendump(self, path):
        self.execute("screendump", filename=path)

    def tap(self, x, y, width, height):
        """Presses and releases at pixel (x, y) of a width x height screen."""
        def axis(name, value, size):
            scaled = round(value * TABLET_MAX / max(size - 1, 1))
            return {"type": "abs", "data": {"axis": name, "value": scaled}}
        move = [axis("x", x, width), axis("y", y, height)]
        self.execute("input-send-event", events=move)
        for down in (True, False):
            self.execute("input-send-event",
                         events=[{"type": "btn", "data": {"down": down, "button": "left"}}])

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
