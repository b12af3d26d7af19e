"""Where, when and of what: tables of report-style texts → place, divisions, year,
year_from, category, subject and per. The texts are written for these tests in the
style of county reports, statistics bulletins and 述职报告; the expectations follow
docs/claims.md §2 and §4 case by case."""
import pytest

from dangjian_cli import extract_text
from dangjian_cli.divisions import holders, lookup
from dangjian_cli.document import Document

# documents that several rows of the tables below read
ITEMS = ("全省村级组织运转经费保障情况\n截至2023年底，全省村级组织运转经费平均达到每村每年12.6万元，"
         "其中西安市18.2万元、宝鸡市11.5万元、咸阳市10.8万元，分别比2020年增长36%、28%和25%。\n")
SINGLE = ("“我们村的账，每一笔都清清楚楚”\n在洋县磨子桥镇谢村，村民指着村务公开栏说。\n"
          "去年，谢村集体经济收入38.6万元，全部公开。镇纪委还对全镇17个村进行了专项审计。\n")
NAMED_AS_ONE = ("中共石泉县委组织部\n关于党内表彰情况的通报\n授予城关镇东坝村党支部等20个党组织“先进基层党组织”称号。\n"
                "受表彰的50名优秀共产党员中，农村党员18名。\n")
EXCLAIMED = "#数说长宁# 2023年长宁县党建成绩单来啦！\n\n🔴 全县党员总数达到9862名，较上年增加213名；\n"
UNIT_ITEMS = ("安康市基层党建工作交流材料摘编\n\n汉滨区：推行“红色网格”治理模式，全区划分网格2860个。\n\n"
              "旬阳市：实施村集体经济“倍增计划”，2023年全市村集体经济收入达到1.2亿元。\n\n"
              "平利县：深化“三联三包”，全县5600余名党员干部联系群众5.8万户。\n\n全市共有基层党组织9860个。\n")
# a 数读 post: a headline, then a list of bulleted figures
BULLETED = ("【数读】2024年全省基层党建这一年\n● 1.36万个：全省新建村级党群服务中心1.36万个"
            "\n● 98.6%：村党组织书记和村委会主任“一肩挑”比例达98.6%\n● 2.8万名：储备村级后备力量2.8万名")


def claim(text, surface, k=0):
    found = [c for c in extract_text(text) if c.text == surface]
    assert len(found) > k, f"{surface!r} not extracted from {text!r}: {[c.text for c in extract_text(text)]}"
    return found[k]


