"""dangjian check: statuses on hand-worked cases, no false alarms on the seeds and the
dev corpus, mutation tests (a number changed so a confirmed relation breaks), and
the command as scripts use it."""
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, SEEDS, SHARED
from dangjian_cli import extract_text
from dangjian_cli.check import check_all
from dangjian_cli.cli import main


def results_for(text, doc="t.txt"):
    return check_all([c.record() for c in extract_text(text, doc)])


def by_text(results, check):
    return {r["text"]: r for r in results if r["check"] == check}


# --- shares: the base a reader would take -----------------------------------------------------
# (text, share, status, part / base as the relation shows them)
SHARES = [
    # the highest (lowest, average) of many rates is no share of the people counted before it
    ("大会选举产生了镇党委委员9名。9名当选委员得票率均在90%以上，最高得票率99.1%。", "99.1%", "unverifiable", None),
    # part and base in the sentence, at the precision written (33% for 33.47)
    ("新一届班子成员共1715人,大专以上学历574名,占比33%。", "33%", "consistent", "574名 / 1715人"),
    ("新一届班子成员共1715人,大专以上学历574名,占比33.5%。", "33.5%", "consistent", "574名 / 1715人"),
    ("新一届班子成员共1715人,大专以上学历574名,占比33.4%。", "33.4%", "inconsistent", "574名 / 1715人"),
    ("新一届班子成员共1715人,大专以上学历574名,占比30%以上。", "30%以上", "consistent", "574名 / 1715人"),
    # a base of coordinated units, and secretaries one per unit
    ("全县244个行政村和9个社区,党支部书记161名,占比64%。", "64%", "consistent", "161名 / 244个+9个"),
    # a sentence that opens with a set (…书记中，) makes its shares, and those of the ；items after
    # it, shares of that set: another count of its paragraph is no base of them
    ("选举产生“两委”成员1028名。新一届村党组织书记中，“一肩挑”比例达到98.2%；大专及以上学历的63名，占37.7%。",
     "37.7%", "unverifiable", None),
    ("全县8650名党员中，女党员2214名，占25.6%。", "25.6%", "consistent", "2214名 / 8650名"),
    ("抽查的56个村中，有9个村记录不全，占16.1%。", "16.1%", "consistent", "9个 / 56个"),
    # a share in a table's row: the row's cells may confirm it, never accuse it (its column may be
    # of a count the row does not hold)
    ("年份\t党员总数（名）\t新发展党员（名）\t女党员占比（%）\n2023\t8650\t162\t25.6\n", "25.6", "unverifiable", None),
    ("镇名\t党员数（名）\t参学党员（名）\t参学率（%）\n城关镇\t2105\t1856\t88.2\n", "88.2", "consistent",
     "1856 / 2105"),
    # shares of money and of land, part and whole of one unit and kind
    ("全县村集体经济总收入2860万元，其中经营性收入1980万元，占69.2%。", "69.2%", "consistent", "1980万元 / 2860万元"),
    ("全县村集体经济总收入2860万元，其中经营性收入1980万元，占75.2%。", "75.2%", "inconsistent",
     "1980万元 / 2860万元"),
    ("全镇流转土地1.2万亩，其中种植茶叶4800亩，占40%。", "40%", "consistent", "4800亩 / 1.2万亩"),
    # a bound of money that sorts the things counted (收入超过10万元) is no part: the count is
    ("全镇12个村中，有9个村集体经济收入超过10万元，占80%。", "80%", "inconsistent", "9个 / 12个"),
    # money put in is no whole of money earned
    ("投入资金500万元，带动村集体增收120万元，占30%。", "30%", "unverifiable", None),
    # a base named with a modifier (女党员总数) is no count of the bare noun (党员): nothing to check it by
    ("全县共有党员8650名，全年发展党员162名，其中女性58名，占全县女党员总数的2.6%。", "2.6%", "unverifiable", None),
    ("全县共有党员8650名，其中女党员2214名，占全县党员总数的25.6%。", "25.6%", "consistent", "2214名 / 8650名"),
    # 余/多/约 widen the range: 300余名 of 1000 is 30%..40%
    ("全县党员1000名,其中青年党员300余名,占比35%。", "35%", "consistent", "300余名 / 1000名"),
    # figures in decimals of 万 are rounded: 106.4万 of 241.0万 may be 44.18%, which is 44.2%
    ("全年发展党员241.0万名,其中发展女党员106.4万名,占44.2%。", "44.2%", "consistent", "106.4万名 / 241.0万名"),
    ("全年发展党员241.0万名,其中发展女党员106.4万名,占44.5%。", "44.5%", "inconsistent", "106.4万名 / 241.0万名"),
    # a list of parts, each with its share: the whole is the count before the list, never a sibling
    ("县委组织部对全县208个村党组织书记进行了考核。确定“好”等次42名,占20.2%;“较好”等次128名,占61.5%;"
     "“一般”等次35名,占16.8%。", "61.5%", "consistent", "128名 / 208个"),
    ("县委组织部对全县208个村党组织书记进行了考核。确定“好”等次42名,占20.2%;“较好”等次128名,占61.5%;"
     "“一般”等次35名,占16.8%。", "16.8%", "consistent", "35名 / 208个"),
    ("确定“好”等次42名,占20.2%;“较好”等次128名,占61.5%;“一般”等次35名,占16.8%。", "16.8%",
     "unverifiable", None),
    # the base named by the share's words, stated sentences before
    ("截至2023年底,全县党员总数为87613名。党员队伍结构持续优化。其中农村党员61940名,占党员总数的70.7%。",
     "70.7%", "consistent", "61940名 / 87613名"),
    # 分别: each share its own count
    ("全县1200名党员中,男性党员900名、女性党员300名,分别占75%、25%。", "25%", "consistent", "300名 / 1200名"),
    # the share names what it counts and no count of that is stated: unverifiable
    ("汉阴县党组织509个,“一类”党组织166个,“二类”及以上党组织占比96.8%。", "96.8%", "unverifiable", None),
    # a rate named after what the count before it did (调解成功 → 调解成功率): that count over
    # the count before it
    ("共发放问卷1000份,回收有效问卷856份,有效回收率85.6%。", "85.6%", "consistent", "856份 / 1000份"),
    ("排查矛盾纠纷642件,调解成功621件,调解成功率96.7%。", "96.7%", "consistent", "621件 / 642件"),
    ("排查矛盾纠纷642件,调解成功621件,调解成功率90.7%。", "90.7%", "inconsistent", "621件 / 642件"),
    # …or after what the doing achieves (已建立党组织的 → 覆盖率), not after any doing
    ("全县共有社会组织241家，已建立党组织的198家，覆盖率82.2%。", "82.2%", "consistent", "198家 / 241家"),
    ("全县共有社会组织241家，已建立党组织的198家，覆盖率85.2%。", "85.2%", "inconsistent", "198家 / 241家"),
    ("全县共有社会组织241家，198家开展了活动，覆盖率82.2%。", "82.2%", "unverifiable", None),
    # …or after what the count's clause says was done after it (108个村建成… → 建成率)
    ("全县120个村中，已有108个村建成标准化党群服务中心，建成率90%。", "90%", "consistent", "108个 / 120个"),
    ("全县120个村中，已有108个村建成标准化党群服务中心，建成率95%。", "95%", "inconsistent", "108个 / 120个"),
    # a share whose part is stated right after it, with no noun of its own (占比25%，共900名)
    ("全县党员3600名。35岁以下党员占比25%，共900名。", "25%", "consistent", "900名 / 3600名"),
    ("全县党员3600名。35岁以下党员占比20%，共900名。", "20%", "inconsistent", "900名 / 3600名"),
    ("全县120个村。已实现全覆盖，覆盖率90%，共120个村。", "90%", "unverifiable", None),
    # a count after 占 in the share's clause is the whole it names, not its part
    ("集体经济收入超过10万元的村158个，占全县164个村的96.3%。", "96.3%", "consistent", "158个 / 164个"),
    ("集体经济收入超过10万元的村158个，占全县164个村的93.3%。", "93.3%", "inconsistent", "158个 / 164个"),
    # the counts of a 分别 list are parts as the one paired with the share is, never its whole
    ("城关街道、四皓街道收入分别为4260万元、3980万元，分别占全县的11.8%和11.0%。", "11.0%", "unverifiable", None),
    # …not a rate whose name the counts before it do not share (覆盖率 after 党支部, 党小组)
    ("建立党支部104个、党小组356个,覆盖率100%。", "100%", "unverifiable", None),
    # no base stated at all (a coverage rate): unverifiable, never inconsistent
    ("全县54.4万名书记中,女性占17.4%。", "17.4%", "unverifiable", None),
    ("群众满意度达到96.8%。", "96.8%", "unverifiable", None),
    # a count of kinds is no whole of things
    ("全县发展产业5种,其中约20个村发展特色种植,占比40%。", "40%", "unverifiable", None),
    # a named base with a modifier (村党组织总数) is no total of another kind (基层党组织)
    ("全省基层党组织13.2万个。今年以来,全省整顿软弱涣散村党组织1356个,占村党组织总数的5.2%。",
     "5.2%", "unverifiable", None),
    ("全省村党组织2.6万个。今年以来,全省整顿软弱涣散村党组织1356个,占村党组织总数的5.2%。",
     "5.2%", "consistent", "1356个 / 2.6万个"),
    # a count smaller than the part is no base of it (走访党员群众420人 is no 党员总数)
    ("调研组走访党员群众420人。全县共有农村党员6820名,占党员总数的54.6%。", "54.6%", "unverifiable", None),
    # counts of other things of two kinds: agreeing they confirm, disagreeing they say nothing
    # (problems solved are no share of projects taken on)
    ("机关党员认领服务项目560个；推动解决企业反映问题318个，问题办结率97.2%。", "97.2%", "unverifiable", None),
    ("社区收集问题建议612条，办结598条，办结率97.7%。", "97.7%", "consistent", "598条 / 612条"),
    ("社区收集问题建议612条，办结598条，办结率90.7%。", "90.7%", "inconsistent", "598条 / 612条"),
    # what was due and what was done (应…，实…): a rate of the count done over the count due,
    # whatever the rate is called
    ("全镇应参加评议党员1126名，实际参加评议1089名，参评率96.7%。", "96.7%", "consistent", "1089名 / 1126名"),
    ("应交党费党员1138名，实交党员1138名，收缴率100%。", "100%", "consistent", "1138名 / 1138名"),
    ("应到党员43名，实到38名，到会率90%。", "90%", "inconsistent", "38名 / 43名"),
    ("全镇党员1126名，参加评议1089名，参评率96.7%。", "96.7%", "unverifiable", None),
    # a 比例 named after what the count did (15/18 = 83.33%); not one named by another group of
    # the people counted
    ("全镇18个村中，有15个村实现“一肩挑”，“一肩挑”比例达83.3%。", "83.3%", "consistent", "15个 / 18个"),
    ("全镇18个村中，有15个村实现“一肩挑”，“一肩挑”比例达90%。", "90%", "inconsistent", "15个 / 18个"),
    ("全县党员1200名，其中女党员300名，少数民族党员比例10%。", "10%", "unverifiable", None),
    # a set named with a bracket (村（社区）中，) is a set of the noun before it: 156 / 326 = 47.85%
    ("全县326个村（社区）中，已有156个建成示范点，占47.9%。", "47.9%", "consistent", "156个 / 326个"),
    ("全县326个村（社区）中，已有156个建成示范点，占57.9%。", "57.9%", "inconsistent", "156个 / 326个"),
    # a share after a 、 list of named items may be of them all ((12 + 35) / 1260 = 3.73%), or of the
    # last (35 / 1260 = 2.78%); only the last accuses
    ("全镇脱贫户1260户，其中突发严重困难户12户、脱贫不稳定户35户，占比3.7%。", "3.7%", "consistent",
     "12户+35户 / 1260户"),
    ("全镇脱贫户1260户，其中突发严重困难户12户、脱贫不稳定户35户，占比2.8%。", "2.8%", "consistent", "35户 / 1260户"),
    ("全镇脱贫户1260户，其中突发严重困难户12户、脱贫不稳定户35户，占比5%。", "5%", "inconsistent", "35户 / 1260户"),
]


