# Builds catalog.json for the fictional 河南省宛东市汝岗县政务服务中心 (blind eval hall3).
import json, pathlib
HERE = pathlib.Path(__file__).parent

def m(name, en, original=True, copies=0, required=True, note="", note_en=""):
    d = {"name": name, "name_en": en, "original": original, "copies": copies, "required": required}
    if note: d["note"] = note
    if note_en: d["note_en"] = note_en
    return d

SFZ = lambda note="": m("申请人居民身份证", "Applicant's resident ID card", note=note)
HKB = m("户口簿", "Household register (hukou booklet)")

depts = [
    ("D01", "县公安局户政窗口", "County Public Security Bureau – household registration"),
    ("D02", "县公安局交警大队车驾管窗口", "County Traffic Police – vehicles and driving licences"),
    ("D03", "县人力资源和社会保障局", "County Human Resources and Social Security Bureau"),
    ("D04", "县医疗保障局", "County Healthcare Security Bureau"),
    ("D05", "县民政局（婚姻登记处、社会救助股）", "County Civil Affairs Bureau (marriage registry, social assistance)"),
    ("D06", "县残疾人联合会", "County Disabled Persons' Federation"),
    ("D07", "县卫生健康委员会", "County Health Commission"),
    ("D08", "县不动产登记中心", "County Real Estate Registration Centre"),
    ("D09", "县林业局", "County Forestry Bureau"),
    ("D10", "县农业农村局", "County Agriculture and Rural Affairs Bureau"),
    ("D11", "县市场监督管理局", "County Market Regulation Bureau"),
    ("D12", "县退役军人事务局", "County Veterans Affairs Bureau"),
    ("D13", "宛东市住房公积金管理中心汝岗分中心", "Wandong Housing Provident Fund – Rugang branch"),
    ("D14", "县交通运输局", "County Transport Bureau"),
]

# windows: 1F east hall (1E..), 1F west hall (1W..), 2F north (2N..), 2F south (2S..)
win = []
def W(i, floor, zone, zone_en, x, y, label, label_en, dy):
    win.append({"id": i, "floor": floor, "zone": zone, "zone_en": zone_en, "x": x, "y": y,
                "label": label, "label_en": label_en, "door": {"x": x, "y": round(y + dy, 3)}})
E = ("一楼东厅·公安服务区", "1F East Hall – police services")
Wz = ("一楼西厅·社保民生区", "1F West Hall – social security and welfare")
N = ("二楼北厅·不动产林业农业区", "2F North Hall – real estate, forestry, agriculture")
S = ("二楼南厅·企业和综合区", "2F South Hall – business and general")
for k, (lab, len_) in enumerate([("户籍业务", "Household registration"), ("户籍业务", "Household registration"),
        ("身份证业务", "ID cards"), ("身份证业务", "ID cards"),
        ("驾驶证业务", "Driving licences"), ("机动车登记", "Vehicle registration")]):
    W(f"1E{k+1:02d}", "1F", *E, round(0.56 + 0.07 * k, 3), 0.12, lab, len_, 0.08)
for k, (lab, len_) in enumerate([("城乡居民养老保险", "Residents' pension"), ("城乡居民养老保险", "Residents' pension"),
        ("社保卡·就业服务", "Social security card & employment"), ("医保业务", "Medical insurance"),
        ("医保业务", "Medical insurance"), ("婚姻登记", "Marriage registry"),
        ("社会救助", "Social assistance"), ("残联业务", "Disabled persons' services")]):
    W(f"1W{k+1:02d}", "1F", *Wz, round(0.06 + 0.06 * k, 3), 0.12, lab, len_, 0.08)
for k, (lab, len_) in enumerate([("不动产登记", "Real estate registration"), ("不动产登记", "Real estate registration"),
        ("不动产登记·林权", "Real estate & forest rights"), ("林业业务", "Forestry"), ("农业农村业务", "Agriculture and rural affairs")]):
    W(f"2N{k+1:02d}", "2F", *N, round(0.1 + 0.12 * k, 3), 0.12, lab, len_, 0.08)
for k, (lab, len_) in enumerate([("市场主体登记", "Business registration"), ("食品经营许可", "Food business licences"),
        ("卫生健康业务", "Health services"), ("退役军人服务", "Veterans' services"),
        ("住房公积金", "Housing provident fund"), ("道路运输业务", "Road transport")]):
    W(f"2S{k+1:02d}", "2F", *S, round(0.1 + 0.13 * k, 3), 0.86, lab, len_, -0.08)

services = []
def svc(id, name, name_en, dept, aliases, summary, summary_en, conditions, conditions_en, materials,
        windows, qp, time_limit, time_limit_en, fee, fee_en, online="", online_en="", notes="", notes_en="",
        appointment="", appointment_en=""):
    d = dict(id=id, name=name, name_en=name_en, department=dept, aliases=aliases, summary=summary,
             summary_en=summary_en, conditions=conditions, conditions_en=conditions_en, materials=materials,
             windows=windows, queue_prefix=qp, time_limit=time_limit, time_limit_en=time_limit_en,
             fee=fee, fee_en=fee_en, online=online, online_en=online_en, notes=notes, notes_en=notes_en,
             appointment=appointment, appointment_en=appointment_en, updated="2026-10-15")
    services.append({k: v for k, v in d.items() if v != ""})

FREE = ("免费", "Free")
YSB = "可在“豫事办”App搜索事项名称网上申请"
YSB_EN = "Can be applied for online in the Henan 'Yushiban' app"

# ---------------- D01 户政 ----------------
HJW = ["1E01", "1E02"]
svc("HJ-01", "新生儿出生登记（报户口）", "Birth registration of a newborn (hukou entry)", "D01",
    ["出生登记", "新生儿落户", "小孩上户口", "报出生", "新生儿入户"],
    "新生儿随父或随母申报常住户口，登记后在户口簿上增加新生儿页。",
    "Register a newborn's permanent hukou with the father's or mother's household.",
    ["婴儿出生后一般应在一个月内申报", "随父亲或母亲任一方户口所在地落户"],
    ["Should normally be registered within one month of birth", "The baby joins the father's or mother's household"],
    [m("出生医学证明", "Medical birth certificate"), m("父母双方居民身份证", "ID cards of both parents"),
     m("落户方户口簿", "Household register of the receiving household"),
     m("父母结婚证", "Parents' marriage certificate", required=False, note="非婚生育的按窗口要求提供相关材料", note_en="Children born outside marriage: further papers as the window asks")],
    HJW, "H", "即时办结", "Done on the spot", *FREE, online=YSB, online_en=YSB_EN,
    notes="出生医学证明遗失的，请先到出生医院或县妇幼保健院补办。", notes_en="A lost medical birth certificate must first be reissued by the hospital.")
svc("HJ-02", "户口迁入（投靠、婚迁、购房落户）", "Moving a hukou in (joining family, marriage, home purchase)", "D01",
    ["户口迁入", "投靠落户", "夫妻投靠", "婚迁户口", "购房落户", "准迁证办理"],
    "外县、外省户口因结婚、投靠亲属或在本县购房需要迁入本县的，在此申请准迁或直接办理迁入。",
    "Move a hukou into the county because of marriage, joining relatives or buying a home here.",
    ["夫妻投靠、子女投靠父母、父母投靠子女", "在本县城区有合法稳定住所"],
    ["Spouse, child or parent joining family", "Owning lawful housing in the county town"],
    [SFZ(), m("迁入地户口簿", "Receiving household register"),
     m("结婚证或亲属关系证明", "Marriage certificate or proof of kinship", note="婚迁、投靠时提供"),
     m("不动产权证书", "Real estate title certificate", required=False, note="购房落户时提供", note_en="For home-purchase moves")],
    HJW, "H", "省内迁移即时办结；跨省迁移3个工作日", "Within province: on the spot; inter-provincial: 3 working days", *FREE,
    online=YSB, online_en=YSB_EN, notes="已实行户口迁移“跨省通办”，一般无需回原籍开迁移证。",
    notes_en="Inter-provincial moves can usually be done here without going back to the origin.")
