"""Starts the disk image under qemu-system-aarch64 -M virt for deploy-pi/boot_check.py:
Debian's arm64 kernel, a virtio GPU at the Pi touchscreen's 800x480, a virtio tablet as
the touchscreen, the user network with the receiver address forwarded to the host, QMP and
the serial console on Unix sockets. A power cut is the qemu process killed."""
import os
import signal
import subprocess
import time

from qmp import Qmp
from serial_shell import SerialShell

WIDTH, HEIGHT = 800, 480
RECEIVER_ADDRESS = "10.0.2.100"  # image.sh's default --server-url, port 80


class Machine:
    def __init__(self, image_dir, disk, work, receiver_port, extra_disks=(), rtc=None):
        self.image_dir, self.disk, self.work = image_dir, disk, work
        self.receiver_port, self.extra_disks, self.rtc = receiver_port, extra_disks, rtc
        self.proc = None
        self.qmp = None
        self.shell = None
        self.boots = 0

    def command(self):
        qmp_path = os.path.join(self.work, "qmp.sock")
        serial_path = os.path.join(self.work, "serial.sock")
        append = ("root=LABEL=kiosk-root rw console=ttyAMA0 consoleblank=0 "
                  "vt.global_cursor_default=0 quiet loglevel=3")
        # Each connection the guest opens to the receiver address runs nc to the host's
        # receiver (a tcp: forward would be one connection, made once at start).
        net = (f"user,id=net0,guestfwd=tcp:{RECEIVER_ADDRESS}:80-"
               f"cmd:nc 127.0.0.1 {self.receiver_port}")
        cmd = ["qemu-system-aarch64", "-M", "virt", "-cpu", "cortex-a72", "-smp", "2",
               "-m", "2048", "-accel", "tcg,thread=multi",
               "-kernel", os.path.join(self.image_dir, "vmlinuz"),
               "-initrd", os.path.join(self.image_dir, "initrd.img"), "-append", append,
               "-drive", f"if=virtio,format=raw,file={self.disk}",
               "-device", f"virtio-gpu-pci,xres={WIDTH},yres={HEIGHT}",
               "-device", "virtio-tablet-pci", "-device", "virtio-keyboard-pci",
               "-netdev", net, "-device", "virtio-net-pci,netdev=net0,romfile=",
               "-qmp", f"unix:{qmp_path},server=on,wait=off",
               "-serial", f"unix:{serial_path},server=on,wait=off",
               "-display", "none", "-no-reboot"]
        for extra in self.extra_disks:
            cmd += ["-drive", f"if=virtio,format=raw,file={extra}"]
        if self.rtc:
            cmd += ["-rtc", f"base={self.rtc}"]
        return cmd, qmp_path, serial_path

    def power_on(self):
        """Starts qemu and connects QMP and the serial console; returns the start time."""
        cmd, qmp_path, serial_path = self.command()
        for path in (qmp_path, serial_path):
            if os.path.exists(path):
                os.unlink(path)
        self.boots += 1
        log = open(os.path.join(self.work, f"qemu-{self.boots}.log"), "w")
        started = time.monotonic()
        self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + 30
        while not (os.path.exists(qmp_path) and os.path.exists(serial_path)):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"qemu did not start; see {self.work}/qemu-{self.boots}.log")
            time.sleep(0.05)
        self.qmp = Qmp(qmp_path)
        self.shell = SerialShell(serial_path, os.path.join(self.work, "serial.log"))
        return started

    def power_cut(self):
        """Pulls the plug: qemu is killed, the guest gets no shutdown and no flush."""
        self._disconnect()
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()

    def shutdown(self, timeout=180):
        """A clean power-off from inside; the plug is pulled if it does not finish."""
        try:
            self.shell.sock.sendall(b"systemctl poweroff\n")
            self.proc.wait(timeout=timeout)
        except (OSError, subprocess.TimeoutExpired, AttributeError):
            pass
        self.power_cut()

    def _disconnect(self):
        for part in (self.qmp, self.shell):
            if part:
                part.close()
        self.qmp = self.shell = None
