"""Builds catalog.json and the three SVG plans of the blind hall7 (fictional hall).

Run once; the catalog was frozen before questions.tsv was written.
"""
import json
from pathlib import Path

OUT = Path(__file__).parent

FLOORS = [
    ("fl1", "一层", "Level 1", "plan-fl1.svg"),
    ("fl2", "二层", "Level 2", "plan-fl2.svg"),
    ("fl3", "三层", "Level 3", "plan-fl3.svg"),
]

DEPTS = [
    ("d.huzheng", "榕岭派出所户政室", "Rongling Police Station household registration office"),
    ("d.minzheng", "街道民政与残联服务站", "Sub-district civil affairs and disabled persons' service station"),
    ("d.renshe", "人力资源和社会保障服务站", "Human resources and social security service station"),
    ("d.yibao", "医疗保障服务站", "Medical insurance service station"),
    ("d.gjj", "住房公积金鹏湾管理部（驻点）", "Housing Provident Fund, Pengwan office (outpost)"),
    ("d.shichang", "鹏湾市场监督管理局榕岭所", "Pengwan Market Regulation Bureau, Rongling office"),
    ("d.shuiwu", "鹏湾区税务局榕岭办税服务厅", "Pengwan Tax Bureau, Rongling tax service hall"),
    ("d.weijian", "街道卫生健康办", "Sub-district health office"),
]

# window id, floor, zone, zone_en, label, label_en, x
WINDOWS = [
    ("1A01", "fl1", "A区 户政", "Zone A Household", "户籍·居住证", "Household & residence permit", 0.22),
    ("1A02", "fl1", "A区 户政", "Zone A Household", "户籍·居住证", "Household & residence permit", 0.30),
    ("1A03", "fl1", "A区 户政", "Zone A Household", "身份证·证明", "ID card & certificates", 0.38),
    ("1A04", "fl1", "A区 户政", "Zone A Household", "境外人员登记", "Foreign residents registration", 0.46),
    ("1B01", "fl1", "B区 民政残联", "Zone B Civil affairs", "长者·残疾人服务", "Seniors & disability services", 0.58),
    ("1B02", "fl1", "B区 民政残联", "Zone B Civil affairs", "社会救助", "Social assistance", 0.66),
    ("2C01", "fl2", "C区 人社", "Zone C Social security", "社保业务", "Social insurance", 0.18),
    ("2C02", "fl2", "C区 人社", "Zone C Social security", "社保业务", "Social insurance", 0.26),
    ("2C03", "fl2", "C区 人社", "Zone C Social security", "就业创业", "Employment", 0.34),
    ("2C04", "fl2", "C区 人社", "Zone C Social security", "人才入户", "Talent & household entry", 0.42),
    ("2D01", "fl2", "D区 医保", "Zone D Medical insurance", "医保业务", "Medical insurance", 0.54),
    ("2D02", "fl2", "D区 医保", "Zone D Medical insurance", "医保业务", "Medical insurance", 0.62),
    ("2E01", "fl2", "E区 公积金", "Zone E Provident fund", "公积金", "Housing provident fund", 0.72),
    ("2E02", "fl2", "E区 公积金", "Zone E Provident fund", "公积金", "Housing provident fund", 0.80),
    ("3F01", "fl3", "F区 商事登记", "Zone F Business registration", "商事登记", "Business registration", 0.18),
    ("3F02", "fl3", "F区 商事登记", "Zone F Business registration", "商事登记", "Business registration", 0.26),
    ("3F03", "fl3", "F区 商事登记", "Zone F Business registration", "食品许可", "Food licences", 0.34),
    ("3G01", "fl3", "G区 税务", "Zone G Tax", "办税", "Tax", 0.48),
    ("3G02", "fl3", "G区 税务", "Zone G Tax", "办税", "Tax", 0.56),
    ("3G03", "fl3", "G区 税务", "Zone G Tax", "发票", "Invoices", 0.64),
    ("3H01", "fl3", "H区 卫健", "Zone H Health", "生育服务", "Birth services", 0.76),
]

# id, name, name_en, aliases, floor, x, kind, link, notes, notes_en   (places sit on the lower row)
PLACES = [
    ("fac.xishou-1", "一层公共洗手间", "Toilets, level 1", ["卫生间", "厕所", "WC"], "fl1", 0.80, None, "",
     "一层东侧，男左女右。", "East end of level 1."),
    ("fac.wuzhangai", "无障碍卫生间", "Accessible toilet", ["残疾人厕所", "第三卫生间"], "fl1", 0.72, None, "",
     "一层东侧，设扶手和紧急呼叫按钮，可推轮椅进入。", "Level 1 east, with grab bars and an emergency call button."),
    ("fac.dengzhou", "候办休息区", "Waiting area", ["等候区", "休息座椅"], "fl1", 0.40, None, "",
     "一层中部，看叫号屏等候；设老年人优先座位。", "Middle of level 1; watch the queue screen. Priority seats for seniors."),
    ("fac.fuyin", "复印打印点", "Copy and print point", ["复印", "打印"], "fl1", 0.24, None, "",
     "一层西侧，办事材料免费复印，每人每次限30页；可扫码打印手机里的文件。",
     "Level 1 west; free copies of application papers (30 pages per visit); print from your phone."),
    ("fac.zizhu", "24小时自助服务区", "24-hour self-service area", ["自助机", "自助终端"], "fl1", 0.12, None, "",
     "入口左侧，可自助打印社保参保证明、公积金缴存证明、个税记录，自助签注居住证，夜间刷身份证进入。",
     "Left of the entrance: print social insurance, provident fund and tax records, renew a residence permit; open 24 h with ID card."),
    ("fac.daoban", "咨询导办台", "Help desk", ["咨询台", "前台", "帮办代办"], "fl1", 0.06, None, "",
     "入口右侧，工作人员和志愿者答疑、取号，长者和残疾人可申请全程帮办；备有老花镜、轮椅、雨伞。",
     "Right of the entrance: staff and volunteers answer questions and give queue tickets; escort for seniors and disabled visitors; reading glasses, wheelchairs, umbrellas."),
    ("fac.paizhao", "证件照拍摄点", "ID photo booth", ["拍照", "照相"], "fl1", 0.52, None, "",
     "一层A区对面，免费拍摄身份证、居住证、社保卡用照片并生成回执。",
     "Across from zone A; free photos for ID card, residence permit and social security card, with a photo receipt."),
    ("fac.dianti", "电梯", "Lift", ["升降梯", "lift"], "fl1", 0.90, "lift", "lift-main",
     "大厅东端，通往二层、三层，可容纳轮椅和婴儿车。", "East end, serves levels 2 and 3; wheelchair and pram friendly."),
    ("fac.louti", "楼梯", "Stairs", ["步梯", "楼梯间"], "fl1", 0.96, "stairs", "stair-east",
     "大厅东端电梯旁。", "East end, beside the lift."),
    ("fac.muying", "母婴室", "Mother-and-baby room", ["哺乳室"], "fl2", 0.46, None, "",
     "二层中部，可哺乳、换尿布，有温水。", "Middle of level 2: nursing, nappy changing, warm water."),
    ("fac.yinshui", "饮水点", "Drinking water", ["饮水机", "开水"], "fl2", 0.30, None, "",
     "二层、三层电梯口各一处，提供冷热水和纸杯。", "At the lift lobby of levels 2 and 3: hot and cold water, paper cups."),
    ("fac.xishou-3", "三层洗手间", "Toilets, level 3", ["三楼厕所"], "fl3", 0.84, None, "",
     "三层东侧电梯旁，设母婴台。", "Level 3 east, beside the lift; baby-changing table."),
]


