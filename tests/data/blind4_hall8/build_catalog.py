"""Builds catalog.json and the three SVG floor plans of the fictional 凌江市政务服务中心 (hall8)."""
import json, pathlib

HERE = pathlib.Path(__file__).parent

DEPTS = [
    ("bm-gongan", "市公安局户政服务", "Public Security – household registration"),
    ("bm-minzheng", "市民政局", "Civil Affairs Bureau"),
    ("bm-renshe", "市人力资源和社会保障局", "Human Resources and Social Security Bureau"),
    ("bm-yibao", "市医疗保障局", "Healthcare Security Bureau"),
    ("bm-nongye", "市农业农村局", "Agriculture and Rural Affairs Bureau"),
    ("bm-tuiyi", "市退役军人事务局", "Veterans Affairs Bureau"),
    ("bm-gjj", "住房公积金管理中心凌江管理部", "Housing Provident Fund, Lingjiang office"),
    ("bm-budongchan", "市不动产登记中心", "Real Estate Registration Centre"),
    ("bm-cheguan", "公安局交警大队车管所", "Traffic Police Vehicle Administration"),
    ("bm-shichang", "市市场监督管理局", "Market Regulation Bureau"),
    ("bm-shuiwu", "国家税务总局凌江市税务局", "Lingjiang Tax Bureau"),
    ("bm-canlian", "市残疾人联合会", "Disabled Persons' Federation"),
]

# window id, floor, zone, zone_en, label, label_en, column index (0..9)
WINDOWS = [
    ("B1-D01", "B1", "负一层不动产登记区", "B1 Real estate area", "不动产综合受理", "Real estate intake", 0),
    ("B1-D02", "B1", "负一层不动产登记区", "B1 Real estate area", "不动产综合受理", "Real estate intake", 1),
    ("B1-D03", "B1", "负一层不动产登记区", "B1 Real estate area", "不动产查询·发证", "Real estate enquiry & certificates", 2),
    ("B1-D04", "B1", "负一层不动产登记区", "B1 Real estate area", "税费缴纳（不动产）", "Real estate taxes", 3),
    ("B1-D05", "B1", "负一层车驾管区", "B1 Vehicle & licence area", "驾驶证业务", "Driving licences", 5),
    ("B1-D06", "B1", "负一层车驾管区", "B1 Vehicle & licence area", "机动车业务", "Vehicle registration", 6),
    ("B1-D07", "B1", "负一层车驾管区", "B1 Vehicle & licence area", "违法处理", "Traffic violations", 7),
    ("1F-A01", "F1", "一楼户政区", "1F Household registration", "户籍业务", "Household register", 0),
    ("1F-A02", "F1", "一楼户政区", "1F Household registration", "户籍业务", "Household register", 1),
    ("1F-A03", "F1", "一楼户政区", "1F Household registration", "身份证业务", "ID cards", 2),
    ("1F-A04", "F1", "一楼社保医保区", "1F Social & medical insurance", "养老保险", "Pension insurance", 3),
    ("1F-A05", "F1", "一楼社保医保区", "1F Social & medical insurance", "社保卡·就业", "Social security card & jobs", 4),
    ("1F-A06", "F1", "一楼社保医保区", "1F Social & medical insurance", "医疗保障", "Medical insurance", 5),
    ("1F-A07", "F1", "一楼社保医保区", "1F Social & medical insurance", "医疗保障", "Medical insurance", 6),
    ("1F-A08", "F1", "一楼婚姻登记处", "1F Marriage registry", "婚姻登记", "Marriage registration", 7),
    ("1F-A09", "F1", "一楼民政区", "1F Civil affairs", "民政救助·殡葬", "Social assistance & funerals", 8),
    ("2F-C01", "F2", "二楼涉农服务区", "2F Rural services", "农机业务", "Farm machinery", 0),
    ("2F-C02", "F2", "二楼涉农服务区", "2F Rural services", "土地承包·补贴", "Land contracts & subsidies", 1),
    ("2F-C03", "F2", "二楼退役军人服务站", "2F Veterans service station", "退役军人服务", "Veterans services", 2),
    ("2F-C04", "F2", "二楼公积金区", "2F Housing fund", "公积金提取", "Fund withdrawal", 3),
    ("2F-C05", "F2", "二楼公积金区", "2F Housing fund", "公积金贷款", "Fund loans", 4),
    ("2F-C06", "F2", "二楼市场准入区", "2F Business registration", "个体·企业登记", "Business registration", 5),
    ("2F-C07", "F2", "二楼市场准入区", "2F Business registration", "许可审批", "Licences", 6),
    ("2F-C08", "F2", "二楼税务区", "2F Tax", "税务综合", "Tax services", 7),
    ("2F-C09", "F2", "二楼残联窗口", "2F Disability services", "残疾人服务", "Disability services", 8),
]

# place id, name, name_en, aliases, floor, column, notes, notes_en, kind, link
PLACES = [
    ("dd-cesuo-1", "一楼公共卫生间", "Toilets (1F)", ["厕所", "洗手间", "WC", "toilet"], "F1", 9,
     "一楼东侧，电梯旁。", "East end of 1F, next to the lift.", None, ""),
    ("dd-cesuo-2", "二楼公共卫生间", "Toilets (2F)", ["二楼厕所", "楼上洗手间"], "F2", 9,
     "二楼东侧。", "East end of 2F.", None, ""),
    ("dd-wuzhangai", "无障碍卫生间", "Accessible toilet", ["残疾人厕所", "轮椅厕所", "accessible toilet"], "F1", 8,
     "一楼东侧，带扶手和呼叫按钮，轮椅可进。", "1F east, with grab rails and call button.", None, ""),
    ("dd-muying", "母婴室", "Mother-and-baby room", ["哺乳室", "喂奶", "换尿布", "nursing room"], "F1", 7,
     "一楼东侧，有护理台、温奶器。", "1F east, changing table and bottle warmer.", None, ""),
    ("dd-houban", "候办休息区", "Waiting area", ["等候区", "座椅", "歇会儿"], "F1", 4,
     "一楼中部，叫号屏在此，备有老花镜和充电线。", "Centre of 1F with the queue screen, reading glasses and chargers.", None, ""),
    ("dd-yinshui", "饮水处", "Drinking water", ["开水", "热水", "喝水", "drinking water"], "F1", 5,
     "一楼休息区旁，冷热直饮水，备一次性纸杯。", "Beside the waiting area, hot and cold water with paper cups.", None, ""),
    ("dd-fuyin", "复印打印室", "Copy and print room", ["复印", "打印", "扫描", "copy"], "F1", 2,
     "一楼西侧，办事材料复印免费（每人20页内）。", "1F west; free copies of application papers (up to 20 pages).", None, ""),
    ("dd-paizhao", "证件照拍摄点", "ID photo booth", ["照相", "拍证件照", "照片"], "F1", 3,
     "户政区对面，身份证、驾驶证照片可现场拍，免费。", "Opposite the household area; free ID and licence photos.", None, ""),
    ("dd-zizhu", "24小时自助服务区", "24-hour self-service area", ["自助机", "自助终端", "self-service"], "F1", 0,
     "一楼大门西侧，可自助打印社保缴费证明、不动产查询结果、缴医保、缴交通罚款；夜间刷身份证进门。",
     "West of the main door: print insurance records and property searches, pay medical insurance and traffic fines; ID card opens the door at night.", None, ""),
    ("dd-daoban", "咨询导办台", "Help desk", ["咨询台", "服务台", "导办", "帮办代办", "information"], "F1", 6,
     "大门正对面，有导办员和志愿者；提供轮椅、老花镜、雨伞借用，老年人和残疾人可申请帮办代办、绿色通道。",
     "Facing the main door; staff and volunteers, wheelchairs, glasses and umbrellas to borrow; assisted service and priority lane for the elderly and disabled.", None, ""),
    ("dd-dianti", "无障碍电梯", "Lift", ["电梯", "升降梯", "lift", "elevator"], "F1", 10,
     "一楼东北角，可到负一层（不动产、车管）和二楼，轮椅、婴儿车可用。",
     "North-east corner of 1F, serves B1 (real estate, vehicles) and 2F; wheelchair and pram friendly.", "lift", "lift-main"),
    ("dd-louti", "步行楼梯", "Stairs", ["楼梯", "走楼梯", "stairs"], "F1", 11,
     "一楼东南角，上下负一层和二楼。", "South-east corner of 1F, to B1 and 2F.", "stairs", "stairs-main"),
]

