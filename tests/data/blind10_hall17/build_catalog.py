#!/usr/bin/env python3
"""Build catalog.json for the fictional 武汉市江樾区市民之家 (stdlib only)."""
import json

def M(name, en="", original=True, copies=0, required=True, note=""):
    return {"name": name, "name_en": en, "original": original, "copies": copies, "required": required, "note": note}

SFZ = M("居民身份证", "Resident ID card")
HKB = M("居民户口簿", "Household register booklet")
PHOTO = M("数码照片回执", "Digital photo receipt", required=False, note="可在一楼自助照相亭拍摄")
YHK = M("本人一类银行卡", "Applicant's bank card (Type I)", note="用于待遇发放或资金到账")
LICENCE = M("营业执照", "Business licence")
ONLINE_HB = "可通过“鄂汇办”App或湖北政务服务网办理"
ONLINE_WH = "可通过“鄂汇办”App或“智慧武汉”小程序办理"

depts = [
    ("bm-hz", "江樾区公安分局户政服务窗口", "Household registration (Police)"),
    ("bm-crj", "江樾区公安分局出入境接待窗口", "Exit-entry administration"),
    ("bm-rs", "区人力资源和社会保障局", "Human resources and social security"),
    ("bm-yb", "区医疗保障局", "Medical insurance"),
    ("bm-gjj", "武汉住房公积金中心江樾办事处", "Housing provident fund"),
    ("bm-sj", "区市场监督管理局", "Market regulation"),
    ("bm-sw", "国家税务总局武汉市江樾区税务局", "Taxation"),
    ("bm-bdc", "区不动产登记中心", "Real estate registration"),
    ("bm-mz", "区民政局（含婚姻登记处）", "Civil affairs and marriage registry"),
    ("bm-wj", "区卫生健康局", "Health commission"),
]

# windows: id, floor, zone, x, y, label, label_en
wins = []
def addw(i, fl, zone, zone_en, x, y, label, label_en):
    wins.append({"id": i, "floor": fl, "zone": zone, "zone_en": zone_en, "x": x, "y": y,
                 "label": label, "label_en": label_en, "door": {"x": x, "y": round(y + 0.07, 3)}})
for n, (lab, en) in enumerate([("户政窗口", "Household registration"), ("户政窗口", "Household registration"),
        ("出入境窗口", "Exit-entry"), ("出入境窗口", "Exit-entry"),
        ("税务窗口", "Taxation"), ("税务窗口", "Taxation"), ("税务·发票窗口", "Taxation / invoices")], 1):
    addw(f"A{n:02d}", "F1", "一楼A区", "Zone A, 1F", round(0.1 + 0.11 * (n - 1), 3), 0.2, lab, en)
for n, (lab, en) in enumerate([("社保卡窗口", "Social security card"), ("人社综合窗口", "Social security"),
        ("人社综合窗口", "Social security"), ("医保窗口", "Medical insurance"), ("公积金窗口", "Housing fund"),
        ("公积金窗口", "Housing fund"), ("婚姻登记窗口", "Marriage registry"), ("民政窗口", "Civil affairs")], 1):
    addw(f"B{n:02d}", "F2", "二楼B区", "Zone B, 2F", round(0.08 + 0.105 * (n - 1), 3), 0.2, lab, en)
for n, (lab, en) in enumerate([("企业开办窗口", "Business start-up"), ("市场监管窗口", "Market regulation"),
        ("不动产登记窗口", "Real estate registration"), ("不动产登记窗口", "Real estate registration"),
        ("卫健窗口", "Health commission"), ("综合受理窗口", "General intake")], 1):
    addw(f"C{n:02d}", "F3", "三楼C区", "Zone C, 3F", round(0.12 + 0.13 * (n - 1), 3), 0.2, lab, en)

places = []
def addp(i, name, en, aliases, fl, x, y, notes, kind=None, link=""):
    p = {"id": i, "name": name, "name_en": en, "aliases": aliases, "floor": fl, "x": x, "y": y,
         "notes": notes, "door": {"x": x, "y": round(y - 0.06, 3)}}
    if kind:
        p["kind"] = kind
        p["link"] = link
    places.append(p)
