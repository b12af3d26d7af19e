"""Classify: category, subject and change from the counted noun and cue words.

The head noun of a count is looked for after the measure word (全县509个党组织)
and, failing that, before the number (建成现代农业产业园41个); money is told
apart by the nearest cue word (投入 → funds, 收入 → income, 资产 → other).

>>> classify_text("全县509个党组织", "509个", "count")
('party_organizations', '党组织')
>>> classify_text("建成现代农业产业园41个", "41个", "count")
('facilities', '产业园')
>>> classify_text("累计投入3800余万元", "3800余万元", "yuan")
('funds', '资金')
>>> classify_text("村集体年收益110万元", "110万元", "yuan")
('income', '村集体年收益')
>>> classify_text("12871名党员干部投入一线", "12871名", "person")
('party_members', '党员干部')
>>> classify_text("19名乡镇党委书记", "19名", "person")
('people', '乡镇党委书记')
>>> is_change("女性委员369名,较上届增加224名", 14)
True
>>> is_change("新增投入1000余万元", 4), is_change("从86平方米提高到144平方米", 9)
(False, False)
"""
from __future__ import annotations

import re

from . import tables as T
from .rows import cell_label, heading_above, table_title
from .candidates import _alt
from .charclass import han, up_to_last

_HEAD = re.compile(_alt(T.HEAD_NOUNS))
_MONEY_CUES = {**{w: "other" for w in T.OTHER_MONEY_CUES},
               **{w: "funds" for w in T.FUNDS_CUES},
               **{w: "income" for w in T.INCOME_CUES}}
_MONEY = re.compile(_alt(_MONEY_CUES))
_CHANGE = re.compile(rf"(?:{_alt(T.CHANGE_CUES)})(?:了)?")
# 较2021年, 比2022年底: a comparison with a base named by its year
_YEAR_BASE = r"[比较](?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:底|末|同期)?"
# 比去年同期多12名, 较2022年少3个: a comparison with a base, then more or less
_MORE_LESS = re.compile(rf"(?:{_alt(T.COMPARISON_WORDS)}|{_YEAR_BASE})(?:{_alt(T.MORE_LESS)})"
                        rf"(?:{_alt(T.MORE_LESS_VERBS)})?了?$")
_CLAUSE_END = set(T.CLAUSE_END)
_LAST_CLAUSE_END = up_to_last(T.CLAUSE_END)
_LAST_SENTENCE_END = up_to_last(T.SENTENCE_END)
# where the noun phrase after a measure word stops: the end of its clause, a
# number, or a stop word. The leading lookahead (every first character of the
# alternatives) spares re from trying each alternative at every position.
_NP_CUT_FIRST = (T.CLAUSE_END + "0123456789%" + T.NP_CUT_NUMERALS
                 + "".join(w[0] for w in (*T.NP_STOP_WORDS, *T.NP_AFTER_STOP_WORDS, *T.NP_STOP_UNLESS,
                                          *T.NP_UNIT_VERBS)))
_NP_CUT = re.compile(
    f"(?=[{re.escape(''.join(sorted(set(_NP_CUT_FIRST))))}])(?:"
    f"[{re.escape(T.CLAUSE_END)}]|"
    f"[0-9%]|[{T.NP_CUT_NUMERALS}](?=[{T.NP_CUT_MEASURES}])|"
    + _alt(w for w in (*T.NP_STOP_WORDS, *T.NP_AFTER_STOP_WORDS) if w not in T.NP_STOP_UNLESS)
    + "".join(f"|{w}(?!{'|'.join(after)})" for w, after in T.NP_STOP_UNLESS.items())
    + "|(?:" + "|".join(f"(?<={w})" for w in T.NP_UNIT_NOUNS) + ")(?:" + _alt(T.NP_UNIT_VERBS) + ")"
    + ")"
)
# what may stand between a head noun and the number after it; a place before 有 too
_FILLERS = re.compile(f"[{han()}]{{1,4}}[{T.FILLER_PLACE_ENDINGS}](?={'|'.join(T.FILLER_PLACE_VERBS)})|"
                      + _alt((*T.FILLER_WORDS, *T.TIME_AVERAGES)))
_COMPARISON = re.compile(f"(?:{_alt(T.COMPARISON_WORDS)}|{_YEAR_BASE})+(?:{_alt(T.CHANGE_CUES + T.MORE_LESS)})"
                         f"(?:{_alt(T.MORE_LESS_VERBS)})?了?$")
# a clause ends at a sentence's end or a comma (a list's 、 does not end it)
_CLAUSE_AFTER = re.compile(f"[{re.escape(T.SENTENCE_END)},，]")
_SENTENCE_CUT = re.compile(f"[{T.SENTENCE_MARKS}]")
_MONEY_DEFAULT = "funds"


def _clause_before(text: str, start: int, limit: int = 18) -> str:
    """The clause before ``start``, at most ``limit`` characters of it."""
    lo = max(0, start - limit)
    m = _LAST_CLAUSE_END.match(text, lo, start)
    return text[m.end() if m else lo:start]


_LAST_LIST_CLAUSE_END = up_to_last(T.CLAUSE_END.replace(T.LIST_MARK, ""))


def _list_clause_before(text: str, start: int, limit: int = 32) -> str:
    """The clause before ``start`` with the whole of a 、 list it ends (解决停车难、加装电梯
    等问题23件: the list's verb is the clause's)."""
    lo = max(0, start - limit)
    m = _LAST_LIST_CLAUSE_END.match(text, lo, start)
    return text[m.end() if m else lo:start]


def _np_after(text: str, end: int, limit: int = 20) -> str:
    seg = text[end:end + limit]
    if seg[:1] in T.NP_CUT_BRACKETS:
        return ""                           # 1028个（党委42个、…）: the bracket explains the count
    if seg.startswith(T.LINKING_PARTICLE):
        seg = seg[1:]
    age = _AGE_MODIFIER.match(seg)
    if age is not None:
        seg = seg[age.end():]               # 1名35岁以下党员: an age bound says which members
    m = _NP_CUT.search(seg)
    seg = seg[:m.start()] if m else seg
    # 9个社区的党员: the noun right after the number is what is counted; what
    # follows 的 belongs to it (but 优秀的党员: an adjective before 的 counts nothing)
    k = seg.find(T.LINKING_PARTICLE)
    if k > 0 and _last_head(seg[:k]) is not None:
        return seg[:k]
    # 9个村“三会一课”记录不全: a quoted name after the noun is what is said of the units,
    # unless a noun after the quote is counted (5个村“两委”班子)
    q = _QUOTE_OPEN.search(seg, 1)
    if q is not None:
        k = q.start()
        shut = seg.find(T.QUOTE_PAIRS[q.group()], k + 1)
        if shut > 0 and _last_head(seg[shut + 1:]) is None and _last_head(seg[:k]) is not None:
            return seg[:k]
    return seg


_BASE_COUNT = re.compile(f"(?:{_alt(T.SHARE_BASE_VERBS)})(?P<name>[{han('的')}]{{0,10}}?"
                         f"(?P<count>{_alt(T.BASE_COUNT_NOUNS)}))的?$")
_AGE_MODIFIER = re.compile(T.AGE_MODIFIER)
_QUOTE_OPEN = re.compile(f"[{re.escape(''.join(T.QUOTE_PAIRS))}]")


_DIVISION_END = frozenset(T.DIVISION_ENDINGS)


def _last_head(seg: str):
    """The last head noun of a noun phrase, and its category; a village noun after
    a scope character (全村, 各村) is a scope, not a counted noun."""
    last = prev = None
    for m in _HEAD.finditer(seg):
        if m.start() > 0 and seg[m.start() - 1] in T.SCOPE_CHARS and T.HEAD_NOUNS[m.group()] == "villages":
            continue
        if seg[m.end():m.end() + 1] in _DIVISION_END and m.end() - m.start() == 1:
            continue                    # 西乡县: a village noun inside a division's name
        prev, last = last, m
    if last is not None and last.end() < len(seg) and last.end() - last.start() > 1:
        # 高技能人才: a head noun that starts inside the last one and ends after it (能人|人才)
        for k in range(last.start() + 1, last.end()):
            over = _HEAD.match(seg, k)
            if over is not None and over.end() > last.end():
                last = over
                break
    if last is not None and last.group() in T.MODIFIER_HEADS:
        if prev is not None and prev.end() == last.start() and T.HEAD_NOUNS[prev.group()] == "villages":
            return prev, "villages"     # 182个行政村村级集体经济: the villages, whose level follows
        return None
    if last is None:
        return None
    cat = T.HEAD_NOUNS[last.group()]
    # 在职党员 + 干部: a compound whose parts the alternation split
    if prev is not None and prev.end() == last.start():
        cat = T.COMPOUND_HEADS.get((T.HEAD_NOUNS[prev.group()], cat), cat)
    return last, cat