ONLINE = "可在“黑龙江全省事”App或黑龙江政务服务网搜索事项名称办理或预约"
ONLINE_EN = "Can be booked or started online in the 'Heilongjiang Quanshengshi' app"

def M(name, name_en, required=True, copies=0, note="", original=True):
    return {"name": name, "name_en": name_en, "original": original, "copies": copies,
            "required": required, "note": note}

SERVICES = []
def S(id, name, name_en, dept, aliases, summary, summary_en, conds, mats, windows, prefix,
      fee=("免费", "Free"), tl=("即时办结", "Same day"), notes="", online=True):
    SERVICES.append({
        "id": id, "name": name, "name_en": name_en, "department": dept, "aliases": aliases,
        "summary": summary, "summary_en": summary_en,
        "conditions": [c[0] for c in conds], "conditions_en": [c[1] for c in conds],
        "materials": mats, "windows": windows, "queue_prefix": prefix,
        "time_limit": tl[0], "time_limit_en": tl[1], "fee": fee[0], "fee_en": fee[1],
        "hours": None, "appointment": "",
        "online": ONLINE if online else "", "online_en": ONLINE_EN if online else "",
        "notes": notes, "updated": "2026-11-15",
    })

ID = M("申请人居民身份证", "Applicant's ID card")
HKB = M("居民户口簿", "Household register booklet")
HJ = ["1F-A01", "1F-A02"]
SFZ = ["1F-A03"]

# ---- 户政 ----
S("sx-hz-chusheng", "出生登记（新生儿落户）", "Birth registration of a newborn", "bm-gongan",
  ["报户口", "给孩子上户口", "新生儿入户", "newborn registration"],
  "婴儿出生后由父母一方持出生医学证明到户籍窗口申报出生登记，随父或随母落户。",
  "A parent registers the newborn in the household register with the birth certificate.",
  [("婴儿在本市出生或父母一方户籍在本市", "Baby born here or a parent registered here")],
  [M("出生医学证明", "Medical birth certificate"), M("父母双方身份证", "Both parents' ID cards"), HKB,
   M("结婚证", "Marriage certificate", required=False, note="非婚生育的提供亲子鉴定或说明")],
  HJ, "H", tl=("即时办结", "Same day"), notes="出生一个月内申报；超期的需补充说明。")
S("sx-hz-qianru", "户口迁入", "Moving household registration in", "bm-gongan",
  ["落户", "户口迁进来", "投靠落户", "购房落户"],
  "因投靠亲属、购房、就业、婚姻等原因把户口迁入本市；省内和跨省迁移可一站式办理，无需回迁出地开证明。",
  "Move a hukou into the city (joining relatives, buying a home, job, marriage); one-stop for in- and out-of-province moves.",
  [("符合本市落户政策（投靠、购房、就业、婚迁等）", "Meets a settlement category")],
  [ID, HKB, M("落户依据材料", "Proof of the reason", note="如结婚证、房产证、劳动合同、亲属关系证明"),
   M("迁入地户主同意书", "Consent of the receiving householder", required=False)],
  HJ, "H", tl=("5个工作日", "5 working days"))
S("sx-hz-qianchu", "户口迁出", "Moving household registration out", "bm-gongan",
  ["迁户口", "户口迁走", "迁出证明"],
  "本市户口迁往外地的，一般由迁入地直接办理；确需在本地开具迁移证的（如部分入学、参军）在此办理。",
  "Moving a hukou out of the city; usually handled by the destination, a migration permit can be issued here when needed.",
  [("有迁入地准予迁入的材料", "Acceptance from the destination")],
  [ID, HKB, M("准予迁入证明", "Acceptance letter", required=False)],
  HJ, "H", tl=("即时办结", "Same day"))
S("sx-hz-fenhu", "分户", "Splitting a household register", "bm-gongan",
  ["户口分开", "单立户", "另立户口"],
  "同一户内成员因有独立住房等原因申请另立一户。",
  "Split a household member into a separate register, e.g. after getting own housing.",
  [("有合法固定住所", "Has own legal residence"), ("已成年", "Adult")],
  [ID, HKB, M("房屋产权证明或宅基地证明", "Proof of own housing")],
  HJ, "H", tl=("3个工作日", "3 working days"))
S("sx-hz-siwang", "死亡人员户口注销", "Cancelling the hukou of a deceased person", "bm-gongan",
  ["销户", "注销户口", "死亡注销"],
  "公民死亡后由家属持死亡证明到户籍窗口注销户口并交回身份证。",
  "Family members cancel the deceased's household registration and return the ID card.",
  [("公民已死亡", "The person has died")],
  [M("死亡医学证明或火化证明", "Death or cremation certificate"), HKB,
   M("死者居民身份证", "ID card of the deceased", required=False), M("办理人身份证", "ID of the family member")],
  HJ, "H", notes="死亡后一个月内办理；之后可办殡葬补贴和养老保险丧葬费。")
S("sx-hz-biangeng", "户口登记项目变更更正", "Correcting household register entries", "bm-gongan",
  ["改名字", "改出生日期", "户口本信息错了", "更正民族"],
  "户口簿上姓名、出生日期、民族、文化程度等登记错误或需要变更的，提供依据申请更正。",
  "Change or correct name, date of birth, ethnicity and other entries of the register.",
  [("有原始档案或有效证明支撑", "Backed by records or proof")],
  [ID, HKB, M("变更更正依据", "Supporting evidence", note="出生证、档案、学籍等")],
  HJ, "H", tl=("20个工作日", "20 working days"))