# --- place: scope words, chains, lists, frames, non-places ---------------------------------
# (text, surface, place, county, adcode)
PLACES = [
    # a scope word binds to the report's own unit
    ("眉县基层党建工作纪实\n今年以来，全县509个党组织开展活动。", "509个", "眉县", "眉县", "610326"),
    ("温县：强基固本\n我县新建党群服务中心12个。", "12个", "温县", "温县", "410825"),
    ("沧县抓党建促振兴\n县里先后投入2000余万元。", "2000余万元", "沧县", "沧县", "130921"),
    # a body inspected is named as a unit (巡察城关镇党委), and the scope word is it
    ("县委第三巡察组关于巡察城关镇党委的反馈意见\n巡察发现，该镇12个村中，有4个村集体资金管理不规范。\n", "12个",
     "城关镇", None, None),
    # a unit named right after a scope word of a higher level is a unit of it (我区五里镇)
    ("汉滨区关于基层治理的报告\n\n我区五里镇投入资金120万元。\n", "120万元", "五里镇", "汉滨区", "610902"),
    ("汉滨区关于基层治理的报告\n\n该区五里镇石梯村新建产业园3个。\n", "3个", "石梯村", "汉滨区", "610902"),
    # a town whose name holds 村, where it heads an item, a row or a clause with its committee
    ("各镇党建工作亮点\n1. 城关镇：党员562名。\n2. 太村镇：党员391名，党组织12个。\n", "391名", "太村镇", None, None),
    ("太村镇党委：全镇党员391名。", "391名", "太村镇", None, None),
    ("重点村镇建设投入资金300万元。", "300万元", None, None, None),
    # units listed each with its figure, then 分别: each figure after it the unit of its rank
    (ITEMS, "36%", "西安市", None, "610100"),
    (ITEMS, "28%", "宝鸡市", None, "610300"),
    (ITEMS, "25%", "咸阳市", None, "610400"),
    # a unit named as one of many (…党支部等20个党组织) is their holder's, and no paragraph's topic
    (NAMED_AS_ONE, "20个", "石泉县", "石泉县", "610922"),
    (NAMED_AS_ONE, "18名", "石泉县", "石泉县", "610922"),
    # the units of a level at once are their holder's, also when the paragraph names one of
    # them after the figure; with no holder named, nothing
    ("咸阳市党费收缴情况\n各县区收缴率均在99%以上。其中，收缴金额最多的是秦都区，为186.2万元。", "99%以上",
     "咸阳市", None, "610400"),
    ("全市党费收缴情况\n各县区收缴率均在99%以上。其中，收缴金额最多的是秦都区，为186.2万元。", "99%以上",
     None, None, None),
    # a village of a one-character name right after its town is a village, and is one where
    # it later stands alone; a verb before 村 makes none
    (SINGLE, "38.6万元", "谢村", "洋县", "610723"),
    (SINGLE, "17个", "磨子桥镇", "洋县", "610723"),
    ("城关镇驻村工作队\n全镇选派驻村干部12名。", "12名", "城关镇", None, None),
    # a headline's bar, a bracket or a title mark bounds a one-character county's name too
    ("一图读懂｜陇县“党建+网格”基层治理\n\n■ 配备专兼职网格员1026名\n", "1026名", "陇县", "陇县", "610327"),
    ("【温县】党建引领乡村振兴\n全县投入资金300万元。", "300万元", "温县", "温县", "410825"),
    # …as a level's purse standing alone does (区财政), even in a paragraph about a street;
    # a purse after a name is that name's
    ("西城区关爱新就业群体\n在金融街街道,骑手们组建了志愿服务队。区财政每年安排专项经费300万元。",
     "300万元", "西城区", "西城区", "110102"),
    ("眉县:党建引领\n在横渠镇,县级财政投入资金80万元。", "80万元", "眉县", "眉县", "610326"),
    ("眉县:党建引领\n在横渠镇,镇财政投入资金80万元。", "80万元", "横渠镇", "眉县", "610326"),
    ("眉县:党建引领\n宝鸡市财政投入资金80万元。", "80万元", "宝鸡市", None, "610300"),
    # a scope word after 评为, 培育, 荣获 names an honour's level, not where a figure holds
    ("某大学党建工作报告\n学校培育全国党建工作样板支部3个,全校共有党员11236名。", "11236名", None, None, None),
    ("马蒲滩村纪实\n兴县魏家滩镇马蒲滩村被评为全国文明村,全村有党员63名。", "63名", "马蒲滩村", "兴县", "141123"),
    ("全国党内统计公报\n全国共有党员9918.5万名。", "9918.5万名", "全国", None, None),
    # …nor before an honour's name, which it gives the level of (a feature on a
    # 全国优秀共产党员 is no national report)
    ("三十年守护山里娃——记全国优秀共产党员、乡村教师刘秀兰\n1993年,她回到家乡大坪村当了一名乡村教师。"
     "\n30年来,她教过的学生有1200多人。", "1200多人", "大坪村", None, None),
    ("眉县纪实\n全县有全国劳动模范3名。", "3名", "眉县", "眉县", "610326"),
    # …nor before an honour's name a few words on (全国党建工作示范高校), where no verb
    # stands between (全县建成党建示范点 is the county's)
    ("某大学党建工作报告\n学校推进全国党建工作示范高校建设,全校共有党员11236名。", "11236名", None, None, None),
    ("大坪村纪实\n近年来,大坪村对标全省美丽乡村示范村标准,投入资金120万元。", "120万元", "大坪村", None, None),
    ("眉县纪实\n全县建成党建示范点20个。", "20个", "眉县", "眉县", "610326"),
    # a prefecture's short form (朝阳) that a town's ending follows is the town's name
    ("朝阳街道2023年度抓基层党建工作述职报告\n街道下辖11个社区,共有党员3126名。", "3126名", "朝阳街道", None, None),
    ("长安镇党建工作总结\n长安镇共有党员1520名。", "1520名", "长安镇", None, None),
    # the rest of a set whose members were just named is the set's holder's (其余6个村)
    ("青木川镇述职报告\n全镇村集体经济收入216万元,其中金岗村46万元、东坝村38万元,其余6个村均超过15万元。",
     "6个", "青木川镇", None, None),
    ("眉县纪实\n横渠镇槐芽村投入50万元,其余村各投入10万元。", "10万元", "横渠镇", "眉县", "610326"),
    # a development zone named by the division that holds it is a unit below that division
    ("宝鸡高新区党工委2023年工作总结\n高新区共有非公企业党组织86个。", "86个", "宝鸡高新区", None, "610300"),
    ("眉县2023年工作总结\n眉县经济开发区建立党组织31个。全县投入资金500万元。", "31个", "眉县经济开发区", "眉县",
     "610326"),
    ("眉县2023年工作总结\n眉县经济开发区建立党组织31个。全县投入资金500万元。", "500万元", "眉县", "眉县", "610326"),
    # …nor after a comparison, where it names the base compared with
    ("青石镇产业发展纪实\n全镇农民人均可支配收入增长8.1%,高于全县平均水平0.6个百分点。",
     "0.6个百分点", "青石镇", None, None),
    ("眉县乡村振兴纪实\n横渠镇集体经济收入增长12%,比全县平均高3个百分点。", "3个百分点", "横渠镇", "眉县", "610326"),
    # a town's name before 村 (镇村集体经济) may be a compound's: a town only where the
    # document names it elsewhere
    ("眉县纪实\n横渠镇党委、槐芽镇党委抓党建促振兴。\n去年,槐芽镇村集体经济收入达到320万元。",
     "320万元", "槐芽镇", "眉县", "610326"),
    ("眉县纪实\n全县重点镇村集体经济收入达到320万元。", "320万元", "眉县", "眉县", "610326"),
    # a chain names the most specific unit; its divisions come from the chain
    ("安顺市紫云自治县猴场镇小湾村有党员63人。", "63人", "小湾村", "紫云苗族布依族自治县", "520425"),
    ("家住城关镇李家台社区的老人有120人。", "120人", "李家台社区", None, None),
    ("兴县魏家滩镇马蒲滩村有917户2671人。", "917户", "马蒲滩村", "兴县", "141123"),
    # an autonomous county named after one people goes by that people's name (东乡县 for 东乡族自治县);
    # the document's other places choose it over a county of that name gone since (江西 东乡县, until 2016)
    ("临夏州坚持党建引领。\n在东乡县，县委整合涉农资金3.2亿元。", "3.2亿元", "东乡县", "东乡族自治县", "622926"),
    ("江西省抚州市东乡县投入资金500万元。", "500万元", "东乡县", "东乡县", "361029"),
    ("东乡县投入资金500万元。", "500万元", "东乡县", None, None),
    ("鄂温克旗投入资金500万元。", "500万元", "鄂温克旗", "鄂温克族自治旗", "150724"),
    # a word for a kind of village (明星, 红旗) is a village's name where the text puts it in its town
    ("走进石泉县池河镇明星村。\n近年来，明星村党支部牵头成立合作社，带动126户群众栽桑养蚕。", "126户", "明星村",
     "石泉县", "610922"),
    ("石泉县近年来打造明星村3个。", "3个", "石泉县", "石泉县", "610922"),
    # a report's unit named once, fully, at the end of a chain (a 述职 speaker's line) is its place
    ("2023年度村党组织书记抓基层党建工作述职报告\n石门镇柳树沟村党支部书记 李明\n一年来，我坚持抓党建。\n"
     "二、存在问题\n党员老龄化严重，60岁以上党员占58%。", "58%", "柳树沟村", None, None),
    # a unit named as an example of those counted is no place of the count
    ("走进石泉县池河镇红星村。\n在池河镇，像红星村这样的示范村已有9个。", "9个", "池河镇", "石泉县", "610922"),
    # units named together and then 分别: each figure the unit of its rank in the list
    ("安化县田庄乡、南金乡和小淹镇分别投入资金30万元、20万元和10万元。", "20万元", "南金乡", "安化县", "430923"),
    ("安化县田庄乡、南金乡和小淹镇分别投入资金30万元、20万元和10万元。", "10万元", "小淹镇", "安化县", "430923"),
    ("其中,榆林市、延安市分别达到6.2亿元、4.8亿元,分别增长5%、6%。", "6.2亿元", "榆林市", None, "610800"),
    ("其中,榆林市、延安市分别达到6.2亿元、4.8亿元,分别增长5%、6%。", "5%", "榆林市", None, "610800"),
    ("其中,榆林市、延安市分别达到6.2亿元、4.8亿元,分别增长5%、6%。", "6%", "延安市", None, "610600"),
    # …and without 分别, a figure about the list is about the unit holding them
    ("安化县田庄乡、南金乡和小淹镇共投入资金60万元。", "60万元", "安化县", "安化县", "430923"),
    # a word for where people live or belong (居住地, 所在地) before 社区 is no name
    ("西乡县纪实\n全县在职党员5680名到居住地社区报到,报到率达到98.2%。", "98.2%", "西乡县", "西乡县", "610724"),
    # …and in a document whose own unit does not hold them, the division that holds them all
    ("记者从省委组织部获悉。西安市、宝鸡市、咸阳市村级活动场所全部达到300平方米以上。",
     "300平方米以上", "陕西省", None, "610000"),
    ("记者获悉。眉县、扶风县共投入资金2亿元。", "2亿元", "宝鸡市", None, "610300"),
    # the paragraph's topic, for a figure whose sentence names no place
    ("宁陕县党建工作综述\n城关镇龙王潭村,着力发展旅游。每年,15%的门票收入归村集体所有。",
     "15%", "龙王潭村", "宁陕县", "610923"),
    # a figure about many units at once is about the unit that holds them
    ("先后4次深入安化县田庄乡、南金乡和小淹镇调研。", "4次", "安化县", "安化县", "430923"),
    # a place that only locates the subject, or frames a comparison, is not the figure's
    ("黄泥村位于海南省东方市大田镇,现有536户3336人。", "536户", "黄泥村", "东方市", "469007"),
    ("临澧县在常德全市率先投资1400万元建设示范村。", "1400万元", "临澧县", "临澧县", "430724"),
    ("兴县:强基础\n沧县、眉县、温县的同志前来学习,交流12次。", "12次", "兴县", "兴县", "141123"),
    # words that only end like a place are not places
    ("岚皋县推进振兴\n全县空壳村全部清零,跨县交流3次,男性村干部占比76%。", "76%", "岚皋县", "岚皋县", "610925"),
    # two-character names ending like a slogan are names (长兴村, 富强村); slogans are not
    ("后柳镇纪实\n长兴村是后柳镇的明星村。该村党支部去年带领群众增收50万元。", "50万元", "长兴村", None, None),
    ("石泉县纪实\n石泉县坚持产业兴村,发展魔芋种植1200亩。", "1200亩", "石泉县", "石泉县", "610922"),
    ("东坝村工作总结\n三、明年打算\n力争村集体经济收入突破40万元。", "40万元", "东坝村", None, None),
    ("略阳县纪实\n略阳县去年发展村集体经济项目96个。", "96个", "略阳县", "略阳县", "610727"),
    # a one-character county right after a year (a boundary, as a clause mark is)
    ("2023年洋县党员队伍情况\n全县共有党员8962名。", "8962名", "洋县", "洋县", "610723"),
    # a verb before 村 makes no village (举办村党组织书记培训班, 组织村干部外出学习)
    ("汉中市组织工作综述\n举办村党组织书记示范培训班24期。", "24期", "汉中市", None, "610700"),
    ("汉中市组织工作综述\n组织村干部外出学习300人次。", "300人次", "汉中市", None, "610700"),
    # a national bulletin: the whole country, no divisions
    ("中国共产党党内统计公报\n党员总数为9918.5万名。", "9918.5万名", "全国", None, None),
    # a district's own bulletin that never names its district: nowhere, not the nation
    ("2023年全区党内统计公报\n截至2023年12月31日,全区党员总数为38562名。\n一、党员队伍\n女党员11025名。",
     "11025名", None, None, None),
    # …nor one whose headline names the body but whose opening speaks of the whole province
    ("中共某省委组织部 党内统计公报\n根据党内统计，截至2023年12月31日，全省党员总数为386.2万名。\n一、党员队伍\n"
     "女党员106.4万名，占党员总数的27.6%。", "106.4万名", None, None, None),
    ("中共陕西省委组织部 党内统计公报\n根据党内统计，截至2023年12月31日，全省党员总数为386.2万名。\n一、党员队伍\n"
     "女党员106.4万名，占党员总数的27.6%。", "106.4万名", "陕西省", None, "610000"),
    # a one-character county named in an organisation's name (中共眉县县委, 共青团沧县委员会)
    ("2022年度抓基层党建工作述职报告\n中共眉县县委书记 王某某\n全年召开常委会研究党建工作12次。",
     "12次", "眉县", "眉县", "610326"),
    ("共青团沧县委员会工作报告\n全年组织志愿服务活动36场。", "36场", "沧县", "沧县", "130921"),
    # names that hold a function word (向阳, 和平) or the last character of a longer ending
    # (东木镇 beside 苏木); a locative before a name is no part of it (距离营梁村)
    ("紫阳县纪实\n在向阳镇营梁村,村党支部领办合作社,带动120户群众增收。", "120户", "营梁村", "紫阳县", "610924"),
    ("紫阳县纪实\n和平村党支部领办合作社,带动80户群众增收。", "80户", "和平村", "紫阳县", "610924"),
    ("紫阳县纪实\n在向阳镇营梁村,村党支部领办合作社。\n距离营梁村不远的东木镇柏杨村,全村发展魔芋800亩。",
     "800亩", "柏杨村", "紫阳县", "610924"),
    # a news wire's dateline says where the story was filed: a national story stays national,
    # a local paper's dateline is the document's place when nothing else names one
    ("中国共产党党内统计公报\n\n新华社北京6月30日电\n\n截至2023年12月31日,党员总数为9918.5万名。",
     "9918.5万名", "全国", None, None),
    ("人民网北京3月2日电 全国共有基层党组织517.6万个。", "517.6万个", "全国", None, None),
    ("本报兴县3月2日讯 今年以来,全县投入资金300万元。", "300万元", "兴县", "兴县", "141123"),
    ("新华社西安5月3日电 眉县今年投入资金300万元。", "300万元", "眉县", "眉县", "610326"),
    # units named in a list (A镇、B镇等镇) with no county named over them: the report's own unit
    ("山阳县集体经济工作汇报\n在漫川关镇、高坝店镇等镇探索联合发展模式,组建联合社14个。",
     "14个", "山阳县", "山阳县", "611024"),
    # all the units of a level at once (所有社区, 各村): about the unit that holds them, not the
    # one the paragraph before was about
    ("电子城街道党建纪实\n在丈八东路社区,社区有居民5600户。\n下一步,力争所有社区党群服务中心面积不低于1000平方米。",
     "1000平方米", "电子城街道", None, None),
    ("电子城街道党建纪实\n在丈八东路社区,社区有居民5600户。\n今年,各社区新建红色驿站35处。",
     "35处", "电子城街道", None, None),
    ("电子城街道党建纪实\n在丈八东路社区,社区有居民5600户。", "5600户", "丈八东路社区", None, None),
    ("石泉县纪实\n城关镇各村新建红色驿站20个。", "20个", "城关镇", "石泉县", "610922"),
    # a transliterated name may hold a character that is a function word elsewhere (其);
    # a pastoral area's villages and towns (嘎查, 苏木) are units of their levels
    ("鄂托克前旗:党建引领牧区振兴\n在城川镇大沙头嘎查,合作社实现收入268万元。\n"
     "敖勒召其镇各嘎查村集体经济收入均超过20万元。", "20万元", "敖勒召其镇", "鄂托克前旗", "150623"),
    ("鄂托克前旗:党建引领牧区振兴\n在城川镇大沙头嘎查,合作社实现收入268万元。\n"
     "今年,各嘎查新建党群服务中心23个。", "23个", "鄂托克前旗", "鄂托克前旗", "150623"),
    # a county-level city calls itself 全市 (安康日报 in a source line names no place of its figures)
    ("旬阳市村(社区)“两委”换届工作圆满完成\n截至4月20日,全市303个村(社区)换届选举全部完成。\n"
     "(来源:安康日报 2021年4月22日)", "303个", "旬阳市", "旬阳市", "610981"),
    ("安康市党建工作综述\n旬阳市新建党群服务中心12个。全市投入资金800万元。", "800万元", "安康市", None, "610900"),
    # a scope word after a unit of its level named in its sentence is that unit
    ("各地扎实推进党建引领乡村振兴\n浙江省培育共富工坊1.2万家;江苏省实施强村富民工程,全省村均集体经营性收入达到152万元。",
     "152万元", "江苏省", None, "320000"),
    # a verb before 村 makes no village (张明带领村“两委”班子)
    ("宁陕县许家城村党支部书记张明事迹\n2006年,张明带领村“两委”班子争取项目资金80万元。",
     "80万元", "许家城村", "宁陕县", "610923"),
    # a unit after 与/同 is the partner of the unit before it, whose figure it is
    ("宁陕县纪实\n宁陕县与苏州市吴中区签订协作协议12份。", "12份", "宁陕县", "宁陕县", "610923"),
    ("宁陕县纪实\n与苏州市吴中区签订协作协议12份。", "12份", "吴中区", "吴中区", "320506"),
    # a unit named right after 其中 is read whole, and is a part, not the paragraph's topic
    ("杨行镇工作总结\n村级集体经济总收入达到1.35亿元,同比增长6.8%,其中北宗村收入达2100万元。",
     "2100万元", "北宗村", None, None),
    ("杨行镇工作总结\n村级集体经济总收入达到1.35亿元,同比增长6.8%,其中北宗村收入达2100万元。",
     "1.35亿元", "杨行镇", None, None),
    # a time word before 村 or 社区 makes no name (去年村集体经济收入: last year's)
    ("柞水县金米村纪实\n去年村集体经济收入达到65万元。", "65万元", "金米村", "柞水县", "611026"),
    ("柞水县金米村纪实\n当年村集体经济收入达到65万元。", "65万元", "金米村", "柞水县", "611026"),
    # …nor a verb of holding an office (担任村党组织书记的37名)
    ("凤翔区人才工作\n共有218名回引人才进入村“两委”班子,其中担任村党组织书记的37名。",
     "37名", "凤翔区", "凤翔区", "610305"),
    # 嘎查 stands where 村 stands: a verb before it makes no name (改扩建嘎查党群服务中心)
    ("鄂托克前旗纪实\n新建、改扩建嘎查党群服务中心23处。", "23处", "鄂托克前旗", "鄂托克前旗", "150623"),
    # a unit right after 其中 and a comma is named as one (其中，金米社区食堂…)
    ("柞水县小岭镇纪实\n镇里建成社区食堂9个。其中，金米社区食堂每餐补贴8元。", "8元", "金米社区", "柞水县", "611026"),
    # the items of a list of units each with its figure are units as the first is
    ("红庙镇网格治理\n全镇划分为86个网格,其中,东坡村9个、西岭村7个、南沟村6个。", "7个", "西岭村", None, None),
    ("红庙镇网格治理\n全镇划分为86个网格,其中,东坡村9个、西岭村7个、南沟村6个。", "6个", "南沟村", None, None),
    # a quantifier before 村 makes no name (一些村: some of the villages)
    ("洋县党建推进会讲话\n一些村党组织书记年龄偏大,60岁以上的还有23人。", "23人", "洋县", "洋县", "610723"),
    # verbs of an election and of completing work before 村 make no name
    ("洋县组织工作报告\n圆满完成村（社区）“两委”换届，选举产生村“两委”成员1826名。",
     "1826名", "洋县", "洋县", "610723"),
    # 全市 right after a county-level city in its sentence is that city, not the prefecture
    ("安康市基层党建综述\n全市共有党员24.6万名。旬阳市坚持党建+产业,全市集体经济收入超过50万元的村达到96个。",
     "96个", "旬阳市", "旬阳市", "610981"),
    # a paragraph that goes through units in turn (…：甲村…；乙村…) passes none of them on:
    # the paragraph after it is about the document's own unit again
    ("眉县举办村书记比武\n书记们晒出成绩单：横渠镇大寨村书记讲述了发展猕猴桃的经历，"
     "村集体经济收入达到40万元；金渠镇宁渠村书记介绍，村里建成冷库2座。\n评委共11人，评出一等奖2名。",
     "11人", "眉县", "眉县", "610326"),
    ("眉县举办村书记比武\n书记们晒出成绩单：横渠镇大寨村书记讲述了发展猕猴桃的经历，"
     "村集体经济收入达到40万元；金渠镇宁渠村书记介绍，村里建成冷库2座。\n评委共11人，评出一等奖2名。",
     "2座", "宁渠村", "眉县", "610326"),
    # …while a paragraph about one unit passes it on
    ("眉县纪实\n横渠镇大寨村发展猕猴桃产业。\n村里建成冷库2座。", "2座", "大寨村", "眉县", "610326"),
    # an ordinal before 村 counts rounds (第二届村党组织书记): no village
    ("洋县擂台比武\n第二届村党组织书记擂台比武在县委党校举行，36名书记参赛。", "36名", "洋县", "洋县", "610723"),
    # a list whose numbered items are headed by units: each item is its unit's, and no
    # item's unit is the document's own or passes on to the next item
    ("2024年度书记项目清单\n1. 县委组织部：全年培训村党组织书记245名。\n2. 城关镇党委：在12个小区成立党支部。"
     "\n3. 石门乡党委：力争全乡9个村集体经济收入均超过10万元。\n4. 县教育局党委：建立名师工作室15个。",
     "9个", "石门乡", None, None),
    ("2024年度书记项目清单\n1. 县委组织部：全年培训村党组织书记245名。\n2. 城关镇党委：在12个小区成立党支部。"
     "\n3. 石门乡党委：力争全乡9个村集体经济收入均超过10万元。\n4. 县教育局党委：建立名师工作室15个。",
     "15个", None, None, None),
    ("2024年度书记项目清单\n1. 县委组织部：全年培训村党组织书记245名。\n2. 城关镇党委：在12个小区成立党支部。"
     "\n3. 石门乡党委：力争全乡9个村集体经济收入均超过10万元。\n4. 县教育局党委：建立名师工作室15个。",
     "245名", None, None, None),
    # an outside body giving aid is not where its figure holds (在丹凤县棣花镇，吴江区援建的…)
    ("苏陕协作纪实\n在丹凤县棣花镇，吴江区援建的香菇产业园已建成大棚260个。", "260个", "棣花镇", "丹凤县", "611022"),
    ("苏陕协作纪实\n在丹凤县棣花镇，吴江区建成香菇大棚260个。", "260个", "吴江区", "吴江区", "320509"),
    # a town named after a comma before what it earns is a town (分镇看，城关镇收入最高)
    ("洋县各镇村集体经济\n分镇看，城关镇收入最高，达到2860万元；石门镇1980万元。",
     "2860万元", "城关镇", "洋县", "610723"),
    # a unit right after another of its level is no unit (桃园社区建成社区食堂: 建成 is a verb)
    ("新城街道纪实\n在桃园社区、西关社区试点便民服务圈；其中桃园社区建成社区食堂2个。", "2个", "桃园社区", None, None),
    # …but a numbered item that opens with a verb names no unit (新建社区养老服务站)
    ("城关街道2023年为民办实事完成情况\n一、新建社区养老服务站3个。\n二、改造老旧小区8个。",
     "3个", "城关街道", None, None),
    # the body that issues a notice names its unit (中共桐梓坪镇委员会: 中共 before a town's name)
    ("关于2024年度党费收缴情况的公示\n中共桐梓坪镇委员会\n2025年1月15日\n全镇共收缴党费8.76万元。",
     "8.76万元", "桐梓坪镇", None, None),
    # a name left out (某某村, XX镇) is no place to add up by
    ("党员大会记录\n中共某某村支部委员会\n全村应到党员43名，实到38名。", "43名", None, None, None),
    ("驻村纪实\n在XX镇，全镇共有党员860名。", "860名", None, None, None),
    # a place named only as where the report's body gives aid is not what the report is about
    ("华新能源集团党建纪实\n集团现有党员2316名。\n集团还结对帮扶甘南县8个村，累计投入帮扶资金2600万元。",
     "2316名", None, None, None),
    ("华新能源集团党建纪实\n集团现有党员2316名。\n集团还结对帮扶甘南县8个村，累计投入帮扶资金2600万元。",
     "2600万元", "甘南县", "甘南县", "230225"),
    # under a headline about a whole unit (全市), a unit below it is one of its parts, not
    # what the report is about; a list of them counted together is about no one of them
    ("2024年度全市抓党建考核结果通报\n从考核结果看，城南区、高新区、长安县3个县区获评“好”等次。",
     "3个", None, None, None),
    ("我乡2023年基层党建工作总结\n全乡辖9个行政村。\n在石坝村建成香菇大棚120个。\n太白县桃川乡党委", "9个",
     "桃川乡", "太白县", "610331"),
    # a building verb before 社区 names no community (新建社区食堂)
    ("东城街道2024年度述职报告\n街道下辖8个社区。\n投入资金386万元，改造老旧小区4个；新建社区食堂3个。",
     "3个", "东城街道", None, None),
    # clauses in parallel, each headed by a unit of one level with its figure: each the unit's
    ("平利县招聘公告\n城关镇招聘28名，长安镇招聘7名，大河镇招聘5名。", "7名", "长安镇", "平利县", "610926"),
    ("平利县招聘公告\n城关镇招聘28名，长安镇招聘7名，大河镇招聘5名。", "5名", "大河镇", "平利县", "610926"),
    ("2023年，平利县洞河镇发展党员28名，蒿坪镇发展党员7名。", "7名", "蒿坪镇", "平利县", "610926"),
    # a unit after a time that opens the sentence, or after a list's bullet, is its subject
    ("组工信息\n●近日，洞河镇组织开展活动，全镇426名党员参加。", "426名", "洞河镇", None, None),
    ("组工信息\n● 蒿坪镇整合资金260万元，建成茶叶加工厂3座。", "260万元", "蒿坪镇", None, None),
    ("今年以来，洞河镇发展党员8名。", "8名", "洞河镇", None, None),
    ("2024年3月，洞河镇新建大棚12个。", "12个", "洞河镇", None, None),
    # a town named once, after a clause's comma or a word that brings an example or a source
    ("平利县党建工作。据了解，洞河镇新建大棚12个。", "12个", "洞河镇", "平利县", "610926"),
    ("平利县党建工作。与此同时，洞河镇新建大棚12个。", "12个", "洞河镇", "平利县", "610926"),
    ("平利县党建工作。在县委的领导下，洞河镇新建大棚12个。", "12个", "洞河镇", "平利县", "610926"),
    ("平利县党建工作。以洞河镇为例，新建大棚12个。", "12个", "洞河镇", "平利县", "610926"),
    ("平利县党建工作。据洞河镇党委书记介绍，全镇新建大棚12个。", "12个", "洞河镇", "平利县", "610926"),
    ("平利县党建工作。特别是洞河镇新建大棚12个。", "12个", "洞河镇", "平利县", "610926"),
    # …but not a kind of unit said of any
    ("平利县党建工作。同时，老旧社区改造12个。", "12个", "平利县", "平利县", "610926"),
    ("平利县党建工作。同时，广大村民参与，投入资金12万元。", "12万元", "平利县", "平利县", "610926"),
    # units listed and counted together after a unit above them in their sentence: that unit's
    ("石泉县后柳镇中坝村。\n在池河镇，五爱村、新兴村三个村抱团发展，共建成大棚12个。", "12个", "池河镇", "石泉县",
     "610922"),
    # a unit that only describes the sentence's subject (…是丹凤县的农业大镇) is not where its figures hold
    ("丹凤县棣花镇纪实\n棣花镇是丹凤县的农业大镇，辖18个村，3.2万人。", "18个", "棣花镇", "丹凤县", "611022"),
    # a division's ending inside a town's name, where no division's name ends (殿市镇, 老县镇)
    ("平利县招聘公告\n城关镇招聘28名，长安镇招聘7名，老县镇招聘5名。", "5名", "老县镇", "平利县", "610926"),
    ("横山区党建工作\n横山区殿市镇五龙山村新建大棚12个。", "12个", "五龙山村", "横山区", "610803"),
    ("横山区党建工作\n全区城区街道新建大棚12个。", "12个", "横山区", "横山区", "610803"),
    # 我们村 in quoted words is the speaker's village, named right after the quote
    ("三秦大地\n在榆林市，“党建+产业”让沙漠变绿洲。该市去年建成现代农业园区126个。“我们村通过发展大棚蔬菜，"
     "户均增收1.2万元。”横山区殿市镇五龙山村党支部书记张强说。", "1.2万元", "五龙山村", "横山区", "610803"),
    # 万 stands in a name where no number comes before it
    ("丹凤县棣花镇纪实\n在万湾村，合作社种植葡萄2000亩。", "2000亩", "万湾村", "丹凤县", "611022"),
    # a helping verb before 村 names no village (协助村党支部…)
    ("驻村工作总结\n（镇安县云盖寺镇金钟村）\n协助村党支部召开党员大会12次。", "12次", "金钟村", "镇安县", "611025"),
    # names listed and then counted (五爱村、新兴村、长岭村三个村) are units, each paired with its
    # figure by a 分别 after them
    ("在池河镇，五爱村、新兴村、长岭村三个村抱团发展，去年三个村分别实现集体收入42万元、38万元和35万元。", "38万元",
     "新兴村", None, None),
    ("在池河镇，五爱村、新兴村、长岭村三个村抱团发展，去年三个村分别实现集体收入42万元、38万元和35万元。", "35万元",
     "长岭村", None, None),
    ("镇坪县组织部答复\n我县高度重视村干部报酬保障工作，投入资金20万元。", "20万元", "镇坪县", "镇坪县", "610927"),
    # under a headline about a whole province, no county is the report's own: 全县 is the county
    # its paragraph is about
    ("我省各地扎实推进抓党建促乡村振兴\n在榆林市，横山区殿市镇五龙山村发展大棚蔬菜。\n"
     "在商洛市柞水县，小木耳做成了大产业。全县木耳种植带动1.6万户群众增收。", "1.6万户", "柞水县", "柞水县", "611026"),
    # 全市/全省 in a document that never names its unit: the one division of that level that holds
    # every division it names (two at least), else nothing
    ("2024年第一季度全市党费收缴情况通报\n全市应交党费党员54128名。\n其中，收缴金额最多的是秦都区，增幅最大的是渭城区。",
     "54128名", "咸阳市", None, "610400"),
    ("2024年第一季度全市党费收缴情况通报\n全市应交党费党员54128名。\n其中，收缴金额最多的是秦都区。",
     "54128名", None, None, None),
    ("全省村级组织运转经费保障情况\n全省村干部基本报酬平均每人每年3.6万元，其中西安市3.9万元、宝鸡市3.4万元。",
     "3.6万元", "陕西省", None, "610000"),
    ("全省村级组织运转经费保障情况\n全省村干部基本报酬平均每人每年3.6万元，其中西安市3.9万元、太原市3.4万元。",
     "3.6万元", None, None, None),
    # names listed and then given their figures by 分别 are units; 占全县的 names a share's whole,
    # not where it holds
    ("洛南县村集体经济运行情况\n分镇看，城关街道、四皓街道收入分别为4260万元、3980万元，分别占全县的11.8%和11.0%。",
     "4260万元", "城关街道", "洛南县", "611021"),
    ("洛南县村集体经济运行情况\n分镇看，城关街道、四皓街道收入分别为4260万元、3980万元，分别占全县的11.8%和11.0%。",
     "11.0%", "四皓街道", "洛南县", "611021"),
    # an interview's headline names the unit of the one it visits (——访柴坪镇党委书记…)
    ("抓党建就是抓发展——访柴坪镇党委书记周军\n答：全镇8个村都成立了股份经济合作社。", "8个", "柴坪镇", None, None),
    ("专访柴坪镇党委书记周军\n答：全镇8个村都成立了股份经济合作社。", "8个", "柴坪镇", None, None),
    # a date before a name in the headline is no part of it; hiring verbs are no name
    ("2024年度凤城社区党委书记抓基层党建工作述职报告\n我社区辖6个小区，共有党员186名。", "186名", "凤城社区",
     None, None),
    ("2024年度城关镇党委书记述职报告\n我镇有党员186名。", "186名", "城关镇", None, None),
    ("平利县2024年公开招聘社区工作者公告\n面向社会公开招聘社区工作者40名。", "40名", "平利县", "平利县", "610926"),
    # 村 before 组织 ends a name (村组 is a compound, 组织 is no part of it)
    ("柳林镇文明实践\n其中，东关村开设课堂56期；屯头村组织评选，评出先进典型24人。", "24人", "屯头村", None, None),
    ("柳林镇文明实践\n修建村组道路12公里，村组干部35名。", "35名", "柳林镇", None, None),
    # 村规民约 is a word, 村规划 is a village's plan
    ("镇安县整顿工作报告\n整顿期间，新修订村规民约14份。", "14份", "镇安县", "镇安县", "611025"),
    ("柳林镇工作简报\n王庄村规划建设项目3个。", "3个", "王庄村", None, None),
    # nothing says where
    ("投入资金50万元。", "50万元", None, None, None),
]


@pytest.mark.parametrize("text,surface,place,county,adcode", PLACES)
def test_place(text, surface, place, county, adcode):
    c = claim(text, surface)
    assert (c.place, c.county, c.adcode) == (place, county, adcode)


def test_a_report_on_a_whole_unit_is_about_no_unit_below_it():
    text = "2024年度全市抓党建考核结果通报\n全市各县区共整顿软弱涣散村党组织76个。\n长安县发展党员320名。"
    assert Document(text).place is None
    assert Document(text.replace("全市", "全县", 1)).place.name == "长安县"


def test_one_character_counties_are_places_and_not_inside_words():
    for county, code in (("兴县", "141123"), ("沧县", "130921"), ("眉县", "610326"), ("温县", "410825")):
        c = claim(f"{county}:党建引领\n{county}投入资金300万元。", "300万元")
        assert (c.place, c.county, c.adcode) == (county, county, code)
    # 振兴县域: no 兴县 in it
    c = claim("汉阴县党建纪实\n振兴县域经济,投入资金300万元。", "300万元")
    assert c.place == "汉阴县"


def test_an_ambiguous_county_name_is_left_without_divisions_unless_the_document_chooses():
    alone = claim("朝阳区某街道党工委述职报告\n街道党工委开展主题党日活动126场。", "126场")
    assert (alone.place, alone.province, alone.county, alone.adcode) == ("朝阳区", None, None, None)
    chosen = claim("北京市朝阳区某街道党工委述职报告\n开展主题党日活动126场。", "126场")
    assert (chosen.province, chosen.county, chosen.adcode) == ("北京市", "朝阳区", "110105")


def test_the_division_table():
    d = lookup("沧源县")[0]
    assert (d.name, d.adcode) == ("沧源佤族自治县", "530927")
    assert holders(d) == ("云南省", "临沧市", "沧源佤族自治县")
    assert lookup("空壳村") == [] and lookup("跨县") == [] and lookup("支持省") == []
    assert {holders(x)[0] for x in lookup("朝阳区")} == {"北京市", "吉林省"}
    # a name no longer in use is still known (太谷县 became 太谷区 in 2019)
    assert lookup("太谷县")[0].until == 2018