_SHORT_HEAD_VERBS = tuple(dict.fromkeys((*T.ACTION_VERBS, *T.BUILD_VERBS, *T.GROWING_VERBS)))
_VILLAGE_FIRST = frozenset(w[0] for w, c in T.HEAD_NOUNS.items() if c == "villages")


def head_noun(text: str, start: int, end: int) -> tuple[str | None, str | None, str]:
    """(category, noun, where) of the counted noun around a number."""
    after = _np_after(text, end)
    h = _last_head(after)
    if h is not None and h[1] == "activities" and after[:1] in _VILLAGE_FIRST:
        # 深入11个村（社区）调研指导: the units counted are where the work was done
        first = _HEAD.match(after)
        if first is not None and T.HEAD_NOUNS[first.group()] == "villages" and first.end() < h[0].start():
            return "villages", _closed(first.group()), "after"
    if h is not None:
        m, cat = h
        if m.group() == T.VILLAGE_COLLECTIVE:
            # 158个村集体经济收入超过10万元, 38个帮扶村集体经济收入…: villages are counted
            return cat, _closed(after[:m.start() + 1]).strip("“”\"'()（） ") or T.VILLAGE_NOUN, "after"
        return cat, _closed(after[: m.end()]).strip("“”\"'()（） "), "after"
    before = _unbracketed(_clause_before(text, start))
    before = _without_doing(before)         # 实到会52名: the 会 of 到会 is no noun counted
    if before[-1:] in _JOINING:
        before = _FIGURES_TAIL.sub("", before)  # 分别有党员45、38、52名: the items before the last
    h = _last_head(before)
    # a head before the number must stand next to it (建成产业园41个), not be
    # the subject of a verb whose object is counted (平修村种植天麻3.2万窖)
    # (党员人数增加了35名: a change verb may stand between them too)
    # (建成“15分钟便民服务圈”8个: a noun inside a quoted name is not what the name names)
    gap = before[h[0].end():] if h is not None else ""
    if gap[-1:] in _QUALIFIER_LAST:
        gap = _QUALIFIED.sub("", gap)
    # 已建立党组织的286家: a noun and 的 right before the number end a clause that says
    # which of the things counted are meant; the noun is not what is counted
    # (党员总数较上年净增312名: and a comparison with its base)
    if h is not None and len(_FILLERS.sub("", _CHANGE.sub("", _COMPARISON.sub("", gap)))) <= 1 \
            and gap != T.LINKING_PARTICLE and gap not in T.NOUN_GAP_PREPOSITIONS \
            and not _QUOTED_TAIL.match(before, h[0].end()):
        m, cat = h
        # before the number only the head noun itself is sure to be the subject:
        # what stands in front of it may be a verb (列出…任务) or a place
        if cat == "party_members" and T.HEAD_NOUNS[m.group()] != cat:
            # 党员志愿者1.26万名: members in a role, named with the role
            k = next((len(w) for w in T.MEMBER_ROLE_LEADS if before.endswith(w, 0, m.start())), 0)
            return cat, before[m.start() - k:m.end()], "before"
        if before[m.end():m.end() + 1] in _CLOSING_QUOTES:
            # a quoted name that the noun ends is named whole (召开“书记茶话会”260余场)
            k = before.rfind(T.QUOTE_OPENERS[before[m.end()]], 0, m.start())
            if k >= 0 and m.end() - k - 1 <= T.SHORT_QUOTE:
                return cat, before[k + 1:m.end()], "before"
        if len(m.group()) == 1 and cat != "villages":
            # 新建标准化蚕室120座: a one-character noun is named with the words that make it one
            near = before[max(0, m.start() - T.SHORT_HEAD_REACH):m.end()]
            # (种植核桃树: a verb before it is no part of its name)
            k = max((near.rfind(v) + len(v) for v in _SHORT_HEAD_VERBS if v in near[:-1]), default=0)
            near = near[k:]
            t = _NAME_TAIL.search(near)
            name = _bare_phrase(_after_count(near, t)) if t is not None else ""
            if len(name) > 1:
                return cat, name, "before"
        return cat, m.group(), "before"
    # 收入超过百万元的村由2021年的5个增加到2023年的31个: the noun before 由/从 counts both
    # (the frame's second state may stand further from the noun than a clause's reach)
    if _in_from_frame(text, start):
        before = _unbracketed(_clause_before(text, start, T.FROM_REACH + T.FROM_NOUN_REACH))
    k = max(before.rfind(w) for w in T.FROM_WORDS)
    if k > 0:
        h = _last_head(before[:k])
        if h is not None and len(_FILLERS.sub("", before[h[0].end():k])) == 0 \
                and len(before) - k <= T.FROM_REACH \
                and any(w in before[k:] + _CLAUSE_AFTER.split(text[end:end + T.FROM_REACH], 1)[0]
                        for w in T.CHANGE_TO_WORDS):
            m, cat = h
            return cat, m.group(), "before"
    # 2个国家级、5个省级示范村: an item that names only a kind counts what the next item names
    nxt = _NEXT_ITEM.match(text, end) if any(c in _JOINING for c in text[end:end + 7]) else None
    if nxt is not None:
        h = _last_head(_np_after(text, nxt.end()))
        if h is not None:
            return h[1], h[0].group(), "after"
    return None, None, ""


_JOINING = frozenset(T.JOINING_CHARS)
_NOT_CLAUSE_END = f"[^{re.escape(T.CLAUSE_END)}0-9]"
_NEXT_ITEM = re.compile(f"{_NOT_CLAUSE_END}{{0,6}}[{T.JOINING_CHARS}]{_NOT_CLAUSE_END}{{0,4}}"
                        f"[0-9.]+[万亿]?(?:{_alt(T.UNITS)})")


# a qualifier right before the number (发展党员不少于200名): it stands between noun and figure
_QUALIFIED = re.compile(f"(?:{_alt(T.PREFIX_QUALIFIERS)})$")
_QUALIFIER_LAST = frozenset(w[-1] for w in T.PREFIX_QUALIFIERS)
_INTRANSITIVE = re.compile(f"(?:{_alt(T.INTRANSITIVE_VERBS)})$")
_INTRANSITIVE_LAST = frozenset(w[-1] for w in T.INTRANSITIVE_VERBS)


def _without_doing(before: str) -> str:
    """The words before a number without the verb of what the people counted did that
    ends them (预备党员转正 → 预备党员, 实到会 → 实)."""
    return _INTRANSITIVE.sub("", before) if before[-1:] in _INTRANSITIVE_LAST else before


_BRACKETS = (("（", "）"), ("(", ")"))
_HALF_MARKS = re.compile("[" + re.escape("".join(c for _, c in T.PAIRED_MARKS)) + "]")


def _unbracketed(before: str) -> str:
    """The words before a number without the bracket that ends them: 工人（工勤技能人员）
    → 工人, 党员（含预备党员） → 党员 (the bracket explains the noun; it is not it)."""
    for o, c in _BRACKETS:
        if before.endswith(c):
            k = before.rfind(o)
            if k > 0:
                return before[:k]
    return before


def _closed(noun: str) -> str:
    """A noun phrase cut before a bracket it leaves open: 社区（居委会 → 社区, the
    bracket holds another name for the same thing."""
    for o, c in _BRACKETS:
        k = noun.rfind(o)
        if k > 0 and noun.find(c, k) < 0:
            return noun[:k]
    # 80名同志“优秀共产党员: a noun inside a quote it leaves open is named by the quote
    q = _QUOTE_OPEN_LAST.search(noun)
    if q is not None and noun.find(T.QUOTE_PAIRS[q.group()], q.end()) < 0 and len(noun) - q.end() >= 2:
        return noun[q.end():]
    return noun


_QUOTE_OPEN_LAST = re.compile(f"[{re.escape(''.join(T.QUOTE_PAIRS))}](?!.*[{re.escape(''.join(T.QUOTE_PAIRS))}])")


def tidy_subject(subject: str | None) -> str | None:
    """A subject without the tail of a quote or a bracket it only half holds: 百日攻坚”村 →
    村, 不合格”党员 → 党员, 】新建党群服务中心 → 新建党群服务中心 (a phrase cut inside a name).

    >>> tidy_subject("百日攻坚”村"), tidy_subject("村“两委”干部"), tidy_subject("“五星”")
    ('村', '村“两委”干部', '“五星”')
    """
    if not subject or _HALF_MARKS.search(subject) is None:
        return subject
    for o, c in T.PAIRED_MARKS:
        k = subject.rfind(c)
        if k >= 0 and subject.rfind(o, 0, k) < 0:
            subject = subject[k + 1:]
    return subject or None


