"""Data tables: measure words, qualifiers, cue words and exclusions.

Everything the extractor knows about the language lives here, as data; the
modules that use it (candidates, resolve, classify, furniture) hold only logic.
All entries are in simplified script: text is matched after traditional→simplified
conversion (see normalise.py).
"""

# --- numerals -----------------------------------------------------------------

#: characters that make up a Chinese numeral (after t2s: 億→亿, 萬→万, 點→点)
CN_DIGITS = "零〇一二两三四五六七八九十百千万亿点"
#: a Chinese numeral must start with one of these ("百名", "千人", "万头" are not counts)
CN_START = "零〇一二两三四五六七八九十"

#: multipliers written after a number: 3.2万, 1.6亿, 3千万
MULTIPLIERS = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}

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
    "人次": ("person_time", 1), "户次": ("household", 1), "名": ("person", 1), "人": ("person", 1),
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
        "窖", "台", "辆", "艘", "架", "间", "张", "本", "册", "篇", "部", "轮",
        "口", "片", "组", "种", "盏", "块", "面", "枚", "颗", "斤", "吨",
        "公斤", "千克", "公里", "千米", "米", "门", "堂", "节", "课", "封", "例",
        "宗", "笔", "单", "箱", "袋", "床", "桩", "眼", "场次", "批次", "架次")},
}
# measure words that count only after an Arabic number or a large Chinese one:
# after a small Chinese numeral they are mostly idioms (一面旗帜, 三门, 八节).
WEAK_UNITS = {"面", "门", "节", "口", "块", "片", "眼", "单", "封", "堂", "课", "米", "种", "组"}

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
    "大概": "about", "左右": "about",
    "超过": "over", "逾": "over", "突破": "over", "超": "over", "至少": "over",
    "多达": "over", "高达": "over", "不少于": "over", "不低于": "over", "最少": "over",
    "不到": "under", "不足": "under", "未满": "under", "不超过": "under", "最多": "under",
    "不多于": "under", "低于": "under",
    "达到": "exact", "达": "exact", "共": "exact", "共计": "exact", "合计": "exact",
}
#: prefixes included in the surface (the gold writes 约18万平方米, 约4.6万亩)
PREFIX_IN_SURFACE = {"约", "大约", "将近", "近"}
SUFFIX_QUALIFIERS = {
    "以上": "over", "之多": "over", "有余": "over", "多": "over",
    "以下": "under", "以内": "under",
    "左右": "about", "上下": "about",
}
INNER_QUALIFIERS = {"余": "over", "多": "over", "来": "about"}
RANGE_SEPARATORS = ("至", "到", "-", "—", "~", "～", "－")

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
)

# --- categories ------------------------------------------------------------------
# Head nouns: the counted noun decides the category of a count. Longest match wins.
PARTY_ORG_NOUNS = ("党组织", "党支部", "支部", "党委", "党总支", "总支", "党小组",
                   "党工委", "党组", "临时党支部", "功能型党小组", "党员服务站")
PARTY_MEMBER_NOUNS = ("党员", "共产党员", "党员干部", "在职党员", "女党员", "预备党员",
                      "正式党员", "流动党员", "无职党员", "老党员", "新党员", "农村党员")
VILLAGE_NOUNS = ("行政村", "自然村", "村", "社区", "乡镇", "镇", "乡", "街道", "网格",
                 "村小组", "村民小组", "居委会", "村委会", "嘎查", "屯", "寨", "村寨",
                 "空白点", "示范村", "示范镇", "贫困村", "薄弱村", "软弱涣散村", "街道办")
PEOPLE_NOUNS = ("干部", "书记", "人才", "大学生", "委员", "群众", "居民", "村民", "农户",
                "人员", "成员", "代表", "志愿者", "专家", "教师", "学员", "队员", "职工",
                "工人", "劳动力", "老人", "儿童", "学生", "能人", "乡贤", "网格员", "人口",
                "骨干", "负责人", "村官", "后备力量", "致富带头人", "贫困户", "脱贫户", "农民")
ACTIVITY_NOUNS = ("活动", "培训", "培训班", "会议", "实事", "好事", "心愿", "微心愿", "事项办理",
                  "讲座", "党课", "宣讲", "演出", "义诊", "观摩", "调研", "走访", "服务",
                  "竞赛", "比赛", "研讨", "座谈", "检查", "督查", "巡察", "学习", "课程",
                  "纠纷", "矛盾纠纷", "难题", "诉求", "汇演", "展览",
                  "会", "课", "班", "专题会议", "擂台赛", "赛")
FACILITY_NOUNS = ("场所", "中心", "产业园", "电站", "光伏电站", "大棚", "食堂", "工厂",
                  "养殖场", "厂", "站", "室", "馆", "园", "基地", "景区", "党校", "公寓",
                  "广场", "阵地", "书屋", "驿站", "车间", "厂房", "学校", "医院", "卫生室",
                  "幼儿园", "市场", "超市", "道路", "公路", "桥", "桥梁", "水池", "养鱼池",
                  "池", "房", "楼", "长廊", "窗口", "场馆", "合作社", "示范园", "园区", "农场",
                  "牧场", "水厂", "路灯", "充电桩", "站点",
                  "服务点", "网点", "平台", "展厅", "舞台", "礼堂", "屋", "家园", "库", "冷库",
                  "仓库", "生产线", "流水线", "直播线", "加工线", "烘干线", "大楼", "办公楼")
