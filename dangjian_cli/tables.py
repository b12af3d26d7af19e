"""Data tables: measure words, qualifiers, cue words and exclusions.

Everything the extractor knows about the language lives here, as data (and the
division table in data/); the modules that use it (candidates, resolve, classify,
context, when, places, document, check, furniture) hold the rules, not the words.
All entries are in simplified script: text is matched after traditional→simplified
conversion (see normalise.py).
"""

# --- numerals -----------------------------------------------------------------

#: the one numeral alphabet (after t2s: 億→亿, 萬→万, 點→点): each digit's value,
#: the units inside a section of four, the large units, the decimal point
NUMERAL_VALUES = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
NUMERAL_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL_LARGE = {"亿": 10**8, "万": 10**4}
DECIMAL_POINT = "点"
#: characters that make up a Chinese numeral
CN_DIGITS = "".join(NUMERAL_VALUES) + "".join(NUMERAL_UNITS) + "万亿" + DECIMAL_POINT
#: the numerals of a small count (三成, 两个): one to ten
SMALL_NUMERALS = "".join(c for c, v in NUMERAL_VALUES.items() if v) + "十"
#: a Chinese numeral must start with one of these ("百名", "千人", "万头" are not counts)
CN_START = "零〇一二两三四五六七八九十"
#: two neighbouring digits that write an approximate range (两三次 = 2–3, 三四百人 =
#: 300–400, 十五六个 = 15–16, 二三十万 = 200,000–300,000), never a number of two digits
#: (三五 is left out: 十三五, 十四五 name plans)
APPROXIMATE_PAIRS = ("一两", "一二", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九")

#: multipliers written after a number: 3.2万, 1.6亿, 3千万
MULTIPLIERS = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}

# --- reading ---------------------------------------------------------------------

#: frequent characters of Chinese reports, in both scripts: a decoding whose text
#: is mostly made of these is the right one (GB18030 read as Big5 or the reverse
#: gives rare characters)
COMMON_CHARS = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
    "二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日"
    "那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变"
    "条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总"
    "次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指"
    "几九区强放决西被干做必战先回则任取据处府研质信县村镇乡委支书记群众万元亿亩户名"
    "黨員縣鄉鎮萬億個會們這說為國發來動時對經產區從與後義種們現實幹務農點書記衆眾組織"
    "資們開關業體達過進還將運應當學長東問題導幾網傳總議區團設統處單際節標準領結"
)

# --- measure words -------------------------------------------------------------
# measure word -> (unit, factor to the base unit). Longest entries are tried first.
UNITS: dict[str, tuple[str, float]] = {
    # money
    "元": ("yuan", 1), "块钱": ("yuan", 1),
    # people
    "人次": ("person_time", 1), "人（次）": ("person_time", 1), "人(次)": ("person_time", 1),
    "户次": ("household", 1), "名": ("person", 1), "人": ("person", 1),
    "口人": ("person", 1),
    "位": ("person", 1),
    "户": ("household", 1),
    # shares
    "个百分点": ("percentage_point", 1), "百分点": ("percentage_point", 1),
    "%": ("percent", 1),
    # area
    "亩": ("mu", 1), "平方米": ("square_meter", 1), "平米": ("square_meter", 1),
    "㎡": ("square_meter", 1), "平方公里": ("square_meter", 1e6),
    "公顷": ("square_meter", 1e4),
    # age
    "岁": ("age", 1),
    # counted things
    **{mw: ("count", 1) for mw in (
        "个", "项", "场", "期", "次", "件", "处", "座", "家", "栋", "幢", "所", "份",
        "株", "棵", "头", "只", "匹", "羽", "尾", "条", "支", "批", "套", "起", "股",
        "窖", "台", "辆", "艘", "架", "间", "张", "本", "册", "篇", "部", "轮", "棚",
        "口", "片", "组", "种", "盏", "块", "面", "枚", "颗", "斤", "吨",
        "公斤", "千克", "公里", "千米", "米", "门", "堂", "节", "课", "封", "例",
        "宗", "笔", "单", "箱", "袋", "床", "桩", "眼", "场次", "批次", "架次", "件次",
        "千瓦时", "千瓦", "兆瓦", "立方米")},
}
# measure words that count only after an Arabic number or a large Chinese one:
# after a small Chinese numeral they are mostly idioms (一面旗帜, 三门, 八节).
WEAK_UNITS = {"面", "门", "节", "口", "块", "片", "眼", "单", "封", "堂", "课", "米", "种", "组"}

#: the measure word spoken before 亿 (投入1个多亿, 一个多亿元, 3个亿): no
#: count of things, the amount is 1亿 and more
COLLOQUIAL_GE = "个"
#: measure words of small Chinese counts that slogans are made of (四个意识, 三张清单)
SLOGAN_MEASURES = ("个", "项", "张", "条", "大", "种", "支", "方", "位", "句", "者")
#: after N成 these make it a word, not a share (建成为, 一成员 …)
CHENG_NOT_AFTER = "为员立本果效绩功熟交型品就片长了都年份分"
#: nouns that, right after "个", make the number a duration or a date
TIME_NOUNS = ("月", "多月", "小时", "钟头", "星期", "礼拜", "工作日", "年头", "季度",
              "学期", "周", "晚上", "上午", "下午", "昼夜", "阶段")
#: words that, right after 人/名/位, show the number is not a head count (人均, 人口 stay)
PERSON_NOT_COUNT = ("人均", "人士", "人民", "人大", "人家", "人心", "人事", "人计划", "名单",
                    "名称", "名义", "名牌", "名片", "名录", "位置", "位于", "位数", "位列",
                    "位居", "位一体")

# --- qualifiers ----------------------------------------------------------------
PREFIX_QUALIFIERS = {
    "将近": "about", "接近": "about", "大约": "about", "约": "about", "近": "about",
    "大概": "about", "左右": "about", "约占": "about", "约为": "about", "约有": "about",
    "超过": "over", "逾": "over", "突破": "over", "超": "over", "至少": "over",
    "超过了": "over", "突破了": "over",
    "多达": "over", "高达": "over", "不少于": "over", "不低于": "over", "最少": "over",
    "不到": "under", "不足": "under", "未满": "under", "不超过": "under", "最多": "under",
    "不多于": "under", "低于": "under",
    "达到": "exact", "达": "exact", "共": "exact", "共计": "exact", "合计": "exact",
}
#: bounds that may stand before the verb whose object the number is (每个村至少确定1名,
#: 每季度至少召开支部委员会2次), over at most this many characters, none of them a particle
#: that makes the bound a superlative (最多的村有52名)
BOUNDS_BEFORE_VERB = {"至少": "over", "最少": "over", "最多": "under"}
BOUND_VERB_MAX = 8
BOUND_VERB_NOT = "的之"
#: words that end in a qualifier's character and qualify nothing (村规民约14份, 签约3个, 节约资金,
#: 附近3个村): the number after them is as written
NOT_QUALIFIER_WORDS = ("民约", "公约", "规约", "合约", "签约", "条约", "协约", "契约", "预约", "履约", "违约",
                       "节约", "制约", "相约", "特约", "邀约", "附近", "邻近", "就近", "靠近", "临近", "贴近")
#: prefixes included in the surface (the gold writes 约18万平方米, 约4.6万亩)
PREFIX_IN_SURFACE = {"约", "大约", "将近", "近"}
SUFFIX_QUALIFIERS = {
    "及以上": "over", "以上": "over", "之多": "over", "有余": "over", "多": "over",
    "及以下": "under", "以下": "under", "以内": "under",
    "左右": "about", "上下": "about",
}
INNER_QUALIFIERS = {"余": "over", "多": "over", "来": "about"}
RANGE_SEPARATORS = ("至", "到", "-", "—", "~", "～", "－")
#: what before a number makes it a rank or a code, not an amount (第1、2名)
ORDINAL_MARKS = "第No#"
#: a session of a congress or a plenum (十八届人大三次会议, 十九届三中全会 is read as a name):
#: N次 before one of these, within a few characters after 届, is the Nth session
SESSION_NOUNS = ("会议", "全会", "全体会议", "大会", "党代会", "职代会", "团代会")
TERM_MARK = "届"
TERM_REACH = 8

# --- exclusions ----------------------------------------------------------------
#: a number right after these is an ordinal, a rank or a code
ORDINAL_BEFORE = ("第", "No.", "NO.", "no.", "编号", "序号", "排名", "排第", "列第")
#: "前" ends these words without making the number after it a rank
NOT_RANK_BEFORE = ("目前", "当前", "此前", "之前", "以前", "提前", "年前", "日前", "事前", "会前", "节前")
#: a number right after these is vague (数十户, 几十口, 上千名, 十几)
VAGUE_BEFORE = ("数", "几", "若干")
VAGUE_AFTER = ("几", "来年")
#: idioms and set phrases made of numerals: no claim inside them
IDIOMS = ("三番五次", "五湖四海", "四面八方", "七上八下", "三心二意", "千方百计", "一五一十",
          "十全十美", "五花八门", "三令五申", "七嘴八舌", "千家万户", "万众一心", "三五成群",
          "四通八达", "九牛一毛", "百花齐放", "四平八稳", "三天两头", "一年四季", "千辛万苦",
          "千山万水", "三百六十行", "一传十", "十传百", "五颜六色", "三三两两", "七零八落",
          "四海", "八方", "九州", "三农", "五谷", "六畜", "三伏", "九九", "十二五", "十三五",
          "十四五", "十五五", "三角", "三维", "双一流")
#: a power of ten written alone (千余名, 近千名, 逾百家): the number it stands for. It is a
#: number only with 余/多 after it or one of the prefix qualifiers below before it; 上千名
#: and 数千名 say "thousands", no amount
BARE_POWERS = {"百": 100, "千": 1000, "万": 10000, "亿": 100000000}
#: qualifiers of a lone power of ten only (过百万元; 通过3个, 去过3次 hold no bound)
LONE_POWER_QUALIFIERS = {"过": "over"}
BARE_POWER_PREFIXES = "近逾超破过"    # (破: 突破百万元; 过: 收入过百万元)
#: a bare 万/亿 amount (人口40万) is none before these: 元 and 人 make a counted amount of
#: it, the rest are measures of no claim's unit (积分8.6万分, 5万字, 2万步)
BARE_NOT_BEFORE = "元人分字步册"
#: words just before a number that make it a rate or definition, not a claim
DEFINITION_MARKS = ("=", "＝")

#: small Chinese counts (二..十) of these abstract nouns are slogans and formulas:
#: 四个意识, 两个维护, 三张清单, 五个基本, 三个覆盖
SLOGAN_NOUNS = (
    "意识", "自信", "维护", "全面", "代表", "务必", "覆盖", "清单", "导向", "重点",
    "节点", "基本", "统一", "作用", "结合", "到位", "优先", "不", "一", "服务", "必",
    "坚持", "坚定", "提升", "确保", "聚焦", "强化", "带头", "过硬", "走在", "示范",
    "融合", "联动", "同步", "体系", "机制", "工程", "行动", "战略", "步", "率先",
    "标准", "环节", "方面", "层面", "维度", "关键", "着力", "围绕", "抓", "字",
    "员", "心", "好", "有", "会", "讲", "学", "做", "创", "联", "化", "亮", "帮",
    "问题", "责任", "目标", "任务", "原则", "理念", "思路", "要求", "能力", "队伍",
    "保障", "制度", "平台", "载体", "模式", "措施", "举措", "渠道", "领域", "阶段",
    "环境", "精神", "功能", "工作法", "法", "风", "型", "级", "色", "性",
    # rules known by their number (中央八项规定, 六项禁令)
    "规定", "禁令",
)

# --- categories ------------------------------------------------------------------
# Head nouns: the counted noun decides the category of a count. Longest match wins.
PARTY_ORG_NOUNS = ("党组织", "党支部", "支部", "党委", "党总支", "总支", "党总支部", "总支部", "党小组", "基层委员会",
                   "党工委", "党组", "临时党支部", "功能型党小组", "党员服务站", "基层党组织",
                   "党的基层组织", "基层组织", "基层党委", "基层党支部")
PARTY_MEMBER_NOUNS = ("党员", "共产党员", "党员干部", "在职党员", "女党员", "预备党员",
                      "正式党员", "流动党员", "无职党员", "老党员", "新党员", "农村党员",
                      # a member whose household the neighbours are linked to (not the 户 counted)
                      "党员中心户", "党员示范户")
VILLAGE_NOUNS = ("行政村", "自然村", "村", "社区", "乡镇", "镇", "乡", "街道", "网格",
                 "村小组", "村民小组", "居民小组", "村民组",
                 "居委会", "村委会", "村民委员会", "居民委员会", "嘎查", "屯", "寨", "村寨",
                 "空白点", "示范村", "示范镇", "贫困村", "薄弱村", "软弱涣散村", "街道办")
