"""Reading real-world input: encodings, scripts, HTML, corpora and bad files."""
import json
import os
import sys

import unicodedata

import pytest

from dangjian_cli import extract_text
from conftest import ROOT, SEEDS, run

FIXTURES = ROOT / "fixtures"




def records(result):
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def without_doc(recs):
    return [{k: v for k, v in r.items() if k not in ("doc", "id")} for r in recs]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_offset_invariant_on_every_seed(seed):
    original = seed.read_text(encoding="utf-8-sig")
    claims = extract_text(original, seed.name)
    assert claims
    for c in claims:
        assert original[c.start:c.end] == c.text
        assert c.text in c.sentence
        assert original.count("\n", 0, c.start) + 1 == c.line


def test_offset_invariant_on_every_fixture():
    from dangjian_cli.sources import list_inputs, read_input, Document
    n = 0
    for label, path, err in list_inputs([str(FIXTURES)]):
        for doc in read_input(label, path, err):
            if isinstance(doc, Document):
                for c in extract_text(doc.text, doc.doc):
                    assert doc.text[c.start:c.end] == c.text
                    n += 1
    assert n > 10


@pytest.mark.parametrize("encoding", ["gb18030", "utf-16", "utf-8-sig"])
def test_encoded_copies_of_a_seed_give_the_same_records(tmp_path, encoding):
    seed = SEEDS[0]
    text = seed.read_text(encoding="utf-8")
    copy = tmp_path / seed.name
    copy.write_bytes(text.encode(encoding))
    a = records(run("extract", str(seed), "--format", "jsonl"))
    b = records(run("extract", str(copy), "--format", "jsonl"))
    assert len(a) > 10 and without_doc(a) == without_doc(b)


def test_big5_copy_gives_the_same_records(tmp_path):
    # seed 002 is traditional script; the pinyin tone marks have no Big5 code,
    # so they become "?" (the lost-character residue the spec names) in both copies
    text = SEEDS[2].read_text(encoding="utf-8")
    safe = "".join(ch if _encodable(ch, "big5") else "?" for ch in text)
    (tmp_path / "u.txt").write_text(safe, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(safe.encode("big5"))
    a = records(run("extract", str(tmp_path / "u.txt"), "--format", "jsonl"))
    b = records(run("extract", str(tmp_path / "b.txt"), "--format", "jsonl"))
    assert len(a) >= 10 and without_doc(a) == without_doc(b)
    assert {r["value"] for r in a} >= {160000000, 14000000, 834, 9200}


def _encodable(ch, enc):
    try:
        ch.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def test_html_page_drops_navigation_scripts_and_footer():
    r = run("extract", str(FIXTURES / "html" / "news_page.html"), "--format", "jsonl")
    assert r.exit_code == 0
    got = [(x["text"], x["value"], x["category"]) for x in records(r)]
    assert got == [("2300余万元", 23000000, "funds"), ("46个", 46, "facilities"),
                   ("8,560名", 8560, "party_members"), ("5 230名", 5230, "party_members"),
                   ("326个", 326, "party_organizations"), ("18.6%", 18.6, "percentage")]


def test_dump_text_is_what_html_offsets_refer_to():
    page = str(FIXTURES / "html" / "news_page.html")
    dumped = run("extract", page, "--dump-text").stdout
    text = dumped.split("<==\n", 1)[1].rstrip("\n")
    for rec in records(run("extract", page, "--format", "jsonl")):
        assert text[rec["start"]:rec["end"]] == rec["text"]


# (page, the date line kept under the heading, the year of 今年/近年来 in its body)
PAGE_DATES = [
    # an info block, dropped as furniture, still dates the page
    ('<html><body><h1>沧县：党建引领促振兴</h1><div class="info">发布时间：2024-05-20 09:30 浏览次数：1234</div>'
     '<div class="content"><p>今年以来，沧县投入资金5600万元。</p></div></body></html>', "2024-05-20", 2024),
    # a dated line the article keeps: nothing added
    ('<html><body><div class="content"><h1>某镇党建纪实</h1><p class="x">日期：2023年8月12日</p>'
     '<p>今年以来，全镇投入资金300万元。</p></div></body></html>', "2023年8月12日", 2023),
    # a newspaper's masthead: the date before its weekday
    ('<html><body><div class="banner">安康日报 2024年5月10日 星期五 第03版</div><div class="content">'
     '<h1>汉滨区推进基层治理</h1><p>今年以来，汉滨区划分网格1356个。</p></div></body></html>', "2024年5月10日", 2024),
    # no date anywhere: nothing added, 今年 stays unknown
    ('<html><body><div class="content"><h1>某县纪实</h1><p>今年以来，全县投入资金300万元。</p></div></body></html>',
     None, None),
]


@pytest.mark.parametrize("page,line,year", PAGE_DATES)
def test_a_pages_publication_date_is_kept_as_its_date(tmp_path, page, line, year):
    f = tmp_path / "p.html"
    f.write_text(page, encoding="utf-8")
    text = run("extract", f, "--dump-text").stdout.split("<==\n", 1)[1].rstrip("\n")
    lines = text.splitlines()
    if line is None:
        assert len(lines) == 2
    else:
        assert line in lines[1]
    recs = records(run("extract", f, "--format", "jsonl"))
    assert recs and {r["year"] for r in recs} == {year}
    for r in recs:
        assert text[r["start"]:r["end"]] == r["text"]


def test_gb18030_page_with_meta_charset():
    recs = records(run("extract", str(FIXTURES / "html" / "gb18030_page.html"), "--format", "jsonl"))
    assert [(r["text"], r["category"]) for r in recs] == [
        ("15个", "villages"), ("1863万元", "income"), ("236名", "party_members"),
        ("2.1万人次", "people")]


def test_jsonl_corpus_reports_the_broken_line_and_goes_on():
    r = run("extract", str(FIXTURES / "corpus" / "articles.jsonl"), "--format", "jsonl")
    assert r.exit_code == 1
    docs = [x["doc"].rsplit("/", 1)[1] for x in records(r)]
    assert docs == ["articles.jsonl#a1"] * 2 + ["articles.jsonl#a3"] * 2
    assert "articles.jsonl:2: skipped: not a JSON object" in r.stderr


def test_corpus_field_names_are_settable(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"key": "k9", "body": "投入资金60万元"}, ensure_ascii=False) + "\n", encoding="utf-8")
    recs = records(run("extract", str(f), "--text-field", "body", "--id-field", "key", "--format", "jsonl"))
    assert [r["doc"].rsplit("/", 1)[1] for r in recs] == ["c.jsonl#k9"]


