"""Check the numbers: do shares, parts and totals agree?

Three checks over claim records:

- ``share``: a percentage is compared with every part/total pair of compatible
  claims in its sentence and paragraph (a part or a total may be the sum of two
  coordinated counts: 206个村和9个社区). ``consistent`` when a pair reproduces the
  stated figure within its rounding (33% from 574/1715 = 33.5%), ``inconsistent``
  (with the nearest pair and the gap) when pairs exist but none does,
  ``unverifiable`` when there is no pair.
- ``subcount``: a count introduced by 其中 must not exceed the count it belongs to.
- ``conflict``: the same subject, place and year with different values in
  different documents.

>>> recs = [
...  {"id": "a", "doc": "d", "start": 0, "end": 5, "text": "1715人", "value": 1715, "unit": "person",
...   "category": "people", "subject": "成员", "line": 1, "sentence": "s", "qualifier": "exact", "change": False},
...  {"id": "b", "doc": "d", "start": 9, "end": 13, "text": "574名", "value": 574, "unit": "person",
...   "category": "people", "subject": "成员", "line": 1, "sentence": "t", "qualifier": "exact", "change": False},
...  {"id": "c", "doc": "d", "start": 16, "end": 19, "text": "33%", "value": 33, "unit": "percent",
...   "category": "percentage", "subject": None, "line": 1, "sentence": "t", "qualifier": "exact", "change": False}]
>>> r = check_shares(recs)[0]
>>> r["status"], r["part"], r["total"], round(r["computed"], 1)
('consistent', 'b', 'a', 33.5)
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

COUNT_UNITS = {"person", "household", "count", "person_time"}
#: counts of people that are one per village or organisation (书记 of each village)
ONE_PER_UNIT = ("书记", "主任", "一肩挑", "负责人")


def _decimals(text: str) -> int:
    num = "".join(ch for ch in text if ch.isdigit() or ch == ".")
    return len(num.split(".", 1)[1]) if "." in num else 0


def _tolerance(share: dict) -> float:
    tol = 0.5 * 10 ** (-_decimals(share.get("text", "")))
    if share.get("qualifier") == "about":
        tol = max(tol, 1.0)
    return tol + 1e-9


def _agrees(share: dict, computed: float) -> bool:
    stated, q = float(share["value"]), share.get("qualifier")
    tol = _tolerance(share)
    if q == "over":
        return computed >= stated - tol
    if q == "under":
        return computed <= stated + tol
    return abs(computed - stated) <= tol


def _compatible(part: dict, total: dict) -> bool:
    """Same unit; or people against villages/organisations when they are one
    per unit (161名党支部书记 of 244个行政村和9个社区)."""
    if part["unit"] == total["unit"]:
        return True
    return (part["unit"] == "person" and total["unit"] == "count"
            and total.get("category") in ("villages", "party_organizations")
            and any(w in (part.get("subject") or "") + (part.get("sentence") or "") for w in ONE_PER_UNIT))


def _with_sums(claims: list[dict], max_gap: int = 4) -> list[dict]:
    """The claims, plus each pair of neighbours with the same unit read as one
    amount (244个行政村和9个社区 → 253)."""
    out = list(claims)
    for a, b in zip(claims, claims[1:]):
        if a["unit"] == b["unit"] and b["start"] - a["end"] <= max_gap:
            out.append(dict(a, value=a["value"] + b["value"], id=f"{a['id']}+{b['id']}",
                            text=f"{a['text']}+{b['text']}", end=b["end"]))
    return out


def check_shares(records: list[dict]) -> list[dict]:
    by_para = defaultdict(list)
    for r in records:
        by_para[(r["doc"], r.get("line"))].append(r)
    out = []
    for (doc, line), recs in by_para.items():
        recs.sort(key=lambda r: r["start"])
        counts = [r for r in recs if r["unit"] in COUNT_UNITS and not r.get("change")]
        pool = _with_sums(counts)
        for s in recs:
            if s["unit"] != "percent" or s.get("change"):
                continue
            parts = [p for p in pool if p["end"] <= s["start"] and p.get("sentence") == s.get("sentence")
                     and s["start"] - p["end"] <= 40]
            parts.sort(key=lambda p: (s["start"] - p["end"], -p["value"]))
            best = None
            found = None
            for p in parts:
                for t in pool:
                    if t["value"] <= 0 or t["value"] < p["value"] or _overlaps(p, t) or not _compatible(p, t):
                        continue
                    pct = 100.0 * p["value"] / t["value"]
                    gap = pct - float(s["value"])
                    if _agrees(s, pct):
                        found = (p, t, pct)
                        break
                    if best is None or abs(gap) < abs(best[3]):
                        best = (p, t, pct, gap)
                if found:
                    break
            rec = {"check": "share", "doc": doc, "claim": s["id"], "text": s["text"],
                   "stated": s["value"], "line": line}
            if found:
                p, t, pct = found
                rec.update(status="consistent", part=p["id"], total=t["id"], computed=pct,
                           detail=f"{p['text']} / {t['text']} = {pct:.1f}%")
            elif best:
                p, t, pct, gap = best
                rec.update(status="inconsistent", part=p["id"], total=t["id"], computed=pct, gap=gap,
                           detail=f"nearest: {p['text']} / {t['text']} = {pct:.1f}%, {gap:+.1f} points")
            else:
                rec.update(status="unverifiable", part=None, total=None, computed=None,
                           detail="no part and total of a compatible subject nearby")
            out.append(rec)
    return out


def _overlaps(a: dict, b: dict) -> bool:
    ids_a = set(a["id"].split("+"))
    ids_b = set(b["id"].split("+"))
    return bool(ids_a & ids_b)


def check_subcounts(records: list[dict]) -> list[dict]:
    """其中: a sub-count must not exceed the count it belongs to."""
    out = []
    by_sentence = defaultdict(list)
    for r in records:
        by_sentence[(r["doc"], r.get("sentence"))].append(r)
    for (doc, sentence), recs in by_sentence.items():
        if not sentence or "其中" not in sentence:
            continue
        recs.sort(key=lambda r: r["start"])
        cut = sentence.index("其中")
        # claims before 其中 are totals, claims after it parts; positions are
        # compared inside the sentence through each claim's surface
        pos = {}
        offset = 0
        for r in recs:
            i = sentence.find(r["text"], offset)
            pos[r["id"]] = i
            if i >= 0:
                offset = i + len(r["text"])
        counted = [r for r in recs if r["unit"] in COUNT_UNITS and not r.get("change")]
        totals = [r for r in counted if 0 <= pos[r["id"]] < cut]
        parts = [r for r in counted if pos[r["id"]] > cut]
        if not totals:
            continue
        for p in parts:
            same = [t for t in totals if t["unit"] == p["unit"]]
            if not same:
                continue
            t = same[-1]
            status = "consistent" if p["value"] <= t["value"] else "inconsistent"
            out.append({"check": "subcount", "doc": doc, "claim": p["id"], "text": p["text"],
                        "status": status, "part": p["id"], "total": t["id"],
                        "stated": p["value"], "computed": t["value"], "line": p.get("line"),
                        "detail": f"其中 {p['text']} of {t['text']}" +
                                  ("" if status == "consistent" else ": the part is larger than its total")})
    return out


def check_conflicts(records: list[dict]) -> list[dict]:
    """The same subject, place and year with different values in different documents."""
    groups = defaultdict(list)
    for r in records:
        if r.get("change") or not (r.get("subject") and r.get("place") and r.get("year")):
            continue
        groups[(r["subject"], r["place"], r["year"], r["unit"], r["category"])].append(r)
    out = []
    for (subject, place, year, _unit, _cat), recs in sorted(groups.items(), key=lambda kv: kv[0]):
        docs = {r["doc"] for r in recs}
        values = {float(r["value"]) for r in recs}
        if len(docs) < 2 or len(values) < 2:
            continue
        for a, b in combinations(recs, 2):
            if a["doc"] != b["doc"] and float(a["value"]) != float(b["value"]):
                out.append({"check": "conflict", "status": "inconsistent", "doc": a["doc"],
                            "claim": a["id"], "text": a["text"], "part": None, "total": None,
                            "other_doc": b["doc"], "other_claim": b["id"], "line": a.get("line"),
                            "stated": a["value"], "computed": b["value"],
                            "detail": f"{place} {year} {subject}: {a['text']} here, {b['text']} in {b['doc']}"})
    return out


def check_all(records: list[dict]) -> list[dict]:
    return check_shares(records) + check_subcounts(records) + check_conflicts(records)
