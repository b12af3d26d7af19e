"""Scale: peak memory does not grow with the corpus (records are streamed, never gathered)."""
import multiprocessing
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dangjian_cli import run as runner
from dangjian_cli.run import End, Skip
from conftest import ROOT, SEEDS, assert_processes_end


_WRAPPER = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
            "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def peak_rss_kb(args):
    out = subprocess.run([sys.executable, "-c", _WRAPPER, sys.executable, "-m", "dangjian_cli"] + args,
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return int(out)


def corpus(folder: Path, copies: int) -> Path:
    folder.mkdir()
    for i in range(copies):
        for s in SEEDS:
            shutil.copy(s, folder / f"{i:04d}_{s.name}")
    return folder


def test_peak_memory_of_a_ten_times_larger_corpus(tmp_path):
    small = corpus(tmp_path / "small", 8)
    large = corpus(tmp_path / "large", 80)
    for fmt in ("jsonl", "json"):
        a = peak_rss_kb(["extract", str(small), "--format", fmt, "-o", str(tmp_path / "a.out")])
        b = peak_rss_kb(["extract", str(large), "--format", fmt, "-o", str(tmp_path / "b.out")])
        # the bound is 1.2x; a few MB of slack for allocator noise on a ~40 MB process
        assert b <= 1.2 * a + 4096, (fmt, a, b)


class _CountingText(str):
    """A text that counts the characters its find/rfind calls look through."""
    looked = 0

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        r = str.rfind(self, sub, start, end)
        _CountingText.looked += end - (r if r >= 0 else start)
        return r

    def find(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        r = str.find(self, sub, start, end)
        _CountingText.looked += (r if r >= 0 else end) - start
        return r


def _context_work(copies: int) -> int:
    from dangjian_cli.candidates import find_candidates
    from dangjian_cli.context import Context
    from dangjian_cli.furniture import Furniture
    line = "党员1234名,投入资金3800余万元,占比96.8%," * copies     # one line, no sentence end
    ctx = Context(_CountingText(line))
    furniture = Furniture(_CountingText(line))
    _CountingText.looked = 0
    for c in find_candidates(line):
        furniture.covers(c.start, c.end)
        ctx.sentence_bounds(c.start)
    return _CountingText.looked


def test_context_work_on_one_long_line_is_linear():
    # a claim's line was once found by searching back to the line's start for every
    # claim: quadratic on a single long line (a flattened table, a page of numbers)
    small, large = _context_work(200), _context_work(2000)
    assert large <= 12 * small, (small, large)


# --jobs scheduling, with a stand-in for the extraction (forked workers inherit
# it): what is checked is who waits for whom, not how fast anything runs.

def _fake_extract(marker: Path, big: int, seen: Path, patience: float):
    def extract_input(item):
        label, path, error, opts = item
        if label == "slow":
            waited = 0.0
            while not marker.exists() and waited < patience:
                time.sleep(0.01)
                waited += 0.01
            return [Skip(label, str(marker.exists()))]
        with seen.open("a") as f:
            f.write(label + "\n")
        if label == "trigger":
            marker.touch()
        return [Skip(label, "x" * big)]
    return extract_input


def _inputs(labels):
    return [(lab, None, None) for lab in labels]


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked")
def test_a_slow_input_does_not_hold_up_the_other_worker(tmp_path, monkeypatch):
    # chunk 0 (the slow input) goes to worker 1; chunks 1 and 3 to worker 2.
    # The slow input waits for an input of chunk 3. Worker 2's results are larger
    # than a pipe's buffer: if the parent read results only in input order, worker 2
    # would block sending chunk 1 and never reach chunk 3.
    C = runner.CHUNK
    labels = ["slow"] + [f"in{i}" for i in range(1, 3 * C)] + ["trigger"] + [f"in{i}" for i in range(3 * C + 1, 6 * C)]
    marker, seen = tmp_path / "go", tmp_path / "seen"
    monkeypatch.setattr(runner, "extract_input", _fake_extract(marker, 200_000, seen, patience=10))
    events = list(runner.run(_inputs(labels), runner.RunOptions(), jobs=2))
    assert events[0] == Skip("slow", "True")           # it did not wait for nothing
    # and the output is still in input order
    assert [e.label for e in events if isinstance(e, End)] == labels


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked")
def test_results_held_back_for_a_slow_input_are_bounded(tmp_path, monkeypatch):
    # the slow input never sees its marker: while it waits, the other worker runs
    # ahead only as far as the window allows (chunks dealt and not yet written),
    # then waits too
    C, W, jobs = runner.CHUNK, runner.WINDOW, 2
    labels = ["slow"] + [f"in{i}" for i in range(1, 40 * C)]
    marker, seen = tmp_path / "never", tmp_path / "seen"
    monkeypatch.setattr(runner, "extract_input", _fake_extract(marker, 10, seen, patience=1.5))
    watcher = runner.run(_inputs(labels), runner.RunOptions(), jobs=jobs)
    first = next(watcher)                 # comes only once the slow input gave up
    assert first == Skip("slow", "False")
    # the rest of chunk 0, and at most W * jobs - 1 other chunks
    done_meanwhile = len(seen.read_text().split())
    assert C * runner.AHEAD <= done_meanwhile <= C * W * jobs - 1 < len(labels) - 1
    rest = list(watcher)
    assert [e.label for e in [first] + rest if isinstance(e, End)] == labels


def jsonl_corpus(path: Path, copies: int, broken: bool = True) -> Path:
    """The seeds as records of one JSON Lines file, ``copies`` times over, with a
    broken line in the middle."""
    import json
    texts = [s.read_text(encoding="utf-8") for s in SEEDS]
    lines = [json.dumps({"id": f"{i}-{k}", "text": t}, ensure_ascii=False)
             for i in range(copies) for k, t in enumerate(texts)]
    if broken:
        lines.insert(len(lines) // 2, "{not json")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_jobs_spread_a_corpus_file_and_a_file_in_blocks_and_keep_the_output(tmp_path):
    # one JSON Lines file of 200 documents (its chunks of documents outgrow a
    # pipe's buffer both ways) and one large file read in 64 KB blocks, between
    # two small files: the same bytes and the same errors as one process
    corpus_file = jsonl_corpus(tmp_path / "c.jsonl", 40)
    big = tmp_path / "big.txt"
    big.write_text("\n".join(s.read_text(encoding="utf-8") for s in SEEDS) * 8, encoding="utf-8")
    args = ["extract", str(SEEDS[0]), str(corpus_file), str(big), str(SEEDS[1])]
    env = {**__import__("os").environ, "DANGJIAN_BLOCK_BYTES": str(64 * 1024)}
    outs = [subprocess.run([sys.executable, "-m", "dangjian_cli"] + args + ["--jobs", j], cwd=ROOT,
                           capture_output=True, text=True, env=env, timeout=120) for j in ("1", "2", "3")]
    assert outs[0].returncode == 1 and "c.jsonl:101: skipped: not a JSON object" in outs[0].stderr
    assert len(outs[0].stdout) > 1_000_000
    for o in outs[1:]:
        assert (o.returncode, o.stdout, o.stderr) == (outs[0].returncode, outs[0].stdout, outs[0].stderr)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="workers are forked")
def test_the_documents_of_one_corpus_file_go_to_every_worker(tmp_path, monkeypatch):
    import os
    corpus_file = jsonl_corpus(tmp_path / "c.jsonl", runner.DOCS)   # 5 x DOCS documents
    monkeypatch.setattr(runner, "document_event", lambda doc, opts: Skip(doc.doc, f"pid {os.getpid()}"))
    events = list(runner.run([("c.jsonl", str(corpus_file), None)], runner.RunOptions(), jobs=2))
    assert len({e.reason for e in events if isinstance(e, Skip) and e.reason.startswith("pid")}) == 2
    assert events[-1] == End("c.jsonl", str(corpus_file))
    assert len(events) == 5 * runner.DOCS + 2                        # the broken line, the end


def test_peak_memory_with_jobs_of_a_ten_times_larger_corpus_file(tmp_path):
    # the documents of one corpus file are dealt over the workers, none holds them all
    small = jsonl_corpus(tmp_path / "small.jsonl", 20, broken=False)
    large = jsonl_corpus(tmp_path / "large.jsonl", 200, broken=False)
    a = peak_rss_kb(["extract", str(small), "--jobs", "2", "-o", str(tmp_path / "a.out")])
    b = peak_rss_kb(["extract", str(large), "--jobs", "2", "-o", str(tmp_path / "b.out")])
    assert b <= 1.2 * a + 4096, (a, b)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the workers from /proc")
def test_workers_end_when_the_parent_is_killed(tmp_path):
    # killed (SIGKILL, the OOM killer, `timeout -s KILL`), the parent cannot tell
    # its workers; they must see its end of the pipe close, and not wait for ever
    corpus_file = jsonl_corpus(tmp_path / "c.jsonl", 40, broken=False)
    p = subprocess.Popen([sys.executable, "-m", "dangjian_cli", "extract", str(corpus_file), "--jobs", "2"],
                         cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert p.stdout.readline()                      # under way
        kids = [int(k) for k in Path(f"/proc/{p.pid}/task/{p.pid}/children").read_text().split()]
        assert len(kids) == 2
    finally:
        p.kill()
        p.wait()

    assert_processes_end(kids, within=20)
