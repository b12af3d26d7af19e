"""Tables of real-world examples: input sentence → expected record fields.

The sentences are written in the style of county reports and newspaper features,
kept apart from the seeds and the evaluation sets; expectations come from the
contract (docs/claims.md), case by case.
"""
import pytest

from dangjian_cli import extract_text


def one(text, surface):
    claims = [c for c in extract_text(text) if c.text == surface]
    assert claims, f"{surface!r} not extracted from {text!r}: {[c.text for c in extract_text(text)]}"
    return claims[0]


# (sentence, surface, value, value_max, unit, qualifier)
NUMERALS = [
    ("全县共有党员 12,871 名", "12,871 名", 12871, None, "person", "exact"),
    ("该镇党委下设党支部２３个", "２３个", 23, None, "count", "exact"),
    # a full-width comma separates thousands as the ASCII one does, not after four digits
    ("全县共有党员１，２３４名", "１，２３４名", 1234, None, "person", "exact"),
    ("累计投入资金3，500万元", "3，500万元", 35_000_000, None, "yuan", "exact"),
    ("全年收入12，345，678元", "12，345，678元", 12_345_678, None, "yuan", "exact"),
    ("新建场所12个，500万元用于阵地建设", "500万元", 5_000_000, None, "yuan", "exact"),
    ("截至2023，100个村完成换届", "100个", 100, None, "count", "exact"),
    ("累计投入3800余万元", "3800余万元", 38_000_000, None, "yuan", "over"),
    # a digit before 百 multiplies as before 千 (3百多个 is 300, not a lone 百)
    ("全县建成3百多个", "3百多个", 300, None, "count", "over"),
    ("全县党员2千余名", "2千余名", 2000, None, "person", "over"),
    # 过 before a lone power of ten is a lower bound; before another number it is no qualifier
    ("村集体经济收入过百万元", "百万元", 1_000_000, None, "yuan", "over"),
    ("全县通过3个", "3个", 3, None, "count", "exact"),
    # 人（次） is 人次 written with its 次 in brackets
    ("共培训党员干部1.2万人（次）", "1.2万人（次）", 12_000, None, "person_time", "exact"),
    ("共培训党员干部1.2万人(次)", "1.2万人(次)", 12_000, None, "person_time", "exact"),
    ("全县1.2万余名党员", "1.2万余名", 12_000, None, "person", "over"),
    # digits with the powers of ten spoken between them: one number, read as the numeral is
    ("全县共有党员1万2千名", "1万2千名", 12_000, None, "person", "exact"),
    ("投入资金3亿5千万元", "3亿5千万元", 350_000_000, None, "yuan", "exact"),
    ("全村2千3百余人", "2千3百余人", 2_300, None, "person", "over"),
    ("累计投入2千3百万元", "2千3百万元", 23_000_000, None, "yuan", "exact"),
    ("整合资金2.5亿元", "2.5亿元", 250_000_000, None, "yuan", "exact"),
    ("整合各類資金1.6億元", "1.6億元", 160_000_000, None, "yuan", "exact"),
    ("全县有一千二百名党员", "一千二百名", 1200, None, "person", "exact"),
    ("成立两个临时党支部", "两个", 2, None, "count", "exact"),
    ("七千三百三十六点三万名党员", "七千三百三十六点三万名", 73_363_000, None, "person", "exact"),
    ("建設三百六十點(diǎn)七萬(wàn)個(gè)網點", "三百六十點(diǎn)七萬(wàn)個(gè)", 3_607_000, None, "count", "exact"),
    ("建筑面积1.97万平方米", "1.97万平方米", 19_700, None, "square_meter", "exact"),
    ("村均收入25. 8 万元", "25. 8 万元", 258_000, None, "yuan", "exact"),
    ("占比96.8%", "96.8%", 96.8, None, "percent", "exact"),
    ("满意率48. 9%", "48. 9%", 48.9, None, "percent", "exact"),
    ("占比百分之八十五", "百分之八十五", 85, None, "percent", "exact"),
    ("增长百分之十点八", "百分之十点八", 10.8, None, "percent", "exact"),
    ("九成群众表示满意", "九成", 90, None, "percent", "exact"),
    # …also with a digit, as newspapers write it
    ("近3成党员为女性", "近3成", 30, None, "percent", "about"),
    ("有7成以上的村达标", "7成以上", 70, None, "percent", "over"),
    ("提高3个百分点", "3个百分点", 3, None, "percentage_point", "exact"),
    ("建设示范点3至5个", "3至5个", 3, 5, "count", "range"),
    ("每年培训3-5期", "3-5期", 3, 5, "count", "range"),
    # measures of power and volume are amounts (of other things)
    ("新建光伏电站装机容量5000千瓦", "5000千瓦", 5000, None, "count", "exact"),
    ("年发电量600万千瓦时", "600万千瓦时", 6_000_000, None, "count", "exact"),
    ("修建蓄水池3000立方米", "3000立方米", 3000, None, "count", "exact"),
    # 件次, matters taken in one by one, counts as 件 does
    ("全县共接收信访举报426件次", "426件次", 426, None, "count", "exact"),
    # a small Chinese count with 余 is an amount, also with no noun after it
    ("全年培训十余期,参训党员干部百余名", "十余期", 10, None, "count", "over"),
    # the measure word written on both ends
    ("满意率在85%—95%之间", "85%—95%", 85, 95, "percent", "range"),
    ("每村补助3万元至5万元", "3万元至5万元", 30_000, 50_000, "yuan", "range"),
    ("户均增收1.5万—2万元", "1.5万—2万元", 15_000, 20_000, "yuan", "range"),
    ("每年开展培训3次至5次", "3次至5次", 3, 5, "count", "range"),
    # not a range: a change from one to the other, ends that differ, a falling pair
    ("覆盖率从85%到95%", "95%", 95, None, "percent", "exact"),
    ("补助5000元至1万元", "1万元", 10_000, None, "yuan", "exact"),
    ("占比60%—40%", "40%", 40, None, "percent", "exact"),
    ("辖区总面积1022.4平方公里", "1022.4平方公里", 1_022_400_000, None, "square_meter", "exact"),
    ("旅游收入25亿,同比增长", "25亿", 2_500_000_000, None, "yuan", "exact"),
    ("投入各级财政资金8.7亿元", "8.7亿元", 870_000_000, None, "yuan", "exact"),
    ("村集体收入12.86万元", "12.86万元", 128_600, None, "yuan", "exact"),
    ("约三分之一的村", "约三分之一", 33.3333, None, "percent", "about"),
    ("开展主题党日活动2300余场次", "2300余场次", 2300, None, "count", "over"),
    # a power of ten written alone is a number with 余/多 after it or 近/逾/超 before it
    ("培训农村党员千余名", "千余名", 1000, None, "person", "over"),
    ("带动群众万余人就业", "万余人", 10_000, None, "person", "over"),
    ("开展志愿服务活动百余场", "百余场", 100, None, "count", "over"),
    ("近千名驻村干部扎根一线", "近千名", 1000, None, "person", "about"),
    ("全县投入基层党建经费近亿元", "近亿元", 100_000_000, None, "yuan", "about"),
    ("村集体经济收入突破百万元大关", "百万元", 1_000_000, None, "yuan", "over"),
    # 个 spoken before 亿 counts nothing: the amount is 亿 (1个多亿 is more than 100 million)
    ("县里先后投入1个多亿，建成产业园3个。", "1个多亿", 100_000_000, None, "yuan", "over"),
    ("县里先后投入一个多亿元，建成产业园3个。", "一个多亿元", 100_000_000, None, "yuan", "over"),
    ("共争取资金3个亿。", "3个亿", 300_000_000, None, "yuan", "exact"),
    ("逾百名党员参加", "百名", 100, None, "person", "over"),
    ("投入资金千余万元", "千余万元", 10_000_000, None, "yuan", "over"),
    # two neighbouring digits write a range, each read in the pair's place (never 23, 12)
    ("网格员一周上门两三次", "两三次", 2, 3, "count", "range"),
    ("每月开展志愿服务一两次", "一两次", 1, 2, "count", "range"),
    ("带动三四百人在家门口就业", "三四百人", 300, 400, "person", "range"),
    ("全镇建起十五六个党员示范岗", "十五六个", 15, 16, "count", "range"),
    ("每年发展二三十名党员", "二三十名", 20, 30, "person", "range"),
    ("吸引五六千名游客", "五六千名", 5000, 6000, "person", "range"),
    ("一百二三十户搬进新居", "一百二三十户", 120, 130, "household", "range"),
    ("七八成的群众参与进来", "七八成", 70, 80, "percent", "range"),
    ("百分之七八十的村有了产业", "百分之七八十", 70, 80, "percent", "range"),
]


