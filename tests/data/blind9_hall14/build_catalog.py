#!/usr/bin/env python3
"""Build catalog.json for the fictional 成都市青杉区政务服务中心 (stdlib only)."""
import json, hashlib, os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-10-09"

def M(name, en="", orig=True, copies=0, req=True, note=""):
    return {"name": name, "name_en": en, "original": orig, "copies": copies, "required": req, "note": note}

ID = M("本人居民身份证", "Resident ID card")
HKB = M("居民户口簿", "Household register (hukou booklet)")

services = []
def S(id, dept, name, en, aliases, summary, summary_en, conds, mats, wins, qp, tl, tl_en, fee, fee_en,
      online="", notes="", hours=None, appt="", conds_en=None):
    d = {"id": id, "name": name, "name_en": en, "department": dept, "aliases": aliases,
         "summary": summary, "summary_en": summary_en, "conditions": conds, "materials": mats,
         "windows": wins, "queue_prefix": qp, "time_limit": tl, "time_limit_en": tl_en,
         "fee": fee, "fee_en": fee_en, "hours": hours, "appointment": appt, "online": online,
         "notes": notes, "updated": UPD}
    if conds_en:
        d["conditions_en"] = conds_en
    services.append(d)

# ---------------- 户政 ----------------
S("hz.sfz.first", "dep.hz", "居民身份证首次申领", "First application for a resident ID card",
  ["首次办证", "首领身份证"],
  "未满十六周岁自愿申领或年满十六周岁应当申领居民身份证的本区户籍公民，现场采集指纹和照片。",
  "Local hukou holders applying for their first ID card; fingerprints and photo taken on site.",
  ["户籍在青杉区", "未满16周岁须监护人陪同"],
  [HKB, M("监护人居民身份证", "Guardian's ID card", req=False, note="未满16周岁申领时提供")],
  ["1A01", "1A02"], "HZ", "20个工作日", "20 working days", "20元（有效期5年的免费）", "20 yuan (5-year cards free)",
  online="“天府通办”App可预约取号", notes="窗口可现场照相，照片免费。", conds_en=["Hukou in Qingshan District", "Under 16: a guardian must come along"])
S("hz.sfz.renew", "dep.hz", "居民身份证有效期满换领", "Renewing an ID card at expiry",
  ["到期换证", "身份证换领"],
  "身份证有效期满前三个月内或已过期的，可在本窗口换领新证，支持跨省异地换领。",
  "Renew within three months before expiry or after it; non-Sichuan residents may also renew here.",
  ["原证有效期即将届满或已届满"],
  [M("原居民身份证", "Old ID card"), M("居民户口簿", "Household register", req=False, note="本省户籍可不提供")],
  ["1A01", "1A02"], "HZ", "20个工作日（异地换领30个工作日）", "20 working days (30 for out-of-province)",
  "20元", "20 yuan", online="“天府通办”App可预约", notes="可选择EMS邮寄到家，邮费自理。")
S("hz.sfz.lost", "dep.hz", "居民身份证遗失补领", "Replacing a lost ID card",
  ["身份证补领", "身份证挂失"],
  "身份证遗失、被盗后申报挂失并补领，急用可同时申领临时居民身份证。",
  "Report a lost or stolen ID card and get a replacement; a temporary ID card can be issued if urgent.",
  ["身份证遗失或被盗"],
  [HKB, M("临时身份证照片回执", "Photo receipt", req=False, note="可现场拍摄")],
  ["1A01", "1A02"], "HZ", "20个工作日；临时身份证3个工作日", "20 working days; temporary card 3 working days",
  "40元；临时身份证10元", "40 yuan; temporary card 10 yuan",
  notes="乘坐火车、飞机急需的，可在车站、机场派出所开具临时乘车证明。")
S("hz.hk.birth", "dep.hz", "出生登记", "Birth registration (newborn hukou)",
  ["新生儿入户", "婴儿落户"],
  "婴儿出生后随父或母一方申报常住户口，可与出生医学证明、医保参保、社保卡“一件事”联办。",
  "Register a newborn in a parent's hukou; can be combined with medical insurance and social security card.",
  ["父或母一方户籍在本区"],
  [M("出生医学证明", "Medical birth certificate", copies=1), M("父母双方居民户口簿", "Parents' household registers"),
   M("父母双方居民身份证", "Parents' ID cards"), M("结婚证", "Marriage certificate", req=False, note="非婚生育的提供其他证明材料")],
  ["1A01", "1A02"], "HZ", "当场办结", "Same day", "不收费", "Free",
  online="“天府通办”出生“一件事”", notes="")
S("hz.hk.move", "dep.hz", "成都市内户口迁移", "Moving hukou within Chengdu",
  ["市内迁户", "户口市内迁移"],
  "成都市范围内购房、投靠等原因迁移户口，实行迁入地“一站式”办理，无需回迁出地开具证明。",
  "Move hukou between addresses in Chengdu in one stop at the destination.",
  ["在迁入地有合法固定住所或符合投靠条件"],
  [HKB, M("不动产权证书或购房合同", "Property certificate or purchase contract", copies=1),
   M("迁入户户主同意入户声明", "Consent of the receiving household head", req=False, note="投靠入户时提供")],
  ["1A02"], "HZ", "5个工作日", "5 working days", "不收费", "Free", online="“天府通办”可网上申请")
S("hz.hk.talent", "dep.hz", "人才引进落户", "Hukou for graduates and talents",
  ["学历落户", "人才入户"],
  "全日制大学本科及以上学历的青年人才，凭毕业证书申请在成都落户，可落在单位集体户、人才市场集体户或本人产权房。",
  "Graduates (bachelor or above) may register hukou in Chengdu with their diploma.",
  ["全日制普通高校大学本科及以上学历", "年龄符合当年政策规定"],
  [ID, M("毕业证书", "Diploma", copies=1), M("户口迁移证或户口簿", "Migration certificate or household register"),
   M("就业报到证或劳动合同", "Employment contract", req=False)],
  ["1A02", "1A03"], "HZ", "5个工作日", "5 working days", "不收费", "Free",
  online="“蓉漂人才荟”或“天府通办”网上申请", notes="跨省迁入实行“跨省通办”，不用回原籍开准迁证。")
S("hz.hk.kin", "dep.hz", "投靠亲属落户", "Hukou by joining relatives",
  ["夫妻投靠", "父母投靠子女", "子女投靠父母"],
  "夫妻、父母与子女之间投靠落户，落户地址须为投靠人户籍所在的合法固定住所。",
  "Spouses, parents and children join a relative's hukou at that relative's home.",
  ["夫妻投靠须结婚满2年（按现行政策）", "被投靠人为本区常住户口"],
  [ID, HKB, M("亲属关系证明（结婚证、出生证等）", "Proof of relationship", copies=1)],
  ["1A02"], "HZ", "10个工作日", "10 working days", "不收费", "Free")
