"""Find the places a document names: divisions from the table, towns and villages
by their endings, chains that put one inside another, and scope words.

A division is a name from the table (official, or a short form with its generic
ending: 沧源县); a bare short form (孝感, 汉阴) counts where the document names
that division in full or its title names it. A town or village is a name ending
in 镇, 乡, 街道, 村, 社区 … with some sign of being one: a chain (魏家滩镇马蒲滩村),
a sentence's start or a locative before it (在, 走进), a unit's word after it
(党支部, 位于), or the title; once a name is confirmed, each use of it counts.
Words that only end like a place (空壳村, 跨县, 推动村集体经济) are not places.

>>> ms = find_places("兴县魏家滩镇马蒲滩村有917户,全县244个行政村,空壳村3个,推动村集体经济。")
>>> [(m.name, m.level) for m in ms if m.kind == "place"]
[('兴县', 'county'), ('魏家滩镇', 'town'), ('马蒲滩村', 'village')]
>>> [(m.name, m.level) for m in ms if m.kind == "scope"]
[('全县', 'county')]
>>> chain = [m for m in ms if m.kind == "place"]
>>> chain[2].parent == 1 and chain[1].parent == 0
True
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import tables as T
from .charclass import alternation, han
from .divisions import Division, by_code, table

#: the rank of each level (smaller holds larger numbers)
RANK = {level: i for i, level in enumerate(T.LEVELS)}


@dataclass
class Mention:
    start: int
    end: int
    name: str                       # as written (in the normalised text)
    level: str                      # nation, province, city, county, town, village
    kind: str = "place"             # place, or scope (全县, 我镇 …)
    divisions: tuple[Division, ...] = ()   # the table's candidates, for the three upper levels
    bare: bool = False              # a bare short form (孝感, 汉阴)
    parent: int | None = None       # index of the mention that holds it in a chain
    siblings: list[int] = field(default_factory=list)   # units of one level named together
    example: bool = False           # named as one of many (东坝村党支部等20个党组织)


_HAN = re.compile(f"[{han()}]")
_STEM_STOP = frozenset(T.SUBCOUNTY_STEM_STOP)
_SUB_LAST = frozenset(s[-1] for s in T.SUBCOUNTY_SUFFIXES)
#: one-character endings never stand inside a name; a longer ending's last character
#: may (东木镇 beside 苏木), so the name stops where a whole longer ending stands
_SUB_ONE = frozenset(s for s in T.SUBCOUNTY_SUFFIXES if len(s) == 1)
_SUB_LONG = tuple(s for s in T.SUBCOUNTY_SUFFIXES if len(s) > 1)
_FUNCTION_NAME_CHARS = frozenset("".join(T.NAMES_WITH_FUNCTION_WORDS))
_NOT_WHERE_AFTER = T.RANK_VERBS + T.COMPARED_TO
_ORGAN = re.compile(alternation(T.ORGAN_SCOPES))
# a character before it that makes it a name's purse (宝鸡市财政), no scope
_ORGAN_OWNER = re.compile(f"[{han(T.ORGAN_SCOPE_AFTER)}]")
_SCOPE = re.compile(alternation(T.SCOPE_WORDS))
_HONOUR_NAME = re.compile(rf"(?P<gap>[{han()}]{{1,{T.HONOUR_NAME_GAP}}}?)(?:{alternation(T.HONOUR_NAME_WORDS)})")
_HONOUR_GAP_VERB = re.compile(alternation(set(T.VERB_STEMS) | set(T.BUILD_VERBS)))
_NON_PLACE = tuple(sorted(T.NON_PLACE_STEMS, key=len, reverse=True))
# (力争村集体经济收入突破40万元: a target's verb before 村 is no name either)
_VERBS = tuple(sorted(set(T.VERB_STEMS) | {w for w in T.FUTURE_WORDS if len(w) > 1}, key=len, reverse=True))
_TIME_STEMS = tuple(sorted({*T.RELATIVE_YEARS, *T.ANAPHORIC_YEARS, *T.NOW_WORDS}, key=len, reverse=True))
_INSIDE_STOPS = re.compile(alternation(w for w in (*_VERBS, *T.RELATIVE_YEARS, *T.NOW_WORDS) if len(w) > 1))
_SEP = frozenset(T.JOINING_CHARS)
_TIME_BEFORE = re.compile(T.TIME_BEFORE_NAME)
_TIME_LAST = frozenset("年度月日来")
_BREAKS = frozenset("\n。！？；!?;")
#: the label a paragraph or a numbered item opens with (（一）, 二、, 3.), matched where it
#: starts (2. 城关镇党委：…: the unit after it opens the item)
LABEL_AT = re.compile(T.SECTION_LABEL.removeprefix("^"))
_CLAUSE = frozenset("\n。！？；!?;，,、：:“\"（( \u3000｜|丨【】《》·")
_LAST: list[re.Pattern] = []


def _last_chars(tab) -> re.Pattern:
    if not _LAST:
        _LAST.append(re.compile("[" + "".join(sorted(tab.last_chars)) + "]"))
    return _LAST[0]


def find_places(text: str, title: str = "") -> list[Mention]:
    """Every place mention and scope word of ``text``, in order, with chains linked."""
    divs = _divisions(text)
    units = sorted(divs + _short_forms(text, title, divs), key=lambda m: m.start)
    subs = _towns_and_villages(text, title, units) + _zones(text, units)
    scopes = [Mention(m.start(), m.end(), m.group(), T.SCOPE_WORDS[m.group()], kind="scope")
              for m in _SCOPE.finditer(text)
              if not (m.group()[0] == "全"
                      and (m.start() > 0 and (text[m.start() - 1] in T.SCOPE_NOT_AFTER
                                              or text[max(0, m.start() - 3):m.start()].endswith(_NOT_WHERE_AFTER))
                           or _honour(text, m.end())))]
    scopes += [Mention(m.start(), m.end(), m.group(), T.ORGAN_SCOPES[m.group()], kind="scope")
               for m in _ORGAN.finditer(text) if m.start() == 0 or not _ORGAN_OWNER.match(text, m.start() - 1)]
    mentions = sorted(units + subs + scopes, key=lambda m: (m.start, m.end))
    _link(text, mentions)
    if T.EXAMPLE_MARK in text:
        ends = set()
        for x in _EXAMPLE.finditer(text):
            ends.add(x.start())
            ends.update(x.start() - len(w) for w in T.UNIT_ORGS if text.endswith(w, 0, x.start()))
        for m in mentions:
            m.example = m.kind == "place" and m.end in ends
    return mentions


# 授予东坝村党支部等20个党组织…: a unit (or its organisation) before 等 and a count is one of
# the units counted, named as an example
_EXAMPLE = re.compile(f"{T.EXAMPLE_MARK}(?=[0-9一二三四五六七八九十百千])")


def _honour(text: str, end: int) -> bool:
    """Does an honour's name follow a scope word ending at ``end`` (全国优秀共产党员,
    全国党建工作示范高校), so that the scope word gives its level, not a place?"""
    if text.startswith(T.HONOUR_WORDS, end):
        return True
    m = _HONOUR_NAME.match(text, end)
    return m is not None and _HONOUR_GAP_VERB.search(text, end, m.end("gap")) is None


def _divisions(text: str) -> list[Mention]:
    """Division names from the table: the longest ending at each character a name
    can end with (found by one scan of the text)."""
    tab = table()
    out: list[Mention] = []
    last_two, lengths, by_name = tab.last_two, tab.lengths, tab.by_name
    for mm in _last_chars(tab).finditer(text):
        e = mm.end()
        two = text[e - 2:e]
        if two not in last_two:         # most 县 and 市 are in 全县, 市委 …
            continue
        for n in lengths[two]:
            if n <= e and text[e - n:e] in by_name:
                break
        else:
            continue
        s, name = e - n, text[e - n:e]
        after = text[e:e + 1]
        if after and after in T.DIVISION_NOT_BEFORE.get(name[-1], ""):
            continue
        while out and out[-1].end > s and out[-1].end - out[-1].start < e - s:
            out.pop()                   # a shorter name inside this one
        if out and out[-1].end > s:
            continue
        found = tuple(tab.by_name[name])
        out.append(Mention(s, e, name, found[0].level, divisions=found))
    # generic words (城区, 新区) only in a chain; one-character stems (兴县, 沧县)
    # only where a boundary shows them at least once, and never inside a word
    ends = {m.end for m in out}
    confirmed = {m.name for m in out if len(m.name) == 2
                 and (_bounded(text, m.start, ends) or text.startswith(T.NAME_ORG_AFTER, m.end))}
    keep: list[Mention] = []
    for m in out:
        if m.name in T.GENERIC_DIVISIONS and not (keep and keep[-1].end == m.start):
            continue
        if len(m.name) == 2:
            before = text[m.start - 1:m.start]
            if m.name not in confirmed or (before and before in T.ONE_CHAR_STEM_WORDS.get(m.name[0], "")):
                continue
        keep.append(m)
    return keep


def _bounded(text: str, s: int, ends: set) -> bool:
    """Does a name starting at ``s`` follow a boundary (a clause mark, a locative, a unit's end)?"""
    if s == 0 or text[s - 1] in _CLAUSE or text[s - 1] in T.NAME_MAY_FOLLOW:
        return True
    return (s in ends or text[max(0, s - 3):s].endswith(T.UNIT_LEADERS + T.NAME_PREFIXES)
            or _dated_before(text, s))


def _short_forms(text: str, title: str, divs: list[Mention]) -> list[Mention]:
    """Bare short forms (汉阴, 孝感) of the divisions the document names in full, of
    the divisions that hold them, and of prefectures and provinces its title names."""
    tab = table()
    shorts: dict[str, tuple[Division, ...]] = {}
    for code in {c for m in divs for d in m.divisions for c in (d.adcode, d.city, d.province) if c}:
        h = by_code(code)
        if h is not None:
            for short in tab.shorts_of.get(code, ()):
                shorts.setdefault(short, (h,))
    for short, found in _title_shorts(title):
        shorts.setdefault(short, found)
    if not shorts:
        return []
    spans = [(m.start, m.end) for m in divs]
    out = []
    taken: list[tuple[int, int]] = []
    # a few short forms a document: found with str.find, longest first (no pattern to compile)
    for short in sorted(shorts, key=len, reverse=True):
        s = text.find(short)
        while s >= 0:
            e = s + len(short)
            k = bisect.bisect_right(spans, (s, len(text) + 1)) - 1
            inside = (k >= 0 and spans[k][1] > s) or (k + 1 < len(spans) and spans[k + 1][0] < e)
            # 朝阳街道, 长安镇: a town's or a village's name, no prefecture's short form
            if _SUB_ENDING.match(text, e) is not None:
                inside = True
            if not inside and not any(a < e and s < b for a, b in taken):
                found = shorts[short]
                out.append(Mention(s, e, short, found[0].level, divisions=found, bare=True))
                taken.append((s, e))
            s = text.find(short, e)
    return sorted(out, key=lambda m: m.start)


@lru_cache(maxsize=256)
def _title_shorts(title: str) -> tuple[tuple[str, tuple[Division, ...]], ...]:
    """The bare short forms of prefectures and provinces a title names (孝感实现…)."""
    tab = table()
    out = []
    for n in (2, 3, 4):
        for i in range(len(title) - n + 1):
            found = tuple(d for d in tab.by_short.get(title[i:i + n], ()) if d.level in ("province", "city"))
            if found:
                out.append((title[i:i + n], found))
    return tuple(out)


def _zones(text: str, units: list[Mention]) -> list[Mention]:
    """Development zones named by the division right before them (宝鸡高新区: a unit one
    level below 宝鸡市, linked to it as a chain links a village to its town)."""
    out: list[Mention] = []
    for held_by in units:               # (a few names a document: no scan of its text)
        zone = _ZONE.match(text, held_by.end) if held_by.level in _ZONE_LEVEL else None
        if zone is not None:
            out.append(Mention(zone.start(), zone.end(), held_by.name + zone.group(), _ZONE_LEVEL[held_by.level]))
    return out


_ZONE = re.compile(alternation(T.ZONE_SUFFIXES))
_ZONE_LEVEL = {"city": "county", "county": "town"}


def _towns_and_villages(text: str, title: str, units: list[Mention]) -> list[Mention]:
    ends = {m.end: m.level for m in units}      # where a unit ends, and its level
    spans = [(m.start, m.end) for m in units]
    found: list[tuple[int, int, str, bool]] = []        # start, end, level, confirmed here
    weak_ends: set[int] = set()
    singles: set[str] = set()                   # villages of a one-character name, once shown
    kinds_named: set[str] = set()               # …and of a kind's word (明星村), once put in a town
    for mm in _SUB_ENDING.finditer(text):
        suffix, ss, e = mm.group(), mm.start(), mm.end()
        nxt = text[e:e + 1]
        weak = False
        if nxt and nxt in T.SUBCOUNTY_NOT_BEFORE.get(suffix, "") \
                and not _goes_on(text[e + 1:e + 2], T.SUBCOUNTY_NOT_BEFORE_UNLESS.get(suffix + nxt)):
            # 横渠镇村集体经济, 乡镇村: an ending before 村 may be a compound's (镇村); the name
            # stands only where the document names it so elsewhere (乡村, 村级: never a name)
            if nxt not in T.SUBCOUNTY_WEAK_BEFORE.get(suffix, ""):
                continue
            weak = True
        # the name runs back from its ending over characters that may stand in a
        # name, to one that may not, in two to four of them (a longer run took in
        # a verb: 门票收入归村 is no name)
        s = ss
        while s > 0 and ss - s <= 6 and (text[s - 1] in _NAME_SET or text[s - 1] in _STOP_INSIDE
                                         and _inside_name(text, s - 1)
                                         or text[s - 1] in _NUMBER_STOPS and text[s - 2:s - 1] not in _NUMERALS
                                         or text[s - 1] in _DIVISION_END and _inner_ending(text, s - 1, ss)) \
                and not text.endswith(_SUB_LONG, 0, s):
            s -= 1
        # 其中谭家湾村: the walk stopped at 其, and 中 ends 其中, it starts no name
        opened = s > 0 and text.startswith(_LIST_OPENER, s - 1)
        if opened:
            s += 1
        # common names that hold a function word (向阳, 和平): the walk stopped inside them
        # (only where the character it stopped at is one of theirs: most endings pass at once)
        if s > 0 and text[s - 1] in _FUNCTION_NAME_CHARS:
            for c in (s - 1, s - 2):
                if c >= 0 and any(text.startswith(n, c) and c + len(n) > s for n in T.NAMES_WITH_FUNCTION_WORDS):
                    s = c
                    break
        if s == ss and suffix in T.TOWN_SUFFIXES and text[ss - 1:ss] == T.VILLAGE_NOUN:
            # 3. 太村镇：…, | 太村镇 |: a town whose name holds 村, read whole where it heads an item,
            # a row or a clause with its committee (重点村镇, 乡村镇 never do)
            a = ss - 1
            while a > 0 and ss - 1 - a < 3 and text[a - 1] in _NAME_SET:
                a -= 1
            b = a
            while b > 0 and text[b - 1] in " \t\u3000":
                b -= 1
            if 1 <= ss - 1 - a <= 3 and not text.endswith(T.NON_PLACE_STEMS, 0, ss - 1) \
                    and (b == 0 or text[b - 1] in _BREAKS or text[b - 1] == "\t" or _labelled(text, b)) \
                    and (text.startswith(T.ITEM_HEAD_AFTER, e) or text[e:e + 1] == "\t"):
                found.append((a, e, T.SUBCOUNTY_SUFFIXES[suffix], True))
                ends[e] = T.SUBCOUNTY_SUFFIXES[suffix]
            continue
        if ss - s == 1 and suffix == T.VILLAGE_NOUN and text[s] not in _ONE_CHAR_STOPS and (
                found and found[-1][1] == s and found[-1][2] == "town"
                or text[s:e] in singles and (s == 0 or text[s - 1] not in _NAME_SET)):
            # 磨子桥镇谢村: a village of one character's name, right after its town (and, once
            # so named, wherever it stands alone: 去年，谢村集体经济收入…)
            singles.add(text[s:e])
            found.append((s, e, "village", True))
            ends[e] = "village"
            continue
        if not 2 <= ss - s <= 6 or (s > 0 and text[s - 1] in _NAME_SET and not text.endswith(_SUB_LONG, 0, s)
                                    and not opened):
            continue
        k = bisect.bisect_right(spans, (ss, len(text) + 1)) - 1
        if k >= 0 and spans[k][1] > ss:
            continue                    # inside a division's name
        if k >= 0 and spans[k][1] > s:
            s = spans[k][1]             # a division named right before it: a chain (紫云小湾村)
        lead = _LEADER.match(text, s, ss)   # 家住城关镇: the locative is no part of the name
        if lead is not None and ss - lead.end() >= 2:
            s = lead.end()
        dated = _after_date(text, s, ss)    # 2024年度城关镇: nor is the date before it
        if dated is not None:
            s = dated
        level = T.SUBCOUNTY_SUFFIXES[suffix]
        if not _name_like(text[s:ss], suffix):
            # 池河镇明星村: a word for a kind of village (明星, 红旗) is a village's name where the
            # text puts it in its town, and then wherever it stands alone
            if text[s:ss] in T.NAME_LIKE_KINDS and (RANK[ends.get(s, level)] < RANK[level]
                                                    or text[s:e] in kinds_named):
                kinds_named.add(text[s:e])
                found.append((s, e, level, True))
                ends[e] = level
            continue
        b = s                           # a paragraph's indent is no word
        while b > 0 and text[b - 1] in " \t\u3000":
            b -= 1
        before = text[b - 1:b]
        # (a unit right after another is in it only when of a lower level: 城关镇中堰村;
        # 桃园社区建成社区食堂 names no second community)
        evidence = (RANK[ends.get(s, level)] < RANK[level]
                    or not before or before in _BREAKS or text[s - 1:s] == "\t"     # (a table's cell)
                    or (_labelled(text, b) and text.startswith(T.ITEM_HEAD_AFTER, e))
                    or text[max(0, b - 3):b].endswith(_NAME_LEADERS)    # 中共桐梓坪镇委员会
                    or (before in _CLAUSE and text.startswith(T.UNIT_FOLLOWERS, e))
                    or before in _LEADER_COMMAS         # (据了解，洞河镇…; 其中，神禾社区…)
                    or (bool(title) and _bounded_in(title, text[s:e])))
        if not evidence and before in T.LIST_BULLETS and _line_head(text, b - 1):
            evidence = True     # (● 蒿坪镇聚焦…: the item's subject)
        # a unit of the same level just named, and this one joined to it (甲乡、乙乡和丙镇), or
        # the next item of a list of units each with its figure (东坡村9个、西岭村7个)
        if found and before in _SEP and found[-1][3] and found[-1][2] == level and (
                found[-1][1] == b - 1 or _ITEM_FIGURE.fullmatch(text, found[-1][1], b - 1) is not None):
            evidence = True
        if weak:
            evidence = False
            weak_ends.add(e)
        found.append((s, e, level, bool(evidence)))
        ends[e] = level
    # a town right before a village confirms both (城关镇中堰村)
    for i in range(len(found) - 1):
        if found[i][1] == found[i + 1][0] and found[i][1] not in weak_ends \
                and RANK[found[i][2]] < RANK[found[i + 1][2]]:
            found[i] = found[i][:3] + (True,)
            found[i + 1] = found[i + 1][:3] + (True,)
    # 五爱村、新兴村、长岭村三个村: names listed and then counted are units, as are names listed
    # and then given their figures in turn (城关街道、四皓街道收入分别为4260万元、3980万元)
    k = 0
    while k < len(found):
        n = k
        while n + 1 < len(found) and found[n + 1][2] == found[k][2] and found[n + 1][0] - found[n][1] == 1 \
                and text[found[n][1]] in _SEP:
            n += 1
        if n > k and (_LIST_COUNTED.match(text, found[n][1]) is not None
                      or _LIST_RESPECTIVE.match(text, found[n][1]) is not None):
            for x in range(k, n + 1):
                found[x] = found[x][:3] + (True,)
        k = n + 1
    confirmed = {text[s:e] for s, e, _, ok in found if ok}
    # a unit joined to a confirmed one of its level (马蒲滩村和九原坪村) is one too
    for one, two in zip(found, found[1:]):
        if text[one[0]:one[1]] in confirmed and one[2] == two[2] and two[0] - one[1] == 1 and text[one[1]] in _SEP:
            confirmed.add(text[two[0]:two[1]])
    return [Mention(s, e, text[s:e], level) for s, e, level, _ in found if text[s:e] in confirmed]


_NAME_LEADERS = T.UNIT_LEADERS + T.NAME_PREFIXES + T.SCOPE_HOLDERS
_LEADER = re.compile(alternation(_NAME_LEADERS + tuple(w for w in T.LOCATIVE_WORDS if len(w) > 1)))
_SUB_ENDING = re.compile(alternation(T.SUBCOUNTY_SUFFIXES))


#: Chinese characters that may stand in a town's or village's name: not the function
#: words and endings of ``tables``, nor the endings of divisions (兴县|魏家滩镇)
_NAME_SET = frozenset(chr(c) for lo, hi in ((0x4E00, 0x9FFF), (0x3400, 0x4DBF)) for c in range(lo, hi + 1)) \
    - frozenset(T.SUBCOUNTY_STEM_STOP) - _SUB_ONE - frozenset(T.DIVISION_ENDINGS)


_STOP_INSIDE = frozenset(T.NAME_STOP_UNLESS_BEFORE)
#: the characters of amounts (万, 亿, 元) stand in names too (万湾村, 元坝镇), unless a number comes
#: before them (3万村民)
_NUMBER_STOPS = frozenset(T.NAME_NUMBER_CHARS)
_DIVISION_END = frozenset(T.DIVISION_ENDINGS)
_NUMERALS = frozenset("0123456789０１２３４５６７８９." + T.CN_DIGITS)
#: no one-character village's name: scope words and verbs (全村, 进村, 驻村)
_ONE_CHAR_STOPS = frozenset(T.SCOPE_CHARS + T.ONE_CHAR_VILLAGE_STOPS)
_LIST_OPENER = T.SUBCOUNT_MARK
#: a figure standing alone between a unit and the next item of its list (东坡村9个、…)
_ITEM_FIGURE = re.compile(rf"[0-9.]+[万亿]?(?:{alternation(T.UNITS)})")
_LEADER_COMMAS = T.COMMAS
_LIST_RESPECTIVE = re.compile(f"[^，,。；;：:、\n]{{0,{T.RESPECTIVE_AFTER_LIST}}}?{T.RESPECTIVELY}")
_LIST_COUNTED = re.compile(rf"等?[0-9{T.SMALL_NUMERALS}]+个(?:{alternation(T.SUBCOUNTY_SUFFIXES)})")


def _after_date(text: str, s: int, ss: int) -> int | None:
    """Where a name starts after a date that the walk back from its ending took in
    (2024年度城关镇: 城关, after 2024年度), if it did, leaving two characters at least."""
    return next((k for k in range(ss - 2, s, -1) if _dated_before(text, k)), None)


def _dated_before(text: str, k: int) -> bool:
    """Does a date or a time word end right before ``k`` (2023年洋县, 2024年度城关镇)?"""
    return text[k - 1:k] in _TIME_LAST and _TIME_BEFORE.search(text, max(0, k - 10), k) is not None


def _inner_ending(text: str, k: int, ss: int) -> bool:
    """May the division's ending at ``k`` stand inside a town's name ending at ``ss`` (殿市镇,
    老县镇)? Only one such ending, after a name character, where no division's name ends."""
    if k == 0 or text[k - 1] not in _NAME_SET or any(c in _DIVISION_END for c in text[k + 1:ss]):
        return False
    tab = table()
    return not any(text[j:k + 1] in tab.by_name or text[j:k] in tab.by_short for j in range(max(0, k - 4), k))


def _goes_on(c: str, unless: str | None) -> bool:
    """Is ``c`` one of the characters ``unless`` that make a longer word of an ending and
    the character after it (村组 + 织: 组织)?"""
    return unless is not None and c != "" and c in unless


def _line_head(text: str, k: int) -> bool:
    """Does only white space stand between the line's start and ``text[k]``?"""
    a = text.rfind("\n", 0, k) + 1
    return not text[a:k].strip()


def _inside_name(text: str, k: int) -> bool:
    """May the stop character at ``k`` stand inside a name (敖勒召其镇, not 其中城关镇)?"""
    unless = T.NAME_STOP_UNLESS_BEFORE.get(text[k])
    return unless is not None and text[k + 1:k + 2] not in unless


def _bounded_in(title: str, name: str) -> bool:
    """Does the title name ``name`` as a whole word (at its start, or after a
    mark, a space or a place's ending)?"""
    i = title.find(name)
    while i >= 0:
        if i == 0 or title[i - 1] in _CLAUSE or title[i - 1] in T.DIVISION_ENDINGS \
                or _dated_before(title, i):
            return True
        i = title.find(name, i + 1)
    return False


def _labelled(text: str, b: int) -> bool:
    """Does only a numbered item's label stand between the line's start and ``b``? (The
    unit after it heads the item when its committee or a colon follows: 2. 城关镇党委：…;
    一、新建社区养老服务站3个 names no community.)"""
    a = text.rfind("\n", 0, b) + 1
    return b - a <= T.ITEM_LABEL_MAX and LABEL_AT.fullmatch(text, a, b) is not None


def _name_like(stem: str, suffix: str) -> bool:
    if not 2 <= len(stem) <= 4 or stem.startswith(_VERBS) or stem.endswith(_TIME_STEMS):
        return False                    # (去年村集体经济收入: a time word, no name)
    if stem[0] == T.ORDINAL_STEM and stem[1] in T.ORDINAL_STEM_DIGITS:
        return False
    if all(c in T.PLACEHOLDER_CHARS for c in stem):
        return False                    # 某某镇, XX村: a name left out, no place to add up by
    # a longer run that holds a verb or a time word took in a clause
    # (去年发展村集体经济项目, 新发展村级…): no name
    if len(stem) > 2 and _INSIDE_STOPS.search(stem) is not None:
        return False
    if stem[-1] in T.STEM_LAST_STOP.get(suffix, ""):
        return False
    if len(stem) > 2 and stem[-1] in T.SLOGAN_STEM_LAST.get(suffix, ""):
        return False
    return not stem.endswith(_NON_PLACE) and not stem.startswith(_NON_PLACE)


# 城南区、高新区、长安县: an item between two units of a list that ends like one (a zone named
# by no division is no place, but it stands in the list)
_UNNAMED_ITEM = re.compile(f"[{''.join(T.JOINING_CHARS)}][{han()}]{{0,6}}?(?:{alternation(T.ZONE_SUFFIXES)})"
                           f"[{''.join(T.JOINING_CHARS)}]")


def _link(text: str, mentions: list[Mention]) -> None:
    """Chains (a unit named right after the unit holding it: 兴县魏家滩镇马蒲滩村)
    and lists (甲乡、乙乡和丙镇: units of one level named together)."""
    for i in range(1, len(mentions)):
        a, b = mentions[i - 1], mentions[i]
        if a.kind != "place" or b.kind != "place":
            continue
        if b.start == a.end and RANK[a.level] < RANK[b.level]:
            b.parent = i - 1
        elif a.level == b.level and (0 < b.start - a.end <= 1 and text[a.end:b.start] in _SEP
                                     or _UNNAMED_ITEM.fullmatch(text, a.end, b.start) is not None):
            group = a.siblings or [i - 1]
            group.append(i)
            for k in group:
                mentions[k].siblings = group
            if b.parent is None:
                b.parent = mentions[group[0]].parent


def canonical(m: Mention) -> str:
    """One key for the ways a place is named (孝感, 孝感市; 沧源县, 沧源佤族自治县)."""
    if m.divisions and len(m.divisions) == 1:
        return m.divisions[0].adcode
    return m.name


def most_named(mentions: list[Mention]) -> dict[str, Mention]:
    """The unit of each level that a document names most, by its first full mention."""
    counts: dict[str, Counter] = defaultdict(Counter)
    first: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        if m.kind != "place":
            continue
        key = canonical(m)
        counts[m.level][key] += 1
        if (m.level, key) not in first or (first[(m.level, key)].bare and not m.bare):
            first[(m.level, key)] = m
    return {level: first[(level, c.most_common(1)[0][0])] for level, c in counts.items()}


__all__ = ["Mention", "find_places", "most_named", "canonical"]
