"""Every command of the README's tour runs as written (in a copy of the repo's seeds)."""
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def sh_blocks(after_heading: str) -> list[str]:
    section = README.split(after_heading, 1)[1].split("\n## ", 1)[0]
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", section, re.S):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line:
                lines.append(line)
    return lines


@pytest.mark.skipif(shutil.which("jq") is None, reason="jq not installed")
def test_tour_commands_run_as_written(tmp_path):
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    commands = sh_blocks("## Extract once, ask many questions")
    assert len(commands) == 6
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin", "HOME": str(tmp_path)}
    outputs = []
    for cmd in commands:
        r = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=tmp_path, env=env,
                           capture_output=True, text=True)
        assert r.returncode == 0, (cmd, r.stderr)
        assert "Traceback" not in r.stderr
        outputs.append(r)
    assert "5 read" in outputs[0].stderr and "0 read, 0 skipped, 0 claims, 5 unchanged" in outputs[1].stderr
    assert outputs[2].stdout.count("\n") == 10                      # --limit 10, JSON Lines when piped
    assert (tmp_path / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert float(outputs[5].stdout) > 1e9                          # funds of at least 1e7, added up


def test_eval_commands_in_readme_name_real_files():
    for cmd in sh_blocks("## Accuracy: `dangjian eval`")[:1]:
        r = subprocess.run(["bash", "-c", cmd], cwd=ROOT, capture_output=True, text=True,
                           env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"})
        assert r.returncode == 0 and "strict" in r.stdout
