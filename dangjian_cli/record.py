"""The record dict the CLI prints: built without pydantic (the per-claim fast path).

:class:`dangjian_cli.models.Claim` validates the same fields for library users;
importing pydantic costs ~0.2 s, so the extraction path never does.

>>> r = make_record(doc="a.txt", start=3, end=7, text="509个", value=509.0, unit="count",
...                 category="party_organizations", sentence="全县509个党组织", line=1)
>>> r["value"], r["qualifier"], r["change"], list(r)[:3]
(509, 'exact', False, ['id', 'doc', 'start'])
>>> make_id("a.txt", 3, 7, "509个") == r["id"]
True
"""
from __future__ import annotations

from hashlib import sha1


def doc_key(doc: str) -> bytes:
    """The document's part of every id, encoded once per document."""
    return doc.encode("utf-8") + b"\0"


def _id(key: bytes, start: int, end: int, text: str) -> str:
    return sha1(key + b"%d\0%d\0" % (start, end) + text.encode("utf-8")).hexdigest()[:16]


def make_id(doc: str, start: int, end: int, text: str) -> str:
    """Stable id: sha1 of document path, span and surface (the same on every run)."""
    return _id(doc_key(doc), start, end, text)


def _number(v):
    if v.__class__ is float and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def record(key: bytes, doc: str, start: int, end: int, text: str, value, value_max, unit: str,
           qualifier: str, category: str, subject, change: bool, place, year, sentence: str,
           line: int) -> dict:
    """The record, fields in spec order, integral values as ints; positional, for the
    per-claim path (``key`` is :func:`doc_key` of ``doc``)."""
    return {
        "id": _id(key, start, end, text), "doc": doc, "start": start, "end": end, "text": text,
        "value": _number(value), "value_max": _number(value_max), "unit": unit,
        "qualifier": qualifier, "category": category, "subject": subject, "change": bool(change),
        "place": place, "year": year, "sentence": sentence, "line": line,
    }


def make_record(*, doc: str, start: int, end: int, text: str, id: str | None = None, **f) -> dict:
    """The record from keyword fields (defaults as in the spec); see :func:`record`."""
    r = record(doc_key(doc), doc, start, end, text, f["value"], f.get("value_max"), f["unit"],
               f.get("qualifier", "exact"), f["category"], f.get("subject"), f.get("change", False),
               f.get("place"), f.get("year"), f["sentence"], f["line"])
    if id:
        r["id"] = id
    return r
