"""Attach context: sentences, place and year.

>>> ctx = Context("2024年,汉阴县党组织达166个。\\n责编:张颖 3个")
>>> ctx.sentence_bounds(10)
(0, 18)
>>> ctx.year(10), ctx.place(10)
(2024, '汉阴县')
"""
from __future__ import annotations

import bisect
import re

import regex

from . import tables as T
from .charclass import han, up_to_last

_SENT_END = re.compile(rf"[{re.escape(T.SENTENCE_END)}]+")
_LAST_MARK = up_to_last(T.SENTENCE_END)
_SENTENCE_MARKS = frozenset(T.SENTENCE_END)
# the regex module finds this one faster: it looks for 年 first
_YEAR = regex.compile(r"(?<![0-9])((?:19|20)\d{2})年(?!代)")
_SUFFIX_CHARS = "".join(sorted(set("".join(T.PLACE_SUFFIXES))))
_PLACE = re.compile(
    rf"(?<![{han(_SUFFIX_CHARS)}])"
    rf"[{han(_SUFFIX_CHARS + T.PLACE_STEM_STOP)}]{{2,4}}"
    rf"(?:{'|'.join(sorted(T.PLACE_SUFFIXES, key=len, reverse=True))})(?![委级长民])"
)
#: a sentence longer than this is cut to the clauses around the claim
MAX_SENTENCE = 600
#: how far back in its sentence a claim's place and year are looked for
LOOK_BACK = 200
_CLAUSE_MARKS = set(T.CLAUSE_END)


class Context:
    def __init__(self, text: str, head: str | None = None):
        self.text = text
        self.head = text if head is None else head
        self._sent_starts: list[int] | None = None    # all of them: only for out-of-order calls
        self._doc_place = None
        self._cache_key, self._cache = None, None
        self._last_sentence = (0, 0, (0, 0))
        # the raw sentence of the last offset asked for: (offset, start, end)
        self._walk = (0, 0, -1)

    @property
    def sent_starts(self) -> list[int]:
        if self._sent_starts is None:
            self._sent_starts = [0] + [m.end() for m in _SENT_END.finditer(self.text)]
        return self._sent_starts

    def _raw_sentence(self, i: int) -> tuple[int, int]:
        """Start and end of the sentence around ``i``, its closing marks included.

        Claims come in text order, so the marks are found by walking forward from
        the last offset asked for: the text is looked at once, and only up to the
        last claim, not split into every sentence it has."""
        text = self.text
        last, s, e = self._walk
        if i < last or text[i:i + 1] in _SENTENCE_MARKS:
            starts = self.sent_starts
            k = bisect.bisect_right(starts, i) - 1
            return starts[k], (starts[k + 1] if k + 1 < len(starts) else len(text))
        m = _LAST_MARK.match(text, last, i)
        if m is not None:
            s = m.end()
        if i >= e:
            m = _SENT_END.search(text, i)
            e = len(text) if m is None else m.end()
        self._walk = (i, s, e)
        return s, e

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """The sentence around offset ``i``: its trimmed ``(start, end)``."""
        lo, hi, bounds = self._last_sentence
        if lo <= i < hi:            # claims come in text order, often several a sentence
            return bounds
        s, e = self._raw_sentence(i)
        lo, hi = s, e
        if e - s > MAX_SENTENCE:
            # a run of text with no sentence mark (a flattened table, a page of
            # numbers): keep the clauses around the claim, so work and output
            # stay linear in the input
            s, e = self._window(i, s, e)
        # keep the end mark, drop line breaks and leading blanks
        while s < e and self.text[s] in " \t\u3000\n\r":
            s += 1
        while e > s and self.text[e - 1] in "\n\r ":
            e -= 1
        if hi - lo <= MAX_SENTENCE:   # a windowed long sentence depends on i: not kept
            self._last_sentence = (lo, hi, (s, e))
        return s, e

    def _window(self, i: int, s: int, e: int) -> tuple[int, int]:
        half = MAX_SENTENCE // 2
        lo, hi = max(s, i - half), min(e, i + half)
        for j in range(i, lo, -1):
            if self.text[j - 1] in _CLAUSE_MARKS and i - j >= 20:
                lo = j
                break
        for j in range(i, hi):
            if self.text[j] in _CLAUSE_MARKS and j - i >= 20:
                hi = j + 1
                break
        return lo, hi

    def _marks(self, s: int, e: int):
        """Years and place names of one sentence, found once for all its claims."""
        key = (s, e)
        if self._cache_key != key:
            years = [(m.end(), int(m.group(1))) for m in _YEAR.finditer(self.text, s, e)]
            places = [(m.end(), m.start(), m.group()) for m in _PLACE.finditer(self.text, s, e)
                      if m.group() not in T.PLACE_STOP]
            self._cache_key, self._cache = key, (years, places)
        return self._cache

    def year(self, i: int) -> int | None:
        """The last NNNN年 before the claim in its sentence (within LOOK_BACK)."""
        return self.place_year(i, *self.sentence_bounds(i))[1]

    def place(self, i: int) -> str | None:
        """The last place name before the claim in its sentence, else the document's."""
        return self.place_year(i, *self.sentence_bounds(i))[0]

    def place_year(self, i: int, s: int, e: int) -> tuple[str | None, int | None]:
        """(place, year) of the claim at ``i`` in the sentence ``[s, e)``."""
        years, places = self._marks(s, e)
        year = None
        for end, y in years:
            if end > i:
                break
            if end >= i - LOOK_BACK:
                year = y
        place = None
        for end, start, name in places:
            if end > i:
                break
            if start >= i - LOOK_BACK:
                place = name
        return place or self.doc_place(), year

    def doc_place(self) -> str | None:
        if self._doc_place is None:
            self._doc_place = ""
            for m in _PLACE.finditer(self.head, 0, min(len(self.head), 400)):
                if m.group() not in T.PLACE_STOP:
                    self._doc_place = m.group()
                    break
        return self._doc_place or None
