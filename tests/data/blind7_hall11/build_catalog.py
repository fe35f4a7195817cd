#!/usr/bin/env python3
"""Build catalog.json and plan-f*.svg for a fictional county hall in Yunnan:
澜川县政务服务中心 (invented county on the Lancang river). Stdlib only."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-10-15"
ONLINE = "可在'一部手机办事通'（办事通）App搜索事项名称网上申请"

# ---------------------------------------------------------------- departments
DEPTS = [
    ("d01", "县公安局户政（出入境）窗口", "County Public Security Bureau – Household & Entry-Exit"),
    ("d02", "县人力资源和社会保障局", "County Human Resources and Social Security Bureau"),
    ("d03", "县医疗保障局", "County Healthcare Security Bureau"),
    ("d04", "县民政局", "County Civil Affairs Bureau"),
    ("d05", "县残疾人联合会", "County Disabled Persons' Federation"),
    ("d06", "县农业农村局", "County Agriculture and Rural Affairs Bureau"),
    ("d07", "县林业和草原局", "County Forestry and Grassland Bureau"),
    ("d08", "县不动产登记中心", "County Real Estate Registration Centre"),
    ("d09", "县市场监督管理局", "County Market Regulation Administration"),
    ("d10", "国家税务总局澜川县税务局", "Lanchuan County Tax Bureau"),
    ("d11", "县文化和旅游局", "County Culture and Tourism Bureau"),
    ("d12", "普洱市住房公积金管理中心澜川管理部", "Housing Provident Fund – Lanchuan Office"),
]

# ---------------------------------------------------------------- windows
# floor, number, label, label_en, zone, zone_en
WIN = {
    "F1": ("一楼", "Floor 1", [
        ("1号", "综合受理（无差别受理）", "General intake (any service)", "一楼综合服务区", "Floor 1 general area"),
        ("2号", "户籍业务", "Household registration", "一楼公安服务区", "Floor 1 police services"),
        ("3号", "户籍·身份证", "Hukou & ID cards", "一楼公安服务区", "Floor 1 police services"),
        ("4号", "出入境·境外人员住宿登记", "Entry-exit & foreigners' lodging registration", "一楼公安服务区", "Floor 1 police services"),
        ("5号", "社会保险（养老）", "Social insurance (pension)", "一楼人社服务区", "Floor 1 HR & social security"),
        ("6号", "就业创业", "Employment & start-ups", "一楼人社服务区", "Floor 1 HR & social security"),
        ("7号", "社会保障卡", "Social security card", "一楼人社服务区", "Floor 1 HR & social security"),
        ("8号", "医疗保障", "Medical insurance", "一楼医保服务区", "Floor 1 medical insurance"),
        ("9号", "税务·发票", "Tax & invoices", "一楼税务服务区", "Floor 1 tax"),
        ("10号", "不动产登记", "Real estate registration", "一楼不动产服务区", "Floor 1 real estate"),
    ]),
    "F2": ("二楼", "Floor 2", [
        ("11号", "企业开办·个体登记", "Business registration", "二楼市场监管服务区", "Floor 2 market regulation"),
        ("12号", "食品经营许可", "Food business licences", "二楼市场监管服务区", "Floor 2 market regulation"),
        ("13号", "文化旅游·民宿", "Culture, tourism & homestays", "二楼文旅服务区", "Floor 2 tourism"),
        ("14号", "社会救助", "Social assistance", "二楼民政服务区", "Floor 2 civil affairs"),
        ("15号", "养老服务·婚姻登记", "Elderly services & marriage", "二楼民政服务区", "Floor 2 civil affairs"),
        ("16号", "残疾人服务", "Disability services", "二楼残联服务区", "Floor 2 disability"),
        ("17号", "住房公积金", "Housing provident fund", "二楼公积金服务区", "Floor 2 housing fund"),
        ("18号", "住房公积金贷款", "Housing fund loans", "二楼公积金服务区", "Floor 2 housing fund"),
    ]),
    "F3": ("三楼", "Floor 3", [
        ("19号", "宅基地·农村建房", "Rural homesteads & house building", "三楼农业农村服务区", "Floor 3 agriculture"),
        ("20号", "土地承包·流转", "Land contracting & transfer", "三楼农业农村服务区", "Floor 3 agriculture"),
        ("21号", "种子农药·农业补贴", "Seeds, pesticides & farm subsidies", "三楼农业农村服务区", "Floor 3 agriculture"),
        ("22号", "林业草原", "Forestry & grassland", "三楼林草服务区", "Floor 3 forestry"),
    ]),
}


def win_id(num):
    return "CK" + num.replace("号", "").zfill(2)


# ---------------------------------------------------------------- places
# id, name, name_en, aliases, floor, x, y, door(x,y), notes, notes_en, kind, link
PLACES = [
    ("ss-wc1", "一楼卫生间", "Toilets (Floor 1)", ["厕所", "洗手间", "公厕", "toilet", "restroom"], "F1", 0.93, 0.85, (0.93, 0.72),
     "一楼东侧走廊尽头，男左女右。", "East end of the Floor 1 corridor.", None, ""),
    ("ss-wzawc", "无障碍卫生间", "Accessible toilet", ["残疾人厕所", "第三卫生间", "轮椅厕所", "accessible toilet"], "F1", 0.84, 0.85, (0.84, 0.72),
     "一楼卫生间旁，有扶手和紧急呼叫按钮，可推轮椅进入。", "Next to the Floor 1 toilets, with grab bars and an alarm button.", None, ""),
    ("ss-hzq", "等候休息区", "Waiting area", ["等候区", "休息区", "座位", "waiting area"], "F1", 0.45, 0.62, (0.45, 0.55),
     "一楼大厅中部，叫号屏在此，可坐着等叫号。", "Middle of the Floor 1 hall, with the queue display.", None, ""),
    ("ss-ysj", "饮水点", "Drinking water", ["饮水机", "开水", "热水", "drinking water"], "F1", 0.62, 0.85, (0.62, 0.72),
     "提供开水、温水和一次性纸杯，免费。", "Free hot and warm water with paper cups.", None, ""),
    ("ss-fydy", "复印打印区", "Copy & print corner", ["复印", "打印", "复印机", "copy", "print"], "F1", 0.12, 0.85, (0.12, 0.72),
     "办事材料复印免费，每人每次20页以内。", "Free copies of application documents, up to 20 pages.", None, ""),
    ("ss-zzq", "24小时自助服务区", "24-hour self-service area", ["自助机", "自助终端", "自助区", "self-service"], "F1", 0.05, 0.45, (0.09, 0.45),
     "正门左侧，可自助打印社保参保证明、缴纳医保、查询公积金，夜间刷身份证进入。",
     "Left of the main entrance: print social insurance records, pay medical insurance, check housing fund; ID card entry at night.", None, ""),
    ("ss-dft", "导服台（帮办代办）", "Help desk", ["咨询台", "导服台", "帮办代办", "服务台", "help desk", "information"], "F1", 0.70, 0.62, (0.70, 0.55),
     "大厅入口正对面，工作人员可帮老年人、少数民族群众填表，提供傣语、拉祜语、佤语翻译（预约）。",
     "Facing the entrance; staff help fill in forms; Dai, Lahu and Wa interpreting by appointment.", None, ""),
    ("ss-zxj", "自助照相机", "Photo booth", ["照相", "拍照", "证件照", "photo booth"], "F1", 0.25, 0.85, (0.25, 0.72),
     "可拍身份证、社保卡、驾驶证等证件照，每次10元。", "ID-style photos, 10 yuan per session.", None, ""),
    ("ss-myj", "母婴室", "Mother-and-baby room", ["母婴室", "哺乳室", "baby room"], "F2", 0.90, 0.85, (0.90, 0.72),
     "二楼东侧，有哺乳椅、尿布台和温奶器。", "Floor 2 east side, with nursing chair, changing table and bottle warmer.", None, ""),
    ("ss-wc2", "二楼卫生间", "Toilets (Floor 2)", ["二楼厕所", "toilet 2F"], "F2", 0.78, 0.85, (0.78, 0.72),
     "二楼母婴室旁。", "Next to the Floor 2 mother-and-baby room.", None, ""),
    ("ss-dt", "无障碍电梯", "Lift", ["电梯", "直梯", "lift", "elevator"], "F1", 0.97, 0.30, (0.93, 0.30),
     "一楼东侧，通往二楼、三楼，可容纳轮椅。", "East side, to Floors 2 and 3, wheelchair size.", "lift", "dt-east"),
    ("ss-lt", "楼梯", "Stairs", ["楼梯间", "步梯", "stairs"], "F1", 0.03, 0.20, (0.07, 0.20),
     "一楼西侧楼梯，通往二楼、三楼。", "West stairs to Floors 2 and 3.", "stairs", "lt-west"),
]

# ---------------------------------------------------------------- services
def M(name, en="", required=True, copies=0, note="", original=True):
    return {"name": name, "name_en": en, "original": original, "copies": copies,
            "required": required, "note": note}

ID = lambda: M("居民身份证", "ID card")
HK = lambda: M("户口簿", "Household register (hukou booklet)")
BANK = lambda: M("本人银行卡或社保卡（金融账户）", "Bank card or social security card", note="用于发放待遇")

SERVICES = []


def S(sid, name, en, dept, aliases, summary, summary_en, conditions, materials, windows, prefix,
      time_limit, fee, hours=None, appointment="", online=ONLINE, notes="", notes_en="",
      time_en="", fee_en=""):
    SERVICES.append({
        "id": sid, "name": name, "name_en": en, "department": dept, "aliases": aliases,
        "summary": summary, "summary_en": summary_en, "conditions": conditions,
        "materials": materials, "windows": windows, "queue_prefix": prefix,
        "time_limit": time_limit, "time_limit_en": time_en, "fee": fee, "fee_en": fee_en,
        "hours": hours, "appointment": appointment, "online": online,
        "notes": notes, "notes_en": notes_en, "updated": UPD})

# ---- 公安户政 / 出入境 (prefix H)
S("YN101", "出生登记（新生儿入户）", "Birth registration (newborn hukou)", "d01",
  ["新生儿上户口", "娃娃上户", "出生落户"],
  "婴儿出生后一个月内，由父母一方持证件为其申报常住户口。", "Register a newborn's permanent hukou within one month of birth.",
  ["父母一方为本县户籍", "持有出生医学证明"],
  [M("出生医学证明", "Medical birth certificate", copies=1), M("父母双方居民身份证", "Parents' ID cards"),
   M("父母户口簿", "Parents' household register"), M("结婚证", "Marriage certificate", required=False, note="非婚生的提供亲子鉴定或说明")],
  ["CK02", "CK03"], "H", "当场办结", "免费", time_en="Same day", fee_en="Free",
  notes="可与医保参保、社保卡申领'出生一件事'一并办理。")
S("YN102", "户口迁入（投靠亲属·婚迁）", "Moving hukou in (joining family / marriage)", "d01",
  ["户口迁进来", "嫁过来迁户口", "投靠落户"],
  "因结婚、投靠配偶父母子女等原因将户口迁入本县。", "Move your hukou into the county for marriage or to join close relatives.",
  ["与迁入地户主存在夫妻、父母子女等关系", "迁入地有合法住所"],
  [ID(), HK(), M("结婚证或亲属关系证明", "Marriage or kinship proof", copies=1), M("迁入地户口簿", "Receiving household register")],
  ["CK02", "CK03"], "H", "省内跨市县'一站式'办理，5个工作日", "免费", time_en="5 working days", fee_en="Free")
S("YN103", "户口迁出（升学·参军·外迁）", "Moving hukou out", "d01",
  ["户口迁走", "开迁移证", "迁户口出去"],
  "本县户籍人员迁往外地时办理迁出；省内及已开通'跨省通办'的地区可直接在迁入地办理。",
  "Move your hukou out of the county; within Yunnan it is handled at the destination.",
  ["已取得迁入地准迁手续（需要时）"],
  [ID(), HK(), M("准予迁入证明或录取通知书", "Approval from destination or admission letter", required=False)],
  ["CK02"], "H", "当场办结", "免费", time_en="Same day", fee_en="Free")
S("YN104", "死亡人员户口注销", "Cancelling the hukou of a deceased person", "d01",
  ["销户口", "老人过世了销户", "死亡销户"],
  "户籍人员死亡后，由家属持死亡证明注销其户口并交回身份证。",
  "Family members cancel a deceased person's hukou with the death certificate.",
  ["户籍人员已死亡"],
  [M("居民死亡医学证明（推断）书或村委会死亡证明", "Death certificate", copies=1), HK(), M("死者居民身份证", "Deceased's ID card"),
   M("申报人身份证", "Declarant's ID card")],
  ["CK02", "CK03"], "H", "当场办结", "免费", time_en="Same day", fee_en="Free",
  notes="注销后可同步办理养老保险待遇终止和丧葬补助。")
S("YN105", "居民身份证换领、补领", "Renewing or replacing a resident ID card", "d01",
  ["身份证过期", "身份证掉了", "补办身份证", "换身份证"],
  "身份证有效期满、损坏或遗失的，申请换领或补领。", "Renew an expired, damaged or lost ID card.",
  ["本县户籍或符合异地办证条件"],
  [HK(), M("原身份证", "Old ID card", required=False, note="遗失的不需要"), M("照片", "Photo", required=False, note="窗口免费现场采集")],
  ["CK03"], "H", "15个工作日（可邮寄）", "换领20元；补领40元", time_en="15 working days", fee_en="Renewal 20 yuan; replacement 40 yuan",
  notes="急用可同时申领临时身份证。")
S("YN106", "临时居民身份证申领", "Temporary resident ID card", "d01",
  ["临时身份证", "急用身份证", "坐车用的证明"],
  "正式身份证办理期间急需乘车、住宿的，可申领有效期3个月的临时身份证。",
  "Get a 3-month temporary ID while your card is being made.",
  ["已申请换领或补领身份证"],
  [HK(), M("受理回执", "Application receipt")],
  ["CK03"], "H", "当场办结", "10元", time_en="Same day", fee_en="10 yuan")
S("YN107", "境外人员临时住宿登记", "Lodging registration for foreigners", "d01",
  ["外国人住宿登记", "老外住民宿登记", "foreigner registration"],
  "外国人在旅馆以外的民宅、农家住宿的，应在入住后24小时内由本人或留宿人申报登记。",
  "Foreigners staying in private homes or farm stays must register within 24 hours of arrival.",
  ["入住旅馆以外的住所"],
  [M("护照和有效签证或停留证件", "Passport and valid visa"), M("留宿人身份证和房屋证明", "Host's ID and housing proof", required=False)],
  ["CK04"], "H", "当场办结", "免费", time_en="Same day", fee_en="Free",
  notes="正规宾馆入住的由宾馆代为登记，无需到窗口。", notes_en="Hotels register guests themselves.")
S("YN108", "普通护照申领", "Ordinary passport application", "d01",
  ["办护照", "出国证件", "passport"],
  "本县户籍居民申请普通护照，出入境窗口现场采集照片和指纹。",
  "Residents apply for an ordinary passport; photo and fingerprints taken on site.",
  ["中国公民"],
  [ID(), M("出入境证件数字相片回执", "Digital photo receipt", required=False, note="窗口可现场拍照")],
  ["CK04"], "H", "7个工作日", "120元", time_en="7 working days", fee_en="120 yuan",
  online="可在'移民局'App预约")
S("YN109", "旅馆业特种行业许可证核发", "Special-trade licence for lodging businesses", "d01",
  ["旅馆特行证", "特种行业许可", "开客栈公安许可"],
  "开办旅馆、客栈、民宿（经营客房）的，须取得公安机关旅馆业特种行业许可证。",
  "Hotels, inns and homestays renting rooms need this police licence.",
  ["已取得营业执照", "消防安全符合要求", "安装旅馆业治安管理信息系统"],
  [M("申请书", "Application form"), M("营业执照", "Business licence", copies=1), M("房屋产权或租赁证明", "Property or lease proof", copies=1),
   M("法定代表人身份证", "Legal representative's ID", copies=1), M("房屋平面图", "Floor plan", copies=1)],
  ["CK04"], "H", "10个工作日（含现场核查）", "免费", time_en="10 working days incl. inspection", fee_en="Free")

# ---- 人社 (prefix R)
S("YN201", "城乡居民基本养老保险参保登记", "Enrolling in the urban-rural residents' basic pension", "d02",
  ["农村养老保险", "居民养老参保", "新农保"],
  "年满16周岁、不是在校学生、未参加职工养老保险的城乡居民参保登记，选择年度缴费档次。",
  "Residents aged 16+ (not students) without employee pension enrol and choose a contribution level.",
  ["年满16周岁", "未参加城镇职工基本养老保险"],
  [ID(), HK()],
  ["CK05", "CK01"], "R", "当场办结", "免费（保费按所选档次缴纳，每年200元至5000元档）",
  time_en="Same day", fee_en="Free (premiums by chosen level)")
S("YN202", "城乡居民养老保险待遇领取申请", "Claiming the residents' basic pension", "d02",
  ["满60岁领养老金", "申请领养老钱", "到龄领取"],
  "参保人年满60周岁，累计缴费满15年（或按规定补缴）的，申请按月领取养老金。",
  "Insured residents aged 60 with 15 years of contributions apply for the monthly pension.",
  ["年满60周岁", "累计缴费满15年或按规定补缴"],
  [ID(), HK(), BANK()],
  ["CK05"], "R", "次月起发放", "免费", time_en="Paid from the following month", fee_en="Free")
S("YN203", "领取养老保险待遇资格认证", "Annual pension eligibility verification", "d02",
  ["养老金认证", "刷脸认证", "生存认证"],
  "领取养老待遇人员每年进行一次资格认证，可手机刷脸或到窗口认证。",
  "Pensioners confirm they are eligible once a year, by face scan on the phone or at the window.",
  ["正在领取养老保险待遇"],
  [ID()],
  ["CK05", "CK01"], "R", "即时", "免费", time_en="Immediate", fee_en="Free",
  online="'云南人社12333'App或'老来网'刷脸认证",
  notes="卧床、行动不便的可由村（社区）协办员上门认证。")
S("YN204", "城乡居民养老保险关系转移接续", "Transferring residents' pension records", "d02",
  ["养老保险转过来", "外地交的养老保险转回", "社保转移"],
  "在外省、外县参加居民养老保险后回乡的，申请将参保关系和个人账户转入本县；也可办理城乡居民与职工养老保险衔接。",
  "Transfer pension records from elsewhere into the county, or link resident and employee pension.",
  ["转出地已参保缴费"],
  [ID(), M("参保缴费凭证", "Contribution record", copies=1)],
  ["CK05"], "R", "45个工作日", "免费", time_en="45 working days", fee_en="Free")
S("YN205", "社会保障卡申领、补换", "Social security card application and replacement", "d02",
  ["社保卡丢了", "办社保卡", "补社保卡", "社保卡坏了"],
  "首次申领、遗失补领或损坏换领第三代社会保障卡，窗口即时制卡。",
  "Apply for, replace or renew the social security card; made on the spot.",
  ["已参加社会保险"],
  [ID(), M("照片", "Photo", required=False, note="窗口可现场拍")],
  ["CK07"], "R", "即时制卡", "首次申领免费；补换20元", time_en="Made on the spot", fee_en="First card free; replacement 20 yuan",
  notes="遗失的请先拨打12333或到窗口挂失。")
S("YN206", "就业创业证（就业失业登记）办理", "Employment and unemployment registration", "d02",
  ["失业登记", "就业创业证", "登记找工作"],
  "在法定劳动年龄内、有就业能力和意愿的人员办理就业或失业登记，享受就业服务和政策。",
  "Register as employed or unemployed to access employment services and support.",
  ["16周岁至法定退休年龄"],
  [ID(), M("户口簿或居住证", "Hukou or residence permit", required=False)],
  ["CK06"], "R", "当场办结", "免费", time_en="Same day", fee_en="Free")
S("YN207", "失业保险金申领", "Claiming unemployment insurance benefits", "d02",
  ["领失业金", "失业补助金", "被辞退领钱"],
  "非本人意愿中断就业、缴纳失业保险满1年的人员申领失业保险金。",
  "Claim unemployment benefits after involuntary job loss with at least one year of contributions.",
  ["非因本人意愿中断就业", "失业前参加失业保险满1年", "已办理失业登记"],
  [ID(), BANK(), M("解除或终止劳动合同证明", "Proof of contract termination", copies=1)],
  ["CK06"], "R", "受理后15日内发放", "免费", time_en="Paid within 15 days", fee_en="Free")
S("YN208", "创业担保贷款申请", "Business start-up guaranteed loan", "d02",
  ["创业贷款", "返乡创业贷款", "贴息贷款"],
  "返乡农民工、高校毕业生、退役军人等创业人员申请个人最高30万元的创业担保贷款，财政按规定贴息。",
  "Returning migrant workers, graduates and veterans can borrow up to 300,000 yuan with interest subsidy.",
  ["属于扶持对象", "已办理营业执照并正常经营", "无不良信用记录"],
  [ID(), M("营业执照", "Business licence", copies=1), M("创业计划书", "Business plan"), M("婚姻状况证明", "Marital status proof", copies=1)],
  ["CK06"], "R", "15个工作日", "免费", time_en="15 working days", fee_en="Free")
S("YN209", "职业技能培训报名", "Vocational skills training registration", "d02",
  ["学技术", "免费培训", "技能培训"],
  "报名参加政府补贴的职业技能培训（茶叶加工、民宿服务、电工、家政、电商直播等），合格后发证书。",
  "Sign up for subsidised training (tea processing, homestay service, electrician, e-commerce...).",
  ["16周岁以上有培训意愿的劳动者"],
  [ID(), M("照片", "Photo", required=False)],
  ["CK06"], "R", "按开班计划", "免费", time_en="According to class schedule", fee_en="Free")

# ---- 医保 (prefix Y)
S("YN301", "城乡居民基本医疗保险参保缴费", "Residents' basic medical insurance enrolment and payment", "d03",
  ["交医保", "新农合", "居民医保", "农村合作医疗"],
  "未参加职工医保的城乡居民每年集中缴费期内参保缴费，次年享受待遇；新生儿出生后可随时参保。",
  "Residents without employee insurance enrol and pay each year during the payment period.",
  ["未参加职工基本医疗保险"],
  [M("身份证或户口簿", "ID card or household register")],
  ["CK08", "CK01"], "Y", "即时", "免费（个人缴费按当年标准）", hours="每年9月至12月集中缴费期",
  time_en="Immediate", fee_en="Free (premium at the yearly rate)",
  online="'云南医保'小程序、微信或银行App均可缴费")
S("YN302", "异地就医备案", "Registration for medical treatment outside the county", "d03",
  ["外地看病备案", "去昆明住院报销", "跨省就医"],
  "参保人到县外（含省外）长期居住、工作或转诊就医的，先备案再直接结算。",
  "Register before seeking treatment outside the county so bills can be settled directly.",
  ["已参加本县医保"],
  [ID(), M("转诊单或异地居住承诺书", "Referral or residence declaration", required=False)],
  ["CK08"], "Y", "即时", "免费", time_en="Immediate", fee_en="Free",
  online="'国家医保服务平台'App可自助备案")
S("YN303", "门诊慢特病待遇认定", "Chronic disease outpatient coverage", "d03",
  ["慢性病卡", "慢病认定", "高血压糖尿病报销"],
  "患有高血压、糖尿病、尿毒症、精神病等门诊慢特病的参保人申请认定，享受门诊报销。",
  "Insured people with listed chronic diseases apply for outpatient coverage.",
  ["已参保", "二级及以上医院诊断"],
  [ID(), M("病历、检查报告和诊断证明", "Medical records and diagnosis", copies=1)],
  ["CK08"], "Y", "15个工作日", "免费", time_en="15 working days", fee_en="Free")
S("YN304", "医疗费用手工（零星）报销", "Manual reimbursement of medical bills", "d03",
  ["医药费报销", "住院费报销", "没直接结算的报销"],
  "因急诊、未备案等原因未能直接结算的医疗费用，持票据申请手工报销。",
  "Claim medical bills that could not be settled directly.",
  ["已参保", "费用发生在参保期内"],
  [ID(), BANK(), M("医疗费用发票", "Medical invoices"), M("费用清单和出院小结", "Itemised bill and discharge summary", copies=1)],
  ["CK08"], "Y", "20个工作日", "免费", time_en="20 working days", fee_en="Free")

# ---- 民政 (prefix M)
S("YN401", "最低生活保障申请", "Minimum living allowance (dibao)", "d04",
  ["吃低保", "申请低保", "农村低保"],
  "家庭人均收入低于当地低保标准且财产符合规定的本县户籍家庭申请低保。",
  "Local households with income below the minimum standard apply for dibao.",
  ["本县户籍", "家庭收入、财产符合规定"],
  [HK(), M("家庭成员身份证", "Family members' ID cards"), M("家庭经济状况核对授权书", "Authorisation for financial check"),
   M("患病、残疾等证明", "Illness or disability proof", required=False)],
  ["CK14"], "M", "30个工作日", "免费", time_en="30 working days", fee_en="Free",
  notes="也可向户籍所在乡镇人民政府（街道）或村委会提出申请。")
S("YN402", "特困人员救助供养申请", "Support for people in extreme poverty (tekun)", "d04",
  ["五保户", "特困供养", "无依无靠老人"],
  "无劳动能力、无生活来源、无法定赡养抚养扶养义务人（或其无能力）的老年人、残疾人、未成年人申请特困供养。",
  "Elderly, disabled or minors with no income, no ability to work and no one to support them apply.",
  ["本县户籍", "符合'三无'条件"],
  [ID(), HK(), M("本人申请书", "Application letter")],
  ["CK14"], "M", "30个工作日", "免费", time_en="30 working days", fee_en="Free",
  notes="可选择集中供养（敬老院）或分散供养。")
S("YN403", "临时救助申请", "Temporary emergency assistance", "d04",
  ["急难救助", "遇到急事没钱", "临时困难补助"],
  "因火灾、交通事故、突发重病等导致基本生活暂时困难的家庭或个人申请临时救助。",
  "Families in sudden hardship (fire, accident, illness) apply for one-off aid.",
  ["遭遇突发事件、意外事故或重大疾病"],
  [ID(), M("困难情况证明材料", "Proof of hardship", required=False, note="如医疗票据、事故证明")],
  ["CK14"], "M", "急难情况先行救助；一般10个工作日", "免费", time_en="Urgent cases first; normally 10 working days", fee_en="Free")
S("YN404", "80周岁以上高龄津贴申领", "Allowance for people aged 80+", "d04",
  ["老年补贴", "高龄补助", "满80岁的补助"],
  "本县户籍年满80周岁的老年人申领高龄津贴，按月发放。", "Local residents aged 80+ get a monthly allowance.",
  ["本县户籍", "年满80周岁"],
  [ID(), HK(), BANK()],
  ["CK15"], "M", "次月发放", "免费", time_en="Paid from next month", fee_en="Free")
S("YN405", "内地居民结婚登记", "Marriage registration", "d04",
  ["领结婚证", "扯证", "办结婚"],
  "男满22周岁、女满20周岁的双方自愿结婚，一方户籍在本县的，共同到场办理结婚登记。",
  "Couples (man 22+, woman 20+) with one partner registered locally apply together.",
  ["双方自愿", "达到法定婚龄", "一方常住户口在本县或符合全国通办条件"],
  [ID(), HK(), M("近期2寸双人合影（红底）", "Recent 2-inch couple photo, red background", copies=0, note="3张")],
  ["CK15"], "M", "当场办结", "免费", time_en="Same day", fee_en="Free",
  appointment="可在'云南民政'小程序预约")

# ---- 残联 (prefix C)
S("YN501", "残疾人证新办", "Applying for a disability certificate", "d05",
  ["办残疾证", "评残", "残疾鉴定"],
  "本县户籍残疾人申请办理第三代残疾人证，经指定医疗机构评定残疾类别和等级后发证。",
  "Apply for a disability certificate after assessment at a designated hospital.",
  ["本县户籍", "符合残疾标准"],
  [ID(), HK(), M("近期2寸白底照片", "2-inch photos, white background", note="3张")],
  ["CK16"], "C", "评定后20个工作日", "免费", time_en="20 working days after assessment", fee_en="Free")
S("YN502", "残疾人证换领、补领、迁移", "Renewing, replacing or transferring a disability certificate", "d05",
  ["残疾证到期", "残疾证丢了", "残疾证换新"],
  "残疾人证有效期满、遗失、损毁或户籍迁移的，申请换领、补领或迁移。",
  "Renew, replace or transfer an existing disability certificate.",
  ["已持有残疾人证"],
  [ID(), M("原残疾人证", "Old certificate", required=False, note="遗失的不需要"), M("近期2寸白底照片", "2-inch photo", note="2张")],
  ["CK16"], "C", "10个工作日", "免费", time_en="10 working days", fee_en="Free")
S("YN503", "困难残疾人生活补贴和重度残疾人护理补贴申请", "Living and nursing subsidies for disabled people", "d05",
  ["残疾人两项补贴", "护理补贴", "残疾补助"],
  "低保家庭中的残疾人可申请生活补贴；一、二级及三级智力、精神残疾人可申请护理补贴。",
  "Disabled people in dibao households and people with severe disabilities apply for monthly subsidies.",
  ["持有第三代残疾人证", "符合补贴条件"],
  [ID(), M("残疾人证", "Disability certificate"), BANK()],
  ["CK16", "CK14"], "C", "20个工作日", "免费", time_en="20 working days", fee_en="Free")
S("YN504", "残疾人辅助器具适配申请", "Assistive devices for disabled people", "d05",
  ["轮椅申请", "助听器", "拐杖假肢"],
  "持证残疾人申请免费或补贴适配轮椅、助听器、假肢、助行器等辅助器具。",
  "Certified disabled people apply for free or subsidised wheelchairs, hearing aids, prostheses.",
  ["持有残疾人证"],
  [ID(), M("残疾人证", "Disability certificate")],
  ["CK16"], "C", "30个工作日", "免费", time_en="30 working days", fee_en="Free")

# ---- 农业农村 (prefix N)
S("YN601", "农村村民住宅建设（宅基地）审批", "Approval for rural homestead and house building", "d06",
  ["盖新房", "建房审批", "宅基地申请", "乡村建设规划许可"],
  "农村村民新建、改建、扩建、翻建住宅，经村组评议、乡镇审核后核发《农村宅基地批准书》和乡村建设规划许可证。",
  "Villagers apply to build or rebuild a house; the township issues the homestead and planning permits.",
  ["本村集体经济组织成员", "符合一户一宅", "符合村庄规划"],
  [M("农村宅基地和建房（规划许可）申请表", "Application form"), HK(), M("家庭成员身份证", "Family members' ID cards", copies=1),
   M("村民小组会议记录和公示材料", "Village group meeting record and notice", copies=1), M("住房设计图或通用图", "House design drawings", copies=1)],
  ["CK19"], "N", "20个工作日", "免费", time_en="20 working days", fee_en="Free",
  notes="建房前须'四到场'：申请审查、批准后丈量、放线、竣工验收。")
S("YN602", "农村土地承包经营权流转合同备案", "Filing a rural land-use transfer contract", "d06",
  ["土地流转", "地租出去", "承包地转包"],
  "农户将承包地出租（转包）、入股给合作社或企业的，签订流转合同后到窗口备案鉴证。",
  "Farmers renting out contracted land file the transfer contract.",
  ["流转双方协商一致", "不改变土地农业用途"],
  [M("土地流转合同", "Transfer contract", copies=2), M("承包方和受让方身份证", "Both parties' ID cards", copies=1),
   M("农村土地承包经营权证", "Land contract certificate", copies=1)],
  ["CK20"], "N", "5个工作日", "免费", time_en="5 working days", fee_en="Free")
S("YN603", "土地承包经营权变更（分户、继承、互换）", "Changing land contract rights (split, inheritance, swap)", "d06",
  ["承包证改名字", "分家分地", "继承承包地"],
  "因分户、家庭成员变化、互换等原因变更土地承包经营权证记载事项。",
  "Update the land contract certificate after a household split, family change or land swap.",
  ["属于本集体经济组织承包农户"],
  [M("农村土地承包经营权证", "Land contract certificate"), HK(), M("村组同意变更的证明", "Village approval", copies=1),
   M("分户协议或继承证明", "Split agreement or inheritance proof", required=False, copies=1)],
  ["CK20"], "N", "20个工作日", "免费", time_en="20 working days", fee_en="Free")
S("YN604", "农作物种子生产经营许可证核发", "Crop seed production and trading licence", "d06",
  ["种子经营许可", "卖种子的证", "种子店许可证"],
  "从事主要农作物常规种子、非主要农作物种子生产经营的申请许可；只销售包装种子的需办理备案。",
  "Licence for producing or trading crop seeds; selling packaged seeds only needs filing.",
  ["有固定经营场所和仓储条件", "有种子质量检验人员"],
  [M("种子生产经营许可证申请表", "Application form"), M("营业执照", "Business licence", copies=1),
   M("经营场所证明", "Premises proof", copies=1), M("检验人员资质证明", "Inspector qualification", copies=1)],
  ["CK21"], "N", "20个工作日", "免费", time_en="20 working days", fee_en="Free")
S("YN605", "农药经营许可证核发", "Pesticide trading licence", "d06",
  ["卖农药", "农资店许可证", "开农药店"],
  "开办农资店经营农药的，须取得农药经营许可证；经营限制使用农药另有要求。",
  "Shops selling pesticides need this licence.",
  ["有农学、植保等专业学历或培训合格的经营人员", "营业场所与住所、食品隔离"],
  [M("农药经营许可证申请表", "Application form"), M("营业执照", "Business licence", copies=1),
   M("经营人员学历或培训证明", "Staff qualification", copies=1), M("营业和仓储场所照片", "Photos of shop and storage", copies=1)],
  ["CK21"], "N", "20个工作日", "免费", time_en="20 working days", fee_en="Free")
S("YN606", "耕地地力保护补贴申报", "Farmland fertility protection subsidy", "d06",
  ["种粮补贴", "粮补", "种地补助"],
  "承包耕地并正常耕种的农户每年申报耕地地力保护补贴，资金通过'一卡通'发放。",
  "Farm households growing crops on contracted land declare the yearly subsidy.",
  ["拥有承包耕地并正常种植"],
  [ID(), M("土地承包经营权证", "Land contract certificate", copies=1), M("惠农'一卡通'", "Farmer subsidy bank card")],
  ["CK21"], "N", "按年度统一发放", "免费", hours="每年3月至5月申报", time_en="Paid yearly", fee_en="Free",
  notes="一般由村委会统一申报核实。")
S("YN607", "农机购置与应用补贴申请", "Farm machinery purchase subsidy", "d06",
  ["买农机补贴", "微耕机补贴", "拖拉机补助"],
  "购买列入补贴目录的农业机械（微耕机、茶叶揉捻机、植保无人机等）后申请补贴。",
  "Claim subsidy after buying listed farm machinery (tillers, tea rollers, crop-spraying drones).",
  ["所购机具在补贴目录内", "已付全款并取得发票"],
  [ID(), M("购机发票", "Purchase invoice", copies=1), M("惠农'一卡通'", "Farmer subsidy bank card"), M("人机合影照片", "Photo with the machine")],
  ["CK21"], "N", "30个工作日", "免费", time_en="30 working days", fee_en="Free",
  online="可在'云南农机购置补贴'App申请")

# ---- 林草 (prefix L)
S("YN701", "林木采伐许可证核发", "Tree felling permit", "d07",
  ["砍树审批", "采伐证", "卖木材"],
  "采伐商品林、自留山林木或房前屋后以外林木的，须申请林木采伐许可证。",
  "A permit is required to fell trees other than those around your house.",
  ["林权清晰", "符合采伐限额"],
  [M("林木采伐申请表", "Application form"), M("林权证或不动产权证书", "Forest right certificate", copies=1), ID()],
  ["CK22"], "L", "7个工作日", "免费", time_en="7 working days", fee_en="Free",
  online="可在'全国林木采伐管理系统'网上申请",
  notes="农村居民采伐自留地和房前屋后个人所有的零星林木不需要申请。")
S("YN702", "野生动物造成人身财产损害补偿申请", "Compensation for damage by wild animals", "d07",
  ["大象吃了庄稼", "野猪拱地", "野象肇事赔偿"],
  "亚洲象、野猪、黑熊等国家和省重点保护野生动物造成人身伤亡、农作物或房屋财产损失的，申请补偿（含公众责任保险理赔）。",
  "Claim compensation when protected wild animals (Asian elephants, wild boar, bears) harm people, crops or property.",
  ["损害由重点保护野生动物造成", "及时报告并保护现场"],
  [ID(), BANK(), M("损失现场照片", "Photos of the damage"), M("村委会证明", "Village committee proof", copies=1)],
  ["CK22"], "L", "核定后30个工作日", "免费", time_en="30 working days after assessment", fee_en="Free",
  notes="发现损失请48小时内报告村委会或林草站，勿破坏现场。")
S("YN703", "林权类不动产登记（林地、林木）", "Forest land and tree ownership registration", "d08",
  ["林权证", "山林确权", "林地过户"],
  "集体林地承包经营权、林木所有权的首次登记、转移和变更登记，林草局与不动产登记中心联合受理。",
  "Register or transfer forest land contract rights and tree ownership.",
  ["权属清楚、界址明确"],
  [ID(), M("不动产登记申请书", "Application form"), M("林地承包合同或原林权证", "Forest contract or old certificate", copies=1),
   M("林权界址图", "Boundary map", copies=1)],
  ["CK22", "CK10"], "L", "20个工作日", "免费", time_en="20 working days", fee_en="Free")

# ---- 不动产 (prefix B)
S("YN801", "农村房屋（宅基地使用权及房屋所有权）首次登记", "First registration of rural house and homestead", "d08",
  ["农村房子办证", "房地一体确权", "宅基地证"],
  "经批准建成的农村村民住宅办理宅基地使用权和房屋所有权首次登记，颁发不动产权证书。",
  "Register an approved rural house and its homestead and receive the property certificate.",
  ["宅基地经依法批准", "房屋已竣工"],
  [ID(), HK(), M("宅基地批准书和规划许可", "Homestead approval and planning permit", copies=1), M("房屋竣工验收材料", "Completion documents", copies=1)],
  ["CK10"], "B", "20个工作日", "免费（工本费免收）", time_en="20 working days", fee_en="Free")
S("YN802", "不动产转移登记（房屋买卖）", "Property transfer registration (sale)", "d08",
  ["买房过户", "二手房过户", "房子过户"],
  "商品房或二手房买卖后办理转移登记，税务、不动产'一窗受理'。",
  "Transfer property ownership after a sale; tax and registration at one window.",
  ["买卖双方达成合同", "房屋无查封"],
  [M("买卖双方身份证和户口簿", "Both parties' IDs and hukou"), M("不动产权证书", "Property certificate"),
   M("买卖合同", "Sale contract", copies=1), M("婚姻状况证明", "Marital status proof", copies=1)],
  ["CK10"], "B", "5个工作日", "住宅每件80元（另缴契税等税费）", time_en="5 working days", fee_en="80 yuan per case plus taxes")
S("YN803", "不动产抵押登记", "Mortgage registration", "d08",
  ["房子抵押贷款", "抵押登记", "房产证抵押"],
  "以房屋、土地向银行抵押贷款时办理抵押权首次登记；还清后办理注销。",
  "Register a mortgage on property for a bank loan; cancel it when repaid.",
  ["持有不动产权证书"],
  [ID(), M("不动产权证书", "Property certificate"), M("借款合同和抵押合同", "Loan and mortgage contracts", copies=1)],
  ["CK10"], "B", "3个工作日", "每件80元", time_en="3 working days", fee_en="80 yuan per case",
  notes="银行可在网点'抵押不动产'直办。")

# ---- 市场监管 (prefix S)
S("YN901", "个体工商户设立登记", "Registering a sole proprietorship (getihu)", "d09",
  ["办营业执照", "开个小店", "个体户执照"],
  "开办小卖部、茶叶店、餐馆、农家乐等个体经营，申请个体工商户营业执照。",
  "Get a business licence for a small shop, tea shop, eatery or farm stay.",
  ["有经营能力的自然人或家庭", "有经营场所"],
  [ID(), M("经营场所使用证明", "Proof of premises", copies=1, note="自有房屋可提供房产证明或村委会证明")],
  ["CK11", "CK01"], "S", "当场办结", "免费", time_en="Same day", fee_en="Free",
  online="可在'云南省市场主体登记'平台网上办理")
S("YN902", "有限责任公司设立登记", "Registering a limited company", "d09",
  ["注册公司", "开公司", "成立公司"],
  "设立有限责任公司（如茶叶公司、旅游公司），企业开办'一网通办'，同步刻章、领发票。",
  "Register a limited company; seals and invoices issued at the same time.",
  ["有符合规定的名称、章程、住所"],
  [M("公司登记申请书", "Application form"), M("公司章程", "Articles of association"), M("股东身份证明", "Shareholders' ID", copies=1),
   M("住所使用证明", "Proof of address", copies=1)],
  ["CK11"], "S", "1个工作日", "免费（首套印章免费刻制）", time_en="1 working day", fee_en="Free (first seals free)")
S("YN903", "农民专业合作社设立登记", "Registering a farmers' cooperative", "d09",
  ["成立合作社", "茶叶合作社", "合作社注册"],
  "5名以上成员（农民占80%以上）自愿联合成立农民专业合作社，申请营业执照。",
  "Five or more members, mostly farmers, register a cooperative.",
  ["成员5名以上且农民占80%以上", "有章程和出资清单"],
  [M("设立登记申请书", "Application form"), M("合作社章程", "Charter"), M("成员名册和身份证明", "Member list and IDs", copies=1),
   M("设立大会纪要", "Founding meeting minutes", copies=1)],
  ["CK11"], "S", "当场办结", "免费", time_en="Same day", fee_en="Free")
S("YN904", "营业执照变更、注销登记", "Changing or closing a business registration", "d09",
  ["执照注销", "不开了关门", "改店名"],
  "个体户、企业变更名称、经营者、经营范围，或停止经营注销营业执照。",
  "Change the name, owner or scope of a business, or close it.",
  ["已登记的市场主体"],
  [M("营业执照正副本", "Business licence original and copy"), ID(), M("变更或注销申请书", "Application form")],
  ["CK11"], "S", "1个工作日（简易注销公示20日）", "免费", time_en="1 working day (simplified closure: 20-day notice)", fee_en="Free")
S("YN905", "食品经营许可证核发", "Food business licence", "d09",
  ["开饭馆许可证", "卖茶叶食品证", "餐饮许可"],
  "从事食品销售、餐饮服务（含预包装茶叶、农家乐餐饮）的，申请食品经营许可证；仅销售预包装食品的办理备案。",
  "Restaurants and food shops (incl. tea sellers and farm-stay kitchens) apply for a food licence.",
  ["已取得营业执照", "有与经营相适应的场所和设施"],
  [M("食品经营许可申请书", "Application form"), M("营业执照", "Business licence", copies=1),
   M("经营场所平面图和设备布局图", "Floor plan and equipment layout", copies=1), M("食品安全管理制度", "Food safety rules")],
  ["CK12"], "S", "10个工作日", "免费", time_en="10 working days", fee_en="Free")
S("YN906", "食品小作坊登记证办理", "Small food workshop registration", "d09",
  ["茶叶初制所登记", "小作坊证", "做米线小作坊"],
  "从事茶叶初制、米线米干、腌菜、酒类等传统食品小规模加工的，申请食品小作坊登记证。",
  "Small workshops making tea, rice noodles, pickles or liquor register here.",
  ["有固定加工场所", "从业人员有健康证明"],
  [M("小作坊登记申请表", "Application form"), M("营业执照", "Business licence", copies=1),
   M("从业人员健康证明", "Staff health certificates", copies=1), M("加工场所平面图", "Workshop plan", copies=1)],
  ["CK12"], "S", "10个工作日（含现场核查）", "免费", time_en="10 working days incl. inspection", fee_en="Free")

# ---- 税务 (prefix T)
S("YN911", "代开增值税发票", "Tax office issues an invoice on your behalf", "d10",
  ["开发票", "代开票", "卖茶叶开票"],
  "个人或小规模纳税人销售农产品、出租房屋、提供劳务等需要发票的，申请税务机关代开。",
  "Individuals selling farm produce, renting out property or doing jobs get an invoice issued by the tax office.",
  ["有真实交易"],
  [ID(), M("合同或交易证明", "Contract or proof of sale", copies=1)],
  ["CK09"], "T", "当场办结", "免费（按规定缴纳税款，农户自产农产品免税）",
  time_en="Same day", fee_en="Free (taxes as due; farmers' own produce exempt)",
  online="'电子税务局'或'个人所得税'App可申请")
S("YN912", "个体工商户定期定额及申报纳税", "Fixed-quota tax and tax filing for sole proprietors", "d10",
  ["个体户报税", "交税", "定税"],
  "个体工商户办理税务信息确认、定期定额核定和按期申报缴纳税款。",
  "Sole proprietors confirm tax details, get a fixed quota and file taxes.",
  ["已领取营业执照"],
  [M("营业执照", "Business licence"), ID()],
  ["CK09"], "T", "当场办结", "免费", time_en="Same day", fee_en="Free")

# ---- 文旅 (prefix W)
S("YN921", "乡村民宿开办备案（等级评定）", "Rural homestay filing and grading", "d11",
  ["开民宿", "客栈备案", "民宿评星"],
  "利用农村自有住房开办民宿的，取得营业执照、特种行业许可后向文旅局备案，自愿申请等级评定。",
  "Homestay owners file with the tourism bureau after getting business and police licences; grading optional.",
  ["已取得营业执照和旅馆业特种行业许可证", "客房不超过14间（4层以下）"],
  [M("民宿备案表", "Filing form"), M("营业执照", "Business licence", copies=1), M("特种行业许可证", "Special trade licence", copies=1),
   M("消防安全检查合格材料", "Fire safety check", copies=1), M("房屋照片", "Photos of the house")],
  ["CK13"], "W", "5个工作日", "免费", time_en="5 working days", fee_en="Free")
S("YN922", "公共场所卫生许可证核发", "Public place hygiene licence", "d11",
  ["卫生许可证", "客栈卫生证", "美发店卫生许可"],
  "宾馆、客栈、民宿、美容美发、游泳场所等公共场所开业前申请卫生许可证（卫健局在文旅窗口联办）。",
  "Hotels, homestays, salons and pools need a hygiene licence before opening.",
  ["已取得营业执照", "从业人员取得健康证明"],
  [M("卫生许可申请书", "Application form"), M("营业执照", "Business licence", copies=1),
   M("从业人员健康证明", "Staff health certificates", copies=1), M("场所平面图", "Floor plan", copies=1)],
  ["CK13"], "W", "10个工作日", "免费", time_en="10 working days", fee_en="Free")

# ---- 公积金 (prefix G)
S("YN931", "住房公积金提取（购买、建造住房）", "Housing fund withdrawal for buying or building a home", "d12",
  ["买房取公积金", "建房提公积金", "公积金提出来盖房"],
  "购买商品房、二手房或在农村自建住房的，可提取本人及配偶住房公积金。",
  "Withdraw the housing fund of you and your spouse after buying or building a home.",
  ["已购房或经批准自建住房", "本人正常缴存"],
  [ID(), M("购房合同和发票或建房审批材料", "Purchase contract and invoice, or building approval", copies=1), BANK()],
  ["CK17"], "G", "3个工作日", "免费", time_en="3 working days", fee_en="Free",
  online="'普洱公积金'小程序可线上提取")
S("YN932", "住房公积金提取（租房）", "Housing fund withdrawal for rent", "d12",
  ["租房提公积金", "公积金付房租"],
  "本人及配偶在缴存地无自有住房且租房居住的，按月或按年提取公积金支付房租。",
  "Withdraw to pay rent if you own no home where you contribute.",
  ["本人及配偶在本市无自有住房"],
  [ID(), M("无房声明", "No-home declaration"), BANK()],
  ["CK17"], "G", "即时", "免费", time_en="Immediate", fee_en="Free",
  online="'普洱公积金'小程序可线上提取")
S("YN933", "住房公积金提取（退休、离职、出境定居）", "Housing fund withdrawal on retirement, leaving or emigrating", "d12",
  ["退休取公积金", "辞职取公积金", "公积金销户"],
  "职工退休、与单位解除劳动关系且户籍不在本市、出境定居的，提取全部余额并销户。",
  "Withdraw the whole balance and close the account on retirement, leaving a job (non-local hukou) or emigrating.",
  ["符合销户提取情形"],
  [ID(), M("退休证明或离职证明", "Retirement or resignation proof", copies=1), BANK()],
  ["CK17"], "G", "3个工作日", "免费", time_en="3 working days", fee_en="Free")
S("YN934", "住房公积金提取（大病医疗、特殊困难）", "Housing fund withdrawal for serious illness or hardship", "d12",
  ["生大病取公积金", "困难提取公积金"],
  "本人或家庭成员患重大疾病，或家庭享受低保的，可提取公积金。",
  "Withdraw in case of serious illness in the family or if the family receives dibao.",
  ["本人、配偶或子女、父母患重大疾病，或为低保家庭"],
  [ID(), M("医院诊断证明和费用发票", "Diagnosis and medical invoices", copies=1), BANK()],
  ["CK17"], "G", "5个工作日", "免费", time_en="5 working days", fee_en="Free")
S("YN935", "住房公积金个人住房贷款申请", "Housing fund mortgage loan", "d12",
  ["公积金贷款", "用公积金贷款买房"],
  "连续足额缴存满6个月的职工购买、建造住房时申请公积金贷款，利率低于商业贷款。",
  "Contributors of 6+ months apply for a low-interest housing fund loan.",
  ["连续足额缴存6个月以上", "具有还款能力"],
  [M("借款人及配偶身份证、户口簿、婚姻证明", "Borrower and spouse ID, hukou, marital proof", copies=1),
   M("购房合同或建房审批材料", "Purchase contract or building approval", copies=1), M("收入证明", "Income proof")],
  ["CK18"], "G", "15个工作日", "免费", time_en="15 working days", fee_en="Free")
S("YN936", "住房公积金缴存登记（单位开户、个人缴存）", "Housing fund account opening", "d12",
  ["公积金开户", "个人交公积金", "灵活就业交公积金"],
  "单位为职工开设公积金账户，或个体工商户、灵活就业人员自愿缴存开户。",
  "Employers open accounts for staff; the self-employed may join voluntarily.",
  ["单位或自愿缴存人员"],
  [M("单位登记表或个人缴存申请表", "Registration form"), ID()],
  ["CK18"], "G", "当场办结", "免费", time_en="Same day", fee_en="Free")

# ---------------------------------------------------------------- geometry
FLOOR_ORDER = ["F1", "F2", "F3"]
CORR_Y = 0.40
TOP_Y, DOOR_Y = 0.18, 0.27


def build():
    windows = []
    floors = []
    places = []
    for p in PLACES:
        pid, name, en, al, fl, x, y, door, notes, notes_en, kind, link = p
        d = {"id": pid, "name": name, "name_en": en, "aliases": al, "floor": fl, "x": x, "y": y,
             "notes": notes, "notes_en": notes_en, "door": {"x": door[0], "y": door[1]}}
        if kind:
            d["kind"] = kind
            d["link"] = link
        places.append(d)
    kiosk = {"floor": "F1", "x": 0.55, "y": 0.50}
    for fl in FLOOR_ORDER:
        fname, fen, wins = WIN[fl]
        n = len(wins)
        nodes, paths, spine = [], [], []
        for i, (num, label, label_en, zone, zone_en) in enumerate(wins):
            wid = win_id(num)
            x = round(0.14 + i * (0.72 / max(n - 1, 1)), 4)
            windows.append({"id": wid, "floor": fl, "zone": zone, "zone_en": zone_en, "x": x, "y": TOP_Y,
                            "label": f"{num}窗口 {label}", "label_en": f"Window {num.replace('号','')} {label_en}",
                            "door": {"x": x, "y": DOOR_Y}})
            nodes.append({"id": "j-" + wid, "x": x, "y": CORR_Y})
            paths.append([wid, "j-" + wid])
            spine.append((x, "j-" + wid))
        # places on this floor
        for d in places:
            if d["floor"] != fl:
                continue
            dx, dy = d["door"]["x"], d["door"]["y"]
            jx = min(max(dx, 0.09), 0.93)
            nid = "j-" + d["id"]
            if dy > 0.5:
                # bottom row: a lower corridor at y=0.65 joined to the spine
                nodes.append({"id": nid, "x": jx, "y": 0.65})
                paths.append([d["id"], nid])
                spine.append((jx, None, nid))
            else:
                nodes.append({"id": nid, "x": jx, "y": CORR_Y})
                paths.append([d["id"], nid])
                spine.append((jx, nid))
        # stops for lift/stairs on upper floors
        if fl != "F1":
            nodes.append({"id": f"dt-{fl}", "x": 0.97, "y": 0.30, "kind": "lift", "link": "dt-east",
                          "name": f"无障碍电梯（{fname}）", "name_en": f"Lift ({fen})"})
            nodes.append({"id": f"j-dt-{fl}", "x": 0.93, "y": CORR_Y})
            paths.append([f"dt-{fl}", f"j-dt-{fl}"])
            spine.append((0.93, f"j-dt-{fl}"))
            nodes.append({"id": f"lt-{fl}", "x": 0.03, "y": 0.20, "kind": "stairs", "link": "lt-west",
                          "name": f"楼梯（{fname}）", "name_en": f"Stairs ({fen})"})
            nodes.append({"id": f"j-lt-{fl}", "x": 0.07, "y": CORR_Y})
            paths.append([f"lt-{fl}", f"j-lt-{fl}"])
            spine.append((0.07, f"j-lt-{fl}"))
        else:
            nodes.append({"id": "j-kiosk", "x": kiosk["x"], "y": CORR_Y})
            paths.append(["kiosk", "j-kiosk"])
            spine.append((kiosk["x"], "j-kiosk"))
        upper = sorted([s for s in spine if len(s) == 2], key=lambda s: s[0])
        lower = sorted([s for s in spine if len(s) == 3], key=lambda s: s[0])
        paths.append([s[1] for s in upper])
        if lower:
            # lower corridor, joined to the spine at both ends
            lpath = [s[2] for s in lower]
            nodes.append({"id": f"j-low-w-{fl}", "x": 0.07, "y": 0.65})
            nodes.append({"id": f"j-low-e-{fl}", "x": 0.95, "y": 0.65})
            paths.append([f"j-low-w-{fl}"] + lpath + [f"j-low-e-{fl}"])
            paths.append([f"j-low-w-{fl}", upper[0][1]])
            paths.append([f"j-low-e-{fl}", upper[-1][1]])
        floors.append({"id": fl, "name": fname, "name_en": fen, "map": f"plan-{fl.lower()}.svg",
                       "walkways": {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}})
    hall = {"id": "lanchuan-zwfw", "name": "澜川县政务服务中心",
            "name_en": "Lanchuan County Government Service Centre",
            "address": "云南省普洱市澜川县勐岗镇滨江大道188号（澜沧江大桥东侧）",
            "address_en": "188 Binjiang Avenue, Menggang Town, Lanchuan County, Pu'er, Yunnan",
            "hours": "周一至周五 9:00–12:00、14:30–18:00（夏季）；周六上午 9:00–12:00 延时服务（仅综合受理、社保卡、户籍）",
            "hours_en": "Mon–Fri 9:00–12:00, 14:30–18:00; Saturday 9:00–12:00 for general intake, social security card and hukou only",
            "phone": "0879-8012345",
            "floors": floors, "kiosk": kiosk}
    cat = {"schema_version": 1, "hall": hall,
           "departments": [{"id": i, "name": n, "name_en": e} for i, n, e in DEPTS],
           "windows": windows, "places": places, "services": SERVICES}
    with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for fl in floors:
        write_svg(fl, [w for w in windows if w["floor"] == fl["id"]], [p for p in places if p["floor"] == fl["id"]],
                  kiosk if fl["id"] == kiosk["floor"] else None)
    print(len(SERVICES), "services,", len(places), "places,", len(windows), "windows")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_svg(fl, wins, pls, kiosk):
    W, H = 1200, 600
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="sans-serif">',
           f'<rect x="5" y="5" width="{W-10}" height="{H-10}" fill="#fbfaf5" stroke="#333" stroke-width="4"/>',
           f'<text x="20" y="40" font-size="24">澜川县政务服务中心 {esc(fl["name"])} / {esc(fl["name_en"])}</text>']
    for path in fl["walkways"]["paths"]:
        pass
    out.append(f'<rect x="{0.06*W}" y="{0.36*H}" width="{0.89*W}" height="{0.08*H}" fill="#e6e1d3"/>')
    for w in wins:
        x, y = w["x"] * W, w["y"] * H
        out.append(f'<rect x="{x-40}" y="{y-40}" width="80" height="60" fill="#cfe3f5" stroke="#246"/>')
        out.append(f'<text x="{x}" y="{y-10}" font-size="13" text-anchor="middle">{esc(w["label"].split(" ")[0])}</text>')
    for p in pls:
        x, y = p["x"] * W, p["y"] * H
        out.append(f'<rect x="{x-45}" y="{y-30}" width="90" height="50" fill="#e4f3dc" stroke="#363"/>')
        out.append(f'<text x="{x}" y="{y}" font-size="12" text-anchor="middle">{esc(p["name"])}</text>')
    if kiosk:
        x, y = kiosk["x"] * W, kiosk["y"] * H
        out.append(f'<circle cx="{x}" cy="{y}" r="10" fill="#d33"/>')
        out.append(f'<text x="{x+14}" y="{y+5}" font-size="14" fill="#d33">您在这里 You are here</text>')
    out.append('</svg>')
    with open(os.path.join(HERE, fl["map"]), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
