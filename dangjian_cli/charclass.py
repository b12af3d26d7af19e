"""Character classes for the standard library's ``re``, which has no ``\\p{Han}``.

The Han script is listed as code-point ranges (as the ``regex`` module's
``\\p{Han}`` has them, Unicode 17); ``han(exclude)`` gives the inside of a
``[...]`` class of Han characters minus some, so patterns that need “a Chinese
character other than these” can run on ``re``, which scans several times faster.

>>> import re
>>> re.fullmatch(f"[{han()}]+", "淳化縣〇") is not None
True
>>> re.fullmatch(f"[{han('县市')}]+", "淳化县") is None
True
>>> re.fullmatch(f"[{han()}]", "a") is None
True
"""
from __future__ import annotations

import re

HAN_RANGES = (
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007),
    (0x3021, 0x3029), (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3), (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF),
    (0x2A700, 0x2B81E), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0), (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x33479),
)


def han(exclude: str = "") -> str:
    """The inside of a character class: Han characters except those in ``exclude``."""
    cut = sorted({ord(c) for c in exclude})
    parts = []
    for lo, hi in HAN_RANGES:
        for c in cut:
            if lo <= c <= hi:
                if lo < c:
                    parts.append((lo, c - 1))
                lo = c + 1
        if lo <= hi:
            parts.append((lo, hi))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in parts)


def up_to_last(chars: str) -> re.Pattern:
    """A pattern whose ``match(text, lo, hi)`` ends just after the last of ``chars``
    in ``text[lo:hi]`` (None if there is none): one call, not a loop backwards.

    >>> up_to_last("。,").match("甲,乙。丙,丁", 0, 5).end()     # 。 at 3
    4
    >>> up_to_last("。").match("甲乙", 0, 2) is None
    True
    """
    # greedy: runs to ``hi`` and backs off to the last mark
    return re.compile(f"(?s:.*)[{re.escape(chars)}]")


def alternation(words) -> str:
    """An alternation of ``words`` that matches the longest of them at a position, as a
    prefix tree (党(?:员(?:干部|群众)?|组织)): the engine tries one branch per character
    instead of every word. The words that match at a position are prefixes of one
    another, and the tree tries them longest first, as a list sorted by length would.

    >>> alternation(["村", "村民", "村民小组", "社区"])
    '村(?:民(?:小组)?)?|社区'
    """
    tree: dict = {}
    for w in words:
        if w:
            node = tree
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    parts = [re.escape(ch) + _below(node[ch]) for ch in sorted(k for k in node if k)]
    return "|".join(parts)


def _below(node: dict) -> str:
    """The pattern for what may follow a node's character."""
    inner = _branches(node)
    if not inner:
        return ""
    if "" in node:
        return f"(?:{inner})?"
    return inner if len(node) == 1 and not inner.count("|") else f"(?:{inner})"