S("hz.hk.death", "dep.hz", "死亡人员户口注销", "Cancelling the hukou of a deceased person",
  ["死亡注销户口", "户口注销（死亡）"],
  "公民死亡后，由家属持死亡证明注销户口，同时收回身份证；可同步办理社保、医保停保“身后一件事”。",
  "Relatives cancel the deceased's hukou with the death certificate; pension and insurance can be stopped at the same time.",
  ["户籍人员死亡"],
  [M("居民死亡医学证明（推断）书", "Medical death certificate", copies=1), HKB,
   M("死者居民身份证", "Deceased's ID card", req=False), M("经办人身份证", "Applicant's ID card")],
  ["1A01", "1A02", "1A03"], "HZ", "当场办结", "Same day", "不收费", "Free",
  online="“天府通办”身后“一件事”", notes="丧葬费、抚恤金请到人社窗口申领。")
S("hz.jzz", "dep.hz", "四川省居住证申领", "Sichuan residence permit",
  ["居住证办理", "流动人口居住证"],
  "非本市户籍人员在成都居住半年以上，有合法稳定就业、住所或连续就读的，可申领居住证。",
  "Non-Chengdu residents living here six months with work, housing or study may apply.",
  ["居住登记满6个月", "有合法稳定就业、合法稳定住所或连续就读之一"],
  [ID, M("住所证明（租房合同、房产证等）", "Proof of residence", copies=1),
   M("劳动合同、营业执照或学生证", "Work contract, business licence or student card", copies=1)],
  ["1A03"], "HZ", "15个工作日", "15 working days", "首次申领免费", "First application free",
  online="“天府通办”可办理居住登记")

# ---------------- 出入境 ----------------
CRJ_NOTE = "窗口可现场照相（出入境证件照30元）；制证完成可邮寄。"
S("crj.passport.new", "dep.crj", "普通护照首次申领", "First application for an ordinary passport",
  ["护照申请", "因私护照"],
  "中国公民因私出国首次申请普通护照，全国通办。",
  "Chinese citizens apply for their first ordinary passport (any city).",
  ["中国内地居民"], [ID, M("出入境证件照", "Entry/exit photo", req=False, note="可现场拍摄")],
  ["2B01"], "CJ", "7个工作日", "7 working days", "120元", "120 yuan",
  online="“移民局”App或“国家移民管理局政务服务平台”预约", notes=CRJ_NOTE)
S("crj.passport.renew", "dep.crj", "普通护照换发补发", "Renewing or replacing a passport",
  ["护照换发", "护照补发"],
  "护照有效期不足6个月、签证页即将用完或遗失、损毁的，申请换发或补发。",
  "Renew a passport with under 6 months validity or few blank pages, or replace a lost one.",
  ["持有普通护照"], [ID, M("原护照", "Old passport", req=False, note="遗失补发的提交遗失情况说明")],
  ["2B01"], "CJ", "7个工作日", "7 working days", "120元", "120 yuan", notes=CRJ_NOTE)
S("crj.hkmo", "dep.crj", "往来港澳通行证及签注", "Exit-entry permit for Hong Kong and Macao (and endorsements)",
  ["港澳通行证", "港澳签注"],
  "申请往来港澳通行证（电子证）及团队旅游、个人旅游、探亲等签注；个人旅游签注可在自助机续签。",
  "Apply for the Hong Kong/Macao permit and endorsements; tourist endorsements can be renewed at kiosks.",
  ["中国内地居民"], [ID, M("出入境证件照", "Entry/exit photo", req=False)],
  ["2B01", "2B02"], "CJ", "7个工作日", "7 working days", "证件60元；签注每次15元", "Permit 60 yuan; 15 yuan per endorsement",
  notes=CRJ_NOTE)
S("crj.tw", "dep.crj", "往来台湾通行证及签注", "Mainland travel permit for Taiwan (and endorsements)",
  ["台湾通行证", "赴台签注"],
  "申请往来台湾通行证及团队旅游、探亲等签注。",
  "Apply for the travel permit to Taiwan and its endorsements.",
  ["中国内地居民"], [ID], ["2B02"], "CJ", "10个工作日", "10 working days",
  "证件60元；签注每次15元", "Permit 60 yuan; 15 yuan per endorsement", notes=CRJ_NOTE)
services.append({
  "id": "crj.foreigner.stay", "name": "境外人员住宿登记", "name_en": "Accommodation registration for foreigners",
  "department": "dep.crj", "aliases": ["外国人住宿登记", "Registration of temporary residence"],
  "summary": "境外人员在宾馆以外住宿（租房、住亲友家）的，应于抵达后24小时内办理住宿登记。",
  "summary_en": "Foreigners staying outside hotels (rented flat, friends) must register within 24 hours of arrival.",
  "conditions": ["境外人员在宾馆以外住宿"], "conditions_en": ["Foreign nationals not staying in a hotel"],
  "materials": [M("护照及有效签证或居留许可", "Passport with valid visa or residence permit"),
                M("租房合同或房屋权属证明", "Tenancy agreement or property proof", copies=1),
                M("房东身份证", "Landlord's ID card", req=False, note="房东不到场的提供复印件")],
  "windows": ["2B02"], "queue_prefix": "CJ", "time_limit": "当场办结", "time_limit_en": "Same day",
  "fee": "不收费", "fee_en": "Free", "hours": None, "appointment": "", "online": "",
  "notes": "外国人居留许可申请、延期请到成都市公安局出入境管理局办理，本中心不受理。",
  "notes_en": "Residence permits for foreigners are handled by the Chengdu Exit-Entry Administration, not here.",
  "updated": UPD})

# ---------------- 人社 ----------------
S("rs.sbk.apply", "dep.rs", "第三代社会保障卡申领", "Applying for a third-generation social security card",
  ["三代社保卡", "社保卡申领"],
  "已参保人员申领第三代社会保障卡（含金融功能），可即时制卡。",
  "Insured persons apply for the third-generation social security card; made on the spot.",
  ["在四川省参加社会保险"], [ID, M("银行卡（选择银行时）", "Bank card", req=False)],
  ["1C01", "1C02"], "RS", "即时制卡", "Card made on the spot", "首次申领免费", "First card free",
  online="“四川e社保”App可申领后邮寄")
S("rs.sbk.replace", "dep.rs", "社会保障卡挂失补换", "Reporting loss and replacing a social security card",
  ["社保卡补卡", "社保卡换卡", "社保卡挂失"],
  "社保卡遗失、损坏、芯片失效的先挂失再补换，可即时制卡。",
  "Report a lost or damaged social security card and get a new one on the spot.",
  ["已持有社会保障卡"], [ID], ["1C01", "1C02"], "RS", "即时制卡", "On the spot",
  "补换卡免收工本费", "No card fee", online="“四川e社保”App、合作银行可挂失",
  notes="临时挂失5天内不补办会自动解挂。")