addp("fac-wc-f1", "一楼公共卫生间", "Toilets (1F)", ["卫生间", "洗手间", "WC"], "F1", 0.92, 0.75, "一楼东侧电梯旁，含无障碍厕位。")
addp("fac-wc-f2", "二楼公共卫生间", "Toilets (2F)", ["卫生间", "洗手间"], "F2", 0.92, 0.75, "二楼东侧，与一楼位置相同。")
addp("fac-lift", "垂直电梯", "Lift", ["电梯", "lift"], "F1", 0.85, 0.6, "可达地下停车场B1及一至三楼。", "lift", "lift-main")
addp("fac-stairs", "步行楼梯", "Stairs", ["楼梯", "stairs"], "F1", 0.08, 0.6, "西侧楼梯，通往二楼、三楼。", "stairs", "stairs-west")
addp("fac-photo", "自助照相亭", "Photo booth", ["照相", "证件照"], "F1", 0.3, 0.85, "可拍身份证、护照、社保卡照片，每次20元，生成数码回执。")
addp("fac-print", "复印打印区", "Copy and print", ["复印", "打印"], "F1", 0.45, 0.85, "办事材料免费复印（每人限20页），另可扫码自助打印。")
addp("fac-zzfw", "24小时自助服务区", "24-hour self-service area", ["自助服务区", "自助终端"], "F1", 0.62, 0.88, "社保、公积金、不动产查询打印一体机，东门刷身份证进入，全天开放。")
addp("fac-ems", "邮政EMS寄递服务台", "EMS postal desk", ["EMS", "邮寄"], "F1", 0.75, 0.85, "证照免费邮寄到家，也可寄送材料。")
addp("fac-water", "便民饮水点", "Drinking water", ["饮水机", "开水"], "F2", 0.5, 0.85, "二楼等候区中间，提供温开水和一次性纸杯。")
addp("fac-rest", "休息等候区", "Waiting and rest area", ["等候区"], "F1", 0.5, 0.55, "一楼大厅中央，有叫号显示屏、老花镜和充电座。")
addp("fac-muying", "母婴室", "Mother-and-baby room", ["母婴室", "哺乳室"], "F2", 0.85, 0.85, "二楼东侧，有护理台、热水和沙发。")
addp("fac-parking", "地下停车场", "Underground car park", ["停车场", "P"], "F1", 0.85, 0.95, "入口在江樾大道辅路，办事群众凭叫号单免费停车2小时，乘电梯至B1。")
addp("fac-wza", "无障碍出入口", "Accessible entrance", ["无障碍通道"], "F1", 0.95, 0.45, "东门设坡道和轮椅借用点，可呼叫导办员陪同。")
addp("fac-daoban", "咨询导办台", "Information and help desk", ["导办台", "咨询台", "帮办代办"], "F1", 0.5, 0.7, "在大门进门右手边，可取号、咨询、帮办代办，老年人可优先。")

S = []
def svc(i, name, en, dept, aliases, summary, materials, windows, prefix, time_limit="", fee="免费",
        conditions=(), notes="", online=ONLINE_HB, appointment="", summary_en="", hours=None, fee_en=None):
    d = {"id": i, "name": name, "name_en": en, "department": dept, "aliases": list(aliases),
         "summary": summary, "summary_en": summary_en or en + ".", "conditions": list(conditions),
         "materials": materials, "windows": windows, "queue_prefix": prefix, "time_limit": time_limit,
         "fee": fee, "online": online, "appointment": appointment, "notes": notes, "updated": "2026-11-20"}
    if fee_en is not None:
        d["fee_en"] = fee_en
    elif fee == "免费":
        d["fee_en"] = "Free"
    if hours:
        d["hours"] = hours
    S.append(d)

HZ = ["A01", "A02"]
svc("S-HZ-01", "居民身份证首次申领", "First application for a resident ID card", "bm-hz", ["首次申领身份证"],
    "未满16周岁或16周岁以上首次申领居民身份证，现场采集照片和指纹。", [HKB, M("监护人居民身份证", "Guardian's ID card", note="未满16周岁需监护人陪同")],
    HZ, "H", "20个工作日（可选择邮寄）", "20元", ["具有江樾区常住户口，尚未领取过身份证"], fee_en="20 yuan")
svc("S-HZ-02", "居民身份证有效期满换领", "Renewal of an expiring resident ID card", "bm-hz", ["身份证换领"],
    "居民身份证有效期满前3个月内或已过期的，可申请换领。", [SFZ, HKB, PHOTO], HZ, "H", "20个工作日", "20元",
    ["身份证有效期届满前三个月内或已过期"], notes="全国通办，外地户籍也可在本窗口换领。", fee_en="20 yuan")
svc("S-HZ-03", "居民身份证遗失补领", "Replacing a lost resident ID card", "bm-hz", ["身份证补领", "身份证挂失"],
    "居民身份证遗失、被盗或损坏的，先挂失后补领。", [HKB, PHOTO], HZ, "H", "20个工作日", "40元",
    ["身份证遗失、被盗或严重损坏"], notes="急需乘机、乘车可同时申领临时身份证。", fee_en="40 yuan")
svc("S-HZ-04", "临时居民身份证申领", "Temporary resident ID card", "bm-hz", ["临时身份证"],
    "申领、换领、补领居民身份证期间急需使用的，可申领临时身份证，有效期3个月。", [HKB, M("身份证受理回执", "ID application receipt")],
    HZ, "H", "当场办结", "10元", ["已在办理身份证申领、换领或补领"], fee_en="10 yuan")
