"""The pipeline: read → normalise → find candidates → resolve → classify → attach context.

``extract_text`` is the library entry point: the same records the CLI prints.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from .candidates import find_candidates
from .classify import _MONEY, classify, head_noun, is_change, money_category
from .context import Context
from .normalise import normalise
from .record import doc_key, record
from .resolve import resolve
from .tables import PERSON_CUES

if TYPE_CHECKING:
    from .models import Claim



def iter_claims(original: str, doc: str = "-", base: int = 0, base_line: int = 0,
                head: str | None = None) -> Iterator[Claim]:
    """Yield the claims of one decoded document, in text order, as validated models."""
    from .models import Claim  # pydantic: imported only by callers that validate
    for rec in iter_records(original, doc, base, base_line, head):
        yield Claim.from_record(rec)


def iter_records(original: str, doc: str = "-", base: int = 0, base_line: int = 0,
                 head: str | None = None) -> Iterator[dict]:
    """Yield the claim records of one decoded document, in text order.

    ``base``/``base_line`` place a block of a large file inside the whole file,
    and ``head`` is that file's opening text (for document-wide context)."""
    if not original:
        return
    norm = normalise(original)
    text = norm.text
    # no deletions: offsets in the normalised text are offsets in the original
    span = norm.span if len(norm.norm_starts) > 1 else None
    ctx = Context(text, None if head is None else normalise(head).text)
    # line numbers counted as claims come, in text order: linear in the text
    line_pos = line_no = 0
    seen_sentence: dict[int, list[tuple[str, str]]] = {}
    key = doc_key(doc)
    for cand in find_candidates(text):
        if ctx.is_furniture(cand.start):
            continue
        res = resolve(text, cand)
        if res is None:
            continue
        s_start, s_end = ctx.sentence_bounds(cand.start)
        unit = res.unit
        if cand.kind == "bare":
            if _has_money_cue(text, cand.start, s_start):
                unit = "yuan"
                cat, subject = money_category(text, cand.start, cand.end, s_end)
            elif any(w in text[max(s_start, cand.start - 8):cand.start] for w in PERSON_CUES):
                unit, cat, subject = "person", "people", "人口"
            else:
                continue
        else:
            if unit == "count" and _bare_small_count(cand, text, res.end):
                continue
            previous = seen_sentence.get(s_start)
            cat, subject = classify(text, res.start, res.end, unit, res.measure, s_end, previous or ())
        seen_sentence.setdefault(s_start, []).append((unit, cat))
        if span is None:
            ostart, oend, sent_s, sent_e = res.start, res.end, s_start, s_end
        else:
            ostart, oend = span(res.start, res.end)
            sent_s, sent_e = span(s_start, s_end)
        place, year = ctx.place_year(cand.start, s_start, s_end)
        if ostart >= line_pos:
            line_no += original.count("\n", line_pos, ostart)
        else:                                   # never expected; stay exact anyway
            line_no = original.count("\n", 0, ostart)
        line_pos = ostart
        yield record(key, doc, ostart + base, oend + base, original[ostart:oend], res.value,
                     res.value_max, unit, res.qualifier, cat, subject, is_change(text, res.start),
                     place, year, original[sent_s:sent_e], line_no + 1 + base_line)


def _bare_small_count(cand, text: str, end: int) -> bool:
    """A small Chinese count (七套, 三个) with no counted noun after it is a name
    or an idiom far more often than a claim (央视七套, 三个一)."""
    num = cand.group("num")
    if cand.kind != "num" or num is None or len(num) != 1 or num.isdigit():
        return False
    return head_noun(text, end, end)[2] != "after"


def _has_money_cue(text: str, start: int, s_start: int) -> bool:
    return _MONEY.search(text, max(s_start, start - 12), start) is not None


def extract_text(text: str, doc: str = "-") -> list["Claim"]:
    """All claims in ``text``, as the CLI prints them for a document named ``doc``.

    >>> [(c.text, c.value, c.unit, c.category) for c in extract_text("全县509个党组织、1.2万余名党员")]
    [('509个', 509.0, 'count', 'party_organizations'), ('1.2万余名', 12000.0, 'person', 'party_members')]
    """
    return list(iter_claims(text, doc))
