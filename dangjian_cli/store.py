"""An embedded SQLite store of documents and claims, for incremental batch runs.

Open it like sqlite-utils' ``Database`` and call one method:

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with open(os.path.join(folder, "a.txt"), "w", encoding="utf-8") as fh:
...     _ = fh.write("全县509个党组织、1.2万余名党员")
>>> from dangjian_cli.run import Unchanged
>>> with Store(os.path.join(folder, "c.sqlite")) as st:
...     events = list(st.extract([os.path.join(folder, "a.txt")]))
...     again = list(st.extract([os.path.join(folder, "a.txt")]))
...     [r["text"] for r in st.claims()], [type(e).__name__ for e in again]
(['509个', '1.2万余名'], ['Unchanged'])

Each input file (a *source*) is written in one transaction, its documents and
claims streamed in as they are made: a run killed half way leaves every source
with all its documents and claims or none, and the next run finishes the job.
A source is keyed by its resolved path, so ``in/a.txt``, ``./in/a.txt`` and
``$PWD/in/a.txt`` are one source; it is extracted again only when its content
hash or the extractor version changed. Readers open the file read-only.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from datetime import datetime, timezone
from pathlib import Path
from collections.abc import Iterable, Iterator

from . import EXTRACTOR_VERSION
from .record import FIELDS, number

SCHEMA_VERSION = 3

#: how long a locked store is waited for before giving up, in seconds
#: (the environment variable DANGJIAN_LOCK_WAIT overrides it)
LOCK_WAIT = float(os.environ.get("DANGJIAN_LOCK_WAIT") or 30.0)

_INTEGER = {"start", "end", "line", "year", "year_from", "change"}
_REAL = {"value", "value_max"}
_NOT_NULL = {"id", "doc", "start", "end", "text", "value", "unit", "qualifier", "category",
             "change", "sentence", "line"}


def _claims_table() -> str:
    cols = []
    for f in FIELDS:
        t = "INTEGER" if f in _INTEGER else "REAL" if f in _REAL else "TEXT"
        cols.append(f'"{f}" {t}{" NOT NULL" if f in _NOT_NULL else ""}')
    return ("CREATE TABLE IF NOT EXISTS claims (" + ", ".join(cols)
            + ", PRIMARY KEY (doc, id), FOREIGN KEY (doc) REFERENCES documents(doc) ON DELETE CASCADE);")


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY, label TEXT NOT NULL, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,
    errors TEXT NOT NULL DEFAULT '[]',
    extractor_version TEXT NOT NULL, extracted_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, source TEXT NOT NULL REFERENCES sources(path) ON DELETE CASCADE,
    sha256 TEXT, bytes INTEGER, encoding TEXT, script TEXT, title TEXT, place TEXT, date TEXT,
    claim_count INTEGER NOT NULL, extractor_version TEXT NOT NULL, extracted_at TEXT NOT NULL);
""" + _claims_table() + """
CREATE INDEX IF NOT EXISTS claims_category ON claims(category);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
"""


class StoreError(Exception):
    """A store that cannot be opened or written; the message names the file and the reason."""


def sha256_file(path: str | Path) -> tuple[str, int]:
    h = hashlib.sha256()
    n = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


def safe_text(v):
    """A string SQLite can hold: a lone surrogate (from an undecodable file name or
    text) is kept as its escape rather than refused.

    >>> safe_text("a\\udcff.txt") == "a\\\\udcff.txt", safe_text(3)
    (True, 3)
    """
    if isinstance(v, str):
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            return v.encode("utf-8", "backslashreplace").decode("utf-8")
    return v