PEOPLE_NOUNS = ("干部", "书记", "人才", "大学生", "委员", "群众", "居民", "村民", "农户",
                "人员", "成员", "代表", "志愿者", "专家", "教师", "学员", "队员", "职工",
                "工人", "劳动力", "老人", "儿童", "学生", "能人", "乡贤", "网格员", "人口",
                "骨干", "负责人", "村官", "后备力量", "致富带头人", "带头人", "贫困户", "脱贫户", "农民",
                # households by what they receive or do (低保户, 监测户, 养殖户)
                "低保户", "五保户", "特困户", "困难户", "监测户", "边缘户", "养殖户", "种植户", "示范户", "中心户",
                "工作队员", "驻村队员", "队长", "积极分子", "入党积极分子", "发展对象", "能手", "致富能手",
                "员工", "医生", "护士", "公务员", "选调生", "骑手", "快递员", "工作者", "党务工作者",
                "社区工作者", "社会工作者", "助理",
                "网格长", "楼栋长", "单元长", "楼长", "组长", "村民小组长", "农民工", "务工人员",
                # the stages of becoming a member, and those standing for election
                "申请人", "入党申请人", "候选人", "人选", "讲师", "党代表",
                # the Youth League's members (团员 are no party members)
                "团员", "共青团员", "少先队员",
                # what people do for a living, named whole
                "技术人员", "专业技术人员", "管理人员", "农牧民", "农牧渔民",
                # roles named by what they do (调解员, 宣讲员) and by where they come from
                "毕业生", "退役军人", "调解员", "宣讲员", "信息员", "监督员", "联络员", "指导员", "讲解员",
                "辅导员", "护林员", "保洁员", "管理员", "协管员", "巡查员", "代办员",
                # people by their age or sex, and those who come to a place
                "年轻人", "青年", "妇女", "创业者", "游客", "领导")
ACTIVITY_NOUNS = ("活动", "培训", "培训班", "会议", "实事", "好事", "心愿", "微心愿", "事项办理",
                  "讲座", "党课", "宣讲", "演出", "义诊", "观摩", "调研", "走访", "服务",
                  "竞赛", "比赛", "研讨", "座谈", "检查", "督查", "巡察", "学习", "课程", "考察", "学习考察", "参观",
                  "纠纷", "矛盾纠纷", "难题", "诉求", "汇演", "展览", "事件", "舆情",
                  "会", "课", "班", "专题会议", "擂台赛", "赛",
                  # meetings by their names (支委会12次: the subject is 支委会, not 会)
                  "座谈会", "支委会", "党员大会", "支部党员大会", "党小组会", "推进会", "现场会", "培训会",
                  "交流会", "动员会", "分析会", "民主生活会", "组织生活会", "宣讲会", "恳谈会", "议事会",
                  "院坝会", "大会", "例会")
FACILITY_NOUNS = ("场所", "中心", "产业园", "产业园区", "电站", "光伏电站", "大棚", "食堂", "工厂",
                  "养殖场", "厂", "站", "室", "馆", "园", "基地", "景区", "党校", "公寓",
                  "广场", "阵地", "书屋", "驿站", "车间", "厂房", "学校", "医院", "卫生室",
                  "幼儿园", "市场", "超市", "道路", "公路", "桥", "桥梁", "水池", "养鱼池",
                  "池", "房", "楼", "长廊", "窗口", "场馆", "合作社", "示范园", "园区", "农场",
                  "牧场", "水厂", "路灯", "充电桩", "站点",
                  "服务点", "网点", "平台", "展厅", "舞台", "礼堂", "屋", "家园", "库", "冷库",
                  "仓库", "生产线", "流水线", "直播线", "加工线", "烘干线", "大楼", "办公楼",
                  "机井", "水井", "井", "路灯", "蔬菜大棚", "棚", "设备", "设施", "服务站", "党群服务站",
                  "服务站点", "党群服务站点", "房屋", "停车位", "车位", "电梯", "卫生院", "敬老院", "养老院",
                  "楼宇", "商务楼宇", "休息点", "教学点", "现场教学点", "实践所", "实践站", "工作室", "公园",
                  # sites opened for people moved out of harm's way
                  "安置点", "避险点", "住房", "安置房", "周转房",
                  # places that process, lodge and feed (茶叶加工厂, not the 工厂 inside 加工厂)
                  "加工厂", "民宿", "农家乐")
#: things given, sold or exchanged (兑换物品3200余件): other, not matters handled
GOODS_NOUNS = ("物品", "商品", "物资", "日用品", "用品", "礼品", "奖品", "药品", "图书", "书籍")
OTHER_NOUNS = ("部门", "机关", "单位", "科室", "处室", "股室", "内设机构", "举措", "措施", "机制", "制度", "事项",
               "合同", "议题",
               "协议", "任务", "办法", "品牌", "示范点", "头", "生猪", "黄牛", "肉牛",
               "羊", "树", "苗", "株", "恶势力", "村霸", "资源事项", "重大事项", "模范机关",
               "团队", "队伍", "企业", "公司", "项目", "队", "服务队", "志愿服务队", "工作队", "工作组",
               # teams sent to inspect or guide (4个督查组): bodies, not the inspections they make
               "督查组", "督导组", "巡察组", "巡查组", "指导组", "考核组", "调研组", "检查组", "评估组", "专班",
               "志愿队", "突击队", "小分队", "宣讲团", "宣讲队", "班子", "小区", "楼栋", "单元", "岗", "岗位",
               "意见", "建议", "意见建议", "问题", "线索", "委员会", "县区", "区县", "县市区",
               "民族", "联系点", "责任区",
               # the Youth League's and the unions' bodies: no party organisations
               "团组织", "团支部", "团委", "团总支", "工会", "妇联", "妇女小组",
               # what work writes and studies (课题 is no 课 held)
               "课题", "专题", "报告", "调研报告", "文件", "案例", "典型案例", "文章", "清单", "经济实体",
               "资料", "材料", "档案", "卷宗",
               "隐患", "安全隐患", "风险点", "风险隐患",
               # bodies that are no party organisation, however named (社会组织, 基金会)
               "社会组织", "社会团体", "基金会", "民办非企业单位", "两新组织", "新经济组织", "新社会组织",
               "行业协会", "协会", "商会", "学会", "考察团", "参观团", "代表团", "讲师团", "院系",
               # a school's classes are no training classes (班), nor a bus line (班线) one
               "教学班", "班级", "班线", "线路",
               # an association's members: firms as often as people (吸纳会员320家; not a meeting, 会)
               "会员")

#: category of each head noun (built from the tuples above; later tuples win ties)
HEAD_NOUNS: dict[str, str] = {}
for _cat, _nouns in (("other", OTHER_NOUNS + GOODS_NOUNS), ("facilities", FACILITY_NOUNS),
                     ("activities", ACTIVITY_NOUNS), ("people", PEOPLE_NOUNS),
                     ("villages", VILLAGE_NOUNS), ("party_members", PARTY_MEMBER_NOUNS),
                     ("party_organizations", PARTY_ORG_NOUNS)):
    for _n in _nouns:
        HEAD_NOUNS[_n] = _cat
#: heads that only say of what level the counted things are (其中村级12个): matched so
#: that 村 inside them is no head, but never the counted noun themselves
#: (少数民族86名: a kind of the people counted before it, as a label is)
MODIFIER_HEADS = frozenset(("村级", "镇级", "乡级", "县级", "社区级", "少数民族"))
HEAD_NOUNS.update({m: "other" for m in MODIFIER_HEADS})
# compounds whose head is not their last known noun part
HEAD_NOUNS.update({
    "党员干部": "party_members", "党员群众": "party_members", "村党组织": "party_organizations",
    "村干部": "people", "村官": "people", "村民": "people", "社区干部": "people",
    "党支部书记": "people", "支部书记": "people", "党组织书记": "people", "党委书记": "people",
    "第一书记": "people", "社区工厂": "facilities", "村部": "facilities",
    "活动场所": "facilities", "党群服务中心": "facilities", "便民服务中心": "facilities",
    "社区食堂": "facilities", "新时代文明实践站": "facilities", "村集体": "villages",
})

#: adjacent heads whose compound belongs to another category: 在职党员 + 干部
COMPOUND_HEADS = {("party_members", "people"): "party_members"}
#: the categories of people counted
PERSON_CATEGORIES = ("party_members", "people")
#: the member nouns that lead a role (党员志愿者, 党员调解员)
MEMBER_ROLE_LEADS = ("预备党员", "党员")

#: measure words that decide the category of a count whatever the noun:
#: events (场, 期, 次), and livestock, plants, weights, lengths, shares (other)
MEASURE_CATEGORY = {
    **{m: "activities" for m in ("场", "期", "次", "轮", "堂", "节", "课", "起", "场次", "批次")},
    **{m: "other" for m in ("支", "头", "只", "匹", "羽", "尾", "株", "棵", "窖", "股", "斤", "吨",
                            "公斤", "千克", "公里", "千米", "米", "辆", "艘", "架", "册",
                            "本", "篇", "枚", "颗", "箱", "袋", "笔", "宗", "千瓦时", "千瓦", "兆瓦",
                            "立方米")},
}
#: measure words that name a category when no counted noun says otherwise:
#: matters handled (件), and built things (座, 处, 盏 of lamps, 口 of wells, 棚, 台)
MEASURE_DEFAULT = {"件": "activities", "件次": "activities",
                   **{m: "facilities" for m in ("座", "处", "栋", "幢", "间", "盏", "口", "棚", "台", "眼")}}
#: verbs that make 件 matters handled (办结群众诉求320件), whatever the noun
HANDLED_VERBS = ("办理", "办结", "办成", "办好", "化解", "解决", "受理", "处理", "调处", "帮办", "代办", "落实")
#: before a village noun, these make it a scope word, not the counted noun (全村共有215户)
#: the endings of towns (a town's name may hold 村: 太村镇)
TOWN_SUFFIXES = ("镇", "乡")
#: characters before 村 that make no village's name of one character (进村, 驻村, 建村)
ONE_CHAR_VILLAGE_STOPS = "进驻回返到在入出下上离强兴建护爱包联乡镇县市区分一二三四五六七八九十百千万每个的和与及"
#: what a village owns together: a name before it is the village's, not the money's
VILLAGE_COLLECTIVE = "村集体"
#: how far before a one-character head noun (室, 站, 园) the words that name it are looked for
SHORT_HEAD_REACH = 8
SCOPE_CHARS = "全各该本每我"
#: a noun followed by one of these opens the topic of the counts after it (村级活动场所中，13个新建)
TOPIC_MARKS = ("中", "里", "当中", "之中")
#: …or before a colon, with one of these after it (党员数：汉台区8650名、南郑区9200名)
TOPIC_COUNT_WORDS = ("数", "人数", "总数", "数量", "情况")
#: how long a bracket after a topic's noun may be (村（社区）中，)
TOPIC_BRACKET_MAX = 6

#: what stands between a share's noun and its figure (党组织占比96.8%, 满意率达到98%)
SHARE_TAIL_WORDS = ("占比达到", "占比达", "占比为", "占比", "比例为", "比例达", "比例", "比重", "占", "达到", "达",
                    "不足", "不到", "低于", "不低于", "高于", "稳定在", "保持在", "控制在", "提升至", "提高至",
                    "提升到", "提高到", "上升至", "上升到", "增长至", "增长到", "下降至", "下降到", "降至", "降到",
                    "为", "是", "约", "近", "超过", "同比增长", "同比下降", "增长", "提高", "下降", "降低",
                    "较上年", "同比", "了", "分别为", "分别", "仅为", "已达", "高达", "以上", "超", "均", "都", "已",
                    "在")
#: characters that stand in no share's noun phrase (function words, marks)
NP_FUNCTION_CHARS = "的了在是和与及对把被为从向到等将已于其这那各该本每，,。；;：:、“”\"'()（）"

# --- rates: amounts given per unit (never to be added into totals) ------------------------
#: a word before an amount that makes it a rate per the unit it names (人均收入 → 人)
PER_WORDS = {"人均": "人", "户均": "户", "村均": "村", "亩均": "亩", "年均": "年", "日均": "日",
             "月均": "月", "生均": "学生", "每人每年": "人", "每户每年": "户"}
#: 每 followed by one of these nouns (a measure word between may stand: 每个村) → per that noun
PER_NOUNS = ("村民小组", "党支部", "党组织", "合作社", "乡镇", "社区", "党员", "支部", "网格", "小组", "单位",
             "企业", "学校", "村", "户", "人", "季度", "半年", "年", "月", "天", "日", "周", "亩", "镇", "乡", "家",
             "所", "名", "位", "个", "公斤", "千克", "斤", "吨", "餐", "次", "期", "份")
#: the per nouns that are spans of time (a rate per unit and per year is the unit's)
PER_TIMES = ("季度", "半年", "年", "月", "天", "日", "周")
#: per nouns given as their measure word (每名 → 人)
PER_NORMAL = {"名": "人", "位": "人", "天": "日"}
#: how far before an amount its 每/人均 is looked for
PER_REACH = 16
#: an average right before a figure (收入平均达到32.8万元) is per the unit its noun names, when
#: that is one of these
AVERAGE_WORD = "平均"
#: verbs of meeting a plan or target: a share after what they meet and 的 is of it (完成年度计划的89.4%)
TARGET_DONE_VERBS = ("超额完成", "完成", "达到", "实现")
#: words that name two kinds at once, and the kinds, in the order a 分别 list gives their figures
#: (城乡居民人均可支配收入分别达到35260元、14380元: 城镇居民…, 农村居民…)
PAIRED_WORDS = {"城乡": ("城镇", "农村"), "男女": ("男", "女")}
#: a rate's time (地区生产总值年均增长8.6%): no part of the name of what grows
TIME_AVERAGES = ("年均", "月均", "日均", "年平均", "每年平均")
AVERAGE_LINKS = ("达到", "达", "为", "是", "约", "约为", "在", "有")
AVERAGED_UNITS = ("社区", "村", "乡镇", "镇", "街道")
#: a per word holds up to these marks (每村每年10万元，人口在3000人以上的村: none for 3000)
PER_CLAUSE_MARKS = ",，;；"