# --- bad input: one line naming the file and the reason, never a traceback -------

def bad_inputs(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "noise.txt").write_bytes(bytes((i * 37) % 128 + 128 for i in range(3000)) + b"\xff\xfe\xff")
    (tmp_path / "nul.txt").write_bytes("党员63人".encode() + b"\x00\x00" + "投入50万元".encode())
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    return tmp_path


@pytest.mark.parametrize("name,reason", [
    ("image.txt", "binary file"),
    ("noise.txt", "no text encoding fits"),
    ("nul.txt", "binary file"),
    ("dangling.txt", "broken symbolic link"),
])
def test_bad_file_named_with_reason(tmp_path, name, reason):
    bad_inputs(tmp_path)
    r = run("extract", str(tmp_path / name), "--format", "jsonl")
    assert r.exit_code == 1
    assert f"{tmp_path / name}: skipped: {reason}" in r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def test_empty_file_is_read_with_no_claims(tmp_path):
    bad_inputs(tmp_path)
    r = run("extract", str(tmp_path / "empty.txt"), "--format", "jsonl")
    assert r.exit_code == 0 and r.stdout == ""
    assert "1 read, 0 skipped, 0 claims" in r.stderr


def test_missing_path():
    r = run("extract", "no/such/file.txt")
    assert r.exit_code == 1
    assert "no/such/file.txt: skipped: no such file or folder" in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text("投入50万元", encoding="utf-8")
    f.chmod(0)
    r = run("extract", str(f))
    assert r.exit_code == 1 and "permission denied" in r.stderr


def test_unreadable_file_message(tmp_path, monkeypatch):
    # as root every file is readable, so the denial is simulated at the OS call
    from dangjian_cli import sources
    f = tmp_path / "secret.txt"
    f.write_text("投入50万元", encoding="utf-8")

    def deny(self, *a, **k):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(sources.Path, "open", deny)
    r = run("extract", str(f))
    assert r.exit_code == 1
    assert f"{f}: skipped: permission denied" in r.stderr