svc("S-HZ-05", "出生登记", "Birth registration (new-born hukou)", "bm-hz", ["新生儿落户", "新生儿入户"],
    "婴儿出生后，由父母一方持出生医学证明到户籍地申报户口。", [M("出生医学证明", "Birth medical certificate"),
    M("父母双方居民身份证", "Parents' ID cards"), HKB, M("结婚证", "Marriage certificate", required=False, note="非婚生育的另需声明")],
    HZ, "H", "当场办结", conditions=["父母一方为本区常住户口"], notes="可与医保参保、社保卡申领“出生一件事”联办。")
svc("S-HZ-06", "市内户口迁移", "Moving hukou within Wuhan", "bm-hz", ["市内迁户"],
    "武汉市范围内因购房、投靠等原因迁移户口，实行“一站式”办理，不需开具迁移证。", [SFZ, HKB, M("房屋产权证明或投靠关系证明", "Property or relationship proof")],
    HZ, "H", "当场办结", conditions=["迁入地有合法稳定住所或符合投靠条件"])
svc("S-HZ-07", "市外户口迁入", "Moving hukou into Wuhan from elsewhere", "bm-hz", ["户口迁入", "人才落户"],
    "外省市人员通过人才引进、购房、投靠、毕业生等政策申请户口迁入本区。", [SFZ, HKB, M("学历证书或购房合同、亲属关系证明", "Degree, purchase contract or kinship proof"), PHOTO],
    HZ, "H", "5个工作日", notes="跨省迁移已实行“一站式”办理，无需回原籍开迁移证。")
svc("S-HZ-08", "户口迁出", "Moving hukou out of Wuhan", "bm-hz", ["迁出户口"],
    "本区户籍人员迁往外省市的，凭迁入地准迁证明办理迁出。", [SFZ, HKB, M("准予迁入证明", "Permit to move in")],
    HZ, "H", "当场办结")
svc("S-HZ-09", "大中专院校新生户口迁入", "Hukou move-in for newly enrolled college students", "bm-hz", ["学生集体户"],
    "辖区高校新生自愿将户口迁入学校集体户，由学校统一或本人到窗口办理。", [M("录取通知书", "Admission letter"), M("户口迁移证", "Hukou transfer certificate", required=False), SFZ],
    HZ, "H", "当场办结", conditions=["已被辖区普通高校录取"])
svc("S-HZ-10", "居住证申领", "Residence permit application", "bm-hz", ["办居住证", "居住证签注"],
    "非本市户籍人员在本区居住半年以上，符合合法稳定就业、住所或连续就读条件之一的，可申领居住证。",
    [SFZ, M("租房合同或房产证明", "Lease or property proof"), M("劳动合同或营业执照或在读证明", "Employment, business or study proof"), PHOTO],
    HZ, "H", "10个工作日", conditions=["在本区居住半年以上"], notes="居住证每年签注一次。")
svc("S-HZ-11", "死亡人员户口注销", "Cancelling the hukou of a deceased person", "bm-hz", ["死亡注销户口"],
    "公民死亡后，由亲属持死亡证明办理户口注销。", [M("居民死亡医学证明（推断）书或火化证明", "Death certificate"), HKB, M("死者居民身份证", "ID card of the deceased"), M("申报人身份证", "Declarant's ID")],
    HZ, "H", "当场办结", notes="可同步办理社保待遇停发、丧葬补助“身后一件事”。")

CRJ = ["A03", "A04"]
svc("S-CRJ-01", "普通护照签发", "Ordinary passport application", "bm-crj", ["护照申领", "护照换发"],
    "中国公民因私出国申请、换发、补发普通护照，全国通办。", [SFZ, M("出入境证件照片回执", "Exit-entry photo receipt", note="现场可拍")],
    CRJ, "E", "7个工作日", "120元", notes="可选择邮政寄递，寄递费由申请人承担。", fee_en="120 yuan")
svc("S-CRJ-02", "往来港澳通行证及签注", "Hong Kong/Macao travel permit and endorsement", "bm-crj", ["港澳通行证", "港澳签注"],
    "申请往来港澳通行证及团队旅游、个人旅游、探亲等签注。", [SFZ, M("照片回执", "Photo receipt")],
    CRJ, "E", "7个工作日；再次签注可自助机即时办理", "通行证60元，签注每次15元", fee_en="Permit 60 yuan; 15 yuan per endorsement")