S("rs.linghuo", "dep.rs", "灵活就业人员参加职工养老保险登记", "Enrolling flexible workers in employee pension insurance",
  ["灵活就业参保", "个体参保"],
  "无雇工的个体工商户、未在用人单位参保的非全日制从业人员及其他灵活就业人员，以个人身份参加职工基本养老保险。",
  "Self-employed and gig workers enrol in employee pension insurance as individuals.",
  ["年满16周岁、未达法定退休年龄", "不在用人单位参保"], [ID], ["1C02", "1C03"], "RS",
  "当场办结", "Same day", "不收费（按缴费基数档次缴纳保费）", "Free (contributions by chosen base)",
  online="“四川e社保”App、“天府通办”可办理", notes="参保不受户籍限制。")
S("rs.transfer", "dep.rs", "企业职工养老保险关系转移接续", "Transferring pension insurance between provinces",
  ["养老保险转移", "社保转移"],
  "跨省、省内流动就业人员将养老保险关系转入本区，转出地无需本人跑腿。",
  "Move your pension insurance record into Chengdu from another province or city.",
  ["在原参保地有缴费记录", "在转入地已参保"], [ID, M("参保缴费凭证", "Contribution record", req=False)],
  ["1C03"], "RS", "45个工作日", "45 working days", "不收费", "Free",
  online="国家社会保险公共服务平台、“掌上12333”可网上申请")
S("rs.retire", "dep.rs", "企业职工基本养老金申领（退休申报）", "Claiming the basic pension on retirement",
  ["退休申报", "养老金申领"],
  "达到法定退休年龄、累计缴费满15年的参保人员申领基本养老金。",
  "Insured persons at retirement age with 15 years of contributions claim their pension.",
  ["达到法定退休年龄", "累计缴费满15年（按渐进式延迟退休政策执行）"],
  [ID, M("本人档案", "Personnel file", req=False, note="灵活就业人员由本人提交"),
   M("社会保障卡", "Social security card")],
  ["1C03"], "RS", "20个工作日", "20 working days", "不收费", "Free", appt="建议提前3个月申报")
S("rs.unemp", "dep.rs", "失业保险金申领", "Claiming unemployment insurance benefit",
  ["失业金", "失业待遇"],
  "非因本人意愿中断就业、所在单位和本人已缴纳失业保险满1年的，可申领失业保险金。",
  "Claim unemployment benefit if you lost your job involuntarily after one year of contributions.",
  ["非因本人意愿中断就业", "已参加失业保险满1年", "已办理失业登记并有求职要求"],
  [ID, M("解除或终止劳动合同证明", "Proof of contract termination", copies=1), M("社会保障卡", "Social security card")],
  ["1C02", "1C03"], "RS", "即时办结", "Immediately", "不收费", "Free",
  online="“四川e社保”App、“天府通办”可申领")
S("rs.loan", "dep.rs", "创业担保贷款申请", "Business start-up guaranteed loan",
  ["创业贷款", "创业担保贷"],
  "自主创业的高校毕业生、返乡创业农民工、退役军人等可申请个人最高30万元的创业担保贷款并享受贴息。",
  "Graduates, returning migrant workers and others starting a business may apply for a subsidised loan up to 300,000 yuan.",
  ["属于政策规定人员", "已取得营业执照且正常经营"],
  [ID, M("营业执照", "Business licence", copies=1), M("经营场所租赁合同", "Shop tenancy", copies=1),
   M("创业计划书", "Business plan", req=False)],
  ["1C03"], "RS", "受理后20个工作日", "20 working days", "不收费", "Free",
  notes="具体放贷由合作银行审核。")
S("rs.cxjm.pension", "dep.rs", "城乡居民基本养老保险参保登记", "Enrolling in the residents' basic pension",
  ["居民养老保险", "城乡居民养老参保"],
  "年满16周岁（不含在校学生）、未参加职工养老保险的城乡居民参保登记，按年选档缴费。",
  "Residents aged 16+ without employee pension enrol and pay yearly by a chosen level.",
  ["年满16周岁（在校学生除外）", "本区户籍", "未参加职工基本养老保险"],
  [ID, HKB], ["1C01", "1C02"], "RS", "当场办结", "Same day", "不收费（保费按档次缴纳）",
  "Free (premium by level)", online="“四川e社保”App可缴费")

# ---------------- 医保 ----------------
S("yb.cxjm", "dep.yb", "城乡居民基本医疗保险参保登记及缴费", "Residents' medical insurance enrolment and payment",
  ["居民医保", "城乡居民医保"],
  "未参加职工医保的城乡居民、学生儿童、新生儿参保登记，每年集中缴费期缴纳下一年度保费。",
  "Residents, students and newborns without employee insurance enrol and pay during the yearly period.",
  ["未参加职工基本医疗保险"], [ID, M("居民户口簿或居住证", "Household register or residence permit", req=False)],
  ["1C04"], "YB", "当场办结", "Same day", "不收费（保费按年度标准缴纳）", "Free (yearly premium)",
  hours="集中缴费期为每年9月至12月", online="“天府通办”“四川医保”微信小程序可缴费")
S("yb.yidi", "dep.yb", "异地就医备案", "Registering for medical treatment in another place",
  ["异地就医登记", "转外就医备案"],
  "异地长期居住人员、异地安置退休人员、转外就医人员办理备案后可直接结算。",
  "Register before seeing doctors outside Chengdu so the bill is settled directly.",
  ["参加成都市基本医疗保险"], [ID, M("医院转诊证明", "Referral letter", req=False, note="转外就医时提供")],
  ["1C04", "1C05"], "YB", "即时办结", "Immediately", "不收费", "Free",
  online="“国家医保服务平台”App、“四川医保”小程序可自助备案")
S("yb.mente", "dep.yb", "门诊特殊疾病认定", "Approval for outpatient special-disease treatment",
  ["门特认定", "门诊特殊病"],
  "患高血压、糖尿病、恶性肿瘤等规定病种的参保人员申请门诊特殊疾病认定，享受门诊报销待遇。",
  "Insured persons with listed chronic diseases (hypertension, diabetes, cancer…) apply for outpatient coverage.",
  ["参加成都市基本医疗保险", "患规定病种"],
  [ID, M("定点医院诊断证明及病历资料", "Hospital diagnosis and records", copies=1)],
  ["1C05"], "YB", "15个工作日", "15 working days", "不收费", "Free",
  notes="多数定点医院可直接申报，不必到窗口。")
S("yb.lingxing", "dep.yb", "零星医疗费用报销", "Reimbursing medical bills paid in full",
  ["手工报销", "医疗费用手工报销"],
  "因急诊未备案、未持卡结算等原因全额垫付医疗费用的，凭票据申请报销。",
  "Claim back medical bills paid in full (e.g. emergency outside Chengdu without registration).",
  ["参加成都市基本医疗保险", "就医发生在参保期间"],
  [ID, M("医疗费用发票", "Medical invoices"), M("费用明细清单", "Itemised bill"),
   M("出院记录或诊断证明", "Discharge summary or diagnosis", copies=1), M("本人银行卡", "Bank card", copies=1)],
  ["1C05"], "YB", "30个工作日", "30 working days", "不收费", "Free")