@pytest.mark.parametrize("text,surface,value,value_max,unit,qualifier", NUMERALS)
def test_numeral_forms(text, surface, value, value_max, unit, qualifier):
    c = one(text, surface)
    assert c.value == pytest.approx(value)
    assert c.value_max == (None if value_max is None else pytest.approx(value_max))
    assert (c.unit, c.qualifier) == (unit, qualifier)


# (sentence, surface, qualifier)
QUALIFIERS = [
    ("惠及群众约3000人", "约3000人", "about"),
    # 约 before the verb of a share or a value (约占, 约为): about, the verb no part of the surface
    ("女党员约占27%", "27%", "about"),
    ("覆盖率约为85%", "85%", "about"),
    ("全村近500户", "近500户", "about"),
    ("党员超过200名", "200名", "over"),
    ("收入突破5000万元", "5000万元", "over"),
    ("培训60多场", "60多场", "over"),
    ("土地3300多亩", "3300多亩", "over"),
    ("面积达到300平方米以上", "300平方米以上", "over"),
    ("受益群众1000人左右", "1000人左右", "about"),
    ("发展党员不到30名", "30名", "under"),
    ("覆盖群众逾10万人", "10万人", "over"),
    ("全县共1715人", "1715人", "exact"),
    ("党组织达166个", "166个", "exact"),
    ("不少于300平米", "300平米", "over"),
    ("低保户50户以下", "50户以下", "under"),
    ("35岁及以下党员2874名", "35岁及以下", "under"),
    ("收入10万元及以上的村32个", "10万元及以上", "over"),
    # a bound before the verb whose object the number is (至少确定1名): the same bound
    ("每个村至少确定1名入党积极分子", "1名", "over"),
    ("各村每季度至少召开1次党员大会", "1次", "over"),
    ("每批最多选派2名干部", "2名", "under"),
    ("至少3名党员联系1户群众", "1户", "exact"),
    # …over the verb and its object too; 最多的 is a superlative, no bound
    ("每季度至少召开支部委员会2次", "2次", "over"),
    ("每村最多推荐入党积极分子5名", "5名", "under"),
    ("党员最多的村有党员52名", "52名", "exact"),
    ("去年村集体收入突破了60万元", "60万元", "over"),
    ("党员人数超过了200名", "200名", "over"),
    # words that end in 约 or 近 and qualify nothing
    ("新修订村规民约14份", "14份", "exact"),
    ("全年签约12个项目", "12个", "exact"),
    ("节约资金3万元", "3万元", "exact"),
    ("附近3个村的群众都来参加", "3个", "exact"),
    ("参加活动的群众约1200人", "约1200人", "about"),
]


