"""Check the numbers: do a report's shares, parts and totals agree?

Each check finds what a reader would compare a figure with, and says so:

- ``share``: a percentage against its part and the base it is a share of: the
  base its own words name (占党员总数), else one stated in its sentence, its
  paragraph, or the document's headline figures (totals stated once and used
  throughout). No stated base, or no part: ``unverifiable``, never
  ``inconsistent``. A stated share agrees at the precision it is written with
  (``33%`` for 33.47), widened for 余/多/约/近 on either side and for figures
  rounded to decimals of 万 or 亿 (``106.4万名``). A base the share names with a
  modifier (占村党组织总数) is a count of that only; when the share names its base,
  only that base may find it inconsistent; a count smaller than the part is no base.
- ``sum``: parts that should add up to a whole (A个、B个,共C个; a 其中 list whose
  parts are one another's complement, 连任/新进; parts above their whole; a table's
  合计 row against the rows of its column; each dimension of a 从性别看… breakdown).
- ``subcount``: a part after 其中 larger than its whole.
- ``change``: a rate of change against the state and the difference stated right
  before it (党员总数12860名，较上年增加312名，增长2.5%: 312 of 12548), and a change in
  points against the two shares it runs between (由85%提高到96%，提高了11个百分点).
- ``magnitude``: a rate (人均, 每村) out of line, by a hundredfold or more, with
  the same rate elsewhere in the document (人均收入7320元 beside 人均收入6230万元).
- ``repeat``: a figure stated twice in a document (a headline and its body):
  add it once.
- ``rate_sum``: a rate added into a total.
- ``conflict``: the same subject, place and year with different values in
  different documents, stated by clauses whose verbs match (共有党员 against 党员总数,
  发展党员 only against 发展党员); no part after 其中, table cell or threshold.

>>> recs = [
...  {"id": "a", "doc": "d", "start": 0, "end": 5, "text": "1715人", "value": 1715, "unit": "person",
...   "category": "people", "subject": "成员", "line": 1, "sentence": "成员1715人,大专以上学历574名,占比33%。",
...   "qualifier": "exact", "change": False},
...  {"id": "b", "doc": "d", "start": 12, "end": 16, "text": "574名", "value": 574, "unit": "person",
...   "category": "people", "subject": "成员", "line": 1, "sentence": "成员1715人,大专以上学历574名,占比33%。",
...   "qualifier": "exact", "change": False},
...  {"id": "c", "doc": "d", "start": 19, "end": 22, "text": "33%", "value": 33, "unit": "percent",
...   "category": "percentage", "subject": None, "line": 1, "sentence": "成员1715人,大专以上学历574名,占比33%。",
...   "qualifier": "exact", "change": False}]
>>> r = check_shares(recs)[0]
>>> r["status"], r["relation"], r["part"], r["total"], r["base"]
('consistent', '574名 / 1715人 = 33.5%', 'b', 'a', 'sentence')
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from . import tables as T
from .charclass import alternation, up_to_last
from .normalise import simplified
from .rows import CELL_GAP, unspread

COUNT_UNITS = {"person", "household", "count", "person_time"}
#: what a share may be of: counts, money and land
SHARE_UNITS = COUNT_UNITS | {"yuan", "mu", "square_meter"}
STATUSES = ("consistent", "inconsistent", "unverifiable")
CHECKS = ("share", "sum", "subcount", "change", "magnitude", "repeat", "rate_sum", "conflict")
_JOINED = re.compile(f"[{T.JOINING_CHARS}]")
_JOINED_OR_LISTED = re.compile(f"[{T.JOINING_CHARS},，]")
_CLAUSE_BREAK = re.compile(f"[{T.CLAUSE_MARKS_CHECK}]")
_NAMED_BASE = re.compile(T.NAMED_BASE)
#: how far before a share its part may stand in the sentence (characters)
PART_REACH = 40


@dataclass
class Figure:
    """A claim, or the sum of coordinated claims (244个行政村和9个社区), as an amount
    with the range its qualifier allows."""
    ids: tuple[str, ...]
    text: str
    lo: float
    hi: float
    unit: str
    category: str
    subject: str
    start: int
    end: int

    @property
    def value(self) -> float:
        return self.lo if self.lo == self.hi else (self.lo + self.hi) / 2


def _written(rec: dict) -> tuple[float, bool]:
    """The unit of the last digit as written (300余名 → 100, 1.2万余名 → 1000, 3800余万元 → 1e6),
    and whether the figure is rounded to it: decimals of 万 or 亿 (106.4万名 is 106.35万 to 106.45万)."""
    text = rec.get("text", "")
    m = re.search(r"(\d+)(?:\.(\d+))?", text.replace(",", ""))
    if not m:
        return max(1.0, abs(float(rec["value"])) * 0.1), False
    mult = 1.0
    for w, f in T.MULTIPLIERS.items():
        if w in text[m.end():m.end() + 3]:
            mult = f
            break
    if m.group(2):
        return mult * 10 ** -len(m.group(2)), mult != 1.0
    digits = m.group(1)
    zeros = len(digits) - len(digits.rstrip("0")) if digits.strip("0") else 0
    return mult * 10 ** zeros, False


def _range(rec: dict) -> tuple[float, float]:
    """The values a claim allows: 300余名 300..400, 约300 285..315, 不到300 200..300,
    106.4万名 106.35万..106.45万."""
    v = float(rec["value"])
    q = rec.get("qualifier", "exact")
    if q == "range" and rec.get("value_max") is not None:
        return v, float(rec["value_max"])
    if q == "about":
        return v * 0.95, v * 1.05
    step, rounded = _written(rec)
    if q == "over":
        return v, v + step
    if q == "under":
        return max(0.0, v - step), v
    if rounded:
        return v - step / 2, v + step / 2
    return v, v


def _figure(*recs: dict) -> Figure:
    lo = sum(_range(r)[0] for r in recs)
    hi = sum(_range(r)[1] for r in recs)
    first = recs[0]
    return Figure(tuple(r["id"] for r in recs), "+".join(r["text"] for r in recs), lo, hi,
                  first["unit"], first.get("category", ""), first.get("subject") or "",
                  first["start"], recs[-1]["end"])


def _decimals(text: str) -> int:
    num = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return len(num.split(".", 1)[1]) if "." in num else 0


def _tolerance(share: dict) -> float:
    tol = 0.5 * 10 ** (-_decimals(share.get("text", "")))
    if share.get("qualifier") == "about":
        tol = max(tol, 1.0)
    return tol + 1e-9


def _agrees(share: dict, lo: float, hi: float) -> bool:
    """Does the stated share agree with a computed one anywhere in ``[lo, hi]``?"""
    stated, q = float(share["value"]), share.get("qualifier")
    tol = _tolerance(share)
    if q == "over":
        return hi >= stated - tol
    if q == "under":
        return lo <= stated + tol
    if q == "range" and share.get("value_max") is not None:
        return hi >= stated - tol and lo <= float(share["value_max"]) + tol
    return lo - tol <= stated <= hi + tol


def _bare(text: str) -> str:
    """A figure's surface without the qualifier words that may close it (5种以上 → 5种)."""
    return text.rstrip(T.QUALIFIER_TAIL_CHARS)


