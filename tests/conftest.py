"""Shared fixtures and helpers: the repository's paths, the CLI in process and as a real process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dangjian_cli.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED = SEEDS[0]
SHARED = ROOT.parent / "shared"
#: the CLI as a real process, with this interpreter
DANGJIAN = [sys.executable, "-m", "dangjian_cli"]


def run(*args, input=None):
    """The CLI in process (click's CliRunner); stdout and stderr apart."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def run_proc(*args, input=None, cwd=ROOT, **kw):
    """The CLI as a real process; text in, text out."""
    return subprocess.run(DANGJIAN + [str(a) for a in args], input=input, cwd=cwd,
                          capture_output=True, text=True, **kw)


def records(result) -> list[dict]:
    """The JSON Lines records a run printed."""
    return [json.loads(x) for x in result.stdout.splitlines() if x.strip()]


@pytest.fixture
def cli():
    return run


def run_tty(*args, cols: int = 80, rows: int = 200, env: dict | None = None, cwd=ROOT,
            timeout: float = 60, raw: bool = False, buffer: bool = False):
    """The CLI as a real process on a pseudo-terminal of ``cols`` × ``rows``; the
    screen it leaves, as a terminal emulator (pyte) draws it, one string per row,
    trailing blanks cut; with ``raw``, all it wrote (for output longer than a screen);
    with ``buffer``, pyte's cells too, for their colours.
    stdout and stderr both go to the terminal, as for a person typing."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import termios
    import time

    import pyte
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    full_env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    full_env.update({"TERM": "xterm-256color", "PAGER": "cat"} | (env or {}))
    proc = subprocess.Popen(DANGJIAN + [str(a) for a in args], stdin=slave, stdout=slave, stderr=slave,
                            cwd=cwd, env=full_env, start_new_session=True)
    os.close(slave)
    screen = pyte.Screen(cols, rows)
    stream = pyte.ByteStream(screen)
    written: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:         # EIO: the process closed the terminal
                    break
                if not data:
                    break
                stream.feed(data)
                written.append(data)
            elif proc.poll() is not None:
                break
        else:
            raise TimeoutError(f"dangjian {' '.join(map(str, args))} did not end in {timeout} s")
    finally:
        proc.kill() if proc.poll() is None else None
        proc.wait()
        os.close(master)
    lines = [line.rstrip() for line in screen.display]
    if raw:
        return lines, b"".join(written).decode("utf-8", "replace")
    return (lines, screen.buffer) if buffer else lines


def assert_processes_end(pids: list[int], within: float) -> None:
    """Each of ``pids`` ends (or is a zombie) within ``within`` seconds; any left are
    killed so the test run goes on, and the test fails."""
    import os
    import signal
    import time

    def running(pid):
        try:
            return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
        except FileNotFoundError:
            return False
    deadline = time.monotonic() + within
    while any(running(k) for k in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [k for k in pids if running(k)]
    for k in left:
        os.kill(k, signal.SIGKILL)
    assert not left, f"still running after {within} s: {left}"


def store_altered(db: Path, source: Path, sql: str) -> None:
    """A store made by extracting ``source``, then changed behind dangjian's back by ``sql``."""
    import sqlite3
    run("extract", source, "--db", db)
    con = sqlite3.connect(db)
    con.execute(sql)
    con.commit()
    con.close()

