"""Run the pipeline over many inputs, in order, in one process or several.

Each input becomes events: a :class:`Doc` for each document read (its records),
a :class:`Skip` for what could not be read (with the reason), and an :class:`End`
when the input is done. With ``jobs > 1`` the inputs are spread over worker
processes and the events come back in input order, so the output is byte for
byte the same as with one process.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import NamedTuple
from collections.abc import Iterable, Iterator

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


class Block:
    """A document's records rendered as one piece of UTF-8 JSON."""
    __slots__ = ("n", "data")

    def __init__(self, n: int, data: bytes):
        self.n, self.data = n, data

    def __len__(self) -> int:       # counts as its records
        return self.n

    def __eq__(self, other) -> bool:
        return isinstance(other, Block) and (self.n, self.data) == (other.n, other.data)

    def __reduce__(self):
        return Block, (self.n, self.data)


class Doc(NamedTuple):
    """One document read (or one block of a large file) and its records."""
    label: str
    records: list[dict] | Block
    encoding: str
    text: str | None        # the decoded text, when asked for (--dump-text)
    first: bool             # the first (or only) block of its file: a new document
    info: dict | None       # facts for the store (title, date, place …), when asked for
    chars: int = 0          # characters of its text (for progress)


class Skip(NamedTuple):
    """An input, or a part of one, that could not be read, and why."""
    label: str
    reason: str


class End(NamedTuple):
    """Everything of one input has been sent."""
    label: str
    path: str | None


class Unchanged(NamedTuple):
    """An input passed over: its content and the extractor are those already in the store."""
    label: str


Event = Doc | Skip | End | Unchanged


@dataclass
class Tally:
    """What a run did, counted from its events: the last line on stderr."""
    read: int = 0
    skipped: int = 0
    claims: int = 0
    unchanged: int = 0
    failed_output: bool = False

    def add(self, ev: Event) -> None:
        if isinstance(ev, Doc):
            if ev.first:                # a large file's later blocks are not new files
                self.read += 1
            self.claims += len(ev.records)
        elif isinstance(ev, Skip):
            self.skipped += 1
        elif isinstance(ev, Unchanged):
            self.unchanged += 1

    def line(self, with_store: bool = False) -> str:
        """``5 read, 0 skipped, 139 claims`` (and ``, 2 unchanged`` with a store)."""
        return (f"{self.read} read, {self.skipped} skipped, {self.claims} claims"
                + (f", {self.unchanged} unchanged" if with_store else ""))


def iter_events(item) -> Iterator[Event]:
    """Events of one input, as its documents (or blocks of a large file) are read."""
    label, path, error, opts = item
    for doc in read_input(label, path, error, opts.corpus):
        yield document_event(doc, opts)


def document_event(doc, opts: RunOptions) -> Event:
    """The event of one document read (or of one that could not be read)."""
    if not isinstance(doc, Document):
        return Skip(doc.doc, doc.reason)
    from .pipeline import iter_records
    categories = opts.categories
    recs: list[dict] | Block
    try:
        made = iter_records(doc.text, doc.doc, doc.base, doc.base_line, doc.head, doc.lo, doc.hi,
                            title=doc.title, date=doc.date)
        if categories:
            made = (r for r in made if r["category"] in categories)
        if opts.render:     # rendered as they come, never all held as dicts
            from .output import render_block
            recs = Block(*render_block(made, opts.render))
        else:
            recs = list(made)
    except Exception as exc:  # a bug of ours must not lose the run
        return Skip(doc.doc, f"internal error while extracting ({exc.__class__.__name__}: {exc})")
    info = document_info(doc) if opts.with_info else None
    window = len(doc.text) if doc.hi is None else doc.hi - doc.lo
    return Doc(doc.doc, recs, doc.encoding, doc.text if opts.keep_text else None, doc.first, info, window)


def extract_input(item) -> list[Event]:
    return list(iter_events(item))