def _kinds(text: str) -> bool:
    """Is the figure a count of kinds (5种, 3类), not of things?"""
    return _bare(text).endswith(T.KIND_MEASURES)


def _compatible(part: Figure, total: Figure, part_rec: dict, sentence: str) -> bool:
    """Can ``part`` be a share of ``total``: the same unit and kind of thing, or
    people against units they are one per (161名党支部书记 of 244个行政村和9个社区)."""
    if _kinds(part.text.split("+")[-1]) != _kinds(total.text.split("+")[-1]):
        return False
    if part.unit == total.unit:
        return part.category == total.category or {part.category, total.category} <= T.SHARE_COMPATIBLE
    if part.unit == "person" and total.unit == "count" and part.category == total.category == "people":
        return True                     # people counted with 个 (208个村党组织书记) and with 名
    return (part.unit == "person" and total.unit == "count"
            and total.category in ("villages", "party_organizations")
            and any(w in (part_rec.get("subject") or "") + sentence for w in T.ONE_PER_UNIT))


def _result(check: str, status: str, rec: dict, **kw) -> dict:
    out = {"check": check, "status": status, "doc": rec["doc"], "line": rec.get("line"),
           "claim": rec["id"], "text": rec.get("text"), "stated": rec.get("value"),
           "computed": None, "gap": None, "part": None, "total": None, "relation": None, "base": None,
           "detail": None}
    out.update(kw)
    return out


class _Doc:
    """One document's claims, in order, with where each stands in its sentence."""

    def __init__(self, recs: list[dict]):
        self.recs = sorted(recs, key=lambda r: r["start"])
        self.pos: dict[str, int] = {}
        cursor: dict[tuple, int] = {}
        for r in self.recs:
            key = (r.get("line"), r.get("sentence"))
            sent = r.get("sentence") or ""
            i = sent.find(r.get("text", ""), cursor.get(key, 0))
            self.pos[r["id"]] = i
            if i >= 0:
                cursor[key] = i + len(r.get("text", ""))

    @property
    def share_parts(self) -> set[str]:
        """The counts that a share follows right away (128名,占61.5%): parts of a whole."""
        if not hasattr(self, "_share_parts"):
            self._share_parts: set[str] = set()
            for a, b in zip(self.recs, self.recs[1:]):
                if b["unit"] == "percent" and a["unit"] in SHARE_UNITS and a.get("sentence") == b.get("sentence") \
                        and _SHARE_LINK.fullmatch(self.between(a, b)):
                    self._share_parts.add(a["id"])
        return self._share_parts

    @property
    def sentences(self) -> dict[tuple, list[dict]]:
        """Each sentence's claims, in order, keyed by (line, sentence): grouped once."""
        if not hasattr(self, "_sentences"):
            self._sentences: dict[tuple, list[dict]] = {}
            for x in self.recs:
                self._sentences.setdefault((x.get("line"), x.get("sentence")), []).append(x)
        return self._sentences

    def sentence_of(self, r: dict) -> list[dict]:
        return self.sentences[(r.get("line"), r.get("sentence"))]

    def between(self, a: dict, b: dict) -> str:
        """The words of the sentence between two of its claims."""
        sent = a.get("sentence") or ""
        i, j = self.pos.get(a["id"], -1), self.pos.get(b["id"], -1)
        if i < 0 or j < 0:
            return ""
        return sent[i + len(a.get("text", "")):j]

    def before(self, r: dict, n: int = 24) -> str:
        sent = r.get("sentence") or ""
        i = self.pos.get(r["id"], -1)
        return sent[max(0, i - n):i] if i >= 0 else ""


#: what joins a count to its own share: 128名,占61.5%; 574名,占比33%
_SHARE_LINK = re.compile(r"[,，]?\s*(?:" + "|".join(map(re.escape, T.SHARE_LINK_WORDS)) + r")")


def _counts(recs: Iterable[dict]) -> list[dict]:
    return [r for r in recs if r["unit"] in COUNT_UNITS and not r.get("change") and not r.get("per")]


def _measures(recs: Iterable[dict]) -> list[dict]:
    """What a share may be of: counts, and amounts of money and land (其中经营性收入1980万元，
    占69.2%), never a change or a rate."""
    return [r for r in recs if r["unit"] in SHARE_UNITS and not r.get("change") and not r.get("per")
            and (r["unit"] in COUNT_UNITS or not _sorting_bound(r))]


def _sorting_bound(r: dict) -> bool:
    """Is an amount of money or land a bound that sorts things (收入超过10万元的村, 50亩以上),
    not an amount (3000余万元 is one, roughly)?"""
    return r.get("qualifier") in ("over", "under") and not any(c in r.get("text", "") for c in T.ROUGH_MARKS)


def _coordinated(doc: _Doc, recs: list[dict]) -> list[Figure]:
    """Each count, and each run of counts of one unit joined by 和、及与 (244个行政村和9个社区)."""
    out = [_figure(r) for r in recs]
    for a, b in zip(recs, recs[1:]):
        gap = doc.between(a, b)
        if a["unit"] == b["unit"] and 0 < len(gap) <= 6 and _JOINED.search(gap) \
                and not _CLAUSE_BREAK.search(gap):
            out.append(_figure(a, b))
    return out


def _listed_runs(doc: _Doc, recs: list[dict]) -> list[Figure]:
    """Each run of counts of one unit in a 、 list whose items are named (其中突发严重困难户12户、
    脱贫不稳定户35户): a share after it may be of them all. Such a run confirms a share, never
    accuses one (the share may be of the last item alone)."""
    out = []
    run = recs[:1]
    for a, b in zip(recs, recs[1:]):
        gap = doc.between(a, b)
        if a["unit"] == b["unit"] and gap.startswith(T.LIST_MARK) and len(gap) <= T.LISTED_ITEM_REACH \
                and not _CLAUSE_BREAK.search(gap):
            run.append(b)
            out.append(_figure(*run))
        else:
            run = [b]
    return out


# --- share -------------------------------------------------------------------------------

def check_shares(records: list[dict]) -> list[dict]:
    out = []
    for recs in _by_doc(records).values():
        out += _shares(_Doc(recs))
    return out


def _shares(doc: _Doc) -> list[dict]:
    out = []
    headline = _headline_totals(doc)
    for s in doc.recs:
        if s["unit"] != "percent" or s.get("change") or s.get("per"):
            continue
        out.append(_share(doc, s, headline))
    return out


