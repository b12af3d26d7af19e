"""Documents from the user's arguments: text files, HTML pages, JSON Lines corpora, stdin.

Each item is a :class:`Document` or an :class:`Unreadable` that names the file
(or the corpus line) and the reason; the caller reports the second and goes on.
Memory stays bounded for any input: a large file, or standard input, is read in
blocks, each with margins of its neighbours' text for context, and a corpus
line is read up to a limit.
"""
from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO

from . import tables as T
from .normalise import count_breaks
from .reader import Document, InputError, decode, detect
from .walk import WalkOptions, expand

#: how each file ending is read
SUFFIX_KINDS = {".txt": "text", ".md": "text", ".text": "text", ".csv": "csv", ".tsv": "text",
                ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
                ".jsonl": "corpus", ".ndjson": "corpus",
                ".docx": "docx", ".docm": "docx", ".pdf": "pdf", ".doc": "legacy", ".wps": "legacy",
                ".odt": "legacy", ".rtf": "legacy",
                ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "legacy_sheet", ".et": "legacy_sheet",
                ".ods": "legacy_sheet"}
ALL_SUFFIXES = tuple(SUFFIX_KINDS)
#: a single file larger than this is read in blocks (bounded memory); the
#: environment variable DANGJIAN_BLOCK_BYTES overrides it (tests use small blocks)
BLOCK_BYTES = int(os.environ.get("DANGJIAN_BLOCK_BYTES") or 8 * 1024 * 1024)
#: the longest window of claims of one block, in characters: a block's records
#: are held together (for the store, or sent back by a worker), so this bounds them
WINDOW_CHARS = 1_000_000
#: text on each side of a block that is read for context, not for claims
MARGIN = 8192
#: how much of a file's opening a later block sees (for the document's title, date, place)
HEAD_CHARS = 2000
#: the longest line of a JSON Lines corpus read (a longer one is named and passed over)
MAX_LINE_BYTES = int(os.environ.get("DANGJIAN_MAX_LINE_BYTES") or 64 * 1024 * 1024)
#: the largest HTML page read (pages are parsed whole)
MAX_PAGE_BYTES = 64 * 1024 * 1024


@dataclass
class Unreadable:
    doc: str
    reason: str


@dataclass(frozen=True)
class CorpusOptions:
    text_field: str = "text"
    id_field: str = "id"


Item = Document | Unreadable


#: what to do with files of kinds users hold that are not read (said after the reason)
SAVE_AS = {".ppt": "a PowerPoint file: save it as .pdf", ".pptx": "a PowerPoint file: save it as .pdf",
           ".ofd": "an OFD document: export it as .pdf"}


def iter_inputs(paths: list[str], walk: WalkOptions | None = None
                ) -> Iterator[tuple[str, str | None, str | None]]:
    """Expand the arguments to (label, path, reason not read) in a stable order, lazily."""
    for label, path, reason in expand(paths, SUFFIX_KINDS, walk or WalkOptions()):
        hint = SAVE_AS.get(os.path.splitext(path or "")[1].lower()) if reason else None
        yield label, path, f"{reason}: {hint}" if hint and reason and reason.startswith("not a file type") else reason


def list_inputs(paths: list[str]) -> list[tuple[str, str | None, str | None]]:
    return list(iter_inputs(paths))


def read_input(label: str, path: str | Path | None, error: str | None,
               corpus: CorpusOptions | None = None) -> Iterator[Item]:
    """The documents behind one input (one file; a corpus or a large file gives many)."""
    corpus = corpus or CorpusOptions()
    if error:
        yield Unreadable(label, error)
        return
    try:
        if path is None:
            yield from _read_stream(label, sys.stdin.buffer)
            return
        path = Path(path)
        kind = _kind(path)
        if kind == "corpus":
            yield from read_corpus(label, path, corpus)
        elif kind == "html":
            yield _html_doc(label, _read_bytes(path, MAX_PAGE_BYTES))
        elif kind in _CONVERTED:
            yield Document(label, _converted(kind, path), kind)
        elif kind == "csv":
            from .csvtext import csv_to_table
            with _open(path) as fh:
                for doc in _read_stream(label, fh):
                    yield replace(doc, text=csv_to_table(doc.text))
        else:
            with _open(path) as fh:
                yield from _read_stream(label, fh)
    except InputError as exc:
        yield Unreadable(label, str(exc))


