"""The command line: a thin click layer over the library.

Exit status of ``extract``: 0 when every input was read, 1 when some were
skipped (each named on stderr with the reason), 2 for a usage error.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__

from .tables import CATEGORIES, FIELDS, QUALIFIER_NAMES, UNIT_NAMES


def _err(msg: str) -> None:
    click.echo(f"dangjian: {msg}", err=True)


def output_options(f):
    """The same output options on every subcommand that prints records."""
    f = click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True),
                     help="Write to FILE instead of standard output.")(f)
    f = click.option("--format", "fmt", type=click.Choice(("auto", "jsonl", "json", "csv", "table")),
                     default="auto", show_default=True,
                     help="auto: a table on a terminal, JSON Lines in a pipe (or from -o's extension).")(f)
    return f


def filter_options(f):
    """The filter options shared by query, filter and export."""
    opts = [
        click.option("--category", "categories", multiple=True, type=click.Choice(CATEGORIES),
                     help="Keep this category (repeatable)."),
        click.option("--unit", type=click.Choice(UNIT_NAMES), help="Keep this unit."),
        click.option("--qualifier", type=click.Choice(QUALIFIER_NAMES), help="Keep this qualifier."),
        click.option("--subject", help="Keep this subject (exact)."),
        click.option("--place", help="Keep claims whose place contains this text."),
        click.option("--year", type=int, help="Keep this year."),
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


def _write_records(records, output, fmt, fields=FIELDS, **writer_kw) -> int:
    from .output import make_writer, resolve_format
    fmt = resolve_format(fmt, output, sys.stdout.isatty())
    n = 0
    try:
        with _Out(output) as fh:
            writer = make_writer(fmt, fh, fields, **writer_kw)
            try:
                for r in records:
                    writer.write(r)
                    n += 1
            finally:
                writer.close()
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    return n


class _Out:
    """Open the output: a file written under a temporary name and renamed when done."""

    def __init__(self, output: str | None):
        self.output = output if output not in (None, "-") else None
        self.tmp = None

    def __enter__(self):
        if self.output is None:
            return sys.stdout
        import os
        import tempfile
        if os.path.exists(self.output) and not os.path.isfile(self.output):
            # a device or a pipe (/dev/null, a FIFO): write straight to it
            self.fh = open(self.output, "w", encoding="utf-8", newline="")
            self.direct = True
            return self.fh
        d = os.path.dirname(os.path.abspath(self.output))
        fd, self.tmp = tempfile.mkstemp(prefix=".dangjian-", suffix=".part", dir=d)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="")
        return self.fh

    def __exit__(self, et, ev, tb):
        if getattr(self, "direct", False):
            self.fh.close()
            return False
        if self.tmp is None:
            return False
        import os
        self.fh.close()
        if et is None or et is KeyboardInterrupt:
            # what was extracted before Ctrl-C is kept, not thrown away
            os.replace(self.tmp, self.output)
        else:
            os.unlink(self.tmp)
        return False


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
@click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Worker processes; output order and bytes are the same as with one.")
@click.option("--text-field", default="text", show_default=True, help="Text field of .jsonl corpus lines.")
@click.option("--id-field", default="id", show_default=True, help="Id field of .jsonl corpus lines.")
@click.option("--dump-text", is_flag=True,
              help="Print the decoded text of each document (what offsets refer to) instead of claims.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that cannot be read.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no final count on stderr.")
def extract(paths, output, fmt, categories, db, jobs, text_field, id_field, dump_text, fail_fast, quiet):
    """Extract claims from report files, folders (recursive: .txt .md .html .htm .jsonl) or - (stdin)."""
    from .output import make_writer, resolve_format
    from .run import RunOptions, run
    from .sources import CorpusOptions, iter_inputs

    if paths.count("-") > 1:
        raise click.UsageError("standard input (-) can be given once")
    inputs = iter_inputs(list(paths))
    store = None
    n_unchanged = 0
    hashes: dict[str, tuple[str, int]] = {}
    if db:
        from .store import Store, StoreError, sha256_file
        try:
            store = Store(db)
        except StoreError as exc:
            raise click.UsageError(str(exc))
        def changed(inputs):
            nonlocal n_unchanged
            import os
            for label, path, error in inputs:
                if path is not None and error is None and os.path.isfile(path):
                    try:
                        hashes[label] = sha256_file(Path(path))
                    except OSError:
                        pass  # reported when the worker reads it
                    else:
                        if store.unchanged(label, hashes[label][0]):
                            n_unchanged += 1
                            continue
                yield label, path, error
        inputs = changed(inputs)
    fmt = resolve_format(fmt, output, sys.stdout.isatty())
    write_out = store is None or output is not None
    # JSON is rendered a document at a time where records are made (in the
    # workers with --jobs): this process then only writes bytes
    render = fmt in ("jsonl", "json") and write_out and store is None and not dump_text
    writer_cls = None
    if render:
        from .output import JsonlWriter, JsonWriter
        writer_cls = JsonlWriter if fmt == "jsonl" else JsonWriter
    render_sep = writer_cls.separator if render else b""
    opts = RunOptions(CorpusOptions(text_field, id_field), frozenset(categories), dump_text,
                      store is not None, render_sep)
    n_read = n_skipped = n_claims = 0
    progress = None
    if not quiet and sys.stderr.isatty():
        # a bar needs a total: only then is the list of inputs held in memory
        inputs = list(inputs)
        if len(inputs) > 1:
            from rich.console import Console
            from rich.progress import Progress
            progress = Progress(console=Console(stderr=True), transient=True)
            task = progress.add_task("extracting", total=len(inputs))
            progress.start()
    interrupted = False
    pending: list[tuple[dict, list[dict]]] = []   # one source's documents, for the store
    try:
        with _Out(output if write_out else None) as fh:
            writer = make_writer(fmt, fh) if write_out and not dump_text else None
            try:
                for ev in run(inputs, opts, jobs, stdin="-" in paths):
                    kind, label = ev[0], ev[1]
                    if kind == "end":
                        if store is not None and (pending or label in hashes):
                            sha, nbytes = hashes.pop(label, ("", 0))
                            store.write_source(label, sha, nbytes, pending)
                        pending = []
                        if progress is not None:
                            progress.advance(task)
                    elif kind == "skip":
                        n_skipped += 1
                        _err(f"{label}: skipped: {ev[2]}")
                        if fail_fast:
                            break
                    else:
                        n_read += ev[5]        # a large file's later blocks are not new files
                        n_claims += len(ev[2])
                        if store is not None:
                            pending.append((ev[6], ev[2]))
                        if dump_text:
                            fh.write(f"==> {label} <==\n{ev[4]}\n\n")
                        elif writer is not None:
                            if render:
                                writer.write_block(ev[2])
                            else:
                                for rec in ev[2]:
                                    writer.write(rec)
            except KeyboardInterrupt:
                interrupted = True
            finally:
                if writer is not None:
                    writer.close()
    except BrokenPipeError:
        # the reader (head, jq …) went away: stop quietly
        sys.stderr.close()
        sys.exit(0)
    finally:
        if progress is not None:
            progress.stop()
        if store is not None:
            store.close()
    if not quiet:
        _err(f"{n_read} read, {n_skipped} skipped, {n_claims} claims"
             + (f", {n_unchanged} unchanged" if db else "") + (" (interrupted)" if interrupted else ""))
    if interrupted:
        sys.exit(130)
    sys.exit(1 if n_skipped else 0)


def _claims_from(sources, jobs: int = 1) -> tuple[list[dict], int]:
    """Claims from files of records (.jsonl/.json of claims), ``-`` (claims or a
    report on stdin) or reports (extracted on the fly). Returns (records, skipped)."""
    import json
    from .run import RunOptions, run
    from .sources import iter_inputs
    records, reports, skipped = [], [], 0
    for src in sources:
        if src == "-":
            data = sys.stdin.buffer.read()
            first = next((ln for ln in data.splitlines() if ln.strip()), b"")
            if _is_claim_line(first):
                records.extend(_claim_lines(data.decode("utf-8-sig").splitlines(), "-"))
            else:
                from .pipeline import iter_claims
                from .reader import InputError, decode
                try:
                    records.extend(c.record() for c in iter_claims(decode(data)[0] if data else "", "-"))
                except InputError as exc:
                    _err(f"-: skipped: {exc}")
                    skipped += 1
            continue
        low = src.lower()
        if low.endswith((".sqlite", ".sqlite3", ".db")):
            from .store import Store, StoreError
            import os
            if not os.path.exists(src):
                _err(f"{src}: skipped: no such file")
                skipped += 1
                continue
            try:
                with Store(src) as st:
                    records.extend(st.claims())
            except StoreError as exc:
                raise click.UsageError(str(exc))
            continue
        if src != "-" and (low.endswith(".json") or (low.endswith(".jsonl") and _is_claims_file(src))):
            try:
                with open(src, encoding="utf-8-sig") as fh:
                    if low.endswith(".json"):
                        data = json.load(fh)
                        records.extend(data if isinstance(data, list) else [])
                    else:
                        records.extend(_claim_lines(fh, src))
            except (OSError, ValueError) as exc:
                _err(f"{src}: skipped: {exc}")
                skipped += 1
        else:
            reports.append(src)
    if reports:
        for ev in run(iter_inputs(reports), RunOptions(), jobs, stdin="-" in reports):
            if ev[0] == "skip":
                skipped += 1
                _err(f"{ev[1]}: skipped: {ev[2]}")
            elif ev[0] == "doc":
                records.extend(ev[2])
    return records, skipped


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
    records, skipped = _claims_from(sources)
    _write_records(select(records, flt, sort, limit), output, fmt)
    sys.exit(1 if skipped else 0)


@main.command("filter")
@output_options
@filter_options
def filter_cmd(output, fmt, **kw):
    """Stream JSON Lines of claims from stdin to stdout, keeping those that pass.

    Constant memory (unless --sort); a malformed line is reported with its number and skipped.
    """
    import json
    from .query import select
    flt, sort, limit = _make_filter(kw)
    bad = 0

    def lines():
        nonlocal bad
        for n, raw in enumerate(sys.stdin.buffer, 1):
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig"))
                if not isinstance(rec, dict):
                    raise ValueError
            except (ValueError, UnicodeDecodeError):
                bad += 1
                _err(f"-:{n}: skipped: not a JSON claim record")
                continue
            yield rec
    if fmt == "auto" and not output:
        fmt = "jsonl"
    _write_records(select(lines(), flt, sort, limit), output, fmt)
    sys.exit(1 if bad else 0)


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
    from .query import select
    to = to or _format_from_extension(output)
    flt, sort, limit = _make_filter(kw)
    if to in ("xlsx", "parquet"):
        _require_extra(to)
    records, skipped = _claims_from(sources)
    rows = select(records, flt, sort, limit)
    if to in ("csv", "jsonl", "json"):
        n = _write_records(rows, output, to, **({"bom": True} if excel and to == "csv" else {}))
    else:
        n = _export_binary(list(rows), output, to)
    _err(f"{n} claims written to {output}")
    sys.exit(1 if skipped else 0)


def _format_from_extension(path: str) -> str:
    low = path.lower()
    for ext, f in ((".csv", "csv"), (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
                   (".xlsx", "xlsx"), (".parquet", "parquet")):
        if low.endswith(ext):
            return f
    raise click.UsageError(f"cannot tell the format of {path!r} from its extension; give --to")


_EXTRAS = {"xlsx": ("openpyxl", "xlsx"), "parquet": ("pyarrow", "parquet")}


def _require_extra(to: str) -> None:
    import importlib.util
    module, extra = _EXTRAS[to]
    if importlib.util.find_spec(module) is None:
        raise click.UsageError(f"{to} export needs the optional extra: pip install 'dangjian[{extra}]'")


def _export_binary(rows: list[dict], output: str, to: str) -> int:
    import os
    import tempfile
    d = os.path.dirname(os.path.abspath(output))
    fd, tmp = tempfile.mkstemp(prefix=".dangjian-", suffix=".part", dir=d)
    os.close(fd)
    try:
        if to == "xlsx":
            from openpyxl import Workbook
            wb = Workbook(write_only=True)
            ws = wb.create_sheet("claims")
            ws.append(list(FIELDS))
            for r in rows:
                ws.append([r.get(f) for f in FIELDS])
            wb.save(tmp)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq
            table = pa.Table.from_pylist([{f: r.get(f) for f in FIELDS} for r in rows])
            pq.write_table(table, tmp)
        os.replace(tmp, output)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return len(rows)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@output_options
@click.option("--by", type=click.Choice(("doc", "place", "year", "category")), default="doc",
              show_default=True, help="One row per group of this field.")
def summary(sources, output, fmt, by):
    """One row per document, place, year or category: claims per category, money in yuan
    (over/about amounts kept apart from exact ones), and the largest stated counts."""
    from .query import summarise
    records, skipped = _claims_from(sources)
    rows = summarise(records, by)
    from .output import resolve_format
    fmt = resolve_format(fmt, output, sys.stdout.isatty())
    if fmt == "table":
        cols = (by, "claims", "funds_text", "income_text", "party_members_largest",
                "party_organizations_largest", "villages_largest")
    else:
        cols = tuple(rows[0]) if rows else (by, "claims")
    if fmt == "jsonl" and (output is None or output == "-") and not sys.stdout.isatty():
        fmt = "json"   # piped: one JSON array
    _write_records(rows, output, fmt, cols)
    sys.exit(1 if skipped else 0)


def _claim_lines(lines, label: str):
    """Claim records from JSON lines; a malformed line is named and skipped."""
    import json
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield json.loads(line)
            except ValueError:
                _err(f"{label}:{n}: skipped: not a JSON record")


def _is_claim_line(line: bytes | str) -> bool:
    import json
    try:
        rec = json.loads(line)
    except ValueError:
        return False
    return isinstance(rec, dict) and {"start", "end", "value", "unit"} <= set(rec)


def _is_claims_file(path: str) -> bool:
    """A .jsonl file whose first record has the claim fields (not a corpus of articles)."""
    try:
        with open(path, "rb") as fh:
            for line in fh:
                if line.strip():
                    return _is_claim_line(line.lstrip(b"\xef\xbb\xbf"))
    except OSError:
        return False
    return False


@main.command()
@click.argument("sources", nargs=-1, required=True)
@output_options
@click.option("--status", "statuses", multiple=True,
              type=click.Choice(("consistent", "inconsistent", "unverifiable")),
              help="Keep only results with this status (repeatable).")
def check(sources, output, fmt, statuses):
    """Check shares against parts and totals, 其中 sub-counts, and values across documents.

    SOURCE is a claims file (.jsonl/.json), reports or folders (extracted now), or - for claims on stdin.
    """
    from .check import check_all
    records, skipped = _claims_from(sources)
    results = check_all(records)
    if statuses:
        results = [r for r in results if r["status"] in statuses]
    fields = ("check", "status", "doc", "line", "claim", "text", "stated", "computed", "gap",
              "part", "total", "detail")
    # the listed fields first; JSON keeps any others (other_doc …), CSV and tables show the listed
    _write_records(({k: r.get(k) for k in fields} | r for r in results), output, fmt, fields)
    count = lambda kind, st: sum(1 for r in results if r["check"] == kind and r["status"] == st)
    _err(f"shares: {count('share', 'consistent')} consistent, {count('share', 'inconsistent')} inconsistent, "
         f"{count('share', 'unverifiable')} unverifiable; sub-counts above their total: "
         f"{count('subcount', 'inconsistent')}; conflicts across documents: {count('conflict', 'inconsistent')}")
    sys.exit(1 if skipped else 0)


@main.command("eval")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold claims (JSON Lines in the record shape, with optional: true where borderline).")
@click.argument("sources", nargs=-1, required=True)
@click.option("--errors", is_flag=True, help="List each miss, extra and wrong field.")
@click.option("--by", type=click.Choice(("category",)), help="One block of figures per gold category.")
@click.option("--json", "as_json", is_flag=True, help="Figures as one JSON object.")
def eval_cmd(gold_path, sources, errors, by, as_json):
    """Score predictions (a claims .jsonl) or reports (extracted now) against a gold file.

    Same matching and figures as the project's scorer: detect, value and strict
    precision / recall / F1, and accuracies over the spans found.
    """
    import json
    from . import evaluate as E
    try:
        gold = E.load(gold_path)
    except E.GoldError as exc:
        raise click.UsageError(str(exc))
    records, skipped = _claims_from(sources)
    try:
        pred = E.from_records(records)
    except (KeyError, TypeError):
        raise click.UsageError("predictions are not claim records (no doc field)")
    res, errs = E.score(gold, pred)
    if as_json:
        out = dict(res)
        if by:
            out["by_category"] = {c: E.score(gold, pred, c)[0] for c in CATEGORIES}
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
    sys.exit(1 if skipped else 0)


if __name__ == "__main__":  # pragma: no cover
    main()