def _share(doc: _Doc, s: dict, headline: list[dict]) -> dict:
    sent = s.get("sentence") or ""
    here = doc.sentence_of(s)
    counts_before = [r for r in _measures(here) if r["start"] < s["start"] and s["start"] - r["end"] <= PART_REACH]
    clause_start = _clause_start(doc, s)
    if any(w in sent[clause_start:max(doc.pos.get(s["id"], 0), 0)] for w in T.EXTREME_WORDS):
        # 9名当选委员得票率均在90%以上，最高得票率99.1%: the highest of many rates is no one part's share
        return _result("share", "unverifiable", s, detail="the highest, lowest or average of many: no one part")
    # 村158个，占全县164个村的96.3%: a count after 占 in the share's clause is the whole it names
    of_at = sent.rfind(T.SHARE_OF, clause_start, max(doc.pos.get(s["id"], 0), 0))
    stated_whole = [r for r in counts_before if of_at >= 0 and doc.pos[r["id"]] > of_at]
    counts_before = [r for r in counts_before if r not in stated_whole]
    if _names_own_subject(doc, s) and not (counts_before and _rate_of(doc, s, counts_before[-1], clause_start)):
        # “二类”及以上党组织占比96.8%: it says what it counts; a count of that is in its clause or nowhere
        counts_before = [r for r in counts_before if doc.pos[r["id"]] >= clause_start]
    if not counts_before:
        # 35岁以下党员占比25%，共900名: the part stated right after the share, with no noun of its own
        after = [r for r in _measures(here) if r["start"] >= s["end"]]
        if after and _PART_AFTER.fullmatch(doc.between(s, after[0])) is not None and _bare_end(doc, after[0]):
            counts_before = [after[0]]
    if not counts_before:
        return _result("share", "unverifiable", s, detail="no part stated: nothing to compute it from")
    # 男性党员900名、女性党员300名,分别占75%、25%: each share its own count, in order
    paired = _respectively(doc, s, here)
    listed: set[str] = set()
    if paired is not None:
        counts_before = [paired]
        # (…分别为4260万元、3980万元，分别占全县的11.8%和11.0%: the other counts of the list are
        # parts as this one is, never its whole)
        listed = {r["id"] for r in _respective_counts(doc, s, here)}
    # the part: the nearest count, and the coordinated counts it ends (206个村和9个社区)
    nearest = counts_before[-1]
    parts = [f for f in _coordinated(doc, counts_before) if f.ids[-1] == nearest["id"]]
    confirm_only = [] if paired is not None else \
        [f for f in _listed_runs(doc, counts_before) if f.ids[-1] == nearest["id"] and f not in parts]
    parts += confirm_only
    named = _named_base(doc, s)
    bases = [("named", f) for f in _coordinated(doc, stated_whole)] + _bases(doc, s, named, headline)
    names_base = named is not None and _head(named) is not None     # (占村党组织总数的; not 占比)
    best = None
    part_rec = nearest
    for part in sorted(parts, key=lambda f: -len(f.ids)):
        for where, base in bases:
            if set(base.ids) & (set(part.ids) | listed) or base.hi <= 0:
                continue
            if not _compatible(part, base, part_rec, sent):
                continue
            if base.lo < part.lo and (where == "document" or float(s["value"]) <= 100):
                continue                # a smaller total is no base of this part
            lo, hi = 100 * part.lo / base.hi, 100 * part.hi / base.lo
            value = 100 * part.value / base.value
            if _agrees(s, lo, hi):
                return _result("share", "consistent", s, computed=value, part="+".join(part.ids),
                               total="+".join(base.ids), base=where,
                               relation=f"{part.text} / {base.text} = {_shown(value, s)}%")
            gap = value - float(s["value"])
            # a total stated elsewhere in the document that the share does not name may
            # confirm it, never accuse it; nor may any but the one it names (占村党组织总数的)
            accuses = where == "named" if names_base else where != "document"
            if "\t" in sent and _head_of(s.get("subject")) != _head_of(part.subject):
                # a table's row: a share's column may be of a count the row does not hold
                # (女党员占比 beside 党员总数 and 新发展党员): it confirms, never accuses
                accuses = False
            if part.category == base.category == T.OTHER_CATEGORY and not _one_kind(part, base, where):
                # other holds things of every kind: a share that agrees with the count of
                # some other thing confirms it; one that does not (problems solved against
                # projects taken on) says nothing of it
                accuses = False
            if part in confirm_only:
                accuses = False
            if accuses and (best is None or abs(gap) < abs(best[3])):
                best = (part, base, where, gap, value)
    if best is None:
        return _result("share", "unverifiable", s, detail="no base stated for this share")
    part, base, where, gap, value = best
    return _result("share", "inconsistent", s, computed=value, gap=gap, part="+".join(part.ids),
                   total="+".join(base.ids), base=where,
                   relation=f"{part.text} / {base.text} = {_shown(value, s)}%",
                   detail=f"stated {s['text']}, computed {_shown(value, s)}% ({gap:+.1f} points)")


def _bare_end(doc: _Doc, r: dict) -> bool:
    """Does a clause end right after the count (共900名。), no noun naming it anew (共120个村)?"""
    sent = r.get("sentence") or ""
    j = doc.pos.get(r["id"], -1) + len(r.get("text") or "")
    return 0 < j and (j >= len(sent) or sent[j] in T.CLAUSE_END)


_PART_AFTER = re.compile(f"[{T.COMMAS}](?:{alternation(T.PART_AFTER_LINKS)})?")


def _one_kind(part: Figure, base: Figure, where: str) -> bool:
    """Do two counts of other things count one kind: the same noun, or a part that names
    none after a whole of its sentence with the same measure word (收集问题建议612条，办结598条)?"""
    if part.subject:
        return part.subject == base.subject
    return where == "sentence" and _bare(base.text).endswith(_bare(part.text)[-1:])


def _rate_of(doc: _Doc, s: dict, count: dict, clause_start: int) -> bool:
    """Is the share a rate named after what the count before it did (调解成功621件,调解
    成功率96.7%; 回收有效问卷856份,有效回收率85.6%; 15个村实现“一肩挑”，“一肩挑”比例83.3%):
    a word of the rate's name stands in the count's own clause? Then the count is its part,
    whatever its clause says."""
    sent = s.get("sentence") or ""
    name = sent[clause_start:max(doc.pos.get(s["id"], 0), 0)]
    k, ending = max((name.rfind(e), e) for e in T.SHARE_NAME_ENDINGS)
    if k < 0:
        return False
    name = name[:k]
    # a 比例 named by the noun the count counts is a share of another group of it (女党员300名，
    # 少数民族党员比例10%): only a 率 is named after what was counted; a 比例 must name what was done
    counted = "" if ending in T.RATE_ENDINGS else (count.get("subject") or "")
    i = doc.pos.get(count["id"], -1)
    if i < 0:
        return False
    a = max([sent.rfind(c, 0, i) for c in T.CLAUSE_OPENERS] + [-1]) + 1
    # (已有108个村建成…，建成率90%: the doing may follow the count in its clause)
    j = i + len(count.get("text") or "")
    b = min([k for k in (sent.find(c, j) for c in T.CLAUSE_OPENERS) if k >= 0] + [len(sent)])
    words = sent[a:b]
    if words.startswith(T.ACTUAL_WORDS) and any(_due(sent, b + 1) for b in _clause_opens(sent, a - 1)):
        return True                     # 应参加评议党员1126名，实际参加评议1089名，参评率96.7%
    if any(name[j:j + 2] in words for j in range(len(name) - 1)
           if _HAN2.fullmatch(name[j:j + 2]) and name[j:j + 2] not in counted):
        return True
    # 已建立党组织的198家，覆盖率82.2%: the rate is named by what the doing achieves
    return any(w in name and any(v in words for v in doers) for w, doers in T.RATE_DOERS.items())


_HAN2 = re.compile("[\u4e00-\u9fff]{2}")


def _due(sent: str, k: int) -> bool:
    """Does the clause at ``k`` state what was due (应到, 全镇应参加…)?"""
    scope = next((w for w in T.SCOPE_WORDS if sent.startswith(w, k)), "")
    return sent.startswith(T.DUE_WORDS, k + len(scope))


