"""The command line: a thin click layer over the library.

Each command turns its options into the library's objects and calls one of
its functions; what a command does, the library can do from Python.

Exit status: 0 when every input was read, 1 when some were skipped (each named
on stderr with the reason) or an output could not be written, 2 for a usage
error, 130 when interrupted.
"""
from __future__ import annotations

import os
import sys

import click

from . import __version__
from .record import CATEGORIES, FIELDS, QUALIFIERS, UNITS


def _err(msg: str) -> None:
    click.echo(f"dangjian: {msg}", err=True)


def output_options(f):
    """The same output options on every subcommand that prints records."""
    f = click.option("-o", "--output", type=click.Path(allow_dash=True),
                     help="Write to FILE instead of standard output (written whole or not at all); "
                          "with --dask, the folder of the part files.")(f)
    f = click.option("--format", "fmt", type=click.Choice(("auto", "jsonl", "json", "csv", "table",
                                                            "xlsx", "parquet")),
                     default="auto", show_default=True,
                     help="auto: from -o's extension, else a table on a terminal and JSON Lines in a pipe.")(f)
    return f


def filter_options(f):
    """The filter options shared by query, filter and export."""
    opts = [
        click.option("--category", "categories", multiple=True, type=click.Choice(CATEGORIES),
                     help="Keep this category (repeatable)."),
        click.option("--unit", type=click.Choice(UNITS), help="Keep this unit."),
        click.option("--qualifier", type=click.Choice(QUALIFIERS), help="Keep this qualifier."),
        click.option("--subject", help="Keep this subject (exact)."),
        click.option("--place", help="Keep claims whose place contains this text."),
        click.option("--province", help="Keep claims in this province (its name, or part of it)."),
        click.option("--city", help="Keep claims in this prefecture-level city (its name, or part of it)."),
        click.option("--county", help="Keep claims in this county-level division (its name, or part of it)."),
        click.option("--adcode", help="Keep claims in this division code (130921; 130900 for all of the city)."),
        click.option("--year", type=int, help="Keep this year."),
        click.option("--year-from", "year_from", type=int, help="Keep periods starting in this year."),
        click.option("--per/--no-per", default=None, help="Keep only rates (每村, 人均) / only totals."),
        click.option("--doc", help="Keep documents matching this glob (seeds/00*)."),
        click.option("--min", "min_value", type=float, help="Keep values of at least this."),
        click.option("--max", "max_value", type=float, help="Keep values of at most this."),
        click.option("--change/--no-change", default=None, help="Keep only changes / only non-changes."),
        click.option("--contains", help="Keep claims whose text or sentence contains this."),
        click.option("--sort", help="Sort by a field; -field for descending (buffers the claims)."),
        click.option("--limit", type=click.IntRange(0), help="At most this many claims."),
    ]
    for o in reversed(opts):
        f = o(f)
    return f


def _make_filter(kw: dict):
    from .query import ClaimFilter
    sort = kw.pop("sort", None)
    limit = kw.pop("limit", None)
    if sort and sort.lstrip("-") not in FIELDS:
        raise click.BadParameter(f"{sort!r} is not a field; one of: {', '.join(FIELDS)}",
                                 param_hint="'--sort'")
    kw["categories"] = set(kw.pop("categories") or ())
    return ClaimFilter(**kw), sort, limit


def _output_format(fmt: str, output: str | None) -> str:
    """The format to write, checked before any work is done (a usage error otherwise)."""
    from .output import missing_extra, resolve_format
    fmt = resolve_format(fmt, output, sys.stdout.isatty())
    hint = missing_extra(fmt)
    if hint:
        raise click.UsageError(hint)
    if fmt in ("xlsx", "parquet") and not (output and output != "-"):
        raise click.UsageError(f"{fmt} is written to a file: give -o FILE.{fmt}")
    if output and output != "-":
        folder = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(folder):
            raise click.UsageError(f"{output}: cannot write: no such folder {folder}")
        if os.path.isdir(output):
            raise click.UsageError(f"{output}: cannot write: is a folder")
    return fmt


