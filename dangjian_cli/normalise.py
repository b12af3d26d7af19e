"""Normalise: the text the rules look at, with an offset map back to the original.

Steps, each keeping the map exact:
- traditional → simplified script (OpenCC ``t2s``; character for character);
- full-width ASCII (１２３, ％, ，) → ASCII, ideographic space → space;
- deletions: pinyin residue after a character (``鎮(zhèn)``), stray HTML tags
  (``</p>``), spaces inside or after a number (``25. 8 万元``, ``244 个``), the
  single spaces of a line set with a space after every character (``全 县 共 有``,
  as some PDFs and OCR give it), and the line breaks of a text wrapped at a page's
  width (``unwrap``), so that a paragraph is one line again and ``6`` / ``0多场``
  one number.

>>> n = normalise("淳化縣(xiàn)投資１４００萬元")
>>> n.text
'淳化县投资1400万元'
>>> s, e = n.span(5, 11)
>>> n.original[s:e]
'１４００萬元'
>>> n2 = normalise("对 244 个村, 25. 8 万元")
>>> n2.text
'对 244个村, 25.8万元'
>>> n2.original[slice(*n2.span(2, 6))]
'244 个'
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

import regex

from . import tables as T
from .charclass import han
from .rows import piped_cells, spaced_gaps
from .unwrap import cuts

# full-width ASCII block and the ideographic space, one character each
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20
# the simplified pipeline keeps Chinese punctuation the rules use as-is
for _k in ("，", "：", "；", "（", "）", "！", "？"):
    _FULLWIDTH[ord(_k)] = ord(_k)

_FULLWIDTH_CLASS = "[" + "".join(regex.escape(chr(k)) for k, v in _FULLWIDTH.items() if k != v) + "]"
_FULLWIDTH_RE = re.compile(_FULLWIDTH_CLASS + "+")
# is there any? one class without ``+`` scans about 3x faster in re
_FULLWIDTH_ANY = re.compile(_FULLWIDTH_CLASS)
_TONE = "āáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ"
_DELETE = regex.compile(
    # pinyin residue: (zhèn), (dǎshī), (de) right after a Chinese character
    rf"(?<=\p{{Han}})\((?:[a-z{_TONE}]{{1,8}}\s?){{1,6}}\)"
    # stray tags and entities that a scraper left
    r"|</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,80})?/?>"
    r"|&nbsp;"
    # spaces inside a number or between a number and its measure word (never a tab:
    # a tab parts a table's cells, 1\t城关镇\t2105)
    r"|(?<=[0-9]\.) +(?=[0-9])"
    # a space as thousands separator: 5 230名 (from &nbsp; or a flattened PDF)
    r"|(?<=(?<![0-9.])[0-9]{1,3})[ \u00a0](?=[0-9]{3}(?![0-9.]))"
    r"|(?<=[0-9]) +(?=[\p{Han}%])"
)

_T2S: Any = None   # the OpenCC converter, made on first use


def _t2s(text: str) -> str:
    """Traditional → simplified, guaranteed the same length (character aligned)."""
    global _T2S
    if _T2S is None:
        import opencc
        _T2S = opencc.OpenCC("t2s")
    out = _T2S.convert(text)
    if len(out) == len(text):
        return out
    # a phrase rule changed the length: convert line by line, then char by char
    lines = text.split("\n")
    fixed = []
    for line in lines:
        conv = _T2S.convert(line)
        if len(conv) != len(line):
            conv = "".join(c2 if len(c2 := _T2S.convert(c)) == 1 else c for c in line)
        fixed.append(conv)
    return "\n".join(fixed)


@dataclass
class Normalised:
    original: str
    text: str
    # segments: norm_start[i] ↔ orig_start[i]; each segment maps one to one
    norm_starts: list[int] = field(default_factory=list)
    orig_starts: list[int] = field(default_factory=list)
    pinyin_after: dict[int, int] = field(default_factory=dict)
    traditional: bool = False
    other_breaks: bool = False      # line breaks other than "\n" in the original (\r, \u2028)

    def to_norm(self, o: int) -> int:
        """Normalised offset of the original offset ``o`` (the next kept
        character when ``o`` falls in a deleted stretch)."""
        k = bisect.bisect_right(self.orig_starts, o) - 1
        i = self.norm_starts[k] + (o - self.orig_starts[k])
        nxt = self.norm_starts[k + 1] if k + 1 < len(self.norm_starts) else len(self.text)
        return min(i, nxt)

    def to_orig(self, i: int) -> int:
        """Original offset of the normalised character at ``i``."""
        k = bisect.bisect_right(self.norm_starts, i) - 1
        return self.orig_starts[k] + (i - self.norm_starts[k])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``[start, end)`` for the normalised span ``[start, end)``.

        The end runs over pinyin residue that follows the last character, so
        that ``三百六十點(diǎn)七萬(wàn)個(gè)`` keeps its last pinyin group.
        """
        norm_starts, orig_starts = self.norm_starts, self.orig_starts
        k = bisect.bisect_right(norm_starts, start) - 1
        s = orig_starts[k] + (start - norm_starts[k])
        if end <= start:
            e = s
        else:
            k = bisect.bisect_right(norm_starts, end - 1, k) - 1
            e = orig_starts[k] + (end - 1 - norm_starts[k]) + 1
        return s, (self.pinyin_after.get(e, e) if self.pinyin_after else e)