def _clause_opens(sent: str, end: int) -> list[int]:
    """The clause marks of ``sent`` before ``end`` (and -1, the sentence's start)."""
    return [-1] + [k for k in range(max(end, 0)) if sent[k] in T.CLAUSE_OPENERS]


def _respectively(doc: _Doc, s: dict, here: list[dict]) -> dict | None:
    """The count a share is paired with by 分别 (the i-th share after it, the i-th count before it)."""
    shares, counts = _respective_list(doc, s, here)
    if len(shares) < 2 or len(counts) < len(shares) or s not in shares:
        return None
    return counts[-len(shares):][shares.index(s)]


def _respective_counts(doc: _Doc, s: dict, here: list[dict]) -> list[dict]:
    """The counts a 分别 list of shares is paired with (as many as the shares, before the 分别)."""
    shares, counts = _respective_list(doc, s, here)
    return counts[-len(shares):] if shares else []


def _respective_list(doc: _Doc, s: dict, here: list[dict]) -> tuple[list[dict], list[dict]]:
    """The shares after the 分别 before ``s`` in its sentence, and the counts before that 分别."""
    sent = s.get("sentence") or ""
    k = sent.rfind(T.RESPECTIVELY, 0, max(doc.pos.get(s["id"], 0), 0))
    if k < 0:
        return [], []
    return ([r for r in here if r["unit"] == "percent" and doc.pos[r["id"]] > k],
            [r for r in _measures(here) if doc.pos[r["id"]] < k])


def _clause_start(doc: _Doc, s: dict) -> int:
    """Where the share's clause starts in its sentence."""
    sent = s.get("sentence") or ""
    i = doc.pos.get(s["id"], -1)
    k = max((sent.rfind(c, 0, max(i, 0)) for c in T.CLAUSE_OPENERS), default=-1)
    return k + 1


def _names_own_subject(doc: _Doc, s: dict) -> bool:
    """Does the share's clause say what it counts (“二类”及以上党组织占比96.8%), rather than
    go on from the count before it (574名,占比33%)?"""
    sent = s.get("sentence") or ""
    i = doc.pos.get(s["id"], -1)
    words = sent[_clause_start(doc, s):max(i, 0)]
    if T.SHARE_OF in words:             # 占党员总数的: what follows 占 names the base
        words = words[:words.index(T.SHARE_OF)]
    words = _SHARE_WORDS.sub("", words)
    return len(re.findall("[\u4e00-\u9fff]", words)) >= 2


_SHARE_WORDS = re.compile(alternation(T.SHARE_TAIL_WORDS + (T.SUBCOUNT_MARK,)) + "|[“”\"'()（） ]")


def _shown(value: float, s: dict) -> str:
    """A computed share at the precision the stated one is written with (and one more digit)."""
    return f"{value:.{_decimals(s.get('text', '')) + 1}f}"


def _named_base(doc: _Doc, s: dict) -> str | None:
    """The base a share's own words name: 占党员总数的 → 党员."""
    before = doc.before(s, 16)
    m = _NAMED_BASE.search(before)
    return m.group("x") if m else None


def _names(core: str, subject: str) -> bool:
    """Does a base named ``core`` (党员, 村党组织; its count word taken off) name a count of
    ``subject``: the same noun, with at most a scope word before it (全县党员)?"""
    k = core.rfind(subject)
    return k >= 0 and core[k + len(subject):] == "" and (k == 0 or core[:k] in T.SCOPE_WORDS)


_COUNT_WORD = re.compile(f"(?:{'|'.join(sorted(T.BASE_COUNT_NOUNS, key=len, reverse=True))})$")


def _head(named: str):
    """The head noun of a named base and its category (classify's reading), or None."""
    from .classify import _last_head     # the tables of nouns: loaded only when a base is named
    return _last_head(named)


def _bases(doc: _Doc, s: dict, named: str | None, headline: list[dict]) -> list[tuple[str, Figure]]:
    """The candidate bases of a share, in the order a reader looks: the one its words
    name, then in its sentence, its paragraph, the document's headline totals."""
    here = doc.sentence_of(s)
    same_line = [r for r in doc.recs if r.get("line") == s.get("line") and r["start"] < s["start"]]
    out: list[tuple[str, Figure]] = []
    if named:
        h = _head(named)
        # a bare noun (占党员总数的) is a kind: any count of that kind may be its total; a
        # noun with a modifier (占村党组织总数的) is not the total of another (基层党组织)
        cat = h[1] if h and h[0].group() == named else None
        # (占全县女党员总数的: a count of 党员 is no count of 女党员)
        core = _COUNT_WORD.sub(lambda m: T.COUNT_WORD_NOUNS.get(m.group(), ""), named)
        pool = [r for r in _measures(doc.recs) if r["start"] < s["start"]
                and (r.get("subject") and _names(core, r["subject"]) or (cat and r.get("category") == cat))]
        out += [("named", f) for f in _coordinated(doc, pool[-3:])][::-1]
    # a count with a share of its own is a part (好等次42名,占20.2%;较好等次128名,占61.5%):
    # never the whole of the shares beside it
    sent_counts = [r for r in _measures(here) if r["start"] < s["start"] and r["id"] not in doc.share_parts]
    out += [("sentence", f) for f in sorted(_coordinated(doc, sent_counts), key=lambda f: -f.end)]
    line_counts = [r for r in _measures(same_line) if r not in here and r["id"] not in doc.share_parts]
    out += [("paragraph", f) for f in sorted(_coordinated(doc, line_counts), key=lambda f: -f.end)]
    out += [("document", _figure(r)) for r in headline if r["start"] < s["start"]]
    frame = _frame_head(doc, s)
    if frame is not None:
        # 新一届村党组织书记中，…大专及以上学历的63名，占37.7%: a share of the secretaries,
        # whatever other count its paragraph states (成员1028名)
        out = [(w, f) for w, f in out if w == "named" or _head_of(f.subject) == frame]
    return out


def _frame_head(doc: _Doc, s: dict) -> str | None:
    """The noun a sentence that opens with a set (…书记中，) names its shares of."""
    sent = s.get("sentence") or ""
    m = _FRAME.match(sent)
    if m is not None and doc.pos.get(s["id"], -1) < m.end():
        return None
    if m is None:
        # …or the sentence an item of a ；list goes on from (…书记中，…；大专及以上学历的63名，占37.7%)
        sents: list[str] = []
        for r in doc.recs:
            if r["start"] >= s["start"]:
                break
            if r.get("line") == s.get("line") and r.get("sentence") and r["sentence"] not in sents:
                sents.append(r["sentence"])
        own = sents.index(sent) if sent in sents else len(sents)
        k = own
        while k > 0 and sents[k - 1].rstrip()[-1:] in T.LIST_ITEM_BREAKS:
            k -= 1
        if k == own:
            return None
        m = _FRAME.match(sents[k])
        if m is None:
            return None
    # (326个村（社区）中，: the bracket adds to the set's noun; it is not the noun)
    from .classify import _unbracketed
    h = _head(_unbracketed(m.group("set")))
    return h[0].group() if h else None


def _head_of(subject: str | None) -> str | None:
    h = _head(subject) if subject else None
    return h[0].group() if h else None


