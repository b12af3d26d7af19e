"""Word (.docx) to text: paragraphs and tables in reading order, through python-docx.

A table row becomes one line with its cells tab-separated, so a row's numbers
stay in one sentence (``城关镇	56个	1830名``). Offsets of claims from a Word file
refer to this text (``dangjian extract --dump-text`` prints it). Legacy Word
(.doc) and WPS (.wps) files are converted to .docx by LibreOffice first, when
``soffice`` is on the PATH.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .reader import InputError

NEEDS = "python-docx"
HINT = "install the docx extra to read Word files: pip install -e '.[docx]' (from a checkout)"


def docx_to_text(path: str | Path) -> str:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise InputError(f"a Word file: {HINT}") from None
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        raise InputError("not a Word (.docx) file: it is no zip package of a document") from None
    except (KeyError, ValueError, OSError) as exc:
        raise InputError(f"not a readable Word (.docx) file ({exc.__class__.__name__})") from None
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph_text(child).strip())
        elif tag == "tbl":
            lines += _table_lines(child)    # (a row keeps its empty cells, so its tabs)
    return "\n".join(line for line in lines if line)


def _paragraph_text(p) -> str:
    """The text of a paragraph element: its runs, tabs and breaks."""
    out = []
    for node in p.iter():
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t" and node.text:
            out.append(node.text)
        elif tag == "tab":
            out.append("\t")
        elif tag in ("br", "cr"):
            out.append("\n")
    return "".join(out)


def _table_lines(tbl) -> list[str]:
    """One line a row, the cells' text tab-separated (a cell's paragraphs joined). An
    empty cell stays an empty cell and a cell merged across columns is followed by as
    many empty ones, so every cell stays under its column's heading (a 合计 row with no
    rate in its last column is still read); a row of empty cells is left out."""
    lines = []
    for tr in tbl.iterchildren():
        if tr.tag.rsplit("}", 1)[-1] != "tr":
            continue
        cells = []
        for tc in tr.iterchildren():
            if tc.tag.rsplit("}", 1)[-1] != "tc":
                continue
            text = " ".join(t for t in (_paragraph_text(p).strip() for p in tc.iter()
                                       if p.tag.rsplit("}", 1)[-1] == "p") if t)
            cells += [text.replace("\t", " ")] + [""] * (_span(tc) - 1)
        if any(cells):
            lines.append("\t".join(c.strip() for c in cells))
    return lines


def _span(tc) -> int:
    """How many grid columns a table cell spans (its w:gridSpan)."""
    for node in tc.iterchildren():
        if node.tag.rsplit("}", 1)[-1] == "tcPr":
            for prop in node.iterchildren():
                if prop.tag.rsplit("}", 1)[-1] == "gridSpan":
                    val = next((v for k, v in prop.attrib.items() if k.rsplit("}", 1)[-1] == "val"), "1")
                    return int(val) if val.isdigit() and 0 < int(val) <= 64 else 1
    return 1


def legacy_to_text(path: str | Path) -> str:
    """A Word 97-2003 (.doc), WPS (.wps), OpenDocument (.odt) or rich-text (.rtf) file,
    converted to .docx by LibreOffice."""
    return converted(path, "docx", docx_to_text, "save it as .docx")


def converted(path: str | Path, to: str, read, instead: str) -> str:
    """The text ``read`` gives of the file at ``path`` converted to ``to`` by LibreOffice
    (``instead``: what the user may do without it)."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        kind = Path(path).suffix.lower().lstrip(".")
        raise InputError(f"a .{kind} file: install LibreOffice (soffice) to read it, or {instead}")
    with tempfile.TemporaryDirectory(prefix="dangjian-") as tmp:
        # a profile of its own: a LibreOffice already running for the user is not disturbed
        profile = Path(tmp, "profile").as_uri()
        try:
            subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to,
                            "--outdir", tmp, str(path)], capture_output=True, timeout=180, check=False,
                           env={**os.environ, "HOME": tmp})
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise InputError(f"LibreOffice could not convert it ({exc.__class__.__name__})") from None
        out = Path(tmp, Path(path).stem + "." + to)
        if not out.exists():
            raise InputError(f"LibreOffice could not convert it to .{to} (damaged, or a part of LibreOffice "
                             f"that reads it is not installed)")
        return read(out)