# --- year and year_from ----------------------------------------------------------------------
DATED = "2023-05-10 来源:某县融媒体中心\n"
# (text, surface, year, year_from)
YEARS = [
    ("2024年,汉阴县“一类”党组织达166个。", "166个", 2024, None),
    # a period: its last year, and its first
    ("2019年至2021年,全县党员发展数量分别为234名、231名、242名。", "234名", 2019, None),
    ("2019年至2021年,全县党员发展数量分别为234名、231名、242名。", "242名", 2021, None),
    ("2019年至2021年累计投入资金900万元。", "900万元", 2021, 2019),
    ("2013年以来累计投入资金800万元。", "800万元", None, 2013),
    (DATED + "2013年以来累计投入资金800万元。", "800万元", 2023, 2013),
    ("党的十八大以来,全县共发展党员2300余名。", "2300余名", None, 2012),
    (DATED + "党的十八大以来,全县共发展党员2300余名。", "2300余名", 2023, 2012),
    (DATED + "近三年,我县累计培训党员干部1.5万人次。", "1.5万人次", 2023, 2021),
    ("近三年,我县累计培训党员干部1.5万人次。", "1.5万人次", None, None),
    ("“十三五”期间,全县投入资金3亿元。", "3亿元", 2020, 2016),
    # years relative to the report's own date; unknown without one
    (DATED + "今年全县投入资金3200万元。", "3200万元", 2023, None),
    (DATED + "去年全县村集体经济收入超过10万元的村达到238个。", "238个", 2022, None),
    ("今年全县投入资金3200万元。", "3200万元", None, None),
    ("截至2021年底,全县共有党员17401名。去年发展党员120名。", "120名", 2020, None),
    # 当年 is the year just named
    ("2022年村里召开院坝会,当年他试种蓝靛10亩。", "10亩", 2022, None),
    # a month named without its year, in a report dated to the day: the report's year,
    # or the year before for a month after the report's own
    ("我镇召开党建工作推进会\n发布日期：2024-07-15\n1-6月,全镇村集体经济收入累计达到356万元。",
     "356万元", 2024, None),
    ("全县党建工作简报\n2024-02-10 来源:某县\n11月,全县开展培训12期。", "12期", 2023, None),
    ("11月,全县开展培训12期。", "12期", None, None),
    # a change against a base year: from that year
    ("边境村人均可支配收入19372元,较2021年增长44.59%。", "44.59%", None, 2021),
    ("边境村人均可支配收入19372元,较2021年增长44.59%。", "19372元", None, None),
    ("截至2023年12月31日,党员总数为9918.5万名,比上年净增114.4万名。", "114.4万名", 2023, 2022),
    # a period's first year past a month and the event it dates (自2022年3月…以来, 2021年换届以来)
    ("某市报告（2024年11月）\n自2022年3月活动开展以来,全市共有1.2万名在职党员到社区报到。", "1.2万名", 2024, 2022),
    ("某县2024年工作总结\n2021年换届以来,全县新发展党员860名。", "860名", 2024, 2021),
    ("某县2024年工作总结\n从2019年脱贫摘帽至今,全县累计投入资金12亿元。", "12亿元", 2024, 2019),
    # a period counted from an unknown date (三年来) is the one the sentence's 以来 named
    ("党支部领办合作社三年行动总结\n2021年以来,全市推行村党支部领办合作社,三年来共成立合作社1260家。", "1260家",
     None, 2021),
    # an anniversary of the Party's or the Republic's founding is a year (建党103周年 → 2024)
    ("纪念建党103周年座谈会在我县召开\n7月1日,县委召开座谈会。全县现有党员2.3万名。", "2.3万名", 2024, None),
    ("某县纪实\n在庆祝新中国成立75周年之际,全县表彰优秀共产党员120名。", "120名", 2024, None),
    ("某县纪实\n公司成立30周年之际,全县表彰优秀共产党员120名。", "120名", None, None),
    # a time whose figure a multiple is of is a base, not this figure's year
    ("某村2023年工作总结\n村集体经济收入达到32万元,是2021年的4倍。", "32万元", 2023, None),
    # the base's own figure holds for the base's year (比2022年的8520人, 较上年的8520人)
    ("某县2023年党建工作\n全县党员数达到8600人,比2022年的8520人增长0.9%。", "8520人", 2022, None),
    ("某县2023年党建工作\n全县党员数达到8600人,较上年的8520人增加80人。", "8520人", 2022, None),
    ("某县2023年党建工作\n全县党员数达到8600人,较上年的8520人增加80人。", "80人", 2023, 2022),
    # a headline's year holds for a report whose opening names none (述职报告, 工作总结)
    ("2022年度抓基层党建工作述职报告\n中共眉县县委书记 王某某\n（2023年1月10日）\n"
     "一年来,我始终把抓基层党建作为首要政治任务。\n一、主要做法\n全县投入资金1860万元。", "1860万元", 2022, None),
    ("眉县2023年基层党建工作总结\n全县新建党群服务中心12个。", "12个", 2023, None),
    # a yearbook entry's label (【概况】) or a numbered heading does not hide the year after it
    ("组织工作\n【概况】2021年,中共汉阴县委组织部全面加强组织建设。全县有基层党委36个。\n"
     "【人才工作】引进各类人才62名。", "62名", 2021, None),
    ("组织工作\n（一）2022年,全县深化党建引领。全县有党支部659个。", "659个", 2022, None),
    # a target year in the headline is no year of the figures
    ("眉县到2025年党建工作规划要点\n中共眉县县委组织部\n全县现有党员18623名。", "18623名", None, None),
    # a part of a year named without it: the report's year, or the year before for a part
    # that starts after the report's month
    ("全镇党建工作简报\n发布日期:2024-07-15\n上半年,全镇共发展党员8名。", "8名", 2024, None),
    ("全镇党建工作简报\n发布日期:2024-07-15\n会议强调,下半年要新建活动场所3个。", "3个", 2024, None),
    ("全县党建工作简报\n2024-02-10 来源:某县\n四季度,全县开展培训12期。", "12期", 2023, None),
    # …and no year from an earlier paragraph holds for it, nor for the rest of its paragraph
    ("全省党建工作综述\n十三五期间,全省累计投入资金1500亿元。\n"
     "上半年,勉县新建党群服务中心23个;西乡县整合资金2800万元。", "23个", None, None),
    ("全省党建工作综述\n十三五期间,全省累计投入资金1500亿元。\n"
     "上半年,勉县新建党群服务中心23个;西乡县整合资金2800万元。", "2800万元", None, None),
    # from one state to another over a period: the first state is the period's first
    # year's, also past a qualifier (从不足300亩)
    ("茶坊村纪实\n2023-07-01\n20年来,全村茶园面积从不足300亩发展到4200亩。", "300亩", 2004, None),
    ("茶坊村纪实\n2023-07-01\n20年来,全村茶园面积从不足300亩发展到4200亩。", "4200亩", 2023, None),
    # 近年来 in the figure's own sentence is the report's year: unknown when it is undated,
    # and no other paragraph's year stands in for it
    ("天坪村发展纪实\n近年来,村党支部发展魔芋种植600亩。2023年,全村产业总产值达到580万元。",
     "600亩", None, None),
    ("天坪村发展纪实\n2024-01-05\n近年来,村党支部发展魔芋种植600亩。", "600亩", 2024, None),
    # a plan's period runs to its last year; since a plan began, to the report's own time
    ("“十三五”期间,全县累计投入资金5亿元。", "5亿元", 2020, 2016),
    ("全县党建简报\n2019-06-01\n“十三五”以来,全县累计投入资金5亿元。", "5亿元", 2019, 2016),
    ("“十三五”以来,全县累计投入资金5亿元。", "5亿元", None, 2016),
    # a target (力争到2025年) is not the year a report speaks from: 今年 stays unknown
    ("积分制管理纪实\n今年,全县评选文明家庭1260户。\n下一步将力争到2025年实现全覆盖。", "1260户", None, None),
    # 过去的一年 in a speech: the year before the speech's date
    ("在全县组织工作会议上的讲话\n2024年2月26日\n同志们:\n过去的一年,全县新发展党员286名。", "286名", 2023, None),
    # a year named later in its own sentence holds for the figure too
    ("打造景区10个,2023年旅游收入25亿元。", "10个", 2023, None),
    # months without their year opening a paragraph of a dated report: its sentences
    # after the first have the months' year too (the year before for months after the date's)
    ("矿业公司党建纪实\n2023-10-18\n1至9月,公司生产原煤1580万吨;实现利润28.7亿元,上缴税费19.2亿元。",
     "28.7亿元", 2023, None),
    ("某县经济运行简报\n2024年1月10日\n1-11月,全县完成固定资产投资86亿元。实现税收12.3亿元。",
     "12.3亿元", 2023, None),
    # the speaker's line under a 述职 report's headline (a post, then a name) is no headline
    ("2023年度述职述廉报告\n石泉县池河镇党委书记 王建华\n一年来,本人认真履行职责,全镇发展党员15名。\n2024年1月16日",
     "15名", 2023, None),
    # since last year: a period from the year before the report's to the report's
    ("某县党建工作总结\n2023年12月20日\n去年以来,全县累计发展党员356名。", "356名", 2023, 2022),
    ("某县党建工作总结\n2023年12月20日\n今年以来,全县累计发展党员356名。", "356名", 2023, None),
    ("去年以来,全县累计发展党员356名。", "356名", None, None),
    # an official document dates itself at the foot in Chinese numerals
    ("关于全县党员队伍建设情况的报告\n1至10月,全县共发展党员86名。\n中共佛坪县委组织部\n二〇二三年十一月二十日",
     "86名", 2023, None),
    # an interview's answer: the time after 答： opens the paragraph
    ("组织部负责同志答记者问\n问:换届情况如何?\n答:截至4月底,全县187个村全部完成换届。新一届村两委成员共1496人。"
     "\n(记者 李明 2021年5月8日)", "1496人", 2021, None),
    # 由2018年的41.2%提高到51.6%: the year is the first state's; the second state and the
    # change hold when the sentence's report does, and the change runs from that year
    ("2024年1月10日\n五年来,城镇化率由2018年的41.2%提高到51.6%,提高10.4个百分点。", "41.2%", 2018, None),
    ("2024年1月10日\n五年来,城镇化率由2018年的41.2%提高到51.6%,提高10.4个百分点。", "51.6%", 2024, None),
    ("2024年1月10日\n五年来,城镇化率由2018年的41.2%提高到51.6%,提高10.4个百分点。", "10.4个百分点", 2024, 2018),
    # the items of a 、 list built up over a carried period are as cumulative as the first
    ("2024年1月10日\n五年来,全县累计投资236亿元。新建改建学校21所、卫生院9所。", "9所", 2024, 2020),
    ("党的二十大以来,全省坚持大抓基层。全省共选派第一书记1.1万名、驻村工作队员3.2万名。", "3.2万名", None, 2022),
    # a speaker's turn (王刚：) stands before the time that opens the paragraph; in an undated
    # report, 今年以来 leaves the year unknown rather than taking an earlier paragraph's period
    ("党的二十大以来,全省坚持大抓基层。全省共选派第一书记1.1万名。\n记者:有哪些举措?\n"
     "王刚:今年以来,全省整顿软弱涣散村党组织1356个。新建村级综合服务场所2180个。", "2180个", None, None),
    ("某省新闻发布会\n2023年11月23日\n党的二十大以来,全省坚持大抓基层。\n"
     "王刚:今年以来,全省整顿软弱涣散村党组织1356个。新建村级综合服务场所2180个。", "2180个", 2023, None),
    # a report dated to its month alone under its headline: a month named without a year is its
    ("关于全县两新组织党建工作情况的报告\n县委组织部\n(2023年11月)\n一、基本情况\n"
     "截至10月底,全县共有非公有制企业1826家。", "1826家", 2023, None),
    ("关于全县两新组织党建工作情况的报告\n县委组织部\n二〇二四年三月\n一、基本情况\n"
     "截至10月底,全县共有非公有制企业1826家。", "1826家", 2023, None),
    # an undated report whose headline names its year (2023年度…述职报告) speaks from that year
    ("2023年度街道党工委书记抓基层党建工作述职报告\n一、履职情况\n上年,街道共化解矛盾纠纷420件,今年化解568件。",
     "420件", 2022, None),
    ("2023年度街道党工委书记抓基层党建工作述职报告\n一、履职情况\n上年,街道共化解矛盾纠纷420件,今年化解568件。",
     "568件", 2023, None),
    ("2019年以来党建工作纪实\n一、主要做法\n今年,全县化解矛盾纠纷568件。", "568件", None, None),
    # …and its months named without a year (a chronicle: 2023年大事记, 3月15日 …)
    ("中共石泉县委组织部2023年大事记\n1月6日 全县组织部长会议召开,120余人参加。\n"
     "3月15日 全县村党组织书记示范培训班开班,培训186名村党组织书记。", "186名", 2023, None),
    ("中共石泉县委组织部大事记\n3月15日 全县村党组织书记示范培训班开班,培训186名村党组织书记。", "186名", None, None),
    ("某县工作总结\n2023年12月1日\n2019年到现在,全县累计发展党员860名。", "860名", 2023, 2019),
    # 过去五年 is a period, as 五年来 is; 过去的一年 the year before
    ("某县政府工作报告\n2023年12月1日\n过去五年,全县累计投入资金2.6亿元。", "2.6亿元", 2023, 2019),
    ("某县政府工作报告\n2023年12月1日\n过去的一年,全县投入资金2.6亿元。", "2.6亿元", 2022, None),
    # the whole of a year not named (全年, 一年来): the report's, or the year before in a
    # report written in the first two months of a year; a year that governs comes first
    ("驻村第一书记述职报告\n一、主要工作\n全年召开支部党员大会12次。\n2023年12月", "12次", 2023, None),
    ("巡察整改情况的通报\n一、具体整改情况\n全年发展党员2名。\n2024年1月10日", "2名", 2023, None),
    ("某县工作总结\n2023年12月20日\n一、2022年回顾\n2022年,全年发展党员20名。", "20名", 2022, None),
    ("全年发展党员20名。", "20名", None, None),
    # what a carried period's projects carried out add up to (实施…搬迁1.68万户) is cumulative
    ("紫阳县脱贫攻坚工作总结\n2020年12月1日\n五年来,全县累计投入扶贫资金58.6亿元。实施易地扶贫搬迁1.68万户5.6万人。",
     "1.68万户", 2020, 2016),
    # a news story's lead-in (本报讯（记者…）) stands before the time that opens the paragraph
    # (the time governs the paragraphs after it)
    ("矿业公司:党建引领发展\n本报讯(记者 王芳)今年以来,公司党委坚持党建与生产经营深度融合,持续推进基层党建工作。"
     "\n公司党委创建党员先锋岗136个,全公司新发展党员46名。"
     "\n(来源:陕西日报 2023年10月18日)", "46名", 2023, None),
    # a time after the figure is the figure's only when no other figure stands between
    # them and it opens no from-to frame of its own
    ("街道在31家物业企业中建立党组织14个,党员员工从2020年的12名增加到如今的48名。", "14个", None, None),
    ("街道在31家物业企业中建立党组织14个,党员员工从2020年的12名增加到如今的48名。", "48名", None, None),
    ("已有86个完成整改,整改率91.5%,其余8个将继续整改至2025年3月。", "86个", None, None),
    ("已有86个完成整改,其余8个将继续整改至2025年3月。", "8个", 2025, None),
    ("全县共有党员1.2万名(2023年底)。", "1.2万名", 2023, None),
    # the first time of a report named after its opening paragraph governs from the sentence
    # it opens, as any later paragraph's time does; the opening paragraph's, all of it
    ("镇安县委书记访谈\n记者:有哪些做法?\n县委书记:我们把党支部建在产业链上。全县建成产业园区12个。"
     "2022年,全县农业总产值达到38.6亿元。", "12个", None, None),
    ("镇安县委书记访谈\n记者:有哪些做法?\n县委书记:我们把党支部建在产业链上。全县建成产业园区12个。"
     "2022年,全县农业总产值达到38.6亿元。", "38.6亿元", 2022, None),
    ("镇安县党建纪实\n一组组数据,都是全县312个党组织的成绩单。2022年,镇安县各级党组织奋发有为。", "312个", 2022, None),
    # a person's milestone (当选, 出生, 参加工作) is an event: its year governs no paragraph;
    # before the report's first governing time, the headline's year holds
    ("桃园村党支部书记2023年度述职报告\n我叫李建华,2021年换届时当选为村党支部书记。\n"
     "我村共有农户418户,党员46名。今年,我们争取项目资金210万元。", "46名", 2023, None),
    ("桃园村党支部书记述职报告\n我叫李建华,2021年换届时当选为村党支部书记。\n"
     "我村共有农户418户,党员46名。", "46名", None, None),
    ("某县纪实\n2023年,全县投入党建经费1860万元。\n全县新建党群服务中心23个。", "23个", 2023, None),
    # a month still to come in a report written before it (下半年, 将…, 计划…) is of the
    # report's year; one already past, of the year before
    ("城关镇党建工作简报\n2023年6月30日\n下半年,镇党委将开展党员冬训,计划培训党员1800人次。", "1800人次", 2023, None),
    ("城关镇党建工作简报\n2023年6月30日\n下半年,镇党委开展党员冬训,培训党员1800人次。", "1800人次", 2022, None),
    # N年多来 is a period up to the report's time from no year one can name
    ("某县工作总结\n2023年12月1日\n2021年7月,县委选派第一书记45名。\n两年多来,第一书记们累计争取资金1.2亿元。",
     "1.2亿元", 2023, None),
    # a period carried from another sentence builds up neither a whole year's figure nor a rate
    ("某县工作总结\n2023年12月1日\n2021年以来,全县党建工作取得新成效。\n全年共发展党员98名。", "98名", 2023, None),
    ("某县工作总结\n2023年12月1日\n2021年以来,全县党建工作取得新成效。\n全县累计发展党员620名。",
     "620名", 2023, 2021),
    ("某县工作总结\n2023年12月1日\n2021年以来,全县投入资金1.2亿元。\n县财政每年安排专项经费300万元。",
     "300万元", 2023, None),
    ("某县工作总结\n2023年12月1日\n2021年以来,全县投入资金1.2亿元。\n各村每月开展主题党日活动1次以上。",
     "1次以上", 2023, None),
    ("某县工作总结\n2023年12月1日\n2021年以来,全县投入资金1.2亿元。\n各村开展主题党日活动860场。",
     "860场", 2023, 2021),
    # what is found, put right, written or handled over the period builds up over it (检视, 整改,
    # 形成, 清理); a rate named by such a verb (整改率) does not
    ("某县工作总结\n2023年12月1日\n2021年以来,全县深入开展专项整治。\n全县共检视问题1347个,已整改1296个,整改率96.2%。",
     "1347个", 2023, 2021),
    ("某县工作总结\n2023年12月1日\n2021年以来,全县深入开展专项整治。\n全县共检视问题1347个,已整改1296个,整改率96.2%。",
     "1296个", 2023, 2021),
    ("某县工作总结\n2023年12月1日\n2021年以来,全县深入开展专项整治。\n全县共检视问题1347个,已整改1296个,整改率96.2%。",
     "96.2%", 2023, None),
    ("某县工作总结\n2023年12月1日\n2021年以来,全县深入开展专项整治。\n形成调研报告46篇,受理群众诉求2370件。",
     "46篇", 2023, 2021),
    # a news lead's vague time and its reporting frame stand before the year that opens what it
    # reports (近日，记者从…获悉，2023年度…): that year governs the story
    ("冬训工作圆满结束\n本报讯（记者 张华）近日，记者从市委组织部获悉，2023年度全市冬训工作圆满完成。\n"
     "据统计，全市共举办冬训班1862期。", "1862期", 2023, None),
    # a period counted from a date the document does not give is the one its section's
    # heading names (四、2022年以来工作情况 / 两年来,…)
    ("某县组织工作报告\n四、2022年以来工作情况\n两年来，累计投入资金3200万元，扶持项目86个。",
     "3200万元", None, 2022),
    # 分别 pairs years listed before 年 with figures listed before their measure word
    ("2021、2022、2023年分别发展党员12、15、18名。", "15", 2022, None),
    ("2021、2022、2023年分别发展党员12、15、18名。", "18名", 2023, None),
    ("2021、2022、2023年分别发展党员12名、15名、18名。", "12名", 2021, None),
    # a paragraph whose sentences open with one year after another (a chronology) sets no
    # year for the paragraphs after it; 这几年 is a period of no certain length
    ("村支书的账本\n书记有一本账本，记着村里的变化：2019年，村集体经济收入为零；2020年，成立合作社，收入3.2万元；"
     "2021年，收入12.6万元。\n“这几年，村里新建了2座桥。”书记说，全村有23个年轻人回来了。", "23个", None, None),
    ("村支书的账本\n书记有一本账本，记着村里的变化：2019年，村集体经济收入为零；2020年，成立合作社，收入3.2万元；"
     "2021年，收入12.6万元。\n“这几年，村里新建了2座桥。”书记说，全村有23个年轻人回来了。", "12.6万元", 2021, None),
    # a year bounding a time before it (2015年以前) holds for its sentence, not the report
    ("长兴村纪实\n2015年以前，长兴村有贫困户126户。\n我们要力争3年内村集体经济收入突破100万元。",
     "100万元", None, None),
    ("长兴村纪实\n2015年以前，长兴村有贫困户126户。\n我们要力争3年内村集体经济收入突破100万元。", "126户", 2015, None),
    # the occasion a news story's first sentence names (an anniversary of the Party's founding)
    # dates its paragraph, wherever it stands in the sentence
    ("全市表彰大会\n7月1日，全市庆祝中国共产党成立103周年暨表彰大会召开。大会表彰了100个先进基层党组织。",
     "100个", 2024, None),
    # a period from a year past the event it dates, with a quoted name in it
    ("双培双带行动纪实\n自2021年启动“双培双带”行动以来，我县坚持把致富能手培养成党员，三年来共发展党员287名。",
     "287名", None, 2021),
    ("双培双带行动纪实\n自2021年启动“双培双带”行动以来，我县共发展党员287名。\n目前，全县有致富带头人1350名。",
     "1350名", None, None),
    # a target's date is no date of the report, even after a comma (按照计划，到2025年底)
    ("机关党建纪实\n今年以来，机关工委组织调研42次。\n按照计划，到2025年底，模范机关创建率达到80%。",
     "42次", None, None),
    ("机关党建纪实\n今年以来，机关工委组织调研42次。\n按照计划，到2025年底，模范机关创建率达到80%。",
     "80%", 2025, None),
    ("机关党建纪实\n今年以来，机关工委组织调研42次。\n到2023年底，全市共有党员8926名。", "42次", 2023, None),
    # months from one to another in a headline are no date to the day (2023年1-10月 is not
    # 2023-01-10, which put 截至10月底 in the year before)
    ("2023年1-10月全县组织工作进展情况\n1-10月，全县共发展党员186名。\n截至10月底，全县村集体经济收入达到3860万元。",
     "3860万元", 2023, None),
    # a heading's year governs its section, whatever event the section opens with
    ("洋县近三年党建回顾\n2021年工作情况\n全县完成村“两委”换届，新当选村党组织书记201名。\n2022年工作情况\n"
     "新建党群服务中心18个。", "201名", 2021, None),
    # a wire story's lead: its dateline and a reporting frame stand before the date it speaks as of
    ("党内统计公报\n新华社北京6月30日电  中共中央组织部最新党内统计数据显示，截至2023年12月31日，"
     "党员总数为9918.5万名。党的基层组织总数为517.6万个。\n在党员队伍中，女党员3018.7万名。", "517.6万个", 2023, None),
    ("党内统计公报\n新华社北京6月30日电  中共中央组织部最新党内统计数据显示，截至2023年12月31日，"
     "党员总数为9918.5万名。党的基层组织总数为517.6万个。\n在党员队伍中，女党员3018.7万名。", "3018.7万名", 2023, None),
    # 一年来 opening a report governs it as the report's year does (the year before in a
    # review written in January); in an undated report the year named before it holds
    ("第一书记述职报告\n一年来，我和工作队员一起做了以下工作。\n一是建强支部。协助支部发展党员2名。"
     "\n述职人：李明\n2023年12月25日", "2名", 2023, None),
    ("第一书记述职报告\n一年来，我和工作队员一起做了以下工作。\n一是建强支部。协助支部发展党员2名。"
     "\n述职人：李明\n2024年1月10日", "2名", 2023, None),
    ("驻村工作纪实\n2023年，全市选派干部1800余名。一年来，工作队员走访群众26万余户。", "26万余户", 2023, None),
    ("驻村工作纪实\n一年来，工作队员走访群众26万余户。", "26万余户", None, None),
    # a year counted back from the report's (十年前) dates its own sentence, and no more
    ("十年变化\n十年前，全县有党员9860名；如今，全县党员达到12680名。\n县委组织部\n2023年12月10日",
     "9860名", 2013, None),
    ("十年变化\n十年前，全县有党员9860名；如今，全县党员达到12680名。\n县委组织部\n2023年12月10日",
     "12680名", 2023, None),
    ("沧县纪实\n两年前，该县曾被限期整改。\n两年来，全县新建活动场所12个。\n2023年12月10日",
     "12个", 2023, 2022),
    # a period counted from a date the report does not give (三年来) passes on the period the
    # headline names, past a chronology
    ("2021—2023年全市党员教育工作情况\n三年来，全市共举办培训班1260期。\n2021年，开展宣讲2300余场；"
     "2023年，举办读书班186期。\n全市建成教育基地27个，注册党员达9.6万名。", "27个", 2023, 2021),
    ("2021—2023年全市党员教育工作情况\n三年来，全市共举办培训班1260期。\n2021年，开展宣讲2300余场；"
     "2023年，举办读书班186期。\n全市建成教育基地27个，注册党员达9.6万名。", "9.6万名", 2023, None),
    # 几年来 is a period up to the report's date (unknown here), not the year before it
    ("和平里社区纪实\n2019年到社区任职后，她选出楼长96名。\n几年来，社区收集居民诉求1360余条。",
     "1360余条", None, None),
    # an era past the event it names (脱贫攻坚战打响以来) is a period up to the report's date
    ("平利县抓党建促脱贫攻坚综述\n2014年，平利县有贫困村66个。\n脱贫攻坚战打响以来，县委选派第一书记137名。"
     "\n到2020年底，全县66个贫困村全部出列。", "137名", 2020, 2013),
    # …so the headline's year holds for every item of the list under it
    (BULLETED, "2.8万名", 2024, None),
    (EXCLAIMED, "9862名", 2023, None),
    # a change after a from-to frame whose two states have their years runs from the first
    ("党员总数从2018年的392.6万名增加到2023年的421.3万名，净增28.7万名。", "28.7万名", 2023, 2018),
    ("党员总数从2018年的392.6万名增加到2023年的421.3万名，净增28.7万名。", "392.6万名", 2018, None),
    # an item headed by its unit and a colon: a time inside it holds for that item only
    (UNIT_ITEMS, "1.2亿元", 2023, None),
    (UNIT_ITEMS, "5600余名", None, None),
    (UNIT_ITEMS, "9860个", None, None),
    # 当年 and 来年 count from the year governing their sentence when the sentence names none
    ("2019年，村党支部牵头成立合作社。\n第一年，15名党员带头种植魔芋120亩，当年亩均收入达到4000元。", "4000元",
     2019, None),
    (DATED + "去年，村集体收入12.86万元。书记一度心里打鼓，来年守不守得住10万元的底线？", "10万元", 2023, None),
    # the present opening a paragraph is no earlier than the latest year the story has named:
    # the year carried from before that is no longer the figure's
    ("1998年，他退伍回到村里，那时全村人均年收入不足800元。\n2005年，他当选村党支部书记。\n"
     "如今，全村茶园面积扩大到3600亩。", "3600亩", None, None),
    ("1998年，他退伍回到村里。\n2005年，他当选村党支部书记。\n如今，全村茶园面积扩大到3600亩。"
     "全村有68户在镇上买了房。\n（2023年11月）", "68户", 2023, None),
    ("2023年，全县新建党群服务中心12个。\n目前，全县共有党员9800名。", "9800名", 2023, None),
    # a 分别 list pairs with the years before its own 分别, not the sentence's first; after 同期, with
    # the period governing the paragraph
    ("2021—2023年，全区分别发展党员312名、298名、305名，其中35岁以下的分别占76.3%、78.2%、80.1%。", "78.2%",
     2022, None),
    ("2021—2023年，全区分别发展党员312名、298名、305名。\n同期，全区村集体经济总收入分别为1.86亿元、2.23亿元、"
     "2.71亿元。", "1.86亿元", 2021, None),
    ("2021—2023年，全区分别发展党员312名、298名、305名。\n全区两个镇村集体经济总收入分别为1.86亿元、2.23亿元。",
     "1.86亿元", 2023, None),
    # a salutation under the headline (各乡镇党委：) is no headline: the headline's year holds
    ("2023年发展党员情况通报\n各乡镇（街道）党（工）委，区直各党（工）委：\n全区共发展党员131名。"
     "\n从年龄看，35岁及以下的97名。\n中共平川区委组织部\n2024年2月20日", "97名", 2023, None),
    # an event word after the sentence's first figure (列为发展对象146名) is one of the year's doings:
    # the year governs the paragraphs after it; before any figure (被评为) it is an award's year
    ("发展党员工作通报\n2023年，全区发展党员131名，列为发展对象146名。\n从学历看，大专及以上学历的88名。",
     "88名", 2023, None),
    ("村情简介\n2021年，该村被评为全省先进基层党组织，村集体收入达到50万元。\n全村共有党员45名。",
     "45名", None, None),
    # a month after the report's own is last year's, unless it is a deadline (10月20日前)
    ("组工信息\n2024年9月30日\n各镇要在10月20日前完成自查，党费收缴率必须达到100%。", "100%", 2024, None),
    # a heading that is only a year heads that year's figures, in Markdown too; a list's
    # items under it are no headings that would end its section
    ("白河县党员发展台账\n\n## 2022年\n- 发展党员：286名\n- 发展对象：198名\n\n## 2023年\n- 发展党员：301名\n"
     "- 发展对象：203名\n", "198名", 2022, None),
    ("白河县党员发展台账\n\n## 2022年\n- 发展党员：286名\n- 发展对象：198名\n\n## 2023年\n- 发展党员：301名\n"
     "- 发展对象：203名\n", "203名", 2023, None),
    ("白河县党员发展台账\n\n一、2022年\n发展党员286名。\n\n二、2023年\n发展党员301名。\n", "301名", 2023, None),
    ("白河县党员发展台账\n\n2024年（1—6月）：\n发展党员126名。\n", "126名", 2024, None),
    ("白河县党员发展台账\n\n### 2022年工作情况\n发展党员286名。\n", "286名", 2022, None),
    # the present a paragraph opens with goes on in the paragraphs after it, past a relative
    # year later in it (the report's year, or none when it is unknown)
    ("山沟里的香菇\n2016年，杨明回村任职，试种了20个大棚。\n如今，全村香菇大棚320个，去年村集体经济收入达到58万元。\n"
     "“下一步，我们计划投资300万元建冷库。”杨明说。\n2024年11月20日", "300万元", 2024, None),
    ("山沟里的香菇\n2016年，杨明回村任职，试种了20个大棚。\n如今，全村香菇大棚320个，去年村集体经济收入达到58万元。\n"
     "“下一步，我们计划投资300万元建冷库。”杨明说。", "300万元", None, None),
    # a deadline after a figure is for what is to be done about it, not its year
    ("2023年度考核结果通报\n考核为一般等次的7个单位，要在2024年3月底前形成整改报告。", "7个", 2023, None),
    ("2023年度考核结果通报\n各单位要在2024年3月底前完成整改问题15个。", "15个", 2024, None),
    ("组工信息\n2024年9月30日\n10月20日，全县党费收缴率达到100%。", "100%", 2023, None),
    # a plan after a carried period is no amount built up over it
    ("关于网友留言的回复\n近5年来，该村共发展党员2名。\n镇党委将安排专项经费1.5万元用于党员教育培训。"
     "\n中共双河镇委员会\n2024年3月8日", "1.5万元", 2024, None),
    ("关于网友留言的回复\n近5年来，该村共发展党员2名。\n镇党委安排专项经费1.5万元用于党员教育培训。"
     "\n中共双河镇委员会\n2024年3月8日", "1.5万元", 2024, 2020),
    # the present set against a past just told (如今) is not that past's year, nor is what follows
    ("马家沟村的蝶变\n2007年，村党支部带领村民发展乡村旅游。如今，村里年接待游客超过600万人次。\n"
     "村里还带动周边10多个村发展产业。", "600万人次", None, None),
    ("马家沟村的蝶变\n2007年，村党支部带领村民发展乡村旅游。如今，村里年接待游客超过600万人次。\n"
     "村里还带动周边10多个村发展产业。", "10多个", None, None),
    ("马家沟村的蝶变\n2007年，村党支部带领村民发展乡村旅游。如今，村里年接待游客超过600万人次。\n（2024年5月）",
     "600万人次", 2024, None),
    ("马家沟村的蝶变\n2007年，村党支部带领村民发展乡村旅游，当年接待游客3万人次。", "3万人次", 2007, None),
    # a paragraph that opens with 其中 goes on in the year of the statement before it
    ("朝阳区接诉即办\n北京市朝阳区43个街乡坚持党建引领“接诉即办”，2023年共受理群众诉求186.5万件。\n"
     "其中，望京街道全年受理诉求8.6万件。", "8.6万件", 2023, None),
    ("朝阳区接诉即办\n北京市朝阳区43个街乡坚持党建引领“接诉即办”，2023年共受理群众诉求186.5万件。\n"
     "望京街道全年受理诉求8.6万件。", "8.6万件", None, None),
    # since an election whose year is not given: up to the report's year; the new year after a
    # review; a month's report's months
    ("平利县党建工作总结\n换届以来，累计发展党员120名。\n平利县委组织部\n2024年12月20日", "120名", 2024, None),
    ("平利县党建工作总结\n新的一年，全县计划发展党员130名。\n平利县委组织部\n2024年12月20日", "130名", 2025, None),
    ("平利县党建工作总结\n新的一年，全县计划发展党员130名。\n平利县委组织部\n2025年1月20日", "130名", 2025, None),
    ("党建工作月报\n本月，全县发展党员12名。\n平利县委组织部\n2024年12月20日", "12名", 2024, None),
    ("党建工作月报\n上月，全县发展党员12名。\n平利县委组织部\n2025年1月20日", "12名", 2024, None),
    # 截至目前 opening a paragraph governs it as 截至2023年底 would, with the report's date
    ("石泉县村级集体经济调研报告\n截至目前，全县村集体经济总收入达到4280万元。其中，收入50万元以上的村19个。\n"
     "县委组织部\n二〇二四年十月八日", "19个", 2024, None),
    ("石泉县村级集体经济调研报告\n截至目前，全县村集体经济总收入达到4280万元。其中，收入50万元以上的村19个。",
     "19个", None, None),
    # a review of a range of years speaks from its last year; a plan's range is to come
    ("旬邑县2021—2023年基层党建工作回顾\n（一）2021年：打基础\n新建党群服务中心15个。\n"
     "三年来，全县累计整顿软弱涣散村党组织36个。", "36个", 2023, 2021),
    ("旬邑县2024—2026年基层党建三年行动方案\n三年来，全县累计整顿软弱涣散村党组织36个。", "36个", None, None),
    # a decade is a range of its years, for its own sentence; 从…年代开始 a period up to now
    ("上世纪90年代，村党支部带领群众修建水库2座。", "2座", 1999, 1990),
    ("二十世纪五十年代初期，全村仅有党员3名。", "3名", 1959, 1950),
    ("全县共有党员1.2万名，其中80年代出生的党员1200名。", "1200名", None, None),
    ("从上世纪80年代开始，村里先后办起企业12家。", "12家", None, 1980),
    ("从上世纪80年代开始，村里先后办起企业12家。\n县委组织部\n2024年5月8日", "12家", 2024, 1980),
    ("全县辖7个镇12个乡。上世纪七十年代初曾因大办水利赢得赞誉。\n全县共有党员17401名。", "17401名", None, None),
    ("全县辖7个镇12个乡。上世纪七十年代初曾因大办水利赢得赞誉。", "12个", None, None),
    # a period counted back from a review's date, when its headline names the year (or years)
    # before that date, counts back from the year reviewed
    ("某县2021—2023年基层党建工作情况\n近三年来，全县累计新建党群服务中心45个。\n县委组织部\n2024年1月10日",
     "45个", 2023, 2021),
    ("2023年度抓基层党建工作述职报告\n近两年来，全镇累计投入资金860万元。\n2024年1月15日", "860万元", 2023, 2022),
    ("某县基层党建工作情况\n近三年来，全县累计新建党群服务中心45个。\n县委组织部\n2024年1月10日", "45个", 2024, 2022),
    # a period from a month on (2022年5月以来): from that year, up to a report date the text does not give
    ("2022年5月以来，市直单位向全市38个重点帮扶村选派第一书记38名。", "38名", None, 2022),
    ("2022年5月以来，全县投入资金500万元。两年来，共争取帮扶项目142个。", "142个", None, None),
    ("某县驻村帮扶工作总结\n2023年3月起，全县投入资金500万元。\n2024年1月5日", "500万元", 2024, 2023),
    ("2019年3月来到青川县后，他带领群众种植茶叶300亩。", "300亩", 2019, None),
    # what is still to be done (下一步, 今后) takes no year from another sentence
    ("2023年，该社区集体经济收入达68万元。\n\n下一步，计划新建茶叶加工厂1座。", "1座", None, None),
    ("2023年，该社区集体经济收入达68万元。下一步，计划新建茶叶加工厂1座。", "1座", None, None),
    ("2023年度工作总结\n今后，镇党委将每年安排经费5万元。", "5万元", None, None),
    # a line dating the report to its month, also after a label (日期：)
    ("某县党建工作简报\n日期：2024年5月\n今年以来，全县发展党员120名。", "120名", 2024, None),
    # an academic year is a range ending in its second year (学年 in place of 年)
    ("理学院党委2023—2024学年党建工作报告\n学院党委下设学生党支部14个，本学年发展学生党员97名。", "97名", 2024, 2023),
    ("理学院党委2023-2024学年度工作总结\n学院共有党员612名。", "612名", 2024, None),
    # 本年度 in a review of its headline's year dated early in the next: the year reviewed
    ("县委组织部2023年政府信息公开工作年度报告\n本年度新收申请1件。\n县委组织部\n2024年1月20日", "1件", 2023, None),
    ("县委组织部政府信息公开工作年度报告\n本年度新收申请1件。\n县委组织部\n2024年1月20日", "1件", 2023, None),
    ("县委组织部2024年政府信息公开工作年度报告\n本年度新收申请1件。\n县委组织部\n2024年12月20日", "1件", 2024, None),
]


