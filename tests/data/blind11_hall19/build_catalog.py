#!/usr/bin/env python3
"""Build catalog.json for the fictional 重庆市嘉岭区政务服务中心 (stdlib only)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-11-20"

def M(name, en="", original=True, copies=0, required=True, note="", note_en=""):
    d = {"name": name, "name_en": en, "original": original, "copies": copies, "required": required, "note": note}
    if note_en:
        d["note_en"] = note_en
    return d

ID_CARD = M("本人居民身份证", "Resident ID card")
HUKOU = M("居民户口簿", "Household register (hukou booklet)")

floors = [
    {"id": "F1", "name": "一楼（临江路入口层）", "name_en": "Level 1 (Linjiang Road entrance)", "map": "plan-F1.svg"},
    {"id": "F2", "name": "二楼", "name_en": "Level 2", "map": "plan-F2.svg"},
    {"id": "F3", "name": "三楼（凤鸣街入口层）", "name_en": "Level 3 (Fengming Street entrance)", "map": "plan-F3.svg"},
]

hall = {
    "id": "cq-jialing-zwfw",
    "name": "重庆市嘉岭区政务服务中心",
    "name_en": "Jialing District Government Service Centre, Chongqing",
    "address": "重庆市嘉岭区临江路166号（下层入口）／凤鸣街27号（上层入口）",
    "address_en": "166 Linjiang Rd (lower entrance) / 27 Fengming St (upper entrance), Jialing District, Chongqing",
    "hours": "周一至周五 9:00–12:00、13:30–17:30；周六上午 9:00–12:00（户政、社保、医保窗口延时服务）",
    "hours_en": "Mon–Fri 9:00–12:00, 13:30–17:30; Sat 9:00–12:00 (ID/hukou, social insurance and medical insurance windows only)",
    "phone": "023-6871 2345",
    "floors": floors,
    "kiosk": {"floor": "F1", "x": 0.5, "y": 0.82},
}

departments = [
    {"id": "D-HZ", "name": "区公安分局户政窗口", "name_en": "Public Security – Household Registration"},
    {"id": "D-CRJ", "name": "区公安分局出入境管理窗口", "name_en": "Public Security – Exit & Entry Administration"},
    {"id": "D-RS", "name": "区人力资源和社会保障局", "name_en": "Human Resources and Social Security Bureau"},
    {"id": "D-YB", "name": "区医疗保障局", "name_en": "Healthcare Security Bureau"},
    {"id": "D-GJJ", "name": "重庆市住房公积金管理中心嘉岭区分中心", "name_en": "Housing Provident Fund – Jialing Branch"},
    {"id": "D-SJ", "name": "区市场监督管理局", "name_en": "Market Regulation Administration"},
    {"id": "D-SW", "name": "国家税务总局重庆市嘉岭区税务局", "name_en": "Jialing District Tax Bureau"},
    {"id": "D-BDC", "name": "区不动产登记中心", "name_en": "Real Estate Registration Centre"},
    {"id": "D-MZ", "name": "区民政局（含婚姻登记处、残联窗口）", "name_en": "Civil Affairs Bureau (incl. Marriage Registry, Disabled Persons' Federation desk)"},
    {"id": "D-WJ", "name": "区卫生健康委员会", "name_en": "Health Commission"},
]

def W(wid, floor, zone, zone_en, x, y, label, label_en):
    return {"id": wid, "floor": floor, "zone": zone, "zone_en": zone_en, "x": x, "y": y,
            "label": label, "label_en": label_en, "door": {"x": x, "y": round(y + 0.08, 3)}}

windows = [
    W("A01", "F1", "一楼A区 公安综合窗口", "Zone A, L1 – Police services", 0.10, 0.20, "户政·身份证", "Hukou & ID cards"),
    W("A02", "F1", "一楼A区 公安综合窗口", "Zone A, L1 – Police services", 0.20, 0.20, "户政·身份证", "Hukou & ID cards"),
    W("A03", "F1", "一楼A区 公安综合窗口", "Zone A, L1 – Police services", 0.30, 0.20, "户政·户口迁移", "Hukou transfers"),
    W("A04", "F1", "一楼A区 公安综合窗口", "Zone A, L1 – Police services", 0.40, 0.20, "出入境", "Exit & Entry"),
    W("A05", "F1", "一楼A区 公安综合窗口", "Zone A, L1 – Police services", 0.50, 0.20, "出入境·外国人服务", "Exit & Entry – Foreigners"),
    W("A06", "F1", "一楼B区 医保窗口", "Zone B, L1 – Medical insurance", 0.62, 0.20, "医保", "Medical insurance"),
    W("A07", "F1", "一楼B区 医保窗口", "Zone B, L1 – Medical insurance", 0.72, 0.20, "医保·报销", "Medical insurance – reimbursement"),
    W("A08", "F1", "一楼B区 综合受理", "Zone B, L1 – General desk", 0.84, 0.20, "老年人绿色通道·帮办代办", "Senior fast lane / assisted filing"),
    W("B01", "F2", "二楼C区 人社窗口", "Zone C, L2 – Social security", 0.10, 0.20, "社保卡", "Social security card"),
    W("B02", "F2", "二楼C区 人社窗口", "Zone C, L2 – Social security", 0.20, 0.20, "养老保险", "Pension insurance"),
    W("B03", "F2", "二楼C区 人社窗口", "Zone C, L2 – Social security", 0.30, 0.20, "就业创业", "Employment & start-ups"),
    W("B04", "F2", "二楼D区 公积金窗口", "Zone D, L2 – Housing fund", 0.42, 0.20, "公积金提取", "Housing fund withdrawal"),
    W("B05", "F2", "二楼D区 公积金窗口", "Zone D, L2 – Housing fund", 0.52, 0.20, "公积金贷款·缴存", "Housing fund loans & deposits"),
    W("B06", "F2", "二楼E区 民政窗口", "Zone E, L2 – Civil affairs", 0.64, 0.20, "社会救助·残联", "Social assistance / disability"),
    W("B07", "F2", "二楼E区 婚姻登记处", "Zone E, L2 – Marriage registry", 0.76, 0.20, "婚姻登记", "Marriage registration"),
    W("B08", "F2", "二楼E区 卫健窗口", "Zone E, L2 – Health", 0.88, 0.20, "卫生健康", "Health services"),
    W("C01", "F3", "三楼F区 市场监管", "Zone F, L3 – Market regulation", 0.10, 0.20, "个体工商户登记", "Sole-proprietor registration"),
    W("C02", "F3", "三楼F区 市场监管", "Zone F, L3 – Market regulation", 0.20, 0.20, "企业登记", "Company registration"),
    W("C03", "F3", "三楼F区 市场监管", "Zone F, L3 – Market regulation", 0.30, 0.20, "食品经营许可", "Food business licences"),
    W("C04", "F3", "三楼G区 税务", "Zone G, L3 – Tax", 0.44, 0.20, "税务综合", "Tax services"),
    W("C05", "F3", "三楼G区 税务", "Zone G, L3 – Tax", 0.54, 0.20, "税务·发票", "Tax – invoices"),
    W("C06", "F3", "三楼H区 不动产", "Zone H, L3 – Real estate", 0.68, 0.20, "不动产登记", "Real estate registration"),
    W("C07", "F3", "三楼H区 不动产", "Zone H, L3 – Real estate", 0.80, 0.20, "不动产·房税一窗", "Real estate & transaction tax"),
]

def P(pid, name, en, floor, x, y, aliases, notes, notes_en="", kind=None, link=""):
    d = {"id": pid, "name": name, "name_en": en, "aliases": aliases, "floor": floor, "x": x, "y": y,
         "notes": notes, "notes_en": notes_en, "door": {"x": x, "y": round(min(y + 0.06, 1.0), 3) if y < 0.9 else y}}
    if kind:
        d["kind"] = kind
    if link:
        d["link"] = link
    return d

places = [
    P("PL-WC1", "一楼卫生间", "Toilets (L1)", "F1", 0.95, 0.55, ["卫生间", "洗手间", "WC"],
      "一楼东侧走廊尽头，含无障碍厕位和第三卫生间。", "End of the east corridor on L1; accessible cubicle and family toilet."),
    P("PL-WC3", "三楼卫生间", "Toilets (L3)", "F3", 0.95, 0.55, ["卫生间", "洗手间"],
      "三楼电梯厅右侧。", "Right of the lift lobby on L3."),
    P("PL-LIFT", "无障碍电梯", "Lift", "F1", 0.55, 0.55, ["电梯", "lift", "elevator"],
      "连通一至三楼，可直达凤鸣街入口层；轮椅、婴儿车优先。", "Serves L1–L3, including the Fengming St entrance level.", kind="lift", link="lift"),
    P("PL-STAIRS", "中央楼梯", "Main stairs", "F1", 0.45, 0.55, ["楼梯", "stairs"],
      "位于电梯左侧，一楼到三楼约70级台阶，老人建议乘电梯。", "Next to the lift; about 70 steps from L1 to L3.", kind="stairs", link="stairs"),
    P("PL-PHOTO", "自助照相亭", "Photo booth", "F1", 0.15, 0.70, ["照相", "证件照"],
      "可拍身份证、护照、港澳通行证、社保卡用照片，生成数码回执；扫码付费20元/次，户政窗口现场采集免费。",
      "ID/passport/social-card photos with digital receipt; 20 CNY per session."),
    P("PL-PRINT", "打印复印点", "Print & copy point", "F1", 0.25, 0.70, ["复印", "打印"],
      "办事材料免费复印，每人每次限20页；支持手机扫码打印。", "Free copying of application papers, 20 pages per person."),
    P("PL-SELF", "24小时自助服务区", "24-hour self-service area", "F1", 0.08, 0.90, ["自助机", "自助终端"],
      "临江路入口左侧，可自助打印社保缴费证明、不动产查询结果、个税记录、公积金明细等，夜间刷身份证进入。",
      "Left of the Linjiang Rd entrance; print social-insurance, property, tax and housing-fund records."),
    P("PL-EMS", "EMS邮政寄递台", "EMS postal desk", "F1", 0.35, 0.70, ["EMS", "邮寄"],
      "证件、执照可在此办理邮寄到家，同城次日达，费用自理。", "Have certificates posted home; postage paid by the applicant."),
    P("PL-WATER", "便民饮水点", "Drinking water", "F2", 0.50, 0.60, ["饮水机", "开水"],
      "二楼电梯厅，提供冷热饮用水和一次性纸杯，另有自动售货机。", "L2 lift lobby; hot/cold water and a vending machine."),
    P("PL-REST", "休息等候区", "Waiting & rest area", "F1", 0.70, 0.70, ["等候区", "休息区"],
      "一楼中庭，有叫号屏、充电桩、老花镜和轮椅借用。", "L1 atrium with queue screens, phone charging, reading glasses and wheelchairs to borrow."),
    P("PL-MUYING", "母婴室", "Mother-and-baby room", "F2", 0.95, 0.55, ["母婴室", "哺乳室"],
      "二楼东侧，含哺乳椅、尿布台、温奶器。", "East end of L2; nursing chair, changing table, bottle warmer."),
    P("PL-PARK", "凤鸣街停车场", "Car park (Fengming St)", "F3", 0.90, 0.92, ["停车场", "parking"],
      "由凤鸣街驶入，办事群众凭叫号单免费停车2小时；临江路一侧无停车位。",
      "Entry from Fengming St; 2 hours free with a queue ticket. No parking on Linjiang Rd."),
    P("PL-ACCESS", "无障碍通道入口", "Accessible entrance", "F1", 0.92, 0.95, ["无障碍通道", "坡道"],
      "临江路入口东侧坡道，按铃有工作人员协助；进门即到电梯。", "Ramp east of the Linjiang Rd entrance; press the bell for help."),
    P("PL-DESK", "咨询导办台", "Information & guide desk", "F1", 0.50, 0.92, ["导办台", "咨询台", "服务台"],
      "一楼大门正对，工作人员可代取号、帮填表、提供英语简单翻译；遗失物品也在此登记。",
      "Opposite the main door; staff help with tickets, forms and basic English. Lost & found."),
    P("PL-UPGATE", "凤鸣街入口", "Fengming Street entrance", "F3", 0.50, 0.95, ["凤鸣街门", "上门"],
      "位于三楼，与凤鸣街平齐，无需爬坡；进门右转为市场监管、税务、不动产窗口。",
      "On L3, level with Fengming St; turn right for business, tax and real estate windows."),
]

S_HOURS_SAT = "周一至周五 9:00–12:00、13:30–17:30；周六 9:00–12:00"

def S(sid, name, en, dept, aliases, summary, summary_en, conditions, materials, windows, prefix,
      time_limit, time_limit_en, fee, fee_en, online="可在“渝快办”App或网页搜索事项名称在线申请",
      online_en="Can be applied for online via the Yukuaiban app", notes="", notes_en="",
      appointment="", appointment_en="", hours=None, hours_en=None, conditions_en=None):
    d = {"id": sid, "name": name, "name_en": en, "department": dept, "aliases": aliases,
         "summary": summary, "summary_en": summary_en, "conditions": conditions,
         "materials": materials, "windows": windows, "queue_prefix": prefix,
         "time_limit": time_limit, "time_limit_en": time_limit_en, "fee": fee, "fee_en": fee_en,
         "hours": hours, "hours_en": hours_en, "appointment": appointment, "appointment_en": appointment_en,
         "online": online, "online_en": online_en, "notes": notes, "notes_en": notes_en, "updated": UPD}
    if conditions_en:
        d["conditions_en"] = conditions_en
    return d

services = []
add = services.append

# ---------------- 户政 ----------------
add(S("HZ-SFZ-01", "居民身份证首次申领", "First application for a resident ID card", "D-HZ",
      ["身份证首领", "首次办证"],
      "年满16周岁应当申领居民身份证，未满16周岁可自愿申领；现场采集指纹和照片。",
      "Citizens must apply at 16; under-16s may apply voluntarily. Fingerprints and photo taken on site.",
      ["具有本区常住户口", "未满16周岁的须由监护人陪同"],
      [HUKOU, M("监护人居民身份证", "Guardian's ID card", required=False, note="未满16周岁时提供"),
       M("照相回执", "Photo receipt", required=False, note="可在窗口现场免费拍照")],
      ["A01", "A02"], "H", "10个工作日", "10 working days", "20元", "20 CNY",
      hours=S_HOURS_SAT, hours_en="Mon–Fri and Sat morning"))
add(S("HZ-SFZ-02", "居民身份证有效期满换领", "Renewal of an expiring resident ID card", "D-HZ",
      ["身份证换领", "身份证到期换证"],
      "身份证有效期满前三个月内可申请换领；在本市以外户籍人员也可在本中心异地换领。",
      "Apply within three months before expiry; non-local hukou holders may also renew here.",
      ["身份证有效期将满三个月内或已过期"],
      [M("原居民身份证", "Old ID card"), M("照相回执", "Photo receipt", required=False, note="可现场拍照")],
      ["A01", "A02"], "H", "本市户籍10个工作日，外省户籍30个工作日", "10 working days (local), 30 (other provinces)",
      "20元", "20 CNY", hours=S_HOURS_SAT, hours_en="Mon–Fri and Sat morning",
      notes="换领期间可免费申领临时身份证。"))
add(S("HZ-SFZ-03", "居民身份证遗失补领", "Replacement of a lost resident ID card", "D-HZ",
      ["身份证补领", "身份证挂失"],
      "身份证遗失、被盗后可申请补领，受理时同步挂失原证。",
      "Apply for a replacement after loss or theft; the old card is cancelled at the same time.",
      ["身份证遗失、被盗或严重损坏"],
      [HUKOU, M("照相回执", "Photo receipt", required=False)],
      ["A01", "A02"], "H", "10个工作日", "10 working days", "40元", "40 CNY",
      hours=S_HOURS_SAT, hours_en="Mon–Fri and Sat morning",
      notes="急需乘机乘车可同时申领临时身份证或在12306开具临时乘车身份证明。"))
add(S("HZ-SFZ-04", "临时居民身份证申领", "Temporary resident ID card", "D-HZ",
      ["临时身份证"],
      "正在申领、换领、补领身份证期间急需使用的，可申领有效期三个月的临时身份证，当场制证。",
      "While a new ID card is being made, a 3-month temporary card can be issued on the spot.",
      ["已受理身份证申领、换领或补领"],
      [HUKOU, M("身份证受理回执", "ID application receipt")],
      ["A01", "A02"], "H", "当场办结", "Issued on the spot", "10元", "10 CNY",
      online="需现场办理", online_en="In person only"))
add(S("HZ-HK-01", "出生登记（新生儿入户）", "Birth registration (hukou for a newborn)", "D-HZ",
      ["新生儿落户", "出生入户"],
      "婴儿出生后一个月内由父母一方在户口所在地申报出生登记，可随父或随母落户。",
      "A parent registers the newborn's hukou within one month of birth.",
      ["父母一方为本区常住户口"],
      [M("出生医学证明", "Birth medical certificate"), M("父母双方居民身份证", "Both parents' ID cards"),
       M("父母双方户口簿", "Both parents' hukou booklets"), M("结婚证", "Marriage certificate", required=False, note="非婚生育的另行说明")],
      ["A03"], "H", "当场办结", "Same day", "免费", "Free",
      online="可在“渝快办”办理“出生一件事”联办", online_en="Combined 'birth' service on Yukuaiban"))
add(S("HZ-HK-02", "户口迁入登记", "Hukou transfer-in registration", "D-HZ",
      ["落户", "户口迁入", "投靠落户"],
      "购房、投靠亲属、就业人才、返乡等符合重庆市户籍政策的人员申请将户口迁入本区；跨省迁移实行“一站式”办理，无需回原籍开准迁证。",
      "Move your hukou into the district (home purchase, family reunion, talent, return). Cross-province moves handled in one stop.",
      ["符合重庆市户口迁移政策条件之一"],
      [ID_CARD, M("原户口簿", "Original hukou booklet"), M("合法稳定住所证明", "Proof of residence", note="不动产权证书或购房合同等"),
       M("亲属关系证明", "Proof of kinship", required=False, note="投靠亲属落户时提供")],
      ["A03"], "H", "市内当场办结，跨省5个工作日", "Same day within the city; 5 working days cross-province",
      "免费", "Free"))
add(S("HZ-HK-03", "户口迁出登记", "Hukou transfer-out registration", "D-HZ",
      ["户口迁出", "迁户口出去"],
      "因升学、参军以外原因需将本区户口迁往外地的，凭迁入地准迁手续或通过“跨省通办”办理迁出。",
      "Move your hukou out of the district with the destination's approval or via the inter-provincial service.",
      ["已取得迁入地同意迁入意见"],
      [ID_CARD, HUKOU, M("准予迁入证明", "Transfer-in approval", required=False, note="跨省一站式迁移无需提供")],
      ["A03"], "H", "当场办结", "Same day", "免费", "Free"))
add(S("HZ-HK-04", "死亡人员户口注销", "Hukou cancellation after death", "D-HZ",
      ["死亡注销", "销户"],
      "公民死亡后，由家属持死亡证明在一个月内办理户口注销，同时收回身份证。",
      "Family members cancel the deceased's hukou within one month with a death certificate.",
      ["户籍人员已死亡"],
      [M("居民死亡医学证明（推断）书", "Medical death certificate"), HUKOU,
       M("死者居民身份证", "Deceased's ID card", note="遗失的需书面说明"), M("申报人居民身份证", "Declarant's ID card")],
      ["A03"], "H", "当场办结", "Same day", "免费", "Free",
      notes="可同时申请“身后一件事”联办：社保、医保停保及丧葬补助。"))
add(S("HZ-JZZ", "居住证申领", "Residence permit for non-local residents", "D-HZ",
      ["居住证", "暂住证"],
      "非本市户籍人员在本区居住半年以上，符合合法稳定就业、住所或连续就读条件之一的，可申领居住证。",
      "Non-local residents living here 6+ months with stable work, housing or study can apply.",
      ["已办理居住登记满半年", "有合法稳定就业、住所或连续就读"],
      [ID_CARD, M("居住证明", "Proof of residence", note="租房合同、房产证或单位证明"),
       M("照相回执", "Photo receipt", required=False)],
      ["A01", "A02", "A03"], "H", "15个工作日", "15 working days", "首次申领免费，补领、换领20元", "Free first time; 20 CNY for replacement"))
add(S("HZ-WFZ", "无犯罪记录证明开具", "Certificate of no criminal record", "D-HZ",
      ["无犯罪证明", "无犯罪记录"],
      "为本区户籍或在本区居住的人员出具无犯罪记录证明，用于就业、出国、入学等。",
      "Issued for work, emigration or study purposes to local residents.",
      ["本区户籍或居住证持有人"],
      [ID_CARD, M("用途说明或单位介绍信", "Purpose statement", required=False)],
      ["A01", "A02"], "H", "3个工作日", "3 working days", "免费", "Free",
      online="“渝快办”可在线申请电子证明", online_en="Electronic certificate available on Yukuaiban"))

# ---------------- 出入境 ----------------
add(S("CRJ-HZ", "普通护照签发", "Ordinary passport application", "D-CRJ",
      ["办护照", "护照换发"],
      "中国公民申请首次签发、换发、补发普通护照，全国通办。",
      "Chinese citizens apply for, renew or replace an ordinary passport; accepted nationwide.",
      ["中国公民，未被限制出境"],
      [ID_CARD, M("出入境证件照相回执", "Exit-entry photo receipt", note="窗口可现场采集"),
       M("原护照", "Old passport", required=False, note="换发时提供")],
      ["A04"], "R", "7个工作日", "7 working days", "120元", "120 CNY",
      appointment="建议通过“移民局”App预约", appointment_en="Booking via the National Immigration Administration app recommended"))
add(S("CRJ-GA", "往来港澳通行证及签注", "Exit-entry permit and endorsement for Hong Kong & Macao", "D-CRJ",
      ["港澳通行证", "港澳签注"],
      "申请办理往来港澳通行证（电子卡）及团队旅游、个人旅游、探亲等签注；再次签注可在自助签注机办理。",
      "Apply for the HK/Macao travel permit and tourist, visit or other endorsements.",
      ["中国内地居民"],
      [ID_CARD, M("出入境证件照相回执", "Exit-entry photo receipt")],
      ["A04"], "R", "7个工作日；再次签注自助机即时办结", "7 working days; repeat endorsements instant at the self-service machine",
      "通行证60元，签注每次15元", "Permit 60 CNY; 15 CNY per endorsement"))
add(S("CRJ-JLXK", "外国人居留许可签发（工作、学习类）", "Residence permit for foreigners (work / study)", "D-CRJ",
      ["外国人居留许可", "residence permit"],
      "在本区工作、学习的外国人在入境后30日内申请居留许可，或在原居留许可到期前申请延期。",
      "Foreigners working or studying in the district apply within 30 days of entry, or extend before expiry.",
      ["持有效护照及相应签证", "已办理境外人员住宿登记"],
      [M("护照原件及复印件", "Passport and copy", copies=1), M("境外人员住宿登记表", "Accommodation registration form"),
       M("工作许可或学校出具的在学证明", "Work permit or school enrolment letter"),
       M("体检证明", "Health certificate", required=False, note="居留期一年以上需提供"), M("近期证件照", "Recent photo", note="2寸白底")],
      ["A05"], "R", "7个工作日", "7 working days", "按有效期收费：不满1年400元，1–3年800元", "400 CNY (<1 year), 800 CNY (1–3 years)",
      online="需本人到窗口办理", online_en="In person only",
      notes="可提供英文填表指导。", notes_en="English help with forms is available."))
add(S("CRJ-ZSDJ", "境外人员住宿登记", "Accommodation registration for foreign nationals", "D-CRJ",
      ["住宿登记", "临时住宿登记"],
      "外国人在宾馆以外的居民住宅、民宿等处住宿的，应在抵达后24小时内由本人或留宿人办理住宿登记。",
      "Foreigners staying in private homes or B&Bs (not hotels) must register within 24 hours of arrival.",
      ["住宿在宾馆以外的场所"],
      [M("护照原件", "Passport"), M("住宿地址证明", "Proof of accommodation", note="租赁合同或房东身份证及房产证明"),
       M("留宿人身份证", "Host's ID card", required=False)],
      ["A05"], "R", "当场办结", "Same day", "免费", "Free",
      online="可通过“重庆公安”微信公众号在线申报", online_en="Also via the Chongqing Police WeChat account"))

# ---------------- 人社 ----------------
add(S("RS-SBK-01", "社会保障卡申领", "Application for a social security card", "D-RS",
      ["社保卡办理", "第三代社保卡"],
      "参保人员申领第三代社会保障卡（含金融功能），窗口可即时制卡。",
      "Apply for the 3rd-generation social security card (with bank function); instant issuance at the window.",
      ["已在重庆参加社会保险"],
      [ID_CARD, M("照相回执", "Photo receipt", required=False, note="可现场拍照")],
      ["B01"], "S", "即时制卡", "Card made on the spot", "首次申领免费", "Free for the first card",
      hours=S_HOURS_SAT, hours_en="Mon–Fri and Sat morning"))
add(S("RS-SBK-02", "社会保障卡挂失及补换", "Reporting loss and replacing a social security card", "D-RS",
      ["社保卡补办", "社保卡换卡"],
      "社保卡遗失、损坏或需升级换代的，先挂失（可拨打12333），再到窗口补换新卡。",
      "Report loss (hotline 12333) and get a replacement or upgraded card.",
      ["社保卡遗失、损坏或需换代"],
      [ID_CARD, M("原社会保障卡", "Old card", required=False, note="损坏换卡时交回")],
      ["B01"], "S", "即时制卡", "On the spot", "补卡工本费20元，换代免费", "20 CNY for a lost card; upgrade free",
      hours=S_HOURS_SAT, hours_en="Mon–Fri and Sat morning"))
add(S("RS-SBK-03", "社会保障卡密码重置及信息变更", "Social security card PIN reset and data change", "D-RS",
      ["社保卡密码", "社保卡解锁"],
      "社保卡密码遗忘、锁定，或姓名、手机号等信息变更的，由本人持证办理。",
      "Reset a forgotten or locked PIN, or update name or phone number.",
      ["持卡人本人办理"],
      [ID_CARD, M("社会保障卡", "Social security card")],
      ["B01"], "S", "当场办结", "Same day", "免费", "Free"))
add(S("RS-YL-01", "城乡居民基本养老保险参保登记", "Enrolment in urban-rural residents' basic pension insurance", "D-RS",
      ["居民养老保险", "城乡居民养老"],
      "年满16周岁、非在校学生、未参加职工养老保险的本区户籍居民可参保，每年自选档次缴费。",
      "Local residents aged 16+ without employee pension cover may enrol and pay a chosen annual tier.",
      ["本区户籍", "未参加职工基本养老保险"],
      [ID_CARD, HUKOU],
      ["B02"], "S", "当场办结", "Same day", "按年缴费，档次自选", "Annual contribution, tier chosen by the applicant"))
add(S("RS-YL-02", "城乡居民养老保险待遇领取申请", "Claiming urban-rural resident pension benefits", "D-RS",
      ["居民养老金领取", "领养老金"],
      "参保人年满60周岁、累计缴费满15年（或按规定补缴）的，可申请按月领取城乡居民养老金。",
      "Insured residents aged 60 with 15 years of contributions apply to receive a monthly pension.",
      ["年满60周岁", "累计缴费满15年或按规定补缴"],
      [ID_CARD, HUKOU, M("本人社会保障卡", "Social security card", note="养老金发放至社保卡金融账户")],
      ["B02", "A08"], "S", "次月起发放", "Paid from the following month", "免费", "Free"))
add(S("RS-YL-03", "基本养老保险关系转移接续", "Transfer of basic pension insurance", "D-RS",
      ["养老保险转移", "社保转移"],
      "在外省市参保后回渝就业或返乡的，申请将职工养老保险关系及个人账户转入本区。",
      "Transfer employee pension records from another province to Chongqing after returning.",
      ["在其他省市有职工养老保险缴费记录"],
      [ID_CARD, M("参保缴费凭证", "Proof of contributions", required=False, note="可由原参保地出具或网上打印")],
      ["B02"], "S", "45个工作日", "45 working days", "免费", "Free",
      online="可通过国家社会保险公共服务平台或“掌上12333”App申请", online_en="Online via the national social insurance platform"))
add(S("RS-LHJY", "灵活就业人员参保登记", "Social insurance enrolment for flexible workers", "D-RS",
      ["灵活就业参保", "个人缴社保"],
      "无雇工的个体工商户、未在用人单位参保的非全日制从业人员和其他灵活就业人员，以个人身份参加职工养老、医疗保险。",
      "Self-employed people without employees and other flexible workers enrol individually in employee pension and medical insurance.",
      ["男60周岁、女55周岁以下", "未在单位参保"],
      [ID_CARD],
      ["B02"], "S", "当场办结", "Same day", "按缴费基数的20%（养老）缴纳", "20% of the contribution base (pension)",
      notes="参保登记后按月通过税务渠道缴费。"))
add(S("RS-SYBX", "失业登记及失业保险金申领", "Unemployment registration and benefit claim", "D-RS",
      ["失业金", "失业登记"],
      "非因本人意愿中断就业、失业前参保满一年的人员，办理失业登记并申领失业保险金。",
      "People who lost their job involuntarily after 1+ year of contributions register and claim benefits.",
      ["非因本人意愿中断就业", "失业前用人单位和本人已缴纳失业保险满1年", "已进行失业登记并有求职要求"],
      [ID_CARD, M("解除或终止劳动合同证明", "Proof of contract termination"), M("社会保障卡", "Social security card")],
      ["B03"], "S", "5个工作日", "5 working days", "免费", "Free"))
add(S("RS-CYDK", "创业担保贷款申请", "Business start-up guaranteed loan", "D-RS",
      ["创业贷款", "创业担保贷"],
      "返乡创业农民工、高校毕业生、退役军人等重点群体创办个体工商户或小微企业的，可申请个人最高30万元的创业担保贷款并享受贴息。",
      "Returning migrant workers, graduates, veterans etc. can get a guaranteed loan up to 300,000 CNY with interest subsidy.",
      ["属于重点就业群体", "已办理营业执照且正常经营"],
      [ID_CARD, M("营业执照", "Business licence"), M("经营场所租赁合同", "Shop lease"),
       M("返乡创业证明材料", "Proof of return / target-group status", required=False)],
      ["B03"], "S", "15个工作日", "15 working days", "免费", "Free"))

# ---------------- 医保 ----------------
add(S("YB-JMCB", "城乡居民基本医疗保险参保登记", "Enrolment in urban-rural residents' medical insurance", "D-YB",
      ["居民医保参保", "城乡居民医保"],
      "未参加职工医保的本区户籍或持居住证人员，可在集中缴费期参加城乡居民医保，新生儿出生后90日内参保当年享受待遇。",
      "Residents without employee cover enrol in resident medical insurance during the annual window; newborns within 90 days.",
      ["未参加职工基本医疗保险"],
      [ID_CARD, HUKOU, M("居住证", "Residence permit", required=False, note="非本市户籍提供")],
      ["A06"], "Y", "当场办结", "Same day", "按当年缴费标准（个人缴费部分）", "Individual contribution at this year's rate",
      hours=S_HOURS_SAT, hours_en="Mon–Fri and Sat morning"))
add(S("YB-YDBA", "异地就医备案", "Registration for medical treatment outside Chongqing", "D-YB",
      ["异地就医", "异地备案"],
      "长期在外省居住、工作或需转外就医的参保人办理异地就医备案后，可在就医地定点医院直接结算。",
      "Insured people living, working or referred elsewhere register to settle bills directly in other provinces.",
      ["已参加重庆市基本医疗保险"],
      [ID_CARD, M("异地就医备案表", "Registration form", note="窗口领取"),
       M("转诊证明或居住证明", "Referral or proof of residence", required=False)],
      ["A06"], "Y", "即时办结", "Immediate", "免费", "Free",
      online="“国家医保服务平台”App或“渝快办”可自助备案", online_en="Self-service via the National Healthcare Security app"))
add(S("YB-LXBX", "零星医疗费用报销", "Manual reimbursement of medical expenses", "D-YB",
      ["医疗费报销", "手工报销"],
      "未能直接结算的住院、门诊费用（如异地就医未备案、急诊等），凭票据到窗口申请报销。",
      "Claim medical bills that could not be settled directly (e.g. unregistered treatment elsewhere, emergencies).",
      ["参保期间发生的合规医疗费用", "费用发生之日起2年内申请"],
      [ID_CARD, M("医疗费用发票原件", "Original medical invoices"), M("费用明细清单", "Itemised bill"),
       M("出院小结或门诊病历", "Discharge summary or outpatient records"), M("本人银行卡或社保卡", "Bank or social security card")],
      ["A07"], "Y", "20个工作日", "20 working days", "免费", "Free"))
add(S("YB-MTB", "门诊特殊疾病待遇认定", "Recognition of chronic/special outpatient diseases", "D-YB",
      ["慢特病", "门特申请", "特病认定"],
      "患高血压、糖尿病、恶性肿瘤门诊放化疗、尿毒症透析等规定病种的参保人，申请门诊特殊疾病待遇，认定后门诊费用提高报销比例。",
      "Insured patients with listed chronic diseases apply for higher outpatient reimbursement.",
      ["患有规定的门诊特殊疾病病种"],
      [ID_CARD, M("二级及以上医院诊断证明", "Diagnosis from a grade-2+ hospital"), M("相关检查报告", "Test reports"),
       M("门诊特殊疾病申请表", "Application form")],
      ["A07"], "Y", "15个工作日", "15 working days", "免费", "Free",
      notes="部分定点医院可直接申报，无需到中心。"))

# ---------------- 公积金 ----------------
GJJ_ONLINE = "可通过“重庆公积金”App或“渝快办”在线提取"
GJJ_ONLINE_EN = "Online via the Chongqing Housing Fund app"
add(S("GJJ-TQ-GF", "购买自住住房提取住房公积金", "Housing fund withdrawal for buying a home", "D-GJJ",
      ["购房提取", "买房提公积金"],
      "职工及配偶购买自住住房的，可在购房之日起2年内申请提取住房公积金账户余额。",
      "Withdraw within 2 years of buying a home for own use.",
      ["购买自住住房", "在购房后2年内申请"],
      [ID_CARD, M("购房合同或不动产权证书", "Purchase contract or property certificate"), M("购房发票", "Purchase invoice"),
       M("本人一类银行卡", "Own debit card")],
      ["B04"], "G", "3个工作日", "3 working days", "免费", "Free", online=GJJ_ONLINE, online_en=GJJ_ONLINE_EN))
add(S("GJJ-TQ-ZF", "租赁住房提取住房公积金", "Housing fund withdrawal for paying rent", "D-GJJ",
      ["租房提取"],
      "职工及配偶在本市无自有住房且租房居住的，可按月或按年提取住房公积金支付房租。",
      "Employees without a home in Chongqing may withdraw to pay rent, monthly or yearly.",
      ["本人及配偶在本市无自有住房"],
      [ID_CARD, M("房屋租赁合同", "Lease", required=False, note="按标准额度提取无需提供"), M("本人一类银行卡", "Own debit card")],
      ["B04"], "G", "即时办结", "Immediate", "免费", "Free", online=GJJ_ONLINE, online_en=GJJ_ONLINE_EN))
add(S("GJJ-TQ-HD", "偿还住房贷款提取住房公积金", "Housing fund withdrawal to repay a home loan", "D-GJJ",
      ["还贷提取", "商贷提取"],
      "偿还自住住房商业贷款或公积金贷款本息的，可提取住房公积金，可签约按年自动提取。",
      "Withdraw to repay a commercial or housing-fund home loan; yearly automatic withdrawal available.",
      ["正在偿还自住住房贷款"],
      [ID_CARD, M("借款合同", "Loan contract"), M("银行还款明细", "Repayment statement", note="商业贷款提供")],
      ["B04"], "G", "3个工作日", "3 working days", "免费", "Free", online=GJJ_ONLINE, online_en=GJJ_ONLINE_EN))
add(S("GJJ-TQ-TX", "离休退休提取住房公积金", "Housing fund withdrawal on retirement", "D-GJJ",
      ["退休提取", "销户提取"],
      "职工办理离休、退休手续后，可一次性提取住房公积金账户全部余额并销户。",
      "After retirement, withdraw the full balance and close the account.",
      ["已办理离退休手续"],
      [ID_CARD, M("退休证或退休审批表", "Retirement certificate"), M("本人一类银行卡", "Own debit card")],
      ["B04"], "G", "即时办结", "Immediate", "免费", "Free", online=GJJ_ONLINE, online_en=GJJ_ONLINE_EN))
add(S("GJJ-TQ-LZ", "解除劳动关系提取住房公积金", "Housing fund withdrawal after leaving employment", "D-GJJ",
      ["离职提取", "辞职提公积金"],
      "与单位解除劳动关系、账户封存满半年且未重新就业的，或进城务工人员返乡的，可申请提取。",
      "After leaving a job (account sealed for 6 months, not re-employed), or when a migrant worker goes home, the balance may be withdrawn.",
      ["与单位解除劳动关系", "账户封存满6个月未重新缴存"],
      [ID_CARD, M("解除劳动关系证明", "Proof of termination", required=False, note="单位已办理封存的无需提供"),
       M("本人一类银行卡", "Own debit card")],
      ["B04"], "G", "3个工作日", "3 working days", "免费", "Free", online=GJJ_ONLINE, online_en=GJJ_ONLINE_EN,
      notes="在外省缴存的，请向原缴存地公积金中心申请，或办理异地转移接续。"))
add(S("GJJ-DK", "住房公积金个人住房贷款申请", "Housing fund home loan application", "D-GJJ",
      ["公积金贷款"],
      "连续足额缴存6个月以上的职工购买自住住房，可申请住房公积金贷款，单人最高额度按重庆市规定执行。",
      "Employees with 6+ months of contributions may apply for a low-interest housing fund loan.",
      ["连续足额缴存满6个月", "购买本市自住住房"],
      [ID_CARD, M("婚姻状况证明", "Marital status document"), M("购房合同", "Purchase contract"),
       M("首付款凭证", "Down-payment receipt"), M("收入证明", "Income statement", required=False)],
      ["B05"], "G", "10个工作日", "10 working days", "免费", "Free",
      appointment="建议提前电话预约", appointment_en="Booking by phone recommended"))
add(S("GJJ-LHJC", "灵活就业人员住房公积金缴存登记", "Voluntary housing fund enrolment for flexible workers", "D-GJJ",
      ["自愿缴存公积金", "个体户缴公积金"],
      "个体工商户、自由职业者等灵活就业人员可自愿开户缴存住房公积金，按月或按年缴存。",
      "Self-employed and freelance workers can open a housing fund account and pay voluntarily.",
      ["年满16周岁，未在单位缴存"],
      [ID_CARD, M("本人一类银行卡", "Own debit card"), M("营业执照", "Business licence", required=False, note="个体工商户提供")],
      ["B05"], "G", "当场办结", "Same day", "免费", "Free", online=GJJ_ONLINE, online_en=GJJ_ONLINE_EN))

# ---------------- 市场监管 ----------------
add(S("SJ-GT-01", "个体工商户设立登记", "Registering a sole proprietorship (individual business)", "D-SJ",
      ["个体户注册", "个体营业执照"],
      "开办小餐馆、小商店等个体经营的，申请个体工商户营业执照；资料齐全当场发照。",
      "Register an individual business (small restaurant, shop) and get a business licence on the spot.",
      ["有固定经营场所", "经营者具有完全民事行为能力"],
      [ID_CARD, M("经营场所使用证明", "Proof of premises", note="租赁合同及房屋产权证明复印件", copies=1),
       M("个体工商户登记申请书", "Application form", note="可在窗口或“渝快办”填写")],
      ["C01"], "M", "资料齐全当场办结", "Same day if complete", "免费", "Free",
      notes="开餐饮店还需办理食品经营许可；可一次申请“我要开餐馆”一件事联办。"))
add(S("SJ-GT-02", "个体工商户变更登记", "Changing a sole proprietorship's registration", "D-SJ",
      ["个体户变更"],
      "个体工商户名称、经营者、经营范围、经营场所等登记事项发生变化的，申请变更登记。",
      "Change the name, operator, scope or address of an individual business.",
      ["已登记的个体工商户"],
      [ID_CARD, M("营业执照正、副本", "Business licence (original and copy)"), M("新经营场所证明", "Proof of new premises", required=False)],
      ["C01"], "M", "当场办结", "Same day", "免费", "Free"))
add(S("SJ-GT-03", "个体工商户注销登记", "Deregistering a sole proprietorship", "D-SJ",
      ["个体户注销"],
      "个体工商户不再经营的，结清税款后申请注销登记，未发生债权债务的可简易注销。",
      "Close an individual business after settling taxes; simplified procedure if no debts.",
      ["已结清税款", "无未结债权债务"],
      [ID_CARD, M("营业执照正、副本", "Business licence"), M("清税证明", "Tax clearance", required=False, note="税务信息已共享的可免交")],
      ["C01"], "M", "当场办结", "Same day", "免费", "Free"))
add(S("SJ-QY-01", "有限责任公司设立登记", "Registering a limited liability company", "D-SJ",
      ["公司注册", "开公司"],
      "设立有限责任公司，实行“一网通办”，营业执照、印章、发票、社保登记一次办结。",
      "Incorporate an LLC; licence, seals, invoices and social insurance handled in one go.",
      ["有符合规定的公司名称、住所、章程和股东"],
      [M("全体股东身份证明", "Shareholders' IDs"), M("公司章程", "Articles of association"),
       M("住所使用证明", "Proof of registered address"), M("法定代表人、董事、监事任职文件", "Appointment documents")],
      ["C02"], "M", "1个工作日", "1 working day", "免费（首套印章由政府买单）", "Free, first seal set also free",
      online="推荐“渝快办”企业开办“一网通”全程网办", online_en="Recommended fully online"))
add(S("SJ-QY-02", "企业变更登记", "Company registration change", "D-SJ",
      ["公司变更", "法人变更"],
      "企业名称、住所、法定代表人、注册资本、经营范围、股东等事项变更的，申请变更登记。",
      "Change a company's name, address, legal representative, capital, scope or shareholders.",
      ["已登记企业"],
      [M("变更登记申请书", "Application form"), M("股东会决议", "Shareholders' resolution"), M("营业执照正、副本", "Business licence")],
      ["C02"], "M", "1个工作日", "1 working day", "免费", "Free"))
add(S("SJ-SP-01", "食品经营许可证核发", "Food business licence (new)", "D-SJ",
      ["食品经营许可", "餐饮许可证"],
      "从事餐饮服务、食品销售的，在取得营业执照后申请食品经营许可证，需现场核查经营场所。",
      "Restaurants and food sellers apply after getting a business licence; premises are inspected.",
      ["已取得营业执照", "有与经营品种相适应的场所、设备和从业人员健康证明"],
      [M("食品经营许可申请书", "Application form"), M("营业执照", "Business licence"), ID_CARD,
       M("经营场所平面图和设备布局图", "Floor and equipment plan"), M("从业人员健康证明", "Staff health certificates"),
       M("食品安全管理制度", "Food safety rules")],
      ["C03"], "M", "10个工作日", "10 working days", "免费", "Free"))
add(S("SJ-SP-02", "食品经营许可证延续及变更", "Food business licence renewal or change", "D-SJ",
      ["许可证延续", "许可证变更"],
      "食品经营许可证有效期5年，届满30个工作日前申请延续；经营项目、负责人等变化时申请变更。",
      "Licences last 5 years; renew 30 working days before expiry or change recorded details.",
      ["持有有效食品经营许可证"],
      [M("食品经营许可证正、副本", "Food licence"), ID_CARD, M("变更或延续申请书", "Application form")],
      ["C03"], "M", "5个工作日", "5 working days", "免费", "Free"))

# ---------------- 税务 ----------------
add(S("SW-DKFP", "代开增值税发票", "Issuing VAT invoices on behalf of individuals", "D-SW",
      ["代开发票"],
      "个人出租房屋、提供劳务等需要开具发票的，可申请代开增值税普通发票。",
      "Individuals renting property or providing services can have VAT invoices issued by the tax office.",
      ["发生应税行为且需开具发票"],
      [ID_CARD, M("合同或交易证明", "Contract or proof of transaction")],
      ["C05"], "T", "当场办结", "Same day", "按规定缴纳相应税款", "Applicable taxes payable",
      online="可通过“电子税务局”或“个人所得税”App办理", online_en="Online via the e-Tax Bureau"))
add(S("SW-GS", "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation", "D-SW",
      ["个税汇算", "个税退税"],
      "每年3月1日至6月30日办理上一年度综合所得汇算清缴，多退少补；窗口提供辅导。",
      "Between 1 March and 30 June, settle last year's comprehensive income tax; refunds or top-ups.",
      ["上年度取得综合所得"],
      [ID_CARD, M("银行卡", "Bank card", note="申请退税时提供")],
      ["C04"], "T", "当场提交", "Submitted on the spot", "免费", "Free",
      online="推荐使用“个人所得税”App自行办理", online_en="Recommended via the IIT app"))
add(S("SW-DJ", "新办纳税人涉税事项套餐", "New taxpayer set-up package", "D-SW",
      ["税务报到", "税务登记"],
      "新开办企业、个体户首次办理涉税事项：信息确认、票种核定、税控设备或数电发票开通等一次办结。",
      "First tax set-up for new businesses: information confirmation, invoice types and e-invoicing.",
      ["已领取营业执照"],
      [M("营业执照", "Business licence"), M("经办人身份证", "Agent's ID card")],
      ["C04", "C05"], "T", "当场办结", "Same day", "免费", "Free"))
add(S("SW-CLF", "存量房交易税费申报", "Tax declaration for second-hand housing sales", "D-SW",
      ["二手房交易税", "房屋交易税费"],
      "二手房买卖双方在不动产“房税一窗”同时申报契税、增值税、个人所得税等。",
      "Buyers and sellers of second-hand homes declare deed tax, VAT and income tax at the combined window.",
      ["已签订存量房买卖合同"],
      [M("买卖双方身份证", "Both parties' IDs"), M("存量房买卖合同", "Sale contract"), M("不动产权证书", "Property certificate"),
       M("家庭住房情况查询结果", "Household housing record", note="享受契税优惠时提供")],
      ["C07"], "T", "当场办结", "Same day", "按成交价计税", "Based on the sale price"))

# ---------------- 不动产 ----------------
add(S("BDC-ZY", "存量房买卖转移登记", "Transfer registration for second-hand housing", "D-BDC",
      ["二手房过户"],
      "二手房买卖完成税费申报后，买卖双方共同申请转移登记，领取新的不动产权证书。",
      "After taxes are declared, buyer and seller jointly register the transfer and the buyer gets a new certificate.",
      ["买卖双方已完税"],
      [M("买卖双方身份证", "Both parties' IDs"), M("不动产权证书", "Property certificate"), M("存量房买卖合同", "Sale contract"),
       M("完税凭证", "Tax receipt", note="共享的可免交")],
      ["C06", "C07"], "D", "1个工作日", "1 working day", "住宅登记费80元，证书工本费10元", "80 CNY registration + 10 CNY certificate"))
add(S("BDC-SC", "新建商品房转移登记", "Title registration for a newly built home", "D-BDC",
      ["新房办证", "房产证办理"],
      "购买开发商新建商品房，在开发企业完成首次登记后，申请办理个人不动产权证书。",
      "After the developer's first registration, buyers of new homes get their own property certificate.",
      ["开发企业已完成首次登记", "已缴纳契税"],
      [ID_CARD, M("商品房买卖合同", "Purchase contract"), M("购房发票", "Purchase invoice"), M("契税完税凭证", "Deed tax receipt")],
      ["C06"], "D", "3个工作日", "3 working days", "住宅登记费80元，证书工本费10元", "80 CNY + 10 CNY",
      notes="部分楼盘开发商统一代办，“交房即交证”。"))
add(S("BDC-DY", "不动产抵押登记", "Mortgage registration", "D-BDC",
      ["抵押登记", "抵押注销"],
      "以房屋等不动产向银行贷款的办理抵押权首次登记，贷款还清后办理抵押注销登记。",
      "Register a mortgage when borrowing against property, and cancel it once the loan is repaid.",
      ["已签订抵押合同，或主债权已消灭"],
      [M("不动产权证书", "Property certificate"), M("抵押合同与借款合同", "Mortgage and loan contracts"),
       M("抵押人、抵押权人身份证明", "IDs of both parties")],
      ["C06"], "D", "1个工作日", "1 working day", "住宅80元/件，注销免费", "80 CNY per case; cancellation free",
      notes="多数银行已接入线上抵押，可在银行网点直接办理。"))
add(S("BDC-JC", "继承、受遗赠不动产转移登记", "Transfer registration by inheritance or bequest", "D-BDC",
      ["继承过户"],
      "被继承人死亡后，继承人凭继承权公证书、生效法律文书或经查验的继承材料申请转移登记。",
      "Heirs register inherited property with a notarial certificate, court ruling or verified inheritance documents.",
      ["被继承人已死亡", "继承人之间无争议或已有生效判决"],
      [M("继承人身份证明", "Heirs' IDs"), M("不动产权证书", "Property certificate"), M("死亡证明", "Death certificate"),
       M("亲属关系证明", "Proof of kinship"), M("继承权公证书或生效法律文书", "Notarial certificate or court ruling", required=False)],
      ["C06"], "D", "5个工作日（含公示）", "5 working days incl. public notice", "住宅登记费80元", "80 CNY",
      notes="法定继承人较多的，须全体到场或出具放弃继承声明。"))
add(S("BDC-CX", "不动产登记资料查询", "Real estate record search", "D-BDC",
      ["查房产", "房产信息查询"],
      "权利人或利害关系人查询不动产登记结果、出具有无房屋证明。",
      "Owners or interested parties can search records or get a proof of (no) property ownership.",
      ["查询本人名下或有合法利害关系"],
      [ID_CARD, M("授权委托书", "Power of attorney", required=False, note="代查时提供")],
      ["C06", "C07"], "D", "即时办结", "Immediate", "免费", "Free",
      online="一楼24小时自助区可自助打印本人名下房产证明", online_en="Print your own record at the 24-hour self-service area"))

# ---------------- 民政 ----------------
MZ_HOURS = "周一至周五 9:00–12:00、13:30–17:00（婚姻登记每月最后一个工作日下午内部盘点，不对外）"
add(S("MZ-JH", "结婚登记", "Marriage registration", "D-MZ",
      ["领结婚证", "扯证"],
      "男女双方自愿结婚，共同到婚姻登记处申请结婚登记，已实行全国通办。",
      "Both partners register their marriage together; accepted nationwide.",
      ["男方年满22周岁、女方年满20周岁", "双方均无配偶", "非直系血亲和三代以内旁系血亲"],
      [M("双方居民身份证", "Both parties' ID cards"), M("双方近期半身免冠合影2寸照片3张", "Three 2-inch couple photos", note="登记处可现场拍摄"),
       M("双方户口簿", "Hukou booklets", required=False, note="全国通办后可不提供")],
      ["B07"], "Z", "当场办结", "Same day", "免费", "Free",
      hours=MZ_HOURS, hours_en="Mon–Fri; closed the last working afternoon of each month",
      appointment="“渝快办”或“重庆民政”公众号预约，节假日特殊日子建议提前预约", appointment_en="Booking recommended on special dates"))
add(S("MZ-LH", "离婚登记", "Divorce registration", "D-MZ",
      ["协议离婚"],
      "双方自愿离婚并对子女和财产达成协议的，共同申请离婚登记；受理后有30日冷静期，期满后30日内双方再次到场领证。",
      "Mutual-consent divorce; a 30-day cooling-off period applies before both return to collect certificates.",
      ["双方自愿离婚", "已就子女抚养、财产及债务处理达成一致"],
      [M("双方居民身份证", "Both ID cards"), M("结婚证", "Marriage certificate"), M("离婚协议书", "Divorce agreement", copies=3),
       M("双方户口簿", "Hukou booklets")],
      ["B07"], "Z", "冷静期满后当场发证", "Certificates issued after the cooling-off period", "免费", "Free",
      hours=MZ_HOURS, hours_en="Mon–Fri", appointment="须提前预约", appointment_en="Appointment required"))
add(S("MZ-BL", "补领婚姻登记证", "Replacement of a marriage or divorce certificate", "D-MZ",
      ["补结婚证", "补离婚证"],
      "结婚证、离婚证遗失或损毁的，当事人可向原登记机关或本处申请补领。",
      "Replace a lost or damaged marriage/divorce certificate.",
      ["原登记档案可查"],
      [ID_CARD, HUKOU, M("本人近期2寸照片", "Recent 2-inch photo", note="补结婚证需双方合影3张")],
      ["B07"], "Z", "当场办结", "Same day", "免费", "Free", hours=MZ_HOURS, hours_en="Mon–Fri"))
add(S("MZ-DB", "最低生活保障申请", "Minimum living allowance (dibao)", "D-MZ",
      ["低保申请"],
      "家庭人均收入低于本区最低生活保障标准且家庭财产符合规定的，可申请低保；也可向户籍所在镇街提出。",
      "Households below the local income threshold with limited assets may apply.",
      ["家庭人均收入低于当地低保标准", "家庭财产符合规定"],
      [M("申请人及家庭成员身份证、户口簿", "IDs and hukou of household members"), M("家庭收入及财产情况声明", "Income and asset declaration"),
       M("家庭经济状况核对授权书", "Authorisation for financial checks"), M("疾病、残疾等证明", "Medical or disability proof", required=False)],
      ["B06"], "Z", "30个工作日", "30 working days", "免费", "Free",
      notes="需经入户调查和民主评议、公示。"))
add(S("MZ-GL", "高龄津贴申请", "Old-age allowance for seniors 80+", "D-MZ",
      ["高龄补贴", "老人津贴"],
      "本区户籍年满80周岁老年人申请高龄津贴，按月发放至本人社保卡。",
      "Local residents aged 80+ receive a monthly allowance paid to their social security card.",
      ["本区户籍", "年满80周岁"],
      [ID_CARD, HUKOU, M("社会保障卡", "Social security card")],
      ["B06", "A08"], "Z", "次月发放", "From next month", "免费", "Free",
      notes="行动不便的可由子女代办，携带代办人身份证。"))
add(S("MZ-CJZ", "残疾人证办理", "Disability certificate application", "D-MZ",
      ["残疾证"],
      "本区户籍残疾人申请办理第三代智能化残疾人证，先在指定医院评定残疾等级，再到残联窗口领证。",
      "Apply for a disability certificate after an assessment at a designated hospital.",
      ["本区户籍", "经指定医疗机构评定符合残疾标准"],
      [ID_CARD, HUKOU, M("残疾评定表", "Disability assessment form"), M("近期2寸白底照片", "2-inch photo", copies=0)],
      ["B06"], "Z", "20个工作日", "20 working days", "免费", "Free",
      online="可通过“全国残疾人证办理”平台在线申请", online_en="Online via the national platform"))

# ---------------- 卫健 ----------------
add(S("WJ-SYDJ", "生育登记", "Birth (parenthood) registration", "D-WJ",
      ["生育服务登记", "准生证"],
      "夫妻生育子女的，可在孕前或孕期进行生育登记，凭登记信息享受孕产期保健和生育保险待遇。",
      "Couples register a planned or current pregnancy to access prenatal care and maternity benefits.",
      ["一方为本区户籍或在本区居住"],
      [M("夫妻双方身份证", "Both spouses' IDs"), M("结婚证", "Marriage certificate", required=False)],
      ["B08"], "W", "当场办结", "Same day", "免费", "Free",
      online="推荐“渝快办”在线登记", online_en="Recommended online"))
add(S("WJ-JKZ", "从业人员健康证明办理", "Health certificate for food and public-venue workers", "D-WJ",
      ["健康证"],
      "食品生产经营、公共场所从业人员上岗前须取得健康证明；窗口负责登记预约，体检在区疾控中心体检科进行。",
      "Food and public-venue workers need a health certificate; register here, examination at the district CDC.",
      ["从事食品或公共场所服务工作"],
      [ID_CARD, M("近期1寸照片", "1-inch photo", required=False)],
      ["B08"], "W", "体检后3个工作日出证", "3 working days after the check", "体检费约50元", "About 50 CNY for the examination",
      notes="体检需空腹；证明有效期1年。"))
add(S("WJ-CSZM", "出生医学证明补发及换发", "Replacement or correction of a birth medical certificate", "D-WJ",
      ["出生证补办", "出生证换发"],
      "出生医学证明遗失、损坏或信息有误的，由父母申请补发或换发。",
      "Parents apply to replace a lost or damaged birth medical certificate, or correct its details.",
      ["在本区助产机构出生，或本区户籍"],
      [M("父母身份证", "Parents' IDs"), M("原出生医学证明", "Original certificate", required=False, note="换发时交回"),
       M("遗失声明", "Loss declaration", required=False)],
      ["B08"], "W", "10个工作日", "10 working days", "免费", "Free"))

def walkways(fid):
    items = [(w["id"], w["x"]) for w in windows if w["floor"] == fid]
    items += [(p["id"], p["x"]) for p in places if p["floor"] == fid]
    if hall["kiosk"]["floor"] == fid:
        items.append(("kiosk", hall["kiosk"]["x"]))
    nodes, paths = [], []
    link_nodes = []
    if fid != "F1":
        link_nodes = [("lift-" + fid, 0.55, "lift", "lift", "电梯厅", "Lift lobby"),
                      ("stairs-" + fid, 0.45, "stairs", "stairs", "中央楼梯", "Main stairs")]
        for nid, x, kind, link, nm, en in link_nodes:
            nodes.append({"id": nid, "x": x, "y": 0.55, "kind": kind, "link": link, "name": nm, "name_en": en})
            items.append((nid, x))
    seen = {}
    for ref, x in items:
        cid = "c-" + ref
        nodes.append({"id": cid, "x": x, "y": 0.42})
        paths.append([ref, cid])
        seen[cid] = x
    paths.append(sorted(seen, key=lambda c: seen[c]))
    return {"width_m": 60, "height_m": 24, "nodes": nodes, "paths": paths}

for _f in floors:
    _f["walkways"] = walkways(_f["id"])

catalog = {"schema_version": 1, "hall": hall, "departments": departments, "windows": windows,
           "places": places, "services": services}

def svg(floor):
    fid = floor["id"]
    parts = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 600" width="1000" height="600">',
             '<rect x="5" y="5" width="990" height="590" fill="#fafafa" stroke="#333" stroke-width="4"/>',
             f'<text x="20" y="40" font-size="24">{floor["name"]}</text>']
    for w in windows:
        if w["floor"] == fid:
            x, y = w["x"] * 1000, w["y"] * 600
            parts.append(f'<rect x="{x-40:.0f}" y="{y-30:.0f}" width="80" height="50" fill="#dde8ff" stroke="#336"/>')
            parts.append(f'<text x="{x:.0f}" y="{y:.0f}" font-size="16" text-anchor="middle">{w["id"]}</text>')
            parts.append(f'<text x="{x:.0f}" y="{y+16:.0f}" font-size="10" text-anchor="middle">{w["label"]}</text>')
    for p in places:
        if p["floor"] == fid:
            x, y = p["x"] * 1000, p["y"] * 600
            parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="12" fill="#ffe7b3" stroke="#963"/>')
            parts.append(f'<text x="{x:.0f}" y="{y-16:.0f}" font-size="12" text-anchor="middle">{p["name"]}</text>')
    k = hall["kiosk"]
    if k["floor"] == fid:
        parts.append(f'<rect x="{k["x"]*1000-10:.0f}" y="{k["y"]*600-10:.0f}" width="20" height="20" fill="#c33"/>')
        parts.append(f'<text x="{k["x"]*1000:.0f}" y="{k["y"]*600+28:.0f}" font-size="12" text-anchor="middle">您在这里</text>')
    parts.append("</svg>")
    return "\n".join(parts)

if __name__ == "__main__":
    with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for fl in floors:
        with open(os.path.join(HERE, fl["map"]), "w", encoding="utf-8") as f:
            f.write(svg(fl))
    print(len(services), "services,", len(windows), "windows,", len(places), "places,", len(departments), "departments")