svc("HJ-03", "户口迁出（迁往外地）", "Moving a hukou out of the county", "D01",
    ["户口迁出", "开迁移证", "迁往外省", "户口外迁", "迁移证明"],
    "本县户口因工作、升学、结婚等需迁往外地的，凭迁入地准迁证明或电子迁移信息办理迁出。",
    "Move a hukou from the county to another place, with the destination's approval.",
    ["迁入地已同意接收"], ["The destination has agreed to accept the hukou"],
    [SFZ(), HKB, m("准予迁入证明", "Approval of move-in from destination", required=False, note="已实行电子迁移的无需提供", note_en="Not needed for electronic transfers")],
    HJW, "H", "即时办结", "Done on the spot", *FREE)
svc("HJ-04", "死亡人员户口注销", "Cancelling the hukou of a deceased person", "D01",
    ["死亡注销", "注销户口", "销户", "人死了销户口", "死亡销户"],
    "户籍人员死亡后，由亲属凭死亡证明注销其户口，注销后可开具户口注销证明用于继承、领丧葬费等。",
    "Relatives cancel a deceased person's hukou with the death certificate; a cancellation certificate can be issued.",
    ["户籍人员已死亡", "一般在死亡后一个月内办理"], ["The registered person has died", "Normally within one month"],
    [m("居民死亡医学证明（推断）书或火化证明", "Medical death certificate or cremation certificate"),
     m("死者户口簿及居民身份证", "Deceased's household register and ID card", note="身份证遗失的说明情况即可"),
     m("申报人居民身份证", "ID card of the relative reporting")],
    HJW, "H", "即时办结", "Done on the spot", *FREE,
    notes="在家中正常死亡的，由村卫生室或乡镇卫生院出具死亡证明。", notes_en="For a natural death at home the village clinic issues the death certificate.")
svc("HJ-05", "户籍信息变更更正（改名、更正出生日期、补换户口簿）", "Changing or correcting hukou details; replacing a household register", "D01",
    ["改名字", "更正出生日期", "户口本补办", "户口簿换发", "户籍信息更正", "变更民族"],
    "户口簿上姓名、出生日期、民族、文化程度等登记项目有误或需变更的，及户口簿遗失损坏补换。",
    "Correct or change names, birth dates and other hukou entries, or replace a lost or damaged household register.",
    ["更正出生日期、民族须有原始档案等依据", "未成年人改名由监护人申请"],
    ["Correcting a birth date or ethnicity needs original records", "Guardians apply for minors"],
    [SFZ(), HKB, m("变更更正依据", "Supporting evidence", note="如出生医学证明、学籍档案、原始户籍资料", note_en="e.g. birth certificate, school records"),
     m("户主居民身份证", "Head of household's ID card", required=False, note="补户口簿时提供")],
    HJW, "H", "补换户口簿即时办结；更正出生日期等20个工作日", "Register replacement: on the spot; corrections: 20 working days",
    *FREE, notes="出生日期更正需经县公安局审批。")
SFW = ["1E03", "1E04"]
svc("HJ-06", "居民身份证申领、换领", "Applying for or renewing a resident ID card", "D01",
    ["身份证到期换证", "首次申领身份证", "身份证换领", "身份证损坏换领", "小孩办身份证"],
    "首次申领、有效期满换领、证件损坏或登记项目变更换领第二代居民身份证，现场采集照片和指纹。",
    "First-time application, renewal on expiry, or replacement of a damaged card; photo and fingerprints taken on site.",
    ["本县户籍居民", "未满16周岁的由监护人陪同"], ["Registered residents of the county", "Children under 16 come with a guardian"],
    [HKB, m("原居民身份证", "Old ID card", required=False, note="换领时交回"),
     m("照相回执", "Photo receipt", required=False, note="窗口可免费拍照", note_en="Photos taken free at the window")],
    SFW, "H", "20个工作日；可选邮寄到家", "20 working days; home delivery available", "首次申领、到期换领20元", "20 yuan",
    online=YSB, online_en=YSB_EN, notes="70岁以上老人和行动不便人员可预约上门采集。", notes_en="Home visits can be booked for people over 70 or with limited mobility.",
    appointment="拨打户政窗口电话预约上门办证", appointment_en="Call the household window to book a home visit")
svc("HJ-07", "居民身份证挂失、补领及临时身份证", "Reporting a lost ID card, replacement and temporary ID card", "D01",
    ["身份证补办", "身份证挂失", "临时身份证", "身份证丢失", "身份证被偷"],
    "居民身份证丢失、被盗后挂失并补领新证；急需乘车、办事可同时申领临时居民身份证。",
    "Report a lost or stolen ID card and get a new one; a temporary ID can be issued at the same time.",
    ["居民身份证遗失或被盗"], ["The ID card is lost or stolen"],
    [HKB, m("照相回执", "Photo receipt", required=False, note="窗口可免费拍照")],
    SFW, "H", "补领20个工作日；临时身份证当天领取", "Replacement 20 working days; temporary ID same day",
    "补领40元；临时身份证10元", "Replacement 40 yuan; temporary ID 10 yuan")

# ---------------- D02 交警 ----------------
svc("JG-01", "机动车驾驶证期满换证", "Renewing a driving licence on expiry", "D02",
    ["驾驶证到期换证", "驾照换本", "驾驶证有效期满", "换驾照", "驾驶证审验"],
    "机动车驾驶证有效期满前90日内申请换证，现场或在“交管12123”提交体检信息。",
    "Renew a driving licence within 90 days before it expires.",
    ["驾驶证有效期满前90日内", "已参加身体条件检查"], ["Within 90 days before expiry", "Medical check completed"],
    [SFZ(), m("原机动车驾驶证", "Old driving licence"),
     m("身体条件证明", "Medical certificate", note="县人民医院、各乡镇卫生院可体检", note_en="Available at the county hospital or township clinics"),
     m("一寸白底照片", "1-inch white-background photo", copies=2, required=False, note="体检照片已联网的免交")],
    ["1E05"], "J", "即时办结", "Done on the spot", "工本费10元", "10 yuan",
    online="可在“交管12123”App申请换证并邮寄", online_en="Can be done in the Traffic Management 12123 app with mail delivery")
svc("JG-02", "机动车驾驶证遗失、损毁补领", "Replacing a lost or damaged driving licence", "D02",
    ["驾驶证补证", "驾照丢了", "驾驶证遗失补领", "驾驶证损毁"],
    "驾驶证丢失或损毁无法辨认的申请补领，不影响驾驶证有效期。",
    "Get a replacement for a lost or damaged driving licence.",
    ["驾驶证在有效期内，未被扣押、吊销"], ["The licence is valid and not suspended or revoked"],
    [SFZ(), m("损毁的驾驶证", "Damaged licence", required=False, note="损毁补领时交回")],
    ["1E05"], "J", "即时办结", "Done on the spot", "工本费10元", "10 yuan",
    online="可在“交管12123”App申请补证", online_en="Can be done in the 12123 app")
svc("JG-03", "摩托车、三轮汽车注册登记（上牌）", "Registering a motorcycle or three-wheeled vehicle (plates)", "D02",
    ["摩托车上牌", "三轮车上户", "新车登记", "机动车注册登记", "挂牌照"],
    "新购摩托车、三轮汽车、低速货车办理注册登记，核发号牌、行驶证。（电动自行车上牌请到乡镇登记点）",
    "Register a new motorcycle, tricycle or low-speed truck and get plates and a vehicle licence.",
    ["车辆已购买交强险", "车辆已查验合格"], ["Compulsory traffic insurance bought", "Vehicle inspected"],
    [SFZ(), m("购车发票", "Purchase invoice"), m("车辆合格证", "Vehicle conformity certificate"),
     m("交强险保单", "Compulsory insurance policy"), m("车辆购置税完税证明", "Vehicle purchase tax receipt", required=False, note="按规定需缴纳的")],
    ["1E06"], "J", "资料齐全当日办结", "Same day if complete", "号牌工本费按省定标准收取，摩托车号牌35元", "Plate fee per provincial rate; motorcycle plates 35 yuan",
    notes="车辆须开到中心东侧查验区查验。", notes_en="Bring the vehicle to the inspection bay east of the centre.")