@pytest.mark.parametrize("text,surface,qualifier", QUALIFIERS)
def test_qualifiers(text, surface, qualifier):
    assert one(text, surface).qualifier == qualifier


# (sentence, surface, category, change)
CATEGORIES = [
    ("修建蓄水池3000立方米", "3000立方米", "other", False),
    # a change of the noun before it, past the comparison's base (党员较上年增加312名)
    ("全县党员较上年增加312名", "312名", "party_members", True),
    ("党员总数较上年净增312名,增幅为1.8%", "312名", "party_members", True),
    ("新建光伏电站装机容量5000千瓦", "5000千瓦", "other", False),
    ("县财政累计投入资金1200万元", "1200万元", "funds", False),
    ("争取上级补助资金80万元", "80万元", "funds", False),
    ("村集体经济收入达56万元", "56万元", "income", False),
    ("实现分红337万元", "337万元", "income", False),
    ("农民人均可支配收入1.6万元", "1.6万元", "income", False),
    ("为村集体增收7万元", "7万元", "income", True),
    ("新增投入1000余万元", "1000余万元", "funds", False),
    ("村级集体总资产为7400万元", "7400万元", "other", False),
    ("全县共有党员17401名", "17401名", "party_members", False),
    ("1796名在职党员干部到社区报到", "1796名", "party_members", False),
    ("其中女党员20人", "20人", "party_members", False),
    ("发展1000名优秀农村党员", "1000名", "party_members", False),
    ("全县509个党组织", "509个", "party_organizations", False),
    ("基层党委22个", "22个", "party_organizations", False),
    ("35个软弱涣散村党组织整体晋位升级", "35个", "party_organizations", False),
    ("全县244个行政村", "244个", "villages", False),
    ("辖7个镇", "7个", "villages", False),
    ("13个乡镇全部设置便民窗口", "13个", "villages", False),
    ("选派19名乡镇党委书记", "19名", "people", False),
    ("选拔优秀人才105人", "105人", "people", False),
    ("培训党员干部2.1万人次", "2.1万人次", "people", False),
    ("帮扶困难家庭56户", "56户", "people", False),
    ("女性委员369名,较上届增加224名", "224名", "people", True),
    ("平均年龄42岁,较上一届降低了5岁", "5岁", "other", True),
    ("同比增长18.6%", "18.6%", "percentage", True),
    ("占比33%", "33%", "percentage", False),
    ("发展大水面养殖5300余亩", "5300余亩", "area", False),
    ("村均面积从86平方米提高到144平方米", "144平方米", "area", False),
    ("开展文艺汇演等活动139场", "139场", "activities", False),
    ("化解矛盾纠纷80余起", "80余起", "activities", False),
    ("先后16次主持召开专题会议", "16次", "activities", False),
    ("建成现代农业产业园41个", "41个", "facilities", False),
    ("新建及改造村级场所238处", "238处", "facilities", False),
    ("带动建成养鱼池260座", "260座", "facilities", False),
    ("养殖生猪53头", "53头", "other", False),
    ("统一种植速生杨12000余株", "12000余株", "other", False),
    ("规范合同73份", "73份", "other", False),
    ("列出基层党建重点任务11项", "11项", "other", False),
    ("发展农村党员612名,其中35岁以下的423名", "423名", "party_members", False),
    # a 其中 list that opens its own sentence, and its items after ；
    ("全县共发展党员302名。其中,女性118名,占39.1%;35岁及以下的251名,占83.1%。", "118名", "party_members", False),
    ("全县共发展党员302名。其中,女性118名,占39.1%;35岁及以下的251名,占83.1%。", "251名", "party_members", False),
    ("全县共发展党员302名。女性118名。", "118名", "people", False),
    ("组建志愿服务队1260支", "1260支", "other", False),
    ("开展主题党日活动2300余场次", "2300余场次", "activities", False),
    ("较前三年提高11.2个百分点", "11.2个百分点", "percentage", True),
    ("户均增收3200元", "3200元", "income", True),
    ("第一年就亏了20多万元", "20多万元", "other", False),
    ("计划再建2个冷库", "2个", "facilities", False),
    # upgrading things counts them; it is no change of a quantity
    ("改造提升党群服务站点15个", "15个", "facilities", False),
    # the state reached stands between the noun and its figure (发展到), as a change verb does
    ("如今，全村香菇大棚已发展到320个", "320个", "facilities", False),
    ("全村党员发展到120名", "120名", "party_members", False),
    # a building verb with no object and no count before it in its sentence: things built
    ("截至10月底，已开工建设34个，开工率94.4%", "34个", "facilities", False),
    ("今年新建12个，改造提升6个", "12个", "facilities", False),
    ("排查软弱涣散村党组织97个,已整顿提升82个", "82个", "party_organizations", False),
    ("村集体经济收入提升了3万元", "3万元", "income", True),
]


