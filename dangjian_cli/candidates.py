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

import re
import sys

from . import tables as T
from .charclass import alternation as _alt
from .numbers import parse_number
from .rows import (combined, heading_unit, measure_word, names_row, table_units, unit_column, with_table_units,
                   year_heading)
from .spans import Spans

# The patterns here and in classify/context use the standard library's re
# wherever they need nothing more: it scans 2-7x faster than the regex module.




# Atomic where re has it (3.11+): nothing that may follow a number starts with a
# digit, "." or "," (tests/test_examples.py checks the tables), so giving back digits
# can never make a match, and without backtracking a digit run is tried once. The
# matches are the same either way; only the speed differs.
_ATOMIC = "(?>" if sys.version_info >= (3, 11) else "(?:"
_AR = (r"(?<![0-9A-Za-z])(?<![0-9]\.)" + _ATOMIC
       + r"(?:\d{1,3}(?:,\d{3})+(?![0-9])|\d+)(?:\.\d+)?)")
_CN = rf"(?<![{T.CN_DIGITS}])[{T.CN_START}][{T.CN_DIGITS}]*"
_POWERS = "".join(T.BARE_POWERS)
# 千余名, 近千名: a lone power of ten, with 余/多 after it or a prefix before it
_CN_POWER = rf"(?:(?<=[{T.BARE_POWER_PREFIXES}])[{_POWERS}]|(?<![{T.CN_DIGITS}])[{_POWERS}](?=[余多]))"
# 1万2千名, 3亿5千万元, 2千3百余人: digits with the powers of ten spoken between them
_MIXED = (r"(?<![0-9A-Za-z.,])\d+(?:\.\d+)?[亿万千](?:\d+(?:千万|百万|[亿万千百]))+")
_NUM = rf"(?:{_MIXED}|{_AR}|{_CN}|{_CN_POWER})"
# the 个 spoken before 亿 (1个多亿, 3个亿): passed over, it counts nothing
_SPOKEN_GE = rf"(?:{T.COLLOQUIAL_GE}(?=[余多]?亿))?"
_MULT = _alt(T.MULTIPLIERS)
_UNIT = _alt(T.UNITS)
_SUFFIX = _alt(T.SUFFIX_QUALIFIERS)
_SEP = _alt(T.RANGE_SEPARATORS)
_CN_SMALL = T.SMALL_NUMERALS
_PAIRS = "|".join(T.APPROXIMATE_PAIRS)         # 七八成: 70–80%
#: a number as a table's cell or a list's line writes it (1286, 31,624, 4.5)
_PLAIN = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMER = rf"(?P<numer>[{T.CN_DIGITS}]+|\d+(?:\.\d+)?)"

PATTERN = re.compile(
    # every alternative starts with a digit or a Chinese numeral: the lookahead
    # lets the engine pass over other characters quickly.
    # A denominator starts where its run of numerals starts: tried inside the run
    # it ran to the run's end and backed off at every position, quadratic in a
    # long run of digits; and it can never match there (it would have matched,
    # and taken the run, at the run's first character)
    rf"""
    (?=[0-9{T.CN_START}{_POWERS}])
    (?:
    (?P<pct>百分之(?P<pctnum>[{T.CN_DIGITS}]+|\d+(?:\.\d+)?)(?P<pctsuf>{_SUFFIX})?)
  | (?P<frac>(?P<den>(?<![{_CN_SMALL}百千])[{_CN_SMALL}百千]+|(?<![0-9])\d+)分之{_NUMER})
  | (?P<cheng>(?<![{T.CN_DIGITS}])(?P<chengnum>{_PAIRS}|[{_CN_SMALL}]|(?<![0-9.])[1-9])
        成(?P<chengsuf>以上|以下|左右|多)?
        (?![{T.CHENG_NOT_AFTER}]))
  | (?P<num>{_NUM})
    (?:(?P<sep>{_SEP})(?P<num2>{_NUM}))?
    {_SPOKEN_GE}
    (?P<inner1>[余多来])?
    (?P<mult>{_MULT})?
    (?P<inner2>[余多])?
    (?P<unit>{_UNIT})(?!(?<={T.COLLOQUIAL_GE})[余多]?亿)
    (?P<suf>{_SUFFIX})?
  | (?P<bnum>{_AR}){_SPOKEN_GE}(?P<binner1>[余多])?(?P<bmult>万|亿)(?P<binner2>[余多])?
    (?![{T.CN_DIGITS}])
    (?P<bsuf>{_SUFFIX})?
  | (?P<lbl>(?<![0-9.,]){_PLAIN})(?=[ \t\u3000]*(?:\n|\Z))
    )
    """,
    re.VERBOSE,
)

