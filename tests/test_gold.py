"""Scores against the hand-made seed gold, through the real CLI, with thresholds."""
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dangjian_cli import evaluate as E
from dangjian_cli.cli import main
from conftest import ROOT, SHARED

GOLD = ROOT / "fixtures" / "gold" / "seeds.jsonl"
SHARED_SCORER = SHARED / "tools" / "score.py"


@pytest.fixture(scope="module")
def seed_predictions(tmp_path_factory):
    out = tmp_path_factory.mktemp("pred") / "seeds.jsonl"
    subprocess.run([sys.executable, "-m", "dangjian_cli", "extract", "seeds/", "--format", "jsonl",
                    "-q", "-o", str(out)], cwd=ROOT, check=True)
    return out


def test_seed_scores_meet_the_thresholds(seed_predictions):
    res, _ = E.score(E.load(str(GOLD)), E.load(str(seed_predictions)))
    assert res["strict"][2] >= 0.98
    assert res["detect"][2] >= 0.99
    assert res["value"][2] >= 0.98
    acc = res["accuracy_over_found"]
    assert acc["place"] >= 0.95 and acc["year"] >= 0.95 and acc["year_from"] >= 0.97, acc


@pytest.mark.skipif(not (SHARED / "gold" / "dev.jsonl").exists(), reason="the dev corpus is not beside the repo")
def test_dev_scores_meet_the_thresholds(tmp_path):
    # the dev corpus stays outside the repository; scored where it is
    out = tmp_path / "dev.jsonl"
    subprocess.run([sys.executable, "-m", "dangjian_cli", "extract", str(SHARED / "corpus" / "dev"), "-q",
                    "-o", str(out)], cwd=ROOT, check=True)
    res, _ = E.score(E.load(str(SHARED / "gold" / "dev.jsonl")), E.load(str(out)))
    acc = res["accuracy_over_found"]
    assert res["strict"][2] >= 0.98 and res["detect"][2] >= 0.99
    assert acc["place"] >= 0.95 and acc["year"] >= 0.95 and acc["year_from"] >= 0.97, acc


def test_eval_command_reports_the_figures(seed_predictions):
    r = CliRunner().invoke(main, ["eval", "--gold", str(GOLD), str(seed_predictions), "--json"])
    res = json.loads(r.stdout)
    assert res["gold"] == 130 and res["strict"][2] >= 0.95


def damaged(src: Path, dst: Path) -> Path:
    """Drop every 7th claim, shift every 5th, break the category of every 3rd."""
    out = []
    for i, line in enumerate(src.read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        if i % 7 == 0:
            continue
        if i % 5 == 0:
            rec["start"] += 40
            rec["end"] += 40
        if i % 3 == 0:
            rec["category"] = "other"
        if i % 11 == 0:
            rec["value"] = rec["value"] * 10
        out.append(json.dumps(rec, ensure_ascii=False))
    dst.write_text("\n".join(out) + "\n", encoding="utf-8")
    return dst


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="shared scorer not beside the repo")
@pytest.mark.parametrize("which", ["clean", "damaged"])
def test_eval_equals_the_shared_scorer(seed_predictions, tmp_path, which):
    pred = seed_predictions if which == "clean" else damaged(seed_predictions, tmp_path / "d.jsonl")
    ours = CliRunner().invoke(main, ["eval", "--gold", str(GOLD), str(pred), "--errors",
                                     "--where-errors"]).stdout
    theirs = subprocess.run([sys.executable, str(SHARED_SCORER), str(GOLD), str(pred), "--errors",
                             "--where-errors"], capture_output=True, text=True, check=True).stdout
    assert ours == theirs
    if which == "damaged":
        assert "MISSED" in ours and "EXTRA" in ours and "WRONG" in ours


def test_eval_extracts_reports_on_the_fly():
    r = CliRunner().invoke(main, ["eval", "--gold", str(GOLD), str(ROOT / "seeds"), "--json"])
    assert json.loads(r.stdout)["detect"][2] >= 0.97


def test_eval_rejects_a_broken_gold_file(tmp_path):
    bad = tmp_path / "g.jsonl"
    bad.write_text('{"doc": "a.txt"}\n', encoding="utf-8")
    r = CliRunner().invoke(main, ["eval", "--gold", str(bad), str(ROOT / "seeds")])
    assert r.exit_code == 2 and "g.jsonl:1: not a claim record" in r.stderr