S("sx-sfz-huanling", "居民身份证申领换领", "Applying for or renewing the ID card", "bm-gongan",
  ["办身份证", "身份证到期", "换身份证", "ID card renewal"],
  "首次申领、有效期满换领或证件损坏换领第二代居民身份证，现场采集照片和指纹。",
  "First application, renewal at expiry or replacement of a damaged ID card; photo and fingerprints taken on site.",
  [("本市常住户口，或外地户口异地受理", "Registered here, or out-of-area applicants")],
  [HKB, M("原身份证", "Old ID card", required=False)],
  SFZ, "S", fee=("20元（异地办理40元）", "CNY 20 (40 for out-of-area)"), tl=("15个工作日", "15 working days"),
  notes="16岁以上必须申领；70岁以上老人可申请上门办理。")
S("sx-sfz-buling", "居民身份证挂失补领", "Replacing a lost ID card", "bm-gongan",
  ["身份证丢了", "补身份证", "身份证掉了"],
  "身份证丢失或被盗后挂失并补领新证。",
  "Report a lost or stolen ID card and get a replacement.",
  [("身份证丢失或被盗", "ID card lost or stolen")],
  [HKB, M("本人到场采集照片", "Appear in person for photo")],
  SFZ, "S", fee=("40元", "CNY 40"), tl=("15个工作日", "15 working days"),
  notes="急用可同时办临时身份证。")
S("sx-sfz-linshi", "临时居民身份证办理", "Temporary ID card", "bm-gongan",
  ["临时身份证", "临时证", "坐火车急用身份证"],
  "正式身份证办理期间急需使用的，可申领有效期三个月的临时身份证。",
  "A three-month temporary ID card while the regular card is being made.",
  [("已申请身份证申领、换领或补领", "Has applied for a regular ID card")],
  [HKB, M("身份证受理回执", "ID card application receipt")],
  SFZ, "S", fee=("10元", "CNY 10"), tl=("1小时内", "Within an hour"))
S("sx-hz-juzhuzheng", "居住证办理", "Residence permit", "bm-gongan",
  ["暂住证", "办居住证", "外地人登记"],
  "外地户籍人员在本市居住半年以上，有合法稳定就业、住所或就读的，可申领居住证。",
  "Non-local residents living here 6 months+ with a job, home or school place can get a residence permit.",
  [("在本市居住满半年", "Lived here 6 months"), ("有合法稳定就业、住所或就读", "Job, home or school place")],
  [ID, M("租房合同或房产证明", "Lease or property papers"), M("劳动合同或营业执照", "Job contract or business licence", required=False)],
  HJ, "H", tl=("10个工作日", "10 working days"))
S("sx-hz-wufanzui", "无犯罪记录证明", "Certificate of no criminal record", "bm-gongan",
  ["无犯罪证明", "开无犯罪", "政审证明"],
  "因就业、出国、考试等需要，本人申请开具无犯罪记录证明。",
  "Certificate of no criminal record for jobs, going abroad, exams.",
  [("本市户籍或在本市居住", "Registered or living here")],
  [ID, M("用途说明", "Statement of purpose", required=False)],
  HJ, "H", tl=("3个工作日", "3 working days"), notes="只能本人申请，委托需公证。")

# ---- 民政 ----
HY = ["1F-A08"]
S("sx-mz-jiehun", "内地居民结婚登记", "Marriage registration", "bm-minzheng",
  ["领结婚证", "登记结婚", "扯证", "marriage registration"],
  "男女双方共同到婚姻登记处申请结婚登记，当场领证。",
  "Both partners register their marriage together and receive the certificates on the spot.",
  [("男满22周岁、女满20周岁", "Man 22+, woman 20+"), ("双方自愿、均无配偶", "Both willing and unmarried")],
  [M("双方身份证", "Both ID cards"), M("双方户口簿", "Both household registers", note="全国通办地区可免"),
   M("2寸双人合影照片", "2-inch joint photos", copies=3)],
  HY, "J", fee=("免费", "Free"), notes="每周二至周六办理，节假日可预约。")
S("sx-mz-lihun", "离婚登记", "Divorce registration", "bm-minzheng",
  ["协议离婚", "办离婚", "离婚冷静期"],
  "双方自愿离婚并达成协议的，共同申请，经30日冷静期后再次到场领证。",
  "Mutual-consent divorce: apply together, then return after a 30-day cooling-off period.",
  [("双方自愿离婚", "Both agree to divorce"), ("对子女和财产已达成协议", "Agreement on children and property")],
  [M("双方身份证", "Both ID cards"), M("结婚证", "Marriage certificates"), M("离婚协议书", "Divorce agreement", copies=3)],
  HY, "J", tl=("冷静期30日后办结", "After the 30-day cooling-off period"))
S("sx-mz-buzheng", "补领婚姻登记证", "Replacing a marriage or divorce certificate", "bm-minzheng",
  ["结婚证丢了", "补结婚证", "补离婚证"],
  "结婚证、离婚证遗失或损毁的，当事人可申请补领。",
  "Replace a lost or damaged marriage/divorce certificate.",
  [("在本处或可查询到原婚姻登记档案", "The original record can be found")],
  [ID, HKB, M("2寸近期照片", "Recent 2-inch photo", copies=2, note="补结婚证需双人合影")],
  HY, "J", tl=("即时办结，档案需调取的20个工作日", "Same day, 20 working days if records must be retrieved"))
S("sx-mz-binzang", "惠民殡葬补贴申领", "Funeral subsidy", "bm-minzheng",
  ["丧葬补贴", "火化补贴", "殡葬费减免"],
  "本市户籍居民去世后遗体火化的，免除基本殡葬服务费用或按标准发放补贴；困难群众另有补助。",
  "For residents who are cremated, basic funeral services are free or subsidised; extra help for low-income families.",
  [("逝者为本市户籍", "Deceased registered here"), ("已在殡仪馆火化", "Cremated at a funeral home")],
  [M("火化证明", "Cremation certificate"), M("逝者户口注销证明", "Hukou cancellation proof"),
   M("经办人身份证", "ID of the applicant"), M("经办人银行卡", "Applicant's bank card")],
  ["1F-A09"], "M", fee=("免费", "Free"), tl=("15个工作日", "15 working days"))
S("sx-mz-gaoling", "高龄老人津贴申领", "Old-age allowance for the very elderly", "bm-minzheng",
  ["高龄补贴", "老人补助", "八十岁补贴"],
  "年满80周岁的本市户籍老人按月领取高龄津贴，90岁、100岁以上标准更高。",
  "Residents aged 80+ receive a monthly allowance; higher for 90+ and 100+.",
  [("本市户籍，年满80周岁", "Registered here, aged 80+")],
  [M("老人身份证", "Elder's ID card"), HKB, M("老人本人银行卡或社保卡", "Elder's bank or social security card")],
  ["1F-A09"], "M", tl=("次月起发放", "Paid from next month"))