def m(name, name_en, required=True, copies=0, original=True, note="", note_en=""):
    return {"name": name, "name_en": name_en, "original": original, "copies": copies,
            "required": required, "note": note, "note_en": note_en}


ID = m("本人居民身份证", "Applicant's resident ID card")
HKB = m("户口簿", "Household register (hukou booklet)")
RECEIPT = m("数码照片回执", "Digital photo receipt", note="一层拍摄点可免费拍", note_en="Free at the level-1 photo booth")
BANK = m("本人银行卡（社保卡金融账户优先）", "Applicant's bank card (social security card account preferred)")
LIC = m("营业执照", "Business licence")

S = []


def svc(id, dept, windows, prefix, name, name_en, aliases, summary, summary_en, conditions, materials,
        fee=("免费", "Free"), time=("即办", "Same day"), online=("", ""), notes=("", "")):
    S.append({
        "id": id, "name": name, "name_en": name_en, "department": dept, "aliases": aliases,
        "summary": summary, "summary_en": summary_en,
        "conditions": [c[0] for c in conditions], "conditions_en": [c[1] for c in conditions],
        "materials": materials, "windows": windows, "queue_prefix": prefix,
        "time_limit": time[0], "time_limit_en": time[1], "fee": fee[0], "fee_en": fee[1],
        "online": online[0], "online_en": online[1], "notes": notes[0], "notes_en": notes[1],
        "updated": "2026-11-20",
    })


GD = ("可在'i深圳'App或广东政务服务网办理", "Also online in the i Shenzhen app or the Guangdong government service portal")

# ---------------- 户政 ----------------
HZ = ["1A01", "1A02"]
svc("hz.xinsheng", "d.huzheng", HZ, "H", "出生登记（新生儿入户）", "Birth registration (registering a newborn's hukou)",
    ["新生儿上户口", "BB入户", "小孩报户口"],
    "为在深户籍父母的新生婴儿申报户口，登记在父亲或母亲户下。",
    "Register a newborn in the Shenzhen hukou of the father or mother.",
    [("父母一方为深圳户籍", "At least one parent holds a Shenzhen hukou"), ("婴儿出生未满一年的可直接申报", "Babies under one year can be registered directly")],
    [m("出生医学证明", "Medical birth certificate"), m("父母双方身份证", "Both parents' ID cards"),
     m("入户方户口簿", "Household register of the parent registering the baby"),
     m("结婚证", "Marriage certificate", note="非婚生育的另需提交亲子鉴定", note_en="Unmarried parents also submit a paternity test")],
    time=("即办", "Same day"), online=GD)
svc("hz.suiqian", "d.huzheng", HZ, "H", "夫妻投靠及随迁子女入户", "Hukou transfer to join a spouse, and accompanying children",
    ["投靠老公入户", "配偶随迁", "子女随迁"],
    "深圳户籍居民的配偶、未成年子女申请把户口迁入深圳。",
    "Spouses and minor children of Shenzhen hukou holders move their hukou to Shenzhen.",
    [("结婚满两年或投靠方已有深户满一定年限", "Married for 2 years, or sponsor's Shenzhen hukou held long enough"),
     ("在深有合法住所", "Lawful residence in Shenzhen")],
    [m("夫妻双方身份证、户口簿", "ID cards and household registers of both spouses"), m("结婚证", "Marriage certificate"),
     m("深圳住房证明（房产证或租赁凭证）", "Shenzhen housing proof (title deed or registered lease)")],
    time=("20个工作日", "20 working days"), online=GD)
svc("hz.qianchu", "d.huzheng", HZ, "H", "户口迁出", "Moving a hukou out of Shenzhen",
    ["迁户口回老家", "开准迁证", "户口迁走"],
    "持迁入地准迁证明，将户口从深圳迁出；跨省迁移已实行'一站式'办理。",
    "Move a hukou out of Shenzhen with the destination's approval; cross-province moves are handled in one stop.",
    [("已取得迁入地同意", "Destination has agreed to accept the hukou")],
    [ID, HKB, m("准予迁入证明（跨省一站式可免）", "Approval to move in (not needed for one-stop cross-province moves)", required=False)],
    time=("即办", "Same day"))
svc("hz.shenfenzheng", "d.huzheng", ["1A03"], "H", "居民身份证换领、补领", "Renewing or replacing a resident ID card",
    ["身份证到期", "身份证丢失补办", "异地换身份证"],
    "身份证有效期满、损坏或遗失的，换领或补领新证；非深户籍也可在此异地办理。",
    "Renew an expired or damaged ID card, or replace a lost one; non-Shenzhen hukou holders can also apply here.",
    [("身份证到期、损坏或遗失", "Card expired, damaged or lost")],
    [m("旧身份证（遗失的免）", "Old ID card (not needed if lost)", required=False), RECEIPT,
     m("户口簿（未满16周岁）", "Household register (under 16)", required=False)],
    fee=("换领20元，补领40元", "Renewal CNY 20, replacement CNY 40"), time=("20个工作日，可选邮寄", "20 working days; can be posted"),
    notes=("急用可同时申请临时身份证。", "If you need it urgently, apply for a temporary ID card at the same time."))
