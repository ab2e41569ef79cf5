#!/usr/bin/env python3
"""Times the real `langkah` binary in an 80x24 pseudo-terminal, as she uses it.

A development tool (Python 3.11, standard library only). For each journal size
it seeds a data folder with `tools/seed` (the release work factor, exactly as
the app writes), then, in each run, measures:

  launch      start of the process to the login frame
  login       Enter on the passphrase to the home frame (scrypt, the KDF)
  loaded      the home frame to her journal list drawn with every entry
              (she presses Down Down Enter as soon as home is drawn): the
              journal loaded after the KDF
  search      the last key of a rare word ("kenanga", in one entry) to the
              frame that shows it in the search field and one match
  rss         the process's VmRSS once the list is drawn and the app is idle

and prints the medians. Frames are found by reading the app's output into a
small screen model (cursor moves and text; colours are ignored).

    tools/live-timing.py --entries 1000 10000 30000 --runs 5
    tools/live-timing.py --entries 10000 --taskset 0
    tools/live-timing.py --smoke        # CI: 100 entries, debug build, one run

The seed tool is built with `cargo build --manifest-path tools/seed/Cargo.toml`
(CARGO_TARGET_DIR=target, so it shares the app's compiled dependencies).
"""

import argparse
import codecs
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS, COLS = 24, 80
# A development passphrase for seeded folders only.
PASSPHRASE = "bunga melati putih di pagi hari"
PARTICIPANT = "Melati"
RARE = "kenanga"
LOGIN_HINT = "Tulis nama dan kata sandi."
HOME = f"Halo, {PARTICIPANT}"
ENTER, TAB, DOWN, F10 = "\r", "\t", "\x1b[B", "\x1b[21~"
COUNT = re.compile(r"(\d[\d.,]*) dari (\d[\d.,]*) catatan")


class Screen:
    """Just enough of a terminal for ratatui's output through crossterm:
    absolute cursor moves, clears, and text. Colours and modes are skipped."""

    CSI = re.compile(r"\x1b\[([0-9;?<=>]*)([ -/]*)([@-~])")
    OSC = re.compile(r"\x1b\][^\x07\x1b]*(\x07|\x1b\\)")

    def __init__(self):
        self.grid = [[" "] * COLS for _ in range(ROWS)]
        self.row = self.col = 0
        self.pending = ""
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")

    def feed(self, data: bytes):
        text = self.pending + self.decoder.decode(data)
        self.pending = ""
        i = 0
        while i < len(text):
            c = text[i]
            if c == "\x1b":
                m = self.CSI.match(text, i) or self.OSC.match(text, i)
                if m is None:
                    if len(text) - i < 64 and text[i + 1 : i + 2] in ("[", "]", ""):
                        self.pending = text[i:]  # an escape cut in two by a read
                        return
                    i += 2  # a two-byte escape: ESC 7, ESC =, ...
                    continue
                if m.re is self.CSI:
                    self.control(m.group(1), m.group(3))
                i = m.end()
                continue
            if c == "\r":
                self.col = 0
            elif c == "\n":
                self.row = min(self.row + 1, ROWS - 1)
            elif c == "\b":
                self.col = max(self.col - 1, 0)
            elif c >= " ":
                if self.col < COLS:
                    self.grid[self.row][self.col] = c
                self.col += 1
            i += 1

    def control(self, params: str, final: str):
        nums = [int(p) if p.isdigit() else 0 for p in params.split(";")] if params else []
        arg = lambda k, d: nums[k] if len(nums) > k and nums[k] else d
        if final in "Hf":
            self.row = min(arg(0, 1), ROWS) - 1
            self.col = min(arg(1, 1), COLS) - 1
        elif final == "J" and arg(0, 0) == 2:
            self.grid = [[" "] * COLS for _ in range(ROWS)]
        elif final == "J" and arg(0, 0) == 0:
            self.grid[self.row][self.col :] = [" "] * (COLS - self.col)
            for r in range(self.row + 1, ROWS):
                self.grid[r] = [" "] * COLS
        elif final == "K":
            self.grid[self.row][self.col :] = [" "] * (COLS - self.col)
        elif final == "A":
            self.row = max(self.row - arg(0, 1), 0)
        elif final == "B":
            self.row = min(self.row + arg(0, 1), ROWS - 1)
        elif final == "C":
            self.col = min(self.col + arg(0, 1), COLS - 1)
        elif final == "D":
            self.col = max(self.col - arg(0, 1), 0)
        elif final == "G":
            self.col = min(arg(0, 1), COLS) - 1
        elif final == "d":
            self.row = min(arg(0, 1), ROWS) - 1

    def text(self) -> str:
        return "\n".join("".join(r) for r in self.grid)


