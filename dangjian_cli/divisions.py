"""China's administrative divisions at province, prefecture and county level.

The table (``data/divisions.tsv``, built by ``data/build_divisions.py`` from a
public data package) is read on first use, never on the start-up path of a
command that does not need it.

>>> d = lookup("沧源县")[0]
>>> d.name, d.level, d.adcode, holders(d)
('沧源佤族自治县', 'county', '530927', ('云南省', '临沧市', '沧源佤族自治县'))
>>> [x.name for x in lookup("兴县")]
['兴县']
>>> sorted(holders(x)[0] for x in lookup("朝阳区"))
['北京市', '吉林省']
>>> lookup("空壳村")
[]
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import NamedTuple


class Division(NamedTuple):
    adcode: str
    level: str              # province, city or county
    name: str               # the official name
    province: str           # adcode of the province holding it ("" for a province)
    city: str               # adcode of the prefecture holding it ("" when none)
    until: int | None       # the last year a name no longer in use was used


class _Table(NamedTuple):
    by_name: dict[str, list[Division]]     # official names and suffixed short forms
    by_short: dict[str, list[Division]]    # bare short forms (沧源, 黔东南, 孝感)
    by_code: dict[str, Division]
    shorts_of: dict[str, list[str]]        # adcode -> its bare short forms
    max_len: int
    last_chars: frozenset                  # the characters names end with
    last_two: frozenset                    # the two characters names end with
    lengths: dict[str, tuple[int, ...]]    # last two characters -> the lengths of names ending so


@lru_cache(maxsize=1)
def table() -> _Table:
    by_name: dict[str, list[Division]] = {}
    by_short: dict[str, list[Division]] = {}
    by_code: dict[str, Division] = {}
    shorts_of: dict[str, list[str]] = {}
    text = resources.files(__package__).joinpath("data/divisions.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith(("#", "adcode\t")):
            continue
        code, level, name, prov, city, aliases, short, until = line.split("\t")
        d = Division(code, level, name, prov, city, int(until) if until else None)
        if until == "" or code not in by_code:
            by_code[code] = d
        for n in [name] + [a for a in aliases.split(",") if a]:
            by_name.setdefault(n, []).append(d)
        if short:
            by_short.setdefault(short, []).append(d)
            shorts_of.setdefault(code, []).append(short)
    names = list(by_name)
    lengths: dict[str, set[int]] = {}
    for n in names:
        lengths.setdefault(n[-2:], set()).add(len(n))
    return _Table(by_name, by_short, by_code, shorts_of, max(map(len, names)),
                  frozenset(n[-1] for n in names), frozenset(lengths),
                  {k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()})


def lookup(name: str) -> list[Division]:
    """The divisions that go by ``name`` (an official name or a suffixed short form)."""
    return list(table().by_name.get(name, ()))


def lookup_short(short: str) -> list[Division]:
    """The divisions whose bare short form is ``short`` (孝感, 沧源)."""
    return list(table().by_short.get(short, ()))


def by_code(adcode: str) -> Division | None:
    return table().by_code.get(adcode)


def parent(d: Division) -> Division | None:
    """The division directly holding ``d`` (a county's prefecture, else its province)."""
    return by_code(d.city) if d.city else (by_code(d.province) if d.province else None)


def holders(d: Division) -> tuple[str | None, str | None, str | None]:
    """(province, city, county) official names of ``d`` and the divisions holding it."""
    prov = by_code(d.province) if d.province else None
    city = by_code(d.city) if d.city else None
    if d.level == "province":
        return d.name, None, None
    if d.level == "city":
        return (prov.name if prov else None), d.name, None
    return (prov.name if prov else None), (city.name if city else None), d.name


def contains(outer: Division, inner: Division) -> bool:
    """Is ``inner`` inside ``outer`` (or the same division)?"""
    return outer.adcode in (inner.adcode, inner.city, inner.province)
