"""The codebase's own checks, run with the tests so CI runs them: ruff and mypy clean."""
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.parametrize("tool,args", [
    ("ruff", ["check", "."]),
    ("mypy", []),                # the package, with check_untyped_defs (pyproject.toml)
])
def test_clean(tool, args):
    exe = shutil.which(tool, path=str(ROOT / ".venv" / "bin")) or shutil.which(tool) \
        or str(__import__("pathlib").Path(sys.executable).parent / tool)
    r = subprocess.run([exe, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