S("yb.shengyu", "dep.yb", "生育津贴申领", "Claiming maternity allowance",
  ["生育津贴", "生育保险待遇"],
  "参加职工医保（含生育保险）的职工生育后申领生育津贴和生育医疗费用。",
  "Employees covered by maternity insurance claim the allowance after giving birth.",
  ["参加职工基本医疗保险（含生育保险）"],
  [ID, M("出生医学证明", "Birth certificate", copies=1), M("出院记录", "Discharge summary", copies=1)],
  ["1C04", "1C05"], "YB", "20个工作日", "20 working days", "不收费", "Free",
  online="一般由单位在“四川医保”单位网厅申报")

# ---------------- 公积金 ----------------
GJJ_W = ["2D01", "2D02"]
GJJ_ON = "“成都公积金”App、“天府通办”可网上办理"
S("gjj.tq.buy", "dep.gjj", "购买自住住房提取住房公积金", "Withdrawing housing fund to buy a home",
  ["购房提取"],
  "职工购买成都市自住住房（新房或二手房），本人及配偶可申请提取公积金。",
  "Withdraw housing provident fund when you or your spouse buy a home in Chengdu.",
  ["购房合同备案或不动产登记在3年内"],
  [ID, M("购房合同或不动产权证书", "Purchase contract or property certificate", copies=1),
   M("购房发票", "Purchase invoice", copies=1), M("结婚证", "Marriage certificate", req=False, note="配偶提取时提供")],
  GJJ_W, "GJ", "3个工作日", "3 working days", "不收费", "Free", online=GJJ_ON)
S("gjj.tq.rent", "dep.gjj", "租赁住房提取住房公积金", "Withdrawing housing fund to pay rent",
  ["租房提取"],
  "本人及配偶在成都无自有住房且租房居住的，可按月或按年提取。",
  "Withdraw housing fund for rent if you and your spouse own no home in Chengdu.",
  ["本人及配偶在成都无自有产权住房"],
  [ID, M("租赁合同", "Tenancy agreement", req=False, note="按标准额度提取可不提供")],
  GJJ_W, "GJ", "即时办结", "Immediately", "不收费", "Free", online=GJJ_ON)
S("gjj.tq.leave", "dep.gjj", "离职提取住房公积金", "Withdrawing housing fund after leaving a job",
  ["离职提取", "解除劳动关系提取"],
  "与单位解除劳动关系且账户封存满半年、未重新就业的，可申请提取账户余额。",
  "Withdraw the balance after leaving your job if the account has been frozen for six months.",
  ["与单位解除劳动关系", "账户封存满6个月"],
  [ID, M("解除劳动关系证明", "Proof of leaving the job", req=False), M("本人银行卡", "Bank card")],
  GJJ_W, "GJ", "3个工作日", "3 working days", "不收费", "Free", online=GJJ_ON)
S("gjj.tq.retire", "dep.gjj", "离退休提取住房公积金", "Withdrawing housing fund on retirement",
  ["退休提取"],
  "职工离休、退休的，可一次性提取账户全部余额并销户。",
  "Retired employees withdraw the whole balance and close the account.",
  ["已办理离退休手续"],
  [ID, M("退休证或养老金领取证明", "Retirement certificate or pension proof", copies=1), M("本人银行卡", "Bank card")],
  GJJ_W, "GJ", "即时办结", "Immediately", "不收费", "Free", online=GJJ_ON)
S("gjj.tq.loan", "dep.gjj", "偿还住房贷款提取住房公积金", "Withdrawing housing fund to repay a mortgage",
  ["还贷提取", "对冲还贷"],
  "偿还自住住房商业贷款或公积金贷款本息的，可按年提取或签约对冲还贷。",
  "Use housing fund to repay a home loan, yearly or by automatic offset.",
  ["正常还款无逾期"],
  [ID, M("借款合同", "Loan contract", copies=1), M("还款明细", "Repayment statement")],
  GJJ_W, "GJ", "3个工作日", "3 working days", "不收费", "Free", online=GJJ_ON)
S("gjj.loan", "dep.gjj", "住房公积金个人住房贷款申请", "Housing provident fund mortgage",
  ["公积金贷款"],
  "连续足额缴存6个月以上的职工购买自住住房，可申请公积金贷款，最高额度按政策执行。",
  "Employees who have paid 6 months in a row may apply for a housing fund mortgage.",
  ["连续足额缴存满6个月", "购买成都市自住住房"],
  [ID, M("婚姻状况证明", "Marital status proof", copies=1), M("购房合同", "Purchase contract", copies=1),
   M("收入证明", "Income proof")],
  ["2D02"], "GJ", "15个工作日", "15 working days", "不收费", "Free", appt="建议通过“成都公积金”App预约面签")
S("gjj.transfer", "dep.gjj", "住房公积金异地转移接续", "Transferring housing fund from another city",
  ["异地转移接续", "公积金转入"],
  "职工在异地缴存后到成都就业，将原缴存地公积金转入成都账户。",
  "Move your housing fund balance from another city into your Chengdu account.",
  ["已在成都开户缴存"], [ID], GJJ_W, "GJ", "15个工作日", "15 working days", "不收费", "Free",
  online="全国住房公积金小程序可网上申请")

# ---------------- 市场监管 ----------------
SC_W = ["2E01", "2E02"]
S("sc.gt.open", "dep.sc", "个体工商户设立登记", "Registering an individual business",
  ["个体户设立", "个体营业执照办理"],
  "个人从事工商业经营申请个体工商户营业执照，可与食品经营许可、税务信息确认一并办理。",
  "Individuals apply for an individual business licence; can be combined with food permit and tax.",
  ["有经营场所"], [ID, M("经营场所使用证明（租赁合同等）", "Proof of business premises", copies=1)],
  SC_W, "SC", "1个工作日", "1 working day", "不收费", "Free",
  online="四川政务服务网“e窗通”可全程网办")
S("sc.gt.change", "dep.sc", "个体工商户变更登记", "Changing an individual business's registration",
  ["个体户变更"],
  "个体工商户变更名称、经营者、经营范围、经营场所等事项。",
  "Change the name, operator, scope or address of an individual business.",
  ["已登记的个体工商户"],
  [ID, M("营业执照正副本", "Business licence"), M("新经营场所证明", "New premises proof", req=False)],
  SC_W, "SC", "1个工作日", "1 working day", "不收费", "Free", online="“e窗通”网上办理",
  notes="个体户可直接变更为企业（“个转企”）。")
S("sc.gt.close", "dep.sc", "个体工商户注销登记", "Deregistering an individual business",
  ["个体户注销"],
  "个体工商户停止经营申请注销，无债权债务的可简易注销。",
  "Close an individual business; simplified deregistration if no debts.",
  ["已结清税款"], [ID, M("营业执照正副本", "Business licence")],
  SC_W, "SC", "1个工作日", "1 working day", "不收费", "Free", online="“e窗通”网上办理",
  notes="涉及税务的请先到税务窗口清税。")
