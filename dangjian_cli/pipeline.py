"""The pipeline: read → normalise → find candidates → resolve → classify → attach context.

``extract_text`` is the library entry point: the same records the CLI prints.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING
from collections.abc import Iterator

from . import tables as T
from .candidates import find_candidates, restated_label
from .classify import (bare_amount, classify, compared, is_change, lone_small_count, rate_unit, respective_subject,
                       second_state,
                       tidy_subject)
from .context import Context
from .furniture import Furniture
from .normalise import count_breaks, normalise
from .record import doc_key, make_record
from .resolve import resolve

_BREAKDOWN = re.compile(T.BREAKDOWN_OPENER)
#: units whose list's next bare item is named as the item before it
_NAMED_BY_LIST = ("yuan", "percent")
#: what money is named when nothing but its cue names it
_BARE_MONEY_NAMES = (T.MONEY_SUBJECT, T.INCOME_SUBJECT)
_LEAD_LINE = re.compile(rf"{T.SUBCOUNT_MARK}[：:][ \t\u3000]*\n[ \t\u3000]*$")
#: shares and ages are given per nothing (每天为80岁以上老人…: the age is no rate)
_NO_RATE = frozenset(("percent", "percentage_point", "age"))

if TYPE_CHECKING:
    from .models import Claim



def iter_claims(original: str, doc: str = "-", base: int = 0, base_line: int = 0,
                head: str | None = None, lo: int = 0, hi: int | None = None) -> Iterator[Claim]:
    """Yield the claims of one decoded document, in text order, as validated models."""
    from .models import Claim  # pydantic: imported only by callers that validate
    for rec in iter_records(original, doc, base, base_line, head, lo, hi):
        yield Claim.model_validate(rec)


def _next_item(text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]``, between two figures, the mark of a list and the next item's
    name only (1名、兼职网格员3名), no clause's end and no total's word?"""
    between = text[a:b]
    return (between.startswith(T.LIST_MARK) and not any(ch in between for ch in T.CLAUSE_MARKS_CHECK)
            and not any(w in between for w in T.SUM_WORDS))


def _named_in_list(text: str, s_start: int, start: int, subject: str) -> bool:
    """Does a list's noun stand with its figures (分别培育致富带头人620名、580名), not in a list of
    items before 分别 that the figures pair with (男、女党员分别为320名、96名: of each item, or unsure)?"""
    k = text.rfind(T.RESPECTIVELY, s_start, start)
    return k < 0 or text.find(subject, k, start) >= 0