def normalise(original: str) -> Normalised:
    conv = _t2s(original) if _maybe_traditional(original) else original
    traditional = conv != original
    # every kind of line break reads as "\n" (one character for one: offsets stay)
    other_breaks = _OTHER_BREAKS.search(conv) is not None
    crlf: list[tuple[int, int]] = []
    if other_breaks:
        # a Windows line end (\r\n) is one break: its \r goes, so a table's rows stay
        # next to each other and no blank line stands between two lines
        crlf = [(m.start(), m.start() + 1) for m in _CRLF.finditer(conv)]
        conv = conv.translate(_BREAKS)
    if _FULLWIDTH_ANY.search(conv):
        conv = _FULLWIDTH_RE.sub(lambda m: m.group().translate(_FULLWIDTH), conv)
    if "，" in conv:
        conv = _thousands(conv)
    # a table laid out by spaces: each run of spaces between its cells reads as one tab
    gaps = spaced_gaps(conv)
    # …and one drawn with bars (| 城关镇 | 1562 |): each inner bar a tab, the outer ones and the rule out
    tabs, piped = piped_cells(conv, frozenset(a for a, _ in crlf))
    if gaps or tabs:
        chars = list(conv)
        for a, _ in gaps:
            chars[a] = "\t"
        for a in tabs:
            chars[a] = "\t"
        conv = "".join(chars)
    cut = cuts(original, plain=not other_breaks)
    deleted = _joined(conv, cut) if cut else [m.span() for m in _DELETE.finditer(conv)]
    if gaps or piped or crlf:
        deleted = _merged(deleted + [(a + 1, b) for a, b in gaps if b > a + 1] + piped + crlf)
    spaced = letter_spaced(conv)
    if spaced:
        deleted = _merged(deleted + spaced)
    pieces, norm_starts, orig_starts = [], [0], [0]
    pinyin_after = {}
    pos = 0
    npos = 0
    for a, b in deleted:
        pieces.append(conv[pos:a])
        npos += a - pos
        if conv[a] == "(" and a > 0:
            pinyin_after[a] = b
        pos = b
        norm_starts.append(npos)
        orig_starts.append(b)
    pieces.append(conv[pos:])
    return Normalised(original, "".join(pieces), norm_starts, orig_starts,
                      pinyin_after, traditional, other_breaks)


# two characters in a row between single spaces: a line may be letter-spaced (the
# pattern opens with the space, so re passes over the text quickly)
_SPACED_RUN = re.compile(f" [{han()}0-9] [{han()}0-9] ")
# one space between two characters of Chinese text (a character, a digit, a mark)
_SPACED_PAIR = regex.compile(r"(?<=[\p{Han}\p{P}0-9]) (?=[\p{Han}\p{P}0-9])")
_HAN_PAIR = regex.compile(r"\p{Han}(?=\p{Han})")
# the spaces deleted in such a line: every single one (a run of two or more parts words),
# but not between two numbers written whole (a row's cells, 56 1830; 2 0 2 3 is one)
_SINGLE_SPACE = regex.compile(r"(?<=\S) (?=\S)(?!(?<=[0-9]{2} )[0-9])(?!(?<=[0-9] )[0-9]{2})")