# ---------------- D03 人社 ----------------
YLW = ["1W01", "1W02"]
svc("SB-01", "城乡居民基本养老保险参保登记及缴费", "Enrolling in and paying for the urban-rural residents' basic pension", "D03",
    ["居民养老保险参保", "城乡居保缴费", "新农保参保", "养老保险交钱", "居民养老档次调整"],
    "年满16周岁、不是在校学生、未参加职工养老保险的本县户籍居民，可参加城乡居民养老保险，每年选择档次缴费。",
    "Residents aged 16+ without employee pension insurance can join the residents' pension and pay yearly at a chosen level.",
    ["年满16周岁（不含在校学生）", "未参加城镇职工基本养老保险", "本县户籍"],
    ["Aged 16+, not a student", "Not in the employee pension scheme", "Registered in the county"],
    [SFZ(), HKB, m("社会保障卡", "Social security card", required=False)],
    YLW, "R", "即时办结", "Done on the spot", "本人不另收费；缴费档次每年200元至5000元自选", "No service fee; yearly contribution 200–5000 yuan by choice",
    online="可通过“豫事办”、河南社保App或银行渠道缴费", online_en="Pay via Yushiban, the Henan social insurance app or banks",
    notes="低保、特困、重度残疾人员由政府代缴最低档次。", notes_en="The government pays the minimum level for the poorest and severely disabled.")
svc("SB-02", "城乡居民基本养老保险待遇领取", "Starting to draw the residents' basic pension", "D03",
    ["居民养老金领取", "60岁领养老金", "养老待遇申领", "城乡居保待遇核定", "领取资格认证"],
    "参保人年满60周岁，累计缴费满15年（或按规定补缴）后，申请按月领取城乡居民养老金；已领取人员每年进行领取资格认证。",
    "Insured residents aged 60 with 15 years of contributions apply for a monthly pension; pensioners verify eligibility yearly.",
    ["年满60周岁", "累计缴费满15年或按规定补缴", "未领取其他基本养老保险待遇"],
    ["Aged 60", "15 years of contributions or paid up", "Not receiving another basic pension"],
    [SFZ(), HKB, m("社会保障卡", "Social security card", note="养老金发放到社保卡金融账户")],
    YLW, "R", "次月起发放", "Paid from the following month", *FREE,
    online="资格认证可在河南社保App刷脸完成", online_en="Yearly verification by face scan in the app")
svc("SB-03", "养老保险关系转移接续", "Transferring pension insurance between places or schemes", "D03",
    ["养老保险转移", "社保转移接续", "养老关系转入", "外地社保转回来", "城乡居保转职工养老"],
    "在外省、外县参加养老保险后回本县，或城乡居民养老保险与职工养老保险之间的转移衔接。",
    "Transfer pension records from another place to the county, or between the residents' and employee schemes.",
    ["在转出地有养老保险缴费记录"], ["Pension contributions recorded elsewhere"],
    [SFZ(), m("参保缴费凭证", "Contribution record", required=False, note="转出地打印的参保缴费证明")],
    YLW, "R", "45个工作日", "45 working days", *FREE,
    online="可在国家社会保险公共服务平台或掌上12333申请", online_en="Apply on the national social insurance platform or the 12333 app")
svc("SB-04", "城乡居民养老保险注销登记及丧葬补助金、个人账户一次性领取", "Closing a resident pension account after death; funeral grant and refund of the personal account", "D03",
    ["居民养老保险注销", "丧葬补助金", "个人账户余额退还", "老人去世停发养老金", "养老保险继承"],
    "参保人或领取养老金的人员去世后，由家属办理注销，领取丧葬补助金并继承个人账户余额。",
    "After an insured person or pensioner dies, relatives close the account, receive the funeral grant and inherit the personal account balance.",
    ["参保人已死亡", "由法定继承人或指定受益人申请"], ["The insured person has died", "Applied for by a legal heir or beneficiary"],
    [m("死亡证明或户口注销证明", "Death certificate or hukou cancellation certificate"),
     m("继承人居民身份证", "Heir's ID card"),
     m("亲属关系证明", "Proof of kinship", note="户口簿或村委会证明"),
     m("继承人银行卡", "Heir's bank card", required=False)],
    YLW, "R", "15个工作日", "15 working days", *FREE,
    notes="死亡后仍被发放的养老金须退回。", notes_en="Pension paid after death must be returned.")
svc("SB-05", "社会保障卡申领、补换", "Applying for or replacing a social security card", "D03",
    ["社保卡办理", "社保卡补办", "社保卡挂失", "第三代社保卡", "社保卡激活"],
    "首次申领、遗失补办、损坏换发社会保障卡，即时制卡窗口可当场领卡。",
    "Apply for, replace or renew a social security card; cards can be made on the spot.",
    ["已参加社会保险"], ["Enrolled in social insurance"],
    [SFZ(note="16周岁以下可用户口簿")],
    ["1W03"], "R", "即时制卡当场领取", "Card made on the spot", "首次申领免费；补换卡工本费按银行规定", "First card free; replacement fee set by the bank",
    online="可在“电子社保卡”中申领电子卡", online_en="An e-card can be claimed online")
svc("SB-06", "就业创业证申领及失业登记", "Employment and entrepreneurship certificate; unemployment registration", "D03",
    ["失业登记", "就业创业证", "就业失业登记证", "创业担保贷款申请", "返乡创业补贴"],
    "劳动年龄内有就业能力和就业愿望的人员办理失业登记、申领就业创业证，可享受职业培训、创业担保贷款等政策。",
    "Register as unemployed and get the employment certificate for training and start-up loan support.",
    ["法定劳动年龄内", "有劳动能力和就业愿望"], ["Of working age", "Able and willing to work"],
    [SFZ(), m("解除劳动合同证明", "Proof of contract termination", required=False, note="原单位出具")],
    ["1W03"], "R", "即时办结", "Done on the spot", *FREE, online=YSB, online_en=YSB_EN)

# ---------------- D04 医保 ----------------
YBW = ["1W04", "1W05"]
svc("YB-01", "城乡居民基本医疗保险参保登记及缴费", "Enrolling in and paying for the urban-rural residents' medical insurance", "D04",
    ["居民医保缴费", "新农合交费", "城乡居民医保参保", "医保续费", "新生儿参保"],
    "未参加职工医保的城乡居民以户为单位参加居民医保，每年集中缴费期缴纳下一年度保费；新生儿可出生后即参保。",
    "Residents without employee medical insurance enrol as a household and pay each year for the following year.",
    ["未参加职工基本医疗保险", "本县户籍或持本县居住证"], ["Not covered by employee medical insurance", "Registered or residing in the county"],
    [SFZ(note="新生儿可用出生医学证明或户口簿"), HKB],
    YBW, "Y", "即时办结", "Done on the spot", "个人缴费标准以当年公布为准", "Contribution as announced each year",
    online="可在“豫事办”、微信“河南医保”或村卫生室代缴", online_en="Pay in Yushiban, WeChat 'Henan Medical Insurance' or at the village clinic")