svc("S-CRJ-03", "外国人居留许可申请受理", "Residence permit for foreigners", "bm-crj", ["外国人居留证件"],
    "在本区工作、学习的外国人申请或延期居留许可，本窗口受理后转市出入境管理局审批。",
    [M("护照", "Passport"), M("外国人签证证件申请表", "Visa/permit application form"), M("工作许可或在学证明", "Work permit or school certificate"), M("住宿登记表", "Accommodation registration form")],
    CRJ, "E", "15个工作日", "400–1000元（依有效期）", online="", notes="窗口可提供英语服务。",
    summary_en="Foreign nationals working or studying here can apply for or extend a residence permit; forwarded to the city exit-entry bureau.",
    fee_en="400–1000 yuan depending on validity")

RS3 = ["B02", "B03"]
svc("S-RS-01", "社会保障卡申领", "Applying for a social security card", "bm-rs", ["社保卡申领", "第三代社保卡"],
    "参保人员首次申领第三代社会保障卡，现场制卡。", [SFZ, PHOTO], ["B01"], "R", "即时制卡", online=ONLINE_WH)
svc("S-RS-02", "社会保障卡挂失补换", "Replacing a lost or damaged social security card", "bm-rs", ["社保卡补换", "社保卡挂失"],
    "社保卡遗失、损坏的，先挂失再补换新卡。", [SFZ, M("损坏的旧卡", "Damaged old card", required=False)], ["B01"], "R", "即时制卡", "补卡工本费按银行规定",
    online=ONLINE_WH, fee_en="Bank card fee may apply")
svc("S-RS-03", "社会保障卡密码重置及信息变更", "Social security card PIN reset and details change", "bm-rs", ["社保卡密码重置"],
    "社保卡密码遗忘或锁定，及姓名、身份证号、手机号等信息变更。", [SFZ, M("社会保障卡", "Social security card")], ["B01"], "R", "当场办结")
svc("S-RS-04", "灵活就业人员参保登记", "Social insurance registration for flexible workers", "bm-rs", ["灵活就业参保"],
    "无雇工的个体工商户、非全日制从业人员及其他灵活就业人员以个人身份参加职工基本养老、医疗保险。",
    [SFZ], RS3, "R", "当场办结", conditions=["年满16周岁未达法定退休年龄"], notes="缴费档次可在60%–300%之间选择。")
svc("S-RS-05", "基本养老保险关系转移接续", "Transferring pension insurance records", "bm-rs", ["养老保险转移"],
    "参保人员跨省、市流动就业的，办理职工基本养老保险关系转入转出。", [SFZ, M("参保缴费凭证", "Contribution record")], RS3, "R", "45个工作日",
    online="可通过国家社会保险公共服务平台申请")
svc("S-RS-06", "失业保险金申领", "Claiming unemployment benefit", "bm-rs", ["失业金申领"],
    "非因本人意愿中断就业、缴纳失业保险满1年的，可申领失业保险金。", [SFZ, M("解除或终止劳动合同证明", "Proof of termination"), YHK],
    RS3, "R", "5个工作日", conditions=["失业前缴纳失业保险满1年", "非因本人意愿中断就业", "已进行失业登记"], online=ONLINE_WH)
svc("S-RS-07", "职工基本养老保险退休申报", "Retirement pension application", "bm-rs", ["办理退休", "养老金申领"],
    "达到法定退休年龄、缴费满15年的参保人员申领按月基本养老金。", [SFZ, HKB, M("人事档案（单位参保人员）", "Personnel file"), YHK],
    RS3, "R", "20个工作日", conditions=["达到法定退休年龄", "累计缴费满15年（按规定逐步提高）"])
svc("S-RS-08", "个人社保参保证明打印", "Printing a social insurance record", "bm-rs", ["参保证明", "社保缴费证明"],
    "打印个人参保缴费证明，用于购房、积分落户、子女入学等。", [SFZ], ["B01", "B02", "B03"], "R", "即时", online="24小时自助服务区一体机可自助打印")
svc("S-RS-09", "就业创业证申领", "Employment and entrepreneurship certificate", "bm-rs", ["就业创业证", "失业登记"],
    "劳动年龄内有就业能力和就业愿望的城乡劳动者办理就业登记、失业登记并申领就业创业证。", [SFZ, PHOTO], RS3, "R", "当场办结",
    notes="高校毕业生、返乡创业人员可凭证享受创业担保贷款等政策。")

svc("S-YB-01", "城乡居民基本医疗保险参保登记", "Enrolling in urban-rural residents' medical insurance", "bm-yb", ["居民医保参保"],
    "未参加职工医保的本区户籍居民、持居住证人员、在校学生及新生儿参加城乡居民医保。", [SFZ, HKB],
    ["B04"], "Y", "当场办结", "按年度个人缴费标准", online=ONLINE_WH, notes="每年9月至12月集中缴费。新生儿出生后3个月内参保可享受出生之日起待遇。",
    fee_en="Annual individual contribution")