@pytest.mark.parametrize("text,share,status,relation", SHARES)
def test_share(text, share, status, relation):
    r = by_text(results_for(text), "share")[share]
    assert r["status"] == status, r
    if relation:
        assert r["relation"].startswith(relation + " = ")


def test_an_inconsistent_share_says_what_it_was_checked_against():
    r = by_text(results_for("全村党员200名,其中女党员50名,占比40%。"), "share")["40%"]
    assert r["status"] == "inconsistent" and r["relation"] == "50名 / 200名 = 25.0%"
    assert round(r["gap"], 1) == -15.0 and r["base"] == "sentence"


# --- sums, parts, rates, repeats ----------------------------------------------------------------

def test_parts_that_should_add_up():
    s = by_text(results_for("党委21个、党总支13个、党支部475个,共509个。"), "sum")["509个"]
    assert s["status"] == "consistent"
    s = by_text(results_for("党委21个、党总支13个、党支部475个,共519个。"), "sum")["519个"]
    assert s["status"] == "inconsistent" and "21个 + 13个 + 475个 = 509" in s["relation"]
    # a total named by a noun that holds every kind of its parts: 21 + 13 + 475 = 509
    text = "全县有党委21个、党总支13个、党支部475个，共有党组织{}个。"
    assert by_text(results_for(text.format(509)), "sum")["509个"]["status"] == "consistent"
    assert by_text(results_for(text.format(600)), "sum")["600个"]["status"] == "inconsistent"
    # …not one that names one of the parts, or another kind beside them: nothing to add
    assert "214人" not in by_text(results_for("选派街道干部45名下沉社区，招录社区工作者38名，"
                                              "目前社区工作者总数达到214人。"), "sum")
    assert "68个" not in by_text(results_for("鼓楼区辖10个街道、1个镇，共有社区68个。"), "sum")
    # parts that complement one another must make the whole: 24 + 14 is not 52
    s = by_text(results_for("村“两委”班子成员共52名,其中连任24名、新进14名。"), "sum")["52名"]
    assert s["status"] == "inconsistent"
    assert by_text(results_for("村“两委”班子成员共52名,其中连任24名、新进28名。"), "sum")["52名"]["status"] \
        == "consistent"
    # 其中 parts that make the whole exactly confirm it, whatever they break it down by
    text = "本轮巡察共发现问题382个,其中政策落实方面问题97个,从严治党方面问题146个,组织建设方面问题139个。"
    assert by_text(results_for(text), "sum")["382个"]["status"] == "consistent"
    text = "学校现有党员2134名,其中教职工党员1026名、学生党员1108名。"
    assert by_text(results_for(text), "sum")["2134名"]["status"] == "consistent"
    # a 其中 list of some of the whole is no sum (女党员 and 老党员 overlap)
    assert not by_text(results_for("全村党员63人,其中女党员20人、老党员5人。"), "sum")
    # …nor are people broken down along two dimensions, even when the parts exceed the whole
    assert not by_text(results_for("医院现有职工862人,其中卫生技术人员736人,高级职称127人。"), "sum")
    # things broken down by kind, each named, cannot overlap: more than the whole is a slip
    s = by_text(results_for("全县党组织896个,其中党委38个、党总支23个、党支部855个。"), "sum")["896个"]
    assert s["status"] == "inconsistent"


