"""Tables as the readers give them: one row a line, cells apart by tabs.

A table's heading is the row above its numbers that says what each column holds:
either names (``镇名 | 党员数 | 资金（万元）``: no digits) or years
(``指标 | 2021年 | 2022年 | 2023年``: a statistics table turned on its side, the
rows naming what they count). The rows between a heading and a number have as
many cells as the heading.

>>> text = "指标\\t2022年\\t2023年\\n党员数（名）\\t9118\\t9300\\n"
>>> h = heading_above(text, text.index("9300"))
>>> h.kind, h.cells, h.column
('years', ['指标', '2022年', '2023年'], 2)
>>> column_year(h)
2023
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import tables as T
from .charclass import alternation, han

__all__ = ["CELL_GAP", "Heading", "cell_label", "column_year", "combined", "heading_above", "heading_unit",
           "measure_word", "names_row", "piped_cells", "spaced_gaps", "table_title", "table_units", "unit_column",
           "with_table_units", "year_heading"]

#: what parts a table's cells in text as a reader gives it: a tab, or a run of spaces
CELL_GAP = re.compile("\t|[ \u3000]{2,}")
_GAP = re.compile(r" {2,}")
#: a line with one of these is prose, not a row of cells
_PROSE = re.compile("[。，；！？,;]")
#: the longest cell of a row whose cells stand apart by spaces
SPACED_CELL_MAX = 20
_YEAR_CELL = re.compile(r"((?:19|20)[0-9]{2})\s*年?(?:度|底|末)?")
#: a heading cell that opens with a year, not a period's start (2023年以来, 2021—2023年)
_YEAR_OPENS = re.compile(r"((?:19|20)[0-9]{2})\s*年(?:度|底|末)?(?!以来|来|至|到|[-—–~～－])")


class Heading(NamedTuple):
    kind: str               # names, years, or rows (over a column of measure words: 指标 | 单位 | 数值)
    cells: list[str]        # the heading's cells
    column: int             # the column of the number asked about
    row: list[str]          # the cells of that number's row


def year_heading(cells: list[str]) -> bool:
    """Is a row of cells a heading of years: a corner label (指标, 项目, or none), then
    years in order; or years written as years (2022年) after any label? A column of
    measure words (单位) may stand between. A row of a town and a number that happens to
    lie between 1900 and 2099 is none.

    >>> [year_heading(r) for r in (["指标", "2022", "2023"], ["", "2022年"], ["城关镇", "2022年", "2023年"],
    ...                              ["城关镇", "1900"], ["城关镇", "2023", "2022"], ["指标", "单位", "2023年"])]
    [True, True, True, False, False, True]
    """
    if len(cells) < 2 or any(ch.isdigit() for ch in cells[0]):
        return False
    first = 1 + unit_column(cells)
    found = [_YEAR_CELL.fullmatch(c.strip(" \u3000")) for c in cells[first:]]
    if not found or not all(found):
        return False
    years = [int(m.group(1)) for m in found if m]
    if any(y2 <= y1 for y1, y2 in zip(years, years[1:])):
        return False
    return cells[0].strip(" \u3000") in T.YEAR_HEADING_CORNERS or all("年" in c for c in cells[first:])


_VALUE_CELL = re.compile(r"[-+]?[0-9][0-9,]*(?:\.[0-9]+)?\s*[余多]?\s*(?:" + alternation(T.MULTIPLIERS) + r")?\s*(?:"
                         + alternation(T.UNITS) + r"|%|％)?\s*(?:" + alternation(T.SUFFIX_QUALIFIERS) + ")?")


def names_row(cells: list[str]) -> bool:
    """Is a row of cells a heading of names: no cell holds a value? A heading's cells may
    hold numbers inside a name (10万元以上村数, 35岁以下党员数); a row of values holds at
    least one cell that is only a figure (12, 968.5, 56名, 12.5%).

    >>> [names_row(r) for r in (["镇名", "党员数"], ["镇名", "10万元以上村数"], ["城关镇", "56"],
    ...                          ["城关镇", "56名"], ["城关镇", "—"])]
    [True, True, False, False, True]
    >>> names_row(["", "", ""])         # a spreadsheet's empty row names nothing
    False
    """
    cells = [c.strip(" \u3000\r") for c in cells]
    return any(cells) and not any(_VALUE_CELL.fullmatch(c) for c in cells)


#: a measure word and the multiplier before it (万, 元)
Measure = tuple[str | None, str]
_UNIT_LINE = re.compile(rf"[（(]?\s*(?:{alternation(T.UNIT_LINE_WORDS)})\s*[：:]\s*(?P<units>[^（）()：:\n]{{1,24}}?)"
                        r"\s*[）)]?[ \t\u3000]*$")
_UNIT_SEPARATORS = re.compile(f"[{re.escape(T.UNIT_LINE_SEPARATORS)}]+")


def table_units(line: str) -> list[Measure] | None:
    """The measure words a line gives a table (``单位：万元``, a title ending
    ``（单位：万元、个）``), or None when the line gives none.

    >>> table_units("单位：万元"), table_units("表1 村集体经济收入（金额单位：万元、个）")
    ([('万', '元')], [('万', '元'), (None, '个')])
    >>> table_units("党组织隶属单位：县委组织部") is None
    True
    """
    if "单位" not in line:
        return None
    m = _UNIT_LINE.search(line.strip(" \t\u3000"))
    if m is None:
        return None
    units = [measure_word(w) for w in _UNIT_SEPARATORS.split(m.group("units")) if w]
    if not units or any(u is None for u in units):
        return None
    return [u for u in units if u is not None]


def with_table_units(units: list[Measure | None], cells: list[str],
                     given: list[Measure] | None) -> list[Measure | None]:
    """The measure words of a heading's columns, where a column names none, from the
    ones a unit line gives its table: a money word to the columns that name money;
    the only word given to every column but the first that names no rate.

    >>> with_table_units([None, (None, "个"), None, None], ["镇名", "村数", "集体经济收入", "占比"],
    ...                  [("万", "元")])
    [None, (None, '个'), ('万', '元'), None]
    """
    if not given:
        return units
    money = next((u for u in given if T.UNITS[u[1]][0] == "yuan"), None)
    out = list(units)
    for k in range(1, min(len(units), len(cells))):
        name = cells[k].strip(" \u3000")
        if out[k] is not None or not name or any(w in name for w in T.RATE_HEADING_WORDS):
            continue
        if money is not None and any(w in name for w in T.MONEY_HEADING_WORDS):
            out[k] = money
        elif len(given) == 1 and (money is None or _YEAR_CELL.fullmatch(name)):
            out[k] = given[0]           # (镇名 | 2022年 | 2023年 under 单位：万元: each year's amount)
    return out


def unit_column(cells: list[str]) -> int:
    """1 when a heading's second cell heads a column of measure words (单位), else 0."""
    return int(len(cells) > 2 and cells[1].strip(" \u3000") in T.UNIT_COLUMN_NAMES)