WECHAT = ("点击蓝字 关注我们\n\n【奋进新征程】平利县：“党建+”激活乡村振兴新动能\n\n"
          "平利组工 2024-06-18 18:30 发表于陕西\n\n▲ 老县镇锦屏社区新时代文明实践站\n\n"
          "今年以来，平利县深化“党建+”模式。\n\n01 建强堡垒 夯实基础\n"
          "全县137个村（社区）全部完成党群服务中心标准化建设。\n\n"
          "03 治理有效 民生改善\n划分网格1020个。\n\n来源：平利县委组织部\n分享 收藏 点赞 在看\n")
TITLES = [
    ("平川区2023年发展党员工作情况通报\n各乡镇（街道）党（工）委，区直各党（工）委：\n全区共发展党员131名。",
     "平川区2023年发展党员工作情况通报"),
    # a salutation is the body's first line, however long, and no headline ends with a colon
    ("发展党员通报\n各乡镇党委，区直各党工委，区属各企业党组织：\n全区共发展党员131名。", "发展党员通报"),
    # a list's items under the headline (● 98.6%：…) are no headline, however short
    (BULLETED, "【数读】2024年全省基层党建这一年"),
    # a headline may end in an exclamation or a question, though it holds no sentence's end
    (EXCLAIMED, "#数说长宁# 2023年长宁县党建成绩单来啦！"),
    ("村里的路修好了吗？\n记者 王芳\n全村硬化道路12公里。", "村里的路修好了吗？"),
    ("喜报！我县再添2个国家级示范村。全县共有示范村15个。\n", None),
    # a WeChat article: its follow-us line and a picture's caption are no headline
    (WECHAT, "【奋进新征程】平利县：“党建+”激活乡村振兴新动能"),
    ("▲ 老县镇锦屏社区新时代文明实践站\n平利县党建引领乡村振兴\n全县划分网格1020个。", "平利县党建引领乡村振兴"),
]


