"""Starting the project's servers (kiosk_receiver, kiosk_console) for the Python tests, and
waiting for what they do: bounded polls, never fixed sleeps.

A server started with --port-file listens on a port the system chose and writes it to that
file once it accepts connections, so no test races another for a free port.
"""
import os
import subprocess
import time


def wait_for(what, check, timeout=20.0):
    """Polls check() until it returns something true, and returns that."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise TimeoutError(f"timed out waiting for {what}")


def start_with_port_file(program, args, work, name, timeout=20.0):
    """Starts `program args --port-file <work>/<name>.port`, its stderr in <work>/<name>.log;
    returns the process and the port it listens on."""
    port_file = os.path.join(work, name + ".port")
    log = open(os.path.join(work, name + ".log"), "w")
    proc = subprocess.Popen([program, *args, "--port-file", port_file], stderr=log)
    log.close()  # the child keeps its own copy
    wait_for(f"{name}'s port file", lambda: os.path.exists(port_file), timeout)
    with open(port_file) as f:
        return proc, int(f.read())