svc("hz.linshi-sfz", "d.huzheng", ["1A03"], "H", "临时居民身份证申领", "Temporary resident ID card",
    ["临时身份证", "急用身份证"],
    "正式身份证办理期间急需乘车、住宿的，可申领有效期三个月的临时身份证。",
    "While a new ID card is being made, get a three-month temporary card for travel and hotels.",
    [("已申请换领或补领正式身份证", "Already applied for a new ID card")],
    [RECEIPT, m("换领/补领受理回执", "Receipt of the ID card application")],
    fee=("10元", "CNY 10"), time=("1个工作日", "1 working day"))
svc("hz.wufanzui", "d.huzheng", ["1A03"], "H", "无犯罪记录证明开具", "Certificate of no criminal record",
    ["无犯罪证明", "良民证"],
    "为本人出具在深居住期间无犯罪记录的证明，用于就业、出国等。",
    "Certificate that you have no criminal record while living in Shenzhen, for jobs or going abroad.",
    [("本人申请，或持授权委托书代办", "Apply in person, or an agent with a signed authorisation")],
    [ID, m("用途说明或单位函件", "Statement of purpose or employer's letter", required=False)],
    time=("3个工作日", "3 working days"), online=GD)
svc("hz.juzhuzheng", "d.huzheng", HZ, "J", "深圳经济特区居住证申领", "Applying for a Shenzhen residence permit",
    ["办居住证", "居住登记", "暂住证"],
    "非深户籍人员在深居住登记满一定期限、有合法稳定就业或住所的，可申领居住证，用于子女入学、积分等。",
    "Non-Shenzhen hukou residents with registered residence and stable work or housing can apply for a residence permit, used for school places and points.",
    [("已办理居住登记满12个月", "Residence registered for 12 months"),
     ("在深有合法稳定就业、住所或连续就读", "Lawful stable job, housing or studies in Shenzhen")],
    [ID, RECEIPT, m("租赁凭证或房产证明", "Registered lease or property proof"),
     m("劳动合同或营业执照", "Labour contract or business licence", required=False)],
    time=("10个工作日", "10 working days"), online=GD)
svc("hz.juzhuzheng-qianzhu", "d.huzheng", HZ, "J", "居住证签注（续期）及信息变更", "Renewing (endorsing) a residence permit and updating its details",
    ["居住证过期", "居住证续签", "改居住地址"],
    "居住证有效期届满前后办理签注续期，或变更居住地址、单位信息；一层自助机也可签注。",
    "Renew a residence permit around its expiry date, or change address or employer; the level-1 self-service machine can also renew.",
    [("持有深圳居住证", "Holds a Shenzhen residence permit")],
    [m("居住证", "Residence permit"), ID, m("新住址的租赁凭证（变更地址时）", "Lease for the new address (for address changes)", required=False)],
    time=("即办", "Same day"), online=GD)
svc("hz.jingwai-zhusu", "d.huzheng", ["1A04"], "K", "境外人员临时住宿登记", "Temporary accommodation registration for foreigners",
    ["外国人住宿登记", "住宿登记表"],
    "外国人、港澳台居民在宾馆以外的住所居住的，须在入住24小时内（郊区72小时内）办理住宿登记。",
    "Foreigners and Hong Kong, Macao and Taiwan residents staying outside hotels must register within 24 hours of arrival.",
    [("住在出租屋、朋友家等非宾馆住所", "Staying in rented or private housing, not a hotel")],
    [m("护照或港澳台居民证件", "Passport or HK/Macao/Taiwan travel permit"), m("有效签证或居留许可", "Valid visa or residence permit"),
     m("租赁合同或房东身份证复印件", "Lease or copy of the landlord's ID", copies=1, original=False)],
    time=("即办", "Same day"),
    notes=("窗口可用英语服务。签证延期、居留许可请到区出入境接待大厅。", "English spoken at this window. Visa extensions and residence permits are handled by the district exit-entry office."))

# ---------------- 民政 残联 ----------------
svc("mz.youdai", "d.minzheng", ["1B01"], "M", "老年人优待证（长者卡）办理", "Senior citizen's concession card",
    ["敬老卡", "长者证"],
    "年满60周岁的老人办理优待证，凭证免费乘坐公交地铁、游览公园等。",
    "People aged 60 and over get a concession card for free buses, metro and parks.",
    [("年满60周岁", "Aged 60 or over"), ("深圳户籍或持深圳居住证", "Shenzhen hukou or Shenzhen residence permit")],
    [ID, RECEIPT], time=("5个工作日", "5 working days"), online=GD)
svc("mz.gaoling", "d.minzheng", ["1B01"], "M", "高龄老人津贴申领", "Allowance for people of advanced age",
    ["高龄补贴", "老人津贴", "长寿金"],
    "深户籍80周岁以上老人按月领取高龄津贴，按年龄分档发放。",
    "Shenzhen hukou holders aged 80+ receive a monthly allowance, banded by age.",
    [("深圳户籍", "Shenzhen hukou"), ("年满80周岁", "Aged 80 or over")],
    [ID, HKB, BANK], time=("次月发放", "Paid from the following month"))
svc("mz.canjizheng", "d.minzheng", ["1B01"], "M", "残疾人证新办、换领", "Disability certificate: new or renewal",
    ["办残疾证", "残疾鉴定"],
    "申请残疾评定并核发第三代残疾人证，或到期换证、等级变更。",
    "Apply for a disability assessment and the disability certificate, or renew it or change its grade.",
    [("深圳户籍或持居住证满一年", "Shenzhen hukou, or residence permit held for a year")],
    [ID, HKB, m("二寸白底照片", "2-inch photo, white background", copies=3),
     m("近期病历或诊断证明", "Recent medical records or diagnosis", required=False)],
    time=("评残后15个工作日", "15 working days after assessment"))