def letter_spaced(text: str) -> list[tuple[int, int]]:
    """The single spaces of a text, or of each line, set with a space after every
    character (``全 县 共 有 党 员 486 名``): in such a text, as a rule, characters
    stand apart, not together. Their deletion makes it read as it was written.

    >>> normalise("标 题\\n全 年 投 入 资 金 1860 万 元 ， 新 建 中 心 12 个 。").text
    '标题\\n全年投入资金1860万元，新建中心12个。'
    >>> t = "全县共有党员486名，其中女党员92名，投入资金1860万元。\\n全 年 投 入 资 金 1860 万 元 。\\n全县 共有 党员"
    >>> normalise(t).text.splitlines()[1:]
    ['全年投入资金1860万元。', '全县 共有 党员']
    """
    if _SPACED_RUN.search(text) is None:
        return []
    if _spaced(text):
        # the whole text is set so: its short lines too (a headline, a date: 2 0 2 1 - 0 1)
        return [m.span() for m in _SINGLE_SPACE.finditer(text)]
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _spaced(line):
            out += [(start + m.start(), start + m.end()) for m in _SINGLE_SPACE.finditer(line)]
    return out


def _spaced(text: str) -> bool:
    spaced = len(_SPACED_PAIR.findall(text))
    return spaced >= T.LETTER_SPACED_MIN and len(_HAN_PAIR.findall(text)) * T.LETTER_SPACED_RATIO <= spaced


# a full-width comma followed by exactly three digits: a thousands separator when
# 1-3 digits stand before it (１，２３４名 once its digits are ASCII)
_COMMA_GROUP = re.compile("，(?=[0-9]{3}(?![0-9.]))")


def _thousands(text: str) -> str:
    """``1，234`` → ``1,234`` (one character for one): a full-width comma between
    groups of digits separates thousands, as the ASCII comma does. A comma after
    four digits or a decimal (``2023，100个``, ``1.5，200名``) stays a clause mark.

    >>> _thousands("党员1，234名，投入3，500万元，2023，100个村，其中12，345，678元")
    '党员1,234名，投入3,500万元，2023，100个村，其中12,345,678元'
    >>> _thousands("1，234名党员")
    '1,234名党员'
    """
    chars = None
    for m in _COMMA_GROUP.finditer(text):
        i = m.start()
        j = i
        while j > 0 and i - j < 4 and text[j - 1].isdigit():
            j -= 1
        if not 1 <= i - j <= 3:
            continue
        before = text[j - 1] if j else ""
        if before.isdigit() or before == "." or (before and before in "，," and (chars or text)[j - 1] != ","):
            continue
        if chars is None:
            chars = list(text)
        chars[i] = ","
    return text if chars is None else "".join(chars)


def _joined(conv: str, cut: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stretches to delete from a wrapped text: the line breaks that cut its
    lines, and what ``_DELETE`` finds in the text with those lines joined (so
    that ``25`` / ``万元`` and ``25. `` / ``8万元`` read as one number)."""
    joined = []
    j_starts, c_starts = [0], [0]      # joined offset ↔ conv offset, as in Normalised
    pos = 0
    for a, b in cut:
        joined.append(conv[pos:a])
        j_starts.append(j_starts[-1] + a - pos)
        c_starts.append(b)
        pos = b
    joined.append(conv[pos:])

    def to_conv(i: int) -> int:
        k = bisect.bisect_right(j_starts, i) - 1
        return c_starts[k] + (i - j_starts[k])

    spans = list(cut)
    for m in _DELETE.finditer("".join(joined)):
        a, b = m.span()
        spans.append((to_conv(a), to_conv(b - 1) + 1))
    return _merged(spans)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches to delete, in order, those that overlap or touch made one."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


_BREAKS = {ord(c): "\n" for c in "\r\u2028\u2029\x0b\x0c\x85"}
_OTHER_BREAKS = re.compile("[\r\u2028\u2029\x0b\x0c\x85]")
_CRLF = re.compile("\r\n")


def count_breaks(text: str, a: int, b: int) -> int:
    """Line breaks in ``text[a:b]``, counted as ``str.splitlines`` does (``\\r\\n`` once).

    >>> count_breaks("a\\r\\nb\\rc\\nd\\u2028e", 0, 10)
    4
    """
    n = text.count("\n", a, b) + text.count("\r", a, b) - text.count("\r\n", a, b)
    for c in "\u2028\u2029\x0b\x0c\x85":
        n += text.count(c, a, b)
    return n


# characters common in traditional script and absent from simplified text
_TRAD_HINT = re.compile("[個們來時會對經發為說國這與從後當點萬億黨員縣鄉鎮區幹務農實現開關資產業體總網]")


def simplified(text: str) -> str:
    """``text`` in simplified script, character for character (發展黨員 → 发展党员)."""
    return _t2s(text) if _maybe_traditional(text) else text


def _maybe_traditional(text: str) -> bool:
    return _TRAD_HINT.search(text) is not None