OTHER_NOUNS = ("部门", "机关", "单位", "举措", "措施", "机制", "制度", "事项", "合同",
               "协议", "任务", "办法", "品牌", "示范点", "头", "生猪", "黄牛", "肉牛",
               "羊", "树", "苗", "株", "恶势力", "村霸", "资源事项", "重大事项", "模范机关",
               "团队", "队伍", "企业", "公司", "项目", "队", "服务队", "志愿服务队", "工作队",
               "志愿队", "突击队", "小分队", "宣讲团", "宣讲队")

#: category of each head noun (built from the tuples above; later tuples win ties)
HEAD_NOUNS: dict[str, str] = {}
for _cat, _nouns in (("other", OTHER_NOUNS), ("facilities", FACILITY_NOUNS),
                     ("activities", ACTIVITY_NOUNS), ("people", PEOPLE_NOUNS),
                     ("villages", VILLAGE_NOUNS), ("party_members", PARTY_MEMBER_NOUNS),
                     ("party_organizations", PARTY_ORG_NOUNS)):
    for _n in _nouns:
        HEAD_NOUNS[_n] = _cat
# compounds whose head is not their last known noun part
HEAD_NOUNS.update({
    "党员干部": "party_members", "党员群众": "party_members", "村党组织": "party_organizations",
    "村干部": "people", "村官": "people", "村民": "people", "社区干部": "people",
    "党支部书记": "people", "支部书记": "people", "党组织书记": "people", "党委书记": "people",
    "第一书记": "people", "村级": "other", "社区工厂": "facilities", "村部": "facilities",
    "活动场所": "facilities", "党群服务中心": "facilities", "便民服务中心": "facilities",
    "社区食堂": "facilities", "新时代文明实践站": "facilities", "村集体": "villages",
})

#: adjacent heads whose compound belongs to another category: 在职党员 + 干部
COMPOUND_HEADS = {("party_members", "people"): "party_members"}

#: measure words that decide the category of a count whatever the noun:
#: events (场, 期, 次), and livestock, plants, weights, lengths, shares (other)
MEASURE_CATEGORY = {
    **{m: "activities" for m in ("场", "期", "次", "轮", "堂", "节", "课", "起", "场次", "批次")},
    **{m: "other" for m in ("支", "头", "只", "匹", "羽", "尾", "株", "棵", "窖", "股", "斤", "吨",
                            "公斤", "千克", "公里", "千米", "米", "台", "辆", "艘", "架", "册",
                            "本", "篇", "枚", "颗", "盏", "箱", "袋", "笔", "宗")},
}
#: measure words of built things
FACILITY_MEASURES = ("座", "处", "栋", "幢", "间")

#: money: cue words before (or after) an amount of yuan decide funds / income / other
FUNDS_CUES = ("投入", "投资", "整合", "筹措", "筹集", "争取", "拨付", "补贴", "补助", "奖补",
              "经费", "资金", "募集", "捐款", "捐赠", "捐资", "下拨", "划拨", "安排", "扶持",
              "帮扶", "援建", "出资", "自筹", "支出", "奖励", "奖金", "慰问金", "建设", "用于",
              "花费", "预算", "贷款", "融资", "收回", "追回", "挽回", "节约", "资助", "党费",
              "工资", "报酬", "薪酬", "待遇", "保费", "投放", "发放", "兑现")
INCOME_CUES = ("收入", "收益", "分红", "利税", "销售额", "销售", "产值", "人均", "营业额",
               "营收", "利润", "盈利", "增收", "创收", "纯收入", "效益", "租金", "集体经济",
               "挣", "赚", "价值", "税收", "成交额", "交易额", "GDP", "生产总值",
               "出口", "卖", "售", "流转费", "服务费", "工资性", "产出", "总收入", "分配")
OTHER_MONEY_CUES = ("资产", "总资产", "固定资产", "存款", "余额", "债务", "负债", "估值",
                    "价格", "成本", "亏", "亏损", "损失", "欠款", "外债")

#: cue words that make a percent a change (增长15%) when they stand just before it
CHANGE_CUES = ("增加", "增长", "提高", "提升", "降低", "减少", "下降", "上升", "增收",
               "多出", "减", "增", "缩短", "缩小", "扩大", "回落", "上涨", "下跌", "翻",
               "降", "涨")