svc("YB-02", "异地就医备案", "Registering for medical treatment outside the county", "D04",
    ["异地就医备案", "转诊备案", "外地看病报销备案", "异地安置备案", "跨省就医直接结算"],
    "到外地住院或长期在外地居住、工作需在外地就医的，先备案，可在外地定点医院直接结算。",
    "Register before being treated outside the county so bills can be settled directly at the hospital.",
    ["已参加本县医保且正常缴费"], ["Insured in the county with contributions paid"],
    [m("医保电子凭证或社保卡", "Medical insurance e-voucher or social security card"),
     m("转诊转院单", "Referral form", required=False, note="转外就医时提供")],
    YBW, "Y", "即时办结", "Done on the spot", *FREE,
    online="可在“国家医保服务平台”App自助备案", online_en="Self-registration in the National Healthcare Security app")
svc("YB-03", "门诊慢特病待遇认定", "Recognition of chronic and special diseases for outpatient benefits", "D04",
    ["慢性病卡", "门诊慢特病申请", "慢病认定", "特殊病种认定", "两病用药保障"],
    "患有高血压、糖尿病、恶性肿瘤、尿毒症透析等慢特病的参保人申请认定后，门诊费用按更高比例报销。",
    "Insured people with chronic or special diseases get higher outpatient reimbursement after recognition.",
    ["已参加医保", "二级以上医院确诊为规定病种"], ["Insured", "Diagnosed with a listed disease at a grade-2+ hospital"],
    [SFZ(), m("二级以上医院诊断证明、病历及检查报告", "Diagnosis, records and test reports from a grade-2+ hospital", copies=1)],
    YBW, "Y", "每月集中评审，20个工作日", "Monthly review, 20 working days", *FREE)
svc("YB-04", "医疗费用零星（手工）报销", "Manual reimbursement of medical bills", "D04",
    ["医疗费手工报销", "零星报销", "住院费报销", "外地看病回来报销", "票据报销"],
    "因急诊、未备案或未能直接结算而全额垫付医疗费用的，凭票据回参保地手工报销。",
    "Claim back medical costs paid in full when direct settlement was not possible.",
    ["就医时未能直接结算", "就医之日起一年内申请"], ["Costs not settled directly", "Within one year of treatment"],
    [SFZ(), m("医疗费用发票", "Medical invoices"), m("费用清单", "Itemised bill"),
     m("出院记录或诊断证明", "Discharge summary or diagnosis"), m("本人银行卡", "Bank card", original=False, copies=1)],
    YBW, "Y", "30个工作日", "30 working days", *FREE)

# ---------------- D05 民政 ----------------
HYW = ["1W06"]
svc("MZ-01", "内地居民结婚登记", "Marriage registration", "D05",
    ["结婚登记", "领结婚证", "办结婚证", "婚姻登记"],
    "男女双方自愿结婚，共同到婚姻登记处申请，当场颁发结婚证。全省实行婚姻登记“跨区域通办”。",
    "Both partners apply together; certificates are issued on the spot.",
    ["男年满22周岁、女年满20周岁", "双方均无配偶", "非直系血亲和三代以内旁系血亲", "双方本人亲自到场"],
    ["Man 22+, woman 20+", "Both unmarried", "Not closely related", "Both present in person"],
    [m("双方居民身份证", "Both ID cards"), m("双方户口簿", "Both household registers", required=False, note="已实行跨区域通办的可不提供"),
     m("2寸双人近期半身免冠合影照片", "2-inch joint photo", copies=3, note="登记处可现场拍照")],
    HYW, "M", "即时办结", "On the spot", *FREE,
    appointment="可在“豫事办”预约登记日期", appointment_en="Book a date in Yushiban", notes="每逢周二及节假日前后人多，建议预约。")
svc("MZ-02", "内地居民离婚登记", "Divorce registration (by agreement)", "D05",
    ["协议离婚", "离婚登记", "办离婚", "离婚冷静期"],
    "双方自愿离婚并对子女抚养、财产分割达成协议的，共同申请离婚登记，须经30日离婚冷静期。",
    "Both partners who agree on divorce, children and property apply together; a 30-day cooling-off period applies.",
    ["双方自愿离婚", "对子女和财产问题已协商一致", "双方亲自到场"], ["Both agree", "Agreement on children and property", "Both present"],
    [m("双方居民身份证", "Both ID cards"), m("双方户口簿", "Both household registers"), m("结婚证", "Marriage certificates"),
     m("离婚协议书", "Divorce agreement", copies=3), m("2寸单人近期免冠照片", "2-inch single photos", copies=2)],
    HYW, "M", "冷静期满后30日内双方再到场领证", "Certificate after the 30-day cooling-off period", *FREE)
svc("MZ-03", "补领婚姻登记证及婚姻登记记录证明", "Reissuing marriage/divorce certificates; marriage record certificate", "D05",
    ["补领结婚证", "结婚证丢了", "补办离婚证", "婚姻登记记录证明", "婚姻状况证明"],
    "结婚证、离婚证遗失或损毁的，可申请补领；办理贷款、继承等需要的，可出具婚姻登记记录证明。",
    "Reissue lost or damaged marriage or divorce certificates, or get a certificate of marriage records.",
    ["当事人本人申请"], ["Applied for by the person concerned"],
    [SFZ(), m("户口簿", "Household register"), m("2寸近期免冠照片", "2-inch photos", copies=2, note="补领结婚证须双人合影")],
    HYW, "M", "档案清楚的即时办结", "On the spot if records are clear", *FREE)
JZW = ["1W07"]
svc("MZ-04", "最低生活保障申请", "Applying for minimum living allowance (dibao)", "D05",
    ["低保申请", "农村低保", "城市低保", "吃低保", "低保复核"],
    "家庭人均收入低于本县低保标准且财产符合规定的，以家庭为单位申请低保，经入户调查、民主评议和公示后按月发放。",
    "Households with income below the local standard apply for the monthly minimum living allowance after assessment.",
    ["持有本县户籍", "家庭人均月收入低于县低保标准", "家庭财产状况符合规定"],
    ["Registered in the county", "Per-capita income below the local line", "Assets within limits"],
    [m("家庭成员居民身份证、户口簿", "ID cards and household register of the family"),
     m("低保申请书", "Application form", note="窗口领取"),
     m("家庭经济状况核对授权书", "Authorisation for financial checks"),
     m("病历、残疾证等佐证材料", "Medical records, disability certificate etc.", required=False)],
    JZW, "M", "30个工作日", "30 working days", *FREE,
    notes="也可到户籍所在乡镇便民服务中心申请。", notes_en="Can also be applied for at the township service centre.")
svc("MZ-05", "特困人员救助供养申请", "Applying for support for extremely poor persons (五保)", "D05",
    ["特困供养", "五保户", "分散供养", "集中供养", "进敬老院"],
    "无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或其无履行能力）的老年人、残疾人、未成年人，申请特困供养，可分散供养或进乡镇敬老院集中供养。",
    "Elderly, disabled or minors with no income, no ability to work and nobody obliged to support them apply for state support, at home or in a care home.",
    ["无劳动能力", "无生活来源", "无法定义务人或义务人无履行能力"], ["Unable to work", "No income", "No one able to support them"],
    [SFZ(), HKB, m("特困人员供养申请书", "Application form"), m("残疾证或病历", "Disability certificate or medical records", required=False)],
    JZW, "M", "30个工作日", "30 working days", *FREE)
svc("MZ-06", "临时救助申请", "Applying for temporary assistance", "D05",
    ["临时救助", "急难救助", "因病致困救助", "突发困难补助"],
    "因火灾、交通事故、突发重大疾病等导致基本生活暂时严重困难的家庭或个人，申请一次性临时救助。",
    "One-off help for families in sudden hardship from fire, accident or serious illness.",
    ["遭遇突发事件、意外事故或重大疾病", "基本生活陷入困境"], ["Sudden event, accident or serious illness", "Basic living in hardship"],
    [SFZ(), HKB, m("困难情况证明材料", "Evidence of the hardship", note="如医疗费发票、事故证明")],
    JZW, "M", "一般10个工作日；情况紧急的先行救助", "Usually 10 working days; urgent cases helped first", *FREE)
