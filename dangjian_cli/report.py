"""An HTML report a person can e-mail: one self-contained file (styles, script and
charts inlined; nothing fetched when it is opened) with

- an overview: claims per category; funds by county and by year (exact sums
  apart from lower bounds and approximate amounts; rates, changes, period
  totals and figures a document repeats never added); party members and
  organisations by county and by year (the largest figure a county states,
  never a sum of its figures);
- every claim in a table that sorts, filters and pages in the page;
- each document's text with its claims highlighted in their category's colour,
  their fields in a side panel, and ``check`` results marked on them
  (inconsistent in red, with the relation in words).

``dangjian report SOURCES -o report.html`` calls :func:`write_report`.
"""
from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from importlib import resources

import orjson

from . import charts
from .check import check_all
from .query import money_text
from .record import CATEGORIES
from .run import Doc, Event, RunOptions, Tally, run
from .sources import REPORT_MARK, iter_inputs
from .tables import CATEGORY_ZH

#: the colour of each category in the page (the same hues as ``show`` on a terminal)
HTML_COLOURS = {"funds": "#2e9d4b", "income": "#7cc242", "party_members": "#d64541",
                "party_organizations": "#a84cb8", "villages": "#1aa3b8", "people": "#e0a100",
                "percentage": "#3b6fd8", "area": "#5bc8d6", "activities": "#d75fd7",
                "facilities": "#c9b400", "other": "#9a9a9a"}
assert set(HTML_COLOURS) == set(CATEGORIES)

#: the record fields the page carries (the sentence is in the document's text)
FIELDS = ("id", "doc", "start", "end", "text", "value", "value_max", "unit", "qualifier", "category",
          "subject", "change", "place", "province", "city", "county", "year", "year_from", "per", "line")
#: up to this many documents (and this much text) are drawn when the page opens;
#: above, each is drawn when it is opened, so a large report opens at once
EAGER_DOCS = 40
EAGER_CHARS = 400_000
#: nothing may be fetched when the page is opened: a report is read offline and e-mailed
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
#: a document longer than this keeps its claims but not its text in the page
MAX_DOC_CHARS = 2_000_000


@dataclass
class ReportDoc:
    label: str
    text: str | None
    info: dict
    records: list[dict] = field(default_factory=list)


@dataclass
class Report:
    """The documents of a run, their claims and the checks over them."""
    docs: list[ReportDoc] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def records(self) -> list[dict]:
        return [r for d in self.docs for r in d.records]

    def add(self, ev: Event) -> None:
        if isinstance(ev, Doc):
            assert isinstance(ev.records, list)
            if ev.first or not self.docs or self.docs[-1].label != ev.label:
                text = ev.text if ev.text is not None and len(ev.text) <= MAX_DOC_CHARS else None
                self.docs.append(ReportDoc(ev.label, text, ev.info or {}))
            else:                       # a later block of a large file: claims only
                self.docs[-1].text = None
            self.docs[-1].records.extend(ev.records)
        elif hasattr(ev, "reason"):
            self.skipped.append((ev.label, ev.reason))      # type: ignore[union-attr]

    @classmethod
    def from_paths(cls, paths: list[str], options=None, on_event: Callable[[Event], None] | None = None,
                   tally: Tally | None = None) -> Report:
        """Read and extract ``paths`` (what ``extract`` reads) into a report."""
        from .extraction import Options
        o = options or Options()
        opts = RunOptions(o.corpus, frozenset(o.categories), keep_text=True, with_info=True)
        rep = cls()
        for ev in run(iter_inputs(list(paths), o.walk), opts, o.jobs, stdin="-" in paths):
            if tally is not None:
                tally.add(ev)
            if on_event is not None:
                on_event(ev)
            rep.add(ev)
        return rep

    def html(self, title: str = "dangjian report") -> str:
        return render(self, title)


# ---- the overview: what may be added up, and how --------------------------------

def _addable(r: dict, repeats: set) -> bool:
    """May this figure go into a total? Not a rate, a change, a share, a period's
    total, or a figure its document states a second time."""
    return not (r.get("per") or r.get("change") or r.get("unit") == "percent" or r["id"] in repeats
                or r.get("year_from"))


def _money_bars(recs: Iterable[dict], key: Callable[[dict], object]) -> dict:
    """Funds in yuan by ``key``: {key: {qualifier: sum}}."""
    out: dict = defaultdict(lambda: defaultdict(float))
    for r in recs:
        k = key(r)
        if k is not None:
            out[k][r.get("qualifier") or "exact"] += float(r["value"])
    return out


def _largest(recs: Iterable[dict], key: Callable[[dict], object]) -> dict:
    """The largest figure stated for each ``key``: {key: record}."""
    out: dict = {}
    for r in recs:
        k = key(r)
        if k is not None and (k not in out or r["value"] > out[k]["value"]):
            out[k] = r
    return out