#: money: cue words before (or after) an amount of yuan decide funds / income / other
FUNDS_CUES = ("投入", "投资", "整合", "筹措", "筹集", "争取", "拨付", "补贴", "补助", "奖补",
              "经费", "资金", "募集", "捐款", "捐赠", "捐资", "下拨", "划拨", "安排", "扶持",
              "帮扶", "援建", "出资", "自筹", "支出", "奖励", "奖金", "慰问金", "建设", "用于",
              "花费", "预算", "贷款", "融资", "收回", "追回", "挽回", "节约", "资助", "党费",
              "工资", "报酬", "薪酬", "待遇", "保费", "投放", "发放", "兑现", "转移支付")
INCOME_CUES = ("收入", "收益", "分红", "利税", "销售额", "销售", "产值", "增加值", "人均", "营业额",
               "营收", "经营收入", "营业收入", "利润", "盈利", "增收", "创收", "纯收入", "效益", "租金", "集体经济",
               "挣", "赚", "价值", "税收", "成交额", "交易额", "GDP", "生产总值",
               "出口", "卖", "售", "流转费", "服务费", "工资性", "产出", "总收入", "分配")
#: money cues that name only what an amount is of: the cue before them in the clause says
#: whose money it is (发放药品价值36万元: funds; 挽回经济损失1200万元: funds, recovered)
WORTH_WORDS = ("价值", "损失", "经济损失")
#: what may stand before a worth word in its clause and still leave it alone (每人价值200元)
WORTH_LEADS = "每人户个件份均总约共计"
#: the names of money that, right after an amount (给予最高50万元补助, 200万元的低息贷款),
#: say what the amount is, whatever the clause before it names
MONEY_NAMES_AFTER = ("补助", "补贴", "奖补", "奖励", "奖金", "资金", "经费", "贷款", "慰问金", "分红", "租金", "收入",
                     "收益", "工资", "报酬")
#: the words of a loan's or a grant's terms between an amount and its name (低息, 无息, 一次性)
MONEY_NAME_MODIFIERS = ("的", "低息", "无息", "贴息", "一次性", "专项", "创业", "以奖代补", "扶持", "启动",
                        "帮扶")
#: income cues that only make a rate (人均500元): the money is of the kind its sentence names
RATE_MONEY_CUES = ("人均",)
#: (涉及资金, 涉案金额: the money a contract, a case or a problem found is about, nobody's input)
OTHER_MONEY_CUES = ("结余", "资产", "总资产", "固定资产", "存款", "余额", "债务", "负债", "估值",
                    "价格", "成本", "亏", "亏损", "损失", "欠款", "外债", "涉及", "涉及资金", "涉及金额",
                    "涉案", "涉案金额", "市场价", "单价", "售价", "收购价", "均价")

#: cue words that make a percent a change (增长15%) when they stand just before it
CHANGE_CUES = ("增加", "增长", "提高", "提升", "降低", "减少", "下降", "上升", "增收",
               "多出", "高出", "减", "增", "缩短", "缩小", "扩大", "回落", "上涨", "下跌", "翻",
               "降", "涨")
#: what may lead a change verb in a clause of its own (，分别增长5.6%、7.9%)
BARE_CHANGE_LEADS = ("分别", "同比", "再", "又", "共", "累计")
#: where the noun phrase after a measure word stops: verbs, adverbs, function words
NP_STOP_WORDS = ("全部", "全面", "整体", "设置", "实现", "进行", "开展", "完成", "建成", "获得", "成为",
                 "参加", "参与", "分别", "积极", "主动", "先后", "纷纷", "相继", "率先", "连续", "尚未", "结成",
                 "组成", "选出", "达到", "累计", "共计",
                 "覆盖", "推动", "设立", "成立", "建立", "签订", "纳入", "入选", "获评", "评为", "荣获",
                 "共同", "正在", "开始", "通过", "按照", "围绕", "带领", "带动", "领办", "创办", "列入",
                 "走出", "形成", "发挥", "得到", "受到", "取得", "位于", "首次", "突破", "均", "都", "已",
                 "被", "将", "把", "从", "由", "对", "向", "是", "有", "到", "等", "全", "全体", "多年",
                 "归", "用于", "来自", "来源于", "进入", "充实", "补充", "加入", "回到", "返回", "走上",
                 "上缴", "缴纳", "缴存", "创造", "造成", "导致", "消除", "消灭", "带头", "联系", "培育",
                 # a rate of each of the units counted (154个村每村储备…)
                 "每",
                 # what the people counted go on to do (1.3万名党员编入网格)
                 "编入", "下沉", "报到", "返乡", "回乡", "返村", "进村", "入户", "投身",
                 "深入", "奔赴", "认领", "结对", "担任", "入驻", "进驻", "包联",
                 "佩戴", "亮明", "亮出", "上岗", "踊跃", "自愿", "自发", "值守", "坚守", "奋战", "冲锋",
                 # what is done for the people counted (为42名高层次人才解决子女入学问题)
                 "解决",
                 "与",
                 # what the units counted carry out or send (8个村委会推行“党员戍边”, 4个县选派…)
                 "推行", "推广", "实行", "选派", "派出", "派驻", "入股", "参股", "抱团")
#: stops of the noun phrase after a number only (36名年轻人回村创业): before a number the same
#: characters may close a verb (收回村集体资源)
NP_AFTER_STOP_WORDS = ("回村", "回镇", "回城")
#: stop words that do not stop the phrase after a number before these (为民服务, 在职党员, 以上)
NP_STOP_UNLESS = {"为": ("民",), "在": ("职",), "以": ("上", "下"),
                  # 确定3名发展对象, 1名入党积极分子: nouns that hold a stop word
                  "对": ("象",), "积极": ("分子",), "有": ("制",), "联系": ("点", "人", "的"),
                  # 15名党员带头种植魔芋: what the people counted do (but 致富带头人 are people)
                  "带头": ("人",),
                  # 8个网格共排查问题57个: the total's 共 (but 共产党员, 共青团, 共建单位)
                  "共": ("产", "青", "建", "享", "同")}
#: what the units counted go on to do, right after their noun (支持62个村发展集体经济项目:
#: the villages are counted, not the projects; 村集体经济发展项目 is a compound and stays)
NP_UNIT_NOUNS = ("村", "社区", "乡镇", "街道", "嘎查")
NP_UNIT_VERBS = ("发展", "实施", "种植", "养殖", "引进", "探索", "试点", "承接", "配备", "配齐", "购置", "修建",
                 "新建", "安装", "组建", "制定", "落实", "争取", "推选", "选举",
                 # what is done in the units counted (深入11个镇和联系村调研指导)
                 "调研", "指导", "督导", "蹲点")
#: verbs that say what the people counted did, and may stand between them and their
#: number (预备党员转正42名): the people before them are the ones counted
INTRANSITIVE_VERBS = ("转正", "报到", "参训", "参学", "参会", "到岗", "返乡", "结业", "轮训", "亮身份", "亮诺",
                      "到会", "出席", "列席", "缺席", "参评", "参加评议", "参与评议", "参选")
#: what may stand between a head noun and its number (党员共有63人, 的村达到196个)
#: the base of a comparison (比上年净增114.4万名): a clause of these and a change verb
#: names no new noun, so its figure counts what the figure before it counted
COMPARISON_WORDS = ("比上年同期", "较上年同期", "比去年同期", "较去年同期", "比上年末", "较上年末", "比上年",
                    "较上年", "比去年", "较去年", "比前年", "较前年", "比上一年", "较上一年",
                    "比上届", "较上届", "比年初", "较年初", "同比", "环比", "净")
#: check's share: a share named as the highest, lowest or average of many (最高得票率99.1%) has no one part
EXTREME_WORDS = ("最高", "最低", AVERAGE_WORD)
#: check's table sums: how many lines without figures may stand between two rows of one table
#: (an empty row before 合计), when the rows either side have as many cells
TABLE_ROW_GAP = 1
#: check's change: a change that goes down (减少312名，下降2.5%), whose base is the state plus it
DOWN_CUES = ("减少", "下降", "降低", "回落", "缩小", "缩短", "下跌", "减", "降", "少")
#: …the words that may stand between the state, its difference and the rate of change
#: (党员总数12860名，较上年增加312名，增长2.5%), at most this many characters each
CHANGE_GAP = 10
#: a figure after these and the base they name is the difference from it (高于全省平均水平4.1个百分点,
#: 低于全市1200元), not a threshold (高于90%) nor a share of the base (超过党员总数的30%)
ABOVE_BELOW = ("高于", "低于", "超出", "超过")
#: how long that base may be (全市平均水平, 全省农村居民平均水平)
ABOVE_BELOW_BASE = 12
#: a clause whose noun ends so names what its figure measures (发种量达到1.2万张, 储存量为800吨):
#: the figure does not go on from the count before it
QUANTITY_NOUN_ENDS = ("量", "数", "规模")
QUANTITY_LINKS = ("达到", "达", "为", "是", "约", "共", "有", "超过", "突破")
#: after a comparison with a base, these state a difference (比去年同期多12名, 比上年少3个)
MORE_LESS = ("多出", "多", "少", "高出", "高", "低")
#: what may be done more or less than the base (比上年多发展28名)
#: taking people into the Party: a count of people with no noun after them is of members
#: (全年共发展612名; 各学院发展情况如下：机械学院98名, a list this far after its head's colon)
RECRUIT_VERBS = ("发展",)
RECRUIT_LIST_REACH = 40
MORE_LESS_VERBS = ("发展", "培训", "建成", "新建", "举办", "开展", "投入", "吸纳", "选派", "培养")
FILLER_WORDS = ("分别", "共有", "现有", "共计", "总计", "合计", "总数", "数量", "人数", "已达", "达到", "达",
                "共", "有", "为", "的", "是", "“", "”", "\"", "'", "《", "》", "(", ")", "（", "）", " ",
                # a state reached (大棚已发展到320个, 党员发展到120名)
                "已发展到", "发展到", "已",
                # the work done on the things counted, named as a noun (完成活动场所建设15个,
                # 完成软弱涣散村党组织整顿8个)
                "建设", "改造", "提升", "升级", "修缮", "整顿", "整改", "整治", "综合整治", "创建")
#: a bare 万/亿 amount near these is a head count, not money (人口40万)
PERSON_CUES = ("人口", "人", "群众", "居民", "农民", "党员")
#: how far before a bare amount its money cue / person cue is looked for
BARE_MONEY_REACH = 12
BARE_PERSON_REACH = 8
#: the subject of a bare head count (人口40万)
POPULATION_SUBJECT = "人口"
#: the cue of a bare 万 count of members, and the words that count them (党员人数达1.8万)
MEMBER_CUE = "党员"
MEMBER_COUNT_WORDS = ("党员人数", "党员总数", "党员数量", "党员数")

#: a change verb followed by these names a new state, not a difference (提高到144平方米)
CHANGE_TO = ("到", "至", "为", "达")
#: the start of a from-to frame (村由2021年的5个增加到2023年的31个): the noun before it
#: counts the figures inside it, up to this many characters on
FROM_WORDS = ("由", "从")
FROM_REACH = 24
#: how far before its 由/从 the noun of a from-to frame is looked for
FROM_NOUN_REACH = 10
#: before the verb, these make it a new amount (新增投入) rather than a change
NOT_CHANGE_BEFORE = ("新",)
#: nouns that hold a change verb (第一产业增加值15.3亿元): their figure is an amount, no change
CHANGE_NOUNS = ("增加值", "增长率", "增长点", "增长极",
                # …and words that only start like one (累计减贫3.9万户: households lifted out of poverty;
                # 增设座椅80套: things set up, a new amount as 新增 is; 减免费用85万元: the sum waived)
                "减贫", "减免", "增设", "增建", "增配", "增派", "增补", "增开", "增添", "增种", "增挂")
#: upgrading things (改造提升党群服务站点15个): the figure counts what was upgraded, no change
UPGRADE_WORDS = ("改造提升", "整治提升", "整顿提升", "整改提升", "转化提升", "规范提升", "巩固提升", "优化提升",
                 "改建提升", "提升改造", "提档升级")

# --- sentences and clauses ---------------------------------------------------------
SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + ",，、:：…"
QUOTE_PAIRS = {"“": "”", "\"": "\"", "「": "」", "『": "』", "《": "》", "‘": "’"}
#: quoted text up to this length is a name or a slogan: numbers inside it are not claims
SHORT_QUOTE = 12
#: each closing quote's opening one
QUOTE_OPENERS = {close: op for op, close in QUOTE_PAIRS.items()}