#: a sentence that opens with the set its figures are of (新一届村党组织书记中，; 抽查的56个村中，)
_FRAME = re.compile(f"[^，,。；;：:]{{2,24}}?{T.FRAME_SET}")


def _headline_totals(doc: _Doc) -> list[dict]:
    """The totals a document states once and uses throughout: counts in its first
    lines, or stated as totals (共有, 总数, 全县…共)."""
    first_lines = sorted({r.get("line") or 0 for r in doc.recs})[:2]
    out = []
    for r in _counts(doc.recs):
        before = doc.before(r, 12)
        if r.get("line") in first_lines or any(w in before for w in T.TOTAL_CUES):
            out.append(r)
    return out


# --- sums, sub-counts -----------------------------------------------------------------------

def check_sums(records: list[dict]) -> list[dict]:
    out = []
    for recs in _by_doc(records).values():
        doc = _Doc(recs)
        for here in doc.sentences.values():
            out += _sums(doc, here)
        out += _table_sums(doc)
        out += _breakdown_sums(doc)
        out += _money_parts(doc)
    return out


def _money(recs: Iterable[dict]) -> list[dict]:
    return [r for r in recs if r["unit"] == "yuan" and not r.get("change") and not r.get("per")]


def _money_parts(doc: _Doc) -> list[dict]:
    """An amount of money and its 其中 parts, in its sentence or opening the next
    (投入资金1200万元,其中中央资金500万元、省级资金400万元…; 共收缴党费586.4万元。其中,机关党员缴纳
    312.7万元,…): parts that add up to the whole agree with it. Parts past it are a slip only
    when they are items of one kind (each named as the others are: 中央资金, 省级资金, 县级资金),
    for money may be broken down by where it came from and where it went at once; parts
    short of it say nothing (a breakdown may leave some out)."""
    out: list[dict] = []
    before: list[dict] = []                 # the money of the sentence before
    for here in doc.sentences.values():
        money = _money(here)
        sent = here[0].get("sentence") or ""
        cut = sent.find(T.SUBCOUNT_MARK)
        if cut < 0 or not money:
            before = money
            continue
        wholes = [r for r in money if 0 <= doc.pos[r["id"]] < cut] or (before if not sent[:cut].strip() else [])
        before = money
        if not wholes:
            continue
        whole = wholes[-1]
        parts = [r for r in money if doc.pos[r["id"]] > cut and r.get("category") == whole.get("category")]
        if len(parts) < 2 or T.SUBCOUNT_MARK in sent[cut + len(T.SUBCOUNT_MARK):]:
            continue
        lo, hi = _summed(parts)
        t_lo, t_hi = _range(whole)
        if hi < t_lo - 1e-9 or (lo > t_hi + 1e-9 and not _parallel(doc, parts)):
            continue
        out.append(_sum_result(doc, whole, parts, "its 其中 parts"))
    return out


_ITEM_START = up_to_last(T.ITEM_MARKS)


def _parallel(doc: _Doc, parts: list[dict]) -> bool:
    """Are the parts items of one kind: each item's words end as the others' do (中央资金,
    省级资金; 机关党员缴纳, 企业党员缴纳)?"""
    ends = set()
    for p in parts:
        lead = doc.before(p, 16)
        m = _ITEM_START.match(lead)
        lead = lead[m.end() if m else 0:].rstrip(T.ITEM_FILLERS)
        if len(lead) < 3:
            return False
        ends.add(lead[-2:])
    return len(ends) == 1


def _breakdown_sums(doc: _Doc) -> list[dict]:
    """A whole broken down along a dimension (全县共有村党组织书记232名。从性别看,男性211名、
    女性21名;从年龄看,…): the parts of each dimension add up to the whole. A breakdown may
    leave some out, so parts short of the whole say nothing; parts past it are a slip."""
    out: list[dict] = []
    wholes: list[dict] = []                 # the counts stated before the breakdowns began
    for here in doc.sentences.values():
        counts = _counts(here)
        if not counts:
            continue
        sent = here[0].get("sentence") or ""
        openers = list(_BREAKDOWN.finditer(sent))
        first = openers[0].start() if openers else len(sent) + 1
        stated = [r for r in counts if 0 <= doc.pos[r["id"]] < first]
        # (a sentence that opens with a breakdown keeps the whole; so does a 其中 sentence of
        # parts: 共有基层党组织8426个。其中，…党支部7628个。从领域分布看，…)
        if stated and not sent.lstrip().startswith(T.SUBCOUNT_MARK):
            wholes = stated
        ends = [o.start() for o in openers[1:]] + [len(sent)]
        for opener, end in zip(openers, ends):
            parts = [r for r in counts if opener.end() <= doc.pos[r["id"]] < end]
            # (其中 inside a dimension nests parts within parts: they add up to nothing)
            if len(parts) < 2 or any(p["unit"] != parts[0]["unit"] for p in parts) \
                    or T.SUBCOUNT_MARK in sent[opener.end():end]:
                continue
            whole = next((w for w in reversed(wholes) if w["unit"] == parts[0]["unit"]), None)
            if whole is None:
                continue
            lo, hi = _summed(parts)
            t_lo, t_hi = _range(whole)
            if hi >= t_lo - 1e-9 or lo > t_hi:      # (short of the whole: some left out)
                out.append(_sum_result(doc, whole, parts, "its breakdown " + opener.group().rstrip("，,：:")))
    return out


_BREAKDOWN = re.compile(T.BREAKDOWN_OPENER)


#: units whose figures are never summed: shares, points, ages
_NO_SUM_UNITS = ("percent", "percentage_point", "age")


def _table_sums(doc: _Doc) -> list[dict]:
    """A table's total row (合计, 全县) against the cells of its column in the rows it
    closes (or opens, when it comes first): rows are sentences of cells (apart by tabs,
    or by runs of spaces), a table the rows on consecutive lines."""
    out: list[dict] = []
    for rows in _tables(doc):
        labels = [_row_label(r[0].get("sentence") or "") for r in rows]
        if any(x.startswith(T.SUBTOTAL_ROW_LABELS) for x in labels):
            continue
        totals = [k for k, x in enumerate(labels) if x.startswith(T.TOTAL_ROW_LABELS)]
        for n, k in enumerate(totals):
            if k == 0:
                parts_rows = rows[1:totals[n + 1] if n + 1 < len(totals) else len(rows)]
            else:
                parts_rows = rows[(totals[n - 1] + 1 if n else 0):k]
            if len(parts_rows) < 2:
                continue
            for total in rows[k]:
                if total["unit"] in _NO_SUM_UNITS or total.get("change") or total.get("per"):
                    continue            # (a column of shares, changes or rates adds up to nothing)
                col = _column(doc, total)
                parts = [p for row in parts_rows for p in row if _column(doc, p) == col]
                if len(parts) == len(parts_rows) and all(p["unit"] == total["unit"] for p in parts):
                    out.append(_sum_result(doc, total, parts, "the rows of its column"))
    return out


def _row_label(sentence: str) -> str:
    """A row's first cell (合  计, two characters spread over the cell, read whole)."""
    return CELL_GAP.split(unspread(sentence.strip()))[0].strip()


