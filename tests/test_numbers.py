"""The strict Chinese-numeral reader agrees with cn2an wherever it gives a value.

dangjian reads canonical Chinese numerals itself (importing cn2an costs ~0.4 s
per process) and leaves every other form to cn2an; these tests hold the two
readers to the same values, exhaustively for short strings.
"""
import itertools
import random

import cn2an
import pytest

from dangjian_cli.numbers import _cn_strict, parse_number
from dangjian_cli.tables import CN_DIGITS


def _cn2an(s):
    try:
        return float(cn2an.cn2an(s, "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def test_every_short_string_agrees_or_is_left_to_cn2an():
    checked = 0
    for n in (1, 2, 3, 4):
        for chars in itertools.product(CN_DIGITS, repeat=n):
            s = "".join(chars)
            v = _cn_strict(s)
            if v is not None:
                assert v == _cn2an(s), s
                checked += 1
    assert checked > 500          # the strict reader does take the common forms


def test_canonical_renderings_are_read_without_cn2an():
    rng = random.Random(5)
    numbers = list(range(0, 3000)) + [rng.randrange(10**k) for k in range(4, 13) for _ in range(300)]
    for n in numbers:
        s = cn2an.an2cn(n, "low")
        assert _cn_strict(s) == float(n), s
        s2 = s.replace("二", "两", 1)
        if _cn_strict(s2) is not None:
            assert _cn_strict(s2) == _cn2an(s2), s2
    for n in range(0, 2000, 7):
        s = cn2an.an2cn(f"{n}.{n % 97}", "low")
        assert _cn_strict(s) == _cn2an(s), s


@pytest.mark.parametrize("s, value", [
    ("十九", 19.0), ("二十", 20.0), ("一百零五", 105.0), ("一千零五十", 1050.0),
    ("三百六十点七", 360.7), ("两千", 2000.0), ("十万", 1e5), ("一万零五十", 10050.0),
    ("九千九百九十九万", 99990000.0), ("零点五", 0.5),
    # speaking forms and oddities: left to cn2an (None here), read by parse_number
    ("一千五", None), ("一百十五", None), ("十一万三", None), ("一万五十", None),
])
def test_strict_reader_table(s, value):
    assert _cn_strict(s) == value
    assert parse_number(s) == _cn2an(s)


def test_han_class_is_the_han_script():
    """charclass.han() (for the re module) lists exactly regex's \\p{Han}."""
    import re

    import regex

    from dangjian_cli.charclass import han
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert re.findall(f"[{han()}]", every) == regex.findall(r"\p{Han}", every)
    assert re.findall(f"[{han('县市〇')}]", "汉阴县市〇二") == ["汉", "阴", "二"]