def test_money_and_its_qizhong_parts():
    # parts that make the whole agree with it, in its sentence or opening the next
    s = by_text(results_for("全县投入资金1200万元,其中中央资金500万元、省级资金400万元、县级资金300万元。"), "sum")
    assert s["1200万元"]["status"] == "consistent"
    text = ("全县共收缴党费586.4万元,较上年增长4.3%。其中,机关党员缴纳312.7万元,企业党员缴纳198.5万元,"
            "农村党员缴纳41.2万元,其他党员缴纳34万元。")
    s = by_text(results_for(text), "sum")["586.4万元"]
    assert s["status"] == "consistent" and "312.7万元 + 198.5万元 + 41.2万元 + 34万元" in s["relation"]
    # items of one kind (中央资金, 省级资金, 县级资金) past the whole are a slip
    s = by_text(results_for("全县投入资金1200万元,其中中央资金500万元、省级资金400万元、县级资金400万元。"), "sum")
    assert s["1200万元"]["status"] == "inconsistent"
    # money broken down by where it came from and where it went at once, or parts short of
    # the whole, or a single part: nothing to say
    assert not by_text(results_for("全县投入资金1200万元,其中财政资金800万元、用于阵地建设600万元。"), "sum")
    assert not by_text(results_for("全县投入资金1200万元,其中中央资金500万元、省级资金400万元。"), "sum")
    assert not by_text(results_for("全县投入资金1200万元,其中中央资金500万元。"), "sum")
    # a 其中 sentence whose own words name no whole takes none from the sentence before it
    assert not by_text(results_for("全县投入资金1200万元。全年其中中央资金500万元、省级资金800万元。"), "sum")


