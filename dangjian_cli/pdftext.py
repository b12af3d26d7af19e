"""PDF to text: pages in order, through pypdf, with what print leaves behind undone.

pypdf keeps a table row on one line and puts no space between Chinese text and
numbers; pdfminer.six, tried on the same Chinese reports, split table rows into
columns and spaced the numbers out (see the README). Then:

- lines broken at the edge of a page or a column are joined again when the line
  runs to the page's width and ends in no sentence mark (``…全县328个党组织、9860``
  + ``名党员…`` → one line), also across a page break;
- running headers and footers (a line at the top or foot of most pages, digits
  aside) and page numbers (``- 3 -``, ``第3页``, ``3/12``) are dropped;
- a PDF with no text layer (a scan) is read by Tesseract's Chinese model where
  ``tesseract`` (with ``chi_sim``) and ``pdftoppm`` are on the PATH, else skipped
  with the reason; an encrypted PDF that needs a password is skipped.

Offsets of claims from a PDF refer to this text (``--dump-text`` prints it).
"""
from __future__ import annotations

import logging

import re
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path

from .reader import InputError
from .rows import CELL_GAP
from .unwrap import PAGE_NUMBER, full_width, is_cut

HINT = "install the pdf extra to read PDF files: pip install -e '.[pdf]' (from a checkout)"
_DIGITS = re.compile(r"\d+")
#: quote marks that enclose nothing: glyphs a PDF writer put in another font run, which
#: the text layer gives away from their words (村25 “ ”个): they stood between number and
#: measure word
_EMPTY_QUOTES = re.compile(r"“[ \t]*”|‘[ \t]*’")
#: a page whose text has fewer characters than this has no text layer
MIN_PAGE_CHARS = 20


def pdf_to_text(path: str | Path) -> str:
    try:
        import pypdf
        from pypdf.errors import FileNotDecryptedError, PdfReadError
    except ImportError:
        raise InputError(f"a PDF file: {HINT}") from None
    # pypdf logs what it meets in a damaged file (invalid pdf header, EOF marker not
    # found) to stderr; the one line that names the file and the reason is ours
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = pypdf.PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise InputError("encrypted PDF: it needs a password to be read")
            except (NotImplementedError, FileNotDecryptedError):
                raise InputError("encrypted PDF: it needs a password to be read") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as exc:
        raise InputError(f"not a readable PDF ({exc.__class__.__name__})") from None
    except Exception as exc:        # pypdf raises many kinds on damaged files
        raise InputError(f"not a readable PDF ({exc.__class__.__name__})") from None
    if pages and sum(len(p.strip()) for p in pages) < MIN_PAGE_CHARS * len(pages):
        pages = _ocr(path, len(pages))
    return join_pages(pages)


def join_pages(pages: list[str]) -> str:
    """The pages' lines as paragraphs: furniture dropped, broken lines joined."""
    page_lines = [_table_rows([ln.strip() for ln in _EMPTY_QUOTES.sub("", p).splitlines() if ln.strip()])
                  for p in pages]
    furniture = _running_lines(page_lines)
    lines: list[str] = []
    for pl in page_lines:
        for k, ln in enumerate(pl):
            edge = k < 2 or k >= len(pl) - 2
            if edge and (PAGE_NUMBER.match(ln) or _DIGITS.sub("#", ln) in furniture):
                continue
            lines.append(ln)
    if not lines:
        return ""
    width = full_width(lines)
    out = [lines[0]]
    for ln in lines[1:]:
        prev = out[-1]
        if is_cut(prev, ln, width):
            out[-1] = prev + ln
        else:
            out.append(ln)
    return "\n".join(out)




def _table_rows(lines: list[str]) -> list[str]:
    """Rows of a table as PDF text gives them (城关镇 56个 1830名: short cells, one
    space apart, the rows around them alike) get tabs between their cells, as
    Word and web tables do, so they are never joined to the next line."""
    def cells(ln: str) -> list[str]:
        if CELL_GAP.search(ln):
            return [c for c in CELL_GAP.split(ln) if c]
        parts = ln.split(" ")
        return parts if all(0 < len(p) <= 10 for p in parts) else [ln]
    split = [cells(ln) for ln in lines]
    out = []
    for k, (ln, cs) in enumerate(zip(lines, split)):
        n = len(cs)
        near = [len(split[j]) for j in (k - 1, k + 1) if 0 <= j < len(split)]
        if n >= 3 and n in near and not any(c in ln for c in "。！？；，,"):
            out.append("\t".join(cs))
        elif CELL_GAP.search(ln) and n >= 2:
            out.append("\t".join(cs))
        else:
            out.append(ln)
    return out


def _running_lines(page_lines: list[list[str]]) -> set[str]:
    """Lines at the top or foot of most pages (of every page, when there are two),
    digits aside: running heads and feet."""
    if len(page_lines) < 2:
        return set()
    seen: Counter = Counter()
    for pl in page_lines:
        for ln in {_DIGITS.sub("#", x) for x in pl[:2] + pl[-2:]}:
            seen[ln] += 1
    need = len(page_lines) if len(page_lines) < 4 else max(3, len(page_lines) // 2)
    return {ln for ln, n in seen.items() if n >= need}


def _ocr(path: str | Path, n_pages: int) -> list[str]:
    """The pages of a scan, read by Tesseract's Chinese model; or the reason it cannot be."""
    tesseract, pdftoppm = shutil.which("tesseract"), shutil.which("pdftoppm")
    if not (tesseract and pdftoppm and "chi_sim" in _languages(tesseract)):
        raise InputError("no text layer: scanned PDF; OCR it first (or install tesseract-ocr, "
                         "tesseract-ocr-chi-sim and poppler-utils to have dangjian read it)")
    pages = []
    with tempfile.TemporaryDirectory(prefix="dangjian-ocr-") as tmp:
        try:
            subprocess.run([pdftoppm, "-r", "300", "-png", str(path), f"{tmp}/p"], check=True,
                           capture_output=True, timeout=60 * n_pages + 60)
            for png in sorted(Path(tmp).glob("p*.png")):
                r = subprocess.run([tesseract, str(png), "-", "-l", "chi_sim"], capture_output=True,
                                   timeout=300, check=True)
                pages.append(_ocr_text(r.stdout.decode("utf-8", "replace")))
        except (OSError, subprocess.SubprocessError) as exc:
            raise InputError(f"no text layer, and OCR failed ({exc.__class__.__name__})") from None
    return pages


_OCR_SPACE = re.compile(r"(?<=[\u4e00-\u9fff，。、；：？！“”（）])[ \u3000]+(?=[\u4e00-\u9fff，。、；：？！“”（）])")


def _ocr_text(text: str) -> str:
    """OCR output without the spaces Tesseract puts between Chinese characters; the
    wide gaps between a table's cells become tabs."""
    return "\n".join(_OCR_SPACE.sub("", CELL_GAP.sub("\t", ln)) for ln in text.splitlines())


def _languages(tesseract: str) -> str:
    try:
        return subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
