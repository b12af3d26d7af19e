"""HTML to text: scripts, styles and navigation dropped, entities decoded,
block elements turned into line breaks. Offsets of claims from an HTML page
refer to this text (``dangjian extract --dump-text`` prints it).

>>> html_to_text("<html><head><script>var a=1;</script><title>t</title></head>"
...              "<body><nav>首页 1个</nav><p>投入3800余万元&nbsp;建成</p><p>41个园区</p></body></html>")
'投入3800余万元 建成\\n41个园区'
>>> charset_of(b'<meta charset="gb2312"><p>x</p>')
'gb18030'
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "nav", "header", "footer", "noscript", "iframe", "svg",
         "form", "button", "select", "template", "aside", "head"}
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section",
          "article", "table", "ul", "ol", "blockquote", "pre", "hr", "dd", "dt", "td", "th",
          "title", "figcaption"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "wbr"}
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


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            if tag not in _VOID:
                self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    p = _Text()
    p.feed(html)
    p.close()
    text = "".join(p.parts).replace("\xa0", " ").replace("\r", "")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in text.split("\n")]
    return "\n".join(ln for ln in lines if ln)