svc("mz.canbu", "d.minzheng", ["1B01"], "M", "残疾人两项补贴申领", "Living and nursing allowances for disabled people",
    ["残疾人生活补贴", "重度残疾护理补贴"],
    "困难残疾人生活补贴和重度残疾人护理补贴。",
    "Living allowance for disabled people in hardship and nursing allowance for severe disability.",
    [("持有残疾人证", "Holds a disability certificate"), ("符合低收入或一、二级残疾条件", "Low income, or disability grade 1 or 2")],
    [m("残疾人证", "Disability certificate"), ID, BANK], time=("15个工作日", "15 working days"))
svc("mz.dibao", "d.minzheng", ["1B02"], "M", "最低生活保障申请", "Applying for minimum living allowance (dibao)",
    ["低保", "低保户"],
    "家庭人均收入低于当地低保标准的深户籍家庭申请最低生活保障。",
    "Shenzhen hukou households with income per head below the local line apply for the minimum living allowance.",
    [("深圳户籍家庭", "Shenzhen hukou household"), ("家庭人均收入和财产符合标准", "Household income and assets under the limits")],
    [HKB, m("家庭成员身份证", "ID cards of household members"), m("收入证明", "Proof of income"),
     m("家庭经济状况核对授权书", "Authorisation for checking household finances")],
    time=("30个工作日", "30 working days"))
svc("mz.jiuzhu", "d.minzheng", ["1B02"], "M", "临时救助申请", "Temporary emergency assistance",
    ["急难救助", "临时困难补助"],
    "因火灾、交通事故、突发重病等导致基本生活暂时困难的，可申请临时救助，非深户籍也可在居住地申请。",
    "For sudden hardship from fire, accident or serious illness; non-Shenzhen residents can apply where they live.",
    [("遭遇突发事件、意外或大病，基本生活困难", "Basic living hit by an emergency, accident or serious illness")],
    [ID, m("困难情况说明及相关证明（如医疗费票据）", "Statement of hardship and proof such as medical bills")],
    time=("10个工作日，紧急情况先行救助", "10 working days; urgent cases helped first"))

# ---------------- 人社 ----------------
RS = ["2C01", "2C02"]
svc("rs.canbao", "d.renshe", RS, "R", "个人参保登记（含灵活就业人员参保）", "Social insurance enrolment (including freelance workers)",
    ["自己交社保", "灵活就业参保", "个人参保"],
    "无雇主的个体户、自由职业者等以个人身份参加养老、医疗等社会保险。",
    "Self-employed and freelance people enrol in pension and medical insurance on their own.",
    [("年满16周岁，未在单位参保", "Aged 16+, not insured through an employer")],
    [ID, BANK], time=("即办，次月起缴", "Same day; contributions start next month"), online=GD)
svc("rs.zhuanyi", "d.renshe", RS, "R", "养老保险关系转移接续", "Transferring pension insurance records",
    ["社保转移", "转社保", "社保转回老家"],
    "跨省、跨市流动就业的，把基本养老保险关系转入或转出深圳。",
    "Move your basic pension insurance record into or out of Shenzhen when you change city or province.",
    [("在原参保地已停止缴费", "Contributions at the old place have stopped")],
    [ID, m("参保缴费凭证", "Contribution record", required=False)],
    time=("45个工作日", "45 working days"), online=("可在国家社会保险公共服务平台申请", "Also via the national social insurance service platform"))
svc("rs.shebaoka", "d.renshe", RS, "R", "社会保障卡申领、补换", "Applying for or replacing a social security card",
    ["社保卡补办", "社保卡挂失", "办社保卡"],
    "首次申领、遗失补办、损坏换领社会保障卡（含金融功能）。",
    "First application, loss replacement or damaged-card exchange for the social security card (with bank function).",
    [("已在深参保", "Insured in Shenzhen")],
    [ID, RECEIPT], time=("即时制卡，约30分钟", "Made on the spot, about 30 minutes"),
    fee=("首次免费，补换按银行标准", "First card free; replacements at the bank's rate"))
svc("rs.zhengming", "d.renshe", RS, "R", "社会保险参保证明打印", "Printing a social insurance contribution record",
    ["社保清单", "社保缴费记录", "参保明细"],
    "打印个人参保缴费证明，用于购房、入学、积分入户等；一层自助机也可打印。",
    "Print your contribution record for buying a home, school places or points; also at the level-1 self-service machines.",
    [("在深参保", "Insured in Shenzhen")], [ID], online=GD)
svc("rs.shiyejin", "d.renshe", ["2C03"], "R", "失业保险金申领", "Claiming unemployment insurance benefit",
    ["领失业金", "失业补助金"],
    "非因本人意愿中断就业、失业保险缴费满一年的，申领失业保险金。",
    "If you lost your job involuntarily and paid unemployment insurance for a year, claim the benefit.",
    [("非本人意愿中断就业", "Job ended not by your choice"), ("失业保险累计缴费满1年", "At least 1 year of unemployment contributions"),
     ("已办理失业登记并有求职要求", "Registered as unemployed and seeking work")],
    [ID, BANK, m("解除或终止劳动合同证明", "Proof of contract termination")],
    time=("5个工作日", "5 working days"), online=GD)
svc("rs.jiuye-dengji", "d.renshe", ["2C03"], "R", "就业失业登记", "Employment and unemployment registration",
    ["失业登记", "就业登记", "就失业证"],
    "办理就业登记或失业登记，享受就业服务和扶持政策。",
    "Register employment or unemployment to get job services and support.",
    [("劳动年龄内，有就业或求职意愿", "Working age, employed or looking for work")], [ID], online=GD)
svc("rs.chuangye", "d.renshe", ["2C03"], "R", "自主创业补贴申领", "Start-up subsidies",
    ["创业资助", "创业补贴", "租金补贴"],
    "在深首次创业、正常经营满6个月的，可申领一次性创业资助、场租补贴；可申请创业担保贷款。",
    "First-time founders in Shenzhen trading 6 months can claim a one-off grant and rent subsidy, and a guaranteed start-up loan.",
    [("首次创办企业或个体户", "First business or sole proprietorship"), ("正常经营满6个月并为员工缴社保", "Trading for 6 months and paying staff insurance")],
    [ID, LIC, m("经营场所租赁合同", "Premises lease")], time=("20个工作日", "20 working days"), online=GD)
