"""The HTML report, opened in a real headless Chromium (Debian's ``chromium``) through
Playwright: every claim highlighted at its text, charts drawn with one bar per county,
check results on their claims, a table that sorts, filters and pages, no network."""
from __future__ import annotations

import os
import shutil
import time

import pytest
from conftest import ROOT, SEEDS, records, run, run_proc

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
REQUIRED = os.environ.get("DANGJIAN_REQUIRE_TOOLS") == "1"


def _browser():
    if CHROMIUM is None:
        if REQUIRED:
            pytest.fail("chromium is not installed (apt-get install chromium)")
        pytest.skip("chromium is not installed")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        if REQUIRED:
            pytest.fail("playwright is not installed (pip install -e '.[test]')")
        pytest.skip("playwright is not installed")
    return sync_playwright


@pytest.fixture(scope="module")
def browser():
    sync_playwright = _browser()
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def open_page(browser, path, requests=None, errors=None):
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    url = path.resolve().as_uri()
    if requests is not None:
        page.on("request", lambda r: requests.append(r.url) if r.url != url else None)
    if errors is not None:
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")
    return page


@pytest.fixture(scope="module")
def seeds_report(tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "seeds.html"
    r = run_proc("report", "seeds/", "-o", out)
    assert r.returncode == 0, r.stderr
    assert r.stderr.strip() == f"dangjian: 5 read, 0 skipped, 139 claims → {out}"
    return out


#: where each mark stands: its record id, its offset in its document's text, its text
MARKS_JS = """() => [...document.querySelectorAll('article.doc')].flatMap(a => {
  const out = []; let pos = 0;
  for (const n of a.querySelector('.text').childNodes) {
    if (n.nodeName === 'MARK') out.push([a.dataset.doc, n.dataset.id, pos, n.textContent, n.dataset.category]);
    pos += n.textContent.length;
  }
  return out;
})"""


def test_every_seed_claim_is_highlighted_at_its_text(browser, seeds_report, tmp_path):
    requests, errors = [], []
    page = open_page(browser, seeds_report, requests, errors)
    expected = records(run_proc("extract", "seeds/"))
    assert len(expected) == 139
    marks = page.evaluate(MARKS_JS)
    assert sorted(marks) == sorted([e["doc"], e["id"], e["start"], e["text"], e["category"]] for e in expected)
    page.click("nav button[data-tab=documents]")
    page.screenshot(path=str(tmp_path / "documents.png"))
    assert (tmp_path / "documents.png").stat().st_size > 20_000
    assert requests == [] and errors == []


def test_charts_have_one_bar_per_county(browser, seeds_report, tmp_path):
    page = open_page(browser, seeds_report)
    page.screenshot(path=str(tmp_path / "overview.png"), full_page=True)
    funds = page.locator("svg[aria-label='资金 · 按县 funds by county'] g.bar")
    keys = sorted(funds.evaluate_all("gs => gs.map(g => g.dataset.key)"))
    # each seed is one county's report, and each states funds
    assert keys == sorted(["襄汾县", "汉阴县", "淳化县", "兴县", "沧县"])
    for g in funds.all():
        assert g.locator("rect").count() >= 1
    members = page.locator("svg[aria-label='党员 · 按县 party members by county'] g.bar")
    assert members.count() >= 3
    # the axis says its unit
    assert "万元" in page.locator("svg[aria-label='资金 · 按县 funds by county']").text_content()
    assert page.locator("svg.line g.point").count() >= 3


def test_table_sorts_filters_and_pages(browser, seeds_report):
    page = open_page(browser, seeds_report)
    page.click("nav button[data-tab=claims]")
    assert page.locator("#count").text_content() == "1–100 of 139"
    assert page.locator("#table tbody tr").count() == 100
    page.click("#next")
    assert page.locator("#count").text_content() == "101–139 of 139"
    page.select_option("#fcat", "funds")
    funds = [e for e in records(run_proc("extract", "seeds/")) if e["category"] == "funds"]
    n_funds = len(funds)
    assert page.locator("#count").text_content() == f"1–{n_funds} of {n_funds}"
    page.click("th[data-col=value]")
    page.click("th[data-col=value]")             # descending
    first = page.locator("#table tbody tr").first.locator("td").nth(3).text_content()
    assert first == "450,000,000"
    # the search box looks in text, subject, place and the document's name and title
    han = [e for e in funds if any("汉阴县" in (e[f] or "") for f in ("text", "subject", "place"))]
    assert 0 < len(han) < n_funds
    page.fill("#q", "汉阴县")
    page.wait_for_selector(f"#count:has-text('of {len(han)}')")     # the search waits for typing to pause
    assert sorted(page.locator("#table tbody tr td:nth-child(3)").all_text_contents()) == sorted(e["text"] for e in han)
    # a row opens its document at the claim, with the record beside it
    page.locator("#table tbody tr").first.click()
    assert page.locator("#documents").is_visible()
    assert "funds" in page.locator("#panel").text_content()


def test_check_results_marked_on_their_claims(browser, tmp_path):
    doc = tmp_path / "r.txt"
    doc.write_text("某县党建工作总结\n全县共有党员200名，其中女党员50名，占党员总数的40%。\n"
                   "全县共有行政村12个，其中10个村已建成活动场所，占83.3%。\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert run("report", doc, "-o", out, "-q").exit_code == 0
    page = open_page(browser, out)
    page.click("nav button[data-tab=documents]")
    bad = page.locator("article.doc mark.bad")
    assert bad.count() == 1 and bad.text_content() == "40%"
    bad.click()
    panel = page.locator("#panel").text_content()
    assert "inconsistent" in panel and "50名 / 200名 = 25.0%" in panel and "stated 40%, computed 25.0%" in panel
    page.locator("article.doc mark", has_text="83.3%").click()
    assert "share: consistent10个 / 12个 = 83.33%" in page.locator("#panel").text_content()


def test_report_says_what_it_skipped_and_writes_nothing_half(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("全县投入资金500万元。", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / "out" / "r.html"
    r = run_proc("report", good, bad, "-o", out)
    assert r.returncode == 2 and "no such folder" in r.stderr and not out.exists()
    out = tmp_path / "r.html"
    r = run_proc("report", good, bad, "-o", out)
    assert r.returncode == 1
    assert f"dangjian: {bad}: skipped:" in r.stderr
    html = out.read_text(encoding="utf-8")
    assert "1 inputs skipped" in html and "500万元" in html
    # run again over the folder: the report written there is not read as a document
    r = run_proc("report", tmp_path, "-o", tmp_path / "again.html")
    assert f"dangjian: {out}: skipped: a report dangjian wrote, not a document" in r.stderr
    assert r.stderr.strip().endswith(f"dangjian: 1 read, 2 skipped, 1 claims → {tmp_path / 'again.html'}")
    r = run_proc("report", tmp_path, "-o", tmp_path / "again.html")
    assert r.returncode == 2 and "inside the input folder" in r.stderr


def test_a_thousand_documents_open_in_under_three_seconds(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    counties = ["兴县", "沧县", "襄汾县", "汉阴县", "淳化县", "眉县", "温县", "石泉县"]
    for i in range(1000):
        c = counties[i % len(counties)]
        (corpus / f"{i:04d}.txt").write_text(
            f"{c}{2015 + i % 9}年基层党建工作总结\n"
            f"{2015 + i % 9}年，{c}共有基层党组织{300 + i}个、党员{9000 + i}名，累计投入资金{1000 + i}万元，"
            f"新建党群服务中心{i % 50 + 1}个，培训党员干部{1200 + i}人次，发展党员{100 + i % 80}名，"
            f"其中女党员{30 + i % 20}名，村级集体经济收入{50 + i % 30}万元。\n", encoding="utf-8")
    out = tmp_path / "big.html"
    r = run_proc("report", corpus, "-o", out, "-q", "-j", "4")
    assert r.returncode == 0, r.stderr
    page = open_page(browser, out)          # warm the browser's caches once
    page.close()
    page = browser.new_page(viewport={"width": 1500, "height": 1000})
    t0 = time.perf_counter()
    page.goto(out.resolve().as_uri())
    page.wait_for_selector("body[data-ready='1']")
    loaded = time.perf_counter() - t0
    assert page.locator("#count").text_content() == "1–100 of 8000"
    assert loaded < 3.0, f"{loaded:.2f} s to open a report of 1,000 documents"
    page.click("nav button[data-tab=claims]")
    t0 = time.perf_counter()
    page.fill("#q", "沧县")
    page.wait_for_selector("#count:has-text('1–100 of 1000')")
    assert time.perf_counter() - t0 < 1.5
    page.locator("#table tbody tr").first.click()
    assert page.locator("article.doc mark").count() == 8


def test_report_from_python(tmp_path):
    from dangjian_cli.report import Report
    rep = Report.from_paths([str(SEEDS[0])])
    assert len(rep.docs) == 1 and rep.docs[0].info["title"] == "襄汾县基层党建工作纪实"
    html = rep.html("襄汾")
    assert html.startswith("<!DOCTYPE html>") and "<title>襄汾</title>" in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html
    assert str(ROOT) not in html or str(SEEDS[0]) in html
