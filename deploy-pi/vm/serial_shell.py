"""The emulated machine's serial console as a shell, for deploy-pi/boot_check.py: waits for
root's prompt (images made with image.sh --test-console log root in there without a
password) and runs one command at a time, reading its output and exit status."""
import re
import socket
import time

PROMPT = re.compile(rb"root@[\w-]+:[^\n]*# $")


class SerialShell:
    def __init__(self, path, log_path):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.sock.settimeout(0.5)
        self.log = open(log_path, "ab")
        self.buffer = b""
        self.counter = 0

    def _pump(self):
        try:
            data = self.sock.recv(65536)
        except socket.timeout:
            return False
        if not data:
            raise ConnectionError("the serial console closed (the machine stopped)")
        self.log.write(data)
        self.log.flush()
        self.buffer += data
        return True

    def wait_for(self, pattern, timeout):
        """Reads until pattern (bytes regex) appears; returns the match. Text before it is
        dropped from the buffer."""
        deadline = time.monotonic() + timeout
        regex = re.compile(pattern)
        while True:
            match = regex.search(self.buffer)
            if match:
                self.buffer = self.buffer[match.end():]
                return match
            if time.monotonic() > deadline:
                raise TimeoutError(f"serial console: no {pattern!r} within {timeout:.0f} s")
            self._pump()

    def login(self, timeout):
        """Waits for root's shell and makes it quiet (no echo, no prompt)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.sock.sendall(b"\n")
            try:
                self.wait_for(rb"root@[\w-]+:[^\n]*# ", 5)
                break
            except TimeoutError:
                continue
        else:
            raise TimeoutError("serial console: root's shell never came")
        self.run("stty -echo cols 200; export PS1= TERM=dumb SYSTEMD_PAGER= PAGER=cat",
                 check=False)

    def run(self, command, timeout=60.0, check=True):
        """Runs command; returns (status, output). With check, a non-zero status raises."""
        self.counter += 1
        n = self.counter
        # The end marker is computed by the shell, so the echoed command never matches it.
        line = f"{command}; echo \"@@end{n}:$?:$((7*{n}))@@\"\n"
        self.sock.sendall(line.encode())
        match = self.wait_for(rb"([\s\S]*?)@@end%d:(\d+):%d@@" % (n, 7 * n), timeout)
        output = match.group(1).decode(errors="replace")
        output = output.replace("\r", "")
        status = int(match.group(2))
        if check and status != 0:
            raise RuntimeError(f"in the machine, '{command}' failed ({status}):\n{output}")
        return status, output.strip("\n")

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
        self.log.close()
