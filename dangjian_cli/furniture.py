r"""Page furniture: bylines, sources, copyright lines, counters, running heads.

Furniture is judged by the span it occupies (the patterns of
``tables.FURNITURE_PATTERNS``), never by the line it shares: a line that also
holds a source note, or a whole article flattened onto one line, keeps its
claims. Running heads of flattened pages (``36组 工``) are short lines, judged
as lines.

>>> f = Furniture("全县有党员1200名，投入资金3800万元。来源:新华网 阅读:1234次\n36组 工\n责编:张颖")
>>> f.covers(5, 10), f.covers(32, 37), f.covers(38, 41)
(False, True, True)
"""
from __future__ import annotations

import re

from . import tables as T
from .charclass import han
from .spans import Spans

_PATTERN = re.compile("|".join(f"(?:{p})" for p in T.FURNITURE_PATTERNS))
_HAN = re.compile(f"[{han()}]")
_MARKS = frozenset(T.RUNNING_HEAD_MARKS)


class Furniture:
    """Which spans of one document are page furniture."""

    def __init__(self, text: str):
        self.text = text
        self._spans: Spans | None = None
        self._line = (0, -1, False)     # the last line asked about: start, end, a running head?

    def covers(self, a: int, b: int) -> bool:
        """Is ``text[a:b]`` inside page furniture?"""
        if self._spans is None:         # found once, when a candidate first asks
            self._spans = Spans(self.text, _PATTERN)
        return self._spans.covers(a, b) or self._running_head(a)

    def _running_head(self, i: int) -> bool:
        s, e, bad = self._line
        if s <= i <= e:                 # claims come in order: each line judged once
            return bad
        text = self.text
        s = text.rfind("\n", 0, i) + 1
        e = text.find("\n", i)
        e = len(text) if e < 0 else e
        bad = _is_running_head(text[s:e])
        self._line = (s, e, bad)
        return bad


def _is_running_head(line: str) -> bool:
    """A fragment of a flattened page's running head (``36组 工``, ``38``)."""
    line = line.strip()
    return (0 < len(line.replace(" ", "")) <= T.RUNNING_HEAD_MAX
            and not any(ch in _MARKS for ch in line)
            and (" " in line or "\u3000" in line or not _HAN.search(line)))