def _inner_gap(text: str) -> bool:
    """Do two spaces follow a character that is no space anywhere (not a line's indent)?
    (str.find, several times faster than a pattern that has to try every character)"""
    i = text.find("  ")
    while i >= 0:
        if i > 0 and not text[i - 1].isspace():
            return True
        i = text.find("  ", i + 2)
    return False


def spaced_gaps(text: str) -> list[tuple[int, int]]:
    """The runs of spaces that part the cells of a table laid out by spaces (``pdftotext
    -layout``: ``城关镇    56    1830``): in two lines or more in a row, each of as many
    cells, no cell longer than ``SPACED_CELL_MAX``, no sentence mark. Normalising reads
    each run as one tab, so such a table is read as a Word or web table is.

    >>> t = "镇名    党员数\\n城关镇    1830\\n石门镇  1202\\n全镇  党员  共有  3032名，较上年增加。"
    >>> [t[a:b] for a, b in spaced_gaps(t)]
    ['    ', '    ', '  ']
    """
    if not _inner_gap(text):
        return []
    rows: list[tuple[int, list[tuple[int, int]]]] = []     # (cells, gaps) of each line
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        body = line.strip(" ")
        lead = start + len(line) - len(line.lstrip(" "))
        found = list(_GAP.finditer(body))
        # (镇  名, 合  计: a word of two characters spread over its cell's width is one cell)
        gaps = [(lead + m.start(), lead + m.end()) for k, m in enumerate(found)
                if not _spread(body, found[k - 1].end() if k else 0, m.start(), m.end(),
                               found[k + 1].start() if k + 1 < len(found) else len(body))]
        if (not gaps or "\t" in body or _PROSE.search(body) or body[:1] in PIPES
                or any(len(c) > SPACED_CELL_MAX for c in _GAP.split(body))):
            rows.append((0, []))
        else:
            rows.append((len(gaps) + 1, gaps))
    out: list[tuple[int, int]] = []
    for k, (n, gaps) in enumerate(rows):
        if n and any(0 <= j < len(rows) and rows[j][0] == n for j in (k - 1, k + 1)):
            out += gaps
    return out


