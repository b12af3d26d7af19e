r"""Attach context: a claim's sentence, and where and when its figure holds.

Place and year follow the rules of ``docs/claims.md`` §4, read from the
:class:`~dangjian_cli.document.Document` built once per document: the place and
time named in the claim's own sentence, else those governing its paragraph and
section, else the document's own.

>>> ctx = Context("2024年,汉阴县党组织达166个。\n全县投入资金50万元。")
>>> ctx.sentence_bounds(10)
(0, 18)
>>> w = ctx.where(10, 14, 0, 18)
>>> w.place, w.county, w.adcode
('汉阴县', '汉阴县', '610921')
>>> ctx.when(10, 14, 0, 18, "party_organizations", False)
(2024, None)
"""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from . import tables as T
from .rows import column_year, heading_above
from .charclass import alternation, up_to_last
from .candidates import find_candidates
from .divisions import by_code, contains, holders, parent
from .document import Document
from .places import RANK, canonical
from .resolve import prefix_word

_SENT_END = re.compile(rf"[{re.escape(T.SENTENCE_END)}]+")
_LAST_MARK = up_to_last(T.SENTENCE_END)
_SENTENCE_MARKS = frozenset(T.SENTENCE_END)
#: a sentence longer than this is cut to the clauses around the claim
MAX_SENTENCE = 600
#: how far back in its sentence a claim's place and year are looked for
LOOK_BACK = 200
_REST = re.compile(alternation(T.REST_WORDS))
#: after a time, a multiple of what it dated (是2021年的4倍): the time is a comparison's base
_MULTIPLE_OF = re.compile(T.MULTIPLE_OF)
#: between two units of a list each with its figure: the figure, then the list's mark (18.2万元、)
_ITEM_GAP = re.compile(rf"[^，,。；;：:]{{0,6}}?[0-9.]+[万亿]?"
                       rf"[^，,。；;：:{T.JOINING_CHARS}]{{0,4}}[{T.JOINING_CHARS}]")
_CLAUSE_MARKS = set(T.CLAUSE_END)
#: all the units of a level at once (各村, 所有社区): see ``tables.EACH_UNITS``
_EACH = re.compile(f"(?:{'|'.join(T.EACH_WORDS)})"
                   f"({'|'.join(map(re.escape, sorted(T.EACH_UNITS, key=len, reverse=True)))})")
_HELD_LEVELS = frozenset(("county", "town", "village"))
#: the kinds of time that name a year of the report's own (今年, 近三年, 2013年以来 …): in
#: an undated report the year they name is unknown, and no other year stands for it
_UNKNOWN_UNDATED = ("relative", "since", "period", "era", "vague")
#: the kinds of time a statement holds for, that a 其中 paragraph after it goes on in
_STATED = ("year", "range", "since", "period", "relative", "asof", "era")
#: a figure's digit (a year's, 2021年, is none)
_FIGURE = re.compile(r"[0-9０-９](?![0-9０-９.]*年)")
#: 由2018年的41.2%提高到51.6%: after its year, the first state and the verb that leads to the second
_FIRST_STATE = re.compile(rf"的?[^{re.escape(T.CLAUSE_END)}]{{0,12}}?[0-9０-９一二三四五六七八九十]"
                          rf"[^{re.escape(T.CLAUSE_END)}]{{0,8}}?(?:{'|'.join(T.FROM_TO_VERBS)})(?:{'|'.join(T.TO_WORDS)})")


_CLAUSE_END_AFTER = re.compile(f"[{re.escape(T.SENTENCE_MARKS)},，]")
_YEARS_LISTED = re.compile(f"(?<![0-9])(?:(?:19|20)[0-9]{{2}}[{T.JOINING_CHARS}])+$")
_YEAR_DIGITS = re.compile("[0-9]{4}")
_RATE_NAME = re.compile(f"(?:{alternation(T.CUMULATIVE_CUES)})(?:{alternation(T.RATE_ENDINGS)})")


