"""Write: records streamed out as JSON Lines, a JSON array, CSV, a table, Excel or Parquet.

Every writer takes records one at a time, so memory stays flat however many
there are (the terminal table alone gathers its rows). A file named with
``-o`` is written under a temporary name beside it and renamed when complete:
it appears whole or not at all, never over one of the run's own inputs.
"""
from __future__ import annotations

import csv
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from itertools import islice
from typing import IO, Any

import orjson

from .record import FIELDS

FORMATS = ("auto", "jsonl", "json", "csv", "table", "xlsx", "parquet")
#: formats that need an optional extra: format -> (module, extra)
EXTRAS = {"xlsx": ("openpyxl", "xlsx"), "parquet": ("pyarrow", "parquet")}
#: file endings and the format they stand for
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
              ".xlsx": "xlsx", ".parquet": "parquet"}

_OPTS = orjson.OPT_NON_STR_KEYS


class OutputError(Exception):
    """An output that cannot be written; the message names the file and the reason."""


def dump(rec: dict) -> bytes:
    """One record as compact UTF-8 JSON (not \\u-escaped), the one place its
    options are set.

    orjson, not the json module: ~1 µs a record instead of ~9 µs, which was a
    fifth of the whole extraction time on claim-dense text. A lone surrogate
    (from a text that held one) is written as its escape, not refused.

    >>> dump({"text": "509个", "value": 509, "value_max": None, "change": False, "share": 96.8}).decode()
    '{"text":"509个","value":509,"value_max":null,"change":false,"share":96.8}'
    """
    try:
        return orjson.dumps(rec, default=str, option=_OPTS)
    except orjson.JSONEncodeError:
        import json
        return json.dumps(rec, ensure_ascii=False, default=str, separators=(",", ":")).encode(
            "utf-8", "backslashreplace")


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


def format_from_extension(path: str) -> str | None:
    """The format a file name asks for, or None.

    >>> format_from_extension("out/Claims.XLSX"), format_from_extension("a.txt")
    ('xlsx', None)
    """
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def resolve_format(fmt: str, output: str | None, isatty: bool) -> str:
    """``auto``: from the output file's extension (JSON Lines when it names none),
    else a table on a terminal and JSON Lines in a pipe."""
    if fmt != "auto":
        return fmt
    if output and output != "-":
        return format_from_extension(output) or "jsonl"
    return "table" if isatty else "jsonl"


def missing_extra(fmt: str) -> str | None:
    """The install hint for a format whose optional library is missing, else None."""
    if fmt not in EXTRAS:
        return None
    import importlib.util
    module, extra = EXTRAS[fmt]
    if importlib.util.find_spec(module) is None:
        return f"{fmt} output needs the optional extra: pip install -e '.[{extra}]' (from a checkout)"
    return None


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
        self._bin: Any = None

    def _put(self, data: bytes) -> None:
        if self._bin is None:
            self.fh.flush()                  # what went before, in order
            self._bin = _binary(self.fh) or False
        if self._bin:
            self._bin.write(data)
        else:
            self.fh.write(data.decode("utf-8", "surrogateescape"))

    def _flush(self) -> None:
        if self._bin:
            self._bin.flush()
        self.fh.flush()


class JsonlWriter(_BlockWriter):
    separator = b"\n"

    def write(self, rec: dict) -> None:
        self._put(dump(rec) + b"\n")
        self.n += 1

    def write_block(self, block) -> None:
        """Records rendered with :func:`render_block` and :attr:`separator`."""
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
        """Records rendered with :func:`render_block` and :attr:`separator`."""
        self._items(block.data, block.n)

    def _items(self, data: bytes, n: int) -> None:
        if n:
            self._put((b"\n" if self.n == 0 else b",\n") + data)
            self.n += n

    def close(self) -> None:
        self._put(b"\n]\n" if self.n else b"]\n")
        self._flush()


def _cell(v):
    """A value as a CSV or Excel cell: a lone surrogate becomes its escape."""
    if v is None:
        return ""
    if isinstance(v, str):
        try:
            v.encode("utf-8")
        except UnicodeEncodeError:
            return v.encode("utf-8", "backslashreplace").decode("utf-8")
    return v


