"""The document, read once before its claims: title, date, own place, the places
it names and how they nest, its paragraphs and sections, and the times that
govern them. Claims take their place and year from it (``context.py``).

>>> d = Document("襄汾县基层党建工作纪实\\n\\n2019-01-30 09:22:25 来源:临汾新闻网\\n"
...              "2018年,襄汾县委把基层党建工作放在更加重要的位置。\\n强化政治引领\\n全县投入资金50万元。")
>>> d.title, d.date, d.report_year, d.place.name
('襄汾县基层党建工作纪实', '2019-01-30', 2019, '襄汾县')
>>> d.unit("county").name
'襄汾县'
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date

from . import tables as T
from .charclass import alternation, han
from .divisions import Division, by_code, contains
from .furniture import Furniture, is_running_head
from .numbers import parse_number
from .places import LABEL_AT, RANK, Mention, canonical, find_places, most_named
from .when import TimeMark, find_times, future, year_number

_DATELINE = re.compile(T.DATELINE)
_CN_DATELINE = re.compile(T.CN_DATELINE)
_MONTH_LINE = re.compile(T.MONTH_LINE)
_NEWS_DATELINE = re.compile(T.NEWS_DATELINE)
_LABEL = re.compile(T.SECTION_LABEL)
_NEWS_LEAD = re.compile(T.NEWS_LEAD)
_TURN_LABEL = re.compile(T.TURN_LABEL)
_AIDING = re.compile(f"(?:{alternation(T.AID_ADVERBS)})?(?:{alternation(T.AID_VERBS)})")
_VAGUE_OPENER = re.compile(f"^(?:{alternation(T.VAGUE_TIME_OPENERS)})[，,]")
_SPEAKER = re.compile(T.SPEAKER_LINE)
_NATIONAL_NAMES = tuple(w for w in T.NATIONAL_WORDS if w not in T.SCOPE_WORDS)
_SENTENCE_END = frozenset("。！？；!?;\n")    # (a line ends a sentence: a heading is one)
_CLAUSE_CUT = frozenset("，,。；;!！?？\n")
_ENDS = re.compile("[。！？；!?;]")
_DIGIT = re.compile("[0-9]")
_HAN4 = re.compile("[\u4e00-\u9fff]")
#: a section heading that is only a year (## 2022年, 一、2023年度, 2024年（1—6月）：): it heads the
#: year's figures, though it holds too few characters for a heading by their count
_YEAR_HEADING = re.compile(rf"(?:#{{1,6}}\s*)?(?:{LABEL_AT.pattern})?"
                           r"(?:19|20)[0-9]{2}\s*年度?(?:[（(][^（）()\n]{1,12}[)）])?[：:]?")
_LOCATIVE = re.compile("|".join(map(re.escape, T.LOCATIVE_WORDS)))
_SCOPE_THEN = re.compile("(?:" + "|".join(map(re.escape, T.SCOPE_WORDS)) + ")?(?:"
                         + "|".join(map(re.escape, T.FRAME_AFTER)) + ")")
#: a heading: a short line with no sentence mark in it
HEADING_MAX = 40
#: after a unit, 的 and a noun of a lower level: the unit describes the sentence's subject
_DESCRIBED = {level: re.compile(f"的[{han()}]{{0,{T.DESCRIBED_REACH}}}?(?:{alternation(nouns)})(?:[，,。；;]|$)")
              for level, nouns in T.LOWER_UNIT_NOUNS.items()}
#: the kinds of time phrase that govern what follows them (a year, a period); the
#: present (目前) and vague periods (近年来) speak only of their own sentence
GOVERNING = ("year", "range", "since", "period", "era", "plan", "relative", "asof")
TITLE_MAX = 80
#: the longest first sentence of a paragraph that is still a run-in heading
RUN_IN_MAX = 24


@dataclass
class Paragraph:
    start: int
    end: int
    heading: bool = False
    furniture: bool = False            # a line of page furniture (a running head, a note): no structure
    time: TimeMark | None = None       # a time phrase that opens one of its sentences
    time_at: int = 0                   # where that sentence starts
    topic: Mention | None = None       # the first place it names (not a locative's)
    body: int = -1                     # after a run-in heading (（一）强化阵地建设。…): where the rest starts
    chronology: bool = False           # its sentences open with two years or more (2020年,…;2021年,…)
    # its topic is its own, passed on to no paragraph after it: it goes through units in
    # turn, or is a list's item headed by its unit (2. 城关镇党委：…)
    keeps_topic: bool = False
    headed: bool = False               # a list's item headed by its unit

    @property
    def opens(self) -> int:
        """Where what the paragraph says starts: after its run-in heading, if any."""
        return self.start if self.body < 0 else self.body


class Document:
    """What a document says about itself, read once (``text`` is the normalised text;
    ``head`` the opening of the file when ``text`` is a later block of it)."""

    def __init__(self, text: str, head: str | None = None, furniture=None, *,
                 title: str | None = None, date: str | None = None):
        self.text = text
        self.head = text if head is None else head
        self.furniture = furniture or Furniture(text)
        self.paragraphs = self._paragraphs(text, self.furniture)
        self.title, title_zone, self.body_start = self._title()
        self.date, month_line = self._date()
        # a headline and date given apart from the text (a corpus line's fields) come first
        self._titled: list[Mention] = []     # the places of a headline given apart from the text
        if title:
            if title not in text[:len(title) + 200]:
                self._titled = [replace(m, start=0, end=0, parent=None, siblings=[])
                                for m in find_places(title, title) if m.kind == "place"]
            self.title, title_zone = title, title + (" " + title_zone if title_zone else "")
        given = _DATELINE.search(date) if date else None
        if given:
            self.date = _day(given) or self.date
        # the report's (year, month): its date's, else a line's that dates it to the month
        self.month = (int(self.date[:4]), int(self.date[5:7])) if self.date else month_line
        # a news wire's dateline names where the story was filed: its place is none of the
        # figures', and the document's own only when the document names no other
        dateline = _NEWS_DATELINE.search(text, 0, T.NEWS_DATELINE_WITHIN)
        if dateline is None:
            self.mentions = find_places(text, title_zone)
            self._filed_at: list[Mention] = []
        else:
            ds, de = dateline.span()
            self.mentions = find_places(text[:ds] + "\u3000" * (de - ds) + text[de:], title_zone)
            a, b = dateline.span("at")
            self._filed_at = [replace(m, start=m.start + a, end=m.end + a, parent=None, siblings=[])
                              for m in find_places(text[a:b]) if m.kind == "place"]
        self._starts = [m.start for m in self.mentions]
        self._index = {id(m): k for k, m in enumerate(self.mentions)}
        self._located: dict[int, bool] = {}
        self._usable: dict[int, bool] = {}
        self._sure: set | None = None       # the divisions named without ambiguity
        self._fullest: dict[str, Mention] = {}
        for m in self.mentions:
            if m.kind == "place":
                key = canonical(m)
                best = self._fullest.get(key)
                if best is None or (not m.bare and (best.bare or len(m.name) > len(best.name))):
                    self._fullest[key] = m
        self.times = [t for t in find_times(text) if not self.furniture.in_span(t.start, t.end)]
        self._tstarts = [t.start for t in self.times]
        self.title_time = self._title_time()
        # a party statistics bulletin counts party members in every breakdown of people
        self.members_bulletin = any(w in (self.title or "") for w in T.MEMBERS_BULLETIN_WORDS)
        self.recruiting = any(w in (self.title or "") for w in T.RECRUIT_REPORT_WORDS)
        self.report_year = self._report_year()
        # 一年来 is the report's year, or the year before in a review written in January; in
        # a report of unknown date it says nothing the year named before it does not
        back = -1 if self.month is not None and self.month[1] <= T.WHOLE_YEAR_LOOKS_BACK_TO else 0
        self.times = [self._from_report(t, back) for t in self.times
                      if t.kind != "whole" or self.report_year is not None]
        self._mark_paragraphs()
        self.item_at, self.first_item = self._items()
        self.place = self._own_place(title_zone)
        self._units = self._own_units()

    # --- structure ------------------------------------------------------------------

    @staticmethod
    def _paragraphs(text: str, furniture) -> list[Paragraph]:
        out = []
        pos = 0
        for line in text.split("\n"):
            s, e = pos, pos + len(line)
            pos = e + 1
            stripped = line.strip(" \t\u3000")
            if not stripped:
                continue
            s += len(line) - len(line.lstrip(" \t\u3000"))
            if len(stripped) > HEADING_MAX:          # a paragraph of the body
                out.append(Paragraph(s, e))
                continue
            if _YEAR_HEADING.fullmatch(stripped):
                out.append(Paragraph(s, e, heading=True))
                continue
            # (记者：有哪些做法？ is an interview's question, no byline)
            junk = (is_running_head(stripped) or furniture.in_span(s, s + min(len(stripped), 4))
                    or any(w in stripped for w in T.NOTE_WORDS) and not stripped.endswith(T.QUESTION_MARKS)
                    or stripped.startswith(T.CAPTION_LEADS) or len(_HAN4.findall(stripped)) < 4
                    # (平利组工 2024-06-18 18:30 发表于陕西: a byline with its date heads nothing)
                    or _DATELINE.search(stripped) is not None)
            # (a Markdown list's item, - 发展党员：286名, is no heading of what follows it)
            item = stripped[:1] in T.MARKDOWN_BULLETS and stripped[1:2] in (" ", "\t")
            out.append(Paragraph(s, e, heading=not junk and not item and _heading(stripped), furniture=junk))
        return out

    def paragraph_index(self, i: int) -> int:
        """The index of the paragraph holding offset ``i``."""
        starts = self._pstarts
        return max(0, bisect.bisect_right(starts, i) - 1)

    @property
    def _pstarts(self) -> list[int]:
        if not hasattr(self, "_pstarts_"):
            self._pstarts_ = [p.start for p in self.paragraphs]
        return self._pstarts_

    def _title(self) -> tuple[str | None, str, int]:
        """The headline: the longest of the short lines the document opens with
        (not a date, a byline, a note or other page furniture); and the zone of
        those lines (a subtitle, a headline repeated), where the report names
        what it is about."""
        head = self.head[:2000]
        furniture = self.furniture if self.head is self.text else Furniture(head)
        zone: list[str] = []
        pos = body = 0
        for raw in head.split("\n", 12)[:12]:
            s = pos + len(raw) - len(raw.lstrip(" \t\u3000"))
            pos += len(raw) + 1
            ln = raw.strip(" \t\u3000")
            if not ln:
                continue
            body = s
            # a dateline, a byline or a note ends the headline's lines (or comes before them)
            if _DATELINE.search(ln) or _DAY_LINE.fullmatch(ln) \
                    or furniture.covers(s, s + min(len(ln), 4)) or ln.startswith(T.BYLINE_WORDS) \
                    or _SPEAKER.search(ln) \
                    or any(w in ln for w in T.NOTE_WORDS) or ln.startswith(T.CAPTION_LEADS):
                if zone:
                    break
                continue
            # (各乡镇党委：: a salutation opens the body; no headline ends with a colon)
            # (…成绩单来啦！: a headline may end in an exclamation or a question, never hold one)
            inner = ln[:-1] if ln[-1] in T.HEADLINE_MARKS else ln
            if len(ln) > TITLE_MAX or any(c in _SENTENCE_END or c == "…" for c in inner) or ln[-1] in T.LABEL_COLONS \
                    or ln.count(",") + ln.count("，") > 2 or (zone and (_LABEL.match(ln) or ln[0] in T.LIST_BULLETS)) \
                    or "\t" in ln:
                break                   # (一、抓班子带队伍: the first section's heading; a table)
            zone.append(ln)
            body = pos
        if not zone:
            return None, "", 0
        return max(zone, key=len), " ".join(zone), body

    def _date(self) -> tuple[str | None, tuple[int, int] | None]:
        """The report's own date (a dateline near the top or at the foot), else the
        (year, month) of a line that dates it to the month alone."""
        # (split only as far as the lines looked at: a document's other lines are not needed)
        lines = [ln for ln in self.head.split("\n", 10)[:10] if ln.strip()]
        lines += [ln for ln in self.text.rsplit("\n", 8)[-8:] if ln.strip()] if self.head is self.text else []
        month = None
        for ln in lines:
            size = len(ln.strip())
            m = _DATELINE.search(ln) if size <= 80 else None
            day = _day(m) if m else None
            if day is None:
                m = _CN_DATELINE.search(ln) if size <= 40 and "年" in ln else None
                day = _cn_day(m) if m else None
            if day is not None:
                return day, None
            m = _MONTH_LINE.match(ln.strip()) if month is None and "月" in ln else None
            if m:
                month = _month(m)
        return None, month

    def _title_time(self) -> TimeMark | None:
        """The time the headline puts the whole report in (2022年度述职报告, 2023年工作
        总结, 2019年以来…纪实); a target year (到2025年) puts it in none."""
        if self.title is None:
            return None
        for p in self.paragraphs:
            if p.start >= self.body_start:
                break
            if p.furniture or self.text[p.start:p.end].strip() != self.title:
                continue
            for t in self.times_between(p.start, p.end):
                # (a bare year stands in a headline as one: 数说2023｜…)
                if (t.kind in GOVERNING or t.kind == "bare") and not t.dated and not future(self.text, t):
                    return t
            return None
        return None

    def _from_report(self, t: TimeMark, back: int) -> TimeMark:
        """``t`` as a year relative to the report's own, where its words count from the
        report's date or the year the report reviews (``back`` is -1 in a review written in
        January or February)."""
        words = self.text[t.start:t.end]
        if t.kind == "whole":
            return t._replace(kind="relative", offset=back)
        if t.kind == "now" and words in T.ASOF_NOW_WORDS:
            return t._replace(kind="relative", offset=0)    # 截至目前: as of the report's day
        if t.kind == "period" and self.report_year is not None and self._title_reviews_year_before():
            # 近三年来 in 2021—2023年…工作情况 dated January 2024: the three years reviewed
            last = self.report_year - 1
            return t._replace(kind="range", year=last, year_from=last - t.offset + 1)
        if t.kind != "relative":
            return t
        if words in T.NEXT_YEAR_WORDS:
            return t._replace(offset=t.offset + back)       # 新的一年 after a January review: its year
        if words in T.LAST_MONTH_WORDS and self.month is not None and self.month[1] == 1:
            return t._replace(offset=-1)                    # 上月 in January's report: December before
        if words in T.REPORTED_YEAR_WORDS and t.offset == 0 and self._reviews_year_before(back):
            return t._replace(offset=-1)                    # 本年度 in a review of 2023 dated January 2024
        return t

    def _title_reviews_year_before(self) -> bool:
        """Does the headline name a year, or a range of years, ending the year before the
        report's date (2021—2023年…工作情况 dated 2024年1月)?"""
        t = self.title_time
        return (t is not None and t.kind in ("year", "range") and self.report_year is not None
                and t.year == self.report_year - 1)

    def _reviews_year_before(self, back: int) -> bool:
        """Does the report review the year before its date (its headline names that year, or
        it names none and was written in January or February)?"""
        t = self.title_time
        title_year = t.year if t is not None and t.kind == "year" else None
        return self.report_year is not None and (title_year == self.report_year - 1 or title_year is None and back != 0)

    def _report_year(self) -> int | None:
        """The year the report speaks from: its date's; else the year it is stated
        as of (截至2021年底); else its headline's (2023年度述职报告); else the latest
        year it dates an event in (2022年的4月)."""
        if self.date:
            return int(self.date[:4])
        if self.month:
            return self.month[0]
        asof = [t.year for t in self.times if t.kind == "asof" and t.year and not future(self.text, t)]
        if asof:
            return max(asof)
        t = self.title_time
        if t is not None and t.kind == "year" and t.year:
            return t.year       # 2023年度…述职报告: its 今年 and 上年 are 2023 and 2022
        if t is not None and t.kind == "range" and t.year \
                and not any(w in (self.title or "") for w in T.PLAN_TITLE_WORDS):
            return t.year       # 2021—2023年…工作回顾: a review written as its last year ends
        dated = [t.year for t in self.times if t.kind == "year" and t.dated and t.year
                 and not future(self.text, t)]
        return max(dated) if dated else None

    def _mark_paragraphs(self) -> None:
        """Each paragraph's governing time (a time phrase opening one of its
        sentences) and its topic (the first place it names)."""
        text = self.text
        ti = mi = 0
        for p in self.paragraphs:
            p.body = _run_in(text, p)
            if p.body < 0 and not p.heading and not p.furniture:
                # 汉滨区：推行…。/ 旬阳市：…，2023年全市…: an item headed by its unit and a colon
                p.body = self._unit_item(p)
            while ti < len(self.times) and self.times[ti].start < p.start:
                ti += 1
            k = ti
            while k < len(self.times) and self.times[k].start < p.end:
                t = self.times[k]
                # a time in someone's quoted words (“去年,我们村…”) is theirs, for their sentence
                if t.kind in GOVERNING and _opens_sentence(text, p.start, t) \
                        and text.count("“", p.start, t.start) <= text.count("”", p.start, t.start):
                    if p.time is None:
                        at = _sentence_start(text, p.start, t.start)
                        if _event(text, t):          # an award's year: its sentence only
                            t = t._replace(dated=True)
                        elif t.kind == "asof":       # 截至2023年底: the date the report speaks as of
                            t = t._replace(dated=False)
                        p.time, p.time_at = t, at
                    elif t.kind == "year" and p.time.kind == "year" and t.year != p.time.year:
                        p.chronology = True
                k += 1
            if p.time is None and text.find(T.ANNIVERSARY_WORD, p.start, p.end) >= 0:
                # 7月1日，全市庆祝中国共产党成立103周年暨表彰大会召开。: the occasion a news
                # story's first sentence names dates the paragraph, wherever it stands in it
                first_end = _sentence_end(text, p.start, p.end)
                for t in self.times[ti:k]:
                    if t.start >= first_end:
                        break
                    if t.kind == "year" and text.endswith(T.ANNIVERSARY_WORD, 0, t.end):
                        p.time, p.time_at = t, p.start
                        break
            while mi < len(self.mentions) and self.mentions[mi].start < p.start:
                mi += 1
            k = mi
            while k < len(self.mentions) and self.mentions[k].start < p.end:
                m = self.mentions[k]
                # an organisation's place (沧州市委主要领导) is a topic only as a clause's subject
                org = text.startswith(T.ORG_AFTER, m.end)
                if m.kind == "scope" and m.level != "nation":
                    p.topic = m
                    break
                # (a unit named after 其中 is a part of what the paragraph is about, not its topic)
                if m.kind == "place" and not m.example and not _after_subcount(text, m.start) and not self.locative(m) \
                        and not self.possessive(m) and (
                        not org or m.start == p.start or text[m.start - 1] in "，,。；;：:“\" \u3000"):
                    p.topic = self.chain_end(k)
                    label = LABEL_AT.match(text, p.start, m.start)
                    p.headed = label is not None and label.end() == m.start
                    break
                k += 1
            p.keeps_topic = p.topic is not None and p.topic.kind == "place" and (p.headed or self._survey(p, k))

    def _survey(self, p: Paragraph, k: int) -> bool:
        """Do clauses of ``p`` open with two different units of its topic's level
        (乔庄镇白家村书记讲述…；木鱼镇青龙村书记介绍…)? Such a paragraph goes through
        units in turn: none of them is what the paragraphs after it are about."""
        text, level = self.text, self.chain_end(k).level
        first = None
        while k < len(self.mentions) and self.mentions[k].start < p.end:
            m = self.mentions[k]
            if m.kind == "place" and m.parent is None and (
                    m.start == p.start or text[m.start - 1] in T.TURN_OPENERS):
                end = self.chain_end(k)         # (a chain links places only)
                if end.level == level:
                    if first is None:
                        first = canonical(end)
                    elif canonical(end) != first:
                        return True
            k += 1
        return False

    def _items(self) -> tuple[list[int], list[int]]:
        """For each paragraph, the nearest item of a list with run-in headings at or before
        it in its section, and the list's first item (-1 where there is none)."""
        item_at, first_item = [], []
        cur = first = -1
        for k, p in enumerate(self.paragraphs):
            if p.heading and not p.furniture:
                cur = first = -1
            elif p.body >= 0:
                cur = k
                first = k if first < 0 else first
            item_at.append(cur)
            first_item.append(first)
        return item_at, first_item

    def locative(self, m: Mention) -> bool:
        """Does ``m`` only locate something (位于…大田镇, 东邻桂阳县), or frame a
        comparison (大田镇最大的, 在咸阳全市率先: the scope word is part of the frame)?"""
        key = id(m)
        got = self._located.get(key)
        if got is None:
            text = self.text
            a = max(0, m.start - 12)
            for k in range(m.start - 1, a - 1, -1):
                if text[k] in _CLAUSE_CUT:
                    a = k + 1
                    break
            got = _LOCATIVE.search(text, a, m.start) is not None or _SCOPE_THEN.match(text, m.end) is not None
            self._located[key] = got
        return got

    def usable(self, m: Mention) -> bool:
        """May ``m`` place a figure (neither a locative's, nor whose people are meant, nor
        an outside body giving aid)?"""
        key = id(m)
        got = self._usable.get(key)
        if got is None:
            got = self._usable[key] = not self.locative(m) and not self.possessive(m) and not self.aiding(m) \
                and not self.describing(m) and not self.example(m)
        return got

    def example(self, m: Mention) -> bool:
        """Is ``m`` only an example of the units counted (在池河镇，像明星村这样的示范村已有9个:
        the town's)?"""
        return self.text.endswith(T.EXAMPLE_BEFORE, 0, m.start) \
            and self.text.startswith(T.EXAMPLE_AFTER, self._list_end(m))

    def aiding(self, m: Mention) -> bool:
        """Does ``m`` give aid where the figure holds (吴江区援建的香菇产业园, 苏州市对口帮扶…)?
        The figure is where the aid goes, not the giver's."""
        return _AIDING.match(self.text, self._list_end(m)) is not None

    def describing(self, m: Mention) -> bool:
        """Does ``m`` only say what holds the unit a sentence is about (棣花镇是丹凤县的农业大镇，
        辖18个村: the figures are the town's)?"""
        pattern = _DESCRIBED.get(m.level)
        return pattern is not None and pattern.match(self.text, self._list_end(m)) is not None

    def possessive(self, m: Mention) -> bool:
        """Is ``m`` whose people are meant (沧县、眉县、温县的同志), not where a figure holds?"""
        end = self._list_end(m)
        after = self.text[end:end + 6]
        return after.startswith("的") and after[1:].startswith(T.POSSESSED_PEOPLE)

    def _list_end(self, m: Mention) -> int:
        """Where the list of units ``m`` stands in ends (沧县、眉县、温县的: after 温县)."""
        return self.mentions[m.siblings[-1]].end if m.siblings else m.end

    def chain_end(self, k: int) -> Mention:
        """The most specific unit of the chain that mention ``k`` opens (襄陵镇黄崖村 → 黄崖村)."""
        while k + 1 < len(self.mentions) and self.mentions[k + 1].parent == k:
            k += 1
        return self.mentions[k]

    # --- places ---------------------------------------------------------------------

    def _own_place(self, title_zone: str) -> Mention | None:
        """The unit the report is about: the most specific place its title names,
        else the place it names most, most specific first, among those of its opening."""
        places = [m for m in self.mentions if m.kind == "place"]
        # the levels of the scope words in the headline (2023年全区党内统计公报, 全市…通报)
        scope = [RANK[m.level] for m in self.mentions
                 if m.kind == "scope" and m.level != "nation" and m.start < self.body_start]
        self._scope_top = min(scope) if scope else None
        if not places and self._titled:
            return self.full(self._deepest(self._titled))
        if not places:
            # a national bulletin: the whole country
            national = [m for m in self.mentions if m.kind == "scope" and m.level == "nation"]
            # 2023年全区党内统计公报: a bulletin's name is national only when its headline
            # names no smaller scope
            # (全国 and 全党 count as found among the mentions: not after 荣获, 培育 …)
            # (中共某省委组织部党内统计公报 / 全省党员总数为…: nor when its opening speaks of a smaller one)
            smaller = any(x.kind == "scope" and x.level != "nation" and x.start < T.NATIONAL_NAME_REACH
                          for x in self.mentions)
            opening_text = self.text[:T.NATIONAL_NAME_REACH]
            if national or (not scope and not smaller
                            and any(w in title_zone or w in opening_text for w in _NATIONAL_NAMES)):
                return national[0] if national else Mention(0, 0, "全国", "nation", kind="scope")
            return self.full(self._deepest(self._filed_at)) if self._filed_at else None
        last = title_zone.split(" ")[-1]
        k = self.text.find(last) if last else -1
        zone_end = k + len(last) if k >= 0 else 0
        in_title = [m for m in places if m.end <= zone_end] if title_zone else []
        if in_title:
            return self.full(self._deepest(in_title))
        if self._titled:
            return self.full(self._deepest(self._titled))
        # a table's row is about the unit that labels it, one of the units the table lists
        # side by side: none of them is what the document is about
        places = [m for m in places if not self._row_label(m)]
        # …nor is a place named as where the report's body gives aid (结对帮扶甘南县…)
        places = [m for m in places if not self.text.endswith(T.AID_TO, 0, m.start)]
        # …nor, under a headline about a whole unit (全市…考核结果通报), a unit below it: the
        # report goes through its parts (a unit of the headline's level is the one it means)
        if scope:
            top = min(scope)
            places = [m for m in places if RANK[m.level] == top] or [m for m in places if RANK[m.level] < top]
        # …and so is a list whose items are headed by units (1. 城关镇党委：… 2. 石门乡党委：…)
        heads = {canonical(p.topic) for p in self.paragraphs if p.headed and p.topic is not None}
        if len(heads) > 1:
            places = [m for m in places if canonical(m) not in heads]
        if not places:
            return None
        counts: dict[str, int] = {}
        for m in places:
            counts[canonical(m)] = counts.get(canonical(m), 0) + 1
        opening = [m for m in places if m.start < self._opening_end()] or places

        def weight(m: Mention) -> tuple:
            # a place named twice, or at the end of a chain (石门镇柳树沟村党支部书记: the
            # village, named fully), is about the report's unit; most specific first
            sure = counts[canonical(m)] >= 2 or self._chained(m)
            return sure, RANK[m.level] if sure else 0, counts[canonical(m)], -m.start
        return self.full(max(opening, key=weight))

    def _chained(self, m: Mention) -> bool:
        """Is ``m`` the last unit of a chain (石门镇柳树沟村), right after the unit holding it?"""
        return m.parent is not None and self.mentions[m.parent].end == m.start

    def _row_label(self, m: Mention) -> bool:
        """Does the place ``m`` label a table's row (the first cell of a line of cells)?"""
        text = self.text
        ls = text.rfind("\n", 0, m.start) + 1
        return text.startswith("\t", m.end) and not text[ls:m.start].strip(" \u3000")

    def _opening_end(self) -> int:
        body = [p for p in self.paragraphs if not p.heading]
        return body[0].end if body else len(self.text)

    def _deepest(self, ms: list[Mention]) -> Mention:
        """The most specific of some mentions (the last unit of a chain)."""
        return max(ms, key=lambda m: (RANK[m.level], -m.start))

    def full(self, m: Mention) -> Mention:
        """The mention of the same place named most fully in the document (孝感 → 孝感市)."""
        if m.kind != "place":
            return m
        best = self._fullest.get(canonical(m), m)
        return best if len(best.name) >= len(m.name) else m

    def _own_units(self) -> dict[str, Mention]:
        """The document's own unit at each level: its place and those holding it
        (by the chains it names, then the table), else the one it names most."""
        units: dict[str, Mention] = {}
        m = self.place
        seen = 0
        while m is not None and seen < 8:
            units.setdefault(m.level, m)
            m = self.mentions[m.parent] if m.parent is not None else self._named_holder(m)
            seen += 1
        # above its place, the unit of each level it names most (its county, city …)
        named = most_named(self.mentions)
        # (under a headline about a whole unit, 我省各地…, a unit below it is one of the parts
        # the report goes through, none its own)
        floor = RANK[self.place.level] if self.place is not None else \
            self._scope_top + 1 if self._scope_top is not None else len(RANK)
        for level, m in named.items():
            if level not in units and RANK[level] < floor \
                    and (self.place is None or self._compatible(m, self.place)):
                units[level] = m
        return {level: self.full(m) for level, m in units.items()}

    def _named_holder(self, m: Mention) -> Mention | None:
        """The unit that the document names and that holds ``m`` (a village's town …)."""
        for x in self.mentions:
            if x.kind == "place" and x.parent is not None and canonical(x) == canonical(m):
                return self.mentions[x.parent]
        return None

    def _compatible(self, a: Mention, b: Mention) -> bool:
        """Could ``a`` hold ``b`` or ``b`` hold ``a``? (unknown counts as yes)"""
        da, db = self.division(a), self.division(b)
        if da is None or db is None:
            return True
        return contains(da, db) or contains(db, da)

    def unit(self, level: str) -> Mention | None:
        return self._units.get(level)

    def division(self, m: Mention | None) -> Division | None:
        """The one division ``m`` names, chosen by the document's other places when
        the name is ambiguous; None when nothing chooses (or a town or village)."""
        if m is None or not m.divisions:
            return None
        if len(m.divisions) == 1:
            return m.divisions[0]
        if self._sure is None:
            self._sure = {x.divisions[0] for x in self.mentions if x.kind == "place" and len(x.divisions) == 1}
        fits = [d for d in m.divisions if any(contains(o, d) or contains(d, o) for o in self._sure)]
        return fits[0] if len(fits) == 1 else None

    def holders(self, m: Mention | None) -> Division | None:
        """The most specific division that holds ``m`` (itself, for a division)."""
        seen = 0
        while m is not None and seen < 8:
            d = self.division(m)
            if d is not None:
                return d
            if m.divisions:             # ambiguous: nothing above it is sure either
                return None
            m = self.mentions[m.parent] if m.parent is not None else self._named_holder(m)
            seen += 1
        return None

    def _unit_item(self, p: Paragraph) -> int:
        """Where a paragraph that opens with a unit's name and a colon goes on, or -1."""
        k = bisect.bisect_left(self._starts, p.start)
        m = self.mentions[k] if k < len(self.mentions) else None
        if m is None or m.start != p.start or m.kind != "place":
            return -1
        end = self._list_end(m) if m.siblings else self.chain_end(k).end     # (a chain: 汉阴县涧池镇：…)
        return end + 1 if self.text[end:end + 1] in T.LABEL_COLONS and end + 1 < p.end else -1

    def mentions_between(self, a: int, b: int) -> list[Mention]:
        i = bisect.bisect_left(self._starts, a)
        j = bisect.bisect_left(self._starts, b)
        return self.mentions[i:j]

    def times_between(self, a: int, b: int) -> list[TimeMark]:
        i = bisect.bisect_left(self._tstarts, a)
        j = bisect.bisect_left(self._tstarts, b)
        return self.times[i:j]