def _tables(doc: _Doc) -> list[list[list[dict]]]:
    """The tables of a document: lists of rows, each row its claims in order."""
    tables: list[list[list[dict]]] = []
    last_line = last_width = None
    for key, recs in doc.sentences.items():
        line, sentence = key
        if not sentence or not CELL_GAP.search(sentence.strip()) or line is None:
            last_line = None
            continue
        width = len(CELL_GAP.findall(sentence.strip("\n")))
        # (a row of no figures between, a spreadsheet's empty row before 合计, leaves the
        # table whole where the rows either side are as wide)
        if last_line is not None and (line == last_line + 1
                                      or line <= last_line + 1 + T.TABLE_ROW_GAP and width == last_width):
            tables[-1].append(recs)
        else:
            tables.append([recs])
        last_line, last_width = line, width
    return tables


def _column(doc: _Doc, r: dict) -> int:
    i = doc.pos.get(r["id"], -1)
    return len(CELL_GAP.findall(unspread((r.get("sentence") or "")[:i].lstrip(" \t\u3000")))) if i >= 0 else -1


def _sums(doc: _Doc, here: list[dict]) -> list[dict]:
    out = []
    sentence = here[0].get("sentence") or ""
    # 1. A个、B个…,共C个: the parts named right before a stated total, of its kind
    for k, total in enumerate(here):
        lead = doc.before(total, 4)
        named = total.get("subject") or ""
        if named and lead.endswith(named[-4:]):
            lead = doc.before(total, 4 + len(named))    # (共有党组织509个: past the total's own noun)
        if k < 2 or not any(w in lead for w in T.SUM_WORDS):
            continue
        parts: list[dict] = []
        nxt = total
        for p in reversed(here[:k]):
            gap = doc.between(p, nxt)
            if (p["unit"] != total["unit"] or p.get("category") != total.get("category") or p.get("change")
                    or len(gap) > T.SUM_GAP or (parts and not _JOINED_OR_LISTED.search(gap))):
                break
            parts.insert(0, p)
            nxt = p
        if len(parts) >= 2 and _covers(total, parts):
            out.append(_sum_result(doc, total, parts, "the parts named before it"))
    # 2. a whole, then 其中 parts that complement one another (连任…新进) or exceed it
    cut = sentence.find(T.SUBCOUNT_MARK)
    if cut >= 0:
        totals = [r for r in _counts(here) if 0 <= doc.pos[r["id"]] < cut]
        parts = [r for r in _counts(here) if doc.pos[r["id"]] > cut]
        if totals and len(parts) >= 2:
            total = totals[-1]
            parts = [p for p in parts if p.get("category") == total.get("category")]
            if len(parts) >= 2:
                words = [doc.before(p, 10) for p in parts]
                complement = any(all(any(w in x for x in words) for w in pair) for pair in T.COMPLEMENTS)
                lo, hi = _summed(parts)
                t_lo, t_hi = _range(total)
                # (parts that make the whole exactly confirm it, whatever they break it down by)
                if complement or (lo > t_hi and _one_dimension(parts)) or (lo <= t_hi and hi >= t_lo):
                    out.append(_sum_result(doc, total, parts, "its 其中 parts"))
    return out


_PEOPLE_UNITS = frozenset(("person", "person_time", "household"))


def _covers(total: dict, parts: list[dict]) -> bool:
    """May a total that names its own noun be the sum of the parts before it? Not when it
    names one of them (招录社区工作者38名，社区工作者总数达到214人: of those alone), nor
    another kind beside theirs (辖10个街道、1个镇，共有社区68个); only a noun that holds
    every kind (党委21个、党支部475个，共有党组织509个)."""
    named = total.get("subject")
    subjects = [p.get("subject") for p in parts]
    if not named or all(x == named for x in subjects):
        return True                     # (县级投入80万元、每村投入20万元,共投入100万元: all 资金)
    if named in subjects:
        return False
    return named in T.SUM_COVER_NOUNS or not all(subjects)


def _one_dimension(parts: list[dict]) -> bool:
    """Do the 其中 parts break the whole down along one dimension, so that they cannot
    overlap? A breakdown of things by kind names each kind (党委38个、党总支23个); people
    are broken down along several at once (卫生技术人员736人，高级职称127人), and only a
    complementary pair (男/女, 连任/新进) puts them on one."""
    subjects = [p.get("subject") for p in parts]
    return (all(p["unit"] not in _PEOPLE_UNITS for p in parts)
            and all(subjects) and len(set(subjects)) == len(subjects))


def _summed(parts: list[dict]) -> tuple[float, float]:
    """The least and the most the parts add up to (300余名 counts 300..400)."""
    return sum(_range(p)[0] for p in parts), sum(_range(p)[1] for p in parts)


def _sum_result(doc: _Doc, total: dict, parts: list[dict], how: str) -> dict:
    lo, hi = _summed(parts)
    t_lo, t_hi = _range(total)
    scale = _cell_scale(total)
    relation = (" + ".join(p["text"] for p in parts)
                + f" = {_amount(lo / scale, hi / scale)} ({how}) against {total['text']}")
    rated = [p for p in parts + [total] if p.get("per")]
    if rated:
        return _result("rate_sum", "inconsistent", total, part="+".join(p["id"] for p in parts), total=total["id"],
                       relation=relation, detail=f"{rated[0]['text']} is a rate (per {rated[0]['per']}): "
                                                 "it is no part of a total")
    status = "consistent" if lo <= t_hi + 1e-9 and hi >= t_lo - 1e-9 else "inconsistent"
    return _result("sum", status, total, computed=lo if lo == hi else (lo + hi) / 2, gap=lo - float(total["value"]),
                   part="+".join(p["id"] for p in parts), total=total["id"], relation=relation,
                   detail=None if status == "consistent" else "the parts do not add up to the whole")


def _cell_scale(claim: dict) -> float:
    """What a bare table cell's number was multiplied by (1000 under 资金（万元） is
    10000000 yuan: 10000), so a sum of cells reads in the cells' own terms; 1 otherwise."""
    text = claim["text"].strip()
    if not text.replace(".", "", 1).isdigit() or not float(text):
        return 1.0
    return float(claim["value"]) / float(text)


def _amount(lo: float, hi: float) -> str:
    """``lo`` (or ``lo–hi``) as written in full: 2055000, never 2.055e+06."""
    def full(v: float) -> str:
        return str(int(v)) if v.is_integer() else f"{v:.6f}".rstrip("0").rstrip(".")
    return full(lo) if lo == hi else f"{full(lo)}–{full(hi)}"


def check_subcounts(records: list[dict]) -> list[dict]:
    """其中: a sub-count must not exceed the count it belongs to."""
    out = []
    for recs in _by_doc(records).values():
        doc = _Doc(recs)
        for (_, sentence), claims in doc.sentences.items():
            sentence = sentence or ""
            if T.SUBCOUNT_MARK not in sentence:
                continue
            here = _counts(claims)
            cut = sentence.index(T.SUBCOUNT_MARK)
            totals = [x for x in here if 0 <= doc.pos[x["id"]] < cut]
            for p in (x for x in here if doc.pos[x["id"]] > cut):
                # things of another kind are no part of the whole (其中…，覆盖社会组织4315家 after
                # 党组织1143个); people of another kind may be (其中党员 among 干部)
                same = [t for t in totals if t["unit"] == p["unit"] and _kinds(t["text"]) == _kinds(p["text"])
                        and (p["unit"] in _PEOPLE_UNITS or t.get("category") == p.get("category"))]
                if not same:
                    continue
                t = same[-1]
                ok = _range(p)[0] <= _range(t)[1]
                out.append(_result("subcount", "consistent" if ok else "inconsistent", p, computed=t["value"],
                                   part=p["id"], total=t["id"], relation=f"其中 {p['text']} of {t['text']}",
                                   detail=None if ok else "the part is larger than its whole"))
    return out