class App:
    """The binary in a pty; every byte it prints goes into a Screen."""

    def __init__(self, cmd, timeout):
        self.timeout = timeout
        self.screen = Screen()
        env = {k: v for k, v in os.environ.items() if k not in ("LANGKAH_DATA_DIR", "TMUX", "STY")}
        env["TERM"] = "xterm-256color"
        self.started = time.perf_counter()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execvpe(cmd[0], cmd, env)
        self.exited = False

    def pump(self, wait: float) -> bool:
        """Reads what is there (waiting up to `wait` s for the first byte)."""
        got = False
        while True:
            ready, _, _ = select.select([self.fd], [], [], wait if not got else 0)
            if not ready:
                return got
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                data = b""
            if not data:
                self.exited = True
                return got
            self.screen.feed(data)
            got = True

    def wait(self, what: str, done) -> float:
        """Reads until done(screen text) holds; returns the time it first did."""
        deadline = time.perf_counter() + self.timeout
        while True:
            text = self.screen.text()
            if done(text):
                return time.perf_counter()
            if self.exited:
                raise RuntimeError(f"the app exited while waiting for {what}:\n{text}")
            if time.perf_counter() > deadline:
                raise RuntimeError(f"waited {self.timeout} s for {what}; the screen:\n{text}")
            self.pump(0.5)

    def wait_for(self, needle: str) -> float:
        return self.wait(repr(needle), lambda s: needle in s)

    def settle(self, quiet=0.15):
        """Reads until the screen has not changed for `quiet` seconds (the
        output never stops: the app redraws on every tick of its clock)."""
        deadline = time.perf_counter() + self.timeout
        last, since = self.screen.text(), time.perf_counter()
        while time.perf_counter() - since < quiet and not self.exited:
            if time.perf_counter() > deadline:
                raise RuntimeError(f"the screen never settled:\n{last}")
            self.pump(0.02)
            now = self.screen.text()
            if now != last:
                last, since = now, time.perf_counter()

    def send(self, keys: str) -> float:
        os.write(self.fd, keys.encode())
        return time.perf_counter()

    def rss_kib(self) -> int:
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        raise RuntimeError("no VmRSS")

    def quit(self):
        self.send(F10)
        deadline = time.perf_counter() + self.timeout
        while time.perf_counter() < deadline:
            self.pump(0.1)
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                if os.waitstatus_to_exitcode(status) != 0:
                    raise RuntimeError(f"the app ended with {status}")
                return
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)
        raise RuntimeError("F10 did not end the app")


def counts(text: str):
    m = COUNT.search(text)
    if m is None:
        return None
    number = lambda s: int(re.sub(r"[.,]", "", s))
    return number(m.group(1)), number(m.group(2))


def search_line(text: str) -> str:
    return next((line for line in text.splitlines() if "Cari:" in line), "")


