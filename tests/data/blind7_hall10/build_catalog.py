#!/usr/bin/env python3
"""Build catalog.json and plan-*.svg for the fictional 杭州市钱塘湾区民生服务中心 (hall10). stdlib only."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-10-15"


def M(name, en="", copies=0, required=True, note="", original=True):
    return {"name": name, "name_en": en, "original": original, "copies": copies,
            "required": required, "note": note}


ID = M("居民身份证", "Resident ID card")
HK = M("居民户口簿", "Household register")
PH = M("本人近期免冠证件照", "Recent ID photo", required=False, note="大厅一楼拍照点可现场拍摄")


def S(sid, name, en, dept, aliases, summary, conds, mats, windows, prefix, time_limit, fee,
      online="可在“浙里办”App搜索事项名称在线办理", notes="", hours=None, appt="", summary_en="",
      time_en="", fee_en=""):
    return {"id": sid, "name": name, "name_en": en, "department": dept, "aliases": aliases,
            "summary": summary, "summary_en": summary_en, "conditions": conds, "materials": mats,
            "windows": windows, "queue_prefix": prefix, "time_limit": time_limit,
            "time_limit_en": time_en, "fee": fee, "fee_en": fee_en, "hours": hours,
            "appointment": appt, "online": online, "notes": notes, "updated": UPD}


departments = [
    {"id": "D01", "name": "钱塘湾公安分局户政服务", "name_en": "Household Registration (Police)"},
    {"id": "D02", "name": "出入境管理服务", "name_en": "Exit-Entry Administration"},
    {"id": "D03", "name": "区人力资源和社会保障局", "name_en": "Human Resources and Social Security"},
    {"id": "D04", "name": "区医疗保障分局", "name_en": "Healthcare Security"},
    {"id": "D05", "name": "杭州住房公积金管理中心钱塘湾分中心", "name_en": "Housing Provident Fund"},
    {"id": "D06", "name": "区市场监督管理局", "name_en": "Market Regulation"},
    {"id": "D07", "name": "区税务局", "name_en": "Taxation"},
    {"id": "D08", "name": "区不动产登记服务中心", "name_en": "Real Estate Registration"},
    {"id": "D09", "name": "区民政局（含婚姻登记处、残联窗口）", "name_en": "Civil Affairs"},
    {"id": "D10", "name": "区卫生健康局", "name_en": "Health Commission"},
]

# ---------------------------------------------------------------- windows
WIN = []


def win(wid, floor, x, zone, zone_en, label, label_en):
    WIN.append({"id": wid, "floor": floor, "zone": zone, "zone_en": zone_en, "x": x, "y": 0.18,
                "label": label, "label_en": label_en, "door": {"x": x, "y": 0.3}})


Z1, Z1e = "一楼 民生综合受理区", "1F General Service Area"
win("A01", "F1", 0.10, Z1, Z1e, "户政窗口", "Household registration")
win("A02", "F1", 0.20, Z1, Z1e, "户政窗口", "Household registration")
win("A03", "F1", 0.30, Z1, Z1e, "出入境·境外人员服务", "Exit-entry & foreigners")
win("A04", "F1", 0.40, Z1, Z1e, "社保窗口", "Social security")
win("A05", "F1", 0.50, Z1, Z1e, "社保·就业创业", "Social security & employment")
win("A06", "F1", 0.60, Z1, Z1e, "医保窗口", "Medical insurance")
win("A07", "F1", 0.70, Z1, Z1e, "一窗受理（无差别综合窗口）", "One-window general counter")
win("A08", "F1", 0.80, Z1, Z1e, "民政·社会救助", "Civil affairs & social aid")
Z2, Z2e = "二楼 安居服务区", "2F Housing Area"
win("B01", "F2", 0.12, Z2, Z2e, "不动产登记", "Real estate registration")
win("B02", "F2", 0.24, Z2, Z2e, "不动产登记", "Real estate registration")
win("B03", "F2", 0.36, Z2, Z2e, "房产交易税费", "Property transaction tax")
win("B04", "F2", 0.50, Z2, Z2e, "住房公积金", "Housing provident fund")
win("B05", "F2", 0.62, Z2, Z2e, "住房公积金", "Housing provident fund")
win("B06", "F2", 0.74, Z2, Z2e, "公积金贷款", "Provident fund loans")
Z3, Z3e = "三楼 企业开办与婚育服务区", "3F Business & Family Area"
win("C01", "F3", 0.12, Z3, Z3e, "企业开办专区", "Business start-up")
win("C02", "F3", 0.24, Z3, Z3e, "企业开办专区", "Business start-up")
win("C03", "F3", 0.36, Z3, Z3e, "许可与变更注销", "Licences, changes, deregistration")
win("C04", "F3", 0.48, Z3, Z3e, "税务综合", "Tax services")
win("C05", "F3", 0.66, Z3, Z3e, "婚姻登记处", "Marriage registry")
win("C06", "F3", 0.80, Z3, Z3e, "卫健·生育服务", "Birth & childcare services")

# ---------------------------------------------------------------- places
PL = []


def place(pid, name, en, aliases, floor, x, y, notes, notes_en="", kind="facility", link=""):
    door_y = 0.62 if y > 0.5 else 0.3
    p = {"id": pid, "name": name, "name_en": en, "aliases": aliases, "floor": floor, "x": x, "y": y,
         "notes": notes, "notes_en": notes_en, "kind": kind, "link": link,
         "door": {"x": x, "y": door_y}}
    PL.append(p)


place("P01", "一楼公共卫生间", "Toilets (1F)", ["卫生间", "洗手间", "厕所", "toilet", "restroom"],
      "F1", 0.92, 0.78, "一楼东侧，男女分设；二楼、三楼同位置也有卫生间。",
      "East end of 1F; also on 2F and 3F at the same position.")
place("P02", "无障碍卫生间", "Accessible toilet", ["残疾人厕所", "第三卫生间", "accessible toilet"],
      "F1", 0.84, 0.78, "一楼东侧，设扶手、紧急呼叫按钮，可供轮椅进入，也可供家属陪同使用。",
      "Wheelchair accessible, with handrails and an emergency call button.")
place("P03", "母婴室", "Mother-and-baby room", ["哺乳室", "母婴休息室", "nursing room"],
      "F2", 0.88, 0.78, "二楼东侧，设哺乳椅、尿布台、温奶器。",
      "2F east: nursing chair, changing table, bottle warmer.")
place("P04", "候办休息区", "Waiting area", ["等候区", "休息区", "叫号区", "waiting area"],
      "F1", 0.45, 0.78, "一楼中部，叫号屏和语音叫号；取号后在此等候。",
      "Middle of 1F with the queue display.")
place("P05", "饮水点", "Drinking water", ["饮水机", "开水", "drinking water"],
      "F1", 0.58, 0.78, "提供温开水、冷水和一次性纸杯。", "Hot and cold water, paper cups.")
place("P06", "复印打印点", "Copy & print point", ["复印", "打印", "扫描", "copy", "print"],
      "F1", 0.12, 0.78, "办事材料免费复印、打印（每人每次20页以内），可扫码打印手机里的文件。",
      "Free copying/printing of documents (up to 20 pages).")
place("P07", "24小时自助服务区", "24-hour self-service area", ["自助区", "自助机", "自助终端", "self-service"],
      "F1", 0.24, 0.78, "可自助打印社保参保证明、公积金缴存证明、不动产登记信息查询结果、个税完税证明，"
      "办理“浙里办”高频事项；从大厅北侧单独入口24小时开放。",
      "Self-service printing of certificates; open 24 hours via the north entrance.")
place("P08", "咨询导办台", "Information & assistance desk", ["咨询台", "导办台", "帮办代办", "志愿者", "help desk"],
      "F1", 0.50, 0.55, "大厅入口正对；提供咨询、取号、帮办代办，老年人、残疾人可申请全程陪同办理。",
      "Opposite the entrance: information, tickets, assisted service for elderly and disabled people.")
place("P09", "证件照拍摄点", "ID photo booth", ["拍照", "照相", "证件照", "photo booth"],
      "F1", 0.35, 0.78, "自助拍摄身份证、护照、港澳通行证、社保卡等证件照，照片回执可直接用于办证，每次20元。",
      "Self-service ID photos with digital receipt, 20 yuan.")
place("P10", "电梯", "Lifts", ["电梯", "直梯", "lift", "elevator"],
      "F1", 0.68, 0.55, "大厅中部两部直梯，通往二楼、三楼；轮椅、婴儿车请走电梯。",
      "Two lifts in the middle of the hall to 2F and 3F.", kind="lift", link="lift")
place("P11", "楼梯", "Stairs", ["楼梯", "步行梯", "stairs"],
      "F1", 0.04, 0.55, "大厅西侧楼梯，通往二楼、三楼。", "West staircase to 2F and 3F.",
      kind="stairs", link="stairs")
place("P12", "证照邮寄服务点", "Document mailing point", ["邮寄", "快递", "EMS", "寄证件"],
      "F1", 0.72, 0.78, "办好的证照可免费邮寄到家（EMS），登记地址即可，不用再跑一次。",
      "Finished certificates can be mailed home free of charge.")
place("P13", "老年人和残疾人优先服务点", "Priority service point", ["爱心窗口", "绿色通道", "优先窗口"],
      "F1", 0.90, 0.42, "70周岁以上老人、残疾人、孕妇凭证件优先办理，配轮椅、老花镜、放大镜、充电宝。",
      "Priority counter for seniors, disabled people and pregnant women; wheelchairs, reading glasses.")

# ---------------------------------------------------------------- services
SV = []
add = SV.append
OL = "可在“浙里办”App搜索事项名称在线办理"

# ---- D01 户政
add(S("1101", "新生儿出生登记（申报户口）", "Registering a newborn's hukou", "D01",
      ["新生儿落户", "出生申报户口", "宝宝上户口"],
      "婴儿出生后随父亲或母亲申报常住户口，可与出生医学证明、医保参保、社保卡申领“出生一件事”联办。",
      ["父亲或母亲一方为本区常住户口"],
      [M("出生医学证明", "Birth medical certificate", 1), M("父母双方居民身份证", "Parents' ID cards"),
       M("落户方居民户口簿", "Household register"), M("父母结婚证", "Marriage certificate", required=False, note="非婚生育的按规定提供情况说明")],
      ["A01", "A02", "A07"], "H", "当场办结", "免费", online="“浙里办”搜索“出生一件事”联办",
      summary_en="Register a newborn in a parent's household.", time_en="Same day", fee_en="Free"))
add(S("1102", "居民身份证到期换领", "Renewing an expiring ID card", "D01",
      ["身份证换领", "身份证到期换证", "换二代证"],
      "居民身份证有效期满前三个月内或已过期的，可申请换领新证。",
      ["身份证有效期即将届满或已届满"], [ID, HK, PH],
      ["A01", "A02"], "H", "20个工作日", "20元", notes="可选择证件邮寄到家。",
      time_en="20 working days", fee_en="20 yuan"))
add(S("1103", "居民身份证遗失补领", "Replacing a lost ID card", "D01",
      ["身份证补办", "身份证丢失补领", "身份证挂失"],
      "居民身份证丢失、被盗的，可在全国任一户政窗口申请补领，同时可申请临时身份证。",
      ["身份证丢失或被盗"], [HK, PH],
      ["A01", "A02"], "H", "20个工作日", "40元（加办临时身份证另收10元）",
      notes="急需乘机乘车可当场开具临时身份证明。", time_en="20 working days", fee_en="40 yuan"))
add(S("1104", "临时居民身份证申领", "Temporary ID card", "D01",
      ["临时身份证", "临时证"], "申领、换领、补领身份证期间急需使用的，可申领临时居民身份证，有效期三个月。",
      ["已申请换领或补领居民身份证"], [HK, PH], ["A01", "A02"], "H", "1个工作日", "10元",
      time_en="1 working day", fee_en="10 yuan"))
add(S("1105", "居住登记及浙江省居住证申领", "Residence registration and Zhejiang residence permit", "D01",
      ["居住证办理", "外来人员居住登记", "暂住证"],
      "非本市户籍人员在本区居住的应办理居住登记；居住满半年并有合法稳定就业、住所或就读的可申领居住证，"
      "凭居住证享受子女入学、积分落户等公共服务。",
      ["已办理居住登记", "居住满半年且有稳定就业、住所或连续就读"],
      [ID, M("住所证明（房屋租赁合同或房产证）", "Proof of residence", 1),
       M("就业或就读证明", "Proof of work or study", 1, required=False), PH],
      ["A01", "A02", "A07"], "H", "7个工作日", "首次申领免费", summary_en="For people from outside Hangzhou.",
      time_en="7 working days", fee_en="Free for first issue"))
add(S("1106", "人才引进落户", "Hukou transfer for talents", "D01",
      ["人才落户", "大学生落户", "毕业生落户杭州"],
      "符合杭州市人才落户条件的高校毕业生、专业技术人才将户口迁入本区。",
      ["本科及以上学历（具体以当年杭州政策为准）", "在杭就业并缴纳社保或符合直接落户条件"],
      [ID, M("学历学位证书", "Degree certificates", 1), M("劳动合同或社保缴纳证明", "Employment proof", 1),
       M("落户地址证明（房产证或集体户同意书）", "Proof of address")],
      ["A01", "A02"], "H", "5个工作日", "免费", time_en="5 working days", fee_en="Free"))
add(S("1107", "投靠亲属落户", "Hukou transfer to join relatives", "D01",
      ["夫妻投靠", "老人投靠子女", "子女投靠父母落户"],
      "夫妻投靠、父母投靠子女、未成年子女投靠父母等亲属投靠方式迁入本区户口。",
      ["符合杭州市投靠落户政策（如结婚满规定年限、父母达到规定年龄）"],
      [ID, HK, M("亲属关系证明（结婚证、出生证明等）", "Proof of relationship", 1),
       M("被投靠人住房证明", "Host's housing proof", 1)],
      ["A01", "A02"], "H", "20个工作日", "免费", time_en="20 working days", fee_en="Free"))
add(S("1108", "户口迁出（跨省迁移）", "Moving hukou out of Hangzhou", "D01",
      ["户口迁出", "迁户口到外地", "开准迁证"],
      "户口迁往外省的，已实行跨省通办的地区在迁入地直接办理；其余地区凭准迁证在本窗口办理迁出。",
      ["迁入地已同意迁入"], [ID, HK, M("准予迁入证明", "Permission to move in", required=False, note="跨省通办地区无需提供")],
      ["A01", "A02"], "H", "当场办结", "免费", time_en="Same day", fee_en="Free"))
add(S("1109", "死亡人员户口注销", "Cancelling the hukou of a deceased person", "D01",
      ["户口注销", "销户", "死亡注销户口"],
      "户籍人员死亡后，家属凭死亡医学证明等材料注销户口，可与社保、医保停保及丧葬补助“身后一件事”联办。",
      ["本区户籍人员死亡"],
      [M("死亡医学证明或火化证明", "Death certificate", 1), HK, M("死者居民身份证", "ID card of the deceased", required=False),
       M("申报人居民身份证", "Applicant's ID card")],
      ["A01", "A02", "A07"], "H", "当场办结", "免费", online="“浙里办”搜索“身后一件事”联办",
      time_en="Same day", fee_en="Free"))
add(S("1110", "无犯罪记录证明开具", "Certificate of no criminal record", "D01",
      ["无犯罪证明", "良民证", "无违法犯罪记录证明"],
      "因入职、出国、落户等需要，为本人开具无犯罪记录证明。",
      ["本区户籍人员或在本区居住的持居住证人员"], [ID, M("用途说明或单位需求函", "Purpose letter", required=False)],
      ["A01", "A02"], "H", "3个工作日", "免费", online="“浙里办”搜索“无犯罪记录证明”可在线开具电子证明",
      time_en="3 working days", fee_en="Free"))

# ---- D02 出入境
add(S("1201", "往来港澳通行证及签注", "Exit-entry permit to Hong Kong and Macao", "D02",
      ["港澳通行证", "港澳签注", "去香港办证"],
      "内地居民申请往来港澳通行证、团队旅游或个人旅游签注；已有有效证件的可在自助机续签。",
      ["中国内地居民"], [ID, PH], ["A03"], "E", "7个工作日", "证件60元，签注每次15元",
      notes="照片须为出入境专用回执照片，大厅拍照点可拍。", time_en="7 working days",
      fee_en="60 yuan per permit, 15 yuan per endorsement"))
add(S("1202", "普通护照申领", "Ordinary passport", "D02",
      ["办护照", "护照换发", "护照补发"], "中国公民出国旅游、探亲、留学等申请普通护照或换发、补发。",
      ["中国公民"], [ID, PH], ["A03"], "E", "7个工作日", "120元",
      time_en="7 working days", fee_en="120 yuan"))
add(S("1203", "境外人员住宿登记", "Accommodation registration for foreigners", "D02",
      ["外国人住宿登记", "境外人员临时住宿登记", "foreigner registration"],
      "外国人在宾馆以外的住所居住的，应在入住后24小时内由本人或留宿人办理住宿登记。",
      ["外国人住在出租房、亲友家等非宾馆住所"],
      [M("护照及有效签证或居留证件", "Passport and visa/residence permit"), M("房屋租赁合同或房产证", "Lease or title deed", 1),
       M("房东身份证", "Landlord's ID", required=False)],
      ["A03"], "E", "当场办结", "免费", online="可通过“浙里办”境外人员住宿登记功能自行申报",
      summary_en="Foreigners living outside hotels must register within 24 hours.", time_en="Same day", fee_en="Free"))
add(S("1204", "外国人居留许可申请（初次/延期）", "Residence permit for foreigners", "D02",
      ["外国人居留证", "居留许可延期", "residence permit"],
      "在华工作、学习、团聚的外国人申请或延期居留许可；本窗口受理材料，由市出入境管理局审批。",
      ["持有效护照和相应签证", "已办理住宿登记"],
      [M("护照", "Passport", 1), M("外国人签证证件申请表", "Application form"), M("工作许可或在读证明或亲属关系证明", "Work permit / study / family proof", 1),
       M("住宿登记表", "Accommodation registration form"), M("照片", "Photo", note="须用出入境回执照片")],
      ["A03"], "E", "7个工作日", "400元至1000元（按有效期）", summary_en="Apply for or extend a residence permit.",
      time_en="7 working days", fee_en="400-1000 yuan depending on validity"))

# ---- D03 人社
add(S("1301", "社会保障卡（市民卡）申领及补换", "Social security card (citizen card) issue & replacement", "D03",
      ["市民卡补办", "社保卡补办", "市民卡挂失", "citizen card"],
      "首次申领或遗失、损坏后补换杭州市民卡（社会保障卡），可即时制卡。",
      ["在杭参保人员或本市户籍人员"], [ID, PH], ["A04", "A05", "A07"], "R", "即时制卡", "补换卡工本费20元，首次申领免费",
      online="“杭州市民卡”App可先行挂失", time_en="Card printed on the spot", fee_en="20 yuan for replacement"))
add(S("1302", "灵活就业人员社会保险参保登记", "Social insurance enrolment for flexible workers", "D03",
      ["个人交社保", "灵活就业参保", "自由职业缴社保"],
      "无雇工的个体工商户、非全日制从业人员及其他灵活就业人员以个人身份参加职工养老、医疗保险。",
      ["年满16周岁未达退休年龄", "本市户籍或持杭州居住证"], [ID, M("居住证", "Residence permit", required=False, note="非本市户籍提供")],
      ["A04", "A05"], "R", "当场办结", "免费（保费按月缴纳）", time_en="Same day", fee_en="Free (premium paid monthly)"))
add(S("1303", "失业保险金申领", "Unemployment benefit", "D03",
      ["领失业金", "失业保险金", "失业补助"],
      "非因本人意愿中断就业、失业前缴纳失业保险满一年的，可申领失业保险金。",
      ["非本人意愿中断就业", "已办理失业登记", "累计缴纳失业保险满1年"],
      [ID, M("解除或终止劳动合同证明", "Proof of contract termination", 1), M("本人社保卡或银行卡", "Bank card")],
      ["A05"], "R", "5个工作日", "免费", online="“浙里办”搜索“失业保险金申领”", time_en="5 working days", fee_en="Free"))
add(S("1304", "就业失业登记", "Employment / unemployment registration", "D03",
      ["失业登记", "就业登记", "就业创业证"],
      "劳动者失业后办理失业登记，享受就业服务和就业援助；也可申领就业创业证。",
      ["在法定劳动年龄内", "有劳动能力和就业愿望"], [ID], ["A05"], "R", "当场办结", "免费",
      time_en="Same day", fee_en="Free"))
add(S("1305", "一次性创业补贴申领", "One-off start-up subsidy", "D03",
      ["创业补贴", "大学生创业补贴", "自主创业补助"],
      "毕业5年内高校毕业生、就业困难人员等首次创办企业或个体户并正常经营满6个月的，可申领一次性创业补贴。",
      ["毕业5年内高校毕业生或登记失业人员等", "在本区创办实体并正常经营6个月以上", "按规定缴纳社保"],
      [ID, M("营业执照", "Business licence", 1), M("毕业证书", "Diploma", 1, required=False), M("银行账户信息", "Bank account")],
      ["A05"], "R", "20个工作日", "免费", time_en="20 working days", fee_en="Free"))
add(S("1306", "创业担保贷款申请", "Start-up guaranteed loan", "D03",
      ["创业贷款", "创业担保贷", "创业贴息贷款"],
      "符合条件的个人创业者可申请最高50万元、小微企业最高500万元的创业担保贷款并享受财政贴息。",
      ["在本区创业并取得营业执照", "无不良信用记录"],
      [ID, M("营业执照", "Business licence", 1), M("经营场所证明", "Business premises proof", 1), M("创业计划书", "Business plan")],
      ["A05"], "R", "15个工作日", "免费（贷款利息按规定贴息）", time_en="15 working days", fee_en="Free"))
add(S("1307", "基本养老保险待遇申领（退休办理）", "Applying for the basic pension (retirement)", "D03",
      ["办退休", "退休申请", "养老金申领"],
      "企业职工或灵活就业人员达到法定退休年龄、缴费满规定年限的，申领按月领取基本养老金。",
      ["达到法定退休年龄", "累计缴费满最低年限"], [ID, M("本人社保卡", "Social security card"), M("档案（企业退休）", "Personnel file", required=False)],
      ["A04"], "R", "次月发放", "免费", time_en="Paid from next month", fee_en="Free"))
add(S("1308", "养老保险关系转移接续", "Transferring pension insurance between provinces", "D03",
      ["社保转移", "养老保险转入", "社保关系转过来"],
      "跨省流动就业的参保人员，将外地养老保险关系转入杭州或转出到外地。",
      ["已在新参保地参保"], [ID, M("参保缴费凭证", "Contribution record", required=False)],
      ["A04", "A07"], "R", "45个工作日", "免费", online="可通过国家社会保险公共服务平台或“掌上12333”申请",
      time_en="45 working days", fee_en="Free"))
add(S("1309", "社保参保缴费证明打印", "Social insurance contribution certificate", "D03",
      ["社保证明", "参保证明", "社保缴费记录打印"],
      "打印个人社会保险参保缴费证明，用于购房、落户、子女入学等。",
      ["已在本市参保"], [ID], ["A04", "A07"], "R", "即时办结", "免费",
      notes="一楼24小时自助服务区可自助打印。", time_en="Immediate", fee_en="Free"))
add(S("1310", "参保人员死亡丧葬补助金和抚恤金申领", "Funeral grant and survivor pension", "D03",
      ["丧葬费", "抚恤金", "死亡待遇"],
      "参保人员死亡后，其直系亲属可申领丧葬补助金、抚恤金，并结清个人账户余额。",
      ["死者生前参加基本养老保险"],
      [M("死亡证明或火化证明", "Death certificate", 1), M("申领人身份证", "Applicant's ID"), M("亲属关系证明", "Proof of relationship", 1),
       M("申领人银行卡", "Bank card")],
      ["A04", "A07"], "R", "10个工作日", "免费", time_en="10 working days", fee_en="Free"))

# ---- D04 医保
add(S("1401", "城乡居民基本医疗保险参保登记", "Residents' medical insurance enrolment", "D04",
      ["居民医保", "少儿医保", "学生医保", "老人医保"],
      "未参加职工医保的城乡居民（含学生儿童、老人、持居住证人员）参加居民医保，每年集中缴费。",
      ["未参加职工基本医疗保险"], [M("居民身份证或户口簿", "ID card or household register"), M("居住证", "Residence permit", required=False, note="非杭州户籍提供")],
      ["A06", "A07"], "Y", "当场办结", "免费（保费按年缴纳）", hours="每年9月至12月为集中参保缴费期",
      online="支付宝或“浙里办”搜索“医保缴费”", time_en="Same day", fee_en="Free (premium paid yearly)"))
add(S("1402", "异地就医备案", "Registration for medical treatment outside Hangzhou", "D04",
      ["异地就医", "外地看病备案", "转外就医"],
      "长期异地居住、异地工作或转诊转院的参保人员办理异地就医备案后可直接结算。",
      ["已参加杭州医保"], [ID, M("异地居住证明或转诊证明", "Proof of residence elsewhere or referral", required=False)],
      ["A06"], "Y", "即时办结", "免费", online="“浙里办”或国家医保服务平台App可自助备案", time_en="Immediate", fee_en="Free"))
add(S("1403", "生育津贴申领", "Maternity allowance", "D04",
      ["生育津贴", "产假工资", "生育保险报销"],
      "参加职工医保（生育保险）的女职工生育后申领生育津贴，男职工配偶可按规定报销生育医疗费。",
      ["参加职工生育保险并连续缴费满规定期限"],
      [ID, M("出生医学证明", "Birth medical certificate", 1), M("医院出院小结", "Discharge summary", 1)],
      ["A06"], "Y", "15个工作日", "免费", time_en="15 working days", fee_en="Free"))
add(S("1404", "门诊慢特病待遇认定", "Chronic disease outpatient coverage", "D04",
      ["慢病认定", "特殊病种", "规定病种"],
      "患有高血压、糖尿病、恶性肿瘤等规定病种的参保人员申请门诊慢特病待遇认定，享受更高报销比例。",
      ["已参加杭州医保", "患有规定病种"], [ID, M("医院诊断证明及病历", "Diagnosis and medical records", 1)],
      ["A06"], "Y", "10个工作日", "免费", time_en="10 working days", fee_en="Free"))
add(S("1405", "医疗费用零星报销", "Reimbursing medical bills paid in full", "D04",
      ["医药费报销", "手工报销", "垫付报销"],
      "因急诊、未备案异地就医等原因全额垫付医疗费用的，回参保地手工报销。",
      ["已参加杭州医保", "就医时未直接结算"],
      [ID, M("医疗费用发票", "Medical invoices", 1), M("费用明细清单", "Itemised bill", 1), M("出院小结或病历", "Discharge summary")],
      ["A06"], "Y", "20个工作日", "免费", time_en="20 working days", fee_en="Free"))

# ---- D05 公积金
GJ = [M("居民身份证", "ID card"), M("本人银行借记卡", "Bank debit card", note="一类账户")]
add(S("1501", "购买自住住房提取住房公积金", "Withdrawing housing fund to buy a home", "D05",
      ["买房提取公积金", "购房提取", "首付提取"],
      "缴存职工在本市购买自住住房（新房或二手房）的，可提取本人及配偶公积金账户余额。",
      ["购房合同网签备案或取得不动产权证", "提取总额不超过购房款"],
      GJ + [M("购房合同或不动产权证", "Purchase contract or title deed", 1), M("购房发票或契税完税证明", "Invoice or deed tax receipt", 1)],
      ["B04", "B05"], "G", "3个工作日", "免费", online="“浙里办”或杭州公积金App可在线提取",
      time_en="3 working days", fee_en="Free"))
add(S("1502", "租赁住房提取住房公积金", "Withdrawing housing fund to pay rent", "D05",
      ["租房提取", "付房租提公积金", "租房提取公积金"],
      "在本市无自有住房且租房居住的缴存职工，可按月或按年提取公积金支付房租。",
      ["本人及配偶在杭州无自有住房", "连续足额缴存满3个月"], GJ + [M("房屋租赁合同或备案证明", "Lease", required=False)],
      ["B04", "B05"], "G", "即时办结", "免费", online="杭州公积金App可线上办理，按月自动提取",
      time_en="Immediate", fee_en="Free"))
add(S("1503", "离职或离杭销户提取住房公积金", "Closing the account after leaving a job or Hangzhou", "D05",
      ["离职提取", "销户提取", "户口迁出提取", "离开杭州取公积金"],
      "与单位解除劳动关系且户口不在本市、离开杭州的，可办理公积金销户提取。",
      ["已与单位终止劳动关系", "非本市户籍或户口已迁出", "公积金账户封存满半年"],
      GJ + [M("解除劳动合同证明", "Proof of contract termination", 1, required=False)],
      ["B04", "B05"], "G", "3个工作日", "免费", time_en="3 working days", fee_en="Free"))
add(S("1504", "退休提取住房公积金", "Withdrawing housing fund on retirement", "D05",
      ["退休提取", "退休取公积金", "退休销户"],
      "缴存职工办理退休手续后，可一次性提取公积金账户全部余额并销户。",
      ["已办理退休手续"], GJ + [M("退休证或养老金领取证明", "Retirement proof", 1)],
      ["B04", "B05"], "G", "即时办结", "免费", time_en="Immediate", fee_en="Free"))
add(S("1505", "偿还住房贷款提取住房公积金", "Withdrawing housing fund to repay a mortgage", "D05",
      ["还贷提取", "商贷提取", "提公积金还房贷"],
      "缴存职工偿还购买自住住房的商业贷款或公积金贷款本息的，可按年或按月提取。",
      ["有未结清的自住住房贷款"], GJ + [M("借款合同", "Loan contract", 1), M("近期还款明细", "Repayment statement", 1)],
      ["B04", "B05"], "G", "3个工作日", "免费", time_en="3 working days", fee_en="Free"))
add(S("1506", "个人住房公积金贷款申请", "Housing provident fund loan", "D05",
      ["公积金贷款", "公积金买房贷款", "组合贷款"],
      "连续足额缴存满6个月的职工购买自住住房，可申请公积金贷款或与商业贷款组合贷款。",
      ["连续足额缴存满6个月", "借款人家庭无未还清的公积金贷款"],
      [ID, HK, M("结婚证或单身声明", "Marriage certificate or single declaration"), M("购房合同", "Purchase contract", 1),
       M("首付款凭证", "Down payment receipt", 1), M("收入证明", "Income proof", 1)],
      ["B06"], "G", "10个工作日", "免费（评估费按规定由银行承担）", appt="建议通过杭州公积金App预约",
      time_en="10 working days", fee_en="Free"))
add(S("1507", "灵活就业人员住房公积金自愿缴存", "Voluntary housing fund for the self-employed", "D05",
      ["个人缴公积金", "自由职业交公积金", "灵活就业公积金开户"],
      "在杭的个体工商户、自由职业者、新就业形态人员可以个人身份开户自愿缴存住房公积金。",
      ["年满16周岁未达退休年龄", "在杭灵活就业"], [ID, M("本人银行卡", "Bank card")],
      ["B04", "B05", "A07"], "G", "即时办结", "免费（缴存额自定）", time_en="Immediate", fee_en="Free"))

# ---- D06 市场监管
LIC = M("营业执照正本和副本", "Business licence (original and copy)")
add(S("1601", "个体工商户设立登记", "Registering an individual business", "D06",
      ["个体户执照", "开店办执照", "个体营业执照"],
      "个人开小店、摊位、工作室等从事个体经营的，申请个体工商户营业执照。",
      ["有经营能力的自然人", "有合法经营场所"],
      [ID, M("经营场所证明（租赁合同或房产证）", "Proof of premises", 1), M("个体工商户登记申请书", "Application form", note="可在窗口或线上填写")],
      ["C01", "C02", "A07"], "C", "1个工作日", "免费", online="浙江政务服务网“企业开办一件事”全程网办",
      time_en="1 working day", fee_en="Free"))
add(S("1602", "有限责任公司设立登记", "Registering a limited company", "D06",
      ["开公司", "注册公司", "公司设立"],
      "设立有限责任公司，同步完成公章刻制、税务登记、社保医保公积金开户等“企业开办一件事”。",
      ["有符合规定的名称、住所、股东和章程"],
      [M("公司登记（备案）申请书", "Application form"), M("公司章程", "Articles of association"), M("股东及法定代表人身份证件", "IDs of shareholders and legal representative"),
       M("住所使用证明", "Proof of address", 1)],
      ["C01", "C02"], "C", "1个工作日", "免费（首套印章免费刻制）", online="浙江政务服务网“企业开办一件事”全程网办",
      time_en="1 working day", fee_en="Free, first seal set free"))
add(S("1603", "电子商务经营者登记（网店执照）", "Registering an e-commerce business", "D06",
      ["网店营业执照", "电商执照", "网络经营场所登记"],
      "从事网络销售的个人或企业办理市场主体登记，可以网络经营场所（网店网址）作为经营场所登记为个体户，"
      "或使用本区电商集聚区集群注册地址。",
      ["在电商平台开设网店或从事网络经营"],
      [ID, M("网店网址或平台截图", "Online shop URL or screenshot", 1), M("集群注册托管协议", "Hosting agreement for cluster address", required=False)],
      ["C01", "C02"], "C", "1个工作日", "免费", online="浙江政务服务网“企业开办一件事”全程网办",
      time_en="1 working day", fee_en="Free"))
add(S("1604", "企业变更登记", "Company change registration", "D06",
      ["公司变更", "改法人", "改地址", "增资减资"],
      "企业变更名称、住所、法定代表人、注册资本、经营范围、股东等登记事项。",
      ["变更事项已按章程作出决议"], [LIC, M("变更登记申请书", "Application form"), M("股东会决议", "Shareholder resolution"),
                          M("新住所证明", "New address proof", required=False)],
      ["C03"], "C", "1个工作日", "免费", time_en="1 working day", fee_en="Free"))
add(S("1605", "企业注销登记（含简易注销）", "Company deregistration", "D06",
      ["公司注销", "简易注销", "关公司"],
      "企业歇业、解散的，办理注销登记；未开业或无债权债务的可适用简易注销。",
      ["已清税、清算完毕或符合简易注销条件"], [LIC, M("注销登记申请书", "Application form"), M("清税证明", "Tax clearance", required=False)],
      ["C03"], "C", "简易注销公示期满后1个工作日", "免费", time_en="1 working day after the notice period", fee_en="Free"))
add(S("1606", "食品经营许可", "Food business licence", "D06",
      ["食品经营许可证", "餐饮许可证", "卖食品许可"],
      "从事餐饮服务、预包装食品销售（含网上销售）等食品经营活动的，申请食品经营许可或备案。",
      ["已取得营业执照", "有与经营相适应的场所和设施"], [LIC, M("食品经营许可申请书", "Application form"), M("经营场所平面图", "Floor plan"),
                               M("食品安全管理制度", "Food safety rules")],
      ["C03"], "C", "10个工作日", "免费", time_en="10 working days", fee_en="Free"))
add(S("1607", "营业执照遗失补领", "Replacing a lost business licence", "D06",
      ["执照补办", "营业执照丢了", "执照补领"],
      "营业执照遗失或损坏的，申请补领；可同时领取电子营业执照。",
      ["已登记的市场主体"], [M("法定代表人或经营者身份证", "ID of legal representative"), M("补领申请书", "Application form")],
      ["C03"], "C", "1个工作日", "免费", time_en="1 working day", fee_en="Free"))

# ---- D07 税务
add(S("1701", "新办纳税人涉税事项（含发票领用）", "Tax set-up for new businesses and invoices", "D07",
      ["税务报到", "新办企业领发票", "税务登记", "数电发票开通"],
      "新成立的企业、个体户完成税务信息确认、税种认定、数电发票开通与发票额度确定。",
      ["已取得营业执照"], [LIC, M("法定代表人身份证", "ID of legal representative"), M("办税人员身份证", "ID of tax staff")],
      ["C04"], "T", "当场办结", "免费", online="浙江省电子税务局或“个人所得税”App",
      time_en="Same day", fee_en="Free"))
add(S("1702", "代开增值税发票", "Issuing a VAT invoice on behalf of individuals", "D07",
      ["代开发票", "个人开发票", "帮开发票"],
      "自然人出租房屋、提供劳务等需要开具发票的，向税务机关申请代开。",
      ["有真实交易"], [ID, M("合同或交易凭证", "Contract", 1)],
      ["C04", "B03"], "T", "当场办结", "免费（按规定缴纳税款）", online="浙江省电子税务局“自然人代开”",
      time_en="Same day", fee_en="Free (tax due applies)"))
add(S("1703", "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation", "D07",
      ["个税汇算", "个税退税", "年度汇算清缴"],
      "居民个人取得工资薪金、劳务报酬等综合所得的，每年3月1日至6月30日办理上一年度汇算，多退少补。",
      ["上一年度取得综合所得"], [ID, M("银行卡", "Bank card", required=False, note="申请退税时提供")],
      ["C04"], "T", "当场办结", "免费", hours="每年3月1日至6月30日", online="“个人所得税”App自行办理",
      time_en="Same day", fee_en="Free"))
add(S("1704", "存量房交易税费申报缴纳", "Taxes on second-hand housing transactions", "D07",
      ["二手房交税", "契税缴纳", "房产交易税"],
      "存量房（二手房）买卖双方申报缴纳契税、增值税、个人所得税等，与不动产转移登记一窗联办。",
      ["已签订存量房买卖合同"], [M("买卖双方身份证", "IDs of buyer and seller"), M("不动产权证书", "Title deed", 1), M("存量房买卖合同", "Sales contract", 1)],
      ["B03"], "T", "当场办结", "免费（税款按规定缴纳）", time_en="Same day", fee_en="Free (tax due applies)"))

# ---- D08 不动产
add(S("1801", "二手房转移登记（过户）", "Transfer registration of second-hand property", "D08",
      ["二手房过户", "房产过户", "转移登记"],
      "存量房买卖后办理不动产转移登记，交易、缴税、登记一窗受理，当天可领新证。",
      ["已网签买卖合同", "已缴纳相关税费"],
      [M("买卖双方身份证", "IDs of buyer and seller"), M("不动产权证书", "Title deed"), M("存量房买卖合同", "Sales contract", 1),
       M("婚姻状况证明", "Marital status proof", required=False)],
      ["B01", "B02"], "F", "1个工作日", "登记费80元（住宅），证书工本费10元", time_en="1 working day", fee_en="80 yuan + 10 yuan per certificate"))
add(S("1802", "新建商品房首次转移登记", "Title registration of a new home", "D08",
      ["新房办证", "新房产证", "交房办证"],
      "购买新建商品房交付后，办理不动产权证书（“交房即交证”项目可在交房时领证）。",
      ["房屋已交付", "契税已缴纳"], [ID, M("商品房买卖合同", "Purchase contract", 1), M("购房发票", "Invoice", 1)],
      ["B01", "B02"], "F", "1个工作日", "登记费80元", time_en="1 working day", fee_en="80 yuan"))
add(S("1803", "抵押权注销登记", "Cancelling a mortgage registration", "D08",
      ["解押", "注销抵押", "房贷还清解押"],
      "房贷还清后，银行与产权人共同申请注销抵押登记，多数银行已可线上办理。",
      ["贷款已结清"], [ID, M("不动产权证书", "Title deed"), M("银行出具的抵押注销材料", "Bank's release documents")],
      ["B01", "B02"], "F", "当场办结", "免费", time_en="Same day", fee_en="Free"))
add(S("1804", "继承不动产转移登记", "Registering inherited property", "D08",
      ["房子继承", "继承过户", "遗产房产登记"],
      "因继承、遗赠取得房屋的，办理不动产转移登记；可凭公证书或经窗口继承查验后办理。",
      ["被继承人已死亡", "继承人已确定"],
      [M("继承人身份证和户口簿", "Heirs' IDs"), M("被继承人死亡证明", "Death certificate", 1), M("亲属关系证明", "Proof of relationship", 1),
       M("不动产权证书", "Title deed"), M("继承公证书", "Notarial certificate", required=False)],
      ["B01", "B02"], "F", "5个工作日", "登记费80元", time_en="5 working days", fee_en="80 yuan"))
add(S("1805", "不动产登记资料查询（有房无房证明）", "Property record search (home ownership proof)", "D08",
      ["房产证明", "无房证明", "名下房产查询"],
      "权利人查询本人名下不动产登记信息，出具有房或无房证明，用于落户、入学、贷款等。",
      ["查询本人或经授权查询"], [ID], ["B01", "B02", "A07"], "F", "即时办结", "免费",
      notes="一楼24小时自助服务区可自助打印。", time_en="Immediate", fee_en="Free"))

# ---- D09 民政
add(S("1901", "内地居民结婚登记", "Marriage registration", "D09",
      ["领结婚证", "结婚登记", "扯证"],
      "男女双方共同到婚姻登记处申请结婚登记，全国通办。",
      ["男满22周岁、女满20周岁", "双方均无配偶，自愿结婚"],
      [M("双方居民身份证", "Both ID cards"), M("双方近期2寸半身合影照片", "Joint 2-inch photos", note="3张，大厅可拍")],
      ["C05"], "M", "当场办结", "免费", appt="建议在“浙里办”预约，周一至周六受理", time_en="Same day", fee_en="Free",
      hours="周一至周六 9:00–12:00、13:30–17:00（法定节假日除外）"))
add(S("1902", "内地居民离婚登记", "Divorce registration", "D09",
      ["协议离婚", "离婚登记", "离婚冷静期"],
      "双方自愿离婚并就子女和财产达成协议的，申请离婚登记，经30日冷静期后再次到场领证。",
      ["双方自愿并达成离婚协议", "在本省登记结婚或一方常住户口在本省"],
      [M("双方身份证", "Both ID cards"), M("结婚证", "Marriage certificate"), M("离婚协议书", "Divorce agreement", 3)],
      ["C05"], "M", "冷静期满后当场办结", "免费", appt="须预约", time_en="Same day after 30-day cooling-off", fee_en="Free"))
add(S("1903", "补领婚姻登记证", "Replacing a marriage or divorce certificate", "D09",
      ["补结婚证", "结婚证丢了补", "补离婚证"],
      "结婚证、离婚证遗失或损毁的，当事人申请补领。",
      ["原在我省办理婚姻登记"], [ID, M("近期2寸照片", "2-inch photos", note="补结婚证需双方合影")],
      ["C05"], "M", "当场办结", "免费", time_en="Same day", fee_en="Free"))
add(S("1904", "最低生活保障申请", "Minimum living allowance (dibao)", "D09",
      ["低保", "申请低保", "低边救助"],
      "家庭人均收入低于当地低保标准、财产符合规定的本区户籍家庭申请最低生活保障。",
      ["本区户籍", "家庭收入和财产状况符合规定"],
      [HK, M("家庭成员身份证", "Family members' IDs"), M("家庭经济状况核对授权书", "Authorisation for financial check")],
      ["A08"], "M", "30个工作日", "免费", time_en="30 working days", fee_en="Free"))
add(S("1905", "高龄津贴申领", "Old-age allowance for people over 80", "D09",
      ["高龄补贴", "老人津贴", "八十岁津贴"],
      "本区户籍年满80周岁的老年人按月领取高龄津贴，年龄越大标准越高。",
      ["本区户籍", "年满80周岁"], [ID, M("本人银行卡或社保卡", "Bank card")],
      ["A08", "A07"], "M", "次月发放", "免费", time_en="Paid from next month", fee_en="Free"))
add(S("1906", "残疾人证申领", "Disability certificate", "D09",
      ["办残疾证", "残疾评定", "残疾人证换证"],
      "经指定医疗机构评定符合残疾标准的，申领第三代智能化残疾人证；到期换证也在此办理。",
      ["经指定医院残疾评定"], [ID, HK, M("近期2寸白底照片", "2-inch photos", note="3张")],
      ["A08"], "M", "20个工作日", "免费", notes="行动不便者可申请上门评残。", time_en="20 working days", fee_en="Free"))
add(S("1907", "居家养老服务补贴申请", "Home-based elderly care subsidy", "D09",
      ["养老服务补贴", "居家养老补贴", "失能老人补贴"],
      "本区户籍的低保、低边、失能或高龄独居老年人，按评估等级享受居家养老服务补贴。",
      ["本区户籍60周岁以上", "经能力评估符合条件"], [ID, HK, M("能力评估报告", "Assessment report", required=False)],
      ["A08"], "M", "20个工作日", "免费", time_en="20 working days", fee_en="Free"))

# ---- D10 卫健
add(S("2001", "生育登记", "Birth registration (family planning)", "D10",
      ["生育登记服务", "孕期登记", "准生证"],
      "夫妻生育子女的，在孕前或孕期、产后办理生育登记，不设条件、不收费，全程网办。",
      ["夫妻任一方户籍或居住地在本区"], [M("夫妻双方身份证", "Both ID cards"), M("结婚证", "Marriage certificate", required=False)],
      ["C06"], "W", "当场办结", "免费", online="“浙里办”搜索“生育登记”", time_en="Same day", fee_en="Free"))
add(S("2002", "育儿补贴申领", "Childcare subsidy", "D10",
      ["育儿补贴", "三岁以下补贴", "婴幼儿补贴"],
      "三周岁以下婴幼儿按年发放育儿补贴，由父母一方在户籍地申领。",
      ["婴幼儿未满3周岁", "已办理出生登记落户"], [M("父母身份证", "Parents' IDs"), M("婴幼儿户口簿或出生医学证明", "Child's hukou or birth certificate"),
                             M("申领人银行卡", "Bank card")],
      ["C06", "A07"], "W", "20个工作日", "免费", time_en="20 working days", fee_en="Free"))
add(S("2003", "预防接种证补办", "Replacing a child's vaccination record", "D10",
      ["疫苗本补办", "接种本丢了", "预防接种证"],
      "儿童预防接种证遗失的，凭接种记录补办；入托入学查验接种证也可在此咨询。",
      ["儿童在本区接种门诊建档"], [M("儿童户口簿或出生医学证明", "Child's hukou or birth certificate"), M("监护人身份证", "Guardian's ID")],
      ["C06"], "W", "当场办结", "免费", time_en="Same day", fee_en="Free"))


# ---------------------------------------------------------------- walkways
def floor_walkways(fid, with_kiosk=False):
    doors = []
    for w in WIN:
        if w["floor"] == fid:
            doors.append((w["id"], w["door"]["x"], "N"))
    for p in PL:
        if p["floor"] == fid:
            doors.append((p["id"], p["door"]["x"], "S" if p["door"]["y"] > 0.45 else "N"))
    nodes, paths, corridor = [], [], []
    # lift and stairs stops on upper floors
    if fid != "F1":
        for nid, x, kind, nm, nme in (("%s-lift" % fid, 0.68, "lift", "电梯厅", "Lift lobby"),
                                      ("%s-stairs" % fid, 0.04, "stairs", "楼梯口", "Stairs")):
            nodes.append({"id": nid, "x": x, "y": 0.55, "kind": kind, "link": kind,
                          "name": "%s（%s）" % (nm, fid.replace("F", "") + "楼"), "name_en": nme})
            doors.append((nid, x, "S"))
    for did, x, side in doors:
        cid = "%s-c-%s" % (fid, did)
        nodes.append({"id": cid, "x": x, "y": 0.45})
        paths.append([did, cid])
        corridor.append((x, cid))
    if with_kiosk:
        nodes.append({"id": "F1-c-kiosk", "x": 0.55, "y": 0.45})
        paths.append(["kiosk", "F1-c-kiosk"])
        corridor.append((0.55, "F1-c-kiosk"))
    corridor.sort()
    paths.append([c for _, c in corridor])
    return {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}


floors = [
    {"id": "F1", "name": "一楼", "name_en": "1F", "map": "plan-fl1.svg", "walkways": floor_walkways("F1", True)},
    {"id": "F2", "name": "二楼", "name_en": "2F", "map": "plan-fl2.svg", "walkways": floor_walkways("F2")},
    {"id": "F3", "name": "三楼", "name_en": "3F", "map": "plan-fl3.svg", "walkways": floor_walkways("F3")},
]

hall = {"id": "qtw-msfw", "name": "杭州市钱塘湾区民生服务中心", "name_en": "Qiantangwan District Citizen Service Centre, Hangzhou",
        "address": "浙江省杭州市钱塘湾区观潮路188号", "address_en": "188 Guanchao Road, Qiantangwan District, Hangzhou",
        "hours": "周一至周五 8:45–12:00、13:30–17:00；周六上午 9:00–12:00 延时服务（婚姻登记、户政、社保）",
        "hours_en": "Mon-Fri 8:45-12:00, 13:30-17:00; Sat 9:00-12:00 for selected services",
        "phone": "0571-8766 2345", "floors": floors, "kiosk": {"floor": "F1", "x": 0.55, "y": 0.52}}

catalog = {"schema_version": 1, "hall": hall, "departments": departments, "windows": WIN, "places": PL, "services": SV}


def svg(fid, title):
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600">',
           '<rect x="0" y="0" width="1200" height="600" fill="#fafaf7" stroke="#333" stroke-width="4"/>',
           '<text x="600" y="590" font-size="18" text-anchor="middle">%s</text>' % title,
           '<rect x="0" y="240" width="1200" height="60" fill="#e8eef5"/>']
    for w in WIN:
        if w["floor"] == fid:
            x, y = w["x"] * 1200, w["y"] * 600
            out.append('<rect x="%d" y="%d" width="90" height="70" fill="#cfe3ff" stroke="#336"/>' % (x - 45, y - 50))
            out.append('<text x="%d" y="%d" font-size="16" text-anchor="middle">%s</text>' % (x, y, w["id"]))
    for p in PL:
        if p["floor"] == fid:
            x, y = p["x"] * 1200, p["y"] * 600
            out.append('<circle cx="%d" cy="%d" r="22" fill="#dff5d8" stroke="#363"/>' % (x, y))
            out.append('<text x="%d" y="%d" font-size="12" text-anchor="middle">%s</text>' % (x, y + 40, p["name"]))
    for n in catalog["hall"]["floors"][int(fid[1]) - 1]["walkways"]["nodes"]:
        if n.get("kind") in ("lift", "stairs"):
            out.append('<rect x="%d" y="%d" width="40" height="40" fill="#eee" stroke="#555"/>' % (n["x"] * 1200 - 20, n["y"] * 600 - 20))
            out.append('<text x="%d" y="%d" font-size="12" text-anchor="middle">%s</text>' % (n["x"] * 1200, n["y"] * 600 + 36, n["name"]))
    if fid == "F1":
        k = catalog["hall"]["kiosk"]
        out.append('<circle cx="%d" cy="%d" r="10" fill="red"/><text x="%d" y="%d" font-size="14">您在这里</text>'
                   % (k["x"] * 1200, k["y"] * 600, k["x"] * 1200 + 14, k["y"] * 600 + 5))
    out.append("</svg>")
    return "\n".join(out)


if __name__ == "__main__":
    with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for i, fl in enumerate(floors, 1):
        with open(os.path.join(HERE, "plan-fl%d.svg" % i), "w", encoding="utf-8") as f:
            f.write(svg(fl["id"], "%s %s" % (hall["name"], fl["name"])))
    print("services", len(SV), "places", len(PL), "windows", len(WIN))
