"""The command line, through click's CliRunner and through real subprocesses and jq."""
import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dangjian_cli import extract_text
from conftest import ROOT, SEED, DANGJIAN, run

# the contract's fields, in its order (docs/claims.md §2)
FIELDS = ["id", "doc", "start", "end", "text", "value", "value_max", "unit", "qualifier",
          "category", "subject", "change", "place", "province", "city", "county", "adcode",
          "year", "year_from", "per", "sentence", "line"]




def test_jsonl_records_have_exactly_the_spec_fields():
    r = run("extract", str(SEED), "--format", "jsonl")
    assert r.exit_code == 0
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(recs) > 15
    assert all(list(rec) == FIELDS for rec in recs)
    assert recs[0]["doc"] == str(SEED)


def test_library_gives_the_records_the_cli_prints():
    text = SEED.read_text(encoding="utf-8")
    r = run("extract", "-", "--format", "jsonl", input=text.encode("utf-8"))
    cli = [json.loads(x) for x in r.stdout.splitlines()]
    lib = [c.record() for c in extract_text(text, "-")]
    assert cli == lib and cli[0]["doc"] == "-"


def test_json_format_is_one_valid_array():
    r = run("extract", str(ROOT / "seeds"), "--format", "json")
    data = json.loads(r.stdout)
    assert isinstance(data, list) and len(data) > 100
    empty = run("extract", "-", "--format", "json", input="没有数字".encode())
    assert json.loads(empty.stdout) == []


def test_csv_format():
    r = run("extract", str(SEED), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0]) == FIELDS
    funds = [x for x in rows if x["category"] == "funds"]
    assert funds[0]["text"] == "3800余万元" and funds[0]["value"] == "38000000"


def test_table_format_on_request():
    r = run("extract", str(SEED), "--format", "table")
    assert r.exit_code == 0 and "3800余万元" in r.stdout and "category" in r.stdout


def test_auto_format_is_jsonl_when_piped():
    r = run("extract", str(SEED))
    json.loads(r.stdout.splitlines()[0])


def test_category_filter_repeatable():
    r = run("extract", str(ROOT / "seeds"), "--category", "funds", "--category", "income",
            "--format", "jsonl")
    cats = {json.loads(x)["category"] for x in r.stdout.splitlines()}
    assert cats == {"funds", "income"}


def test_output_file(tmp_path):
    out = tmp_path / "claims.csv"
    r = run("extract", str(SEED), "-o", str(out))
    assert r.exit_code == 0 and r.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("id,doc,start")
    assert not list(tmp_path.glob(".dangjian-*"))


@pytest.mark.parametrize("args,message", [
    (["extract"], "Missing argument"),
    (["extract", "seeds", "--format", "xml"], "Invalid value for '--format'"),
    (["extract", "seeds", "--category", "money"], "Invalid value for '--category'"),
    (["extract", "-", "-"], "standard input (-) can be given once"),
    (["frobnicate"], "No such command"),
])
def test_usage_errors_exit_2(args, message):
    r = run(*args)
    assert r.exit_code == 2 and message in r.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_jobs_output_equals_single_process_byte_for_byte(fmt):
    one = subprocess.run(DANGJIAN + ["extract", "seeds", "--format", fmt, "-q"],
                         cwd=ROOT, capture_output=True, check=True).stdout
    two = subprocess.run(DANGJIAN + ["extract", "seeds", "--format", fmt, "-q", "--jobs", "2"],
                         cwd=ROOT, capture_output=True, check=True).stdout
    assert one == two and len(one) > 10000


@pytest.mark.parametrize("jobs", ["2", "3", "8"])
def test_jobs_keep_order_errors_and_counts_with_bad_inputs(tmp_path, jobs):
    """More workers than inputs, unreadable inputs among good ones: the same
    records, the same one-line errors and the same tally as one process."""
    (tmp_path / "a.txt").write_text("全县509个党组织、1.2万余名党员。", encoding="utf-8")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01binary\x00")
    (tmp_path / "c.txt").write_text("累计投入资金3800余万元。", encoding="utf-8")
    args = ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.bin"), "missing.txt",
            str(tmp_path / "c.txt"), "seeds"]
    one = subprocess.run(DANGJIAN + args, cwd=ROOT, capture_output=True, text=True)
    many = subprocess.run(DANGJIAN + args + ["--jobs", jobs], cwd=ROOT, capture_output=True, text=True)
    assert one.returncode == many.returncode == 1
    assert one.stdout == many.stdout
    assert one.stderr == many.stderr
    assert "b.bin: skipped: binary file (NUL bytes), not text" in many.stderr
    assert "missing.txt: skipped: no such file or folder" in many.stderr
    first = [json.loads(line) for line in many.stdout.splitlines()[:3]]
    assert [r["text"] for r in first] == ["509个", "1.2万余名", "3800余万元"]