@pytest.mark.parametrize("text,surface,category,change", CATEGORIES)
def test_categories_and_change(text, surface, category, change):
    c = one(text, surface)
    assert (c.category, c.change) == (category, change)


def test_mu_qian_is_not_a_rank():
    assert one("目前3名村干部在岗", "3名").value == 3


def test_two_claims_in_one_phrase():
    recs = extract_text("马蒲滩村有917户2671人")
    assert [(c.text, c.unit, c.category) for c in recs] == [
        ("917户", "household", "people"), ("2671人", "person", "people")]


# a list whose figures share the measure word (and multiplier) written after the last
LISTS = [
    ("东坡村、西岭村、南沟村分别有党员45、38、52名。",
     [("45", 45, "person", "party_members"), ("38", 38, "person", "party_members"),
      ("52名", 52, "person", "party_members")]),
    ("满意率分别较上年提升1.2、3.6、2.8个百分点。", [("1.2", 1.2, "percentage_point", "percentage"),
                                         ("3.6", 3.6, "percentage_point", "percentage"),
                                         ("2.8个百分点", 2.8, "percentage_point", "percentage")]),
    ("东坡村、西岭村分别投入30、50万元。", [("30", 300_000, "yuan", "funds"), ("50万元", 500_000, "yuan", "funds")]),
    ("分别新建12和15个党群服务中心。", [("12", 12, "count", "facilities"), ("15个", 15, "count", "facilities")]),
    ("响应率、解决率分别为98、95%。", [("98", 98, "percent", "percentage"), ("95%", 95, "percent", "percentage")]),
    # ranks, codes and years are no list of figures
    ("在比赛中获得第1、2、3名。", [("3名", 3, "person", "people")]),
    ("2021、2022、2023年共发展党员45名。", [("45名", 45, "person", "party_members")]),
]


