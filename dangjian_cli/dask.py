"""Extraction on a Dask cluster: past one machine (optional extra: ``pip install -e '.[dask]'``).

The client lists the inputs and cuts them into *parts* (a group of files, or a
byte range of a large JSON Lines corpus cut at line ends), about ``part_bytes``
each, in input order. Each part is read and extracted on a worker, which writes
its records itself as ``OUTDIR/part-00017.jsonl`` (or ``.parquet``, the fixed
schema), whole or not at all, then a marker ``part-00017.done.json`` saying what
the part held. Records never travel back to the client (shipping them was 3-4x
slower than one process), only counts and the inputs skipped with their reasons.

A rerun skips the parts whose marker matches the same inputs (names, sizes,
modification times, ranges), options and version, so a killed run resumes; a
worker that dies mid-part is replaced and the part done again, from nothing, so
no record is lost or doubled. ``OUTDIR/manifest.json`` lists the parts, their
inputs, counts and skipped inputs. The parts, read in order, hold the same bytes
as one process writes for the same inputs.

From Python, :func:`extract_bag` turns a ``dask.bag`` of paths or of documents
(``{"id": …, "text": …}``) into a bag of records, and :func:`to_dataframe` makes
it a dask DataFrame with the fixed schema.

Sources may be local paths every worker sees (shared storage) or fsspec URLs
(``s3://bucket/reports/``, ``file:///mnt/share/a.jsonl``); a URL is copied to a
worker's temporary folder before it is read.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import __version__
from . import tables as T
from .record import FIELDS
from .run import Doc, RunOptions, Skip, document_event, iter_events
from .sources import ALL_SUFFIXES, SUFFIX_KINDS, CorpusOptions, corpus_field, iter_inputs, read_corpus
from .walk import WalkOptions

#: the text a part holds, about: large enough that a task's overhead (tens of
#: milliseconds) is small beside its work, small enough to spread a corpus of a
#: few files over many workers
PART_BYTES = int(os.environ.get("DANGJIAN_PART_BYTES") or 32 * 1024 * 1024)
#: at most this many files in one part (many tiny files still make several parts)
PART_FILES = 2000
MANIFEST = "manifest.json"
#: how long to try to reach a scheduler before saying it cannot be reached
CONNECT_TIMEOUT = os.environ.get("DANGJIAN_DASK_TIMEOUT") or "20s"


class DaskError(Exception):
    """The cluster cannot be reached or the output folder cannot be used; one line."""


@dataclass(frozen=True)
class Input:
    """One input of a part: a whole file, or the lines of a corpus that begin in
    ``[start, end)`` (``line``: the number of lines before ``start``)."""
    label: str
    path: str | None
    error: str | None = None
    start: int | None = None
    end: int | None = None
    line: int = 0
    size: int = 0
    mtime: int = 0


@dataclass
class Part:
    number: int
    inputs: list[Input]
    size: int = 0

    def name(self, fmt: str) -> str:
        return f"part-{self.number:05d}.{fmt}"

    def key(self, settings: dict) -> str:
        """What makes a part's output what it is: its inputs as they are now, the options, the version."""
        data = json.dumps([settings, __version__, [asdict(i) for i in self.inputs]], sort_keys=True,
                          ensure_ascii=False)
        return hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class PartResult:
    """What a worker says of a part it wrote (also its marker file)."""
    part: str
    key: str
    inputs: list[str]
    documents: int = 0
    claims: int = 0
    skipped: list[list[str]] = field(default_factory=list)
    bytes: int = 0
    seconds: float = 0.0


# ---- the plan (on the client) ------------------------------------------------------

def _is_url(p: str) -> bool:
    return "://" in p


def _url_inputs(url: str) -> Iterator[Input]:
    import fsspec
    fs, root = fsspec.core.url_to_fs(url)
    proto = url.split("://", 1)[0]
    try:
        if fs.isdir(root):
            found = sorted(p for p in fs.find(root) if p.lower().endswith(ALL_SUFFIXES))
        else:
            found = [root]
        for p in found:
            info = fs.info(p)
            full = p if "://" in p else f"{proto}://{p}"
            yield Input(full, full, size=int(info.get("size") or 0), mtime=int(info.get("mtime") or 0))
    except (OSError, ValueError) as exc:
        yield Input(url, url, f"cannot be listed ({exc})")


