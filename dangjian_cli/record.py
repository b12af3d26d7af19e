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


def make_id(doc: str, start: int, end: int, text: str) -> str:
    """Stable id: the same document path, span and surface give the same id."""
    return sha1(f"{doc}\0{start}\0{end}\0{text}".encode("utf-8")).hexdigest()[:16]


def _number(v):
    if v.__class__ is float and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def make_record(*, doc: str, start: int, end: int, text: str, id: str | None = None, **f) -> dict:
    """The record dict the CLI prints, fields in spec order, integral values as ints."""
    return {
        "id": id or make_id(doc, start, end, text), "doc": doc, "start": start, "end": end,
        "text": text, "value": _number(f["value"]), "value_max": _number(f.get("value_max")),
        "unit": f["unit"], "qualifier": f.get("qualifier", "exact"), "category": f["category"],
        "subject": f.get("subject"), "change": bool(f.get("change", False)), "place": f.get("place"),
        "year": f.get("year"), "sentence": f["sentence"], "line": f["line"],
    }