#: file kinds read through a library (their text is what --dump-text prints)
_CONVERTED = ("docx", "pdf", "legacy", "xlsx", "legacy_sheet")


def _converted(kind: str, path: Path) -> str:
    if not path.is_file():
        raise InputError("no such file")
    if kind == "pdf":
        from .pdftext import pdf_to_text
        return pdf_to_text(path)
    if kind in ("xlsx", "legacy_sheet"):
        from .xlsxtext import legacy_sheet_to_text, xlsx_to_text
        return xlsx_to_text(path) if kind == "xlsx" else legacy_sheet_to_text(path)
    from .docxtext import docx_to_text, legacy_to_text
    return docx_to_text(path) if kind == "docx" else legacy_to_text(path)


def _kind(path: Path) -> str:
    """How a file is read: by its ending; anything else named directly is text."""
    kind = SUFFIX_KINDS.get(path.suffix.lower(), "text")
    if kind == "text" and _large(path):
        return "blocks"
    return kind


def _large(path: Path) -> bool:
    return _size(path) > BLOCK_BYTES


def many_documents(path: str | Path) -> bool:
    """Whether a file is read as many documents: a JSON Lines corpus, or a text
    (or CSV) file large enough to be read in blocks (``--jobs`` spreads those documents
    over the workers, not the file as one piece of work)."""
    path = Path(path)
    kind = _kind(path)
    return kind in ("corpus", "blocks") or (kind == "csv" and _large(path))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def os_reason(exc: OSError) -> str:
    """The reason an OSError gives, in the words the one-line messages use."""
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def _open(path: Path):
    """The file opened for reading in binary, or :class:`InputError` with the reason."""
    try:
        return path.open("rb")
    except OSError as exc:
        raise InputError(os_reason(exc)) from None


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    with _open(path) as fh:
        try:
            data = fh.read() if limit is None else fh.read(limit + 1)
        except OSError as exc:
            raise InputError(os_reason(exc)) from None
    if limit is not None and len(data) > limit:
        raise InputError(f"larger than {limit // (1024 * 1024)} MB")
    return data