class Context:
    def __init__(self, text: str, head: str | None = None, furniture=None, *,
                 title: str | None = None, date: str | None = None):
        self.text = text
        self._given = (title, date)
        self.furniture = furniture
        self.head = text if head is None else head
        self._sent_starts: list[int] | None = None    # all of them: only for out-of-order calls
        self._doc: Document | None = None
        self._last_sentence = (0, 0, (0, 0))
        # the raw sentence of the last offset asked for: (offset, start, end)
        self._walk = (0, 0, -1)
        self._carry: dict[int, tuple[int | None, int | None] | None] = {}   # see _carried
        self._months: dict[int, bool] = {}      # see _has_month
        self._city: bool | None = None          # see _city_named
        self._each: list[int] | None = None     # see _each_between: where, and of what level
        self._each_level: list[str] = []
        self._implied_cache: dict[str, object] = {}     # see _implied

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

    # --- where and when ------------------------------------------------------------

    @property
    def doc(self) -> Document:
        if self._doc is None:
            self._doc = Document(self.text, self.head if self.head is not self.text else None,
                                 self.furniture, title=self._given[0], date=self._given[1])
        return self._doc

    def _clause_bounds(self, i: int, s: int, e: int) -> tuple[int, int]:
        text = self.text
        a = i
        while a > s and text[a - 1] not in _CLAUSE_MARKS:
            a -= 1
        b = i
        while b < e and text[b] not in _CLAUSE_MARKS:
            b += 1
        return a, b

    def where(self, i: int, j: int, s: int, e: int) -> Where:
        """Where the figure at ``text[i:j]`` (sentence ``[s, e)``) holds."""
        doc = self.doc
        m = self._place_mention(i, j, s, e)
        if m is None:
            return _NOWHERE
        if m.kind == "scope":
            if m.level == "nation":
                return Where("全国", None, None, None, None)
            level = m.level
            m = self._scope_unit(m, i, s)
            if m is None:
                # 全省 in a story that names only the province's cities (我省各地…: 榆林市,
                # 汉中市): the one division of that level that holds every place it names
                d = self._implied(level)
                return Where(d.name, *holders(d), d.adcode) if d is not None else _NOWHERE
        if m.kind == "place" and m.example:
            # 授予东坝村党支部等20个党组织: one of the units counted, so about what holds them
            m = self._holder(m.level)
            if m is None:
                return _NOWHERE
        # (各县区收缴率均在99%以上。其中，…秦都区: the words for all the units stand before the
        # figure, also when the unit found is a topic named after it)
        each = self._each_between(max(m.end, s) if m.end <= i else s, i) \
            if m.kind == "place" and m.level in _HELD_LEVELS else None
        if each is not None and RANK[m.level] >= RANK[each]:
            # (在丈八东路社区…。所有社区党群服务中心面积…: about them all)
            held = self._holder(each)
            if held is None and m.end > i:
                return _NOWHERE
            m = held or m
        paired = self._respective_place(m, i, s) if m.siblings else self._respective_items(m, i, s)
        if paired is not None:
            m = paired
        elif m.siblings and m.parent is not None:      # 安化县田庄乡、南金乡和小淹镇: the county
            m = doc.mentions[m.parent]
        elif m.siblings:
            # 在漫川关镇、高坝店镇等镇探索…: about the units of the list at once, so about
            # the document's own unit that holds them, else the division holding them all
            # (在池河镇，五爱村、新兴村三个村抱团发展: the unit above them named before the list
            # in its sentence)
            held = self._above_in_sentence(doc.mentions[m.siblings[0]], s) or self._holder(m.level)
            if held is None:
                common = self._common_division(m)
                if common is not None:
                    return Where(common.name, *holders(common), common.adcode)
                return _NOWHERE             # (no one of them: nothing says what holds them all)
            m = held
        m = doc.full(m)
        d = doc.holders(m)
        if d is None and not m.divisions:
            # a town or village the document does not place: in the document's county
            county = doc.unit("county")
            d = doc.division(county) if county is not None else None
        if d is None:
            return Where(m.name, None, None, None, None)
        prov, city, county_name = holders(d)
        return Where(m.name, prov, city, county_name, d.adcode)

    def _speakers_unit(self, m):
        """The unit of ``m``'s level named right after the close of the quote ``m`` stands in
        (its speaker's), if ``m`` is in one."""
        doc, text = self.doc, self.text
        p = doc.paragraphs[doc.paragraph_index(m.start)]
        if text.count(T.QUOTE_OPEN, p.start, m.start) <= text.count(T.QUOTE_CLOSE, p.start, m.start):
            return None
        close = text.find(T.QUOTE_CLOSE, m.end, p.end)
        if close < 0:
            return None
        for x in doc.mentions_between(close, close + T.SPEAKER_REACH):
            if x.kind == "place" and x.level == m.level:
                return x
        return None

    def _above_in_sentence(self, first, s: int):
        """The nearest unit of a higher level than ``first`` named before it in its
        sentence (from ``s``), if any."""
        doc = self.doc
        for x in reversed(doc.mentions_between(s, first.start)):
            if x.kind == "place" and RANK[x.level] < RANK[first.level] and doc.usable(x):
                return x
        return None

    def _implied(self, level: str):
        """The division of ``level`` (province or city) that holds every division the
        document names, when they are two at least and all in one; else None."""
        if level not in T.IMPLIED_LEVELS:
            return None
        if level not in self._implied_cache:
            self._implied_cache[level] = self._one_holder(level)
        return self._implied_cache[level]

    def _one_holder(self, level: str):
        doc = self.doc
        holding: set[str] = set()
        named: set[str] = set()
        for x in doc.mentions:
            if x.kind != "place":
                continue
            d = doc.division(x)
            if d is None:
                if x.divisions:
                    return None                 # an ambiguous name: nothing is sure
                continue                        # (a town or a village)
            code = d.province if level == "province" else d.city
            if d.level == level or not code:
                return None                     # the level itself, or a name above it
            holding.add(code)
            named.add(d.adcode)
        return by_code(holding.pop()) if len(holding) == 1 and len(named) >= 2 else None

    def _common_division(self, m):
        """The division that holds every unit of the list ``m`` is in (西安市、宝鸡市、咸阳市
        → 陕西省), by the division table; None when one of them is not in it."""
        doc = self.doc
        divs = []
        for k in m.siblings:
            d = doc.holders(doc.full(doc.mentions[k]))
            if d is None:
                return None
            divs.append(d)
        if not divs:
            return None
        a = parent(divs[0])
        while a is not None:
            if all(contains(a, d) for d in divs):
                return a
            a = parent(a)
        return None

    def _place_mention(self, i: int, j: int, s: int, e: int):
        doc = self.doc
        # the nearest; a bare short form (黎平清江公司) only when nothing else is named
        bare = None
        named = doc.mentions_between(max(s, i - LOOK_BACK), i)
        rest = _REST.search(self.text, max(s, i - T.REST_REACH), i) if named else None
        if rest is not None and rest.start() >= self._clause_bounds(i, s, i)[0]:
            # 其余6个村: the rest of the units just named are their holder's, not the last one's
            members = [m for m in named if m.end <= rest.start() and m.kind == "place" and doc.usable(m)]
            after = [m for m in named if m.start >= rest.end()]
            if members and not after:
                last = members[-1]
                return doc.mentions[last.parent] if last.parent is not None else doc.place
        for k in range(len(named) - 1, -1, -1):
            m = named[k]
            if doc.usable(m):
                if not m.bare:
                    return self._partner(named, k) or m
                if bare is None:
                    bare = m
        if bare is not None:
            return bare
        a, b = self._clause_bounds(j, s, e)
        for m in doc.mentions_between(j, b):
            if doc.usable(m):
                return m
        # the paragraph's topic, else the topic carried from the paragraphs before it in its section
        k = doc.paragraph_index(i)
        if "\t" in self.text[doc.paragraphs[k].start:doc.paragraphs[k].end]:
            return doc.place        # a table's row is about what it names (合计: the whole table's)
        own = k
        while k >= 0:
            p = doc.paragraphs[k]
            if p.topic is not None and not p.furniture and p.topic.level != "nation" and (
                    not p.keeps_topic or k == own):
                return p.topic
            if p.heading:
                break
            k -= 1
        return doc.place

    def _city_named(self) -> bool:
        """Does the document name its city otherwise than in an organisation's name
        (安康日报 in a source line names no place the report is about)?"""
        if self._city is None:
            doc, city = self.doc, self.doc.unit("city")
            self._city = city is not None and any(
                x.kind == "place" and x.level == "city" and canonical(x) == canonical(city)
                and not self.text.startswith(T.ORG_AFTER, x.end) for x in doc.mentions)
        return self._city

    def _partner(self, named: list, k: int):
        """宁陕县与苏州市吴中区签订协议12份: the unit after 与/同 is a partner of the one
        named before it, whose figure it is (the unit before, if there is one)."""
        text = self.text
        first = k
        while first > 0 and named[first].parent is not None and named[first - 1].end == named[first].start:
            first -= 1                  # the start of the chain (苏州市吴中区)
        if first == 0 or text[named[first].start - 1:named[first].start] not in T.PARTNER_WORDS:
            return None
        before = named[first - 1]
        if before.kind != "place" or before.end != named[first].start - 1 or not self.doc.usable(before):
            return None
        return before

    def _each_between(self, a: int, b: int) -> str | None:
        """The level of the first words for all the units of a level (各村, 所有社区) in
        ``text[a:b]``, or None. (They are found once for the document.)"""
        if self._each is None:
            found = list(_EACH.finditer(self.text))
            self._each = [m.start() for m in found]
            self._each_level = [T.EACH_UNITS[m.group(1)] for m in found]
        k = bisect.bisect_left(self._each, a)
        return self._each_level[k] if k < len(self._each) and self._each[k] < b else None

    def _holder(self, level: str):
        """The document's own unit nearest above ``level``, if it has one."""
        for above in reversed(T.LEVELS[1:RANK[level]]):
            own = self.doc.unit(above)
            if own is not None:
                return own
        return None

    def _respective_place(self, m, i: int, s: int):
        """榆林市、延安市分别达到6.2亿元、4.8亿元: each figure the place of its rank in the list."""
        doc = self.doc
        last = doc.mentions[m.siblings[-1]]
        k = self.text.rfind(T.RESPECTIVELY, last.end, i)     # the latest: …，分别增长5%、6%
        if k < 0 or doc.mentions[m.siblings[0]].start < s:
            return None
        n = self._figures_between(k, i)
        return doc.mentions[m.siblings[n]] if n < len(m.siblings) else None

    def _respective_items(self, m, i: int, s: int):
        """西安市18.2万元、宝鸡市11.5万元、咸阳市10.8万元，分别比2020年增长36%、28%和25%: a list
        of units each with its figure, then 分别: each figure after it the unit of its rank."""
        if m.kind != "place" or self.text.find(T.RESPECTIVELY, m.end, i) < 0:
            return None
        k = self.text.rfind(T.RESPECTIVELY, m.end, i)
        doc = self.doc
        units = [m]
        for x in reversed(doc.mentions_between(s, m.start)):
            if x.kind != "place" or x.level != m.level:
                continue
            if _ITEM_GAP.fullmatch(self.text, x.end, units[0].start) is None:
                break
            units.insert(0, x)
        if len(units) < 2:
            return None
        n = self._figures_between(k, i)
        return units[n] if n < len(units) else None

    def _figures_between(self, k: int, i: int) -> int:
        """How many figures stand in ``text[k:i]`` (the figure at ``i`` not counted)."""
        if i <= k:
            return 0
        # (to the clause's end: a list's items, 12、15、18名, are figures by the measure word after them)
        m = _CLAUSE_END_AFTER.search(self.text, i, i + T.RESPECTIVE_REACH)
        return len([c for c in find_candidates(self.text[k:m.start() if m else i + T.RESPECTIVE_REACH])
                    if c.start + k < i])

    def _scope_unit(self, m, i: int, s: int):
        """The unit a scope word stands for: a unit of its level named before it in its
        sentence (江苏省实施…工程,全省…), else the document's own, or for a town or
        village the one the text is about just then (该村 after 长风村)."""
        doc = self.doc
        for x in reversed(doc.mentions_between(s, m.start)):
            if x.kind == "place" and doc.usable(x) and (
                    x.level == m.level or m.level == "city" and x.level == "county"
                    and x.name.endswith(T.COUNTY_CITY_ENDING)):     # (旬阳市坚持…,全市…: 旬阳市)
                return x
        if m.level == "city":
            # 旬阳市: a county-level city calls itself 全市, 我市
            county = doc.unit("county")
            if county is not None and county.name.endswith(T.COUNTY_CITY_ENDING) and not self._city_named():
                return county
        if m.level in ("town", "village"):
            # “我们村…户均增收1.2万元。”五龙山村党支部书记张强说: the speaker's unit, named after the quote
            speaker = self._speakers_unit(m)
            if speaker is not None:
                return speaker
            k = doc.paragraph_index(i)
            floor = 0
            while k >= 0:
                if doc.paragraphs[k].heading:
                    floor = doc.paragraphs[k].start
                    break
                k -= 1
            for x in reversed(doc.mentions_between(floor, m.start)):
                if x.kind == "place" and x.level == m.level:
                    return x
        own = doc.unit(m.level)
        if own is not None:
            return own
        for x in reversed(doc.mentions_between(0, m.start)):
            if x.kind == "place" and x.level == m.level:
                return x
        return None

    def when(self, i: int, j: int, s: int, e: int, category: str, change: bool) -> tuple[int | None, int | None]:
        """(year, year_from) of the figure at ``text[i:j]`` (sentence ``[s, e)``)."""
        doc = self.doc
        report = doc.report_year
        if self.text.find("\t", s, e) >= 0:
            # a table turned on its side: the cell's column is a year (指标 | 2022年 | 2023年)
            h = heading_above(self.text, i)
            year = column_year(h) if h is not None else None
            if year is not None:
                return year, None
        marks = doc.times_between(s, e)
        anchor = self._anchor(marks, i)
        if anchor is None and any(t.kind == "anaphoric" and t.end <= i for t in marks):
            # 2019年，…成立合作社。/ 第一年，…当年亩均收入…: 当年 is the year governing it
            anchor = self._governing_year(i, s, marks, None)
        # 1. 分别 lists paired with the years of a range or list named before them
        paired = self._respectively(marks, i, s)
        if paired is not None:
            return paired, None
        base_mark = None
        before = [t for t in marks if t.end <= i]
        for t in before:
            if t.kind == "base":
                base_mark = t
        base = None
        # 比2022年的8520人增长0.9%: the base's own figure holds for the base's year
        own_base = base_mark is not None and not change and self.text[base_mark.end:i] in T.BASE_FIGURE_LINKS
        if base_mark is not None and (change or own_base):
            sentence_year = anchor if anchor is not None else self._governing_year(i, s, marks, report)
            base = base_mark.resolve(report, sentence_year)[1]
            if own_base:
                return base, None
        # 2. the time named in the sentence, nearest before the figure, else after it
        own = [t for t in before if t.kind not in ("base", "undated")]
        if own and self._first_state(own[-1], i):
            # 由2018年的41.2%提高到51.6%,提高10.4个百分点: the year is the first state's; the
            # figures after it hold when the sentence's report does, and a change runs from it
            t = own.pop()
            if change and base is None and t.kind == "year":
                base = t.year
        elif change and base is None:
            # 从2018年的392.6万名增加到2023年的421.3万名，净增28.7万名: the change runs from
            # the first state's year to the second's
            first = next((t for t in own if t.kind == "year" and self._first_state(t, i)), None)
            if first is not None:
                base = first.year
        # 建立党组织11个，党员从2021年的19名…: a time after another figure, or that opens a
        # from-to frame of its own, is another figure's (but 如今…1200亩、民宿23家，2023年…:
        # the sentence's year names the present it opened with)
        now = any(t.kind == "now" for t in own)
        after = [t for t in marks if t.start >= j and t.kind in ("year", "range", "relative", "anaphoric",
                                                                   "asof", "bare", "plan")
                 and (now or _FIGURE.search(self.text, j, t.start) is None)
                 and self.text[t.start - 1:t.start] not in T.FROM_WORDS
                 and _MULTIPLE_OF.match(self.text, t.end) is None       # 是2021年的4倍: a base
                 # 一般等次的7个单位，要在2024年3月底前形成整改报告: a deadline for what is done about them
                 and not self.text.startswith(T.DEADLINE_MARKS, t.end)]
        for t in reversed(own):
            if self._first_state(t, i):
                continue                        # 从2021年的19名增加到如今的57名: 2021 is the 19's
            y, yf = t.resolve(report, anchor)
            if y is None and yf is None and t.kind == "period":
                # 2021年以来，…，三年来: with the report's date unknown, the period is the one
                # the sentence's 以来 named before it
                since = next((o for o in reversed(own) if o.start < t.start and o.kind == "since"), None)
                if since is not None:
                    y, yf = since.resolve(report, anchor)
                else:
                    # …or the one its section's heading or paragraph names (四、2022年以来工作情况 /
                    # 两年来,累计投入…)
                    heading = self._carried(self.doc.paragraph_index(i))
                    if heading is not None and heading[1] is not None:
                        y, yf = heading
            if y is None and yf is None:
                if t.kind in _UNKNOWN_UNDATED or t.kind == "anaphoric":
                    return None, None           # a time is named, but the report's date is unknown
                continue                        # 目前: the present of the report, whatever governs it
            if yf is not None and y is not None:
                y, yf = self._from_to(i, s, y, yf)
            return (y, base if base is not None else yf)
        if after:
            y, yf = after[0].resolve(report, anchor)
            if y is not None or yf is not None:
                return y, (base if base is not None else yf)
        # 3. the time governing the paragraph, the section or the whole document — but not
        # past the present set against it (2007年，…发展乡村旅游。如今，…年接待游客600万人次:
        # not 2007; the report's year, or none)
        if base is None and any(t.kind == "now" and self.text.startswith(T.CONTRAST_NOW, t.start) for t in own):
            return report, None
        if base is None and not own:
            # 其中，望京街道全年受理诉求8.6万件 opening a paragraph: a part of what the paragraph
            # before stated last, in that statement's year
            cont = self._continued(i)
            if cont is not None:
                return cont
        got = self._governing(i, s, marks)
        if got is None:
            if base is None:
                month = self._month_year(marks)
                if month is not None:
                    return month, None
                whole = self._whole_year(s, i)
                if whole is not None:
                    return whole, None
            return (report if base is not None else None), base
        y, yf, carried = got
        if base is not None:
            return y, base
        if yf is not None and carried and not self._cumulative(i, s, category):
            yf = None
        return y, yf

    def _continued(self, i: int) -> tuple[int | None, int | None] | None:
        """The (year, year_from) of the last time the paragraph before stated, when the
        figure's paragraph opens with 其中 and names no time before ``i``."""
        doc = self.doc
        k = doc.paragraph_index(i)
        if k <= 0:
            return None
        p = doc.paragraphs[k]
        head = p.start
        while head < i and self.text[head] in " \t\u3000":
            head += 1
        if not self.text.startswith(T.SUBCOUNT_MARK, head) or doc.times_between(p.start, i):
            return None
        prev = doc.paragraphs[k - 1]
        marks = [t for t in doc.times_between(prev.start, prev.end) if t.kind in _STATED and not t.dated]
        if not marks:
            return None
        y, yf = marks[-1].resolve(doc.report_year)
        return (y, yf) if y is not None or yf is not None else None

    def _month_year(self, marks) -> int | None:
        """The year of a month named without one (7月12日, 1-6月) in a report dated to the
        month or day: the report's, or the year before for a month after the report's own;
        in an undated one whose headline names its year (2023年大事记), that year."""
        month = self.doc.month
        if month is None:
            t = self.doc.title_time
            if t is None or t.kind != "year" or not t.year or not any(m.kind == "undated" for m in marks):
                return None
            month = (t.year, 12)
        for t in marks:
            if t.kind == "undated":
                # 下半年，…计划培训党员1800人次 in a report of June: a plan, the months to come
                later = t.month is not None and t.month > month[1] and not self._planned(t)
                return month[0] - (1 if later else 0)
        return None

    def _planned(self, t) -> bool:
        """Is the time ``t`` a plan's (a plan word in its sentence after it) or a deadline's?"""
        s, e = self.sentence_bounds(t.start)
        return self.text.startswith(T.DEADLINE_MARKS, t.end) or any(w in self.text[t.end:e] for w in T.PLAN_WORDS)

    def _whole_year(self, s: int, i: int) -> int | None:
        """全年召开支部党员大会12次 in a report dated 2023年12月: 2023 (in one dated January
        2024, a review of the year before: 2023 too)."""
        report = self.doc.report_year
        if report is None or not any(w in self.text[s:i] for w in T.WHOLE_YEAR_WORDS):
            return None
        month = self.doc.month
        return report - 1 if month is not None and month[1] <= T.WHOLE_YEAR_LOOKS_BACK_TO else report

    def _governing_year(self, i: int, s: int, marks, report) -> int | None:
        got = self._governing(i, s, marks)
        return got[0] if got else report

    def _anchor(self, marks, i: int) -> int | None:
        """The year 当年/次年 refer to: the last year named before ``i`` in the sentence."""
        y = None
        for t in marks:
            if t.start >= i:
                break
            if t.kind in ("year", "bare", "asof", "range", "plan") and t.year:
                y = t.year
        return y

    def _respectively(self, marks, i: int, s: int) -> int | None:
        """2019年至2021年分别为99.7%、98.7%、94%: each figure its own year."""
        text = self.text
        k = text.rfind(T.RESPECTIVELY, s, i)       # (the list the figure is in: the nearest 分别)
        if k < 0:
            return None
        years: list[int] = []
        for t in marks:
            if t.end > k:
                break
            if t.kind == "range" and t.year and t.year_from:
                years = list(range(t.year_from, t.year + 1))
            elif t.kind == "year" and t.year:
                years = years + [t.year] if years and text[t.start - 1:t.start] in T.JOINING_CHARS else [t.year]
                if len(years) == 1:
                    # 2021、2022、2023年分别…: years listed before the one that 年 follows
                    m = _YEARS_LISTED.search(text, max(0, t.start - 40), t.start)
                    if m is not None:
                        years = [int(y) for y in _YEAR_DIGITS.findall(m.group())] + years
        if len(years) < 2 and any(w in text[s:k] for w in T.SAME_PERIOD_WORDS):
            # 同期，…分别为1.86亿元、2.23亿元: the years of the period governing the paragraph
            got = self._governing(i, s, marks)
            if got is not None and got[0] and got[1] and got[0] > got[1]:
                years = list(range(got[1], got[0] + 1))
        if len(years) < 2:
            return None
        n = self._figures_between(k, i)
        return years[n] if n < len(years) else None

    def _from_to(self, i: int, s: int, y: int, yf: int) -> tuple[int | None, int | None]:
        """从86平方米提高到144平方米 in a period: the first state is its first year's,
        the second its last year's."""
        before = self.text[max(s, i - 8):i]
        q = prefix_word(self.text, i)
        if before[:len(before) - len(q)].endswith(T.FROM_WORD):     # (从不足300亩)
            return yf, None
        if any(before.endswith(v + w) for v in T.FROM_TO_VERBS for w in T.TO_WORDS):
            return y, None
        return y, yf

    def _first_state(self, t, i: int) -> bool:
        """Does the time ``t`` name only the first state of a from-to frame that ``i`` follows?"""
        text = self.text
        return (text[t.start - 1:t.start] in T.FROM_WORDS and t.start > 0
                and _FIRST_STATE.match(text, t.end, i) is not None)

    def _cumulative(self, i: int, s: int, category: str) -> bool:
        """Does the figure add up over a period carried to it from another sentence?"""
        text = self.text
        if any(w in text[s:i] for w in T.WHOLE_YEAR_WORDS):
            return False                # 全年共发展党员98名: one year's, whatever period governs
        if any(w in text[s:i] for w in T.PLAN_WORDS):
            return False                # 镇党委将安排经费1.5万元: a plan's, after the period
        a, _ = self._clause_bounds(i, s, i)
        if text.find(T.PER_MARK, a, i) >= 0:
            return False                # 每月开展巡边4次以上: a rate adds up to nothing
        if category in ("funds", "activities"):
            return True
        # an item of a 、 list (新建学校21所、卫生院9所) is governed by the list's verb
        while a > s and self.text[a - 1] == T.LIST_MARK:
            a, _ = self._clause_bounds(a - 1, s, a - 1)
        words = text[a:i]
        if T.RATE_ENDINGS[0] in words:
            words = _RATE_NAME.sub("", words)   # 整改率96.2%: a rate's name does nothing
        return any(w in words for w in T.CUMULATIVE_CUES)

    def _governing(self, i: int, s: int, own_marks) -> tuple[int | None, int | None, bool] | None:
        """(year, year_from, carried from another sentence?) of the time that governs
        the figure's paragraph, section or document."""
        doc = self.doc
        if any(w in self.text[s:i] for w in T.NEXT_STEP_WORDS):
            # 下一步，计划新建加工厂1座: what is to come: the year of the report's own date, when
            # it has one, never a year of what was done (nor a headline's year under review)
            return (doc.month[0], None, True) if doc.month is not None else None
        report = doc.report_year
        k = doc.paragraph_index(i)
        while k >= 0 and doc.paragraphs[k].furniture:
            k -= 1
        carried = None
        if k >= 0:
            p = doc.paragraphs[k]
            t = p.time
            if t is not None and p.time_at <= i:
                y, yf = t.resolve(report)
                if y is not None or yf is not None:
                    return y, yf, True
                if t.kind in _UNKNOWN_UNDATED and not t.dated:
                    return None, None, True     # 今年以来 in an undated report: a year, unknown
            carried = self._carried(k)
        # a month or part of a year named without its year (上半年,…；…) in the figure's
        # sentence or earlier in its paragraph: no year from another paragraph holds; in a
        # report dated to the month, the paragraph's month has its year (1至9月,…；实现利润…)
        if any(t.kind == "undated" for t in own_marks):
            return None
        if k >= 0 and self._has_month(k):
            months = [t for t in doc.times_between(doc.paragraphs[k].start, i) if t.kind == "undated"]
            if months:
                y = self._month_year(months)
                return (y, None, True) if y is not None else None
        intro = self._intro_time()
        # the intro governs its own paragraph and what follows, never a paragraph before it;
        # before it, the headline's year still does (2023年度述职报告: 我村共有农户418户)
        if carried is None and intro is not None and self._intro_from > i and doc.title_time is not None:
            intro = doc.title_time
        elif carried is None and (intro is None or self._intro_from > i):
            return None
        if carried is not None:
            y, yf = carried
        else:
            assert intro is not None
            y, yf = intro.resolve(report)
        if y is None and yf is None:
            return None
        if k >= 0 and y is not None and self._stale(k, y):
            return (report, None, True) if report is not None else None
        return y, yf, True

    def _stale(self, k: int, y: int) -> bool:
        """Does paragraph ``k`` open with the present (如今, 现在) after the text has named a
        year later than ``y``? (1998年，… / 2005年当选… / 如今，…: the present is no earlier
        than 2005, so 1998 does not govern it)."""
        doc = self.doc
        p = doc.paragraphs[k]
        if not doc.text.startswith(T.NOW_OPENERS, p.start):
            return False
        return any(t.kind == "year" and t.year is not None and t.year > y for t in doc.times_between(0, p.start))

    def _has_month(self, k: int) -> bool:
        """Does paragraph ``k`` name a month or part of a year without its year? (once each)"""
        got = self._months.get(k)
        if got is None:
            p = self.doc.paragraphs[k]
            got = self._months[k] = any(t.kind == "undated" for t in self.doc.times_between(p.start, p.end))
        return got

    def _carried(self, k: int) -> tuple[int | None, int | None] | None:
        """The (year, year_from) carried into paragraph ``k`` from the paragraphs before it
        in its section: the time that opens the nearest of them to have one (not an
        event's), up to the section's heading. In a list of items with run-in headings
        (（一）强化阵地建设。2023年,…), an item's time holds for that item only: a later
        item gets what the list's first item gets (the section's heading, the list's lead).
        Found once for each paragraph: every paragraph passed on the way gets the same."""
        doc, cache = self.doc, self._carry
        passed: list[int] = []
        got = None
        j = k
        while j not in cache:
            passed.append(j)
            first = doc.first_item[j]
            if doc.item_at[j] == j and first != j:
                j = first               # a later item: what the list's first item gets
                continue
            if j == 0:
                break
            got = self._opening(j - 1)
            p = doc.paragraphs[j - 1]
            if got is not None or p.heading and not p.furniture:
                break
            j -= 1
        else:
            got = cache[j]
        for x in passed:
            cache[x] = got
        return got

    def _opening(self, j: int) -> tuple[int | None, int | None] | None:
        """The (year, year_from) of the time that opens paragraph ``j`` (after its run-in
        heading), if it opens with one that is no event's."""
        p = self.doc.paragraphs[j]
        t = p.time
        if not p.furniture and self.text.startswith(T.CONTRAST_NOW, p.opens):
            # 2016年，…试种了20个大棚。/ 如今，…；去年…: the present it opens with goes on after it
            return self.doc.report_year, None
        if p.furniture or t is None or t.dated or p.time_at != p.opens or p.chronology:
            return None                 # (a paragraph of years one after another: none holds after it)
        if any(m.kind == "now" and self.text.startswith(T.CONTRAST_NOW, m.start)
               for m in self.doc.times_between(p.time_at, p.end)):
            # 2007年，…。如今，…: the paragraph ends in the present, which goes on after it
            return self.doc.report_year, None
        y, yf = t.resolve(self.doc.report_year)
        if y is None and yf is None and t.kind == "period":
            return None                 # (三年来 from an unknown date: the period named before it holds)
        if y is None and yf is None:
            return (None, None) if t.kind in _UNKNOWN_UNDATED else None
        return y, yf

    def _intro_time(self):
        """The time governing the opening of the report (before its first section
        heading): it holds for the whole report (2018年,襄汾县委…; 两年来,…)."""
        if not hasattr(self, "_intro"):
            self._intro = None
            self._intro_from = 0
            first = True
            for p in self.doc.paragraphs:
                if p.start < self.doc.body_start or p.furniture:
                    continue
                if p.heading and p.time is None:
                    break
                if p.body >= 0:
                    break               # an item's time holds for that item only (旬阳市：…，2023年…)
                # the opening paragraph's time frames all of it (…全县509个党组织…。2024年,
                # 汉阴县…); a later one's, from the sentence it opens (这几年…。全县建成
                # 产业园区12个。2022年,…: not the 12)
                if p.time is not None and not p.time.dated:
                    if not p.chronology:
                        self._intro, self._intro_from = p.time, (p.start if first else p.time_at)
                    break
                first = False
            if self._intro is None:
                self._intro = self.doc.title_time
        return self._intro


class Where(NamedTuple):
    place: str | None
    province: str | None
    city: str | None
    county: str | None
    adcode: str | None


_NOWHERE = Where(None, None, None, None, None)