@pytest.mark.parametrize("text,title", TITLES)
def test_title(text, title):
    assert Document(text).title == title


@pytest.mark.parametrize("text,surface,year,year_from", YEARS)
def test_year(text, surface, year, year_from):
    c = claim(text, surface)
    assert (c.year, c.year_from) == (year, year_from)


def test_a_year_in_the_opening_governs_the_whole_report():
    text = ("石泉县基层党建工作纪实\n"
            "2024年,石泉县各级党组织以强基为统揽,扎实推进各项工作。\n"
            "在分类施策中强堡垒\n"
            "全县整合资金4.5亿元,培育乡村人才2614名。\n"
            "在暖心服务中强治理\n"
            "全年办结群众微心愿1050件。")
    assert {c.text: c.year for c in extract_text(text)} == {"4.5亿元": 2024, "2614名": 2024, "1050件": 2024}


def test_a_wechat_articles_byline_and_caption_leave_its_opening_year_to_the_whole_of_it():
    got = {c.text: (c.year, c.place) for c in extract_text(WECHAT)}
    assert got == {"137个": (2024, "平利县"), "1020个": (2024, "平利县")}


def test_a_part_of_a_year_is_read_whole_after_a_relative_year():
    from dangjian_cli.when import find_times
    text = "今年前三季度,全镇共评选文明家庭126户。"
    marks = [(text[t.start:t.end], t.kind, t.month) for t in find_times(text)]
    assert marks == [("今年", "relative", None), ("前三季度", "undated", 1)]


def test_a_year_named_later_in_a_report_never_dates_the_paragraphs_before_it():
    # a report with no section headings: its first year is in its last paragraph
    text = ("池河镇:党建引领乡村振兴\n"
            "池河镇辖11个村2个社区,全镇共有党员892名。\n"
            "近年来,镇上的明星村发展蚕桑产业,种桑面积1200亩。\n"
            "2022年,全镇村集体经济总收入达到286万元。")
    years = {c.text: c.year for c in extract_text(text)}
    assert years == {"11个": None, "2个": None, "892名": None, "1200亩": None, "286万元": 2022}


def test_a_year_in_a_section_governs_that_section_only():
    text = ("平利县党建工作汇报\n"
            "近年来,平利县坚持大抓基层。\n"
            "抓好换届\n"
            "在2021年村“两委”换届工作中,全县严把人选关。\n"
            "全县选拔了268名优秀人才进入村班子。\n"
            "强化阵地\n"
            "全县新建党群服务中心12个。")
    years = {c.text: c.year for c in extract_text(text)}
    assert years == {"268名": 2021, "12个": None}


def test_a_time_inside_a_paragraph_governs_the_rest_of_it_not_the_paragraphs_after_it():
    # only a time that opens its paragraph carries on to the next ones (a section's year)
    text = ("鼓楼区:“红色物业”让居民更舒心\n"
            "2018年以来,鼓楼区探索“红色物业”模式,全区87个社区全部成立物业党支部。\n"
            "走进朱紫坊社区,党群服务站面积达300平方米。社区党委书记介绍,近5年社区共化解物业纠纷1200余件。\n"
            "据统计,全区已累计投入建设资金8600万元。\n"
            "来源:福州日报 2023年9月6日")
    got = {c.text: (c.year, c.year_from) for c in extract_text(text)}
    assert got["1200余件"] == (2023, 2019)
    assert got["8600万元"] == (2023, 2018)


def test_in_a_list_of_items_an_items_time_holds_for_that_item_only():
    # items with run-in headings (（一）…。, 二是…。): the time after an item's heading holds
    # for the item and its paragraphs; the list's lead and the section's heading for all
    text = ("工作总结\n2024-01-10\n一、主要做法\n2022年,我们重点抓了三件事。\n"
            "（一）强化阵地。全县新建党群服务中心12个。\n"
            "（二）壮大经济。2023年,全县消除空壳村20个。\n全县培训干部300人次。\n"
            "（三）育人才。全县培育人才50名。\n"
            "二、2024年工作打算\n一是抓党建。计划发展党员20名。\n二是强产业。新建冷库3座。")
    years = {c.text: c.year for c in extract_text(text)}
    assert years == {"12个": 2022, "20个": 2023, "300人次": 2023, "50名": 2022, "20名": 2024, "3座": 2024}


def test_a_year_in_someones_quoted_words_is_theirs_alone():
    text = ("党建引领乡村振兴\n2023-05-10 来源:某县融媒体中心\n"
            "走进康家崖村,温室映入眼帘。“去年,我们村集体经济收入突破了50万元。”村支书说。\n"
            "全县村级集体经济收入10万元以上的村达到286个。")
    years = {c.text: c.year for c in extract_text(text)}
    assert years["50万元"] == 2022 and years["286个"] is None


def test_an_awards_year_is_no_period_of_work():
    text = ("新田县党建工作汇报\n全县共有党员17401名,基层党委22个。2010年,新田县被省委评为先进县。\n"
            "一、抓基层\n全县新建活动场所35个。")
    assert {c.text: c.year for c in extract_text(text)} == {"17401名": None, "22个": None, "35个": None}


def test_a_carried_period_gives_year_from_only_to_amounts_built_up_over_it():
    text = ("沧县党建纪实\n两年来,沧县县委担当实干,推动基层党建。\n"
            "聚焦组织建设\n投资2300余万元在全县培树100个党建示范村。\n宋官屯村流转土地3300多亩。")
    got = {c.text: (c.year, c.year_from) for c in extract_text(DATED + text)}
    assert got["2300余万元"] == (2023, 2022) and got["100个"] == (2023, 2022)
    assert got["3300多亩"] == (2023, None)


