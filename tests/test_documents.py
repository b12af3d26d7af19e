"""The files users actually have: Word, PDF (text layer, page breaks, scans, encrypted),
legacy .doc, real web pages, and folders where every file is accounted for."""
import json
import os
import shutil

import pytest

from conftest import ROOT, records, run, run_proc
from dangjian_cli.pipeline import iter_records

DOCS = ROOT / "fixtures" / "documents"
HTML = ROOT / "fixtures" / "html"


def need(tool):
    """Skip without a system tool, unless CI asks for every tool (DANGJIAN_REQUIRE_TOOLS=1)."""
    if shutil.which(tool) is None:
        if os.environ.get("DANGJIAN_REQUIRE_TOOLS"):
            pytest.fail(f"{tool} is not installed: .ci/run installs it")
        pytest.skip(f"{tool} not installed")


def dumped(path):
    """The text --dump-text prints for one file (what its offsets refer to)."""
    r = run("extract", path, "--dump-text")
    assert r.exit_code == 0, r.stderr
    head = f"==> {path} <==\n"
    assert r.stdout.startswith(head)
    return r.stdout[len(head):].rsplit("\n\n", 1)[0]


def same_as_text(path):
    """The claims of a file equal those of its text as a .txt, and every offset points into that text."""
    text = dumped(path)
    recs = records(run("extract", path, "--format", "jsonl"))
    assert recs
    for r in recs:
        assert text[r["start"]:r["end"]] == r["text"]
    key = ("start", "end", "text", "value", "unit", "category", "place", "year")
    assert [{k: r[k] for k in key} for r in recs] == [{k: r[k] for k in key} for r in iter_records(text, str(path))]
    return text, recs


REPORT_CLAIMS = ["328个", "9860名", "2350万元", "46个", "1.2万人次", "186名", "56个", "1830名", "41个", "1215名",
                 "10万元", "50万元", "23个", "28.4%"]


