r"""Read claim records back: from stores, claim files, standard input, or reports
extracted on the fly. The one reader behind ``query``, ``filter``, ``export``,
``summary``, ``check``, ``eval``, ``show`` and ``report``.

Records stream: a store is read through a cursor and a JSON Lines file a line
at a time, so ``query --limit 1`` over a large store reads one row. A line or an
element that is not a claim record is named with the reason and skipped.

>>> lines = [b'{"doc":"a","start":0,"end":2,"text":"3\\u4e2a","value":3,"unit":"count","category":"other"}', b"[1]"]
>>> list(claim_lines(lines, "x.jsonl", print))
x.jsonl:2: skipped: not a claim record (not a JSON object)
[{'doc': 'a', 'start': 0, 'end': 2, 'text': '3个', 'value': 3, 'unit': 'count', 'category': 'other'}]
"""
from __future__ import annotations

import json
import os
import sys
from typing import IO
from collections.abc import Callable, Iterable, Iterator

from .record import claim_problem

#: endings of store files
STORE_SUFFIXES = (".sqlite", ".sqlite3", ".db")

Report = Callable[[str], None]


def _say(msg: str) -> None:
    print(f"dangjian: {msg}", file=sys.stderr)


class ClaimReader:
    """Claim records from ``sources``; counts what it had to skip.

    ``on_error`` receives each one-line message (``FILE:LINE: skipped: reason``)."""

    def __init__(self, sources: Iterable[str], jobs: int = 1, on_error: Report = _say, corpus=None):
        self.sources = list(sources)
        self.jobs = jobs
        self.on_error = on_error
        self.corpus = corpus
        self.skipped = 0
        #: the documents' title, date and place, by document, as they are read (when asked)
        self.keep_documents = False
        self.documents: dict[str, dict] = {}

    def _skip(self, msg: str) -> None:
        self.skipped += 1
        self.on_error(msg)

    def __iter__(self) -> Iterator[dict]:
        reports: list[str] = []
        for src in self.sources:
            kind = source_kind(src)
            if kind == "report":
                reports.append(src)
                continue
            if reports:                     # keep the order of the arguments
                yield from self._extract(reports)
                reports = []
            if kind == "store":
                yield from self._store(src)
            elif kind == "stdin":
                yield from self._stdin()
            elif kind == "json":
                yield from self._json(src)
            else:
                yield from self._jsonl(src)
        if reports:
            yield from self._extract(reports)

    def _store(self, src: str) -> Iterator[dict]:
        from .store import Store, StoreError
        if not os.path.exists(src):
            self._skip(f"{src}: skipped: no such file")
            return
        try:
            st = Store(src, readonly=True)
        except StoreError as exc:
            self._skip(f"{exc}")
            return
        with st:
            if self.keep_documents:
                for d in st.documents():
                    self.documents[d["doc"]] = d
            yield from st.claims()

    def _json(self, src: str) -> Iterator[dict]:
        try:
            with open(src, "rb") as fh:
                data = json.loads(fh.read().decode("utf-8-sig"))
        except (OSError, ValueError, RecursionError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc.__class__.__name__
            self._skip(f"{src}: skipped: not a JSON file of claim records ({reason})")
            return
        if not isinstance(data, list):
            self._skip(f"{src}: skipped: not a JSON array of claim records")
            return
        for n, rec in enumerate(data, 1):
            problem = claim_problem(rec)
            if problem:
                self._skip(f"{src}: element {n}: skipped: not a claim record ({problem})")
            else:
                yield rec

    def _jsonl(self, src: str) -> Iterator[dict]:
        try:
            fh = open(src, "rb")
        except OSError as exc:
            self._skip(f"{src}: skipped: {exc.strerror or exc}")
            return
        with fh:
            yield from claim_lines(fh, src, self._skip)

    def _stdin(self) -> Iterator[dict]:
        buf = sys.stdin.buffer
        head: list[bytes] = []
        for raw in buf:
            head.append(raw)
            if raw.strip():
                break
        if head and is_claim_line(head[-1]):
            yield from claim_lines(_chain(head, buf), "-", self._skip)
            return
        # a report on standard input: extracted as a document
        from .pipeline import iter_records
        from .reader import InputError, decode
        data = b"".join(head) + buf.read()
        try:
            text = decode(data)[0] if data else ""
        except InputError as exc:
            self._skip(f"-: skipped: {exc}")
            return
        yield from iter_records(text, "-")

    def _extract(self, reports: list[str]) -> Iterator[dict]:
        from .run import Doc, RunOptions, Skip, run
        from .sources import CorpusOptions, iter_inputs
        opts = RunOptions(self.corpus or CorpusOptions(), with_info=self.keep_documents)
        for ev in run(iter_inputs(reports), opts, self.jobs, stdin="-" in reports):
            if isinstance(ev, Skip):
                self._skip(f"{ev.label}: skipped: {ev.reason}")
            elif isinstance(ev, Doc):
                if ev.info is not None and ev.first:
                    self.documents[ev.label] = ev.info
                assert isinstance(ev.records, list)     # asked for records, not JSON
                yield from ev.records


def _chain(first: list[bytes], rest: IO[bytes]) -> Iterator[bytes]:
    yield from first
    yield from rest


def source_kind(src: str) -> str:
    """``store``, ``json`` (an array of claims), ``jsonl`` (claims a line), ``stdin`` or
    ``report`` (anything to extract: text, HTML, a folder, a JSON Lines corpus of articles)."""
    if src == "-":
        return "stdin"
    low = src.lower()
    if low.endswith(STORE_SUFFIXES):
        return "store"
    if low.endswith(".json"):
        return "json"
    if low.endswith(".jsonl") and is_claims_file(src):
        return "jsonl"
    return "report"


def claim_lines(lines: Iterable[bytes], label: str, on_skip: Report) -> Iterator[dict]:
    """Claim records from JSON Lines; a line that is not one is named and skipped."""
    for n, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw)
        except UnicodeDecodeError:
            on_skip(f"{label}:{n}: skipped: not UTF-8 text")
            continue
        except (ValueError, RecursionError):
            on_skip(f"{label}:{n}: skipped: not a JSON record")
            continue
        problem = claim_problem(rec)
        if problem:
            on_skip(f"{label}:{n}: skipped: not a claim record ({problem})")
            continue
        yield rec


def is_claim_line(line: bytes | str) -> bool:
    """Does this line hold a claim record (not an article of a corpus)?"""
    try:
        rec = json.loads(line.lstrip(b"\xef\xbb\xbf") if isinstance(line, bytes) else line)
    except (ValueError, RecursionError):
        return False
    return isinstance(rec, dict) and {"start", "end", "value", "unit"} <= set(rec)


def is_claims_file(path: str) -> bool:
    """A .jsonl file whose first record has the claim fields (not a corpus of articles)."""
    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.strip():
                    return is_claim_line(line)
    except OSError:
        return False
    return False