def _local_inputs(paths: list[str], walk: WalkOptions) -> Iterator[Input]:
    for label, path, error in iter_inputs(paths, walk):
        if path is None or error:
            yield Input(label, path, error)
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Input(label, path, exc.strerror or str(exc))
            continue
        yield Input(label, os.path.abspath(path), size=st.st_size, mtime=st.st_mtime_ns)


def _ranges(inp: Input, part_bytes: int) -> Iterator[Input]:
    """A corpus larger than a part, cut at line ends into parts of about ``part_bytes``."""
    assert inp.path is not None
    with open(inp.path, "rb") as fh:
        start, lines_before = 0, 0
        while start < inp.size:
            if start + part_bytes >= inp.size:
                yield Input(inp.label, inp.path, None, start, inp.size, lines_before, inp.size, inp.mtime)
                return
            # count the lines up to the target, then run on to the end of the line there
            fh.seek(start)
            pos, lines = start, 0
            while pos < start + part_bytes:
                block = fh.read(min(1 << 20, start + part_bytes - pos))
                if not block:
                    break
                lines += block.count(b"\n")
                pos += len(block)
            rest = fh.readline()
            pos += len(rest)
            lines += rest.endswith(b"\n")
            end = min(pos, inp.size)
            yield Input(inp.label, inp.path, None, start, end, lines_before, inp.size, inp.mtime)
            start, lines_before = end, lines_before + lines


def plan(paths: list[str], walk: WalkOptions | None = None, part_bytes: int = PART_BYTES) -> list[Part]:
    """The parts of a run over ``paths`` (files, folders, fsspec URLs), in input order."""
    walk = walk or WalkOptions()
    parts: list[Part] = []
    cur: list[Input] = []
    size = 0

    def close() -> None:
        nonlocal cur, size
        if cur:
            parts.append(Part(len(parts), cur, size))
            cur, size = [], 0

    for p in paths:
        inputs = _url_inputs(p) if _is_url(p) else _local_inputs([p], walk)
        for inp in inputs:
            corpus = SUFFIX_KINDS.get(Path(inp.label).suffix.lower()) == "corpus"
            if inp.error is None and corpus and inp.size > part_bytes and not _is_url(inp.label):
                close()
                for r in _ranges(inp, part_bytes):
                    parts.append(Part(len(parts), [r], (r.end or 0) - (r.start or 0)))
                continue
            cur.append(inp)
            size += inp.size
            if size >= part_bytes or len(cur) >= PART_FILES:
                close()
    close()
    return parts


# ---- a part (on a worker) ----------------------------------------------------------

