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

import re
from functools import lru_cache

from .tables import APPROXIMATE_PAIRS, DECIMAL_POINT, MULTIPLIERS, NUMERAL_LARGE, NUMERAL_UNITS, NUMERAL_VALUES

_CN_DIGIT = NUMERAL_VALUES
_CN_UNIT = NUMERAL_UNITS
_CN_ZERO = "".join(c for c, v in NUMERAL_VALUES.items() if v == 0)
_TEN = next(c for c, v in NUMERAL_UNITS.items() if v == 10)
_SECTIONS = tuple(NUMERAL_LARGE.items()) + (("", 1),)


def _cn_section(s: str, first: bool) -> int | None:
    """A canonical section below 10,000 (三千零五十, 十九), or None.

    Strict on purpose: a speaking form (一千五 = 1500) or anything unusual
    returns None and is left to cn2an, so every value given here is one cn2an
    gives too (tests/test_numbers.py checks this exhaustively for short strings)."""
    total, digit, last_unit, zero = 0, None, 10000, False
    for k, ch in enumerate(s):
        if ch in _CN_ZERO:
            if zero or digit is not None or k == 0:
                return None
            zero = True
        elif ch in _CN_DIGIT:
            if digit is not None:
                return None
            digit = _CN_DIGIT[ch]
        elif ch in _CN_UNIT:
            unit = _CN_UNIT[ch]
            if digit is None:
                if not (ch == _TEN and k == 0 and first):   # 十五, 十万
                    return None
                digit = 1
            if digit == 0 or unit >= last_unit or (zero != (unit * 10 < last_unit) and last_unit < 10000):
                return None
            total += digit * unit
            digit, last_unit, zero = None, unit, False
        else:
            return None
    if zero and digit is None:
        return None
    if digit is not None:
        # a last digit stands alone, after 十, or after a zero (一千零五), never
        # straight after 百/千 (一百五 is a speaking form)
        if (last_unit not in (10000, 10) and not zero) or (zero and last_unit < 100):
            return None
        total += digit
    return total


def _cn_integer(s: str) -> int | None:
    """A canonical Chinese integer (一千二百, 十九, 三百六十万, 一亿零五百万)."""
    if s in _CN_ZERO:
        return 0
    total, higher = 0, False
    for sep, factor in _SECTIONS:
        if sep:
            if sep not in s:
                if higher and s:      # 一亿零一千: a skipped section, left to cn2an
                    return None
                continue
            head, _, s = s.partition(sep)
            if not head or sep in s:
                return None
        else:
            head = s
            if not head:
                return total
        if higher:
            # after 万/亿 a section below 千 is written with 零 (一万零五十)
            lead_zero = head[0] in _CN_ZERO
            v = _cn_section(head[1:] if lead_zero else head, False)
            if v is None or v == 0 or (v < 1000) != lead_zero:
                return None
        else:
            v = _cn_section(head, True)
            if v is None or (v == 0 and sep):
                return None
        total += v * factor
        higher = True
    return total


def _cn_strict(s: str) -> float | None:
    """A canonical Chinese integer or decimal (三百六十点七), else None."""
    whole, dot, frac = s.partition(DECIMAL_POINT)
    v = _cn_integer(whole) if whole else None
    if v is None:
        return None
    if not dot:
        return float(v)
    if frac and all(c in _CN_DIGIT for c in frac):
        return float(f"{v}.{''.join(str(_CN_DIGIT[c]) for c in frac)}")
    return None


def _cn2an(s: str) -> float | None:
    """Chinese integer or decimal (no trailing multiplier): canonical forms
    here, anything else through cn2an (imported only then: it costs ~0.4 s)."""
    if not s:
        return None
    # digit strings written in Chinese (二〇〇七) are read digit by digit
    if all(c in _CN_DIGIT for c in s) and len(s) > 1:
        return float("".join(str(_CN_DIGIT[c]) for c in s))
    v = _cn_strict(s)
    if v is not None:
        return v
    import cn2an  # heavy import, only for forms the strict reader leaves
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


_MULTIPLIERS_LONGEST = sorted(MULTIPLIERS, key=len, reverse=True)