svc("MZ-07", "高龄津贴申领", "Applying for the old-age allowance for the very elderly", "D05",
    ["高龄补贴", "老年人高龄津贴", "八十岁补贴", "百岁老人补贴"],
    "本县户籍80周岁以上老年人按月领取高龄津贴，80-89岁、90-99岁、100岁以上分档发放。",
    "Registered residents aged 80+ receive a monthly allowance by age band.",
    ["本县户籍", "年满80周岁"], ["Registered in the county", "Aged 80+"],
    [SFZ(), HKB, m("本人社会保障卡或银行卡", "Social security or bank card")],
    JZW, "M", "次月起发放", "Paid from the next month", *FREE,
    notes="可由子女代办，需带代办人身份证。", notes_en="Children may apply on the elder's behalf with their own ID.")

# ---------------- D06 残联 ----------------
CLW = ["1W08"]
svc("CL-01", "残疾人证新办、换领及等级调整", "Disability certificate: new, renewal or grade change", "D06",
    ["办残疾证", "残疾人证申领", "残疾等级评定", "残疾证换证", "智力残疾鉴定"],
    "视力、听力、言语、肢体、智力、精神残疾人申请办理第三代智能化残疾人证，到指定医院评残后发证。",
    "Apply for the disability certificate; assessment at a designated hospital before issue.",
    ["本县户籍", "符合残疾标准"], ["Registered in the county", "Meets disability criteria"],
    [SFZ(note="未成年人可用户口簿"), HKB, m("近期2寸白底免冠照片", "2-inch photos", copies=3)],
    CLW, "C", "评残后15个工作日", "15 working days after assessment", "免费（评残费用由残联承担）", "Free",
    online=YSB, online_en=YSB_EN, notes="行动不便的可申请上门评残。", notes_en="Home assessment possible for people who cannot travel.")
svc("CL-02", "困难残疾人生活补贴和重度残疾人护理补贴", "Living allowance for poor disabled people and care allowance for severely disabled people", "D06",
    ["残疾人两项补贴", "重度残疾护理补贴", "困难残疾人生活补贴", "残疾补助"],
    "低保家庭中的残疾人领取生活补贴，一、二级及三、四级智力精神残疾人领取护理补贴，按月发放。",
    "Monthly allowances for disabled people in dibao families and for severely disabled people.",
    ["持有第三代残疾人证", "生活补贴：低保家庭", "护理补贴：一、二级或三、四级智力、精神残疾"],
    ["Holds the disability certificate", "Living allowance: dibao family", "Care allowance: grade 1–2, or grade 3–4 intellectual/mental"],
    [m("残疾人证", "Disability certificate"), SFZ(), m("银行卡或社保卡", "Bank or social security card")],
    CLW, "C", "20个工作日", "20 working days", *FREE, online=YSB, online_en=YSB_EN)
svc("CL-03", "残疾人辅助器具申领", "Applying for assistive devices for disabled people", "D06",
    ["辅具申请", "轮椅申领", "助听器", "拐杖", "假肢补贴"],
    "持证残疾人可申领轮椅、拐杖、助听器、助行器等基本型辅助器具，适配后免费发放。",
    "Certified disabled people can get wheelchairs, crutches, hearing aids etc. free after fitting.",
    ["持有残疾人证"], ["Holds a disability certificate"],
    [m("残疾人证", "Disability certificate"), m("辅助器具申请表", "Application form", note="窗口领取")],
    CLW, "C", "适配后30个工作日内发放", "Within 30 working days after fitting", *FREE)

# ---------------- D07 卫健 ----------------
svc("WJ-01", "生育登记", "Birth (childbearing) registration", "D07",
    ["生育服务登记", "准生证", "一孩二孩三孩登记", "生育登记服务卡"],
    "夫妻生育子女实行登记制，一孩、二孩、三孩均可在怀孕前后登记，用于产检、生育保险待遇等。",
    "Couples register births (first, second or third child) for prenatal care and maternity benefits.",
    ["夫妻一方户籍在本县或在本县居住"], ["One partner registered or living in the county"],
    [m("夫妻双方居民身份证", "Both ID cards"), m("结婚证", "Marriage certificate")],
    ["2S03"], "W", "即时办结", "On the spot", *FREE, online="可在“豫事办”生育登记专区自助登记", online_en="Self-service in Yushiban")
svc("WJ-02", "农村部分计划生育家庭奖励扶助和特别扶助", "Rewards and special support for rural family-planning households", "D07",
    ["计生奖励扶助", "独生子女奖励", "计生特扶", "失独家庭扶助", "双女户奖励"],
    "农村只有一个子女或两个女孩的夫妻年满60周岁后领取奖励扶助金；独生子女伤残、死亡家庭领取特别扶助金。",
    "Rural parents of one child or two daughters get a reward from age 60; families who lost or have a disabled only child get special support.",
    ["农村户籍（奖励扶助）", "按政策只生育一个子女或两个女孩", "年满60周岁；特别扶助女方年满49周岁"],
    ["Rural hukou (rewards)", "One child or two daughters under the policy", "Aged 60; special support from the mother's age 49"],
    [m("夫妻双方居民身份证、户口簿", "ID cards and household register"), m("独生子女父母光荣证或生育证明", "Only-child certificate or birth records", required=False),
     m("子女死亡或伤残证明", "Child's death or disability certificate", required=False, note="申请特别扶助时提供")],
    ["2S03"], "W", "每年集中确认，次年发放", "Confirmed yearly, paid the next year", *FREE,
    notes="一般由村计生专干统一申报，个人也可到窗口申请。")

# ---------------- D08 不动产 ----------------
BDW = ["2N01", "2N02", "2N03"]
svc("BD-01", "农村宅基地使用权及房屋所有权首次登记", "First registration of rural homestead and house ownership", "D08",
    ["宅基地确权", "农村房产证", "宅基地登记", "房地一体确权登记", "农房办证"],
    "农村村民依法取得的宅基地及其上房屋申请首次登记，领取不动产权证书。",
    "Rural residents register their homestead and house for the first time and get a title certificate.",
    ["宅基地经依法批准或属历史合法使用", "一户一宅", "权属无争议"], ["Homestead lawfully approved or historically used", "One homestead per household", "No dispute"],
    [SFZ(), HKB, m("宅基地批准文件或村委会出具的权属来源证明", "Homestead approval or village proof of origin"),
     m("不动产权籍调查成果（宗地图、房屋测绘）", "Cadastral survey (plot map, house survey)", note="由县不动产登记中心组织测绘"),
     m("乡村建设规划许可证", "Rural construction planning permit", required=False, note="新建房屋提供")],
    BDW, "B", "20个工作日", "20 working days", "免收登记费；证书工本费每本10元", "Registration fee waived; 10 yuan per certificate",
    notes="须经村内公示15天。", notes_en="15-day public notice in the village is required.")
svc("BD-02", "二手房买卖转移登记", "Transfer registration for buying or selling a second-hand home", "D08",
    ["二手房过户", "房屋买卖过户", "存量房转移登记", "买房过户", "商品房转移登记"],
    "已登记的房屋买卖，买卖双方一起申请转移登记，同时缴纳契税等税费后领取新证。",
    "Buyer and seller jointly register the transfer of a registered home and pay taxes to get a new title.",
    ["房屋已办理不动产登记", "无查封、抵押（或抵押权人同意）"], ["The home is registered", "Not seized or mortgaged (or lender agrees)"],
    [m("买卖双方居民身份证", "Both parties' ID cards"), m("不动产权证书", "Title certificate"),
     m("存量房买卖合同", "Sale contract"), m("卖方婚姻状况证明", "Seller's marital status", note="结婚证或离婚证、单身声明")],
    BDW, "B", "3个工作日", "3 working days", "住宅登记费80元；税费按规定另缴", "80 yuan registration fee; taxes extra",
    online="可在“豫事办”不动产专区预约", online_en="Book in Yushiban")
