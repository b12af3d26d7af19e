"""Property tests: whatever the text, the extractor never raises, every record
points into the original, values are finite, enums valid, output deterministic."""
import math

from hypothesis import HealthCheck, given, settings, strategies as st

from dangjian_cli import extract_text
from dangjian_cli.models import Category, Qualifier, Unit
from conftest import ROOT

SEED_TEXT = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))

# the pieces report text is made of: numerals, measure words, qualifiers, cue
# words, punctuation, quotes, pinyin residue, full-width digits, traditional script
PIECES = st.sampled_from([
    "1", "23", "4.5", "1,234", "１２", "一", "两", "十九", "三百", "七千三百", "点", "万", "亿", "萬", "億",
    "余", "多", "以上", "约", "近", "不到", "至", "-", "个", "名", "人", "人次", "户", "元", "万元",
    "%", "％", "百分之", "成", "个百分点", "亩", "平方米", "岁", "场", "期", "第", "年", "月",
    "党员", "党组织", "村", "社区", "投入", "收入", "增长", "较上年增加", "其中", "“", "”", "\"",
    "。", ",", "、", "\n", " ", "(zhèn)", "鎮", "黨員", "?", "</p>", "&nbsp;", "Copyright", "=",
    # the words the rules of place, year, rate and check key on
    "每", "每个", "每处", "人均", "生均", "从", "到", "比", "的", "其余", "【", "】", "：", "\t", "  ", "价值",
    "物品", "涉及", "高新区", "眉县", "横渠镇", "大坪村", "全国", "全县", "示范", "两三", "三四百", "七八成",
    "整顿提升", "2023年", "以来", "今年", "去年", "分别", "党总支", "总数",
    # …and a table's unit line, headings that hold a figure, news leads, anniversaries
    "单位：万元、个", "（单位：万元）", "10万元以上村数", "村数", "合计", "近日，", "获悉，", "建党103周年",
    "以前", "每餐", "全体", "较2021年", "补助", "贷款", "大专及以上学历", "“双培双带”", "嘎查", "去年村",
])