# --- where: places and scope words ----------------------------------------------------

#: the generic endings of towns, townships, subdistricts, villages and communities
SUBCOUNTY_SUFFIXES = {"街道": "town", "苏木": "town", "镇": "town", "乡": "town",
                      "社区": "village", "嘎查": "village", "村": "village"}
#: the last characters of division names: none stands inside a town's or village's name
DIVISION_ENDINGS = "省市县区州旗盟"
#: the endings of county-level names, and the noun of villages that may follow one
COUNTY_ENDINGS = ("县", "区", "市", "旗")
VILLAGE_NOUN = "村"
#: lines that open with these are bylines, not titles
#: a date to the day as reports and pages write it (2019-01-30, 2024年5月10日, 2023.8.12):
#: year, month and day captured, with one kind of separator (2023年1-10月 is no day)
DATELINE = (r"(?<![0-9])(?P<y>(?:19|20)\d{2})\s*(?:年|(?P<sep>[-/.]))\s*(?P<mo>\d{1,2})\s*(?(sep)(?P=sep)|月)\s*"
            r"(?P<d>\d{1,2})(?![0-9])\s*日?")
#: the same written in Chinese numerals, as official documents date themselves at the
#: foot (二〇二三年十一月二十日)
CN_DATELINE = (r"([〇零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,2})\s*月"
               r"\s*([一二三四五六七八九十]{1,3})\s*日")
#: a line that dates the report to its month alone, as notices and reports do under their
#: headline or at their foot (（2023年11月）, 二〇二三年十一月)
MONTH_LINE = (r"^(?:(?:日期|时间|发布日期|发布时间|印发日期|成文日期)\s*[:：]\s*)?"
              r"[（(]?\s*(?:((?:19|20)\d{2})|([〇零一二三四五六七八九]{4}))\s*年\s*"
              r"(?:(\d{1,2})|([一二三四五六七八九十]{1,2}))\s*月\s*[)）]?$")
#: the label a paragraph may open with before its first sentence (【概况】, （一）, 二、, 3.):
#: a time right after it still opens the sentence
SECTION_LABEL = (r"^(?:【[^】]{1,10}】|\[[^\]]{1,10}\]|〔[^〕]{1,10}〕|[（(][一二三四五六七八九十0-9]{1,3}[)）]"
                 r"|[一二三四五六七八九十]{1,3}[、.．]|[一二三四五六七八九十]是|[0-9]{1,2}[、.．](?![0-9])"
                 # an interview's turns (问：…答：…)
                 r"|[问答][:：])\s*")
#: the longest such label before a unit's name that opens an item (2. 城关镇党委：…)
ITEM_LABEL_MAX = 6
#: …and what follows a unit that heads its item
ITEM_HEAD_AFTER = ("党委", "党工委", "党总支", "党支部", "委员会", "人民政府", "政府", "：", ":")
#: a line set with a space after every character (全 县 共 有): at least this many single
#: spaces between characters, and this many times as many as characters written together
LETTER_SPACED_MIN = 8
LETTER_SPACED_RATIO = 3
#: a news story's lead-in before its first sentence (本报讯（记者 王芳）, 临汾新闻网讯): a time
#: right after it opens the paragraph
NEWS_LEAD = (r"^(?:本报|[^\s，。,:：]{1,10}?(?:网|台|社|报|电视台|融媒体中心))讯\s*"
             r"(?:[（(][^（）()]{0,24}[)）])?\s*")
#: a speaker's turn in a transcript or an interview (王刚：, 记者：), or a short run-in label
#: (主要做法：): a time right after it opens the sentence
TURN_LABEL = r"^[\u4e00-\u9fff]{2,5}[:：]\s*"
#: a count a share is taken of, after the verb that takes it (占全村总户数的21%)
SHARE_BASE_VERBS = ("占", "超过", "达到", "相当于", "为")
#: what makes a figure rough rather than a bound (3000余万元, 800多亩)
ROUGH_MARKS = "余多"
#: what closes the set a sentence opens with (新一届村党组织书记中，…), and the set itself
FRAME_MARK = "中"
FRAME_SET = rf"(?P<set>[^，,。；;：:0-9]{{2,12}}){FRAME_MARK}[，,]"
#: …and the noun those that hold one count (总户数 counts 户)
COUNT_WORD_NOUNS = {"户数": "户", "总户数": "户", "村数": "村"}
BASE_COUNT_NOUNS = ("人数", "总人数", "总数", "户数", "总户数", "数量", "总量", "村数")
#: the words that join a count to its own share (128名,占61.5%)
SHARE_LINK_WORDS = ("占比", "占", "比例为", "比例达", "占比为", "占比达")
#: the fields of a JSON Lines corpus line that may hold the article's headline and date,
#: kept apart from its text by the crawler that saved it (the first string found is used)
CORPUS_TITLE_FIELDS = ("title", "headline")
CORPUS_DATE_FIELDS = ("date", "pub_date", "publish_date", "publish_time", "pubtime", "time")
#: a news wire's dateline (新华社北京6月30日电, 本报兴县3月2日讯): it names where the story was
#: filed, not what it is about, so its place is no place of the document's
NEWS_DATELINE = (r"(?:新华社|中新社|本报|人民网|新华网|央视网|中新网|光明网|央广网|人民日报|光明日报|经济日报)"
                 r"(?P<at>[^\s，。,:：0-9]{0,12}?)\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:电|讯)")
#: how far into a document its dateline is looked for
NEWS_DATELINE_WITHIN = 600
BYLINE_WORDS = ("记者", "通讯员", "作者", "文/", "文|", "图/", "摄影", "本报讯", "◎")
#: a line that names who speaks or reports: a post, then a name (池河镇党委书记 王建华)
SPEAKER_LINE = (r"(?:书记|县长|镇长|乡长|市长|区长|主任|部长|局长|主席|委员|站长|所长|院长|校长|经理|董事长"
                r"|组长|队长|社长)[\s\u3000]+[\u4e00-\u9fff]{2,4}$")
#: lines with these are notes about the page, not titles
#: a short line with a note word is a byline or a source line, unless it asks a question
QUESTION_MARKS = ("？", "?")
NOTE_WORDS = ("来源", "编辑", "下载", "浏览", "字体", "分享", "当前位置", "发布时间", "阅读", "记者", "通讯员",
              # a WeChat article's own furniture (点击蓝字 关注我们)
              "关注我们", "点击蓝字", "蓝字关注")
#: what a picture's caption opens with (▲ 老县镇锦屏社区新时代文明实践站, 图为…): a short line so is no
#: heading and no headline
CAPTION_LEADS = ("▲", "△", "↑", "图为", "（图为", "(图为", "图片", "摄影")
#: the levels of units, largest first
LEVELS = ("nation", "province", "city", "county", "town", "village")
#: characters that never stand in the name of a town or village (function words,
#: pronouns, measure words, scope words)
SUBCOUNTY_STEM_STOP = ("的了在是和与及对把被为从向到等将已于其这那各该本每个名位户项次期余多有由万亿元"
                       "全我你他她它们之以及或而且并就都也还只又再很最更较共计达约近超"
                       "，,。；;：:、！!？?“”\"'《》()（）【】 \t")
#: stop characters of amounts that stand inside a name where no number comes before them
NAME_NUMBER_CHARS = "万亿元"
#: stop characters that stand inside transliterated names (敖勒召其镇, 其其格嘎查) unless one
#: of these follows them (其中, 其他: a function word there)
NAME_STOP_UNLESS_BEFORE = {"其": "中他它余次实后"}
#: words that open a clause about the rest of a set whose members were just named
#: (其中金岗村46万元、东坝村38万元，其余6个村均超过15万元): the rest belong to the set's holder
REST_WORDS = ("其余", "其他", "剩余", "余下", "另外")
REST_REACH = 16
#: a stem that opens with an ordinal (第二届村党组织书记, 第三批村) counts rounds: no name
ORDINAL_STEM = "第"
ORDINAL_STEM_DIGITS = "0123456789一二三四五六七八九十"
#: the words around a unit named as an example of those counted (像明星村这样的示范村): no place
EXAMPLE_BEFORE = ("像", "如同", "类似")
EXAMPLE_AFTER = ("这样", "一样", "那样", "这类", "式的")
#: …of which these are also common names, which a village is where the text puts it in its town
#: (池河镇明星村; 红旗村, 五星村)
NAME_LIKE_KINDS = ("明星", "红旗", "五星", "文明", "模范", "团结", "先进")
#: stems (the part before 村/镇/乡 …) that describe a kind of village, not one village:
#: a word ending in one of these is no place (空壳村, 一类村, 示范村, 软弱涣散村, 百万强村)
NON_PLACE_STEMS = ("空壳", "一类", "二类", "三类", "四类", "男性", "女性", "贫困", "示范", "重点", "薄弱",
                   "软弱涣散", "涣散", "先进", "后进", "脱贫", "边境", "边远", "集体经济", "试点", "美丽",
                   "文明", "宜居", "生态", "特色", "中心", "行政", "自然", "新型", "强", "弱", "千头",
                   "万头", "百万强", "十强", "省级", "市级", "县级", "乡级", "镇级", "村级", "星级",
                   "易地搬迁", "搬迁", "安置", "城市", "农村", "城中", "城郊", "近郊", "远郊", "郊区",
                   "少数民族", "民族", "传统", "历史文化", "旅游", "产业", "电商", "淘宝", "明星",
                   "经济强", "经济薄弱", "问题", "后进", "整顿", "各", "单", "一个", "两个", "原",
                   "周边", "邻近", "相邻", "附近", "本地", "外地", "当地", "基层", "城关区域",
                   "“一类”", "“二类”", "“三类”", "首批", "第一批", "第二批", "其他", "其余", "所有",
                   "优秀", "先进", "模范", "标杆", "样板", "典型", "红旗", "五星", "四星", "三星",
                   "边缘", "城边", "偏远", "山区", "库区", "林区", "牧区",
                   "居住地", "所在地", "户籍地", "居住", "驻地", "辖区", "属地",
                   # kinds and qualities of units, said of any (广大村民, 老旧社区改造, 红色村组)
                   "广大", "老旧", "红色", "标准化", "兄弟", "沿线", "沿河", "沿江", "沿边", "全体",
                   # quantifiers: some of the villages, not one (一些村党组织书记年龄偏大)
                   "一些", "有的", "个别", "少数", "多数", "大多数", "不少", "许多", "很多", "这些", "某些")
#: a town or village ending followed by one of these is part of a longer word (乡村, 村庄)
SUBCOUNTY_NOT_BEFORE = {"乡": "村镇里亲土愁贤间下", "镇": "村街", "村": "庄落寨级务组规",
                        "社区": "化", "街道": "办"}
#: the endings of a town's or village's name inside a noun phrase (该镇大坪村流转土地), and what never
#: follows one there (村民, 村委, 镇政府, 乡党委 are nouns of their own; 村内 a place in one)
UNIT_NAME_ENDINGS = "村镇乡"
UNIT_NAME_NOT_BEFORE = "民委政党干集内外里中均"
#: …nor ends one of these (乡村旅游收入, 城乡居民)
UNIT_COMPOUNDS = ("乡村", "城乡", "镇村", "村镇", "城镇", "乡镇", "农村")
#: …unless the word goes on so (屯头村组织评选: 组织, not 村组; 王庄村规划: 规划, not 村规民约)
SUBCOUNTY_NOT_BEFORE_UNLESS = {"村组": "织", "村规": "划"}
#: …except these, where a town the document names elsewhere stands too (槐芽镇村集体经济)
SUBCOUNTY_WEAK_BEFORE = {"镇": "村"}
#: what, right after a town or village name at a clause's start, shows it is one
UNIT_FOLLOWERS = ("党支部", "党总支", "党委", "两委", "“两委”", "‘两委’", "\"两委\"", "村委", "居委",
                  "村民委员会", "党群服务",
                  "位于", "地处", "坐落", "是", "有", "现有", "共有", "辖", "总面积", "全村", "全镇",
                  "全乡", "人口", "收入")
#: what, just before a town or village name, shows it is one (在中堰村, 走进马蒲滩村)
UNIT_LEADERS = ("在", "到", "走进", "来到", "深入", "前往", "赴", "位于", "地处", "家住", "住在", "来自",
                "地处", "其中", "家乡", "老家",
                # an interview's headline (——访柴坪镇党委书记周军, 专访城关镇党委书记)
                "专访", "访",
                # an example, a source (如洞河镇…, 以洞河镇为例, 据洞河镇党委书记介绍, 特别是洞河镇)
                "如", "像", "据", "以", "特别是", "尤其是", "比如", "例如", "譬如",
                # a body inspected or visited (巡察城关镇党委, 调研石门镇)
                "巡察", "巡视", "督查", "视察", "考察", "调研")