S("sc.co.set", "dep.sc", "有限责任公司设立登记", "Setting up a limited liability company",
  ["公司注册", "企业开办"],
  "设立有限责任公司，营业执照、刻章、发票申领、社保登记、银行开户“一窗通办”。",
  "Set up a limited company: licence, seals, invoices and social insurance in one window.",
  ["名称经自主申报", "有住所"],
  [M("全体股东身份证明", "Shareholders' ID"), M("公司章程", "Articles of association"),
   M("住所使用证明", "Proof of address", copies=1)],
  ["2E02", "2E03"], "SC", "1个工作日", "1 working day", "免费刻制首套印章", "First set of seals free",
  online="“e窗通”全程电子化", notes="四川开办企业实行0.5天办结。")
S("sc.co.close", "dep.sc", "企业注销登记（含简易注销）", "Deregistering a company (incl. simplified)",
  ["公司注销", "企业简易注销"],
  "企业解散后办理注销，未发生债权债务或已清偿完毕的可申请简易注销，公示期20天。",
  "Close a company; simplified procedure with a 20-day notice if no outstanding debts.",
  ["已清税"], [M("注销登记申请书", "Application"), M("清税证明", "Tax clearance", req=False),
   M("营业执照正副本", "Business licence")],
  ["2E03"], "SC", "公示期满后1个工作日", "1 working day after notice period", "不收费", "Free",
  online="“e窗通”网上办理")
S("sc.food.new", "dep.sc", "食品经营许可证核发", "Food business permit (new)",
  ["食品经营许可", "餐饮许可证"],
  "从事餐饮服务、食品销售的经营者申请食品经营许可证，实行告知承诺制的可当场发证。",
  "Restaurants and food shops apply for the food business permit; same-day by commitment.",
  ["已取得营业执照", "有与经营相适应的场所、设备和人员"],
  [M("营业执照", "Business licence", copies=1), M("经营场所平面图及设备布局图", "Floor plan and equipment layout"),
   M("食品安全管理制度", "Food safety rules"), M("从业人员健康证明", "Staff health certificates", copies=1)],
  ["2E01"], "SC", "告知承诺当场发证；一般10个工作日", "Same day by commitment; else 10 working days",
  "不收费", "Free", notes="健康证请到区疾控中心或指定体检机构办理。")
S("sc.food.change", "dep.sc", "食品经营许可变更、延续", "Changing or renewing a food business permit",
  ["食品许可延续", "食品许可变更"],
  "许可证载明事项变化或有效期届满前30个工作日内申请变更、延续。",
  "Change details of the food permit, or renew it 30 working days before expiry.",
  ["持有有效食品经营许可证"], [M("食品经营许可证正副本", "Food business permit"), ID],
  ["2E01"], "SC", "5个工作日", "5 working days", "不收费", "Free")

# ---------------- 税务 ----------------
S("sw.fapiao", "dep.sw", "代开发票", "Issuing invoices on behalf of taxpayers",
  ["代开增值税发票", "自然人代开"],
  "自然人和未领用发票的纳税人出租房屋、提供劳务等需开票时申请代开。",
  "Individuals renting out homes or doing freelance work apply for invoices to be issued.",
  ["有真实交易"], [ID, M("合同或交易证明", "Contract or transaction proof", copies=1)],
  ["1F01", "1F02"], "SW", "即时办结", "Immediately", "不收费（按规定缴纳税款）", "No fee (tax payable)",
  online="电子税务局、“个人所得税”App可代开")
S("sw.newtax", "dep.sw", "新办纳税人套餐（税务信息确认）", "New taxpayer setup package",
  ["新办纳税人", "税务登记"],
  "新设立企业、个体户首次办理涉税事项，一次办结信息确认、票种核定、发票领用。",
  "New companies and sole traders confirm tax info and get invoices in one go.",
  ["已取得营业执照"], [ID, M("营业执照", "Business licence")],
  ["1F01"], "SW", "即时办结", "Immediately", "不收费", "Free", online="四川省电子税务局")
S("sw.qingshui", "dep.sw", "清税注销", "Tax clearance for deregistration",
  ["税务注销", "清税证明"],
  "纳税人停业、注销前结清税款、缴销发票，取得清税证明。",
  "Settle taxes and cancel invoices before closing a business; get the clearance certificate.",
  ["已结清应纳税款和发票"], [ID, M("营业执照", "Business licence")],
  ["1F02"], "SW", "即时办结（符合即办条件的）", "Immediately if eligible", "不收费", "Free",
  online="四川省电子税务局")
S("sw.qishui", "dep.sw", "契税申报缴纳", "Paying deed tax on a home",
  ["契税", "房屋交易税费"],
  "购买住房、受赠房屋等承受不动产权属的，申报缴纳契税；与不动产登记“一窗受理”。",
  "Declare and pay deed tax when acquiring property; done together with property registration.",
  ["承受土地、房屋权属"], [ID, M("购房合同", "Purchase contract", copies=1), M("购房发票", "Invoice")],
  ["1F02", "2G01"], "SW", "即时办结", "Immediately", "按税率缴纳（首套90㎡以下1%）",
  "By tax rate (1% for first home under 90 ㎡)")
S("sw.zhengming", "dep.sw", "开具税收完税证明", "Issuing a tax payment certificate",
  ["完税证明", "纳税证明"],
  "为纳税人开具个人所得税纳税记录、税收完税证明。",
  "Issue tax payment records and certificates.",
  ["已缴纳税款"], [ID], ["1F01", "1F02"], "SW", "即时办结", "Immediately", "不收费", "Free",
  online="“个人所得税”App可自助开具纳税记录")

# ---------------- 不动产 ----------------
BDC_W = ["2G01", "2G02"]
S("bdc.query", "dep.bdc", "不动产登记资料查询", "Property register search",
  ["不动产查询", "有无房证明", "房产查询"],
  "权利人查询名下不动产登记信息，出具查询结果（含无房证明）。",
  "Owners search the property register and get a result (incl. proof of owning no property).",
  ["查询本人名下或经授权"], [ID], ["2G02"], "BD", "即时办结", "Immediately", "不收费", "Free",
  online="“天府通办”可网上查询并下载")
S("bdc.second", "dep.bdc", "存量房买卖转移登记", "Transfer registration for resale homes",
  ["二手房过户", "存量房转移"],
  "二手房买卖双方共同申请转移登记，税费与登记一窗受理。",
  "Buyer and seller jointly register the sale of a resale home; tax paid at the same window.",
  ["房屋已取得不动产权证书", "买卖双方到场或委托"],
  [M("买卖双方身份证明", "Both parties' IDs"), M("不动产权证书", "Property certificate"),
   M("存量房买卖合同", "Sale contract"), M("婚姻状况证明", "Marital status proof", req=False)],
  BDC_W, "BD", "1个工作日", "1 working day", "登记费80元；证书工本费每本10元",
  "Registration 80 yuan; certificate 10 yuan each")