def area_subject(text: str, start: int, end: int) -> str | None:
    """What an area is of: a noun of land or floor right after it (12亩标准厂房用地),
    else the words before it without the verbs that state it (不少于, 提高到), a figure
    it changes from (从86平方米), words after a noun of land or floor (村级活动场所建筑面积),
    and what stands before the last verb, scope or time word (全部实现阵地面积 → 阵地面积)."""
    after = _np_after(text, end)
    k = next(_area_noun_ends(after), -1)
    if k > 1:
        return _bare_phrase(after[:k]) or None
    before = _clause_before(text, start)
    before = _trim_area(_AREA_FROM.sub("", _trim_area(before)))
    k = max(_area_noun_ends(before), default=-1)
    if k > 0 and not _HAN_RUN.search(before, k):
        before = before[:k]
    m = _NAME_TAIL.search(before)
    if m is None:
        return None
    name = _bare_phrase(_after_count(before, m))
    # (种植面积: the doing names the area itself, which it keeps)
    lead = next((w for w in T.AREA_DOINGS if name.startswith(w)), "")
    return name[len(lead):] if len(name) - len(lead) >= 2 and name[len(lead):] not in T.AREA_MEASURES \
        else name or None


def _after_count(words: str, m: re.Match) -> str:
    """The run of characters ``m`` found at the end of ``words``, without the measure or
    time word of a number or of 每/各 before it (6个社区面积, 每亩年收入, 2023年旅游收入)."""
    name = m.group()
    if words.startswith(T.SUBCOUNT_MARK, m.start() - 1):
        name = name[len(T.SUBCOUNT_MARK) - 1:]      # (其中茶叶产值: 其 ended the run, not 中)
    if m.start() > 0 and name[:1] in _AFTER_DIGIT and (words[m.start() - 1].isdigit()
                                                       or words[m.start() - 1] in T.SCOPE_CHARS):
        name = name[1:]
    return name


#: a level word after the unit it names the level of (村村级, 镇镇级): the unit ends before it
_LEVEL_AFTER_UNIT = re.compile("|".join(f"{w[0]}(?={w})" for w in sorted(T.MODIFIER_HEADS) if w.endswith("级")))


def _bare_phrase(name: str) -> str:
    """A noun phrase without what stands before its last verb, scope or time word, nor
    the words that open a clause (共, 已, 在)."""
    cut = 0
    for k, c in enumerate(name):
        words = _PHRASE_CUT_BY_FIRST.get(c)
        if words is None or name.startswith(T.CHANGE_NOUNS, k):     # (第一产业增加值)
            continue
        for w in words:                 # the longest cut word that starts here
            if name.startswith(w, k):
                e = k + len(w)
                if e > cut and name[max(0, k - 1):e] not in T.PER_WORDS:
                    cut = e             # (村均面积: 均 after 村 is part of the noun)
                break
    # 我村集体经济收入, 全村集体经济收入: the scope word's 村 is the 村 of 村集体 too
    if cut > 0 and name.startswith(T.VILLAGE_COLLECTIVE, cut - 1):
        cut -= 1
    # 182个行政村村级集体经济收入: the villages counted before their level are no part of the name
    level = _LEVEL_AFTER_UNIT.search(name)
    if level is not None and level.end() > cut:
        cut = level.end()
    # 洋县村集体经济收入: a county's name before what its villages earn is no part of the name
    k = max(name.rfind(e + T.VILLAGE_NOUN) for e in T.COUNTY_ENDINGS)
    if k >= cut:
        cut = k + 1
    # …nor is a village's own (黄土岭村集体经济收入 → 村集体经济收入)
    k = name.find(T.VILLAGE_COLLECTIVE)
    if k >= max(cut + 1, 1) and name[k - 1] not in T.SCOPE_CHARS and not name.endswith(T.NON_PLACE_STEMS, 0, k):
        cut = k                         # (边境村集体经济: a kind of village stays)
    # …nor a town's or a village's own name before what it has (该镇大坪村流转土地 → 流转土地)
    k = _unit_name_end(name)
    if k > cut and len(name) - k >= 2:
        cut = k
    name = name[cut:]
    trimmed = True
    while trimmed:
        trimmed = False
        for w in T.AREA_LEADERS:
            if name.startswith(w) and len(name) > len(w) + 1:
                name, trimmed = name[len(w):], True
                break
    return name if len(name) >= 2 else ""


def _unit_name_end(name: str) -> int:
    """Where the last town's or village's name in a noun phrase ends (大坪村 in 镇大坪村流转土地),
    else -1: a name is two characters at least before its ending, and goes on as no compound does."""
    for k in range(len(name) - 2, 1, -1):
        suffix = name[k]
        if suffix not in T.UNIT_NAME_ENDINGS or name[k + 1] in T.SUBCOUNTY_NOT_BEFORE.get(suffix, "") \
                or name[k + 1] in T.UNIT_NAME_NOT_BEFORE or name[k - 1] in T.SCOPE_CHARS \
                or name[k - 1:k + 1] in T.UNIT_COMPOUNDS \
                or name.endswith(T.NON_PLACE_STEMS, 0, k):
            continue
        return k + 1
    return -1


def _money_phrase(text: str, end: int) -> str:
    """The noun phrase that ends at ``end`` (村级集体经济收入), without a time or measure
    word left by a number before it (2023年旅游收入 → 旅游收入) nor the verbs, scope and
    time words before it."""
    m = _NAME_TAIL.search(text, max(0, end - 16), end)
    if m is None:
        return ""
    return _bare_phrase(_after_count(text, m))


def _area_noun_ends(words: str):
    """Where a noun of land or floor ends in ``words``, in order."""
    for m in _AREA_LAST.finditer(words):
        i = m.end()
        if any(words.endswith(n, 0, i) for n in _AREA_BY_LAST[m.group()]):
            yield i


_AREA_BY_LAST: dict[str, tuple[str, ...]] = {}
for _n in T.AREA_NOUNS:
    _AREA_BY_LAST[_n[-1]] = (*_AREA_BY_LAST.get(_n[-1], ()), _n)
_AREA_LAST = re.compile(f"[{''.join(_AREA_BY_LAST)}]")


def _trim_area(words: str) -> str:
    """``words`` without any run of the verbs and qualifiers that state an area at their end."""
    while words and words[-1] in _AREA_TRAILER_LAST:    # most words end in none of them
        w = next((w for w in T.AREA_TRAILERS if words.endswith(w)), "")
        if not w:
            break
        words = words[:-len(w)]
    return words


_AREA_TRAILER_LAST = frozenset(w[-1] for w in T.AREA_TRAILERS)


_AREA_UNITS = _alt(w for w, (u, _) in T.UNITS.items() if u in ("mu", "square_meter"))
_AREA_FROM = re.compile(f"(?:{_alt(T.FROM_WORDS)})?[0-9.]+(?:{_AREA_UNITS})$")
_AFTER_DIGIT = frozenset("年月日号") | frozenset(w for w in T.UNITS if len(w) == 1)
# what a noun phrase is cut after: verbs, scope and time words, plans and pronouns
_PHRASE_CUTS = (*T.NP_STOP_WORDS, *T.SCOPE_WORDS, *T.NOW_WORDS, *T.RELATIVE_YEARS, *T.FUTURE_WORDS,
                *T.CHANGE_CUES, *T.PHRASE_PRONOUNS, *T.YEAR_PARTS, *T.PHRASE_TIME_WORDS,
                # (新建花椒基地600亩: what was built, not the building; 建设 names work done on it)
                *(w for w in T.BUILD_VERBS if w not in T.FILLER_WORDS))
_CLOSING_QUOTES = frozenset(T.QUOTE_OPENERS)
_QUOTED_TAIL = re.compile(f"[{han()}]+[”\"」』’]")
_PHRASE_CUT_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _w in sorted(set(_PHRASE_CUTS), key=len, reverse=True):
    _PHRASE_CUT_BY_FIRST[_w[0]] = (*_PHRASE_CUT_BY_FIRST.get(_w[0], ()), _w)