def test_symlink_loop_in_folder_terminates(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text("建成产业园41个", encoding="utf-8")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a")
    r = run("extract", str(tmp_path), "--format", "jsonl")
    assert r.exit_code == 0
    assert [x["text"] for x in records(r)] == ["41个"]


def test_folder_mixing_good_and_bad_equals_good_alone(tmp_path):
    good = tmp_path / "good"
    mixed = tmp_path / "mixed"
    good.mkdir()
    for s in SEEDS[:2]:
        (good / s.name).write_bytes(s.read_bytes())
    mixed.mkdir()
    for s in SEEDS[:2]:
        (mixed / s.name).write_bytes(s.read_bytes())
    bad_inputs(mixed)
    a = run("extract", str(good), "--format", "jsonl")
    b = run("extract", str(mixed), "--format", "jsonl")
    assert a.exit_code == 0 and b.exit_code == 1
    assert without_doc(records(a)) == without_doc(records(b))
    assert b.stderr.count("skipped:") == 4


def test_fail_fast_stops_at_first_bad_file(tmp_path):
    bad_inputs(tmp_path)
    (tmp_path / "z_good.txt").write_text("投入资金60万元", encoding="utf-8")
    r = run("extract", str(tmp_path), "--fail-fast", "--format", "jsonl")
    assert r.exit_code == 1
    assert r.stderr.count("skipped:") == 1 and r.stdout == ""


def test_long_line_and_numbers_only_text():
    line = ("投入资金50万元," * 20000) + "党员63人"
    claims = extract_text(line)
    assert len(claims) == 20001
    assert extract_text("1234567890 " * 5000) == []
    assert extract_text("。,、;!?“”" * 5000) == []


def test_folder_of_many_files(tmp_path):
    for i in range(1500):
        (tmp_path / f"{i:05d}.txt").write_text(f"全村党员{i + 1}人。", encoding="utf-8")
    r = run("extract", str(tmp_path), "--format", "jsonl", "-q")
    recs = records(r)
    assert r.exit_code == 0 and len(recs) == 1500
    assert [x["value"] for x in recs[:3]] == [1, 2, 3]


def test_large_file_read_in_blocks_gives_the_records_of_the_whole_file(tmp_path):
    from dangjian_cli.pipeline import iter_claims
    from dangjian_cli.sources import _read_blocks
    text = "\n".join(s.read_text(encoding="utf-8") for s in SEEDS) * 2
    f = tmp_path / "big.txt"
    f.write_bytes(text.encode("gb18030"))
    whole = [c.record() for c in iter_claims(text, "big.txt")]
    blocks, firsts = [], []
    for d in _read_blocks("big.txt", f, block=700):   # hundreds of small blocks
        firsts.append(d.first)
        blocks += [c.record() for c in iter_claims(d.text, d.doc, d.base, d.base_line, d.head,
                                                   d.lo, d.hi)]
    assert len(firsts) > 50 and firsts.count(True) == 1
    keys = ("id", "start", "end", "text", "value", "unit", "category", "sentence", "line")
    assert [{k: r[k] for k in keys} for r in blocks] == [{k: r[k] for k in keys} for r in whole]
    assert len(whole) > 250


def test_line_of_several_mb_without_newline_is_cut_at_sentence_ends(tmp_path):
    from dangjian_cli.sources import _read_blocks
    f = tmp_path / "oneline.txt"
    f.write_text("全县投入资金50万元。" * 2000, encoding="utf-8")
    docs = list(_read_blocks("oneline.txt", f, block=4096))
    windows = [d.text[d.lo:d.hi] for d in docs]
    assert len(docs) > 5 and all(w.endswith("。") for w in windows)
    assert "".join(windows) == f.read_text(encoding="utf-8")
    # each block also holds a margin of its neighbours' text, for context only
    assert all(d.text.startswith(w) or d.lo > 0 for d, w in zip(docs, windows))


def test_file_with_mixed_encodings_is_reported_or_read(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_bytes("全县党员1000名。".encode() + "投入资金50万元。".encode("gb18030") * 3)
    r = run("extract", str(f), "--format", "jsonl")
    assert "Traceback" not in r.stderr
    if r.exit_code == 1:
        assert f"{f}: skipped:" in r.stderr and r.stdout == ""
    else:
        assert r.exit_code == 0
        for rec in records(r):
            assert rec["text"]


def test_very_large_file_peak_memory_is_bounded(tmp_path):
    # a 12 MB single file read in 256 KB blocks against a 1.2 MB one: the peak
    # memory of the larger is that of the smaller (DANGJIAN_BLOCK_BYTES sets the block)
    import subprocess
    text = "\n".join(s.read_text(encoding="utf-8") for s in SEEDS)
    wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
               "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    peaks = []
    for copies in (25, 250):
        f = tmp_path / f"big{copies}.txt"
        f.write_text(text * copies, encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "dangjian_cli",
                              "extract", str(f), "-o", str(tmp_path / "out.jsonl")],
                             capture_output=True, text=True, check=True,
                             env={**os.environ, "DANGJIAN_BLOCK_BYTES": str(256 * 1024)}).stdout
        peaks.append(int(out))
    assert peaks[1] <= 1.2 * peaks[0] + 4096, peaks


def test_one_large_document_costs_a_few_bytes_of_memory_per_byte(tmp_path):
    # a 2 MB document (claim-dense: ~7,000 claims) against a small one. Its records
    # are rendered as they come, never held as dicts, and joined a group at a time:
    # gathered all at once they cost ~35 bytes of memory per byte of input
    import subprocess
    text = "\n".join(s.read_text(encoding="utf-8") for s in SEEDS)
    block = 2 * 1024 * 1024
    wrapper = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, "
               "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    peaks = []
    for copies in (1, block // len(text.encode("utf-8"))):
        f = tmp_path / f"doc{copies}.txt"
        f.write_text(text * copies, encoding="utf-8")
        out = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "dangjian_cli",
                              "extract", str(f), "-o", str(tmp_path / "out.jsonl")],
                             capture_output=True, text=True, check=True,
                             env={**os.environ, "DANGJIAN_BLOCK_BYTES": str(block)}).stdout
        peaks.append(int(out) * 1024)
    assert f.stat().st_size <= block                    # one document, not blocks
    assert (peaks[1] - peaks[0]) / f.stat().st_size <= 20, peaks