def _wan(parts: dict) -> tuple[float, float]:
    exact = parts.get("exact", 0.0) / 1e4
    return exact, sum(v for q, v in parts.items() if q != "exact") / 1e4


def overview(records: list[dict], checks: list[dict]) -> dict:
    """The overview's figures: categories, funds and counts by county and by year,
    as chart data, with what was left out and why."""
    repeats = {c["claim"] for c in checks if c["check"] == "repeat"}
    cats = {c: 0 for c in CATEGORIES}
    for r in records:
        cats[r["category"]] += 1
    addable = [r for r in records if _addable(r, repeats)]
    funds = [r for r in addable if r["category"] == "funds" and r["unit"] == "yuan"]
    left_out = {
        "rates": sum(1 for r in records if r["category"] == "funds" and r.get("per")),
        "repeats": sum(1 for r in records if r["category"] == "funds" and r["id"] in repeats),
        "periods": sum(1 for r in records if r["category"] == "funds" and r.get("year_from")
                       and not r.get("per")),
        "changes": sum(1 for r in records if r["category"] == "funds" and r.get("change")),
        "no_county": sum(1 for r in funds if not r.get("county")),
        "no_year": sum(1 for r in funds if not r.get("year")),
    }
    by_county = _money_bars(funds, lambda r: r.get("county"))
    by_year = _money_bars(funds, lambda r: r.get("year"))
    out = {"categories": cats, "left_out": left_out,
           "funds_county": [charts.Bar(k, *_wan(v), money_text(v)) for k, v in by_county.items()],
           "funds_year": [charts.Point(k, *_wan(v), money_text(v)) for k, v in by_year.items()]}
    for cat, unit in (("party_members", "person"), ("party_organizations", "count")):
        counted = [r for r in addable if r["category"] == cat and r["unit"] == unit]
        county = _largest(counted, lambda r: r.get("county"))
        out[f"{cat}_county"] = [_count_bar(k, r) for k, r in county.items()]
        per_year: dict = defaultdict(list)
        for (_county, y), r in _largest(counted, lambda r: (r["county"], r["year"]) if r.get("county") and r.get("year")
                                  else None).items():
            per_year[y].append(r)
        out[f"{cat}_year"] = [_count_point(y, rs) for y, rs in per_year.items()]
    return out


def _count_bar(key: str, r: dict) -> charts.Bar:
    v = float(r["value"])
    exact = r.get("qualifier") in (None, "exact")
    mark = "" if exact else {"over": "≥", "range": "≥", "about": "≈", "under": "<"}.get(r["qualifier"], "")
    return charts.Bar(key, v if exact else 0.0, 0.0 if exact else v, f"{mark}{v:,.0f} ({r['text']})")


def _count_point(year: int, recs: list[dict]) -> charts.Point:
    exact = sum(float(r["value"]) for r in recs if r.get("qualifier") in (None, "exact"))
    bound = sum(float(r["value"]) for r in recs if r.get("qualifier") not in (None, "exact"))
    label = f"{exact:,.0f}" + (f" + ≥{bound:,.0f}" if bound else "")
    return charts.Point(year, exact, bound, label)


# ---- the page --------------------------------------------------------------------