def money_category(text: str, start: int, end: int, sent_end: int,
                   previous: list[tuple[str, str]] | None = None) -> tuple[str, str]:
    """funds / income / other for an amount of yuan, from the nearest cue word:
    the last one before it in its clause, else the first one after it (“300万元!
    这不仅是村集体经济收益…”), else the last one earlier in the sentence, else what
    the amount of yuan before it in ``previous`` (its sentence, and the list it goes
    on) is (…收入10万元以上的村276个；5万元至10万元的21个；5万元以下的5个)."""
    money_name = _NAME_AFTER.match(text, end)
    if money_name is not None:
        # 给予最高50万元补助, 200万元的低息贷款: the name right after the amount says what it is
        name = money_name.group("name")
        return _MONEY_CUES[name], (T.MONEY_SUBJECT if _MONEY_CUES[name] == "funds" else name)
    cue = None
    clause = _clause_before(text, start, 24)
    named = None
    for m in _MONEY.finditer(clause):
        if named is not None and m.group() in T.WORTH_WORDS:
            continue                    # 免费发放药品价值36万元: the worth of what was given
        cue, named = m.group(), m
    if cue in T.WORTH_WORDS and named is not None and clause.endswith(T.GOODS_NOUNS, 0, named.start()):
        # 兑换积分物品价值8.6万元: the worth of goods, with no cue for whose money it is
        return "other", clause[named.start() - _goods_len(clause, named.start()):named.end()]
    if cue in T.WORTH_WORDS and not clause[:named.start() if named else 0].strip(T.WORTH_LEADS):
        # 发放慰问品，每人价值200元: the worth names only what the money is of; the cue of the
        # clause before says whose it is (发放: money put in)
        found = _cue_before(text, start - len(clause), (*T.WORTH_WORDS, *T.INCOME_VERBS))
        if found is not None:
            return found
    if cue in T.RATE_MONEY_CUES:
        # 慰问…支出118.6万元，慰问2372人次，人均500元: a rate of the money its sentence
        # spends or earns (人均 alone, with nothing else said, is income: 村民人均7320元)
        found = _cue_before(text, start - len(clause), T.RATE_MONEY_CUES)
        if found is not None:
            return found
    if named is not None and named.group() in T.INCOME_VERBS and named.end() == len(clause):
        return "income", T.INCOME_SUBJECT       # 以前一亩地挣三四千元: no clause is the money's name
    if named is not None and _MONEY_CUES[named.group()] != "funds":
        # 2023年旅游收入25亿元: what is earned is named by the words up to the cue
        phrase = _money_phrase(text, start - len(clause) + named.end())
        if phrase:
            return _MONEY_CUES[named.group()], phrase
    if cue is None:
        after = _SENTENCE_CUT.split(text[end:end + 20], maxsplit=1)[0]
        # (…5万元以下的5个，已全部制定帮扶方案: a cue past another figure is that one's)
        digit = _DIGIT.search(after)
        if digit is not None:
            after = after[:digit.start()]
        # a verb that earns (挣, 卖) takes the money right after it, never one across a clause
        cue = next((m.group() for m in _MONEY.finditer(after) if m.group() not in T.INCOME_VERBS), None)
    if cue is None and text.startswith(T.CLASSED_BY_INCOME, end):
        return "income", T.INCOME_SUBJECT       # 10万元以上村全覆盖: villages are classed by income
    own = ""
    if cue is None:
        for m in _MONEY.finditer(text, max(0, start - 60), start):
            if m.group() not in T.INCOME_VERBS:
                cue = m.group()
        # 实现利润28.7亿元,上缴税费19.2亿元: the kind of money from the clause before,
        # what it is from the figure's own clause
        own = _money_phrase(text, start) if cue is not None else ""
        if not own.endswith(T.MONEY_NOUN_ENDS):
            own = ""
    if cue is None:
        for u, c in reversed(previous or ()):
            if u == "yuan":
                return c, (T.INCOME_SUBJECT if c == "income" else T.MONEY_SUBJECT)
        return _MONEY_DEFAULT, T.MONEY_SUBJECT
    cat = _MONEY_CUES[cue]
    return cat, (T.MONEY_SUBJECT if cat == "funds" else own or cue)


_DIGIT = re.compile("[0-9]")


def _cue_before(text: str, hi: int, skip: tuple[str, ...]) -> tuple[str, str] | None:
    """(category, subject) of the last money cue, not one of ``skip``, earlier in the
    sentence that the clause starting at ``hi`` stands in (looked for 60 characters back)."""
    lo = max(0, hi - 60)
    cut = _LAST_SENTENCE_END.match(text, lo, hi)
    earlier = [m.group() for m in _MONEY.finditer(text, cut.end() if cut else lo, hi) if m.group() not in skip]
    if not earlier:
        return None
    cat = _MONEY_CUES[earlier[-1]]
    return cat, (T.MONEY_SUBJECT if cat == "funds" else earlier[-1])


assert all(w in _MONEY_CUES for w in T.MONEY_NAMES_AFTER)
_NAME_AFTER = re.compile(f"(?:{_alt(T.MONEY_NAME_MODIFIERS)}){{0,3}}(?P<name>{_alt(T.MONEY_NAMES_AFTER)})")


def _goods_len(words: str, end: int) -> int:
    return max(len(n) for n in T.GOODS_NOUNS if words.endswith(n, 0, end))


_LABEL_LEAD = re.compile(f"[{re.escape(T.LIST_BULLETS + ''.join(T.LABEL_BRACKETS))}\\s]*")
_LABEL_DESC_END = re.compile(f"[{re.escape(T.CLAUSE_END)}\n]")


_ROW_LABEL = re.compile(f"[ \t\u3000]*[^{re.escape(T.CLAUSE_END)}\n]{{1,{T.LINE_LABEL_MAX}}}"
                        f"[{T.LABEL_COLONS} \t\u3000]+$")
_ROW_ABOVE = re.compile(f"[ \t\u3000]*[^{re.escape(T.CLAUSE_END)}\n]{{1,{T.LINE_LABEL_MAX}}}"
                        f"[{T.LABEL_COLONS} \t\u3000]+[0-9][^{re.escape(T.CLAUSE_END)}\n]{{0,8}}")
_HEADING_WORDS = re.compile(f"[ \t\u3000]*[{han()}]{{2,{T.LINE_LABEL_MAX}}}[ \t\u3000]*$")


def _line_heading(text: str, start: int) -> tuple[str, str] | None:
    """(category, noun) of a line of words alone above rows of a label and a figure
    (发展党员 / 2022年：312名 / 2023年：335名), for a figure that ends such a row's label."""
    ls = text.rfind("\n", 0, start) + 1
    if ls == 0 or _ROW_LABEL.fullmatch(text, ls, start) is None:
        return None
    k = ls - 1
    while k > 0:                        # up over the rows above, to the words alone
        above = text.rfind("\n", 0, k) + 1
        line = text[above:k]
        if _HEADING_WORDS.fullmatch(line):
            h = _last_head(line.strip())
            return None if h is None else (h[1], h[0].group())
        if _ROW_ABOVE.fullmatch(line) is None:
            return None
        k = above - 1
    return None


def line_label(text: str, start: int, end: int) -> str | None:
    """What a figure that labels its line says of it, when the line opens with the figure
    (【1.2万名】全县党员干部下沉一线, ● 386个：新建村级党群服务中心, ★ 98.7% 群众满意率):
    the words after it up to their clause's end; else None."""
    after = text[end:end + 1]
    if not after or (after not in T.LABEL_ENDS and not after.isspace()) or after == "\n":
        return None
    line_start = text.rfind("\n", 0, start) + 1
    if _LABEL_LEAD.fullmatch(text, line_start, start) is None:
        return None
    opener = text[line_start:start].strip()[-1:]
    if after in T.LABEL_BRACKETS.values() and T.LABEL_BRACKETS.get(opener) != after:
        return None
    k = end + 1
    while k < len(text) and text[k] in " \t\u3000":
        k += 1
    m = _LABEL_DESC_END.search(text, k)
    desc = text[k:m.start() if m else len(text)]
    return desc if len(desc) >= 2 else None


def _label_subject(desc: str) -> tuple[str | None, str | None]:
    """(category, subject) named by a line label's words: a quoted name that opens them
    (“党员大讲堂”开讲 → 党员大讲堂), else their last head noun, named without the verbs
    and scope words before it (新建村级党群服务中心 → 村级党群服务中心)."""
    if desc[0] in T.QUOTE_PAIRS:
        k = desc.find(T.QUOTE_PAIRS[desc[0]], 1)
        if k > 1:
            h = _last_head(desc[1:k])
            return (h[1] if h else None), desc[1:k]
    h = _last_head(desc)
    if h is None:
        return None, None
    return h[1], _bare_phrase(desc[:h[0].end()]) or h[0].group()