S("bdc.newhome", "dep.bdc", "新建商品房转移登记", "Registering a newly built home",
  ["新房办证", "商品房首次转移登记"],
  "购买新建商品房交房后由买受人申请转移登记，领取不动产权证书。",
  "Buyers of a newly built home register it and get the property certificate.",
  ["开发企业已办理首次登记", "已缴纳契税"],
  [ID, M("商品房买卖合同", "Purchase contract"), M("购房发票", "Invoice", copies=1)],
  BDC_W, "BD", "1个工作日", "1 working day", "登记费80元", "Registration 80 yuan",
  online="多数楼盘由开发企业“交房即交证”集中申请")
S("bdc.mortgage.off", "dep.bdc", "抵押权注销登记", "Cancelling a mortgage registration",
  ["注销抵押", "解押"],
  "房贷还清后，由抵押权人（银行）或双方申请注销抵押登记。",
  "After paying off a mortgage, the bank (or both parties) cancel the mortgage registration.",
  ["主债权已清偿"], [ID, M("不动产登记证明", "Mortgage registration certificate"), M("银行结清证明", "Loan settlement letter")],
  ["2G02"], "BD", "即时办结", "Immediately", "不收费", "Free",
  online="多数银行可线上申请注销")
S("bdc.inherit", "dep.bdc", "继承、受遗赠转移登记", "Inheritance transfer of property",
  ["继承过户", "遗产继承登记"],
  "因继承、受遗赠取得不动产的，由继承人申请转移登记。",
  "Heirs register property they inherit.",
  ["被继承人已死亡", "继承人之间无争议"],
  [M("继承人身份证明", "Heirs' IDs"), M("死亡证明", "Death certificate", copies=1),
   M("亲属关系证明", "Proof of kinship", copies=1), M("不动产权证书", "Property certificate"),
   M("继承公证书或全体继承人到场", "Notarised certificate or all heirs present", req=False)],
  BDC_W, "BD", "5个工作日", "5 working days", "登记费80元", "Registration 80 yuan",
  notes="继承人有争议的，须通过法院判决或调解确定。")

# ---------------- 民政（婚姻） ----------------
S("mz.hy.marry", "dep.hy", "内地居民结婚登记", "Marriage registration",
  ["结婚登记", "领结婚证"],
  "男女双方共同到场申请结婚登记，全国通办，可预约特殊日期颁证。",
  "Both partners come together to register their marriage (any city in China).",
  ["男年满22周岁、女年满20周岁", "双方均无配偶"],
  [M("双方居民身份证", "Both ID cards"), M("2寸近期半身免冠合影照片", "Two 2-inch couple photos", copies=3, req=False, note="可在大厅照相亭拍")],
  ["3H01"], "HY", "当场办结", "Same day", "不收费", "Free",
  appt="“天府通办”或“四川婚姻登记”小程序预约", hours="周一至周五；每月特殊日期周末加班另行公告")
S("mz.hy.divorce", "dep.hy", "内地居民离婚登记", "Divorce registration",
  ["离婚登记", "协议离婚"],
  "双方自愿离婚并对子女和财产达成协议的，共同申请离婚登记，设30日离婚冷静期。",
  "Couples who agree to divorce apply together; there is a 30-day cooling-off period.",
  ["双方自愿", "对子女抚养、财产分割已达成协议"],
  [M("双方居民身份证", "Both ID cards"), M("双方户口簿", "Household registers"),
   M("结婚证", "Marriage certificate"), M("离婚协议书", "Divorce agreement", copies=3)],
  ["3H02"], "HY", "冷静期满后30日内双方再到场领证", "Come back together within 30 days after cooling-off",
  "不收费", "Free", appt="须预约")
S("mz.hy.reissue", "dep.hy", "补领婚姻登记证", "Reissuing marriage or divorce certificates",
  ["补结婚证", "补离婚证"],
  "结婚证、离婚证遗失或损毁的，当事人申请补领。",
  "Get a replacement marriage or divorce certificate if lost or damaged.",
  ["婚姻登记档案可查"], [ID, M("2寸近期照片", "2-inch photo", copies=2, req=False)],
  ["3H01", "3H02"], "HY", "当场办结", "Same day", "不收费", "Free")

# ---------------- 民政 ----------------
S("mz.dibao", "dep.mz", "最低生活保障申请", "Applying for minimum living allowance (dibao)",
  ["低保申请", "城乡低保"],
  "共同生活的家庭成员人均收入低于当地低保标准、家庭财产符合规定的，可申请低保。",
  "Families with income per person below the local standard may apply.",
  ["本区户籍", "家庭人均收入低于低保标准"],
  [HKB, M("家庭成员身份证", "Family members' IDs"), M("收入及财产情况声明", "Income and assets statement"),
   M("家庭经济状况核对授权书", "Authorisation to check finances")],
  ["3M01"], "MZ", "30个工作日", "30 working days", "不收费", "Free",
  notes="也可向户籍所在街道（镇）社区提出申请。")
S("mz.gaoling", "dep.mz", "高龄津贴申领", "Old-age allowance for people aged 80 and over",
  ["高龄补贴", "老年人高龄津贴"],
  "本区户籍年满80周岁的老年人，按年龄段每月领取高龄津贴。",
  "Local residents aged 80+ receive a monthly old-age allowance.",
  ["本区户籍", "年满80周岁"],
  [ID, HKB, M("本人社会保障卡或银行卡", "Social security card or bank card", copies=1)],
  ["3M01"], "MZ", "15个工作日", "15 working days", "不收费", "Free",
  notes="亲属可代办，须带代办人身份证。")
S("mz.funeral", "dep.mz", "惠民殡葬补贴申领", "Funeral subsidy",
  ["殡葬补贴", "基本殡葬服务费减免"],
  "本区户籍居民去世后，家属申领基本殡葬服务补贴。",
  "Families of deceased local residents claim the basic funeral subsidy.",
  ["逝者为本区户籍", "在成都市殡仪馆火化"],
  [M("火化证明", "Cremation certificate", copies=1), M("死亡证明", "Death certificate", copies=1),
   M("经办人身份证", "Applicant's ID")],
  ["3M01"], "MZ", "10个工作日", "10 working days", "不收费", "Free")
S("mz.canji", "dep.cl", "残疾人证新办", "Applying for a disability certificate",
  ["残疾人证办理", "残疾评定"],
  "经指定医院残疾评定符合标准的，申请办理中华人民共和国残疾人证（智能化）。",
  "People assessed as disabled by a designated hospital apply for the disability certificate.",
  ["经指定机构残疾评定"],
  [ID, HKB, M("2寸白底免冠照片", "2-inch photo", copies=2)],
  ["3M01"], "CL", "20个工作日", "20 working days", "不收费", "Free",
  online="“全国残疾人证”小程序可申请", notes="残疾评定须先到指定医院进行。")

