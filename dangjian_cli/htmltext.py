"""HTML to text: the article a page is about, as a reader sees it.

The page is parsed by lxml (a real parser: a missing ``</head>``, unclosed tags
and an ASP.NET ``<form>`` round the whole body are all read); the article's
block is found by its name (``content``, ``zoom``, ``js_content`` …) and its
text; inside it, page furniture is left out by tag (nav, header, footer,
aside, scripts, form controls), by class or id (breadcrumbs, share bars,
comments, related lists, page counters, see ``tables.HTML_NOISE_NAMES``) and by
shape (lists that are mostly links). The article's heading comes first;
blocks become lines, a table row one line with its cells tab-separated (so a
row's numbers stay in one sentence). Offsets of claims from a page refer to
this text (``dangjian extract --dump-text`` prints it).

>>> html_to_text("<html><head><title>t</title><body><form id='form1'><div class='nav'>首页 2个栏目</div>"
...              "<div class='content'><h1>某县纪实</h1><p>投入3800余万元&nbsp;建成</p><p>41个园区</p></div>"
...              "<div class='footer'>电话:0731-88881234</div></form></body></html>")
'某县纪实\\n投入3800余万元 建成\\n41个园区'
>>> charset_of(b'<meta charset="gb2312"><p>x</p>')
'gb18030'
"""
from __future__ import annotations

import re

from . import tables as T

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
# labels that browsers read as a superset
_SUPERSET = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "big5": "big5",
             "utf8": "utf-8", "big5-hkscs": "big5hkscs", "x-euc-tw": "euc_jp"}
#: the encodings a web page may declare (the WHATWG list, as Python names them);
#: any other label (punycode, cp037 …) is ignored and the encoding detected
_WEB = frozenset({"utf-8", "gb18030", "big5", "big5hkscs", "utf-16", "utf-16-le", "utf-16-be",
                  "utf-16le", "utf-16be", "iso-8859-1", "latin1", "ascii", "us-ascii", "euc-jp",
                  "shift_jis", "euc-kr", "iso-2022-jp", "koi8-r", "koi8-u", "windows-874"}
                 | {f"windows-125{i}" for i in range(9)} | {f"iso-8859-{i}" for i in range(2, 17)})


def charset_of(data: bytes) -> str | None:
    """The charset a page declares in a meta tag, if it is a web encoding.

    >>> charset_of(b'<meta charset="punycode">'), charset_of(b'<meta charset="cp037">')
    (None, None)
    """
    m = _META.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").lower()
    label = _SUPERSET.get(label, label)
    return label if label in _WEB else None


_DROP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
                        "canvas", "map", "button", "select", "option", "textarea", "input", "label",
                        "nav", "header", "footer", "aside", "menu", "head"})
_BLOCK_TAGS = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dd", "dt",
                         "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "table", "tbody",
                         "thead", "tfoot", "figcaption", "figure", "center", "address", "form", "body",
                         "founder-content"})
_HAN = re.compile("[\u4e00-\u9fff]")