#: verbs and adverbs that come before the generic 村/社区 (推动村集体经济, 实施农村…):
#: a "stem" that is one of these is no name
VERB_STEMS = ("推动", "引导", "盘活", "实施", "带动", "通过", "实现", "实行", "紧抓", "打击", "扎实", "帮助",
              "覆盖", "落实", "收回", "创办", "创建", "走出", "发挥", "挖掘", "制定", "巩固", "铲除", "进入",
              "切实", "领办", "流转", "加强", "强化", "提升", "推进", "促进", "指导", "支持", "服务", "规范",
              "完善", "建立", "建设", "打造", "培育", "发展", "壮大", "选派", "派驻", "下沉", "深入", "走访",
              "帮扶", "结对", "包联", "联系", "优化", "整合", "统筹", "保障", "管理", "治理", "开展", "推行",
              "探索", "创新", "全面", "充分", "不断", "持续", "积极", "努力", "大力", "着力", "重点",
              "新任", "所有", "部分", "新一届",
              # building verbs (新建社区食堂: no community named 新建社区)
              "新建", "改建", "扩建", "组建", "共建", "筹建", "兴建", "修建", "搭建", "援建", "捐建", "重建",
              "担任", "兼任", "出任", "当选", "选举", "产生", "选出", "完成",
              "增加", "直接", "利用", "大学生", "先后", "逐步", "进一步",
              "举办", "举行", "组织", "召开", "开设", "培训", "慰问", "表彰", "评选", "办理", "设立", "成立",
              "组建", "选拔", "选聘", "招募", "引进", "回引", "排查", "化解", "解决", "调整", "配强", "配齐",
              "带领", "引领", "动员", "发动", "率领", "号召", "牵头", "依托", "围绕",
              # helping and urging (协助村党支部规范…: the generic village's)
              "协助", "督促", "配合", "协调", "鼓励", "助力", "对接", "推荐", "考核",
              "高度", "重视", "关注", "关心",
              # hiring (2024年公开招聘社区工作者公告)
              "公开", "招聘", "招录", "招考")
#: the last character of a "stem" that makes 村/社区 the generic word (农村, 驻村, 强村)
STEM_LAST_STOP = {"村": "农驻联进入到全各每该本一两建帮扶包贫弱下回返出离治管抓归让",
                  "社区": "住进到入该各让领办", "镇": "乡城村联", "乡": "城下回返"}
# 嘎查 and 苏木 (Inner Mongolia's villages and towns) stand where 村 and 乡 stand
STEM_LAST_STOP["嘎查"] = STEM_LAST_STOP["村"]
STEM_LAST_STOP["苏木"] = STEM_LAST_STOP["乡"]
#: the same for slogans (产业兴村, 党建强村, 共同富村): a stem of three characters or more
#: ending in one of these; two (长兴村, 富强村, 新兴村, 秀美村) are names
SLOGAN_STEM_LAST = {"村": "兴强富美"}
#: development zones named by the division that holds them (宝鸡高新区, 眉县经济开发区): a
#: unit one level below that division, never one of the table's
ZONE_SUFFIXES = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区")
#: division names that are also everyday words: only a place when a chain names them (阳泉市城区)
GENERIC_DIVISIONS = ("城区", "郊区", "新区", "矿区", "市中区", "东区", "西区", "南区", "北区", "中区")
#: a division's generic ending followed by one of these is another word (市场, 县域, 省级)
DIVISION_NOT_BEFORE = {"市": "场民值级面况", "区": "域间别块级分", "县": "域级", "省": "级份心钱力",
                       "州": "级", "旗": "帜舰"}
#: words ending with the one-character stem of a county (振兴县域, 高温县): for
#: each stem, the characters that make a word with it when they stand before it
ONE_CHAR_STEM_WORDS = {"兴": "振复新高时即助尽勃乘败", "温": "高低保气水体升降恒常室",
                       "和": "平柔缓祥共总随暖温饱", "寿": "长福万祝高增", "礼": "典婚葬敬献非",
                       "单": "简名订账菜清孤", "沛": "充丰", "丰": "高大五", "曹": "吏"}
#: scope words and the level of the document's unit they stand for (全县 → its county)
SCOPE_WORDS = {
    "全国": "nation", "全党": "nation", "全省": "province", "全区": "county", "全市": "city",
    "全州": "city", "全盟": "city", "全县": "county", "全旗": "county", "全镇": "town", "全乡": "town",
    "全街道": "town", "全村": "village", "全社区": "village",
    "我省": "province", "本省": "province", "该省": "province", "我市": "city", "本市": "city",
    "该市": "city", "我州": "city", "我县": "county", "本县": "county", "该县": "county", "县里": "county",
    "我区": "county", "本区": "county", "该区": "county", "我旗": "county", "我镇": "town",
    "本镇": "town", "该镇": "town", "镇里": "town", "我乡": "town", "本乡": "town", "该乡": "town",
    "我村": "village", "本村": "village", "该村": "village", "村里": "village", "全村上下": "village",
    "我社区": "village", "该社区": "village", "本社区": "village",
    # as people say them in quoted words (“我们村有茶园3800亩…”)
    "我们村": "village", "咱们村": "village", "咱村": "village", "俺村": "village", "我们镇": "town",
    "我们社区": "village",
}
#: how far after a quote's close its speaker's unit may be named (“…”五龙山村党支部书记张强说)
SPEAKER_REACH = 24
QUOTE_OPEN = "“"
QUOTE_CLOSE = QUOTE_PAIRS[QUOTE_OPEN]
#: a level's character and the purse it pays from, standing alone (区财政每年安排…), name
#: the document's unit of that level, as 全区 does; (a committee, 县委, is more often named
#: than acting: 响应市委、县委的号召)
ORGAN_LEVELS = {"省": "province", "市": "city", "州": "city", "县": "county", "区": "county", "旗": "county",
                "镇": "town", "乡": "town"}
ORGANS = ("财政", "级财政")
ORGAN_SCOPES = {c + o: level for c, level in ORGAN_LEVELS.items() for o in ORGANS}
#: …only at a clause's start or after these (由县财政统筹): after a name (石泉县委) it is that name's
ORGAN_SCOPE_AFTER = "由和与及经在从并向对"
#: the characters that, before 全, make a word of it (健全村 is no 全村)
#: a unit right after these, after another unit, is that one's partner (宁陕县与吴中区签订…):
#: the figure is the first unit's
PARTNER_WORDS = "与同"
#: a county-level city's name ends so (旬阳市); its own scope words are a city's (全市, 我市)
COUNTY_CITY_ENDING = "市"
#: all the units of a level at once (各村, 所有社区, 全部乡镇): a figure about them is about the
#: unit that holds them, never about one of them named before
EACH_WORDS = ("各", "所有", "全部", "每个")
EACH_UNITS = {"行政村": "village", "村": "village", "社区": "village", "村（社区）": "village",
              "村(社区)": "village", "乡镇": "town", "镇": "town", "乡": "town", "街道": "town",
              "镇街": "town", "县区": "county", "区县": "county", "县": "county", "县（市、区）": "county",
              "嘎查村": "village", "嘎查": "village", "苏木镇": "town", "苏木": "town"}
SCOPE_NOT_AFTER = "健完安齐周保成两万十顾求俱不"
#: after these, a scope word names the level of an honour or a model, not where a figure
#: holds (被评为全国文明村, 培育全国党建工作样板支部3个, 争创全省先进)
RANK_VERBS = ("评为", "荣获", "获评", "获得", "获", "入选", "命名为", "授予", "确定为", "列为", "培育", "创建",
              "争创", "创成", "打造", "成为", "跻身")
#: after a place's name, these make it an organisation's (沧州市委主要领导): no paragraph's topic
ORG_AFTER = ("委", "政府", "人大", "政协", "组织部", "宣传部", "纪委", "公安", "法院", "检察院", "日报", "电视台",
             "新闻", "融媒", "财政", "党校", "人民医院", "中学", "小学")
#: what stands before a unit that opens a clause of its own in a paragraph going through
#: units in turn (…：乔庄镇白家村书记讲述…；木鱼镇青龙村书记介绍…)
TURN_OPENERS = "。！？!?；;：:"
#: a headline with these names a party statistics bulletin: the people it counts, by
#: occupation or age (工人18.6万名, 农牧渔民72.4万名), are party members
#: (民主评议党员结果的通报: the people rated, 评定为优秀的218名, are members too)
MEMBERS_BULLETIN_WORDS = ("党内统计公报", "评议党员", "党员评议")
#: …and a headline about taking members in: its counts of people that name no one else are of
#: the members taken in (2023年全县发展党员工作情况分析: 35岁及以下的128名)
RECRUIT_REPORT_WORDS = ("发展党员",)
#: a document that names no place and speaks of these is about the whole country (a
#: national statistics bulletin)
NATIONAL_WORDS = ("全国", "全党", "中国共产党党内统计公报", "党内统计公报", "中共中央组织部")
#: how far into a text a bulletin's name (党内统计公报) makes it the nation's, where no scope word
#: of a smaller unit (全省, 全市) stands as far
NATIONAL_NAME_REACH = 400
#: after a place, these make it a body giving aid where the figure holds (吴江区援建的香菇产业园
#: in 丹凤县棣花镇: the figure is the town's), also after an adverb (还, 已, 先后)
AID_VERBS = ("援建", "捐建", "捐赠", "援助", "支援", "对口支援", "对口帮扶")
AID_ADVERBS = ("还", "已", "先后", "累计", "共", "共同")
#: before a place, these make it where a body's aid goes (集团结对帮扶甘南县8个村): a story
#: about the body is not about that place
AID_TO = ("帮扶", "结对", "支援", "援助", "援建", "对口")
#: after a place and 的, these make it whose people they are (温县的同志): not the figure's place
POSSESSED_PEOPLE = ("同志", "干部", "领导", "代表", "考察团", "代表团", "客人", "专家", "企业", "群众")
#: verbs after which a place only locates the subject (抱板村位于…大田镇, 东邻桂阳县)
LOCATIVE_WORDS = ("位于", "地处", "坐落于", "坐落在", "地跨", "隶属于", "隶属", "毗邻", "紧邻", "东邻",
                  "西邻", "南邻", "北邻", "东临", "西临", "南临", "北临", "东连", "西连", "南连", "北连",
                  "东接", "西接", "南接", "北接", "东与", "西与", "南与", "北与", "交界", "相邻", "接壤",
                  "距离", "距", "离")
#: before these, a scope word names the level of an honour (全国优秀共产党员, 全省劳动模范)
HONOUR_WORDS = ("优秀", "先进", "模范", "劳动模范", "劳模", "道德模范", "五一", "三八红旗", "最美", "十佳",
                "百佳", "百强", "文明")
#: ... and these end an honour's name a few words on (全国党建工作示范高校, 全省乡村治理
#: 示范村, 全国脱贫攻坚先进集体), where no verb stands between (全县建成示范点 is the county's)
HONOUR_NAME_WORDS = ("示范", "样板", "标杆", "标兵", "红旗", "五星", "先进", "优秀", "模范", "文明", "百强")
#: how many characters of a name's other words may stand between the scope word and them
HONOUR_NAME_GAP = 6
#: after these, a scope word names the base of a comparison, not where a figure holds
#: (高于全县平均水平0.6个百分点: the figure is the town's)
COMPARED_TO = ("高于", "低于", "超过", "超出", "比", "较",
               # (分别占全县的11.8%: the whole the share is of)
               "占", "占到")
#: right after a place, these make it a comparison's frame, not the figure's place (大田镇最大的)
FRAME_AFTER = ("最", "第一", "之一", "前列", "排名", "率先")

# --- when: years, periods and relative years ---------------------------------------------

#: relative year words and their offset from the year they are relative to
#: (the report's year; 来年/次年/翌年/同年/当年 relative to the year just named)
RELATIVE_YEARS = {"今年": 0, "本年": 0, "本年度": 0, "今年度": 0, "这一年": 0, "去年": -1, "上年": -1,
                  "上一年": -1, "上年度": -1, "过去的一年": -1, "过去一年": -1, "前年": -2, "明年": 1,
                  # the year after the one a review looks back on (see NEXT_YEAR_WORDS)
                  "新的一年": 1, "新一年": 1,
                  # a month's report's months: its year (see LAST_MONTH_WORDS)
                  "本月": 0, "当月": 0, "上月": 0, "上个月": 0}
#: the year after the one reviewed: in a review dated January or February, the report's own
NEXT_YEAR_WORDS = ("新的一年", "新一年")
#: the month before the report's: in a report dated January, in the year before
LAST_MONTH_WORDS = ("上月", "上个月")
#: relative to the year the text has just named
ANAPHORIC_YEARS = {"当年": 0, "同年": 0, "该年": 0, "那一年": 0, "来年": 1, "次年": 1, "翌年": 1, "第二年": 1}
#: the present opening a paragraph of a story told in years (如今，…)
#: the present set against a past just told (如今, 而今): no year told before it holds for it
CONTRAST_NOW = ("如今", "而今", "现如今", "时至今日")
NOW_OPENERS = ("如今", "现在", "眼下", "时至今日", "而今", "今天", "目前")
#: the present: the report's own year
NOW_WORDS = ("截至目前", "截止目前", "截至当前", "截止当前", "到目前为止", "目前", "当前", "现在", "如今", "至今")
#: …of which these state what holds as of the report's day, as 截至2023年底 does: opening a
#: paragraph they govern it (截至目前，全县…。其中，收入50万元以上的村19个)
ASOF_NOW_WORDS = ("截至目前", "截止目前", "截至当前", "截止当前", "到目前为止")
#: periods that start at an event: the year it started
ERA_YEARS = {"十六大": 2002, "十七大": 2007, "十八大": 2012, "十九大": 2017, "二十大": 2022,
             "新时代": 2012, "改革开放": 1978, "新中国成立": 1949, "脱贫攻坚": 2013, "精准扶贫": 2013,
             "乡村振兴战略实施": 2018}
