#!/usr/bin/env python3
"""Benchmark dangjian on a corpus built from the seeds.

usage: python bench/bench.py [--mb 20] [--jobs 2] [--out bench/out] [--peers-mb 2] [--repeat 3]

The corpus is made of copies of the seed reports with every number, the place
names and the paragraph order varied (a fixed random seed, so runs compare), so
no cache can help. It reports, for one process: MB/s of UTF-8 input, claims/s
and peak RSS; for --jobs N: the speed-up; peak RSS of a corpus ten times larger;
time at 1× and 10× for one long line of claims, one run of digits and a page of
Chinese numerals (linearity, start-up taken off); start-up time;
and, when JioNLP and Recognizers-Text are installed (pip install -e '.[bench]'),
their money / number-with-unit extractors on the same texts, with ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["襄汾县", "汉阴县", "淳化县", "兴县", "沧县", "新田县", "沧源县", "紫云县", "黎平县", "吉州区",
          "临澧县", "麻城市", "安化县", "石泉县", "镇坪县", "宁陕县", "岚皋县", "平利县", "旬阳市"]
_NUM = re.compile(r"\d+")
_PLACE = re.compile("|".join(PLACES))


def vary(text: str, rng: random.Random) -> str:
    paras = text.split("\n")
    body = paras[1:]
    rng.shuffle(body)
    text = "\n".join(paras[:1] + body)
    text = _NUM.sub(lambda m: str(rng.randint(10 ** (len(m.group()) - 1) if len(m.group()) > 1 else 1,
                                              10 ** len(m.group()) - 1)), text)
    return _PLACE.sub(lambda m: rng.choice(PLACES), text)


def build_corpus(folder: Path, mb: float, seed: int = 7) -> tuple[int, int]:
    """Write copies of the seeds until ``mb`` megabytes of UTF-8; (files, bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.txt"):
        old.unlink()
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rng = random.Random(seed)
    total = n = 0
    while total < mb * 1e6:
        text = vary(seeds[n % len(seeds)], rng)
        data = text.encode("utf-8")
        (folder / f"{n:06d}.txt").write_bytes(data)
        total += len(data)
        n += 1
    return n, total


def timed(cmd: list[str]) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in MB of the child, stderr) of one command."""
    wrapper = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
               "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "dt = time.perf_counter() - t; "
               "print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode); "
               "sys.stderr.write(p.stderr)")
    r = subprocess.run([sys.executable, "-c", wrapper] + cmd, capture_output=True, text=True, check=True)
    dt, rss, rc = r.stdout.split()
    if int(rc) not in (0, 1):
        raise SystemExit(f"{cmd} failed: {r.stderr}")
    return float(dt), int(rss) // 1024, r.stderr


def dangjian() -> list[str]:
    return [sys.executable, "-m", "dangjian_cli"]


def claims_in(stderr: str) -> int:
    m = re.search(r"(\d+) claims", stderr)
    return int(m.group(1)) if m else 0


def peers(folder: Path, limit_bytes: int, repeat: int = 3) -> dict:
    """JioNLP's money extractor and Recognizers-Text's Chinese number-with-unit
    models on the first ``limit_bytes`` of the corpus, in this process."""
    texts, size = [], 0
    for p in sorted(folder.glob("*.txt")):
        t = p.read_text(encoding="utf-8")
        texts.append(t)
        size += len(t.encode("utf-8"))
        if size >= limit_bytes:
            break
    out = {"bytes": size}
    from dangjian_cli.pipeline import iter_records

    def dj():
        return sum(1 for t in texts for _ in iter_records(t, "x"))
    runs = {"dangjian": dj}
    try:
        import jionlp as jio
        runs["jionlp_money"] = lambda: sum(len(jio.ner.extract_money(t)) for t in texts)
    except ImportError:
        pass
    # warm both, then alternate them `repeat` times and keep each one's best
    # run: this machine's speed drifts by ±25% between runs of the same code
    best = {k: (float("inf"), 0) for k in runs}
    for fn in runs.values():
        fn()
    for _ in range(repeat):
        for name, fn in runs.items():
            t0 = time.perf_counter()
            n = fn()
            best[name] = min(best[name], (time.perf_counter() - t0, n))
    for name, (dt, n) in best.items():
        out[name] = (size / 1e6 / dt, n)
    try:
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_text import Culture
        rec = NumberWithUnitRecognizer(Culture.Chinese)
        models = [rec.get_currency_model(), rec.get_dimension_model(), rec.get_age_model()]
        t0 = time.perf_counter()
        n = sum(len(m.parse(t)) for t in texts for m in models)
        out["recognizers_number_with_unit"] = (size / 1e6 / (time.perf_counter() - t0), n)
    except ImportError:
        pass
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, default=20, help="corpus size in MB (default 20)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--peers-mb", type=float, default=2, help="MB given to JioNLP / Recognizers-Text")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each timing, alternated; the best is kept (default 3)")
    a = ap.parse_args()

    small = a.out / "corpus"
    files, size = build_corpus(small, a.mb)
    fig = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
           "corpus": f"{files} files, {size / 1e6:.1f} MB"}

    one = dangjian() + ["extract", str(small), "-o", os.devnull, "--format", "jsonl"]
    par = one + ["--jobs", str(a.jobs)]
    dt = dtj = float("inf")
    paired = []
    for _ in range(a.repeat):           # alternated, best of each kept
        t, rss, err = timed(one)
        tj = timed(par)[0]
        dt, dtj = min(dt, t), min(dtj, tj)
        paired.append(t / tj)
    claims = claims_in(err)
    fig["one process"] = {"seconds": round(dt, 2), "MB/s": round(size / 1e6 / dt, 2),
                          "claims/s": round(claims / dt), "claims": claims, "peak RSS MB": rss}
    # the speed-up of the best runs, and the spread of the rounds' own ratios
    # (one process, then --jobs, back to back): the machine's drift shows there
    fig[f"--jobs {a.jobs}"] = {"seconds": round(dtj, 2), "speed-up": round(dt / dtj, 2),
                               "each round": f"{min(paired):.2f}-{max(paired):.2f}"}

    big = a.out / "corpus10"
    files10, size10 = build_corpus(big, a.mb * 10, seed=8)
    # one process, like the 1x figure: the same program on ten times the input
    dt10, rss10, _ = timed(dangjian() + ["extract", str(big), "-o", os.devnull, "--format", "jsonl"])
    fig["10x corpus"] = {"MB": round(size10 / 1e6, 1), "MB/s": round(size10 / 1e6 / dt10, 2), "peak RSS MB": rss10,
                         "RSS ratio to 1x": round(rss10 / rss, 2)}

    # linearity: each pathological input at 1x and 10x; start-up (the time of
    # `--version`) is taken off both, or it hides a slow-down in the 1x run
    starts = [timed(dangjian() + ["--version"])[0] for _ in range(5)]
    start = min(starts)
    fig["start-up (--version) s"] = round(start, 3)
    line = a.out / "line"
    line.mkdir(exist_ok=True)
    cases = {
        "one long line of claims": "党员1234名,投入资金3800余万元,1234567890,占比96.8%,九成," * 2000,
        "one run of digits": "1234567890" * 100_000,
        "a page of Chinese numerals": ("一二三四五六七八九十百千万亿两" * 20 + "\n") * 1000,
    }
    for name, text in cases.items():
        times = []
        for k in (1, 10):
            (line / "one.txt").write_text(text * k, encoding="utf-8")
            times.append(min(timed(dangjian() + ["extract", str(line / "one.txt"), "-o", os.devnull])[0]
                             for _ in range(2)))
        fig[name] = {"1x s": round(times[0], 2), "10x s": round(times[1], 2),
                     "ratio (start-up off)": round((times[1] - start) / max(times[0] - start, 1e-3), 1)}

    p = peers(small, int(a.peers_mb * 1e6), a.repeat)
    fig["in-process, same texts"] = {k: (f"{v[0]:.2f} MB/s, {v[1]} found" if isinstance(v, tuple) else v)
                                     for k, v in p.items()}
    if "jionlp_money" in p:
        fig["ratio dangjian / JioNLP money"] = round(p["dangjian"][0] / p["jionlp_money"][0], 1)
    if "recognizers_number_with_unit" in p:
        fig["ratio dangjian / Recognizers-Text"] = round(p["dangjian"][0] / p["recognizers_number_with_unit"][0], 1)

    for k, v in fig.items():
        print(f"{k:34s} {json.dumps(v, ensure_ascii=False) if isinstance(v, dict) else v}")
    if a.json:
        print(json.dumps(fig, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