class _Local:
    """A URL copied to a temporary file (its suffix kept), or a local path as it is."""

    def __init__(self, path: str | None):
        self.path = path
        self.tmp: str | None = None

    def __enter__(self) -> str | None:
        if self.path is None or not _is_url(self.path):
            return self.path
        import shutil
        import tempfile

        import fsspec
        fd, self.tmp = tempfile.mkstemp(prefix="dangjian-", suffix=Path(self.path).suffix)
        with os.fdopen(fd, "wb") as out, fsspec.open(self.path, "rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
        return self.tmp

    def __exit__(self, *exc) -> None:
        if self.tmp:
            os.unlink(self.tmp)


def _events(part: Part, opts: RunOptions):
    for inp in part.inputs:
        if inp.start is not None:
            assert inp.path is not None
            for doc in read_corpus(inp.label, Path(inp.path), opts.corpus, inp.start, inp.end, inp.line):
                yield document_event(doc, opts)
            continue
        try:
            with _Local(inp.path) as local:
                yield from iter_events((inp.label, local, inp.error, opts))
        except OSError as exc:
            yield Skip(inp.label, f"cannot be fetched ({exc})")


def extract_part(part: Part, outdir: str, fmt: str, settings: dict) -> PartResult:
    """Read and extract one part and write it to ``outdir`` (run on a worker)."""
    from .output import AtomicFile, write_records
    t0 = time.perf_counter()
    opts = RunOptions(CorpusOptions(settings["text_field"], settings["id_field"]),
                      frozenset(settings["categories"]))
    res = PartResult(part.name(fmt), part.key(settings), [_input_name(i) for i in part.inputs])

    def records() -> Iterator[dict]:
        for ev in _events(part, opts):
            if isinstance(ev, Doc):
                res.documents += ev.first
                assert isinstance(ev.records, list)
                res.claims += len(ev.records)
                yield from ev.records
            elif isinstance(ev, Skip):
                res.skipped.append([ev.label, ev.reason])

    path = os.path.join(outdir, res.part)
    write_records(records(), path, fmt)
    res.bytes = sum(i.size if i.start is None else (i.end or 0) - i.start for i in part.inputs)
    res.seconds = round(time.perf_counter() - t0, 3)
    with AtomicFile(_marker(outdir, part.number)) as fh:
        fh.write(json.dumps(asdict(res), ensure_ascii=False))
    return res


def _input_name(i: Input) -> str:
    return i.label if i.start is None else f"{i.label}@{i.start}-{i.end}"


def _marker(outdir: str, number: int) -> str:
    return os.path.join(outdir, f"part-{number:05d}.done.json")


def _done(outdir: str, part: Part, fmt: str, key: str) -> PartResult | None:
    """The part's result when an earlier run completed it with the same key."""
    try:
        with open(_marker(outdir, part.number), encoding="utf-8") as fh:
            data = json.load(fh)
    except (OSError, ValueError):
        return None
    if data.get("key") != key or not os.path.exists(os.path.join(outdir, part.name(fmt))):
        return None
    try:
        return PartResult(**data)
    except TypeError:
        return None


# ---- the run (on the client) -------------------------------------------------------

@dataclass
class DaskRun:
    """What a run did: each part's result in order, how many were done before."""
    results: list[PartResult]
    reused: int
    complete: bool = True

    @property
    def documents(self) -> int:
        return sum(r.documents for r in self.results)

    @property
    def claims(self) -> int:
        return sum(r.claims for r in self.results)

    @property
    def skipped(self) -> list[list[str]]:
        return [s for r in self.results for s in r.skipped]


def connect(address: str):
    """A ``distributed.Client`` for ``tcp://host:port`` or ``local:N`` (a LocalCluster
    of N single-thread worker processes on this machine)."""
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError:
        raise DaskError("--dask needs the optional extra: pip install -e '.[dask]' (from a checkout)") from None
    try:
        if address.startswith("local:"):
            n = int(address.split(":", 1)[1])
            if n < 1:
                raise ValueError
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                                   silence_logs=logging.ERROR)
            return Client(cluster)
        return Client(address, timeout=CONNECT_TIMEOUT)
    except ValueError:
        raise DaskError(f"{address}: not a scheduler address (tcp://host:8786) or local:N") from None
    except (OSError, TimeoutError) as exc:
        raise DaskError(f"{address}: cannot reach the scheduler ({exc})") from None


def extract_dask(paths: list[str], outdir: str, client_or_address, fmt: str = "jsonl",
                 categories: Iterable[str] = (), corpus: CorpusOptions | None = None,
                 walk: WalkOptions | None = None, part_bytes: int = PART_BYTES,
                 on_result: Callable[[PartResult, int, int], None] | None = None) -> DaskRun:
    """Extract ``paths`` on a Dask cluster into part files in ``outdir``.

    ``client_or_address``: a ``distributed.Client`` or an address for :func:`connect`.
    ``on_result`` sees each part's result in part order, with the parts done and the
    total (for messages and progress)."""
    if fmt not in ("jsonl", "parquet"):
        raise DaskError(f"{fmt}: --dask writes jsonl or parquet parts")
    corpus = corpus or CorpusOptions()
    try:
        os.makedirs(outdir, exist_ok=True)
    except OSError as exc:
        raise DaskError(f"{outdir}: cannot make the output folder ({exc.strerror or exc})") from None
    if not os.path.isdir(outdir):
        raise DaskError(f"{outdir}: is not a folder")
    outdir = os.path.abspath(outdir)
    settings = {"categories": sorted(categories), "text_field": corpus.text_field, "id_field": corpus.id_field,
                "format": fmt}
    parts = plan(paths, walk, part_bytes)
    results: dict[int, PartResult] = {}
    for p in parts:
        done = _done(outdir, p, fmt, p.key(settings))
        if done is not None:
            results[p.number] = done
    reused = len(results)
    todo = [p for p in parts if p.number not in results]
    shown = 0

    def flush() -> None:
        nonlocal shown
        while shown < len(parts) and shown in results:
            if on_result is not None:
                on_result(results[shown], shown + 1, len(parts))
            shown += 1

    flush()
    complete = False
    try:
        if todo:
            client = connect(client_or_address) if isinstance(client_or_address, str) else client_or_address
            own = isinstance(client_or_address, str)
            try:
                from distributed import as_completed
                futures = client.map(extract_part, todo, outdir=outdir, fmt=fmt, settings=settings,
                                     key=[f"dangjian-{p.name(fmt)}-{p.key(settings)[:12]}" for p in todo],
                                     retries=2, pure=False)
                number = {f.key: p.number for f, p in zip(futures, todo)}
                for fut in as_completed(futures):
                    results[number[fut.key]] = fut.result()
                    flush()
            finally:
                if own:
                    cluster = getattr(client, "cluster", None)
                    client.close()
                    if cluster is not None:
                        cluster.close()
        complete = True
    finally:
        _tidy(outdir, parts, fmt, complete)
        run = DaskRun([results[p.number] for p in parts if p.number in results], reused, complete)
        _write_manifest(outdir, parts, run, settings, paths)
    return run