#: where the noun phrase after a measure word stops: verbs, adverbs, function words
NP_STOP_WORDS = ("全部", "全面", "整体", "设置", "实现", "进行", "开展", "完成", "建成", "获得", "成为",
                 "参加", "参与", "分别", "积极", "主动", "先后", "纷纷", "结成", "组成", "选出", "达到",
                 "覆盖", "推动", "设立", "成立", "建立", "签订", "纳入", "入选", "获评", "评为", "荣获",
                 "共同", "正在", "开始", "通过", "按照", "围绕", "带领", "带动", "领办", "创办", "列入",
                 "走出", "形成", "发挥", "得到", "受到", "取得", "位于", "首次", "突破", "均", "都", "已",
                 "被", "将", "把", "从", "由", "对", "向", "是", "有", "到", "等", "全", "多年")
#: stop words that do not stop before these (为民服务, 在职党员, 以上)
NP_STOP_UNLESS = {"为": ("民",), "在": ("职",), "以": ("上", "下")}
#: what may stand between a head noun and its number (党员共有63人, 的村达到196个)
FILLER_WORDS = ("共有", "现有", "共计", "总计", "合计", "总数", "数量", "人数", "已达", "达到", "达",
                "共", "有", "为", "的", "是", "“", "”", "\"", "'", "《", "》", "(", ")", "（", "）", " ")
#: a bare 万/亿 amount near these is a head count, not money (人口40万)
PERSON_CUES = ("人口", "人", "群众", "居民", "农民", "党员")
#: how far before a bare amount its money cue / person cue is looked for
BARE_MONEY_REACH = 12
BARE_PERSON_REACH = 8
#: the subject of a bare head count (人口40万)
POPULATION_SUBJECT = "人口"

#: a change verb followed by these names a new state, not a difference (提高到144平方米)
CHANGE_TO = ("到", "至", "为", "达")
#: before the verb, these make it a new amount (新增投入) rather than a change
NOT_CHANGE_BEFORE = ("新",)

# --- sentences and clauses ---------------------------------------------------------
SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + ",，、:：…"
QUOTE_PAIRS = {"“": "”", "\"": "\"", "「": "」", "『": "』", "《": "》", "‘": "’"}
#: quoted text up to this length is a name or a slogan: numbers inside it are not claims
SHORT_QUOTE = 12

# --- context -----------------------------------------------------------------------
PLACE_SUFFIXES = ("自治县", "自治州", "省", "市", "县", "区", "镇", "乡", "村", "社区", "街道")
PLACE_STOP = {"全县", "全市", "全省", "全区", "全镇", "全乡", "全村", "各村", "该村", "本村",
              "该县", "本县", "该市", "本市", "该镇", "各镇", "各乡", "村村", "乡村", "农村",
              "城乡", "镇村", "县乡", "县市", "省市", "市县", "县区", "城区", "社区", "小区",
              "园区", "景区", "山区", "边区", "老区", "示范村", "示范区", "先进县", "行政村",
              "自然村", "贫困村", "重点村", "薄弱村", "示范镇", "乡镇", "各县", "郊区", "街道",
              "软弱涣散村", "城市", "县市区", "一类村", "后进村", "先进村", "强村", "空白村"}

#: characters that never stand in a place name's stem (measure words, verbs, function words)
PLACE_STEM_STOP = ("名个位户项家次场期的了在是和与及对把被为从向到等有将已于其这那各全该本每"
                   "一二两三四五六七八九十百千万亿多余振兴示范建设发展工作服务组织管理党委政府"
                   "进入选派驻帮扶包联创争先推动实施开展打造落实加强提升领导干部群众书记人才以脱贫培育新")

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
    r"[\w\u4e00-\u9fff]{0,4}ICP[备证]?[\w\-]{0,20}号?",
    r"(?:来源|稿源|出处|责任编辑|责编|编辑|作者|主持人|供稿|投稿|审核|校对|统筹|监制)\s*[:：]\s*" + _NOTE + "{0,30}",
    r"(?:电话|联系电话|热线|传真|邮编|手机|QQ)\s*[:：]?\s*[0-9\-—()（） ]{5,24}",
    r"(?:浏览|阅读|点击|访问|浏览量|阅读量|点击量|访问量|浏览次数|阅读次数|点击数|评论|分享|点赞|收藏|转发)"
    r"\s*[:：(（]?\s*[0-9.]+\s*[万]?\s*次?[)）]?",
    r"(?:发布时间|发布日期|更新时间|日期)\s*[:：]\s*[0-9年月日:：\-/. ]{4,25}",
    r"总第\s*[0-9]+\s*期\s*[0-9]*",
    r"第\s*[0-9]+\s*页\s*(?:共\s*[0-9]+\s*页)?|共\s*[0-9]+\s*页",
    # a breadcrumb trail: up to 正文, two spaces or the line's end, never more than 40 characters
    r"(?:当前位置|您的位置|你的位置|所在位置)\s*[:：][^\n。]{0,40}?(?:正文|(?=\s\s)|(?=\n)|$)",
    r"(?:上一篇|下一篇|上一条|下一条)\s*[:：][^\n]{0,60}",
)
#: a short line (no more than this many characters once stripped) with no sentence
#: mark, broken by spaces or without Chinese, is a running head of a flattened page (36组 工)
RUNNING_HEAD_MAX = 8
RUNNING_HEAD_MARKS = "。,，;；:：!！?？、"
