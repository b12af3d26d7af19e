"""Filters, sorting and summaries over claim records (shared by query, filter, export, summary).

>>> f = ClaimFilter(categories={"funds"}, min_value=1e7)
>>> f({"category": "funds", "value": 3.8e7, "doc": "a.txt"}), f({"category": "funds", "value": 5e6, "doc": "a.txt"})
(True, False)
>>> ClaimFilter(place="汉阴")({"place": "汉阴县", "doc": "x"})
True
>>> ClaimFilter(doc="seeds/00[01]*")({"doc": "seeds/001_x.txt"})
True
>>> ClaimFilter(per=False)({"per": "村", "doc": "x"}), ClaimFilter(county="沧县")({"county": "沧县", "doc": "x"})
(False, True)
"""
from __future__ import annotations

import fnmatch
from collections import defaultdict
from dataclasses import dataclass, field
from collections.abc import Iterable, Iterator

from .record import CATEGORIES, FIELDS


@dataclass
class ClaimFilter:
    categories: set = field(default_factory=set)
    unit: str | None = None
    qualifier: str | None = None
    subject: str | None = None
    place: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None
    year: int | None = None
    year_from: int | None = None
    per: bool | None = None
    doc: str | None = None
    min_value: float | None = None
    max_value: float | None = None
    change: bool | None = None
    contains: str | None = None

    def __call__(self, r: dict) -> bool:
        if self.categories and r.get("category") not in self.categories:
            return False
        if self.unit and r.get("unit") != self.unit:
            return False
        if self.qualifier and r.get("qualifier") != self.qualifier:
            return False
        if self.subject and r.get("subject") != self.subject:
            return False
        if self.place and self.place not in (r.get("place") or ""):
            return False
        for name in ("province", "city", "county"):
            want = getattr(self, name)
            if want and want not in (r.get(name) or ""):
                return False
        if self.adcode and not (r.get("adcode") or "").startswith(self.adcode.rstrip("0") or self.adcode):
            return False
        if self.year is not None and r.get("year") != self.year:
            return False
        if self.year_from is not None and r.get("year_from") != self.year_from:
            return False
        if self.per is not None and bool(r.get("per")) != self.per:
            return False
        if self.doc and not fnmatch.fnmatchcase(r.get("doc", ""), self.doc):
            return False
        v = r.get("value")
        if self.min_value is not None and (v is None or v < self.min_value):
            return False
        if self.max_value is not None and (v is None or v > self.max_value):
            return False
        if self.change is not None and bool(r.get("change")) != self.change:
            return False
        if self.contains and self.contains not in (r.get("text") or "") + "\n" + (r.get("sentence") or ""):
            return False
        return True


def sort_key(field_name: str):
    """Sort by a record field; None sorts first, mixed types by their text."""
    def key(r):
        v = r.get(field_name)
        return (v is not None, v if isinstance(v, (int, float)) and not isinstance(v, bool) else 0,
                "" if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v))
    return key


def select(records: Iterable[dict], flt: ClaimFilter, sort: str | None = None,
           limit: int | None = None) -> Iterator[dict]:
    """Filter, then sort (``-field`` for descending) and cut; streams when not sorting."""
    it: Iterator[dict] = (r for r in records if flt(r))
    if sort:
        desc = sort.startswith("-")
        it = iter(sorted(it, key=sort_key(sort.lstrip("-")), reverse=desc))
    for n, r in enumerate(it):
        if limit is not None and n >= limit:
            return
        yield r


SORT_FIELDS = FIELDS

# --- summary ----------------------------------------------------------------------

MONEY = ("funds", "income")
COUNTED = ("party_members", "party_organizations", "villages")
#: the groupings of ``summary --by``
GROUPS = ("doc", "place", "province", "city", "county", "year", "category")


def summarise(records: Iterable[dict], by: str, documents: dict | None = None) -> list[dict]:
    """One row per group: claims per category; funds and income in yuan kept
    apart by qualifier (an "over" amount is a lower bound, not an exact sum) and
    never with a rate (每村50万元, 人均收入: ``per`` set); the largest stated count of
    party members, organisations and villages. By document, the row also has the
    document's title, date and place when they are known (``documents``)."""
    groups: dict = defaultdict(lambda: {"claims": 0, **{c: 0 for c in CATEGORIES}})
    money: dict = defaultdict(lambda: defaultdict(float))
    rates: dict = defaultdict(int)
    largest: dict = defaultdict(dict)
    for r in records:
        key = r.get(by)
        g = groups[key]
        g["claims"] += 1
        g[r["category"]] = g.get(r["category"], 0) + 1
        if r.get("per"):
            rates[key] += 1             # a rate: counted, never summed
            continue
        if r["category"] in MONEY and r.get("unit") == "yuan" and not r.get("change"):
            q = r.get("qualifier", "exact")
            money[key][(r["category"], q)] += float(r["value"])
        if r["category"] in COUNTED and not r.get("change"):
            cur = largest[key].get(r["category"])
            if cur is None or r["value"] > cur:
                largest[key][r["category"]] = r["value"]
    rows = []
    for key in sorted(groups, key=lambda k: (k is None, str(k))):
        row = {by: key}
        if by == "doc" and documents is not None:
            info = documents.get(key) or {}
            row.update({"title": info.get("title"), "date": info.get("date"), "doc_place": info.get("place")})
        row.update(groups[key])
        row["rates"] = rates[key]
        for cat in MONEY:
            parts = {q: v for (c, q), v in money[key].items() if c == cat}
            row[f"{cat}_yuan"] = parts.get("exact", 0.0) or None
            for q in ("over", "about", "under", "range"):
                row[f"{cat}_yuan_{q}"] = parts.get(q) or None
            row[f"{cat}_text"] = money_text(parts)
        for cat in COUNTED:
            row[f"{cat}_largest"] = largest[key].get(cat)
        rows.append(row)
    return rows


def money_text(parts: dict) -> str:
    """'3.80亿 + ≥0.23亿 + ≈0.10亿' style: qualified amounts shown as such.

    >>> money_text({"exact": 3.8e8, "over": 2.3e7})
    '3.80亿 + ≥2300万'
    >>> money_text({"exact": 12345.0, "about": 2.5e4})
    '1.2万 + ≈2.5万'
    """
    marks = {"exact": "", "over": "≥", "about": "≈", "under": "<", "range": "≥"}
    out = []
    for q in ("exact", "over", "about", "under", "range"):
        v = parts.get(q)
        if v:
            amount = (f"{v / 1e8:.2f}亿" if v >= 1e8 else f"{v / 1e4:.1f}".removesuffix(".0") + "万" if v >= 1e4
                      else f"{v:.0f}元")
            out.append(marks[q] + amount)
    return " + ".join(out)