TOWNS = "洋县各镇情况\n镇名\t党员数\t资金（万元）\n城关镇\t2105\t120\n涧池镇\t1320\t85.5\n"
SPREAD = "洋县各镇情况\n  镇  名    党员数    女党员\n  城关镇    2105    512\n  涧池镇    1320    336\n"


@pytest.mark.parametrize("text,expected", [
    # the 合计 row against the rows above it, column by column, in each column's unit
    (TOWNS + "合计\t3425\t205.5\n", {"3425": "consistent", "205.5": "consistent"}),
    (TOWNS + "合计\t3425\t215.5\n", {"3425": "consistent", "215.5": "inconsistent"}),
    # a total row that opens the table sums the rows after it
    ("洋县各镇情况\n镇名\t党员数\n全县\t3525\n城关镇\t2105\n涧池镇\t1320\n", {"3525": "inconsistent"}),
    # subtotals: how the rows add up is not for a check to guess
    (TOWNS + "小计\t3425\t205.5\n石门镇\t1000\t50\n合计\t4425\t255.5\n", {}),
    # a table laid out by spaces is summed as one laid out by tabs
    ("洋县各镇情况\n镇名    党员数\n城关镇    2105\n涧池镇    1320\n合计    3525\n", {"3525": "inconsistent"}),
    # …also with its labels letter-spaced to the cell's width (镇  名, 合  计), as pdftotext -layout gives
    (SPREAD + "  合  计    3425    848\n", {"3425": "consistent", "848": "consistent"}),
    (SPREAD + "  合  计    3425    858\n", {"3425": "consistent", "858": "inconsistent"}),
    # an empty row before the total (a spreadsheet's, as .xlsx and .csv give it) leaves the table whole
    (TOWNS + "\t\t\n合计\t3425\t215.5\n", {"3425": "consistent", "215.5": "inconsistent"}),
    (TOWNS + "\n合计\t3425\t205.5\n", {"3425": "consistent", "205.5": "consistent"}),
    # …but a line between rows of another width ends it (a second table's total is its own)
    (TOWNS + "二、各村情况\n村名\t党员数\n东村\t40\n合计\t3425\n", {}),
    # a total over a single row checks nothing
    ("洋县各镇情况\n镇名\t党员数\n城关镇\t2105\n合计\t2105\n", {}),
    # a column of shares or changes adds up to nothing: its total row is no sum
    ("洋县各镇情况\n镇名\t党员数\t增长（%）\n城关镇\t2105\t20.3\n涧池镇\t1320\t28.6\n合计\t3425\t22.5\n",
     {"3425": "consistent"}),
])
def test_a_tables_total_row_against_its_column(text, expected):
    got = {r["text"]: r["status"] for r in results_for(text) if r["check"] == "sum"}
    assert got == expected


