#!/usr/bin/env python3
"""Builds catalog.json for the fictional 哈尔滨市松江北区政务服务中心 (stdlib only)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-10-12"
APP = "可在“全省事”App或“e冰城”App搜索事项名称网上办理"
APP_EN = "Can be done online in the Quanshengshi or eBingcheng app"

def M(name, en="", original=True, copies=0, required=True, note="", note_en=""):
    d = {"name": name, "name_en": en, "original": original, "copies": copies, "required": required}
    if note: d["note"] = note
    if note_en: d["note_en"] = note_en
    return d

ID = M("申请人居民身份证", "Applicant's resident ID card")
HKB = M("居民户口簿", "Household register (hukou booklet)")
SBK = M("社会保障卡", "Social security card", required=False, note="无卡可凭身份证办理")

def S(id, name, en, dept, windows, q, aliases, summary, summary_en, conditions, materials,
      time_limit="", time_limit_en="", fee="免费", fee_en="Free", appointment="", appointment_en="",
      online="", online_en="", notes="", notes_en="", conditions_en=None, hours=None, hours_en=None):
    d = dict(id=id, name=name, name_en=en, department=dept, aliases=aliases, summary=summary,
             summary_en=summary_en, conditions=conditions, conditions_en=conditions_en or [],
             materials=materials, windows=windows, queue_prefix=q, time_limit=time_limit,
             time_limit_en=time_limit_en, fee=fee, fee_en=fee_en, hours=hours, hours_en=hours_en,
             appointment=appointment, appointment_en=appointment_en, online=online, online_en=online_en,
             notes=notes, notes_en=notes_en, updated=UPD)
    return d

departments = [
    {"id": "dep-hz", "name": "区公安分局户政服务窗口", "name_en": "Household Registration (Public Security)"},
    {"id": "dep-crj", "name": "区公安分局出入境接待室", "name_en": "Exit-Entry Administration"},
    {"id": "dep-rs", "name": "区人力资源和社会保障局", "name_en": "Human Resources and Social Security Bureau"},
    {"id": "dep-da", "name": "区人才服务中心（人事档案）", "name_en": "Talent Service Centre (Personnel Files)"},
    {"id": "dep-yb", "name": "区医疗保障局", "name_en": "Healthcare Security Bureau"},
    {"id": "dep-gjj", "name": "哈尔滨住房公积金管理中心松江北区管理部", "name_en": "Housing Provident Fund, Songjiang North Office"},
    {"id": "dep-sj", "name": "区市场监督管理局", "name_en": "Market Regulation Bureau"},
    {"id": "dep-sw", "name": "国家税务总局哈尔滨市松江北区税务局", "name_en": "Songjiang North District Tax Bureau"},
    {"id": "dep-bdc", "name": "区不动产登记中心", "name_en": "Real Estate Registration Centre"},
    {"id": "dep-mz", "name": "区民政局（含婚姻登记处、残联窗口）", "name_en": "Civil Affairs Bureau (Marriage Registry, Disabled Persons' Federation)"},
    {"id": "dep-wj", "name": "区卫生健康局", "name_en": "Health Commission"},
]

services = []
A = services.append

# ---------------- 户政 ----------------
A(S("hz-sfz-01", "居民身份证首次申领", "First application for a resident ID card", "dep-hz", ["1F-01", "1F-02"], "A",
    ["身份证初次办理", "首次领证"],
    "年满16周岁的公民应当申领居民身份证；未满16周岁可自愿申领。现场采集人像、指纹。",
    "Citizens aged 16 and over must apply; under 16 is optional. Photo and fingerprints taken on site.",
    ["本区常住户口", "未满16周岁须由监护人陪同"],
    [HKB, M("监护人居民身份证", "Guardian's ID card", required=False, note="未满16周岁申领时提供"),
     M("居民身份证相片回执", "ID photo receipt", required=False, note="可在窗口现场免费拍摄")],
    "20个工作日", "20 working days", "20元", "CNY 20", online=APP, online_en=APP_EN,
    notes="可选择EMS邮寄到家（邮费自理）。"))
A(S("hz-sfz-02", "居民身份证有效期满换领", "Renewal of an expiring resident ID card", "dep-hz", ["1F-01", "1F-02"], "A",
    ["身份证到期换证", "换领二代证"],
    "身份证有效期满前3个月内可申请换领；已过期的也可直接换领，无滞纳金。",
    "Apply within 3 months before expiry, or after expiry without penalty.",
    ["居民身份证有效期即将届满或已届满", "支持跨省异地换领"],
    [M("原居民身份证", "Old ID card"), M("居民户口簿", "Household register", required=False, note="本市户籍一般无需提供")],
    "20个工作日（异地换领30个工作日）", "20 working days (30 if out-of-province)", "20元", "CNY 20",
    online=APP, online_en=APP_EN, notes="60周岁以上换发长期有效证件。"))
A(S("hz-sfz-03", "居民身份证遗失补领", "Replacement of a lost resident ID card", "dep-hz", ["1F-01", "1F-02"], "A",
    ["身份证补办", "身份证挂失"],
    "身份证丢失、被盗或严重损坏无法辨认的，申请补领。办理时原证件同时作废。",
    "Apply for a replacement when the ID card is lost, stolen or badly damaged.",
    ["居民身份证丢失、被盗或损坏"],
    [HKB, M("损坏的原证件", "The damaged card", required=False, note="损坏换领时交回")],
    "20个工作日", "20 working days", "40元（损坏换领20元）", "CNY 40 (CNY 20 for a damaged card)",
    online=APP, online_en=APP_EN, notes="急需乘车、住宿可同时申请临时身份证。"))
A(S("hz-sfz-04", "临时居民身份证办理", "Temporary resident ID card", "dep-hz", ["1F-01"], "A",
    ["临时身份证"],
    "在申领、换领、补领身份证期间急需使用的，可申请临时居民身份证，有效期3个月。",
    "Issued while the permanent card is being made; valid for 3 months.",
    ["已受理身份证申领、换领或补领"],
    [HKB, M("居民身份证受理回执", "ID application receipt")],
    "当场办结", "Same day", "10元", "CNY 10"))
A(S("hz-hk-01", "出生登记", "Birth registration (hukou for a newborn)", "dep-hz", ["1F-03"], "A",
    ["新生儿上户口", "报出生"],
    "婴儿出生后一个月内，由监护人向父亲或母亲常住户口所在地申报出生登记。",
    "Parents register a newborn at the hukou address of either parent, within one month of birth.",
    ["父亲或母亲一方为本区常住户口"],
    [M("出生医学证明", "Medical birth certificate"), M("父母双方居民身份证", "Both parents' ID cards"),
     HKB, M("结婚证", "Marriage certificate", required=False, note="非婚生育的提供其他说明材料")],
    "即时办结", "Same day", online="“全省事”App可网上申报出生登记", online_en="Online via the Quanshengshi app",
    notes="可与医保参保、社保卡申领“出生一件事”联办。"))
A(S("hz-hk-02", "户口迁入登记（投靠、购房、人才落户）", "Moving hukou into the district", "dep-hz", ["1F-03"], "A",
    ["户口迁入", "落户"],
    "符合投靠亲属、合法稳定住所、人才引进等条件的人员申请将户口迁入本区。跨省迁入实行“一站式”办理，无需回原籍开迁移证。",
    "Move your hukou here by joining relatives, owning a home or as a talent; cross-province moves are handled here in one stop.",
    ["夫妻、父母子女投靠", "在本区有合法稳定住所", "大中专毕业生及人才引进"],
    [ID, HKB, M("房屋产权证明或亲属关系证明", "Property certificate or proof of relationship", copies=1),
     M("毕业证书", "Graduation certificate", required=False, note="人才落户提供")],
    "5个工作日（跨省一站式10个工作日）", "5 working days (10 for cross-province)", online=APP, online_en=APP_EN))
A(S("hz-hk-03", "户口迁出登记", "Moving hukou out of the district", "dep-hz", ["1F-03"], "A",
    ["户口迁出", "准迁证迁出"],
    "户口迁往本省其他市县，或迁入地尚未实行一站式的，凭准予迁入证明办理迁出。",
    "Move your hukou out to another place with the destination's approval.",
    ["持有迁入地准迁证明或符合省内通迁条件"],
    [ID, HKB, M("准予迁入证明", "Approval of moving-in", required=False)],
    "即时办结", "Same day"))
A(S("hz-hk-04", "死亡人员户口注销", "Cancelling the hukou of a deceased person", "dep-hz", ["1F-03"], "A",
    ["死亡注销户口", "销户"],
    "公民死亡后，由其家属持死亡证明到户籍窗口注销户口，同时交回身份证。",
    "Family members cancel the hukou of the deceased and return the ID card.",
    ["户籍人员已死亡"],
    [M("居民死亡医学证明（推断）书或火化证明", "Death certificate or cremation certificate"),
     M("死者居民身份证、户口簿", "Deceased's ID card and household register"), M("申报人居民身份证", "Applicant's ID card")],
    "即时办结", "Same day", notes="注销后请到人社、医保窗口办理待遇停发及丧葬费申领。"))
A(S("hz-jzz", "居住证申领", "Residence permit for non-local residents", "dep-hz", ["1F-02"], "A",
    ["办居住证"],
    "非本市户籍人员在本区居住半年以上，有合法稳定就业、住所或连续就读条件之一的，可申领居住证。",
    "For non-local residents who have lived here 6 months with stable work, housing or study.",
    ["在本区居住满半年并已办理居住登记", "有合法稳定就业、住所或就读证明之一"],
    [ID, M("租房合同或房产证明", "Rental contract or property certificate", copies=1),
     M("劳动合同或营业执照", "Labour contract or business licence", required=False, copies=1)],
    "15个工作日", "15 working days", online=APP, online_en=APP_EN))

# ---------------- 出入境 ----------------
A(S("crj-hz", "普通护照签发", "Ordinary passport application", "dep-crj", ["1F-04"], "B",
    ["办护照", "护照换发补发"],
    "中国公民因出国旅游、探亲、留学、商务等申请普通护照，含首次申领、换发、补发。",
    "Chinese citizens apply for, renew or replace an ordinary passport.",
    ["中国公民，全国通办"],
    [ID, M("原护照", "Old passport", required=False, note="换发时提供"), M("未成年人出生医学证明及监护人身份证", "Minor's birth certificate and guardian's ID", required=False)],
    "7个工作日", "7 working days", "120元", "CNY 120",
    appointment="建议通过“移民局”App或公众号预约", appointment_en="Book via the NIA app",
    notes="窗口提供出入境证件照相服务。"))
A(S("crj-gat", "往来港澳通行证及签注", "Exit-entry permit for Hong Kong and Macao, and endorsements", "dep-crj", ["1F-04"], "B",
    ["港澳通行证", "港澳签注"],
    "内地居民前往港澳旅游、探亲、商务的通行证申领及签注办理。",
    "Mainland residents apply for the HK/Macao permit and endorsements.",
    ["中国内地居民，全国通办"],
    [ID, M("原通行证", "Old permit", required=False)],
    "7个工作日（签注可自助机即时办理）", "7 working days (endorsements instantly at self-service machines)",
    "证件60元，团队旅游签注每次15元", "Permit CNY 60; tour endorsement CNY 15 each"))
A(S("crj-wgr-qz", "外国人签证延期及居留许可", "Visa extension and residence permit for foreigners", "dep-crj", ["1F-04"], "B",
    ["visa extension", "居留许可"],
    "在华外国人因商务、探亲、工作等需要延长停留期限或申请居留许可的，在出入境接待室受理。",
    "Foreigners who need to extend their stay or apply for a residence permit apply at the exit-entry desk.",
    ["持有效护照和签证", "在签证停留期满7日前提出申请"],
    [M("护照及有效签证", "Passport with valid visa"), M("外国人签证证件申请表", "Visa/residence application form"),
     M("住宿登记证明", "Registration of temporary residence"), M("事由证明材料（邀请函、工作许可等）", "Supporting documents (invitation, work permit, etc.)")],
    "7个工作日", "7 working days", "按签证种类及国别收费", "Fee depends on visa type and nationality",
    notes="俄语、英语翻译可提前预约。", notes_en="Russian/English interpreting can be booked in advance."))
A(S("crj-wgr-zs", "境外人员临时住宿登记", "Registration of temporary residence for foreigners", "dep-crj", ["1F-04"], "B",
    ["住宿登记", "accommodation registration"],
    "境外人员在宾馆以外的民宿、亲友家或租住房屋住宿的，应当在入住后24小时内（农村72小时）办理住宿登记。",
    "Foreigners staying anywhere other than a hotel must register within 24 hours of arrival.",
    ["住在宾馆以外的场所（含民宿、出租房、亲友家）"],
    [M("境外人员护照", "Passport"), M("留宿人身份证或房东身份证", "Host's or landlord's ID card"),
     M("房屋租赁合同或房产证明", "Lease or property certificate", required=False)],
    "当场办结", "Same day", online="可通过“黑龙江公安”微信公众号网上申报", online_en="Online via the Heilongjiang Police WeChat account",
    notes="民宿经营者须为入住的境外游客代为申报。", notes_en="Homestay operators must register their foreign guests."))

# ---------------- 人社 ----------------
A(S("rs-tx", "企业职工退休申请（基本养老金核定）", "Retirement application and pension calculation", "dep-rs", ["1F-05"], "C1",
    ["办理退休", "养老金核定"],
    "达到法定退休年龄且累计缴费满15年的参保人员，申请办理退休并核定基本养老金。",
    "Insured workers reaching retirement age with 15+ years of contributions apply to retire and have their pension calculated.",
    ["达到法定退休年龄（含渐进式延迟退休政策）", "累计缴费满15年（按政策逐步提高）"],
    [ID, M("本人人事档案", "Personnel file", note="由存档单位或人才中心调取"), SBK,
     M("一寸近期免冠照片", "1-inch photo", copies=2)],
    "20个工作日", "20 working days", appointment="临近退休前3个月可预约审核", appointment_en="Book a review 3 months before retirement",
    notes="特殊工种提前退休须经档案审核公示。"))
A(S("rs-rz", "养老保险待遇领取资格认证", "Pension eligibility verification", "dep-rs", ["1F-05"], "C1",
    ["资格认证", "生存认证"],
    "领取养老保险待遇的人员每年进行一次资格认证，可窗口认证、自助机人脸认证或手机App认证。",
    "Pensioners confirm their eligibility once a year at the window, a self-service machine or by app.",
    ["正在领取基本养老保险待遇"],
    [ID, SBK],
    "即时办结", "Same day", online="“黑龙江人社”App或“全省事”App刷脸认证", online_en="Face check in the Heilongjiang HRSS app",
    notes="行动不便的可申请工作人员上门认证；异地居住的可在居住地认证。"))
A(S("rs-gl", "视同缴费年限认定", "Recognition of deemed contribution years", "dep-rs", ["1F-05"], "C1",
    ["视同缴费", "连续工龄认定"],
    "对1996年1月全省实行个人缴费前的连续工龄，根据人事档案认定视同缴费年限。",
    "Working years before individual contributions began (Jan 1996) are recognised from the personnel file.",
    ["原国有、集体企业职工（含改制、破产、下岗人员）", "人事档案中有招工、调动等原始记录"],
    [ID, M("本人人事档案", "Personnel file"), M("原单位改制、破产或解除劳动关系证明", "Proof of enterprise restructuring or termination", required=False, copies=1)],
    "30个工作日", "30 working days",
    notes="档案缺失的，可先到人事档案窗口查询档案下落。"))
A(S("rs-lh", "灵活就业人员参保登记", "Social insurance registration for flexibly employed people", "dep-rs", ["1F-06"], "C2",
    ["个人参保", "自由职业参保"],
    "无雇工的个体工商户、未在单位参保的非全日制从业人员及其他灵活就业人员，以个人身份参加企业职工基本养老保险。",
    "Self-employed and flexibly employed people join employee pension insurance as individuals.",
    ["年满16周岁，未达到法定退休年龄", "未在用人单位参保"],
    [ID],
    "即时办结", "Same day", online=APP, online_en=APP_EN,
    notes="登记后保费由税务部门征收，可在“龙江税务”App缴纳。"))
A(S("rs-zy", "基本养老保险关系转移接续", "Transfer of pension insurance between provinces", "dep-rs", ["1F-06"], "C2",
    ["养老保险转移", "社保转入"],
    "参保人员跨省、跨统筹地区流动就业的，将养老保险关系转入或转出本区。",
    "Transfer pension insurance records in or out when moving between provinces.",
    ["在转出地已停止缴费", "在本区已参保或符合落地条件"],
    [ID, M("参保缴费凭证（转出地开具）", "Contribution record from the previous place", required=False, note="可由系统线上获取")],
    "45个工作日", "45 working days", online="国家社会保险公共服务平台或“掌上12333”App可申请", online_en="Online via the national social insurance platform",
    notes="医保关系转移请到医保窗口。"))
A(S("rs-sy", "失业保险金申领", "Unemployment insurance benefit", "dep-rs", ["1F-08"], "C3",
    ["领失业金", "失业登记"],
    "非因本人意愿中断就业、缴纳失业保险满1年的人员，办理失业登记并申领失业保险金。",
    "People who lost their job involuntarily after 1+ year of contributions register and claim benefits.",
    ["非因本人意愿中断就业", "失业前累计缴纳失业保险满1年", "有求职要求"],
    [ID, M("解除或终止劳动合同证明", "Proof of termination of labour contract", copies=1), SBK],
    "即时受理，次月发放", "Accepted on the spot, paid from next month", online="“黑龙江人社”App可申领", online_en="Online via the Heilongjiang HRSS app"))
A(S("rs-cd", "创业担保贷款申请", "Start-up guaranteed loan", "dep-rs", ["1F-08"], "C3",
    ["创业贷款"],
    "符合条件的个人创业者可申请最高30万元的创业担保贷款，并按规定享受财政贴息。",
    "Eligible entrepreneurs may borrow up to CNY 300,000 with interest subsidies.",
    ["城镇登记失业人员、返乡创业人员、高校毕业生、退役军人等", "已办理营业执照并正常经营"],
    [ID, M("营业执照", "Business licence", copies=1), M("创业计划书", "Business plan"),
     M("就业创业证", "Employment and entrepreneurship certificate", required=False)],
    "15个工作日（银行审批另计）", "15 working days plus bank approval"))
A(S("rs-kb-01", "社会保障卡申领", "Applying for a social security card", "dep-rs", ["1F-07"], "C4",
    ["社保卡办理", "第三代社保卡"],
    "参保人员首次申领社会保障卡（第三代卡），具有金融功能，可即时制卡。",
    "First application for a social security card (with bank function); made on the spot.",
    ["已在本市参加社会保险"],
    [ID, M("监护人身份证及户口簿", "Guardian's ID and household register", required=False, note="未成年人办理")],
    "即时制卡", "Made instantly", online=APP, online_en=APP_EN))
A(S("rs-kb-02", "社会保障卡挂失补换", "Reporting a lost social security card and replacement", "dep-rs", ["1F-07"], "C4",
    ["社保卡补办", "社保卡换卡"],
    "社会保障卡丢失、损坏或需要换发新卡的，先挂失后补换。",
    "Report a lost or damaged card and get a replacement.",
    ["社保卡遗失、损坏或需换代"],
    [ID, M("原社保卡", "Old card", required=False, note="损坏换卡时交回")],
    "即时制卡", "Made instantly", "补卡工本费按合作银行标准收取", "Replacement fee set by the partner bank",
    online="电话12333或“黑龙江人社”App可临时挂失", online_en="Temporary loss report via 12333"))
A(S("rs-sz", "参保人员丧葬补助金、抚恤金申领", "Funeral grant and survivor's pension", "dep-rs", ["1F-05"], "C1",
    ["丧葬费", "抚恤金"],
    "参保退休人员或在职人员死亡后，其直系亲属申领丧葬补助金和一次性抚恤金，同时停发养老金。",
    "Next of kin claim the funeral grant and survivor's pension after an insured person dies.",
    ["参保人员已死亡并注销户口"],
    [M("死亡证明或火化证明", "Death or cremation certificate"), M("申领人身份证及与死者关系证明", "Claimant's ID and proof of relationship", copies=1),
     M("申领人银行卡", "Claimant's bank card")],
    "15个工作日", "15 working days", notes="死亡后多领的养老金须退回。"))
A(S("rs-zm", "社会保险个人参保证明打印", "Printing a social insurance record", "dep-rs", ["1F-06"], "C2",
    ["参保证明", "社保缴费明细"],
    "打印个人社会保险参保缴费证明，用于购房、落户、子女入学等。",
    "Print your social insurance payment record for housing, hukou or school enrolment.",
    ["本市参保人员"],
    [ID],
    "即时办结", "Same day", online="可在一楼自助服务区打印，或“黑龙江人社”App下载电子证明", online_en="Self-service machines or the HRSS app"))

# ---------------- 人事档案 ----------------
A(S("da-jc", "流动人员人事档案接收存档", "Depositing a personnel file", "dep-da", ["2F-12"], "L",
    ["档案存档", "档案托管"],
    "未就业高校毕业生、与单位解除劳动关系人员等流动人员，将人事档案转入区人才服务中心免费存放。",
    "Graduates and people who left their employer deposit their personnel file free of charge.",
    ["户籍或社保在本区，或毕业生回原籍"],
    [ID, M("档案转递通知单或调档函", "File transfer notice")],
    "5个工作日", "5 working days", notes="档案须通过机要通道转递，个人不得自带。"))
A(S("da-zc", "流动人员人事档案转出", "Transferring a personnel file out", "dep-da", ["2F-12"], "L",
    ["调档", "档案转递"],
    "存档人员就业、升学或迁往外地的，凭接收单位调档函将档案转出。",
    "Transfer the file to a new employer, school or another city.",
    ["档案存放于本中心"],
    [ID, M("接收单位调档函", "Request letter from the receiving unit")],
    "3个工作日", "3 working days"))
A(S("da-cx", "人事档案查阅及证明材料出具", "Consulting a personnel file and issuing file-based certificates", "dep-da", ["2F-12"], "L",
    ["档案查询", "档案证明"],
    "查询档案存放位置，查阅、复制档案中的工龄、学历等材料，出具以档案为依据的证明（如工龄证明、政审）。",
    "Find where a file is kept, consult or copy documents, and obtain certificates based on it.",
    ["本人或受委托人申请；单位查阅须出具介绍信"],
    [ID, M("授权委托书及受托人身份证", "Power of attorney and agent's ID", required=False)],
    "3个工作日", "3 working days",
    notes="原国企改制、破产企业职工档案下落不明的，可在此协助查询市档案馆、原主管部门存档情况。"))

# ---------------- 医保 ----------------
A(S("yb-jm", "城乡居民基本医疗保险参保登记", "Enrolment in basic medical insurance for urban and rural residents", "dep-yb", ["1F-09", "1F-10"], "D",
    ["居民医保参保"],
    "未参加职工医保的城乡居民、学生、新生儿参加居民医保，每年集中缴费期为9月至12月。",
    "Residents not covered by employee insurance enrol in resident medical insurance; annual payment Sept–Dec.",
    ["本区户籍或持居住证的非职工人员"],
    [ID, M("新生儿户口簿或出生医学证明", "Newborn's household register or birth certificate", required=False)],
    "即时办结", "Same day", "按当年缴费标准", "Annual premium per current rate",
    online="“龙江税务”App或微信小程序缴费", online_en="Pay via the Longjiang Tax app"))
A(S("yb-yd", "异地就医备案", "Registration for medical treatment outside Harbin", "dep-yb", ["1F-09", "1F-10"], "D",
    ["异地备案", "外地就医登记"],
    "异地长期居住、工作或转诊就医的参保人员办理异地就医备案后，可在就医地直接结算。",
    "Register before seeking treatment in another city to settle bills directly there.",
    ["异地安置退休、异地长期居住、常驻异地工作或转外就医"],
    [ID, SBK, M("个人承诺书", "Personal undertaking", note="窗口现场填写")],
    "即时办结", "Same day", online="“国家医保服务平台”App可自助备案", online_en="Self-service in the National Healthcare Security app"))
A(S("yb-mt", "门诊慢特病待遇认定", "Recognition of chronic and special disease outpatient benefits", "dep-yb", ["1F-10"], "D",
    ["慢病认定", "特殊病"],
    "患有高血压、糖尿病、恶性肿瘤等规定病种的参保人，申请门诊慢特病待遇认定后门诊费用按比例报销。",
    "Patients with listed chronic diseases apply to have outpatient costs reimbursed.",
    ["参加本市基本医疗保险", "患有规定的门诊慢特病病种"],
    [ID, SBK, M("二级及以上医院诊断证明及病历", "Diagnosis and medical records from a grade-II+ hospital", copies=1)],
    "30个工作日", "30 working days", notes="部分定点医院可直接申报。"))
A(S("yb-bx", "零星医疗费用报销", "Reimbursement of medical bills paid in full", "dep-yb", ["1F-09", "1F-10"], "D",
    ["手工报销", "医疗费报销"],
    "因急诊、异地未备案等原因全额垫付医疗费用的，凭票据申请手工报销。",
    "Claim reimbursement for medical bills you paid in full (emergencies, unregistered treatment elsewhere).",
    ["参保人员发生的符合规定的医疗费用未能直接结算"],
    [ID, SBK, M("医疗费用收据原件", "Original receipts"), M("费用明细清单及出院小结", "Itemised bill and discharge summary"),
     M("本人银行卡", "Bank card", copies=1)],
    "30个工作日", "30 working days"))

# ---------------- 公积金 ----------------
G_ID = M("职工本人身份证", "Employee's ID card")
G_BANK = M("本人银行借记卡", "Employee's bank debit card")
A(S("gjj-tq-gf", "购买自住住房提取住房公积金", "Provident fund withdrawal for buying a home", "dep-gjj", ["2F-01", "2F-02"], "E",
    ["购房提取"],
    "职工购买本市或户籍地自住住房的，可提取本人及配偶住房公积金账户余额。",
    "Withdraw provident fund savings when buying a home to live in.",
    ["购房合同已备案或已取得不动产权证书", "购房后3年内申请"],
    [G_ID, M("购房合同或不动产权证书", "Purchase contract or property certificate", copies=1), M("购房发票", "Purchase invoice", copies=1), G_BANK,
     M("结婚证", "Marriage certificate", required=False, note="提取配偶公积金时提供")],
    "3个工作日", "3 working days", online="“哈尔滨公积金”App可线上提取", online_en="Online via the Harbin HPF app"))
A(S("gjj-tq-zf", "租赁住房提取住房公积金", "Provident fund withdrawal for rent", "dep-gjj", ["2F-01", "2F-02"], "E",
    ["租房提取"],
    "职工及配偶在本市无自有住房且租房居住的，可按月或按年提取住房公积金支付房租。",
    "Employees without their own home in Harbin can withdraw to pay rent.",
    ["本人及配偶在本市无自有住房", "连续足额缴存3个月以上"],
    [G_ID, M("无房声明（系统核验）", "No-home statement (checked online)"), G_BANK,
     M("房屋租赁合同", "Lease contract", required=False, note="超出标准额度提取时提供")],
    "即时办结", "Same day", online="“哈尔滨公积金”App可线上提取", online_en="Online via the Harbin HPF app"))
A(S("gjj-tq-hd", "偿还住房贷款提取住房公积金", "Provident fund withdrawal for mortgage repayment", "dep-gjj", ["2F-01", "2F-02"], "E",
    ["还贷提取", "冲还贷"],
    "职工偿还自住住房商业贷款或公积金贷款本息的，可提取公积金，或签订委托按月冲还贷。",
    "Use provident fund savings to repay a home loan, or set up monthly automatic offset.",
    ["住房贷款正常还款中"],
    [G_ID, M("借款合同", "Loan contract", copies=1), M("银行还款明细", "Bank repayment statement"), G_BANK],
    "3个工作日", "3 working days", online="“哈尔滨公积金”App可线上提取", online_en="Online via the Harbin HPF app"))
A(S("gjj-tq-tx", "离退休提取住房公积金（销户）", "Full withdrawal at retirement", "dep-gjj", ["2F-01", "2F-02"], "E",
    ["退休提取", "公积金销户"],
    "职工办理离休、退休手续后，可一次性提取住房公积金账户全部余额并销户。",
    "After retiring, employees withdraw the whole balance and close the account.",
    ["已办理离退休手续"],
    [G_ID, M("退休证明或养老金核定表", "Retirement certificate or pension approval"), G_BANK],
    "即时办结", "Same day", notes="达到法定退休年龄但未办退休手续的，凭身份证也可提取。"))
A(S("gjj-tq-lz", "解除劳动关系提取住房公积金", "Withdrawal after leaving employment", "dep-gjj", ["2F-01", "2F-02"], "E",
    ["离职提取"],
    "职工与单位解除劳动关系且账户封存满半年未重新就业的，可提取账户余额；非本市户籍离开本市的，可销户提取。",
    "After leaving a job and 6 months of a frozen account, or leaving Harbin as a non-local, withdraw the balance.",
    ["账户封存满6个月且未重新就业", "或非本市户籍职工离开本市"],
    [G_ID, M("解除劳动关系证明", "Proof of termination", copies=1), G_BANK],
    "3个工作日", "3 working days", notes="到外地就业的建议办理异地转移接续。"))
A(S("gjj-zy", "住房公积金异地转移接续", "Transferring a provident fund account between cities", "dep-gjj", ["2F-01", "2F-02"], "E",
    ["公积金转移", "异地转入"],
    "职工跨城市就业的，在新工作地开户缴存后申请将原缴存地公积金转入。",
    "Move your provident fund from the previous city after opening an account in the new one.",
    ["已在转入地建立个人账户并正常缴存", "原账户已封存"],
    [G_ID],
    "15个工作日", "15 working days", online="全国住房公积金小程序可线上申请", online_en="Online via the national HPF mini-program"))
A(S("gjj-dk", "住房公积金个人住房贷款", "Provident fund home loan", "dep-gjj", ["2F-03"], "E2",
    ["公积金贷款"],
    "连续足额缴存6个月以上的职工购买、建造自住住房，可申请住房公积金贷款。",
    "Employees with 6+ months of contributions can borrow for a home.",
    ["连续足额缴存6个月以上", "无未还清的公积金贷款"],
    [M("借款人夫妻双方身份证、户口簿、结婚证", "Borrowers' IDs, household registers, marriage certificate", copies=1),
     M("购房合同及首付款凭证", "Purchase contract and down-payment receipt", copies=1), M("收入证明", "Income certificate")],
    "15个工作日", "15 working days", appointment="建议提前电话预约面签", appointment_en="Book the signing by phone"))

# ---------------- 市场监管 ----------------
A(S("sj-gt-sl", "个体工商户设立登记", "Registering an individual business", "dep-sj", ["2F-04", "2F-05"], "F",
    ["个体执照", "个体户注册"],
    "自然人从事工商业经营的，申请个体工商户营业执照。“企业开办一网通”可同步办理刻章、申领发票。",
    "Individuals register a sole-trader business; seals and invoices can be requested together.",
    ["经营者具有完全民事行为能力", "有固定经营场所"],
    [M("经营者身份证", "Operator's ID card"), M("经营场所使用证明（房产证或租赁合同）", "Proof of premises (deed or lease)", copies=1)],
    "1个工作日", "1 working day", online="“黑龙江政务服务网”企业开办专区全程网办", online_en="Online in the Heilongjiang business start-up portal"))
A(S("sj-qy-sl", "企业设立登记", "Company incorporation", "dep-sj", ["2F-04", "2F-05"], "F",
    ["公司注册", "办营业执照"],
    "设立有限责任公司、个人独资企业、合伙企业等，申请营业执照，可一窗同步办理公章刻制、税务登记、社保登记。",
    "Register a company (LLC, sole proprietorship, partnership); seals, tax and social insurance set up in one go.",
    ["名称自主申报通过", "注册资本认缴期限不超过5年"],
    [M("公司登记（备案）申请书", "Registration application"), M("公司章程", "Articles of association"),
     M("股东、法定代表人身份证", "IDs of shareholders and legal representative"), M("住所使用证明", "Proof of address", copies=1)],
    "1个工作日", "1 working day", online="“黑龙江政务服务网”企业开办专区全程网办", online_en="Online in the Heilongjiang business start-up portal",
    notes="免费刻制一套公章。"))
A(S("sj-bg", "营业执照变更登记", "Changing business registration details", "dep-sj", ["2F-04", "2F-05"], "F",
    ["执照变更", "变更经营范围"],
    "企业、个体工商户变更名称、住所、经营范围、法定代表人、经营者等登记事项。",
    "Change the name, address, business scope or legal representative on a licence.",
    ["已取得营业执照"],
    [M("营业执照正副本", "Business licence (original and copy)"), M("变更登记申请书", "Change application"),
     M("新住所证明或相关决议", "New address proof or resolution", required=False)],
    "1个工作日", "1 working day", online="“黑龙江政务服务网”网上办理", online_en="Online"))
A(S("sj-zx", "市场主体注销登记", "Deregistering a business", "dep-sj", ["2F-04"], "F",
    ["注销执照", "简易注销"],
    "企业、个体工商户终止经营，申请注销登记。无债权债务的可适用简易注销（公示20天）。",
    "Close a business; simplified deregistration with a 20-day notice if there are no debts.",
    ["已结清税款、社保及债权债务"],
    [M("注销登记申请书", "Deregistration application"), M("营业执照正副本", "Business licence"),
     M("清税证明", "Tax clearance certificate", required=False, note="简易注销由系统共享")],
    "1个工作日（简易注销公示期后）", "1 working day after the notice period"))
A(S("sj-sp", "食品经营许可证核发", "Food business licence", "dep-sj", ["2F-05"], "F2",
    ["食品经营许可", "餐饮许可证"],
    "从事餐饮服务、食品销售的经营者申请食品经营许可证；仅销售预包装食品的办理备案。",
    "Restaurants and food sellers apply for a food business licence.",
    ["已取得营业执照", "经营场所布局、设施符合食品安全要求", "从业人员持有效健康证明"],
    [M("食品经营许可申请书", "Application form"), M("营业执照", "Business licence", copies=1),
     M("经营场所平面图及设备布局图", "Floor plan and equipment layout"), M("食品安全管理制度", "Food safety rules"),
     M("从业人员健康证明", "Staff health certificates", copies=1)],
    "10个工作日（含现场核查）", "10 working days incl. site inspection",
    notes="烧烤等涉及油烟排放的，须安装油烟净化设施。"))

# ---------------- 税务 ----------------
A(S("sw-fp", "发票领用", "Obtaining invoices (fapiao)", "dep-sw", ["2F-06", "2F-07"], "G",
    ["领发票", "数电票开票额度"],
    "新办纳税人申请使用数电发票、调整开票额度，或领用纸质发票。",
    "New taxpayers start issuing digital invoices, adjust the limit or obtain paper invoices.",
    ["已完成税务登记及实名认证"],
    [M("经办人身份证", "ID of the person handling"), M("营业执照", "Business licence", required=False)],
    "即时办结", "Same day", online="电子税务局或“龙江税务”App", online_en="Electronic tax bureau or the Longjiang Tax app"))
A(S("sw-dk", "代开增值税发票", "Tax office issuing an invoice on your behalf", "dep-sw", ["2F-06", "2F-07"], "G",
    ["代开发票"],
    "未办理税务登记的自然人（如出租房屋、提供劳务、临时经营）需要发票的，由税务机关代开并征收相关税款。",
    "Individuals without tax registration (renting, services) can have an invoice issued by the tax office.",
    ["自然人或临时经营者发生应税行为"],
    [M("本人身份证", "ID card"), M("合同或交易证明", "Contract or proof of transaction", copies=1)],
    "即时办结", "Same day", "免费（按规定缴纳增值税等税款）", "Free (applicable taxes due)",
    online="电子税务局自然人代开", online_en="Online for individuals"))
A(S("sw-ws", "开具个人所得税纳税记录（完税证明）", "Certificate of individual income tax paid", "dep-sw", ["2F-06"], "G",
    ["纳税证明", "个税记录"],
    "开具个人所得税纳税记录，用于购房、落户、出国签证等。",
    "Print your income-tax record for home buying, hukou or visa applications.",
    ["本人申请"],
    [M("本人身份证", "ID card")],
    "即时办结", "Same day", online="个人所得税App可下载", online_en="Download in the IIT app"))
A(S("sw-sbf", "个人社会保险费缴纳", "Paying individual social insurance contributions", "dep-sw", ["2F-07"], "G",
    ["灵活就业缴费", "社保费缴纳"],
    "灵活就业人员养老保险、城乡居民养老保险个人缴费由税务部门征收，可在窗口或线上缴纳。",
    "Individual pension contributions of flexibly employed people are paid to the tax office.",
    ["已在人社部门完成参保登记"],
    [M("本人身份证", "ID card")],
    "即时办结", "Same day", "按选定缴费档次", "According to the chosen contribution level",
    online="“龙江税务”App或银行渠道缴纳", online_en="Longjiang Tax app or banks"))

# ---------------- 不动产 ----------------
A(S("bdc-zy", "存量房买卖转移登记", "Transfer registration for a second-hand home sale", "dep-bdc", ["2F-08", "2F-09"], "H",
    ["二手房过户"],
    "二手房买卖双方共同申请转移登记，税费缴纳和登记在不动产窗口“一窗受理”。",
    "Buyer and seller apply together; taxes and registration handled at one window.",
    ["房屋已取得不动产权证书且无查封", "有抵押的须先解押或办理带押过户"],
    [M("买卖双方身份证、户口簿、婚姻状况证明", "IDs, household registers and marital-status documents of both parties"),
     M("不动产权证书（房产证）", "Property certificate"), M("存量房买卖合同", "Sales contract", copies=1)],
    "3个工作日", "3 working days", "登记费80元/件（住宅），税费另计", "Registration CNY 80; taxes extra",
    appointment="须通过“哈尔滨不动产”公众号预约", appointment_en="Booking required"))
A(S("bdc-xf", "新建商品房转移登记", "Registration of a newly built commercial home", "dep-bdc", ["2F-08", "2F-09"], "H",
    ["新房办证", "商品房办证"],
    "购买新建商品房的，开发企业首次登记后，购房人申请转移登记，领取不动产权证书。",
    "Buyers of new flats register the transfer and receive the property certificate.",
    ["开发企业已完成首次登记", "已缴纳契税及维修资金"],
    [M("购房人身份证、户口簿", "Buyer's ID and household register"), M("商品房买卖合同", "Purchase contract", copies=1),
     M("契税完税凭证", "Deed tax receipt"), M("购房发票", "Purchase invoice", copies=1)],
    "5个工作日", "5 working days", "80元/件", "CNY 80", notes="多数项目可由开发企业批量代办。"))
A(S("bdc-dy", "不动产抵押登记", "Mortgage registration", "dep-bdc", ["2F-09"], "H2",
    ["抵押登记", "解押"],
    "办理房屋抵押贷款的抵押权首次登记，以及贷款还清后的抵押权注销登记。",
    "Register a mortgage, or cancel it after the loan is repaid.",
    ["抵押人与银行等抵押权人共同申请"],
    [M("不动产权证书", "Property certificate"), M("主债权合同及抵押合同", "Loan and mortgage contracts", copies=1),
     M("抵押人身份证", "Mortgagor's ID")],
    "1个工作日", "1 working day", "设立登记80元，注销免费", "CNY 80 for registration, cancellation free"))
A(S("bdc-jc", "继承、受遗赠不动产转移登记", "Transfer registration by inheritance", "dep-bdc", ["2F-09"], "H2",
    ["继承过户"],
    "被继承人死亡后，继承人凭继承权公证书或现场查验材料，申请将不动产转移到继承人名下。",
    "Heirs register inherited property with a notarised inheritance certificate or on-site verification.",
    ["被继承人已死亡", "全部法定继承人到场或出具放弃声明"],
    [M("被继承人死亡证明", "Death certificate of the deceased"), M("不动产权证书", "Property certificate"),
     M("亲属关系证明", "Proof of family relationship"), M("继承人身份证", "Heirs' ID cards"),
     M("继承权公证书", "Notarised inheritance certificate", required=False)],
    "10个工作日（含公告期）", "10 working days incl. notice", "80元/件", "CNY 80"))
A(S("bdc-cx", "不动产登记资料查询", "Real estate records search", "dep-bdc", ["2F-08"], "H",
    ["查档", "有房无房证明"],
    "权利人查询名下不动产登记信息，出具不动产登记信息查询结果（有房/无房证明）。",
    "Owners look up registered property and get a property / no-property record.",
    ["权利人本人或委托代理人"],
    [M("查询人身份证", "ID card")],
    "即时办结", "Same day", online="可在一楼自助机打印", online_en="Self-service machine on floor 1"))

# ---------------- 民政 ----------------
A(S("mz-jh", "内地居民结婚登记", "Marriage registration", "dep-mz", ["2F-10"], "J",
    ["领结婚证"],
    "男女双方共同到婚姻登记处申请结婚登记，全国通办，现场颁证。",
    "Both partners register their marriage in person; certificate issued on the spot.",
    ["男年满22周岁、女年满20周岁", "双方均无配偶，非直系血亲和三代以内旁系血亲"],
    [M("双方居民身份证", "Both partners' ID cards"), M("双方近期半身免冠合影2寸照片", "Two 2-inch joint photos", copies=3)],
    "即时办结", "Same day", appointment="“全省事”App可预约登记日期", appointment_en="Book a date in the Quanshengshi app",
    notes="2F颁证厅可举办颁证仪式；5月20日、七夕等热门日期须预约。"))
A(S("mz-lh", "内地居民离婚登记", "Divorce registration", "dep-mz", ["2F-10"], "J",
    ["协议离婚"],
    "自愿离婚并对子女、财产达成协议的双方申请离婚登记，受理后30日冷静期，期满后30日内双方到场领证。",
    "Both parties apply together; a 30-day cooling-off period applies before the certificate is issued.",
    ["双方自愿离婚", "已就子女抚养、财产及债务处理达成一致"],
    [M("双方身份证、户口簿", "Both IDs and household registers"), M("结婚证", "Marriage certificate"),
     M("离婚协议书", "Divorce agreement", copies=3), M("近期半身免冠2寸单人照片", "2-inch single photo", copies=2)],
    "冷静期满后即时办结", "Same day after the cooling-off period"))
A(S("mz-bl", "补领婚姻登记证", "Re-issuing a marriage or divorce certificate", "dep-mz", ["2F-10"], "J",
    ["补结婚证", "补离婚证"],
    "结婚证、离婚证遗失或损毁的，当事人可持身份证申请补领。",
    "Apply for a new marriage or divorce certificate if it was lost or damaged.",
    ["原登记档案可查"],
    [M("本人身份证、户口簿", "ID and household register"), M("近期2寸照片", "Recent 2-inch photo", copies=3, note="补结婚证须双方合影")],
    "即时办结（档案需调取的20个工作日）", "Same day (20 working days if records must be retrieved)"))
A(S("mz-db", "最低生活保障申请", "Minimum living allowance (dibao)", "dep-mz", ["2F-11"], "K",
    ["低保申请"],
    "家庭人均收入低于当地低保标准且财产状况符合规定的，以家庭为单位申请最低生活保障。",
    "Households whose income per person is below the local line apply for dibao.",
    ["本区户籍或居住证持有人", "家庭人均月收入低于本市低保标准"],
    [M("家庭成员身份证、户口簿", "IDs and household registers of the household"), M("收入及财产状况申报表", "Income and assets declaration"),
     M("家庭经济状况核对授权书", "Authorisation for economic checks")],
    "30个工作日", "30 working days", notes="也可向户籍所在街道办事处提出申请。"))
A(S("mz-gl", "高龄津贴申领", "Old-age allowance for the very elderly", "dep-mz", ["2F-11"], "K",
    ["高龄补贴", "老年津贴"],
    "本区户籍年满80周岁的老年人可申领高龄津贴，按月发放到社保卡。",
    "Residents aged 80+ receive a monthly allowance to their social security card.",
    ["本区户籍", "年满80周岁"],
    [M("老人身份证、户口簿", "Elderly person's ID and household register"), SBK],
    "15个工作日", "15 working days", notes="行动不便的可由家属代办。"))
A(S("mz-cjz", "残疾人证核发", "Disability certificate", "dep-mz", ["2F-11"], "K2",
    ["第三代残疾人证", "残疾评定"],
    "符合残疾标准的人员申请残疾评定并核发《中华人民共和国残疾人证》，含新办、换证、迁移。",
    "Apply for a disability assessment and certificate; renewals and transfers too.",
    ["本区户籍或居住证持有人", "经指定医院评定符合残疾标准"],
    [ID, HKB, M("近期2寸白底彩照", "Two 2-inch photos", copies=2)],
    "20个工作日（含评定）", "20 working days incl. assessment"))

# ---------------- 卫健 ----------------
A(S("wj-sy", "生育登记", "Birth registration with the health authority", "dep-wj", ["2F-12"], "M",
    ["生育服务登记", "准生证"],
    "夫妻生育子女的，办理生育登记，用于产检建档、生育保险待遇等。",
    "Couples register a pregnancy or birth for prenatal records and maternity benefits.",
    ["夫妻一方为本区户籍或在本区居住"],
    [M("夫妻双方身份证", "Both partners' ID cards")],
    "即时办结", "Same day", online="“全省事”App可网上登记", online_en="Online via the Quanshengshi app"))
A(S("wj-jl", "企业退休人员独生子女父母一次性奖励", "One-off reward for retired parents of an only child", "dep-wj", ["2F-12"], "M",
    ["独生子女奖励", "独生子女费"],
    "企业退休的独生子女父母，符合条件的在退休时享受一次性奖励。",
    "Retired enterprise workers who are parents of an only child receive a one-off reward.",
    ["企业职工已办理退休", "持有独生子女父母光荣证或经核实只生育一个子女"],
    [ID, M("独生子女父母光荣证", "Only-child parents' certificate"), M("退休审批表", "Retirement approval form", copies=1)],
    "30个工作日", "30 working days"))

# ---------------- windows ----------------
W1 = [("1F-01", "户政·身份证", "ID cards"), ("1F-02", "户政·身份证/居住证", "ID cards / residence permit"),
      ("1F-03", "户政·户口登记", "Hukou registration"), ("1F-04", "出入境接待", "Exit-entry (passports, foreigners)"),
      ("1F-05", "人社·退休及待遇", "Retirement and pensions"), ("1F-06", "人社·参保与转移", "Social insurance registration"),
      ("1F-07", "人社·社保卡", "Social security card"), ("1F-08", "人社·就业创业", "Employment and start-ups"),
      ("1F-09", "医保", "Medical insurance"), ("1F-10", "医保·慢特病", "Medical insurance / chronic disease")]
W2 = [("2F-01", "公积金提取", "Provident fund withdrawal"), ("2F-02", "公积金提取/转移", "Provident fund withdrawal / transfer"),
      ("2F-03", "公积金贷款", "Provident fund loans"), ("2F-04", "企业开办", "Business start-up"),
      ("2F-05", "企业开办·食品许可", "Business start-up / food licence"), ("2F-06", "税务", "Tax"),
      ("2F-07", "税务·社保费", "Tax / contributions"), ("2F-08", "不动产登记", "Real estate registration"),
      ("2F-09", "不动产登记·抵押继承", "Real estate: mortgage and inheritance"), ("2F-10", "婚姻登记", "Marriage registry"),
      ("2F-11", "民政·残联", "Civil affairs / disability"), ("2F-12", "人事档案·卫健", "Personnel files / health")]
ZONES = {"1F-0": ("一楼A区", "Floor 1, zone A"), "1F-1": ("一楼A区", "Floor 1, zone A"), "2F-0": ("二楼B区", "Floor 2, zone B"), "2F-1": ("二楼B区", "Floor 2, zone B")}
windows = []
CY = 0.42
for fl, lst in (("F1", W1), ("F2", W2)):
    n = len(lst)
    for i, (wid, lab, lab_en) in enumerate(lst):
        x = round(0.08 + i * (0.84 / (n - 1)), 4)
        top = i % 2 == 0
        y = 0.2 if top else 0.64
        z, zen = ZONES[wid[:4]]
        windows.append({"id": wid, "floor": fl, "zone": z, "zone_en": zen, "x": x, "y": y,
                        "label": lab, "label_en": lab_en, "door": {"x": x, "y": 0.3 if top else 0.54}})

# ---------------- places ----------------
def P(id, name, en, aliases, floor, x, y, notes, notes_en, kind=None, link="", dy=None):
    d = {"id": id, "name": name, "name_en": en, "aliases": aliases, "floor": floor, "x": x, "y": y,
         "notes": notes, "notes_en": notes_en}
    if kind: d["kind"] = kind; d["link"] = link
    d["door"] = {"x": x, "y": dy if dy is not None else CY}
    return d

places = [
    P("pl-wc1", "一楼卫生间", "Toilets, floor 1", ["卫生间", "toilet"], "F1", 0.96, 0.2,
      "一楼东侧，含无障碍厕位，冬季有热水洗手。", "East end of floor 1, accessible cubicle included."),
    P("pl-wc2", "二楼卫生间", "Toilets, floor 2", ["洗手间"], "F2", 0.96, 0.2,
      "二楼东侧，出电梯右转。", "East end of floor 2."),
    P("pl-lift", "无障碍电梯", "Lift", ["电梯", "lift"], "F1", 0.03, 0.64,
      "位于大厅西侧，可直达二楼，轮椅、婴儿车优先。", "West side of the hall, goes to floor 2.", kind="lift", link="lift-main"),
    P("pl-stair", "楼梯", "Stairs", ["步梯", "stairs"], "F1", 0.03, 0.2,
      "大厅西侧楼梯，冬季地面防滑垫已铺设。", "West staircase to floor 2.", kind="stairs", link="stair-main"),
    P("pl-photo", "自助照相亭", "Photo booth", ["证件照"], "F1", 0.5, 0.86,
      "可拍身份证、社保卡、护照、驾驶证等证件照，扫码付费20元/次。", "ID photos for CNY 20 by QR payment.", dy=0.75),
    P("pl-print", "打印复印区", "Copy and print", ["复印", "copy"], "F1", 0.3, 0.86,
      "免费复印办事材料，每人每次限20页；可扫码手机打印。", "Free copies for your application (20 pages).", dy=0.75),
    P("pl-self", "24小时自助服务区", "24-hour self-service area", ["自助机", "self-service"], "F1", 0.12, 0.86,
      "社保、公积金、税务、不动产查询打印一体机及港澳签注自助机，夜间从东门刷身份证进入。",
      "Machines for social insurance, provident fund, tax and property records; open 24 h via the east door.", dy=0.75),
    P("pl-ems", "EMS邮寄服务点", "EMS postal desk", ["邮寄", "EMS"], "F1", 0.7, 0.86,
      "证件、材料邮寄到家，办结证照可选择免费寄递。", "Have documents posted home.", dy=0.75),
    P("pl-rest", "休息等候区（爱心驿站）", "Rest area", ["休息区", "饮水"], "F1", 0.86, 0.86,
      "提供热水、老花镜、轮椅、血压计和充电宝，老年人可在此等候叫号。", "Hot water, reading glasses, wheelchairs and phone chargers.", dy=0.75),
    P("pl-baby", "母婴室", "Mother and baby room", ["哺乳室"], "F2", 0.5, 0.86,
      "二楼中部，配有护理台和温奶器。", "Floor 2 centre, with changing table.", dy=0.75),
    P("pl-park", "东侧停车场", "Car park (east)", ["停车", "parking"], "F1", 0.99, 0.5,
      "办事群众免费停车2小时，凭窗口盖章小票离场；冬季请勿长时间怠速。", "Free for 2 hours with a stamped ticket.", dy=CY),
    P("pl-ramp", "无障碍入口", "Accessible entrance", ["无障碍通道"], "F1", 0.2, 0.99,
      "南门西侧坡道，冬季每日除雪，按门铃有工作人员协助。", "Ramp at the south door, cleared of snow daily.", dy=0.75),
    P("pl-help", "综合咨询台（帮办代办）", "Information desk", ["咨询台", "帮办代办"], "F1", 0.45, 0.99,
      "大门入口处，提供取号指引、帮办代办、老年人“一对一”陪办和俄语/英语简单咨询。",
      "At the entrance: queue tickets, help with forms, basic Russian/English.", dy=0.75),
]

KX, KY = 0.6, 0.75
LOWER = 0.75
def walk(floor, wins, pls, with_kiosk):
    nodes, paths = [], []
    stops = []
    for w in wins:
        nid = "c-" + w["id"]; nodes.append({"id": nid, "x": w["x"], "y": CY}); paths.append([w["id"], nid]); stops.append((w["x"], nid, CY))
    lower = []
    for p in pls:
        dy = p["door"]["y"]
        nid = "c-" + p["id"]
        if dy == LOWER:
            nodes.append({"id": nid, "x": p["x"], "y": LOWER}); paths.append([p["id"], nid]); lower.append((p["x"], nid))
        else:
            nodes.append({"id": nid, "x": p["door"]["x"], "y": CY}); paths.append([p["id"], nid]); stops.append((p["door"]["x"], nid, CY))
    if with_kiosk:
        nodes.append({"id": "c-kiosk", "x": KX, "y": LOWER}); paths.append(["kiosk", "c-kiosk"]); lower.append((KX, "c-kiosk"))
    return nodes, paths, stops, lower

floors = []
for fid, fname, fen, svg in (("F1", "一层", "Floor 1", "plan-f1.svg"), ("F2", "二层", "Floor 2", "plan-f2.svg")):
    wins = [w for w in windows if w["floor"] == fid]
    pls = [p for p in places if p["floor"] == fid]
    nodes, paths, stops, lower = walk(fid, wins, pls, fid == "F1")
    if fid == "F2":
        nodes.append({"id": "lift-f2", "x": 0.03, "y": 0.64, "kind": "lift", "link": "lift-main", "name": "无障碍电梯（二层）", "name_en": "Lift (floor 2)"})
        nodes.append({"id": "c-lift-f2", "x": 0.03, "y": CY}); paths.append(["lift-f2", "c-lift-f2"]); stops.append((0.03, "c-lift-f2", CY))
        nodes.append({"id": "stair-f2", "x": 0.03, "y": 0.2, "kind": "stairs", "link": "stair-main", "name": "楼梯（二层）", "name_en": "Stairs (floor 2)"})
        nodes.append({"id": "c-stair-f2", "x": 0.035, "y": CY}); paths.append(["stair-f2", "c-stair-f2"]); stops.append((0.035, "c-stair-f2", CY))
    stops.sort(); lower.sort()
    paths.append([s[1] for s in stops])
    if lower:
        # cross-corridor from the main corridor down to the lower row at x=0.5
        nodes.append({"id": "j-mid-top", "x": 0.5, "y": CY}); nodes.append({"id": "j-mid-low", "x": 0.5, "y": LOWER})
        main = sorted(stops + [(0.5, "j-mid-top", CY)]); paths[-1] = [s[1] for s in main]
        low = sorted(lower + [(0.5, "j-mid-low")]); paths.append([s[1] for s in low]); paths.append(["j-mid-top", "j-mid-low"])
    floors.append({"id": fid, "name": fname, "name_en": fen, "map": svg,
                   "walkways": {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}})

catalog = {
    "schema_version": 1,
    "hall": {"id": "hrb-sjb-zwfw", "name": "哈尔滨市松江北区政务服务中心", "name_en": "Songjiang North District Government Service Centre, Harbin",
             "address": "黑龙江省哈尔滨市松江北区冰城大街188号", "address_en": "188 Bingcheng Avenue, Songjiang North District, Harbin",
             "hours": "周一至周五 8:30–12:00、13:00–17:00（10月15日至次年4月15日冬季作息，下午至16:30）；周六9:00–12:00部分事项延时服务",
             "hours_en": "Mon–Fri 8:30–12:00, 13:00–17:00 (winter: afternoons until 16:30); Sat 9:00–12:00 for some services",
             "phone": "0451-5866 1234", "floors": floors, "kiosk": {"floor": "F1", "x": KX, "y": 0.8}},
    "departments": departments, "windows": windows, "places": places, "services": services,
}

def svg(fid):
    out = ['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1000 500" font-family="sans-serif" font-size="14">',
           '<rect x="5" y="5" width="990" height="490" fill="#f7f7f2" stroke="#333" stroke-width="3"/>',
           f'<rect x="0" y="{CY*500-25}" width="1000" height="50" fill="#e6eef7"/>']
    for w in windows:
        if w["floor"] != fid: continue
        x, y = w["x"] * 1000, w["y"] * 500
        out.append(f'<rect x="{x-35}" y="{y-30}" width="70" height="60" fill="#fff" stroke="#2a5d9f"/>'
                   f'<text x="{x}" y="{y}" text-anchor="middle">{w["id"]}</text>'
                   f'<text x="{x}" y="{y+18}" text-anchor="middle" font-size="9">{w["label"]}</text>')
    for p in places:
        if p["floor"] != fid: continue
        x, y = p["x"] * 1000, p["y"] * 500
        out.append(f'<circle cx="{x}" cy="{y}" r="10" fill="#6a4"/><text x="{x}" y="{y-14}" text-anchor="middle" font-size="10">{p["name"]}</text>')
    if fid == "F1":
        out.append(f'<circle cx="{KX*1000}" cy="{0.8*500}" r="8" fill="red"/><text x="{KX*1000+12}" y="{0.8*500+5}" font-size="11">您在这里</text>')
    out.append('</svg>')
    return "\n".join(out)

with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(catalog, f, ensure_ascii=False, indent=1)
for fid, fn in (("F1", "plan-f1.svg"), ("F2", "plan-f2.svg")):
    with open(os.path.join(HERE, fn), "w", encoding="utf-8") as f:
        f.write(svg(fid))
print(len(departments), "departments,", len(services), "services,", len(windows), "windows,", len(places), "places")
