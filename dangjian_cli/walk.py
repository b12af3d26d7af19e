"""The user's arguments to inputs: files, folders walked in sorted order, and ``-``.

Every entry under a folder is accounted for: a file of a type dangjian reads is
an input; anything else (another file type, a device, a FIFO, a socket, a
broken link, a folder that cannot be listed) is an input with the reason it is
not read, which the run reports and counts. Hidden files and folders (``.venv``,
``.git``) and what ``--exclude`` names are left out, as git leaves out what
``.gitignore`` names.

>>> import os, tempfile
>>> top = tempfile.mkdtemp()
>>> for name in ("b.txt", "a.md", "c.png", ".hidden/x.txt", "sub/d.html"):
...     os.makedirs(os.path.dirname(os.path.join(top, name)), exist_ok=True)
...     open(os.path.join(top, name), "w").close()
>>> [(os.path.relpath(p, top), err) for _, p, err in expand([top], {".txt", ".md", ".html"})]
[('a.md', None), ('b.txt', None), ('c.png', 'not a file type dangjian reads (.png)'), ('sub/d.html', None)]
>>> [os.path.relpath(p, top) for _, p, _ in expand([top], {".txt", ".md", ".html"}, WalkOptions(exclude=("sub/",)))]
['a.md', 'b.txt', 'c.png']
"""
from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass
from collections.abc import Collection, Iterator

Input = tuple[str, "str | None", "str | None"]   # (label, path, reason it is not read)

NOT_REGULAR = "not a regular file (a device, FIFO or socket); to read it, pipe it in as -"


@dataclass(frozen=True)
class WalkOptions:
    hidden: bool = False               # walk hidden files and folders too
    exclude: tuple[str, ...] = ()      # gitignore-style globs: "*.bak", "drafts/", "old/2019/*"
    ignore: frozenset = frozenset()    # resolved paths never read (the run's own store and output)


def _excluded(rel: str, name: str, is_dir: bool, patterns: tuple[str, ...]) -> bool:
    """gitignore-style: a pattern without a slash matches a name at any depth; one
    ending in a slash matches folders only; one with a slash inside matches the
    path from the folder argument."""
    for pat in patterns:
        dir_only = pat.endswith("/")
        p = pat.rstrip("/")
        if dir_only and not is_dir:
            continue
        if "/" in p:
            if fnmatch.fnmatchcase(rel, p.lstrip("/")):
                return True
        elif fnmatch.fnmatchcase(name, p):
            return True
    return False


def _walk(root: str, rel: str, suffixes: Collection[str], opts: WalkOptions,
          seen: set) -> Iterator[Input]:
    """The entries under ``root`` in the order of their sorted full paths, one
    folder's names held at a time (a folder sorts as its name plus "/")."""
    real = os.path.realpath(root)
    if real in seen:            # a symlink loop, or a folder reached twice
        return
    seen.add(real)
    entries = []
    try:
        with os.scandir(root) as it:
            for e in it:
                entries.append(e)
    except OSError as exc:
        yield root, root, f"folder not read ({_reason(exc)})"
        return
    names = []
    for e in entries:
        if not opts.hidden and e.name.startswith("."):
            continue
        try:
            is_dir = e.is_dir()
        except OSError:
            is_dir = False
        if _excluded(f"{rel}{e.name}", e.name, is_dir, opts.exclude):
            continue
        names.append((e.name + "/" if is_dir else e.name, e))
    names.sort(key=lambda x: x[0])
    for name, e in names:
        path = os.path.join(root, e.name)
        if opts.ignore and os.path.realpath(path) in opts.ignore:
            continue
        if name.endswith("/"):
            yield from _walk(path, f"{rel}{name}", suffixes, opts, seen)
            continue
        yield path, path, _file_problem(path, suffixes)


def _file_problem(path: str, suffixes: Collection[str] | None) -> str | None:
    """Why the file at ``path`` is not read, or None. ``suffixes`` None: any type
    (a file named on the command line is read whatever its ending)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "broken symbolic link" if os.path.islink(path) else "no such file or folder"
    except OSError as exc:
        return _reason(exc)
    if not stat.S_ISREG(st.st_mode):
        return NOT_REGULAR
    if suffixes is not None:
        ext = os.path.splitext(path)[1].lower()
        if ext not in suffixes:
            return f"not a file type dangjian reads ({ext or 'no ending'})"
    return None


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or str(exc)


def expand(paths: list[str], suffixes: Collection[str], opts: WalkOptions | None = None
           ) -> Iterator[Input]:
    """(label, path, reason not read or None) for each input, lazily: folders
    recursively in sorted order, ``-`` as ("-", None, None) for standard input.
    Paths stay plain strings, so a folder of many files costs little memory."""
    opts = opts or WalkOptions()
    for p in paths:
        if p == "-":
            yield "-", None, None
        elif os.path.isdir(p):
            yield from _walk(p, "", suffixes, opts, set())
        elif os.path.lexists(p) or os.path.exists(p):
            yield p, p, _file_problem(p, None)
        else:
            yield p, p, "no such file or folder"