#: what ends a period that runs up to the report's own time (十三五以来)
SINCE_ENDINGS = ("以来",)
#: the centuries a decade is named in (上世纪90年代 → the 1990s), as the hundred its years start from;
#: a decade named alone is of the last century from the fifties on (80年代), else of none
CENTURIES = {"上世纪": 1900, "上个世纪": 1900, "20世纪": 1900, "二十世纪": 1900,
             "本世纪": 2000, "21世纪": 2000, "二十一世纪": 2000}
BARE_DECADE_FROM = 50
#: five-year plans: (first year, last year)
PLAN_YEARS = {"十一五": (2006, 2010), "十二五": (2011, 2015), "十三五": (2016, 2020),
              "十四五": (2021, 2025), "十五五": (2026, 2030)}
#: words that make a year the base of a comparison (较2021年增长): the start of a change
BASE_WORDS = ("较", "比", "同比", "相比", "与")
#: relative years after a comparison word: the base of a change (比上年净增)
#: a multiple of a figure of another time (是2021年的4倍, 相当于2020年的2.5倍): that time is a base
MULTIPLE_OF = r"的?\s*(?:[0-9.]+|[一二两三四五六七八九十]+)\s*倍"
#: what stands between a comparison's base and the base's own figure (比2022年的8520人)
BASE_FIGURE_LINKS = ("的", "")
BASE_RELATIVE = {"上年": -1, "去年": -1, "上一年": -1, "前年": -2, "上年度": -1, "上年同期": -1}
#: Chinese digits as they write a year (二〇一九年, 二零一九年), in value order
YEAR_DIGITS = "〇" + "".join(c for c, v in NUMERAL_VALUES.items() if v and c != "两")
#: the time expressions, one regular expression a kind, tried in this order at each
#: place. ``{year:NAME}`` stands for a year in digits or Chinese numerals followed by
#: 年, captured as NAME; ``{month}`` for a month (and day); ``{n}`` for a count of
#: years; ``{plan}``, ``{era}``, ``{base}``, ``{base_relative}``, ``{relative}``,
#: ``{anaphoric}`` and ``{now}`` for the word lists above (longest first), ``{bare}`` for
#: ``BARE_YEAR_FOLLOWERS``
TIME_PATTERNS = [
    ("plan", r"[“\"]?(?P<plan>{plan})[”\"]?(?:期间|时期|以来|规划期内?)"),
    # …also past the event it names (脱贫攻坚战打响以来, 党的十八大召开以来)
    ("era", r"(?:党的)?(?P<era>{era})(?:{since_gap}{0,6}?以来|来|后)"),
    # (an academic year, 2023—2024学年, runs into its second year)
    ("range", r"{year:y1}?\s*(?:至|到|-|—|－|~|～)\s*(?:{year:y2}|{digits:y2s}\s*学年)"),
    ("base", r"(?:{base})\s*{year:yb}"),
    ("rbase", r"(?:{base})\s*(?P<rb>{base_relative})"),
    ("since", r"(?:自|从)?{year:ys}(?:初|底|末|中)?(?:以来|来|起|至今|开始|以后|(?:到|至)(?:现在|目前|当前|今天))"
              # …also past a month and the event it dates (自2022年3月活动开展以来, 2021年换届以来,
              # 2022年5月以来, 2023年3月起)
              r"|(?:自|从)\s*{year:ys2}(?:{month})?(?:初|底|末|中)?{since_gap}{0,10}?(?:以来|至今)"
              r"|{year:ys3}(?:{month}{since_gap}{0,4}?(?:以来|至今|起|开始)|{since_gap}{1,4}?以来)"),
    ("asof", r"(?:截至|截止|截止到|到)\s*{year:ya}(?:{month})?(?:底|末)?"),
    ("year", r"{year:y}(?!代|龄|级|轻|限|内|均|薪)(?P<dated>{month}|初|底|末|上半年|下半年)?"),
    # a decade (上世纪90年代, 八十年代末): a range of its years; not a cohort born in one (80年代出生的)
    # (从上世纪80年代开始: a period from it up to now)
    ("decade", r"(?P<dfrom>[从自])?(?P<century>{century})?(?P<dec>[1-9]0|[一二三四五六七八九]十)\s*年代(?:初|中|末)?期?"
               r"(?P<dsince>开始|以来|起|至今)?(?!出生|生|后)"),
    # an anniversary of a founding (建党103周年, 新中国成立75周年): a year, by ANNIVERSARIES
    ("anniv", r"(?P<an>[0-9]{1,3}|[一二三四五六七八九十百]{1,4})\s*周年"),
    # a bare year before a verb (2019召开), or opening a table's row (2022\t9118\t520)
    ("bare", r"(?<![0-9.])(?P<yy>19[89]\d|20[0-3]\d)(?=[{bare}])|(?<![^\n])(?P<yy_row>19[89]\d|20[0-3]\d)(?=\t)"),
    # a year counted back from the report's (十年前, 3年前): relative, as 前年 is
    ("ago", r"(?<![0-9.])(?P<ago>{n})年(?:以)?前(?![夕后])"),
    ("period", r"(?P<near>近)?(?P<pn>{n})(?P<many>多)?年(?P<more>多)?(?:来|间|以来)|近(?P<pn2>{n})年"
               r"|过去的?(?![一1]年)(?P<pn3>{n})年"),
    ("vague", r"近年来|近年|多年来|近些年|这些年来|历年来|这几年来|这几年|近几年来|近几年|几年来|几年间|这些年"
              r"|这两年来|这两年"
              # since the last election, whose year the text does not give (换届以来): up to now
              r"|换届以来|本届以来|新一届以来"),
    # since a year named relative to the report's (去年以来): a period from that year
    ("rsince", r"(?P<rs>{relative})(?:以来|至今)"),
    ("relative", r"{relative}"),
    ("anaphoric", r"{anaphoric}"),
    ("now", r"{now}"),
    # a month, or months from one to another (1至9月: as of the last)
    ("undated", r"(?<![0-9年])(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})(?:至|到|-|—|－|~|～))?"
                r"(?P<mo>[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}日|份|中旬|上旬|下旬|初|底)?"
                r"|[“\"]?(?:七一|五一|十一|国庆|春节|元旦)[”\"]?(?:期间|前后|前夕|当天)"
                r"|(?P<part>{year_part})"),
]
#: parts of a year named without it (上半年, 前三季度): the month each starts in (a part
#: that starts after the report's own month is of the year before)
#: the whole of a year not named (全年召开12次, 一年来): in a figure's sentence with no other
#: time, the report's year, or the year before in a report written in its first two months
WHOLE_YEAR_WORDS = ("全年", "年内", "本年度", "一年来")
WHOLE_YEAR_LOOKS_BACK_TO = 2
#: the year past said as a period (一年来,…): it governs as the report's own year does
WHOLE_YEAR_TIMES = ("一年来", "一年以来")
#: the year a report is about, said as its own (本年度新收申请1件): in a review dated early
#: in the next year, the year before the date
REPORTED_YEAR_WORDS = ("本年度", "今年度")
YEAR_PARTS = {"上半年": 1, "下半年": 7, "一季度": 1, "第一季度": 1, "二季度": 4, "第二季度": 4,
              "三季度": 7, "第三季度": 7, "前三季度": 1, "四季度": 10, "第四季度": 10}
#: what ends an anniversary's time (建党103周年)
ANNIVERSARY_WORD = "周年"
#: the foundings whose anniversaries date a text (庆祝建党100周年 → 2021), and how far
#: before the count their words are looked for
ANNIVERSARIES = {"建党": 1921, "中国共产党成立": 1921, "党的成立": 1921, "党成立": 1921, "新中国成立": 1949,
                 "中华人民共和国成立": 1949, "建国": 1949, "改革开放": 1978}
#: what may stand between a period's first year and its 以来 (the event it dates): no mark, digit or space,
#: but a quoted name, counted as one (自2021年启动“双培双带”行动以来)
SINCE_GAP = r"(?:[^\s，。；,;：:、0-9“”\"（）()]|“[^\s，。；,;：:、0-9“”]{1,8}”)"
#: the pieces ``TIME_PATTERNS`` are made of
TIME_MONTH = r"(?:的)?\s*(?:[0-9]{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?(?:\s*[0-9]{1,2}\s*日)?"
TIME_YEAR_COUNT = r"[0-9一二两三四五六七八九十]{1,3}"
#: characters a time expression may also start with, beyond digits and the words' first
#: characters (自2019年, 截至, 近三年, 多年来, 这些年来, 历年来, 几年来, 党的, 七一, 国庆, 春节, 元旦)
TIME_FIRST_CHARS = "0123456789“\"十两自从截到近多这历几党七五十国春元上下一二三四前第换本新"
#: words that stand near every time expression (with 年 and 月): the pattern is tried near them only
TIME_CUE_WORDS = ("期间", "前后", "前夕", "当天", "以来", "时期", "季度")
#: a bare year (2019召开) is a year when one of these follows it (or a headline's bar or
#: dot: 数说2023｜某县组织工作成绩单, 2023·回眸)
BARE_YEAR_FOLLOWERS = "召举启开成建实印出获被在时起以来｜|丨·"
#: words before a year that put it in the future or make it a target (展望2025年, 到2025年)
#: words that make a month named without its year one still to come (下半年，将开展…;
#: 计划培训…): in a report written before it, that month is of the report's year
PLAN_WORDS = ("将", "计划", "拟", "力争", "预计", "准备", "打算")
#: how far after a list of units its 分别 may stand in the same clause (…街道收入分别为…)
RESPECTIVE_AFTER_LIST = 10
#: nouns of the units below each level: after a unit, 的 and one of these ending a clause
#: (棣花镇是丹凤县的农业大镇，) make the unit a description of the sentence's subject
LOWER_UNIT_NOUNS = {"province": ("市", "县", "区", "镇", "乡", "村"), "city": ("县", "区", "镇", "乡", "村"),
                    "county": ("镇", "乡", "村", "社区", "街道"), "town": ("村", "社区")}
DESCRIBED_REACH = 6
#: the levels whose scope word (全省, 全市) a document that never names its unit may imply by
#: the divisions it names, all in one
IMPLIED_LEVELS = ("province", "city")
#: a headline that names a plan: the years it names are to come, not the report's own
PLAN_TITLE_WORDS = ("方案", "规划", "计划", "要点", "打算", "行动", "意见", "目标")
#: right after a time, a deadline (10月20日前完成): a time to come, as a plan's is
DEADLINE_MARKS = ("前", "之前", "以前", "底前", "中旬前", "上旬前", "下旬前")
#: words that turn a sentence to what is still to be done: no year of another paragraph is its
NEXT_STEP_WORDS = ("下一步", "下步", "下一阶段", "今后", "未来")
FUTURE_WORDS = ("展望", "预计", "计划", "力争", "争取", "目标", "到", "至", "将于", "预期", "规划")
#: …which a comma may part from the time it looks to (按照计划，到2025年底)
FUTURE_COMMAS = "，, "
#: words in a claim's clause that make it an amount built up over a period
#: (先后投入, 累计建成): a period carried from an earlier sentence gives it year_from
CUMULATIVE_CUES = ("先后", "累计", "共计", "合计", "陆续", "新建", "建成", "培育", "培树", "解决", "发展",
                   "检视", "整改", "形成", "清理", "排查", "受理", "调解", "办理", "查处", "立案", "收集",
                   "征集", "走访",
                   "选派", "回引", "培训", "举办", "开展", "化解", "铲除", "投资", "投入", "整合", "争取",
                   "新增", "打造", "创建", "召开", "表彰", "整顿", "消除", "改造", "筹措", "拨付", "完成", "实施")
#: 从A提高到B: the verbs of a change from one state to another
FROM_TO_VERBS = ("提高", "增加", "增长", "扩大", "提升", "上升", "下降", "减少", "降低", "缩小", "缩短", "发展")
#: after a year, these make it the bound of a time before it (2015年以前): it holds for its
#: sentence, never for the report
BEFORE_WORDS = ("以前", "之前", "前")
#: in a year's sentence, these make the year an event's (2010年,新田县被省委评为先进县):
#: it holds for that sentence only, never for the report
EVENT_WORDS = ("评为", "授予", "确定为", "列为", "荣获", "获评", "获得", "入选", "命名为",
               # …and a person's milestones (2021年换届时当选为村党支部书记, 1998年入党)
               # (not 入党, inside 投入党建; not 担任, what people sent do)
               "当选", "出生", "加入中国共产党", "参加工作")
