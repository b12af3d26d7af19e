"""Extraction on Dask: a LocalCluster of two worker processes writes the same records
as one process, loses and doubles nothing when a worker is killed, and resumes."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time
from pathlib import Path

import pytest
from conftest import DANGJIAN, ROOT, SEEDS, run_proc

pytest.importorskip("distributed")

SMALL_PARTS = {**os.environ, "DANGJIAN_PART_BYTES": "6000"}


def _corpus(folder: Path, n_files: int = 12, n_lines: int = 300) -> Path:
    """Text files, a JSON Lines corpus large enough to be cut into ranges, and inputs
    that cannot be read: a binary file, broken corpus lines, a line with no text."""
    rng = random.Random(7)
    folder.mkdir()
    for i in range(n_files):
        seed = SEEDS[i % len(SEEDS)].read_text(encoding="utf-8")
        (folder / f"r{i:02d}.txt").write_text(seed.replace("2018", str(2010 + i)), encoding="utf-8")
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as fh:
        for i in range(n_lines):
            if i % 53 == 7:
                fh.write('{"id": "broken", "text": "没有结尾\n')
            elif i % 71 == 3:
                fh.write(json.dumps({"id": f"x{i}", "body": "no text field"}) + "\n")
            else:
                text = "".join(f"{rng.choice(['全县', '全镇', '各村'])}共有党员{rng.randint(10, 9999)}名，"
                               f"投入资金{rng.randint(1, 999)}万元，建成活动场所{rng.randint(1, 99)}个。"
                               for _ in range(rng.randint(1, 6)))
                fh.write(json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) + "\n")
    (folder / "scan.txt").write_bytes(b"\x00\x01binary\x00")
    return folder


def _skips(stderr: str) -> list[str]:
    return sorted(x for x in stderr.splitlines() if ": skipped: " in x)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus(tmp_path_factory.mktemp("dask") / "corpus")


@pytest.fixture(scope="module")
def one_process(corpus):
    r = run_proc("extract", corpus, "--format", "jsonl")
    assert r.returncode == 1 and r.stdout.count("\n") > 1500
    return r


def _parts(outdir: Path, suffix: str = "jsonl") -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(outdir.glob(f"part-*.{suffix}")))


def test_local_cluster_writes_what_one_process_writes(corpus, one_process, tmp_path):
    out = tmp_path / "out"
    r = run_proc("extract", corpus, "--dask", "local:2", "-o", out, env=SMALL_PARTS)
    assert r.returncode == 1, r.stderr            # the unreadable inputs are said and counted
    parts = sorted(out.glob("part-*.jsonl"))
    assert len(parts) > 5                         # the corpus file was cut into ranges
    assert _parts(out) == one_process.stdout      # the same records, bytes and order
    assert _skips(r.stderr) == _skips(one_process.stderr)
    jobs = run_proc("extract", corpus, "--jobs", "2", "--format", "jsonl")
    assert jobs.stdout == one_process.stdout and _skips(jobs.stderr) == _skips(r.stderr)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["complete"] and manifest["parts"] == len(parts)
    assert manifest["claims"] == one_process.stdout.count("\n")
    assert sorted(f"dangjian: {a}: skipped: {b}" for a, b in manifest["skipped"]) == _skips(r.stderr)
    last = r.stderr.strip().splitlines()[-1]
    assert last.endswith(f"claims in {len(parts)} parts (0 already done) → {out}")


def test_parquet_parts(corpus, one_process, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "pq"
    r = run_proc("extract", corpus, "--dask", "local:2", "-o", out, "--format", "parquet", env=SMALL_PARTS)
    assert r.returncode == 1
    rows = [row for p in sorted(out.glob("part-*.parquet")) for row in pq.read_table(p).to_pylist()]
    expected = [json.loads(x) for x in one_process.stdout.splitlines()]
    assert [(x["id"], x["value"], x["category"], x["place"]) for x in rows] == \
           [(x["id"], float(x["value"]), x["category"], x["place"]) for x in expected]


def test_a_killed_worker_loses_and_doubles_nothing(corpus, one_process, tmp_path, monkeypatch):
    from distributed import Client, LocalCluster

    from dangjian_cli import dask as dd
    monkeypatch.setattr(dd, "PART_BYTES", 3000)
    out = tmp_path / "out"
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
        killed = []

        def kill_one_when_busy():
            deadline = time.time() + 60
            while time.time() < deadline and len(list(out.glob("*.done.json"))) < 4:
                time.sleep(0.01)
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

        t = threading.Thread(target=kill_one_when_busy)
        t.start()
        res = dd.extract_dask([str(corpus)], str(out), client, part_bytes=3000)
        t.join()
    assert killed and res.complete
    assert _parts(out) == one_process.stdout
    assert not list(out.glob(".dangjian-*"))      # nothing half written left behind


def test_an_interrupted_run_resumes(corpus, one_process, tmp_path):
    out = tmp_path / "out"
    env = {**os.environ, "DANGJIAN_PART_BYTES": "2000"}
    proc = subprocess.Popen(DANGJIAN + ["extract", str(corpus), "--dask", "local:2", "-o", str(out)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 90
    while time.time() < deadline and len(list(out.glob("*.done.json"))) < 3:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: the parts written are kept" in err
    done_before = len(list(out.glob("*.done.json")))
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert not manifest["complete"] and 3 <= done_before < manifest["parts"]
    r = run_proc("extract", corpus, "--dask", "local:2", "-o", out, env=env)
    assert f"({done_before} already done)" in r.stderr.splitlines()[-1]
    assert _parts(out) == one_process.stdout
    # a third run has nothing left to do and needs no cluster
    r = run_proc("extract", corpus, "--dask", "tcp://127.0.0.1:1", "-o", out,
                 env={**env, "DANGJIAN_DASK_TIMEOUT": "1s"})
    assert f"({manifest['parts']} already done)" in r.stderr.splitlines()[-1]


def test_bags_and_dataframes(corpus, one_process):
    import dask.bag as db
    from distributed import Client, LocalCluster

    from dangjian_cli.dask import extract_bag, to_dataframe
    expected = [json.loads(x) for x in one_process.stdout.splitlines()]
    texts = sorted(str(p) for p in corpus.glob("r*.txt"))
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster):
        recs = extract_bag(db.from_sequence(texts, npartitions=4)).compute()
        want = [e for e in expected if e["doc"].rsplit("/", 1)[-1].startswith("r")]
        assert [(r["doc"].rsplit("/", 1)[-1], r["id"].__len__(), r["value"]) for r in recs] == \
               [(e["doc"].rsplit("/", 1)[-1], 16, e["value"]) for e in want]
        docs = db.from_sequence([{"id": "a", "text": "全县党员120名，投入资金50万元。"},
                                 {"id": "b", "text": "建成活动场所12个。"}], npartitions=2)
        df = to_dataframe(extract_bag(docs, categories=["party_members", "facilities"])).compute()
        assert list(df["text"]) == ["120名", "12个"] and list(df["doc"]) == ["a", "b"]
        assert str(df["year"].dtype) == "Int64" and str(df["value"].dtype) == "float64"


@pytest.mark.parametrize("args,message", [
    (["--dask", "local:2"], "--dask writes part files into a folder: give -o OUTDIR/"),
    (["--dask", "local:2", "-o", "{tmp}/o", "--db", "{tmp}/s.db"], "--dask goes with neither --db"),
    (["--dask", "local:2", "-o", "{tmp}/o", "--format", "csv"], "--dask writes jsonl or parquet parts"),
    (["--dask", "nowhere", "-o", "{tmp}/o"], "nowhere: not a scheduler address (tcp://host:8786) or local:N"),
    (["--dask", "tcp://127.0.0.1:1", "-o", "{tmp}/o"], "tcp://127.0.0.1:1: cannot reach the scheduler"),
])
def test_usage_errors_are_one_line(tmp_path, args, message):
    r = run_proc("extract", SEEDS[0], *[a.format(tmp=tmp_path) for a in args],
                 env={**os.environ, "DANGJIAN_DASK_TIMEOUT": "1s"})
    assert r.returncode == 2
    assert message in r.stderr and "Traceback" not in r.stderr