_COMMAS = re.compile("[,，]")
_DAY_LINE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")


def _heading(line: str) -> bool:
    """A section heading: a short line with no sentence mark, whose clauses are whole
    (强化政治引领,提升组织力; a line broken off mid-sentence ends in a scrap: …,坚持)."""
    if len(line) > HEADING_MAX or _ENDS.search(line):
        return False
    if line.endswith(("：", ":", "…", "、", ",", "，", "”", "\"")):
        return False
    parts = _COMMAS.split(line)
    return all(len(p.strip()) >= 4 for p in parts) if len(parts) > 1 else True


def _run_in(text: str, p: Paragraph) -> int:
    """Where a paragraph goes on after a run-in heading (（一）强化阵地建设。, 一是抓班子。:
    a label and a short first sentence), or -1."""
    if p.heading or p.furniture:
        return -1
    m = LABEL_AT.match(text, p.start, p.end)
    if m is None:
        return -1
    a = m.end()
    e = _ENDS.search(text, a, min(p.end, a + RUN_IN_MAX + 1))
    if e is None or any(c.isdigit() for c in text[a:e.start()]):
        return -1
    k = e.end()
    while k < p.end and text[k] in " \t\u3000":
        k += 1
    return k if k < p.end else -1


def _after_subcount(text: str, i: int) -> bool:
    """Does 其中 (and a comma) stand right before ``i``?"""
    return text[max(0, i - 3):i].rstrip("，,").endswith(T.SUBCOUNT_MARK)