@lru_cache(maxsize=8192)
def parse_number(s: str) -> float | None:
    """Value of an Arabic, Chinese or mixed numeral; None when it is not one."""
    if s[:1].isdigit() and s[-1:].isdigit():
        try:
            return float(s)           # the common case: 1234, 96.8
        except ValueError:
            pass
    s = s.replace(",", "").replace("，", "").strip()
    if not s:
        return None
    if _SPOKEN_POWER.search(s):
        return _mixed(s)                # 1万2千, 3亿5千万: the powers are spoken between digits
    factor = 1.0
    # peel trailing multipliers (万, 亿, 千万 …) written after a digit or a decimal
    for m in _MULTIPLIERS_LONGEST:
        if s.endswith(m) and len(s) > len(m):
            head = s[: -len(m)]
            # after Arabic digits any multiplier (3.2万, 3千万); a Chinese
            # integer is read whole by cn2an (一千二百万, 一万二千), so only a
            # Chinese decimal has its multiplier peeled (七千三百三十六点三万)
            if head[-1].isdigit() or (DECIMAL_POINT in head and len(m) == 1):
                factor, s = MULTIPLIERS[m], head
                break
    try:
        return float(s) * factor
    except ValueError:
        pass
    if any(c.isdigit() for c in s):
        return _mixed(s)
    v = _cn2an(s)
    return None if v is None else v * factor


_SPOKEN_POWER = re.compile(r"\d[亿万千百]+\d")
_MIXED_TOKEN = re.compile(r"(\d+(?:\.\d+)?)|([亿万千百])")


def _mixed(s: str) -> float | None:
    """Digits with the powers of ten spoken between them, as a Chinese numeral reads
    (each 万 or 亿 multiplies the section before it), else None.

    >>> _mixed("1万2千"), _mixed("3亿5千万"), _mixed("2千3百"), _mixed("2千3百万")
    (12000.0, 350000000.0, 2300.0, 23000000.0)
    >>> _mixed("1万2") is None, _mixed("3百2千") is None, _mixed("1万万") is None
    (True, True, True)
    """
    total = wan = section = 0.0
    num: float | None = None
    last_small = 10_000.0               # the last 千/百 of the section, which must fall
    pos = 0
    for m in _MIXED_TOKEN.finditer(s):
        if m.start() != pos:
            return None
        pos = m.end()
        if m.group(1):
            if num is not None:
                return None
            num = float(m.group(1))
            continue
        power = MULTIPLIERS[m.group(2)]
        if power < 10_000:
            if num is None or power >= last_small:
                return None
            section, num, last_small = section + num * power, None, power
        elif power == 10_000:
            if num is None and not section:
                return None
            wan, section, num, last_small = wan + (section + (num or 0)) * power, 0.0, None, 10_000.0
        else:
            if num is None and not section and not wan:
                return None
            total = (total + wan + section + (num or 0)) * power
            wan, section, num, last_small = 0.0, 0.0, None, 10_000.0
    if pos != len(s) or num is not None:
        return None
    return total + wan + section


@lru_cache(maxsize=1024)
def approximate(s: str) -> tuple[float, float] | None:
    """The bounds of a Chinese numeral that writes a range by two neighbouring digits,
    each read in the place of the pair (一百二三十 = 一百二十 to 一百三十), else None.

    >>> approximate("两三"), approximate("三四百"), approximate("十五六"), approximate("二三十万")
    ((2.0, 3.0), (300.0, 400.0), (15.0, 16.0), (200000.0, 300000.0))
    >>> approximate("一百二三十"), approximate("二十七八")
    ((120.0, 130.0), (27.0, 28.0))
    >>> approximate("二十三"), approximate("二〇二三"), approximate("一二三") is None
    (None, None, True)
    """
    found = [k for k in range(len(s) - 1) if s[k:k + 2] in APPROXIMATE_PAIRS]
    if len(found) != 1 or any(c.isdigit() for c in s):
        return None
    k = found[0]
    head, tail = s[:k], s[k + 2:]
    # a digit string (二〇二三年, 一二三) is no range: nothing but units may stand around the pair
    if any(c in _CN_DIGIT for c in head[-1:] + tail[:1]):
        return None
    lo, hi = _cn2an(head + s[k] + tail), _cn2an(head + s[k + 1] + tail)
    if lo is None or hi is None or hi <= lo:
        return None
    return lo, hi


if __name__ == "__main__":  # pragma: no cover
    import doctest
    doctest.testmod()