class CsvWriter:
    def __init__(self, fh: IO[str], fields=FIELDS, bom: bool = False):
        self.fh = fh
        self.n = 0
        if bom:
            fh.write("\ufeff")
        self.w = csv.DictWriter(fh, fieldnames=list(fields), extrasaction="ignore")
        self.w.writeheader()

    def write(self, rec: dict) -> None:
        self.w.writerow({k: _cell(v) for k, v in rec.items()})
        self.n += 1

    def close(self) -> None:
        self.fh.flush()


#: the columns of a claim table, most wanted first: as many as the terminal's width holds
TABLE_COLUMNS = ("text", "value", "unit", "category", "place", "year", "doc", "line", "subject", "qualifier",
                 "per", "county", "year_from", "change")
#: above this many rows on a terminal, ``--format auto`` writes JSON Lines instead of a table
TABLE_MAX_ROWS = 2000
_NUMERIC = ("value", "value_max", "line", "year", "year_from", "stated", "computed", "gap", "claims")


class TableWriter:
    """A table for a person at a terminal: numbers never wrapped, long paths shortened
    from the left, Chinese text measured as wide characters, the columns chosen for
    the terminal's width; long output through a pager as git does (on a terminal).

    When it is the automatic choice and the rows outgrow ``TABLE_MAX_ROWS``, it says
    so and writes JSON Lines instead (a table of thousands of rows helps no one and
    costs the memory of all of them)."""

    def __init__(self, fh: IO[str], fields=FIELDS, auto: bool = False, width: int | None = None,
                 on_switch: Callable[[], None] | None = None):
        self.fh = fh
        self.on_switch = on_switch      # called before it turns to JSON Lines (to clear a progress bar)
        self.claims = tuple(fields) == tuple(FIELDS)
        self.fields = list(TABLE_COLUMNS) if self.claims else list(fields)
        self.rows: list[dict] = []
        self.n = 0
        self.auto = auto
        self.width = width
        self._jsonl: JsonlWriter | None = None

    def write(self, rec: dict) -> None:
        self.n += 1
        if self._jsonl is not None:
            self._jsonl.write(rec)
            return
        self.rows.append(rec)
        if self.auto and len(self.rows) > TABLE_MAX_ROWS:
            if self.on_switch is not None:
                self.on_switch()
            print(f"dangjian: more than {TABLE_MAX_ROWS} rows: writing JSON Lines instead of a table "
                  "(give --format table to have a table anyway)", file=sys.stderr)
            self._jsonl = JsonlWriter(self.fh)
            for r in self.rows:
                self._jsonl.write(r)
            self.rows = []

    def close(self) -> None:
        if self._jsonl is not None:
            self._jsonl.close()
            return
        from rich.console import Console
        isatty = getattr(self.fh, "isatty", lambda: False)()
        width = self.width or (None if isatty else 160)
        console = Console(file=self.fh, soft_wrap=False, width=width, highlight=False)
        table = self.table(console.width)
        if isatty and _long(len(self.rows), console.height):
            page(console, table)
        else:
            console.print(table)

    def table(self, width: int):
        from rich.table import Table
        fields = _fit(self.fields, self.rows, width) if self.claims else self.fields
        table = Table(show_lines=False, header_style="bold", expand=False, pad_edge=False)
        for f in fields:
            numeric = f in _NUMERIC
            table.add_column(f, justify="right" if numeric else "left", no_wrap=numeric or f in ("doc", "unit"),
                             overflow="ellipsis" if f in ("doc", "text", "subject") else "fold")
        doc_width = max(12, width // 5)
        for r in self.rows:
            table.add_row(*(_cell_text(f, r.get(f), doc_width) for f in fields))
        return table


def _long(rows: int, height: int) -> bool:
    return rows + 4 > height


def page(console, renderable) -> None:
    """Print through a pager as git does: $PAGER, else ``less -FRX`` (which quits at
    once when the output fits the screen and keeps the colours); straight to the
    terminal when there is none."""
    import os
    import shlex
    import shutil
    import subprocess
    cmd = os.environ.get("PAGER") or ("less -FRX" if shutil.which("less") else "")
    if not cmd:
        console.print(renderable)
        return
    with console.capture() as captured:
        console.print(renderable)
    try:
        proc = subprocess.Popen(shlex.split(cmd), stdin=subprocess.PIPE)
        assert proc.stdin is not None
        with proc.stdin:
            proc.stdin.write(captured.get().encode("utf-8"))
        proc.wait()
    except (OSError, BrokenPipeError):
        console.print(renderable)


def _fit(fields: list[str], rows: list[dict], width: int) -> list[str]:
    """The claim columns that fit the width, in order of how much they are wanted."""
    from rich.cells import cell_len
    out: list[str] = []
    used = 0
    for f in fields:
        sample = [cell_len(_cell_text(f, r.get(f), max(12, width // 5))) for r in rows[:200]]
        need = max([cell_len(f)] + sample) + 3
        if used + need > width and len(out) >= 4:
            continue
        out.append(f)
        used += need
    return out


def _cell_text(field: str, v, doc_width: int = 30) -> str:
    if v is None:
        return ""
    if field == "doc":
        return short_path(str(v), doc_width)
    if field == "value" and isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def short_path(path: str, width: int) -> str:
    """A path shortened from the left to ``width`` characters, keeping its end.

    >>> short_path("corpus/2024/county/seeds/000_7e7fa881a3bee70e.txt", 24)
    '…00_7e7fa881a3bee70e.txt'
    """
    if len(path) <= width:
        return path
    return "…" + path[-(width - 1):]


class XlsxWriter:
    """An Excel workbook, one row a record, written row by row (openpyxl's write-only mode)."""
    binary = True

    def __init__(self, path: str, fields=FIELDS):
        from openpyxl import Workbook
        self.path, self.fields = path, list(fields)
        self.wb = Workbook(write_only=True)
        self.ws = self.wb.create_sheet("claims")
        self.ws.append(self.fields)
        self.n = 0

    def write(self, rec: dict) -> None:
        self.ws.append([_cell(rec.get(f)) if rec.get(f) is not None else None for f in self.fields])
        self.n += 1

    def close(self) -> None:
        self.wb.save(self.path)


def parquet_schema(fields=FIELDS):
    """The one Parquet schema of claim records: every field typed, values float64,
    so exports read together whatever they hold (and an empty one reads too)."""
    import pyarrow as pa
    types = {"start": pa.int64(), "end": pa.int64(), "line": pa.int64(), "year": pa.int64(),
             "year_from": pa.int64(), "value": pa.float64(), "value_max": pa.float64(),
             "change": pa.bool_()}
    return pa.schema([(f, types.get(f, pa.string())) for f in fields])


class ParquetWriter:
    """A Parquet file with the fixed schema, written in row groups as records come."""
    binary = True
    _ROWS = 50_000

    def __init__(self, path: str, fields=FIELDS):
        import pyarrow.parquet as pq
        self.fields = list(fields)
        self.schema = parquet_schema(self.fields)
        self.pw = pq.ParquetWriter(path, self.schema)
        self.rows: list[dict] = []
        self.n = 0

    def write(self, rec: dict) -> None:
        self.rows.append(rec)
        self.n += 1
        if len(self.rows) >= self._ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        cols = {}
        for f, t in zip(self.fields, self.schema.types):
            vals = [r.get(f) for r in self.rows]
            if pa.types.is_floating(t):
                vals = [None if v is None else float(v) for v in vals]
            elif pa.types.is_string(t):
                vals = [None if v is None else _cell(str(v)) for v in vals]
            cols[f] = pa.array(vals, type=t)
        self.pw.write_table(pa.table(cols, schema=self.schema))
        self.rows = []

    def close(self) -> None:
        self._flush()
        self.pw.close()


_TEXT_WRITERS = {"jsonl": JsonlWriter, "json": JsonWriter, "csv": CsvWriter, "table": TableWriter}
_FILE_WRITERS: dict[str, type[XlsxWriter] | type[ParquetWriter]] = {"xlsx": XlsxWriter,
                                                                   "parquet": ParquetWriter}


def make_writer(fmt: str, fh: IO[str], fields=FIELDS, **kw):
    """A writer of ``fmt`` on the text stream ``fh`` (``bom=True`` for Excel-friendly CSV;
    ``auto=True`` lets a table turn into JSON Lines when it grows too long, calling
    ``on_switch`` first)."""
    cls = _TEXT_WRITERS[fmt]
    if cls is CsvWriter:
        return CsvWriter(fh, fields, bom=kw.get("bom", False))
    if cls is TableWriter:
        return TableWriter(fh, fields, auto=kw.get("auto", False), on_switch=kw.get("on_switch"))
    return cls(fh, fields)


class AtomicFile:
    """The output named by ``-o``: written under a temporary name in its folder
    and renamed over the final name only when complete.

    - with the umask's mode (a temporary file is 0600),
    - a failure (a full disk, a closed pipe) removes the temporary file and is
      raised as :class:`OutputError` naming the file,
    - Ctrl-C keeps what was written under ``NAME.partial`` (said on stderr) and
      leaves an earlier complete file as it was,
    - a device or a FIFO (``/dev/null``) is written straight to.
    """

    def __init__(self, path: str, binary: bool = False):
        self.path, self.binary = path, binary
        self.tmp: str | None = None
        self.fh: Any = None

    def __enter__(self):
        path = self.path
        if os.path.exists(path) and not os.path.isfile(path):
            if os.path.isdir(path):
                raise OutputError(f"{path}: is a folder")
            self.fh = None if self.binary else _open_text(path)
            self.tmp = None
            return path if self.binary else self.fh
        folder = os.path.dirname(os.path.abspath(path))
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=".dangjian-", suffix=".part", dir=folder)
        except OSError as exc:
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        os.chmod(self.tmp, 0o666 & ~_umask())
        if self.binary:
            os.close(fd)
            return self.tmp
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, et, ev, tb):
        if self.tmp is None:                    # a device: nothing to rename
            if self.fh is not None:
                try:
                    self.fh.close()
                except OSError:
                    pass
            return False
        try:
            if self.fh is not None:
                self.fh.close()
        except OSError as exc:
            self._discard()
            if et is None:
                raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc})") from None
            return False
        if et is None:
            os.replace(self.tmp, self.path)
        elif issubclass(et, KeyboardInterrupt) and os.path.getsize(self.tmp):
            kept = self.path + ".partial"
            os.replace(self.tmp, kept)
            print(f"dangjian: interrupted: what was written is in {kept}; {self.path} left as it was",
                  file=sys.stderr)
        else:
            self._discard()
            if isinstance(ev, OSError) and not isinstance(ev, BrokenPipeError):
                raise OutputError(f"{self.path}: cannot write ({ev.strerror or ev})") from None
        return False

    def _discard(self) -> None:
        if self.tmp and os.path.exists(self.tmp):
            os.unlink(self.tmp)


def _open_text(path: str):
    try:
        return open(path, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def same_file(a: str, b: str) -> bool:
    """Do two paths name the same existing file?"""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def write_records(records: Iterable[dict], output: str | None, fmt: str, fields=FIELDS,
                  **writer_kw) -> int:
    """Write ``records`` in ``fmt`` (already resolved) to ``output`` or stdout; the count."""
    if fmt in _FILE_WRITERS:
        if not output or output == "-":
            raise OutputError(f"{fmt} is written to a file: give -o FILE")
        with AtomicFile(output, binary=True) as tmp:
            w: XlsxWriter | ParquetWriter = _FILE_WRITERS[fmt](tmp, fields)
            for r in records:
                w.write(r)
            w.close()
        return w.n
    with (AtomicFile(output) if output and output != "-" else _Stdout()) as fh:
        writer = make_writer(fmt, fh, fields, **writer_kw)
        try:
            for r in records:
                writer.write(r)
        finally:
            writer.close()
    return writer.n


class _Stdout:
    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc):
        return False