def classify(text: str, start: int, end: int, unit: str, measure: str,
             sent_end: int, previous: list[tuple[str, str]], sent_start: int = 0) -> tuple[str, str | None]:
    """Category and subject of a resolved amount; ``previous`` holds the
    (unit, category) of earlier claims in the same sentence."""
    if unit in ("percent", "percentage_point"):
        desc = line_label(text, start, end) if start - sent_start <= T.LINE_LABEL_LEAD else None
        if desc is not None and desc.endswith(T.RATE_ENDINGS):
            return "percentage", _bare_phrase(desc) or desc      # ★ 98.7% 群众满意率
        return "percentage", share_subject(text, start, end, sent_start)
    if unit in ("mu", "square_meter"):
        return "area", area_subject(text, start, end)
    if unit == "age":
        return "other", T.AGE_SUBJECT
    if unit == "yuan":
        if text[start - 1:start] == "\t":
            found = _money_column(text, start)
            if found is not None:
                return found
        return money_category(text, start, end, sent_end, previous)
    cat, noun, where = head_noun(text, start, end)
    desc = line_label(text, start, end) if start - sent_start <= T.LINE_LABEL_LEAD else None
    if desc is not None:
        # 【1.2万名】全县党员干部下沉一线: the line's words say what its label counts
        c, n = _label_subject(desc)
        if n is not None:
            cat, noun, where = c, n, "after"
    column = _column(text, start)
    if column is not None and (cat is None or where == "before" or unit == "person"):
        # a table's cell: its column's heading says what it counts (党组织 | 党员)
        cat, noun = column
    topic = _topic(text, sent_start, start) if cat is None or unit == "person" else None
    if unit in ("person", "person_time", "household"):
        if cat == "villages" and where == "before" and _PLACE_KEY.search(_clause_before(text, start)):
            cat = noun = None           # 城关镇45名: a place keys the count, it is not what is counted
        elif cat is not None and cat not in _PERSON_CATEGORIES and where == "before" and unit == "person":
            # 在职党员到社区报到1256名, 后备干部进入村“两委”班子87人: people are counted, not
            # where they went
            cat, noun = _person_before(text, start) or (cat, noun)
        if unit == "person" and cat == "party_members":
            return "party_members", noun
        if unit == "person" and topic is not None and topic[0] == "party_members":
            # a breakdown of members (党员中，工人796万名，农牧渔民2600万名): party
            # members, by what they are
            if noun is None and _PLACE_KEY.search(_clause_before(text, start)):
                return "party_members", topic[1]     # (党员数：汉台区8650名: a place keys it)
            return "party_members", noun or _named_before(text, start) or topic[1]
        if unit == "person" and cat is None and topic is not None and topic[0] in _PERSON_CATEGORIES:
            return topic                # 入党积极分子：512名 under 发展党员：286名: the label's people
        if unit == "person" and cat is None and (text[start - 1:start] == "\t" or _bare_clause(text, start)):
            # (a table's cell under a heading that names no people: 比上年增加（名）)
            for u, c in reversed(previous):
                if u == "person":
                    return c, None
        if unit == "person" and cat is None:
            # 全县所有党员，共计2.1万名: a total of the people the clause before names;
            # 全县党员较2020年翻了一番，达到1200名: the state of the people its sentence opened with
            clause = _clause_before(text, start)
            comma = start - len(clause) - 1
            found = None
            if clause in T.TOTAL_CLAUSE_WORDS:
                found = _people_named_back(text, comma, 0, 1)
            elif clause in T.STATE_CLAUSE_WORDS:
                found = _people_named_back(text, comma, sent_start, T.STATE_CLAUSES_BACK)
            if found is not None:
                return found
        if unit == "person" and cat is None and noun is None:
            heading = _line_heading(text, start)
            if heading is not None and heading[0] in _PERSON_CATEGORIES:
                return heading          # 发展党员 / 2023年：335名: the line above names its rows
            recruited = _recruited(text, start)
            if recruited is not None:
                return recruited
        if unit == "household":
            # (党员中心户12户: households named by whose they are)
            return "people", noun if noun and (cat == "people" or noun.endswith(T.HOUSEHOLD_SUBJECT)) \
                else T.HOUSEHOLD_SUBJECT
        return "people", noun
    # counts: some measure words decide by themselves (139场 → activities, 53头 → other)
    if measure in T.MEASURE_CATEGORY:
        return T.MEASURE_CATEGORY[measure], noun
    if measure in ("件", "件次") and any(v in _list_clause_before(text, start) for v in T.HANDLED_VERBS):
        return "activities", noun
    if cat is not None:
        return cat, noun
    if topic is not None:
        return topic
    # an ellipsis: a count with no noun of its own goes on from the count before it
    # in its sentence (男性书记290个，女性仅为16个; …,6个达到500平方米)
    if not _own_object(text, start):
        for u, c in reversed(previous):
            if u == "count":
                return c, None
    if any(v in _clause_before(text, start) for v in T.BUILD_VERBS):
        return "facilities", None       # 建成“15分钟便民服务圈”8个, 已开工建设34个: things built
    if measure in T.MEASURE_DEFAULT:
        return T.MEASURE_DEFAULT[measure], noun
    return "other", noun


def _people_named_back(text: str, k: int, floor: int, clauses: int) -> tuple[str, str] | None:
    """(category, noun) of the people named in the clauses before the comma at ``k``,
    looked for in at most ``clauses`` of them, none before ``floor``."""
    for _ in range(clauses):
        if not (k > floor and text[k] in T.COMMAS):
            return None
        found = _person_before(text, k)
        if found is not None:
            return found
        k -= len(_clause_before(text, k)) + 1
    return None


def _recruited(text: str, start: int) -> tuple[str, str | None] | None:
    """A count of people with no noun, after 发展 (全年共发展612名) or in a list after a
    head that says members were taken in (各学院发展情况如下：机械学院98名): party members
    (a head that names its people decides: 发展对象情况：…12名)."""
    if _RECRUITED.search(_clause_before(text, start)):
        return "party_members", None
    lo = max(0, start - T.RECRUIT_LIST_REACH)
    colon = max(text.rfind(c, lo, start) for c in T.LABEL_COLONS)
    if colon < 0 or any(c in T.SENTENCE_END for c in text[colon:start]):
        return None
    head = _clause_before(text, colon, T.RECRUIT_LIST_REACH)
    if not any(v in head for v in T.RECRUIT_VERBS):
        return None
    return _person_before(text, colon) or ("party_members", None)


_RECRUITED = re.compile(f"(?:{_alt(T.RECRUIT_VERBS)})[了共计]?$")


def _person_before(text: str, start: int) -> tuple[str, str] | None:
    """(category, noun) of the last noun of people in the clause before ``start``."""
    found = None
    for m in _HEAD.finditer(_clause_before(text, start)):
        cat = T.HEAD_NOUNS[m.group()]
        if cat in _PERSON_CATEGORIES:
            found = cat, m.group()
    return found


_PERSON_CATEGORIES = frozenset(T.PERSON_CATEGORIES)


def _column(text: str, start: int) -> tuple[str, str] | None:
    """(category, noun) of what a table's cell counts: its column's heading (党组织 |
    党员), or under a heading of years its row's first cell (党员数（名） | 9118)."""
    h = heading_above(text, start)
    if h is None:
        return None
    found = _last_head(cell_label(h))
    return None if found is None else (found[1], found[0].group())


def _money_column(text: str, start: int) -> tuple[str, str] | None:
    """funds / income and the noun of a table's cell of money, from its column's heading
    (集体经济总收入, 投入资金（万元）), however many rows down the cell stands."""
    h = heading_above(text, start)
    if h is None:
        return None
    label = cell_label(h)
    if _MONEY.search(label) is None:
        # 全县各镇集体经济收入情况（单位：万元） / 镇名 | 2022年 | 2023年: a column of a year takes
        # its money's name from the table's title
        title = table_title(text, start)
        if title is None or _MONEY.search(title) is None:
            return None
        label = title
    return money_category(label, len(label), len(label), len(label))


def _named_before(text: str, start: int) -> str | None:
    """The words right before a number in its clause, when no known noun is there
    (农牧渔民2600万名 → 农牧渔民)."""
    # (其中女性97名: 女性, not 中女性)
    m = _HAN_TAIL.search(_clause_before(text, start, 10).rpartition(T.SUBCOUNT_MARK)[2])
    return m.group() if m else None


# (全县326个村（社区）中，: a bracket that adds to the noun may stand before the mark)
_TOPIC = re.compile(f"(?:{_alt(T.HEAD_NOUNS)})(?P<also>[（(][^）)，,。]{{1,{T.TOPIC_BRACKET_MAX}}}[）)])?"
                    f"(?:(?:{_alt(T.TOPIC_MARKS)})[,，:：]|(?:{_alt(T.TOPIC_COUNT_WORDS)})?[:：])")