def test_word_paragraphs_and_table_rows(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("石泉县2023年基层党建工作总结", level=1)
    d.add_paragraph("2023年，石泉县各级党组织坚持大抓基层的鲜明导向，全县328个党组织、9860名党员在乡村振兴一线发挥作用。")
    t = d.add_table(rows=3, cols=3)
    for i, row in enumerate([("镇名", "党组织", "党员"), ("城关镇", "56个", "1830名"), ("池河镇", "41个", "1215名")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    d.add_paragraph("村集体经济收入全部超过10万元，其中超过50万元的村达到23个，占比28.4%。")
    f = tmp_path / "report.docx"
    d.save(str(f))
    text, recs = same_as_text(f)
    assert "城关镇\t56个\t1830名" in text.splitlines()          # a row is one line
    got = {r["text"]: (r["category"], r["place"]) for r in recs}
    assert got["56个"] == ("party_organizations", "城关镇") and got["1830名"] == ("party_members", "城关镇")
    assert got["328个"] == ("party_organizations", "石泉县")


def test_pdf_with_a_text_layer():
    pytest.importorskip("pypdf")
    text, recs = same_as_text(DOCS / "report.pdf")
    assert [r["text"] for r in recs] == REPORT_CLAIMS
    # a number broken from its measure word at the line's end is joined again
    assert "9860名党员" in text and "城关镇\t56个\t1830名" in text


def test_pdf_quote_marks_given_away_from_their_words_do_not_cut_a_count():
    # the text layer reads 村25 “ ”个；…集体经济 空壳村 : the quotes left their words
    pytest.importorskip("pypdf")
    text, recs = same_as_text(DOCS / "quotes.pdf")
    assert [(r["text"].replace(" ", ""), r["category"]) for r in recs] == [
        ("10万元以下", "income"), ("25个", "villages"), ("1260万元", "income"), ("4.3万户", "people")]


def test_pdf_page_furniture_dropped_and_sentences_joined_across_the_page():
    pytest.importorskip("pypdf")
    text, recs = same_as_text(DOCS / "two_pages.pdf")
    assert "工作简报" not in text                                  # the running header
    assert not any(line.strip() in ("1", "2") for line in text.splitlines())   # page numbers
    assert text.count("驻村第一书记") == 32                          # none broken at a page or line end
    assert len(recs) == 128


def test_scanned_pdf_is_read_by_ocr_where_tesseract_is_installed():
    pytest.importorskip("pypdf")
    need("tesseract")
    need("pdftoppm")
    text, recs = same_as_text(DOCS / "scanned.pdf")
    values = [r["value"] for r in recs]
    assert values == [float(v) if "." in str(v) else v for v in
                      [328, 9860, 23500000, 46, 12000, 186, 56, 1830, 41, 1215, 100000, 500000, 23, 28.4]]


def test_scanned_pdf_without_ocr_is_skipped_with_the_reason(tmp_path):
    pytest.importorskip("pypdf")
    env = {**os.environ, "PATH": str(tmp_path)}          # no tesseract, no pdftoppm
    r = run_proc("extract", DOCS / "scanned.pdf", env=env)
    assert r.returncode == 1
    assert "scanned.pdf: skipped: no text layer: scanned PDF; OCR it first" in r.stderr


def test_encrypted_pdf_is_skipped_with_the_reason():
    pytest.importorskip("pypdf")
    r = run("extract", DOCS / "encrypted.pdf")
    assert r.exit_code == 1 and "encrypted.pdf: skipped: encrypted PDF: it needs a password" in r.stderr


def test_a_damaged_pdf_is_one_line_naming_it_and_nothing_from_the_library(tmp_path):
    pytest.importorskip("pypdf")
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"\x00\x01 not a pdf at all")
    good = tmp_path / "good.txt"
    good.write_text("全县投入资金300万元。", encoding="utf-8")
    r = run_proc("extract", bad, good)            # a real process: the library's log goes to its stderr
    assert r.returncode == 1 and "300万元" in r.stdout
    lines = r.stderr.strip().splitlines()
    assert lines[:-1] == [f"dangjian: {bad}: skipped: not a readable PDF (PdfStreamError)"], r.stderr


def test_legacy_doc_through_libreoffice():
    pytest.importorskip("docx")
    need("soffice")
    text, recs = same_as_text(DOCS / "report.doc")
    assert [r["text"] for r in recs] == REPORT_CLAIMS


def test_legacy_doc_without_libreoffice_says_how_to_convert(tmp_path):
    env = {**os.environ, "PATH": str(tmp_path)}
    r = run_proc("extract", DOCS / "report.doc", env=env)
    assert r.returncode == 1
    assert "report.doc: skipped: a .doc file: install LibreOffice (soffice) to read it, or save it as .docx" \
        in r.stderr


def test_a_missing_extra_is_named_with_an_install_hint(tmp_path, monkeypatch):
    import builtins
    real = builtins.__import__

    def no_pypdf(name, *a, **k):
        if name == "pypdf":
            raise ImportError(name)
        return real(name, *a, **k)
    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    r = run("extract", DOCS / "report.pdf")
    assert r.exit_code == 1 and "pip install -e '.[pdf]'" in r.stderr


def test_damaged_documents_are_named(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not a real zip")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\n garbage")
    r = run("extract", tmp_path)
    assert r.exit_code == 1 and "Traceback" not in r.stderr
    assert "bad.docx: skipped: not a" in r.stderr and "bad.pdf: skipped: not a readable PDF" in r.stderr


# --- web pages ---------------------------------------------------------------------------

PAGES = json.loads((HTML / "pages.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("page", sorted(PAGES))
def test_web_pages_give_the_article_claims_and_nothing_of_the_page(page):
    text, recs = same_as_text(HTML / page)
    assert [r["text"] for r in recs] == PAGES[page], text


def test_a_header_div_is_left_out_and_an_aspnet_form_is_read():
    text = dumped(HTML / "aspnet_form.html")
    assert "网站首页" not in text and "2个栏目" not in text and "当前位置" not in text
    assert text.startswith("平利县：党建引领乡村振兴")


# --- folders -------------------------------------------------------------------------------

def test_every_file_under_a_folder_is_read_or_named(tmp_path):
    pytest.importorskip("docx")
    pytest.importorskip("pypdf")
    import docx
    d = docx.Document()
    d.add_paragraph("全县投入资金50万元。")
    d.save(str(tmp_path / "a.docx"))
    shutil.copy(DOCS / "report.pdf", tmp_path / "b.pdf")
    (tmp_path / "c.ppt").write_bytes(b"\xd0\xcf\x11\xe0 slides")
    (tmp_path / "d.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "e.txt").write_text("新建活动场所12个。", encoding="utf-8")
    r = run("extract", tmp_path, "--format", "jsonl")
    assert r.exit_code == 1
    assert f"{tmp_path / 'c.ppt'}: skipped: not a file type dangjian reads (.ppt): a PowerPoint file: " \
        "save it as .pdf" in r.stderr
    assert f"{tmp_path / 'd.png'}: skipped: not a file type dangjian reads (.png)" in r.stderr
    assert r.stderr.strip().splitlines()[-1] == f"dangjian: 3 read, 2 skipped, {len(records(r))} claims"
    assert {os.path.basename(x["doc"]) for x in records(r)} == {"a.docx", "b.pdf", "e.txt"}


def test_hidden_folders_are_left_out_and_exclude_takes_globs(tmp_path):
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "x.txt").write_text("投入资金50万元。", encoding="utf-8")
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "y.txt").write_text("投入资金60万元。", encoding="utf-8")
    (tmp_path / "old.bak.txt").write_text("投入资金70万元。", encoding="utf-8")
    (tmp_path / "z.txt").write_text("投入资金80万元。", encoding="utf-8")

    def docs(*args):
        return sorted(os.path.basename(x["doc"]) for x in records(run("extract", tmp_path, "--format", "jsonl",
                                                                      *args)))
    assert docs() == ["old.bak.txt", "y.txt", "z.txt"]
    assert docs("--hidden") == ["old.bak.txt", "x.txt", "y.txt", "z.txt"]
    assert docs("--exclude", "drafts/", "--exclude", "*.bak.txt") == ["z.txt"]


# --- spreadsheets --------------------------------------------------------------------------

def _workbook(path, sheets):
    """A workbook of ``sheets`` ({name: rows}); a row's cells may be (value, number format)."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        ws = book.create_sheet(name)
        for i, row in enumerate(rows, 1):
            for j, v in enumerate(row, 1):
                value, fmt = v if isinstance(v, tuple) else (v, None)
                if value is None:
                    continue
                c = ws.cell(i, j, value)
                if fmt:
                    c.number_format = fmt
    book.save(str(path))
    return path


STATS = [["商南县2023年各镇党组织和党员情况统计表"], [],
         ["镇名", "党组织数（个）", "党员数（名）", "党建经费（万元）", "规范化达标率"],
         ["富水镇", 45, 1263, 85.5, (0.912, "0.0%")],
         ["试马镇", 32, 876, 42, (0.875, "0.0%")],
         [], ["合计", 77, 2139, 127.5, None]]


def test_an_excel_workbook_is_read_by_its_columns(tmp_path):
    f = _workbook(tmp_path / "统计.xlsx", {"Sheet1": STATS})
    text, recs = same_as_text(f)
    # a row a line, its cells tab-separated; a default sheet name heads nothing
    assert text.splitlines()[3:5] == ["富水镇\t45\t1263\t85.5\t91.2%", "试马镇\t32\t876\t42\t87.5%"]
    got = [(r["text"], r["value"], r["unit"], r["category"], r["place"], r["year"]) for r in recs]
    org, mem = "party_organizations", "party_members"
    assert got == [
        ("45", 45, "count", org, "富水镇", 2023), ("1263", 1263, "person", mem, "富水镇", 2023),
        ("85.5", 855000, "yuan", "funds", "富水镇", 2023), ("91.2%", 91.2, "percent", "percentage", "富水镇", 2023),
        ("32", 32, "count", org, "试马镇", 2023), ("876", 876, "person", mem, "试马镇", 2023),
        ("42", 420000, "yuan", "funds", "试马镇", 2023), ("87.5%", 87.5, "percent", "percentage", "试马镇", 2023),
        ("77", 77, "count", org, "商南县", 2023), ("2139", 2139, "person", mem, "商南县", 2023),
        ("127.5", 1275000, "yuan", "funds", "商南县", 2023)]
    # the 合计 row is checked against the rows above it
    r = run("check", f, "--format", "jsonl")
    sums = [(x["status"], x["text"]) for x in records(r) if x["check"] == "sum"]
    assert sums == [("consistent", "77"), ("consistent", "2139"), ("consistent", "127.5")]


def test_each_sheet_of_a_workbook_is_read_and_its_name_heads_it(tmp_path):
    rows = [["镇名", "发展党员（名）"], ["富水镇", 18], ["试马镇", 12]]
    f = _workbook(tmp_path / "发展党员.xlsx", {"2022年": rows, "2023年": [rows[0], ["富水镇", 21], ["试马镇", 9]]})
    text, recs = same_as_text(f)
    assert text.split("\n\n")[1].splitlines()[0] == "2023年"
    assert [(r["text"], r["place"], r["year"], r["category"]) for r in recs] == [
        ("18", "富水镇", 2022, "party_members"), ("12", "试马镇", 2022, "party_members"),
        ("21", "富水镇", 2023, "party_members"), ("9", "试马镇", 2023, "party_members")]


def test_a_damaged_or_unreadable_workbook_is_named_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not a real zip")
    (tmp_path / "ok.txt").write_text("全县投入资金50万元。", encoding="utf-8")
    r = run("extract", tmp_path, "--format", "jsonl")
    assert r.exit_code == 1 and "Traceback" not in r.stderr
    assert f"{tmp_path / 'bad.xlsx'}: skipped: not a readable Excel (.xlsx) file (BadZipFile)" in r.stderr
    assert [x["text"] for x in records(r)] == ["50万元"]
    import builtins
    real = builtins.__import__

    def no_openpyxl(name, *a, **k):
        if name == "openpyxl":
            raise ImportError(name)
        return real(name, *a, **k)
    f = _workbook(tmp_path / "a.xlsx", {"Sheet1": STATS})
    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    r = run("extract", f)
    assert r.exit_code == 1 and "a.xlsx: skipped: an Excel file: install the xlsx extra" in r.stderr
    assert "pip install -e '.[xlsx]'" in r.stderr


def test_a_word_tables_empty_and_merged_cells_keep_every_cell_under_its_heading(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("商南县2023年基层党建工作总结")
    rows = [("商南县各镇党员情况", "", "", ""), ("镇名", "党组织（个）", "党员（名）", "达标率"),
            ("富水镇", "45", "1263", "91.2%"), ("试马镇", "", "876", "87.5%"), ("合计", "77", "2139", "")]
    t = d.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    t.cell(0, 0).merge(t.cell(0, 3))           # a title merged across the table
    f = tmp_path / "r.docx"
    d.save(str(f))
    text, recs = same_as_text(f)
    assert "试马镇\t\t876\t87.5%" in text.splitlines()
    got = [(r["text"], r["category"], r["place"]) for r in recs]
    # 876 stays under 党员 though the cell before it is empty; the 合计 row, short of a rate, is read
    assert got == [("45", "party_organizations", "富水镇"), ("1263", "party_members", "富水镇"),
                   ("91.2%", "percentage", "富水镇"), ("876", "party_members", "试马镇"),
                   ("87.5%", "percentage", "试马镇"), ("77", "party_organizations", "商南县"),
                   ("2139", "party_members", "商南县")]


def _soffice_convert(path, to, outdir):
    import subprocess
    subprocess.run(["soffice", f"-env:UserInstallation={(outdir / 'profile').as_uri()}", "--headless",
                    "--convert-to", to, "--outdir", str(outdir), str(path)],
                   capture_output=True, timeout=180, check=True, env={**os.environ, "HOME": str(outdir)})
    return outdir / (path.stem + "." + to)


def test_legacy_and_opendocument_workbooks_through_libreoffice(tmp_path):
    need("soffice")
    f = _workbook(tmp_path / "统计.xlsx", {"Sheet1": STATS})
    want = [(r["text"], r["value"], r["category"], r["place"], r["year"]) for r in records(run("extract", f))]
    for to in ("xls", "ods"):
        out = tmp_path / to
        out.mkdir()
        legacy = _soffice_convert(f, to, out)
        got = [(r["text"], r["value"], r["category"], r["place"], r["year"]) for r in records(run("extract", legacy))]
        assert got == want, to


def test_opendocument_and_rich_text_through_libreoffice(tmp_path):
    docx = pytest.importorskip("docx")
    need("soffice")
    d = docx.Document()
    d.add_paragraph("石泉县2023年基层党建工作总结")
    d.add_paragraph("全县328个党组织、9860名党员在乡村振兴一线发挥作用，投入资金2350万元。")
    f = tmp_path / "r.docx"
    d.save(str(f))
    for to in ("odt", "rtf"):
        out = tmp_path / to
        out.mkdir()
        got = [(r["text"], r["category"], r["place"], r["year"])
               for r in records(run("extract", _soffice_convert(f, to, out)))]
        assert got == [("328个", "party_organizations", "石泉县", 2023), ("9860名", "party_members", "石泉县", 2023),
                       ("2350万元", "funds", "石泉县", 2023)], to


def test_a_legacy_workbook_without_libreoffice_says_how_to_convert(tmp_path):
    (tmp_path / "a.xls").write_bytes(b"\xd0\xcf\x11\xe0 spreadsheet")
    r = run_proc("extract", tmp_path / "a.xls", env={**os.environ, "PATH": str(tmp_path)})
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert "a.xls: skipped: a .xls file: install LibreOffice (soffice) to read it, or save it as .xlsx or .csv" \
        in r.stderr


def test_an_xls_that_is_a_web_pages_table_is_read_as_its_table(tmp_path):
    # systems that export "Excel" often write an HTML table under the .xls ending
    need("soffice")
    (tmp_path / "a.xls").write_text(
        '<html><head><meta charset="utf-8"></head><body><table><tr><td>镇名</td><td>党员数（名）</td></tr>'
        "<tr><td>城关镇</td><td>1263</td></tr><tr><td>石门镇</td><td>876</td></tr></table></body></html>",
        encoding="utf-8")
    r = run("extract", tmp_path / "a.xls", "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    assert [(x["text"], x["category"], x["place"]) for x in records(r)] == [
        ("1263", "party_members", "城关镇"), ("876", "party_members", "石门镇")]