svc("BD-03", "继承、赠与不动产转移登记", "Transfer registration by inheritance or gift", "D08",
    ["房产继承过户", "继承房子", "父母房子过户给子女", "赠与过户", "遗产过户"],
    "权利人去世后继承人办理继承转移登记，或父母将房屋、宅基地房屋赠与子女的转移登记。",
    "Heirs register inherited property, or parents transfer property to children as a gift.",
    ["原权利人已死亡（继承）或赠与双方自愿", "全部继承人到场或已放弃继承"], ["Owner deceased (inheritance) or both agree (gift)", "All heirs present or have renounced"],
    [m("继承人居民身份证、户口簿", "Heirs' ID cards and registers"), m("不动产权证书", "Title certificate"),
     m("被继承人死亡证明", "Death certificate of the deceased", required=False),
     m("亲属关系证明", "Proof of kinship"), m("继承公证书或放弃继承声明", "Notarised inheritance or renunciation", required=False)],
    BDW, "B", "10个工作日", "10 working days", "住宅登记费80元", "80 yuan",
    notes="农村宅基地房屋可由本集体经济组织成员继承；非成员继承的按政策办理。")
svc("BD-04", "不动产抵押登记", "Mortgage registration", "D08",
    ["抵押登记", "房子抵押贷款", "抵押注销", "解押", "注销抵押"],
    "以房屋、土地向银行、农商行申请贷款办理抵押登记，还清贷款后办理抵押注销。",
    "Register a mortgage on property for a bank loan, or cancel it after the loan is repaid.",
    ["不动产已登记", "已签订借款及抵押合同"], ["Property registered", "Loan and mortgage contracts signed"],
    [m("抵押人及抵押权人身份证明", "ID of both parties"), m("不动产权证书", "Title certificate"), m("主债权合同及抵押合同", "Loan and mortgage contracts")],
    BDW, "B", "1个工作日", "1 working day", "住宅抵押登记费80元（小微企业、个体户免收）；注销免费", "80 yuan (waived for small firms); cancellation free",
    notes="县农商银行设有抵押登记延伸点。")
svc("BD-05", "林权登记（林地使用权、林木所有权）", "Forest rights registration (forest land and trees)", "D08",
    ["林权证", "林权登记", "山林确权", "林地登记", "林权变更"],
    "集体林地承包经营权、林地使用权及林木所有权的首次、变更、转移登记，领取不动产权证书（林权）。",
    "Register collective forest contract rights, forest land use and tree ownership.",
    ["林地权属清楚无争议", "已签订林地承包合同"], ["Clear, undisputed ownership", "Forest contract signed"],
    [SFZ(), m("林地承包合同或流转合同", "Forest land contract"), m("林权勘测成果", "Forest survey result"),
     m("原林权证", "Old forest rights certificate", required=False)],
    ["2N03"], "B", "20个工作日", "20 working days", "证书工本费每本10元", "10 yuan per certificate")

# ---------------- D09 林业 ----------------
svc("LY-01", "林木采伐许可证核发", "Tree-felling licence", "D09",
    ["采伐证", "砍树审批", "林木采伐许可", "伐木证"],
    "采伐林地上林木或农田防护林、四旁树木超过规定数量的，申请林木采伐许可证。农村居民采伐自留地和房前屋后个人所有的零星林木除外。",
    "A licence is needed to fell trees on forest land or shelterbelts; a few private trees around homes are exempt.",
    ["林木权属清楚", "有采伐指标"], ["Clear tree ownership", "Within the felling quota"],
    [SFZ(), m("林权证或林木权属证明", "Forest rights certificate or proof of tree ownership"),
     m("采伐作业设计", "Felling plan", required=False, note="采伐蓄积15立方米以上的提供")],
    ["2N04"], "L", "5个工作日", "5 working days", *FREE, online="可通过河南省林木采伐管理系统申请")

# ---------------- D10 农业农村 ----------------
svc("NN-01", "农村村民宅基地建房申请审批", "Approval of a rural villager's homestead for building a house", "D10",
    ["宅基地申请", "农村建房审批", "盖房审批", "宅基地审批", "翻建住房审批"],
    "农村村民新建、翻建、扩建住宅，经村民小组、村委会、乡镇审核后申请宅基地和乡村建设规划许可，县级汇总备案。",
    "Villagers wanting to build, rebuild or extend a house apply through the village and township for homestead and planning approval.",
    ["本集体经济组织成员", "一户只能拥有一处宅基地", "符合村庄规划、不占永久基本农田"],
    ["Member of the village collective", "One homestead per household", "Fits the village plan; no prime farmland"],
    [m("农村宅基地和建房（规划许可）申请表", "Homestead and building application form"),
     m("家庭成员户口簿及身份证", "Household register and ID cards"),
     m("村民小组会议记录及公示材料", "Village group minutes and notice"),
     m("建房设计图或通用图", "House design drawing", required=False)],
    ["2N05"], "N", "乡镇受理后20个工作日", "20 working days after township acceptance", *FREE,
    notes="一般先向所在村委会和乡镇提出申请，县窗口提供政策咨询和备案。", notes_en="Apply first at your village and township; this window advises and records.")
svc("NN-02", "农机购置与应用补贴申请", "Subsidy for buying agricultural machinery", "D10",
    ["农机补贴", "买拖拉机补贴", "收割机补贴", "农机购置补贴", "无人机植保机补贴"],
    "购买补贴目录内的拖拉机、收割机、播种机、植保无人机等农机具，购机后申请中央农机购置补贴。",
    "After buying listed farm machinery, apply for the central purchase subsidy.",
    ["购买的机具在补贴目录内", "购机人为农民或农业生产经营组织"], ["Machine on the subsidy list", "Buyer is a farmer or farm organisation"],
    [SFZ(), m("购机发票", "Purchase invoice"), m("本人银行卡（一卡通）", "Bank card (subsidy card)"),
     m("机具铭牌及人机合影照片", "Photo of buyer with machine and nameplate")],
    ["2N05"], "N", "按批次兑付，一般3个月内", "Paid in batches, usually within 3 months", *FREE,
    online="可通过“河南农机补贴”App申请", online_en="Apply via the Henan farm machinery subsidy app")

# ---------------- D11 市场监管 ----------------
SCW = ["2S01"]
svc("SC-01", "个体工商户设立登记", "Registering an individual business (getihu)", "D11",
    ["个体户营业执照", "办营业执照", "个体工商户注册", "开店执照", "个体户登记"],
    "个人开小卖部、饭店、修理店等，办理个体工商户营业执照。经营食品的还需办食品经营许可。",
    "Register an individual business such as a small shop or repair stall; food businesses also need a food licence.",
    ["有经营能力的自然人", "有固定经营场所"], ["Natural person able to run a business", "Fixed premises"],
    [SFZ(), m("经营场所使用证明", "Proof of premises", note="房产证或租赁合同；农村自有房屋可用村委会证明")],
    SCW, "S", "即时办结", "On the spot", *FREE,
    online="可在“河南掌上登记”或“豫事办”全程网办", online_en="Fully online via Henan e-registration")
svc("SC-02", "农民专业合作社设立登记", "Registering a farmers' professional cooperative", "D11",
    ["合作社注册", "成立合作社", "农民合作社登记", "种植养殖合作社", "合作社营业执照"],
    "五名以上成员（农民至少占80%）自愿联合成立农民专业合作社，办理设立登记领取营业执照。",
    "Five or more members, mostly farmers, register a cooperative.",
    ["成员5名以上，农民成员不少于80%", "有章程和名称", "有住所"], ["5+ members, 80% farmers", "Articles and name", "Registered address"],
    [m("设立登记申请书", "Application form"), m("全体设立人签名的章程", "Articles signed by all founders"),
     m("成员名册及身份证明", "Member list and IDs"), m("法定代表人任职文件", "Appointment of legal representative"),
     m("住所使用证明", "Proof of address")],
    SCW, "S", "3个工作日", "3 working days", *FREE, online="可在“河南掌上登记”申请")