def document_info(doc: Document) -> dict:
    """Facts about a document for the store: its title, date and place (the
    document model's), script, encoding, hash and size."""
    import hashlib

    from .document import Document as Model
    from .normalise import _maybe_traditional, normalise
    head = doc.text if doc.first else (doc.head or "")
    model = Model(normalise(head[:20000]).text, title=doc.title and normalise(doc.title).text, date=doc.date)
    place = model.place.name if model.place is not None else None
    data = doc.text.encode("utf-8", "surrogatepass")
    return {"doc": doc.doc, "encoding": doc.encoding, "title": model.title, "date": model.date,
            "script": "traditional" if _maybe_traditional(head[:600]) else "simplified",
            "place": place, "sha256": hashlib.sha256(data).hexdigest(), "bytes": len(data)}


def run(inputs: Iterable[tuple], opts: RunOptions, jobs: int = 1, stdin: bool = False) -> Iterator[Event]:
    """Events of all inputs in order, each input closed by an :class:`End`.

    ``inputs`` is consumed lazily with one process; ``stdin`` (the inputs hold
    ``-``) keeps the work in this process, which owns standard input."""
    if jobs <= 1 or stdin:
        for label, path, error in inputs:
            yield from iter_events((label, path, error, opts))
            yield End(label, path)
        return
    yield from _parallel(inputs, opts, jobs)


#: inputs handed to a worker at a time, chunks queued per worker, and chunks
#: dealt but not yet written, per worker (results held back for their turn)
CHUNK = 8
AHEAD = 3
WINDOW = 8
#: the documents of one file read as many (a JSON Lines corpus, a large file in
#: blocks) are dealt this many, or this many characters of text, at a time; and
#: the text dealt and not yet written is held to this many characters per worker
DOCS = 32
CHARS = 1_000_000
WINDOW_CHARS = 2 * CHARS


def _plan(inputs: Iterable[tuple], opts: RunOptions) -> Iterator[tuple[str, list, int]]:
    """The work, in input order: ``("files", inputs, 0)`` for a worker to read
    and extract, ``("docs", documents, characters)`` read here for a worker to
    extract, ``("ready", events, 0)`` for no worker.

    Files read as many documents are read here, so that their documents are
    spread over the workers like files are and none of them is held whole."""
    from .sources import many_documents
    files: list[tuple] = []
    for label, path, error in inputs:
        if error is None and path is not None and many_documents(path):
            if files:
                yield "files", files, 0
                files = []
            docs, chars = [], 0
            for doc in read_input(label, path, None, opts.corpus):
                docs.append(doc)
                chars += len(doc.text) if isinstance(doc, Document) else 0
                if len(docs) >= DOCS or chars >= CHARS:
                    yield "docs", docs, chars
                    docs, chars = [], 0
            if docs:
                yield "docs", docs, chars
            yield "ready", [End(label, path)], 0
            continue
        files.append((label, path, error))
        if len(files) >= CHUNK:
            yield "files", files, 0
            files = []
    if files:
        yield "files", files, 0