# --- change ----------------------------------------------------------------------------------

_COMPARED = re.compile(alternation(T.COMPARISON_WORDS))
_DOWN = re.compile(alternation(T.DOWN_CUES))
_FROM = re.compile(f"(?:{alternation(T.FROM_WORDS)})[^，,；;。]{{0,{T.CHANGE_GAP}}}$")
_TO = re.compile(alternation(T.TO_WORDS))
_PER_WORD = re.compile(alternation((*T.PER_WORDS, T.PER_MARK, T.AVERAGE_WORD)))


def check_changes(records: list[dict]) -> list[dict]:
    """A rate of change against the state and the difference stated right before it in
    its sentence, and a change in points against the two shares it runs between. Only
    three figures in a row, each gap a few words and no 其中: a rate of something else
    is never read against them."""
    out = []
    for recs in _by_doc(records).values():
        doc = _Doc(recs)
        for claims in doc.sentences.values():
            for k in range(2, len(claims)):
                a, b, r = claims[k - 2], claims[k - 1], claims[k]
                if not r.get("change") or r.get("per") or a.get("per") or b.get("per") or a.get("change"):
                    continue
                gaps = doc.between(a, b), doc.between(b, r)
                if a["unit"] == "percent" and b["unit"] != "percent" and k >= 3 \
                        and _SHARE_LINK.fullmatch(doc.between(claims[k - 3], a)):
                    # 党建经费3600万元，占30%，比上年增加600万元，增长20%: the state's share stands between
                    a = claims[k - 3]
                    if a.get("per") or a.get("change"):
                        continue
                if any(len(g) > T.CHANGE_GAP or T.SUBCOUNT_MARK in g or _PER_WORD.search(g) for g in gaps):
                    continue                # (村均增长5%: a rate of the rate per village)
                if r["unit"] == "percent" and b.get("change") and a["unit"] == b["unit"] in SHARE_UNITS \
                        and a.get("category") == b.get("category") and _COMPARED.search(gaps[0]):
                    out.append(_growth(a, b, r, _DOWN.search(gaps[0]) is not None))
                elif r["unit"] == "percentage_point" and a["unit"] == b["unit"] == "percent" \
                        and not b.get("change") and _TO.search(gaps[0]) and _FROM.search(doc.before(a, 16)):
                    out.append(_points(a, b, r))
                elif r["unit"] == "percent" and a["unit"] == b["unit"] in SHARE_UNITS \
                        and not b.get("change") and a.get("category") == b.get("category") \
                        and _TO.search(gaps[0]) and _FROM.search(doc.before(a, 16)):
                    out.append(_growth_between(a, b, r, _DOWN.search(gaps[1]) is not None))
    return out


def _growth(state: dict, diff: dict, rate: dict, down: bool) -> dict:
    """增加312名，增长2.5% after 党员总数12860名: 312 of the 12548 before (of 13172 after a fall)."""
    s_lo, s_hi = _range(state)
    d_lo, d_hi = _range(diff)
    base_lo, base_hi = (s_lo + d_lo, s_hi + d_hi) if down else (s_lo - d_hi, s_hi - d_lo)
    if base_lo <= 0:
        return _result("change", "unverifiable", rate, part=diff["id"], total=state["id"],
                       detail="the difference is as large as the state it changed")
    lo, hi = 100 * d_lo / base_hi, 100 * d_hi / base_lo
    computed = 100 * float(diff["value"]) / (float(state["value"]) + (1 if down else -1) * float(diff["value"]))
    stated = dict(rate, value=abs(float(rate["value"])))
    ok = _agrees(stated, lo, hi)
    sign = "+" if down else "−"
    relation = f"{diff['text']} / ({state['text']} {sign} {diff['text']}) = {computed:.2f}%"
    return _result("change", "consistent" if ok else "inconsistent", rate, computed=computed,
                   gap=None if ok else round(abs(float(rate["value"])) - computed, 2), part=diff["id"],
                   total=state["id"], relation=relation,
                   detail=None if ok else "the rate of change does not follow from the state and its difference")


def _growth_between(first: dict, second: dict, rate: dict, down: bool) -> dict:
    """从1100个增加到1126个，增长2.4%: (1126 − 1100) / 1100; a fall is said as a positive rate
    after a word of falling (减少到3000人，下降75%), and a rate said the other way is wrong."""
    f_lo, f_hi = _range(first)
    s_lo, s_hi = _range(second)
    if f_lo <= 0:
        return _result("change", "unverifiable", rate, part=second["id"], total=first["id"],
                       detail="the change runs from nothing: no rate of it")
    rates = [100 * (s - f) / f for s in (s_lo, s_hi) for f in (f_lo, f_hi)]
    lo, hi = min(map(abs, rates)), max(map(abs, rates))
    if min(rates) < 0 < max(rates):
        lo = 0.0
    computed = 100 * (float(second["value"]) - float(first["value"])) / float(first["value"])
    wrong_way = computed != 0 and (computed < 0) != down
    ok = not wrong_way and _agrees(dict(rate, value=abs(float(rate["value"]))), lo, hi)
    relation = f"({second['text']} − {first['text']}) / {first['text']} = {computed:.2f}%"
    if wrong_way:
        return _result("change", "inconsistent", rate, computed=computed, part=second["id"], total=first["id"],
                       relation=relation, detail="the rate of change says the states moved the other way")
    return _result("change", "consistent" if ok else "inconsistent", rate, computed=computed,
                   gap=None if ok else round(abs(float(rate["value"])) - abs(computed), 2), part=second["id"],
                   total=first["id"], relation=relation,
                   detail=None if ok else "the rate of change does not follow from the two states")


def _points(first: dict, second: dict, rate: dict) -> dict:
    """由85%提高到96%，提高了11个百分点: 96 − 85."""
    computed = abs(float(second["value"]) - float(first["value"]))
    tol = _tolerance(rate) + _tolerance(first) + _tolerance(second) - 2e-9
    ok = abs(abs(float(rate["value"])) - computed) <= tol
    return _result("change", "consistent" if ok else "inconsistent", rate, computed=computed,
                   gap=None if ok else round(abs(float(rate["value"])) - computed, 2), part=first["id"],
                   total=second["id"], relation=f"{second['text']} − {first['text']} = {computed:g} points",
                   detail=None if ok else "the change in points is not the difference of the two shares")


# --- magnitude, repeat, conflict -------------------------------------------------------------

