"""Scale: peak memory does not grow with the corpus (records are streamed, never gathered)."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

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
    line = "党员1234名,投入资金3800余万元,占比96.8%," * copies     # one line, no sentence end
    ctx = Context(_CountingText(line))
    _CountingText.looked = 0
    for c in find_candidates(line):
        ctx.is_furniture(c.start)
        ctx.sentence_bounds(c.start)
    return _CountingText.looked


def test_context_work_on_one_long_line_is_linear():
    # a claim's line was once found by searching back to the line's start for every
    # claim: quadratic on a single long line (a flattened table, a page of numbers)
    small, large = _context_work(200), _context_work(2000)
    assert large <= 12 * small, (small, large)
