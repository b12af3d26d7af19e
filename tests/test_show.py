"""`dangjian show` in a pipe: every input kind, claims marked ⟦…⟧ where they stand,
a note under each line; and `dangjian schema`."""
from __future__ import annotations

import json

import pytest
from conftest import ROOT, run

LINE = "2022年，全县投入资金500万元，建成村级活动场所38处，党员1260名。"
MARKED = "2022年，全县投入资金⟦500万元⟧，建成村级活动场所⟦38处⟧，党员⟦1260名⟧。"
NOTES = ["    ↳ 500万元 = 5000000 yuan · funds · 2022",
         "    ↳ 38处 = 38 count · facilities · 2022",
         "    ↳ 1260名 = 1260 person · party_members · 2022"]


def _txt(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(f"工作总结\n\n{LINE}\n", encoding="utf-8")
    return str(f)


def _html(tmp_path):
    f = tmp_path / "r.html"
    f.write_text(f"<html><head><title>工作总结</title></head><body><div class='nav'>首页 | 3个栏目</div>"
                 f"<div class='article'><h1>工作总结</h1><p>{LINE}</p></div></body></html>", encoding="utf-8")
    return str(f)


def _jsonl(tmp_path):
    f = tmp_path / "c.jsonl"
    f.write_text(json.dumps({"id": "x1", "text": "别的文章，党员9名。"}, ensure_ascii=False) + "\n"
                 + json.dumps({"id": "x2", "text": f"工作总结\n{LINE}"}, ensure_ascii=False) + "\n",
                 encoding="utf-8")
    return f"{f}#x2"


def _docx(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("工作总结", 1)
    d.add_paragraph(LINE)
    f = tmp_path / "r.docx"
    d.save(str(f))
    return str(f)


@pytest.mark.parametrize("make", [_txt, _html, _jsonl, _docx], ids=["txt", "html", "jsonl#id", "docx"])
def test_show_marks_claims_in_every_input_kind(tmp_path, make):
    r = run("show", make(tmp_path))
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    i = lines.index(MARKED)
    assert lines[i + 1:i + 4] == NOTES
    assert "3个" not in r.stdout            # the nav bar is not the document


def test_show_stdin_category_and_line(tmp_path):
    r = run("show", "-", "--category", "funds", input=f"{LINE}\n第二行，党员20名。\n")
    assert r.stdout.splitlines()[:2] == ["2022年，全县投入资金⟦500万元⟧，建成村级活动场所38处，党员1260名。", NOTES[0]]
    r = run("show", "-", "--line", "2", input=f"{LINE}\n第二行，党员20名。\n")
    # the opening paragraph's year frames the short report that follows it
    assert r.stdout.splitlines() == ["第二行，党员⟦20名⟧。", "    ↳ 20名 = 20 person · party_members · 2022"]


def test_show_a_pdf():
    pdf = ROOT / "fixtures" / "documents" / "report.pdf"
    pytest.importorskip("pypdf")
    r = run("show", pdf)
    assert r.exit_code == 0
    assert "⟦2350万元⟧" in r.stdout and "↳ 2350万元 = 23500000 yuan · funds" in r.stdout


@pytest.mark.parametrize("source,message", [
    ("nothere.txt", "dangjian: nothere.txt: cannot be shown: no such file or folder"),
    ("{tmp}/c.jsonl#zz", "dangjian: {tmp}/c.jsonl#zz: no such document (no #zz in {tmp}/c.jsonl)"),
])
def test_show_errors_are_one_line(tmp_path, source, message):
    _jsonl(tmp_path)
    r = run("show", source.format(tmp=tmp_path))
    assert r.exit_code == 1
    assert r.stderr.strip() == message.format(tmp=tmp_path)


def test_schema_validates_real_output(tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("schema").stdout)
    assert schema["title"] == "Claim"
    assert {"value", "unit", "category", "place", "year", "year_from", "per"} <= set(schema["properties"])
    recs = [json.loads(x) for x in run("extract", _txt(tmp_path)).stdout.splitlines()]
    assert len(recs) == 3
    for rec in recs:
        jsonschema.validate(rec, schema)
    bad = dict(recs[0], category="money")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
