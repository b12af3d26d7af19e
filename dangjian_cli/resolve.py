"""Resolve a candidate to value, value_max, unit and qualifier.

>>> from .candidates import find_candidates
>>> def r(s):
...     t = resolve(s, find_candidates(s)[0])
...     return (t.value, t.value_max, t.unit, t.qualifier)
>>> r("累计投入3800余万元")
(38000000.0, None, 'yuan', 'over')
>>> r("1.2万余名党员")
(12000.0, None, 'person', 'over')
>>> r("3至5个")
(3.0, 5.0, 'count', 'range')
>>> r("约4.6万亩")
(46000.0, None, 'mu', 'about')
>>> r("九成以上")
(90.0, None, 'percent', 'over')
>>> r("百分之十点八")
(10.8, None, 'percent', 'exact')
>>> r("不少于300平米")
(300.0, None, 'square_meter', 'over')
>>> r("1022.4平方公里")
(1022400000.0, None, 'square_meter', 'exact')
>>> r("旅游收入25亿")      # a bare 万/亿 amount: the pipeline picks the unit from cue words
(2500000000.0, None, '', 'exact')
>>> r("培训三四百人"), r("一周两三次")
((300.0, 400.0, 'person', 'range'), (2.0, 3.0, 'count', 'range'))
>>> round(r("三分之一")[0], 2)
33.33
"""
from __future__ import annotations

import re
from math import isfinite

from . import tables as T
from .candidates import G, Candidate
from .charclass import alternation, han
from .numbers import approximate, parse_number

# prefix qualifiers: only these lengths are looked for, longest first
_PREFIX_LENGTHS = tuple(sorted({len(w) for w in T.PREFIX_QUALIFIERS}, reverse=True))
# the characters prefix qualifiers end with: most numbers follow none of them
_PREFIX_LAST = frozenset(w[-1] for w in T.PREFIX_QUALIFIERS)
_NOT_QUALIFIERS = frozenset(T.NOT_QUALIFIER_WORDS)
# 至少确定1名: a bound before the verb whose object is the number
# (每季度至少召开支部委员会2次: over the verb and its object; 最多的村有52名 is no bound)
_BOUND_VERB = re.compile(f"(?:{alternation(T.BOUNDS_BEFORE_VERB)})[{han(T.BOUND_VERB_NOT)}]{{1,{T.BOUND_VERB_MAX}}}$")
_BOUND_SPAN = max(map(len, T.BOUNDS_BEFORE_VERB)) + T.BOUND_VERB_MAX
_INNER = {**T.INNER_QUALIFIERS, **T.SUFFIX_QUALIFIERS}
_ARABIC = frozenset("0123456789")
(_PCTNUM, _PCTSUF, _DEN, _NUMER, _CHENGNUM, _CHENGSUF, _BNUM, _BINNER1, _BMULT, _BINNER2, _BSUF,
 _UNIT, _MULT, _NUM, _NUM2, _INNER1, _INNER2, _SUF) = (G[k] for k in (
    "pctnum", "pctsuf", "den", "numer", "chengnum", "chengsuf", "bnum", "binner1", "bmult",
    "binner2", "bsuf", "unit", "mult", "num", "num2", "inner1", "inner2", "suf"))


class Resolved:
    __slots__ = ("value", "value_max", "unit", "qualifier", "start", "end", "measure")

    def __init__(self, value: float, value_max: float | None, unit: str, qualifier: str,
                 start: int, end: int, measure: str):
        self.value, self.value_max, self.unit, self.qualifier = value, value_max, unit, qualifier
        self.start = start        # the span, widened over a surface prefix (约)
        self.end = end
        self.measure = measure    # the measure word as written (个, 名, 万元 → 元)

    def __repr__(self):
        return (f"Resolved({self.value}, {self.value_max}, {self.unit!r}, {self.qualifier!r}, "
                f"{self.start}, {self.end}, {self.measure!r})")


def _clean(v: float) -> float:
    """Round away binary noise: 12 significant digits are more than any report writes
    (a whole number below 1e12 has nothing to round, and is left as it is).

    >>> _clean(8.7 * 1e8), _clean(12.86 * 1e4), _clean(0.1 + 0.2), _clean(509.0)
    (870000000.0, 128600.0, 0.3, 509.0)
    """
    if v.is_integer() and v < 1e12:
        return v
    return float(f"{v:.12g}")