svc("S-YB-02", "异地就医备案", "Registration for medical treatment in other cities", "bm-yb", ["异地就医"],
    "长期异地居住或转外地就医的参保人员办理备案后可直接结算。", [SFZ, M("异地长期居住或转诊证明", "Proof of residence elsewhere or referral", required=False)],
    ["B04"], "Y", "即时", online="可通过国家医保服务平台App自助备案")
svc("S-YB-03", "门诊慢特病待遇认定", "Chronic/special outpatient disease coverage", "bm-yb", ["门诊慢特病", "慢病认定"],
    "患高血压、糖尿病等门诊慢特病的参保人员，经认定后享受门诊报销待遇。", [SFZ, M("二级以上医院诊断证明及病历", "Hospital diagnosis and records")],
    ["B04"], "Y", "10个工作日")
svc("S-YB-04", "医疗费用零星报销", "Claiming medical expenses manually", "bm-yb", ["医疗费手工报销", "零星报销"],
    "因急诊、未备案异地就医等原因未能直接结算的医疗费用，回参保地手工报销。",
    [SFZ, M("医疗费用发票", "Medical invoices"), M("费用明细清单", "Itemised bill"), M("出院小结或病历", "Discharge summary"), YHK],
    ["B04"], "Y", "20个工作日")
svc("S-YB-05", "基本医疗保险关系转移接续", "Transferring medical insurance records", "bm-yb", ["医保转移"],
    "跨统筹地区流动就业的参保人员办理医保关系转移接续。", [SFZ, M("参保凭证", "Insurance certificate", required=False)], ["B04"], "Y", "15个工作日",
    online="可通过国家医保服务平台App申请")

GJ = ["B05", "B06"]
GJM = [SFZ, YHK]
svc("S-GJJ-01", "购买自住住房提取住房公积金", "Withdrawing housing fund to buy a home", "bm-gjj", ["购房提取"],
    "职工购买本市或户籍地自住住房的，可提取本人及配偶住房公积金。", GJM + [M("购房合同及付款发票", "Purchase contract and invoice")],
    GJ, "G", "3个工作日", online=ONLINE_WH)
svc("S-GJJ-02", "租赁住房提取住房公积金", "Withdrawing housing fund to pay rent", "bm-gjj", ["租房提取"],
    "职工在本市无自有住房且租房自住的，可按月或按年提取。", GJM, GJ, "G", "3个工作日", online=ONLINE_WH,
    conditions=["本人及配偶在本市无自有住房"])
svc("S-GJJ-03", "离退休提取住房公积金", "Withdrawing housing fund on retirement", "bm-gjj", ["退休提取"],
    "职工离休、退休的，可销户提取住房公积金账户全部余额。", GJM + [M("退休证或养老金领取证明", "Retirement certificate")], GJ, "G", "当场办结")
svc("S-GJJ-04", "离开本市提取住房公积金", "Withdrawing housing fund when leaving Wuhan", "bm-gjj", ["离职提取", "离汉提取"],
    "非本市户籍职工与单位终止劳动关系并离开本市、账户封存满半年且未在异地继续缴存的，可销户提取。", GJM + [M("解除劳动合同证明", "Termination proof")],
    GJ, "G", "3个工作日", conditions=["账户封存满6个月", "未在异地继续缴存"])
svc("S-GJJ-05", "偿还住房贷款提取住房公积金", "Withdrawing housing fund to repay a mortgage", "bm-gjj", ["还贷提取"],
    "职工偿还自住住房商业贷款或公积金贷款本息的，可按年提取。", GJM + [M("借款合同及还款明细", "Loan contract and repayment record")], GJ, "G", "3个工作日", online=ONLINE_WH)
svc("S-GJJ-06", "住房公积金异地转移接续", "Transferring housing fund accounts between cities", "bm-gjj", ["公积金转移"],
    "职工在异地就业并缴存的，将原缴存地公积金转入现缴存地。", [SFZ], GJ, "G", "15个工作日", online="可通过全国住房公积金小程序申请")
svc("S-GJJ-07", "个人住房公积金贷款申请", "Housing fund mortgage application", "bm-gjj", ["公积金贷款"],
    "连续足额缴存6个月以上的职工购买自住住房，可申请住房公积金贷款。",
    [M("借款人及配偶身份证、户口簿、婚姻证明", "ID, hukou, marital status"), M("购房合同", "Purchase contract"), M("首付款发票", "Down-payment receipt")],
    GJ, "G", "15个工作日", conditions=["连续足额缴存满6个月"], appointment="建议先通过“武汉公积金”公众号预约")

SJ = ["C01", "C02"]
svc("S-SJ-01", "个体工商户设立登记", "Registering a sole proprietorship (individual business)", "bm-sj", ["个体户注册"],
    "有经营能力的自然人从事工商业经营，申请个体工商户营业执照。", [SFZ, M("经营场所使用证明", "Proof of premises (lease or deed)")],
    SJ, "M", "1个工作日", online="可通过湖北省市场主体登记注册网络服务平台全程网办")