# --- category, subject, per --------------------------------------------------------------------
# (text, surface, category, subject)
CATEGORIES = [
    # a line's label names the people it counts, though the line before counted members
    ("党员发展台账\n发展党员：286名，其中女性97名\n入党积极分子：512名\n", "512名", "people", "入党积极分子"),
    ("党员发展台账\n发展党员：286名，其中女性97名\n入党积极分子：512名\n", "286名", "party_members", "党员"),
    ("党员发展台账\n发展党员：286名，其中女性97名\n入党积极分子：512名\n", "97名", "party_members", "女性"),
    # a difference from a base counts what the figure before it counted
    ("今年共发展党员86名,比去年同期多12名。", "12名", "party_members", "党员"),
    # money whose kind the clause before names, whose name the figure's own clause gives
    ("实现利润28.7亿元,上缴税费19.2亿元。", "19.2亿元", "income", "税费"),
    ("1至9月累计创造经济效益4600万元。", "4600万元", "income", "经济效益"),
    ("全村分红收入达到12万元,明年能否稳住8万元仍需努力。", "8万元", "income", "收入"),
    ("党的基层组织517.6万个。", "517.6万个", "party_organizations", "党的基层组织"),
    ("党员中,工人796万名,农牧渔民2600万名。", "796万名", "party_members", "工人"),
    ("党员中,工人796万名,农牧渔民2600万名。", "2600万名", "party_members", "农牧渔民"),
    ("全县村级活动场所中,13个新建、46个修缮、35个借用。", "46个", "facilities", "活动场所"),
    # …and a noun before a colon (党员数：)
    ("全市各县区党员数:汉台区8650名、南郑区9200名、城固县10500名。", "9200名", "party_members", "党员"),
    ("男性书记290个,女性仅为16个。", "16个", "people", None),
    # …but not a clause that names its own measure (发种量, 储存量)
    ("该镇新建标准化蚕室35座，今年春季发种量达到1.2万张。", "1.2万张", "other", None),
    ("新建冷库5座，储存量为800吨。", "800吨", "other", None),
    ("全镇建成产业园3个，6个达到省级标准。", "6个", "facilities", None),
    # a one-character noun before the number is named with the words that make it one
    ("池河镇新建标准化蚕室120座。", "120座", "facilities", "标准化蚕室"),
    ("全镇新建日间照料站8个。", "8个", "facilities", "日间照料站"),
    ("建成蔬菜大棚120个。", "120个", "facilities", "蔬菜大棚"),
    ("新挖机井30口。", "30口", "facilities", "机井"),
    ("村里新建冷库5座。", "5座", "facilities", "冷库"),
    ("在全县新建村级活动室15个。", "15个", "facilities", "村级活动室"),
    ("全村种植核桃树2.3万株。", "2.3万株", "other", "核桃树"),
    # units counted where work was done are the units, not the work
    ("我深入11个村（社区）调研指导46次。", "11个", "villages", "村"),
    ("全镇9个社区活动中心全部开放。", "9个", "facilities", "社区活动中心"),
    # a noun inside a quote it leaves open is named by the quote (an honour's title)
    ("授予王小红等80名同志“优秀共产党员”称号。", "80名", "party_members", "优秀共产党员"),
    ("授予李明等20名同志“优秀党务工作者”称号。", "20名", "people", "优秀党务工作者"),
    # a 分别 list's figures, one an item of the list before it: each item its own subject,
    # items that only qualify sharing the last one's noun
    ("城镇、农村居民人均可支配收入分别达到35260元、14380元，分别增长5.6%、7.8%。", "35260元", "income",
     "城镇居民人均可支配收入"),
    ("城镇、农村居民人均可支配收入分别达到35260元、14380元，分别增长5.6%、7.8%。", "14380元", "income",
     "农村居民人均可支配收入"),
    ("城镇、农村居民人均可支配收入分别达到35260元、14380元，分别增长5.6%、7.8%。", "5.6%", "percentage",
     "城镇居民人均可支配收入"),
    ("全县党委、党总支、党支部分别有38个、23个、855个。", "23个", "party_organizations", "党总支"),
    ("男、女党员分别为320名、96名。", "320名", "party_members", "男党员"),
    ("中央、省级资金分别到位500万元和300万元。", "300万元", "funds", "省级资金"),
    ("市级、县级示范村分别达到5个和12个。", "5个", "villages", "市级示范村"),
    ("新建和改造党群服务中心分别为12个、8个。", "8个", "facilities", "改造党群服务中心"),
    ("全县干部、群众分别参加培训1200人次、3600人次。", "3600人次", "people", "群众"),
    # …not who gave the money, nor places (they say where), nor a list whose figures are more or fewer
    ("全县党员和群众分别捐款12万元、8万元。", "8万元", "funds", "资金"),
    ("城关镇、长安镇分别招聘社区工作者28名、7名。", "28名", "people", "社区工作者"),
    ("男、女党员分别为320名、96名和12名。", "96名", "party_members", None),
    # villages counted before what is said of their collectives are villages
    ("全县已有158个村集体经济收入超过10万元。", "158个", "villages", "村"),
    ("9个社区的党员参加活动。", "9个", "villages", "社区"),
    # a word that names two kinds at once (城乡, 男女) is a 分别 list of them
    ("城乡居民人均可支配收入分别达到35260元、14380元。", "14380元", "income", "农村居民人均可支配收入"),
    ("城乡居民人均可支配收入分别增长6.1%和8.3%。", "6.1%", "percentage", "城镇居民人均可支配收入"),
    ("全县男女党员分别为320名、96名。", "320名", "party_members", "男党员"),
    # a rate's time (年均) is no part of what grows, nor stands between the noun and its figure
    ("全县地区生产总值年均增长8.6%。", "8.6%", "percentage", "地区生产总值"),
    ("农民人均可支配收入年均增长9%。", "9%", "percentage", "农民人均可支配收入"),
    ("全县党员人数年均增加120名。", "120名", "party_members", "党员"),
    # 党建议题: 议题, not the 建议 inside it
    ("党委会研究党建议题26个。", "26个", "other", "议题"),
    # the next figure of a list, named by nothing of its own, counts what the one before counts
    ("泊头市、河间市分别培育农村致富带头人620名、580名。", "580名", "people", "致富带头人"),
    # the Youth League's members and bodies are people and other, not the Party's
    ("全县共有团员1.86万名，团组织623个。", "1.86万名", "people", "团员"),
    ("全县共有团员1.86万名，团组织623个。", "623个", "other", "团组织"),
    ("全县党委12个、党总支8个、团委3个。", "3个", "other", "团委"),
    # nouns of reports' everyday counts
    ("全县共有行政村215个、社区37个、居民小组1260个。", "1260个", "villages", "居民小组"),
    ("全县共有党代表326名。", "326名", "people", "党代表"),
    ("全县设立党员先锋岗860个、党员责任区320个。", "320个", "other", "责任区"),
    ("全年处置舆情120起。", "120起", "activities", "舆情"),
    # a figure that labels its line (in brackets, after a bullet) counts what the line's words name
    ("数说2024\n【1.2万名】全县党员干部下沉一线，参与基层治理。", "1.2万名", "party_members", "党员干部"),
    ("数说2024\n【386个】新建和改造提升村级党群服务中心。", "386个", "facilities", "村级党群服务中心"),
    ("数说2024\n● 386个：新建村级党群服务中心", "386个", "facilities", "村级党群服务中心"),
    ("数说2024\n★ 52场 “党员大讲堂”开讲", "52场", "activities", "党员大讲堂"),
    ("数说2024\n★ 98.7% 群众满意率", "98.7%", "percentage", "群众满意率"),
    # (not a figure inside its line's sentence, nor one after a row's name)
    ("数说2024\n城关镇 45个 党支部", "45个", "party_organizations", "党支部"),
    # a line of words alone names the people its rows of a label and a figure count
    ("数说2024\n发展党员\n  2022年：312名\n  2023年：335名\n  2024年：348名", "335名", "party_members", "党员"),
    ("数说2024\n发展党员\n  2024年：348名\n入党积极分子\n  2024年：520名", "520名", "people", "入党积极分子"),
    ("全县党员情况\n城关镇 45名\n石门镇 32名", "32名", "party_members", "党员"),
    # a share of a plan met is of the plan
    ("1-10月，全县共发展党员286名，完成年度计划的89.4%。", "89.4%", "percentage", "年度计划"),
    # a share of the noun after it, without the bracket that adds to it
    ("打造示范点15个，覆盖全县32%的村（社区）。", "32%", "percentage", "村"),
    # a quoted name is what a share is of, also after the people it is of
    ("全市村党组织书记和村委会主任“一肩挑”比例达到98.6%。", "98.6%", "percentage", "一肩挑"),
    ("街道完成老旧小区综合整治12个。", "12个", "other", "小区"),
    # the doing that brought land in is no part of what the land is of; a 加工厂 is no 工厂 inside it
    ("发展茶叶3200亩，新发展茶园800亩，流转土地1200亩。", "3200亩", "area", "茶叶"),
    ("发展茶叶3200亩，新发展茶园800亩，流转土地1200亩。", "800亩", "area", "茶园"),
    ("发展茶叶3200亩，新发展茶园800亩，流转土地1200亩。", "1200亩", "area", "流转土地"),
    ("建成民宿23家、茶叶加工厂2座。", "2座", "facilities", "加工厂"),
    ("建成民宿23家、茶叶加工厂2座。", "23家", "facilities", "民宿"),
    # the topic a sentence opens, with a bracket after its noun
    ("全县326个村（社区）中，已有156个建成示范点，占47.9%。", "156个", "villages", "村"),
    # the noun of what is counted ends before what the people counted go on to do (累计上报)
    ("紫云镇32名网格员累计上报各类事件4100余件。", "32名", "people", "网格员"),
    ("紫云镇32名网格员累计上报各类事件4100余件。", "4100余件", "activities", "事件"),
    # households named by whose they are or what they receive; a member's household named by the member
    ("全村确定党员中心户12户。", "12户", "people", "党员中心户"),
    ("全村有低保户12户，监测户5户。", "5户", "people", "监测户"),
    ("全镇68名党员中心户联系群众1.2万户。", "68名", "party_members", "党员中心户"),
    # …named with their kind, and also where their level follows (行政村村级): the income is the collectives'
    ("38个帮扶村集体经济收入全部突破10万元。", "38个", "villages", "帮扶村"),
    ("全县182个行政村村级集体经济总收入达1.26亿元。", "182个", "villages", "行政村"),
    ("全县182个行政村村级集体经济总收入达1.26亿元。", "1.26亿元", "income", "村级集体经济总收入"),
    # a from-to frame: the noun before 由/从 counts the figures inside it
    ("全区集体经济收入超过百万元的村由2021年的5个增加到2023年的31个。", "5个", "villages", "村"),
    ("全区集体经济收入超过百万元的村由2021年的5个增加到2023年的31个。", "31个", "villages", "村"),
    # (由 here opens no from-to frame: the 村党支部 after it counts nothing)
    ("由村党支部推荐入党积极分子5个。", "5个", "people", "入党积极分子"),
    # a bracket after the noun holds another name for it: no half-open subject
    ("全国118012个社区（居委会）已建立党组织。", "118012个", "villages", "社区"),
    ("全县379个行政村(居委会)全部建立党群服务中心。", "379个", "villages", "行政村"),
    ("党员中,工人(工勤技能人员)645.4万名。", "645.4万名", "party_members", "工人"),
    ("基层党委22个,党支部(总支)702个。", "702个", "party_organizations", "党支部"),
    ("办理群众诉求事项320件。", "320件", "activities", "事项"),
    ("安装路灯450盏,新打机井36口,建设蔬菜大棚80棚。", "450盏", "facilities", "路灯"),
    ("安装路灯450盏,新打机井36口,建设蔬菜大棚80棚。", "36口", "facilities", "机井"),
    ("安装路灯450盏,新打机井36口,建设蔬菜大棚80棚。", "80棚", "facilities", "蔬菜大棚"),
    ("全村共有215户862口人。", "215户", "people", "户"),
    ("全村共有215户862口人。", "862口人", "people", None),
    ("“二类”及以上党组织占比96.8%。", "96.8%", "percentage", "党组织"),
    ("15%的门票收入归村集体所有。", "15%", "percentage", "门票收入"),
    # an area is of the land or floor named before it, never of the verbs that state it
    ("新建活动场所建筑面积不少于260平方米。", "260平方米", "area", "活动场所建筑面积"),
    ("阵地村均面积从90平方米提高到150平方米。", "150平方米", "area", "阵地村均面积"),
    ("截至目前共清理土地620亩。", "620亩", "area", "清理土地"),
    ("全镇18个村全部实现阵地面积不低于200平方米。", "200平方米", "area", "阵地面积"),
    ("全村860亩耕地流转给合作社。", "860亩", "area", "耕地"),
    # a town's or a village's own name before what it has is no part of the name
    ("在黄龙镇，该镇大坪村流转土地800亩，种植茶叶。", "800亩", "area", "流转土地"),
    ("石门镇柳树沟村集体经济收入达到52万元。", "52万元", "income", "村集体经济收入"),
    ("黄龙镇大坪村茶叶产值达到360万元。", "360万元", "income", "茶叶产值"),
    ("村党支部牵头成立合作社,流转村内土地3300多亩。", "3300多亩", "area", "流转村内土地"),
    ("全县新建村级活动场所面积1.2万平方米。", "1.2万平方米", "area", "村级活动场所面积"),
    ("全村种植核桃900亩。", "900亩", "area", "核桃"),
    ("每个站点面积不少于120平方米。", "120平方米", "area", "站点面积"),
    ("全村茶园面积从不足300亩发展到4200亩。", "4200亩", "area", "茶园面积"),
    # what is earned is named by the words up to the cue, not by the cue alone
    ("2023年全县乡村旅游收入6.27亿元。", "6.27亿元", "income", "乡村旅游收入"),
    ("全镇村级集体经济收入达到356万元。", "356万元", "income", "村级集体经济收入"),
    ("村集体经济收入从2022年的8.6万元增加到2023年的23.4万元。", "23.4万元", "income", "村集体经济收入"),
    ("力争年底村集体经济收入突破15万元。", "15万元", "income", "村集体经济收入"),
    ("“我们村集体经济收入突破了50万元。”", "50万元", "income", "村集体经济收入"),
    ("全县投入资金300万元。", "300万元", "funds", "资金"),
    # value added (增加值) is income, and no change; a share of growth is of what grew
    ("全年全县生产总值112.6亿元,其中,第一产业增加值15.3亿元,增长4.1%。", "15.3亿元", "income", "第一产业增加值"),
    ("全年固定资产投资比上年增长6.2%。", "6.2%", "percentage", "固定资产投资"),
    ("全县党组织覆盖率均超过99.9%。", "99.9%", "percentage", "党组织覆盖率"),
    # a rate is named whole (满意率), without the scope word before it
    ("整改问题45个,群众满意率达到98.6%。", "98.6%", "percentage", "群众满意率"),
    ("全县党员远程教育站点覆盖率100%。", "100%", "percentage", "党员远程教育站点覆盖率"),
    # a change against a base names no noun of its own: it counts what the figure before it did
    ("党员总数为9918.5万名,比上年净增114.4万名。", "114.4万名", "party_members", "党员"),
    ("全县共有党员1200名,较上届增加224名。", "224名", "party_members", "党员"),
    ("全镇共有村民3000人,比上年增加50人。", "50人", "people", "村民"),
    ("截至10月底,全县村集体经济收入达到4860万元,较去年同期增长21.6%。", "21.6%", "percentage", "村集体经济收入"),
    # a breakdown by place: an item keyed by a place name alone counts what the list counts
    ("全市共有党员19.6万名。其中,渭滨区党员2.1万名、金台区1.9万名。", "1.9万名", "party_members", None),
    ("共发展党员302名,其中,城关镇45名、涧池镇38名。", "45名", "party_members", None),
    ("全镇共有群众3000人,其中,张家村800人、李家村600人。", "600人", "people", None),
    ("全县共有党员1200名,城关镇群众3000人。", "3000人", "people", "群众"),
    # 分别 stands between a noun and its figures as 为 does
    ("2021年至2023年,全省新建县级党校实训基地分别为12个、18个、25个。", "12个", "facilities", "基地"),
    ("2021年至2023年,全省新建县级党校实训基地分别为12个、18个、25个。", "25个", "facilities", None),
    ("两镇的党员分别有300名和200名。", "300名", "party_members", "党员"),
    ("全省共选派驻村第一书记6812名、工作队员1.8万名。", "1.8万名", "people", "工作队员"),
    ("计划发展党员20名,新建党群服务站3个。", "3个", "facilities", "党群服务站"),
    ("改造提升党群服务站点15个。", "15个", "facilities", "党群服务站点"),
    # a count with a verb and an object of its own does not go on from the count before it
    ("举办培训班12期,征集金点子300余个。", "300余个", "other", None),
    ("建成党群服务中心12个,改造提升6个。", "6个", "facilities", None),
    # a noun inside a quoted name is not what the name names; things built are facilities
    ("联合驻区单位签订共建协议,建成“15分钟便民服务圈”8个。", "8个", "facilities", None),
    ("全县建成“党员之家”20个。", "20个", "facilities", None),
    # a level (村级) is no counted noun: a sub-count with it goes on from its list
    ("新建活动场所15个,其中村级12个。", "12个", "facilities", None),
    # a change verb may stand between the noun and its figure
    ("全县党员人数增加了35名。", "35名", "party_members", "党员"),
    ("设立党员先锋岗860个。", "860个", "other", "党员先锋岗"),
    # a housing estate (小区) is no community (社区): it does not go on from one
    ("全区87个社区全部成立物业党支部,覆盖居民小区426个。", "426个", "other", "小区"),
    # a leadership team (班子) is no training class (班)
    ("调整优化村级班子32个,培训基层干部5600余人次。", "32个", "other", "班子"),
    # the noun phrase after a count ends at a verb of movement: 进入村班子 is no part of it
    ("选拔2686名优秀人才进入村班子。", "2686名", "people", "优秀人才"),
    ("合作社吸纳254户农户加入合作社。", "254户", "people", "农户"),
    # a head noun that starts inside another and ends after it is the one counted
    ("其中,专业技术人才18.2万人,高技能人才7.6万人。", "7.6万人", "people", "人才"),
    ("党委2.9万个,总支部32.6万个。", "32.6万个", "party_organizations", "总支部"),
    # a party statistics bulletin's people are party members, whatever they are by occupation
    # (the line's label names members, as 党员中 does: each count is of the members of its kind)
    ("2023年陕西省党内统计公报\n党员的职业是：工人（工勤技能人员）18.6万名,农牧渔民72.4万名。",
     "72.4万名", "party_members", "农牧渔民"),
    ("陕西省人才工作通报\n人才的职业是：工人18.6万名,农牧渔民72.4万名。", "72.4万名", "people", "农牧渔民"),
    # …as are the people a 民主评议党员 notice rates
    ("关于2023年度民主评议党员结果的通报\n评议结果：评定为优秀的218名,合格的852名。", "852名", "party_members", None),
    ("关于2023年度评先评优结果的通报\n评议结果：评定为优秀的218名,合格的852名。", "852名", "people", None),
    # 党的基层委员会 are party organisations; a villagers' committee is a village's
    ("全省党的基层委员会0.5万个,总支部0.6万个。", "0.5万个", "party_organizations", "基层委员会"),
    ("全县186个村民委员会全部完成换届。", "186个", "villages", "村民委员会"),
    # …and after a part of a year (上半年村集体经济收入)
    ("上半年村集体经济收入达到35万元。", "35万元", "income", "村集体经济收入"),
    # what money is of starts after 其中, not inside it
    ("全镇实现农业总产值5.6亿元,其中茶叶产值1.8亿元。", "1.8亿元", "income", "茶叶产值"),
    ("全县建成产业链党支部46个,培育带头人1200余名。", "1200余名", "people", "带头人"),
    ("1.1万名干部与贫困户结对帮扶。", "1.1万名", "people", "干部"),
    # a sentence that breaks down the count before it by a dimension (从年龄结构看) counts
    # what that counted, as a 其中 list does
    ("全县共有农村党员6820名。从年龄结构看,60岁以上的3126名,占45.8%;35岁及以下的682名。"
     "从学历结构看,高中以下学历的4890名。", "682名", "party_members", None),
    ("全县共有农村党员6820名。从年龄结构看,60岁以上的3126名,占45.8%;35岁及以下的682名。"
     "从学历结构看,高中以下学历的4890名。", "4890名", "party_members", None),
    ("全县共有农村党员6820名。60岁以上的3126名。", "3126名", "people", None),
    # the items of a ；-list go on from the item before them; a label of a few characters
    # (基本合格, 少数民族) keys a count of people, it names nothing
    ("全镇参加民主评议的党员1200名,评为优秀的320名;合格860名;基本合格18名;不合格2名。",
     "860名", "party_members", None),
    ("全镇参加民主评议的党员1200名,评为优秀的320名;合格860名;基本合格18名;不合格2名。",
     "2名", "party_members", None),
    ("全县党员1200名,少数民族86名。", "86名", "party_members", None),
    ("全县党员1200名,群众代表300名。", "300名", "people", "代表"),
    # a verb of what the people did may stand between them and their number; a place they
    # went to is not what is counted
    ("确定入党积极分子350名,预备党员转正42名。", "42名", "party_members", "预备党员"),
    ("确定入党积极分子350名,预备党员转正42名。", "350名", "people", "入党积极分子"),
    ("在职党员到社区报到1256名。", "1256名", "party_members", "在职党员"),
    ("选优配强村党组织书记186名,其中致富能手68名。", "68名", "people", "致富能手"),
    # an item that names only a kind (国家级) counts what the next item of its list names
    ("全县有2个国家级、5个省级示范村。", "2个", "villages", "示范村"),
    ("建成2个、改造5个党群服务中心。", "2个", "facilities", "党群服务中心"),
    ("全市11个县区、177个镇(街道)全部建成党群服务中心。", "11个", "other", "县区"),
    # a qualifier may stand between the noun and its figure
    ("全年发展党员不少于200名。", "200名", "party_members", "党员"),
    # …and at a verb of what the people counted go on to do
    ("全街道1.3万余名党员编入网格。", "1.3万余名", "party_members", "党员"),
    ("组织300名党员干部结对帮扶困难群众。", "300名", "party_members", "党员干部"),
    # matters handled (件) are activities, also when the verb leads a 、 list of them
    ("社区通过议事会解决停车难、加装电梯等问题23件。", "23件", "activities", "问题"),
    # things set up or fitted are facilities; a 、 list's later item counts what it names
    ("新增停车位420个,加装电梯16部。", "420个", "facilities", "停车位"),
    ("新增停车位420个,加装电梯16部。", "16部", "facilities", "电梯"),
    ("新建改建学校21所、卫生院9所。", "9所", "facilities", "卫生院"),
    ("清查闲置房屋356处。", "356处", "facilities", "房屋"),
    # the last figure of a list goes on from the figures before it, and counts what they count
    ("三个村分别有党员12名、15名和20名。", "20名", "party_members", "党员"),
    # a share that changes from one state to another is of the noun before the frame
    ("城镇化率由2018年的41.2%提高到51.6%。", "41.2%", "percentage", "城镇化率"),
    ("城镇化率由2018年的41.2%提高到51.6%。", "51.6%", "percentage", "城镇化率"),
    ("党组织覆盖率从85%提升到98%。", "98%", "percentage", "党组织覆盖率"),
    # …however far the frame's second state stands from the noun
    ("非公企业党员员工从2020年的12名增加到目前的48名。", "48名", "party_members", "员工"),
    ("全县软弱涣散村党组织从2019年底的31个减少到现在的6个。", "6个", "party_organizations", "党组织"),
    # the noun after a number ends at what the units counted carry out or send
    ("乡党委在6个村委会推行“党员包户”制度。", "6个", "villages", "村委会"),
    ("向结对帮扶的3个县选派驻村工作队员56名。", "3个", "other", None),
    ("在12个社区推广“红色物业”模式。", "12个", "villages", "社区"),
    # a verb of what the people counted did, and nothing else, names no noun: they are the
    # ones the figure before counted (会 in 到会 is no meeting counted)
    ("全村有选举权的党员58名,实到会52名。", "52名", "party_members", None),
    ("全镇应参加评议党员1126名,实际参加评议1089名。", "1089名", "party_members", None),
    ("应出席代表120名,实际出席116名。", "116名", "people", None),
    # a noun and 的 right before the number end a clause that says which are meant
    ("园区共有规模以上企业312家,其中已建立党组织的286家。", "286家", "other", None),
    ("全县行政村186个,其中集体经济收入超过10万元的村132个。", "132个", "villages", "村"),
    # a school's classes are no training classes
    ("学校现有教学班68个,在校学生3420名。", "68个", "other", "教学班"),
    ("全年举办培训班12个。", "12个", "activities", "培训班"),
    # a line's label names what its figure counts, whatever word of doing follows the noun
    ("▶ 组织建设\n● 软弱涣散党组织整顿：21个,转化率100%", "21个", "party_organizations", "党组织"),
    ("▶ 组织建设\n● 党群服务中心：新建改建46个", "46个", "facilities", "党群服务中心"),
    # an event's name before 中 says when (活动中, during it), not among what the figure is
    ("活动中,各社区共收集群众意见建议920条,已办结872条。", "872条", "other", None),
    ("村级活动场所中,13个新建、46个修缮。", "46个", "facilities", "活动场所"),
    # things exchanged or given are other, not matters handled (件)
    ("村民用积分兑换物品3200余件。", "3200余件", "other", "物品"),
    # 人均 alone makes a rate of the money its sentence spends or earns
    ("慰问困难党员支出118.6万元,慰问2372人次,人均500元。", "500元", "funds", "资金"),
    ("去年,全村人均8600元。", "8600元", "income", "人均"),
    # a balance held is no money put in
    ("截至年底,党费结余526.3万元。", "526.3万元", "other", "党费结余"),
    # what something given or sold is worth (价值) is money of the giving or the selling,
    # a loss recovered (挽回经济损失) money put back
    ("追缴违纪资金416.8万元,挽回经济损失1200余万元。", "1200余万元", "funds", "资金"),
    ("因管理不善造成经济损失35万元。", "35万元", "other", "经济损失"),
    ("开展义诊活动,免费发放药品价值12万元。", "12万元", "funds", "资金"),
    ("向困难群众捐赠物资价值8.5万元。", "8.5万元", "funds", "资金"),
    # …and the worth of goods with no cue for whose money it is, other (no income)
    ("村里的积分超市一年兑换积分物品价值8.6万元。", "8.6万元", "other", "物品价值"),
    # a quoted name before the counted noun is no part of the subject
    ("对8名“不合格”党员逐一谈话提醒。", "8名", "party_members", "党员"),
    ("全镇12个“五星”村全部挂牌。", "12个", "villages", "村"),
    # bodies that are no party organisation, however named, before or after the number
    ("全市已建立社会组织党组织1143个,覆盖社会组织4315家。", "4315家", "other", "社会组织"),
    ("全市登记社会团体2915家、基金会41家。", "41家", "other", "基金会"),
    ("另有2467家社会组织实现党的工作覆盖。", "2467家", "other", "社会组织"),
    # a study trip's batches are activities, whatever was counted before them in the sentence
    ("石泉县新建改建场所27个;宁陕县组织村干部赴外地学习考察4批132人次。", "4批", "activities", "学习考察"),
    ("组织考察团3个。", "3个", "other", "考察团"),
    # a price is no income (每斤8元的市场价)
    ("按照每斤8元的市场价计算,年产值达到960万元。", "8元", "other", "市场价"),
    # the money a contract, a case or a problem found is about (涉及, 涉案) is nobody's input
    ("清理不规范合同1436份,涉及金额6800万元。", "6800万元", "other", "金额"),
    ("审计发现问题23个,涉及资金410万元。", "410万元", "other", "资金"),
    ("查处案件12起,涉案金额86万元。", "86万元", "other", "涉案金额"),
    ("项目涉及10个村,投入资金300万元。", "300万元", "funds", "资金"),
    # nouns of people in roles, and peoples (民族) that are no people counted
    ("全院共有医生215名、护士308名。", "308名", "people", "护士"),
    ("区内新就业群体中有骑手3100名。", "3100名", "people", "骑手"),
    ("全县居住着汉、回、藏等12个民族。", "12个", "other", "民族"),
    ("全县居住着汉、回、藏等12个世居民族。", "12个", "other", "世居民族"),
    # a subject of study is no lesson held (课题, not 课)
    ("县级领导干部确定调研课题46个。", "46个", "other", "课题"),
    ("县级领导干部围绕12个专题开展集中学习研讨。", "12个", "other", "专题"),
    ("形成调研报告46篇。", "46篇", "other", "调研报告"),
    # people named by their role or where they come from
    ("其中大中专毕业生413名、退役军人285名。", "413名", "people", "毕业生"),
    ("其中大中专毕业生413名、退役军人285名。", "285名", "people", "退役军人"),
    ("选聘调解员118名。", "118名", "people", "调解员"),
    # party members in a role count as members, as 党员干部 do, named with the role
    ("选聘党员调解员118名。", "118名", "party_members", "党员调解员"),
    # a change against a base named by its year counts what the figure before it counted
    ("全市党员总数达到15.8万名,较2021年增加6300余名。", "6300余名", "party_members", "党员"),
    ("公司35岁以下党员占党员总数的41.2%,较2022年提高3.5个百分点。", "3.5个百分点", "percentage", "党员"),
    ("大会表彰了200名优秀共产党员和50名优秀党务工作者。", "50名", "people", "优秀党务工作者"),
    # 全体 is a scope word: no part of what the money is (体居民…)
    ("全年全体居民人均可支配收入26860元。", "26860元", "income", "居民人均可支配收入"),
    ("向全体村民分红32万元。", "32万元", "income", "村民分红"),
    # hazards found are other, not facilities; heads of grids and buildings are people
    ("排查安全隐患236处,整改到位228处。", "236处", "other", "安全隐患"),
    ("每个网格配备1名网格长、2至3名网格员。", "1名", "people", "网格长"),
    ("帮助235名农民工追讨欠薪430余万元。", "235名", "people", "农民工"),
    ("每年外出务工人员达14万人。", "14万人", "people", "务工人员"),
    # the name of money right after an amount says what it is (a grant, a loan), whatever
    # the clause before it names (集体经济 is income's word)
    ("对新发展集体经济项目的村给予最高50万元补助。", "50万元", "funds", "资金"),
    ("县农商行给予单笔不超过200万元的低息贷款。", "200万元", "funds", "资金"),
    # a 其中 item keyed by a label of education with its bound (大专及以上学历) counts what
    # the whole counted
    ("全年发展党员2184名,其中35岁及以下1653名,大专及以上学历1129名。", "1129名", "party_members", None),
    ("全年发展党员2184名,其中35岁及以下1653名,占75.7%;大专及以上学历1129名,占51.7%。", "1129名",
     "party_members", None),
    # what the units counted do ends the noun phrase after them (村入股组建强村公司)
    ("全区92个村入股组建强村公司10家。", "92个", "villages", "村"),
    ("选派86名金融助理到村任职。", "86名", "people", "金融助理"),
    # a bracket right after a count explains it: the count is of what its label names
    ("▲ 基层党组织：1028个（党委42个、党总支35个、党支部951个）", "1028个", "party_organizations", "基层党组织"),
    # a count of units before 每 and their rate: the units are what is counted
    ("全区154个村每村储备后备力量不少于3名。", "154个", "villages", "村"),
    # …and before what the units go on to do (支持62个村发展集体经济项目)
    ("县财政支持62个村发展集体经济项目。", "62个", "villages", "村"),
    ("全县实施村集体经济发展项目62个。", "62个", "other", "项目"),
    ("在12个社区试点“红色物业”。", "12个", "villages", "社区"),
    ("县里为89个偏远村购置流动图书车9辆。", "89个", "villages", "偏远村"),
    ("在208个村配备了大学生村官。", "208个", "villages", "村"),
    # sites set up for people to rest or learn at are facilities
    ("在商务楼宇设置户外劳动者休息点120个。", "120个", "facilities", "休息点"),
    ("县教育局建立名师工作室15个。", "15个", "facilities", "工作室"),
    # money earned is named without the time before it (本季度)
    ("本季度村集体收入合计28.6万元。", "28.6万元", "income", "村集体收入"),
    # a rate is named without the target's verb before it
    ("2024年，力争规上企业党组织覆盖率达到95%以上。", "95%以上", "percentage", "规上企业党组织覆盖率"),
    # a meeting is named whole (支委会, not 会)
    ("全年召开支部党员大会4次、支委会12次。", "12次", "activities", "支委会"),
    ("全年召开支部党员大会4次、支委会12次。", "4次", "activities", "支部党员大会"),
    # an office's sections are no rooms built (内设科室7个)
    ("县委组织部内设科室7个，下属单位2个。", "7个", "other", "科室"),
    ("建成乡镇实践所16个、现场教学点143个。", "143个", "facilities", "现场教学点"),
    # a verb of what the people counted do ends the noun phrase (返乡), and a clause opening with
    # a verb that reaches people counts them, not what the figure before it counted
    ("近三年，有218名流动党员返乡创办企业、合作社，带动就业4600多人。", "218名", "party_members", "流动党员"),
    ("村办合作社吸纳党员20名，带动就业300人。", "300人", "people", None),
    # money earned named by a verb (挣) is income, never named by the clause before the verb
    ("“以前一亩地挣三四千元，现在能挣一万多元。”", "三四千元", "income", "收入"),
    # …and takes only the money right after it: not money paid out in the next clause
    ("头三年，茶园一分钱没挣，还倒贴了20多万元。", "20多万元", "funds", "资金"),
    # a noun before a preposition does something to what is counted (部门对13个县…)
    ("会同有关部门对13个县（市、区）进行考核。", "13个", "other", None),
    ("培育党员教育讲师团4个，讲师96名。", "4个", "other", "讲师团"),
    ("培育党员教育讲师团4个，讲师96名。", "96名", "people", "讲师"),
    # a rate is named whole: past a word that holds a function character (及时), a bound
    # (不足), and the first state of a from-to frame named by a relative year
    ("流动党员组织关系接转及时率达到100%。", "100%", "percentage", "流动党员组织关系接转及时率"),
    ("有2个县区村干部培训覆盖率不足80%。", "80%", "percentage", "县区村干部培训覆盖率"),
    ("全镇村庄清洁行动群众满意度由去年的86.5%提升到95.2%。", "95.2%", "percentage", "村庄清洁行动群众满意度"),
    ("群众满意度从2021年的86.2%提升到今年的95.3%。", "95.3%", "percentage", "群众满意度"),
    ("物业服务满意率提升至91.3%。", "91.3%", "percentage", "物业服务满意率"),
    ("四级手术占比提升至21.5%。", "21.5%", "percentage", "四级手术"),
    # the work done on the things counted, named as a noun, may stand between them and their number
    ("2024年，全县已完成村级活动场所建设15个。", "15个", "facilities", "活动场所"),
    ("魏家滩镇完成软弱涣散村党组织整顿8个。", "8个", "party_organizations", "党组织"),
    ("完成村级活动场所提升改造12个。", "12个", "facilities", "活动场所"),
    # 有 inside a noun (非公有制) does not end the phrase after the number; a faculty is no branch
    ("全市2139家规模以上非公有制企业中，已建立党组织的2036家。", "2139家", "other", "规模以上非公有制企业"),
    ("学校获批全国党建工作样板支部2个、全省党建工作标杆院系1个。", "1个", "other", "院系"),
    # a county's name is no part of what its villages earn or build, nor is the 乡 inside it a noun
    ("南郑区、城固县、洋县村集体经济收入超过10万元的村分别达到186个、204个、167个。", "10万元", "income",
     "村集体经济收入"),
    ("西安市、宝鸡市、咸阳市村级活动场所全部达到300平方米以上。", "300平方米以上", "area", "村级活动场所"),
    ("勉县、西乡县分别为152个、143个。", "152个", "other", None),
    # a worth alone in its clause names what the money is of; the clause before says whose it is
    ("为老人发放慰问品，每人价值200元。", "200元", "funds", "资金"),
    # a transfer from above is money put in
    ("本季度收入合计128650.00元，其中：土地流转费68000.00元，上级转移支付14450.00元。", "14450.00元", "funds",
     "资金"),
    # what was built is named without the building verb
    ("新建花椒基地600亩，带动农户142户。", "600亩", "area", "花椒基地"),
    # 进村入户 is what the units counted do; a working group is other
    ("镇党委组织28个包村工作组进村入户。", "28个", "other", "包村工作组"),
    # a change of money is named by the money's whole name, not by the people inside it; a rate
    # held within a bound (控制在) is named whole
    ("农村居民人均可支配收入增长8%左右。", "8%左右", "percentage", "农村居民人均可支配收入"),
    ("村集体资产出租收入同比增长40%以上。", "40%以上", "percentage", "村集体资产出租收入"),
    # the base of a difference is not what the difference is of (高于全市平均水平)
    ("全县村集体经济收入增速高于全市平均水平5个百分点。", "5个百分点", "percentage", "村集体经济收入增速"),
    ("全镇贫困发生率低于全省2.3个百分点。", "2.3个百分点", "percentage", "贫困发生率"),
    ("毕业生党员就业率98.3%，比全院平均水平高出4.1个百分点。", "4.1个百分点", "percentage", None),
    ("城镇登记失业率控制在3.2%以内。", "3.2%以内", "percentage", "城镇登记失业率"),
    # a building verb's object is the figure's own: no ellipsis from the count before it
    ("组建党员突击队21支，抢通道路46公里，搭建临时安置点12处。", "12处", "facilities", "安置点"),
    # an adverb after the units counted ends their noun phrase (21个村连续两年未发展党员)
    ("全区有21个村连续两年未发展党员。", "21个", "villages", "村"),
    ("全县58个村相继建成村史馆。", "58个", "villages", "村"),
    # the stages of joining and standing for election are people, named whole
    ("每个村确定1名入党积极分子。", "1名", "people", "入党积极分子"),
    ("全镇确定3名发展对象。", "3名", "people", "发展对象"),
    ("全区共有入党申请人528名。", "528名", "people", "入党申请人"),
    ("对2100余名候选人资格进行联审。", "2100余名", "people", "候选人"),
    ("96名楼长中，在职党员38名。", "96名", "people", "楼长"),
    ("医院现有卫生技术人员736人。", "736人", "people", "技术人员"),
    # a breakdown by a kind (从职业看) of the party members just counted: members, by what they are
    ("全年发展党员131名。从职业看，农牧民41名、工人19名、专业技术人员23名。", "19名", "party_members", "工人"),
    ("全年发展党员131名。从职业看，农牧民41名、工人19名、专业技术人员23名。", "23名", "party_members",
     "专业技术人员"),
    ("全村共有党员45名。其中村干部8名。", "8名", "people", "村干部"),
    # what the people counted go on to do (带头, 回村) ends their noun (but 致富带头人 are people)
    ("第一年，15名党员带头种植魔芋120亩。", "15名", "party_members", "党员"),
    ("全村培育3名致富带头人。", "3名", "people", "致富带头人"),
    ("全村有68户在镇上买了房，36名年轻人回村创业。", "36名", "people", "年轻人"),
    # papers read are things, not the inspection that read them
    ("共受理信访举报46件，调阅资料860余份。", "860余份", "other", "资料"),
    # a team sent to inspect is a body, not an inspection
    ("县委组织部抽调12名同志组成4个督查组。", "4个", "other", "督查组"),
    # a quoted name after the units counted is what is said of them, unless a noun after it is counted
    ("抽查的56个村中，有9个村“三会一课”记录不全。", "9个", "villages", "村"),
    ("调整优化5个村“两委”班子。", "5个", "other", "村“两委”班子"),
    # an age bound after the measure word says which members are counted
    ("每个村每年至少发展1名35岁以下党员。", "1名", "party_members", "党员"),
    # under a line 其中：, one item a line, each keyed by a place or a body: what the whole counts
    # (a short line of a name and a number with its measure word is no running head)
    ("全县计划发展党员380名。其中：\n城关镇 45名\n龙王镇 32名\n县直机关 40名\n", "32名", "party_members", None),
    ("全县计划发展党员380名。其中：\n城关镇 45名\n龙王镇 32名\n县直机关 40名\n", "40名", "party_members", None),
    ("全村共有党员45名。其中：\n村干部 8名\n", "8名", "people", "村干部"),
    # a village's name before what the village owns together is no part of the name (a kind of
    # village is: 边境村集体经济)
    ("去年，黄土岭村集体经济收入达到21.6万元。", "21.6万元", "income", "村集体经济收入"),
    ("全县23个边境村集体经济突破15万元。", "15万元", "income", "边境村集体经济"),
    # a count of people is of people, not of where they went (进入…班子)
    ("2021年村“两委”换届中，后备干部进入村“两委”班子87人。", "87人", "people", "干部"),
    # a quoted name that the counted noun ends is named whole
    ("全县召开“书记茶话会”260余场。", "260余场", "activities", "书记茶话会"),
    ("建成肉牛“万头乡”3个、“千头村”8个。", "8个", "villages", "千头村"),
    # a change in a clause of its own is of what the figure before it measured; a list's next
    # figure is named as the one before it
    ("第一产业增加值31.62亿元，增长4.2%。", "4.2%", "percentage", "第一产业增加值"),
    ("全县党员总数为23856名，比上年净增312名，增长1.3%。", "1.3%", "percentage", "党员"),
    ("农民人均纯收入分别达到1.38万元、1.42万元。", "1.42万元", "income", "农民人均纯收入"),
    # (城乡 names two kinds: each figure of the list its own)
    ("城乡居民人均可支配收入分别达到3.21万元、1.42万元，分别增长5.6%、7.9%。", "1.42万元", "income",
     "农村居民人均可支配收入"),
    ("城乡居民人均可支配收入分别达到3.21万元、1.42万元，分别增长5.6%、7.9%。", "7.9%", "percentage",
     "农村居民人均可支配收入"),
    # a change against a base with what was done more between counts what the figure before counted
    ("全年共发展党员312名，比上年多发展28名。", "28名", "party_members", "党员"),
    # a total in a clause of its own (，共计…) counts the people the clause before names
    ("全县所有党员，共计2.1万名。", "2.1万名", "party_members", "党员"),
    ("参加培训的村干部，共286名。", "286名", "people", "村干部"),
    # a change of money against a base is of the money named before it, not the bare cue
    ("村集体经济收入达到18.6万元，比上年增加5.2万元。", "5.2万元", "income", "村集体经济收入"),
    # members in a role are named with the role
    ("全县注册党员志愿者1.26万名。", "1.26万名", "party_members", "党员志愿者"),
    # a bare 万 count of members (no measure word) counts members
    ("全县党员人数达1.8万。", "1.8万", "party_members", "党员"),
    ("全县有党员1.2万，群众30万。", "30万", "people", "人口"),
    # what is done in the units counted (调研), and what the people counted do (联系), end the noun
    ("深入11个镇和联系村调研指导党建工作36次。", "11个", "villages", "镇"),
    ("5600余名党员干部联系群众5.8万户。", "5600余名", "party_members", "党员干部"),
    ("全县45名县级领导联系11个镇。", "45名", "people", "县级领导"),
    ("100多名县委联系的专家和优秀人才领到了补贴。", "100多名", "people", "县委联系的专家和优秀人才"),
    ("计划再培育集体经济收入超过50万元的村10个以上。", "50万元", "income", "集体经济收入"),
    # sites opened for people moved out of harm's way are facilities
    ("全县共组建党员突击队86支，开放临时安置点42处。", "42处", "facilities", "安置点"),
    # a share with no noun of its own is of the set its sentence opens with
    ("农村党员中，60岁以上的占42.6%。", "42.6%", "percentage", "农村党员"),
    ("新发展党员中，35岁以下的占比达到78.3%。", "78.3%", "percentage", "新发展党员"),
    # a share of what a quoted name names
    ("新一届村党组织书记中，“一肩挑”比例达到98.2%。", "98.2%", "percentage", "一肩挑"),
    # a rate held at a bound (均在…以上) is named whole
    ("选举结果：7名同志当选为委员，得票率均在90%以上。", "90%以上", "percentage", "得票率"),
    ("全县村干部报酬落实率在95%以上。", "95%以上", "percentage", "村干部报酬落实率"),
    # money earned is named by its whole cue (经营收入, not the 营收 inside it), without the verb
    ("2023年全县村级合作社实现经营收入2860万元。", "2860万元", "income", "经营收入"),
    ("年底前全面消除收入5万元以下的村。", "5万元以下", "income", "收入"),
    # a share of a count is named by the count, unless a counted noun names it
    ("实到会党员156名，超过应到会人数的五分之四。", "五分之四", "percentage", "应到会人数"),
    ("脱贫户86户，占全村总户数的21%。", "21%", "percentage", "总户数"),
    ("流动党员326名，占全县党员总人数的5.2%。", "5.2%", "percentage", "党员"),
    ("走访慰问3名80岁以上的老党员。", "3名", "party_members", "老党员"),
    # what the people counted do ends the noun after the number
    ("近日，全镇426名党员佩戴党徽上岗。", "426名", "party_members", "党员"),
    ("疫情期间，1200名党员自愿值守卡点。", "1200名", "party_members", "党员"),
    ("本周，社区8个网格共排查各类问题57个。", "8个", "villages", "网格"),
    ("为42名高层次人才解决子女入学问题。", "42名", "people", "高层次人才"),
    # a scope word's 村 is the 村 of 村集体 too
    ("去年，全村集体经济收入突破了50万元。", "50万元", "income", "村集体经济收入"),
    # a bus line is no training class (班), an association's member no meeting (会)
    ("开通农村客运班线46条。", "46条", "other", "班线"),
    ("商会吸纳会员320家。", "320家", "other", "会员"),
    # money with no cue of its own: what the amount before it in its list is; classing villages, income
    # (a cue past another figure is that figure's: …的5个，已全部制定帮扶方案)
    ("全市302个村中，集体经济收入10万元以上的村276个；5万元至10万元的21个；5万元以下的5个，已全部制定帮扶方案。",
     "5万元以下", "income", "收入"),
    ("截至10月底，已全部制定帮扶方案。其中，8个镇已实现10万元以上村全覆盖。", "10万元以上", "income", "收入"),
    ("全县8名共产党员参加。", "8名", "party_members", "共产党员"),
    # people taken in (发展) with no noun are party members, also in a list under such a head
    ("全年共发展612名，其中女性203名。", "612名", "party_members", None),
    ("各学院发展情况如下：机械学院98名，信息学院87名。", "87名", "party_members", None),
    ("发展对象确定情况如下：机械学院12名，信息学院8名。", "8名", "people", "发展对象"),
    ("发展产业带动就业120名。", "120名", "people", None),
    # a clause of only 达到 (增至 …) states the people its sentence opened with
    ("全县党员较2020年翻了一番，达到1200名。", "1200名", "party_members", "党员"),
    ("全县坚持抓党建，达到1200名。", "1200名", "people", None),
    # under a headline about taking members in, a count of people that names no one else is of members
    ("2023年全县发展党员工作情况分析\n全年共发展党员156名。\n（一）年龄结构。35岁及以下的128名，占82.1%。", "128名",
     "party_members", None),
    ("2023年全县发展党员工作情况分析\n全年确定入党积极分子212名。", "212名", "people", "入党积极分子"),
]


