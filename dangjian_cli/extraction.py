"""Extract claims from files, folders and standard input, and write them out:
what ``dangjian extract`` does, as one call.

>>> import io, os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with open(os.path.join(folder, "a.txt"), "w", encoding="utf-8") as fh:
...     _ = fh.write("全县509个党组织、1.2万余名党员。")
>>> out = io.StringIO()
>>> tally = extract([folder], out=out)
>>> tally.line(), out.getvalue().count("\\n")
('1 read, 0 skipped, 2 claims', 2)
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO

from .output import AtomicFile, JsonlWriter, JsonWriter, make_writer, write_records
from .run import Doc, Event, RunOptions, Tally, run
from .sources import CorpusOptions, iter_inputs
from .walk import WalkOptions


@dataclass
class Options:
    """How to extract: what to keep, how many processes, how to read corpora and folders."""
    categories: frozenset = frozenset()
    jobs: int = 1
    corpus: CorpusOptions = field(default_factory=CorpusOptions)
    walk: WalkOptions = field(default_factory=WalkOptions)
    dump_text: bool = False          # write each document's decoded text instead of claims
    fail_fast: bool = False          # stop at the first input that cannot be read


def events(paths: list[str], options: Options | None = None, store=None, render: bytes = b"") -> Iterator[Event]:
    """The run's events over ``paths``: into ``store`` (a :class:`~dangjian_cli.store.Store`,
    new and changed files only) when one is given."""
    o = options or Options()
    opts = RunOptions(o.corpus, frozenset(o.categories), o.dump_text, store is not None, render)
    if store is not None:
        return store.extract(paths, opts, o.jobs, o.walk)
    return run(iter_inputs(list(paths), o.walk), opts, o.jobs, stdin="-" in paths)


def extract(paths: list[str], output: str | None = None, fmt: str = "jsonl", options: Options | None = None,
            store=None, out: IO[str] | None = None,
            on_event: Callable[[Event], None] | None = None, tally: Tally | None = None,
            before_output: Callable[[], None] | None = None, auto: bool = False) -> Tally:
    """Extract the claims under ``paths`` and write them in ``fmt`` to ``output`` (a
    file, written whole or not at all), or ``out`` (a text stream; standard output
    by default), or nowhere when only a ``store`` is written. ``on_event`` sees each
    event as it comes (for messages and progress); ``before_output`` is called
    before a table is printed (to clear a progress bar). ``auto``: the format was
    chosen for the terminal, and a table may turn into JSON Lines when it grows too
    long. The counts are returned (and kept in ``tally`` when one is given, so they
    survive an interruption)."""
    o = options or Options()
    tally = tally if tally is not None else Tally()
    write_out = store is None or output is not None
    # JSON is rendered a document at a time where records are made (in the workers
    # with several jobs): this process then only writes bytes
    render = fmt in ("jsonl", "json") and write_out and store is None and not o.dump_text
    sep = (JsonlWriter if fmt == "jsonl" else JsonWriter).separator if render else b""

    def counted(evs: Iterable[Event]) -> Iterator[Event]:
        for ev in evs:
            tally.add(ev)
            if on_event is not None:
                on_event(ev)
            yield ev
            if o.fail_fast and tally.skipped:
                return

    evs = counted(events(paths, o, store, sep))
    if not write_out:
        for _ in evs:
            pass
    elif fmt in ("xlsx", "parquet"):
        write_records((r for ev in evs if isinstance(ev, Doc) for r in _records(ev)), output, fmt)
    else:
        with (AtomicFile(output) if output and output != "-" else _Stream(out or sys.stdout)) as fh:
            _write(evs, fh, fmt, o.dump_text, render, before_output, auto)
    return tally


def _records(ev: Doc) -> list[dict]:
    assert isinstance(ev.records, list)        # not rendered: asked for records
    return ev.records


def _write(evs: Iterable[Event], fh: IO[str], fmt: str, dump_text: bool, render: bool,
           before_output: Callable[[], None] | None = None, auto: bool = False) -> None:
    if dump_text:
        for ev in evs:
            if isinstance(ev, Doc):
                fh.write(f"==> {ev.label} <==\n{ev.text}\n\n")
        return
    writer = make_writer(fmt, fh, auto=auto, on_switch=before_output)
    try:
        for ev in evs:
            if not isinstance(ev, Doc):
                continue
            if render:
                assert isinstance(writer, (JsonlWriter, JsonWriter)) and not isinstance(ev.records, list)
                writer.write_block(ev.records)
            else:
                for rec in _records(ev):
                    writer.write(rec)
    finally:
        if before_output is not None:
            before_output()
        writer.close()


class _Stream:
    """A text stream the caller owns, used like an output file (not closed)."""

    def __init__(self, fh: IO[str]):
        self.fh = fh

    def __enter__(self) -> IO[str]:
        return self.fh

    def __exit__(self, *exc) -> None:
        return None
