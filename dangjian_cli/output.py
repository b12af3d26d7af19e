"""Write: records streamed out as JSON Lines, a JSON array, CSV or a rich table.

Every writer takes records one at a time, so memory stays flat however many
there are; the table alone gathers its rows (it is for a terminal).
"""
from __future__ import annotations

import csv
from typing import IO

import orjson

from .tables import FIELDS

FORMATS = ("auto", "jsonl", "json", "csv", "table")


def dumps(rec: dict) -> str:
    """One record as compact JSON (UTF-8, not \\u-escaped).

    orjson, not the json module: ~1 µs a record instead of ~9 µs, which was a
    fifth of the whole extraction time on claim-dense text.

    >>> dumps({"text": "509个", "value": 509, "value_max": None, "change": False, "share": 96.8})
    '{"text":"509个","value":509,"value_max":null,"change":false,"share":96.8}'
    """
    return orjson.dumps(rec, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


class JsonlWriter:
    def __init__(self, fh: IO[str], fields=FIELDS):
        self.fh = fh

    def write(self, rec: dict) -> None:
        self.fh.write(dumps(rec) + "\n")

    def write_rendered(self, line: str) -> None:
        self.fh.write(line + "\n")

    def close(self) -> None:
        self.fh.flush()


class JsonWriter:
    """A valid JSON array, written as it goes."""

    def __init__(self, fh: IO[str], fields=FIELDS):
        self.fh = fh
        self.n = 0
        fh.write("[")

    def write(self, rec: dict) -> None:
        self.write_rendered(dumps(rec))

    def write_rendered(self, line: str) -> None:
        self.fh.write(("\n" if self.n == 0 else ",\n") + line)
        self.n += 1

    def close(self) -> None:
        self.fh.write("\n]\n" if self.n else "]\n")
        self.fh.flush()


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