@pytest.mark.parametrize("text,surface,category,subject", CATEGORIES)
def test_category_and_subject(text, surface, category, subject):
    c = claim(text, surface)
    assert (c.category, c.subject) == (category, subject)


# a change is a difference between two states; a change verb that acts on the things
# counted (整顿提升后进党支部23个) makes none
CHANGES = [
    # a comparison with a base, then more or less (多, 少): a difference
    ("今年共发展党员86名,比去年同期多12名。", "12名", True),
    ("全县新建党群服务站20个,较2022年少3个。", "3个", True),
    # …also with what was done more or less between (多发展)
    ("全年共发展党员312名，比上年多发展28名。", "28名", True),
    ("全县共有党员多12名的支部3个。", "3个", False),
    ("整顿提升后进党支部23个。", "23个", False),
    ("较上年增加党员120名。", "120名", True),
    ("直接增加村集体经济收入6万多元。", "6万多元", True),
    ("全县党组织减少5个。", "5个", True),
    ("全年新增党员120名。", "120名", False),
    ("第一产业增加值15.3亿元。", "15.3亿元", False),
    # 减贫 only starts like a change verb: households lifted out of poverty are counted
    ("党的十八大以来,紫阳县累计减贫3.9万户12.6万人。", "3.9万户", False),
    # …as 增设, 增派, 增配 do: things set up or people sent, a new amount as 新增 is
    ("社区增设休闲座椅80套。", "80套", False),
    # …as 减免 does: the sum waived
    ("医院为困难群众减免医疗费用85万元。", "85万元", False),
    ("医疗费用支出减少85万元。", "85万元", True),
    ("县里为重点村增派驻村工作队员36名。", "36名", False),
    ("为各网格增配网格员120名。", "120名", False),
    # a change verb leads every figure of its list (分别增长6%和8%)
    ("城乡居民人均可支配收入分别增长6%和8%。", "8%", True),
    ("三个支部党员分别增加12名、15名和20名。", "20名", True),
    # …and the figure right after one with its measure word (户 then 人)
    ("贫困人口累计减少1.96万户5.36万人。", "5.36万人", True),
    ("全村有917户2671人。", "2671人", False),
    ("增长6%,8%的村达标。", "8%", False),
    ("提高到85%和90%。", "90%", False),
    # a figure above or below a base it names is the difference from it; a threshold is not
    ("毕业生党员就业率98.3%，比全院平均水平高出4.1个百分点。", "4.1个百分点", True),
    ("全县村集体经济收入增速高于全市平均水平5个百分点。", "5个百分点", True),
    ("全镇贫困发生率低于全省2.3个百分点。", "2.3个百分点", True),
    ("该村人均收入比全镇平均高出1200元。", "1200元", True),
    ("测量面积比登记面积多出800多亩。", "800多亩", True),
    ("换届后村干部平均年龄低于全县平均水平5岁。", "5岁", True),
    ("各村书记得票率均高于90%。", "90%", False),
    ("女党员超过党员总数的30%。", "30%", False),
    ("收入超过10万元的村有12个。", "10万元", False),
]


@pytest.mark.parametrize("text,surface,change", CHANGES)
def test_change(text, surface, change):
    assert claim(text, surface).change is change


# (text, surface, per)
RATES = [
    # an average right before the figure is per the unit its noun names (villages, households)
    ("全县涉旅村集体经济收入平均达到32.8万元。", "32.8万元", "村"),
    ("全县脱贫户收入平均为8600元。", "8600元", "户"),
    ("全县农民收入平均达到1.2万元。", "1.2万元", None),
    # the next item of a rate's list is a rate of the same unit; an item that states a total is not
    ("每个网格配备专职网格员1名、兼职网格员3名。", "3名", "网格"),
    ("每个网格配备专职网格员1名、兼职网格员3名。", "1名", "网格"),
    ("每个村补助5万元、共计补助60万元。", "60万元", None),
    ("每个村补助5万元，另奖励先进村3万元。", "3万元", None),
    # a 其中 part of a rate is a rate; one larger than the rate is a part of the total before it
    ("每村每年不低于15万元，其中办公经费不低于3万元。", "3万元", "村"),
    ("全县有村级后备力量720名，每村平均3名以上，其中大专以上学历的412名。", "412名", None),
    # 每 and a measure word of things with no noun: each of the things its sentence counted
    ("新建住房320套，每套面积90平方米左右。", "90平方米左右", "住房"),
    ("购置设备12台，每台补贴8000元。", "8000元", "设备"),
    # the noun after 每 and a measure word, not the measure word (每个支部 → 支部)
    ("平均每个支部有党员15名。", "15名", "支部"),
    ("每个网格配备网格员2名。", "2名", "网格"),
    ("每村投入50万元。", "50万元", "村"),
    ("人均可支配收入7320元。", "7320元", "人"),
    ("户均增收3000元。", "3000元", "户"),
    ("每年投入100万元。", "100万元", "年"),
    # a rate per unit and per year is the unit's, as 每人每年 is the person's
    ("每村每年运转经费不低于10万元。", "10万元", "村"),
    ("每名党员每月补贴200元。", "200元", "党员"),
    # a change of a rate, against a base, is a rate too
    ("村民人均可支配收入达到16800元,比上年增加1200元。", "1200元", "人"),
    ("全县投入资金300万元,比上年增加50万元。", "50万元", None),
    ("去年全村人均可支配收入达到13600元,比前年增加1100元。", "1100元", "人"),
    ("户均收入2.1万元,较上一年增加3000元。", "3000元", "户"),
    ("每个乡镇配备专职干部3名。", "3名", "乡镇"),
    ("村集体经济收入增加6万多元/年。", "6万多元", "年"),
    ("累计投入资金3800余万元。", "3800余万元", None),
    ("占比96.8%。", "96.8%", None),
    ("各村每季度至少召开1次党员大会。", "1次", "季度"),
    # a 其中 part of a rate is a rate of the same unit
    ("每个村每年运转经费不低于15万元,其中办公经费不低于3万元。", "3万元", "村"),
    # per meal, per session; an age is given per nothing (每天为80岁以上老人…)
    ("社区食堂每天为80岁以上老人提供午餐,每餐补贴8元。", "8元", "餐"),
    ("社区食堂每天为80岁以上老人提供午餐,每餐补贴8元。", "80岁以上", None),
    ("每期安排专题讲座6场、现场教学3次。", "6场", "期"),
    ("平均每个场所面积达到300平方米以上。", "300平方米以上", "场所"),
    # a per word holds in its own clause, not in the next
    ("每个村每年安排10万元,人口在3000人以上的村每年安排15万元。", "3000人以上", None),
    ("每个村每年安排10万元,人口在3000人以上的村每年安排15万元。", "10万元", "村"),
    # a noun the per list does not hold, after 每 and a measure word, is the per noun; one
    # that ends in a per noun is that one
    ("每个驿站每年补助运维经费1.2万元。", "1.2万元", "驿站"),
    ("每个服务点配备工作人员2名。", "2名", "服务点"),
    ("对排查出的软弱涣散村,每个软弱涣散村补助5万元。", "5万元", "村"),
    ("每名农村党员联系群众5户。", "5户", "党员"),
    ("为每栋重点楼宇配备1名党建指导员。", "1名", "楼宇"),
    # 每个 with no noun: each of the things its sentence just counted
    ("补助村级活动场所26个,每个4万元。", "4万元", "活动场所"),
    ("新建党群服务中心15个,每个补助资金不低于20万元。", "20万元", "党群服务中心"),
    # (a per unit and a per year, however long the unit's name)
    ("每个村（社区）平均每年补助1.5万元。", "1.5万元", "村"),
    ("每座党群服务中心配备3名工作人员。", "3名", "党群服务中心"),
    ("每个村级活动场所补助5万元。", "5万元", "活动场所"),
    # …as any measure word alone is (每处, 每座, 每间), with what it is of after it
    ("建设小区党群服务站28处,每处面积不少于60平方米。", "60平方米", "党群服务站"),
    ("新建文化广场12座,每座投入资金20万元。", "20万元", "广场"),
    # 生均: per student
    ("学校生均党建经费约90元。", "约90元", "学生"),
    # a per unit with a per time word (每户年均) is the unit's; a price per weight is per that weight
    ("带动58户脱贫户每户年均增收1.5万元。", "1.5万元", "户"),
    ("村民年均收入1.2万元。", "1.2万元", "年"),
    ("按照每斤8元的市场价计算,年产值达到960万元。", "8元", "斤"),
    # a from-to frame's second state is a rate as its first is; a figure after it is not
    ("全村人均可支配收入从2016年的3020元增长到2023年的16650元。", "16650元", "人"),
    ("每村补助由5万元提高到10万元。", "10万元", "村"),
    ("人均收入3020元,村集体收入16650元。", "16650元", None),
    # a rate per a number of things: the number is part of its unit
    ("全县平均每100户有党员8名。", "8名", "100户"),
    ("每万名党员中有党组织书记56名。", "56名", "万名党员"),
    ("每1000人拥有村医3名。", "3名", "1000人"),
]