def _event(text: str, t: TimeMark) -> bool:
    """Is the year of ``t`` an event's (被评为, 荣获) rather than a period of work, or
    the bound of a time before it (2015年以前: that sentence's alone)? An event named
    after the sentence's first figure is one of the year's doings (2023年，全区发展
    党员131名，列为发展对象146名: the year frames them all)."""
    k = t.end
    if text.startswith(T.BEFORE_WORDS, k):
        return True
    end = _sentence_end(text, k, min(len(text), k + 40))
    d = _DIGIT.search(text, k, end)
    return any(w in text[k:d.start() if d else end] for w in T.EVENT_WORDS)


def _sentence_end(text: str, i: int, limit: int) -> int:
    """Where the sentence that ``i`` stands in ends, looked for up to ``limit``."""
    k = i
    while k < limit and text[k] not in _SENTENCE_END:
        k += 1
    return k


def _sentence_start(text: str, para_start: int, i: int) -> int:
    k = i
    while k > para_start and text[k - 1] not in _SENTENCE_END:
        k -= 1
    return k


def _opens_sentence(text: str, para_start: int, t: TimeMark) -> bool:
    """Does the time phrase open its sentence (after a few leading words: 然而, 在,
    据…介绍,)?"""
    s = _sentence_start(text, para_start, t.start)
    lead = text[s:t.start].strip(" \t\u3000“\"").lstrip(T.MARKUP_LEADS).lstrip(" \t\u3000")
    lead = _TURN_LABEL.sub("", _NEWS_LEAD.sub("", _LABEL.sub("", lead))).strip(" \t\u3000“\"")
    lead = _VAGUE_OPENER.sub("", _NEWS_DATELINE.sub("", lead, 1).strip(" \t\u3000"))
    if not lead:
        return True
    if len(lead) <= 3 and lead.endswith(T.TIME_LEADERS) or lead in T.TIME_LEADERS:
        return True
    # 据县委组织部副部长白磊介绍,在去年的…: one leading clause
    cut = max(lead.rfind(","), lead.rfind("，"))
    if 0 <= cut and len(lead) - cut - 1 <= 3 and (cut == len(lead) - 1 or lead[cut + 1:] in T.TIME_LEADERS):
        return lead[:cut].count(",") + lead[:cut].count("，") == 0 and len(lead[:cut]) <= 20
    return False