def _asset(name: str) -> str:
    return resources.files("dangjian_cli").joinpath(f"data/report/{name}").read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON safe inside <script>: no ``</`` can end the element, no U+2028 a line."""
    raw = orjson.dumps(data).decode("utf-8")
    return raw.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _overview_html(ov: dict) -> str:
    lo = ov["left_out"]
    notes = []
    if lo["rates"]:
        notes.append(f"{lo['rates']} rates (每村, 人均) not added")
    if lo["repeats"]:
        notes.append(f"{lo['repeats']} figures a document repeats added once")
    if lo["periods"]:
        notes.append(f"{lo['periods']} totals over several years (累计, 以来) not added")
    if lo["changes"]:
        notes.append(f"{lo['changes']} changes (增加, 增长) not added")
    funds_note = "; ".join(notes)
    cats = [charts.Bar(f"{CATEGORY_ZH[c]} {c}", float(n), 0.0, f"{n}", HTML_COLOURS[c])
            for c, n in ov["categories"].items() if n]
    parts = [
        '<section class="charts">',
        charts.HATCH,
        charts.bars("各类数字 claims per category", "条 (claims)", cats),
        charts.bars("资金 · 按县 funds by county", "万元",
                    ov["funds_county"],
                    note="Solid: exact sums; hatched: amounts stated as lower bounds (余, 多) or approximately "
                         f"(约, 近), never added as exact. {funds_note}"
                         + (f"; {lo['no_county']} amounts with no county not drawn" if lo["no_county"] else "")),
        charts.line("资金 · 按年 funds by year", "万元", ov["funds_year"],
                    note="Solid: exact sums; dashed: with the lower bounds added."
                         + (f" {lo['no_year']} amounts with no year not drawn." if lo["no_year"] else "")),
        charts.bars("党员 · 按县 party members by county", "名", ov["party_members_county"],
                    note="The largest figure each county states, not a sum of its figures."),
        charts.line("党员 · 按年 party members by year", "名", ov["party_members_year"],
                    note="Each year: the counties' largest stated figures added."),
        charts.bars("党组织 · 按县 party organisations by county", "个", ov["party_organizations_county"],
                    note="The largest figure each county states, not a sum of its figures."),
        charts.line("党组织 · 按年 party organisations by year", "个", ov["party_organizations_year"],
                    note="Each year: the counties' largest stated figures added."),
        "</section>",
    ]
    return "\n".join(parts)


def render(rep: Report, title: str = "dangjian report") -> str:
    """The report as one HTML page."""
    records = rep.records
    checks = check_all(records)
    doc_index = {d.label: i for i, d in enumerate(rep.docs)}
    by_claim: dict = defaultdict(list)
    for c in checks:
        by_claim[c["claim"]].append([c["check"], c["status"], c.get("relation"), c.get("detail")])
    ov = overview(records, checks)
    total_chars = sum(len(d.text or "") for d in rep.docs)
    data = {
        "fields": FIELDS,
        "claims": [[doc_index[r["doc"]] if f == "doc" else r.get(f) for f in FIELDS] for r in records],
        "docs": [{"label": d.label, "title": d.info.get("title"), "date": d.info.get("date"),
                  "place": d.info.get("place"), "text": d.text, "n": len(d.records)} for d in rep.docs],
        "checks": by_claim,
        "categories": {c: {"colour": HTML_COLOURS[c], "zh": CATEGORY_ZH[c]} for c in CATEGORIES},
        "eager": len(rep.docs) <= EAGER_DOCS and total_chars <= EAGER_CHARS,
    }
    statuses: dict = defaultdict(int)
    for c in checks:
        if c["check"] != "repeat":
            statuses[c["status"]] += 1
    made = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")
    summary = (f"{len(rep.docs)} documents · {len(records)} claims · checks: "
               f"{statuses['consistent']} consistent, {statuses['inconsistent']} inconsistent, "
               f"{statuses['unverifiable']} unverifiable")
    skipped = "".join(f"<li><code>{escape(label)}</code>: {escape(reason)}</li>" for label, reason in rep.skipped)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
{REPORT_MARK.decode()}
<title>{escape(title)}</title>
<style>{_asset("report.css")}</style>
</head>
<body>
<header><h1>{escape(title)}</h1><p class="summary">{escape(summary)} · made {made}</p>
<nav><button data-tab="overview" class="on">Overview 概览</button><button data-tab="claims">Claims 数字</button>
<button data-tab="documents">Documents 文档</button></nav></header>
<main>
<section id="overview" class="tab on">
{_overview_html(ov)}
{f'<details class="skipped"><summary>{len(rep.skipped)} inputs skipped</summary><ul>{skipped}</ul></details>'
 if skipped else ''}
</section>
<section id="claims" class="tab">
<div class="filters"><input id="q" type="search" placeholder="filter: text, place, subject… 筛选">
<select id="fcat"><option value="">all categories</option></select>
<select id="fstatus"><option value="">any check</option><option>inconsistent</option><option>consistent</option>
<option>unverifiable</option></select>
<span id="count"></span> <button id="prev">‹</button><button id="next">›</button></div>
<table id="table"><thead></thead><tbody></tbody></table>
</section>
<section id="documents" class="tab">
<aside id="doclist"><input id="dq" type="search" placeholder="find a document 查找"><ol></ol></aside>
<div><p class="legend"></p><div id="docs"></div></div>
<aside id="panel"><p class="hint">Click a highlighted number to see its record and checks.</p></aside>
</section>
</main>
<script type="application/json" id="data">{_script_json(data)}</script>
<script>{_asset("report.js")}</script>
</body>
</html>
"""


def write_report(paths: list[str], output: str, options=None, title: str = "dangjian report",
                 on_event: Callable[[Event], None] | None = None, tally: Tally | None = None) -> Report:
    """Extract ``paths`` and write the report to ``output`` (whole or not at all; ``-``: stdout)."""
    import sys

    from .output import AtomicFile
    rep = Report.from_paths(paths, options, on_event, tally)
    page = rep.html(title)
    if output == "-":
        sys.stdout.write(page)
    else:
        with AtomicFile(output) as fh:
            fh.write(page)
    return rep


__all__ = ["Report", "write_report", "overview", "render"]
