"""Find the time expressions of a text: years, periods, relative years, eras.

Each is a :class:`TimeMark` with the years it names; marks relative to the
report's own date (今年, 近三年, 2013年以来) are settled against it later
(:meth:`TimeMark.resolve`), since only the document knows its date.

>>> [(m.kind, m.year, m.year_from) for m in find_times("2019年至2021年分别为99.7%,2013年以来,较2021年增长,去年")]
[('range', 2021, 2019), ('since', None, 2013), ('base', None, 2021), ('relative', None, None)]
>>> m = find_times("近三年累计投入")[0]
>>> m.kind, m.resolve(2024)
('period', (2024, 2022))
>>> find_times("2018年3月,在全省")[0].dated
True
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import tables as T
from .charclass import alternation
from .numbers import parse_number

_Y = r"(?:19[4-9]\d|20[0-4]\d)"
_YC = rf"(?:[一二][{T.YEAR_DIGITS}零]{{3}})"          # 二〇一九


#: what the placeholders of tables.TIME_PATTERNS stand for
_PIECES = {"month": T.TIME_MONTH, "n": T.TIME_YEAR_COUNT, "plan": "|".join(T.PLAN_YEARS),
           "era": alternation(T.ERA_YEARS), "base": "|".join(T.BASE_WORDS),
           "base_relative": alternation(T.BASE_RELATIVE), "relative": alternation(T.RELATIVE_YEARS),
           "anaphoric": alternation(T.ANAPHORIC_YEARS), "now": alternation(T.NOW_WORDS),
           "bare": T.BARE_YEAR_FOLLOWERS, "year_part": alternation(T.YEAR_PARTS),
           "since_gap": T.SINCE_GAP, "century": alternation(T.CENTURIES)}


def _expand(pattern: str) -> str:
    """A pattern of the table with its placeholders filled in."""
    def fill(m: re.Match) -> str:
        name, group = m.group(1), m.group(2)
        if name == "year":
            return rf"(?<![0-9.])(?P<{group}>{_Y}|{_YC})\s*年"
        if name == "digits":
            return rf"(?<![0-9.])(?P<{group}>{_Y}|{_YC})"
        return _PIECES[name]
    return re.sub(r"\{([a-z_]+)(?::(\w+))?\}", fill, pattern)


_PATTERNS = [(kind, _expand(p)) for kind, p in T.TIME_PATTERNS]


def _first_chars() -> str:
    """Every character a time expression can start with: the pattern opens with a
    lookahead of them, so the engine passes over the rest of the text quickly."""
    chars = set(T.TIME_FIRST_CHARS + T.YEAR_DIGITS + "零")
    for words in (T.PLAN_YEARS, T.ERA_YEARS, T.BASE_WORDS, T.RELATIVE_YEARS, T.ANAPHORIC_YEARS,
                  T.NOW_WORDS, T.BASE_RELATIVE, T.CENTURIES, "五六七八九"):
        chars.update(w[0] for w in words)
    return "".join(sorted(chars))


_PATTERN = re.compile(f"(?=[{re.escape(_first_chars())}])(?:"
                      + "|".join(f"(?P<k_{k}>{p})" for k, p in _PATTERNS) + ")")


_ANNIV_REACH = max(map(len, T.ANNIVERSARIES)) + 1
_CN_DIGIT = {c: str(i) for i, c in enumerate(T.YEAR_DIGITS)} | {"零": "0"}


def year_number(s: str | None) -> int | None:
    """A year written in digits or in Chinese numerals (二〇二三) as a number."""
    if not s:
        return None
    if s[0].isdigit():
        return int(s)
    return int("".join(_CN_DIGIT[c] for c in s))


class TimeMark(NamedTuple):
    start: int
    end: int
    kind: str               # year, range, since, base, asof, period, vague, era, plan,
    #                         relative, anaphoric, now, undated, whole
    year: int | None        # the (last) year it names, when it names one by itself
    year_from: int | None   # the first year of a period it names by itself
    offset: int = 0         # relative and anaphoric: years after the year it is relative to; period: its length
    dated: bool = False     # it names a month or a day too (an event's date)
    month: int | None = None  # undated: the month it names without a year (7月12日, 1-6月)

    def resolve(self, report_year: int | None, anchor: int | None = None) -> tuple[int | None, int | None]:
        """(year, year_from) of the mark, given the report's year and, for 当年/次年,
        the year the text named just before."""
        k = self.kind
        if k in ("year", "range", "asof", "plan", "bare"):
            return self.year, self.year_from
        if k in ("since", "era"):
            return report_year, self.year_from
        if k == "base":
            if self.year_from is None:          # 比上年: relative to the year of the figure
                base = anchor if anchor is not None else report_year
                return None, (None if base is None else base + self.offset)
            return None, self.year_from
        if k == "relative":
            return (None if report_year is None else report_year + self.offset), None
        if k == "anaphoric":
            base = anchor if anchor is not None else report_year
            return (None if base is None else base + self.offset), None
        if k == "now" or k == "vague":
            return report_year, None
        if k == "period":
            if report_year is None:
                return None, None
            return report_year, report_year - self.offset + 1
        return None, None


#: every time expression holds one of these: the pattern runs only near them
_CUE_WORDS = T.NOW_WORDS + T.TIME_CUE_WORDS
_CUES = re.compile(f"[年月]|(?:19[89]|20[0-3])[0-9](?=[{T.BARE_YEAR_FOLLOWERS}]|\t)|"
                   + alternation(_CUE_WORDS))
#: how far before a cue an expression may start (较二〇一九年, 2019年至2021年), and after it end
_BEFORE, _AFTER = 16, 12


def _windows(text: str, start: int, end: int):
    """Stretches of the text around the cues, merged where they overlap."""
    lo = hi = -1
    for m in _CUES.finditer(text, start, end):
        a, b = max(start, m.start() - _BEFORE), min(end, m.end() + _AFTER)
        if a <= hi:
            hi = max(hi, b)
            continue
        if hi > lo:
            yield lo, hi
        lo, hi = a, b
    if hi > lo:
        yield lo, hi


def find_times(text: str, start: int = 0, end: int | None = None) -> list[TimeMark]:
    """The time expressions of ``text[start:end]``, in order."""
    end = len(text) if end is None else end
    out: list[TimeMark] = []
    for lo, hi in _windows(text, start, end):
        for m in _PATTERN.finditer(text, lo, hi):
            if out and m.start() < out[-1].end:
                continue
            mark = _mark(m)
            if mark is None:
                continue
            if mark.kind == "period" and out and out[-1].kind == "since" and m.start() - out[-1].end <= 2:
                continue                # 2017年以来的八年间: one period, from 2017
            out.append(mark)
    return out


def _mark(m: re.Match) -> TimeMark | None:
    """The mark of one match of the pattern (None when it names no usable year)."""
    kind = m.lastgroup[2:] if m.lastgroup else ""
    g = m.group
    year = year_from = None
    offset = 0
    dated = False
    if kind == "plan" and m.group().endswith(T.SINCE_ENDINGS):
        kind, year_from = "since", T.PLAN_YEARS[g("plan")][0]     # 十三五以来: from its first year on
    elif kind == "plan":
        year_from, year = T.PLAN_YEARS[g("plan")]
    elif kind == "era":
        year_from = T.ERA_YEARS[g("era")]
    elif kind == "range":
        year, year_from = year_number(g("y2") or g("y2s")), year_number(g("y1"))
        if year_from is None or year is None or year_from >= year:
            return None
    elif kind == "decade":
        n = parse_number(g("dec"))
        hundred = T.CENTURIES[g("century")] if g("century") else 1900 if n and n >= T.BARE_DECADE_FROM else None
        if hundred is None or n is None:
            return None
        if g("dfrom") or g("dsince"):
            kind, year_from = "since", hundred + int(n)
        else:
            # (a decade is a narrative's time, 上世纪七十年代初曾因…: it holds for its own sentence)
            kind, year_from, dated = "range", hundred + int(n), True
            year = year_from + 9
    elif kind == "base":
        year_from = year_number(g("yb"))
    elif kind == "rbase":
        kind, offset = "base", T.BASE_RELATIVE[g("rb")]
    elif kind == "anniv":
        lead = m.string[max(0, m.start() - _ANNIV_REACH):m.start()].rstrip()
        founded = next((y for w, y in T.ANNIVERSARIES.items() if lead.endswith(w)), None)
        n = parse_number(g("an"))
        if founded is None or n is None:
            return None                 # 30周年 of what: no year
        kind, year = "year", founded + int(n)
    elif kind == "since":
        year_from = year_number(g("ys") or g("ys2") or g("ys3"))
    elif kind == "asof":
        year = year_number(g("ya"))
        dated = True
    elif kind == "year":
        year = year_number(g("y"))
        dated = bool(g("dated")) and "月" in g("dated")
    elif kind == "bare":
        year = int(g("yy") or g("yy_row"))
    elif kind == "period":
        n = parse_number(g("pn") or g("pn2") or g("pn3"))
        if n == 1 and m.group() in T.WHOLE_YEAR_TIMES:
            # 一年来: the year past, the report's (its document makes it one; see Document)
            return TimeMark(m.start(), m.end(), "whole", None, None)
        if n is None or not 2 <= n <= 100:
            return None
        if g("many") or g("more"):
            kind = "vague"          # 三十多年来, 两年多来: up to now from no year one can name
        offset = int(n)
    elif kind == "ago":
        n = parse_number(g("ago"))
        if n is None or not 1 <= n <= 100:
            return None
        # (dated: a narrative's time, 两年前曾因…被限期整改, holds for its sentence only)
        kind, offset, dated = "relative", -int(n), True
    elif kind == "rsince":
        offset = T.RELATIVE_YEARS[g("rs")]
        # 去年以来: two years, the report's and the one before (as 近两年); 今年以来: this year
        kind, offset = ("relative", offset) if offset >= 0 else ("period", 1 - offset)
    elif kind == "relative":
        offset = T.RELATIVE_YEARS[m.group()]
    elif kind == "anaphoric":
        offset = T.ANAPHORIC_YEARS[m.group()]
    elif kind == "undated" and g("part"):
        return TimeMark(m.start(), m.end(), kind, None, None, 0, False, T.YEAR_PARTS[g("part")])
    elif kind == "undated" and g("mo"):
        n = parse_number(g("mo"))
        return TimeMark(m.start(), m.end(), kind, None, None, 0, False,
                        int(n) if n is not None and 1 <= n <= 12 else None)
    return TimeMark(m.start(), m.end(), kind, year, year_from, offset, dated)


def future(text: str, mark: TimeMark) -> bool:
    """Is the year of ``mark`` a target or a plan (展望2025年, 到2025年, 按照计划，到2025年底)?"""
    before = text[max(0, mark.start - 6):mark.start].rstrip(T.FUTURE_COMMAS)
    return before.endswith(T.FUTURE_WORDS)