def test_a_tables_sum_reads_in_its_cells_own_terms():
    # the cells are 万元 by their heading: the sum says 205.5, not 2055000
    got = {r["text"]: r["relation"] for r in results_for(TOWNS + "合计\t3425\t215.5\n") if r["check"] == "sum"}
    assert got == {"3425": "2105 + 1320 = 3425 (the rows of its column) against 3425",
                   "215.5": "120 + 85.5 = 205.5 (the rows of its column) against 215.5"}


def test_each_dimension_of_a_breakdown_adds_up_to_its_whole():
    text = ("全县共有村党组织书记232名。从性别看,男性211名、女性21名;从年龄看,35岁及以下18名、36至45岁67名、"
            "46岁及以上147名;从学历看,大专及以上学历98名、高中112名、初中及以下32名。")
    got = [(r["status"], r["relation"]) for r in results_for(text) if r["check"] == "sum"]
    assert got == [("consistent", "211名 + 21名 = 232 (its breakdown 从性别看) against 232名"),
                   ("consistent", "18名 + 67名 + 147名 = 232 (its breakdown 从年龄看) against 232名"),
                   ("inconsistent", "98名 + 112名 + 32名 = 242 (its breakdown 从学历看) against 232名")]
    # a breakdown that leaves some out says nothing
    assert not [r for r in results_for("全县共有党员8600名。从年龄看,35岁及以下1200名、60岁以上3100名。")
                if r["check"] == "sum"]
    # nor one whose dimension nests parts within parts (其中)
    assert not [r for r in results_for("全县共有党员86名。从学历看,大专以上50名,其中研究生20名;高中36名。")
                if r["check"] == "sum" and "breakdown" in (r["relation"] or "")]
    # a 其中 sentence between the whole and the breakdown holds parts, not a new whole
    text = ("全市共有基层党组织8426个。其中，基层党委386个、党总支412个、党支部7628个。"
            "\n从领域分布看，农村党组织3215个，城市社区党组织486个，机关党组织1302个，事业单位党组织1418个，"
            "企业党组织1566个，社会组织党组织439个。")
    got = [(r["status"], r["relation"]) for r in results_for(text) if r["check"] == "sum" and "breakdown" in
           (r["relation"] or "")]
    assert got == [("consistent", "3215个 + 486个 + 1302个 + 1418个 + 1566个 + 439个 = 8426 (its breakdown "
                                  "从领域分布看) against 8426个")]


def test_a_part_larger_than_its_whole():
    res = by_text(results_for("全村党员63人,其中女党员80人。"), "subcount")
    assert res["80人"]["status"] == "inconsistent"
    assert by_text(results_for("全村党员63人,其中女党员20人。"), "subcount")["20人"]["status"] == "consistent"
    # things of another kind after a 其中 list are no part of its whole (social organisations
    # covered by party organisations); people of another kind may be (members among cadres)
    text = "全市建立社会组织党组织1143个,其中单独组建的486个、联合组建的657个,覆盖社会组织4315家。"
    assert "4315家" not in by_text(results_for(text), "subcount")
    res = by_text(results_for("全县共有科级干部586名,其中党员干部620名。"), "subcount")
    assert res["620名"]["status"] == "inconsistent"