S("sx-mz-dibao", "最低生活保障申请", "Minimum living allowance (dibao)", "bm-minzheng",
  ["低保", "申请低保", "困难补助"],
  "家庭人均收入低于本市低保标准且财产符合规定的，可申请最低生活保障。",
  "Households below the local income line and within asset limits can apply for dibao.",
  [("家庭人均收入低于当地低保标准", "Income below the local line"), ("家庭财产符合规定", "Assets within limits")],
  [ID, HKB, M("家庭收入及财产情况说明", "Income and asset statement"),
   M("残疾证、病历等", "Disability card, medical records", required=False)],
  ["1F-A09"], "M", tl=("30个工作日", "30 working days"), notes="也可到户籍所在乡镇（街道）申请。")

# ---- 人社 ----
YL = ["1F-A04"]
S("sx-rs-renzheng", "养老待遇领取资格认证", "Pension eligibility verification", "bm-renshe",
  ["养老金认证", "年审", "生存认证", "刷脸认证"],
  "领取养老金的人员每年认证一次，证明本人健在；可在窗口刷脸或用手机自助认证。",
  "Pensioners confirm once a year that they are alive, by face scan at the window or on the phone.",
  [("正在领取养老保险待遇", "Receiving a pension")],
  [M("本人身份证或社保卡", "ID card or social security card")],
  YL, "Y", notes="行动不便的老人可申请上门认证。")
S("sx-rs-jumincanbao", "城乡居民基本养老保险参保登记", "Enrolment in rural and urban residents' pension", "bm-renshe",
  ["交农村养老保险", "居民养老参保", "新农保"],
  "年满16周岁、不在校、未参加职工养老保险的城乡居民可参保，每年选择档次缴费。",
  "Residents 16+ not in school and without an employee pension can enrol and pay a chosen yearly level.",
  [("年满16周岁", "Aged 16+"), ("未参加城镇职工养老保险", "No employee pension")],
  [ID, HKB],
  YL, "Y", fee=("按所选档次缴费", "Contribution by chosen level"))
S("sx-rs-jumindaiyu", "城乡居民养老保险待遇领取申请", "Claiming the residents' pension", "bm-renshe",
  ["到岁数领养老金", "开始领养老钱", "六十岁领钱"],
  "参保人年满60周岁、累计缴费满15年的，申请按月领取城乡居民养老金。",
  "Members aged 60 with 15 years of contributions apply to start the monthly pension.",
  [("年满60周岁", "Aged 60"), ("累计缴费满15年或按规定补缴", "15 years paid or topped up")],
  [ID, HKB, M("社保卡", "Social security card")],
  YL, "Y", tl=("10个工作日", "10 working days"))
S("sx-rs-sangzang", "参保人员死亡丧葬补助金抚恤金申领", "Funeral grant and survivor benefit from pension insurance", "bm-renshe",
  ["丧葬费", "抚恤金", "老人没了养老金怎么办"],
  "领取养老金或在职参保人员死亡后，遗属可申领丧葬补助金、抚恤金，并办理养老保险关系终止。",
  "When an insured person dies, survivors claim the funeral grant and survivor benefit and close the pension account.",
  [("参保人员已死亡", "The insured person has died")],
  [M("死亡证明或户口注销证明", "Death or hukou cancellation proof"), M("申领人身份证", "Applicant's ID"),
   M("亲属关系证明", "Proof of relationship"), M("申领人银行卡", "Applicant's bank card")],
  YL, "Y", tl=("15个工作日", "15 working days"))
S("sx-rs-shebaoka", "社会保障卡申领补换", "Social security card application and replacement", "bm-renshe",
  ["社保卡", "办社保卡", "社保卡丢了", "social security card"],
  "首次申领、遗失补办或损坏换领社会保障卡，窗口可即时制卡。",
  "Apply for, replace or renew the social security card; cards can be made on the spot.",
  [("已参加社会保险", "Enrolled in social insurance")],
  [ID],
  ["1F-A05"], "K", fee=("首次免费，补换20元", "First card free, replacement CNY 20"), tl=("即时制卡", "Made on the spot"))
S("sx-rs-shiye", "失业登记与就业创业证办理", "Unemployment registration and employment card", "bm-renshe",
  ["失业登记", "就业创业证", "找工作登记", "失业金"],
  "劳动年龄内有就业能力和意愿的失业人员办理登记，可享受职业介绍、培训和符合条件的失业保险金。",
  "Register as unemployed for job matching, training and unemployment benefit if eligible.",
  [("法定劳动年龄内", "Of working age"), ("有就业要求", "Wants to work")],
  [ID, M("解除劳动合同证明", "Proof of contract termination", required=False)],
  ["1F-A05"], "K")

# ---- 医保 ----
YB = ["1F-A06", "1F-A07"]
S("sx-yb-jumincanbao", "城乡居民基本医疗保险参保缴费", "Residents' basic medical insurance enrolment and payment", "bm-yibao",
  ["新农合", "居民医保", "交医保", "农村合作医疗"],
  "未参加职工医保的城乡居民每年集中缴费期内缴纳下一年度居民医保，新生儿、退役等可随时参保。",
  "Residents without employee insurance pay each year during the collection period; newborns etc. any time.",
  [("本市户籍或持本市居住证", "Registered here or holds a residence permit"), ("未参加职工医保", "No employee medical insurance")],
  [ID],
  YB, "B", fee=("按当年个人缴费标准", "Yearly individual rate"), notes="也可在自助机、银行、手机上缴费。")
S("sx-yb-yidi", "异地就医备案", "Registering for medical treatment in another city", "bm-yibao",
  ["异地就医", "外地看病备案", "去外地住院报销"],
  "长期在外地居住或转诊到外地就医的，先备案，可在外地医院直接结算。",
  "Register before treatment elsewhere (living away or referral) to settle bills directly at the hospital.",
  [("参加本市医保", "Insured here"), ("异地长期居住或经转诊", "Living away or referred")],
  [ID, M("医保电子凭证或社保卡", "Medical insurance e-voucher or card"),
   M("转诊证明", "Referral letter", required=False)],
  YB, "B")
S("sx-yb-mantebing", "门诊慢特病待遇认定", "Chronic and special disease outpatient benefit", "bm-yibao",
  ["慢病", "办慢病卡", "特殊病"],
  "患高血压、糖尿病、恶性肿瘤等规定病种的，认定后门诊费用按更高比例报销。",
  "Patients with listed chronic conditions get higher outpatient reimbursement after approval.",
  [("患规定的慢特病病种", "Has a listed condition")],
  [ID, M("二级以上医院诊断证明和病历", "Diagnosis and records from a level-2+ hospital")],
  YB, "B", tl=("15个工作日", "15 working days"))
