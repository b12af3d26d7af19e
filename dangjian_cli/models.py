"""The claim record of ``shared/spec/CLAIMS.md``: field names and enum values are fixed.

>>> c = Claim.build(doc="a.txt", start=3, end=7, text="509个", value=509,
...                 unit="count", category="party_organizations", subject="党组织",
...                 sentence="全县509个党组织", line=1)
>>> c.qualifier, c.change, c.value_max
('exact', False, None)
>>> c.id == Claim.make_id("a.txt", 3, 7, "509个")
True
"""
from __future__ import annotations

import math
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, field_validator

from .record import make_id, make_record


class Unit(str, Enum):
    yuan = "yuan"
    person = "person"
    person_time = "person_time"
    household = "household"
    percent = "percent"
    percentage_point = "percentage_point"
    mu = "mu"
    square_meter = "square_meter"
    count = "count"
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




class Claim(BaseModel):
    """One quantitative claim; serialised with exactly the spec's field names."""

    model_config = ConfigDict(use_enum_values=True, frozen=True, validate_default=True)

    id: str
    doc: str
    start: int
    end: int
    text: str
    value: float
    value_max: Optional[float] = None
    unit: Unit
    qualifier: Qualifier = Qualifier.exact
    category: Category
    subject: Optional[str] = None
    change: bool = False
    place: Optional[str] = None
    year: Optional[int] = None
    sentence: str
    line: int

    @field_validator("value", "value_max")
    @classmethod
    def _finite(cls, v):
        if v is not None and not math.isfinite(v):
            raise ValueError("value must be finite")
        return v

    make_id = staticmethod(make_id)

    @classmethod
    def build(cls, *, doc: str, start: int, end: int, text: str, **fields) -> "Claim":
        return cls(id=cls.make_id(doc, start, end, text), doc=doc, start=start,
                   end=end, text=text, **fields)

    def record(self) -> dict:
        """The JSON-ready dict, fields in spec order, integral values as ints."""
        return make_record(**self.model_dump())

    @classmethod
    def from_record(cls, rec: dict) -> "Claim":
        """A validated claim from a record dict (enums, finiteness)."""
        return cls(**rec)