# (text, the rate of change, status, relation) — worked by hand: 312 / 12548 = 2.486%,
# 42.3 / 1328.8 = 3.183%, 12 / 114 = 10.53%, 96 − 85 = 11, 92.5 − 90.1 = 2.4
CHANGES = [
    ("全县党员总数12860名，较上年增加312名，增长2.5%。", "2.5%", "consistent", "312名 / (12860名 − 312名) = 2.49%"),
    ("全县党员总数12860名，较上年增加312名，增长3.5%。", "3.5%", "inconsistent", "312名 / (12860名 − 312名) = 2.49%"),
    ("村集体经济收入1286.5万元，比上年减少42.3万元，下降3.2%。", "3.2%", "consistent",
     "42.3万元 / (1286.5万元 + 42.3万元) = 3.18%"),
    ("新发展党员126名，较上年增加12名，同比增长10.5%。", "10.5%", "consistent", "12名 / (126名 − 12名) = 10.53%"),
    ("党组织覆盖率由85%提高到96%，提高了11个百分点。", "11个百分点", "consistent", "96% − 85% = 11 points"),
    ("党组织覆盖率由85%提高到96%，提高了13个百分点。", "13个百分点", "inconsistent", "96% − 85% = 11 points"),
    ("群众满意度从92.5%下降到90.1%，下降2.4个百分点。", "2.4个百分点", "consistent", "90.1% − 92.5% = 2.4 points"),
    # the state's share may stand between it and its difference: 600 / 3000 = 20%
    ("其中党建经费3600万元，占30%，比上年增加600万元，增长20%。", "20%", "consistent",
     "600万元 / (3600万元 − 600万元) = 20.00%"),
    ("其中党建经费3600万元，占30%，比上年增加600万元，增长25%。", "25%", "inconsistent",
     "600万元 / (3600万元 − 600万元) = 20.00%"),
    # a rate of change between two states of a from-to frame: 26 / 1100 = 2.364%, −9000 / 12000 = −75%;
    # a rate said the other way from the states is wrong however large
    ("全县党员由1100名增加到1126名，增长2.4%。", "2.4%", "consistent", "(1126名 − 1100名) / 1100名 = 2.36%"),
    ("全县党员由1100名增加到1126名，增长5%。", "5%", "inconsistent", "(1126名 − 1100名) / 1100名 = 2.36%"),
    ("全县党员由1100名增加到1126名，下降2.4%。", "2.4%", "inconsistent", "(1126名 − 1100名) / 1100名 = 2.36%"),
    ("贫困人口由1.2万人减少到3000人，下降75%。", "75%", "consistent", "(3000人 − 1.2万人) / 1.2万人 = -75.00%"),
    ("人均收入由3020元增长到16650元，年均增长18.6%。", "18.6%", None, None),
    # a rate of something else is never read against them: a part after 其中, a rate per village,
    # a change with no base named, two shares of no from-to frame
    ("全县党员总数12860名，较上年增加312名，其中女党员增长5%。", "5%", None, None),
    ("村集体经济总收入2860万元，较上年增加320万元，村均增长5%。", "5%", None, None),
    ("全县党员12860名，发展党员312名，增长2.5%。", "2.5%", None, None),
    ("女党员占25%，少数民族党员占8%，提高了3个百分点。", "3个百分点", None, None),
]


@pytest.mark.parametrize("text,rate,status,relation", CHANGES)
def test_a_rate_of_change_against_its_state_and_difference(text, rate, status, relation):
    got = by_text(results_for(text), "change").get(rate)
    assert (got["status"], got["relation"]) == (status, relation) if status else got is None


def test_a_rate_out_of_line_with_the_same_rate():
    res = by_text(results_for("村民人均可支配收入7320元。\n贫困户人均收入6230万元。"), "magnitude")
    assert res["6230万元"]["status"] == "inconsistent"
    assert not by_text(results_for("村民人均收入7320元。\n脱贫户人均收入6230元。"), "magnitude")
    # a 其中 part larger than the rate before it is a part of the total, no rate of its own
    text = "全县有村级后备力量720名，每村平均3名以上，其中大专以上学历的412名，占57.2%。"
    assert not by_text(results_for(text), "magnitude")
    assert by_text(results_for(text), "share")["57.2%"]["status"] == "consistent"
    # a rate per year is a budget's line, the village's and the county's no same rate
    assert not by_text(results_for("每个村每年安排10万元,人口在3000人以上的村每年安排15万元。\n"
                                   "县财政每年预算安排村级组织运转经费2860万元。"), "magnitude")


def test_a_rate_added_into_a_total():
    res = by_text(results_for("县级投入80万元、每村投入20万元,共投入100万元。"), "rate_sum")
    assert res["100万元"]["status"] == "inconsistent" and "rate" in res["100万元"]["detail"]