def _not_an_input(output: str | None, sources) -> None:
    """Refuse an output that would replace one of the run's own inputs or stores."""
    from .output import same_file
    if not output or output == "-" or not os.path.exists(output):
        return
    for src in sources:
        if src != "-" and os.path.isfile(src) and same_file(src, output):
            raise click.UsageError(f"{output}: is one of the inputs; write the output elsewhere")
        if os.path.isdir(src):
            real_out, real_src = os.path.realpath(output), os.path.realpath(src)
            from .sources import ALL_SUFFIXES
            if real_out.startswith(real_src + os.sep) and real_out.lower().endswith(ALL_SUFFIXES):
                raise click.UsageError(f"{output}: is inside the input folder {src}; write the output elsewhere")


def _write(records, output, fmt, fields=FIELDS, **kw) -> int:
    """Write records; a reader that went away ends the run quietly, a failed
    output file is one line and exit 1."""
    from .output import OutputError, write_records
    try:
        return write_records(records, output, fmt, fields, **kw)
    except BrokenPipeError:
        _quiet_exit()
    except OutputError as exc:
        _err(str(exc))
        sys.exit(1)
    return 0


def _quiet_exit() -> None:
    # the reader (head, jq …) went away: stop quietly
    try:
        sys.stdout = open(os.devnull, "w")
    finally:
        sys.exit(0)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dangjian")
