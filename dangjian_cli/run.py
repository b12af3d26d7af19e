"""Run the pipeline over many inputs, in order, in one process or several.

Each input becomes a list of events: ``("doc", label, records, encoding)`` or
``("skip", label, reason)``. With ``jobs > 1`` the inputs are spread over
worker processes and the events come back in input order, so the output is
byte for byte the same as with one process.
"""
from __future__ import annotations

from typing import Iterable, Iterator

import re
from dataclasses import dataclass

from .sources import CorpusOptions, Document, read_input


@dataclass(frozen=True)
class RunOptions:
    corpus: CorpusOptions = CorpusOptions()
    categories: frozenset = frozenset()
    keep_text: bool = False      # send the decoded text back (for --dump-text)
    with_info: bool = False      # document facts for the store (title, date, script …)
    render: bool = False         # workers send JSON Lines text, not dicts (the parent only writes)


def iter_events(item) -> Iterator[tuple]:
    """Events of one input, as its documents (or blocks of a large file) are read:
    ``("doc", label, records, encoding, text or None, first block?)`` or
    ``("skip", label, reason)``."""
    label, path, error, opts = item
    corpus, categories = opts.corpus, opts.categories
    from .pipeline import iter_records
    for doc in read_input(label, path, error, corpus):
        if isinstance(doc, Document):
            try:
                recs = list(iter_records(doc.text, doc.doc, doc.base, doc.base_line, doc.head))
            except Exception as exc:  # a bug of ours must not lose the run
                yield ("skip", doc.doc, f"internal error while extracting ({exc.__class__.__name__}: {exc})")
                continue
            if categories:
                recs = [r for r in recs if r["category"] in categories]
            if opts.render:
                from .output import dumps
                recs = [dumps(r) for r in recs]
            info = document_info(doc) if opts.with_info else None
            yield ("doc", doc.doc, recs, doc.encoding, doc.text if opts.keep_text else None, doc.first, info)
        else:
            yield ("skip", doc.doc, doc.reason)


def extract_input(item) -> list[tuple]:
    return list(iter_events(item))


_DATE = re.compile(r"((?:19|20)\d{2})[-年/.](\d{1,2})[-月/.](\d{1,2})日?")


def document_info(doc: Document) -> dict:
    """Facts about a document for the store: title, date, script, place."""
    import hashlib
    from .context import Context
    from .normalise import normalise, _maybe_traditional
    text = doc.text if doc.first else (doc.head or "")
    head = text[:600]
    title = next((ln.strip() for ln in head.splitlines() if ln.strip()), "")[:80] or None
    m = _DATE.search(head)
    date = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
    data = doc.text.encode("utf-8")
    return {"doc": doc.doc, "encoding": doc.encoding, "title": title, "date": date,
            "script": "traditional" if _maybe_traditional(head) else "simplified",
            "place": Context(normalise(head).text).doc_place(),
            "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def run(inputs: Iterable[tuple], opts: RunOptions, jobs: int = 1, stdin: bool = False) -> Iterator[tuple]:
    """Events of all inputs in order, each input closed by ``("end", label, path)``.

    ``inputs`` is consumed lazily with one process; ``stdin`` (the inputs hold
    ``-``) keeps the work in this process, which owns standard input."""
    items = ((label, path, error, opts) for label, path, error in inputs)
    if jobs <= 1 or stdin:
        for item in items:
            yield from iter_events(item)
            yield ("end", item[0], item[1])
        return
    import multiprocessing as mp
    ctx = mp.get_context("fork") if hasattr(mp, "get_context") else mp
    with ctx.Pool(jobs) as pool:
        for label, path, events in pool.imap(_extract_with_label, items, chunksize=4):
            yield from events
            yield ("end", label, path)


def _extract_with_label(item) -> tuple:
    return item[0], item[1], extract_input(item)
