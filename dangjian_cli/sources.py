"""Documents from the user's arguments: text files, HTML pages, JSON Lines corpora, stdin.

Each item is a :class:`Document` or an :class:`Unreadable` that names the file
and the reason; the caller reports the second and goes on.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from collections.abc import Iterator

from .reader import TEXT_SUFFIXES, Document, InputError, decode, detect, expand

HTML_SUFFIXES = (".html", ".htm")
CORPUS_SUFFIXES = (".jsonl",)
ALL_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + CORPUS_SUFFIXES
#: a single file larger than this is read in paragraph blocks (bounded memory);
#: the environment variable DANGJIAN_BLOCK_BYTES overrides it (tests use small blocks)
BLOCK_BYTES = int(os.environ.get("DANGJIAN_BLOCK_BYTES") or 8 * 1024 * 1024)


@dataclass
class Unreadable:
    doc: str
    reason: str


@dataclass(frozen=True)
class CorpusOptions:
    text_field: str = "text"
    id_field: str = "id"


Item = Document | Unreadable


def iter_inputs(paths: list[str]) -> Iterator[tuple[str, str | None, str | None]]:
    """Expand the arguments to (label, path, error) in a stable order, lazily."""
    return expand(paths, ALL_SUFFIXES)


def list_inputs(paths: list[str]) -> list[tuple[str, str | None, str | None]]:
    return list(iter_inputs(paths))


def read_input(label: str, path: str | Path | None, error: str | None,
               corpus: CorpusOptions | None = None) -> Iterator[Item]:
    """The documents behind one input (one file, a corpus file gives many)."""
    corpus = corpus or CorpusOptions()
    path = None if path is None else Path(path)
    if error:
        yield Unreadable(label, error)
        return
    try:
        if path is None:
            data = sys.stdin.buffer.read()
            yield _decode_doc("-", data)
            return
        kind = _kind(path)
        if kind == "corpus":
            yield from _read_corpus(label, path, corpus)
            return
        if kind == "blocks":
            yield from _read_blocks(label, path)
            return
        data = _read_bytes(path)
        if kind == "html":
            yield _html_doc(label, data)
        else:
            yield _decode_doc(label, data)
    except InputError as exc:
        yield Unreadable(label, str(exc))


def _kind(path: Path) -> str:
    """How a file is read: ``corpus`` (JSON Lines), ``blocks`` (a large text
    file), ``html`` or ``text``."""
    suffix = path.suffix.lower()
    if suffix in CORPUS_SUFFIXES:
        return "corpus"
    if suffix in HTML_SUFFIXES:
        return "html"
    return "blocks" if _size(path) > BLOCK_BYTES else "text"


def many_documents(path: str | Path) -> bool:
    """Whether a file is read as many documents: a JSON Lines corpus, or a text
    file large enough to be read in blocks (``--jobs`` spreads those documents
    over the workers, not the file as one piece of work)."""
    return _kind(Path(path)) in ("corpus", "blocks")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


#: how much of a file's opening a later block sees (for the document's place)
HEAD_CHARS = 400
_BLOCK_CUT = ("\n", "。", "！", "？", "；")


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


def _read_blocks(label: str, path: Path, block: int | None = None) -> Iterator[Document]:
    """A large file in blocks cut at line ends (at a sentence end in a line of
    several MB), each with its offset and line in the whole file: memory stays
    bounded and the records are those of the whole file read at once."""
    import codecs
    block = block or BLOCK_BYTES
    with _open(path) as fh:
        head = fh.read(block)
        enc = detect(head, final=False)
        dec = codecs.getincrementaldecoder(enc)(errors="strict")
        base = base_line = 0
        first = True
        opening = None
        pending = ""
        chunk = head
        while True:
            try:
                pending += dec.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                raise InputError(f"not valid {enc} after {base + len(pending)} characters ({exc.reason})") \
                    from None
            if not chunk:
                cut = len(pending)
            else:
                cut = max(pending.rfind(c) for c in _BLOCK_CUT) + 1
                if cut <= 0:
                    cut = len(pending)      # no break at all: cut where the block ends
            if cut:
                text = pending[:cut]
                yield Document(label, text, enc, base, base_line, first, opening)
                if first:
                    opening = text[:HEAD_CHARS]
                first = False
                base += len(text)
                base_line += text.count("\n")
                pending = pending[cut:]
            if not chunk:
                return
            chunk = fh.read(block)


def _read_bytes(path: Path) -> bytes:
    with _open(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(os_reason(exc)) from None


def _decode_doc(label: str, data: bytes) -> Document:
    if not data:
        return Document(label, "", "utf-8")
    text, enc = decode(data)
    return Document(label, text, enc)


def _html_doc(label: str, data: bytes) -> Document:
    from .htmltext import charset_of, html_to_text
    declared = charset_of(data)
    text = enc = None
    if declared:
        try:
            text, enc = data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        text, enc = decode(data)
    return Document(label, html_to_text(text), enc)


def _read_corpus(label: str, path: Path, corpus: CorpusOptions) -> Iterator[Item]:
    with _open(path) as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            where = f"{label}:{n}"
            try:
                obj = json.loads(raw.decode("utf-8-sig"))
            except (UnicodeDecodeError, ValueError) as exc:
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
            yield Document(f"{label}#{ident}", text, "utf-8")