svc("S-SJ-02", "个体工商户变更登记", "Changing a sole proprietorship's registration", "bm-sj", ["个体户变更"],
    "个体工商户变更名称、经营者、经营场所、经营范围等登记事项。", [LICENCE, SFZ, M("新经营场所证明", "New premises proof", required=False)], SJ, "M", "1个工作日")
svc("S-SJ-03", "个体工商户注销登记", "Deregistering a sole proprietorship", "bm-sj", ["个体户注销"],
    "个体工商户不再从事经营活动的，申请注销登记。", [LICENCE, SFZ], SJ, "M", "1个工作日", notes="已办税务登记的需先结清税款，可适用简易注销。")
svc("S-SJ-04", "有限责任公司设立登记", "Registering a limited liability company", "bm-sj", ["公司设立", "企业开办"],
    "设立有限责任公司，“一网通办”同步办理执照、刻章、发票、社保登记和银行开户预约。",
    [M("公司章程", "Articles of association"), M("股东、法定代表人身份证明", "Shareholder and legal representative ID"), M("住所使用证明", "Address proof")],
    ["C01"], "M", "1个工作日（企业开办全流程0.5天）", notes="免费发放一套公章。", online="可通过湖北省企业开办“一网通办”平台办理")
svc("S-SJ-05", "公司变更登记", "Company registration changes", "bm-sj", ["公司变更"],
    "公司变更名称、住所、法定代表人、注册资本、股东、经营范围等。", [LICENCE, M("股东会决议", "Shareholders' resolution"), M("章程修正案", "Amended articles")], SJ, "M", "1个工作日")
svc("S-SJ-06", "公司注销登记", "Company deregistration", "bm-sj", ["公司注销", "简易注销"],
    "公司解散后办理注销登记；未开业或无债权债务的可适用简易注销。", [LICENCE, M("清算报告或全体投资人承诺书", "Liquidation report or commitment")], SJ, "M", "简易注销公示20日后1个工作日")
svc("S-SJ-07", "食品经营许可证核发", "Food business licence", "bm-sj", ["食品经营许可"],
    "从事食品销售和餐饮服务的经营者申请食品经营许可证。", [LICENCE, M("食品安全管理制度", "Food safety rules"), M("经营场所布局平面图", "Floor plan of premises"), M("从业人员健康证明", "Staff health certificates")],
    ["C02"], "M", "10个工作日（含现场核查）")
svc("S-SJ-08", "食品小摊贩登记卡办理", "Registration card for food street vendors", "bm-sj", ["小摊贩登记卡"],
    "在街道划定区域从事食品现做现卖、流动销售的小摊贩办理登记卡。", [SFZ, M("健康证明", "Health certificate"), M("街道同意经营区域证明", "Street office approval of site")],
    ["C02"], "M", "5个工作日", conditions=["在街道办事处划定的区域和时段经营"], notes="固定店面经营早点、小吃的请办理食品经营许可。")

SW = ["A05", "A06", "A07"]
svc("S-SW-01", "新办纳税人涉税事项办理", "Tax set-up for new taxpayers", "bm-sw", ["新办纳税人套餐"],
    "新设立的企业、个体户办理信息确认、税种认定、实名认证和发票票种核定。", [LICENCE, M("法定代表人或经办人身份证", "ID of legal rep. or agent")], SW, "T", "当场办结",
    online="可通过湖北省电子税务局办理")
svc("S-SW-02", "发票领用", "Obtaining invoices (fapiao)", "bm-sw", ["领发票", "数电发票额度调整"],
    "纳税人领用发票或申请调整数电发票开票额度。", [M("经办人身份证", "Agent's ID"), M("税控设备（如有）", "Tax device, if any", required=False)], ["A07"], "T", "当场办结",
    online="可通过湖北省电子税务局办理")
svc("S-SW-03", "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation", "bm-sw", ["个税汇算"],
    "每年3月1日至6月30日，纳税人办理上一年度综合所得汇算，申请退税或补税。", [SFZ, M("银行卡（退税用）", "Bank card for refund", required=False)],
    ["A05", "A06"], "T", "退税一般10个工作日内到账", online="可通过“个人所得税”App办理")
svc("S-SW-04", "个人代开发票", "Invoice issued by the tax office for individuals", "bm-sw", ["代开发票"],
    "自然人出租房屋、提供劳务等取得收入，需要向付款方提供发票的，申请代开。", [SFZ, M("合同或协议", "Contract")], SW, "T", "当场办结", "按规定缴纳相关税费",
    fee_en="Applicable taxes")