def test_a_headline_figure_repeated_in_the_body():
    res = by_text(results_for("全县182个村完成整顿。\n抓好182个村的整顿工作。"), "repeat")
    assert res["182个"]["status"] == "consistent" and "add it once" in res["182个"]["detail"]
    # a class named twice (35岁及以下, 50万元以上) and an age are no figures to add once
    text = ("35岁及以下党员52.3万名,占18.1%。\n发展党员6.8万名,其中35岁及以下的5.6万名。\n"
            "平均年龄52岁。\n书记平均年龄52岁。")
    assert not by_text(results_for(text), "repeat")


def test_conflicting_values_across_documents(tmp_path):
    (tmp_path / "a.txt").write_text("2023年,汉阴县共有党员12000名。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("2023年,汉阴县共有党员12500名。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("2023年,汉阴县共有党员12000名。", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "jsonl"])
    conflicts = [json.loads(x) for x in r.stdout.splitlines() if json.loads(x)["check"] == "conflict"]
    # each figure another document contradicts, with the first such document and how many
    found = {Path(c["doc"]).name: (Path(c["other_doc"]).name, c["others"]) for c in conflicts}
    assert found == {"a.txt": ("b.txt", 1), "b.txt": ("a.txt", 2), "c.txt": ("b.txt", 1)}
    assert "12500名 here, 12000名 in" in next(c["relation"] for c in conflicts if c["doc"].endswith("b.txt"))
    assert "and 1 more" in next(c["relation"] for c in conflicts if c["doc"].endswith("b.txt"))
    assert "conflict: 3 inconsistent" in r.stderr


@pytest.mark.parametrize("one,other", [
    # two reports' funds are of two projects: 资金 names no one thing
    ("2023年,汉阴县投入资金1200万元新建党群服务中心。", "2023年,汉阴县投入资金86万元开展培训。"),
    # a threshold is met by any figure past it
    ("2023年,汉阴县村级集体经济收入达到50万元以上。", "2023年,汉阴县村级集体经济收入达到86万元。"),
    # members recruited in a year are no count of all members, in either script
    ("2023年,汉阴县共有党员12000名。", "2023年,汉阴县全年发展党员320名。"),
    ("2023年,汉阴县共有党员12000名。", "2023年,漢陰縣共發展黨員320名。"),
    # a part after 其中 is no whole
    ("2023年,汉阴县共有党员12000名,其中农村党员6100名。", "2023年,汉阴县共有党员12000名。"),
    # a town's figure is no figure of the county that holds it
    ("2023年,汉阴县城关镇有党员1200名。", "2023年,汉阴县有党员12000名。"),
])
def test_no_conflict_between_figures_that_can_both_be_true(tmp_path, one, other):
    (tmp_path / "a.txt").write_text(one, encoding="utf-8")
    (tmp_path / "b.txt").write_text(other, encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "jsonl"])
    assert not [x for x in r.stdout.splitlines() if json.loads(x)["check"] == "conflict"]


def test_figures_of_one_kind_conflict_and_say_which_kind(tmp_path):
    # the same place and year, one count by its own words (共有 / 总数), another by its verb (发展)
    (tmp_path / "a.txt").write_text("汉阴县2023年党建工作总结\n全县共有党员12000名。全年发展党员320名。",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("汉阴县2023年发展党员工作报告\n全县党员总数12100名。2023年发展党员350名。",
                                    encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(tmp_path), "--format", "jsonl"])
    got = {json.loads(x)["text"]: json.loads(x)["relation"] for x in r.stdout.splitlines()
           if json.loads(x)["check"] == "conflict"}
    assert got == {"12000名": f"汉阴县 2023 党员: 12000名 here, 12100名 in {tmp_path / 'b.txt'}",
                   "320名": f"汉阴县 2023 发展 党员: 320名 here, 350名 in {tmp_path / 'b.txt'}",
                   "12100名": f"汉阴县 2023 党员: 12100名 here, 12000名 in {tmp_path / 'a.txt'}",
                   "350名": f"汉阴县 2023 发展 党员: 350名 here, 320名 in {tmp_path / 'a.txt'}"}


# --- no false alarms where a reader finds none ---------------------------------------------------

def test_the_seeds_and_the_dev_corpus_give_no_inconsistent_result():
    docs = list(SEEDS) + sorted((SHARED / "corpus" / "dev").glob("*.txt"))
    results = []
    for p in docs:
        results += results_for(p.read_text(encoding="utf-8"), p.name)
    assert [r for r in results if r["status"] == "inconsistent"] == []
    shares = {r["text"]: r["status"] for r in results if r["check"] == "share" and r["doc"].startswith("003")}
    # every share whose part and base the report states is verified
    assert shares == {"33%": "consistent", "64%": "consistent", "85%": "consistent"}


# --- mutation: a confirmed relation broken by one changed number ---------------------------------