def _parallel(inputs: Iterable[tuple], opts: RunOptions, jobs: int) -> Iterator[Event]:
    """The work of :func:`_plan` spread over ``jobs`` worker processes; events
    come out in input order.

    Each worker keeps a few chunks queued, so none waits for work, and its
    results are read as soon as they are sent, from whichever worker sends
    first: a worker that is ahead is never held up by one that is behind (a
    result larger than the pipe's buffer would block it until the parent read
    it). Results that arrive early wait here for their turn; the chunks dealt
    but not yet written are bounded (``WINDOW`` per worker, and ``WINDOW_CHARS``
    of text per worker), so memory stays flat even when one input takes far
    longer than the rest.

    Not multiprocessing.Pool: its worker-handler thread wakes on every result
    and spun a quarter of a core here, taking CPU from the workers."""
    import gc
    import multiprocessing as mp
    from collections import deque
    from multiprocessing.connection import Connection, wait
    # imported (and its patterns compiled) once here, inherited by forked workers
    import importlib
    importlib.import_module(f"{__package__}.pipeline")
    ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else mp.get_context()
    # what the workers inherit is moved out of the collector's sight: its passes
    # would write to every inherited object and copy the pages they are on
    gc.freeze()
    conns: list[Connection] = []
    procs: list = []
    try:
        for _ in range(jobs):
            parent, child = ctx.Pipe()
            # a forked worker closes the parent's ends of the pipes it inherits: held
            # open there, they would keep it from seeing the parent go (killed, it
            # never says so) and it would wait for work for ever
            p = ctx.Process(target=_worker, args=(child, opts, conns + [parent], os.getpid()), daemon=True)
            p.start()
            child.close()
            conns.append(parent)
            procs.append(p)
        plan = _plan(inputs, opts)
        pending: list[deque[int]] = [deque() for _ in range(jobs)]  # work numbers each worker holds
        done: dict[int, list] = {}      # events that came before their turn
        chars_of: dict[int, int] = {}   # text of the work dealt and not yet written
        dealt = emitted = chars = 0
        exhausted = False

        def deal(w: int) -> bool:
            """Send worker ``w`` the next work, if there is some and the window allows."""
            nonlocal dealt, exhausted, chars
            while not exhausted and dealt - emitted < WINDOW * jobs and chars < WINDOW_CHARS * jobs:
                work = next(plan, None)
                if work is None:
                    exhausted = True
                    break
                kind, payload, n = work
                seq, dealt = dealt, dealt + 1
                if kind == "ready":
                    done[seq] = payload
                    continue
                conns[w].send((kind, payload))
                pending[w].append(seq)
                chars_of[seq] = n
                chars += n
                return True
            return False

        while True:
            while emitted in done:
                events = done.pop(emitted)
                chars -= chars_of.pop(emitted, 0)
                emitted += 1
                yield from events
            for w in range(jobs):       # top up every worker, as far as the window allows
                while len(pending[w]) < AHEAD and deal(w):
                    pass
            if emitted in done:
                continue
            if emitted == dealt:        # all written, nothing more to deal
                break
            for ready in wait([conns[w] for w in range(jobs) if pending[w]]):
                w = conns.index(ready)          # type: ignore[arg-type]  # one of conns
                conn = conns[w]
                try:
                    results = conn.recv()
                except EOFError:
                    raise RuntimeError(f"worker process {w + 1} of {jobs} died "
                                       f"(exit code {procs[w].exitcode})") from None
                done[pending[w].popleft()] = results
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


def _die_with(parent: int) -> None:
    """End this worker as soon as its parent is gone, whatever it is doing (a
    worker deep in a large document never looks at its pipe): the kernel's
    parent-death signal where there is one, and a watchdog thread everywhere."""
    import signal
    import threading
    import time
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)          # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:                 # it went before the signal was set
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def _worker(conn, opts: RunOptions, parents_ends=(), parent: int | None = None) -> None:
    """A worker: extract each chunk of work sent (inputs to read, or documents
    read), send back its events."""
    import queue
    import signal
    import threading
    if parent is not None:
        _die_with(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # the parent handles Ctrl-C
    for end in parents_ends:
        end.close()
    # work is taken off the pipe as soon as it comes, by a thread: documents sent
    # can outgrow the pipe's buffer, and the parent, blocked sending them while
    # this worker was blocked sending results, would never read those results
    inbox: queue.SimpleQueue = queue.SimpleQueue()

    def take() -> None:
        while True:
            try:
                work = conn.recv()
            except (EOFError, OSError):
                work = None
            inbox.put(work)
            if work is None:
                return
    threading.Thread(target=take, daemon=True).start()
    while True:
        chunk = inbox.get()
        if chunk is None:
            return
        kind, payload = chunk
        if kind == "files":
            events = []
            for label, path, error in payload:
                events += extract_input((label, path, error, opts))
                events.append(End(label, path))
        else:
            events = [document_event(doc, opts) for doc in payload]
        try:
            conn.send(events)
        except (BrokenPipeError, EOFError):
            return
