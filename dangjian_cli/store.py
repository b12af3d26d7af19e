"""An embedded SQLite store of documents and claims, for incremental batch runs.

Each input file (a *source*) is written in one transaction: its documents and
claims are replaced together, so a run killed half way leaves every document
with all its claims or none, and the next run finishes the job. A source whose
content hash and extractor version are unchanged is not extracted again.

>>> import tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "c.sqlite")
>>> with Store(path) as st:
...     n = st.write_source("a.txt", "abc", 3, [({"doc": "a.txt", "encoding": "utf-8"},
...                     [{"id": "x", "doc": "a.txt", "start": 0, "end": 2, "text": "3个", "value": 3,
...                       "value_max": None, "unit": "count", "qualifier": "exact", "category": "other",
...                       "subject": None, "change": False, "place": None, "year": None,
...                       "sentence": "3个", "line": 1}])])
...     st.unchanged("a.txt", "abc"), st.unchanged("a.txt", "abd")
(True, False)
>>> [r["text"] for r in Store(path).claims()]
['3个']
"""
from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator

from . import EXTRACTOR_VERSION
from .tables import FIELDS

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY, sha256 TEXT NOT NULL, bytes INTEGER NOT NULL,
    extractor_version TEXT NOT NULL, extracted_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc TEXT PRIMARY KEY, source TEXT NOT NULL REFERENCES sources(path) ON DELETE CASCADE,
    sha256 TEXT, bytes INTEGER, encoding TEXT, script TEXT, title TEXT, place TEXT, date TEXT,
    claim_count INTEGER NOT NULL, extractor_version TEXT NOT NULL, extracted_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS claims (
    id TEXT NOT NULL, doc TEXT NOT NULL REFERENCES documents(doc) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, value REAL NOT NULL,
    value_max REAL, unit TEXT NOT NULL, qualifier TEXT NOT NULL, category TEXT NOT NULL,
    subject TEXT, change INTEGER NOT NULL, place TEXT, year INTEGER, sentence TEXT NOT NULL,
    line INTEGER NOT NULL, PRIMARY KEY (doc, id));
CREATE INDEX IF NOT EXISTS claims_category ON claims(category);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source);
"""


class StoreError(Exception):
    pass


def sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    n = 0
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
            n += len(chunk)
    return h.hexdigest(), n


class Store:
    def __init__(self, path: str):
        self.path = path
        try:
            self.db = sqlite3.connect(path, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self._init()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a dangjian store ({exc})")

    def _init(self):
        row = None
        try:
            row = self.db.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()
        except sqlite3.OperationalError:
            pass
        if row is None:
            tables = {r[0] for r in self.db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if tables - {"meta"}:
                raise StoreError(f"{self.path}: an SQLite file that is not a dangjian store")
            self.db.executescript(_SCHEMA)
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        elif int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema version {row[0]}, this dangjian reads version "
                             f"{SCHEMA_VERSION}; extract into a new store")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def close(self):
        self.db.close()

    def unchanged(self, path: str, sha256: str) -> bool:
        row = self.db.execute("SELECT sha256, extractor_version FROM sources WHERE path=?", (path,)).fetchone()
        return row is not None and row[0] == sha256 and row[1] == EXTRACTOR_VERSION

    def write_source(self, path: str, sha256: str, nbytes: int,
                     documents: Iterable[tuple[dict, list[dict]]]) -> int:
        """Replace everything of one source in one transaction; returns the claims written."""
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        n = 0
        cur = self.db.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute("DELETE FROM claims WHERE doc IN (SELECT doc FROM documents WHERE source=?)", (path,))
            cur.execute("DELETE FROM documents WHERE source=?", (path,))
            cur.execute("INSERT OR REPLACE INTO sources VALUES (?,?,?,?,?)",
                        (path, sha256, nbytes, EXTRACTOR_VERSION, now))
            counts: dict[str, int] = {}
            for info, recs in documents:
                doc = info["doc"]
                if doc not in counts:
                    cur.execute("DELETE FROM claims WHERE doc=?", (doc,))
                    cur.execute(
                        "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                        (doc, path, info.get("sha256"), info.get("bytes"), info.get("encoding"),
                         info.get("script"), info.get("title"), info.get("place"), info.get("date"),
                         0, EXTRACTOR_VERSION, now))
                    counts[doc] = 0
                cur.executemany(
                    f"INSERT OR REPLACE INTO claims VALUES ({','.join('?' * len(FIELDS))})",
                    [(r["id"], r["doc"], r["start"], r["end"], r["text"], r["value"], r["value_max"],
                      r["unit"], r["qualifier"], r["category"], r["subject"], int(r["change"]),
                      r["place"], r["year"], r["sentence"], r["line"]) for r in recs])
                counts[doc] += len(recs)
                n += len(recs)
            for doc, c in counts.items():
                cur.execute("UPDATE documents SET claim_count=? WHERE doc=?", (c, doc))
            cur.execute("COMMIT")
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        return n

    def claims(self, order: str = "doc, start") -> Iterator[dict]:
        cols = ", ".join(f'"{f}"' for f in FIELDS)
        for row in self.db.execute(f"SELECT {cols} FROM claims ORDER BY {order}"):
            rec = dict(zip(FIELDS, row))
            rec["change"] = bool(rec["change"])
            for k in ("value", "value_max"):
                v = rec[k]
                if isinstance(v, float) and v.is_integer():
                    rec[k] = int(v)
            yield rec

    def documents(self) -> list[dict]:
        return [dict(r) for r in self.db.execute("SELECT * FROM documents ORDER BY doc")]