def iter_records(original: str, doc: str = "-", base: int = 0, base_line: int = 0,
                 head: str | None = None, lo: int = 0, hi: int | None = None, *,
                 title: str | None = None, date: str | None = None) -> Iterator[dict]:
    """Yield the claim records of one decoded document, in text order.

    ``base``/``base_line`` place a block of a large file inside the whole file,
    ``head`` is that file's opening text (for document-wide context), and only
    claims that start in ``original[lo:hi]`` are given (the rest of a block is
    there for context). ``title`` and ``date`` are the headline and date when the
    source gives them apart from the text (a corpus line's fields)."""
    if not original:
        return
    norm = normalise(original)
    text = norm.text
    n_lo = norm.to_norm(lo) if lo else 0
    n_hi = len(text) if hi is None else norm.to_norm(hi)
    breaks = count_breaks if norm.other_breaks else _count_newlines
    # no deletions: offsets in the normalised text are offsets in the original
    span = norm.span if len(norm.norm_starts) > 1 else None
    furniture = Furniture(text)
    ctx = Context(text, None if head is None else normalise(head).text, furniture,
                  title=title and normalise(title).text, date=date)
    # line numbers counted as claims come, in text order: linear in the text
    line_pos = line_no = 0
    seen_sentence: dict[int, list[tuple[str, str]]] = {}
    sentence = sentence_before = -1         # the starts of the latest claim's sentence and the one before
    sentence_end = -1                       # …and where the latest one ends
    parts_of: list[tuple[str, str]] | None = None   # what a 其中 list breaks down
    by_kind = False                         # …and whether by a kind of its own (从职业看，…)
    line_items = False                      # …and whether one item a line, under a line 其中：
    # the latest claim's sentence, unit, per and subject, and where it starts and ends
    last: tuple[int, str, str | None, str | None, int, int, float] = (-1, "", None, None, -1, -1, 0.0)
    key = doc_key(doc)
    for cand in find_candidates(text):
        if cand.start >= n_hi:
            break
        if furniture.covers(cand.start, cand.end):
            continue
        res = resolve(text, cand)
        if res is None or text[res.end:res.end + 1] in T.LABEL_ENDS and restated_label(text, res.start, res.end):
            continue
        s_start, s_end = ctx.sentence_bounds(cand.start)
        unit = res.unit
        if cand.kind == "bare":
            found = bare_amount(text, cand.start, cand.end, s_start, s_end)
            if found is None:
                continue
            unit, cat, subject = found
        else:
            if unit == "count" and lone_small_count(cand, text, res.end):
                continue
            if s_start != sentence:
                sentence_before, sentence = sentence, s_start
                # 共发展党员302名。其中,女性118名;35岁及以下的251名: parts of what the
                # sentence before the 其中 counted, in it and in the items after it
                opens = _BREAKDOWN.match(text, s_start) is not None
                lead = _LEAD_LINE.search(text, max(0, s_start - 8), s_start) is not None
                if opens or lead or text.startswith(T.SUBCOUNT_MARK, s_start):
                    parts_of, by_kind = seen_sentence.get(sentence_before), opens
                    line_items = lead
                elif line_items and text[s_start - 1:s_start] == "\n" and sentence_end == s_start - 1:
                    pass                        # 其中：/ 城关镇 45名 / 龙王镇 32名: one item a line
                elif text[s_start - 1:s_start] not in T.LIST_ITEM_BREAKS:
                    parts_of, by_kind, line_items = None, False, False
                elif parts_of is None and sentence_end == s_start:
                    # 评为优秀的320名；合格860名: an item goes on from the item just before it
                    parts_of = seen_sentence.get(sentence_before)
                sentence_end = s_end
            previous = (parts_of or []) + seen_sentence.get(s_start, [])
            # (45、38、52名: an item counts what the list whose measure word it shares counts)
            a, b = (res.start, res.end) if cand.shares < 0 else (cand.shares, cand.unit_end)
            cat, subject = classify(text, a, b, unit, res.measure, s_end, previous, s_start)
            if cat == "people" and unit == "person" and ("person", "party_members") in (parts_of or ()):
                if by_kind:
                    cat = "party_members"       # 发展党员131名。从职业看，工人19名: members, by what they are
                elif subject is not None and T.HEAD_NOUNS.get(subject) not in T.PERSON_CATEGORIES:
                    # 其中：县直机关 40名: a body keys a count of the members just counted
                    cat, subject = "party_members", None
        seen_sentence.setdefault(s_start, []).append((unit, cat))
        if span is None:
            ostart, oend, sent_s, sent_e = res.start, res.end, s_start, s_end
        else:
            ostart, oend = span(res.start, res.end)
            sent_s, sent_e = span(s_start, s_end)
        if cand.start < n_lo:                   # context for the claims of the window only
            continue
        change = is_change(text, res.start, unit)
        per = None if unit in _NO_RATE else rate_unit(text, res.start, res.end, s_start)
        if change and last[0] == s_start and compared(text, res.start):
            if per is None and last[1] == unit:
                per = last[2]                   # 人均收入16800元,比上年增加1200元: per person too
            if subject is None or subject in _BARE_MONEY_NAMES and last[1] == unit and last[3] is not None:
                # 收入4860万元,较去年同期增长21.6%: of that income; 村集体经济收入18.6万元，比上年
                # 增加5.2万元: the money named before, not the bare 收入 its cue gives
                subject = last[3]
        elif per is None and last[2] is not None and last[0] == s_start and last[1] == unit \
                and (second_state(text, last[4], last[5], res.start)
                     or text.find(T.SUBCOUNT_MARK, last[5], res.start) >= 0 and res.value <= last[6]
                     or _next_item(text, last[5], res.start)):
            # 人均收入从2016年的3020元增长到2023年的16650元; 每村每年不低于15万元，其中办公经费
            # 不低于3万元; 每个网格配备专职网格员1名、兼职网格员3名: a rate's second state, its
            # part and the next item of its list are rates of the same unit (a 其中 figure larger
            # than the rate is a part of the total before it: 每村平均3名以上，其中…412名)
            per = last[2]
        if last[0] == s_start and last[1] == unit and last[3] is not None \
                and (unit in _NAMED_BY_LIST or subject is None and _named_in_list(text, s_start, res.start, last[3])) \
                and len(text[last[5]:res.start]) == 1 and text[last[5]] in T.JOINING_CHARS:
            # 人均可支配收入分别达到3.21万元、1.42万元: both named so; 分别培育致富带头人620名、580名: the
            # next figure of a list, named by nothing of its own, counts what the one before counts
            subject = last[3]
        if cand.kind != "bare":
            subject = respective_subject(text, s_start, res.start, subject, unit)
        last = (s_start, unit, per, subject, cand.start, res.end, res.value)
        if cat == "people" and unit == "person" and (
                ctx.doc.members_bulletin or subject is None and ctx.doc.recruiting):
            # a 党内统计公报 counts no people but members; a report on taking members in counts
            # them in every count of people that names no one else (35岁及以下的128名)
            cat = "party_members"
        where = ctx.where(res.start, res.end, s_start, s_end)
        year, year_from = ctx.when(res.start, res.end, s_start, s_end, cat, change)
        if ostart >= line_pos:
            line_no += breaks(original, line_pos, ostart)
        else:                                   # never expected; stay exact anyway
            line_no = breaks(original, 0, ostart)
        line_pos = ostart
        yield make_record(key=key, doc=doc, start=ostart + base, end=oend + base,
                          text=original[ostart:oend], value=res.value, value_max=res.value_max,
                          unit=unit, qualifier=res.qualifier, category=cat, subject=tidy_subject(subject),
                          change=change, place=where.place, province=where.province, city=where.city,
                          county=where.county, adcode=where.adcode, year=year, year_from=year_from, per=per,
                          sentence=original[sent_s:sent_e], line=line_no + 1 + base_line)


def _count_newlines(text: str, a: int, b: int) -> int:
    return text.count("\n", a, b)


def extract_text(text: str, doc: str = "-") -> list[Claim]:
    """All claims in ``text``, as the CLI prints them for a document named ``doc``.

    >>> [(c.text, c.value, c.unit, c.category) for c in extract_text("全县509个党组织、1.2万余名党员")]
    [('509个', 509.0, 'count', 'party_organizations'), ('1.2万余名', 12000.0, 'person', 'party_members')]
    """
    return list(iter_claims(text, doc))
