#!/usr/bin/env python3
"""End-to-end: in kiosk mode (full screen) a request to close the window, as Alt+F4 or a
window manager sends it (WM_DELETE_WINDOW), is ignored and the kiosk keeps working; in a
window the same request closes it cleanly.

Usage: kiosk_mode_e2e.py PATH_TO_KIOSK
"""
import ctypes
import os
import subprocess
import sys

from kiosk_process import Kiosk


class XClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong),
                ("send_event", ctypes.c_int), ("display", ctypes.c_void_p),
                ("window", ctypes.c_ulong), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", XClientMessageEvent), ("pad", ctypes.c_long * 24)]


def request_close(k):
    """Sends WM_DELETE_WINDOW to the kiosk's window, as a window manager does."""
    env = dict(os.environ, DISPLAY=k.display)
    window = int(subprocess.run(["xdotool", "search", "--sync", "--pid", str(k.proc.pid)],
                                env=env, check=True, capture_output=True,
                                text=True).stdout.split()[0])
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                               ctypes.POINTER(XEvent)]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(k.display.encode())
    assert display, "cannot open the Xvfb display"
    event = XEvent()
    event.xclient.type = 33  # ClientMessage
    event.xclient.window = window
    event.xclient.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
    event.xclient.format = 32
    event.xclient.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
    x11.XSendEvent(display, window, 0, 0, ctypes.byref(event))
    x11.XFlush(display)
    x11.XCloseDisplay(display)


def main(binary):
    with Kiosk(binary, windowed=False) as k:
        home = k.wait_for(lambda d: d["screen"] == "home" and d["items"], "the home screen")
        request_close(k)
        # X events arrive in order: once a later tap is drawn, the close request was handled.
        k.tap(home, "home.tile.search")
        k.wait_for(lambda d: d["screen"] == "search", "the search screen after the request")
        assert k.proc.poll() is None, "the kiosk closed in kiosk mode"
        code, log = k.stop()
        assert code == 0, log
        assert "ignored a request to close the window" in log, log

    with Kiosk(binary) as k:
        k.wait_for(lambda d: d["screen"] == "home" and d["items"], "the home screen")
        request_close(k)
        code = k.proc.wait(timeout=30)
        log = k.proc.stdout.read().decode(errors="replace")
        assert code == 0, f"a closed window should stop the kiosk cleanly, got {code}:\n{log}"
    print("2 passed, 0 failed")


if __name__ == "__main__":
    main(sys.argv[1])
