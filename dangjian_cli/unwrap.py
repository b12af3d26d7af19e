"""Lines cut at a fixed width, found so that they can be joined again.

Text copied out of a PDF (``pdftotext``, a viewer's copy and paste) or an OCR
dump keeps the page's line breaks: every line runs to the same width and most
of them stop in the middle of a sentence, even of a number (``…投入资金6`` /
``0多万元``). Read line by line such a text loses its paragraphs (what dates and
places a figure) and splits numbers. A line is taken as cut, not ended, when:

- the text is wrapped at all: at least ``MIN_CUT`` lines run to the body's full
  width and at least half of those stop with no sentence mark (a text with one
  paragraph per line ends its long lines with ``。``);
- the line itself runs to that width (its indent not counted: a list's rows indented
  under their heading run no further), stops with no sentence mark and holds no
  table cells (a tab, a run of spaces); width is counted in characters (a dump cut
  every N characters) and in columns as printed (a typeset page: a Han character two,
  a digit or an ASCII comma one), and a line full by either is full;
- neither line holds page furniture (a navigation trail, a source line), but
  for the digits of a date cut off the end of one;
- the next line follows at once (no blank line between), is not indented and opens
  no item of a list (a bullet, ``2. ``, ``（三）``); an item that ends with a remark in
  brackets ends there.

A page that turns inside a sentence — the page's number on a line of its own
(``- 2 -``, ``第2页``), a form feed, blank lines, the running head that opens at least
half the pages (``某县委组织部文件``) — is passed over: the break runs from
the end of the cut line to the start of the one that goes on. One space at the start
of a line is what a cut left before a word (``对 244`` / `` 个村``), not an indent.

In a text too short to tell whether it is wrapped, only a full line that ends
in a digit is cut (``发展党员18`` / ``名``). In a text that indents its
paragraphs, a full line that ends a sentence is cut too when the next line is
not indented and is not a heading.

>>> page = ("　　2023年，全县投入资金1200万元，新建村级活动场所\\n"
...         "18个，改造提升党群服务中心46个，培训党员干部3\\n"
...         "200人次。\\n"
...         "　　全县共有基层党组织1106个，党员2.3万名，其中\\n"
...         "农村党员1.1万名。")
>>> for a, b in reversed(cuts(page)):
...     page = page[:a] + page[b:]
>>> print(page)
　　2023年，全县投入资金1200万元，新建村级活动场所18个，改造提升党群服务中心46个，培训党员干部3200人次。
　　全县共有基层党组织1106个，党员2.3万名，其中农村党员1.1万名。
>>> cuts("一行。\\n又一行。")
[]
>>> cuts("党员总数 31624\\n  其中：女党员 8215\\n        少数民族党员 96\\n当年发展党员 612\\n")
[]
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

from . import tables as T
from .charclass import han
from .furniture import PATTERN as FURNITURE

__all__ = ["Width", "cuts", "ends_sentence", "full_width", "is_cut"]

#: a line ending in one of these (closing quotes and brackets aside) ends a sentence
ENDS = tuple("。！？；：!?;:…")
#: closing marks looked through: ``。”`` ends a sentence, ``“两山论”`` does not
CLOSERS = "”’\"'）)》」』"
#: the marks that open a list's item on a line of its own (▲ 党员总数：…)
BULLETS = frozenset("▲△●○◆◇■□★☆•►▶√※➢➤")
#: lines at full width and open at the end needed before a text counts as wrapped
MIN_CUT = 2
#: a line this much of the full width runs to the edge
FULL = 0.85
#: narrower bodies are lists or tables, not wrapped prose
MIN_WIDTH = 16
#: lines shorter than this (in characters) tell nothing of the body's width
SHORTEST = 10

_BREAK = re.compile("\r\n|[\n\r\u2028\u2029\x0b\x0c\x85]")
#: a page's number on a line of its own (- 3 -, 第3页, 3/12)
PAGE_NUMBER = re.compile(r"^\s*(?:[-—–~]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*(?:共\s*)?\d{1,4}\s*页?)?"
                         r"(?:\s*[-—–~])?\s*$")
#: how many lines a page turn may take (blank lines, the number)
PAGE_TURN = 4
_SPACES = re.compile("[ \u3000][ \u3000]")
_HAN = re.compile(f"[{han()}]")
_DIGITS = re.compile(r"[0-9]+")
_INDENT_CHARS = frozenset(" \t\u3000")
_BARS = frozenset(T.TABLE_BARS)
_ITEM_LABEL = re.compile(T.SECTION_LABEL)
#: a line that ends with a remark in brackets opened on it
_REMARK_END = re.compile(r"[（(][^（()）\n]*[)）]\s*$")
_OTHER_BREAK = re.compile("[\u2028\u2029\x0b\x0c\x85]")


class Width(NamedTuple):
    """How far a full line of the body text runs, in characters and in columns as
    printed: a page set in type wraps by the columns (a line of digits and ASCII commas
    holds more characters), a dump cut every N characters by the characters."""
    chars: int
    columns: int

    def full(self, line: str) -> bool:
        """Does ``line`` run (nearly) to the edge by either measure?"""
        return _width(line) >= FULL * self.chars or _columns(line) >= FULL * self.columns


def full_width(lines: list[str]) -> Width:
    """The length of a full line of the body text (the 75th percentile of the
    lines of ten characters or more), by each measure."""
    columns = _percentile(map(_columns, lines), 2 * SHORTEST)
    return Width(_percentile(map(_width, lines), SHORTEST), columns if columns >= 2 * MIN_WIDTH else 10**6)


def _percentile(widths, least: int) -> int:
    lengths = sorted(widths)
    first = bisect.bisect_left(lengths, least)
    if first == len(lengths):
        return 10**6
    return lengths[first + int((len(lengths) - first) * 0.75)]


def is_cut(prev: str, nxt: str, width: Width) -> bool:
    """Was ``prev`` cut off at the page's (or column's) edge, ``nxt`` going on with it?
    A line that opens with a bullet (▲, ●) or an item's label (``2. ``, ``（三）``, ``四、``)
    opens an item of its own; an item whose last words are a remark in brackets
    (``3. 困难群众慰问：6000元（慰问12户，每户500元）``) ends there."""
    if ends_sentence(prev) or "\t" in prev or prev.rstrip()[-1:] in _BARS:
        return False                    # (a table's row, also one drawn with bars: | 城关镇 | 1562 |)
    if not width.full(prev):
        return False
    nxt_text = nxt.lstrip(" \u3000")
    if not nxt or _indent(nxt) or nxt_text[:1] in BULLETS or _ITEM_LABEL.match(nxt_text):
        return False
    return not (_ITEM_LABEL.match(prev.lstrip(" \u3000")) and _REMARK_END.search(prev))


def ends_sentence(line: str) -> bool:
    """Does ``line`` end with a sentence mark (through closing quotes and brackets)?
    A full stop counts after a letter (``All Rights Reserved.``), not after a
    digit (``投入25.`` / ``8万元`` is one number cut in two).

    >>> [ends_sentence(x) for x in ("完成。”", "“两山论”", "Reserved.", "投入25.")]
    [True, False, True, False]
    """
    line = line.rstrip().rstrip(CLOSERS)
    if line.endswith("."):
        return len(line) > 1 and not line[-2].isdigit()
    return line.endswith(ENDS)


def cuts(text: str, plain: bool | None = None) -> list[tuple[int, int]]:
    """The line breaks of ``text`` (``[start, end)``; ``\\r\\n`` is one) that cut a
    line at the width of a wrapped page; ``[]`` for a text that is not wrapped.
    ``plain``: the caller knows whether ``"\\n"`` is the only line break."""
    if text.count("\n") < MIN_CUT and text.count("\r") < MIN_CUT:
        return []
    lines, ends = _lines(text, plain)
    width = full_width(lines)
    if width.chars < MIN_WIDTH:
        return []
    full = [ln for ln in lines if width.full(ln)]
    opened = [ln for ln in full if not ends_sentence(ln)]
    rows = sum(1 for ln in opened if _cells(ln))        # table rows tell nothing
    wrapped = len(opened) - rows >= MIN_CUT and 2 * (len(opened) - rows) >= len(full) - rows
    if not wrapped and not any(ln[-1:].isdigit() for ln in full):
        return []       # in a text too short to tell, only a number cut in two
    indented = wrapped and _indents(lines, width)
    heads: set[str] | None = None
    out = []
    for k in range(len(lines) - 1):
        prev, nxt = lines[k], lines[k + 1]
        if not width.full(prev) or not (wrapped or prev[-1:].isdigit()):
            continue
        if wrapped and (not nxt.strip() or PAGE_NUMBER.match(nxt) or text[ends(k)[0]] == "\x0c"):
            # a page turns inside the sentence: its number, a form feed, blank lines,
            # the running head the next page opens with
            if heads is None:
                heads = _running_heads(text, lines, ends) if "\x0c" in text else set()
            j = _page_turn(text, lines, ends, k, heads)
            if j is not None and is_cut(prev, lines[j], width) and not _cells(prev) and not _cells(lines[j]) \
                    and not _apart(prev, lines[j]):
                out.append((ends(k)[0], ends(j - 1)[1]))
            continue
        if _cells(prev) or _cells(nxt) or _apart(prev, nxt):
            continue
        if is_cut(prev, nxt, width) or (
                # a sentence that ended at the edge of a page whose paragraphs are
                # indented: the paragraph goes on (a heading would be short and open)
                indented and nxt and not _indent(nxt)
                and (width.full(nxt) or ends_sentence(nxt))):
            out.append(ends(k))
    return out


def _page_turn(text: str, lines: list[str], ends: Callable[[int], tuple[int, int]], k: int,
               heads: set[str]) -> int | None:
    """The line the text goes on in after line ``k`` when a page turns between them (a
    page number or a form feed among at most ``PAGE_TURN`` blank or numbered lines, or
    the running head a page opens with)."""
    turned = text[ends(k)[0]] == "\x0c"
    j = k + 1
    while j < len(lines) and j - k <= PAGE_TURN:
        line = lines[j]
        if line.strip() and not PAGE_NUMBER.match(line) and _DIGITS.sub("#", line.strip()) not in heads:
            return j if turned else None
        if j == len(lines) - 1:
            return None             # the text ends on the page turn
        turned = turned or bool(line.strip()) or text[ends(j)[0]] == "\x0c"
        j += 1
    return None


def _running_heads(text: str, lines: list[str], ends: Callable[[int], tuple[int, int]]) -> set[str]:
    """The lines (digits aside) that open at least half the pages after a form feed,
    and two at least: a running head (XX县委组织部文件, 2023年第3期)."""
    seen: Counter = Counter()
    pages = 0
    for k in range(len(lines) - 1):
        if text[ends(k)[0]] != "\x0c":
            continue
        pages += 1
        j = k + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j < len(lines):
            seen[_DIGITS.sub("#", lines[j].strip())] += 1
    return {ln for ln, n in seen.items() if n >= 2 and 2 * n >= pages}


def _lines(text: str, plain: bool | None) -> tuple[list[str], Callable[[int], tuple[int, int]]]:
    """The lines of ``text``, and a function giving the span of the break after line ``k``."""
    if plain is None:
        plain = "\r" not in text and _OTHER_BREAK.search(text) is None
    if plain:
        lines = text.split("\n")           # the common case: split, no regex
        starts: list[int] = []

        def split_end(k: int) -> tuple[int, int]:
            if not starts:
                pos = 0
                for ln in lines:
                    starts.append(pos)
                    pos += len(ln) + 1
            e = starts[k] + len(lines[k])
            return e, e + 1
        return lines, split_end
    lines, spans = [], []
    pos = 0
    for m in _BREAK.finditer(text):
        lines.append(text[pos:m.start()])
        spans.append(m.span())
        pos = m.end()
    lines.append(text[pos:])
    return lines, spans.__getitem__


def _width(line: str) -> int:
    """How far a line's text runs: an indent is none of it (a list's rows indented
    under their heading run no further than the rows beside them)."""
    return len(line.lstrip(" \t\u3000")) if line[:1] in _INDENT_CHARS else len(line)


def _columns(line: str) -> int:
    """How many columns a line's text takes as printed, its indent not counted: a Han
    character or a full-width mark two, a digit or an ASCII comma one (each character of
    three bytes in UTF-8 counts two)."""
    text = line.lstrip(" \t\u3000") if line[:1] in _INDENT_CHARS else line
    return len(text) + (len(text.encode()) - len(text)) // 2


def _cells(line: str) -> bool:
    return "\t" in line or _SPACES.search(line.strip(" \t\u3000")) is not None


def _indent(line: str) -> bool:
    """Is ``line`` indented as a paragraph's first line is (an ideographic space, a tab,
    two spaces)? One space is what a cut left before a word (对 244 / 个村)."""
    return line[:1] in ("\u3000", "\t") or line.startswith("  ")


def _apart(prev: str, nxt: str) -> bool:
    """Page furniture (a navigation trail, a source line, a byline) stays a line
    of its own; only the digits of a date it was cut in (``发布日期：2024-0`` /
    ``7-15``) go on with it."""
    if FURNITURE.search(nxt):
        return True
    return FURNITURE.search(prev) is not None and _HAN.search(nxt) is not None


def _indents(lines: list[str], width: Width) -> bool:
    """Does the text indent its paragraphs? Most lines after a short line that
    ends a sentence (a paragraph's last line) start with a space."""
    after = [_indent(nxt) for prev, nxt in zip(lines, lines[1:])
             if nxt and len(prev.strip()) < FULL * width.chars and ends_sentence(prev)]
    return len(after) >= 2 and 3 * sum(after) >= 2 * len(after)