S("sx-yb-baoxiao", "医疗费用手工报销", "Manual reimbursement of medical bills", "bm-yibao",
  ["医药费报销", "看病报销", "住院报销", "零星报销"],
  "在外地未直接结算或因特殊原因全额垫付医疗费用的，持票据到窗口报销。",
  "Bring receipts to claim medical costs that were paid in full, e.g. outside the city without direct settlement.",
  [("参保人已垫付医疗费用", "The insured person paid the bills")],
  [ID, M("医疗费发票原件", "Original receipts"), M("费用明细清单和出院小结", "Itemised list and discharge summary"),
   M("银行卡", "Bank card")],
  YB, "B", tl=("20个工作日", "20 working days"))

# ---- 农业农村 ----
NJ = ["2F-C01"]
TD = ["2F-C02"]
S("sx-ny-njbutie", "农机购置与应用补贴申请", "Farm machinery purchase subsidy", "bm-nongye",
  ["买农机补贴", "农机补贴", "拖拉机补贴"],
  "购买补贴目录内的拖拉机、收割机、播种机等农机具后申请补贴，核验机具后打到银行卡。",
  "Claim the subsidy after buying listed tractors, harvesters, seeders; paid to the bank card after inspection.",
  [("从事农业生产的个人或组织", "Farmer or farm organisation"), ("所购机具在补贴目录内", "Machine on the subsidy list")],
  [ID, M("购机发票", "Purchase invoice"), M("一卡通或银行卡", "Subsidy bank card"),
   M("机具铭牌和人机合影", "Photos of nameplate and owner with machine")],
  NJ, "N", tl=("资金分批兑付", "Paid in batches"))
S("sx-ny-njdengji", "拖拉机和联合收割机登记", "Registering tractors and combine harvesters", "bm-nongye",
  ["农机上牌", "拖拉机上牌子", "收割机挂牌"],
  "新购或转入的拖拉机、联合收割机办理注册登记，核发号牌和行驶证。",
  "Register a tractor or combine harvester and receive plates and a registration card.",
  [("农机已检验合格", "Machine passed inspection")],
  [ID, M("购机发票或来历证明", "Invoice or proof of origin"), M("出厂合格证", "Factory certificate")],
  NJ, "N", fee=("免费", "Free"), tl=("2个工作日", "2 working days"))
S("sx-ny-njjiazhao", "拖拉机和联合收割机驾驶证申领", "Tractor and harvester driving licence", "bm-nongye",
  ["拖拉机驾驶证", "农机驾照", "开收割机的本"],
  "驾驶拖拉机、联合收割机需取得农机驾驶证，经培训考试合格后核发；到期换证也在此办理。",
  "A licence for tractors and combine harvesters after training and exams; renewals here too.",
  [("年满18周岁，身体条件符合", "18+ and physically fit")],
  [ID, M("县级以上医院体检证明", "Medical certificate"), M("一寸照片", "1-inch photos", copies=2)],
  NJ, "N", tl=("考试合格后即时发证", "Issued after passing the exam"))
S("sx-ny-chengbao", "土地承包经营权证变更补发", "Changing or replacing the land contract certificate", "bm-nongye",
  ["承包证", "确权证", "土地证改名", "地本子"],
  "因分户、婚嫁、继承、家庭成员变化等需要变更土地承包经营权证，或证书遗失损毁需补发的。",
  "Update the rural land contract certificate after family changes, or replace a lost one.",
  [("本集体经济组织成员的承包户", "Contracting household of the village collective")],
  [ID, HKB, M("原土地承包经营权证", "Original certificate", required=False),
   M("村委会和乡镇出具的证明", "Village and township confirmation")],
  TD, "T", tl=("20个工作日", "20 working days"))
S("sx-ny-liuzhuan", "土地经营权流转合同备案", "Filing a land management right transfer contract", "bm-nongye",
  ["土地流转", "包地合同备案", "地租出去"],
  "承包户把承包地出租、入股给他人或合作社经营的，签订书面流转合同后备案。",
  "File the written contract when a household leases its contracted land to others or a co-op.",
  [("流转双方已签订书面合同", "Signed written contract")],
  [M("流转双方身份证", "Both parties' ID cards"), M("土地流转合同", "Transfer contract", copies=2),
   M("土地承包经营权证", "Land contract certificate")],
  TD, "T", tl=("5个工作日", "5 working days"))
S("sx-ny-dilibutie", "耕地地力保护补贴核对申报", "Farmland protection subsidy (grain subsidy) checking", "bm-nongye",
  ["粮食补贴", "种粮补贴", "地补", "玉米大豆生产者补贴"],
  "耕地地力保护补贴、玉米大豆生产者补贴按实际种植面积发放到户，可在此查询发放情况、核对面积和更正银行卡信息。",
  "Farmland protection and corn/soybean producer subsidies are paid per household; check payments, areas and bank details here.",
  [("本市承包耕地的农户", "Household farming contracted land here")],
  [ID, M("一卡通（补贴存折）", "Subsidy bank book"), M("土地承包经营权证", "Land contract certificate", required=False)],
  TD, "T", tl=("当场查询，更正10个工作日", "Enquiry same day; corrections 10 working days"),
  notes="种植面积先由村里统计公示，有异议的在公示期内提出。")

# ---- 退役军人 ----
TY = ["2F-C03"]
S("sx-ty-youdaizheng", "退役军人优待证申领", "Veterans preferential treatment card", "bm-tuiyi",
  ["优待证", "军人优待证", "老兵证"],
  "退役军人、烈士遗属等申领优待证，凭证享受乘车、景区等优待。",
  "Veterans and martyrs' families apply for the card giving transport and other benefits.",
  [("已退出现役并完成信息采集", "Discharged and registered")],
  [ID, M("退伍证或转业证", "Discharge certificate"), M("近期免冠照片", "Recent photo", required=False)],
  TY, "V", tl=("30个工作日", "30 working days"))
S("sx-ty-baodao", "退役士兵报到及档案接收", "Veteran reporting and file reception", "bm-tuiyi",
  ["退伍报到", "复员回来报到", "退役报到"],
  "退役士兵回到安置地后30日内报到，办理档案接收、安置和一次性经济补助。",
  "Returning soldiers report within 30 days for file reception, placement and the one-off grant.",
  [("安置地为本市", "Placed in this city")],
  [ID, M("退出现役证", "Discharge certificate"), M("部队介绍信", "Unit letter of introduction")],
  TY, "V")
S("sx-ty-fuxu", "优抚对象抚恤补助申请", "Pensions and subsidies for entitled veterans", "bm-tuiyi",
  ["伤残抚恤", "在乡老复员军人补助", "参战补助", "定补"],
  "残疾军人、在乡复员军人、带病回乡退伍军人、参战参试人员等申请定期抚恤补助。",
  "Disabled veterans, rural demobilised veterans and war participants apply for regular allowances.",
  [("属于优抚对象范围", "Entitled category")],
  [ID, HKB, M("退伍证、残疾军人证等", "Discharge or disability papers"), M("银行卡", "Bank card")],
  TY, "V", tl=("30个工作日", "30 working days"))