def test_a_corpus_lines_headline_and_date_fields_are_the_documents(tmp_path):
    import json
    import sqlite3
    lines = [{"id": "a1", "title": "温县2023年党建工作综述", "date": "2023-12-20 10:00",
              "text": "今年以来，全县投入资金300万元。"},
             {"id": "a2", "headline": "某县党建", "publish_time": "2024年3月5日",
              "text": "今年全县新建站点12个。"},
             {"id": "a3", "text": "今年以来，全县投入资金300万元。"}]
    f = tmp_path / "c.jsonl"
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    for jobs in ("1", "2"):
        got = {r["doc"].split("#")[1]: (r["place"], r["county"], r["year"])
               for r in records(run("extract", f, "--format", "jsonl", "--jobs", jobs))}
        assert got == {"a1": ("温县", "温县", 2023), "a2": (None, None, 2024), "a3": (None, None, None)}
    db = tmp_path / "s.sqlite"
    run("extract", f, "--db", db)
    rows = sqlite3.connect(db).execute("SELECT doc, title, date FROM documents ORDER BY doc").fetchall()
    assert [(d.split("#")[1], t, dt) for d, t, dt in rows] == [
        ("a1", "温县2023年党建工作综述", "2023-12-20"), ("a2", "某县党建", "2024-03-05"), ("a3", None, None)]


# --- text wrapped at a page's width (pdftotext, copy and paste, OCR dumps) ---------------

def _wrap(text, width, newline="\n"):
    """Cut every line of ``text`` into lines of ``width`` characters, as a page does."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return newline.join(out)


def _wrap_printed(text, columns):
    """Cut every line of ``text`` where it fills ``columns`` columns as printed (a Han
    character or a full-width mark two, a digit or an ASCII comma one), as a PDF's page does."""
    out = []
    for line in text.split("\n"):
        cut, used = 0, 0
        for k, ch in enumerate(line):
            w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
            if used + w > columns:
                out.append(line[cut:k])
                cut, used = k, 0
            used += w
        out.append(line[cut:])
    return "\n".join(out)


def _fields(text):
    return [(c.value, c.unit, c.category, c.place, c.year, c.year_from, c.subject)
            for c in extract_text(text, "doc.txt")]


