"""Run the pipeline over many inputs, in order, in one process or several.

Each input becomes a list of events: ``("doc", label, records, encoding)`` or
``("skip", label, reason)``. With ``jobs > 1`` the inputs are spread over
worker processes and the events come back in input order, so the output is
byte for byte the same as with one process.
"""
from __future__ import annotations

from typing import Iterable, Iterator, NamedTuple

import re
from dataclasses import dataclass

from .sources import CorpusOptions, Document, read_input


@dataclass(frozen=True)
class RunOptions:
    corpus: CorpusOptions = CorpusOptions()
    categories: frozenset = frozenset()
    keep_text: bool = False      # send the decoded text back (for --dump-text)
    with_info: bool = False      # document facts for the store (title, date, script …)
    # each document's records are sent as one block of UTF-8 JSON joined by
    # this separator (b"\n" for JSON Lines, b",\n" inside an array), not as
    # dicts: with several workers the parent then only writes bytes
    render: bytes = b""


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
                recs = iter_records(doc.text, doc.doc, doc.base, doc.base_line, doc.head)
                if categories:
                    recs = (r for r in recs if r["category"] in categories)
                if opts.render:     # rendered as they come, never all held as dicts
                    from .output import render_block
                    recs = Block(*render_block(recs, opts.render))
                else:
                    recs = list(recs)
            except Exception as exc:  # a bug of ours must not lose the run
                yield ("skip", doc.doc, f"internal error while extracting ({exc.__class__.__name__}: {exc})")
                continue
            info = document_info(doc) if opts.with_info else None
            yield ("doc", doc.doc, recs, doc.encoding, doc.text if opts.keep_text else None, doc.first, info)
        else:
            yield ("skip", doc.doc, doc.reason)


class Block(NamedTuple):
    """A document's records rendered as one piece of UTF-8 JSON."""
    n: int
    data: bytes

    def __len__(self) -> int:       # counts as its records
        return self.n


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
    if jobs <= 1 or stdin:
        for label, path, error in inputs:
            yield from iter_events((label, path, error, opts))
            yield ("end", label, path)
        return
    yield from _parallel(inputs, opts, jobs)


#: inputs handed to a worker at a time, chunks queued per worker, and chunks
#: dealt but not yet written, per worker (results held back for their turn)
CHUNK = 8
AHEAD = 3
WINDOW = 8


def _parallel(inputs: Iterable[tuple], opts: RunOptions, jobs: int) -> Iterator[tuple]:
    """Chunks of inputs spread over ``jobs`` worker processes; events come out
    in input order.

    Each worker keeps a few chunks queued, so none waits for work, and its
    results are read as soon as they are sent, from whichever worker sends
    first: a worker that is ahead is never held up by one that is behind (a
    result larger than the pipe's buffer would block it until the parent read
    it). Results that arrive early wait here for their turn; the chunks dealt
    but not yet written are bounded (``WINDOW`` per worker), so memory stays
    flat even when one input takes far longer than the rest.

    Not multiprocessing.Pool: its worker-handler thread wakes on every result
    and spun a quarter of a core here, taking CPU from the workers."""
    import gc
    import multiprocessing as mp
    from collections import deque
    from itertools import islice
    from multiprocessing.connection import wait
    # imported (and its patterns compiled) once here, inherited by forked workers
    import importlib
    importlib.import_module(f"{__package__}.pipeline")
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # what the workers inherit is moved out of the collector's sight: its passes
    # would write to every inherited object and copy the pages they are on
    gc.freeze()
    conns, procs = [], []
    try:
        for _ in range(jobs):
            parent, child = ctx.Pipe()
            p = ctx.Process(target=_worker, args=(child, opts), daemon=True)
            p.start()
            child.close()
            conns.append(parent)
            procs.append(p)
        it = iter(inputs)
        pending: list[deque[int]] = [deque() for _ in range(jobs)]  # chunk numbers each worker holds
        done: dict[int, list] = {}      # results that came before their turn
        dealt = emitted = 0
        exhausted = False

        def deal(w: int) -> bool:
            """Send worker ``w`` the next chunk, if there is one and the window allows."""
            nonlocal dealt, exhausted
            if exhausted or dealt - emitted >= WINDOW * jobs:
                return False
            chunk = list(islice(it, CHUNK))
            if not chunk:
                exhausted = True
                return False
            conns[w].send(chunk)
            pending[w].append(dealt)
            dealt += 1
            return True

        for _ in range(AHEAD):
            for w in range(jobs):
                deal(w)
        while emitted < dealt:
            busy = [conns[w] for w in range(jobs) if pending[w]]
            for conn in wait(busy):
                w = conns.index(conn)
                try:
                    results = conn.recv()
                except EOFError:
                    raise RuntimeError(f"worker process {w + 1} of {jobs} died "
                                       f"(exit code {procs[w].exitcode})") from None
                done[pending[w].popleft()] = results
            while emitted in done:
                results = done.pop(emitted)
                emitted += 1
                for label, path, events in results:
                    yield from events
                    yield ("end", label, path)
            for w in range(jobs):       # top up every worker, as far as the window allows
                while len(pending[w]) < AHEAD and deal(w):
                    pass
    finally:
        gc.unfreeze()
        for c in conns:
            try:
                c.send(None)
            except (OSError, ValueError):
                pass
        for p in procs:
            p.join(timeout=1)
            if p.is_alive():
                p.terminate()
                p.join()
        for c in conns:
            c.close()


def _worker(conn, opts: RunOptions) -> None:
    """A worker: extract each chunk of inputs sent, send back its events."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the parent handles Ctrl-C
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        try:
            conn.send([(label, path, extract_input((label, path, error, opts)))
                       for label, path, error in chunk])
        except (BrokenPipeError, EOFError):
            return
