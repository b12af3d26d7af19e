"""Remake the README's pictures: `dangjian show` on a terminal and the HTML report
of the seeds, photographed in headless Chromium.

    python docs/images/make.py        # needs the test extra and Debian's chromium
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.console import Console, Group

from dangjian_cli.show import load_document, render_rich

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def show_png(browser) -> None:
    """The terminal as rich draws it, exported as HTML and photographed: rich's SVG
    export places characters by cell and CJK glyphs then overlap."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    doc = load_document(str(seed.relative_to(ROOT)))
    console = Console(record=True, width=100, file=open(os.devnull, "w"), force_terminal=True,
                      color_system="truecolor")
    # the legend and the first screenful: enough to see every kind of note
    console.print(Group(*render_rich(doc).renderables[:34]))
    style = ("body{{margin:0;background:#1e1e1e;color:#ddd}} pre{{margin:0;padding:14px;"
             "font:14px/1.35 'WenQuanYi Micro Hei Mono','Noto Sans Mono CJK SC',monospace}}")
    prompt = f"$ dangjian show {seed.relative_to(ROOT)}"
    html = console.export_html(inline_styles=True, code_format=(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + style + "</style></head><body><pre><code>"
        + prompt + "\n{code}</code></pre></body></html>"))
    page_file = Path(tempfile.mkdtemp()) / "show.html"
    page_file.write_text(html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1000, "height": 700})
    page.goto(page_file.as_uri())
    page.screenshot(path=str(HERE / "show.png"), full_page=True)


def report_png(browser) -> None:
    out = Path(tempfile.mkdtemp()) / "seeds.html"
    subprocess.run([sys.executable, "-m", "dangjian_cli", "report", "seeds/", "-o", str(out), "-q",
                    "--title", "五县基层党建工作纪实"], cwd=ROOT, check=True)
    page = browser.new_page(viewport={"width": 1400, "height": 860})
    page.goto(out.as_uri())
    page.wait_for_selector("body[data-ready='1']")
    page.screenshot(path=str(HERE / "report-overview.png"))
    page.click("nav button[data-tab=documents]")
    page.locator("article.doc mark").nth(3).click()
    page.screenshot(path=str(HERE / "report-document.png"))


if __name__ == "__main__":
    from playwright.sync_api import sync_playwright
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"])
        show_png(b)
        report_png(b)
        b.close()