@pytest.mark.parametrize("text,expected", LISTS)
def test_a_lists_figures_share_the_measure_word_after_the_last(text, expected):
    got = [(c.text, c.value, c.unit, c.category) for c in extract_text(text)]
    assert got == expected
    assert all(text[c.start:c.end] == c.text for c in extract_text(text))


def test_from_to_is_two_area_claims_not_changes():
    recs = extract_text("村均面积从86平方米提高到144平方米")
    assert [(c.value, c.change) for c in recs] == [(86, False), (144, False)]


# Each of these must give no claim at all (spec §1, "Do not extract").
EXCLUDED = [
    "全县平均每100户有,每1000人拥有",                     # the base a rate is given per
    "2019-01-30 09:22:25 来源:临汾新闻网",                 # date and clock time
    "2018年11月,人工客服工作时间:9:00-18:30",
    "一年多来,两年来,一个多月时间,历时10个月,30年没有换届",  # durations
    "“第一书记”张新波在县第二高中参加十九大精神学习",           # ordinals and names
    "2019年 第1期 下 / 总第860期37",
    "坚持“两学一做”,增强“四个意识”,落实“三会一课”和“四议两公开”",  # slogans
    "推行“四个一”机制,建实“三张清单”,实施“八大举措”,坚持“三步走”",
    "严格执行“五选十不选”标准,突出“14567”比例要求",
    "将几十口机井承包出去,一批群众受益,一个个党支部,十几年来,数百年古村",  # vague
    "数十户村民,上千名党员参与,数千名群众,成千上万名群众,千方百计,百姓,千余年历史",
    "联系电话:0731-88881234 京ICP备12345678号",            # furniture
    "Copyright©博看网 . All Rights Reserved.",
    "报：市委组织部\n送：县委常委\n（共印30份）",                 # an official document's print run
    "本报记者 张三 通讯员 李四",
    "(注:1窖=1平方米)",                                      # a definition
    "一个党员就是一面旗帜",                                   # an article, not a count
    "“党建引领、产业兴村”八个大字",                            # restates what was quoted
    "五湖四海的游客三番五次来访",                              # idioms
    "该县党建考核排名全市前三名,进入全省前10位",                # ranks
    "学习贯彻中央八项规定精神,做到两个确立",                   # formulas with no counted noun
    "严格执行“六项禁令”",
    "累计发放积分8.6万分,撰写心得5万字",                        # measures of no claim's unit
    "“十三五”以来,“十四五”期间,三五成群的游客,一二三级网格,二〇二三年",  # plans, digit strings
    "第3成员单位,13成,2023年成立",                           # a digit and 成 that are no share
    "对县十八届人大三次会议第27号建议的答复,县委十五届三次全会,二届三次职代会",  # a congress's session
]


@pytest.mark.parametrize("text", EXCLUDED)
def test_exclusions(text):
    assert [c.text for c in extract_text(text)] == []


def test_a_rule_known_by_its_number_is_no_count_beside_the_counts_of_its_sentence():
    text = "全年查处违反中央八项规定精神问题28起，处理31人。"
    assert [c.text for c in extract_text(text)] == ["28起", "31人"]


