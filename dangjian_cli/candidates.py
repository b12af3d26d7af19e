"""Find candidates: spans of the normalised text that look like amounts.

The pattern is built from the tables (numerals, multipliers, inner and suffix
qualifiers, measure words); this module only finds spans and rejects the ones
the spec excludes (ordinals, durations, vague amounts, slogans, idioms, quoted
names). Values are worked out later, in resolve.py.

>>> [c.surface for c in find_candidates("全县509个党组织、1.2万余名党员,第1期")]
['509个', '1.2万余名']
>>> [c.surface for c in find_candidates("“四个意识”树得更牢,历时10个月,数十户")]
[]
>>> [c.surface for c in find_candidates("占比96.8%,近三成,百分之八十五,提高3个百分点")]
['96.8%', '三成', '百分之八十五', '3个百分点']
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from . import tables as T


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_AR = r"(?<![0-9A-Za-z])(?<![0-9]\.)(?:\d{1,3}(?:,\d{3})+(?![0-9])|\d+)(?:\.\d+)?"
_CN = rf"(?<![{T.CN_DIGITS}])[{T.CN_START}][{T.CN_DIGITS}]*"
_NUM = rf"(?:{_AR}|{_CN})"
_MULT = _alt(T.MULTIPLIERS)
_UNIT = _alt(T.UNITS)
_SUFFIX = _alt(T.SUFFIX_QUALIFIERS)
_SEP = _alt(T.RANGE_SEPARATORS)
_CN_SMALL = "一二两三四五六七八九十"

PATTERN = regex.compile(
    # every alternative starts with a digit or a Chinese numeral: the lookahead
    # lets the engine pass over other characters quickly
    rf"""
    (?=[0-9{T.CN_START}百千])
    (?:
    (?P<pct>百分之(?P<pctnum>[{T.CN_DIGITS}]+|\d+(?:\.\d+)?)(?P<pctsuf>{_SUFFIX})?)
  | (?P<frac>(?P<den>[{_CN_SMALL}百千]+|\d+)分之(?P<numer>[{T.CN_DIGITS}]+|\d+(?:\.\d+)?))
  | (?P<cheng>(?<![{T.CN_DIGITS}])(?P<chengnum>[{_CN_SMALL}])成(?P<chengsuf>以上|以下|左右|多)?
        (?![{T.CHENG_NOT_AFTER}]))
  | (?P<num>{_NUM})
    (?:(?P<sep>{_SEP})(?P<num2>{_NUM}))?
    (?P<inner1>[余多来])?
    (?P<mult>{_MULT})?
    (?P<inner2>[余多])?
    (?P<unit>{_UNIT})
    (?P<suf>{_SUFFIX})?
  | (?P<bnum>{_AR})(?P<binner1>[余多])?(?P<bmult>万|亿)(?P<binner2>[余多])?(?![{T.CN_DIGITS}])
    (?P<bsuf>{_SUFFIX})?
    )
    """,
    regex.VERBOSE,
)

_SHORT_QUOTES = regex.compile(
    rf"“[^“”\n]{{0,{T.SHORT_QUOTE}}}”|\"[^\"\n]{{0,{T.SHORT_QUOTE}}}\"|「[^「」\n]{{0,{T.SHORT_QUOTE}}}」"
    rf"|『[^『』\n]{{0,{T.SHORT_QUOTE}}}』|《[^《》\n]{{0,60}}》|‘[^‘’\n]{{0,{T.SHORT_QUOTE}}}’"
)
_IDIOMS = regex.compile(_alt(T.IDIOMS))
_CLOSE_QUOTES = "”\"」』’"
_SLOGAN_AFTER = regex.compile(_alt(T.SLOGAN_NOUNS))


_INDEX = {name: i - 1 for name, i in PATTERN.groupindex.items()}


class _Groups:
    """Named groups of a match, read from one ``groups()`` tuple
    (``groupdict()`` or ``group(name)`` on every match is costly)."""
    __slots__ = ("t",)

    def __init__(self, m):
        self.t = m.groups()

    def __getitem__(self, name):
        return self.t[_INDEX[name]]

    def get(self, name, default=None):
        v = self.t[_INDEX[name]]
        return default if v is None else v


@dataclass
class Candidate:
    start: int           # normalised offsets
    end: int
    surface: str
    kind: str            # "num", "pct", "frac", "cheng", "bare"
    groups: _Groups


class _Spans:
    """Non-overlapping spans of a pattern, with an O(log n) containment test."""

    def __init__(self, pattern, text):
        self.spans = [m.span() for m in pattern.finditer(text)]
        self.starts = [s for s, _ in self.spans]

    def covers(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.starts, a) - 1
        return k >= 0 and self.spans[k][1] >= b


def find_candidates(text: str) -> list[Candidate]:
    quotes = _Spans(_SHORT_QUOTES, text)
    idioms = _Spans(_IDIOMS, text)
    out = []
    for m in PATTERN.finditer(text):
        a, b = m.span()
        g = _Groups(m)
        if g["pct"]:
            kind = "pct"
        elif g["frac"]:
            kind = "frac"
        elif g["cheng"]:
            kind = "cheng"
            if g["chengnum"] == "一":      # 一成不变
                continue
        elif g["num"]:
            kind = "num"
            if not _keep_num(text, m, g):
                continue
        else:
            kind = "bare"
            if text[b:b + 1] in ("元", "人") or text[a - 1:a] in ("第",):
                continue
        if quotes.covers(a, b) or idioms.covers(a, b):
            continue
        if text[a - 1:a] in T.DEFINITION_MARKS or text[b:b + 1] in T.DEFINITION_MARKS:
            continue
        out.append(Candidate(a, b, m.group(), kind, g))
    return out


def _keep_num(text: str, m, g) -> bool:
    a, b = m.span()
    num, unit = g["num"], g["unit"]
    is_cn = not num[0].isdigit()
    before = text[max(0, a - 3):a]
    after = text[b:b + 4]
    # ordinals, ranks and codes: 第1期, 总第860期, No.3
    if before.endswith(T.ORDINAL_BEFORE):
        return False
    # a rank: 排名前三名, 进入前10位 (but 目前3个村, 此前5名 are counts)
    if before.endswith("前") and not before.endswith(T.NOT_RANK_BEFORE) and unit in ("名", "位"):
        return False
    if is_cn:
        # vague: 数十户, 几十口, 若干
        if before.endswith(T.VAGUE_BEFORE):
            return False
        if num == "一" or num == "二":   # an article (一个, 一场) or an ordinal (二期)
            return False
        small = len(num) == 1 and num in _CN_SMALL
        if small and unit in T.WEAK_UNITS:
            return False
        if small and text[a - 1:a] in _CLOSE_QUOTES:  # “…、…”四个导向: restates a list
            return False
        if small and unit in T.SLOGAN_MEASURES:
            if _SLOGAN_AFTER.match(text, m.end("unit")):
                return False
        if after.startswith(T.VAGUE_AFTER):
            return False
    # reduplication: 一个个, 一批批
    if text[m.end("unit"):m.end("unit") + 1] == unit[-1] and len(unit) == 1:
        return False
    # durations and dates: 10个月, 一个多月, 3个工作日
    if unit == "个" and (text.startswith(T.TIME_NOUNS, m.end("unit")) or text.startswith(T.TIME_NOUNS, b)):
        return False
    if unit in ("人", "名", "位") and text.startswith(T.PERSON_NOT_COUNT, m.start("unit")):
        return False
    # a long digit string with a measure word is an ID or a phone number
    if not is_cn and len(num) >= 9 and "." not in num and "," not in num and g["mult"] is None:
        return False
    return True
