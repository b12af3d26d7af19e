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
