"""Read: files, folders and stdin to decoded documents.

Decoding is detected per file and never guessed silently wrong: a BOM decides
first; then strict UTF-8; then strict GB18030 and Big5, the one whose text is
made of common Chinese characters winning; charset-normalizer is the last
resort. Bytes that fit none raise :class:`InputError` with the reason.

>>> decode("党员1000名".encode("gb18030"))[1]
'gb18030'
>>> decode("黨員1000名".encode("big5"))[1]
'big5'
>>> decode(b"\\xef\\xbb\\xbf1.2\\xe4\\xb8\\x87")
('1.2万', 'utf-8-sig')
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from .tables import COMMON_CHARS

_MAX_PROBE = 64 * 1024


class InputError(Exception):
    """A document that cannot be read; the message names the reason."""


@dataclass
class Document:
    """One document read: its decoded text, or one block of a large file.

    Claims are given for candidates that start in ``text[lo:hi]``; the text
    around that window (a block's margins) is there for context only, so the
    claims of a file read in blocks are those of the file read whole."""
    doc: str          # the path as given by the user's argument, or "-"
    text: str         # the decoded original text (or one block of a large file, with margins)
    encoding: str
    base: int = 0         # code points of the file before ``text``
    base_line: int = 0    # line breaks of the file before ``text``
    first: bool = True    # the first (or only) block of its file
    head: str | None = None  # the file's opening text, for a later block's document-wide context
    lo: int = 0           # where the window of claims starts in ``text``
    hi: int | None = None  # where it ends (None: the end of ``text``)
    title: str | None = None  # the headline, when a corpus line gives it apart from the text
    date: str | None = None   # the date, likewise


_COMMON = frozenset(COMMON_CHARS)


def _common_share(text: str) -> float:
    han = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not han:
        return 0.0
    return sum(c in _COMMON for c in han) / len(han)


def _looks_utf16(data: bytes) -> str | None:
    probe = data[:4096]
    if len(probe) < 4:
        return None
    even = probe[0::2].count(0)
    odd = probe[1::2].count(0)
    half = len(probe) / 2
    # ASCII-heavy UTF-16 has zeros in one column; CJK UTF-16 has few zeros, so
    # try a strict decode when the zero bytes are lopsided or there are none at all
    for enc, ok in (("utf-16-le", odd > half * 0.2 and even < half * 0.05),
                    ("utf-16-be", even > half * 0.2 and odd < half * 0.05)):
        if ok:
            return enc
    return None


def detect(data: bytes, final: bool = True) -> str:
    """The encoding of ``data``; with ``final=False`` data may be the first part
    of a longer file (a character cut at its end is not an error)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return "utf-16"
    u16 = _looks_utf16(data)
    if u16 and _fits(data, u16, final) and "\x00" not in _dec(data, u16, final):
        return u16
    if b"\x00" in data:
        # UTF-16 without a BOM whose text is mostly Chinese has few zero bytes, in
        # no one column: the order that decodes to common Chinese characters wins
        for enc in ("utf-16-le", "utf-16-be"):
            if len(data) % 2 == 0 or not final:
                if _fits(data, enc, final) and _common_share(_dec(data[:_MAX_PROBE], enc, False)) >= 0.35:
                    return enc
        raise InputError("binary file (NUL bytes), not text")
    if _fits(data, "utf-8", final):
        return "utf-8"
    scored = []
    probe = data[:_MAX_PROBE]
    for enc in ("gb18030", "big5"):
        if _fits(data, enc, final):
            scored.append((_common_share(probe.decode(enc, errors="ignore")), enc))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 0.35:
        return scored[0][1]
    from charset_normalizer import from_bytes  # last resort, a heavier import
    best = from_bytes(data[:1 << 20]).best()
    if best is not None and best.encoding and _common_share(str(best)[:20000]) >= 0.35 \
            and _fits(data, best.encoding, final):
        return best.encoding
    raise InputError("no text encoding fits (tried UTF-8, UTF-16, GB18030, Big5)")


def _dec(data: bytes, enc: str, final: bool) -> str:
    return codecs.getincrementaldecoder(enc)(errors="strict").decode(data, final=final)


def _fits(data: bytes, enc: str, final: bool) -> bool:
    try:
        _dec(data, enc, final)
        return True
    except (UnicodeDecodeError, LookupError):
        return False


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes to (text, encoding name); raise InputError when none fits."""
    # the common case, decoded once: no BOM, no NUL byte (so not UTF-16), valid UTF-8
    if b"\x00" not in data and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                                       codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    enc = detect(data)
    try:
        return data.decode(enc), enc
    except UnicodeDecodeError as exc:  # pragma: no cover - detect checked it
        raise InputError(f"not valid {enc} ({exc.reason} at byte {exc.start})") from None