def source_key(path: str | None, label: str) -> str:
    """The key of a source: its resolved path (standard input: ``-``)."""
    return os.path.realpath(path) if path else label


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """A dangjian store; ``readonly=True`` for readers (nothing is ever created or written)."""

    def __init__(self, path: str, readonly: bool = False, lock_wait: float = LOCK_WAIT):
        self.path = str(path)
        self.readonly = readonly
        self.lock_wait = lock_wait
        try:
            if readonly:
                if not os.path.isfile(self.path):
                    raise StoreError(f"{self.path}: no such store")
                if os.path.getsize(self.path) == 0:
                    raise StoreError(f"{self.path}: an empty file, not a dangjian store")
                uri = "file:" + _quote(os.path.abspath(self.path)) + "?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=lock_wait)
            else:
                self.db = sqlite3.connect(self.path, isolation_level=None, timeout=lock_wait)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self._init()
        except sqlite3.OperationalError as exc:
            raise StoreError(self._explain(exc)) from None
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a dangjian store ({exc})") from None

    def _explain(self, exc: sqlite3.Error) -> str:
        msg = str(exc)
        if "locked" in msg or "busy" in msg:
            return (f"{self.path}: the store is locked by another process "
                    f"(waited {self.lock_wait:.0f} s); try again when it is done")
        if "readonly" in msg or "read-only" in msg:
            return f"{self.path}: cannot write the store (read-only file or folder)"
        if "unable to open" in msg:
            return f"{self.path}: cannot open the store ({msg})"
        return f"{self.path}: cannot write the store ({msg})"

    def _version(self) -> str | None:
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" not in str(exc):
                raise
            return None
        return None if row is None else row[0]

    def _look(self) -> tuple[str | None, set[str]]:
        """The schema version and the table names, read in one snapshot: a store another
        writer is creating is seen either before its schema or with all of it."""
        self.db.execute("BEGIN")
        try:
            # the table list first: a failed statement would not have started the snapshot
            tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            return (self._version() if "meta" in tables else None), tables
        finally:
            self.db.execute("COMMIT")

    def _init(self) -> None:
        # several writers may open a new store at once: SQLite answers some of their lock
        # conflicts (changing the journal mode, upgrading a read lock) at once rather than
        # after its busy timeout, so the whole opening is retried until ``lock_wait`` is spent
        deadline = time.monotonic() + self.lock_wait
        while True:
            try:
                return self._init_once()
            except sqlite3.OperationalError as exc:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                if ("locked" in str(exc) or "busy" in str(exc)) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise

    def _init_once(self) -> None:
        version, tables = self._look()
        if version is None:
            if tables - {"meta"}:
                raise StoreError(f"{self.path}: an SQLite file that is not a dangjian store")
            if self.readonly:
                raise StoreError(f"{self.path}: not a dangjian store (no tables)")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("BEGIN IMMEDIATE")
            try:
                # the first writer creates the schema; one that waited finds it there
                tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                version = self._version() if "meta" in tables else None
                if version is None:
                    if tables - {"meta"}:
                        raise StoreError(f"{self.path}: an SQLite file that is not a dangjian store")
                    for stmt in _SCHEMA.split(";"):
                        if stmt.strip():
                            self.db.execute(stmt)
                    self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)",
                                    (str(SCHEMA_VERSION),))
                    version = str(SCHEMA_VERSION)
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
        elif not self.readonly:
            self.db.execute("PRAGMA journal_mode = WAL")
        if version != str(SCHEMA_VERSION):
            raise StoreError(f"{self.path}: store schema version {version}, this dangjian reads "
                             f"version {SCHEMA_VERSION}; extract into a new store")
        if not self.readonly:
            self.db.execute("PRAGMA synchronous = NORMAL")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self) -> None:
        if self.db.in_transaction:
            self.db.execute("ROLLBACK")
        self.db.close()

    # --- writing -------------------------------------------------------------------

    def source(self, key: str) -> sqlite3.Row | None:
        return self.db.execute("SELECT * FROM sources WHERE path=?", (safe_text(key),)).fetchone()

    def unchanged(self, key: str, sha256: str) -> bool:
        row = self.source(key)
        return row is not None and row["sha256"] == sha256 and row["extractor_version"] == EXTRACTOR_VERSION

    def _write(self, fn, *args):
        """One write, a locked store retried for ``lock_wait`` seconds, errors said plainly."""
        deadline = time.monotonic() + self.lock_wait
        while True:
            try:
                return fn(*args)
            except sqlite3.Error as exc:
                if ("locked" in str(exc) or "busy" in str(exc)) and time.monotonic() < deadline \
                        and not self.db.in_transaction:
                    time.sleep(0.2)
                    continue
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise StoreError(self._explain(exc)) from None
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise

    def begin_source(self, key: str, label: str, sha256: str, nbytes: int) -> None:
        """Start replacing everything of one source (one transaction until :meth:`end_source`)."""
        def go():
            self.db.execute("BEGIN IMMEDIATE")
            key_ = safe_text(key)
            self.db.execute("DELETE FROM documents WHERE source=?", (key_,))
            self.db.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?,?,?)",
                            (key_, safe_text(label), sha256, nbytes, "[]", EXTRACTOR_VERSION, _now()))
        self._write(go)
        self._source = safe_text(key)
        self._counts: dict[str, int] = {}
        self._errors: list[str] = []

    def add_document(self, info: dict, records: Iterable[dict]) -> int:
        """Add one document (or one block of a large file) and its records to the open source."""
        def go():
            doc = safe_text(info["doc"])
            if doc not in self._counts:
                self.db.execute("DELETE FROM documents WHERE doc=?", (doc,))
                self.db.execute(
                    "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (doc, self._source, info.get("sha256"), info.get("bytes"), info.get("encoding"),
                     info.get("script"), safe_text(info.get("title")), safe_text(info.get("place")),
                     info.get("date"), 0, EXTRACTOR_VERSION, _now()))
                self._counts[doc] = 0
            rows = [tuple(_sql_value(f, r.get(f)) for f in FIELDS) for r in records]
            self.db.executemany(f"INSERT OR REPLACE INTO claims VALUES ({','.join('?' * len(FIELDS))})", rows)
            self._counts[doc] += len(rows)
            return len(rows)
        return self._write(go)

    def note_error(self, message: str) -> None:
        """A part of the open source that could not be read (remembered and said again)."""
        self._errors.append(message)

    def end_source(self) -> None:
        def go():
            for doc, c in self._counts.items():
                self.db.execute("UPDATE documents SET claim_count=? WHERE doc=?", (c, doc))
            self.db.execute("UPDATE sources SET errors=? WHERE path=?",
                            (json.dumps(self._errors, ensure_ascii=False), self._source))
            self.db.execute("COMMIT")
        self._write(go)

    def forget_source(self, key: str) -> None:
        """Drop a source that could not be read at all: the next run tries it again."""
        def go():
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            self.db.execute("BEGIN IMMEDIATE")
            self.db.execute("DELETE FROM sources WHERE path=?", (safe_text(key),))
            self.db.execute("COMMIT")
        self._write(go)

    def write_source(self, key: str, sha256: str, nbytes: int,
                     documents: Iterable[tuple[dict, list[dict]]], label: str | None = None) -> int:
        """Replace everything of one source in one transaction; the claims written."""
        self.begin_source(key, label or key, sha256, nbytes)
        n = 0
        for info, recs in documents:
            n += self.add_document(info, recs)
        self.end_source()
        return n

    def extract(self, paths: Iterable[str], opts=None, jobs: int = 1, walk=None) -> Iterator:
        """Extract the files under ``paths`` that are new or changed into the store.

        Yields the run's events (:class:`dangjian_cli.run.Doc`, ``Skip``, ``End``) and an
        :class:`~dangjian_cli.run.Unchanged` for each input passed over, so a caller can
        print or count them. The store's own files are never read as inputs."""
        from collections import deque
        from dataclasses import replace

        from .run import Doc, End, RunOptions, Skip, Unchanged, run
        from .sources import iter_inputs
        from .walk import WalkOptions
        opts = replace(opts or RunOptions(), with_info=True, render=b"")
        walk = walk or WalkOptions()
        own = {os.path.realpath(self.path + s) for s in ("", "-wal", "-shm", "-journal")}
        walk = replace(walk, ignore=frozenset(walk.ignore) | own)
        paths = list(paths)
        queue: deque = deque()      # inputs handed to the run, in order: (label, key, sha256, bytes)
        passed: deque = deque()     # unchanged inputs, with the errors they had, to be said

        def changed(inputs):
            for label, path, error in inputs:
                key, sha, nbytes = source_key(path, label), "", 0
                if path is not None and error is None and os.path.isfile(path):
                    try:
                        sha, nbytes = sha256_file(path)
                    except OSError:
                        pass                      # reported when it is read
                    else:
                        if self.unchanged(key, sha):
                            row = self.source(key)
                            passed.append((label, json.loads(row["errors"]) if row else []))
                            continue
                queue.append((label, key, sha, nbytes))
                yield label, path, error

        def said():
            while passed:
                label, errors = passed.popleft()
                for msg in errors:
                    where, _, reason = msg.partition(": skipped: ")
                    yield Skip(where, reason) if reason else Skip(label, msg)
                yield Unchanged(label)

        begun = False
        for ev in run(changed(iter_inputs(paths, walk)), opts, jobs, stdin="-" in paths):
            yield from said()
            label, key, sha, nbytes = queue[0]
            if isinstance(ev, Doc):
                if not begun:
                    self.begin_source(key, label, sha, nbytes)
                    begun = True
                assert isinstance(ev.records, list)     # the store asks for records, not JSON
                self.add_document(ev.info or {"doc": ev.label}, ev.records)
            elif isinstance(ev, Skip):
                if begun:
                    self.note_error(f"{ev.label}: skipped: {ev.reason}")
            elif isinstance(ev, End):
                queue.popleft()
                if begun:
                    self.end_source()
                elif sha:                       # read before, unreadable now: tried again next time
                    self.forget_source(key)
                begun = False
            yield ev
        yield from said()

    def prune(self) -> list[str]:
        """Remove the sources (with their documents and claims) whose files are gone; their paths."""
        gone = [r["path"] for r in self.db.execute("SELECT path FROM sources")
                if r["path"] != "-" and not os.path.exists(r["path"])]

        def go():
            self.db.execute("BEGIN IMMEDIATE")
            for p in gone:
                self.db.execute("DELETE FROM sources WHERE path=?", (p,))
            self.db.execute("COMMIT")
        if gone:
            self._write(go)
        return gone

    # --- reading -------------------------------------------------------------------

    def claims(self, order: str = "doc, start") -> Iterator[dict]:
        """Every claim, streamed from a cursor."""
        cols = ", ".join(f'"{f}"' for f in FIELDS)
        try:
            cur = self.db.execute(f"SELECT {cols} FROM claims ORDER BY {order}")
        except sqlite3.OperationalError as exc:
            raise StoreError(self._explain(exc)) from None
        for row in cur:
            rec = dict(zip(FIELDS, row))
            rec["change"] = bool(rec["change"])
            rec["value"], rec["value_max"] = number(rec["value"]), number(rec["value_max"])
            yield rec

    def documents(self) -> list[dict]:
        return [dict(r) for r in self.db.execute("SELECT * FROM documents ORDER BY doc")]


def _sql_value(field: str, v):
    if field == "change":
        return int(bool(v))
    return safe_text(v)


def _quote(path: str) -> str:
    from urllib.parse import quote
    return quote(path, safe="/")
