"""A spreadsheet saved as comma-separated values, as the table text the pipeline reads.

Prose uses commas too, so a ``.csv`` file's separators are made into tabs, the
cell gap every table reader knows. The rewrite is one character for one (a
separator becomes a tab, a quoted cell's quotes become spaces), so offsets, line
numbers and the cells' own text (``"1,320"`` keeps its thousands comma) stay
where the file has them.

>>> csv_to_table('镇名,党员数\\n城关镇,"1,320"\\n')
'镇名\\t党员数\\n城关镇\\t 1,320 \\n'
"""
from __future__ import annotations

import regex as re

__all__ = ["csv_to_table"]

#: a quoted cell (a doubled quote inside it is a quote), or a separator outside one
_FIELD = re.compile(r'"[^"]*(?:""[^"]*)*"|,')


def _cell(m: re.Match) -> str:
    s = m.group()
    return "\t" if s == "," else " " + s[1:-1] + " "


def csv_to_table(text: str) -> str:
    """``text`` with its separators as tabs and its cells' quotes as spaces, same length."""
    return _FIELD.sub(_cell, text) if "," in text else text
