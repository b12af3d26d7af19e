r"""Page furniture: bylines, sources, copyright lines, counters, running heads.

Furniture is judged by the span it occupies (the patterns of
``tables.FURNITURE_PATTERNS``), never by the line it shares: a line that also
holds a source note, or a whole article flattened onto one line, keeps its
claims. Running heads of flattened pages (``36组 工``) are short lines, judged
as lines.

>>> f = Furniture("全县有党员1200名，投入资金3800万元。来源:新华网 阅读:1234次\n36组 工\n责编:张颖")
>>> f.covers(5, 10), f.covers(32, 37), f.covers(38, 41)
(False, True, True)
>>> is_running_head("河北 36"), is_running_head("党总支 52"), is_running_head("城关镇 45名")
(True, False, False)
"""
from __future__ import annotations

import re

from . import tables as T
from .charclass import alternation, han
from .rows import heading_unit
from .spans import Spans

def _first_chars() -> str:
    """The characters furniture can start with (each pattern's literal start, or
    its alternatives'): one lookahead lets the engine pass over everything else."""
    chars = set()
    for p in T.FURNITURE_PATTERNS:
        body = p[3:] if p.startswith("(?:") else p
        for alt in body.split(")")[0].split("|"):
            alt = alt.lstrip("(?:[")
            if alt:
                chars.add(alt[0])
    chars.update("0123456789")
    return "".join(sorted(c for c in chars if c not in "\\^$.|?*+()[]{}"))


PATTERN = re.compile(f"(?=[{re.escape(_first_chars())}])(?:"
                      + "|".join(f"(?:{p})" for p in T.FURNITURE_PATTERNS) + ")")
_HAN = re.compile(f"[{han()}]")
_MARKS = frozenset(T.RUNNING_HEAD_MARKS)
_NUMBER_CELL = re.compile(r"[0-9][0-9.,%]*")
_MEASURED = re.compile(rf"[0-9][0-9.,]*[余多]?(?:{alternation(T.MULTIPLIERS)})?(?:{alternation(T.UNITS)}|%|％)")


class Furniture:
    """Which spans of one document are page furniture."""

    def __init__(self, text: str):
        self.text = text
        self._spans: Spans | None = None
        self._line = (0, -1, False)     # the last line asked about: start, end, a running head?

    def covers(self, a: int, b: int) -> bool:
        """Is ``text[a:b]`` inside page furniture?"""
        return self.in_span(a, b) or self._running_head(a)

    def in_span(self, a: int, b: int) -> bool:
        """Is ``text[a:b]`` inside a span of the furniture patterns (running heads aside)?"""
        if self._spans is None:         # found once, when first asked
            self._spans = Spans(self.text, PATTERN)
        return self._spans.covers(a, b)

    def _running_head(self, i: int) -> bool:
        s, e, bad = self._line
        if s <= i <= e:                 # claims come in order: each line judged once
            return bad
        text = self.text
        s = text.rfind("\n", 0, i) + 1
        e = text.find("\n", i)
        e = len(text) if e < 0 else e
        bad = is_running_head(text[s:e])
        self._line = (s, e, bad)
        return bad


def is_running_head(line: str) -> bool:
    """A fragment of a flattened page's running head (``36组 工``, ``38``); a
    heading of two whole phrases (``夯基实础 举纲目张``) is none."""
    line = line.strip()
    if not (0 < len(line.replace(" ", "")) <= T.RUNNING_HEAD_MAX and not any(ch in _MARKS for ch in line)):
        return False
    if "\t" in line and all(_NUMBER_CELL.fullmatch(c.strip()) for c in line.split("\t")[1:]):
        return False            # a table's row: a label and its numbers (城关镇\t0)
    label, _, number = line.rpartition(" ")
    if label and _NUMBER_CELL.fullmatch(number) and heading_unit(label) is not None:
        return False            # a list's row: a label that names what its number counts (党总支 52)
    if label and _MEASURED.fullmatch(number) and _HAN.search(label):
        return False            # …or a number with its measure word (城关镇 45名)
    if not _HAN.search(line):
        return True
    parts = line.replace("\u3000", " ").split()
    return len(parts) > 1 and not all(len(_HAN.findall(p)) >= 4 for p in parts)