# ---------------- 卫健 ----------------
S("wj.shengyu", "dep.wj", "生育登记", "Birth registration with the health commission",
  ["生育服务登记"],
  "夫妻生育子女实行登记服务，可在孕前或孕期登记，作为办理相关待遇的依据。",
  "Couples register births (before or during pregnancy) with the health commission.",
  ["夫妻一方为四川户籍或在四川居住"], [M("夫妻双方身份证", "Both spouses' IDs")],
  ["3W01"], "WJ", "即时办结", "Immediately", "不收费", "Free",
  online="“四川省生育登记”小程序、“天府通办”可自助登记")
S("wj.jiangli", "dep.wj", "计划生育家庭奖励扶助金申请", "Family planning reward allowance",
  ["奖励扶助", "独生子女父母奖励"],
  "符合条件的农村计划生育家庭夫妻年满60周岁后，申请奖励扶助金。",
  "Eligible rural family-planning couples aged 60+ apply for a yearly reward allowance.",
  ["农村户籍或曾为农村户籍", "只有一个子女或两个女孩", "年满60周岁"],
  [ID, HKB, M("子女情况证明", "Proof of children", copies=1)],
  ["3W01"], "WJ", "按年度集中审核", "Reviewed yearly", "不收费", "Free",
  hours="每年1月至3月集中申报")

# ---------------- 结构 ----------------
floors = [
  {"id": "lv1", "name": "一楼", "name_en": "Ground floor", "map": None},
  {"id": "lv2", "name": "二楼", "name_en": "First floor (2F)", "map": None},
  {"id": "lv3", "name": "三楼", "name_en": "Second floor (3F)", "map": None},
]
hall = {"id": "cd-qingshan-zwzx", "name": "成都市青杉区政务服务中心",
        "name_en": "Qingshan District Government Service Centre, Chengdu",
        "address": "四川省成都市青杉区杉林大道188号", "address_en": "188 Shanlin Avenue, Qingshan District, Chengdu",
        "hours": "周一至周五 9:00–12:00、13:00–17:00；周六 9:00–12:00（户政、不动产、出入境延时服务）",
        "hours_en": "Mon–Fri 9:00–12:00, 13:00–17:00; Sat 9:00–12:00 (household, property, exit-entry only)",
        "phone": "028-8765 1234", "floors": floors, "kiosk": {"floor": "lv1", "x": 0.5, "y": 0.88}}
departments = [
  {"id": "dep.hz", "name": "区公安分局户政窗口", "name_en": "Household registration (police)"},
  {"id": "dep.crj", "name": "区公安分局出入境窗口", "name_en": "Exit and entry (police)"},
  {"id": "dep.rs", "name": "区人力资源和社会保障局", "name_en": "Human resources and social security"},
  {"id": "dep.yb", "name": "区医疗保障局", "name_en": "Medical insurance bureau"},
  {"id": "dep.gjj", "name": "成都住房公积金管理中心青杉分中心", "name_en": "Housing provident fund (Qingshan branch)"},
  {"id": "dep.sc", "name": "区市场监督管理局", "name_en": "Market regulation (business registration)"},
  {"id": "dep.sw", "name": "国家税务总局成都市青杉区税务局", "name_en": "Tax bureau"},
  {"id": "dep.bdc", "name": "区不动产登记中心", "name_en": "Real estate registration centre"},
  {"id": "dep.hy", "name": "区民政局婚姻登记处", "name_en": "Marriage registry"},
  {"id": "dep.mz", "name": "区民政局社会救助窗口", "name_en": "Civil affairs (social assistance)"},
  {"id": "dep.cl", "name": "区残疾人联合会", "name_en": "Disabled persons' federation"},
  {"id": "dep.wj", "name": "区卫生健康局", "name_en": "Health commission"},
]
def W(id, fl, zone, zone_en, x, y, label, label_en):
    return {"id": id, "floor": fl, "zone": zone, "zone_en": zone_en, "x": x, "y": y,
            "label": label, "label_en": label_en, "door": {"x": x, "y": round(y + 0.06, 3)}}
windows = [
  W("1A01", "lv1", "一楼A区·户政", "1F Zone A · Household", 0.10, 0.20, "户政·身份证", "Household · ID cards"),
  W("1A02", "lv1", "一楼A区·户政", "1F Zone A · Household", 0.19, 0.20, "户政·户口迁移", "Household · hukou moves"),
  W("1A03", "lv1", "一楼A区·户政", "1F Zone A · Household", 0.28, 0.20, "户政·居住证/综合", "Household · residence permit"),
  W("1C01", "lv1", "一楼C区·人社医保", "1F Zone C · Social security", 0.42, 0.20, "社保卡", "Social security card"),
  W("1C02", "lv1", "一楼C区·人社医保", "1F Zone C · Social security", 0.51, 0.20, "社保参保", "Social insurance enrolment"),
  W("1C03", "lv1", "一楼C区·人社医保", "1F Zone C · Social security", 0.60, 0.20, "社保待遇·就业创业", "Benefits · employment"),
  W("1C04", "lv1", "一楼C区·人社医保", "1F Zone C · Social security", 0.69, 0.20, "医保参保·备案", "Medical insurance"),
  W("1C05", "lv1", "一楼C区·人社医保", "1F Zone C · Social security", 0.78, 0.20, "医保待遇·报销", "Medical reimbursement"),
  W("1F01", "lv1", "一楼F区·税务", "1F Zone F · Tax", 0.88, 0.40, "税务综合", "Tax"),
  W("1F02", "lv1", "一楼F区·税务", "1F Zone F · Tax", 0.88, 0.52, "税务·房产税费", "Tax · property taxes"),
  W("2B01", "lv2", "二楼B区·出入境", "2F Zone B · Exit-entry", 0.10, 0.20, "出入境·护照", "Exit-entry · passports"),
  W("2B02", "lv2", "二楼B区·出入境", "2F Zone B · Exit-entry", 0.19, 0.20, "出入境·港澳台/境外人员", "Exit-entry · HK/Macao/Taiwan, foreigners"),
  W("2D01", "lv2", "二楼D区·公积金", "2F Zone D · Housing fund", 0.35, 0.20, "公积金提取", "Housing fund withdrawals"),
  W("2D02", "lv2", "二楼D区·公积金", "2F Zone D · Housing fund", 0.44, 0.20, "公积金贷款·综合", "Housing fund loans"),
  W("2E01", "lv2", "二楼E区·企业开办", "2F Zone E · Business", 0.60, 0.20, "个体户·食品许可", "Sole traders · food permits"),
  W("2E02", "lv2", "二楼E区·企业开办", "2F Zone E · Business", 0.69, 0.20, "企业开办", "Company set-up"),
  W("2E03", "lv2", "二楼E区·企业开办", "2F Zone E · Business", 0.78, 0.20, "企业注销", "Company closure"),
  W("2G01", "lv2", "二楼G区·不动产", "2F Zone G · Property", 0.88, 0.45, "不动产交易登记（含税费）", "Property transfer (with tax)"),
  W("2G02", "lv2", "二楼G区·不动产", "2F Zone G · Property", 0.88, 0.57, "不动产查询·抵押", "Property search · mortgages"),
  W("3H01", "lv3", "三楼婚姻登记处", "3F Marriage registry", 0.15, 0.25, "结婚登记·颁证厅", "Marriage registration"),
  W("3H02", "lv3", "三楼婚姻登记处", "3F Marriage registry", 0.28, 0.25, "离婚登记", "Divorce registration"),
  W("3M01", "lv3", "三楼民生服务区", "3F Welfare services", 0.55, 0.25, "社会救助·养老·残联", "Assistance · elderly · disability"),
  W("3W01", "lv3", "三楼民生服务区", "3F Welfare services", 0.70, 0.25, "卫生健康", "Health commission"),
]
def P(id, name, en, aliases, fl, x, y, notes, notes_en="", kind=None, link=""):
    d = {"id": id, "name": name, "name_en": en, "aliases": aliases, "floor": fl, "x": x, "y": y,
         "notes": notes, "notes_en": notes_en, "door": {"x": x, "y": round(y - 0.05, 3)}}
    if kind:
        d["kind"] = kind
    if link:
        d["link"] = link
    return d
