"""Write: records streamed out as JSON Lines, a JSON array, CSV or a rich table.

Every writer takes records one at a time, so memory stays flat however many
there are; the table alone gathers its rows (it is for a terminal).
"""
from __future__ import annotations

import csv
from itertools import islice
from typing import IO, Iterable

import orjson

from .tables import FIELDS

FORMATS = ("auto", "jsonl", "json", "csv", "table")


_OPTS = orjson.OPT_NON_STR_KEYS


def dump(rec: dict) -> bytes:
    """One record as compact UTF-8 JSON (not \\u-escaped), the one place its
    options are set.

    orjson, not the json module: ~1 µs a record instead of ~9 µs, which was a
    fifth of the whole extraction time on claim-dense text.

    >>> dump({"text": "509个", "value": 509, "value_max": None, "change": False, "share": 96.8}).decode()
    '{"text":"509个","value":509,"value_max":null,"change":false,"share":96.8}'
    """
    return orjson.dumps(rec, default=str, option=_OPTS)


#: records rendered and joined at a time
_GROUP = 256


def render_block(recs: Iterable[dict], separator: bytes) -> tuple[int, bytes]:
    """(how many, the records as one piece of UTF-8 JSON text joined by ``separator``).

    Records are taken from ``recs`` as they come and joined a group at a time:
    each piece orjson returns holds some kilobytes of the process's memory
    until it is freed (8 KB a record here), so joining a large block of text's
    records in one go took ~250 MB for 24,000 records.

    >>> render_block(({"a": i} for i in range(600)), b",")[1].count(b"}")
    600
    >>> render_block([], b"\\n")
    (0, b'')
    """
    it = iter(recs)
    groups, n = [], 0
    while group := [dump(r) for r in islice(it, _GROUP)]:
        n += len(group)
        groups.append(separator.join(group))
    return n, separator.join(groups)


def render(recs: Iterable[dict], separator: bytes) -> bytes:
    """Records as one piece of UTF-8 JSON text, joined by ``separator``.

    >>> render([{"a": 1}, {"b": "党员"}], b"\\n").decode()
    '{"a":1}\\n{"b":"党员"}'
    """
    return render_block(recs, separator)[1]


def _binary(fh):
    """The byte stream under a UTF-8 text stream, or None."""
    buf = getattr(fh, "buffer", None)
    enc = (getattr(fh, "encoding", None) or "").lower().replace("-", "").replace("_", "")
    return buf if buf is not None and enc == "utf8" else None


class _BlockWriter:
    """Blocks of rendered records go to the byte stream under the text stream
    (no decoding and re-encoding of what orjson already wrote as UTF-8)."""
    separator = b"\n"

    def __init__(self, fh: IO[str], fields=FIELDS):
        self.fh = fh
        self.n = 0
        self._bin = None

    def _put(self, data: bytes) -> None:
        if self._bin is None:
            self.fh.flush()                  # what went before, in order
            self._bin = _binary(self.fh) or False
        if self._bin:
            self._bin.write(data)
        else:
            self.fh.write(data.decode("utf-8"))

    def _flush(self) -> None:
        if self._bin:
            self._bin.flush()
        self.fh.flush()


class JsonlWriter(_BlockWriter):
    separator = b"\n"

    def write(self, rec: dict) -> None:
        self._put(dump(rec) + b"\n")

    def write_block(self, block) -> None:
        """Records rendered with :func:`render` and :attr:`separator`."""
        if block.n:
            self._put(block.data + b"\n")
            self.n += block.n

    def close(self) -> None:
        self._flush()


class JsonWriter(_BlockWriter):
    """A valid JSON array, written as it goes."""
    separator = b",\n"

    def __init__(self, fh: IO[str], fields=FIELDS):
        super().__init__(fh, fields)
        self._put(b"[")

    def write(self, rec: dict) -> None:
        self._items(dump(rec), 1)

    def write_block(self, block) -> None:
        """Records rendered with :func:`render` and :attr:`separator`."""
        self._items(block.data, block.n)

    def _items(self, data: bytes, n: int) -> None:
        if n:
            self._put((b"\n" if self.n == 0 else b",\n") + data)
            self.n += n

    def close(self) -> None:
        self._put(b"\n]\n" if self.n else b"]\n")
        self._flush()


class CsvWriter:
    def __init__(self, fh: IO[str], fields=FIELDS, bom: bool = False):
        self.fh = fh
        if bom:
            fh.write("\ufeff")
        self.w = csv.DictWriter(fh, fieldnames=list(fields), extrasaction="ignore")
        self.w.writeheader()

    def write(self, rec: dict) -> None:
        self.w.writerow({k: ("" if v is None else v) for k, v in rec.items()})

    def close(self) -> None:
        self.fh.flush()


TABLE_COLUMNS = ("doc", "line", "text", "value", "unit", "qualifier", "category", "subject", "change")


class TableWriter:
    def __init__(self, fh: IO[str], fields=FIELDS):
        self.fh = fh
        # claims show a readable subset of their fields; other rows show all theirs
        self.fields = list(TABLE_COLUMNS) if tuple(fields) == tuple(FIELDS) else list(fields)
        self.rows: list[dict] = []

    def write(self, rec: dict) -> None:
        self.rows.append(rec)

    def close(self) -> None:
        from rich.console import Console
        from rich.table import Table
        table = Table(show_lines=False, header_style="bold")
        for f in self.fields:
            table.add_column(f, overflow="fold", justify="right" if f in ("line", "value") else "left")
        for r in self.rows:
            table.add_row(*("" if r.get(f) is None else str(r.get(f)) for f in self.fields))
        isatty = getattr(self.fh, "isatty", lambda: False)()
        Console(file=self.fh, soft_wrap=False, width=None if isatty else 160).print(table)


def make_writer(fmt: str, fh: IO[str], fields=FIELDS, **kw):
    cls = {"jsonl": JsonlWriter, "json": JsonWriter, "csv": CsvWriter, "table": TableWriter}[fmt]
    return cls(fh, fields, **kw) if cls is CsvWriter else cls(fh, fields)


def resolve_format(fmt: str, output: str | None, isatty: bool) -> str:
    """``auto``: from the output file's extension, else a table on a terminal, JSON Lines in a pipe."""
    if fmt != "auto":
        return fmt
    if output and output != "-":
        for ext, f in ((".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"), (".csv", "csv")):
            if output.lower().endswith(ext):
                return f
        return "jsonl"
    return "table" if isatty else "jsonl"