svc("rs.tuixiu", "d.renshe", RS, "R", "退休申请及养老金待遇核定", "Retirement application and pension assessment",
    ["办退休", "领养老金", "退休手续"],
    "达到法定退休年龄、养老保险缴费满规定年限的，申请按月领取基本养老金。",
    "At statutory retirement age with enough contribution years, apply for a monthly basic pension.",
    [("达到法定退休年龄", "Reached statutory retirement age"), ("累计缴费满15年（或按规定延缴）", "At least 15 years of contributions (or top-up as allowed)")],
    [ID, BANK, m("个人档案或工作经历证明", "Personal file or work history", required=False)],
    time=("20个工作日", "20 working days"))
svc("rs.jifen-ruhu", "d.renshe", ["2C04"], "P", "积分入户现场核查", "Points-based hukou entry: on-site document check",
    ["积分入深户", "纯积分入户", "入户积分"],
    "网上积分申请排名入围后，持原件到窗口现场核查，通过后办理入户手续。",
    "After your online points application ranks high enough, bring originals for an on-site check before moving your hukou.",
    [("持深圳居住证", "Holds a Shenzhen residence permit"), ("在深连续参保满规定年限", "Enough continuous insurance years in Shenzhen"),
     ("网上积分排名入围", "Online points application ranked within the quota")],
    [ID, m("深圳居住证", "Shenzhen residence permit"), m("学历、职称或技能证书原件", "Originals of degree, title or skill certificates"),
     m("积分申请回执", "Points application receipt")],
    time=("核查当日出结果", "Result the same day"), online=("积分申请须先在深圳人社网上提交", "Apply for points online at Shenzhen HRSS first"))
svc("rs.rencai-ruhu", "d.renshe", ["2C04"], "P", "人才引进及应届毕业生入户", "Talent and new-graduate hukou entry",
    ["毕业生落户", "学历入户", "人才引进入户"],
    "全日制本科以上学历、应届毕业生或具有中级以上职称、技能的人员申请调入深圳户口。",
    "Holders of full-time degrees, new graduates, or people with intermediate titles or skills apply to move their hukou to Shenzhen.",
    [("全日制本科以上学历或符合人才条件", "Full-time bachelor's degree or other talent criteria"), ("年龄符合规定", "Within the age limit")],
    [ID, m("毕业证、学位证", "Diploma and degree certificate"), m("报到证或就业协议（应届生）", "Registration card or job agreement (new graduates)", required=False)],
    time=("15个工作日", "15 working days"), online=GD)

# ---------------- 医保 ----------------
YB = ["2D01", "2D02"]
svc("yb.shaoer", "d.yibao", YB, "Y", "少儿及大学生医保参保", "Medical insurance for children and university students",
    ["小孩买医保", "学生医保", "少儿医保"],
    "为未成年人、在校学生办理深圳基本医疗保险参保，按年缴费。",
    "Enrol minors and students in Shenzhen basic medical insurance, paid yearly.",
    [("深户或父母一方在深参保", "Shenzhen hukou, or one parent insured in Shenzhen")],
    [m("孩子户口簿或出生医学证明", "Child's household register or birth certificate"), m("父母身份证", "Parents' ID cards")],
    online=GD)
svc("yb.yidi", "d.yibao", YB, "Y", "异地就医备案", "Registration for medical treatment outside Shenzhen",
    ["回老家看病", "异地就医", "跨省报销备案"],
    "长期在外地居住、退休异地安置或转外地就医的，先备案，在外地看病可直接结算。",
    "Register before seeing doctors outside Shenzhen (living elsewhere, retired elsewhere, or referred) so bills settle directly.",
    [("在深参加基本医疗保险", "Insured in Shenzhen basic medical insurance")],
    [ID, m("异地居住证明或转诊证明（按类型）", "Proof of living elsewhere or referral (by type)", required=False)],
    online=("可在国家医保服务平台App自助备案", "Self-register in the national medical insurance app"))
svc("yb.baoxiao", "d.yibao", YB, "Y", "医疗费用零星报销", "Claiming medical costs paid out of pocket",
    ["医药费报销", "手工报销", "垫付医疗费报销"],
    "因急诊、未备案异地就医等原因全额垫付的医疗费用，回深手工报销。",
    "Claim medical bills you paid in full (emergencies, treatment elsewhere without registration).",
    [("在深参保", "Insured in Shenzhen"), ("就医之日起两年内申请", "Within two years of treatment")],
    [ID, m("医疗费用发票原件", "Original medical invoices"), m("费用清单、病历或出院小结", "Itemised bill, records or discharge summary"), BANK],
    time=("20个工作日", "20 working days"))
svc("yb.dangci", "d.yibao", YB, "Y", "医保档次变更", "Changing medical insurance tier",
    ["医保一档改二档", "医保换档"],
    "在一档、二档医疗保险之间申请变更，次月生效。",
    "Switch between tier 1 and tier 2 medical insurance; takes effect next month.",
    [("在深参保", "Insured in Shenzhen")], [ID], online=GD)
svc("yb.shengyu-jintie", "d.yibao", YB, "Y", "生育医疗费用及生育津贴申领", "Maternity medical costs and maternity allowance",
    ["产假工资", "生育报销", "生育津贴"],
    "参保职工生育或计划生育手术后，申领生育津贴和生育医疗费用。",
    "Insured employees claim maternity allowance and childbirth medical costs.",
    [("生育时在深参加生育保险", "Covered by Shenzhen maternity insurance at the birth")],
    [ID, m("出生医学证明", "Medical birth certificate"), m("出院小结", "Discharge summary"), BANK],
    time=("15个工作日", "15 working days"), online=GD)

# ---------------- 公积金 ----------------
GJ = ["2E01", "2E02"]
svc("gjj.zufang", "d.gjj", GJ, "G", "租房提取住房公积金", "Withdrawing provident fund to pay rent",
    ["公积金付房租", "租房提公积金"],
    "在深无自有住房、租房居住的职工按月或按季度提取公积金支付房租。",
    "Employees renting in Shenzhen with no home of their own withdraw to pay rent, monthly or quarterly.",
    [("本人及配偶在深无自有住房", "You and your spouse own no home in Shenzhen"), ("连续足额缴存满3个月", "Paid in full for 3 months")],
    [ID, m("本人银行卡", "Applicant's bank card")], online=GD)