WRAPPED_REPORT = (
    "XX县2023年基层党建工作总结\n"
    "　　2023年，全县投入资金1200万元，新建村级活动场所18个，改造提升党群服务中心46个，"
    "培训党员干部3200人次，选派第一书记112名驻村开展帮扶工作。\n"
    "　　全县共有基层党组织1106个，党员2.3万名，其中农村党员1.1万名，35岁以下党员占比21.5%，"
    "全年发展党员356名，处置不合格党员12名。\n"
    "　　2021年以来，城关镇发展村集体经济项目26个，村集体经济收入达到860万元，较上年增长12%，"
    "集体经济收入10万元以上的村达到48个。\n"
    "　　下一步，我们将继续加大投入，计划新建党群服务站30个，力争全县村集体经济收入全部达到5万元以上。\n")


@pytest.mark.parametrize("width", [24, 27, 31, 38])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_a_wrapped_text_reads_as_its_paragraphs(width, newline):
    # a number cut at the edge (3 / 200人次), a year opening a paragraph three lines up,
    # a period's year_from: the same records as the text with one paragraph per line
    wrapped = _wrap(WRAPPED_REPORT, width, newline)
    assert wrapped.count("\n") > 6
    assert _fields(wrapped) == _fields(WRAPPED_REPORT)
    for c in extract_text(wrapped, "doc.txt"):
        assert wrapped[c.start:c.end] == c.text


def test_a_number_cut_at_the_line_end_is_one_claim_whose_text_keeps_the_break():
    text = _wrap(WRAPPED_REPORT, 27)
    claims = {c.text: c for c in extract_text(text, "doc.txt")}
    assert "3\n200人次" in claims
    c = claims["3\n200人次"]
    assert (c.value, c.unit, c.category, c.year) == (3200, "person_time", "people", 2023)
    assert c.line == 3 and text[c.start:c.end] == c.text


@pytest.mark.parametrize("turn", ["\n- 2 -\n", "\n\n- 2 -\n\x0c", "\n\x0c", "\n第2页\n\n"])
def test_a_page_turning_inside_a_sentence_is_passed_over(turn):
    # pdftotext ends a page with its number and a form feed, wherever the sentence is
    lines = _wrap(WRAPPED_REPORT, 27).split("\n")
    k = next(i for i, ln in enumerate(lines) if ln.endswith("干部3"))
    text = "\n".join(lines[:k + 1]) + turn + "\n".join(lines[k + 1:])
    claims = {c.text.replace("\n", "").replace("\x0c", ""): c for c in extract_text(text, "doc.txt")}
    assert _fields(text) == _fields(WRAPPED_REPORT)
    c = next(c for c in extract_text(text, "doc.txt") if c.value == 3200)
    assert text[c.start:c.end] == c.text and c.text.startswith("3") and c.text.endswith("200人次")
    assert "2" not in [x.text for x in claims.values()]


def test_a_running_head_that_opens_each_page_is_passed_over():
    lines = _wrap(WRAPPED_REPORT, 27).split("\n")
    out = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if i and i % 4 == 0:
            out.append(f"- {i // 4} -\x0c某县委组织部文件（第{i // 4 + 1}期）")
    text = "\n".join(out)
    assert text.count("\x0c") >= 3
    assert _fields(text) == _fields(WRAPPED_REPORT)