def _tidy(outdir: str, parts: list[Part], fmt: str, complete: bool) -> None:
    """Remove what a killed worker left half written and, after a complete run, the
    parts of an earlier, larger plan."""
    keep = {p.name(fmt) for p in parts} | {os.path.basename(_marker(outdir, p.number)) for p in parts}
    for name in os.listdir(outdir):
        path = os.path.join(outdir, name)
        if name.startswith(".dangjian-") and name.endswith(".part"):
            try:
                os.unlink(path)
            except OSError:
                pass
        elif complete and name.startswith("part-") and name not in keep:
            os.unlink(path)


def _write_manifest(outdir: str, parts: list[Part], run: DaskRun, settings: dict, paths: list[str]) -> None:
    from .output import AtomicFile
    data = {"dangjian": __version__, "sources": paths, "settings": settings, "complete": run.complete,
            "parts": len(parts), "documents": run.documents, "claims": run.claims,
            "skipped": run.skipped, "results": [asdict(r) for r in run.results]}
    with AtomicFile(os.path.join(outdir, MANIFEST)) as fh:
        fh.write(json.dumps(data, ensure_ascii=False, indent=1))


# ---- bags and dataframes -----------------------------------------------------------

def _bag_records(items: list, corpus: CorpusOptions, categories: frozenset) -> list[dict]:
    from .pipeline import iter_records
    opts = RunOptions(corpus, categories)
    out: list[dict] = []
    for item in items:
        if isinstance(item, (str, os.PathLike)):
            label = str(item)
            with _Local(label) as local:
                for ev in iter_events((label, local, None, opts)):
                    if isinstance(ev, Doc) and isinstance(ev.records, list):
                        out.extend(ev.records)
            continue
        title = date = None
        if isinstance(item, dict):
            label, text = str(item.get("doc") or item.get(corpus.id_field)), item.get(corpus.text_field)
            title, date = corpus_field(item, T.CORPUS_TITLE_FIELDS), corpus_field(item, T.CORPUS_DATE_FIELDS)
        else:
            label, text = item
        if isinstance(text, str):
            recs = iter_records(text, label, title=title, date=date)
            out.extend(r for r in recs if not categories or r["category"] in categories)
    return out


def extract_bag(bag, categories: Iterable[str] = (), corpus: CorpusOptions | None = None):
    """A ``dask.bag`` of records from a bag of paths (or URLs), of documents as
    dicts (``{"id": …, "text": …}``; ``doc`` names it if present) or of
    ``(label, text)`` pairs. The records of a path are those one process gives.

    >>> import dask.bag as db                                       # doctest: +SKIP
    >>> recs = extract_bag(db.from_sequence([{"id": "a", "text": "党员120名。"}]))  # doctest: +SKIP
    >>> recs.pluck("value").compute()                               # doctest: +SKIP
    [120]
    """
    corpus = corpus or CorpusOptions()
    cats = frozenset(categories)
    return bag.map_partitions(_bag_records, corpus, cats)


def to_dataframe(records_bag):
    """A dask DataFrame of a bag of records, with the columns and types of the
    Parquet output (one column a record field)."""
    import pandas as pd
    types = {"start": "Int64", "end": "Int64", "line": "Int64", "year": "Int64", "year_from": "Int64",
             "value": "float64", "value_max": "float64", "change": "boolean"}
    meta = pd.DataFrame({f: pd.Series(dtype=types.get(f, "object")) for f in FIELDS})
    return records_bag.to_dataframe(meta=meta)


__all__ = ["extract_dask", "extract_bag", "to_dataframe", "plan", "connect", "DaskRun", "PartResult", "DaskError"]