settings.register_profile("ci", max_examples=150, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")


def check(text):
    a = extract_text(text, "doc.txt")
    b = extract_text(text, "doc.txt")
    assert [c.record() for c in a] == [c.record() for c in b]
    for c in a:
        assert text[c.start:c.end] == c.text
        assert math.isfinite(c.value)
        assert c.value_max is None or math.isfinite(c.value_max)
        assert c.unit in Unit.__members__ and c.qualifier in Qualifier.__members__
        assert c.category in Category.__members__
        # (lines as str.splitlines counts them, as the record does: a lone \r breaks one)
        assert c.sentence and 1 <= c.line <= len((text + "x").splitlines())
    assert len({c.id for c in a}) == len(a)


@given(st.lists(PIECES, max_size=60).map("".join))
def test_report_like_text(text):
    check(text)


# a figure right after each word a rule keys on, at the start, middle and end of a text
FIGURES = st.sampled_from(["1名", "23个", "4.5万元", "三个", "十多个", "两三次", "七八成", "12%", "8600", "5亩"])
CUES = st.sampled_from(["", "每", "每个", "人均", "从", "到", "比", "比2022年的", "其余", "其中", "【", "：", "\n",
                        "“", "”", "价值", "涉及", "全国", "全县", "眉县", "横渠镇", "党员", "分别", "2023年", "\t"])


@given(st.lists(st.tuples(CUES, FIGURES, CUES), min_size=1, max_size=6))
def test_a_figure_after_any_cue_word(parts):
    check("".join(a + figure + b for a, figure, b in parts))


@given(st.text(max_size=300))
def test_any_unicode_text(text):
    check(text)


@given(st.integers(0, len(SEED_TEXT) - 1), st.integers(0, 400),
       st.lists(st.tuples(st.integers(0, 399), PIECES), max_size=8))
def test_mutated_seed_text(start, length, inserts):
    chunk = list(SEED_TEXT[start:start + length])
    for pos, piece in inserts:
        chunk.insert(min(pos, len(chunk)), piece)
    check("".join(chunk))


def _sentence_reference(text, i):
    """Sentence bounds by the definition: from after the last run of sentence
    marks before ``i`` to the end of the first run at or after it."""
    import re
    from dangjian_cli.tables import SENTENCE_END
    starts = [0] + [m.end() for m in re.finditer(f"[{re.escape(SENTENCE_END)}]+", text)]
    s = max(x for x in starts if x <= i)
    later = [x for x in starts if x > i]
    return s, (later[0] if later else len(text))


@given(st.lists(PIECES, max_size=60), st.lists(st.integers(0, 400), max_size=12))
def test_sentence_walk_matches_definition(pieces, order):
    # the context walks forward from the last offset it was asked about; any
    # order of questions (forward, repeated, backward) gives the same sentences
    from dangjian_cli.context import Context
    text = "".join(pieces)
    ctx = Context(text)
    offsets = sorted(range(len(text))) + [o % len(text) for o in order if text]
    for i in offsets:
        assert ctx._raw_sentence(i) == _sentence_reference(text, i), (text, i)


NUMERAL_PIECES = st.sampled_from([
    "1", "23", "0", "4.5", "1,234", "一", "两", "三", "十", "百", "千", "万", "亿", "点", "零",
    "分之", "百分之", "成", "个", "名", "分", "%", "至", "-", "余", "多", "以上", "第", "年", "、", " ",
])


@given(st.lists(NUMERAL_PIECES, max_size=40))
def test_linear_time_forms_change_no_match(pieces):
    # candidates.py reads digit runs atomically (3.11+) and starts a denominator
    # only where its run of numerals starts (linear time on long runs); the matches
    # must be those of the pattern without either
    import re
    from dangjian_cli.candidates import PATTERN
    plain = PATTERN.pattern.replace("(?<![0-9])\\d+)分之", "\\d+)分之").replace("(?>", "(?:")
    plain = re.sub(r"\(\?<!\[([^\]]*)\]\)(\[\1\]\+)", r"\2", plain, count=1)
    assert plain != PATTERN.pattern and plain.count("(?<!") == PATTERN.pattern.count("(?<!") - 2
    assert "(?>" not in plain
    reference = re.compile(plain, re.VERBOSE)
    text = "".join(pieces)
    assert [(m.span(), m.groups()) for m in PATTERN.finditer(text)] == \
           [(m.span(), m.groups()) for m in reference.finditer(text)]


# --- wrapped text reads as its paragraphs ---------------------------------------------

SENTENCES = [
    "{y}年，全县投入资金{n}万元，新建村级活动场所{m}个",
    "全镇共有基层党组织{m}个，党员{n}名，其中女党员{k}名",
    "培训党员干部{n}人次，开展主题党日活动{m}场",
    "村集体经济收入达到{n}万元，较上年增长{k}%",
    "{y}年以来，累计发展党员{n}名，选派驻村第一书记{m}名",
    "建成党群服务中心{m}个，覆盖率达到{k}%",
]


@st.composite
def wrapped_reports(draw):
    paragraphs = []
    for _ in range(draw(st.integers(3, 6))):
        sentences = draw(st.lists(st.sampled_from(SENTENCES), min_size=2, max_size=5))
        filled = [s.format(y=draw(st.integers(2015, 2024)), n=draw(st.integers(10, 99999)),
                           m=draw(st.integers(2, 999)), k=draw(st.integers(1, 99))) for s in sentences]
        paragraphs.append("\u3000\u3000" + "，".join(filled) + "。")
    return "\n".join(paragraphs), draw(st.integers(18, 45)), draw(st.sampled_from(["\n", "\r\n"]))


@given(wrapped_reports())
def test_a_wrapped_report_gives_the_records_of_its_paragraphs(case):
    text, width, newline = case
    lines = []
    for par in text.split("\n"):
        lines += [par[i:i + width] for i in range(0, len(par), width)]
    wrapped = newline.join(lines)

    def fields(t):
        return [(c.value, c.unit, c.category, c.year, c.year_from, c.subject) for c in extract_text(t, "d.txt")]
    assert fields(wrapped) == fields(text)
    check(wrapped)


# --- a table's cells --------------------------------------------------------------------

COLUMNS = [("党员数", "person", 1), ("党组织数（个）", "count", 1), ("资金（万元）", "yuan", 10_000),
           ("户数", "household", 1), ("备注", None, None), ("新发展党员", "person", 1), ("工作措施", None, None),
           # a heading that holds a figure of its own (a threshold) is a heading still
           ("10万元以上村数", "count", 1),
           # money named with no measure word: in the unit line's 万元 where there is one
           ("集体经济收入", "unit line", 10_000)]


@st.composite
def tables(draw):
    cols = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=4, unique=True))
    towns = draw(st.lists(st.sampled_from(["城关镇", "石门镇", "南关镇", "红花镇", "合计"]), min_size=1,
                          max_size=5, unique=True))
    # (numbers that could be years too: a row is no heading of years for them)
    rows = [[draw(st.integers(0, 99999) | st.integers(1900, 2099)) for _ in cols] for _ in towns]
    unit_line = draw(st.sampled_from(["", "单位：万元\n", "（单位：万元、个）\n"]))
    text = "某县各镇情况\n" + unit_line + "镇名\t" + "\t".join(c[0] for c in cols) + "\n"
    text += "".join(town + "\t" + "\t".join(map(str, row)) + "\n" for town, row in zip(towns, rows))
    return text, cols, rows, bool(unit_line)


@given(tables())
def test_a_tables_cells_are_read_by_their_headings_and_only_theirs(case):
    text, cols, rows, unit_line = case

    def unit(c):
        return ("yuan" if unit_line else None) if c[1] == "unit line" else c[1]
    want = [(float(v * c[2]), unit(c)) for row in rows for v, c in zip(row, cols) if unit(c) is not None]
    body = text.index("镇名")
    body = text.index("\n", body)           # (the heading's own figures are not cells)
    assert [(c.value, c.unit) for c in extract_text(text, "t.txt") if c.start > body] == want
    check(text)
