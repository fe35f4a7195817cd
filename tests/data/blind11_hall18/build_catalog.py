#!/usr/bin/env python3
"""Build catalog.json for the fictional 天津市津沽区政务服务中心 (stdlib only).

Hand-written data; the script only expands compact tuples into the catalog schema and
lays out windows/places/walkways on three floors.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-11-20"
ONLINE = "可在“津心办”App或天津网上办事大厅搜索事项名称在线申请"
ONLINE_EN = "Can be applied for online via the Jinxinban app or the Tianjin online service portal"

# ---------------------------------------------------------------- departments
DEPTS = [
    ("bm-gongan-huzheng", "津沽公安分局户政服务窗口", "Household Registration (Jingu Public Security Sub-bureau)"),
    ("bm-gongan-crj", "津沽公安分局出入境接待窗口", "Exit-Entry Administration Reception"),
    ("bm-renshe", "区人力资源和社会保障局", "District Human Resources and Social Security Bureau"),
    ("bm-yibao", "区医疗保障局", "District Healthcare Security Bureau"),
    ("bm-gjj", "天津市住房公积金管理中心津沽管理部", "Tianjin Housing Provident Fund Centre, Jingu Branch"),
    ("bm-shichang", "区市场监督管理局", "District Administration for Market Regulation"),
    ("bm-shuiwu", "国家税务总局天津市津沽区税务局", "Jingu District Taxation Bureau"),
    ("bm-budongchan", "区不动产登记中心", "District Real Estate Registration Centre"),
    ("bm-minzheng", "区民政局（含婚姻登记处）", "District Civil Affairs Bureau (incl. Marriage Registry)"),
    ("bm-weijian", "区卫生健康委员会", "District Health Commission"),
    ("bm-keji", "区科学技术局（外国人工作管理服务窗口）", "District Science and Technology Bureau (Foreigners' Work Permit Desk)"),
]

# ---------------------------------------------------------------- floors, windows
# (id, floor, zone, x, label, label_en)
WINDOWS = [
    ("1-01", "F1", "一楼公安服务区", 0.10, "户政（身份证）", "Household reg. (ID cards)"),
    ("1-02", "F1", "一楼公安服务区", 0.20, "户政（户口）", "Household reg. (hukou)"),
    ("1-03", "F1", "一楼公安服务区", 0.30, "户政（户口迁移·居住证）", "Household reg. (moves, residence permit)"),
    ("1-04", "F1", "一楼公安服务区", 0.42, "出入境证件受理", "Exit-entry documents"),
    ("1-05", "F1", "一楼公安服务区", 0.52, "出入境（外国人业务）", "Exit-entry (foreign nationals)"),
    ("1-06", "F1", "一楼不动产登记区", 0.70, "不动产登记·税费一窗受理", "Real estate & tax one-stop"),
    ("1-07", "F1", "一楼不动产登记区", 0.80, "不动产登记（抵押·查询·补证）", "Real estate (mortgage, search, reissue)"),
    ("2-01", "F2", "二楼社保服务区", 0.10, "社会保障卡", "Social security card"),
    ("2-02", "F2", "二楼社保服务区", 0.20, "养老保险（退休·认证·转移）", "Pension (retirement, verification, transfer)"),
    ("2-03", "F2", "二楼社保服务区", 0.30, "就业失业·工伤", "Employment, unemployment, work injury"),
    ("2-04", "F2", "二楼社保服务区", 0.40, "灵活就业参保", "Flexible-employment enrolment"),
    ("2-05", "F2", "二楼医保服务区", 0.55, "医保参保·备案", "Medical insurance enrolment & registration"),
    ("2-06", "F2", "二楼医保服务区", 0.65, "医保报销·门特·生育", "Medical reimbursement, special outpatient, maternity"),
    ("2-07", "F2", "二楼公积金服务区", 0.78, "公积金提取", "Provident fund withdrawal"),
    ("2-08", "F2", "二楼公积金服务区", 0.88, "公积金贷款·转移·单位业务", "Provident fund loans, transfer, employers"),
    ("3-01", "F3", "三楼企业服务区", 0.10, "企业登记", "Business registration"),
    ("3-02", "F3", "三楼企业服务区", 0.20, "个体户·食品经营许可", "Sole traders, food business licence"),
    ("3-03", "F3", "三楼税务服务区", 0.32, "税务综合（新办·发票）", "Tax (new taxpayers, invoices)"),
    ("3-04", "F3", "三楼税务服务区", 0.42, "税务综合（个税·完税证明）", "Tax (IIT, tax certificates)"),
    ("3-05", "F3", "三楼民生服务区", 0.58, "社会救助·养老服务", "Social assistance, elderly services"),
    ("3-06", "F3", "三楼民生服务区", 0.70, "婚姻登记处", "Marriage registry"),
    ("3-07", "F3", "三楼民生服务区", 0.84, "卫生健康·外国人工作许可", "Health; foreigners' work permits"),
]

# (id, floor, name, name_en, aliases, x, y, notes, notes_en, kind, link)
PLACES = [
    ("ss-wc-1f", "F1", "一楼卫生间", "Toilets (1F)", ["卫生间", "洗手间", "toilet"], 0.93, 0.85,
     "一楼东侧电梯旁，含无障碍厕位。", "East side next to the lift; accessible cubicle inside.", None, ""),
    ("ss-wc-3f", "F3", "三楼卫生间", "Toilets (3F)", ["卫生间", "toilet"], 0.93, 0.85,
     "三楼东侧。二楼卫生间装修中，请使用一楼或三楼。", "East side. 2F toilets under renovation.", None, ""),
    ("ss-lift", "F1", "客梯", "Lift", ["电梯", "lift", "elevator"], 0.93, 0.15,
     "东侧两部客梯，通往一至三楼及地下车库。", "Two lifts on the east side, B1 to 3F.", "lift", "lift"),
    ("ss-stairs", "F1", "楼梯间", "Stairs", ["楼梯", "stairs"], 0.03, 0.15,
     "西侧楼梯，通往二、三楼。", "West staircase to 2F and 3F.", "stairs", "stairs"),
    ("ss-photo", "F1", "自助证件照相亭", "Self-service ID photo booth", ["照相", "证件照", "photo booth"], 0.36, 0.85,
     "可拍身份证、护照、港澳通行证、社保卡、结婚登记照片，扫码付费15元/次。",
     "ID, passport, HK/Macao pass, social security card and marriage photos; 15 yuan per session.", None, ""),
    ("ss-copy", "F1", "复印打印服务点", "Copy & print point", ["复印", "打印", "copy"], 0.46, 0.85,
     "办事材料免费复印，每人每次不超过20页；另有身份证复印一体机。",
     "Free copies of application documents, up to 20 pages per person.", None, ""),
    ("ss-selfservice", "F1", "24小时自助服务区", "24-hour self-service area", ["自助区", "自助终端", "self-service"], 0.06, 0.85,
     "南门东侧，可打印社保权益单、公积金缴存证明、不动产登记信息查询结果、个税完税证明，夜间刷身份证进入。",
     "By the south door; prints social insurance records, fund statements, property records and tax certificates.", None, ""),
    ("ss-ems", "F1", "EMS邮政寄递窗口", "EMS postal counter", ["EMS", "邮寄", "快递"], 0.60, 0.85,
     "证件邮寄到家、材料寄递，工作日8:30–17:00。", "Post documents home; weekdays 8:30–17:00.", None, ""),
    ("ss-water", "F2", "便民饮水点", "Drinking water", ["饮水机", "热水", "water"], 0.48, 0.85,
     "二楼电梯厅旁，提供热水、一次性纸杯，旁边有自动售货机。", "Next to the 2F lift lobby; hot water and a vending machine.", None, ""),
    ("ss-rest", "F2", "休息等候区", "Waiting & rest area", ["等候区", "休息区", "waiting area"], 0.25, 0.85,
     "二楼中庭，设座椅、老花镜、充电宝租借、爱心轮椅。", "2F atrium; seats, reading glasses, power banks, wheelchairs.", None, ""),
    ("ss-muying", "F2", "母婴室", "Mother-and-baby room", ["母婴室", "nursing room"], 0.70, 0.85,
     "二楼医保区南侧，内设哺乳椅、尿布台、温奶器。", "South of the 2F medical insurance area.", None, ""),
    ("ss-parking", "F1", "地下停车场入口", "Underground car park", ["停车场", "parking"], 0.50, 0.98,
     "地下一层，办事群众凭当日取号小票免费停车2小时；入口在港城大道辅路。",
     "B1; 2 hours free with a queue ticket from the same day. Entrance from the Gangcheng Avenue service road.", None, ""),
    ("ss-wza", "F1", "无障碍出入口", "Accessible entrance", ["无障碍通道", "accessible entrance"], 0.20, 0.98,
     "南门西侧坡道，门口有呼叫铃，工作人员可推轮椅接送。", "Ramp west of the south door, with a call bell.", None, ""),
    ("ss-daoban", "F1", "咨询导办台", "Information & guidance desk", ["咨询台", "导办台", "帮办代办", "information desk"], 0.50, 0.55,
     "一楼大厅中央，工作人员提供咨询、取号指引、帮办代办、老年人陪同办理，可协助英语沟通。",
     "Centre of the 1F lobby; staff help with questions, tickets and accompanied service; some English spoken.", None, ""),
    ("ss-jiaoyan", "F3", "企业开办专区·材料打印", "Business start-up corner", ["企业开办专区"], 0.50, 0.85,
     "三楼，提供电脑填报企业登记、刻章、银行预约开户，一站式领取营业执照和印章。",
     "3F; PCs for online business registration, seal engraving and bank account booking.", None, ""),
]

# ---------------------------------------------------------------- services
# Each service: dict with compact materials list of (name, name_en, original, copies, required, note)
S = []


def svc(id, name, name_en, dept, aliases, summary, summary_en, conditions, materials, windows, q,
        time_limit="", fee="不收费", fee_en="Free", time_limit_en="", appointment="", online=ONLINE,
        notes="", notes_en="", conditions_en=None, hours=None, online_en=None):
    m = []
    for t in materials:
        nm, ne, orig, cp, req = t[:5]
        note = t[5] if len(t) > 5 else ""
        m.append({"name": nm, "name_en": ne, "original": orig, "copies": cp, "required": req, "note": note})
    d = {"id": id, "name": name, "name_en": name_en, "department": dept, "aliases": aliases,
         "summary": summary, "summary_en": summary_en, "conditions": conditions,
         "conditions_en": conditions_en or [], "materials": m, "windows": windows, "queue_prefix": q,
         "time_limit": time_limit, "time_limit_en": time_limit_en, "fee": fee, "fee_en": fee_en,
         "hours": hours, "appointment": appointment, "online": online,
         "online_en": ONLINE_EN if online_en is None and online == ONLINE else (online_en or ""),
         "notes": notes, "notes_en": notes_en, "updated": UPD}
    S.append(d)


HK = ("居民户口簿", "Household register (hukou booklet)", True, 0, True)
SFZ = ("居民身份证", "Resident ID card", True, 0, True)
SFZ1 = ("居民身份证", "Resident ID card", True, 1, True)

# ---- 户政
svc("hz-sfz-01", "居民身份证首次申领", "First application for a resident ID card", "bm-gongan-huzheng",
    ["身份证首次申领", "首次领证"],
    "未满16周岁或年满16周岁首次申领居民身份证，现场采集照片和指纹。",
    "First-time ID card application; photo and fingerprints are taken on site.",
    ["本区常住户口", "从未办理过居民身份证"],
    [HK, ("监护人居民身份证", "Guardian's ID card", True, 0, False, "未满16周岁须监护人陪同")],
    ["1-01"], "A", "20个工作日", "20元", "20 yuan", "20 working days",
    notes="窗口可免费拍照；可选择EMS邮寄到家。")
svc("hz-sfz-02", "居民身份证有效期满换领", "Renewal of an expiring resident ID card", "bm-gongan-huzheng",
    ["身份证换领", "到期换证"],
    "身份证有效期届满前三个月内或已过期，可持原证换领新证，全国范围内可异地办理。",
    "Renew within three months before expiry or after expiry; can be done anywhere in China.",
    ["身份证有效期即将届满（3个月内）或已届满"],
    [("原居民身份证", "Old ID card", True, 0, True), HK],
    ["1-01"], "A", "20个工作日（异地办理30个工作日）", "20元", "20 yuan", "20 working days (30 if non-local)",
    notes="70岁以上老人及行动不便者可预约上门办理。")
svc("hz-sfz-03", "居民身份证遗失补领", "Replacement of a lost resident ID card", "bm-gongan-huzheng",
    ["身份证补领", "身份证挂失"],
    "身份证丢失或被盗的，挂失后补领新证；急需乘机乘车可同时申领临时身份证。",
    "Report a lost or stolen ID card and apply for a new one.",
    ["居民身份证遗失、被盗"],
    [HK, ("照相回执", "Photo receipt", True, 0, False, "可现场拍照")],
    ["1-01"], "A", "20个工作日", "40元", "40 yuan", "20 working days")
svc("hz-sfz-04", "临时居民身份证申领", "Temporary resident ID card", "bm-gongan-huzheng",
    ["临时身份证"],
    "正式身份证办理期间急需使用的，可申领临时身份证，有效期三个月。",
    "A three-month temporary ID card while the regular card is being made.",
    ["已申领正式身份证且在制证期间"],
    [HK, ("身份证申领受理回执", "ID application receipt", True, 0, True)],
    ["1-01"], "A", "当场办结", "10元", "10 yuan", "Same day")
svc("hz-hk-01", "出生登记", "Birth registration (newborn hukou)", "bm-gongan-huzheng",
    ["新生儿落户", "出生申报户口"],
    "新生儿出生后随父亲或母亲申报常住户口。",
    "Register a newborn's hukou with the father or mother.",
    ["父母一方为本区常住户口", "婴儿出生一个月内申报为宜"],
    [("出生医学证明", "Birth medical certificate", True, 1, True), HK,
     ("父母双方居民身份证", "Both parents' ID cards", True, 1, True),
     ("结婚证", "Marriage certificate", True, 1, False, "非婚生育的提供相关说明")],
    ["1-02"], "B", "当场办结", online="可在“津心办”App“出生一件事”联办", online_en="Via the 'Birth' bundle in Jinxinban")
svc("hz-hk-02", "户口迁入（市外迁入）", "Hukou transfer into Tianjin from another city", "bm-gongan-huzheng",
    ["市外迁入", "投靠落户", "人才落户"],
    "符合天津市落户政策（人才引进、夫妻投靠、父母投靠子女、购房等）从外省市迁入本区。",
    "Move hukou into the district under Tianjin's settlement policy (talent, spouse, parents, home purchase).",
    ["符合天津市户籍准入条件", "已取得准予迁入证明或通过“津心办”网上审核"],
    [SFZ1, HK, ("准予迁入证明", "Permit to move in", True, 0, True),
     ("户口迁移证", "Hukou transfer certificate", True, 0, False, "已实行跨省通办的地区免提供"),
     ("关系证明（结婚证、出生证明等）", "Proof of relationship", True, 1, False, "投靠类提供")],
    ["1-02", "1-03"], "B", "审核类15个工作日，落户当场办结", time_limit_en="15 working days for approval")
svc("hz-hk-03", "户口迁出（迁往市外）", "Hukou transfer out of Tianjin", "bm-gongan-huzheng",
    ["迁往外省市", "户口迁出"],
    "迁往外省市的，凭迁入地准迁证明办理迁出；已开通跨省通办的可在迁入地直接办理。",
    "Moving hukou to another province; in many cases can be done at the destination.",
    ["已取得迁入地公安机关准迁证明"],
    [SFZ, HK, ("准予迁入证明", "Permit from destination", True, 0, True)],
    ["1-03"], "B", "当场办结")
svc("hz-hk-04", "本市范围内户口迁移", "Hukou move within Tianjin", "bm-gongan-huzheng",
    ["市内迁移", "区内迁移"],
    "在天津市内因购房、投靠亲属等原因在区与区之间或区内迁移户口。",
    "Move hukou within Tianjin because of a home purchase or joining relatives.",
    ["在迁入地有合法固定住所或经房主同意投靠"],
    [SFZ, HK, ("不动产权证书或房屋租赁备案", "Property certificate", True, 1, True),
     ("房主同意落户书面意见", "Owner's written consent", True, 0, False, "投靠他人房产时提供")],
    ["1-03"], "B", "当场办结")
svc("hz-hk-05", "死亡人员户口注销", "Hukou cancellation after death", "bm-gongan-huzheng",
    ["死亡注销户口", "销户"],
    "公民死亡后，由家属持死亡证明办理户口注销，同时交回身份证。",
    "Relatives cancel a deceased person's hukou with the death certificate.",
    ["户籍人员已死亡"],
    [("居民死亡医学证明（推断）书或死亡证明", "Death certificate", True, 0, True), HK,
     ("死者居民身份证", "Deceased's ID card", True, 0, False, "遗失的说明情况"),
     ("申报人居民身份证", "Applicant's ID card", True, 0, True)],
    ["1-02"], "B", "当场办结", online="可通过“身后一件事”联办", online_en="Via the 'After death' bundle")
svc("hz-jzz-01", "天津市居住证申领", "Tianjin residence permit", "bm-gongan-huzheng",
    ["居住证"],
    "非本市户籍人员在本市居住半年以上，符合合法稳定就业、住所或连续就读条件之一的，可申领居住证。",
    "For non-local residents living in Tianjin over six months with a job, home or school.",
    ["已办理居住登记满半年", "有合法稳定就业、合法稳定住所或连续就读之一"],
    [SFZ1, ("劳动合同或营业执照", "Labour contract or business licence", False, 1, False),
     ("租房合同或房产证明", "Rental contract or property proof", False, 1, False),
     ("近期免冠照片", "Recent photo", True, 0, False, "可现场采集")],
    ["1-03"], "B", "15个工作日", "首次申领免费", "First permit free", "15 working days")

# ---- 出入境
svc("crj-01", "普通护照签发", "Ordinary passport", "bm-gongan-crj",
    ["护照办理", "护照换发补发"],
    "中国公民因私出国申请普通护照，含首次申请、换发、补发，全国通办。",
    "Apply for, renew or replace a Chinese passport.",
    ["中国公民"],
    [SFZ, ("原护照", "Old passport", True, 0, False, "换发时提供"),
     ("出入境证件照片回执", "Exit-entry photo receipt", True, 0, False, "可在照相亭拍摄")],
    ["1-04"], "C", "7个工作日", "120元", "120 yuan", "7 working days",
    appointment="建议通过“移民局12367”App预约", notes="国家工作人员需提供单位备案意见。")
svc("crj-02", "往来港澳通行证及签注", "Exit-entry permit for Hong Kong and Macao, and endorsements",
    "bm-gongan-crj", ["港澳通行证", "港澳签注"],
    "申请往来港澳通行证（卡式）及团队旅游、个人旅游、探亲等签注；续签可在自助机办理。",
    "Apply for the HK/Macao permit and travel endorsements; renew endorsements at self-service machines.",
    ["中国内地居民"],
    [SFZ, ("出入境证件照片回执", "Exit-entry photo receipt", True, 0, False)],
    ["1-04"], "C", "7个工作日（签注自助机当场办结）", "证件60元，签注每次15元",
    "60 yuan for the permit, 15 yuan per endorsement", "7 working days")
svc("crj-03", "往来台湾通行证及签注", "Travel permit to Taiwan and endorsements", "bm-gongan-crj",
    ["台湾通行证", "赴台签注"],
    "申请往来台湾通行证及一次有效、多次有效签注。",
    "Apply for the Taiwan travel permit and endorsements.",
    ["中国内地居民"],
    [SFZ, ("出入境证件照片回执", "Exit-entry photo receipt", True, 0, False)],
    ["1-04"], "C", "10个工作日", "证件60元，签注每次15元", "60 yuan permit, 15 yuan per endorsement",
    "10 working days")
svc("crj-04", "外国人居留许可签发（工作类）", "Residence permit for foreigners (work)", "bm-gongan-crj",
    ["外国人居留许可", "工作类居留"],
    "已取得外国人工作许可的外籍人员及随行家属，在入境后30日内申请工作类居留许可，或到期前30日申请延期。",
    "Foreign employees holding a work permit (and accompanying family) apply for a work residence permit within 30 days of entry, or renew 30 days before expiry.",
    ["持Z字签证入境或居留许可即将到期", "已取得《外国人工作许可证》"],
    [("护照及有效签证", "Passport and valid visa", True, 1, True),
     ("外国人工作许可证", "Foreigner's work permit", True, 1, True),
     ("境外人员住宿登记表", "Registration form of temporary residence", True, 1, True, "入住后24小时内在辖区派出所登记"),
     ("单位公函", "Employer's letter", True, 0, True),
     ("出入境证件照片回执", "Photo receipt", True, 0, True)],
    ["1-05"], "C", "7个工作日", "1年期400元，2–3年期800元，3–5年期1000元",
    "400 yuan (1 yr), 800 yuan (2–3 yrs), 1000 yuan (3–5 yrs)", "7 working days",
    conditions_en=["Entered with a Z visa or permit about to expire", "Holds a foreigner's work permit"],
    notes="外国人业务窗口可提供英语服务。", notes_en="English service available at window 1-05.")

# ---- 人社
svc("rs-sbk-01", "社会保障卡申领", "Application for a social security card", "bm-renshe",
    ["社保卡申领", "第三代社保卡"],
    "参加本市社会保险的人员申领第三代社会保障卡（含金融功能），可即时制卡。",
    "Apply for the third-generation social security card; instant issuance available.",
    ["已在本市参加社会保险或城乡居民医保"],
    [SFZ, ("监护人身份证及户口簿", "Guardian's ID and hukou", True, 0, False, "16周岁以下提供")],
    ["2-01"], "D", "即时制卡当场领取，批量制卡20个工作日", "首次申领免费", "Free for first card",
    "Instant, or 20 working days for batch issue")
svc("rs-sbk-02", "社会保障卡挂失、补换", "Reporting loss / replacing a social security card", "bm-renshe",
    ["社保卡补换", "社保卡挂失", "社保卡换卡"],
    "社保卡遗失、损坏或信息变更的，先挂失后补换；可电话12333临时挂失。",
    "Report a lost or damaged card and get a replacement.",
    ["社保卡遗失、损坏、芯片失效或需要换发"],
    [SFZ, ("原社保卡", "Old card", True, 0, False, "损坏换卡时交回")],
    ["2-01"], "D", "即时制卡当场领取", "补卡工本费20元（损坏换卡免费）",
    "20 yuan for a lost card; free if damaged", "Same day")
svc("rs-yl-01", "职工基本养老保险退休申请", "Application for retirement under employee pension insurance",
    "bm-renshe", ["退休申报", "养老金申领"],
    "达到法定退休年龄且缴费满最低年限的职工，由单位或本人（灵活就业）申报退休，核定养老金。",
    "Employees reaching statutory retirement age with enough contribution years apply to retire and have their pension calculated.",
    ["达到法定退休年龄（含弹性退休）", "累计缴费年限符合规定"],
    [SFZ1, ("本人档案", "Personnel file", True, 0, True, "存档机构调档"),
     ("社保卡", "Social security card", True, 0, True),
     ("单位退休申报表", "Employer's retirement form", True, 1, False, "单位职工提供")],
    ["2-02"], "D", "20个工作日", appointment="建议提前1个月预约审核档案")
svc("rs-yl-02", "养老保险待遇领取资格认证", "Annual eligibility verification for pensioners", "bm-renshe",
    ["资格认证", "待遇认证"],
    "领取养老金人员每年进行一次资格认证，可在“天津人力社保”App刷脸或来窗口认证。",
    "Pensioners verify eligibility once a year, by face scan on the app or at the window.",
    ["正在领取天津市基本养老保险待遇"],
    [SFZ, ("社保卡", "Social security card", True, 0, False)],
    ["2-02"], "D", "当场办结", online="“天津人力社保”App或微信公众号刷脸认证",
    online_en="Face verification in the Tianjin HRSS app",
    notes="居住外地或出国的可视频认证；行动不便者可申请上门认证。")
svc("rs-yl-03", "养老保险关系转移接续", "Transfer of pension insurance records between regions", "bm-renshe",
    ["养老保险转移", "社保转入转出"],
    "跨省流动就业人员将原参保地养老保险关系转入本市，或由本市转出。",
    "Move pension insurance records into or out of Tianjin when changing jobs across provinces.",
    ["已在新参保地参保缴费"],
    [SFZ, ("参保缴费凭证", "Contribution certificate", True, 0, False, "原参保地开具，可线上获取")],
    ["2-02"], "D", "45个工作日", time_limit_en="45 working days",
    online="可通过国家社会保险公共服务平台申请转移", online_en="Via the national social insurance platform")
svc("rs-jy-01", "失业保险金申领", "Unemployment benefit", "bm-renshe",
    ["失业金", "失业保险金"],
    "非本人意愿中断就业、缴纳失业保险满一年并已办理失业登记的人员申领失业保险金。",
    "For insured people who lost their job involuntarily after at least one year of contributions.",
    ["非因本人意愿中断就业", "失业前累计缴费满1年", "已进行失业登记并有求职要求"],
    [SFZ, ("社保卡", "Social security card", True, 0, True),
     ("解除或终止劳动合同证明", "Termination certificate", True, 1, True)],
    ["2-03"], "E", "当场受理，次月发放")
svc("rs-jy-02", "就业创业证申领", "Employment and Entrepreneurship Certificate", "bm-renshe",
    ["就业创业证", "失业登记"],
    "劳动年龄内有就业要求的人员办理就业或失业登记，申领《就业创业证》，享受就业扶持政策。",
    "Register employment/unemployment status and get the Employment and Entrepreneurship Certificate.",
    ["劳动年龄内", "有劳动能力和就业要求"],
    [SFZ, ("近期一寸照片", "1-inch photo", True, 0, False)],
    ["2-03"], "E", "当场办结")
svc("rs-gs-01", "工伤认定申请", "Application for work-related injury recognition", "bm-renshe",
    ["工伤认定"],
    "职工发生事故伤害或患职业病，单位应在30日内、职工或近亲属在1年内提出工伤认定申请。",
    "Apply for recognition of a work injury: employer within 30 days, worker within 1 year.",
    ["在工作时间、工作场所内因工作原因受伤等法定情形"],
    [("工伤认定申请表", "Application form", True, 1, True), SFZ1,
     ("劳动关系证明", "Proof of employment", False, 1, True),
     ("医疗机构诊断证明", "Medical diagnosis", True, 1, True)],
    ["2-03"], "E", "受理后60日内作出认定", time_limit_en="Decision within 60 days")
svc("rs-lh-01", "灵活就业人员参保登记", "Social insurance enrolment for flexibly employed persons", "bm-renshe",
    ["灵活就业参保", "个人参保登记"],
    "本市户籍或持居住证的无雇工个体户、非全日制从业人员等以个人身份参加职工养老、医疗保险。",
    "Self-employed and part-time workers enrol in employee pension and medical insurance as individuals.",
    ["法定劳动年龄内", "本市户籍或持本市居住证"],
    [SFZ, ("银行卡或社保卡", "Bank or social security card", True, 0, True, "用于签约扣款")],
    ["2-04"], "E", "当场办结")

# ---- 医保
svc("yb-01", "城乡居民基本医疗保险参保登记", "Enrolment in urban and rural residents' medical insurance",
    "bm-yibao", ["居民医保参保", "学生儿童参保"],
    "未参加职工医保的本市户籍居民、持居住证人员及新生儿、学生参加城乡居民医保，集中缴费期为每年9–12月。",
    "For residents without employee medical insurance; contribution period September–December.",
    ["未参加职工基本医疗保险"],
    [SFZ, HK, ("出生医学证明", "Birth certificate", True, 0, False, "新生儿提供")],
    ["2-05"], "F", "当场办结", "成年居民按档次缴费", "Premium by tier")
svc("yb-02", "异地就医备案", "Registration for medical treatment outside Tianjin", "bm-yibao",
    ["异地就医备案", "异地安置备案"],
    "异地长期居住、异地安置退休、异地工作或转诊人员办理备案后，可在就医地直接结算。",
    "Register before seeking treatment elsewhere so bills can be settled directly.",
    ["异地长期居住、工作或经医院转诊"],
    [SFZ, ("社保卡", "Social security card", True, 0, False), ("异地就医备案表", "Registration form", True, 0, True)],
    ["2-05"], "F", "当场办结", online="可在“国家医保服务平台”App或“津医保”小程序备案",
    online_en="Via the National Healthcare Security app")
svc("yb-03", "门诊特定病种待遇认定", "Recognition of special outpatient conditions (mente)", "bm-yibao",
    ["门特", "门特登记"],
    "患糖尿病、高血压（合并症）、恶性肿瘤门诊放化疗、尿毒症透析等规定病种的参保人员申请门特待遇。",
    "Insured patients with listed chronic diseases apply for special outpatient coverage.",
    ["参加本市基本医疗保险", "经定点医院诊断符合门特病种标准"],
    [SFZ, ("门特申请表（医院盖章）", "Application form stamped by hospital", True, 0, True),
     ("近期病历及检查报告", "Medical records and test results", False, 1, True)],
    ["2-06"], "F", "10个工作日", notes="多数病种可直接在定点医院申请。")
svc("yb-04", "医疗费用手工报销", "Manual reimbursement of medical expenses", "bm-yibao",
    ["医疗费报销", "零星报销"],
    "因急诊、未备案异地就医等原因全额垫付医疗费的，回本市申请手工报销。",
    "Claim back medical bills paid in full (emergencies, unregistered treatment elsewhere).",
    ["已参加本市基本医疗保险", "费用发生后2年内"],
    [SFZ, ("医疗收费票据原件", "Original receipts", True, 0, True),
     ("费用明细清单", "Itemised bill", True, 0, True), ("出院小结或诊断证明", "Discharge summary", True, 1, True),
     ("本人银行卡", "Bank card", True, 1, True)],
    ["2-06"], "F", "30个工作日", time_limit_en="30 working days")
svc("yb-05", "生育保险待遇申领", "Maternity insurance benefits", "bm-yibao",
    ["生育津贴", "生育保险报销"],
    "参加职工医保（生育保险）的女职工申领生育医疗费和生育津贴；男职工配偶未就业的可报销生育医疗费。",
    "Employees claim maternity medical costs and maternity allowance.",
    ["参加职工生育保险", "符合生育政策"],
    [SFZ, ("出生医学证明", "Birth certificate", True, 1, True),
     ("结婚证", "Marriage certificate", True, 1, False)],
    ["2-06"], "F", "15个工作日", notes="津贴一般由单位申报后发放至单位账户。")

# ---- 公积金
GJ = ("住房公积金提取申请书", "Withdrawal application", True, 0, True)
svc("gjj-tq-01", "购买自住住房提取住房公积金", "Provident fund withdrawal for buying a home", "bm-gjj",
    ["购房提取"],
    "在本市或户籍地购买自住住房（商品房、二手房）的，本人及配偶可在购房后一定期限内提取。",
    "Withdraw for buying an owner-occupied home in Tianjin or one's hukou place.",
    ["购房合同网签或不动产权证登记之日起2年内", "未使用公积金贷款或贷款已结清"],
    [SFZ, GJ, ("购房合同或不动产权证书", "Purchase contract or property certificate", True, 1, True),
     ("购房发票或契税完税凭证", "Invoice or deed tax receipt", True, 1, True), ("结婚证", "Marriage certificate", True, 1, False, "配偶提取时提供")],
    ["2-07"], "G", "3个工作日", time_limit_en="3 working days")
svc("gjj-tq-02", "租赁住房提取住房公积金", "Provident fund withdrawal for renting", "bm-gjj",
    ["租房提取"],
    "本人及配偶在本市无自有住房且租房居住的，可按月或按年提取，无需提供租房发票。",
    "Renters with no home of their own in Tianjin can withdraw monthly or yearly.",
    ["本人及配偶在本市无自有产权住房", "连续足额缴存满3个月"],
    [SFZ, GJ, ("本人名下银行卡（一类卡）", "Bank card", True, 0, True)],
    ["2-07"], "G", "当场办结", online="可在“天津公积金”App办理", online_en="Via the Tianjin Provident Fund app")
svc("gjj-tq-03", "离休、退休提取住房公积金", "Provident fund withdrawal on retirement", "bm-gjj",
    ["退休提取", "销户提取"],
    "职工离休、退休后可一次性提取账户全部余额并销户。",
    "Retirees withdraw the full balance and close the account.",
    ["已办理离休或退休手续"],
    [SFZ, GJ, ("退休证或养老保险待遇核定单", "Retirement certificate", True, 1, False, "已与社保联网的可免提供"),
     ("本人银行卡", "Bank card", True, 0, True)],
    ["2-07"], "G", "当场办结")
svc("gjj-tq-04", "偿还住房贷款提取住房公积金", "Provident fund withdrawal to repay a home loan", "bm-gjj",
    ["还贷提取", "商贷提取"],
    "偿还本市公积金贷款或商业住房贷款本息的，可按年提取或签约按月冲还贷。",
    "Withdraw to repay provident fund or commercial mortgage instalments.",
    ["正常偿还住房贷款中"],
    [SFZ, GJ, ("借款合同", "Loan contract", True, 1, True), ("银行还款明细", "Repayment statement", True, 0, True, "商业贷款提供")],
    ["2-07"], "G", "3个工作日")
svc("gjj-tq-05", "解除劳动关系提取住房公积金", "Provident fund withdrawal after leaving employment", "bm-gjj",
    ["离职提取", "离津提取"],
    "非本市户籍职工与单位解除劳动关系后离开本市，或本市户籍职工解除劳动关系且连续未缴存满一定期限的，可提取并销户。",
    "Withdraw and close the account after leaving a job and leaving Tianjin (conditions apply).",
    ["与单位解除劳动关系", "账户封存满6个月且未在异地继续缴存（非本市户籍）"],
    [SFZ, GJ, ("解除劳动合同证明", "Proof of termination", True, 1, True), ("本人银行卡", "Bank card", True, 0, True)],
    ["2-07"], "G", "3个工作日")
svc("gjj-dk-01", "住房公积金个人住房贷款", "Provident fund home loan", "bm-gjj",
    ["公积金贷款", "组合贷款"],
    "连续足额缴存6个月以上的职工购买自住住房，可申请公积金贷款或组合贷款，最高额度按政策执行。",
    "Borrowers with 6+ months of contributions can apply for a provident fund or combined loan.",
    ["连续足额缴存住房公积金满6个月", "无未结清的公积金贷款"],
    [SFZ1, ("户口簿", "Hukou booklet", True, 1, True), ("婚姻状况证明", "Marital status proof", True, 1, True),
     ("购房合同", "Purchase contract", True, 1, True), ("首付款凭证", "Down-payment receipt", True, 1, True),
     ("收入证明", "Income certificate", True, 0, True)],
    ["2-08"], "G", "15个工作日", time_limit_en="15 working days", appointment="需通过“天津公积金”App预约面签")
svc("gjj-zy-01", "住房公积金异地转移接续", "Inter-city transfer of provident fund account", "bm-gjj",
    ["公积金异地转移", "公积金转入"],
    "职工跨城市就业后，在新就业地（转入地）申请将原账户余额转入，无需回原城市办理。",
    "Transfer your fund balance to the new city where you work.",
    ["已在转入地建立住房公积金个人账户", "原账户已封存"],
    [SFZ],
    ["2-08"], "G", "15个工作日", online="可通过全国住房公积金小程序办理",
    online_en="Via the national Housing Provident Fund mini-programme")
svc("gjj-dw-01", "单位住房公积金缴存登记", "Employer registration for provident fund contributions", "bm-gjj",
    ["单位开户", "单位缴存登记"],
    "新设立单位在设立之日起30日内办理住房公积金缴存登记并为职工开户。",
    "New employers register within 30 days and open accounts for staff.",
    ["依法设立的单位"],
    [("营业执照", "Business licence", False, 1, True), ("经办人身份证", "Handler's ID", True, 1, True),
     ("单位缴存登记表", "Registration form", True, 0, True, "加盖公章")],
    ["2-08"], "G", "当场办结")

# ---- 市场监管
svc("sj-qy-01", "企业设立登记", "Company incorporation (business licence)", "bm-shichang",
    ["企业开办", "公司设立登记"],
    "设立有限责任公司、个人独资企业、合伙企业等，网上申报后一日内领取营业执照，同步刻章、税务登记、社保登记。",
    "Register a new company; licence, seals and tax registration in one day after online filing.",
    ["企业名称自主申报通过", "有住所（经营场所）"],
    [("公司登记（备案）申请书", "Registration application", True, 0, True), ("公司章程", "Articles of association", True, 0, True),
     ("股东、法定代表人身份证明", "IDs of shareholders and legal representative", False, 1, True),
     ("住所使用证明", "Proof of premises", False, 1, True)],
    ["3-01"], "H", "1个工作日", online="天津市市场主体登记一网通办平台", online_en="Tianjin online business registration platform",
    notes="三楼企业开办专区有电脑和帮办人员。")
svc("sj-qy-02", "企业变更登记", "Change of company registration", "bm-shichang",
    ["变更登记", "法人变更", "地址变更"],
    "企业名称、住所、法定代表人、注册资本、经营范围、股东等登记事项发生变更的，30日内申请变更登记。",
    "Register changes of name, address, legal representative, capital, scope or shareholders within 30 days.",
    ["已登记的企业"],
    [("变更登记申请书", "Change application", True, 0, True), ("股东会决议", "Shareholders' resolution", True, 0, True),
     ("营业执照正副本", "Business licence", True, 0, True)],
    ["3-01"], "H", "1个工作日", online="天津市市场主体登记一网通办平台", online_en="Online business registration platform")
svc("sj-qy-03", "企业注销登记", "Deregistration of a company", "bm-shichang",
    ["注销登记", "简易注销"],
    "企业解散清算完毕后申请注销登记；未开展经营或无债权债务的可适用简易注销（公示20日）。",
    "Close a company after liquidation; simplified deregistration (20-day notice) where eligible.",
    ["已完成清算或符合简易注销条件", "已结清税款"],
    [("注销登记申请书", "Deregistration application", True, 0, True), ("清算报告", "Liquidation report", True, 0, False),
     ("营业执照正副本", "Business licence", True, 0, True)],
    ["3-01"], "H", "简易注销公示期满后1个工作日")
svc("sj-gt-01", "个体工商户设立登记", "Registration of an individual business (getihu)", "bm-shichang",
    ["个体户登记", "个体执照"],
    "个人或家庭从事工商业经营，申领个体工商户营业执照。",
    "Register an individual/family business and get its business licence.",
    ["有经营能力的自然人", "有经营场所"],
    [SFZ1, ("经营场所使用证明", "Proof of premises", False, 1, True)],
    ["3-02"], "H", "当场办结")
svc("sj-sp-01", "食品经营许可", "Food business licence", "bm-shichang",
    ["食品经营许可证", "餐饮许可"],
    "从事食品销售、餐饮服务的经营者申请食品经营许可（仅销售预包装食品的实行备案）。",
    "Food sellers and restaurants apply for a food business licence.",
    ["已取得营业执照", "有与经营相适应的场所、设施和人员"],
    [("食品经营许可申请书", "Application form", True, 0, True), ("营业执照", "Business licence", False, 1, True),
     ("经营场所平面图和设备布局图", "Floor plan and equipment layout", True, 0, True),
     ("食品安全管理制度", "Food safety rules", True, 0, True)],
    ["3-02"], "H", "10个工作日（需现场核查的除外）", time_limit_en="10 working days")

# ---- 税务
svc("sw-01", "新办纳税人“套餐式”服务", "Tax set-up package for new taxpayers", "bm-shuiwu",
    ["新办纳税人", "税务信息确认"],
    "新设立企业一次性完成税务信息确认、税种认定、发票票种核定、税控或数电发票开通。",
    "New companies confirm tax information, tax types and e-invoicing in one visit.",
    ["已领取营业执照"],
    [("营业执照", "Business licence", False, 1, True), ("法定代表人及办税人员身份证", "IDs", True, 0, True)],
    ["3-03"], "J", "当场办结", online="国家税务总局天津市电子税务局", online_en="Tianjin e-tax bureau")
svc("sw-02", "代开发票", "Tax authority issuing invoices on behalf of individuals", "bm-shuiwu",
    ["代开发票", "自然人代开"],
    "个人出租房屋、提供劳务、销售货物等需要发票的，由税务机关代开增值税发票并缴纳相关税费。",
    "Individuals who rent out property or provide services get invoices issued by the tax office.",
    ["自然人或未领用发票的纳税人"],
    [SFZ, ("合同或交易证明", "Contract or transaction proof", False, 1, True)],
    ["3-03"], "J", "当场办结", "不收工本费，按规定缴纳税款", "No fee; taxes apply",
    online="可通过电子税务局或“个人所得税”App申请", online_en="Via the e-tax bureau")
svc("sw-03", "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation", "bm-shuiwu",
    ["个税汇算", "个税年度汇算"],
    "每年3月1日至6月30日办理上一年度综合所得汇算清缴，多退少补，窗口提供辅导。",
    "Annual IIT reconciliation from 1 March to 30 June; staff help at the window.",
    ["取得工资薪金、劳务报酬等综合所得"],
    [SFZ, ("银行卡", "Bank card", True, 0, False, "申请退税时")],
    ["3-04"], "J", "当场提交", online="“个人所得税”App", online_en="Via the Individual Income Tax app")
svc("sw-04", "开具税收完税证明", "Tax payment certificate", "bm-shuiwu",
    ["完税证明", "纳税证明"],
    "为纳税人开具个人所得税或其他税种完税（纳税）证明，用于落户、购房、签证等。",
    "Certificates of taxes paid, for settlement, home purchase or visas.",
    ["已缴纳相关税款"],
    [SFZ],
    ["3-04"], "J", "当场办结", online="自助服务区及“个人所得税”App可打印", online_en="Print at self-service area or via app")

# ---- 不动产
svc("bdc-01", "存量房买卖转移登记", "Transfer registration for second-hand home sales", "bm-budongchan",
    ["二手房转移登记", "存量房转移"],
    "二手房买卖双方共同到场，不动产登记与税费缴纳“一窗受理”，可当日领证。",
    "Buyer and seller attend together; registration and taxes at one window; certificate the same day.",
    ["房屋已取得不动产权证书", "买卖双方已签订存量房买卖合同"],
    [("买卖双方身份证", "IDs of both parties", True, 1, True), ("不动产权证书", "Property certificate", True, 0, True),
     ("存量房买卖合同（网签）", "Sales contract", True, 1, True), ("婚姻状况证明", "Marital status proof", True, 1, True)],
    ["1-06"], "K", "1个工作日", "登记费住宅80元/件，契税等税费按规定", "80 yuan registration fee plus taxes")
svc("bdc-02", "不动产抵押登记", "Mortgage registration", "bm-budongchan",
    ["抵押登记", "抵押注销"],
    "以房屋设定抵押（银行贷款）或贷款还清后注销抵押的登记，多数银行可在网点直接办理。",
    "Register or cancel a mortgage on real estate.",
    ["抵押权人与抵押人已签订抵押合同，或主债权已消灭"],
    [("抵押人、抵押权人身份证明", "IDs of both parties", True, 0, True), ("抵押合同", "Mortgage contract", True, 0, True),
     ("不动产权证书", "Property certificate", True, 0, True)],
    ["1-07"], "K", "1个工作日", "住宅80元/件（注销免费）", "80 yuan; cancellation free")
svc("bdc-03", "不动产登记资料查询", "Search of real estate registration records", "bm-budongchan",
    ["不动产查询", "有无房产证明"],
    "权利人查询本人名下不动产登记信息，或开具有无房产证明（用于落户、入学、公积金等）。",
    "Search property records or get a certificate of (no) property ownership.",
    ["权利人本人或经授权的代理人"],
    [SFZ, ("授权委托书", "Power of attorney", True, 0, False, "代理查询时")],
    ["1-07"], "K", "当场办结", online="可在自助服务区或“津心办”打印", online_en="Print at self-service area")
svc("bdc-04", "继承、受遗赠不动产转移登记", "Transfer registration by inheritance", "bm-budongchan",
    ["继承登记", "继承过户"],
    "被继承人死亡后，继承人凭公证书或经窗口继承查验，将不动产转移登记至继承人名下。",
    "Heirs register inherited real estate with a notarial certificate or on-site verification.",
    ["被继承人已死亡", "全体继承人到场或提交放弃继承声明"],
    [("死亡证明", "Death certificate", True, 1, True), ("亲属关系证明", "Proof of kinship", True, 1, True),
     ("不动产权证书", "Property certificate", True, 0, True), ("继承权公证书", "Notarised inheritance deed", True, 0, False, "或现场查验")],
    ["1-06"], "K", "15个工作日（含公告）", "住宅80元/件", "80 yuan")
svc("bdc-05", "不动产权证书遗失补证", "Replacement of a lost property certificate", "bm-budongchan",
    ["补证", "房本补办"],
    "不动产权证书（房产证）遗失或灭失的，申请补发，需经15个工作日公告。",
    "Replace a lost property certificate after a 15-working-day public notice.",
    ["证书遗失、灭失或严重损毁"],
    [SFZ, ("遗失声明", "Loss statement", True, 0, True)],
    ["1-07"], "K", "公告期满后1个工作日", "住宅80元/件", "80 yuan")

# ---- 民政
svc("mz-hy-01", "内地居民结婚登记", "Marriage registration", "bm-minzheng",
    ["结婚登记"],
    "男满22周岁、女满20周岁，双方自愿，共同到婚姻登记处申请结婚登记，全国通办。",
    "Couples (man 22+, woman 20+) register together; available nationwide.",
    ["双方自愿", "达到法定婚龄", "双方均无配偶且无禁止结婚的亲属关系"],
    [("双方居民身份证", "Both ID cards", True, 0, True), ("双方近期半身免冠合影2寸照片3张", "Three 2-inch joint photos", True, 0, True, "可在照相亭拍摄")],
    ["3-06"], "M", "当场办结", "免费", "Free",
    appointment="可通过“津心办”预约登记日期及颁证仪式", notes="户口簿已取消强制提交。")
svc("mz-hy-02", "内地居民离婚登记", "Divorce registration (by agreement)", "bm-minzheng",
    ["离婚登记", "协议离婚"],
    "双方自愿离婚并对子女抚养、财产分割达成协议的，共同申请；设30日冷静期。",
    "Divorce by mutual agreement with a 30-day cooling-off period.",
    ["双方自愿离婚", "对子女和财产问题已达成协议"],
    [("双方身份证", "Both ID cards", True, 0, True), ("结婚证", "Marriage certificate", True, 0, True),
     ("离婚协议书", "Divorce agreement", True, 3, True)],
    ["3-06"], "M", "冷静期满后30日内双方到场领证", "免费", "Free")
svc("mz-hy-03", "补领婚姻登记证", "Replacement marriage/divorce certificate", "bm-minzheng",
    ["补领结婚证", "补领离婚证"],
    "结婚证、离婚证遗失或损毁的，当事人申请补领。",
    "Replace a lost or damaged marriage or divorce certificate.",
    ["婚姻登记档案可查"],
    [SFZ, ("2寸近期照片", "2-inch photo", True, 0, True)],
    ["3-06"], "M", "当场办结", "免费", "Free")
svc("mz-lr-01", "高龄老人津贴申领", "Allowance for the very elderly", "bm-minzheng",
    ["高龄津贴", "高龄补贴"],
    "本区户籍年满80周岁老人申领高龄津贴，按月发放至社保卡。",
    "District residents aged 80+ receive a monthly allowance on their social security card.",
    ["本区户籍", "年满80周岁"],
    [SFZ, HK, ("社保卡", "Social security card", True, 0, True)],
    ["3-05"], "N", "20个工作日", notes="可由子女代办，或由社区居委会代为申请。")
svc("mz-db-01", "最低生活保障申请", "Application for subsistence allowance (dibao)", "bm-minzheng",
    ["低保申请"],
    "家庭人均收入低于本市低保标准且财产符合规定的家庭申请最低生活保障。",
    "Households with income below the local minimum standard can apply for dibao.",
    ["本市户籍", "家庭人均收入低于当年低保标准", "家庭财产符合规定"],
    [HK, ("家庭成员身份证", "IDs of household members", True, 1, True), ("收入情况说明", "Income statement", True, 0, True),
     ("家庭经济状况核对授权书", "Authorisation for financial checks", True, 0, True)],
    ["3-05"], "N", "30个工作日", time_limit_en="30 working days", notes="一般向户籍所在地街道（乡镇）申请，本窗口可代收。")

# ---- 卫健
svc("wj-01", "生育登记", "Birth registration with the health authority", "bm-weijian",
    ["生育登记"],
    "夫妻生育子女的，在孕期或生育后办理生育登记，用于孕产期保健和生育津贴等。",
    "Couples register a pregnancy or birth for maternal care and benefits.",
    ["符合法律法规规定"],
    [("夫妻双方身份证", "Both IDs", True, 0, True)],
    ["3-07"], "P", "当场办结", online="可在“津心办”App自助办理", online_en="Self-service in the Jinxinban app")
svc("wj-02", "出生医学证明补发、换发", "Reissue or replacement of a birth medical certificate", "bm-weijian",
    ["出生医学证明补发", "出生证换发"],
    "出生医学证明遗失的补发，或因信息错误、损毁换发。",
    "Reissue a lost, wrong or damaged birth medical certificate.",
    ["出生医学证明遗失、损毁或信息有误"],
    [("父母身份证", "Parents' IDs", True, 1, True), ("子女户口簿页", "Child's hukou page", True, 1, False),
     ("原出生医学证明", "Original certificate", True, 0, False, "换发时交回")],
    ["3-07"], "P", "10个工作日")

# ---- 科技（外国人工作许可）
svc("kj-wgr-01", "外国人来华工作许可", "Work permit for foreigners in China", "bm-keji",
    ["外国人工作许可", "工作许可证"],
    "用人单位为拟聘用的外籍人员申请《外国人工作许可证》，含新办、延期、变更、注销。",
    "Employers apply for, extend, change or cancel a foreigner's work permit.",
    ["用人单位依法设立", "外籍人员符合A/B/C类标准"],
    [("护照", "Passport", True, 1, True), ("劳动合同或聘用意向书", "Employment contract", True, 1, True),
     ("最高学位证书及工作经历证明", "Degree and work experience certificates", True, 1, True, "须认证"),
     ("无犯罪记录证明", "Criminal record certificate", True, 1, True, "新办时提供")],
    ["3-07"], "P", "10个工作日", time_limit_en="10 working days",
    online="外国人来华工作管理服务系统网上申报", online_en="Online via the Foreigners' Work Management Service System",
    conditions_en=["Employer legally established", "Employee meets category A/B/C criteria"],
    notes="窗口可提供英文咨询。", notes_en="English consultation available.")


def build():
    floors = []
    fnames = {"F1": ("一楼", "1st floor"), "F2": ("二楼", "2nd floor"), "F3": ("三楼", "3rd floor")}
    wins = []
    for wid, fl, zone, x, label, label_en in WINDOWS:
        wins.append({"id": wid, "floor": fl, "zone": zone, "zone_en": "", "x": x, "y": 0.2,
                     "label": label, "label_en": label_en, "door": {"x": x, "y": 0.32}})
    places = []
    for pid, fl, nm, ne, al, x, y, notes, notes_en, kind, link in PLACES:
        door_y = 0.98 if y >= 0.97 else (0.45 if y < 0.5 else 0.72)
        if pid == "ss-daoban":
            door_y = 0.52
        p = {"id": pid, "name": nm, "name_en": ne, "aliases": al, "floor": fl, "x": x, "y": y,
             "notes": notes, "notes_en": notes_en, "door": {"x": x, "y": door_y}}
        if kind:
            p["kind"] = kind
            p["link"] = link
        places.append(p)
    for fl in ("F1", "F2", "F3"):
        nodes, paths = [], []
        spine = []
        items = [(w["id"], w["door"]["x"]) for w in wins if w["floor"] == fl]
        items += [(p["id"], p["door"]["x"]) for p in places if p["floor"] == fl]
        if fl != "F1":
            nodes.append({"id": f"lift-{fl}", "x": 0.93, "y": 0.15, "kind": "lift", "link": "lift",
                          "name": f"客梯（{fnames[fl][0]}）", "name_en": f"Lift ({fnames[fl][1]})"})
            nodes.append({"id": f"stairs-{fl}", "x": 0.03, "y": 0.15, "kind": "stairs", "link": "stairs",
                          "name": f"楼梯间（{fnames[fl][0]}）", "name_en": f"Stairs ({fnames[fl][1]})"})
            items += [(f"lift-{fl}", 0.93), (f"stairs-{fl}", 0.03)]
        if fl == "F1":
            items.append(("kiosk", 0.55))
        for ref, x in items:
            cid = f"c-{fl}-{ref}"
            nodes.append({"id": cid, "x": x, "y": 0.5, "kind": "junction"})
            paths.append([ref, cid])
            spine.append((x, cid))
        spine.sort()
        paths.append([c for _, c in spine])
        floors.append({"id": fl, "name": fnames[fl][0], "name_en": fnames[fl][1], "map": None,
                       "walkways": {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}})
    cat = {
        "schema_version": 1,
        "hall": {"id": "tj-jingu-zwfw", "name": "天津市津沽区政务服务中心",
                 "name_en": "Jingu District Government Service Centre, Tianjin",
                 "address": "天津市津沽区港城大道199号", "address_en": "199 Gangcheng Avenue, Jingu District, Tianjin",
                 "hours": "周一至周五 9:00–17:00（周六上午9:00–12:00开放户政、出入境、不动产、婚姻登记）",
                 "hours_en": "Mon–Fri 9:00–17:00; Sat 9:00–12:00 for household, exit-entry, real estate and marriage",
                 "phone": "022-2597 8800", "floors": floors, "kiosk": {"floor": "F1", "x": 0.55, "y": 0.6}},
        "departments": [{"id": i, "name": n, "name_en": e} for i, n, e in DEPTS],
        "windows": wins,
        "places": places,
        "services": S,
    }
    with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=2)
    print(len(S), "services", len(wins), "windows", len(places), "places")


if __name__ == "__main__":
    build()