@pytest.mark.parametrize("text", [
    # one paragraph per line: long lines end with a sentence mark
    WRAPPED_REPORT,
    # a table of short rows at one width, cells apart
    "单位\t党组织\t党员\n城关镇\t56个\t1830名\n石门镇\t41个\t1202名\n南关镇\t38个\t1177名\n",
    "城关镇  党组织56个  党员1830名  新发展党员35名\n石门镇  党组织41个  党员1202名  新发展党员22名\n"
    "南关镇  党组织38个  党员1177名  新发展党员19名\n红花镇  党组织30个  党员1001名  新发展党员17名\n",
    # headings and short lines
    "一、基本情况\n二、主要做法\n三、存在问题\n四、下一步打算\n",
    # a list of items each opening with a bullet, at one width, none ending a sentence
    "▲ 基层党组织：1028个（党委42个、党总支35个、党支部951个）\n▲ 2023年发展党员：386名（35岁以下占82.4%）\n"
    "▲ 村级集体经济总收入：1.26亿元（村均68万元）\n● 党建示范点：创建省级示范点6个、市级23个、县级58个\n"
    "● 驻村帮扶：选派第一书记186名、工作队员560名\n",
    # a village's accounts: numbered items, a few long ones open at the end, most short
    "大坪村2024年第二季度村务财务公开\n一、收入情况\n1. 上级转移支付：85000元\n"
    "2. 集体经营收入：126400元（其中：茶园租赁收入48000元，光伏发电收益78400元）\n3. 其他收入：3200元\n"
    "本季度收入合计：214600元\n二、支出情况\n1. 村干部报酬：36000元\n2. 办公经费：8650元\n"
    "3. 困难群众慰问：6000元（慰问12户，每户500元）\n本季度支出合计：50650元\n",
], ids=["paragraphs", "tab-table", "space-table", "headings", "bullets", "accounts"])
def test_text_that_is_not_wrapped_is_never_joined(text):
    from dangjian_cli.normalise import normalise
    from dangjian_cli.unwrap import cuts
    assert cuts(text) == []
    assert normalise(text).text.count("\n") == text.count("\n")


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_no_line_of_a_seed_is_joined(seed):
    from dangjian_cli.unwrap import cuts
    assert cuts(seed.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("wrap,widths", [
    (_wrap, range(25, 50, 4)),
    # a page set in type wraps by columns: a line with digits and ASCII commas holds more
    # characters than one of Han characters alone, and is as full
    (_wrap_printed, range(50, 100, 8)),
], ids=["characters", "columns"])
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_a_seed_wrapped_gives_the_same_claims(seed, wrap, widths):
    # every claim found with its value; place, year and subject the same for at
    # least 95%: a paragraph whose last line ends exactly at the edge cannot be told
    # from one that goes on when paragraphs are not indented
    text = seed.read_text(encoding="utf-8")
    base = _fields(text)
    same = total = 0
    for width in widths:
        got = _fields(wrap(text, width))
        assert [f[:2] for f in got] == [f[:2] for f in base]
        same += sum(a == b for a, b in zip(got, base))
        total += len(base)
    assert same >= 0.95 * total


PRINTED_REPORT = (
    "镇巴县“党建+合作社”工作情况\n"
    "    近年来,镇巴县坚持以党建引领合作社发展,全县186个村全部成立党组织领办合作社,入社群众达2.3万户,"
    "2023年合作社经营收入达1.86亿元,带动村集体增收2680万元。\n"
    "    在兴隆镇,青龙村党支部领办的茶叶合作社吸纳社员312户,2023年实现分红86万元,户均分红2756元。\n"
    "    下一步,全县将力争到2025年,合作社经营收入突破2.5亿元,入社群众达到3万户。\n")


@pytest.mark.parametrize("columns", [40, 44, 48, 52])
def test_a_report_wrapped_as_printed_with_indented_paragraphs(columns):
    # pdftotext's lines of a page set in type: paragraphs indented by four spaces, ASCII
    # commas and digits; the lines with digits hold more characters and are as full
    assert _fields(_wrap_printed(PRINTED_REPORT, columns)) == _fields(PRINTED_REPORT)


def test_a_web_pages_table_is_read_by_its_columns_headings(tmp_path):
    page = tmp_path / "table.html"
    page.write_text(
        "<html><head><meta charset='utf-8'></head><body><h1>2023年洋县各镇党员发展情况</h1>"
        "<table><tr><td>镇名</td><td>党组织数（个）</td><td>党员数（名）</td></tr>"
        "<tr><td>城关镇</td><td>56</td><td>1830</td></tr>"
        "<tr><td>石门镇</td><td>41</td><td>1202</td></tr></table>"
        "<p>全县共有党员3032名，基层党组织97个，较上年增加4个。</p></body></html>", encoding="utf-8")
    r = run("extract", page, "--format", "jsonl")
    assert r.exit_code == 0
    got = [(x["text"], x["unit"], x["category"], x["place"], x["year"]) for x in records(r)]
    assert got[:4] == [("56", "count", "party_organizations", "城关镇", 2023),
                       ("1830", "person", "party_members", "城关镇", 2023),
                       ("41", "count", "party_organizations", "石门镇", 2023),
                       ("1202", "person", "party_members", "石门镇", 2023)]


def _letter_spaced(text):
    """Every line of ``text`` with a space after each character, as some PDFs and OCR
    set Chinese."""
    return "\n".join(" ".join(line) for line in text.split("\n"))


# (not the seed whose words carry pinyin in brackets, 經(jīng)濟: letter-spaced, the
# brackets are no longer pinyin's; no real text has both)
@pytest.mark.parametrize("seed", [s for s in SEEDS if "(jīng)" not in s.read_text(encoding="utf-8")],
                         ids=lambda p: p.name[:3])
def test_a_seed_set_with_a_space_after_every_character_gives_the_same_claims(seed):
    text = seed.read_text(encoding="utf-8")
    spaced = _letter_spaced(text)
    base = _fields(text)
    found = list(extract_text(spaced, "doc.txt"))
    got = [(c.value, c.unit, c.category, c.place, c.year, c.year_from, c.subject) for c in found]
    assert [f[:2] for f in got] == [f[:2] for f in base]
    assert sum(a == b for a, b in zip(got, base)) >= 0.95 * len(base)
    for c in found:
        assert spaced[c.start:c.end] == c.text


def test_a_letter_spaced_line_is_read_as_written_and_a_line_of_words_is_not():
    text = ("2 0 2 3 年 度 抓 基 层 党 建 工 作 述 职 报 告\n中 共 留 坝 县 委 书 记  张 伟\n"
            "全 年 投 入 资 金 1860 万 元 ， 新 建 党 群 服 务 中 心 12 个 ， 发 展 党 员 96 名 。\n"
            "各 镇 党 员 ： 城 关 镇 56 1830 ， 2 0 2 2 年 为 1 7 9 1 名 。")
    got = {c.text: c for c in extract_text(text)}
    assert (got["1860 万 元"].value, got["1860 万 元"].category) == (18600000, "funds")
    assert (got["12 个"].category, got["12 个"].subject, got["12 个"].place) == ("facilities", "党群服务中心", "留坝县")
    assert (got["96 名"].category, got["96 名"].year) == ("party_members", 2023)
    from dangjian_cli.normalise import normalise
    # two numbers written whole stay apart; digits set apart one by one are one number
    assert normalise(text).text.splitlines()[3] == "各镇党员：城关镇56 1830，2022年为1791名。"
    # words parted by spaces, in a text not set letter by letter, stay as written
    assert normalise("全县 共有 党员 486名 。").text == "全县 共有 党员 486名 。"


# A spreadsheet saved as CSV, as offices export one: a title row padded with empty cells,
# quoted cells (a thousands comma, a doubled quote), an empty row before the total, CRLF
SHEET = ('商南县2023年各镇党员发展情况统计表,,,\r\n镇名,党员总数（名）,发展党员（名）,备注\r\n'
         '富水镇,"1,215",18,\r\n试马镇,986,12,"含""两新""组织"\r\n,,,\r\n合计,"2,201",30,\r\n')


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030"])
def test_a_spreadsheet_saved_as_csv_is_read_by_its_columns(tmp_path, encoding):
    sheet = tmp_path / "党员统计.csv"
    sheet.write_bytes(SHEET.encode(encoding))
    r = run("extract", sheet, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    got = [(x["text"], x["value"], x["category"], x["place"], x["year"], x["line"]) for x in records(r)]
    assert got == [("1,215", 1215, "party_members", "富水镇", 2023, 3), ("18", 18, "party_members", "富水镇", 2023, 3),
                   ("986", 986, "party_members", "试马镇", 2023, 4), ("12", 12, "party_members", "试马镇", 2023, 4),
                   ("2,201", 2201, "party_members", "商南县", 2023, 6), ("30", 30, "party_members", "商南县", 2023, 6)]
    for x in records(r):                 # offsets are the file's own (code points after the BOM)
        assert SHEET[x["start"]:x["end"]] == x["text"]


@pytest.mark.parametrize("gap", ["\n\n", "\n\t\t\n", "\n  \n"])
def test_a_blank_row_inside_a_table_keeps_the_rows_below_it_under_the_heading(gap):
    text = "镇名\t党员数（名）\t党组织数（个）\n富水镇\t1215\t41\n试马镇\t986\t33" + gap + "合计\t2201\t74\n"
    got = [(r.text, r.category) for r in extract_text(text)]
    assert got[-2:] == [("2201", "party_members"), ("74", "party_organizations")]