def _names(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


_NOISE = re.compile(r"(?:^|[\s_-])(?:" + "|".join(T.HTML_NOISE_NAMES) + r")(?:$|[\s_\d-])")
_CONTENT = re.compile(r"(?:^|[\s_-])(?:" + "|".join(T.HTML_CONTENT_NAMES) + r")(?:$|[\s_\d-])")


def _han_len(el) -> int:
    return len(_HAN.findall(el.text_content() or ""))


def _link_heavy(el) -> bool:
    """A list or block that is mostly links (a menu, a related-articles list)."""
    links = el.findall(".//a")
    if len(links) < 2:
        return False
    total = _han_len(el)
    in_links = sum(len(_HAN.findall(a.text_content() or "")) for a in links)
    return total > 0 and in_links / total > 0.6


def html_to_text(html: str) -> str:
    """The text of the article of a page (see the module's docstring)."""
    import lxml.html
    from lxml import etree
    html = html.lstrip("\ufeff")
    if not html.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    page_title = (root.findtext(".//title") or "").strip()
    for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
        _drop(el)
    published = _published(root)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in _DROP_TAGS or (_NOISE.search(_names(el)) and not _CONTENT.search(_names(el))):
            _drop(el)
    body = root.find("body") if root.find("body") is not None else root
    main = _article(body)
    for el in list(main.iter()):
        if isinstance(el.tag, str) and el is not main and el.tag in ("ul", "ol", "div", "table", "dl", "p") \
                and _link_heavy(el):
            _drop(el)
    lines = _lines(main)
    heading = _heading(root, main, page_title)
    if heading and (not lines or heading not in lines[0]):
        lines.insert(0, heading)
    if published and not any(_DATE.search(ln) for ln in lines[:6]):
        lines.insert(1 if heading else 0, published)
    return "\n".join(lines)


_DATE = re.compile(T.DATELINE)
_DATE_NAMES = re.compile(r"(?:^|[\s_-])(?:" + "|".join(T.HTML_DATE_NAMES) + r")")


def _published(root) -> str | None:
    """The date of the page's publication line (发布时间：2024-05-20 09:30 in a block
    named ``info``), as written; None when the page has none."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("head", "title", "script", "style"):
            continue
        # only the blocks round a date the page writes: the text of every block of a
        # large page would be built again for each of its ancestors
        if not _DATE.search((el.text or "") + "".join(c.tail or "" for c in el)):
            continue
        block = el
        while block is not None and block.tag != "body":
            text = _clean(block.text_content())
            if len(text) > 120:
                break
            m = _DATE.search(text)
            if m and (_DATE_NAMES.search(_names(block)) or any(w in text[:m.start()] for w in T.HTML_DATE_LABELS)
                      or text[m.end():].lstrip().startswith(T.HTML_DATE_WEEKDAY)):
                return m.group().strip()
            block = block.getparent()
    return None


def _drop(el) -> None:
    """Remove an element but keep the text that follows it in its parent."""
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    prev = el.getprevious()
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _article(body):
    """The block that holds the article: the element named as content (or an
    <article>, <main>) that holds the most text, when it holds a good part of the
    page's; else the whole body."""
    total = _han_len(body)
    best, best_len = None, 0
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("article", "main") or _CONTENT.search(_names(el)):
            n = _han_len(el)
            if n > best_len:
                best, best_len = el, n
    if best is not None and total and best_len >= 0.3 * total and best_len >= 10:
        return best
    return body


def _heading(root, main, page_title: str) -> str | None:
    """The article's heading: one in the article, else the page's h1, else a block
    named as the title, else its h2 or h3, else the page's <title> without the
    site's name after it."""
    for el in main.iter("h1", "h2"):
        return _clean(el.text_content())
    candidates = [el for el in root.iter("h1")]
    candidates += [el for el in root.iter() if isinstance(el.tag, str)
                   and re.search(r"(?:^|[\s_-])(?:title|tit|biaoti)(?:$|[\s_-])", _names(el))]
    candidates += [el for el in root.iter("h2", "h3")]
    for el in candidates:
        text = _clean(el.text_content())
        if text and len(text) <= 60:
            return text
    if page_title:
        return re.split(r"\s*[-_|｜—]\s*(?=[^-_|｜—]*$)", page_title)[0].strip() or None
    return None


def _clean(text: str) -> str:
    return re.sub(r"[ \t\r\n\u3000\xa0]+", " ", text or "").strip()


def _lines(el) -> list[str]:
    """The text of ``el``: blocks as lines, a table row as one line (cells tab-separated)."""
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        line = _clean("".join(buf))
        if line:
            out.append(line)
        buf.clear()

    def walk(node) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "tr":
            flush()
            cells = [_clean(c.text_content()) for c in node if isinstance(c.tag, str) and c.tag in ("td", "th")]
            row = "\t".join(c for c in cells if c)
            if row:
                out.append(row)
            if node.tail:
                buf.append(node.tail)
            return
        block = tag in _BLOCK_TAGS
        if block or tag == "br":
            flush()
        if node.text and tag != "br":
            buf.append(node.text)
        for child in node:
            walk(child)
        if block:
            flush()
        if node.tail:
            buf.append(node.tail)

    walk(el)
    flush()
    return out
