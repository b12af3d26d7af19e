"""The claim record: its fields, its enums and the one way to build it.

The contract is ``docs/claims.md``. This module holds it as code without
pydantic (importing pydantic costs ~0.2 s, and the extraction path builds a
record per claim); :class:`dangjian_cli.models.Claim` validates the same
fields for library users and gives the JSON Schema.

>>> r = make_record(doc="a.txt", start=3, end=7, text="509个", value=509.0, unit="count",
...                 category="party_organizations", sentence="全县509个党组织", line=1)
>>> r["value"], r["qualifier"], r["change"], list(r)[:3]
(509, 'exact', False, ['id', 'doc', 'start'])
>>> claim_id("a.txt", 3, 7, "509个") == r["id"]
True
"""
from __future__ import annotations

from enum import Enum
from hashlib import sha1


class Unit(str, Enum):
    yuan = "yuan"
    person = "person"
    person_time = "person_time"
    household = "household"
    percent = "percent"
    percentage_point = "percentage_point"
    mu = "mu"
    square_meter = "square_meter"
    count = "count"     # type: ignore[assignment]  # a member, not str.count: the contract's name
    age = "age"


class Qualifier(str, Enum):
    exact = "exact"
    over = "over"
    under = "under"
    about = "about"
    range = "range"


class Category(str, Enum):
    funds = "funds"
    income = "income"
    party_members = "party_members"
    party_organizations = "party_organizations"
    villages = "villages"
    people = "people"
    percentage = "percentage"
    area = "area"
    activities = "activities"
    facilities = "facilities"
    other = "other"


#: the enum values, for option choices and checks
UNITS: tuple[str, ...] = tuple(u.value for u in Unit)
QUALIFIERS: tuple[str, ...] = tuple(q.value for q in Qualifier)
CATEGORIES: tuple[str, ...] = tuple(c.value for c in Category)

#: the record's fields, in the contract's order
FIELDS = ("id", "doc", "start", "end", "text", "value", "value_max", "unit",
          "qualifier", "category", "subject", "change", "place", "province", "city",
          "county", "adcode", "year", "year_from", "per", "sentence", "line")


def doc_key(doc: str) -> bytes:
    """The document's part of every id, encoded once per document."""
    return doc.encode("utf-8", "surrogatepass") + b"\0"


def claim_id(doc: str | bytes, start: int, end: int, text: str) -> str:
    """Stable id: sha1 of the document path, the span and the surface (the same on every run).

    ``doc`` may be given as :func:`doc_key` of the path, encoded once for a document's claims."""
    key = doc if isinstance(doc, bytes) else doc_key(doc)
    return sha1(key + b"%d\0%d\0" % (start, end) + text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def number(v):
    """An integral float as an int (``509.0`` → ``509``), so JSON shows what was written.

    >>> number(509.0), number(96.8), number(None), number(3)
    (509, 96.8, None, 3)
    """
    if v.__class__ is float and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def make_record(*, doc: str, start: int, end: int, text: str, value: float, unit: str,
                category: str, sentence: str, line: int, value_max: float | None = None,
                qualifier: str = "exact", subject: str | None = None, change: bool = False,
                place: str | None = None, province: str | None = None, city: str | None = None,
                county: str | None = None, adcode: str | None = None, year: int | None = None,
                year_from: int | None = None, per: str | None = None, id: str | None = None,
                key: bytes | None = None) -> dict:
    """The record, fields in the contract's order, integral values as ints.

    ``id`` is computed unless given; ``key`` is :func:`doc_key` of ``doc`` when
    the caller has it (the pipeline encodes a document's name once)."""
    return {
        "id": id or claim_id(key or doc_key(doc), start, end, text), "doc": doc,
        "start": start, "end": end, "text": text,
        "value": number(value), "value_max": number(value_max), "unit": unit,
        "qualifier": qualifier, "category": category, "subject": subject, "change": bool(change),
        "place": place, "province": province, "city": city, "county": county, "adcode": adcode,
        "year": year, "year_from": year_from, "per": per, "sentence": sentence, "line": line,
    }


#: the fields a record read back must have, and their types
_REQUIRED = (("doc", str, "text"), ("start", int, "whole number"), ("end", int, "whole number"),
             ("value", (int, float), "number"), ("unit", str, "text"), ("category", str, "text"))


def claim_problem(rec) -> str | None:
    """Why ``rec`` is not a claim record that the query commands can use, or None.

    >>> claim_problem({"doc": "a", "start": 0, "end": 2, "value": "3", "unit": "count", "category": "x"})
    "'value' is not a number"
    >>> claim_problem([1, 2])
    'not a JSON object'
    """
    if not isinstance(rec, dict):
        return "not a JSON object"
    for name, types, what in _REQUIRED:
        if name not in rec:
            return f"no {name!r}"
        v = rec[name]
        if not isinstance(v, types) or isinstance(v, bool):
            return f"{name!r} is not a {what}"
    vm = rec.get("value_max")
    if vm is not None and (not isinstance(vm, (int, float)) or isinstance(vm, bool)):
        return "'value_max' is not a number"
    return None