svc("gjj.goufang", "d.gjj", GJ, "G", "购买住房提取住房公积金", "Withdrawing provident fund to buy a home",
    ["买房提公积金", "首付提取"],
    "购买自住住房的，凭购房合同和付款凭证提取公积金。",
    "When buying a home to live in, withdraw with the purchase contract and payment receipts.",
    [("购买本市或户籍地自住住房", "Home bought in Shenzhen or your hukou place"), ("购房一年内申请", "Within one year of buying")],
    [ID, m("购房合同或不动产权证书", "Purchase contract or title deed"), m("购房款发票或付款凭证", "Payment invoice or receipts"),
     m("结婚证（提取配偶账户时）", "Marriage certificate (to use your spouse's account)", required=False)],
    time=("3个工作日", "3 working days"))
svc("gjj.huandai", "d.gjj", GJ, "G", "偿还住房贷款提取住房公积金", "Withdrawing provident fund to repay a mortgage",
    ["还房贷提取", "公积金还贷"],
    "偿还自住住房商业贷款或公积金贷款本息的，按年提取或签约按月冲还贷。",
    "Withdraw yearly, or sign up for monthly offsetting, to repay a commercial or provident fund mortgage.",
    [("贷款用于购买自住住房", "Mortgage is for your own home")],
    [ID, m("借款合同", "Loan contract"), m("还款明细", "Repayment statement")], online=GD)
svc("gjj.xiaohu", "d.gjj", GJ, "G", "离职离深销户提取住房公积金", "Closing the provident fund account on leaving Shenzhen",
    ["回老家取公积金", "辞职提公积金", "公积金销户"],
    "与单位解除劳动关系、户口不在深圳并离开深圳的，封存满半年后销户提取。",
    "If you left your job, have no Shenzhen hukou and leave the city, close the account and withdraw after 6 months sealed.",
    [("非深户籍", "Not a Shenzhen hukou holder"), ("与单位终止劳动关系，账户封存满6个月", "Employment ended, account sealed for 6 months"),
     ("在异地未继续缴存", "Not contributing elsewhere")],
    [ID, m("本人银行卡", "Applicant's bank card")], time=("3个工作日", "3 working days"))
svc("gjj.tuixiu", "d.gjj", GJ, "G", "退休提取住房公积金", "Withdrawing provident fund on retirement",
    ["退休取公积金"],
    "职工办理退休手续后一次性提取账户余额并销户。",
    "After retiring, withdraw the whole balance and close the account.",
    [("已办理退休或达到法定退休年龄", "Retired or reached statutory retirement age")],
    [ID, m("退休证明或养老金领取证明", "Retirement certificate or pension record"), m("本人银行卡", "Applicant's bank card")],
    time=("即办", "Same day"))
svc("gjj.zhengming", "d.gjj", GJ, "G", "住房公积金缴存证明打印", "Printing a provident fund contribution record",
    ["公积金缴存明细", "公积金证明"],
    "打印个人公积金缴存证明或缴存明细，用于贷款、入学等；自助机也可打印。",
    "Print your provident fund contribution record for loans or schools; self-service machines can also print it.",
    [("在深缴存公积金", "Contributing in Shenzhen")], [ID], online=GD)

# ---------------- 市场监管 ----------------
SC = ["3F01", "3F02"]
svc("sc.getihu", "d.shichang", SC, "S", "个体工商户设立登记", "Registering a sole proprietorship (getihu)",
    ["开个体户", "个体执照", "小店执照"],
    "个人或家庭经营小店、档口的，申请个体工商户营业执照；一般当场领照。",
    "Individuals or families running a small shop or stall register as a getihu and usually get the licence on the spot.",
    [("有固定经营场所", "Fixed premises"), ("经营项目不属于禁止类", "Business not on the prohibited list")],
    [ID, m("经营场所租赁合同或房产证明", "Premises lease or property proof")],
    time=("即办", "Same day"), online=("可在'深圳市商事主体登记'系统全程网办", "Fully online via the Shenzhen business registration system"))
svc("sc.gongsi", "d.shichang", SC, "S", "有限责任公司设立登记", "Registering a limited company",
    ["注册公司", "开公司"],
    "新设立有限责任公司，核准名称、领取营业执照，可同步刻章、税务信息确认和开户预约。",
    "Set up a limited company: name approval and business licence, with seal, tax set-up and bank account booking in one go.",
    [("有符合规定的名称、住所和股东", "Valid name, address and shareholders")],
    [m("全体股东及法定代表人身份证", "ID of all shareholders and legal representative"), m("公司章程", "Articles of association"),
     m("住所使用证明", "Proof of address")],
    time=("1个工作日", "1 working day"), online=("推荐在'深圳市商事主体登记'系统网上申报", "Best applied online via the Shenzhen business registration system"))
svc("sc.biangeng", "d.shichang", SC, "S", "营业执照变更登记", "Changing a business licence",
    ["改营业执照地址", "增加经营范围", "换法人"],
    "个体户或企业的名称、经营场所、经营范围、经营者或法定代表人等登记事项变更。",
    "Change the name, premises, business scope, owner or legal representative of a getihu or company.",
    [("登记事项发生变化后30日内申请", "Apply within 30 days of the change")],
    [LIC, ID, m("新经营场所证明（变更地址时）", "Proof of new premises (for address changes)", required=False)],
    time=("即办", "Same day"))
svc("sc.zhuxiao", "d.shichang", SC, "S", "个体户及企业注销登记", "Deregistering a sole proprietorship or company",
    ["关店注销", "执照注销", "简易注销"],
    "停止经营的个体户或企业办理注销；无债权债务的可走简易注销。",
    "Close a getihu or company that has stopped trading; simplified closure if there are no debts.",
    [("已结清税款和债务", "Taxes and debts settled")],
    [LIC, ID, m("清税证明（税务窗口出具）", "Tax clearance certificate (from the tax windows)")],
    time=("个体户即办，企业简易注销公告20日", "Getihu same day; simplified company closure after 20-day notice"))
