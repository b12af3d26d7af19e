"""The SQLite store (incremental, crash-consistent) and query / filter / export / summary."""
import csv
import io
import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from dangjian_cli.cli import main
from conftest import ROOT, SEEDS, DANGJIAN, store_altered

GOLD = [json.loads(x) for x in (ROOT / "fixtures" / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input)


def jsonl(text):
    return [json.loads(x) for x in text.splitlines() if x.strip()]


@pytest.fixture
def corpus(tmp_path):
    d = tmp_path / "seeds"
    d.mkdir()
    for s in SEEDS:
        shutil.copy(s, d / s.name)
    return d


def consistent(db):
    con = sqlite3.connect(db)
    rows = con.execute("SELECT d.doc, d.claim_count, (SELECT COUNT(*) FROM claims c WHERE c.doc = d.doc) "
                       "FROM documents d").fetchall()
    orphans = con.execute("SELECT COUNT(*) FROM claims WHERE doc NOT IN (SELECT doc FROM documents)").fetchone()[0]
    con.close()
    return all(a == b for _, a, b in rows) and orphans == 0, len(rows)


def test_extract_db_is_incremental(corpus, tmp_path):
    db = tmp_path / "c.sqlite"
    first = run("extract", corpus, "--db", db)
    n_claims = sqlite3.connect(db).execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    assert first.exit_code == 0 and n_claims > 100
    assert f"5 read, 0 skipped, {n_claims} claims, 0 unchanged" in first.stderr
    second = run("extract", corpus, "--db", db)
    # nothing was extracted the second time: no file read, all five unchanged
    assert "0 read, 0 skipped, 0 claims, 5 unchanged" in second.stderr
    assert sqlite3.connect(db).execute("SELECT COUNT(*) FROM claims").fetchone()[0] == n_claims
    assert consistent(db) == (True, 5)


def test_changed_file_replaces_only_its_own_claims(corpus, tmp_path):
    db = tmp_path / "c.sqlite"
    run("extract", corpus, "--db", db)
    con = sqlite3.connect(db)
    before = dict(con.execute("SELECT doc, group_concat(id) FROM claims GROUP BY doc").fetchall())
    target = corpus / SEEDS[0].name
    target.write_text(target.read_text(encoding="utf-8") + "\n另外新建村级活动场所12处。\n", encoding="utf-8")
    r = run("extract", corpus, "--db", db)
    assert "1 read, 0 skipped" in r.stderr and "4 unchanged" in r.stderr
    after = dict(con.execute("SELECT doc, group_concat(id) FROM claims GROUP BY doc").fetchall())
    changed = [d for d in before if before[d] != after[d]]
    assert changed == [str(target)]
    assert "12处" in [t for (t,) in con.execute("SELECT text FROM claims WHERE doc=?", (str(target),))]


def test_store_schema_version_is_checked(tmp_path):
    db = tmp_path / "c.sqlite"
    store_altered(db, SEEDS[0], "UPDATE meta SET value='99' WHERE key='schema_version'")
    r = run("extract", SEEDS[0], "--db", db)
    assert r.exit_code == 2 and "store schema version 99" in r.stderr


def test_a_non_store_sqlite_file_is_refused(tmp_path):
    db = tmp_path / "other.sqlite"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE people (name TEXT)")
    con.commit()
    con.close()
    r = run("query", db, SEEDS[0], "--format", "jsonl")
    # named in one line and passed over; the other source is still read
    assert r.exit_code == 1 and "other.sqlite: an SQLite file that is not a dangjian store" in r.stderr
    assert r.stdout.count("\n") > 10
    # an extract into it is a usage error: nothing is written
    r = run("extract", SEEDS[0], "--db", db)
    assert r.exit_code == 2 and "not a dangjian store" in r.stderr


def test_killed_run_leaves_a_consistent_store_that_the_next_run_completes(tmp_path):
    big = tmp_path / "big"
    big.mkdir()
    for i in range(400):
        for s in SEEDS:
            (big / f"{i:04d}_{s.name}").write_bytes(s.read_bytes())
    db = tmp_path / "c.sqlite"
    proc = subprocess.Popen(DANGJIAN + ["extract", str(big), "--db", str(db), "-q"], cwd=ROOT)
    deadline = time.time() + 60
    done = 0
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            done = con.execute("SELECT COUNT(*) FROM sources").fetchone()[0]
            con.close()
        except sqlite3.Error:
            continue
        if done >= 20:
            break
    assert proc.poll() is None, "the run finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    ok, n_docs = consistent(db)
    assert ok and 20 <= n_docs < 2000
    r = subprocess.run(DANGJIAN + ["extract", str(big), "--db", str(db)], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0 and "unchanged" in r.stderr
    ok, n_docs = consistent(db)
    assert ok and n_docs == 2000
    total = sqlite3.connect(db).execute("SELECT COUNT(*) FROM claims").fetchone()[0]
    per_copy = len(jsonl(run("extract", ROOT / "seeds", "--format", "jsonl").stdout))
    assert total == 400 * per_copy


# --- filters, field by field, against hand-checked expectations on the seed gold ------

GOLD_FILE = ROOT / "fixtures" / "gold" / "seeds.jsonl"


def q(*args):
    r = run("query", GOLD_FILE, "--format", "jsonl", *args)
    assert r.exit_code == 0, r.stderr
    return jsonl(r.stdout)


def test_filter_category_and_min():
    got = q("--category", "funds", "--min", "1e8")
    # 4.5亿元 (seed 001), 1.6億元 (002), 4.5亿元 (003)
    assert sorted(r["text"] for r in got) == ["1.6億元", "4.5亿元", "4.5亿元"]


def test_filter_unit_qualifier_change():
    assert {r["text"] for r in q("--unit", "age")} == {"85岁以上", "42岁", "5岁"}
    assert {r["text"] for r in q("--change")} == {"5岁", "224名"}
    assert len(q("--no-change")) == len(GOLD) - 2
    over_funds = q("--category", "funds", "--qualifier", "over")
    assert sorted(r["text"] for r in over_funds) == [
        "1000余万元", "1500余万元", "2000余万元", "2300余万元", "3800余万元"]


def test_filter_subject_doc_max_contains_sort_limit():
    assert {r["text"] for r in q("--subject", "女性委员")} == {"369名", "224名"}
    assert all(r["doc"].startswith("002") for r in q("--doc", "002_*"))
    assert len(q("--doc", "002_*")) == 12
    assert [r["text"] for r in q("--category", "area", "--max", "100")] == ["86平方米"]
    assert {r["text"] for r in q("--contains", "余万元")} == {
        "3800余万元", "1000余万元", "2000余万元", "2300余万元", "1500余万元"}
    # --contains also searches the sentence (extracted claims carry one)
    r = run("query", ROOT / "seeds", "--contains", "一肩挑", "--format", "jsonl")
    assert [x["text"] for x in jsonl(r.stdout)] == ["206个", "9个", "85%"]
    top = q("--sort", "-value", "--limit", "2")
    assert [r["value"] for r in top] == [450000000, 450000000]


def test_filter_place_and_year_on_extracted_claims():
    r = run("query", ROOT / "seeds", "--place", "汉阴", "--year", "2024", "--format", "jsonl")
    got = jsonl(r.stdout)
    assert got and all("汉阴" in x["place"] and x["year"] == 2024 for x in got)
    assert "166个" in {x["text"] for x in got}


@pytest.mark.parametrize("args,message", [
    (["--sort", "price"], "'price' is not a field"),
    (["--category", "money"], "Invalid value for '--category'"),
    (["--min", "lots"], "Invalid value for '--min'"),
    (["--unit", "kg"], "Invalid value for '--unit'"),
    (["--bogus"], "No such option"),
])
def test_bad_filter_options_are_usage_errors(args, message):
    r = run("query", GOLD_FILE, *args)
    assert r.exit_code == 2 and message in r.stderr


def test_filter_streams_and_reports_malformed_lines():
    lines = [json.dumps(g, ensure_ascii=False) for g in GOLD[:10]]
    lines.insert(3, "{broken")
    r = run("filter", "--category", "people", input="\n".join(lines) + "\n")
    assert r.exit_code == 1
    assert "-:4: skipped: not a JSON record" in r.stderr
    assert [x["text"] for x in jsonl(r.stdout)] == [g["text"] for g in GOLD[:10] if g["category"] == "people"]


def test_pipeline_extract_filter_jq():
    if shutil.which("jq") is None:
        pytest.skip("jq not installed")
    out = subprocess.run(
        ["bash", "-o", "pipefail", "-c",
         "dangjian extract seeds/ | dangjian filter --category funds --min 1e7 | jq -s 'map(.value) | add'"],
        cwd=ROOT, capture_output=True, text=True, check=True,
        env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}).stdout
    # funds of at least 10 million in the seeds, added by hand from the gold:
    # 3800万 + 4.5亿 + 1000万 + 1400万 + 1.6亿 + 2000万 + 4.5亿 + 3260万 + 2300万 + 1500万
    assert float(out) == 38e6 + 450e6 + 10e6 + 14e6 + 160e6 + 20e6 + 450e6 + 32.6e6 + 23e6 + 15e6


def test_export_csv_for_excel_has_a_bom(tmp_path):
    out = tmp_path / "claims.csv"
    r = run("export", GOLD_FILE, "-o", out, "--excel", "--category", "funds")
    assert r.exit_code == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 11 and rows[0]["category"] == "funds"


def test_export_formats_from_extension(tmp_path):
    run("export", GOLD_FILE, "-o", tmp_path / "a.json")
    assert len(json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))) == len(GOLD)
    run("export", GOLD_FILE, "-o", tmp_path / "a.jsonl", "--limit", "5")
    assert len(jsonl((tmp_path / "a.jsonl").read_text(encoding="utf-8"))) == 5
    r = run("export", GOLD_FILE, "-o", tmp_path / "a.txt")
    assert r.exit_code == 2 and "give --to" in r.stderr


