"""What a person at a terminal sees: tables and `show` on a real pseudo-terminal of 80
and 160 columns, drawn by a terminal emulator (pyte), as the screen is left."""
from __future__ import annotations

import json
import re

import pytest
from conftest import SEEDS, records, run_proc, run_tty

pytest.importorskip("pyte")

#: a report paragraph dense in claims, with long numbers and Chinese text on every row
TEXT = ("2023年，全县共有基层党组织1265个、党员38760名，累计投入资金15000000元，"
        "新建党群服务中心46个，覆盖率达98.6%，发展党员426名，整合资金2.35亿元。\n"
        "其中，农村党支部523个，社区党组织87个，培训村干部3200余人次。\n")


def body_rows(screen: list[str]) -> list[list[str]]:
    """The cells of a rich table's body rows (between ┡…┩ and └…┘)."""
    rows, inside = [], False
    for line in screen:
        if line.startswith("┡"):
            inside = True
        elif line.startswith("└"):
            inside = False
        elif inside and line.startswith("│"):
            rows.append([c.strip() for c in line.strip("│").split("│")])
    return rows


def header(screen: list[str]) -> list[str]:
    line = next(x for x in screen if x.startswith("┃"))
    return [c.strip() for c in line.strip("┃").split("┃")]


@pytest.fixture
def deep_file(tmp_path):
    """The dense paragraph under a long path, as files sit in real archives."""
    d = tmp_path / "archive" / "2023" / "shanxi-province" / "linfen-city" / "county-reports"
    d.mkdir(parents=True)
    f = d / "xiangfen_county_party_building_work_report_2023.txt"
    f.write_text(TEXT * 3, encoding="utf-8")
    return f


@pytest.mark.parametrize("cols", [80, 160])
def test_table_rows_never_wrap_and_fit(deep_file, cols):
    expected = records(run_proc("extract", deep_file))
    screen = run_tty("extract", deep_file, cols=cols, rows=120)
    rows = body_rows(screen)
    # one screen row per claim: no cell of any claim ran onto a second line
    assert len(rows) == len(expected) == 30
    cols_ = header(screen)
    value_at = cols_.index("value")
    # every value whole, and the same number the JSON says
    assert [r[value_at] for r in rows] == [str(int(e["value"]) if float(e["value"]).is_integer() else e["value"])
                                           for e in expected]
    assert "15000000" in [r[value_at] for r in rows]
    assert all(len(line) <= cols for line in screen)
    if cols == 160:
        # the document column is there, its long path cut from the left, the file name kept
        doc = [r[cols_.index("doc")] for r in rows]
        assert all(d.startswith("…") and d.endswith("_report_2023.txt") for d in doc)
        assert {"subject", "place", "year", "category"} <= set(cols_)
    else:
        assert cols_[:4] == ["text", "value", "unit", "category"]


def test_progress_bar_cleared_before_table(deep_file):
    screen = [x for x in run_tty("extract", deep_file, cols=100, rows=120) if x]
    # the table's top border starts a line of its own; no trace of the bar anywhere
    assert screen[0].startswith("┏"), screen[:2]
    assert not any("documents" in x and "files" in x for x in screen)
    assert screen[-1] == "dangjian: 1 read, 0 skipped, 30 claims"


def test_long_table_goes_through_pager(deep_file, tmp_path):
    paged = tmp_path / "paged.txt"
    screen = run_tty("extract", deep_file, cols=120, rows=20,
                     env={"PAGER": f"sh -c 'cat > {paged}'"})
    # the table went to the pager, not the screen; the count still to the terminal
    assert not any(x.startswith("┏") for x in screen)
    text = paged.read_text(encoding="utf-8")
    assert text.count("15000000元") == 3 and "┏" in text


def test_thousands_of_rows_switch_to_json_lines(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(TEXT * 220, encoding="utf-8")            # 2,200 claims
    out = tmp_path / "out.txt"
    screen, raw = run_tty("extract", big, cols=120, rows=50, raw=True,
                          env={"PAGER": f"sh -c 'cat > {out}'"})
    assert "more than 2000 rows: writing JSON Lines instead of a table" in raw
    assert "┏" not in raw
    lines = [x for x in raw.splitlines() if x.startswith('{"')]
    assert len(lines) == 2200 and json.loads(lines[-1])["text"] == "3200余人次"
    assert screen[-2] == "dangjian: 1 read, 0 skipped, 2200 claims"
    assert not out.exists()


def test_check_table_reads_as_words(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("全县共有党员200名，其中女党员50名，占党员总数的25%。\n", encoding="utf-8")
    screen = run_tty("check", f, cols=100, rows=40)
    cols_ = header(screen)
    assert cols_[:4] == ["doc", "line", "check", "text"]
    assert not any(re.search(r"\b[0-9a-f]{16}\b", x) for x in screen)      # no hash ids
    assert any("25%" in x and "consistent" in x for x in screen)


# ---- dangjian show -------------------------------------------------------------

def highlighted(screen_buffer, rows: int, cols: int, first: int = 0) -> str:
    """The characters drawn on a coloured background, in reading order, from row ``first``."""
    out = []
    for y in range(first, rows):
        line = screen_buffer[y]
        for x in range(cols):
            ch = line[x]
            if ch.bg != "default" and ch.data:
                out.append(ch.data)
    return "".join(out)


@pytest.mark.parametrize("cols", [80, 160])
def test_show_highlights_every_claim(cols):
    seed = SEEDS[0]
    expected = records(run_proc("extract", seed))
    screen, buffer = run_tty("show", seed, cols=cols, rows=1500, buffer=True)
    text = "".join(x for x in screen)
    # the legend (the lines above the first blank one) names each category used
    legend = " ".join(screen[:screen.index("")])
    assert legend.startswith(str(seed)) and all(c in legend.split() for c in {e["category"] for e in expected})
    # every claim is drawn in colour, in its order, and nothing else is (the legend aside)
    marked = highlighted(buffer, 1500, cols, first=screen.index(""))
    assert marked == "".join(e["text"] for e in expected)
    # each claim's note: its text, value and unit
    for e in expected:
        assert f"↳ {e['text']} =" in text
    assert all(len(x) <= cols for x in screen)


def test_show_line_and_category():
    seed = SEEDS[0]
    funds = [e for e in records(run_proc("extract", seed)) if e["category"] == "funds"]
    line = funds[0]["line"]
    screen = [x for x in run_tty("show", seed, "--line", line, "--category", "funds", cols=160, rows=60) if x]
    assert screen[1].lstrip().startswith(str(line))
    notes = [x for x in screen if "↳" in x]
    assert notes and all("funds" in x for x in notes)
    assert len(notes) == sum(1 for e in funds if e["line"] == line)