# ---- 公积金 ----
GT = ["2F-C04"]
S("sx-gjj-goufang", "购买自住住房提取住房公积金", "Provident fund withdrawal for buying a home", "bm-gjj",
  ["买房提公积金", "购房提取"],
  "购买本市或户籍地自住住房的职工及配偶，可提取账户余额。",
  "Employees buying their own home can withdraw the account balance.",
  [("购房合同已网签或已取得产权证", "Contract registered or title issued")],
  [ID, M("购房合同或不动产权证书", "Purchase contract or title"), M("购房发票", "Purchase invoice"),
   M("本人银行卡", "Own bank card")],
  GT, "G", tl=("3个工作日到账", "Paid in 3 working days"))
S("sx-gjj-zufang", "租房提取住房公积金", "Provident fund withdrawal for rent", "bm-gjj",
  ["租房提公积金", "房租提取"],
  "本市无自有住房的租房职工按月或按年提取，额度有上限。",
  "Employees renting without owning a home here can withdraw up to a yearly limit.",
  [("本人及配偶在本市无自有住房", "No home owned here")],
  [ID, M("无房证明（不动产中心出具或自助机打印）", "No-property certificate"), M("本人银行卡", "Own bank card")],
  GT, "G", tl=("3个工作日到账", "Paid in 3 working days"))
S("sx-gjj-xiaohu", "离退休或离职销户提取住房公积金", "Provident fund withdrawal on retirement or leaving", "bm-gjj",
  ["退休提公积金", "公积金销户", "辞职提公积金"],
  "职工退休、与单位解除劳动关系且户口不在本市、出国定居或死亡的，可提取全部余额并销户。",
  "Withdraw everything and close the account on retirement, leaving the city after a job ends, emigration or death.",
  [("已退休、离职离开本市、出国定居或死亡之一", "Retired, left the city, emigrated or deceased")],
  [ID, M("退休证明或解除劳动合同证明", "Retirement or termination proof"), M("本人银行卡", "Own bank card"),
   M("继承人材料", "Heirs' papers", required=False, note="职工死亡的提供死亡证明和继承公证")],
  GT, "G", tl=("3个工作日到账", "Paid in 3 working days"))
S("sx-gjj-daikuan", "住房公积金个人贷款申请", "Provident fund home loan", "bm-gjj",
  ["公积金贷款", "公积金买房贷款"],
  "连续缴存6个月以上的职工购买自住住房，可申请公积金个人住房贷款，利率低于商业贷款。",
  "Employees with 6+ months of contributions can borrow at a lower rate to buy their own home.",
  [("连续足额缴存满6个月", "6 months of full contributions"), ("购买自住住房", "Buying own home")],
  [ID, HKB, M("婚姻状况证明", "Marital status proof"), M("购房合同", "Purchase contract"),
   M("收入证明", "Income proof")],
  ["2F-C05"], "G", tl=("15个工作日", "15 working days"))

# ---- 不动产 (B1) ----
BD = ["B1-D01", "B1-D02"]
S("sx-bdc-zhuanyi", "二手房买卖转移登记", "Transfer registration for a resale home", "bm-budongchan",
  ["房子过户", "二手房过户", "买卖过户"],
  "存量房买卖双方签订合同后共同申请转移登记，同时缴纳契税等税费，领取新的不动产权证书。",
  "Buyer and seller jointly register the sale, pay deed tax and receive the new title certificate.",
  [("房屋已取得不动产权证书且无查封", "Titled and not seized"), ("买卖双方到场或委托", "Both parties present or represented")],
  [M("买卖双方身份证", "Both parties' ID cards"), M("不动产权证书", "Title certificate"),
   M("房屋买卖合同", "Sale contract"), M("婚姻状况证明", "Marital status proof")],
  BD + ["B1-D04"], "D", fee=("登记费80元，税费另计", "Registration CNY 80, taxes extra"), tl=("3个工作日", "3 working days"))
S("sx-bdc-diya", "不动产抵押登记", "Mortgage registration", "bm-budongchan",
  ["房子抵押", "抵押贷款登记", "解押", "注销抵押"],
  "用房屋或土地向银行抵押贷款时办理抵押登记；还清贷款后办理抵押注销。",
  "Register a mortgage when borrowing against property, and cancel it after repayment.",
  [("已签订借款和抵押合同，或贷款已还清", "Loan and mortgage contracts, or loan repaid")],
  [M("抵押人身份证", "Mortgagor's ID"), M("不动产权证书", "Title certificate"), M("抵押合同或还款证明", "Mortgage contract or repayment proof")],
  BD, "D", fee=("住宅80元/件，注销免费", "CNY 80 per home, cancellation free"), tl=("1个工作日", "1 working day"))
S("sx-bdc-jicheng", "继承不动产转移登记", "Transfer of inherited property", "bm-budongchan",
  ["继承房产", "老人房子过户给子女", "遗产过户"],
  "房屋所有人去世后，继承人持继承证明材料申请把房产登记到自己名下。",
  "Heirs register the deceased owner's property in their names.",
  [("被继承人已死亡", "Owner deceased"), ("继承人之间无争议", "No dispute among heirs")],
  [M("继承人身份证", "Heirs' ID cards"), M("死亡证明", "Death certificate"), M("亲属关系证明", "Proof of relationship"),
   M("不动产权证书", "Title certificate"), M("继承权公证书或全体继承人到场", "Notarised inheritance or all heirs present")],
  BD, "D", fee=("登记费80元", "Registration CNY 80"), tl=("10个工作日", "10 working days"))
S("sx-bdc-chaxun", "不动产登记资料查询", "Property register search", "bm-budongchan",
  ["查房产", "开无房证明", "房产信息查询", "有房证明"],
  "权利人查询本人名下不动产登记情况，出具有房或无房证明，用于上学、公积金、贷款等。",
  "Owners search their property records and get a property or no-property certificate.",
  [("查询本人或经授权", "Own records or authorised")],
  [ID],
  ["B1-D03"], "D", tl=("即时办结", "Same day"), notes="一楼自助机也可打印。")
S("sx-bdc-buzheng", "不动产权证书补证换证", "Replacing a property title certificate", "bm-budongchan",
  ["房产证丢了", "补房本", "老房照换新证"],
  "不动产权证书遗失、损毁的补发，或旧版房屋所有权证、土地证换发新证。",
  "Replace a lost or damaged title certificate, or swap old house/land certificates for a new one.",
  [("登记簿记载的权利人", "Owner on the register")],
  [ID, M("遗失声明或损坏的原证", "Loss notice or damaged certificate")],
  ["B1-D03"], "D", fee=("工本费10元", "CNY 10"), tl=("5个工作日（遗失公告期后）", "5 working days after the notice period"))