def _spread(body: str, a: int, b: int, c: int, d: int) -> bool:
    """Are ``body[a:b]`` and ``body[c:d]``, either side of a gap, one Han character each
    (a two-character word letter-spaced to its cell's width)?"""
    return b - a == 1 and d - c == 1 and _HAN_CHAR.match(body, a) is not None \
        and _HAN_CHAR.match(body, c) is not None


_HAN_CHAR = re.compile(f"[{han()}]")
_SPACE_GAP = re.compile("[ \u3000]{2,}")


def unspread(line: str) -> str:
    """``line`` with the first cell's letter spacing taken out, so that its cells count as
    a row's do.

    >>> unspread("  合  计    135    4209"), unspread("城关镇    56")
    ('  合计    135    4209', '城关镇    56')
    """
    a = len(line) - len(line.lstrip(" \u3000"))
    gap = _SPACE_GAP.match(line, a + 1)
    if gap is None:
        return line
    nxt = CELL_GAP.search(line, gap.end())
    if not _spread(line, a, gap.start(), gap.end(), nxt.start() if nxt else len(line)):
        return line
    return line[:gap.start()] + line[gap.end():]


PIPES = T.TABLE_BARS
_PIPED_ROW = re.compile(rf"^[ \t]*[{PIPES}].*[{PIPES}][ \t]*$", re.M)
_PIPE_GAP = re.compile(rf"[ \t]*[{PIPES}][ \t]*")
_RULE_ROW = re.compile(rf"[ \t]*[{PIPES}](?:[ \t:\-=─━+{PIPES}]*)[ \t]*")


def piped_cells(text: str, gone: frozenset[int] = frozenset()) -> tuple[list[int], list[tuple[int, int]]]:
    r"""Where a table drawn with bars (two lines or more, each opening and closing with
    one) has a cell boundary, to read as a tab, and what to take out: the outer bars,
    the spaces around the inner ones, and the rule under a heading (``| --- | --- |``).
    Normalising so reads it as a Word or web table is read. ``gone``: offsets of characters
    taken out anyway (the \r of a Windows line end, read as a break of its own).

    >>> t = "| 镇名 | 党员数 |\n| --- | --- |\n| 城关镇 | 1562 |\n"
    >>> tabs, cut = piped_cells(t)
    >>> "".join("\t" if i in tabs else c for i, c in enumerate(t) if not any(a <= i < b for a, b in cut))
    '镇名\t党员数\n城关镇\t1562\n'
    """
    if not any(b in text for b in PIPES):
        return [], []
    rows = [m for m in _PIPED_ROW.finditer(text) if len(_PIPE_GAP.findall(m.group())) >= 3]
    tabs: list[int] = []
    cut: list[tuple[int, int]] = []
    def next_to(a: int, b: int) -> bool:        # one line break between a row's end and the next
        return b == a + 1 or (b == a + 2 and a in gone)

    for k, m in enumerate(rows):
        near = (k > 0 and next_to(rows[k - 1].end(), m.start())) \
            or (k + 1 < len(rows) and next_to(m.end(), rows[k + 1].start()))
        if not near:
            continue
        if _RULE_ROW.fullmatch(m.group()):
            end = m.end() + (2 if m.end() in gone else 1)
            cut.append((m.start(), min(end, len(text))))            # the rule, and its line's end
            continue
        gaps = list(_PIPE_GAP.finditer(text, m.start(), m.end()))
        cut.append(gaps[0].span())                                  # the opening bar
        cut.append(gaps[-1].span())                                 # the closing bar
        for g in gaps[1:-1]:
            tabs.append(g.start())
            if g.end() > g.start() + 1:
                cut.append((g.start() + 1, g.end()))
    return tabs, cut