def prefix_word(text: str, start: int) -> str:
    """The qualifier word written just before offset ``start`` (约, 超过, 不足), or ""."""
    if start == 0 or text[start - 1] not in _PREFIX_LAST:
        return ""
    for n in _PREFIX_LENGTHS:
        if n <= start and text[start - n:start] in T.PREFIX_QUALIFIERS:
            return "" if n == 1 and text[start - 2:start] in _NOT_QUALIFIERS else text[start - n:start]
    return ""


def _prefix(text: str, start: int) -> tuple[str | None, int]:
    """The qualifier written just before the number (约, 超过), and where the
    surface starts (约 belongs to it, 超过 does not)."""
    word = prefix_word(text, start)
    if not word and text[start:start + 1] in T.BARE_POWERS and text[start - 1:start] in T.LONE_POWER_QUALIFIERS:
        return T.LONE_POWER_QUALIFIERS[text[start - 1]], start    # 收入过百万元 (not 通过3个)
    if not word:
        m = _BOUND_VERB.search(text, max(0, start - _BOUND_SPAN), start)
        return (T.BOUNDS_BEFORE_VERB[m.group()[:2]] if m else None), start
    return T.PREFIX_QUALIFIERS[word], (start - len(word) if word in T.PREFIX_IN_SURFACE else start)


def _bounds(num: str) -> tuple[float | None, float | None]:
    """A numeral's value, and the top of the range it writes by two neighbouring digits
    (三四百 → 300, 400), else None."""
    pair = None if num[0] in _ARABIC or len(num) < 2 else approximate(num)
    return (parse_number(num), None) if pair is None else pair


def resolve(text: str, c: Candidate) -> Resolved | None:
    g = c.groups
    pre_q, start = _prefix(text, c.start)
    value: float | None
    value_max: float | None = None
    suffix_q = None
    kind = c.kind
    if kind == "num":
        unit, factor = T.UNITS[g[_UNIT]]
        mult = 1.0 if g[_MULT] is None else T.MULTIPLIERS[g[_MULT]]
        v1, top = _bounds(g[_NUM])              # (两三次, 三四百人: a range)
        if top is not None:
            value_max = top * mult * factor
        if v1 is None:
            v1 = T.BARE_POWERS.get(g[_NUM])     # 千余名, 近千名
            if v1 is None:
                return None
        value = v1 * mult * factor
        if g[_NUM2]:
            v2 = parse_number(g[_NUM2])
            if v2 is None or v2 <= v1:
                return None
            value_max = v2 * mult * factor
        measure = g[_UNIT]
        suffix_q = g[_SUF] or g[_INNER1] or g[_INNER2]
    elif kind == "pct":
        value, value_max = _bounds(g[_PCTNUM])   # (百分之七八十)
        unit, measure = "percent", "百分之"
        suffix_q = g[_PCTSUF]
    elif kind == "frac":
        den, num = parse_number(g[_DEN]), parse_number(g[_NUMER])
        if not den or num is None:
            return None
        value, unit, measure = round(100.0 * num / den, 4), "percent", "分之"
    elif kind == "cheng":
        tenth, top = _bounds(g[_CHENGNUM])
        if tenth is None:
            return None
        if top is not None:                     # 七八成: 70–80%
            value_max = 10.0 * top
        value, unit, measure = 10.0 * tenth, "percent", "成"
        suffix_q = g[_CHENGSUF]
    else:   # bare
        base = parse_number(g[_BNUM])
        if base is None:
            return None
        value = base * T.MULTIPLIERS[g[_BMULT]]
        unit, measure = "", ""          # decided from the cue words by classify
        suffix_q = g[_BSUF] or ("多" if g[_BINNER1] or g[_BINNER2] else None)
    if value is None or not isfinite(value):
        return None
    # 8.7 × 1e8 is 869999999.9999999 in binary floating point: keep what was written
    value = _clean(value)
    if value_max is not None:
        if not isfinite(value_max):
            return None
        value_max = _clean(value_max)
        qualifier = "range"
    elif suffix_q:
        qualifier = _INNER[suffix_q]
    elif pre_q:
        qualifier = pre_q
    else:
        qualifier = "exact"
    return Resolved(value, value_max, unit, qualifier, start, c.end, measure)