svc("sc.shipin-xinban", "d.shichang", ["3F03"], "F", "食品经营许可证核发", "Issuing a food business licence",
    ["开饭店办证", "食品许可证", "卖熟食办证"],
    "开餐馆、奶茶店、食杂店、熟食档等从事食品销售或餐饮服务的，申请食品经营许可证。",
    "Restaurants, tea shops, grocery and cooked-food stalls apply for a food business licence.",
    [("已取得营业执照", "Has a business licence"), ("经营场所布局符合食品安全要求", "Premises meet food safety layout rules")],
    [LIC, ID, m("经营场所平面图和设备布局图", "Floor plan and equipment layout"), m("食品安全管理制度", "Food safety rules"),
     m("从业人员健康证明", "Staff health certificates", required=False, note="开业前须办齐", note_en="Needed before opening")],
    time=("10个工作日（仅售预包装食品的备案即办）", "10 working days (pre-packaged food only: filing, same day)"))
svc("sc.shipin-biangeng", "d.shichang", ["3F03"], "F", "食品经营许可变更、延续", "Changing or renewing a food business licence",
    ["食品许可证到期", "食品证换证"],
    "食品经营许可证有效期届满前延续，或变更经营项目、负责人、名称。",
    "Renew a food business licence before it expires, or change its items, manager or name.",
    [("持有有效食品经营许可证", "Holds a valid food business licence"), ("延续须在到期前30个工作日申请", "Renew 30 working days before expiry")],
    [m("食品经营许可证正副本", "Food business licence, original and copy"), LIC, ID],
    time=("10个工作日", "10 working days"))

# ---------------- 税务 ----------------
SW = ["3G01", "3G02"]
svc("sw.xinban", "d.shuiwu", SW, "T", "新办纳税人涉税事项套餐（税务信息确认）", "New taxpayer set-up package (tax registration details)",
    ["税务报到", "税务登记", "新办企业税务"],
    "领取营业执照后办理税务信息确认、税费种认定、实名办税和发票票种核定。",
    "After getting a business licence, confirm tax registration, tax types, real-name filing and invoice types.",
    [("已领取营业执照", "Has a business licence")],
    [LIC, m("法定代表人或经营者身份证", "ID of the legal representative or owner"), m("办税人员身份证", "ID of the tax filing person", required=False)],
    online=("可在广东省电子税务局办理", "Also online in the Guangdong e-Tax Bureau"))
svc("sw.fapiao", "d.shuiwu", ["3G03"], "T", "发票领用及开票额度调整", "Invoices: issuing quota and adjustment",
    ["领发票", "数电票额度", "开票额度不够"],
    "新办户申领发票，或申请调整数电发票开票总额度。",
    "Get invoices as a new taxpayer, or raise the digital invoice quota.",
    [("已完成税务信息确认", "Tax registration confirmed")], [ID, LIC],
    online=("可在电子税务局申请", "Also in the e-Tax Bureau"))
svc("sw.daikai", "d.shuiwu", ["3G03"], "T", "代开增值税发票（自然人）", "Issuing a VAT invoice on behalf of an individual",
    ["个人代开发票", "临时开票"],
    "没有办理税务登记的个人出租房屋、提供劳务等需要开具发票的，申请代开。",
    "Individuals without tax registration who rent out property or provide services can have an invoice issued for them.",
    [("有真实交易", "A real transaction")], [ID, m("合同或交易证明", "Contract or proof of the transaction")],
    fee=("免工本费，按规定缴纳税款", "No issuing fee; taxes due as applicable"), online=("可在电子税务局或'粤税通'小程序申请", "Also online"))
svc("sw.dingding", "d.shuiwu", SW, "T", "个体工商户定期定额核定及申报", "Fixed-quota tax assessment and filing for sole proprietors",
    ["个体户报税", "定额税", "个体户交税"],
    "账簿不健全的个体户由税务机关核定月销售额和应纳税额，按期申报缴纳；月销售额10万元以下免征增值税。",
    "Getihu without proper books get a fixed monthly quota and file on schedule; VAT exempt under CNY 100,000 a month.",
    [("个体工商户", "Sole proprietor"), ("已完成税务信息确认", "Tax registration confirmed")], [LIC, ID],
    online=("可在电子税务局申报", "File online in the e-Tax Bureau"))
svc("sw.wanshui", "d.shuiwu", SW, "T", "个人所得税纳税记录开具", "Personal income tax payment record",
    ["个税证明", "完税证明", "纳税记录"],
    "开具个人所得税纳税记录，用于购房、落户、签证等；自助机或个税App也可开具。",
    "Get your personal income tax record for buying a home, hukou or visas; also from the self-service machine or the IIT app.",
    [("本人申请", "Applicant in person")], [ID], online=("个人所得税App可自行开具", "Self-service in the Individual Income Tax app"))

# ---------------- 卫健 ----------------
svc("wj.shengyu", "d.weijian", ["3H01"], "W", "生育登记服务", "Birth registration service (family planning)",
    ["生育服务登记", "准生证", "怀孕登记"],
    "夫妻生育子女的，在户籍地或居住地办理生育登记，可孕前或产后办理。",
    "Couples register a birth, before pregnancy or after the birth, where they live or where their hukou is.",
    [("夫妻一方户籍或居住地在本街道", "One spouse's hukou or residence is in this sub-district")],
    [m("夫妻双方身份证", "Both spouses' ID cards"), m("结婚证（未婚的按实际情况）", "Marriage certificate (unmarried: as applicable)", required=False)],
    online=("可在'i深圳'或'粤省事'办理", "Also online in i Shenzhen or Yueshengshi"))
svc("wj.jiangli", "d.weijian", ["3H01"], "W", "计划生育家庭奖励扶助", "Rewards and assistance for family-planning families",
    ["独生子女奖励", "失独家庭扶助"],
    "独生子女父母退休奖励、计划生育特殊家庭扶助金申请。",
    "One-child parents' retirement reward and assistance for special family-planning families.",
    [("深圳户籍", "Shenzhen hukou"), ("符合独生子女或特殊家庭条件", "One-child or special family criteria")],
    [ID, HKB, m("独生子女父母光荣证", "One-child parents' certificate", required=False), BANK],
    time=("20个工作日", "20 working days"))

# ---------------------------------------------------------------- geometry
YWIN, YWIN_DOOR, YCOR, YPLACE_DOOR, YPLACE = 0.18, 0.32, 0.50, 0.68, 0.82