def one_run(binary: Path, data: Path, entries: int, prefix, timeout) -> dict:
    app = App(prefix + [str(binary), "--data-dir", str(data)], timeout)
    try:
        t = {}
        t["launch"] = app.wait_for(LOGIN_HINT) - app.started
        app.settle()
        app.send(PARTICIPANT)
        app.wait_for(PARTICIPANT)
        app.send(TAB)
        app.settle()
        app.send(PASSPHRASE)
        app.settle()
        sent = app.send(ENTER)
        home = app.wait_for(HOME)
        t["login"] = home - sent
        # Straight to her journal, as she would go: Down Down Enter.
        app.send(DOWN + DOWN + ENTER)
        listed = app.wait(f"the list of {entries}", lambda s: counts(s) == (entries, entries))
        t["loaded"] = listed - home
        app.settle(0.5)
        t["rss"] = app.rss_kib() / 1024
        app.send("/")
        app.wait_for("Cari:")
        app.send(RARE[:-1])
        app.wait(f"{RARE[:-1]!r} typed", lambda s: RARE[:-1] in search_line(s))
        app.settle(0.3)
        sent = app.send(RARE[-1])
        found = app.wait(
            f"{RARE!r} found once",
            lambda s: RARE in search_line(s) and counts(s) == (1, entries),
        )
        t["search"] = found - sent
        app.settle()
        app.quit()
        return t
    except BaseException:
        if not app.exited:
            os.kill(app.pid, signal.SIGKILL)
            os.waitpid(app.pid, 0)
        raise


def seed(seed_bin: Path, data: Path, entries: int):
    env = dict(os.environ, LANGKAH_SEED_PASSPHRASE=PASSPHRASE)
    subprocess.run(
        [str(seed_bin), "--data-dir", str(data), "--entries", str(entries)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--entries", type=int, nargs="+", default=[1000, 10000, 30000])
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--binary", type=Path, nargs="+", default=[ROOT / "target/release/langkah"],
                   help="one or more builds to compare; their runs are interleaved")
    p.add_argument("--seed", type=Path, default=ROOT / "target/debug/langkah-seed")
    p.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "langkah-live",
                   help="where seeded folders are kept between runs")
    p.add_argument("--taskset", metavar="CPU", help="pin the app to these cores (taskset -c)")
    p.add_argument("--smoke", action="store_true",
                   help="100 entries, the debug build, one run, in a folder deleted after")
    a = p.parse_args()
    timeout = 20.0
    if a.smoke:
        a.entries, a.runs, timeout = [100], 1, 60.0
        if a.binary == [ROOT / "target/release/langkah"]:
            a.binary = [ROOT / "target/debug/langkah"]
        a.work = Path(tempfile.mkdtemp(prefix="langkah-smoke-"))
    prefix = ["taskset", "-c", a.taskset] if a.taskset else []
    for path in [*a.binary, a.seed]:
        if not path.exists():
            print(f"missing {path}: build it first (see --help)", file=sys.stderr)
            return 2
    print(f"{a.runs} run(s) each, medians{', taskset -c ' + a.taskset if a.taskset else ''}")
    print("| build | entries | launch to login frame | login to home (KDF) | journal loaded after the KDF | rare-word keystroke | RSS, list drawn |")
    print("|---|---|---|---|---|---|---|")
    try:
        for n in a.entries:
            data = a.work / f"data-{n}"
            if not data.exists():
                a.work.mkdir(mode=0o700, parents=True, exist_ok=True)
                seed(a.seed, data, n)
            runs = {b: [] for b in a.binary}
            for _ in range(a.runs):
                for b in a.binary:
                    runs[b].append(one_run(b, data, n, prefix, timeout))
            for b, rs in runs.items():
                med = lambda k: statistics.median(r[k] for r in rs)
                print(f"| {b} | {n:,} | {med('launch') * 1e3:.1f} ms | {med('login') * 1e3:.0f} ms "
                      f"| {med('loaded') * 1e3:.1f} ms | {med('search') * 1e3:.1f} ms "
                      f"| {med('rss'):.1f} MiB |", flush=True)
    except RuntimeError as e:
        print(f"FAILED: {e}", file=sys.stderr)
        return 1
    finally:
        if a.smoke:
            shutil.rmtree(a.work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