def _cn_day(m: re.Match) -> str | None:
    """A date in Chinese numerals (二〇二三年十一月二十日) as YYYY-MM-DD.

    >>> _cn_day(_CN_DATELINE.search("二〇二三年十一月二十日")), _cn_day(_CN_DATELINE.search("二〇二四年二月三十一日"))
    ('2023-11-20', None)
    """
    year = year_number(m.group(1))
    mo, d = parse_number(m.group(2)), parse_number(m.group(3))
    if year is None or mo is None or d is None or not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    try:
        return date(year, int(mo), int(d)).isoformat()
    except ValueError:
        return None


def _month(m: re.Match) -> tuple[int, int] | None:
    """A month line's (year, month), None when it is no calendar month.

    >>> _month(_MONTH_LINE.match("（2023年11月）")), _month(_MONTH_LINE.match("二〇二三年十一月"))
    ((2023, 11), (2023, 11))
    """
    y = year_number(m.group(1) or m.group(2))
    n = int(m.group(3)) if m.group(3) else parse_number(m.group(4))
    return (y, int(n)) if y is not None and n is not None and 1 <= n <= 12 else None


def _day(m: re.Match) -> str | None:
    """A dateline's day as YYYY-MM-DD, None when it is no calendar day."""
    y, mo, d = int(m.group("y")), int(m.group("mo")), int(m.group("d"))
    return f"{y}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


__all__ = ["Document", "Paragraph", "by_code"]