@pytest.mark.parametrize("text,surface,per", RATES)
def test_per(text, surface, per):
    assert claim(text, surface).per == per


def test_summary_never_adds_a_rate_into_a_total(tmp_path):
    from conftest import run
    f = tmp_path / "r.txt"
    f.write_text("兴县:党建\n全县累计投入资金300万元,每村投入50万元,人均收入7320元。", encoding="utf-8")
    r = run("summary", f, "--by", "county", "--format", "jsonl")
    import json
    rows = json.loads(r.stdout) if r.stdout.startswith("[") else [json.loads(x) for x in r.stdout.splitlines()]
    assert rows[0]["county"] == "兴县" and rows[0]["funds_yuan"] == 3_000_000 and rows[0]["rates"] == 2


# --- tables: bare numbers read by their column's heading ---------------------------------------

TOWN_TABLE = ("洋县各镇党员情况\n"
              "镇名\t党员数\t资金（万元）\t新发展党员\t备注\n"
              "城关镇\t2105\t120\t35\t1\n"
              "涧池镇\t1320\t85.5\t22\t2\n"
              "合计\t3425\t205.5\t57\t3\n")


def test_a_tables_bare_numbers_are_read_by_their_columns_heading():
    # 党员数 counts people, 资金（万元） is money in 万元, 新发展党员 names the people counted;
    # 备注 names no measure: left out; a row's place is what it names, the 合计 row's the
    # table's (the headline's county)
    got = [(c.text, c.value, c.unit, c.category, c.place) for c in extract_text(TOWN_TABLE)]
    assert got == [("2105", 2105, "person", "party_members", "城关镇"),
                   ("120", 1_200_000, "yuan", "funds", "城关镇"),
                   ("35", 35, "person", "party_members", "城关镇"),
                   ("1320", 1320, "person", "party_members", "涧池镇"),
                   ("85.5", 855_000, "yuan", "funds", "涧池镇"),
                   ("22", 22, "person", "party_members", "涧池镇"),
                   ("3425", 3425, "person", "party_members", "洋县"),
                   ("205.5", 2_055_000, "yuan", "funds", "洋县"),
                   ("57", 57, "person", "party_members", "洋县")]


def test_a_tables_rows_take_the_year_that_opens_them():
    text = ("洋县党员队伍情况\n年份\t党员数（名）\t党组织数（个）\t占比（%）\n"
            "2021年\t8962\t512\t21.5\n2022\t9118\t520\t22.4\n")
    got = [(c.text, c.unit, c.category, c.year) for c in extract_text(text)]
    assert got == [("8962", "person", "party_members", 2021), ("512", "count", "party_organizations", 2021),
                   ("21.5", "percent", "percentage", 2021),
                   ("9118", "person", "party_members", 2022), ("520", "count", "party_organizations", 2022),
                   ("22.4", "percent", "percentage", 2022)]


@pytest.mark.parametrize("heading,year", [("2023年发展党员", 2023), ("2023年度发展党员（名）", 2023),
                                          ("发展党员", None), ("2021年以来发展党员", None),
                                          ("2021—2023年发展党员", None)])
def test_a_column_whose_heading_opens_with_a_year_is_that_years(heading, year):
    # (the table's title names no year: only the column's heading can date its cells)
    text = f"各镇党员情况\n镇名\t党员数（名）\t{heading}\n城关镇\t1320\t21\n江口镇\t846\t12\n"
    got = [(c.text, c.category, c.year) for c in extract_text(text)]
    assert got == [("1320", "party_members", None), ("21", "party_members", year),
                   ("846", "party_members", None), ("12", "party_members", year)]


def test_a_table_turned_on_its_side_reads_its_years_from_the_heading_and_its_counts_from_the_rows():
    text = ("洋县党员队伍主要指标\n指标\t2022年\t2023年\n党员数（名）\t9118\t9300\n"
            "村集体经济收入（万元）\t1560\t1890\n备注\t1\t2\n")
    got = [(c.text, c.value, c.unit, c.category, c.place, c.year) for c in extract_text(text)]
    assert got == [("9118", 9118, "person", "party_members", "洋县", 2022),
                   ("9300", 9300, "person", "party_members", "洋县", 2023),
                   ("1560", 15_600_000, "yuan", "income", "洋县", 2022),
                   ("1890", 18_900_000, "yuan", "income", "洋县", 2023)]


def test_a_table_turned_on_its_side_with_a_column_of_measure_words():
    text = ("洋县党建主要指标\n指标\t单位\t2022年\t2023年\n党员总数\t名\t8650\t8836\n"
            "基层党组织\t个\t412\t420\n党建经费\t万元\t860\t920\n备注\t\t1\t2\n")
    got = [(c.text, c.value, c.unit, c.category, c.year) for c in extract_text(text)]
    assert got == [("8650", 8650, "person", "party_members", 2022), ("8836", 8836, "person", "party_members", 2023),
                   ("412", 412, "count", "party_organizations", 2022),
                   ("420", 420, "count", "party_organizations", 2023),
                   ("860", 8_600_000, "yuan", "funds", 2022), ("920", 9_200_000, "yuan", "funds", 2023)]
    # the same laid out by spaces
    spaced = text.replace("\t\t", "\t  \t").replace("\t", "    ")
    assert [(c.text, c.year) for c in extract_text(spaced)] == [(g[0], g[4]) for g in got]


def test_a_table_of_indicators_with_a_column_of_measure_words():
    # 指标名称 | 单位 | 数值: each row names what it counts, the 单位 column its measure word
    text = "某县党建主要指标\n指标名称\t单位\t数值\n党员总数\t名\t8836\n基层党组织\t个\t420\n党建经费\t万元\t920\n"
    got = [(c.text, c.value, c.unit, c.category, c.year) for c in extract_text(text)]
    assert got == [("8836", 8836, "person", "party_members", None), ("420", 420, "count", "party_organizations", None),
                   ("920", 9_200_000, "yuan", "funds", None)]
    # a column with a measure word of its own keeps it; a heading of a change makes changes
    text = "某县党建主要指标\n指标\t单位\t2023年\t比上年增长（%）\n党员总数\t名\t8836\t2.1\n"
    got = [(c.text, c.unit, c.category, c.year, c.change) for c in extract_text(text)]
    assert got == [("8836", "person", "party_members", 2023, False), ("2.1", "percent", "percentage", None, True)]


def test_a_list_of_indicators_whose_labels_say_what_each_number_counts():
    # an indicator list with no heading row: each line a label and a bare number, the
    # sub-items indented under 其中; a label that names no count (学历, 投入) gives nothing
    text = ("临颍县2024年基层党组织建设主要指标\n单位：个、名、万元\n\n基层党组织总数 1286\n"
            "  其中：党委 47\n        党总支 52\n        党支部 1187\n党员总数 31624\n"
            "  其中：女党员 8215\n        少数民族党员 96\n当年发展党员 612\n村级党组织书记 454\n"
            "  其中：大专及以上学历 193\n村级活动场所建设投入 2350\n")
    got = [(c.text, c.unit, c.category, c.place, c.year) for c in extract_text(text)]
    assert got == [("1286", "count", "party_organizations", "临颍县", 2024),
                   ("47", "count", "party_organizations", "临颍县", 2024),
                   ("52", "count", "party_organizations", "临颍县", 2024),
                   ("1187", "count", "party_organizations", "临颍县", 2024),
                   ("31624", "person", "party_members", "临颍县", 2024),
                   ("8215", "person", "party_members", "临颍县", 2024),
                   ("96", "person", "party_members", "临颍县", 2024),
                   ("612", "person", "party_members", "临颍县", 2024),
                   ("454", "person", "people", "临颍县", 2024)]
    # …and key-value lines, and a two-column table whose heading names no measure
    text = "某县党建基本情况\n党员总数：8836\n基层党组织数：420\n联系电话：12345678\n"
    assert [(c.text, c.unit) for c in extract_text(text)] == [("8836", "person"), ("420", "count")]
    text = "某县党建基本情况\n项目\t数量\n党员总数\t8836\n村党组织书记\t230\n"
    assert [(c.text, c.category) for c in extract_text(text)] == [("8836", "party_members"), ("230", "people")]


def test_a_cell_under_a_heading_of_a_change_counts_what_its_row_counts():
    text = "各镇情况\n镇名\t党员数\t比上年增加（名）\n城关镇\t2105\t36\n涧池镇\t1320\t12\n"
    got = [(c.text, c.category, c.change) for c in extract_text(text)]
    assert got == [("2105", "party_members", False), ("36", "party_members", True),
                   ("1320", "party_members", False), ("12", "party_members", True)]


def test_a_table_laid_out_by_spaces_is_read_as_one_laid_out_by_tabs():
    # pdftotext -layout: cells apart by runs of spaces; offsets still point into the text
    spaced = TOWN_TABLE.replace("\t", "    ")

    def fields(text):
        return [(c.value, c.unit, c.category, c.place, c.year) for c in extract_text(text)]
    assert fields(spaced) == fields(TOWN_TABLE) and len(fields(spaced)) == 9
    assert all(spaced[c.start:c.end] == c.text for c in extract_text(spaced))


def test_a_spaced_tables_labels_letter_spaced_to_their_cells_are_one_cell():
    # pdftotext -layout spreads a two-character label over its cell (镇  名, 合  计): the heading
    # has as many cells as the rows, so its columns name the rows' numbers
    spaced = "2023年各镇党员情况\n  镇  名      党组织数      党员数\n  城关镇        56          1830\n" \
             "  石门镇        41          1202\n  合  计        97          3032\n"
    got = [(c.text, c.category, c.place) for c in extract_text(spaced)]
    assert got[:4] == [("56", "party_organizations", "城关镇"), ("1830", "party_members", "城关镇"),
                       ("41", "party_organizations", "石门镇"), ("1202", "party_members", "石门镇")]
    assert [c.text for c in extract_text(spaced)][4:] == ["97", "3032"]


def test_a_table_drawn_with_bars_is_read_as_one_laid_out_by_tabs():
    # Markdown and text dumps: | cells | between bars |, a rule under the heading
    head, heading, *rows = TOWN_TABLE.rstrip("\n").split("\n")

    def bars(line):
        return "| " + line.replace("\t", " | ") + " |"
    drawn = "\n".join([head, bars(heading), "| --- | --- | --- | --- | --- |", *map(bars, rows)]) + "\n"

    def fields(text):
        return [(c.value, c.unit, c.category, c.place, c.year) for c in extract_text(text)]
    assert fields(drawn) == fields(TOWN_TABLE) and len(fields(drawn)) == 9
    assert all(drawn[c.start:c.end] == c.text for c in extract_text(drawn))
    # …also with Windows line ends
    windows = drawn.replace("\n", "\r\n")
    assert fields(windows) == fields(TOWN_TABLE)
    assert all(windows[c.start:c.end] == c.text for c in extract_text(windows))


def test_a_tables_columns_of_years_under_a_unit_line_hold_the_titles_money():
    # 全县各镇集体经济收入情况（单位：万元） over 镇名 | 2022年 | 2023年: each cell that year's
    # amount in the unit given, named by the title's money; a change column stays a change
    text = ("全县各镇集体经济收入情况（单位：万元）\n\n镇名\t2022年\t2023年\t增长（%）\n"
            "城关镇\t356.2\t428.6\t20.3\n太平镇\t128.5\t165.3\t28.6\n")
    got = [(c.text, c.value, c.unit, c.category, c.place, c.year, c.change) for c in extract_text(text)]
    assert got[:3] == [("356.2", 3_562_000, "yuan", "income", "城关镇", 2022, False),
                       ("428.6", 4_286_000, "yuan", "income", "城关镇", 2023, False),
                       ("20.3", 20.3, "percent", "percentage", "城关镇", None, True)]
    assert len(got) == 6


def test_a_table_with_windows_line_ends_is_read_as_one_with_unix_ones():
    # a Windows line end is one break: no blank line stands between a table's rows
    windows = TOWN_TABLE.replace("\n", "\r\n")

    def fields(text):
        return [(c.value, c.unit, c.category, c.place, c.year, c.line) for c in extract_text(text)]
    assert fields(windows) == fields(TOWN_TABLE) and len(fields(windows)) == 9
    assert all(windows[c.start:c.end] == c.text for c in extract_text(windows))


@pytest.mark.parametrize("text", [
    # a bar in a headline or between two words is no table
    "数说2023｜某县组织工作成绩单\n全县发展党员120名。\n",
    "| 这一行像表格 |\n全县发展党员120名。\n",
])
def test_bars_in_prose_make_no_table(text):
    assert [(c.text, c.value) for c in extract_text(text)] == [("120名", 120)]


@pytest.mark.parametrize("text", [
    # prose with a double space is no row, nor a single line of cells
    "全镇  党员  共有  3032名，较上年增加12名。\n全镇  组织  共有  56个，较上年增加3个。\n",
    "城关镇    党员    2105名\n",
])
def test_spaces_in_prose_make_no_table(text):
    from dangjian_cli.rows import spaced_gaps
    assert spaced_gaps(text) == []


def test_a_tables_numbering_column_keeps_the_cells_apart():
    # 1\t城关镇: a tab after a number parts two cells, it is no space before a measure word
    text = "洋县各镇党员情况\n序号\t镇名\t党员数\n1\t城关镇\t2105\n2\t石门镇\t1320\n"
    assert [(c.text, c.place) for c in extract_text(text)] == [("2105", "城关镇"), ("1320", "石门镇")]


def test_a_heading_of_two_rows_names_its_lower_cells_by_the_upper_ones():
    # 党员 merged over 总数 and 其中女党员: 总数 counts members, in persons
    text = ("洋县各镇党员情况\n镇名\t党员\t党员\t党组织\n镇名\t总数\t其中女党员\t党组织\n"
            "城关镇\t2105\t430\t68\n")
    got = [(c.text, c.unit, c.category) for c in extract_text(text)]
    assert got == [("2105", "person", "party_members"), ("430", "person", "party_members"),
                   ("68", "count", "party_organizations")]


def test_a_tables_rates_are_rates_when_their_heading_says_so():
    text = ("各镇村集体经济情况\n镇名\t村集体经济收入（万元）\t村均收入（万元）\n"
            "城关镇\t560\t56\n石门镇\t320\t40\n")
    assert [(c.text, c.per) for c in extract_text(text)] == [("560", None), ("56", "村"), ("320", None), ("40", "村")]


def test_a_unit_line_gives_a_table_its_measure_words():
    # 单位：万元、个 above a table: a column that names money and no measure word of its own
    # is in 万元, one that names its count (村数) keeps its own; a heading's cell may hold a
    # threshold (10万元以上村数) and still be a heading; the 合计 row is the table's (which
    # names no county), not its first town's
    text = ("2023年各镇村级集体经济收入情况统计表\n单位：万元、个\n\n"
            "镇（街道）\t村数\t集体经济总收入\t其中经营性收入\t10万元以上村数\n"
            "城关街道\t12\t968.5\t712.3\t12\n东关镇\t18\t845.2\t503.8\t17\n合计\t30\t1813.7\t1216.1\t29\n")
    got = [(c.text, c.value, c.unit, c.category, c.place, c.year) for c in extract_text(text)
           if c.text[0].isdigit() and "万元" not in c.text]
    assert got == [("12", 12, "count", "villages", "城关街道", 2023),
                   ("968.5", 9_685_000, "yuan", "income", "城关街道", 2023),
                   ("712.3", 7_123_000, "yuan", "income", "城关街道", 2023),
                   ("12", 12, "count", "villages", "城关街道", 2023),
                   ("18", 18, "count", "villages", "东关镇", 2023),
                   ("845.2", 8_452_000, "yuan", "income", "东关镇", 2023),
                   ("503.8", 5_038_000, "yuan", "income", "东关镇", 2023),
                   ("17", 17, "count", "villages", "东关镇", 2023),
                   ("30", 30, "count", "villages", None, 2023),
                   ("1813.7", 18_137_000, "yuan", "income", None, 2023),
                   ("1216.1", 12_161_000, "yuan", "income", None, 2023),
                   ("29", 29, "count", "villages", None, 2023)]
    # one measure word, in the title's brackets: every column that names no rate and no
    # measure word of its own; a column that names a share without one gives nothing
    text = "洋县各镇党建经费投入情况（单位：万元）\n镇名\t投入资金\t其中财政资金\t占比\n城关镇\t120\t80\t66.7\n"
    got = [(c.text, c.value, c.category, c.place) for c in extract_text(text)]
    assert got == [("120", 1_200_000, "funds", "城关镇"), ("80", 800_000, "funds", "城关镇")]
    # a line that names an office (隶属单位：…) gives no measure word
    text = "洋县党组织情况\n隶属单位：县委组织部\n镇名\t党建经费\n城关镇\t120\n"
    assert [c.text for c in extract_text(text)] == []


@pytest.mark.parametrize("text", [
    # no heading row above the numbers
    "城关镇\t2105\t120\n涧池镇\t1320\t85\n",
    # headings that name no measure
    "镇名\t工作措施\t备注\n城关镇\t2105\t3\n",
    # a row of another width than its heading's
    "镇名\t党员数\n城关镇\t2105\t120\n",
    # a number in a sentence, not alone in its cell
    "镇名\t党员数\n城关镇\t约2105\n",
])
def test_numbers_outside_a_headed_column_are_no_table_claims(text):
    assert [c.text for c in extract_text(text)] == []