def heading_above(text: str, i: int) -> Heading | None:
    """The heading of the table column that offset ``i`` stands in, or None when
    ``i`` is in no table row under a heading."""
    ls = text.rfind("\n", 0, i) + 1
    le = text.find("\n", i)
    line = text[ls:len(text) if le < 0 else le]
    if "\t" not in line:
        return None
    width = line.count("\t")
    column = text.count("\t", ls, i)
    k = ls - 1
    while k > 0:
        ps = text.rfind("\n", 0, k) + 1
        above = text[ps:k]
        if not above.strip():
            k = ps - 1          # a blank line inside a table (a spreadsheet's empty row, a PDF's spacing)
            continue
        if "\t" not in above or above.count("\t") != width:
            return None
        cells = above.split("\t")
        if unit_column(cells):
            # 指标 | 单位 | 数值 (or years): each row names what it counts and its measure word
            return Heading("rows", cells, column, line.split("\t"))
        if year_heading(cells):
            return Heading("years", cells, column, line.split("\t"))
        if names_row(cells):
            # a heading of two rows (党员 over 总数 | 其中女党员): the upper row names the lower's
            us = text.rfind("\n", 0, max(ps - 1, 0)) + 1 if ps > 0 else -1
            upper = text[us:ps - 1] if ps > 0 else ""
            if upper.count("\t") == width and names_row(upper.split("\t")):
                cells = combined(upper.split("\t"), cells)
            return Heading("names", cells, column, line.split("\t"))
        k = ps - 1
    return None


def cell_label(h: Heading) -> str:
    """What says what a cell counts: its column's heading, or under a heading of years
    (or over a column of measure words) its row's first cell."""
    if h.kind != "names":
        return h.row[0]
    return h.cells[h.column] if h.column < len(h.cells) else ""


def combined(upper: list[str], lower: list[str]) -> list[str]:
    """The cells of a heading of two rows, each lower cell under the upper one's name
    unless it repeats it (a merged cell) or holds it already.

    >>> combined(["镇名", "党员", "党员", "党组织"], ["镇名", "总数", "其中女党员", "党组织"])
    ['镇名', '党员总数', '其中女党员', '党组织']
    """
    return [lo if not up.strip() or up.strip() in lo else up.strip() + lo.strip() for up, lo in zip(upper, lower)]


def table_title(text: str, i: int) -> str | None:
    """The line that titles the table offset ``i`` stands in and gives its unit
    (``全县各镇集体经济收入情况（单位：万元）``, at most two lines above its rows), or None."""
    k = text.rfind("\n", 0, i)
    while k > 0:
        s = text.rfind("\n", 0, k) + 1
        if "\t" not in text[s:k]:
            break
        k = s - 1
    for _ in range(3):
        if k <= 0:
            return None
        s = text.rfind("\n", 0, k) + 1
        line = text[s:k]
        if line.strip():
            return line if table_units(line) is not None else None
        k = s - 1
    return None


def column_year(h: Heading) -> int | None:
    """The year a column of a heading of years names."""
    if not 0 < h.column < len(h.cells):
        return None
    cell = h.cells[h.column].strip(" \u3000")
    if h.kind == "names" and not cell.endswith("年"):
        # 镇名 | 党员数 | 2023年发展党员: a heading that opens with a year dates its column
        m = _YEAR_OPENS.match(cell)
        return int(m.group(1)) if m else None
    m = _YEAR_CELL.fullmatch(cell)
    return int(m.group(1)) if m else None


_BRACKETED = re.compile(r"[（(]\s*([^（）()]{1,4}?)\s*[)）]\s*$")
_MEASURE_ENDS = tuple(sorted(T.COLUMN_MEASURE_ENDS, key=len, reverse=True))
_COLUMN_NOUNS = tuple(sorted(T.COLUMN_NOUNS, key=len, reverse=True))


def heading_unit(heading: str) -> tuple[str | None, str] | None:
    """(multiplier, measure word) that a column's bare numbers are read with, from its
    heading (党员数（名）, 金额（万元）, 党组织数, 新发展党员), or None.

    >>> [heading_unit(h) for h in ("资金（万元）", "党员总数", "村数", "户数", "数", "备注")]
    [('万', '元'), (None, '名'), (None, '个'), (None, '户'), None, None]
    """
    m = _BRACKETED.search(heading)
    if m:
        return measure_word(m.group(1))
    heading = heading.strip()
    for end in _MEASURE_ENDS:
        if heading.endswith(end):
            return None, T.COLUMN_MEASURE_ENDS[end]
    stem = heading
    for end in T.COLUMN_COUNT_ENDS:
        if heading.endswith(end):
            stem = heading[:-len(end)]
            break
    for noun in _COLUMN_NOUNS:
        if stem.endswith(noun):
            return None, T.COLUMN_NOUNS[noun]
    return (None, "个") if stem != heading and stem else None


def measure_word(word: str) -> tuple[str | None, str] | None:
    """(multiplier, measure word) of a cell or bracket that holds only one (名, 万元, ％)."""
    word = word.strip(" \u3000").replace("％", "%")
    if word in T.UNITS:
        return None, word
    if word[:1] in T.MULTIPLIERS and word[1:] in T.UNITS:
        return word[:1], word[1:]
    return None