_LABEL = re.compile(f"([^{re.escape(T.CLAUSE_END)}0-9]{{2,{T.LINE_LABEL_MAX}}})[{T.LABEL_COLONS}]")


def _topic(text: str, sent_start: int, start: int) -> tuple[str, str] | None:
    """The topic a sentence opens for its counts: a noun before 中/里 and a comma
    (村级活动场所中，13个新建、46个修缮; 党员中，工人796万名), or before a colon
    (各县区党员数：汉台区8650名、南郑区9200名)."""
    last = None
    for m in _TOPIC.finditer(text, sent_start, start):
        last = m
    if last is None:
        # ● 软弱涣散党组织整顿：21个: a line's label names what its figures count, whatever
        # word of doing follows the noun in it
        label = _LABEL.match(text, sent_start, start)
        h = _last_head(label.group(1)) if label is not None else None
        return None if h is None else (h[1], h[0].group())
    h = _last_head(last.group() if last.group("also") is None else text[last.start():last.start("also")])
    if h is None or (h[1] == "activities" and last.group()[-1] not in T.LABEL_COLONS):
        return None                     # 活动中，…: during the campaign, not among its events
    return h[1], h[0].group()


# 城镇化率由2018年的41.2%提高到51.6%: the frame of a change from one share to another
_STATE_TIME = f"(?:(?:[0-9]{{4}}年|{_alt((*T.RELATIVE_YEARS, *T.NOW_WORDS))})(?:底|末)?的?)?"
_SHARE_FROM = re.compile(f"(?:{_alt(T.FROM_WORDS)}){_STATE_TIME}"
                         f"(?:[0-9.]+[%％](?:{_alt(T.FROM_TO_VERBS)})了?(?:{_alt(T.TO_WORDS)}){_STATE_TIME})?$")
_SHARE_TAIL = re.compile(f"(?:{_alt((*T.SHARE_TAIL_WORDS, *T.COMPARISON_WORDS, *T.TIME_AVERAGES))})+$")


def share_subject(text: str, start: int, end: int, sent_start: int) -> str | None:
    """What a share is of: the noun after it (15%的门票收入), else the noun phrase
    before it, without the verbs that state it (“二类”及以上党组织占比96.8% → 党组织)."""
    after = text[end:end + 16]
    if after.startswith(T.LINKING_PARTICLE):
        np = _np_after(text, end)
        if np and _HAN_RUN.match(np):
            return _unbracketed(_closed(np)).strip("“”\"'()（） ")    # (32%的村（社区）: 村)
    # (a rate's name is looked for further back than a noun, past the first state of a
    # from-to frame)
    wide = _clause_before(text, start, T.RATE_NAME_REACH)
    m = _COMPARED_TAIL.search(wide)
    if m is not None:
        wide = wide[:m.start()]         # (增速高于全市平均水平 → 增速: the base is not what it is of)
    before = _share_words(wide)
    if not before.endswith(T.RATE_ENDINGS):
        before = _share_words(wide[-T.SHARE_NOUN_REACH:])
    else:
        # 群众满意率达到98.6%: the rate is named whole, not by the noun inside it
        m = _NAME_TAIL.search(before)
        if m is not None:
            name = _whole_words(before, m.start()) + _after_count(before, m)
            # (力争规上企业党组织覆盖率…: a target's verb, and a scope word, are no part of the name)
            lead = next((w for w in T.RATE_NAME_LEADERS if name.startswith(w)), "")
            name = name[len(lead):]
            scope = next((w for w in T.SCOPE_WORDS if name.startswith(w)), "")
            if len(name) - len(scope) >= 2:
                return name[len(scope):]
    if before.endswith(T.MONEY_NOUN_ENDS):
        # 农村居民人均可支配收入增长8%: the change of money named whole, not the people in its name
        m = _NAME_TAIL.search(before)
        name = _bare_phrase(_after_count(before, m)) if m else ""
        if name:
            return name
    base = _BASE_COUNT.search(before)
    if base is not None:
        # 超过应到会人数的五分之四, 占全村总户数的21%: a share of a count named whole, unless a
        # counted noun names it (占党员总数的27.3% → 党员)
        name = base.group("name")
        scope = next((w for w in T.SCOPE_WORDS if name.startswith(w)), "")
        h = _last_head(name)
        if h is None or h[0].end() != len(name) - len(base.group("count")) or len(h[0].group()) < 2:
            return name[len(scope):]
    if before[-1:] in _CLOSING_QUOTES:
        # “一肩挑”比例达到98.2%: a share of what a quoted name names (also after the people it
        # is of: 村党组织书记和村委会主任“一肩挑”比例)
        k = before.rfind(T.QUOTE_OPENERS[before[-1]], 0, len(before) - 1)
        if k >= 0 and 2 <= len(before) - k - 2 <= T.SHORT_QUOTE:
            return before[k + 1:-1]
    h = _last_head(before)
    if h is not None:
        return h[0].group()
    m = _HAN_TAIL.search(before)
    name = _bare_phrase(m.group()) if m else ""      # (全年固定资产投资比上年 → 固定资产投资)
    target = _TARGET_DONE.search(before) if not name and before.endswith(T.LINKING_PARTICLE) else None
    if target is not None:
        return target.group("target")   # 完成年度计划的89.4%: a share of the plan
    if not name:
        # 农村党员中，60岁以上的占42.6%: a share of the set its sentence opens with
        frame = _FRAME_SET.match(text, sent_start, start)
        if frame is not None:
            h = _last_head(frame.group("set"))
            if h is not None:
                return _bare_phrase(frame.group("set")[:h[0].end()]) or h[0].group()
    return name or None


_FRAME_SET = re.compile(T.FRAME_SET)


_TARGET_DONE = re.compile(f"(?:{_alt(T.TARGET_DONE_VERBS)})(?P<target>[{han(T.NP_FUNCTION_CHARS)}]{{2,10}})的$")


def _share_words(before: str) -> str:
    """The words before a share without a from-to frame's first state and the verbs
    that state it (城镇化率由2018年的41.2%提高到 → 城镇化率)."""
    if any(w in before for w in T.FROM_WORDS):
        before = _SHARE_FROM.sub("", before)
    return _SHARE_TAIL.sub("", before)


_BASE_WORDS = f"[{han(T.NP_FUNCTION_CHARS)}]{{2,{T.ABOVE_BELOW_BASE}}}?"
_COMPARED_TAIL = re.compile(f"(?:(?:{_alt(T.ABOVE_BELOW)}){_BASE_WORDS}|[比较]{_BASE_WORDS}(?:{_alt(T.MORE_LESS)}))$")


def _whole_words(before: str, k: int) -> str:
    """The words of a rate's name that a function character cut off before ``k``
    (接转及时率: 及时 holds 及), with the run of name characters before them."""
    if k < 1 or not any(before.startswith(w, k - 1) for w in T.RATE_NAME_WORDS):
        return ""
    m = _NAME_TAIL.search(before, max(0, k - 1 - 14), k - 1)
    return (m.group() if m else "") + before[k - 1]


_HAN_RUN = re.compile(f"[{han()}]")
_HAN_TAIL = re.compile(f"[{han(T.NP_FUNCTION_CHARS)}]{{2,10}}$")
# a run of a noun phrase's characters, whole, ending where the search ends (rate names,
# what money earned or an area is of)
_NAME_TAIL = re.compile(f"(?<![{han(T.NP_FUNCTION_CHARS)}])[{han(T.NP_FUNCTION_CHARS)}]{{2,16}}$")