def test_export_names_the_missing_extra(tmp_path, monkeypatch):
    import importlib.util
    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name in ("openpyxl", "pyarrow") else real(name, *a))
    for ext, extra in (("xlsx", "xlsx"), ("parquet", "parquet")):
        for cmd in (["export", GOLD_FILE], ["extract", ROOT / "seeds"], ["query", GOLD_FILE]):
            r = run(*cmd, "-o", tmp_path / f"a.{ext}")
            assert r.exit_code == 2 and f"pip install -e '.[{extra}]'" in r.stderr, cmd
            assert not list(tmp_path.iterdir())
        assert not (tmp_path / f"a.{ext}").exists()


def test_failed_export_leaves_no_half_file(tmp_path, monkeypatch):
    from dangjian_cli import output

    class Boom(Exception):
        pass

    def broken_write(self, rec):
        raise Boom()
    monkeypatch.setattr(output.CsvWriter, "write", broken_write)
    target = tmp_path / "out.csv"
    r = run("export", GOLD_FILE, "-o", target)
    assert r.exit_code != 0
    assert not target.exists() and not list(tmp_path.glob(".dangjian-*"))


def test_summary_by_doc_keeps_over_amounts_apart():
    r = run("summary", GOLD_FILE, "--format", "json")
    rows = {x["doc"][:3]: x for x in json.loads(r.stdout)}
    s4 = rows["004"]
    # seed 004 funds: 3260万元 exact; 2300余万元 and 1500余万元 are lower bounds
    assert s4["funds_yuan"] == 32_600_000
    assert s4["funds_yuan_over"] == 38_000_000
    assert s4["funds_text"] == "3260万 + ≥3800万"
    assert s4["claims"] == sum(1 for g in GOLD if g["doc"].startswith("004"))
    assert rows["001"]["party_organizations_largest"] == 509


def test_summary_by_category_piped_is_json():
    r = run("summary", GOLD_FILE, "--by", "category")
    rows = json.loads(r.stdout)
    assert {x["category"]: x["claims"] for x in rows}["villages"] == sum(1 for g in GOLD if g["category"] == "villages")