#: a paragraph's leading words before its time phrase (然而2022年的4月, 据…介绍,在去年的…中)
TIME_LEADERS = ("然而", "但是", "同时", "此外", "其中", "而", "在", "自", "从", "于", "到", "截至", "截止",
                "经过", "随着", "进入", "回眸", "回顾", "纵观", "据")
#: times of no year that open a news story's sentence before what it reports (近日，记者从…获悉，
#: 2023年度…): the time after them opens the sentence still
VAGUE_TIME_OPENERS = ("近日", "日前", "近期", "近来", "最近", "前不久", "连日来", "今天", "昨天")

# --- check: how reports relate their numbers -----------------------------------------

#: measure words that count kinds, not things (5种, 3类): never the base of things
KIND_MEASURES = ("种", "类", "方面", "大类")
#: categories of people that can be shares of one another (女性委员 of 委员 …)
SHARE_COMPATIBLE = frozenset({"people", "party_members"})
#: counts of people that are one per village or organisation (书记 of each village)
ONE_PER_UNIT = ("书记", "主任", "一肩挑", "负责人", "带头人", "第一书记")
#: before a count, these make it a total the report states once and uses throughout
TOTAL_CUES = ("共有", "总数", "总计", "合计", "共计", "全县", "全市", "全省", "全区", "全镇", "全村", "全国",
              "现有", "辖")
#: a table's row whose first cell is one of these holds the totals of the rows it closes
#: (or opens, when it comes first)
TOTAL_ROW_LABELS = ("合计", "总计", "共计", "总数", "全县", "全市", "全区", "全镇", "全乡", "全省", "全旗")
#: a row of subtotals: a table that has one is summed in ways a check cannot tell
SUBTOTAL_ROW_LABELS = ("小计",)
#: a clause that only states a total (全县所有党员，共计2.1万名)
TOTAL_CLAUSE_WORDS = ("共", "合计", "总计", "共计", "一共", "总共", "共有")
#: a clause of only these before a count of people states the people of a clause before it
#: in its sentence, this many clauses back at most (全县党员较2020年翻了一番，达到1200名)
STATE_CLAUSE_WORDS = ("达到", "达", "增至", "增加到", "增长到", "上升到", "提高到", "突破", "超过")
STATE_CLAUSES_BACK = 2
#: an age bound right after a measure word says which people are counted (1名35岁以下党员)
AGE_MODIFIER = r"[0-9]{1,3}周?岁(?:及?以[上下])?的?"
#: before a count that ends a list, these make it the sum of the list (A个、B个,共C个)
SUM_WORDS = ("共", "合计", "总计", "共计", "一共", "总数", "总共")
#: check: the nouns a total named by its own noun may hold parts of every kind under (共有党组织509个)
SUM_COVER_NOUNS = ("党组织", "基层党组织", "党员", "人员", "干部", "人才", "村", "行政村", "村（社区）", "社区（村）",
                   "项目", "资金", "活动", "场所", "阵地", "设施", "企业", "单位", "组织", "群众", "人")
#: how many characters may stand between the parts of a stated sum, and before its total
SUM_GAP = 12
#: the marks that start an item of a list of parts, and the words that may end an item's
#: name before its figure (中央资金500万元, 省级资金达400万元)
ITEM_MARKS = "、，,；;：:"
ITEM_FILLERS = "为达共计约近有"
#: words of parts that together make their whole (连任 and 新进 members of a committee)
COMPLEMENTS = (("男", "女"), ("连任", "新进"), ("连任", "新任"), ("留任", "新任"), ("新建", "改扩建"),
               ("城镇", "农村"), ("在职", "退休"), ("正式党员", "预备党员"))
#: a rate this many times the same rate elsewhere in its document is out of line
MAGNITUDE_RATIO = 100.0

# --- web pages: the names of blocks ---------------------------------------------------

#: words in a block's class or id that mark page furniture (a whole word of the name:
#: nav, menu, crumbs, share-bar, related, comment …); never "left" or "right",
#: which pages use for the column that holds the article
HTML_NOISE_NAMES = ("nav", "navi", "navbar", "menu", "topnav", "topbar", "header", "top", "footer", "foot",
                    "bottom", "copyright", "copy", "crumbs?", "bread", "breadcrumbs?", "location", "position",
                    "path", "sidebar", "side", "share", "sharing", "social", "comments?", "reply", "related",
                    "relate", "recommend", "hot", "rank", "ranking", "tags?", "toolbar", "tools?", "print",
                    "pager", "pages", "pagination", "prev", "next", "login", "search", "qr_code", "qrcode",
                    "ads?", "advert", "banner", "logo", "bmnav", "titlelist", "rich_media_tool",
                    "rich_media_meta_list", "meta_content", "js_toobar3", "info", "detail-info",
                    "article-info", "source", "friendlink", "links")
#: words in a block's class or id, or labels in its text, that mark a page's publication
#: line (发布时间：2024-05-20): its date is kept as a line under the heading, as the
#: document's own date, though the line is furniture
HTML_DATE_NAMES = ("info", "time", "date", "pubtime", "publish", "attr", "source", "meta")
HTML_DATE_LABELS = ("发布时间", "发布日期", "发表时间", "发表日期", "日期", "时间")
#: a date followed by its weekday is a newspaper's masthead (2024年5月10日 星期五 第03版)
HTML_DATE_WEEKDAY = ("星期", "周一", "周二", "周三", "周四", "周五", "周六", "周日")
#: words in a block's class or id that mark the article itself
HTML_CONTENT_NAMES = ("content", "article", "article-content", "article-body", "main-content", "detail",
                      "detail-con", "zoom", "ozoom", "js_content", "rich_media_content", "trs_editor",
                      "custom_unionstyle", "news_content", "newscontent", "con", "cont", "text", "txt",
                      "post", "entry", "story", "body-text", "ctn")

# --- page furniture --------------------------------------------------------------
# Page furniture is judged by the span it occupies, never by the line it shares:
# a line (or a whole flattened article) that also holds a source note keeps its claims.

#: patterns of the spans of page furniture: bylines, sources, copyright, download
#: notes, counters, phone numbers, issue lines, navigation. Each match is dropped
#: with whatever it covers; they stop at a clause mark or a space, so the text
#: after a source note on the same line is read.
_NOTE = r"[^\s。,，;；|｜!！?？]"          # a character of a short note (a name, a source)
FURNITURE_PATTERNS = (
    r"(?:Copyright|COPYRIGHT|copyright|版权所有|©)[^\n。]{0,80}?(?:Reserved\.?|(?=\n)|$|。)",
    r"All Rights Reserved\.?",
    r"版权声明[:：][^\n。]*。?",
    r"ICP[备证]?[\w\-]{0,20}号?",
    r"(?:来源|稿源|出处|责任编辑|责编|编辑|作者|主持人|供稿|投稿|审核|校对|统筹|监制)\s*[:：]\s*" + _NOTE + "{0,30}",
    r"(?:电话|联系电话|热线|传真|邮编|手机|QQ)\s*[:：]?\s*[0-9\-—()（） ]{5,24}",
    r"(?:浏览|阅读|点击|访问|浏览量|阅读量|点击量|访问量|浏览次数|阅读次数|点击数|评论|分享|点赞|收藏|转发)"
    r"\s*[:：(（]?\s*[0-9.]+\s*[万]?\s*次?[)）]?",
    r"(?:发布时间|发布日期|更新时间|日期)\s*[:：]\s*[0-9年月日:：\-/. ]{4,25}",
    r"总第\s*[0-9]+\s*期\s*[0-9]*",
    r"(?:19|20)[0-9]{2}\s*年\s*第\s*[0-9]+\s*期",
    r"第\s*[0-9]+\s*页\s*(?:共\s*[0-9]+\s*页)?|共\s*[0-9]+\s*页",
    # a breadcrumb trail: up to 正文, two spaces or the line's end, never more than 40 characters
    r"(?:当前位置|您的位置|你的位置|所在位置)\s*[:：][^\n。]{0,40}?(?:正文|(?=\s\s)|(?=\n)|$)",
    r"(?:上一篇|下一篇|上一条|下一条)\s*[:：][^\n]{0,60}",
    # an official document's print run at its foot ((共印30份))
    r"[（(]\s*共印\s*[0-9]+\s*份\s*[)）]",
)
#: a short line (no more than this many characters once stripped) with no sentence
#: mark, broken by spaces or without Chinese, is a running head of a flattened page (36组 工)
RUNNING_HEAD_MAX = 8
RUNNING_HEAD_MARKS = "。,，;；:：!！?？、"

# --- classify: the literals its rules are written with ------------------------------

#: brackets that, right after a number's measure word, hold no noun it counts: what they
#: hold explains the count (基层党组织：1028个（党委42个、…）: the 1028 are not 党委)
NP_CUT_BRACKETS = "（("
#: numerals that end a noun phrase when a measure word follows them (三个, 两名)
NP_CUT_NUMERALS = SMALL_NUMERALS + "百千万亿"
#: the measure words that make a numeral before them the start of another count
NP_CUT_MEASURES = "个名人户项家次场期位座处件"
#: the place endings that, before 有/共有/现有, make a place a filler word (全县共有)
FILLER_PLACE_ENDINGS = "省市县区"
FILLER_PLACE_VERBS = ("共有", "现有", "有", "共")
#: what an area is of: the noun that names land or floor (种植面积, 流转土地, 耕地)
AREA_NOUNS = ("面积", "土地", "耕地", "林地", "用地", "草地", "草场", "水面", "山林", "农田", "良田",
              "荒地", "荒山", "宅基地", "果园", "茶园", "园地", "坡地", "稻田", "鱼塘", "场地", "厂房",
              "房屋", "大棚", "基地", "园区", "滩涂", "湿地", "地")
#: words that end the words before an area without being part of what it is of
AREA_TRAILERS = ("提高到", "增加到", "扩大到", "发展到", "增长到", "上升到", "达到", "增至", "扩至", "不少于",
                 "不低于", "不足", "超过", "共计", "累计", "共有", "现有", "全部", "共", "约", "近", "达", "为",
                 "有", "了", "从", "由", "到", "的", "均", "都", "已", "多出")
#: …and the words that open them without being part of it (共收回土地 → 收回土地)
AREA_LEADERS = ("共计", "累计", "先后", "已经", "共", "已", "现", "在")
#: …and the doing that brought the land in (发展茶叶3200亩 → 茶叶; 流转土地 is land's name)
AREA_DOINGS = ("新发展", "发展", "新种植", "种植", "栽植", "新栽")
#: …unless it names the area itself (种植面积)
AREA_MEASURES = ("面积", "规模")
#: verbs that take what is counted as their object (收集意见建议2300余条): a count after
#: such a verb and its own object does not go on from the count before it
ACTION_VERBS = ("收集", "征集", "征求", "设立", "设置", "建立", "组建", "成立", "培养", "选派", "选拔",
                "招募", "聘请", "评选", "表彰", "印发", "出台", "制定", "签订", "发放", "梳理", "排查",
                "列出", "创建", "打造", "认领", "收到", "受理", "举办", "开展", "建成", "新建", "培育",
                "发展", "解决", "化解", "办理", "走访", "慰问", "帮扶", "结对", "联系", "引进", "回引",
                "新增", "增设", "加装", "安装", "配备", "购置")
#: verbs of growing and raising: no part of the name of what they grow (种植核桃树2.3万株 → 核桃树)
GROWING_VERBS = ("种植", "栽植", "栽种", "补植", "新栽", "养殖", "饲养", "放养", "开挖", "新挖")
#: verbs of building: a count of what they built, named by no known noun, is of facilities
BUILD_VERBS = ("建成", "新建", "建设", "修建", "新修", "兴建", "搭建", "改建", "扩建", "打造", "增设", "加装", "安装")
#: check's conflict: two documents' figures state one figure only when the verbs of their
#: own clauses that act on what they count match (全县共有党员8600名 and 全县党员总数8620名
#: do; 全年发展党员120名 and 全县党员8600名 do not): the verbs looked for
FRAME_VERBS = ACTION_VERBS + BUILD_VERBS + ("培训", "吸收", "接收", "转入", "转出", "流入", "流出", "处分", "处置",
                                          "整顿", "提拔", "交流", "选聘", "推行", "领办", "带动", "参加", "参与",
                                          "覆盖", "退出", "当选", "调整", "教育", "管理")
#: a table column's heading that says what its bare numbers count, and the measure word
#: they are read with: by its end (人数 → 人, 户数 → 户) ...
COLUMN_MEASURE_ENDS = {"人数": "人", "户数": "户", "人次": "人次", "次数": "次", "场次": "场", "期数": "期",
                       "个数": "个", "名数": "名"}
#: ... or by the noun it names, with or without a count word after it (党员, 党员数, 党员总数,
#: 新发展党员 → 名; 党组织数 → 个); a count word after another noun counts 个 (村数). A
#: heading with its measure word in brackets (党员（名）, 金额（万元）, 占比（%）) needs neither.
COLUMN_NOUNS = {"党员": "名", "干部": "名", "人才": "名", "书记": "名", "人员": "名", "党组织": "个",
                "党支部": "个", "支部": "个", "党委": "个", "党总支": "个", "行政村": "个", "社区": "个",
                "农户": "户", "脱贫户": "户"}