MUTATION_TEXTS = [
    "新一届班子成员共1715人,大专以上学历574名,占比33%。",
    "全县244个行政村和9个社区,党支部书记161名,占比64%。",
    "全县1200名党员中,男性党员900名、女性党员300名,分别占75%、25%。",
    "截至2023年底,全县党员总数为87613名。其中农村党员61940名,占党员总数的70.7%。",
    "全县254个村(社区)中,已有229个实现“一肩挑”,占比90.2%。",
    "村“两委”班子成员共52名,其中连任24名、新进28名。",
    "党委21个、党总支13个、党支部475个,共509个。",
    "举办培训班12期、专题讲座8场,共开展活动20场。",
    "全县共有村干部2500名,其中女性干部650名,占比26%。",
    "全县党员总数12860名，较上年增加312名，增长2.5%。",
    "党组织覆盖率由85%提高到96%，提高了11个百分点。",
    "村集体经济收入从86万元增加到120万元，增长39.5%。",
] + [SEEDS[3].read_text(encoding="utf-8")]


def _mutants(text):
    """For each confirmed share or sum, a text with one of its numbers changed by
    more than rounding can hide (x 1.37), and the relation it breaks."""
    recs = {c.id: c for c in extract_text(text)}
    for r in check_all([c.record() for c in recs.values()]):
        if r["status"] != "consistent" or r["check"] not in ("share", "sum", "change"):
            continue
        involved = [r["claim"]] + (r["part"] or "").split("+") + (r["total"] or "").split("+")
        for cid in dict.fromkeys(i for i in involved if i):
            c = recs[cid]
            m = re.search(r"\d+(?:\.\d+)?", c.text)
            if not m:
                continue
            old = m.group()
            new = f"{float(old) * 1.37:.{len(old.split('.')[1]) if '.' in old else 0}f}"
            surface = c.text[:m.start()] + new + c.text[m.end():]
            yield r["check"], r["text"], text[:c.start] + surface + text[c.end:], (cid == r["claim"], surface)


def test_mutants_are_inconsistent_and_the_originals_are_not():
    caught = total = 0
    missed = []
    for text in MUTATION_TEXTS:
        assert [r for r in results_for(text) if r["status"] == "inconsistent"] == [], text
        for check, claim_text, mutant, (mutated_claim, surface) in _mutants(text):
            total += 1
            want = surface if mutated_claim else claim_text
            res = [r for r in results_for(mutant) if r["check"] == check and r["text"] == want]
            if res and res[0]["status"] == "inconsistent":
                caught += 1
            else:
                missed.append((check, want, mutant[:60], res[0]["status"] if res else None))
    assert total >= 30
    assert caught / total >= 0.9, (caught, total, missed)


# --- the command ---------------------------------------------------------------------------------

def test_fail_on_and_the_summary_counts_everything(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("全村党员200名,其中女党员50名,占比40%。群众满意度达到96.8%。\n党员1200名,其中女党员300名,占比25%。",
                 encoding="utf-8")
    runner = CliRunner()
    plain = runner.invoke(main, ["check", str(f), "--format", "jsonl"])
    assert plain.exit_code == 0
    strict = runner.invoke(main, ["check", str(f), "--format", "jsonl", "--fail-on", "inconsistent"])
    assert strict.exit_code == 1
    only = runner.invoke(main, ["check", str(f), "--format", "jsonl", "--status", "inconsistent"])
    assert len(only.stdout.splitlines()) == 1
    # the summary line counts every result, whatever --status shows
    assert "share: 1 consistent, 1 inconsistent, 1 unverifiable" in only.stderr
    assert runner.invoke(main, ["check", str(f), "--fail-on", "unverifiable", "--format", "jsonl"]).exit_code == 1


def test_the_table_reads_well(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("全县244个行政村和9个社区,党支部书记161名,占比64%。", encoding="utf-8")
    r = CliRunner().invoke(main, ["check", str(f), "--format", "csv"])
    row = r.stdout.splitlines()
    assert row[0] == "doc,line,check,text,relation,stated,computed,status"
    assert "161名 / 244个+9个 = 63.6%" in row[1] and row[1].endswith(",64,63.6,consistent")


def test_check_reads_saved_claims_and_points_to_them_by_id(tmp_path):
    claims = tmp_path / "c.jsonl"
    CliRunner().invoke(main, ["extract", str(ROOT / "seeds"), "-o", str(claims)])
    ids = {json.loads(x)["id"] for x in claims.read_text(encoding="utf-8").splitlines()}
    r = CliRunner().invoke(main, ["check", str(claims), "--format", "jsonl", "--status", "consistent"])
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert out and all(x["status"] == "consistent" for x in out)
    for x in out:
        assert x["claim"] in ids
        assert all(part in ids for part in (x["part"] or "").split("+") if part)
    assert "share:" in r.stderr
