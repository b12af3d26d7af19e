"""dangjian check: statuses on hand-worked cases from the seeds and constructed examples."""
import json
from pathlib import Path

from click.testing import CliRunner

from dangjian_cli import extract_text
from dangjian_cli.check import check_all
from dangjian_cli.cli import main
from conftest import ROOT



def results_for(text, doc="t.txt"):
    return check_all([c.record() for c in extract_text(text, doc)])


def shares(results):
    return {r["text"]: r for r in results if r["check"] == "share"}


def test_seed_shares_are_consistent_with_the_parts_and_totals_worked_by_hand():
    text = (ROOT / "seeds" / "003_07cf6b9a3888af81.txt").read_text(encoding="utf-8")
    s = shares(results_for(text))
    # 574 / 1715 = 33.5% → "33%"; 161 / (244+9) = 63.6% → "64%"; (206+9) / (244+9) = 85.0% → "85%"
    assert s["33%"]["status"] == "consistent" and round(s["33%"]["computed"], 1) == 33.5
    assert s["64%"]["status"] == "consistent" and round(s["64%"]["computed"], 1) == 63.6
    assert s["85%"]["status"] == "consistent" and round(s["85%"]["computed"], 1) == 85.0


def test_a_share_that_does_not_add_up_is_inconsistent_with_the_gap():
    s = shares(results_for("全村党员200名,其中女党员50名,占比40%。"))
    r = s["40%"]
    assert r["status"] == "inconsistent"          # 50 / 200 = 25%
    assert round(r["computed"], 1) == 25.0 and round(r["gap"], 1) == -15.0


def test_rounding_and_qualifiers():
    assert shares(results_for("党员1715人,大专以上学历574名,占比33.5%。"))["33.5%"]["status"] == "consistent"
    assert shares(results_for("党员1715人,大专以上学历574名,占比33.4%。"))["33.4%"]["status"] == "inconsistent"
    assert shares(results_for("党员1715人,大专以上学历574名,占比30%以上。"))["30%以上"]["status"] == "consistent"


def test_a_share_with_nothing_to_compare_is_unverifiable():
    s = shares(results_for("群众满意度达到96.8%。"))
    assert s["96.8%"]["status"] == "unverifiable"


def test_subcount_larger_than_its_total_is_flagged():
    res = [r for r in results_for("全村党员63人,其中女党员80人。") if r["check"] == "subcount"]
    assert [(r["text"], r["status"]) for r in res] == [("80人", "inconsistent")]
    ok = [r for r in results_for("全村党员63人,其中女党员20人。") if r["check"] == "subcount"]
    assert [(r["text"], r["status"]) for r in ok] == [("20人", "consistent")]


def test_conflicting_values_across_documents(tmp_path):
    (tmp_path / "a.txt").write_text("2023年,汉阴县共有党员12000名。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2023年,汉阴县共有党员12500名。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("2023年,汉阴县共有党员12000名。", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "jsonl"])
    conflicts = [json.loads(x) for x in r.stdout.splitlines() if json.loads(x)["check"] == "conflict"]
    pairs = {(Path(c["doc"]).name, Path(c["other_doc"]).name) for c in conflicts}
    assert pairs == {("a.txt", "b.txt"), ("b.txt", "c.txt")}
    assert "conflicts across documents: 2" in r.stderr


def test_check_reads_saved_claims_and_points_to_them_by_id(tmp_path):
    claims = tmp_path / "c.jsonl"
    r = CliRunner().invoke(main, ["extract", str(ROOT / "seeds"), "-o", str(claims)])
    ids = {json.loads(x)["id"] for x in claims.read_text(encoding="utf-8").splitlines()}
    r = CliRunner().invoke(main, ["check", str(claims), "--format", "jsonl", "--status", "consistent"])
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert out and all(x["status"] == "consistent" for x in out)
    for x in out:
        assert x["claim"] in ids
        assert all(part in ids for part in (x["part"] or "").split("+") if part)
    assert "shares:" in r.stderr