BD = ["C03", "C04"]
svc("S-BDC-01", "存量房买卖转移登记", "Transfer registration for second-hand home sales", "bm-bdc", ["二手房过户"],
    "二手房买卖双方共同到场，办理不动产转移登记，税费同窗缴纳。", [M("买卖双方身份证", "Buyer and seller IDs"), M("不动产权证书", "Property certificate"), M("存量房买卖合同", "Sale contract"), M("婚姻状况证明", "Marital status proof")],
    BD, "D", "1个工作日", "登记费80元（住宅）及税费", fee_en="80 yuan registration fee plus taxes")
svc("S-BDC-02", "新建商品房转移登记", "Title registration for a newly built home", "bm-bdc", ["新房办证", "交房即交证"],
    "购买新建商品房的，在开发企业办理首次登记后申请转移登记，领取不动产权证书。", [SFZ, M("商品房买卖合同", "Purchase contract"), M("契税完税凭证", "Deed tax receipt"), M("购房发票", "Purchase invoice")],
    BD, "D", "3个工作日", "登记费80元", fee_en="80 yuan")
svc("S-BDC-03", "不动产抵押登记", "Mortgage registration", "bm-bdc", ["抵押登记", "抵押注销"],
    "以不动产设定抵押或抵押权消灭的，办理抵押权设立、注销登记。", [SFZ, M("不动产权证书", "Property certificate"), M("借款合同、抵押合同或银行解押证明", "Loan/mortgage contract or release letter")],
    BD, "D", "1个工作日", "设立登记80元，注销免费", fee_en="80 yuan to register; release free")
svc("S-BDC-04", "不动产登记资料查询", "Searching property registration records", "bm-bdc", ["房产信息查询", "无房证明"],
    "权利人、利害关系人查询不动产登记结果，开具有无房产证明。", [SFZ], BD, "D", "即时", online="24小时自助服务区一体机可自助查询打印")
svc("S-BDC-05", "继承（受遗赠）不动产转移登记", "Property transfer by inheritance", "bm-bdc", ["继承过户"],
    "因继承、受遗赠取得不动产的，办理转移登记。", [M("被继承人死亡证明", "Death certificate"), M("亲属关系证明", "Kinship proof"), M("不动产权证书", "Property certificate"), M("全体继承人身份证", "All heirs' IDs")],
    BD, "D", "20个工作日（含公示）", "登记费80元", notes="可提供继承权公证书，或由全体法定继承人到场查验。", fee_en="80 yuan")

svc("S-MZ-01", "内地居民结婚登记", "Marriage registration", "bm-mz", ["结婚登记"],
    "男女双方共同到场申请结婚登记，全国通办。", [M("双方居民身份证", "Both IDs"), M("双方2寸近期半身免冠合影照片3张", "3 joint photos", note="婚姻登记处现场可拍")],
    ["B07"], "J", "当场办结", conditions=["男方满22周岁、女方满20周岁", "双方均无配偶", "无禁止结婚的亲属关系"],
    appointment="可通过“鄂汇办”预约，520、七夕等日期建议提前预约", hours="周一至周六 9:00–12:00、13:30–17:00")
svc("S-MZ-02", "内地居民离婚登记", "Divorce registration", "bm-mz", ["离婚登记"],
    "双方自愿离婚并对子女抚养、财产处理达成协议的，申请离婚登记，设30日冷静期。", [M("双方身份证、户口簿", "Both IDs and hukou"), M("结婚证", "Marriage certificate"), M("离婚协议书", "Divorce agreement", copies=3)],
    ["B07"], "J", "冷静期满后30日内双方到场领证", conditions=["双方自愿", "已达成离婚协议"])
svc("S-MZ-03", "补领婚姻登记证", "Replacing a lost marriage/divorce certificate", "bm-mz", ["补领结婚证"],
    "结婚证、离婚证遗失或损毁的，可申请补领。", [SFZ, HKB, M("近期2寸半身免冠照片", "Recent photos")], ["B07"], "J", "当场办结")
svc("S-MZ-04", "最低生活保障申请", "Applying for minimum living allowance (dibao)", "bm-mz", ["低保申请"],
    "家庭人均收入低于当地低保标准且财产符合规定的本区户籍家庭申请低保。",
    [M("家庭成员身份证、户口簿", "Household members' IDs and hukou"), M("收入及财产状况说明", "Income and assets statement"), M("家庭经济状况核对授权书", "Authorisation for means check")],
    ["B08"], "J", "30个工作日", notes="一般由户籍所在地街道受理，本窗口提供代收代办。")
svc("S-MZ-05", "高龄津贴申领", "Old-age allowance for people aged 80+", "bm-mz", ["高龄津贴"],
    "年满80周岁的本区户籍老人申领高龄津贴，按月发放。", [SFZ, HKB, YHK], ["B08"], "J", "次月起发放",
    conditions=["本区户籍", "年满80周岁"])