# ---- 车管 (B1) ----
S("sx-cg-huanzheng", "机动车驾驶证期满换证", "Renewing a driving licence at expiry", "bm-cheguan",
  ["驾照到期", "换驾照", "驾驶证换本"],
  "驾驶证有效期满前90日内申请换证，需提交身体条件证明，70岁以上每年体检。",
  "Renew within 90 days before expiry with a medical certificate; drivers 70+ need a yearly check.",
  [("驾驶证有效期即将届满", "Licence about to expire")],
  [ID, M("驾驶证", "Driving licence"), M("身体条件证明", "Medical certificate")],
  ["B1-D05"], "C", fee=("工本费10元", "CNY 10"), tl=("即时办结", "Same day"))
S("sx-cg-buzheng", "机动车驾驶证补证", "Replacing a lost driving licence", "bm-cheguan",
  ["驾照丢了", "补驾驶证", "驾驶本掉了"],
  "驾驶证遗失、损毁的可申请补领。",
  "Replace a lost or damaged driving licence.",
  [("驾驶证在有效期内", "Licence still valid")],
  [ID],
  ["B1-D05"], "C", fee=("工本费10元", "CNY 10"), tl=("即时办结", "Same day"))
S("sx-cg-guohu", "机动车转移登记", "Vehicle ownership transfer", "bm-cheguan",
  ["汽车过户", "二手车过户", "车子过户"],
  "二手车买卖、赠与后办理车辆所有权转移登记。",
  "Transfer registration of a used car after sale or gift.",
  [("车辆无违法未处理、无抵押查封", "No unpaid fines, not mortgaged or seized")],
  [M("买卖双方身份证", "Both parties' ID cards"), M("机动车登记证书", "Vehicle registration certificate"),
   M("二手车销售发票", "Used-car sale invoice"), M("车辆到场查验", "Vehicle inspection on site")],
  ["B1-D06"], "C", fee=("工本费（号牌另计）", "Fee plus plates if changed"), tl=("即时办结", "Same day"))
S("sx-cg-jianyan", "机动车检验合格标志核发", "Vehicle inspection sticker", "bm-cheguan",
  ["车辆年检", "审车", "年检标"],
  "车辆经检测站检验合格后核发检验合格标志；6年内非营运小客车可免检申领。",
  "Issue the inspection mark after a test; private cars under 6 years are exempt and can apply directly.",
  [("已投保交强险且违法已处理", "Compulsory insurance, fines settled")],
  [M("行驶证", "Vehicle licence"), M("交强险保单", "Compulsory insurance policy")],
  ["B1-D06"], "C", tl=("即时办结", "Same day"))
S("sx-cg-weifa", "交通违法处理与罚款缴纳", "Traffic violation processing and fines", "bm-cheguan",
  ["处理违章", "交罚款", "扣分处理"],
  "处理电子监控记录的交通违法，接受处罚并缴纳罚款；满分的办理学习考试。",
  "Deal with camera-recorded violations and pay fines; licences with 12 points start re-education here.",
  [("驾驶人本人或车辆所有人", "Driver or vehicle owner")],
  [M("驾驶证", "Driving licence"), M("行驶证", "Vehicle licence")],
  ["B1-D07"], "C", fee=("按处罚决定", "As fined"), tl=("即时办结", "Same day"))

# ---- 市场监管 ----
S("sx-sc-geti", "个体工商户设立登记", "Registering a sole proprietorship", "bm-shichang",
  ["办营业执照", "个体执照", "开店执照"],
  "开小卖店、饭店、修理部等个体经营的，办理个体工商户登记，领取营业执照。",
  "Register a small shop, restaurant or repair business and get a business licence.",
  [("有经营场所", "Has business premises")],
  [ID, M("经营场所使用证明", "Proof of premises", note="租房合同或房产证")],
  ["2F-C06"], "E", tl=("1个工作日", "1 working day"))
S("sx-sc-shipin", "食品经营许可", "Food business licence", "bm-shichang",
  ["食品许可证", "卖熟食许可", "饭店卫生许可"],
  "从事食品销售、餐饮服务的经营者申请食品经营许可证。",
  "Food shops and restaurants apply for a food business licence.",
  [("已取得营业执照", "Has a business licence"), ("场所、设备符合食品安全要求", "Premises meet food safety rules")],
  [M("营业执照", "Business licence"), M("经营场所平面图", "Floor plan"), M("食品安全管理制度", "Food safety rules")],
  ["2F-C07"], "E", tl=("10个工作日", "10 working days"))

# ---- 税务 ----
S("sx-sw-daikai", "代开增值税发票", "Issuing VAT invoices on behalf of individuals", "bm-shuiwu",
  ["代开发票", "开票", "卖粮开发票"],
  "个人或小规模纳税人发生销售（如卖粮、出租房屋、劳务）需要发票的，申请代开。",
  "Individuals or small taxpayers get an invoice issued for a sale (grain, rent, services).",
  [("有真实交易", "Real transaction")],
  [ID, M("合同或交易证明", "Contract or proof of sale")],
  ["2F-C08"], "F", fee=("按规定缴税，开票免费", "Taxes as due, invoice free"), tl=("即时办结", "Same day"))

# ---- 残联 ----
S("sx-cl-canjizheng", "残疾人证办理", "Disability certificate", "bm-canlian",
  ["办残疾证", "残疾鉴定", "残疾人证换证"],
  "肢体、视力、听力、智力、精神等残疾人经指定医院评定后，申领第三代残疾人证。",
  "People with disabilities get assessed at a designated hospital and receive the disability certificate.",
  [("经指定机构评定为残疾", "Assessed as disabled")],
  [ID, HKB, M("二寸白底照片", "2-inch photos", copies=3)],
  ["2F-C09"], "L", tl=("20个工作日", "20 working days"), notes="行动不便可申请上门评残。")

# ---- layout ----
FLOORS = [("B1", "负一层", "Basement B1", "plan-b1.svg"),
          ("F1", "一层", "Ground floor 1F", "plan-f1.svg"),
          ("F2", "二层", "Second floor 2F", "plan-f2.svg")]
def colx(c): return round(0.07 + c * 0.08, 4)
WIN_Y, WIN_DOOR_Y, CORR_Y, PL_Y, PL_DOOR_Y = 0.2, 0.32, 0.5, 0.82, 0.7
KIOSK = {"floor": "F1", "x": 0.51, "y": 0.6}
VERT = {"B1": [("lift-b1", "lift", "lift-main", "电梯（负一层）", "Lift (B1)"),
               ("stairs-b1", "stairs", "stairs-main", "楼梯（负一层）", "Stairs (B1)")],
        "F2": [("lift-f2", "lift", "lift-main", "电梯（二层）", "Lift (2F)"),
               ("stairs-f2", "stairs", "stairs-main", "楼梯（二层）", "Stairs (2F)")]}

