"""Nothing lost, nothing hung, nothing overwritten: each reproducer of real-world
abuse (bad input, odd files, killed runs, full disks, locked stores) as a test."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from conftest import DANGJIAN, ROOT, SEEDS, SHARED, assert_processes_end, records, run, run_proc, store_altered
from dangjian_cli.pipeline import iter_records

SEED_TEXTS = [s.read_text(encoding="utf-8") for s in SEEDS]
DEV = sorted((SHARED / "corpus" / "dev").glob("*.txt"))


def claims(text):
    return list(iter_records(text, "t.txt"))


def surfaces(recs):
    return [(r["text"], r["value"], r["unit"], r["category"]) for r in recs]


# --- silent losses ------------------------------------------------------------------

def test_a_source_note_on_the_same_line_keeps_the_claims():
    r = run("extract", "-", "--format", "jsonl", input="全县有党员1200名，投入资金3800万元。来源:新华网".encode())
    assert [x["text"] for x in records(r)] == ["1200名", "3800万元"]
    # the note itself, and counters, bylines and issue lines, are still furniture
    r = run("extract", "-", "--format", "jsonl",
            input="阅读:1234次 评论(12) 总第860期37\n责编:张颖 电话:0731-88881234\n全县509个党组织。".encode())
    assert [x["text"] for x in records(r)] == ["509个"]


@pytest.mark.parametrize("sep", [" ", "\r", "\r\n", "\u2028"])
def test_flattened_documents_keep_their_claims(sep):
    # JSON Lines corpora store articles with their paragraphs joined; old Macs end lines with CR
    texts = SEED_TEXTS + [p.read_text(encoding="utf-8") for p in DEV]
    kept = total = 0
    for text in texts:
        before = claims(text)
        after = claims(text.replace("\n", sep))
        total += len(before)
        found = {(r["text"], r["value"]) for r in after}
        kept += sum((r["text"], r["value"]) in found for r in before)
        if sep != " ":       # a line break of another kind: the very same claims
            assert surfaces(after) == surfaces(before)
    assert kept >= 0.97 * total, (kept, total)


LINE_PIECES = st.sampled_from(["党员", "1200名", "投入资金", "3800万元", "占比", "96.8%", "全县", "509个",
                               "党组织", "。", ",", "、", "\n", "\n\n", " ", "其中", "来源:新华网", "2024年"])


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE_PIECES, max_size=40).map("".join), st.sampled_from(["\r", "\r\n", "\u2028"]))
def test_any_line_break_gives_the_same_claims(text, sep):
    before, after = claims(text), claims(text.replace("\n", sep))
    assert surfaces(after) == surfaces(before)
    flat = text.replace("\n", sep)
    for r in after:                     # offsets and lines still point into the text given
        assert flat[r["start"]:r["end"]] == r["text"]
        assert r["line"] == len(flat[:r["start"]].splitlines()) + (flat[:r["start"]].endswith(
            ("\n", "\r", "\u2028")) or r["start"] == 0)


@pytest.mark.parametrize("block", [1000, 4096])
def test_blocks_of_text_with_no_line_or_sentence_ends_equal_the_whole(tmp_path, block):
    from dangjian_cli.sources import _read_blocks
    text = "党员1234名投入资金3800余万元占比96.8%九成建成产业园41个" * 400   # no breaks at all
    f = tmp_path / "flat.txt"
    f.write_text(text, encoding="utf-8")
    whole = claims(text)
    got = []
    for d in _read_blocks("t.txt", f, block):
        got += list(iter_records(d.text, d.doc, d.base, d.base_line, d.head, d.lo, d.hi))
    assert len(whole) >= 5 * 400 and core(got) == core(whole)


#: the fields of a claim itself; place and year also depend on what the document says
#: far from the claim (its date, its opening), which a block of a file cannot see
CLAIM_FIELDS = ("id", "doc", "start", "end", "text", "value", "value_max", "unit", "qualifier",
                "category", "subject", "change", "per", "sentence", "line")


def core(recs):
    return [{k: r[k] for k in CLAIM_FIELDS} for r in recs]


def test_blocks_of_the_seeds_concatenated_equal_the_whole(tmp_path):
    text = "".join(SEED_TEXTS)
    f = tmp_path / "all.txt"
    f.write_text(text, encoding="utf-8")
    env = {**os.environ, "DANGJIAN_BLOCK_BYTES": "1000"}
    r = run_proc("extract", f, "--format", "jsonl", env=env)
    assert r.returncode == 0
    assert core(json.loads(x) for x in r.stdout.splitlines()) == core(iter_records(text, str(f)))


# --- hangs and unbounded memory ----------------------------------------------------------

def test_devices_and_fifos_are_refused_not_read(tmp_path):
    fifo = tmp_path / "b.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text("全县509个党组织。", encoding="utf-8")
    t = time.monotonic()
    r = run_proc("extract", tmp_path, "/dev/zero", "--format", "jsonl", timeout=30)
    assert time.monotonic() - t < 20
    assert r.returncode == 1 and len(r.stdout.splitlines()) == 1
    assert f"{fifo}: skipped: not a regular file" in r.stderr
    assert "/dev/zero: skipped: not a regular file" in r.stderr and "pipe it in as -" in r.stderr


def test_endless_standard_input_is_read_in_bounded_memory():
    # binary on stdin: refused after the first block, not read for ever
    p = subprocess.Popen(DANGJIAN + ["extract", "-"], stdin=open("/dev/zero", "rb"),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 1 and b"-: skipped: binary file" in err


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the workers from /proc")
def test_busy_workers_end_when_the_parent_is_killed(tmp_path):
    # each worker deep in one large document when the parent goes: they must not
    # run on (the parent-death signal and the watchdog end them)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("\n".join(SEED_TEXTS) * 40, encoding="utf-8")
    env = {**os.environ, "DANGJIAN_BLOCK_BYTES": str(64 * 1024 * 1024)}   # one document each
    p = subprocess.Popen(DANGJIAN + ["extract", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--jobs", "2",
                                     "-o", os.devnull], cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    kids = []
    deadline = time.monotonic() + 20
    while len(kids) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
        try:
            kids = [int(k) for k in Path(f"/proc/{p.pid}/task/{p.pid}/children").read_text().split()]
        except FileNotFoundError:
            break
    time.sleep(0.5)                     # the workers are now extracting
    p.send_signal(signal.SIGKILL)
    p.wait()
    assert len(kids) == 2

    assert_processes_end(kids, within=3)


# --- no tracebacks -------------------------------------------------------------------

def no_traceback(r):
    out = (r.stderr or "") + (r.stdout or "")
    assert "Traceback" not in out, out
    return r


def test_html_declaring_a_codec_that_is_not_a_web_encoding(tmp_path):
    for label in ("punycode", "cp037", "rot13", "nonsense"):
        f = tmp_path / f"{label}.html"
        f.write_bytes(f'<html><head><meta charset="{label}"></head><body><p>全县509个党组织。</p></body></html>'
                      .encode())
        r = no_traceback(run_proc("extract", f, "--format", "jsonl"))
        assert r.returncode == 0 and [x["text"] for x in map(json.loads, r.stdout.splitlines())] == ["509个"]


def test_corpus_line_nested_too_deep_is_named(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text("[" * 200_000 + "\n" + json.dumps({"id": "a", "text": "全县509个党组织。"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    r = no_traceback(run_proc("extract", f, "--format", "jsonl"))
    assert r.returncode == 1 and f"{f}:1: skipped: not a JSON object (RecursionError)" in r.stderr
    assert len(r.stdout.splitlines()) == 1


def test_corpus_line_over_the_limit_is_named(tmp_path):
    f = tmp_path / "c.jsonl"
    big = json.dumps({"id": "big", "text": "党员12名。" * 20000}, ensure_ascii=False)
    f.write_text(big + "\n" + json.dumps({"id": "b", "text": "全县509个党组织。"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    r = no_traceback(run_proc("extract", f, "--format", "jsonl",
                              env={**os.environ, "DANGJIAN_MAX_LINE_BYTES": "10000"}))
    assert r.returncode == 1 and f"{f}:1: skipped: line longer than" in r.stderr
    assert [json.loads(x)["doc"] for x in r.stdout.splitlines()] == [f"{f}#b"]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "json", "table"])
def test_a_lone_surrogate_in_a_corpus_text(tmp_path, fmt):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "s", "text": "\\ud800全县509个党组织。"}\n', encoding="utf-8")
    r = no_traceback(run_proc("extract", f, "--format", fmt))
    assert r.returncode == 0 and "509个" in r.stdout


def test_a_lone_surrogate_and_an_undecodable_file_name_under_db(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "s", "text": "\\ud800全县509个党组织。"}\n', encoding="utf-8")
    odd = os.path.join(os.fsencode(tmp_path), b"\xff\xfe.txt")
    with open(odd, "wb") as fh:
        fh.write("投入资金50万元。".encode())
    db = tmp_path / "s.sqlite"
    r = no_traceback(run_proc("extract", f, tmp_path, "--db", db))
    assert r.returncode == 0, r.stderr
    q = no_traceback(run_proc("query", db, "--format", "jsonl"))
    assert sorted(json.loads(x)["text"] for x in q.stdout.splitlines()) == ["509个", "50万元"]


@pytest.mark.parametrize("content,reason", [
    ("[1, 2]", "element 1: skipped: not a claim record (not a JSON object)"),
    ('[{"doc": "a", "start": 0, "end": 2, "value": 3, "unit": "count"}]', "no 'category'"),
    ('[{"doc": "a", "start": 0, "end": 2, "value": "3", "unit": "count", "category": "other"}]',
     "'value' is not a number"),
    ('{"a": 1}', "not a JSON array of claim records"),
    ("[" * 100_000, "not a JSON file of claim records"),
])
@pytest.mark.parametrize("cmd", [["query", "--min", "1"], ["summary"], ["check"], ["export", "-o", "X"]])
def test_claim_files_that_are_not_claims(tmp_path, content, reason, cmd):
    f = tmp_path / "c.json"
    f.write_text(content, encoding="utf-8")
    cmd = [str(tmp_path / "out.csv") if c == "X" else c for c in cmd]
    r = no_traceback(run(cmd[0], f, *cmd[1:]))
    assert r.exit_code == 1 and reason in r.stderr


def test_invalid_utf8_later_on_standard_input():
    good = json.dumps(records(run("extract", SEEDS[0], "--format", "jsonl"))[0], ensure_ascii=False).encode()
    r = no_traceback(run("query", "-", "--format", "jsonl", input=good + b"\n" + b"\xff\xfe{}\n" + good + b"\n"))
    assert r.exit_code == 1 and "-:2: skipped: not UTF-8 text" in r.stderr
    assert len(r.stdout.splitlines()) == 2


def test_store_with_a_schema_version_that_is_not_a_number(tmp_path):
    db = tmp_path / "c.sqlite"
    store_altered(db, SEEDS[0], "UPDATE meta SET value='abc' WHERE key='schema_version'")
    r = no_traceback(run("extract", SEEDS[0], "--db", db))
    assert r.exit_code == 2 and "store schema version abc" in r.stderr
    r = no_traceback(run("query", db))
    assert r.exit_code == 1 and "store schema version abc" in r.stderr


def test_a_store_locked_by_another_writer_is_waited_for_then_named(tmp_path):
    db = tmp_path / "c.sqlite"
    run("extract", SEEDS[0], "--db", db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        t = time.monotonic()
        r = no_traceback(run_proc("extract", SEEDS[1], "--db", db,
                                  env={**os.environ, "DANGJIAN_LOCK_WAIT": "1.5"}))
        assert 1.0 <= time.monotonic() - t < 20
        assert r.returncode == 1 and "the store is locked by another process (waited 2 s)" in r.stderr
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # once it is free, the run completes
    r = run("extract", SEEDS[1], "--db", db)
    assert r.exit_code == 0 and "1 read" in r.stderr


def test_output_in_a_folder_that_does_not_exist():
    r = no_traceback(run("extract", SEEDS[0], "-o", "/nonexistent/dir/x.jsonl"))
    assert r.exit_code == 2 and "/nonexistent/dir/x.jsonl: cannot write: no such folder" in r.stderr


# --- outputs and the store -----------------------------------------------------------------

def test_a_full_disk_at_close_leaves_no_part_file_and_no_traceback(tmp_path, monkeypatch):
    import io
    from dangjian_cli import output

    class Full(io.TextIOWrapper):
        def close(self):
            raise OSError(28, "No space left on device")
    real = os.fdopen
    monkeypatch.setattr(output.os, "fdopen", lambda fd, *a, **k: Full(real(fd, "wb"), encoding="utf-8",
                                                                       newline=""))
    for cmd in (["extract", SEEDS[0], "-o", tmp_path / "x.jsonl"],
                ["export", ROOT / "fixtures" / "gold" / "seeds.jsonl", "-o", tmp_path / "x.csv"]):
        r = no_traceback(run(*cmd))
        assert r.exit_code == 1 and "cannot write (No space left on device)" in r.stderr
        assert list(tmp_path.iterdir()) == []


def test_ctrl_c_keeps_the_earlier_complete_output(tmp_path, monkeypatch):
    out = tmp_path / "x.jsonl"
    out.write_text("earlier complete output\n", encoding="utf-8")
    from dangjian_cli import run as runner
    real = runner.document_event
    calls = []

    def interrupted(doc, opts):
        calls.append(doc)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(doc, opts)
    monkeypatch.setattr(runner, "document_event", interrupted)
    r = run("extract", ROOT / "seeds", "-o", out)
    assert r.exit_code == 130
    assert out.read_text(encoding="utf-8") == "earlier complete output\n"
    partial = tmp_path / "x.jsonl.partial"
    assert partial.exists() and len(partial.read_text(encoding="utf-8").splitlines()) > 10
    assert "interrupted: what was written is in" in r.stderr


def test_an_output_never_replaces_an_input_or_the_store(tmp_path):
    f = tmp_path / "f.txt"
    f.write_text("全县509个党组织。", encoding="utf-8")
    r = run("extract", f, "-o", f)
    assert r.exit_code == 2 and "is one of the inputs" in r.stderr
    assert f.read_text(encoding="utf-8") == "全县509个党组织。"
    db = tmp_path / "st.sqlite"
    run("extract", f, "--db", db)
    r = run("export", db, "-o", db, "--to", "csv")
    assert r.exit_code == 2 and "is one of the inputs" in r.stderr
    assert sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone() == (1,)


def test_output_files_get_the_umask_mode(tmp_path):
    old = os.umask(0o022)
    try:
        run("extract", SEEDS[0], "-o", tmp_path / "x.jsonl")
        run("export", ROOT / "fixtures" / "gold" / "seeds.jsonl", "-o", tmp_path / "x.csv")
    finally:
        os.umask(old)
    for name in ("x.jsonl", "x.csv"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_extract_to_xlsx_writes_a_workbook(tmp_path):
    pytest.importorskip("openpyxl")
    r = run("extract", ROOT / "seeds", "-o", tmp_path / "x.xlsx")
    assert r.exit_code == 0
    assert (tmp_path / "x.xlsx").read_bytes()[:2] == b"PK"


def test_parquet_has_one_fixed_schema(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq
    ints = tmp_path / "ints.jsonl"
    ints.write_text(json.dumps({"doc": "a", "start": 0, "end": 2, "text": "3个", "value": 3, "unit": "count",
                                "category": "other"}) + "\n", encoding="utf-8")
    run("export", ints, "-o", tmp_path / "a.parquet")
    run("export", ROOT / "fixtures" / "gold" / "seeds.jsonl", "-o", tmp_path / "b.parquet")
    run("export", ints, "--min", "1e9", "-o", tmp_path / "empty.parquet")
    schemas = [pq.read_schema(tmp_path / n) for n in ("a.parquet", "b.parquet", "empty.parquet")]
    assert schemas[0] == schemas[1] == schemas[2]
    assert schemas[0].field("value").type == pa.float64() == schemas[0].field("value_max").type
    assert pq.read_table(tmp_path / "empty.parquet").num_rows == 0
    both = pq.ParquetDataset([str(tmp_path / "a.parquet"), str(tmp_path / "b.parquet")]).read()
    assert 96.8 in both.column("value").to_pylist()


def test_one_source_however_it_is_reached(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("全县509个党组织。", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    db = tmp_path / "s.sqlite"
    for arg in ("in", "./in", str(folder)):
        run("extract", arg, "--db", db)
    assert sqlite3.connect(db).execute("SELECT count(*) FROM claims").fetchone() == (1,)


def test_prune_removes_the_claims_of_deleted_files(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("全县509个党组织。", encoding="utf-8")
    b.write_text("投入资金50万元。", encoding="utf-8")
    db = tmp_path / "s.sqlite"
    run("extract", tmp_path, "--db", db)
    b.unlink()
    r = run("extract", tmp_path, "--db", db, "--prune")
    assert f"{b}: gone" in r.stderr
    assert [x["text"] for x in records(run("query", db, "--format", "jsonl"))] == ["509个"]


def test_an_undecodable_file_is_not_remembered_as_done(tmp_path):
    f = tmp_path / "noise.txt"
    f.write_bytes(bytes((i * 37) % 128 + 128 for i in range(3000)) + b"\xff\xfe\xff")
    db = tmp_path / "s.sqlite"
    for _ in range(2):
        r = run("extract", f, "--db", db)
        assert r.exit_code == 1 and "no text encoding fits" in r.stderr


def test_corpus_lines_that_failed_are_said_again_on_an_unchanged_rerun(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text('{"id": "a", "text": "全县509个党组织。"}\n{broken\n', encoding="utf-8")
    db = tmp_path / "s.sqlite"
    first = run("extract", f, "--db", db)
    again = run("extract", f, "--db", db)
    assert first.exit_code == again.exit_code == 1
    assert f"{f}:2: skipped" in again.stderr and "1 unchanged" in again.stderr


def test_two_writers_creating_a_new_store_at_once(tmp_path):
    db = tmp_path / "s.sqlite"
    procs = [subprocess.Popen(DANGJIAN + ["extract", str(s), "--db", str(db)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for s in SEEDS[:2]]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    n = sqlite3.connect(db).execute("SELECT count(DISTINCT doc) FROM claims").fetchone()[0]
    assert n == 2


def _open_store(path, results):
    from dangjian_cli.store import Store, StoreError
    try:
        Store(path, lock_wait=10).close()
        results.put("ok")
    except StoreError as exc:
        results.put(str(exc))


def test_many_writers_opening_one_new_store_all_find_it_whole(tmp_path):
    # six processes opening the same new store, thirty times over: before the opening was
    # retried as a whole, about one round in seven had a writer refused at once ("locked",
    # or "not a dangjian store" from a half-seen schema)
    import multiprocessing
    ctx = multiprocessing.get_context("fork")
    for i in range(30):
        results = ctx.Queue()
        procs = [ctx.Process(target=_open_store, args=(str(tmp_path / f"s{i}.sqlite"), results))
                 for _ in range(6)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert [results.get(timeout=5) for _ in procs] == ["ok"] * 6, f"round {i}"


def test_readers_never_write_a_schema(tmp_path):
    empty = tmp_path / "e.sqlite"
    empty.write_bytes(b"")
    r = no_traceback(run("query", empty))
    assert r.exit_code == 1 and "an empty file, not a dangjian store" in r.stderr
    assert empty.read_bytes() == b""
    blank = tmp_path / "b.sqlite"
    sqlite3.connect(blank).close()
    run("summary", blank)
    assert sqlite3.connect(blank).execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


def test_a_failing_write_under_db_names_the_real_error(tmp_path):
    db = tmp_path / "s.sqlite"
    store_altered(db, SEEDS[0], "CREATE TRIGGER fail BEFORE INSERT ON claims "
                                "BEGIN SELECT RAISE(ABORT, 'simulated disk error'); END")
    r = no_traceback(run("extract", SEEDS[1], "--db", db))
    assert r.exit_code == 1 and "simulated disk error" in r.stderr
    assert "cannot rollback" not in r.stderr
    # nothing of the failed source was kept: the next run tries it again
    assert sqlite3.connect(db).execute("SELECT count(*) FROM sources").fetchone() == (1,)


def test_utf16_without_a_bom_is_read(tmp_path):
    want = [(r["text"], r["start"]) for r in claims(SEED_TEXTS[1])]
    for enc in ("utf-16-le", "utf-16-be"):
        f = tmp_path / f"{enc}.txt"
        f.write_bytes(SEED_TEXTS[1].encode(enc))
        r = run("extract", f, "--format", "jsonl")
        assert r.exit_code == 0 and [(x["text"], x["start"]) for x in records(r)] == want, r.stderr
        assert len(want) > 25


def test_a_folder_that_cannot_be_listed_is_named(tmp_path, monkeypatch):
    from dangjian_cli import walk
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "a.txt").write_text("全县509个党组织。", encoding="utf-8")
    (tmp_path / "shut").mkdir()
    real = os.scandir

    def scandir(path):
        if str(path).endswith("shut"):
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(walk.os, "scandir", scandir)
    r = run("extract", tmp_path, "--format", "jsonl")
    assert r.exit_code == 1 and f"{tmp_path / 'shut'}: skipped: folder not read (permission denied)" in r.stderr
    assert len(records(r)) == 1


# --- memory -------------------------------------------------------------------------------

_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
         "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)")


def peak_mb(*args) -> int:
    return int(subprocess.run([sys.executable, "-c", _PEAK] + DANGJIAN + [str(a) for a in args], cwd=ROOT,
                              capture_output=True, text=True, check=True).stdout)


def test_extract_into_a_store_from_one_40_mb_file_stays_under_150_mb(tmp_path):
    f = tmp_path / "big.txt"
    text = "\n".join(SEED_TEXTS)
    with open(f, "w", encoding="utf-8") as fh:
        while fh.tell() < 40 * 1024 * 1024:
            fh.write(text)
    assert peak_mb("extract", f, "--db", tmp_path / "s.sqlite", "-q") < 150


def test_query_limit_1_over_a_large_store_stays_under_150_mb(tmp_path):
    from dangjian_cli.store import Store
    base = records(run("extract", ROOT / "seeds", "--format", "jsonl"))
    db = tmp_path / "s.sqlite"
    with Store(str(db)) as st:
        for k in range(280_000 // len(base) + 1):
            docs = [({"doc": f"d{k}.txt"}, [dict(r, id=f"{k}-{i}", doc=f"d{k}.txt") for i, r in enumerate(base)])]
            st.write_source(f"d{k}", "x", 0, docs)
    assert peak_mb("query", db, "--limit", "1", "--format", "jsonl") < 150
    assert peak_mb("summary", db, "--by", "category") < 150
    assert peak_mb("export", db, "-o", tmp_path / "all.csv") < 150
