"""See the numbers where they stand: a document's text with each claim highlighted
in its category's colour, and a note under each line with the claims' value,
unit, place and year (``dangjian show``). On a pipe, claims are marked ⟦…⟧ and
the notes are plain text.

>>> doc = load_document("-", text="全县509个党组织、1.2万余名党员。\\n累计投入资金3800余万元。")
>>> print(render_plain(doc))
全县⟦509个⟧党组织、⟦1.2万余名⟧党员。
    ↳ 509个 = 509 count · party_organizations
    ↳ 1.2万余名 = 12000 person (over) · party_members
累计投入资金⟦3800余万元⟧。
    ↳ 3800余万元 = 38000000 yuan (over) · funds
"""
from __future__ import annotations

from dataclasses import dataclass

from .record import CATEGORIES

#: a colour for each category, on a terminal and in the HTML report
COLOURS = {"funds": "green", "income": "bright_green", "party_members": "red",
           "party_organizations": "magenta", "villages": "cyan", "people": "yellow",
           "percentage": "blue", "area": "bright_cyan", "activities": "bright_magenta",
           "facilities": "bright_yellow", "other": "white"}
assert set(COLOURS) == set(CATEGORIES)


class ShowError(Exception):
    """A document that cannot be shown; the message names it and the reason."""


@dataclass
class Shown:
    label: str
    text: str
    records: list[dict]
    title: str | None = None    # a corpus line's headline and date, given apart from its text
    date: str | None = None


def load_document(source: str, text: str | None = None) -> Shown:
    """The document ``source`` names (a file, ``file.jsonl#id``, or ``-``), read and extracted."""
    from .pipeline import iter_records
    if text is not None:
        return Shown(source, text, list(iter_records(text, source)))
    from .reader import Document
    from .sources import iter_inputs, read_input
    path, _, ident = source.partition("#") if "#" in source and not source.startswith("-") else (source, "", "")
    found = None
    for label, p, error in iter_inputs([path]):
        for doc in read_input(label, p, error):
            if not isinstance(doc, Document):
                if not ident or doc.doc.endswith(f"#{ident}") or ":" in doc.doc:
                    if not ident:
                        raise ShowError(f"{doc.doc}: cannot be shown: {doc.reason}")
                continue
            if ident and doc.doc != f"{label}#{ident}":
                continue
            if found is None:
                found = Shown(doc.doc, doc.text, [], doc.title, doc.date)
            else:               # a large file read in blocks: its windows one after another
                found.text += doc.text[doc.lo:doc.hi]
        if found is not None:
            break
    if found is None:
        raise ShowError(f"{source}: no such document" + (f" (no #{ident} in {path})" if ident else ""))
    found.records = list(iter_records(found.text, found.label, title=found.title, date=found.date))
    return found


def _note(r: dict) -> str:
    v = r["value"]
    parts = [f"{r['text']} = {v:g}" if isinstance(v, float) else f"{r['text']} = {v}", r["unit"]]
    if r.get("qualifier") not in (None, "exact"):
        parts[-1] += f" ({r['qualifier']})"
    if r.get("per"):
        parts[-1] += f" per {r['per']}"
    out = " ".join(parts) + f" · {r['category']}"
    where = " ".join(str(x) for x in (r.get("place"), r.get("year")) if x is not None)
    if r.get("year_from"):
        where += f" (from {r['year_from']})"
    return out + (f" · {where}" if where else "")


def _lines(doc: Shown, category: str | None, line: int | None):
    """(line number, line text, line start, its claims) of the lines to show."""
    recs = [r for r in doc.records if category is None or r["category"] == category]
    pos = 0
    for n, text in enumerate(doc.text.split("\n"), 1):
        start, end = pos, pos + len(text)
        pos = end + 1
        if line is not None and n != line:
            continue
        if not text.strip() and line is None:
            yield n, text, start, []
            continue
        yield n, text, start, [r for r in recs if start <= r["start"] < end + 1]


def render_plain(doc: Shown, category: str | None = None, line: int | None = None) -> str:
    """The document as plain text: claims marked ⟦…⟧, a note under each line."""
    out = []
    for _n, text, start, recs in _lines(doc, category, line):
        marked, cut = [], 0
        for r in recs:
            a, b = r["start"] - start, min(r["end"] - start, len(text))
            marked += [text[cut:a], "⟦", text[a:b], "⟧"]
            cut = b
        marked.append(text[cut:])
        out.append("".join(marked))
        out += [f"    ↳ {_note(r)}" for r in recs]
    return "\n".join(out)


def render_rich(doc: Shown, category: str | None = None, line: int | None = None):
    """The document for a terminal: a legend, claims in their category's colour,
    dim notes under each line."""
    from rich.console import Group
    from rich.text import Text
    used = sorted({r["category"] for r in doc.records if category is None or r["category"] == category},
                  key=CATEGORIES.index)
    legend = Text(f"{doc.label}  ", style="bold")
    for c in used:
        legend.append(f" {c} ", style=f"black on {COLOURS[c]}")
        legend.append(" ")
    parts = [legend, Text("")]
    for n, text, start, recs in _lines(doc, category, line):
        t = Text(text)
        for r in recs:
            t.stylize(f"bold black on {COLOURS[r['category']]}", r["start"] - start, r["end"] - start)
        if line is not None:
            t = Text(f"{n:>5} ", style="dim") + t
        parts.append(t)
        for r in recs:
            parts.append(Text(f"    ↳ {_note(r)}", style=f"dim {COLOURS[r['category']]}"))
    return Group(*parts)
