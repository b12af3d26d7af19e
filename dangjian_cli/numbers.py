"""Numerals: Arabic, Chinese and mixed forms to a float.

>>> parse_number("1,234")
1234.0
>>> parse_number("1.2万")
12000.0
>>> parse_number("3800万")
38000000.0
>>> parse_number("一千二百")
1200.0
>>> parse_number("两")
2.0
>>> parse_number("七千三百三十六点三万")
73363000.0
>>> parse_number("三百六十点七万")
3607000.0
>>> parse_number("十九")
19.0
>>> parse_number("2.5亿")
250000000.0
>>> parse_number("一万二千")
12000.0
>>> parse_number("八十五"), parse_number("十点八")
(85.0, 10.8)
>>> parse_number("一千二百万")
12000000.0
>>> parse_number("3千万")
30000000.0
>>> parse_number("万") is None
True
"""
from __future__ import annotations

from functools import lru_cache

from .tables import MULTIPLIERS

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


def _cn2an(s: str) -> float | None:
    """Chinese integer or decimal (no trailing multiplier) through cn2an."""
    if not s:
        return None
    # digit strings written in Chinese (二〇〇七) are read digit by digit
    if all(c in _CN_DIGIT for c in s) and len(s) > 1:
        return float("".join(str(_CN_DIGIT[c]) for c in s))
    import cn2an  # heavy import, only when a Chinese numeral is met
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


@lru_cache(maxsize=4096)
def parse_number(s: str) -> float | None:
    """Value of an Arabic, Chinese or mixed numeral; None when it is not one."""
    s = s.replace(",", "").replace("，", "").strip()
    if not s:
        return None
    factor = 1.0
    # peel trailing multipliers (万, 亿, 千万 …) written after a digit or a decimal
    for m in sorted(MULTIPLIERS, key=len, reverse=True):
        if s.endswith(m) and len(s) > len(m):
            head = s[: -len(m)]
            # after Arabic digits any multiplier (3.2万, 3千万); a Chinese
            # integer is read whole by cn2an (一千二百万, 一万二千), so only a
            # Chinese decimal has its multiplier peeled (七千三百三十六点三万)
            if head[-1].isdigit() or ("点" in head and len(m) == 1):
                factor, s = MULTIPLIERS[m], head
                break
    try:
        return float(s) * factor
    except ValueError:
        pass
    if any(c.isdigit() for c in s):
        return None
    v = _cn2an(s)
    return None if v is None else v * factor


if __name__ == "__main__":  # pragma: no cover
    import doctest
    doctest.testmod()