#: where a block may end, best first: a line end, a sentence end, a clause mark, a space
_BLOCK_CUTS = (("\n", "\r", "\u2028"), ("。", "！", "？", "；", "!", "?", ";"),
               ("，", ",", "、", "：", ":"), (" ", "\u3000", "\t"))


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a block inside ``text[lo:hi]``: just after the last line end,
    else sentence end, else clause mark, else space; else at ``hi`` (claims that
    cross it are still whole: the next block's margin holds their start)."""
    for marks in _BLOCK_CUTS:
        k = max(text.rfind(m, lo, hi) for m in marks)
        if k >= lo:
            return k + 1
    return hi


def _read_stream(label: str, fh: IO[bytes], block: int | None = None) -> Iterator[Document]:
    """A file or standard input: one document when it fits in one block, else
    blocks, each with ``MARGIN`` characters of the text before and after it for
    context and claims only from its own window, so the records are those of
    the whole text read at once whatever the block size."""
    block = block or BLOCK_BYTES
    window = min(block, WINDOW_CHARS)
    try:
        first = fh.read(block)
        more = fh.read(1) if first else b""
    except OSError as exc:
        raise InputError(os_reason(exc)) from None
    if not more:
        if not first:
            yield Document(label, "", "utf-8")
            return
        text, enc = decode(first)
        yield Document(label, text, enc)
        return
    enc = detect(first, final=False)
    dec = codecs.getincrementaldecoder(enc)(errors="strict")
    buf = ""            # decoded text from file offset ``buf_at``
    buf_at = 0
    buf_line = 0        # line breaks of the file before ``buf``
    emit = 0            # file offset where the next window of claims starts
    head = None
    chunk = first + more
    eof = False
    while not eof:
        try:
            buf += dec.decode(chunk, final=False)
            chunk = fh.read(block)
            if not chunk:
                buf += dec.decode(b"", final=True)
                eof = True
        except UnicodeDecodeError as exc:
            raise InputError(f"not valid {enc} after {buf_at + len(buf)} characters ({exc.reason})") \
                from None
        except OSError as exc:
            raise InputError(os_reason(exc)) from None
        if head is None:
            head = buf[:HEAD_CHARS]
        # windows of about a block each, while a margin of text is left after them
        while True:
            lo = emit - buf_at
            avail = len(buf) - (0 if eof else MARGIN)
            if avail - lo <= 0 or (not eof and avail - lo < window // 4):
                break
            hi = avail if eof and avail - lo <= window else _cut(buf, lo + window // 8, min(avail, lo + window))
            start = _whole(buf, max(0, lo - MARGIN))
            text = buf[start:hi + MARGIN]
            yield Document(label, text, enc, buf_at + start, buf_line + count_breaks(buf, 0, start),
                           emit == 0, None if emit == 0 else head, lo - start, hi - start)
            emit = buf_at + hi
            # keep only the margin before the next window
            drop = _whole(buf, max(0, hi - MARGIN))
            buf_line += count_breaks(buf, 0, drop)
            buf, buf_at = buf[drop:], buf_at + drop
            if eof and emit - buf_at >= len(buf):
                break
    if emit == 0:           # nothing at all was read
        yield Document(label, "", enc)


def _whole(text: str, i: int) -> int:
    """``i``, moved back one when it would split a ``\\r\\n`` (line counts stay exact)."""
    return i - 1 if 0 < i < len(text) and text[i - 1] == "\r" and text[i] == "\n" else i


def _read_blocks(label: str, path: Path, block: int | None = None) -> Iterator[Document]:
    """A file in blocks (see :func:`_read_stream`)."""
    with _open(path) as fh:
        yield from _read_stream(label, fh, block)


#: the mark of a page dangjian wrote (``dangjian report``): its numbers are ours, not a document's
REPORT_MARK = b'<meta name="generator" content="dangjian">'


def _html_doc(label: str, data: bytes) -> Document:
    from .htmltext import charset_of, html_to_text
    if REPORT_MARK in data[:4096]:
        raise InputError("a report dangjian wrote, not a document (leave it out with --exclude)")
    declared = charset_of(data)
    text: str | None = None
    enc = ""
    if declared:
        try:
            text, enc = data.decode(declared), declared
        except (UnicodeError, LookupError):
            text = None
    if text is None:
        text, enc = decode(data)
    return Document(label, html_to_text(text), enc)


def read_corpus(label: str, path: Path, corpus: CorpusOptions, start: int = 0, end: int | None = None,
                 line: int = 0) -> Iterator[Item]:
    """The documents of a JSON Lines corpus; with ``start``/``end``, those of the
    lines that begin in that byte range (``start`` at a line's start, ``line`` the
    number of lines before it), so that parts of one file can be read apart."""
    with _open(path) as fh:
        n = line
        if start:
            fh.seek(start)
        pos = start
        while end is None or pos < end:
            try:
                raw = fh.readline(MAX_LINE_BYTES + 1)
            except OSError as exc:
                raise InputError(os_reason(exc)) from None
            if not raw:
                return
            pos += len(raw)
            n += 1
            where = f"{label}:{n}"
            if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
                # the rest of an over-long line is passed over, a block at a time
                while raw and not raw.endswith(b"\n"):
                    raw = fh.readline(MAX_LINE_BYTES)
                    pos += len(raw)
                yield Unreadable(where, f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB, "
                                        "not read (save that article as a .txt file)")
                continue
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, ValueError, RecursionError) as exc:
                yield Unreadable(where, f"not a JSON object ({exc.__class__.__name__})")
                continue
            if not isinstance(obj, dict):
                yield Unreadable(where, "not a JSON object")
                continue
            text = obj.get(corpus.text_field)
            if not isinstance(text, str):
                yield Unreadable(where, f"no text field {corpus.text_field!r}")
                continue
            ident = obj.get(corpus.id_field, n)
            yield Document(f"{label}#{ident}", text, "utf-8", title=corpus_field(obj, T.CORPUS_TITLE_FIELDS),
                           date=corpus_field(obj, T.CORPUS_DATE_FIELDS))


def corpus_field(obj: dict, names: tuple[str, ...]) -> str | None:
    """The first of ``names`` that the line gives as a string."""
    for name in names:
        value = obj.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None