def test_a_small_chinese_count_at_the_very_start_of_a_text_is_kept():
    # a corpus line may open with its figure; the character before the text is no quote
    assert [c.text for c in extract_text("三个村完成换届。")] == ["三个"]
    assert [c.text for c in extract_text("十多个党支部完成换届。")] == ["十多个"]


def test_a_rate_word_right_before_a_number():
    # 每 with nothing between it and the figure (每10户推选1名代表): the figure is the base the
    # rate after it is given per, no amount of its own; the rate is per that many
    assert [(c.text, c.per) for c in extract_text("按照每10户推选1名代表的标准。")] == [("1名", "10户")]


def test_running_header_is_furniture():
    text = "全县投入资金100万元。\n河北\n36组 工\n主持人:刘 迪\n新建村部12个。"
    assert [c.text for c in extract_text(text)] == ["100万元", "12个"]


def test_a_lines_label_that_the_line_states_again_is_no_second_claim():
    # “数说” posts open each line with the figure the line then states
    text = ("数说镇巴县2023年基层党建\n● 1.2万名：全县党员总数达到1.2万名，较上年增加186名。\n"
            "● 403个：全县基层党组织403个。\n2860万元：县财政投入党建经费2860万元。")
    assert [c.text for c in extract_text(text)] == ["1.2万名", "186名", "403个", "2860万元"]
    assert [c.start for c in extract_text(text) if c.text == "1.2万名"] == [text.rindex("1.2万名")]
    # a label the line does not restate, and a figure before a colon inside a sentence, stay
    assert [c.text for c in extract_text("● 1.2万名：全县党员总数。")] == ["1.2万名"]
    assert [c.text for c in extract_text("全县投入300万元：其中300万元用于阵地建设。")] == ["300万元", "300万元"]
    # …also in brackets (【612名】), under a headline dated by a bare year (数说2023｜)
    text = "数说2023｜某县组织工作成绩单\n【612名】全年发展党员612名。\n【3.2亿元】累计投入资金3.2亿元。"
    got = [(c.text, c.start, c.year) for c in extract_text(text)]
    assert got == [("612名", text.rindex("612名"), 2023), ("3.2亿元", text.rindex("3.2亿元"), 2023)]
    # (a bracket that does not open the line, or that its line does not restate, stays)
    assert [c.text for c in extract_text("全县【612名】党员")] == ["612名"]


def test_short_quote_is_a_name_long_quote_is_speech():
    assert extract_text("孝感实现“10万元村”全覆盖") == []
    speech = "“300万元!这不仅是村集体经济收益的新高,更是党支部兑现承诺的实际行动”"
    c = one(speech, "300万元")
    assert c.category == "income"


def test_traditional_and_pinyin_give_the_same_values_as_simplified():
    simp = extract_text("淳化县整合各类资金1.6亿元,建成现代农业产业园41个,党员856名")
    trad = extract_text("淳化縣(xiàn)整合各類資(zī)金1.6億(yì)元,建成現代農業產業園41個(gè),黨員856名")
    def key(cs):
        return [(c.value, c.unit, c.qualifier, c.category, c.subject) for c in cs]
    assert key(trad) == key(simp)
    assert len(simp) == 3


def test_context_fields():
    c = one("2024年,汉阴县“一类”党组织达166个。", "166个")
    assert c.year == 2024 and c.place == "汉阴县" and c.line == 1
    assert c.sentence == "2024年,汉阴县“一类”党组织达166个。"
    c2 = one("第一行\n第二行投入资金50万元。", "50万元")
    assert c2.line == 2


def test_ids_are_stable_and_distinct():
    text = "建成产业园41个,电站21个"
    a, b = extract_text(text, "x.txt"), extract_text(text, "x.txt")
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == 2
    assert a[0].id != extract_text(text, "y.txt")[0].id


def test_nothing_after_a_number_starts_like_a_number():
    # candidates.py reads Arabic digit runs atomically (no backtracking); that is
    # only safe while no word that may follow a number starts with a digit, "." or ","
    from dangjian_cli import tables as T
    follow = (list(T.UNITS) + list(T.MULTIPLIERS) + list(T.SUFFIX_QUALIFIERS)
              + list(T.INNER_QUALIFIERS) + list(T.RANGE_SEPARATORS))
    assert not [w for w in follow if w[0] in "0123456789.,"]