windows, places, floors = [], [], []
for wid, fl, zone, zone_en, label, label_en, col in WINDOWS:
    windows.append({"id": wid, "floor": fl, "zone": zone, "zone_en": zone_en, "x": colx(col), "y": WIN_Y,
                    "label": label, "label_en": label_en, "door": {"x": colx(col), "y": WIN_DOOR_Y}})
for pid, name, name_en, al, fl, col, notes, notes_en, kind, link in PLACES:
    p = {"id": pid, "name": name, "name_en": name_en, "aliases": al, "floor": fl, "x": colx(col), "y": PL_Y,
         "notes": notes, "notes_en": notes_en, "door": {"x": colx(col), "y": PL_DOOR_Y}}
    if kind:
        p["kind"], p["link"] = kind, link
    places.append(p)

for fid, fname, fname_en, svg in FLOORS:
    nodes, paths, spine = [], [], []
    items = [(w["id"], w["x"]) for w in windows if w["floor"] == fid] + \
            [(p["id"], p["x"]) for p in places if p["floor"] == fid]
    for i, (vid, kind, link, nm, nm_en) in enumerate(VERT.get(fid, [])):
        x = colx(10 + i)
        nodes.append({"id": vid, "x": x, "y": PL_Y, "kind": kind, "link": link, "name": nm, "name_en": nm_en})
        items.append((vid, x))
    if fid == KIOSK["floor"]:
        items.append(("kiosk", KIOSK["x"]))
    for ref, x in sorted(items, key=lambda t: t[1]):
        jid = f"jx-{fid.lower()}-{ref}"
        if jid not in [n["id"] for n in nodes]:
            nodes.append({"id": jid, "x": x, "y": CORR_Y})
        paths.append([ref, jid])
        if jid not in spine:
            spine.append(jid)
    ends = [{"id": f"jx-{fid.lower()}-west", "x": 0.04, "y": CORR_Y}, {"id": f"jx-{fid.lower()}-east", "x": 0.97, "y": CORR_Y}]
    nodes += ends
    paths.append([ends[0]["id"]] + spine + [ends[1]["id"]])
    floors.append({"id": fid, "name": fname, "name_en": fname_en, "map": svg,
                   "walkways": {"width_m": 64, "height_m": 36, "nodes": nodes, "paths": paths}})

    # svg
    W, H = 1600, 900
    def X(v): return round(v * W)
    def Y(v): return round(v * H)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
           f'<rect width="{W}" height="{H}" fill="#f7f9fc"/>',
           f'<rect x="30" y="30" width="{W-60}" height="{H-60}" fill="none" stroke="#34495e" stroke-width="8"/>',
           f'<text x="60" y="80" font-family="Noto Sans CJK SC" font-size="30" font-weight="bold" fill="#34495e">凌江市政务服务中心 · {fname} {fname_en}</text>',
           f'<rect x="50" y="{Y(CORR_Y)-40}" width="{W-100}" height="80" fill="#e3ebf3"/>',
           f'<text x="{W//2}" y="{Y(CORR_Y)+10}" font-family="Noto Sans CJK SC" font-size="22" fill="#6b7c8f" text-anchor="middle">通道 Corridor</text>']
    for w in windows:
        if w["floor"] != fid: continue
        out.append(f'<rect x="{X(w["x"])-55}" y="{Y(w["y"])-60}" width="110" height="130" rx="8" fill="#ffffff" stroke="#2c7be5" stroke-width="3"/>')
        out.append(f'<text x="{X(w["x"])}" y="{Y(w["y"])-10}" font-family="Noto Sans CJK SC" font-size="22" font-weight="bold" fill="#2c7be5" text-anchor="middle">{w["id"]}</text>')
        out.append(f'<text x="{X(w["x"])}" y="{Y(w["y"])+25}" font-family="Noto Sans CJK SC" font-size="14" fill="#333" text-anchor="middle">{w["label"]}</text>')
    for p in places:
        if p["floor"] != fid: continue
        out.append(f'<rect x="{X(p["x"])-55}" y="{Y(p["y"])-60}" width="110" height="110" rx="8" fill="#fff7e6" stroke="#e08e0b" stroke-width="3"/>')
        out.append(f'<text x="{X(p["x"])}" y="{Y(p["y"])}" font-family="Noto Sans CJK SC" font-size="14" fill="#7a4a12" text-anchor="middle">{p["name"]}</text>')
    for vid, kind, link, nm, nm_en in VERT.get(fid, []):
        n = next(n for n in nodes if n["id"] == vid)
        out.append(f'<rect x="{X(n["x"])-55}" y="{Y(n["y"])-60}" width="110" height="110" rx="8" fill="#eef7ee" stroke="#2e7d32" stroke-width="3"/>')
        out.append(f'<text x="{X(n["x"])}" y="{Y(n["y"])}" font-family="Noto Sans CJK SC" font-size="14" fill="#2e7d32" text-anchor="middle">{nm}</text>')
    if fid == "F1":
        out.append(f'<line x1="{X(0.45)}" y1="{H-30}" x2="{X(0.58)}" y2="{H-30}" stroke="#f7f9fc" stroke-width="12"/>')
        out.append(f'<text x="{X(0.515)}" y="{H-45}" font-family="Noto Sans CJK SC" font-size="22" font-weight="bold" fill="#34495e" text-anchor="middle">正门 Main entrance</text>')
        out.append(f'<circle cx="{X(KIOSK["x"])}" cy="{Y(KIOSK["y"])}" r="14" fill="#d62828"/>')
        out.append(f'<text x="{X(KIOSK["x"])+22}" y="{Y(KIOSK["y"])+8}" font-family="Noto Sans CJK SC" font-size="18" fill="#d62828">您在这里 You are here</text>')
    out.append('</svg>')
    (HERE / svg).write_text("\n".join(out) + "\n", encoding="utf-8")

catalog = {
    "schema_version": 1,
    "hall": {"id": "lingjiang-zwfw", "name": "凌江市政务服务中心",
             "name_en": "Lingjiang City Government Service Centre",
             "address": "黑龙江省凌江市兴农大街166号", "address_en": "166 Xingnong Street, Lingjiang, Heilongjiang",
             "hours": "周一至周五 8:30–11:30、13:00–17:00（冬季13:00–16:30）；周六上午婚姻登记、不动产预约办理",
             "hours_en": "Mon–Fri 8:30–11:30 and 13:00–17:00 (winter until 16:30); Saturday mornings for marriages and booked property cases",
             "phone": "0456-7123 8800", "floors": floors, "kiosk": KIOSK},
    "departments": [{"id": i, "name": n, "name_en": e} for i, n, e in DEPTS],
    "windows": windows, "places": places, "services": SERVICES,
}
(HERE / "catalog.json").write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(len(SERVICES), "services,", len(places), "places,", len(windows), "windows")