def build():
    floors = []
    for fid, name, name_en, mapname in FLOORS:
        nodes, paths, spine = [], [], []
        for w in WINDOWS:
            if w[1] == fid:
                j = f"j-{w[0]}"
                nodes.append({"id": j, "x": w[6], "y": YCOR})
                paths.append([w[0], j])
                spine.append((w[6], j))
        for p in PLACES:
            if p[4] == fid:
                j = f"j-{p[0]}"
                nodes.append({"id": j, "x": p[5], "y": YCOR})
                paths.append([p[0], j])
                spine.append((p[5], j))
        if fid == "fl1":
            nodes.append({"id": "j-kiosk", "x": 0.12, "y": YCOR})
            paths.append(["kiosk", "j-kiosk"])
            spine.append((0.12, "j-kiosk"))
        else:
            n = fid[-1]
            nodes.append({"id": f"lift-{n}", "x": 0.90, "y": 0.80, "kind": "lift", "link": "lift-main",
                          "name": f"电梯（{name}）", "name_en": f"Lift ({name_en})"})
            nodes.append({"id": f"j-lift-{n}", "x": 0.90, "y": YCOR})
            paths.append([f"lift-{n}", f"j-lift-{n}"])
            spine.append((0.90, f"j-lift-{n}"))
            nodes.append({"id": f"stair-{n}", "x": 0.96, "y": 0.80, "kind": "stairs", "link": "stair-east",
                          "name": f"楼梯（{name}）", "name_en": f"Stairs ({name_en})"})
            nodes.append({"id": f"j-stair-{n}", "x": 0.96, "y": YCOR})
            paths.append([f"stair-{n}", f"j-stair-{n}"])
            spine.append((0.96, f"j-stair-{n}"))
        # merge junctions that share an x (keep distinct ids; the spine visits them in x order)
        spine.sort()
        paths.append([j for _, j in spine])
        floors.append({"id": fid, "name": name, "name_en": name_en, "map": mapname,
                       "walkways": {"width_m": 50, "height_m": 24, "nodes": nodes, "paths": paths}})
    hall = {
        "id": "sz-pengwan-rongling",
        "name": "深圳市鹏湾区榕岭街道行政服务大厅",
        "name_en": "Rongling Sub-district Administrative Service Hall, Pengwan District, Shenzhen",
        "address": "广东省深圳市鹏湾区榕岭街道榕兴路188号榕岭党群服务中心",
        "address_en": "188 Rongxing Road, Rongling Sub-district, Pengwan District, Shenzhen, Guangdong",
        "hours": "周一至周五 9:00–12:00、14:00–18:00；周六上午 9:00–12:00（延时服务）",
        "hours_en": "Mon–Fri 9:00–12:00 and 14:00–18:00; Saturday 9:00–12:00 (extended service)",
        "phone": "0755-2690 7788",
        "floors": floors,
        "kiosk": {"floor": "fl1", "x": 0.12, "y": 0.58},
    }
    windows = [{"id": w[0], "floor": w[1], "zone": w[2], "zone_en": w[3], "x": w[6], "y": YWIN,
                "label": w[4], "label_en": w[5], "door": {"x": w[6], "y": YWIN_DOOR}} for w in WINDOWS]
    places = []
    for p in PLACES:
        d = {"id": p[0], "name": p[1], "name_en": p[2], "aliases": p[3], "floor": p[4], "x": p[5], "y": YPLACE,
             "notes": p[8], "notes_en": p[9], "door": {"x": p[5], "y": YPLACE_DOOR}}
        if p[6]:
            d["kind"] = p[6]
            d["link"] = p[7]
        places.append(d)
    cat = {"schema_version": 1, "hall": hall,
           "departments": [{"id": a, "name": b, "name_en": c} for a, b, c in DEPTS],
           "windows": windows, "places": places, "services": S}
    (OUT / "catalog.json").write_text(json.dumps(cat, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for fid, name, name_en, mapname in FLOORS:
        svg(fid, name, name_en, mapname)


def svg(fid, name, name_en, mapname):
    W, H = 1000, 480
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" font-family="sans-serif">',
           f'<rect x="4" y="4" width="{W-8}" height="{H-8}" fill="#fafaf5" stroke="#333" stroke-width="3"/>',
           f'<rect x="20" y="{YCOR*H-30}" width="{W-40}" height="60" fill="#e8eef5"/>',
           f'<text x="24" y="30" font-size="20">{name} {name_en}</text>']
    for w in WINDOWS:
        if w[1] == fid:
            x = w[6] * W
            out.append(f'<rect x="{x-34}" y="{YWIN*H-30}" width="68" height="60" fill="#fff" stroke="#357"/>')
            out.append(f'<text x="{x}" y="{YWIN*H}" font-size="14" text-anchor="middle">{w[0]}</text>')
            out.append(f'<text x="{x}" y="{YWIN*H+18}" font-size="10" text-anchor="middle">{w[4]}</text>')
    for p in PLACES:
        if p[4] == fid:
            x = p[5] * W
            out.append(f'<rect x="{x-32}" y="{YPLACE*H-30}" width="64" height="60" fill="#fff7e6" stroke="#a73"/>')
            out.append(f'<text x="{x}" y="{YPLACE*H+4}" font-size="11" text-anchor="middle">{p[1][:7]}</text>')
    if fid != "fl1":
        for x, t in ((0.90, "电梯"), (0.96, "楼梯")):
            out.append(f'<rect x="{x*W-22}" y="{0.8*H-30}" width="44" height="60" fill="#eee" stroke="#555"/>')
            out.append(f'<text x="{x*W}" y="{0.8*H+4}" font-size="12" text-anchor="middle">{t}</text>')
    else:
        out.append(f'<circle cx="{0.12*W}" cy="{0.58*H}" r="9" fill="#d33"/>')
        out.append(f'<text x="{0.12*W+14}" y="{0.58*H+5}" font-size="12">您在这里 You are here</text>')
        out.append(f'<text x="30" y="{H-14}" font-size="13">入口 Entrance</text>')
    out.append("</svg>")
    (OUT / mapname).write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
    print(len(S), "services,", len(PLACES), "places,", len(WINDOWS), "windows")