COLUMN_COUNT_ENDS = ("总数", "数量", "数")
#: the corner cell of a table whose columns are years (指标 | 2022 | 2023)
YEAR_HEADING_CORNERS = ("", "指标", "项目", "年份", "年度", "类别", "名称", "内容", "主要指标", "统计指标")
#: a column after the corner that gives each row's measure word (指标 | 单位 | 2022年 | 2023年)
UNIT_COLUMN_NAMES = ("单位", "计量单位", "计算单位")
#: the words of a line (or a table's title) that give a table's measure words: 单位：万元,
#: （金额单位：万元、个）. One measure word holds for every column that names no other; of
#: several, a money word holds for the columns that name money
UNIT_LINE_WORDS = ("单位", "金额单位", "计量单位", "数据单位")
UNIT_LINE_SEPARATORS = "、，,/／；; "
#: how many lines of text (a title, a note) may stand between a unit line and its table
UNIT_LINE_REACH = 2
#: the words of a column's heading that name money (集体经济总收入, 投入资金, 其中财政投入)
#: the words of a column's heading that name a rate or a share (占比, 覆盖率): no measure
#: word of a unit line is theirs
RATE_HEADING_WORDS = ("率", "比", "%", "％")
MONEY_HEADING_WORDS = ("投入", "投资", "资金", "经费", "收入", "收益", "金额", "产值", "分红", "利润",
                       "营业额", "销售额", "支出", "补助", "补贴", "党费", "资产")
#: the ends of nouns that name money (税费, 党费, 奖金, 销售额): a clause's own words name
#: an amount of money only when they end in one
MONEY_NOUN_ENDS = ("费", "税", "款", "金", "额", "利润", "收入", "收益", "效益", "资产", "产值", "工资", "补贴")
#: pronouns that open a noun phrase without being part of what it names (我们村集体经济收入)
PHRASE_PRONOUNS = ("我们", "他们", "咱们", "大家", "我", "他", "她")
#: the endings of a rate's name (满意率, 覆盖率): the share is of the rate named whole
RATE_ENDINGS = ("率", "满意度", "知晓度", "参与度", "覆盖面", "增速", "增幅", "降幅", "涨幅")
#: check: what ends the name of a share named after what its part did (调解成功率, “一肩挑”比例)
SHARE_NAME_ENDINGS = RATE_ENDINGS + ("比例", "比重")
#: a word of a rate's name, and the doings whose count is the rate's part (已建立党组织的198家,
#: 覆盖率82.2%: what has been set up is what is covered)
#: what may stand between a share and its part stated right after it (占比25%，共900名)
PART_AFTER_LINKS = TOTAL_CLAUSE_WORDS + ("计", "达", "达到", "为", "有")
RATE_DOERS = {"覆盖": ("建立", "建有", "组建", "成立"), "参会": ("参加", "出席", "到会"),
              "出席": ("参加", "到会"), "收缴": ("缴纳", "上缴", "交纳"), "办结": ("办理完", "完成")}
#: words of a rate's name that hold a function word (接转及时率): read whole
#: how far before a share its noun, and its rate's name, are looked for
SHARE_NOUN_REACH = 24
RATE_NAME_REACH = 32
RATE_NAME_WORDS = ("及时", "对接", "为民", "在职", "以上", "和谐")
#: the particle that links a modifier to its noun (的)
LINKING_PARTICLE = "的"
#: where a sentence ends, for a money cue looked for after an amount
SENTENCE_MARKS = "。\n；;"
#: subjects given when the words do not name one
MONEY_SUBJECT = "资金"
#: income cues that are verbs (一亩地挣三四千元, 卖了8万元): the money they earn is named 收入,
#: never by the clause that ends in them
INCOME_VERBS = ("挣", "赚", "卖", "售")
INCOME_SUBJECT = "收入"
#: right after an amount with no cue, the units that reports class by their income
#: (10万元以上村全覆盖, 5万元以下的村): the amount is of income
CLASSED_BY_INCOME = ("村", "的村", "行政村", "的行政村", "社区", "的社区")
#: a preposition between a noun and a number after it (部门对13个县…): the noun does something
#: to what is counted, and is not it
NOUN_GAP_PREPOSITIONS = ("对", "向", "为", "给", "把", "被", "从", "与", "同", "跟", "替")
#: a figure written as a bound (5万元以上, 100人以下): across documents, any figure past it agrees
OPEN_ABOVE = ("以上",)
OPEN_BELOW = ("以下",)
AGE_SUBJECT = "年龄"
HOUSEHOLD_SUBJECT = "户"
#: 每 + measure word + noun (每个村, 每名党员): the measure word is passed over
PER_MARK = "每"
PER_MEASURES = "个名位家所栋座处间条支套台辆项"
#: the measure words of a number of things a rate is given per (每100户, 每万名党员, 每1000人)
PER_COUNT_MEASURES = ("名", "人", "户", "个", "家", "亩", "平方米")
#: how far after 每 and a measure word the noun it counts by is looked for (每个软弱涣散村)
PER_NOUN_REACH = 8
#: a slash rate (6万元/年)
PER_SLASHES = "/／"
#: words after a change verb that make the amount a new level, not the change (增加到, 提高至)
CHANGE_TO_WORDS = ("达到", "至", "到")
#: a figure that opens its line before one of these is the line's label (● 1.2万名：…)
#: quotes and brackets that come in pairs: a subject holds both or neither
PAIRED_MARKS = (("“", "”"), ("【", "】"), ("「", "」"), ("《", "》"), ("〖", "〗"))
LABEL_COLONS = "：:"
#: what parts the cells of a table drawn with bars (Markdown, text dumps: | 城关镇 | 1562 |)
TABLE_BARS = "|│┃"
#: marks a headline may end with (…党建成绩单来啦！), though none may stand inside it
HEADLINE_MARKS = "！？!?"
#: the marks a list's item opens with (● 98.6%：…): such a line is no headline's
LIST_BULLETS = "●•■□▲△◆◇★☆▶►"
#: a Markdown list's bullets (followed by a space)
MARKDOWN_BULLETS = "-*+"
#: what opens a Markdown heading or a list's item (## 2022年, - 2023年，…): no words of the sentence
MARKUP_LEADS = "#" + MARKDOWN_BULLETS + LIST_BULLETS
#: …or that a line opens with in brackets (【612名】全年发展党员612名)
LABEL_BRACKETS = {"【": "】", "〖": "〗", "[": "]", "［": "］"}
LABEL_ENDS = LABEL_COLONS + "".join(LABEL_BRACKETS.values())
#: the longest label a line may open with before its colon (● 软弱涣散党组织整顿：21个)
LINE_LABEL_MAX = 14
#: how far into its sentence a figure that labels its line may stand (the bullets and bracket before it)
LINE_LABEL_LEAD = 4
#: what opens a sub-count (其中35岁以下的423名), and the verbs a bare clause ends with (有, 的有)
SUBCOUNT_MARK = "其中"
#: a sentence that breaks down what the sentence before it counted, by a dimension
#: (从年龄结构看，60岁以上的3126名): its counts are parts of that, as after 其中
BREAKDOWN_OPENER = r"(?:从|按)[^，,。；;：:]{1,10}?(?:上看|来看|看|划分|分)[，,：:]"
#: the marks between the items of a 其中 list (其中,女性118名;35岁及以下的251名)
LIST_ITEM_BREAKS = "；;"
BARE_CLAUSE_ENDINGS = ("有", "的有", "的")
#: a count of people whose clause holds no more than this many characters besides
#: fillers, and no noun of people, goes on from the count before it (基本合格18名)
#: verbs that reach people (带动就业4600多人, 吸纳务工120人): a clause opening with one counts
#: the people it reaches, never what the figure before it counted
REACH_VERBS = ("带动", "吸纳", "解决", "安置", "惠及", "辐射", "吸引", "提供")
LABEL_MAX = 4
#: the bounds inside such a label (大专及以上学历1129名): they name no noun of people
LABEL_BOUNDS = ("及以上", "及以下", "以上", "以下")

# --- check: the literals its rules are written with -------------------------------

#: qualifier words that may close a figure's surface (5种以上): passed over to see its measure word
QUALIFIER_TAIL_CHARS = "以上下多余左右"
#: times a noun phrase is cut after (本季度村集体收入 → 村集体收入, 年底党员总数 → 党员总数)
PHRASE_TIME_WORDS = ("年底", "年初", "年末", "全年", "当年", "本季度", "季度", "本月", "当月", "本年度", "本年")
#: words of a target before a rate's name (力争规上企业党组织覆盖率达到95%): no part of it
RATE_NAME_LEADERS = ("力争", "确保", "争取", "努力", "计划", "预计")
#: the category of things of every kind: a share of it needs a part and a whole of one noun
OTHER_CATEGORY = "other"
#: what joins counts of one thing into one list (244个行政村和9个社区)
JOINING_CHARS = "和、及与"
#: the commas (其中，神禾社区…: a comma after 其中 still leads a unit's name)
COMMAS = "，,"
#: the mark between the items of a list (新建学校21所、卫生院9所)
LIST_MARK = "、"
#: what separates clauses (a list does not run over these)
CLAUSE_MARKS_CHECK = ",，;；。"
#: check: how long the gap between two items of a 、 list may be, the next item's name with its 、
LISTED_ITEM_REACH = 12
#: what opens a clause inside a sentence, for a share's own words
CLAUSE_OPENERS = ",，;；:："
#: words that refer a 分别 list to the period just named (同期，…分别为…)
SAME_PERIOD_WORDS = ("同期",)
#: the word that pairs a list of shares with a list of counts (分别)
RESPECTIVELY = "分别"
#: how far past a figure its list of 分别 may run (12、15、18名: the measure word after the last)
RESPECTIVE_REACH = 40
#: a list of things before 分别 whose figures it pairs (城镇、农村居民…分别…): at most this many items,
#: the last joined by 、 or one of these
RESPECTIVE_MAX_ITEMS = 8
RESPECTIVE_LAST_JOINS = ("和", "与", "及")
#: a share's own words name its base after this (占党员总数的)
SHARE_OF = "占"
#: what was due and what was done (应到43名，实到38名，到会率88.4%): a rate's part is the count
#: done, its base the count due, whatever the rate is called
DUE_WORDS = ("应",)
ACTUAL_WORDS = ("实际", "实")
#: the base a share's own words name: 占(全县)X(总数)(比例)(为)… → X
NAMED_BASE = (r"占(?:全[县市省区镇乡村国])?(?P<x>[^,，。;；、占%]{1,8}?)(?:总数|总量|总人数|的)?(?:比例|比重)?"
              r"(?:为|达到?|是|约|近)?$")

# --- context: the literals its rules are written with -----------------------------

#: 从A提高到B: the words of a change from one state to another
FROM_WORD = "从"
TO_WORDS = ("到", "至")
#: characters before a unit's name that let it start there (的杨行镇, 在中堰村, 与兴县)
NAME_MAY_FOLLOW = "的在到与和及对为是"
#: common names of towns and villages that hold a function word (向阳镇, 和平村, 为民社区)
NAMES_WITH_FUNCTION_WORDS = ("向阳", "和平", "共和", "永和", "太和", "祥和", "中和", "新和", "人和", "保和",
                             "和顺", "和谐", "和睦", "和兴", "和盛", "为民", "向前", "向东", "与共")
#: the openings of organisations' names that a place name follows (中共眉县县委, 共青团沧县委员会)
NAME_PREFIXES = ("中共", "共青团")
#: a scope word of a higher level right before a name holds the unit it names (我区五里镇)
SCOPE_HOLDERS = ("我市", "我区", "我县", "我旗", "该市", "该区", "该县", "本市", "本区", "本县", "我镇", "我乡",
                 "该镇", "该乡", "本镇", "本乡", "我街道", "该街道")
#: the characters a name is left out with in templates and anonymised copies (某某镇, XX村)
PLACEHOLDER_CHARS = "某XxＸｘ×*＊○〇"

#: a time just before a name is a boundary too (2023年洋县…, 今年兴县…)
TIME_BEFORE_NAME = (r"(?:(?:[0-9]{4}|[〇零一二三四五六七八九]{4})年(?:度)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?"
                    r"|今年|去年|近年来|以来)$")
#: a unit named as one of many (东坝村党支部等20个党组织): the unit, or its body, before 等
EXAMPLE_MARK = "等"
UNIT_ORGS = ("党支部", "党总支", "党委", "党组织", "党工委", "村委会", "居委会", "两委", "“两委”")
#: what follows a one-character county that is named as an organisation's place (眉县县委,
#: 沧县人民政府): its own ending again, or an organisation's word
NAME_ORG_AFTER = ("县委", "县政府", "县人民政府", "县人大", "县政协", "县纪委", "委员会", "人民政府")

# --- presentation ------------------------------------------------------------------

#: each category's name in Chinese, beside the English one in the HTML report
CATEGORY_ZH = {"funds": "资金", "income": "收入", "party_members": "党员", "party_organizations": "党组织",
               "villages": "村和社区", "people": "人员", "percentage": "比例", "area": "面积",
               "activities": "活动", "facilities": "设施", "other": "其他"}