def rate_unit(text: str, start: int, end: int, clause_start: int) -> str | None:
    """The unit an amount is given per (每村50万元 → 村, 人均收入 → 人, 6万元/年 → 年), else None."""
    before = text[max(clause_start, start - T.PER_REACH):start]
    unit = _per_word(before)
    k = before.rfind(T.PER_MARK)
    if unit is not None or k >= 0:
        m = _LAST_COMMA.match(before)
        if m is not None:               # (每村每年10万元，人口在3000人以上: a per word holds in its clause)
            before = before[m.end():]
            unit = _per_word(before)
            k = before.rfind(T.PER_MARK)
    if _TOTAL_ITEM.search(before) is not None:
        return None                     # 每个村补助5万元、共计补助60万元: a total after the rate
    if unit is not None and (unit not in T.PER_TIMES or k < 0):
        return unit
    if k >= 0:
        # 每村每年10万元: a rate per unit and per time is the unit's (as 每人每年 is)
        units = [u for u in (_per_noun(before[i + 1:]) for i, ch in enumerate(before) if ch == T.PER_MARK) if u]
        lasting = [u for u in units if u not in T.PER_TIMES]
        if unit is not None and not lasting:
            return unit                 # (年均 where 每 names no unit: per year)
        if units:
            unit = lasting[0] if lasting else units[-1]
            if unit in T.PER_MEASURES:
                # 补助村级活动场所26个，每个4万元: each of the things the sentence just counted
                h = _last_head(text[clause_start:start - len(before) + before.find(T.PER_MARK)])
                if h is not None:
                    return _per_of(h[0].group())
            return unit
    after = text[end:end + 3]
    if after[:1] in T.PER_SLASHES and after[1:2]:
        n = after[1:3] if after[1:3] in T.PER_NOUNS else after[1:2]
        return T.PER_NORMAL.get(n, n) if n in T.PER_NOUNS else None
    avg = _AVERAGED.search(before)
    if avg is not None:
        # 涉旅村集体经济收入平均达到32.8万元: an average over the units its noun names
        h = _last_head(before[:avg.start()])
        if h is not None:
            noun, cat = h[0].group(), h[1]
            if cat == "villages":       # (村集体: per village)
                return next((n for n in T.AVERAGED_UNITS if n in noun), None)
            return T.HOUSEHOLD_SUBJECT if noun.endswith(T.HOUSEHOLD_SUBJECT) else None
    if before[-1:] == "\t":
        # a table's cell: a rate when its heading says so (村均收入（万元）, 人均纯收入)
        h = heading_above(text, start)
        if h is not None:
            return _per_word(cell_label(h))
    return None


_LAST_COMMA = up_to_last(T.PER_CLAUSE_MARKS)
_TOTAL_ITEM = re.compile(f"{T.LIST_MARK}(?:{_alt(T.SUM_WORDS)})")


def _per_word(words: str) -> str | None:
    """The unit of the first per word (人均, 村均 …) in ``words``, or None."""
    for w, unit in T.PER_WORDS.items():
        if w in words:
            return unit
    return None


_MODIFIER_HEADS = tuple(T.MODIFIER_HEADS)


_AVERAGED = re.compile(f"{T.AVERAGE_WORD}(?:{_alt(T.AVERAGE_LINKS)})?$")


def _per_of(noun: str) -> str:
    """A head noun as a per noun: the per noun it ends in (软弱涣散村 → 村), else itself
    (驿站; 活动场所, not the measure word 所 it ends with)."""
    return next((n for n in T.PER_NOUNS if noun.endswith(n) and n not in T.PER_MEASURES), noun)


# 每100户, 每万名党员, 每千人: a number of the things a rate is given per, and what they are
_PER_COUNT = re.compile(f"(?:[0-9]+|[{T.CN_DIGITS}]+)(?:{_alt(T.PER_COUNT_MEASURES)})(?:{_alt(T.PER_NOUNS)})?")
# the noun phrase after 每 and a measure word: up to a clause mark, a number or the next 每
_PER_NP = re.compile(f"[^{re.escape(T.CLAUSE_END)}0-9０-９{T.PER_MARK}]{{1,{T.PER_NOUN_REACH}}}")


def _per_noun(rest: str) -> str | None:
    """The noun after one 每 (每个村 → 村, 每名 → 人; 每100户 → 100户, 每万名党员 → 万名党员)."""
    m = _PER_COUNT.match(rest)
    if m is not None:
        return m.group()                # a rate per a number of things: the number is part of the unit
    if rest[:1] in T.PER_MEASURES and len(rest) > 1:
        if rest[1:].startswith(T.PER_NOUNS) and not rest[1:].startswith(_MODIFIER_HEADS):
            rest = rest[1:]
        else:
            # 每个驿站, 每个软弱涣散村, 每个村级活动场所: the noun after the measure word (past
            # a level), as a per noun where it ends in one (软弱涣散村 → 村)
            np = _PER_NP.match(rest, 1)
            head = next((h for h in _HEAD.finditer(np.group()) if h.group() not in T.MODIFIER_HEADS),
                        None) if np is not None else None
            if head is not None:
                return _per_of(head.group())
    for n in T.PER_NOUNS:
        if rest.startswith(n):
            return T.PER_NORMAL.get(n, n)
    if rest and rest[0] in T.PER_MEASURES:
        return rest[0]          # 每处面积不少于60平方米: each of the things just counted
    return None


def second_state(text: str, first_start: int, first_end: int, start: int) -> bool:
    """Is the amount at ``start`` the second state of a from-to frame whose first is the
    amount at ``first_start``–``first_end`` (从2016年的3020元增长到2023年的16650元)?"""
    return _SECOND_STATE.fullmatch(text, first_end, start) is not None and _in_from_frame(text, first_start)


def _in_from_frame(text: str, start: int) -> bool:
    """Does a 由/从 stand close enough before ``start`` to open a from-to frame it is in?"""
    return any(w in text[max(0, start - T.FROM_REACH):start] for w in T.FROM_WORDS)


_SECOND_STATE = re.compile(rf"[^，。；,;]{{0,4}}?(?:{_alt(T.CHANGE_TO)})"
                           r"(?:[0-9]{4}年(?:底|末)?|如今|现在|目前|今年|去年)?的?")


def lone_small_count(cand, text: str, end: int) -> bool:
    """A small Chinese count (七套, 三个) with no counted noun after it is a name
    or an idiom far more often than a claim (央视七套, 三个一)."""
    num = cand.group("num")
    if cand.kind != "num" or num is None or len(num) != 1 or num.isdigit() or num in T.BARE_POWERS:
        return False
    if cand.group("inner1") or cand.group("inner2"):
        return False            # 培训十余期: 余 makes it an amount, never a name
    return head_noun(text, end, end)[2] != "after"


def bare_amount(text: str, start: int, end: int, s_start: int, s_end: int
                ) -> tuple[str, str, str | None] | None:
    """(unit, category, subject) of a bare 万/亿 amount (旅游收入25亿, 人口40万) from
    the cue words just before it; None when nothing says what it counts."""
    if _MONEY.search(text, max(s_start, start - T.BARE_MONEY_REACH), start) is not None:
        cat, subject = money_category(text, start, end, s_end)
        return "yuan", cat, subject
    before = text[max(s_start, start - T.BARE_PERSON_REACH):start]
    if any(w in before for w in T.PERSON_CUES):
        # 全县党员人数达1.8万: members, when the last cue names them
        words = before
        for w in T.MEMBER_COUNT_WORDS:
            words = words.replace(w, T.MEMBER_CUE)
        last = max(T.PERSON_CUES, key=lambda w: words.rfind(w) + len(w) if w in words else -1)
        if last == T.MEMBER_CUE:
            return "person", "party_members", T.MEMBER_CUE
        return "person", "people", T.POPULATION_SUBJECT
    return None


def _bare_clause(text: str, start: int) -> bool:
    """Nothing but fillers before the number in its clause (…,6个达到500平方米):
    the count goes on from the claim before it."""
    before = _COMPARISON.sub("", _clause_before(text, start))
    before = _without_doing(before)         # 实际参加评议1089名: what they did names nothing
    if before[-1:] in T.JOINING_CHARS:
        before = _FIGURES_TAIL.sub("", before)
    # 其中35岁以下的423名: a sub-count of the claim before it; 基本合格18名, 少数民族86名:
    # a label of a few characters with no noun of people keys the count, it names nothing
    label = _FILLERS.sub("", before)
    if any(c in label for c in _LABEL_BOUND_FIRST):     # (most labels hold no bound: no pattern run)
        label = _LABEL_BOUNDS.sub("", label)
    if label.startswith(T.REACH_VERBS):
        return False
    return (len(label) <= T.LABEL_MAX or T.SUBCOUNT_MARK in before
            or before.endswith(T.BARE_CLAUSE_ENDINGS) or _PLACE_KEY.search(before) is not None)


_LABEL_BOUNDS = re.compile(_alt(T.LABEL_BOUNDS))
_LABEL_BOUND_FIRST = frozenset(w[0] for w in T.LABEL_BOUNDS)


# 渭滨区党员2.1万名、金台区1.9万名: a list item keyed by a place name alone counts
# what the item before it counted
_PLACE_KEY = re.compile(f"(?:^|[{T.JOINING_CHARS}])(?![{T.SCOPE_CHARS}])[{han()}]{{1,6}}"
                        f"(?:{_alt((*T.DIVISION_ENDINGS, *T.SUBCOUNTY_SUFFIXES))})[ \t\u3000]*$")