svc("SC-03", "食品经营许可（含小餐饮、小作坊登记）", "Food business licence (incl. small eateries and workshops)", "D11",
    ["食品经营许可证", "餐饮许可", "小作坊登记证", "卖熟食许可", "食品摊贩登记"],
    "从事食品销售、餐饮服务，以及开办馒头、粉条、豆腐等食品小作坊的，申请食品经营许可或小作坊登记。",
    "Licences for selling food, catering and small food workshops (steamed buns, noodles, tofu).",
    ["已取得营业执照", "有与经营相适应的场所和设备", "从业人员持健康证"], ["Business licence held", "Suitable premises", "Staff health certificates"],
    [m("营业执照", "Business licence"), m("经营场所平面图及设备布局图", "Premises layout"),
     m("从业人员健康证明", "Health certificates"), m("食品安全管理制度", "Food safety rules")],
    ["2S02"], "S", "10个工作日", "10 working days", *FREE)

# ---------------- D12 退役军人 ----------------
svc("TW-01", "退役军人优待证申领", "Veterans' preferential treatment card", "D12",
    ["优待证", "退役军人优待证", "军人优待证办理", "烈属优待证"],
    "退役军人和烈士、因公牺牲、病故军人遗属申领优待证，凭证享受交通、景区等优待。",
    "Veterans and families of martyrs apply for the card for discounts on transport and attractions.",
    ["已在本县退役军人服务站信息采集"], ["Details collected at the county veterans' service station"],
    [SFZ(), m("退伍证或退役证明", "Discharge certificate"), m("近期2寸白底照片", "2-inch photo", copies=1, required=False)],
    ["2S04"], "T", "30个工作日制证", "30 working days", *FREE, online="可在“退役军人之家”小程序申请")
svc("TW-02", "退役士兵报到及优抚对象抚恤补助", "Veterans' reporting; pensions and subsidies for entitled groups", "D12",
    ["退役报到", "退伍回来报到", "伤残军人抚恤", "参战老兵补助", "带病回乡补助", "优抚金"],
    "新退役士兵在规定时间内报到、办理安置；残疾军人、参战参试、带病回乡退役军人等优抚对象申请定期抚恤补助。",
    "Newly discharged soldiers report for resettlement; disabled veterans and other entitled groups apply for regular pensions.",
    ["退役后30日内报到", "优抚对象身份经认定"], ["Report within 30 days", "Entitlement confirmed"],
    [m("退役士兵报到介绍信或退伍证", "Discharge papers"), SFZ(), HKB, m("伤残证、参战证明等", "Disability or combat records", required=False)],
    ["2S04"], "T", "报到即时办理；补助审核20个工作日", "Reporting on the spot; subsidies 20 working days", *FREE)

# ---------------- D13 公积金 ----------------
svc("GJ-01", "住房公积金提取", "Withdrawing from the housing provident fund", "D13",
    ["公积金提取", "取公积金", "租房提取公积金", "离职提取公积金", "退休提取公积金", "购房提取"],
    "购建房、租房、偿还房贷、退休、与单位解除劳动关系等情形下提取住房公积金。",
    "Withdraw provident fund savings for buying or renting a home, repaying a mortgage, retirement or leaving a job.",
    ["符合提取情形之一"], ["Meets one of the withdrawal conditions"],
    [SFZ(), m("提取情形证明材料", "Evidence of the withdrawal reason", note="如购房合同、退休证、解除劳动合同证明"), m("本人一类银行卡", "Own bank card")],
    ["2S05"], "G", "即时到账或3个工作日", "Same day or 3 working days", *FREE,
    online="可在“宛东公积金”App或微信公众号提取", online_en="Withdraw via the Wandong Provident Fund app")
svc("GJ-02", "住房公积金个人住房贷款", "Provident fund home loan", "D13",
    ["公积金贷款", "公积金买房贷款", "公积金贷款申请", "组合贷款"],
    "连续足额缴存公积金6个月以上的职工购买自住住房，申请公积金贷款。",
    "Employees who have paid into the fund for 6+ months can apply for a provident fund mortgage.",
    ["连续足额缴存6个月以上", "购买本市行政区域内自住住房", "无未还清的公积金贷款"],
    ["6+ months of continuous contributions", "Home for own use in the city", "No outstanding fund loan"],
    [m("借款人及配偶身份证、户口簿、婚姻证明", "IDs, registers and marital proof"), m("购房合同及首付款发票", "Purchase contract and down payment receipt"),
     m("收入证明", "Income certificate")],
    ["2S05"], "G", "15个工作日", "15 working days", *FREE)

# ---------------- D14 交通运输 ----------------
svc("YS-01", "道路运输从业资格证（货运、客运驾驶员）", "Road transport professional qualification (truck and bus drivers)", "D14",
    ["货运资格证", "从业资格证", "大车司机资格证", "客运资格证", "资格证换证"],
    "驾驶营运货车（总质量4.5吨以上）、客车的驾驶员申请道路运输从业资格证，以及资格证到期换证、补证。",
    "Drivers of commercial trucks (over 4.5 t) and buses apply for, renew or replace the qualification certificate.",
    ["取得相应机动车驾驶证", "货运：年龄不超过60周岁", "3年内无重大以上交通责任事故"], ["Suitable driving licence", "Freight: aged 60 or under", "No major accident within 3 years"],
    [SFZ(), m("机动车驾驶证", "Driving licence"), m("考试合格证明", "Exam pass", required=False, note="新申领时提供")],
    ["2S06"], "Z", "5个工作日", "5 working days", *FREE, online="可在“运政服务”微信小程序申请")
svc("YS-02", "道路货物运输经营许可及车辆营运证", "Road freight business licence and vehicle operating permit", "D14",
    ["道路运输经营许可证", "货车营运证", "办营运证", "运输证", "货运车辆年审"],
    "个人或企业用4.5吨以上货车从事营业性货运，申请道路运输经营许可证和车辆道路运输证（营运证）。",
    "Businesses or individuals using trucks over 4.5 t commercially apply for the licence and the vehicle operating permit.",
    ["有符合要求的车辆", "驾驶员持从业资格证"], ["Suitable vehicles", "Drivers with qualification certificates"],
    [SFZ(), m("营业执照", "Business licence", required=False), m("机动车行驶证", "Vehicle licence"), m("驾驶员从业资格证", "Driver qualification")],
    ["2S06"], "Z", "5个工作日", "5 working days", *FREE)

places = []
def P(id, name, en, aliases, floor, x, y, notes, notes_en, door, kind=None, link=""):
    d = {"id": id, "name": name, "name_en": en, "aliases": aliases, "floor": floor, "x": x, "y": y,
         "notes": notes, "notes_en": notes_en, "door": {"x": door[0], "y": door[1]}}
    if kind: d["kind"] = kind
    if link: d["link"] = link
    places.append(d)
P("F01", "一楼卫生间", "Toilets (1F)", ["卫生间", "洗手间", "厕所", "男厕女厕", "WC"], "1F", 0.95, 0.55,
  "一楼东侧走廊尽头。", "End of the east corridor, 1F.", (0.9, 0.55))
P("F02", "无障碍卫生间（第三卫生间）", "Accessible toilet / family toilet", ["无障碍厕所", "第三卫生间", "残疾人厕所", "家庭卫生间", "轮椅厕所"], "1F", 0.95, 0.68,
  "一楼东侧，紧邻普通卫生间，设扶手和呼叫按钮。", "Next to the 1F toilets, with grab bars and call button.", (0.9, 0.68))
P("F03", "二楼卫生间", "Toilets (2F)", ["二楼厕所", "楼上卫生间"], "2F", 0.95, 0.5, "二楼电梯右侧。", "Right of the lift, 2F.", (0.9, 0.5))
P("F04", "母婴室", "Mother and baby room", ["哺乳室", "母婴休息室", "换尿布台", "喂奶间"], "1F", 0.05, 0.68,
  "一楼西厅西南角，有哺乳椅、尿布台、温奶器。", "South-west corner of the 1F West Hall; nursing chair, changing table, bottle warmer.", (0.1, 0.68))