places = [
  P("pl.wc.1", "一楼卫生间", "Toilets (1F)", ["卫生间", "洗手间", "toilet"], "lv1", 0.93, 0.80,
    "一楼东北角，含无障碍厕位。", "North-east corner, with accessible stall."),
  P("pl.wc.3", "三楼卫生间", "Toilets (3F)", ["卫生间（三楼）"], "lv3", 0.93, 0.80,
    "三楼婚姻登记处旁。", "Next to the marriage registry."),
  P("pl.lift", "无障碍电梯", "Lift", ["电梯", "lift", "elevator"], "lv1", 0.40, 0.70,
    "可达一至三楼，轮椅、婴儿车优先。", "Serves 1F–3F; wheelchairs and prams first.", kind="lift", link="lift-main"),
  P("pl.stairs", "东侧楼梯", "East stairs", ["楼梯", "stairs"], "lv1", 0.80, 0.70,
    "通往二楼、三楼。", "To 2F and 3F.", kind="stairs", link="stairs-east"),
  P("pl.photo", "自助照相亭", "Photo booth", ["照相", "证件照"], "lv1", 0.12, 0.75,
    "可拍身份证、社保卡、结婚登记照片，每次20元，扫码支付。", "ID, card and marriage photos, 20 yuan."),
  P("pl.copy", "复印打印服务点", "Copy and print", ["复印", "打印", "copy"], "lv1", 0.22, 0.75,
    "办事材料免费复印10页以内，超出每页0.5元；可手机连WiFi打印。", "10 free pages, then 0.5 yuan/page."),
  P("pl.self", "24小时自助服务区", "24-hour self-service area", ["自助服务区", "自助终端", "self-service"], "lv1", 0.30, 0.92,
    "“天府通办”自助终端：社保参保证明、公积金缴存证明、不动产查询、个税记录打印；出入境签注自助机。",
    "Self-service terminals for certificates and endorsements; open 24 hours via the south door."),
  P("pl.ems", "EMS邮寄服务台", "EMS postal desk", ["EMS", "邮寄"], "lv1", 0.65, 0.75,
    "证件、执照可邮寄到家，邮费自理。", "Post documents home, postage paid by you."),
  P("pl.water", "便民饮水点", "Drinking water", ["饮水机", "water"], "lv1", 0.72, 0.88,
    "提供温开水、纸杯；老花镜、雨伞、充电宝免费借用。", "Water, paper cups, reading glasses, umbrellas to borrow."),
  P("pl.rest", "候办休息区", "Waiting area", ["休息区", "等候区"], "lv1", 0.55, 0.50,
    "正对叫号屏，设老年人优先座位。", "Facing the queue screens; priority seats for elderly."),
  P("pl.baby", "母婴室", "Mother and baby room", ["母婴室", "哺乳室"], "lv2", 0.55, 0.80,
    "二楼电梯旁，有尿布台和温奶器。", "Next to the 2F lift, with changing table."),
  P("pl.parking", "地面停车场（东门）", "Car park (east gate)", ["停车场", "parking"], "lv1", 0.97, 0.95,
    "东门外，办事凭号票免费停车2小时。", "Outside the east gate; 2 hours free with a queue ticket."),
  P("pl.ramp", "无障碍入口（南门坡道）", "Accessible entrance (south ramp)", ["无障碍通道", "轮椅通道"], "lv1", 0.50, 0.98,
    "南门设坡道和呼叫按钮，可借轮椅。", "Ramp and call button at the south door; wheelchairs to lend."),
  P("pl.help", "咨询导办台（帮办代办）", "Help desk", ["导办台", "咨询台", "帮办代办", "help desk"], "lv1", 0.50, 0.70,
    "工作人员提供咨询、填表指导、老年人和残疾人帮办代办。", "Staff help with questions, forms, and assisted service."),
]

# ---------------- 步行通道（每层一条东西向主通道，门口垂直接入） ----------------
CORR_Y = 0.45
def build_walkways():
    for fl in floors:
        fid = fl["id"]
        nodes, paths, stops = [], [], []
        items = [(w["id"], w["door"]) for w in windows if w["floor"] == fid]
        items += [(p["id"], p["door"]) for p in places if p["floor"] == fid]
        if hall["kiosk"]["floor"] == fid:
            items.append(("kiosk", {"x": hall["kiosk"]["x"], "y": hall["kiosk"]["y"]}))
        if fid != "lv1":
            for nid, x, kind, link, nm, nm_en in [
                ("lift-" + fid, 0.40, "lift", "lift-main", "无障碍电梯（%s）" % fl["name"], "Lift (%s)" % fl["name_en"]),
                ("stairs-" + fid, 0.80, "stairs", "stairs-east", "东侧楼梯（%s）" % fl["name"], "East stairs (%s)" % fl["name_en"])]:
                nodes.append({"id": nid, "x": x, "y": 0.65, "kind": kind, "link": link, "name": nm, "name_en": nm_en})
                items.append((nid, {"x": x, "y": 0.65}))
        for ref, door in items:
            cid = "c-" + ref
            nodes.append({"id": cid, "x": door["x"], "y": CORR_Y})
            paths.append([ref, cid])
            stops.append((door["x"], cid))
        stops.sort()
        paths.append([c for _, c in stops])
        fl["walkways"] = {"width_m": 60, "height_m": 36, "nodes": nodes, "paths": paths}
build_walkways()

cat = {"schema_version": 1, "hall": hall, "departments": departments, "windows": windows,
       "places": places, "services": services}
ids = [s["id"] for s in cat["services"]]
assert len(ids) == len(set(ids)), "dup ids"
with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(cat, f, ensure_ascii=False, indent=2)
    f.write("\n")
print(len(cat["services"]), "services,", len(windows), "windows,", len(places), "places,", len(departments), "departments")
