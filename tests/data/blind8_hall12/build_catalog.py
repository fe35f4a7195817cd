#!/usr/bin/env python3
"""Build catalog.json (+ simple floor-plan SVGs) for the fictional
广州市珠岗区政务服务中心.  stdlib only."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-10-15"
ONLINE = "可在“穗捷办”App或“珠岗易办”微信小程序搜索事项名称网上申办"
ONLINE_EN = "Can be applied for online in the \"Suijieban\" app or the \"Zhugang Yiban\" WeChat mini-program"

# ---------------------------------------------------------------- floors / windows
FLOORS = [
    ("F1", "一楼", "Ground floor (1F)"),
    ("F2", "二楼", "Second floor (2F)"),
    ("F3", "三楼", "Third floor (3F)"),
]
CORRIDOR_Y = 0.45

# id, floor, zone, zone_en, x, label, label_en
WINDOWS = [
    ("A01", "F1", "一楼公安综合服务区", "1F Public Security Area", 0.14, "户政（身份证）", "Household registration (ID cards)"),
    ("A02", "F1", "一楼公安综合服务区", "1F Public Security Area", 0.22, "户政（户口迁移、出生登记）", "Household registration (hukou)"),
    ("A03", "F1", "一楼公安综合服务区", "1F Public Security Area", 0.32, "出入境（护照、通行证）", "Exit-Entry (passports, permits)"),
    ("A04", "F1", "一楼公安综合服务区", "1F Public Security Area", 0.40, "出入境（护照、通行证）", "Exit-Entry (passports, permits)"),
    ("A05", "F1", "一楼港澳台及外籍人士服务专窗", "1F HK/Macao/Taiwan & Foreigners Desk", 0.50, "港澳台·外籍人士专窗", "HK/Macao/Taiwan & foreign nationals"),
    ("A06", "F1", "一楼来穗人员服务区", "1F Newcomers Service Area", 0.60, "来穗人员服务（居住证、积分）", "Newcomers (residence permit, points)"),
    ("A07", "F1", "一楼综合受理区", "1F General Intake", 0.70, "综合受理·证照领取", "General intake & certificate collection"),
    ("B01", "F2", "二楼人社服务区", "2F Human Resources & Social Security", 0.14, "人社（社保卡、养老）", "Social security (cards, pensions)"),
    ("B02", "F2", "二楼人社服务区", "2F Human Resources & Social Security", 0.23, "人社（就业、失业）", "Employment & unemployment"),
    ("B03", "F2", "二楼人社服务区", "2F Human Resources & Social Security", 0.32, "劳动保障监察·外国人工作许可", "Labour inspection & foreigners' work permits"),
    ("B04", "F2", "二楼医保服务区", "2F Medical Insurance", 0.45, "医保", "Medical insurance"),
    ("B05", "F2", "二楼公积金服务区", "2F Housing Provident Fund", 0.60, "公积金（提取）", "Provident fund (withdrawals)"),
    ("B06", "F2", "二楼公积金服务区", "2F Housing Provident Fund", 0.69, "公积金（贷款）", "Provident fund (loans)"),
    ("C01", "F3", "三楼企业开办区", "3F Business Start-up Area", 0.12, "市场监管（登记注册）", "Market regulation (registration)"),
    ("C02", "F3", "三楼企业开办区", "3F Business Start-up Area", 0.20, "市场监管（许可、注销）", "Market regulation (licences, deregistration)"),
    ("C03", "F3", "三楼企业开办区", "3F Business Start-up Area", 0.29, "税务", "Taxation"),
    ("C04", "F3", "三楼不动产登记区", "3F Real Estate Registration", 0.40, "不动产登记（交易、过户）", "Real estate (transfers)"),
    ("C05", "F3", "三楼不动产登记区", "3F Real Estate Registration", 0.48, "不动产登记（抵押、查档）", "Real estate (mortgage, records)"),
    ("C06", "F3", "三楼民政服务区", "3F Civil Affairs", 0.60, "民政（低保、长者服务）", "Civil affairs (assistance, seniors)"),
    ("C07", "F3", "三楼婚姻登记处", "3F Marriage Registry", 0.72, "婚姻登记", "Marriage registration"),
    ("C08", "F3", "三楼卫生健康服务区", "3F Health", 0.84, "卫生健康（生育登记、出生证）", "Health (births)"),
]

# ---------------------------------------------------------------- places
# id, name, name_en, aliases, floor, x, y, notes, notes_en, kind, link
PLACES = [
    ("PL-WC1", "一楼卫生间（含无障碍厕位）", "Toilets 1F (incl. accessible toilet)", ["洗手间", "toilet"], "F1", 0.92, 0.20,
     "一楼东侧电梯旁，男女卫生间及无障碍厕位。", "East side of 1F next to the lift; men's, women's and accessible toilets.", None, ""),
    ("PL-WC3", "三楼卫生间", "Toilets 3F", ["卫生间"], "F3", 0.92, 0.20,
     "三楼东侧，婚姻登记处对面。", "East side of 3F opposite the marriage registry.", None, ""),
    ("PL-LIFT", "电梯", "Lifts", ["升降梯", "lift"], "F1", 0.92, 0.70,
     "两部客梯通一至三楼及地下停车场，其中一部为无障碍电梯。", "Two lifts serve 1F–3F and the basement car park; one is accessible.", "lift", "lift"),
    ("PL-STAIR", "楼梯（西侧）", "Stairs (west)", ["步行梯"], "F1", 0.04, 0.70,
     "西侧楼梯通一至三楼。", "West staircase to 1F–3F.", "stairs", "stairs"),
    ("PL-PHOTO", "自助证件照拍照点", "Self-service ID photo booth", ["证件照"], "F1", 0.36, 0.85,
     "出入境窗口对面，可拍身份证、护照、通行证用照片，每次30元，支持扫码支付。身份证照片在户政窗口免费采集。",
     "Opposite the exit-entry windows; passport/permit photos 30 yuan, QR-code payment.", None, ""),
    ("PL-PRINT", "复印打印区", "Copy & print corner", ["复印", "打印"], "F1", 0.22, 0.85,
     "办事材料免费复印（每人每次20页以内），自带U盘或手机文件可打印。", "Free copying of application documents (up to 20 pages); printing from USB or phone.", None, ""),
    ("PL-SELF", "“珠岗易办”24小时自助服务区", "24-hour self-service terminals", ["自助机", "自助终端"], "F1", 0.08, 0.85,
     "设有社保、医保、公积金查询打印，港澳通行证签注，税务发票等自助终端，夜间从北门刷身份证进入。",
     "Terminals for social security, medical insurance, provident fund records, HK/Macao endorsements, tax invoices; open 24h via the north door.", None, ""),
    ("PL-EMS", "EMS证照寄递点", "EMS document mailing desk", ["EMS", "邮寄"], "F1", 0.80, 0.85,
     "证件、材料寄递，可办理证照邮寄到家，费用由寄件人自付。", "Mail documents or have certificates posted home (postage paid by you).", None, ""),
    ("PL-HELP", "导服台（帮办代办）", "Help desk", ["咨询台", "导办台"], "F1", 0.62, 0.85,
     "大厅入口处，有工作人员和志愿者提供咨询、取号指引、长者和残障人士陪同帮办，提供粤语、普通话和英语服务。",
     "At the entrance: staff and volunteers for questions, queue tickets and escorting seniors; Cantonese, Mandarin and English.", None, ""),
    ("PL-REST", "休息区（饮水点）", "Rest area & drinking water", ["饮水机", "休息区"], "F2", 0.86, 0.82,
     "二楼东侧，有座椅、冷热饮水机、充电桩和老花镜。", "East of 2F: seats, hot/cold water, phone charging and reading glasses.", None, ""),
    ("PL-BABY", "母婴室", "Mother & baby room", ["哺乳室"], "F2", 0.92, 0.20,
     "二楼东侧，设哺乳椅、护理台和温奶器。", "East of 2F with nursing chair, changing table and bottle warmer.", None, ""),
    ("PL-ACC", "无障碍入口", "Accessible entrance", ["无障碍坡道"], "F1", 0.50, 0.98,
     "南门东侧坡道入口，配有轮椅借用，可按呼叫铃请工作人员协助。", "Ramp at the south door; wheelchairs to borrow, call bell for staff help.", None, ""),
    ("PL-PARK", "地下停车场", "Underground car park", ["停车场"], "F1", 0.97, 0.95,
     "入口在岗前大道辅路，乘电梯到达B1，办事群众凭窗口盖章停车券免费停2小时。",
     "Entrance from the Gangqian Avenue side road, lift to B1; 2 hours free with a stamped ticket from any window.", None, ""),
]


def M(name, original=True, copies=0, required=True, note="", name_en=""):
    d = {"name": name, "original": original, "copies": copies, "required": required}
    if note:
        d["note"] = note
    if name_en:
        d["name_en"] = name_en
    return d


IDC = M("本人居民身份证", name_en="Resident ID card")
HKB = M("居民户口簿", name_en="Household register (hukou booklet)")
PHOTO_RECEIPT = M("数码相片回执", required=False, note="可在窗口现场免费采集或到自助拍照点拍摄")

SERVICES = []


def S(id, name, name_en, dept, windows, prefix, aliases, summary, conditions, materials,
      time_limit="", fee="不收费", notes="", summary_en="", online=ONLINE, appointment="",
      fee_en="", time_limit_en="", notes_en="", conditions_en=None, hours=None, hours_en=None, online_en=""):
    d = {"id": id, "name": name, "name_en": name_en, "department": dept, "aliases": aliases,
         "summary": summary, "conditions": conditions, "materials": materials, "windows": windows,
         "queue_prefix": prefix, "time_limit": time_limit, "fee": fee, "online": online,
         "appointment": appointment, "notes": notes, "updated": UPD}
    if summary_en:
        d["summary_en"] = summary_en
    if fee_en:
        d["fee_en"] = fee_en
    if time_limit_en:
        d["time_limit_en"] = time_limit_en
    if notes_en:
        d["notes_en"] = notes_en
    if conditions_en:
        d["conditions_en"] = conditions_en
    if online == ONLINE:
        d["online_en"] = ONLINE_EN
    elif online_en:
        d["online_en"] = online_en
    if hours:
        d["hours"] = hours
        d["hours_en"] = hours_en or ""
    SERVICES.append(d)


DEPTS = [
    ("D-HZ", "区公安分局户政", "Household Registration (Public Security)"),
    ("D-CRJ", "区公安分局出入境", "Exit and Entry Administration"),
    ("D-LS", "区来穗人员服务管理局", "Newcomers Service Bureau"),
    ("D-RS", "区人力资源和社会保障局", "Human Resources and Social Security Bureau"),
    ("D-YB", "区医疗保障局", "Healthcare Security Bureau"),
    ("D-GJJ", "广州住房公积金管理中心珠岗办事处", "Housing Provident Fund, Zhugang Office"),
    ("D-SJ", "区市场监督管理局", "Market Regulation Bureau"),
    ("D-SW", "国家税务总局广州市珠岗区税务局", "Zhugang District Tax Bureau"),
    ("D-BDC", "区不动产登记中心", "Real Estate Registration Centre"),
    ("D-MZ", "区民政局", "Civil Affairs Bureau"),
    ("D-WJ", "区卫生健康局", "Health Commission"),
]

# ================================================================ 户政
S("HZ-ID-NEW", "居民身份证首次申领", "First application for a resident ID card", "D-HZ", ["A01"], "H",
  ["身份证首次申领", "初次办证"],
  "年满十六周岁的公民应申领居民身份证，未满十六周岁的可以自愿申领；由监护人陪同办理。",
  ["本区常住户口", "未满十六周岁的须监护人陪同"],
  [HKB, M("监护人居民身份证", required=False, note="未满十六周岁申领时提供"), PHOTO_RECEIPT],
  time_limit="20个工作日", fee="20元",
  notes="现场采集指纹和相片；可选择EMS邮寄到家。")
S("HZ-ID-RENEW", "居民身份证有效期满换领", "Renewing a resident ID card on expiry", "D-HZ", ["A01"], "H",
  ["身份证换领"],
  "身份证有效期满前三个月内可申请换领，已过期的也可直接换领。外省户籍人员可在本窗口异地换领。",
  ["身份证有效期将满（三个月内）或已过期"],
  [M("原居民身份证", name_en="Old ID card"), M("居民户口簿", required=False, note="本市户籍提供"), PHOTO_RECEIPT],
  time_limit="本市户籍20个工作日；跨省异地办理30个工作日", fee="20元",
  notes="换领期间原证可继续使用至新证领取时。")
S("HZ-ID-LOST", "居民身份证遗失补领", "Replacing a lost resident ID card", "D-HZ", ["A01"], "H",
  ["身份证补领", "身份证挂失"],
  "身份证丢失、被盗或严重损坏无法辨认的，可申请补领，同时办理挂失。",
  ["身份证遗失、被盗或损坏"],
  [HKB, PHOTO_RECEIPT, M("损坏的原证", required=False, note="损坏换领时交回")],
  time_limit="20个工作日；跨省异地办理30个工作日", fee="40元（损坏换领20元）",
  notes="急用可同时申请临时身份证。外省户籍可凭身份证号码核验异地补领。")
S("HZ-ID-TEMP", "临时居民身份证申领", "Temporary resident ID card", "D-HZ", ["A01"], "H",
  ["临时身份证"],
  "正在申领、换领、补领居民身份证期间，急需使用的，可申领临时居民身份证，有效期三个月。",
  ["已受理居民身份证申领、换领或补领"],
  [HKB, M("居民身份证受理回执"), M("一寸白底彩色照片", copies=2, required=False, note="窗口可现场拍摄")],
  time_limit="本市户籍即时办结；外省户籍3个工作日", fee="10元",
  notes="乘坐火车、飞机也可在车站、机场派出所办理临时乘车（机）身份证明。")
S("HZ-HK-RELY", "投靠亲属户口迁入", "Moving hukou in to join relatives", "D-HZ", ["A02"], "H",
  ["夫妻投靠", "父母投靠子女", "子女投靠父母"],
  "符合夫妻投靠、子女投靠父母、老人投靠子女等政策的，可申请将户口迁入本区亲属户内。",
  ["夫妻投靠：结婚满二年或育有子女", "老人投靠：男满60周岁、女满55周岁，且本地子女有合法住所", "未成年子女投靠父母"],
  [M("申请人及被投靠人居民身份证、户口簿", copies=1), M("结婚证或亲属关系证明", copies=1),
   M("合法固定住所证明（不动产权证或购房合同）", copies=1), M("户口迁入申请表")],
  time_limit="15个工作日", fee="不收费",
  notes="审批通过后发《准予迁入证明》，实行跨省迁移“一站式”办理，申请人无需回原籍开迁移证。")
S("HZ-HK-OUT", "户口迁出", "Moving hukou out of the district", "D-HZ", ["A02"], "H",
  ["户口迁移证", "迁出登记"],
  "本区户籍人员因升学、投靠等迁往外地的，凭迁入地准迁证明办理迁出；已实行“一站式”迁移的地区由迁入地直接办理。",
  ["已取得迁入地准迁手续"],
  [IDC, HKB, M("准予迁入证明", note="迁入地已联网的无需提供")],
  time_limit="即时办结", fee="不收费")
S("HZ-HK-BIRTH", "出生登记（新生儿入户）", "Birth registration (newborn hukou)", "D-HZ", ["A02"], "H",
  ["出生入户", "新生儿报户口"],
  "新生儿出生后，由父母一方持出生医学证明到户口所在地申报出生登记；可随父或随母落户。",
  ["父母一方为本区户籍"],
  [M("出生医学证明", name_en="Medical birth certificate"), M("父母双方居民身份证、户口簿"), M("父母结婚证", required=False, note="非婚生育的提供相关说明")],
  time_limit="即时办结", fee="不收费",
  notes="建议出生后一个月内申报。可与医保参保、社保卡申领“出生一件事”联办。")
S("HZ-HK-DEATH", "死亡人员户口注销", "Cancelling hukou after a death", "D-HZ", ["A02"], "H",
  ["死亡注销", "销户"],
  "户籍人员死亡后，由亲属持死亡证明到户籍窗口注销户口，交回身份证。",
  ["户籍人员已死亡"],
  [M("居民死亡医学证明（推断）书或火化证明"), M("死者居民身份证、户口簿"), M("申报人居民身份证")],
  time_limit="即时办结", fee="不收费",
  notes="可同步办理社保待遇停发、丧葬补助金申领等“身后一件事”联办。")

# ================================================================ 出入境
S("CRJ-PP-APPLY", "普通护照申领（首次、换发）", "Ordinary passport (first issue or renewal)", "D-CRJ", ["A03", "A04"], "C",
  ["护照申领", "护照换发"],
  "中国内地居民首次申请或因有效期将满、签证页用完等换发普通护照，全国通办。",
  ["中国内地居民", "换发：原护照有效期不足6个月或签证页将用完"],
  [IDC, M("原护照", required=False, note="换发时提供"), M("出入境证件数码照片回执", note="可在自助证件照拍照点拍摄"),
   M("国家工作人员备案证明", required=False, note="登记备案人员提供")],
  time_limit="7个工作日", fee="120元",
  notes="未满16周岁由监护人陪同并提供出生医学证明或户口簿。可选择邮寄。",
  summary_en="Chinese mainland residents only; apply anywhere in China.")
S("CRJ-PP-LOST", "普通护照遗失补发", "Replacing a lost ordinary passport", "D-CRJ", ["A03", "A04"], "C",
  ["护照补发"],
  "护照在境内遗失、被盗的，先作报失，再申请补发；原护照声明作废。",
  ["护照在境内遗失或被盗"],
  [IDC, M("出入境证件数码照片回执"), M("护照报失证明", note="可在窗口当场办理报失")],
  time_limit="7个工作日", fee="120元",
  notes="在境外丢失的须向驻外使领馆申请旅行证。")
S("CRJ-HKMO-PERMIT", "往来港澳通行证申领", "Exit-Entry Permit for travelling to Hong Kong and Macao", "D-CRJ", ["A03", "A04"], "C",
  ["港澳通行证办理", "港澳证换发"],
  "内地居民首次申请、证件到期换发或遗失补发往来港澳通行证（电子证件），可同时申请签注。",
  ["内地居民"],
  [IDC, M("出入境证件数码照片回执"), M("原通行证", required=False, note="换发时交回")],
  time_limit="7个工作日", fee="60元（签注另计）")
S("CRJ-HKMO-ENDORSE", "往来港澳通行证再次签注", "Re-endorsement of the Hong Kong/Macao permit", "D-CRJ", ["A03", "A04"], "C",
  ["港澳签注", "续签注"],
  "持有效电子往来港澳通行证的，可申请团队旅游、个人旅游、商务、探亲等签注。",
  ["持有效期内的电子往来港澳通行证"],
  [M("往来港澳通行证"), M("居民身份证", required=False)],
  time_limit="个人旅游签注即时办结（自助机）；其他签注7个工作日", fee="一次有效15元，二次有效30元",
  notes="一楼“珠岗易办”自助服务区可自助签注，自助签注当场生效。")
S("CRJ-TW-PERMIT", "往来台湾通行证及签注", "Mainland Travel Permit for Taiwan and endorsements", "D-CRJ", ["A03", "A04"], "C",
  ["台湾通行证"],
  "内地居民申请往来台湾通行证及探亲、商务、学习等签注。",
  ["内地居民，签注需有相应事由证明"],
  [IDC, M("出入境证件数码照片回执"), M("签注事由证明材料", required=False, note="探亲、商务等签注提供")],
  time_limit="7个工作日", fee="通行证60元，签注15元/次")
S("CRJ-HKMO-RESPERMIT", "港澳居民居住证申领", "Residence Permit for Hong Kong and Macao Residents", "D-CRJ", ["A05"], "C",
  ["港澳居住证"],
  "港澳居民在内地居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可申领港澳居民居住证。",
  ["在内地居住半年以上", "有合法稳定就业、住所或就读之一"],
  [M("港澳居民来往内地通行证", name_en="Mainland Travel Permit for HK and Macao Residents"),
   M("居住地住址证明（租赁合同登记凭证、房产证或单位证明）", copies=1), M("就业、就读证明", required=False)],
  time_limit="20个工作日", fee="首次申领不收费；换领、补领20元",
  notes="领证后可凭居住证号码在内地办理银行、社保、医保、公积金等业务。",
  summary_en="For Hong Kong and Macao residents who have lived in the mainland for six months or more.",
  time_limit_en="20 working days")
S("CRJ-HKMO-RETURN", "港澳居民来往内地通行证（一次有效）签发", "One-time Mainland Travel Permit for HK/Macao residents", "D-CRJ", ["A05"], "C",
  ["一次有效回乡证"],
  "港澳居民在内地期间通行证遗失、被盗或过期的，可申请签发一次有效的港澳居民来往内地通行证，用于返回港澳。",
  ["港澳居民在内地期间证件遗失、被盗、损毁或过期"],
  [M("香港或澳门永久性/非永久性居民身份证"), M("遗失情况说明或报失回执"), M("近期彩色证件照片", copies=2)],
  time_limit="3个工作日", fee="不收费",
  notes="本证件仅供返回港澳使用，返港澳后请向中国旅行社申请补发多次有效通行证。",
  summary_en="For HK/Macao residents whose travel permit was lost in the mainland: a one-time permit to go back.")
S("CRJ-FOREIGN-VISA", "外国人签证、居留许可延期及换发", "Visa extension and residence permits for foreigners", "D-CRJ", ["A05"], "C",
  ["签证延期", "居留许可"],
  "在华外国人申请签证延期、换发、补发，以及工作类、团聚类、私人事务类居留许可。",
  ["持有效护照和签证或居留许可", "在签证或居留许可有效期届满7日前申请"],
  [M("有效护照", name_en="Valid passport"), M("外国人签证证件申请表", name_en="Application form"),
   M("境外人员住宿登记表", name_en="Accommodation registration form", note="住宾馆以外地方的须先到住地派出所登记"),
   M("事由证明材料", name_en="Supporting documents (work permit, marriage certificate, etc.)")],
  time_limit="7个工作日", fee="按签证类别收费，160元至1000元不等",
  fee_en="160–1000 yuan depending on type", time_limit_en="7 working days",
  summary_en="Visa extensions, residence permits for work, family reunion or private affairs for foreign nationals in China.",
  conditions_en=["Valid passport and visa/residence permit", "Apply at least 7 days before expiry"],
  notes="提供英语服务；逾期居留的须先到公安机关接受处理。", notes_en="English service available. Overstays must first be dealt with by the police.",
  online="")

# ================================================================ 来穗
S("LS-RP-APPLY", "广东省居住证申领", "Guangdong residence permit application", "D-LS", ["A06"], "L",
  ["居住证申领"],
  "非本市户籍人员在本区居住半年以上，有合法稳定就业、合法稳定住所或连续就读之一的，可申领广东省居住证。",
  ["已办理居住登记满半年", "符合就业、住所、就读条件之一"],
  [IDC, M("居住登记凭证或出租屋登记信息", note="可由房东或单位在系统办理"), M("劳动合同、营业执照或就读证明之一", copies=1), PHOTO_RECEIPT],
  time_limit="10个工作日", fee="不收费",
  notes="居住证每年签注一次。随迁子女入学、积分入户等需提供居住证。")
S("LS-RP-ENDORSE", "居住证签注", "Annual endorsement of the residence permit", "D-LS", ["A06"], "L",
  ["居住证续期"],
  "居住证持证人每满一年须办理签注，逾期未签注的居住证暂停使用，补签后连续居住年限重新计算。",
  ["持有广东省居住证", "仍在本区居住"],
  [M("广东省居住证"), IDC],
  time_limit="即时办结", fee="不收费",
  notes="可在“穗捷办”App自助签注，也可在自助服务区办理。")
S("LS-POINTS", "来穗人员积分制入户申请", "Points-based hukou application for newcomers", "D-LS", ["A06"], "L",
  ["积分入户"],
  "持有效居住证、在本市缴纳社保满规定年限的来穗人员，可按积分分值申请入户，每年集中受理一次。",
  ["持有效广东省居住证", "在本市连续缴纳社会保险满4年", "年龄不超过45周岁"],
  [IDC, M("广东省居住证"), M("学历证书、职业资格证书", copies=1, required=False), M("社保缴费证明", note="可在自助机打印")],
  time_limit="以当年受理公告为准", fee="不收费",
  notes="积分申请按年度公告开放，请留意区政府网站通知。")

# ================================================================ 人社
S("RS-SSC-APPLY", "社会保障卡申领", "Applying for a social security card", "D-RS", ["B01"], "R",
  ["社保卡申领", "第三代社保卡"],
  "参保人员首次申领第三代社会保障卡（金融卡），也可申领电子社保卡。",
  ["已在本市参加社会保险或办理参保登记"],
  [IDC, PHOTO_RECEIPT, M("监护人身份证", required=False, note="未成年人申领提供")],
  time_limit="即时制卡（合作银行网点）；窗口申领10个工作日", fee="首次申领不收费",
  notes="港澳台居民、外国人可凭居住证、护照或外国人永久居留身份证申领。")
S("RS-SSC-REPLACE", "社会保障卡挂失补换", "Reporting loss of / replacing a social security card", "D-RS", ["B01"], "R",
  ["社保卡补办", "社保卡挂失", "社保卡换卡"],
  "社保卡遗失先办理挂失，再申请补卡；卡片损坏、信息变更可申请换卡。",
  ["社保卡遗失、损坏或需换卡"],
  [IDC, M("原社保卡", required=False, note="换卡时交回")],
  time_limit="即时挂失；补换卡10个工作日", fee="补卡20元，损坏换卡免费",
  notes="可拨打12333或在“穗捷办”App先行临时挂失。")
S("RS-UNEMP", "失业保险金申领", "Claiming unemployment insurance benefit", "D-RS", ["B02"], "R",
  ["失业金申领", "失业登记"],
  "非因本人意愿中断就业、已办理失业登记且缴纳失业保险满一年的，可申领失业保险金。",
  ["非因本人意愿中断就业", "参加失业保险并缴费满1年", "已办理失业登记并有求职要求"],
  [IDC, M("社会保障卡"), M("解除或终止劳动关系证明", copies=1)],
  time_limit="10个工作日", fee="不收费",
  notes="申领期间由失业保险基金代缴基本医疗保险费。")
S("RS-PENSION", "基本养老保险待遇申领（退休）", "Claiming a basic pension on retirement", "D-RS", ["B01"], "R",
  ["退休申报", "养老金申领"],
  "达到法定退休年龄、累计缴费满15年的参保人，可申领按月领取基本养老金。",
  ["达到法定退休年龄", "累计缴费年限满15年（或按规定延长缴费）"],
  [IDC, M("社会保障卡"), M("人事档案", required=False, note="企业职工由单位或存档机构提交")],
  time_limit="15个工作日", fee="不收费",
  notes="城乡居民养老保险待遇申领也在本窗口办理。")
S("RS-PENSION-TRANSFER", "基本养老保险关系转移接续", "Transferring basic pension insurance between provinces", "D-RS", ["B01"], "R",
  ["养老保险转移", "社保转移"],
  "参保人跨省、跨市流动就业的，向新参保地申请转入养老保险关系及个人账户资金。",
  ["在原参保地已缴纳养老保险", "已在本市参保"],
  [IDC, M("参保缴费凭证", required=False, note="原参保地开具，已联网的无需提供")],
  time_limit="45个工作日", fee="不收费",
  notes="可通过国家社会保险公共服务平台或掌上12333申请。")
S("RS-FLEX-INSURE", "灵活就业人员参保登记", "Social insurance enrolment for flexible workers", "D-RS", ["B02"], "R",
  ["个人参保", "灵活就业参保"],
  "无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就业人员，可按个人身份参加养老、医疗保险。",
  ["年满16周岁、未达法定退休年龄", "未在单位参保"],
  [IDC, M("社会保障卡", required=False)],
  time_limit="即时办结", fee="不收费（社保费按月缴纳）",
  notes="外省户籍人员持居住证也可以灵活就业身份参保。")
S("RS-WAGE-COMPLAINT", "劳动保障监察投诉（拖欠工资）", "Labour inspection complaint (unpaid wages)", "D-RS", ["B03"], "R",
  ["欠薪投诉", "劳动监察投诉"],
  "用人单位拖欠、克扣工资，不依法签订劳动合同、不缴社保等违法行为，劳动者可向劳动保障监察机构投诉举报。",
  ["用人单位在本区", "投诉事项发生在两年内"],
  [IDC, M("劳动关系证明（劳动合同、工牌、工资条、考勤记录等）", copies=1, required=False), M("投诉书", note="窗口可代填")],
  time_limit="受理后60个工作日内处理", fee="不收费",
  notes="属劳动争议（如经济补偿、解除合同）的，请到区劳动人事争议仲裁院申请仲裁。")
S("RS-FOREIGN-WORK", "外国人来华工作许可", "Work permit for foreigners in China", "D-RS", ["B03"], "R",
  ["外国人工作许可证"],
  "用人单位为聘用的外国人申请外国人来华工作许可通知及工作许可证（受区科技局委托受理）。",
  ["用人单位依法设立", "外国人具备岗位所需学历、工作经历，无犯罪记录，身体健康"],
  [M("有效护照", name_en="Valid passport"), M("劳动合同或聘用意向书", name_en="Employment contract"),
   M("最高学位证书（经认证）", name_en="Authenticated degree certificate"), M("无犯罪记录证明（经认证）", name_en="Authenticated criminal record certificate"),
   M("体检证明", name_en="Medical check certificate"), M("2寸近期正面免冠照片", name_en="Recent photo")],
  time_limit="10个工作日", fee="不收费",
  summary_en="Employers apply online for a work permit for the foreign employee; documents are checked here.",
  online="须先由用人单位在外国人来华工作管理服务系统网上申报", online_en="The employer first files the application online in the Foreigner's Work Management System.",
  notes="个人不能自行申请；在华工作许可办妥后须在30日内申请工作类居留许可。",
  notes_en="Individuals cannot apply themselves; after the permit, apply for a work-type residence permit within 30 days.")

# ================================================================ 医保
S("YB-RESIDENT-ENROL", "城乡居民基本医疗保险参保登记", "Enrolment in urban/rural residents' medical insurance", "D-YB", ["B04"], "Y",
  ["居民医保参保", "少儿医保"],
  "本市户籍或持居住证的非从业人员、学生儿童、新生儿等，可参加城乡居民医保，按年度缴费。",
  ["本市户籍，或持本市居住证，或在本市就读的学生", "未参加职工医保"],
  [IDC, M("居民户口簿或居住证", note="新生儿提供出生医学证明")],
  time_limit="即时办结", fee="按年度缴费标准缴纳",
  notes="集中缴费期一般为每年9月至12月；新生儿出生后3个月内参保可享受出生之日起待遇。")
S("YB-REMOTE-FILING", "异地就医备案", "Registration for medical treatment outside Guangzhou", "D-YB", ["B04"], "Y",
  ["异地备案", "异地就医登记"],
  "长期在外地居住、工作或转外就医的参保人，办理备案后可在就医地直接结算。",
  ["本市基本医疗保险参保人", "异地长期居住、常驻工作或经医院转诊"],
  [IDC, M("社会保障卡"), M("异地居住或工作证明", required=False, note="个人承诺制可不提供")],
  time_limit="即时办结", fee="不收费",
  notes="可通过国家医保服务平台App自助备案；临时外出急诊也可补办备案。")
S("YB-CLAIM", "零星医疗费用报销", "Reimbursement of medical expenses paid in full", "D-YB", ["B04"], "Y",
  ["手工报销", "医疗费报销"],
  "因急诊、未备案异地就医、未能刷卡等原因全额垫付医疗费用的，可申请报销。",
  ["参保期间发生的医疗费用", "费用发生之日起两年内申请"],
  [M("社会保障卡或身份证"), M("医疗费用收据（原件）"), M("费用明细清单"), M("出院小结或门诊病历", copies=1)],
  time_limit="20个工作日", fee="不收费",
  notes="报销款转入社保卡银行账户。")
S("YB-CHRONIC", "门诊特定病种待遇认定", "Eligibility for outpatient specified-disease benefits", "D-YB", ["B04"], "Y",
  ["门特", "门慢"],
  "患有高血压、糖尿病、恶性肿瘤等门诊特定病种的参保人，经认定后门诊费用按住院标准报销。",
  ["本市医保参保人", "经定点医院诊断符合门诊特定病种标准"],
  [M("社会保障卡"), M("门诊特定病种申请表（医院盖章）"), M("诊断证明及相关检查报告", copies=1)],
  time_limit="10个工作日", fee="不收费",
  notes="多数定点医院可直接办理认定，无需到窗口。")
S("YB-MATERNITY", "生育津贴申领", "Claiming maternity allowance", "D-YB", ["B04"], "Y",
  ["生育津贴", "生育保险待遇"],
  "参加职工生育保险的女职工生育或流产后，可申领生育津贴（一般由用人单位代为申报）。",
  ["参加职工生育保险", "生育前连续缴费满规定月数"],
  [IDC, M("出生医学证明或医院诊断证明", copies=1), M("单位申报表", note="单位代办时提供")],
  time_limit="15个工作日", fee="不收费",
  notes="灵活就业人员不享受生育津贴，但可报销部分生育医疗费用。")

# ================================================================ 公积金
GJJ_COMMON = [IDC, M("本人银行储蓄卡（一类账户）", note="公积金转入该卡")]
S("GJJ-WD-PURCHASE", "购买自住住房提取住房公积金", "Provident fund withdrawal for buying a home", "D-GJJ", ["B05"], "G",
  ["购房提取"],
  "职工及配偶在本市或户籍地购买自住住房的，可在购房后三年内提取住房公积金。",
  ["购买本市或户籍所在地自住住房", "购房之日起三年内"],
  GJJ_COMMON + [M("购房合同及购房发票或不动产权证书", copies=1), M("结婚证", required=False, note="提取配偶公积金时提供")],
  time_limit="3个工作日", fee="不收费")
S("GJJ-WD-RENT", "租赁住房提取住房公积金", "Provident fund withdrawal for paying rent", "D-GJJ", ["B05"], "G",
  ["租房提取"],
  "职工本人及配偶在本市无自有住房且租房居住的，可按月或按年提取住房公积金支付房租。",
  ["本人及配偶在本市无自有住房", "正常缴存公积金"],
  GJJ_COMMON + [M("房屋租赁合同登记备案证明", required=False, note="按实际租金提取时提供")],
  time_limit="即时办结", fee="不收费",
  notes="按月租提取每月最高限额按当年公布标准执行。多数职工可在App自助办理。")
S("GJJ-WD-LOAN", "偿还住房贷款提取住房公积金", "Provident fund withdrawal for repaying a mortgage", "D-GJJ", ["B05"], "G",
  ["还贷提取"],
  "职工偿还自住住房商业贷款或公积金贷款本息的，可提取住房公积金，可签约按月对冲还贷。",
  ["有正在偿还的自住住房贷款"],
  GJJ_COMMON + [M("借款合同", copies=1), M("银行还款明细", required=False)],
  time_limit="3个工作日", fee="不收费")
S("GJJ-WD-LEAVE", "离职或户口迁出本市提取住房公积金", "Provident fund withdrawal on leaving Guangzhou", "D-GJJ", ["B05"], "G",
  ["离职提取", "销户提取"],
  "非本市户籍职工与单位终止劳动关系且离开本市、或户口迁出本市的，可申请提取公积金并销户。",
  ["非本市户籍职工与单位解除劳动关系并封存满半年，或户口迁出本市", "未在异地继续缴存"],
  GJJ_COMMON + [M("解除劳动合同证明或户口迁出证明", copies=1)],
  time_limit="3个工作日", fee="不收费",
  notes="在异地重新就业的，建议办理公积金异地转移接续，而不是提取。")
S("GJJ-WD-RETIRE", "离休、退休提取住房公积金", "Provident fund withdrawal on retirement", "D-GJJ", ["B05"], "G",
  ["退休提取"],
  "职工办理离休、退休手续后，可一次性提取住房公积金账户全部余额并销户。",
  ["已办理离退休手续"],
  GJJ_COMMON + [M("退休证或养老保险待遇核定表", copies=1)],
  time_limit="即时办结", fee="不收费")
S("GJJ-LOAN", "住房公积金个人住房贷款申请", "Provident fund housing loan application", "D-GJJ", ["B06"], "G",
  ["公积金贷款"],
  "连续足额缴存公积金满6个月的职工，购买、建造、翻建、大修自住住房时，可申请公积金贷款。",
  ["连续足额缴存满6个月", "有稳定收入和还款能力", "首付款比例符合规定"],
  [M("借款人及配偶身份证、户口簿、婚姻状况证明"), M("购房合同及首付款凭证", copies=1), M("收入证明"), M("贷款申请表")],
  time_limit="审批15个工作日", fee="不收费",
  appointment="建议在“穗捷办”App提前预约面签")

# ================================================================ 市场监管
S("SJ-INDIV-SETUP", "个体工商户设立登记", "Registering an individual business (getihu)", "D-SJ", ["C01"], "S",
  ["个体户登记", "个体执照"],
  "个人或家庭从事工商业经营的，申请个体工商户营业执照。",
  ["有经营能力的公民", "有固定经营场所"],
  [M("经营者居民身份证（港澳居民提供港澳居民居住证或通行证）"), M("经营场所使用证明（租赁合同或房产证）", copies=1), M("个体工商户设立登记申请书")],
  time_limit="1个工作日", fee="不收费",
  notes="从事餐饮等须许可的行业，另需申请食品经营许可。")
S("SJ-COMPANY-SETUP", "有限责任公司设立登记（企业开办）", "Setting up a limited company", "D-SJ", ["C01"], "S",
  ["公司注册", "企业开办"],
  "内资有限责任公司设立登记，可“一网通办”同步完成公章刻制、税务信息确认、社保登记和银行预约开户。",
  ["有符合章程规定的股东和注册资本", "有公司名称和住所"],
  [M("公司登记（备案）申请书"), M("公司章程"), M("股东主体资格证明", copies=1), M("住所使用证明", copies=1), M("法定代表人、董事、监事任职文件")],
  time_limit="0.5个工作日（材料齐全）", fee="不收费（首套印章免费刻制）",
  notes="名称自主申报；推荐先在网上填报后到窗口领照。")
S("SJ-FOREIGN-SETUP", "外商投资企业设立登记", "Registering a foreign-invested enterprise", "D-SJ", ["C01"], "S",
  ["外资公司注册", "外商投资企业登记"],
  "外国投资者或港澳台投资者在本区设立有限责任公司等外商投资企业。",
  ["投资者主体资格经公证认证", "不属于外商投资准入负面清单禁止领域"],
  [M("公司登记申请书"), M("公司章程"), M("投资者主体资格证明（经公证认证或附件证明）", name_en="Notarised/authenticated proof of investor status"),
   M("法定代表人护照复印件", copies=1, name_en="Copy of legal representative's passport"), M("住所使用证明", copies=1, name_en="Proof of office address")],
  time_limit="3个工作日", fee="不收费",
  summary_en="Company registration for foreign or Hong Kong/Macao/Taiwan investors.",
  notes="设立后同步报送外商投资信息报告，无需另行商务备案。可提供英语咨询。",
  notes_en="Foreign investment information report is filed at the same time; English consultation available.")
S("SJ-CHANGE", "企业（个体工商户）变更登记", "Change of business registration details", "D-SJ", ["C01", "C02"], "S",
  ["变更登记", "执照变更"],
  "企业或个体工商户名称、住所、经营范围、法定代表人、注册资本、股东等事项变更。",
  ["已依法登记的经营主体"],
  [M("变更登记申请书"), M("营业执照正副本"), M("变更事项相关证明（股东会决议、新住所证明等）", copies=1)],
  time_limit="1个工作日", fee="不收费")
S("SJ-CANCEL", "企业（个体工商户）注销登记", "Deregistration of a business", "D-SJ", ["C02"], "S",
  ["注销登记", "简易注销"],
  "经营主体决定解散或停止经营的，办理注销登记；未发生债权债务的可申请简易注销。",
  ["已清算完毕或符合简易注销条件", "已结清税款（税务清税）"],
  [M("注销登记申请书"), M("营业执照正副本"), M("清算报告或全体投资人承诺书"), M("清税证明", required=False, note="已共享的无需提供")],
  time_limit="简易注销公示期20天后1个工作日办结", fee="不收费")
S("SJ-FOOD-LICENSE", "食品经营许可", "Food business licence", "D-SJ", ["C02"], "S",
  ["食品经营许可证", "餐饮许可"],
  "从事食品销售、餐饮服务的经营主体，须取得食品经营许可证；仅销售预包装食品的办理备案。",
  ["已取得营业执照", "有与经营相适应的场所、设备和食品安全管理制度"],
  [M("食品经营许可申请书"), M("营业执照", copies=1), M("经营场所平面图和设备布局图", copies=1), M("食品安全管理制度")],
  time_limit="10个工作日（含现场核查）", fee="不收费")

# ================================================================ 税务
S("SW-INVOICE", "代开增值税发票", "Issuing VAT invoices on behalf of taxpayers", "D-SW", ["C03"], "T",
  ["代开发票"],
  "自然人或未开通数电发票的纳税人，发生应税行为需要发票的，可申请代开增值税发票。",
  ["发生应税销售行为"],
  [IDC, M("合同或交易证明", copies=1)],
  time_limit="即时办结", fee="不收费（按规定缴纳税款）",
  notes="自然人小额代开可在一楼自助机或电子税务局App办理。")
S("SW-IIT-SETTLE", "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation", "D-SW", ["C03"], "T",
  ["个税汇算", "个税退税"],
  "居民个人在次年3月1日至6月30日办理上一年度综合所得汇算清缴，多退少补。",
  ["取得工资薪金、劳务报酬等综合所得"],
  [IDC, M("收入及扣除相关资料", required=False)],
  time_limit="即时受理", fee="不收费",
  notes="首选“个人所得税”App自行办理；窗口提供辅导。")
S("SW-TAX-CERT", "开具个人所得税纳税记录（完税证明）", "Individual income tax payment records", "D-SW", ["C03"], "T",
  ["纳税证明", "个税记录"],
  "纳税人可开具个人所得税纳税记录，用于购房、落户、签证等。",
  ["已在本地申报缴纳个人所得税"],
  [IDC],
  time_limit="即时办结", fee="不收费",
  notes="“个人所得税”App可自助开具，带二维码可验真。")
S("SW-NEW-TAXPAYER", "新办纳税人涉税事项（税务信息确认、发票领用）", "Tax set-up for new businesses", "D-SW", ["C03"], "T",
  ["新办纳税人", "税务登记"],
  "新开办企业和个体户确认税务登记信息、税费种认定、开通数电发票等。",
  ["已取得营业执照"],
  [M("营业执照", copies=1), M("法定代表人或经办人身份证"), M("银行账户信息")],
  time_limit="即时办结", fee="不收费")

# ================================================================ 不动产
S("BDC-NEWHOME", "新建商品房转移登记", "Title registration for a newly built home", "D-BDC", ["C04"], "D",
  ["一手房办证", "新房转移登记"],
  "购买开发商新建商品房的，交楼后由开发商与买受人共同申请转移登记，领取不动产权证书。",
  ["开发商已办理首次登记", "已缴纳契税"],
  [M("买受人身份证、户口簿、婚姻状况证明"), M("商品房买卖合同"), M("契税完税凭证"), M("不动产登记申请书")],
  time_limit="5个工作日", fee="登记费80元，证书工本费10元")
S("BDC-RESALE", "二手房转移登记（买卖）", "Title transfer for resale housing", "D-BDC", ["C04"], "D",
  ["二手房买卖登记", "存量房过户"],
  "存量房买卖双方到场，实行“交易、缴税、登记”一窗受理，办理转移登记。",
  ["买卖双方签订存量房买卖合同并网签", "房屋无查封"],
  [M("买卖双方身份证、户口簿、婚姻状况证明"), M("不动产权证书（房产证）"), M("存量房买卖合同"), M("不动产登记申请书")],
  time_limit="3个工作日", fee="登记费80元，证书工本费10元；税费按规定缴纳",
  notes="买卖双方须本人到场或持公证委托书；有抵押的须先还清贷款注销抵押。")
S("BDC-MORTGAGE", "不动产抵押登记（设立、注销）", "Mortgage registration and discharge", "D-BDC", ["C05"], "D",
  ["抵押登记", "注销抵押"],
  "以房屋向银行贷款的办理抵押权首次登记，还清贷款后办理抵押注销登记。",
  ["已签订抵押合同或已清偿债务"],
  [M("抵押人身份证"), M("不动产权证书"), M("抵押合同或银行出具的解押证明"), M("不动产登记申请书")],
  time_limit="1个工作日", fee="设立登记80元，注销不收费",
  notes="多数银行可在网点直接代办抵押及注销登记。")
S("BDC-INHERIT", "继承、受遗赠不动产转移登记", "Transfer of real estate by inheritance", "D-BDC", ["C04"], "D",
  ["继承过户"],
  "因继承、受遗赠取得房屋的，办理转移登记，可凭继承公证书或由全部继承人到场申请。",
  ["被继承人死亡", "继承人之间无争议"],
  [M("被继承人死亡证明"), M("亲属关系证明"), M("继承公证书或全部继承人到场签署的材料"), M("不动产权证书")],
  time_limit="公示15个工作日后5个工作日办结", fee="登记费80元",
  notes="继承人有争议的须先通过诉讼解决。")
S("BDC-RECORDS", "不动产登记资料查询", "Searching real estate registration records", "D-BDC", ["C05"], "D",
  ["查档", "房产证明"],
  "权利人可查询本人名下不动产登记结果，出具不动产登记信息查询结果证明（俗称无房证明、有房证明）。",
  ["权利人本人或其委托代理人"],
  [IDC, M("授权委托书", required=False, note="委托查询时提供")],
  time_limit="即时办结", fee="不收费",
  notes="自助服务区可自助打印本人名下查询结果。")

# ================================================================ 民政
S("MZ-MARRY", "内地居民结婚登记", "Marriage registration (mainland residents)", "D-MZ", ["C07"], "M",
  ["结婚登记"],
  "男女双方共同到场申请结婚登记，实行全国通办，凭双方身份证即可办理。",
  ["男满22周岁、女满20周岁", "双方均无配偶", "非直系血亲和三代以内旁系血亲"],
  [M("双方居民身份证"), M("双方近期半身免冠合影2寸照片", copies=3, note="可在登记处现场拍摄")],
  time_limit="即时办结", fee="不收费",
  appointment="建议在“粤省事”或“穗捷办”提前预约登记时间，520、七夕等热门日子需预约",
  notes="提供免费颁证服务，可邀请亲友观礼。")
S("MZ-DIVORCE", "内地居民离婚登记", "Divorce registration (mainland residents)", "D-MZ", ["C07"], "M",
  ["离婚登记"],
  "自愿离婚的夫妻双方共同到场申请，递交申请后有30日离婚冷静期，期满后30日内双方再到场领证。",
  ["双方自愿离婚并对子女抚养、财产分割达成一致", "在内地登记结婚"],
  [M("双方居民身份证、户口簿"), M("结婚证"), M("离婚协议书", copies=3), M("双方2寸单人近照", copies=2)],
  time_limit="冷静期满后即时办结", fee="不收费",
  appointment="须提前预约")
S("MZ-REISSUE", "补领婚姻登记证", "Reissuing a marriage or divorce certificate", "D-MZ", ["C07"], "M",
  ["补领结婚证", "补领离婚证"],
  "结婚证、离婚证遗失或损毁的，当事人可申请补领。",
  ["原婚姻登记档案可查"],
  [IDC, HKB, M("2寸近期照片", copies=3, note="补结婚证须双方合影")],
  time_limit="档案可查的即时办结", fee="不收费")
S("MZ-MARRY-HKMO", "涉港澳台居民及华侨婚姻登记", "Marriage registration involving HK/Macao/Taiwan residents or overseas Chinese", "D-MZ", ["C07"], "M",
  ["涉港澳婚姻登记"],
  "内地居民与香港、澳门、台湾居民或华侨在本区办理结婚、离婚登记。",
  ["一方为本区户籍内地居民", "港澳台居民须提供无配偶声明"],
  [M("内地方身份证、户口簿"), M("港澳居民身份证及港澳居民来往内地通行证"),
   M("经公证的本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的声明书", note="香港由中国委托公证人出具"),
   M("双方2寸合影照片", copies=3)],
  time_limit="即时办结", fee="不收费",
  appointment="须提前预约",
  notes="与外国人的涉外婚姻登记请到市婚姻登记处办理。",
  summary_en="Marriage or divorce between a local resident and a Hong Kong, Macao or Taiwan resident or overseas Chinese.")
S("MZ-DIBAO", "最低生活保障申请", "Applying for minimum living allowance (dibao)", "D-MZ", ["C06"], "M",
  ["低保申请"],
  "家庭人均收入低于本市低保标准、财产符合规定的本区户籍家庭，可申请最低生活保障。",
  ["本区户籍", "家庭人均月收入低于本市低保标准", "家庭财产符合规定"],
  [M("户口簿、身份证"), M("家庭收入、财产情况申报及授权核对书"), M("残疾证、病历等", required=False)],
  time_limit="30个工作日（含入户调查和公示）", fee="不收费",
  notes="一般向户籍所在街道提出，本窗口可代收。")
S("MZ-SENIOR-ALLOW", "高龄老人长寿保健金申领", "Longevity allowance for seniors aged 80+", "D-MZ", ["C06"], "M",
  ["长寿保健金", "高龄津贴"],
  "本市户籍年满80周岁的老年人，按年龄段每月领取长寿保健金。",
  ["本市户籍", "年满80周岁"],
  [M("老人身份证、户口簿"), M("老人本人银行存折或社保卡"), M("代办人身份证", required=False, note="亲属代办时提供")],
  time_limit="20个工作日", fee="不收费",
  notes="80至89周岁每月100元，90至99周岁每月200元，100周岁以上每月500元。行动不便可申请上门办理。")

# ================================================================ 卫健
S("WJ-BIRTH-REG", "生育登记", "Childbirth registration (family planning)", "D-WJ", ["C08"], "W",
  ["生育服务登记"],
  "夫妻生育子女实行生育登记服务，可在怀孕前或孕期、生育后办理，不限孩次。",
  ["夫妻一方为本区户籍或在本区居住"],
  [M("夫妻双方身份证"), M("结婚证", required=False)],
  time_limit="即时办结", fee="不收费",
  notes="在“粤省事”小程序可网上登记，即时出具电子凭证。")
S("WJ-BIRTH-CERT", "出生医学证明补发、换发", "Reissuing or correcting a medical birth certificate", "D-WJ", ["C08"], "W",
  ["出生证补办", "出生证明换发"],
  "出生医学证明遗失的可申请补发；信息错误或更改姓名的可申请换发。",
  ["在本区助产机构出生"],
  [M("父母身份证"), M("新生儿户口簿或身份证", required=False), M("原出生医学证明", required=False, note="换发时交回"), M("登报遗失声明", required=False)],
  time_limit="20个工作日", fee="不收费",
  notes="2025年起首次签发由出生医院直接办理，本窗口只受理补发和换发。")

# ---------------------------------------------------------------- assemble
def walkways(floor_id, door_pts, extra_nodes):
    """A straight corridor at CORRIDOR_Y with spurs to each door."""
    nodes, paths, corridor = [], [], []
    for pid, (x, y) in door_pts:
        nid = "cor-" + pid
        nodes.append({"id": nid, "x": x, "y": CORRIDOR_Y})
        paths.append([pid, nid])
        corridor.append((x, nid))
    for n in extra_nodes:
        nodes.append(n)
        cid = "cor-" + n["id"]
        nodes.append({"id": cid, "x": n["x"], "y": CORRIDOR_Y})
        paths.append([n["id"], cid])
        corridor.append((n["x"], cid))
    corridor.sort()
    paths.append([c for _, c in corridor])
    return {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}


def door_for(x, y):
    return {"x": x, "y": round(y + 0.08, 3) if y < CORRIDOR_Y else round(y - 0.08, 3)}


def build():
    windows = []
    for wid, fl, zone, zone_en, x, label, label_en in WINDOWS:
        y = 0.18
        windows.append({"id": wid, "floor": fl, "zone": zone, "zone_en": zone_en, "x": x, "y": y,
                        "label": label, "label_en": label_en, "door": door_for(x, y)})
    places = []
    for pid, name, name_en, aliases, fl, x, y, notes, notes_en, kind, link in PLACES:
        p = {"id": pid, "name": name, "name_en": name_en, "aliases": aliases, "floor": fl, "x": x, "y": y,
             "notes": notes, "notes_en": notes_en, "door": door_for(x, y)}
        if kind:
            p["kind"] = kind
            p["link"] = link
        places.append(p)
    kiosk = {"floor": "F1", "x": 0.55, "y": 0.80}
    floors = []
    for fid, name, name_en in FLOORS:
        doors = [(w["id"], (w["door"]["x"], w["door"]["y"])) for w in windows if w["floor"] == fid]
        doors += [(p["id"], (p["door"]["x"], p["door"]["y"])) for p in places if p["floor"] == fid]
        extra = []
        if fid == "F1":
            doors.append(("kiosk", (kiosk["x"], kiosk["y"])))
        else:
            extra.append({"id": "lift-" + fid, "x": 0.92, "y": 0.62, "kind": "lift", "link": "lift",
                          "name": "电梯（%s）" % name, "name_en": "Lift (%s)" % name_en})
            extra.append({"id": "stairs-" + fid, "x": 0.04, "y": 0.62, "kind": "stairs", "link": "stairs",
                          "name": "西侧楼梯（%s）" % name, "name_en": "West stairs (%s)" % name_en})
        ww = walkways(fid, doors, extra)
        # the kiosk spur must reference "kiosk", fix node id
        floors.append({"id": fid, "name": name, "name_en": name_en, "map": "plan-%s.svg" % fid.lower(),
                       "walkways": ww})
        write_svg(fid, name, [w for w in windows if w["floor"] == fid], [p for p in places if p["floor"] == fid],
                  kiosk if fid == "F1" else None)
    cat = {
        "schema_version": 1,
        "hall": {
            "id": "gz-zhugang-zwfw",
            "name": "广州市珠岗区政务服务中心",
            "name_en": "Zhugang District Government Service Centre, Guangzhou",
            "address": "广州市珠岗区岗前大道188号",
            "address_en": "188 Gangqian Avenue, Zhugang District, Guangzhou",
            "hours": "周一至周五 9:00–12:00、13:00–17:30；周六 9:00–12:00（仅户政、出入境、人社、医保）；法定节假日休息",
            "hours_en": "Mon–Fri 9:00–12:00, 13:00–17:30; Sat 9:00–12:00 (household, exit-entry, social security, medical insurance only)",
            "phone": "020-8399 1234",
            "floors": floors,
            "kiosk": kiosk,
        },
        "departments": [{"id": a, "name": b, "name_en": c} for a, b, c in DEPTS],
        "windows": windows,
        "places": places,
        "services": SERVICES,
    }
    with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print("services", len(SERVICES), "places", len(places), "windows", len(windows), "depts", len(DEPTS))


def write_svg(fid, name, wins, places, kiosk):
    W, H = 1200, 600
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" font-family="sans-serif">' % (W, H),
           '<rect x="0" y="0" width="%d" height="%d" fill="#fafafa" stroke="#333" stroke-width="4"/>' % (W, H),
           '<rect x="0" y="%d" width="%d" height="40" fill="#e8eef5"/>' % (CORRIDOR_Y * H - 20, W),
           '<text x="20" y="40" font-size="28">%s</text>' % name]
    for w in wins:
        x, y = w["x"] * W, w["y"] * H
        out.append('<rect x="%d" y="%d" width="80" height="50" fill="#cfe3ff" stroke="#336"/>' % (x - 40, y - 25))
        out.append('<text x="%d" y="%d" font-size="18" text-anchor="middle">%s</text>' % (x, y + 6, w["id"]))
    for p in places:
        x, y = p["x"] * W, p["y"] * H
        out.append('<circle cx="%d" cy="%d" r="16" fill="#ffe2a8" stroke="#963"/>' % (x, y))
        out.append('<text x="%d" y="%d" font-size="13" text-anchor="middle">%s</text>' % (x, y + 32, p["name"][:8]))
    if kiosk:
        out.append('<circle cx="%d" cy="%d" r="10" fill="#d33"/>' % (kiosk["x"] * W, kiosk["y"] * H))
        out.append('<text x="%d" y="%d" font-size="14" text-anchor="middle">您在这里</text>' % (kiosk["x"] * W, kiosk["y"] * H - 16))
    out.append("</svg>")
    with open(os.path.join(HERE, "plan-%s.svg" % fid.lower()), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
