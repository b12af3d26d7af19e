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
>>> round(r("三分之一")[0], 2)
33.33
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import tables as T
from .candidates import Candidate, _alt
from .numbers import parse_number

_PREFIX = regex.compile(rf"(?:{_alt(T.PREFIX_QUALIFIERS)})$")


@dataclass
class Resolved:
    value: float
    value_max: float | None
    unit: str
    qualifier: str
    start: int        # the span, widened over a surface prefix (约)
    end: int
    measure: str      # the measure word as written (个, 名, 万元 → 元)


def _clean(v: float) -> float:
    """Round away binary noise: 12 significant digits are more than any report writes.

    >>> _clean(8.7 * 1e8), _clean(12.86 * 1e4), _clean(0.1 + 0.2)
    (870000000.0, 128600.0, 0.3)
    """
    return float(f"{v:.12g}")


def _prefix(text: str, start: int) -> tuple[str | None, int]:
    m = _PREFIX.search(text, max(0, start - 3), start)
    if not m:
        return None, start
    word = m.group()
    new_start = m.start() if word in T.PREFIX_IN_SURFACE else start
    return T.PREFIX_QUALIFIERS[word], new_start


def resolve(text: str, c: Candidate) -> Resolved | None:
    g = c.groups
    pre_q, start = _prefix(text, c.start)
    value_max = None
    suffix_q = None
    if c.kind == "pct":
        value = parse_number(g["pctnum"])
        unit, measure = "percent", "百分之"
        suffix_q = g["pctsuf"]
    elif c.kind == "frac":
        den, num = parse_number(g["den"]), parse_number(g["numer"])
        if not den or num is None:
            return None
        value, unit, measure = round(100.0 * num / den, 4), "percent", "分之"
    elif c.kind == "cheng":
        value, unit, measure = 10.0 * parse_number(g["chengnum"]), "percent", "成"
        suffix_q = g["chengsuf"]
    elif c.kind == "bare":
        base = parse_number(g["bnum"])
        if base is None:
            return None
        value = base * T.MULTIPLIERS[g["bmult"]]
        unit, measure = "", ""          # decided from the cue words by classify
        suffix_q = g["bsuf"] or ("多" if g["binner1"] or g["binner2"] else None)
    else:
        unit, factor = T.UNITS[g["unit"]]
        mult = T.MULTIPLIERS.get(g["mult"] or "", 1.0)
        v1 = parse_number(g["num"])
        if v1 is None:
            return None
        value = v1 * mult * factor
        if g["num2"]:
            v2 = parse_number(g["num2"])
            if v2 is None or v2 <= v1:
                return None
            value_max = v2 * mult * factor
        measure = g["unit"]
        if g["inner1"] or g["inner2"]:
            suffix_q = g["inner1"] or g["inner2"]
        if g["suf"]:
            suffix_q = g["suf"]
    if value is None:
        return None
    # 8.7 × 1e8 is 869999999.9999999 in binary floating point: keep what was written
    value = _clean(value)
    value_max = None if value_max is None else _clean(value_max)
    if value_max is not None:
        qualifier = "range"
    elif suffix_q:
        qualifier = T.SUFFIX_QUALIFIERS.get(suffix_q) or T.INNER_QUALIFIERS[suffix_q]
    elif pre_q:
        qualifier = pre_q
    else:
        qualifier = "exact"
    return Resolved(value, value_max, unit, qualifier, start, c.end, measure)