def _own_object(text: str, start: int) -> bool:
    """Does the number's clause count the object of its own verb (收集意见建议2300余条;
    but not 改造提升6个, whose verb has no object)?"""
    before = _clause_before(text, start)
    if _NAMED_QUANTITY.search(before) is not None:
        return True                     # 发种量达到1.2万张: the clause names what it measures
    k = max((before.rfind(v) + len(v) for v in _ACTIONS if v in before), default=-1)
    return k >= 0 and len(_FILLERS.sub("", before[k:])) >= 2


_NAMED_QUANTITY = re.compile(f"[{han(T.NP_FUNCTION_CHARS)}](?:{_alt(T.QUANTITY_NOUN_ENDS)})"
                             f"(?:{_alt(T.QUANTITY_LINKS)})*$")


# (搭建临时安置点12处: a building verb's object is its own, as any action's is)
_ACTIONS = tuple(dict.fromkeys((*T.ACTION_VERBS, *T.BUILD_VERBS)))


def compared(text: str, start: int) -> bool:
    """Is the number's clause only a comparison with a base (比上年增加1200元)? Its
    figure then measures what the figure before it did, per what that was per."""
    before = _clause_before(text, start)
    if _BARE_CHANGE.fullmatch(before) is not None:
        return True                     # 第一产业增加值31.62亿元，增长4.2%: of that value
    m = _COMPARISON.search(before)
    return m is not None and not _FILLERS.sub("", before[:m.start()])


_BARE_CHANGE = re.compile(f"(?:{_alt(T.BARE_CHANGE_LEADS)})?(?:{_alt(T.CHANGE_CUES)})了?")


def is_change(text: str, start: int, unit: str = "") -> bool:
    """True when a change verb governs the amount (较上届增加224名, 增长15%)."""
    if text[start - 1:start] == "\t":
        # a table's cell: a change when its column's heading says so (比上年增长（%）)
        h = heading_above(text, start)
        head = h.cells[h.column] if h is not None and h.column < len(h.cells) else ""
        return _CHANGE.search(head) is not None and not any(w in head for w in T.CHANGE_NOUNS)
    window = text[max(0, start - 10):start]
    if _CHANGE.search(window) is None:      # most amounts: no change verb near
        return ("比" in window or "较" in window) and _MORE_LESS.search(window) is not None \
            or _ABOVE_BELOW.search(text, max(0, start - T.ABOVE_BELOW_BASE - 2), start) is not None
    m = None
    for m2 in _CHANGE.finditer(window):
        m = m2
    assert m is not None                    # searched for just above
    between = _FIGURES_BEFORE.sub("", window[m.end():])     # (分别增长6%和8%: the verb governs both)
    if any(ch in _CLAUSE_END or ch.isdigit() for ch in between):
        return False
    if between[:1] in T.CHANGE_TO or any(w in between for w in T.CHANGE_TO_WORDS):
        return False
    k = len(window) - len(window[m.start():])
    if window[max(0, k - 1):k] in T.NOT_CHANGE_BEFORE or window.startswith(T.CHANGE_NOUNS, k):
        return False
    if window[:m.end()].endswith(T.UPGRADE_WORDS) or window.startswith(T.UPGRADE_WORDS, k):
        return False
    # 整顿提升后进党支部23个: the verb acts on the things counted; their number is no
    # difference (增加村集体经济收入6万元 is: an amount, not a count, follows the noun)
    # (较上年增加党员120名 is: a comparison with a base makes it one)
    return (unit not in _COUNTED_UNITS or _last_head(between) is None
            or any(w in window[:m.start()] for w in T.COMPARISON_WORDS))


_COUNTED_UNITS = frozenset(("count", "person", "household"))
# (高于全省平均水平4.1个百分点: a base named between; 高于90% and 超过总数的30% name none)
_ABOVE_BELOW = re.compile(f"(?:{_alt(T.ABOVE_BELOW)})[{han(T.NP_FUNCTION_CHARS)}]{{2,{T.ABOVE_BELOW_BASE}}}(?<!的)$")
#: the figures of a list that a change verb leads (增长6%、8%和, 增加12名、) before the last one
_FIGURES = rf"(?:[0-9.]+[万亿]?(?:{_alt(T.UNITS)})?[{T.JOINING_CHARS}])+"
# (减少1.96万户5.36万人: a figure with its measure word may stand right before the next)
_FIGURES_BEFORE = re.compile(rf"^(?:[0-9.]+[万亿]?(?:(?:{_alt(T.UNITS)})[{T.JOINING_CHARS}]?|[{T.JOINING_CHARS}]))+$")
_FIGURES_TAIL = re.compile(f"{_FIGURES}$")      # (分别为12名、15名和20名: the items before the last)


def classify_text(text: str, surface: str, unit: str):
    """Doctest helper: classify the first occurrence of ``surface`` in ``text``."""
    s = text.index(surface)
    measure = surface[-1]
    return classify(text, s, s + len(surface), unit, measure, len(text), [])


# --- a 分别 list's items (城镇、农村居民人均可支配收入分别达到35260元、14380元) ----------------

_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
_ITEM_MARKS = f"[{T.LIST_MARK}{''.join(T.RESPECTIVE_LAST_JOINS)}]"


def respective_subject(text: str, s_start: int, start: int, subject: str | None, unit: str) -> str | None:
    """The subject of a figure in a 分别 list whose items a list before 分别 names, one
    figure an item: ``城镇、农村居民人均可支配收入分别达到35260元、14380元`` → 城镇居民人均可支配
    收入, 农村居民人均可支配收入 (the items share the last one's noun); ``党委、党总支、党支部分别
    有38个、23个、855个`` → each its own. Else ``subject`` unchanged; a list of places
    (城关镇、长安镇分别…) says where, not what."""
    k = text.find(T.RESPECTIVELY, s_start, start)
    if k < 0:
        return subject
    a = max(text.rfind(c, s_start, k) for c in _LIST_CLAUSE_END) + 1
    items = re.split(_ITEM_MARKS, text[max(a, s_start):k].strip())
    # 城乡居民人均可支配收入分别…: a word that names two kinds at once is a list of them
    paired = len(items) == 1 and next((w for w in T.PAIRED_WORDS if w in items[0]), None)
    if paired:
        items = [items[0].replace(paired, x, 1) for x in T.PAIRED_WORDS[paired]]
    if not 2 <= len(items) <= T.RESPECTIVE_MAX_ITEMS or any(not x for x in items):
        return subject
    # the figures each 分别 list of the sentence pairs with them, up to its clause's end
    lists = []
    j = k
    while 0 <= j < start:
        end = min([e for e in (text.find(c, j, start + T.RESPECTIVE_REACH) for c in _LIST_CLAUSE_END) if e >= 0]
                  or [start + T.RESPECTIVE_REACH])
        lists.append((j, end))
        j = text.find(T.RESPECTIVELY, end, start)
    j, end = lists[-1]
    if start > end or len(_FIGURE.findall(text, j, end)) != len(items):
        return subject
    index = len(_FIGURE.findall(text, j, start))
    if index >= len(items):
        return subject
    items = [x.strip() for x in items]
    if paired:
        return _bare_phrase(items[index]) or items[index]
    items[0] = _bare_phrase(items[0]) or items[0]
    if any(_place_like(x) for x in items):
        return subject                  # (城关镇、长安镇分别招聘28名、7名: places)
    named = [x not in T.UNIT_COMPOUNDS and _last_head(x) is not None for x in items]
    if all(named):
        # 党委、党总支、党支部: each names what it counts (党员和群众分别捐款12万元: who gave, not
        # what the money is)
        return items[index] if unit in _RESPECTIVE_COUNTS else subject
    lead = len(items[-2])
    tail = items[-1][lead:]
    if len(tail) < 1 or any(named[:-1]):
        return subject
    return items[index] + tail if index < len(items) - 1 else items[-1]


_UNIT_SUFFIXES = tuple(T.SUBCOUNTY_SUFFIXES) + tuple(T.DIVISION_ENDINGS)
_RESPECTIVE_COUNTS = frozenset(("count", "person", "household", "person_time"))


def _place_like(item: str) -> bool:
    """Does a list's item read as a unit's name (城关镇, 五爱村), not a kind of unit (县级示范村,
    城镇, 行政村)?"""
    if item in T.HEAD_NOUNS or item in T.UNIT_COMPOUNDS or not item.endswith(_UNIT_SUFFIXES):
        return False
    h = _last_head(item)
    return h is None or len(h[0].group()) == 1 and not item.endswith(T.NON_PLACE_STEMS, 0, h[0].start())
_LIST_CLAUSE_END = T.CLAUSE_END.replace(T.LIST_MARK, "")