_SHORT_QUOTES = re.compile(
    rf"“[^“”\n]{{0,{T.SHORT_QUOTE}}}”|\"[^\"\n]{{0,{T.SHORT_QUOTE}}}\"|「[^「」\n]{{0,{T.SHORT_QUOTE}}}」"
    rf"|『[^『』\n]{{0,{T.SHORT_QUOTE}}}』|《[^《》\n]{{0,60}}》|‘[^‘’\n]{{0,{T.SHORT_QUOTE}}}’"
)
_IDIOMS = re.compile(_alt(T.IDIOMS))
_CLOSE_QUOTES = "”\"」』’"
_SLOGAN_AFTER = re.compile(_alt(T.SLOGAN_NOUNS))


#: index of each named group in ``match.groups()``: candidates carry that tuple
#: (``groupdict()`` or ``group(name)`` on every match is costly)
G: dict[str, int] = {name: i - 1 for name, i in PATTERN.groupindex.items()}
_PCT, _FRAC, _CHENG, _CHENGNUM, _NUM_G, _UNIT_G, _MULT_G, _LBL = (
    G["pct"], G["frac"], G["cheng"], G["chengnum"], G["num"], G["unit"], G["mult"], G["lbl"])


class Candidate:
    """A span of the normalised text that looks like an amount."""
    __slots__ = ("start", "end", "surface", "kind", "groups", "unit_end", "shares")

    def __init__(self, start: int, end: int, surface: str, kind: str, groups: tuple, unit_end: int = -1,
                 shares: int = -1):
        self.start, self.end, self.surface, self.kind = start, end, surface, kind
        self.groups = groups          # match.groups(); index with G["name"]
        self.unit_end = unit_end      # end of the measure word (num kind)
        self.shares = shares          # a list's item: where the list whose measure word it shares starts

    def group(self, name: str):
        return self.groups[G[name]]

    def __repr__(self):
        return f"Candidate({self.start}, {self.end}, {self.surface!r}, {self.kind!r})"


def find_candidates(text: str) -> list[Candidate]:
    names = None
    out = []
    definition = T.DEFINITION_MARKS
    for m in PATTERN.finditer(text):
        a, b = m.span()
        g = m.groups()
        unit_end = -1
        if g[_PCT]:
            kind = "pct"
        elif g[_FRAC]:
            kind = "frac"
        elif g[_CHENG]:
            kind = "cheng"
            if g[_CHENGNUM] == "一":      # 一成不变
                continue
        elif g[_NUM_G]:
            kind = "num"
            unit_end = m.end(_UNIT_G + 1)
            if not _keep_num(text, a, b, unit_end, g):
                continue
        elif g[_LBL]:
            # a bare number that ends its line: a claim when the line holds only it and its label
            labelled = _label_line(text, a, b)
            if labelled is not None:
                out.append(labelled)
            continue
        else:
            kind = "bare"
            if (b < len(text) and text[b] in T.BARE_NOT_BEFORE) or text[a - 1:a] in ("第",):
                continue
        if text[a - 1:a] in definition or text[b:b + 1] in definition:
            continue
        # the quote and idiom spans are found once, when a candidate first needs them
        if names is None:
            names = Spans(text, _SHORT_QUOTES, _IDIOMS)
        if names.covers(a, b):
            continue
        out.append(Candidate(a, b, m.group(), kind, g, unit_end))
    if "\t" in text:
        taken = {c.start for c in out}
        cells = [c for c in _table_cells(text) if c.start not in taken]
        if cells:
            out = sorted(out + cells, key=lambda c: c.start)
    if any(text[c.start - 1:c.start] in _LIST_JOINS for c in out if c.kind == "num"):
        out = _list_items(text, out)
    return _ranges(text, out) if len(out) > 1 else out