def test_record_ids_are_the_documented_hash():
    from dangjian_cli.record import claim_id as make_id
    recs = [json.loads(line) for line in run("extract", "seeds", "-q", "--format", "jsonl").stdout.splitlines()]
    assert len(recs) > 100
    for r in recs:
        assert r["id"] == make_id(r["doc"], r["start"], r["end"], r["text"])


def test_exit_status_in_a_real_process(tmp_path):
    ok = subprocess.run(DANGJIAN + ["extract", "seeds", "-q"], cwd=ROOT, capture_output=True)
    assert ok.returncode == 0
    bad = subprocess.run(DANGJIAN + ["extract", "seeds", "missing.txt"], cwd=ROOT, capture_output=True,
                         text=True)
    assert bad.returncode == 1
    assert "missing.txt: skipped: no such file or folder" in bad.stderr
    n = len(ok.stdout.splitlines())
    assert n > 100
    assert bad.stderr.strip().splitlines()[-1] == f"dangjian: 5 read, 1 skipped, {n} claims"
    assert "Traceback" not in bad.stderr


# --- the jq recipes of the README, run for real --------------------------------------

needs_jq = pytest.mark.skipif(shutil.which("jq") is None, reason="jq not installed")


def pipe(cmd: str) -> str:
    return subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=ROOT, capture_output=True,
                          text=True, check=True,
                          env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"}).stdout


def readme_recipe(starts: str) -> str:
    """The README's recipe whose command starts with ``starts``, as written there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    cmds = [c for c in re.findall(r"```sh\n(.*?)\n```", readme, re.S) if c.startswith(starts)]
    assert len(cmds) == 1, starts
    return cmds[0]


@needs_jq
def test_readme_recipe_funds_by_county_and_year():
    out = pipe(readme_recipe("dangjian extract seeds/ | jq -s -c 'map(select(.category==\"funds\""))
    rows = json.loads(out)
    # one row per county and year
    assert len({(r["county"], r["year"]) for r in rows}) == len(rows)
    # 襄汾县's 2018 report: 累计投入3800余万元 is a lower bound, not an exact amount
    assert {"county": "襄汾县", "year": 2018, "exact": 0, "at_least": 38_000_000} in rows
    # no rate (每村…) and no change is ever in a sum: the same recipe on a report holding both
    recipe = readme_recipe("dangjian extract seeds/ | jq -s -c 'map(select(.category==\"funds\"")
    r = subprocess.run(["bash", "-o", "pipefail", "-c", recipe.replace("seeds/", "-")],
                       input="2023年，甲县投入资金500万元，每村补助5万元，比上年增加20万元。\n",
                       cwd=ROOT, capture_output=True, text=True, check=True,
                       env={"PATH": f"{Path(sys.executable).parent}:/usr/bin:/bin"})
    assert json.loads(r.stdout) == [{"county": None, "year": 2023, "exact": 5_000_000, "at_least": 0}]


@needs_jq
def test_readme_recipe_party_members_by_county():
    out = pipe(readme_recipe("dangjian extract seeds/ | jq -s -c 'map(select(.category==\"party_members\""))
    largest = {r["county"]: r["largest"] for r in json.loads(out)}
    # 兴县: 12871名党员干部投入一线; 汉阴县: 1.2万余名党员 (read from the seed texts)
    assert largest["兴县"] == 12871 and largest["汉阴县"] == 12000


@needs_jq
def test_readme_recipe_claims_per_category():
    out = pipe("dangjian extract seeds/ | jq -r '.category' | sort | uniq -c | sort -rn | head -1")
    assert out.split()[1] == "villages"


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
@pytest.mark.parametrize("binary", [True, False])
def test_block_and_record_writes_mix_in_order(fmt, binary):
    """Blocks rendered in a worker and single records interleave in order, on a
    UTF-8 stream with bytes underneath and on a bare text stream."""
    from dangjian_cli.output import JsonlWriter, JsonWriter, render_block
    from dangjian_cli.run import Block
    recs = [{"text": "509个", "value": 509}, {"text": "1.2万余名", "value": 12000, "subject": "党员"}]
    raw = io.BytesIO()
    fh = io.TextIOWrapper(raw, encoding="utf-8", newline="") if binary else io.StringIO()
    cls = JsonlWriter if fmt == "jsonl" else JsonWriter
    w = cls(fh)
    w.write(recs[1])
    w.write_block(Block(0, b""))
    w.write_block(Block(*render_block(recs, cls.separator)))
    w.write(recs[0])
    w.close()
    out = raw.getvalue().decode("utf-8") if binary else fh.getvalue()
    got = [json.loads(x) for x in out.splitlines()] if fmt == "jsonl" else json.loads(out)
    assert got == [recs[1], recs[0], recs[1], recs[0]]
