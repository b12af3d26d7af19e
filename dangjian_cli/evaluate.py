"""Score predicted claims against a gold file: the matching and figures of the
project's scorer, inside the package (``dangjian eval``).

Documents meet by file name (the last part of ``doc``). A prediction meets a
gold claim when their spans overlap in the same document, each side used once,
largest overlap first; a prediction meeting an ``optional`` gold claim counts
for nothing either way.

>>> g = {"a.txt": [{"start": 0, "end": 3, "value": 5, "unit": "count", "category": "other",
...                  "qualifier": "exact", "change": False}]}
>>> p = {"a.txt": [{"start": 1, "end": 3, "value": 5, "unit": "count", "category": "villages",
...                  "qualifier": "exact", "change": False}]}
>>> res, errors = score(g, p)
>>> res["detect"][2], res["value"][2], res["strict"][2]
(1.0, 1.0, 0.0)
>>> errors[0][0]
'WRONG'
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import PurePath

FIGURES = ("detect", "value", "strict")
ACCURACIES = ("value", "unit", "category", "qualifier", "change")
#: where and when: scored where the gold gives them
WHERE = ("place", "year", "year_from")


def same_field(key: str, gold, pred) -> bool:
    """place: the gold may list equally right names as "A|B"; years: equal, or both null."""
    if key == "place":
        if gold is None or pred is None:
            return gold is None and pred is None
        return str(pred).strip() in {x.strip() for x in str(gold).split("|")}
    return gold == pred


class GoldError(ValueError):
    pass


def _refuse(msg: str) -> None:
    raise GoldError(msg.replace(": skipped: ", ": "))


def load(path: str) -> dict[str, list[dict]]:
    """A gold file by document name; a line that is not a claim record is an error."""
    from .claimsio import claim_lines
    with open(path, "rb") as fh:
        return from_records(claim_lines(fh, path, _refuse))


def from_records(records) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        r = dict(r)
        r["_doc"] = PurePath(r["doc"]).name
        out[r["_doc"]].append(r)
    return out


def same_value(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return False
    return abs(a - b) <= max(1e-9, 1e-6 * max(abs(a), abs(b)))


def f1(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: dict, pred: dict, category: str | None = None):
    """(figures, errors). With ``category``, only gold claims and unmatched
    predictions of that category count (a per-category breakdown)."""
    c: dict[str, int] = defaultdict(int)
    errors = []
    where: list = []
    for doc in sorted(set(gold) | set(pred)):
        gs, ps = gold.get(doc, []), pred.get(doc, [])
        pairs = []
        for i, g in enumerate(gs):
            for j, p in enumerate(ps):
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if ov > 0:
                    pairs.append((ov, i, j))
        pairs.sort(reverse=True)
        used_g, used_p, matched = set(), set(), []
        for _ov, i, j in pairs:
            if i in used_g or j in used_p:
                continue
            used_g.add(i)
            used_p.add(j)
            matched.append((gs[i], ps[j]))
        for g, p in matched:
            if g.get("optional") or (category and g["category"] != category):
                continue
            c["tp"] += 1
            v = same_value(g["value"], p.get("value")) and g["unit"] == p.get("unit")
            c["value_ok"] += same_value(g["value"], p.get("value"))
            c["unit_ok"] += g["unit"] == p.get("unit")
            c["category_ok"] += g["category"] == p.get("category")
            c["qualifier_ok"] += g["qualifier"] == p.get("qualifier")
            c["change_ok"] += bool(g.get("change")) == bool(p.get("change"))
            for k in WHERE:
                if k in g:                      # gold files that say where and when
                    c[k + "_n"] += 1
                    ok = same_field(k, g[k], p.get(k))
                    c[k + "_ok"] += ok
                    if not ok:
                        where.append((doc, k, g, p))
            c["value_tp"] += v
            c["strict_tp"] += v and g["category"] == p.get("category")
            if not (v and g["category"] == p.get("category")):
                errors.append(("WRONG", doc, g, p))
        for i, g in enumerate(gs):
            if not g.get("optional") and not (category and g["category"] != category):
                c["gold"] += 1
                if i not in used_g:
                    errors.append(("MISSED", doc, g, None))
        for j, p in enumerate(ps):
            if j not in used_p and not (category and p.get("category") != category):
                errors.append(("EXTRA", doc, None, p))
                c["pred"] += 1
        c["pred"] += sum(1 for g, p in matched
                         if not g.get("optional") and not (category and g["category"] != category))
    tp = c["tp"]
    res: dict = {
        "gold": c["gold"], "predicted": c["pred"], "found": tp,
        "detect": f1(tp, c["pred"], c["gold"]),
        "value": f1(c["value_tp"], c["pred"], c["gold"]),
        "strict": f1(c["strict_tp"], c["pred"], c["gold"]),
        "accuracy_over_found": {k: (c[k + "_ok"] / tp if tp else 0.0) for k in ACCURACIES},
    }
    for k in WHERE:
        if c[k + "_n"]:
            res["accuracy_over_found"][k] = c[k + "_ok"] / c[k + "_n"]
    res["where_errors"] = where
    return res, errors


def show(rec) -> str:
    if rec is None:
        return "-"
    keys = ("text", "value", "unit", "category", "qualifier", "change")
    return f"[{rec['start']}:{rec['end']}] " + " ".join(f"{k}={rec.get(k)}" for k in keys)


def report(res: dict) -> str:
    """The scorer's text report, line for line."""
    lines = [f"gold {res['gold']}  predicted {res['predicted']}  found {res['found']}"]
    for k in FIGURES:
        p, r, f = res[k]
        lines.append(f"{k:7s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    lines.append("over found: " + "  ".join(f"{k} {v:.3f}" for k, v in res["accuracy_over_found"].items()))
    return "\n".join(lines)


def error_lines(errors) -> list[str]:
    return [f"{kind:6s} {doc}  gold {show(g)}  |  pred {show(p)}" for kind, doc, g, p in errors]


def where_lines(where) -> list[str]:
    """Each place, year or year_from that differs from the gold, as the scorer lists them."""
    return [f"{k.upper():9s} {doc}  [{g['start']}:{g['end']}] {g['text']}  gold {g[k]!r}  |  pred {p.get(k)!r}"
            for doc, k, g, p in where]