_LIST_JOINS = frozenset(T.JOINING_CHARS)
# a plain number right before a list's join (45、38、52名: the 45 and the 38)
_ITEM_BEFORE = re.compile(rf"(?<![0-9.,{T.ORDINAL_MARKS}])(?!0\d)(\d+(?:\.\d+)?)$")
_ITEM_REACH = 12
_ITEM_CLEARED = [G[k] for k in ("sep", "num2", "inner1", "inner2", "suf")]


def _list_items(text: str, found: list[Candidate]) -> list[Candidate]:
    """The items of a list whose figures share the measure word written after the last
    (分别为45、38、52名; 提升1.2、3.6、2.8个百分点; 分别投入30、50万元): each a figure of
    that measure word and multiplier, its qualifiers the last figure's own."""
    out: list[Candidate] = []
    for c in found:
        if c.kind == "num" and c.groups[_NUM_G][:1].isdigit():
            items: list[Candidate] = []
            k = c.start
            while text[k - 1:k] in _LIST_JOINS:
                m = _ITEM_BEFORE.search(text, max(0, k - 1 - _ITEM_REACH), k - 1)
                if m is None or (out and out[-1].end > m.start()):
                    break
                g = list(c.groups)
                g[_NUM_G] = m.group(1)
                for x in _ITEM_CLEARED:
                    g[x] = None
                items.insert(0, Candidate(m.start(), m.end(), m.group(1), "num", tuple(g), c.unit_end))
                k = m.start()
            # (第1、2、3名: a rank's numbers, the first of them after 第, are no list of figures)
            if not (text[k - 1:k] in _LIST_JOINS and text[k - 2:k - 1].isdigit()) \
                    and text[k - 1:k] not in T.ORDINAL_MARKS:
                for item in items:
                    item.shares = k     # (what the list counts is named before its first item)
                out += items
        out.append(c)
    return out


_CELL_NUMBER = re.compile(_PLAIN)


def _label_line(text: str, a: int, b: int) -> Candidate | None:
    r"""The bare number ``text[a:b]`` that ends a line holding only a label and it
    (党员总数：31624, an indicator list's ``当年发展党员    612``, a two-cell row under no
    heading or under ``项目 | 数量``), where the label says what it counts as a column's
    heading would; else None.

    >>> t = "党员总数：31624\n  其中：女党员 8215\n城关镇 12\n"
    >>> [(c.surface, c.groups[_UNIT_G]) for c in find_candidates(t)]
    [('31624', '名'), ('8215', '名')]
    """
    m = _LABEL_LINE.match(text, text.rfind("\n", 0, a) + 1, b)
    if m is None or m.start("num") != a or _PROSE_MARK.search(m.group("label")) is not None:
        return None
    unit = heading_unit(m.group("label"))
    if unit is None:
        return None
    g: list = [None] * len(G)
    g[_NUM_G], g[_MULT_G], g[_UNIT_G] = m.group("num"), unit[0], unit[1]
    return Candidate(a, b, m.group("num"), "num", tuple(g), b)


_LABEL_LINE = re.compile(
    rf"[ \t\u3000]*(?:{T.SUBCOUNT_MARK}[：:]?[ \t\u3000]*)?(?P<label>[^\s：:][^\t：:\n]{{0,{T.LINE_LABEL_MAX}}}?)"
    rf"[ \t\u3000]*(?:[：:]|[ \t\u3000])[ \t\u3000]*(?P<num>{_PLAIN})$")
_PROSE_MARK = re.compile("[。，；！？,;、]")