P("F05", "24小时自助服务区", "24-hour self-service area", ["自助服务区", "自助机", "自助打证明", "社保自助查询", "自助终端"], "1F", 0.5, 0.92,
  "大门东侧，可打印社保缴费证明、不动产查询、交罚款等，晚上也开放。", "East of the entrance; print insurance records, property searches, pay fines; open at night.", (0.5, 0.85))
P("F06", "免费复印打印点", "Free copying and printing", ["复印", "打印", "复印身份证", "扫描", "复印机"], "1F", 0.35, 0.92,
  "大门西侧，办事材料免费复印，每人限20页。", "West of the entrance; free copies of papers, 20 pages per person.", (0.35, 0.85))
P("F07", "综合咨询台（帮办代办服务台）", "Information desk (assisted and proxy services)", ["咨询台", "导服台", "帮办代办", "志愿者服务", "人工服务台", "轮椅借用", "老花镜"], "1F", 0.45, 0.7,
  "大厅中央，工作人员可帮老人、残疾人全程代办，可借轮椅、老花镜、雨伞。", "Centre of the hall; staff help elderly and disabled visitors through the process; wheelchairs, reading glasses and umbrellas to lend.", (0.45, 0.64))
P("F08", "等候休息区", "Waiting and rest area", ["休息区", "等候区", "座椅", "歇一会儿"], "1F", 0.3, 0.5,
  "一楼大厅中部，叫号屏旁。", "Middle of the 1F hall next to the queue screens.", (0.3, 0.45))
P("F09", "饮水点", "Drinking water", ["饮水机", "开水", "热水", "接水"], "1F", 0.7, 0.5,
  "一楼东厅等候区旁，提供冷热水和一次性纸杯。", "Beside the East Hall waiting seats; hot and cold water with paper cups.", (0.7, 0.45))
P("F10", "手机充电站", "Phone charging station", ["充电", "充电宝", "手机充电", "共享充电"], "1F", 0.62, 0.7,
  "咨询台东侧，提供安卓、苹果、Type-C充电线，免费使用。", "East of the information desk; free cables for all phone types.", (0.62, 0.64))
P("F11", "邮政EMS寄递窗口", "China Post EMS counter", ["EMS", "邮政快递", "证件邮寄", "寄材料", "快递"], "1F", 0.2, 0.92,
  "大门西侧，办好的证照可在此寄回家，也可寄送材料。", "West of the entrance; have documents mailed home or send papers.", (0.2, 0.85))
P("F12", "无障碍电梯", "Accessible lift", ["电梯", "直梯", "上二楼", "升降梯"], "1F", 0.85, 0.35,
  "一楼东侧，可达二楼。", "East side of 1F, to 2F.", (0.85, 0.42), kind="lift", link="lift")
P("F13", "楼梯", "Stairs", ["楼梯", "步梯", "走楼梯"], "1F", 0.85, 0.15,
  "一楼东北角，可达二楼。", "North-east corner of 1F, to 2F.", (0.85, 0.22), kind="stairs", link="stairs")
P("F14", "二楼电梯口", "Lift (2F)", ["二楼电梯"], "2F", 0.85, 0.35, "二楼东侧。", "East side of 2F.", (0.85, 0.42), kind="lift", link="lift")
P("F15", "二楼楼梯口", "Stairs (2F)", ["二楼楼梯"], "2F", 0.85, 0.15, "二楼东北角。", "North-east corner of 2F.", (0.85, 0.22), kind="stairs", link="stairs")

def svg(floor_label, wins, pls):
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000" viewBox="0 0 1600 1000">',
           '<rect width="1600" height="1000" fill="#fbfaf5"/>',
           '<rect x="20" y="20" width="1560" height="960" fill="none" stroke="#444" stroke-width="8"/>',
           f'<text x="800" y="520" font-size="40" text-anchor="middle" fill="#999">{floor_label}</text>']
    for w in wins:
        x, y = w["x"] * 1600, w["y"] * 1000
        out.append(f'<rect x="{x-40:.0f}" y="{y-30:.0f}" width="80" height="60" fill="#dde8f5" stroke="#336"/>')
        out.append(f'<text x="{x:.0f}" y="{y+8:.0f}" font-size="20" text-anchor="middle">{w["id"]}</text>')
    for p in pls:
        x, y = p["x"] * 1600, p["y"] * 1000
        out.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="22" fill="#f5e3c8" stroke="#864"/>')
        out.append(f'<text x="{x:.0f}" y="{y+6:.0f}" font-size="16" text-anchor="middle">{p["id"]}</text>')
    out.append('</svg>')
    return "\n".join(out) + "\n"

for f, lab in (("1F", "一楼 1F"), ("2F", "二楼 2F")):
    (HERE / f"map-{f.lower()}.svg").write_text(svg(lab, [w for w in win if w["floor"] == f], [p for p in places if p["floor"] == f]), encoding="utf-8")


def walkways(floor, with_kiosk):
    items = [(w["id"], w["door"]) for w in win if w["floor"] == floor] + [(p["id"], p["door"]) for p in places if p["floor"] == floor]
    if with_kiosk:
        items.append(("kiosk", {"x": 0.5, "y": 0.78}))
    TOP, BOT = 0.3, 0.76
    nodes = [{"id": f"j-{floor}-{a}", "x": x, "y": y} for a, x, y in (("tw", 0.02, TOP), ("te", 0.98, TOP), ("bw", 0.02, BOT), ("be", 0.98, BOT))]
    paths, top, bot = [], [], []
    for iid, d in items:
        cy = TOP if d["y"] < 0.5 else BOT
        nid = f"c-{iid}"
        nodes.append({"id": nid, "x": d["x"], "y": cy})
        paths.append([iid, nid])
        (top if cy == TOP else bot).append((d["x"], nid))
    top.sort(); bot.sort()
    paths.append([f"j-{floor}-tw"] + [n for _, n in top] + [f"j-{floor}-te"])
    paths.append([f"j-{floor}-bw"] + [n for _, n in bot] + [f"j-{floor}-be"])
    paths.append([f"j-{floor}-tw", f"j-{floor}-bw"])
    paths.append([f"j-{floor}-te", f"j-{floor}-be"])
    return {"width_m": 64, "height_m": 40, "nodes": nodes, "paths": paths}

cat = {
    "schema_version": 1,
    "hall": {
        "id": "rugang-zwfw",
        "name": "汝岗县政务服务中心",
        "name_en": "Rugang County Government Service Centre",
        "address": "河南省宛东市汝岗县人民路中段136号",
        "address_en": "136 Renmin Road (middle section), Rugang County, Wandong, Henan",
        "hours": "周一至周五 8:30–12:00、14:30–17:30（夏季）/ 14:00–17:00（冬季）；周六上午延时服务",
        "hours_en": "Mon–Fri 8:30–12:00, 14:30–17:30 (summer) / 14:00–17:00 (winter); Saturday mornings",
        "phone": "0377-6821 2345",
        "floors": [
            {"id": "1F", "name": "一楼", "name_en": "Ground floor", "map": "map-1f.svg", "walkways": walkways("1F", True)},
            {"id": "2F", "name": "二楼", "name_en": "First floor (upstairs)", "map": "map-2f.svg", "walkways": walkways("2F", False)},
        ],
        "kiosk": {"floor": "1F", "x": 0.5, "y": 0.78},
    },
    "departments": [{"id": a, "name": b, "name_en": c} for a, b, c in depts],
    "windows": win,
    "places": places,
    "services": services,
}
(HERE / "catalog.json").write_text(json.dumps(cat, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(len(services), "services,", len(depts), "departments,", len(win), "windows,", len(places), "places")
