"""Spans of some patterns in a text, and a fast test of whether one covers a given span.

>>> import re
>>> s = Spans("甲“四个意识”乙 版权所有 3个", re.compile("“[^”]*”"), re.compile("版权所有[^\\n]*"))
>>> s.covers(2, 4), s.covers(0, 1), s.covers(14, 16)
(True, False, True)
"""
from __future__ import annotations

import bisect
import re


class Spans:
    """The match spans of some patterns (they may nest or overlap), with an
    O(log n) test of whether any of them covers ``[a, b)``."""

    def __init__(self, text: str, *patterns: re.Pattern):
        spans = sorted(m.span() for p in patterns for m in p.finditer(text))
        self.starts = [s for s, _ in spans]
        self.reach: list[int] = []      # the furthest end of any span starting at or before
        far = -1
        for _, e in spans:
            far = e if e > far else far
            self.reach.append(far)

    def covers(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.starts, a) - 1
        return k >= 0 and self.reach[k] >= b