def _table_cells(text: str) -> list[Candidate]:
    """The bare numbers of a table (rows of tab-separated cells, as Word, web and PDF
    tables are read) in a column whose heading says what they count: the row of
    cells with no digits above them, as many cells (see rows.py). Under a heading of
    years (指标 | 2022年 | 2023年) each row's first cell says what its numbers count."""
    out: list[Candidate] = []
    heading: list | None = None
    names: list[str] | None = None          # the heading's cells, for a heading of two rows
    by_row = False
    first = 1                               # under a heading of years, the first column of numbers
    given = None                            # the measure words a unit line gives the next table
    since = 0                               # lines since that unit line
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = line.split("\t")
        line_units = table_units(line) if len(cells) == 1 or len([c for c in cells if c.strip()]) == 1 else None
        if line_units is not None:
            given, since = line_units, 0
            if len(cells) == 1:
                heading = names = None
            continue
        if len(cells) == 1:
            if not line.strip():
                continue            # a blank line inside a table (a spreadsheet's empty row, a PDF's spacing)
            heading = names = None
            since += 1
            if since > T.UNIT_LINE_REACH:
                given = None
            continue
        if unit_column(cells):
            # 指标 | 单位 | 数值 | 比上年增长（%）: each row gives its measure word, unless its
            # column has one of its own
            heading, names, by_row, first = [heading_unit(c) for c in cells], None, True, 2
            continue
        if year_heading(cells):
            heading, names, by_row, first = [None] * len(cells), None, True, 1 + unit_column(cells)
            continue
        if names_row(cells):
            if names is not None and len(names) == len(cells):
                cells = combined(names, cells)
            heading, names, by_row = with_table_units([heading_unit(c) for c in cells], cells, given), cells, False
            continue
        names = None
        if heading is None or len(cells) != len(heading):
            continue
        if by_row:
            # the row's measure word: in the column of measure words (名, 万元), else in its label
            unit = measure_word(cells[1]) if first == 2 else heading_unit(cells[0])
            units = [None] * first + [heading[k] or unit for k in range(first, len(cells))]
        else:
            units = heading
        k = start
        for cell, unit in zip(cells, units):
            number = cell.strip(" \u3000")
            if unit is not None and number and _CELL_NUMBER.fullmatch(number):
                a = k + cell.index(number)
                g: list = [None] * len(G)
                g[_NUM_G], g[_MULT_G], g[_UNIT_G] = number, unit[0], unit[1]
                out.append(Candidate(a, a + len(number), number, "num", tuple(g), a + len(number)))
            k += len(cell) + 1
    return out


_SEPARATORS = frozenset(T.RANGE_SEPARATORS)       # one character each
assert all(len(w) == 1 for w in _SEPARATORS)
_NUM2_G, _SEP_G, _BNUM_G, _BMULT_G = G["num2"], G["sep"], G["bnum"], G["bmult"]
_QUALIFIED = [G[k] for k in ("inner1", "inner2", "suf")]


def _ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """A range written with its measure word on both ends (``85%至95%``,
    ``3万元—5万元``, ``1.5万—2万元``) is one candidate, as ``3至5万元`` is: the
    first end, the separator, then the second end with the same measure word and
    multiplier, the second larger. ``从85%到95%`` is a change, two figures."""
    out: list[Candidate] = []
    for c in found:
        prev = out[-1] if out else None
        if (prev is not None and c.start == prev.end + 1 and text[prev.end] in _SEPARATORS
                and c.kind == "num" and c.groups[_NUM2_G] is None and _range_ends(prev, c)
                and text[prev.start - 1:prev.start] not in T.FROM_WORDS):
            g = list(c.groups)
            g[_NUM_G] = prev.groups[_NUM_G] if prev.kind == "num" else prev.groups[_BNUM_G]
            g[_SEP_G], g[_NUM2_G] = text[prev.end:c.start], c.groups[_NUM_G]
            out[-1] = Candidate(prev.start, c.end, text[prev.start:c.end], "num", tuple(g), c.unit_end)
        else:
            out.append(c)
    return out