def main():
    """Typed quantitative claims from Chinese Party-building work reports."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@output_options
@click.option("--category", "categories", multiple=True, type=click.Choice(CATEGORIES),
              help="Keep only claims of this category (repeatable).")
@click.option("--db", type=click.Path(dir_okay=False),
              help="Write documents and claims into this SQLite store (incremental: unchanged files are skipped).")
@click.option("--prune", is_flag=True, help="With --db: remove from the store the files that no longer exist.")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes; output order and bytes are the same as with one.")
@click.option("--text-field", default="text", show_default=True, help="Text field of .jsonl corpus lines.")
@click.option("--id-field", default="id", show_default=True, help="Id field of .jsonl corpus lines.")
@click.option("--dump-text", is_flag=True,
              help="Print the decoded text of each document (what offsets refer to) instead of claims.")
@click.option("--exclude", multiple=True, metavar="GLOB",
              help="Leave out what this gitignore-style glob names under a folder (*.bak, drafts/); repeatable.")
@click.option("--hidden", is_flag=True, help="Read hidden files and folders (.name) under a folder too.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that cannot be read.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no final count on stderr.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on a Dask cluster (tcp://host:8786, or local:N for N worker processes here); "
                   "each worker writes part files into the folder -o names; a rerun resumes.")
def extract(paths, output, fmt, categories, db, prune, jobs, text_field, id_field, dump_text,
            exclude, hidden, fail_fast, quiet, dask_address):
    """Extract claims from report files, folders (recursive: .txt .md .html .docx .pdf .jsonl …) or - (stdin)."""
    from .extraction import Options, extract as run_extraction
    from .output import OutputError
    from .sources import CorpusOptions
    from .store import Store, StoreError
    from .walk import WalkOptions

    if paths.count("-") > 1:
        raise click.UsageError("standard input (-) can be given once")
    if dask_address:
        _extract_dask(paths, output, fmt, categories, db, dump_text, text_field, id_field, exclude, hidden,
                      quiet, dask_address)
        return
    if prune and not db:
        raise click.UsageError("--prune goes with --db")
    auto = fmt == "auto" and not output
    fmt = _output_format(fmt, output) if (db is None or output is not None) and not dump_text else "jsonl"
    _not_an_input(output, paths + ((db,) if db else ()))
    if db and output and os.path.exists(db) and os.path.exists(output) and _same(db, output):
        raise click.UsageError(f"{output}: is the store; write the output elsewhere")
    options = Options(frozenset(categories), jobs, CorpusOptions(text_field, id_field),
                      WalkOptions(hidden=hidden, exclude=tuple(exclude)), dump_text, fail_fast)
    store = None
    if db:
        try:
            store = Store(db)
        except StoreError as exc:
            raise click.UsageError(str(exc)) from None
        if prune:
            for gone in store.prune():
                _err(f"{gone}: gone: its documents and claims were removed from the store")
    # JSON Lines or CSV streaming onto the same terminal would be broken up by a bar
    streams = output is None and not db and fmt != "table" and sys.stdout.isatty()
    progress = _Progress(quiet or streams, paths, options.walk)
    interrupted = failed = False
    from .run import Tally
    tally = Tally()
    try:
        run_extraction(list(paths), output, fmt, options, store, on_event=lambda ev: _report(ev, progress),
                       tally=tally, before_output=progress.stop, auto=auto)
    except KeyboardInterrupt:
        interrupted = True
    except BrokenPipeError:
        _quiet_exit()
    except (OutputError, StoreError) as exc:
        _err(str(exc))
        failed = True
    finally:
        progress.stop()
        if store is not None:
            store.close()
    if not quiet:
        _err(tally.line(db is not None) + (" (interrupted)" if interrupted else ""))
    if interrupted:
        sys.exit(130)
    sys.exit(1 if tally.skipped or failed else 0)


def _extract_dask(paths, output, fmt, categories, db, dump_text, text_field, id_field, exclude, hidden,
                  quiet, address) -> None:
    """``extract --dask``: parts written by the workers into the folder ``-o`` names."""
    from .dask import DaskError, extract_dask
    from .sources import CorpusOptions
    from .walk import WalkOptions
    if not output or output == "-":
        raise click.UsageError("--dask writes part files into a folder: give -o OUTDIR/")
    if db or dump_text or "-" in paths:
        raise click.UsageError("--dask goes with neither --db, --dump-text nor - (stdin)")
    if fmt not in ("auto", "jsonl", "parquet"):
        raise click.UsageError("--dask writes jsonl or parquet parts (--format jsonl|parquet)")
    fmt = "jsonl" if fmt == "auto" else fmt
    from .output import missing_extra
    hint = missing_extra(fmt)
    if hint:
        raise click.UsageError(hint)
    for p in paths:
        if "://" not in p and os.path.isdir(p) and os.path.realpath(output).startswith(os.path.realpath(p) + os.sep):
            raise click.UsageError(f"{output}: is inside the input folder {p}; write the parts elsewhere")
    bar = None
    if not quiet and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
        bar = Progress(TextColumn("[bold]parts"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                       console=Console(stderr=True), transient=True, redirect_stdout=False, redirect_stderr=False)
        task = bar.add_task("parts", total=None)
        bar.start()

    def on_result(res, done, total) -> None:
        for label, reason in res.skipped:
            line = f"dangjian: {label}: skipped: {reason}"
            bar.console.print(line, markup=False, highlight=False) if bar is not None else _err(line[10:])
        if bar is not None:
            bar.update(task, completed=done, total=total)

    try:
        result = extract_dask(list(paths), output, address, fmt, categories, CorpusOptions(text_field, id_field),
                              WalkOptions(hidden=hidden, exclude=tuple(exclude)), on_result=on_result)
    except DaskError as exc:
        if bar is not None:
            bar.stop()
        raise click.UsageError(str(exc)) from None
    except KeyboardInterrupt:
        if bar is not None:
            bar.stop()
        _err("interrupted: the parts written are kept; run the same command again to finish")
        sys.exit(130)
    if bar is not None:
        bar.stop()
    if not quiet:
        _err(f"{result.documents} read, {len(result.skipped)} skipped, {result.claims} claims"
             f" in {len(result.results)} parts ({result.reused} already done) → {output}")
    sys.exit(1 if result.skipped else 0)


def _same(a: str, b: str) -> bool:
    from .output import same_file
    return same_file(a, b)


def _report(ev, progress) -> None:
    """Name a skipped input on stderr, move the progress bar."""
    from .run import Skip
    if isinstance(ev, Skip):
        if progress.bar is not None:
            progress.bar.console.print(f"dangjian: {ev.label}: skipped: {ev.reason}", markup=False,
                                       highlight=False, soft_wrap=True)
        else:
            _err(f"{ev.label}: skipped: {ev.reason}")
    progress.event(ev)


class _Stdout:
    def __enter__(self):
        return sys.stdout

    def __exit__(self, *exc):
        return False


class _Progress:
    """Progress on a terminal (files, documents and bytes done of the whole), nothing
    on a pipe or with -q. The inputs are listed first so the bar has a total; a
    document read is counted by its text as it comes, so one large corpus file
    moves the bar too, and each file sets it to its real size when it ends."""

    def __init__(self, quiet: bool, paths=(), walk=None):
        self.bar = None
        if quiet or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (BarColumn, DownloadColumn, Progress, TextColumn, TimeRemainingColumn)
        from .sources import iter_inputs
        sizes = {}
        for label, path, error in iter_inputs([p for p in paths if p != "-"], walk):
            if path and not error:
                try:
                    sizes[label] = os.path.getsize(path)
                except OSError:
                    pass
        self.sizes = sizes
        self.files = self.docs = 0
        self.done = 0                   # bytes of the files ended
        self.in_file = 0                # estimated bytes read of the file under way
        self.bar = Progress(TextColumn("[bold]{task.fields[what]}"), BarColumn(), DownloadColumn(),
                            TimeRemainingColumn(), console=Console(stderr=True), transient=True,
                            redirect_stdout=False, redirect_stderr=False)
        self.task = self.bar.add_task("extract", total=sum(sizes.values()) or None,
                                      what=self._what())
        self.bar.start()

    def _what(self) -> str:
        return f"{self.files}/{len(self.sizes)} files, {self.docs} documents"

    def event(self, ev) -> None:
        if self.bar is None:
            return
        from .run import Doc, End
        if isinstance(ev, Doc):
            self.docs += ev.first
            # a document's text, as UTF-8 bytes of Chinese text (3 a character)
            self.in_file += 3 * ev.chars
            size = self.sizes.get(ev.label.split("#", 1)[0], self.in_file)
            self.bar.update(self.task, completed=self.done + min(self.in_file, size), what=self._what())
        elif isinstance(ev, End):
            self.files += 1
            self.done += self.sizes.get(ev.label, 0)
            self.in_file = 0
            self.bar.update(self.task, completed=self.done, what=self._what())

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


def _reader(sources, jobs: int = 1):
    from .claimsio import ClaimReader
    return ClaimReader(sources, jobs, on_error=_err)


def _store_errors(fn):
    """Run ``fn``; a store that cannot be read is a usage error (exit 2), in one line."""
    from .store import StoreError
    try:
        return fn()
    except StoreError as exc:
        raise click.UsageError(str(exc)) from None


@main.command()
@click.argument("sources", nargs=-1, required=True)
@output_options
@filter_options
def query(sources, output, fmt, **kw):
    """Query claims from stores (.sqlite), claim files (.jsonl/.json), - (claims on stdin) or reports.

    \b
    dangjian query claims.sqlite --category funds --min 1e7 --sort -value --limit 10
    """
    from .query import select
    flt, sort, limit = _make_filter(kw)
    auto = fmt == "auto"
    fmt = _output_format(fmt, output)
    _not_an_input(output, sources)
    reader = _reader(sources)
    _store_errors(lambda: _write(select(reader, flt, sort, limit), output, fmt, auto=auto))
    sys.exit(1 if reader.skipped else 0)


@main.command("filter")
@output_options
@filter_options
def filter_cmd(output, fmt, **kw):
    """Stream JSON Lines of claims from stdin to stdout, keeping those that pass.

    Constant memory (unless --sort); a malformed line is reported with its number and skipped.
    """
    from .claimsio import ClaimReader
    from .query import select
    flt, sort, limit = _make_filter(kw)
    if fmt == "auto" and not output:
        fmt = "jsonl"
    fmt = _output_format(fmt, output)
    reader = ClaimReader(["-"], on_error=_err)
    _write(select(reader, flt, sort, limit), output, fmt)
    sys.exit(1 if reader.skipped else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write (written under a temporary name, then renamed).")
@click.option("--to", "to", type=click.Choice(("csv", "jsonl", "json", "xlsx", "parquet")),
              help="Format; by default from the file's extension.")
@click.option("--excel", is_flag=True, help="CSV in UTF-8 with a BOM, so Excel on a Chinese Windows opens it.")
@filter_options
def export(sources, output, to, excel, **kw):
    """Export claims to CSV, JSON Lines, JSON, Excel (xlsx) or Parquet."""
    from .output import format_from_extension
    from .query import select
    to = to or format_from_extension(output)
    if to is None:
        raise click.UsageError(f"cannot tell the format of {output!r} from its extension; give --to")
    flt, sort, limit = _make_filter(kw)
    to = _output_format(to, output)
    _not_an_input(output, sources)
    reader = _reader(sources)
    extra = {"bom": True} if excel and to == "csv" else {}
    n = _store_errors(lambda: _write(select(reader, flt, sort, limit), output, to, **extra))
    _err(f"{n} claims written to {output}")
    sys.exit(1 if reader.skipped else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@output_options
@click.option("--by", type=click.Choice(("doc", "place", "province", "city", "county", "year", "category")),
              default="doc", show_default=True, help="One row per group of this field.")
def summary(sources, output, fmt, by):
    """One row per document, place, division, year or category: claims per category,
    money in yuan (over/about amounts kept apart from exact ones, rates never added),
    and the largest stated counts."""
    from .query import summarise
    reader = _reader(sources)
    reader.keep_documents = by == "doc"
    rows = _store_errors(lambda: summarise(reader, by, reader.documents))
    fmt = _output_format(fmt, output)
    if fmt == "table":
        cols = (by, *(("title",) if by == "doc" else ()), "claims", "funds_text", "income_text",
                "party_members_largest", "party_organizations_largest", "villages_largest")
    else:
        cols = tuple(rows[0]) if rows else (by, "claims")
    if fmt == "jsonl" and (output is None or output == "-") and not sys.stdout.isatty():
        fmt = "json"   # piped: one JSON array
    _write(rows, output, fmt, cols)
    sys.exit(1 if reader.skipped else 0)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@output_options
@click.option("--status", "statuses", multiple=True, type=click.Choice(("consistent", "inconsistent", "unverifiable")),
              help="Show only results with this status (repeatable); the summary counts them all.")
@click.option("--fail-on", "fail_on", multiple=True, type=click.Choice(("inconsistent", "unverifiable")),
              help="Exit with status 1 when any result has this status (repeatable): for scripts and CI.")
def check(sources, output, fmt, statuses, fail_on):
    """Check that a report's numbers agree: shares against their part and base, parts
    against their whole, rates of change against what changed, rates against the same
    rate, figures across documents.

    SOURCE is a claims file (.jsonl/.json), a store, reports or folders (extracted now),
    or - for claims on stdin. The last line on stderr counts every result.
    """
    from .check import check_all, tally
    reader = _reader(sources)
    results = _store_errors(lambda: check_all(list(reader)))
    auto = fmt == "auto"
    fmt = _output_format(fmt, output)
    shown = [r for r in results if r["status"] in statuses] if statuses else results
    if fmt in ("table", "csv"):
        # what a person reads: the document, the line, the claim, what it was checked
        # against in words, stated and computed, the verdict
        fields: tuple = ("doc", "line", "check", "text", "relation", "stated", "computed", "status")
        rows = ({**r, "computed": _rounded(r)} for r in shown)
    else:
        fields = ("check", "status", "doc", "line", "claim", "text", "stated", "computed", "gap",
                  "part", "total", "relation", "base", "detail")
        # the listed fields first; JSON keeps any others (other_doc …)
        rows = ({k: r.get(k) for k in fields} | r for r in shown)
    _write(rows, output, fmt, fields, auto=auto)
    _err(tally(results))
    failed = any(r["status"] in fail_on for r in results)
    sys.exit(1 if reader.skipped or failed else 0)


def _rounded(r: dict):
    """A computed figure at the precision of the stated one (33% against 33.47 → 33.5)."""
    v = r.get("computed")
    if not isinstance(v, (int, float)):
        return v
    text = str(r.get("text") or "")
    decimals = len(text.split(".", 1)[1].rstrip("%以上下左右")) if "." in text else 0
    return round(v, decimals + 1)


@main.command("eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold claims (JSON Lines in the record shape, with optional: true where borderline).")
@click.argument("sources", nargs=-1, required=True)
@click.option("--errors", is_flag=True, help="List each miss, extra and wrong field.")
@click.option("--where-errors", is_flag=True, help="List each place, year and year_from that differs.")
@click.option("--by", type=click.Choice(("category",)), help="One block of figures per gold category.")
@click.option("--json", "as_json", is_flag=True, help="Figures as one JSON object.")
def eval_cmd(gold_path, sources, errors, where_errors, by, as_json):
    """Score predictions (a claims .jsonl) or reports (extracted now) against a gold file.

    Same matching and figures as the project's scorer: detect, value and strict
    precision / recall / F1, and accuracies over the spans found.
    """
    import json
    from . import evaluate as E
    try:
        gold = E.load(gold_path)
    except E.GoldError as exc:
        raise click.UsageError(str(exc)) from None
    reader = _reader(sources)
    pred = _store_errors(lambda: E.from_records(reader))
    res, errs = E.score(gold, pred)
    where = res.pop("where_errors")
    if as_json:
        out = dict(res)
        if by:
            out["by_category"] = {c: {k: v for k, v in E.score(gold, pred, c)[0].items() if k != "where_errors"}
                                  for c in CATEGORIES}
        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        click.echo(E.report(res))
        if by:
            for c in CATEGORIES:
                r, _ = E.score(gold, pred, c)
                if r["gold"] or r["predicted"]:
                    p, rc, f = r["strict"]
                    click.echo(f"  {c:20s} gold {r['gold']:4d}  pred {r['predicted']:4d}  "
                               f"strict P {p:.3f} R {rc:.3f} F1 {f:.3f}")
    if errors:
        for line in E.error_lines(errs):
            click.echo(line)
    if where_errors:
        for line in E.where_lines(where):
            click.echo(line)
    sys.exit(1 if reader.skipped else 0)


@main.command()
@click.argument("source")
@click.option("--category", type=click.Choice(CATEGORIES), help="Highlight only claims of this category.")
@click.option("--line", "line_no", type=click.IntRange(1), help="Show only this line.")
def show(source, category, line_no):
    """Show a document with its claims highlighted where they stand, a note under each line.

    SOURCE is a file (.txt, .html, .docx, .pdf …), a document of a corpus (corpus.jsonl#id) or - (stdin).
    On a terminal: colours by category and a legend; in a pipe: claims marked ⟦…⟧.
    """
    from .show import ShowError, load_document, render_plain, render_rich
    try:
        if source == "-":
            from .reader import InputError, decode
            data = sys.stdin.buffer.read()
            try:
                text = decode(data)[0] if data else ""
            except InputError as exc:
                raise ShowError(f"-: cannot be shown: {exc}") from None
            doc = load_document("-", text=text)
        else:
            doc = load_document(source)
    except ShowError as exc:
        _err(str(exc))
        sys.exit(1)
    if sys.stdout.isatty():
        from rich.console import Console
        from .output import page
        console = Console(highlight=False)
        page(console, render_rich(doc, category, line_no))
    else:
        try:
            click.echo(render_plain(doc, category, line_no))
        except BrokenPipeError:
            _quiet_exit()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="The HTML file to write (whole or not at all); - for standard output.")
@click.option("--title", default="dangjian report", show_default=True, help="The report's title.")
@click.option("--category", "categories", multiple=True, type=click.Choice(CATEGORIES),
              help="Keep only claims of this category (repeatable).")
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True, help="Worker processes.")
@click.option("--text-field", default="text", show_default=True, help="Text field of .jsonl corpus lines.")
@click.option("--id-field", default="id", show_default=True, help="Id field of .jsonl corpus lines.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Leave out what this glob names under a folder.")
@click.option("--hidden", is_flag=True, help="Read hidden files and folders (.name) under a folder too.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no final count on stderr.")
def report(paths, output, title, categories, jobs, text_field, id_field, exclude, hidden, quiet):
    """Write one self-contained HTML report of the documents' claims: an overview with
    charts (funds, party members and organisations by county and by year), a table of
    every claim that sorts and filters, and each document's text with its claims and
    check results highlighted. The page needs no network to open: e-mail it.
    """
    from .extraction import Options
    from .output import OutputError
    from .report import write_report
    from .run import Tally
    from .sources import CorpusOptions
    from .walk import WalkOptions

    if paths.count("-") > 1:
        raise click.UsageError("standard input (-) can be given once")
    if output != "-":
        _output_format("jsonl", output)         # the folder exists, the name is no folder
    _not_an_input(output, paths)
    options = Options(frozenset(categories), jobs, CorpusOptions(text_field, id_field),
                      WalkOptions(hidden=hidden, exclude=tuple(exclude)))
    progress = _Progress(quiet or output == "-" and sys.stdout.isatty(), paths, options.walk)
    tally = Tally()
    interrupted = failed = False
    try:
        write_report(list(paths), output, options, title, on_event=lambda ev: _report(ev, progress), tally=tally)
    except KeyboardInterrupt:
        interrupted = True
    except BrokenPipeError:
        _quiet_exit()
    except OutputError as exc:
        _err(str(exc))
        failed = True
    finally:
        progress.stop()
    if not quiet:
        _err(tally.line() + (" (interrupted)" if interrupted else f" → {output}" if not failed and output != "-"
                             else ""))
    if interrupted:
        sys.exit(130)
    sys.exit(1 if tally.skipped or failed else 0)


@main.command()
def schema():
    """Print the JSON Schema of a claim record (for validating the output in other tools)."""
    import json
    from .models import Claim
    click.echo(json.dumps(Claim.model_json_schema(), ensure_ascii=False, indent=2))


if __name__ == "__main__":  # pragma: no cover
    main()
