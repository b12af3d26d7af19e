"""The claim as a validated model: the record of ``docs/claims.md`` with its types.

The extraction path builds plain dicts (:func:`dangjian_cli.record.make_record`);
this model validates them for library users and gives the JSON Schema
(``dangjian schema``).

>>> c = Claim.model_validate(make_record(doc="a.txt", start=3, end=7, text="509个", value=509,
...                 unit="count", category="party_organizations", subject="党组织",
...                 sentence="全县509个党组织", line=1))
>>> c.qualifier, c.change, c.value_max, c.category
('exact', False, None, 'party_organizations')
>>> c.record()["value"]
509
"""
from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, field_validator

from .record import FIELDS, Category, Qualifier, Unit, make_record, number


class Claim(BaseModel):
    """One quantitative claim; serialised with exactly the contract's field names."""

    model_config = ConfigDict(use_enum_values=True, frozen=True, validate_default=True)

    id: str
    doc: str
    start: int
    end: int
    text: str
    value: float
    value_max: float | None = None
    unit: Unit
    qualifier: Qualifier = Qualifier.exact
    category: Category
    subject: str | None = None
    change: bool = False
    place: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None
    year: int | None = None
    year_from: int | None = None
    per: str | None = None
    sentence: str
    line: int

    @field_validator("value", "value_max")
    @classmethod
    def _finite(cls, v):
        if v is not None and not math.isfinite(v):
            raise ValueError("value must be finite")
        return v

    def record(self) -> dict:
        """The JSON-ready dict, fields in the contract's order, integral values as ints."""
        d = self.model_dump()
        return {k: (number(d[k]) if k in ("value", "value_max") else d[k]) for k in FIELDS}


__all__ = ["Claim", "make_record"]