def _range_ends(a: Candidate, b: Candidate) -> bool:
    ga, gb = a.groups, b.groups
    if a.kind == "num":
        same = (ga[_UNIT_G] == gb[_UNIT_G] and ga[_MULT_G] == gb[_MULT_G]
                and ga[_NUM2_G] is None and not any(ga[k] for k in _QUALIFIED))
        first = ga[_NUM_G]
    elif a.kind == "bare":
        same = ga[_BMULT_G] == gb[_MULT_G] and a.end - a.start == len(ga[_BNUM_G]) + 1
        first = ga[_BNUM_G]
    else:
        return False
    if not same or any(gb[k] for k in _QUALIFIED[:2]):
        return False
    v1, v2 = parse_number(first), parse_number(gb[_NUM_G])
    return v1 is not None and v2 is not None and v2 > v1


def _keep_num(text: str, a: int, b: int, unit_end: int, g: tuple) -> bool:
    num, unit = g[_NUM_G], g[_UNIT_G]
    is_cn = not num[0].isdigit()
    before = text[max(0, a - 3):a]
    # ordinals, ranks and codes: 第1期, 总第860期, No.3
    if before.endswith(T.ORDINAL_BEFORE):
        return False
    # the base a rate is given per (每100户有党员8名, 每万名党员): no amount of its own
    if before.endswith(T.PER_MARK):
        return False
    # a rank: 排名前三名, 进入前10位 (but 目前3个村, 此前5名 are counts)
    if before.endswith("前") and not before.endswith(T.NOT_RANK_BEFORE) and unit in ("名", "位"):
        return False
    if is_cn:
        # vague: 数十户, 几十口, 若干
        if before.endswith(T.VAGUE_BEFORE):
            return False
        if (num == "一" or num == "二") and not g[_MULT_G]:
            return False                # an article (一个, 一场) or an ordinal (二期); 一个多亿元 is money
        small = len(num) == 1 and num in _CN_SMALL
        if small and unit in T.WEAK_UNITS:
            return False
        if small and a > 0 and text[a - 1] in _CLOSE_QUOTES:  # “…、…”四个导向: restates a list
            return False
        if small and unit in T.SLOGAN_MEASURES:
            if _SLOGAN_AFTER.match(text, unit_end):
                return False
        if text.startswith(T.VAGUE_AFTER, b):
            return False
    # a congress's session: 十八届人大三次会议 is its third, no count of meetings
    if unit == "次" and text.startswith(T.SESSION_NOUNS, unit_end) \
            and text.find(T.TERM_MARK, max(0, a - T.TERM_REACH), a) >= 0:
        return False
    # reduplication: 一个个, 一批批
    if len(unit) == 1 and text[unit_end:unit_end + 1] == unit:
        return False
    # durations and dates: 10个月, 一个多月, 3个工作日
    if unit == "个" and (text.startswith(T.TIME_NOUNS, unit_end) or text.startswith(T.TIME_NOUNS, b)):
        return False
    if unit in ("人", "名", "位") and text.startswith(T.PERSON_NOT_COUNT, unit_end - len(unit)):
        return False
    # a long digit string with a measure word is an ID or a phone number
    if not is_cn and len(num) >= 9 and "." not in num and "," not in num and g[_MULT_G] is None:
        return False
    return True


def restated_label(text: str, start: int, end: int) -> bool:
    """Is the figure at ``text[start:end]`` a line's label that its own line goes on to
    state again (● 1.2万名：全县党员总数达到1.2万名)? Adding both would count it twice.

    >>> t = "● 1.2万名：全县党员总数达到1.2万名。"
    >>> restated_label(t, 2, 7), restated_label(t, 16, 21)
    (True, False)
    >>> restated_label("【612名】全年发展党员612名。", 1, 5)
    True
    """
    after = text[end:end + 1]
    if after not in T.LABEL_ENDS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if any(c.isdigit() or "\u4e00" <= c <= "\u9fff" for c in lead):
        return False
    if after not in T.LABEL_COLONS and T.LABEL_BRACKETS.get(lead.strip()[-1:]) != after:
        return False
    line_end = text.find("\n", end)
    return text.find(text[start:end], end, len(text) if line_end < 0 else line_end) >= 0