def check_magnitudes(records: list[dict]) -> list[dict]:
    """A rate out of line with the same rate elsewhere in its document by 100 times or more."""
    out = []
    for recs in _by_doc(records).values():
        groups = defaultdict(list)
        for r in recs:
            # (a rate per year or month is a budget's line: 每年安排10万元 for a village and
            # 每年安排2860万元 for a county are no same rate)
            if r.get("per") and not r.get("change") and r["per"] not in T.PER_TIMES:
                groups[(r["unit"], r["per"], r.get("category"), _quantity(r))].append(r)
        for same in groups.values():
            if len(same) < 2:
                continue
            values = sorted(float(r["value"]) for r in same)
            mid = values[len(values) // 2]
            for r in same:
                v = float(r["value"])
                # with two, either may be the slip: each is said against the other
                ref = [x for x in same if x is not r] if len(same) == 2 else same
                mid = float(ref[0]["value"]) if len(same) == 2 else mid
                if mid > 0 and v > 0 and max(v / mid, mid / v) >= T.MAGNITUDE_RATIO:
                    other = min(ref, key=lambda x: abs(float(x["value"]) - mid))
                    out.append(_result("magnitude", "inconsistent", r, computed=mid, total=other["id"],
                                       relation=f"{r['text']} against {other['text']} (line {other.get('line')})",
                                       detail=f"{v / mid:.3g} times the same rate elsewhere in the document: "
                                              "a slip of 万 or of a unit?"))
    return out


def _quantity(r: dict) -> str:
    """What a rate measures, for comparing it with the same rate (人均收入, 人均可支配收入 → 收入)."""
    subject = r.get("subject") or ""
    return subject[-2:] if len(subject) >= 2 else subject


def check_repeats(records: list[dict]) -> list[dict]:
    """A figure a document states twice (a headline and its body): add it once."""
    out = []
    for recs in _by_doc(records).values():
        first: dict[tuple, dict] = {}
        for r in sorted(recs, key=lambda x: x["start"]):
            if r["unit"] in ("percent", "age") or r.get("qualifier") == "range" or _threshold(r):
                continue                # (35岁及以下 twice: a class named twice, nothing to add)
            key = (float(r["value"]), r["unit"], r.get("category"), r.get("subject"), r.get("place"), r.get("year"))
            if key in first and first[key].get("line") != r.get("line"):
                f = first[key]
                out.append(_result("repeat", "consistent", r, computed=f["value"], total=f["id"],
                                   relation=f"{r['text']} = {f['text']} (line {f.get('line')})",
                                   detail="the same figure stated again: add it once"))
            else:
                first.setdefault(key, r)
    return out


def check_conflicts(records: list[dict]) -> list[dict]:
    """The same subject, place and year with different values in different documents:
    one result for each figure that another document contradicts, naming the first
    such document and how many figures disagree (never one result per pair: a
    thousand reports of one county would give half a million)."""
    groups = defaultdict(list)
    for recs in _by_doc(records).values():
        doc = _Doc(recs)
        for r in doc.recs:
            if r.get("change") or r.get("per") or not (r.get("subject") and r.get("place") and r.get("year")):
                continue
            if r["subject"] == T.MONEY_SUBJECT:
                continue                # 资金 names no project: two reports' funds are of two
            #                             different things, not two values of one
            frame = _frame(doc, r)
            if frame is None:
                continue                # a part of a whole (其中…)
            key = (r["subject"], frame, r["place"], r.get("adcode"), r["year"], r.get("year_from"), r["unit"],
                   r["category"])
            groups[key].append(r)
    out = []
    for (subject, frame, _place, _code, year, _yf, _unit, _cat), recs in sorted(groups.items(),
                                                                              key=lambda kv: str(kv[0])):
        if len({r["doc"] for r in recs}) < 2:
            continue
        spans = [_open_range(r) for r in recs]
        los = sorted(lo for lo, _ in spans)
        his = sorted(hi for _, hi in spans)
        for r, (lo, hi) in zip(recs, spans):
            # figures of the group whose range lies wholly below or above this one
            apart = bisect.bisect_left(his, lo) + len(los) - bisect.bisect_right(los, hi)
            if not apart:
                continue
            same_doc = sum(1 for o, (olo, ohi) in zip(recs, spans)
                           if o["doc"] == r["doc"] and (ohi < lo or olo > hi))
            others = apart - same_doc
            if not others:
                continue
            b = next(o for o, (olo, ohi) in zip(recs, spans) if o["doc"] != r["doc"] and (ohi < lo or olo > hi))
            more = f" and {others - 1} more" if others > 1 else ""
            out.append(_result("conflict", "inconsistent", r, computed=b["value"], total=b["id"],
                               other_doc=b["doc"], other_claim=b["id"], others=others,
                               relation=f"{r['place']} {year} {frame and frame + ' '}{subject}: {r['text']} here, "
                                        f"{b['text']} in {b['doc']}{more}",
                               detail="another document states a different value"))
    return out


def _frame(doc: _Doc, r: dict) -> str | None:
    """The verbs of a figure's own clause that act on what it counts (发展 in
    全年发展党员120名, none in 全县共有党员8600名), or None for a figure that states no
    whole: a part (其中…), a table's cell (its column says what it is), a threshold
    (35岁以下). Two documents' figures state one figure only when this matches."""
    sent = simplified(r.get("sentence") or "")        # (發展 is 发展: the same length)
    i = doc.pos.get(r["id"], -1)
    if i < 0 or T.SUBCOUNT_MARK in sent[:i] or "\t" in sent:
        return None
    if _threshold(r):
        return None
    after = _CLAUSE_BREAK.split(sent[i + len(r.get("text", "")):], maxsplit=1)[0]
    k = after.find(r["subject"])
    words = _CLAUSE_BREAK.split(sent[:i])[-1] + (after[:k] if k > 0 else "")
    return "·".join(_FRAME_VERBS.findall(words))


_FRAME_VERBS = re.compile(alternation(T.FRAME_VERBS))


def _threshold(rec: dict) -> bool:
    """Is the figure a bound that names a class (50万元以上, 35岁及以下), no amount?"""
    return rec.get("qualifier") in ("over", "under") and rec.get("text", "").endswith(T.OPEN_ABOVE + T.OPEN_BELOW)


def _open_range(rec: dict) -> tuple[float, float]:
    """The values a claim allows, a bound open on its side (50万元以上: 50万 and up; 300余名
    stays 300..400): a threshold is met by any figure past it."""
    lo, hi = _range(rec)
    text = rec.get("text") or ""
    if rec.get("qualifier") == "over" and text.endswith(T.OPEN_ABOVE):
        return lo, float("inf")
    if rec.get("qualifier") == "under" and text.endswith(T.OPEN_BELOW):
        return 0.0, hi
    return lo, hi


def _by_doc(records: Iterable[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        out[r["doc"]].append(r)
    return out


def check_all(records: list[dict]) -> list[dict]:
    """Every check over ``records``, each result a dict (see the module's docstring)."""
    records = [r for r in records if "id" in r]
    return (check_shares(records) + check_sums(records) + check_subcounts(records) + check_changes(records)
            + check_magnitudes(records) + check_repeats(records) + check_conflicts(records))


def tally(results: Iterable[dict]) -> str:
    """The one-line summary of every result, whatever is shown."""
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in results:
        counts[r["check"]][r["status"]] += 1
    parts = []
    for check in CHECKS:
        if check in counts:
            c = counts[check]
            parts.append(f"{check}: " + ", ".join(f"{c[s]} {s}" for s in STATUSES if c[s]))
    return "; ".join(parts) if parts else "nothing to check"