svc("S-WJ-01", "生育登记", "Birth registration with the health commission (childbirth registration)", "bm-wj", ["生育登记服务"],
    "夫妻生育子女的，可在孕前或孕期办理生育登记，用于产检、生育津贴等。", [M("夫妻双方身份证", "Both spouses' IDs"), M("结婚证", "Marriage certificate", required=False)],
    ["C05"], "W", "当场办结", online="可通过“鄂汇办”App办理")
svc("S-WJ-02", "计划生育家庭奖励扶助申请", "Subsidy for family-planning families", "bm-wj", ["独生子女奖励扶助", "计生特扶"],
    "农村计划生育家庭奖励扶助及独生子女伤残死亡家庭特别扶助的申请受理。", [SFZ, HKB, M("独生子女父母光荣证或相关证明", "Single-child parent certificate")],
    ["C05"], "W", "每年集中审核，次年发放")

cat = {
    "schema_version": 1,
    "hall": {
        "id": "wh-jiangyue-smzj",
        "name": "武汉市江樾区市民之家",
        "name_en": "Jiangyue District Citizen Home, Wuhan",
        "address": "湖北省武汉市江樾区江樾大道1号（地铁江樾站C出口）",
        "address_en": "1 Jiangyue Avenue, Jiangyue District, Wuhan (Metro Jiangyue Station, Exit C)",
        "hours": "周一至周五 9:00–12:00、13:30–17:30；周六上午 9:00–12:00（部分窗口）",
        "hours_en": "Mon–Fri 9:00–12:00, 13:30–17:30; Sat 9:00–12:00 (some windows)",
        "phone": "027-8436 6620",
        "floors": [
            {"id": "F1", "name": "一楼", "name_en": "1st floor", "map": "plan-f1.svg"},
            {"id": "F2", "name": "二楼", "name_en": "2nd floor", "map": None},
            {"id": "F3", "name": "三楼", "name_en": "3rd floor", "map": None},
        ],
        "kiosk": {"floor": "F1", "x": 0.55, "y": 0.72},
    },
    "departments": [{"id": a, "name": b, "name_en": c} for a, b, c in depts],
    "windows": wins,
    "places": places,
    "services": S,
}


def walkways(fl):
    nodes, paths, chain = [], [], []
    pts = [(w["id"], w["door"]["x"]) for w in wins if w["floor"] == fl]
    pts += [(p["id"], p["door"]["x"]) for p in places if p["floor"] == fl]
    if fl == "F1":
        pts.append(("kiosk", 0.55))
    else:
        for pid, kind in (("fac-lift", "lift"), ("fac-stairs", "stairs")):
            src_p = next(p for p in places if p["id"] == pid)
            nid = f"{kind}-{fl.lower()}"
            nodes.append({"id": nid, "x": src_p["x"], "y": src_p["y"], "kind": kind, "link": src_p["link"],
                          "name": f'{src_p["name"]}（{fl}）', "name_en": f'{src_p["name_en"]} ({fl})'})
            pts.append((nid, src_p["x"]))
    for pid, x in pts:
        cid = "c-" + pid
        nodes.append({"id": cid, "x": x, "y": 0.45})
        paths.append([pid, cid])
        chain.append((x, cid))
    chain.sort()
    paths.append([c for _, c in chain])
    return {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}

for f in cat["hall"]["floors"]:
    f["walkways"] = walkways(f["id"])

svg = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 600" font-family="sans-serif" font-size="16">',
       '<rect x="0" y="0" width="1000" height="600" fill="#f7f7f2" stroke="#333"/>']
for w in wins:
    if w["floor"] == "F1":
        svg.append(f'<rect x="{w["x"]*1000-40}" y="{w["y"]*600-30}" width="80" height="60" fill="#cfe3f7" stroke="#336"/>'
                   f'<text x="{w["x"]*1000}" y="{w["y"]*600+5}" text-anchor="middle">{w["id"]}</text>')
for p in places:
    if p["floor"] == "F1":
        svg.append(f'<circle cx="{p["x"]*1000}" cy="{p["y"]*600}" r="12" fill="#f4c06a"/>'
                   f'<text x="{p["x"]*1000}" y="{p["y"]*600-16}" text-anchor="middle" font-size="12">{p["name"]}</text>')
svg.append('<circle cx="550" cy="432" r="10" fill="#d33"/><text x="550" y="460" text-anchor="middle">您在这里</text></svg>')

if __name__ == "__main__":
    with open("catalog.json", "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open("plan-f1.svg", "w", encoding="utf-8") as f:
        f.write("\n".join(svg) + "\n")
    print(len(S), "services", len(places), "places", len(wins), "windows")
