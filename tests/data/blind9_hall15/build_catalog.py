#!/usr/bin/env python3
"""Build catalog.json (+ three simple SVG floor plans) for the fictional
厦门市鹭湾区行政服务中心.  stdlib only.  Run: python3 build_catalog.py"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
UPD = "2026-10-15"
MZT = "可在“闽政通”App或“i厦门”平台搜索事项名称在线申办"


def M(name, en="", copies=0, original=True, required=True, note="", note_en=""):
    d = {"name": name, "name_en": en, "original": original, "copies": copies, "required": required, "note": note}
    if note_en:
        d["note_en"] = note_en
    return d


# ---------------------------------------------------------------- departments
DEPTS = [
    ("dep.hz", "区公安分局户政服务窗口", "Household Registration (Public Security)"),
    ("dep.crj", "公安出入境管理服务窗口", "Exit-Entry Administration"),
    ("dep.tq", "台胞与侨务服务专区", "Taiwan Compatriots & Overseas Chinese Services"),
    ("dep.rs", "区人力资源和社会保障局", "Human Resources and Social Security"),
    ("dep.yb", "区医疗保障局", "Medical Insurance"),
    ("dep.gjj", "厦门市住房公积金中心鹭湾办事处", "Housing Provident Fund"),
    ("dep.sj", "区市场监督管理局", "Market Regulation"),
    ("dep.sw", "国家税务总局厦门市鹭湾区税务局", "Taxation"),
    ("dep.bdc", "区不动产登记中心", "Real Estate Registration"),
    ("dep.mz", "区民政局（含婚姻登记处、残联窗口）", "Civil Affairs (incl. Marriage Registry)"),
    ("dep.wj", "区卫生健康局", "Health Commission"),
    ("dep.hy", "区农业农村局（海洋渔业）", "Marine Fisheries"),
]

# ---------------------------------------------------------------- windows
WIN = [
    # id, floor, zone, label, label_en
    ("1-01", "F1", "一楼A区 公安综合", "户政 身份证·户口", "Household registration"),
    ("1-02", "F1", "一楼A区 公安综合", "户政 户口迁移·居住证", "Household registration"),
    ("1-03", "F1", "一楼A区 公安综合", "出入境 证件受理", "Exit-entry documents"),
    ("1-04", "F1", "一楼A区 公安综合", "出入境 外国人服务", "Foreigners' services"),
    ("1-05", "F1", "一楼B区 台胞侨务", "台胞·侨务专窗", "Taiwan compatriots & overseas Chinese"),
    ("1-06", "F1", "一楼B区 社保医保", "人社 社保卡·参保", "Social security"),
    ("1-07", "F1", "一楼B区 社保医保", "人社 待遇·转移", "Social security benefits"),
    ("1-08", "F1", "一楼B区 社保医保", "医保窗口", "Medical insurance"),
    ("2-01", "F2", "二楼C区 企业开办", "市场监管 登记注册", "Business registration"),
    ("2-02", "F2", "二楼C区 企业开办", "市场监管 许可备案", "Licences & filings"),
    ("2-03", "F2", "二楼C区 企业开办", "税务 新办·发票", "Tax: new taxpayers & invoices"),
    ("2-04", "F2", "二楼D区 税务", "税务 代开·个税", "Tax: invoices for individuals, IIT"),
    ("2-05", "F2", "二楼D区 税务", "税务 出口退税", "Tax: export refunds"),
    ("2-06", "F2", "二楼E区 公积金", "公积金 提取", "Provident fund withdrawals"),
    ("2-07", "F2", "二楼E区 公积金", "公积金 贷款", "Provident fund loans"),
    ("3-01", "F3", "三楼F区 不动产", "不动产 综合受理", "Real estate registration"),
    ("3-02", "F3", "三楼F区 不动产", "不动产 抵押·查询", "Mortgages & records"),
    ("3-03", "F3", "三楼F区 不动产", "存量房交易税费", "Property transaction tax"),
    ("3-04", "F3", "三楼G区 民政", "婚姻登记", "Marriage registry"),
    ("3-05", "F3", "三楼G区 民政", "社会救助·养老·残联", "Social assistance & disability"),
    ("3-06", "F3", "三楼G区 民政", "卫健 生育服务", "Birth & family planning services"),
    ("3-07", "F3", "三楼H区 海洋渔业", "海洋渔业", "Marine fisheries"),
]

# ---------------------------------------------------------------- places
PLACES = [
    dict(id="fac.wc-f1", name="一楼卫生间", name_en="Restrooms (1F)", aliases=["WC"], floor="F1",
         x=0.84, y=0.84, notes="一楼东侧，男女卫生间及第三卫生间（无障碍、可带小孩）。",
         notes_en="East side of 1F; men's, women's and an accessible family restroom."),
    dict(id="fac.wc-f2", name="二楼卫生间", name_en="Restrooms (2F)", aliases=["二楼WC"], floor="F2",
         x=0.84, y=0.84, notes="二楼东侧，靠近母婴室。", notes_en="East side of 2F next to the nursing room."),
    dict(id="fac.lift", name="无障碍电梯", name_en="Lift", aliases=["电梯"], floor="F1",
         x=0.93, y=0.2, kind="lift", link="lift-main", notes="大厅东北角，可到一至三楼，轮椅、婴儿车优先。",
         notes_en="North-east corner, serves 1F–3F. Priority for wheelchairs and prams."),
    dict(id="fac.stairs", name="东楼梯", name_en="East stairs", aliases=["楼梯"], floor="F1",
         x=0.97, y=0.5, kind="stairs", link="stairs-east", notes="东侧楼梯，通往二、三楼。",
         notes_en="East staircase to 2F and 3F."),
    dict(id="fac.photo", name="自助照相亭", name_en="Photo booth", aliases=["拍照"], floor="F1",
         x=0.22, y=0.84, notes="可拍身份证、护照、港澳台通行证、社保卡等数码证件照，每次20元，可微信支付；拍完生成回执号。",
         notes_en="ID / passport / permit photos, 20 yuan, WeChat Pay; gives a photo receipt number."),
    dict(id="fac.print", name="复印打印服务点", name_en="Copy & print point", aliases=["复印", "打印"], floor="F1",
         x=0.1, y=0.84, notes="办事材料复印免费（每人20页以内），手机文件可扫码打印。",
         notes_en="Free copying of application documents (up to 20 pages); print from phone by QR code."),
    dict(id="fac.selfservice", name="24小时自助服务区", name_en="24-hour self-service area", aliases=["自助终端"], floor="F1",
         x=0.34, y=0.84,
         notes="社保缴费证明、个税完税证明、不动产登记信息查询、公积金查询等自助打印；夜间从北门刷身份证进入。",
         notes_en="Self-service printing of social-insurance, tax and property records; open 24 h via the north door."),
    dict(id="fac.ems", name="EMS邮政寄递点", name_en="EMS postal desk", aliases=["邮寄", "EMS"], floor="F1",
         x=0.46, y=0.84, notes="证件、执照可在此办理邮寄到家，费用自理（市内一般12元）。",
         notes_en="Mail your certificates home; fee paid by you (about 12 yuan within Xiamen)."),
    dict(id="fac.helpdesk", name="综合咨询导办台", name_en="Information & assistance desk", aliases=["导办"],
         floor="F1", x=0.56, y=0.66,
         notes="取号、政策咨询、帮办代办；老年人、残疾人、台胞、外籍人士可请工作人员陪同办理，提供闽南语、英语服务。",
         notes_en="Queue tickets, questions, assisted service; staff speak Minnan and English and can accompany you."),
    dict(id="fac.rest", name="休息等候区", name_en="Waiting area", aliases=["候办区"], floor="F1",
         x=0.64, y=0.84, notes="设座椅、手机充电桩、叫号大屏和老花镜。", notes_en="Seats, phone chargers, queue screens, reading glasses."),
    dict(id="fac.water", name="饮水点·咖啡角", name_en="Drinking water & coffee corner", aliases=["茶水"], floor="F1",
         x=0.74, y=0.84, notes="免费温开水和纸杯；咖啡角自助售卖咖啡、茶饮（9:00–17:00）。",
         notes_en="Free drinking water; coffee and tea for sale 9:00–17:00."),
    dict(id="fac.mombaby", name="母婴室", name_en="Mother and baby room", aliases=["哺乳室"], floor="F2",
         x=0.72, y=0.84, notes="二楼东侧，有哺乳椅、尿布台、温奶器。", notes_en="2F east; nursing chair, changing table, bottle warmer."),
    dict(id="fac.parking", name="东侧停车场", name_en="Car park (east side)", aliases=["停车区"], floor="F1",
         x=0.98, y=0.9, notes="地面停车位约80个，办事凭取号小票免费停车2小时，另有电动车停放区。",
         notes_en="About 80 spaces; 2 hours free with a queue ticket. E-bike parking available."),
    dict(id="fac.accessible", name="无障碍入口", name_en="Accessible entrance", aliases=["无障碍通道"], floor="F1",
         x=0.7, y=0.98, notes="南门东侧坡道入口，可借用轮椅，按铃有工作人员协助。",
         notes_en="Ramp entrance east of the south door; wheelchairs to borrow, ring for help."),
]

# ---------------------------------------------------------------- services
S = []


def svc(**kw):
    kw.setdefault("updated", UPD)
    kw.setdefault("aliases", [])
    S.append(kw)


# ===== 户政
HJ = ["1-01", "1-02"]
svc(id="hz.idcard-first", name="居民身份证首次申领", name_en="First application for resident ID card", department="dep.hz",
    aliases=["首次领证"], summary="年满16周岁的公民应当申领居民身份证，未满16周岁的可以申领。",
    summary_en="Citizens aged 16+ must apply; children under 16 may apply.",
    conditions=["本区常住户口居民", "未满16周岁的须由监护人陪同"],
    materials=[M("居民户口簿", "Household register"), M("监护人居民身份证", "Guardian's ID card", note="未满16周岁时提供"),
               M("数码照片回执", "Photo receipt", required=False, note="窗口可现场免费采集")],
    windows=HJ, queue_prefix="H", time_limit="15个工作日", time_limit_en="15 working days",
    fee="免费（首次申领）", fee_en="Free (first application)", online=MZT, notes="需现场采集指纹。")
svc(id="hz.idcard-renew", name="居民身份证有效期满换领", name_en="Renewal of an expiring resident ID card", department="dep.hz",
    aliases=["身份证换领"], summary="身份证有效期满前3个月内或已过期，可到窗口换领。",
    summary_en="Renew within 3 months before expiry or after it has expired.",
    conditions=["身份证有效期将满（3个月内）或已过期", "本市户籍（外地户籍可异地换领）"],
    materials=[M("原居民身份证", "Old ID card"), M("居民户口簿", "Household register", required=False, note="本市户籍可不提供")],
    windows=HJ, queue_prefix="H", time_limit="15个工作日（异地换领20个工作日）", fee="20元", fee_en="20 yuan",
    online=MZT, notes="70周岁以上老人可申请上门办理。领证可选EMS邮寄。")
svc(id="hz.idcard-lost", name="居民身份证遗失补领", name_en="Replacement of a lost resident ID card", department="dep.hz",
    aliases=["身份证补领"], summary="身份证丢失、被盗或严重损坏的，先挂失后补领。",
    summary_en="Report loss and apply for a replacement.",
    conditions=["身份证遗失、被盗或损坏无法辨认"],
    materials=[M("居民户口簿", "Household register"), M("数码照片回执", "Photo receipt", required=False)],
    windows=HJ, queue_prefix="H", time_limit="15个工作日", fee="40元", fee_en="40 yuan", online=MZT,
    notes="可同时申请临时居民身份证。")
svc(id="hz.idcard-temp", name="临时居民身份证申领", name_en="Temporary resident ID card", department="dep.hz",
    aliases=["临时证申领"], summary="申领、换领、补领身份证期间急需使用的，可申领临时身份证，有效期3个月。",
    summary_en="For urgent use while a new ID card is being made; valid 3 months.",
    conditions=["已受理身份证申领、换领或补领"],
    materials=[M("居民户口簿", "Household register"), M("身份证受理回执", "ID application receipt")],
    windows=HJ, queue_prefix="H", time_limit="当场或3个工作日", fee="10元", fee_en="10 yuan",
    notes="乘坐火车、飞机也可在车站、机场派出所开具临时乘车（机）证明。")
svc(id="hz.birth-reg", name="出生登记（新生儿入户）", name_en="Birth registration of a newborn", department="dep.hz",
    aliases=["新生儿入户"], summary="婴儿出生后一个月内，由监护人到父亲或母亲户口所在地申报出生登记。",
    conditions=["父或母一方为本区户籍"],
    materials=[M("出生医学证明", "Medical birth certificate"), M("父母双方居民身份证", "Parents' ID cards"),
               M("父母双方居民户口簿", "Parents' household registers"), M("结婚证", "Marriage certificate", required=False)],
    windows=HJ, queue_prefix="H", time_limit="即办", fee="免费", online="可通过“闽政通”新生儿出生“一件事”联办",
    notes="可与医保参保、社保卡申领“一件事”联办。")
svc(id="hz.hukou-kin", name="投靠亲属户口迁入", name_en="Household registration transfer: joining relatives",
    department="dep.hz", aliases=["夫妻投靠", "老人投靠子女"],
    summary="夫妻投靠、父母投靠子女、未成年子女投靠父母等，将户口迁入本区。",
    conditions=["被投靠人为本区户籍且有合法稳定住所", "夫妻投靠须结婚满一定年限（按市政策）"],
    materials=[M("申请人及被投靠人居民身份证、户口簿", "IDs and household registers"),
               M("亲属关系证明（结婚证、出生医学证明等）", "Proof of relationship"),
               M("合法稳定住所证明（房产证或租赁备案）", "Proof of residence", copies=1)],
    windows=["1-02"], queue_prefix="H", time_limit="5个工作日", fee="免费", online=MZT,
    notes="跨省迁移实行“一站式”办理，无须回迁出地开迁移证。")
svc(id="hz.hukou-talent", name="人才引进户口迁入", name_en="Household registration transfer for talent introduction",
    department="dep.hz", aliases=["人才引进落户"], summary="符合厦门市人才落户条件的高校毕业生、技能人才等申请户口迁入。",
    conditions=["全日制大专及以上学历或具有相应职业资格", "在本市就业并参加社会保险"],
    materials=[M("居民身份证", "ID card"), M("学历证书或职业资格证书", "Diploma or qualification", copies=1),
               M("劳动合同或社保缴费证明", "Labour contract or social insurance record"),
               M("落户地址证明", "Proof of address")],
    windows=["1-02"], queue_prefix="H", time_limit="5个工作日", fee="免费", online=MZT,
    notes="无自有住房的可落户人才集体户。")
svc(id="hz.hukou-local", name="市内户口迁移", name_en="Household registration move within Xiamen", department="dep.hz",
    aliases=["市内迁户"], summary="本市户籍居民因购房、投靠等原因在市内不同地址之间迁移户口。",
    conditions=["本市户籍", "有迁入地合法住所"],
    materials=[M("居民身份证", "ID card"), M("居民户口簿", "Household register"),
               M("迁入地房屋产权证明或户主同意书", "Property certificate or householder's consent", copies=1)],
    windows=["1-02"], queue_prefix="H", time_limit="即办", fee="免费", online=MZT)
svc(id="hz.hukou-death", name="死亡人员户口注销", name_en="Cancelling household registration of a deceased person",
    department="dep.hz", aliases=["死亡注销"], summary="公民死亡后，由其亲属或户主在一个月内申报注销户口。",
    materials=[M("死亡医学证明或火化证明", "Death or cremation certificate"), M("死者居民身份证、户口簿", "ID and household register of the deceased"),
               M("申报人居民身份证", "Declarant's ID card")],
    windows=HJ, queue_prefix="H", time_limit="即办", fee="免费",
    notes="可同步办理身故人员社保、医保、公积金等“一件事”。")
svc(id="hz.juzhuzheng", name="厦门市居住证申领", name_en="Xiamen residence permit (for non-local residents)",
    department="dep.hz", aliases=["流动人口居住证"], summary="非本市户籍人员在本市居住半年以上，符合条件的可申领居住证，用于子女入学、办证等。",
    summary_en="For people from other cities who have lived in Xiamen 6+ months.",
    conditions=["已办理居住登记满半年", "有合法稳定就业、合法稳定住所或连续就读之一"],
    materials=[M("居民身份证", "ID card"), M("居住地址证明（租赁合同、房产证等）", "Proof of address", copies=1),
               M("就业或就读证明", "Proof of employment or study", note="劳动合同、营业执照、学生证等")],
    windows=["1-02"], queue_prefix="H", time_limit="15个工作日", fee="首次免费", online=MZT,
    notes="居住证每年签注一次，可在自助区办理。")

# ===== 出入境
CR = ["1-03"]
svc(id="crj.passport", name="普通护照签发（首次、换发、补发）", name_en="Ordinary passport (first issue, renewal, replacement)",
    department="dep.crj", aliases=["护照"], summary="中国公民出国旅游、探亲、留学、商务等申请普通护照，全国通办。",
    summary_en="Chinese citizens applying for a passport; can be done anywhere in China.",
    materials=[M("居民身份证", "ID card"), M("原护照", "Old passport", required=False, note="换发、补发时提供"),
               M("出入境证件数码照片回执", "Photo receipt", required=False, note="窗口可免费照相")],
    windows=CR, queue_prefix="C", time_limit="7个工作日", fee="120元", fee_en="120 yuan",
    appointment="可通过“移民局”App或微信公众号预约", online="“移民局”App可网上申请、EMS寄证")
svc(id="crj.hkmo", name="往来港澳通行证及签注", name_en="Exit-entry permit and endorsement for Hong Kong and Macao",
    department="dep.crj", aliases=["港澳证件"], summary="内地居民前往香港、澳门旅游、探亲、商务的证件和签注。",
    materials=[M("居民身份证", "ID card"), M("原往来港澳通行证", "Old permit", required=False)],
    windows=CR, queue_prefix="C", time_limit="7个工作日（签注可自助即时办）", fee="证件60元；签注每次15元",
    online="签注可在自助区出入境自助签注机办理")
svc(id="crj.twpass", name="大陆居民往来台湾通行证及签注", name_en="Mainland residents' travel permit to Taiwan and endorsement",
    department="dep.crj", aliases=["赴台通行证"], summary="大陆居民赴台湾旅游、探亲、商务及经“小三通”往来金门、马祖的证件和签注。",
    summary_en="Permit for mainland residents travelling to Taiwan, Kinmen or Matsu.",
    materials=[M("居民身份证", "ID card"), M("原通行证", "Old permit", required=False),
               M("赴台邀请函或相关证明", "Invitation", required=False, note="探亲、商务签注需提供")],
    windows=CR, queue_prefix="C", time_limit="10个工作日", fee="证件60元；签注每次15元")
svc(id="crj.foreigner-rp", name="外国人居留许可", name_en="Residence permit for foreigners", department="dep.crj",
    aliases=["居留许可"], summary="在厦工作、学习、团聚的外国人申请或延期居留许可。",
    summary_en="For foreigners working, studying or joining family in Xiamen: new residence permit or extension.",
    conditions=["持有效护照和签证", "有工作许可、就学证明或亲属关系证明"],
    conditions_en=["Valid passport and visa", "Work permit, school admission letter or proof of family relationship"],
    materials=[M("护照", "Passport", copies=1), M("签证申请表及照片", "Application form and photo"),
               M("体检证明", "Health certificate", required=False), M("住宿登记表", "Registration form of temporary residence"),
               M("工作许可或就学证明", "Work permit or study certificate", copies=1)],
    windows=["1-04"], queue_prefix="C", time_limit="7个工作日", time_limit_en="7 working days",
    fee="根据有效期200–1000元", fee_en="200–1000 yuan depending on validity",
    notes="护照在审批期间留存，窗口出具受理回执可作身份证明。",
    notes_en="Your passport is kept during processing; the receipt serves as ID meanwhile.")
svc(id="crj.foreigner-stay", name="境外人员临时住宿登记", name_en="Registration of temporary residence for foreigners",
    department="dep.crj", aliases=["住宿登记"],
    summary="外国人住在酒店以外的地方（租房、亲友家）应当在入住后24小时内办理住宿登记。",
    summary_en="Foreigners staying outside hotels must register within 24 hours of arrival.",
    materials=[M("护照及签证", "Passport and visa"), M("租赁合同或留宿人身份证明", "Lease or host's ID", copies=1)],
    windows=["1-04"], queue_prefix="C", time_limit="即办", time_limit_en="On the spot", fee="免费", fee_en="Free",
    online="可通过“厦门出入境”微信公众号在线申报", online_en="Can be filed online via the Xiamen Exit-Entry WeChat account")

# ===== 台胞 / 侨务
TQ = ["1-05"]
svc(id="tq.mtp", name="台湾居民来往大陆通行证换发补发", name_en="Mainland Travel Permit for Taiwan Residents (renewal/replacement)",
    department="dep.tq", aliases=["台胞证换补"], summary="台湾居民在大陆期间台胞证到期、遗失或损毁的，可申请换发、补发五年期通行证。",
    summary_en="Renew or replace the 5-year travel permit while in the mainland.",
    materials=[M("原台湾居民来往大陆通行证", "Old permit", required=False, note="遗失的提供报失证明"),
               M("台湾地区身份证件", "Taiwan ID card"), M("证件照片回执", "Photo receipt")],
    windows=TQ, queue_prefix="T", time_limit="10个工作日", fee="200元（五年期）", fee_en="200 yuan",
    notes="急需的可申请一次有效台胞证（出入境窗口）。")
svc(id="tq.tw-rp", name="台湾居民居住证申领", name_en="Residence permit for Taiwan residents", department="dep.tq",
    aliases=["台居证申领"], summary="在大陆居住半年以上、有合法稳定就业、住所或连续就读之一的台湾居民可申领，号码18位，可用于乘车、办银行卡等。",
    conditions=["在大陆居住半年以上", "合法稳定就业、合法稳定住所、连续就读三者之一"],
    materials=[M("台湾居民来往大陆通行证", "Mainland Travel Permit"), M("住所证明（租赁合同、房产证等）", "Proof of address", copies=1),
               M("就业或就读证明", "Proof of employment or study", required=False)],
    windows=TQ, queue_prefix="T", time_limit="20个工作日", fee="免费", online=MZT)
svc(id="tq.tw-insure", name="台湾同胞在厦参加社会保险登记", name_en="Social insurance enrolment for Taiwan compatriots",
    department="dep.tq", aliases=["台胞参保"], summary="在厦就业、居住的台湾同胞可参加职工社保或城乡居民养老、医疗保险。",
    materials=[M("台湾居民居住证或台胞证", "Residence permit or travel permit"),
               M("劳动合同", "Labour contract", required=False, note="职工参保提供")],
    windows=TQ, queue_prefix="T", time_limit="即办", fee="免费",
    notes="在厦就读的台湾学生可参加城乡居民医保。")
svc(id="tq.settle", name="华侨回国定居申请", name_en="Application by overseas Chinese to settle in China",
    department="dep.tq", aliases=["华侨定居"], summary="定居在国外的中国公民（华侨）申请回国定居、恢复户口。",
    summary_en="For Chinese citizens living abroad who want to return and settle in Xiamen.",
    conditions=["持有效中国护照", "在国外取得长期居留权或永久居留权的华侨", "在本区有稳定住所或直系亲属"],
    materials=[M("中国护照", "Chinese passport", copies=1), M("国外长期或永久居留证明", "Proof of residence abroad", copies=1),
               M("亲属关系证明或住房证明", "Proof of kinship or housing", copies=1),
               M("无犯罪记录证明", "Certificate of no criminal record", note="须经驻外使领馆认证")],
    windows=TQ, queue_prefix="T", time_limit="30个工作日", fee="免费",
    notes="审批通过后持《华侨回国定居证》到户政窗口落户。")

# ===== 人社
svc(id="rs.sbk-apply", name="社会保障卡申领", name_en="Social security card application", department="dep.rs",
    aliases=["社保卡申领"], summary="参保人员首次申领第三代社会保障卡（金融功能），即时制卡。",
    materials=[M("居民身份证", "ID card"), M("数码照片回执", "Photo receipt", required=False)],
    windows=["1-06"], queue_prefix="R", time_limit="即时制卡（约20分钟）", fee="首次免费", online="可在“厦门人社”App申领后邮寄")
svc(id="rs.sbk-replace", name="社会保障卡挂失补换", name_en="Social security card loss report and replacement",
    department="dep.rs", aliases=["社保卡补卡", "社保卡换卡"], summary="社保卡丢失、损坏或需换领三代卡的，先挂失再补换。",
    materials=[M("居民身份证", "ID card"), M("原社保卡", "Old card", required=False, note="损坏换卡时提供")],
    windows=["1-06"], queue_prefix="R", time_limit="即时制卡", fee="补卡20元（损坏换卡免费）",
    online="可拨打12333或在“厦门人社”App临时挂失")
svc(id="rs.flexible", name="灵活就业人员参保登记", name_en="Social insurance enrolment for flexible workers",
    department="dep.rs", aliases=["灵活就业参保"], summary="无雇工的个体工商户、非全日制从业人员及其他灵活就业人员以个人身份参加职工养老、医疗保险。",
    conditions=["年满16周岁未达法定退休年龄", "本市户籍或持本市居住证"],
    materials=[M("居民身份证", "ID card"), M("银行卡或社保卡（用于扣费）", "Bank card for payment")],
    windows=["1-06"], queue_prefix="R", time_limit="即办", fee="免费（保费按缴费基数自选档次）", online=MZT)
svc(id="rs.unemployment", name="失业保险金申领", name_en="Unemployment insurance benefit application", department="dep.rs",
    aliases=["失业保险待遇"], summary="非本人意愿中断就业、缴纳失业保险满1年并已办理失业登记的，可申领失业保险金。",
    conditions=["失业前缴纳失业保险满1年", "非因本人意愿中断就业", "已办理失业登记并有求职要求"],
    materials=[M("居民身份证或社保卡", "ID or social security card"), M("解除或终止劳动合同证明", "Proof of contract termination")],
    windows=["1-07"], queue_prefix="R", time_limit="5个工作日", fee="免费", online="“厦门人社”App、闽政通均可申领")
svc(id="rs.retire", name="基本养老保险退休待遇申领", name_en="Basic pension application on retirement", department="dep.rs",
    aliases=["退休申报"], summary="达到法定退休年龄且累计缴费满最低年限的参保人申领按月养老金。",
    conditions=["达到法定退休年龄", "基本养老保险累计缴费满最低缴费年限"],
    materials=[M("居民身份证", "ID card"), M("社会保障卡", "Social security card"), M("档案（单位参保人员由单位提供）", "Personnel file", required=False)],
    windows=["1-07"], queue_prefix="R", time_limit="20个工作日", fee="免费",
    notes="灵活就业人员到龄前1个月可到窗口预申报。")

# ===== 医保
YB = ["1-08"]
svc(id="yb.resident", name="城乡居民基本医疗保险参保登记", name_en="Enrolment in urban and rural residents' medical insurance",
    department="dep.yb", aliases=["居民医保参保"], summary="未参加职工医保的本市户籍居民、持居住证人员、在校学生、新生儿等参加居民医保。",
    materials=[M("居民身份证或户口簿", "ID or household register"), M("居住证", "Residence permit", required=False, note="非本市户籍提供")],
    windows=YB, queue_prefix="YB", time_limit="即办", fee="按年度个人缴费标准缴纳", online=MZT,
    notes="每年集中缴费期为9月至12月，新生儿出生后3个月内参保不设等待期。")
svc(id="yb.offsite", name="异地就医备案", name_en="Registration for medical treatment outside Xiamen",
    department="dep.yb", aliases=["异地备案"], summary="异地长期居住、临时外出就医、转诊转院人员办理跨省或省内异地就医备案，备案后可直接结算。",
    materials=[M("社保卡或医保电子凭证", "Social security card or medical insurance e-code"),
               M("异地居住证明或个人承诺书", "Proof of residence elsewhere or personal commitment", required=False)],
    windows=YB, queue_prefix="YB", time_limit="即办", fee="免费", online="“国家医保服务平台”App可自助备案")
svc(id="yb.mente", name="门诊特殊病种待遇认定", name_en="Approval for outpatient special-disease coverage",
    department="dep.yb", aliases=["门特", "慢特病"], summary="患有高血压、糖尿病、恶性肿瘤、尿毒症透析等门诊特殊病种的参保人申请认定，认定后门诊费用按住院比例报销。",
    materials=[M("社保卡", "Social security card"), M("二级以上医院诊断证明、病历、检查报告", "Diagnosis, medical records, test reports", copies=1)],
    windows=YB, queue_prefix="YB", time_limit="10个工作日", fee="免费", notes="部分定点医院可直接办理认定。")
svc(id="yb.manual", name="医疗费用零星报销", name_en="Manual reimbursement of medical expenses", department="dep.yb",
    aliases=["手工报销"], summary="因急诊、未备案异地就医等原因未能直接结算的医疗费用，回参保地手工报销。",
    materials=[M("社保卡", "Social security card"), M("医疗费用发票原件", "Original invoices"), M("费用明细清单", "Itemised bill"),
               M("出院小结或门诊病历", "Discharge summary or outpatient records", copies=1), M("银行卡", "Bank card", original=False)],
    windows=YB, queue_prefix="YB", time_limit="20个工作日", fee="免费", notes="医疗费用发生之日起2年内申请。")

# ===== 公积金
GT = ["2-06"]
GJJ_MAT = [M("居民身份证", "ID card"), M("本人名下银行卡（一类卡）", "Bank card in your name")]
svc(id="gjj.tq-buy", name="购买自住住房提取住房公积金", name_en="Provident fund withdrawal for buying a home",
    department="dep.gjj", aliases=["购房提取"], summary="职工及配偶在本市或户籍地购买自住住房（新房、二手房），可提取住房公积金。",
    conditions=["购房合同网签备案或取得不动产权证书之日起2年内"],
    materials=GJJ_MAT + [M("购房合同或不动产权证书", "Purchase contract or property certificate", copies=1),
                         M("购房发票或契税完税凭证", "Purchase invoice or deed tax receipt", copies=1),
                         M("结婚证", "Marriage certificate", required=False, note="提取配偶公积金时提供")],
    windows=GT, queue_prefix="G", time_limit="3个工作日到账", fee="免费", online="“厦门公积金”微信公众号、闽政通可线上提取")
svc(id="gjj.tq-rent", name="租赁住房提取住房公积金", name_en="Provident fund withdrawal for paying rent",
    department="dep.gjj", aliases=["租房提取"], summary="职工本人及配偶在本市无自有住房且租房居住的，可按月或按年提取。",
    conditions=["本人及配偶在本市无自有产权住房", "连续足额缴存满3个月"],
    materials=GJJ_MAT + [M("房屋租赁合同（已备案）", "Registered lease", required=False, note="按高标准提取时提供")],
    windows=GT, queue_prefix="G", time_limit="即办", fee="免费", online="“厦门公积金”微信公众号可在线签约按月提取")
svc(id="gjj.tq-repay", name="偿还住房贷款提取住房公积金", name_en="Provident fund withdrawal to repay a home loan",
    department="dep.gjj", aliases=["还贷提取"], summary="职工偿还自住住房商业贷款或公积金贷款本息，可提取住房公积金，可签约按年自动提取。",
    materials=GJJ_MAT + [M("借款合同", "Loan contract", copies=1), M("银行出具的还款明细", "Repayment statement")],
    windows=GT, queue_prefix="G", time_limit="3个工作日到账", fee="免费", online="“厦门公积金”微信公众号")
svc(id="gjj.tq-retire", name="退休提取住房公积金", name_en="Provident fund withdrawal on retirement",
    department="dep.gjj", aliases=["退休销户提取"], summary="职工办理退休手续后，可一次性提取住房公积金账户余额并销户。",
    materials=GJJ_MAT + [M("退休证明或养老金领取证明", "Proof of retirement", copies=1)],
    windows=GT, queue_prefix="G", time_limit="即办", fee="免费", online="已在人社办结退休的可线上提取")
svc(id="gjj.tq-leave", name="离职（解除劳动关系）提取住房公积金", name_en="Provident fund withdrawal after leaving a job",
    department="dep.gjj", aliases=["离职提取"], summary="非本市户籍职工与单位解除劳动关系，且公积金账户封存满半年、未在异地继续缴存的，可提取销户。",
    conditions=["非本市户籍", "账户封存满6个月", "未在异地继续缴存住房公积金"],
    materials=GJJ_MAT + [M("解除劳动合同证明", "Proof of contract termination", required=False)],
    windows=GT, queue_prefix="G", time_limit="3个工作日到账", fee="免费", online="“厦门公积金”微信公众号")
svc(id="gjj.loan", name="个人住房公积金贷款申请", name_en="Housing provident fund loan application",
    department="dep.gjj", aliases=["住房公积金贷款"], summary="连续缴存满6个月的职工购买自住住房可申请公积金贷款，最高额度按市政策。",
    conditions=["连续足额缴存满6个月", "无未结清的公积金贷款"],
    materials=[M("借款人及配偶身份证、户口簿、婚姻证明", "IDs, household register, marital status proof"),
               M("购房合同及首付款凭证", "Purchase contract and down-payment receipt", copies=1),
               M("收入证明", "Income certificate")],
    windows=["2-07"], queue_prefix="G2", time_limit="15个工作日", fee="免费（评估、担保等费用按规定）",
    appointment="建议先在“厦门公积金”微信公众号预约面签")

# ===== 市场监管
SJ1, SJ2 = ["2-01"], ["2-02"]
svc(id="sj.qy-setup", name="企业设立登记", name_en="Company incorporation registration", department="dep.sj",
    aliases=["企业开办"], summary="有限责任公司、个人独资企业、合伙企业等设立登记，可“一网通办”同步刻章、申领发票、社保登记。",
    summary_en="Register a new company; seal engraving, invoices and social insurance can be done at the same time.",
    materials=[M("公司登记（备案）申请书", "Application form"), M("公司章程", "Articles of association"),
               M("股东、法定代表人身份证明", "Shareholders' and legal representative's IDs"),
               M("住所使用证明", "Proof of business address", copies=1)],
    windows=SJ1, queue_prefix="S", time_limit="1个工作日", fee="免费", online="“厦门市企业开办一网通”平台在线申报",
    notes="名称可自主申报。外商投资企业也在本窗口办理。")
svc(id="sj.qy-change", name="企业变更登记", name_en="Company change registration", department="dep.sj",
    aliases=["公司变更"], summary="企业名称、住所、法定代表人、注册资本、经营范围、股东等事项变更。",
    materials=[M("变更登记申请书", "Application form"), M("股东会决议或决定", "Shareholders' resolution"),
               M("章程修正案", "Amendment to articles", required=False), M("营业执照正副本", "Business licence")],
    windows=SJ1, queue_prefix="S", time_limit="1个工作日", fee="免费", online="“厦门市企业开办一网通”平台")
svc(id="sj.qy-cancel", name="企业注销登记", name_en="Company deregistration", department="dep.sj",
    aliases=["公司注销", "简易注销"], summary="企业解散后申请注销登记；未发生债权债务或已清偿完毕的可适用简易注销。",
    materials=[M("注销登记申请书", "Application form"), M("清算报告或全体投资人承诺书", "Liquidation report or commitment"),
               M("营业执照正副本", "Business licence")],
    windows=SJ1, queue_prefix="S", time_limit="简易注销公示20天后1个工作日", fee="免费",
    notes="须先办结税务注销（清税）。")
svc(id="sj.gt-setup", name="个体工商户设立登记", name_en="Individual business (getihu) registration", department="dep.sj",
    aliases=["个体登记"], summary="个人从事工商业经营办理个体工商户营业执照；台湾居民可凭台胞证申请。",
    summary_en="Licence for a sole trader; Taiwan residents may apply with their travel permit.",
    materials=[M("经营者身份证明（居民身份证或台胞证）", "Operator's ID or Taiwan travel permit"),
               M("经营场所使用证明", "Proof of premises", copies=1), M("个体工商户登记申请书", "Application form")],
    windows=SJ1, queue_prefix="S", time_limit="即办", fee="免费", online="闽政通、“厦门市企业开办一网通”平台")
svc(id="sj.food-licence", name="食品经营许可证核发", name_en="Food business licence", department="dep.sj",
    aliases=["食品经营许可证新办"], summary="从事散装食品、生鲜水产、餐饮服务等食品经营的，应取得食品经营许可证。",
    conditions=["已取得营业执照", "有与经营品种相适应的场所、设备和卫生制度", "从业人员持有效健康证明"],
    materials=[M("食品经营许可申请书", "Application form"), M("营业执照", "Business licence", copies=1),
               M("经营场所平面图和设备布局图", "Floor plan and equipment layout"),
               M("食品安全管理制度", "Food safety management rules")],
    windows=SJ2, queue_prefix="S2", time_limit="10个工作日（告知承诺可当场发证）", fee="免费")
svc(id="sj.prepack", name="仅销售预包装食品经营者备案", name_en="Filing for sellers of pre-packaged food only",
    department="dep.sj", aliases=["预包装备案"], summary="只卖有包装、有标签的预包装食品（如盒装茶叶、包装海产干货、饮料），不需许可证，办理备案即可。",
    materials=[M("备案信息表", "Filing form"), M("营业执照", "Business licence", copies=1)],
    windows=SJ2, queue_prefix="S2", time_limit="当场备案", fee="免费", online="福建省食品经营许可（备案）系统")
svc(id="sj.workshop", name="食品生产加工小作坊登记", name_en="Registration of small food-processing workshops",
    department="dep.sj", aliases=["小作坊登记"], summary="从业人员少、规模小的食品加工（如手工制茶、鱼干虾干晒制、传统糕点）向属地市场监管部门登记。",
    conditions=["有固定的生产加工场所", "符合福建省食品生产加工小作坊管理规定"],
    materials=[M("小作坊登记申请表", "Application form"), M("营业执照", "Business licence", copies=1),
               M("生产场所布局图和工艺流程", "Layout and process flow"), M("从业人员健康证明", "Staff health certificates", copies=1)],
    windows=SJ2, queue_prefix="S2", time_limit="10个工作日（含现场核查）", fee="免费")

# ===== 税务
svc(id="sw.newtax", name="新办纳税人“套餐式”服务", name_en="New taxpayer package service", department="dep.sw",
    aliases=["新办套餐"], summary="新开办企业和个体户一次性办理税务信息确认、税费种认定、发票申领、三方协议签订等。",
    materials=[M("营业执照", "Business licence"), M("法定代表人或办税人员身份证件", "ID of legal representative or tax clerk")],
    windows=["2-03"], queue_prefix="X", time_limit="即办", fee="免费", online="电子税务局")
svc(id="sw.invoice-apply", name="发票票种核定与领用", name_en="Invoice type approval and issuance", department="dep.sw",
    aliases=["数电发票", "增加发票额度"], summary="纳税人申请数电发票开票额度、纸质发票领用及额度调整。",
    materials=[M("经办人身份证件", "ID of applicant"), M("税务UKey", "Tax UKey", required=False, note="领用纸质发票时提供")],
    windows=["2-03"], queue_prefix="X", time_limit="即办", fee="免费", online="电子税务局可在线办理")
svc(id="sw.invoice-daikai", name="自然人代开增值税发票", name_en="Issuing VAT invoices on behalf of individuals",
    department="dep.sw", aliases=["自然人代开"], summary="个人出租房屋、提供劳务、销售自产农产品或水产品等需要开发票的，可申请代开。",
    materials=[M("居民身份证", "ID card"), M("合同或交易证明", "Contract or proof of transaction", copies=1)],
    windows=["2-04"], queue_prefix="X2", time_limit="即办", fee="按规定缴纳相关税费",
    online="个人所得税App、电子税务局自然人版可网上代开", notes="渔民销售自捕水产品可享受免征增值税政策。")
svc(id="sw.iit", name="个人所得税综合所得年度汇算", name_en="Annual individual income tax reconciliation",
    department="dep.sw", aliases=["综合所得汇算"], summary="每年3月1日至6月30日办理上一年度工资薪金、劳务报酬等综合所得汇算，多退少补。",
    summary_en="From 1 March to 30 June, reconcile last year's income tax: refund or pay the difference.",
    materials=[M("居民身份证或护照", "ID card or passport"), M("银行卡（退税用）", "Bank card for refunds", required=False)],
    windows=["2-04"], queue_prefix="X2", time_limit="即办", fee="免费", online="个人所得税App", online_en="IIT app")
svc(id="sw.export-refund", name="出口退（免）税备案", name_en="Filing for export tax refund (exemption)",
    department="dep.sw", aliases=["退税备案"], summary="出口企业（含跨境电商出口企业）首次申报出口退（免）税前办理备案。",
    summary_en="Exporters, including cross-border e-commerce exporters, file before their first export tax refund claim.",
    conditions=["已办理税务登记", "已在海关办理进出口货物收发货人备案"],
    materials=[M("出口退（免）税备案表", "Filing form"), M("营业执照", "Business licence"),
               M("海关进出口货物收发货人备案回执", "Customs consignor/consignee filing receipt", copies=1)],
    windows=["2-05"], queue_prefix="X3", time_limit="即办", fee="免费", online="电子税务局、出口退税综合服务平台")

# ===== 不动产
svc(id="bdc.transfer", name="存量房买卖转移登记", name_en="Transfer registration for second-hand housing sales",
    department="dep.bdc", aliases=["存量房过户"], summary="二手房买卖双方办理产权转移登记，税费缴纳与登记“一窗受理”。",
    materials=[M("买卖双方身份证明", "IDs of buyer and seller"), M("不动产权证书", "Property certificate"),
               M("存量房买卖合同（网签）", "Sales contract", copies=1), M("婚姻状况证明材料", "Marital status documents")],
    windows=["3-01"], queue_prefix="B", time_limit="3个工作日", fee="住宅登记费80元，另缴契税、增值税等", online="“厦门不动产”微信公众号预约")
svc(id="bdc.house-tax", name="存量房交易税费申报缴纳", name_en="Tax declaration and payment on second-hand property sales",
    department="dep.sw", aliases=["存量房税费"], summary="二手房交易涉及的契税、增值税、个人所得税等在不动产大厅税务窗口申报缴纳。",
    materials=[M("买卖双方身份证明", "IDs"), M("存量房买卖合同", "Sales contract", copies=1), M("不动产权证书", "Property certificate", copies=1)],
    windows=["3-03"], queue_prefix="B", time_limit="即办", fee="按规定税率计征", notes="与转移登记一窗受理，一般同一个号即可。")
svc(id="bdc.mortgage", name="不动产抵押权首次登记", name_en="Mortgage registration", department="dep.bdc",
    aliases=["抵押登记"], summary="以房屋等不动产向银行办理抵押贷款时的抵押登记，银行可线上代办。",
    materials=[M("抵押人、抵押权人身份证明", "IDs of both parties"), M("不动产权证书", "Property certificate"), M("抵押合同、借款合同", "Mortgage and loan contracts")],
    windows=["3-02"], queue_prefix="B2", time_limit="1个工作日", fee="住宅80元")
svc(id="bdc.inherit", name="继承（受遗赠）不动产转移登记", name_en="Transfer registration by inheritance",
    department="dep.bdc", aliases=["继承登记"], summary="因继承、受遗赠取得房屋的，办理转移登记。",
    materials=[M("被继承人死亡证明", "Death certificate of the deceased"), M("全部继承人身份证明及亲属关系证明", "IDs and kinship proof of all heirs"),
               M("不动产权证书", "Property certificate"), M("继承公证书或继承权查验材料", "Notarised inheritance deed or verification documents", required=False)],
    windows=["3-01"], queue_prefix="B", time_limit="10个工作日（含公告）", fee="住宅80元",
    notes="全体继承人须到场或出具经公证的委托书。")
svc(id="bdc.query", name="不动产登记资料查询", name_en="Real estate registration records inquiry", department="dep.bdc",
    aliases=["查档", "有房无房证明"], summary="权利人查询名下不动产登记信息，出具查询结果（可用于证明名下有无房产）。",
    materials=[M("查询人身份证明", "ID of the applicant"), M("委托书", "Power of attorney", required=False, note="委托查询时提供")],
    windows=["3-02"], queue_prefix="B2", time_limit="即办", fee="免费", online="24小时自助区自助打印、闽政通")

# ===== 民政 / 婚姻
HY = ["3-04"]
svc(id="mz.marriage", name="内地居民结婚登记", name_en="Marriage registration", department="dep.mz",
    aliases=["结婚登记"], summary="男女双方共同到婚姻登记处申请结婚登记，实行全国通办。",
    conditions=["男方年满22周岁、女方年满20周岁", "双方均无配偶", "双方自愿"],
    materials=[M("双方居民身份证", "Both ID cards"), M("双方近期半身免冠合影照片2张", "Two joint photos"),
               M("户口簿", "Household register", required=False, note="全国通办可不提供")],
    windows=HY, queue_prefix="M", time_limit="即办", fee="免费（结婚证工本费已免）", appointment="可在“i厦门”预约登记日期，520、七夕等热门日需提前预约",
    notes="设有颁证厅，可现场颁证。")
svc(id="mz.divorce", name="内地居民离婚登记", name_en="Divorce registration", department="dep.mz",
    aliases=["协议离婚"], summary="双方自愿离婚并对子女抚养、财产处理达成协议的，申请离婚登记，须经30日冷静期。",
    materials=[M("双方居民身份证、户口簿", "IDs and household registers"), M("结婚证", "Marriage certificate"),
               M("离婚协议书", "Divorce agreement", copies=3), M("双方近期单人照片各2张", "Two photos each")],
    windows=HY, queue_prefix="M", time_limit="冷静期满后30日内双方到场发证", fee="免费", appointment="需预约")
svc(id="mz.cert-reissue", name="补领婚姻登记证", name_en="Reissue of marriage / divorce certificate",
    department="dep.mz", aliases=["婚姻登记证补领"], summary="结婚证、离婚证遗失或损毁的，当事人可申请补领。",
    materials=[M("本人居民身份证、户口簿", "ID and household register"), M("近期照片", "Recent photos")],
    windows=HY, queue_prefix="M", time_limit="即办", fee="免费", notes="补领结婚证须双方到场。")
svc(id="mz.dibao", name="最低生活保障申请", name_en="Minimum living allowance (dibao) application", department="dep.mz",
    aliases=["低保"], summary="家庭人均收入低于本市低保标准且财产符合规定的本市户籍家庭，可申请最低生活保障。",
    materials=[M("户口簿、身份证", "Household register and IDs"), M("家庭收入、财产申报及授权核查书", "Income and assets declaration")],
    windows=["3-05"], queue_prefix="MZ", time_limit="30个工作日", fee="免费", notes="也可向户籍所在地街道（镇）社会事务办申请。")
svc(id="mz.gaoling", name="高龄老人补贴申领", name_en="Allowance for elderly people aged 80+", department="dep.mz",
    aliases=["高龄津贴"], summary="本市户籍年满80周岁的老年人按月享受高龄补贴，年龄越大标准越高。",
    materials=[M("老年人身份证、户口簿", "ID and household register"), M("本人银行卡或社保卡", "Bank or social security card")],
    windows=["3-05"], queue_prefix="MZ", time_limit="15个工作日", fee="免费", online="闽政通“高龄补贴”可刷脸申请",
    notes="行动不便的可由家属代办，或预约上门服务。")
svc(id="mz.disability", name="残疾人证新办与换领", name_en="Disability certificate application and renewal",
    department="dep.mz", aliases=["残疾人证"], summary="视力、听力、言语、肢体、智力、精神等残疾人申请第三代残疾人证，需到指定医院评定。",
    materials=[M("居民身份证、户口簿", "ID and household register"), M("近期免冠彩色照片", "Recent photos", copies=3),
               M("残疾评定表（指定医院出具）", "Disability assessment form")],
    windows=["3-05"], queue_prefix="MZ", time_limit="20个工作日", fee="免费", online="“全国残疾人证办理”小程序")

# ===== 卫健
svc(id="wj.birth-service", name="生育登记", name_en="Childbirth registration (family planning service)",
    department="dep.wj", aliases=["生育服务登记"], summary="生育子女的夫妻办理生育登记，不设前置条件，用于生育津贴、产假等。",
    materials=[M("夫妻双方身份证", "Both ID cards"), M("结婚证", "Marriage certificate", required=False)],
    windows=["3-06"], queue_prefix="W", time_limit="即办", fee="免费", online="闽政通“生育登记”在线办理")

# ===== 海洋渔业
YY = ["3-07"]
svc(id="hy.bulao", name="渔业捕捞许可证核发", name_en="Fishing licence for fishing vessels", department="dep.hy",
    aliases=["捕捞许可"], summary="渔船从事海洋捕捞作业应取得渔业捕捞许可证，含新申请、换发、变更和注销。",
    conditions=["渔船已取得渔业船舶检验证书和登记证书", "船网工具指标符合规定"],
    materials=[M("捕捞许可证申请书", "Application form"), M("渔业船舶检验证书、登记证书", "Vessel inspection and registration certificates"),
               M("船东身份证明", "Owner's ID"), M("原捕捞许可证", "Old licence", required=False, note="换发、变更时提供")],
    windows=YY, queue_prefix="YY", time_limit="20个工作日", fee="免费")
svc(id="hy.crew", name="渔业船员证书核发", name_en="Fishery crew certificate", department="dep.hy",
    aliases=["船员证书"], summary="渔业普通船员和职务船员（船长、轮机长等）证书的申请、换发、补发。",
    conditions=["年满18周岁（职务船员另有资历要求）", "完成安全培训并考试合格"],
    materials=[M("身份证", "ID card"), M("体检合格证明", "Medical certificate"), M("培训合格证明", "Training certificate"),
               M("近期白底证件照", "Recent photo", copies=2)],
    windows=YY, queue_prefix="YY", time_limit="10个工作日", fee="免费", notes="普通船员证书有效期5年，到期前半年内换发。")


# ---------------------------------------------------------------- walkways & floors
FLOORS = [("F1", "一楼", "1st floor"), ("F2", "二楼", "2nd floor"), ("F3", "三楼", "3rd floor")]
CORR_Y_TOP, CORR_Y_BOT = 0.42, 0.62
KIOSK = {"floor": "F1", "x": 0.52, "y": 0.55}


def win_xy(fl):
    ws = [w for w in WIN if w[1] == fl]
    out = []
    for i, w in enumerate(ws):
        x = round(0.08 + i * 0.1, 3)
        out.append((w, x))
    return out


def build():
    windows = []
    floors = []
    for fid, fname, fen in FLOORS:
        nodes, paths, spine = [], [], []
        for w, x in win_xy(fid):
            windows.append({"id": w[0], "floor": fid, "zone": w[2], "zone_en": "", "x": x, "y": 0.2,
                            "label": w[3], "label_en": w[4], "door": {"x": x, "y": 0.3}})
            nid = "j" + w[0]
            nodes.append({"id": nid, "x": x, "y": CORR_Y_TOP})
            paths.append([w[0], nid])
            spine.append((x, CORR_Y_TOP, nid))
        # places on this floor
        for p in PLACES:
            if p["floor"] != fid:
                continue
            door = p.get("door")
            if door is None:
                if p["y"] >= 0.8:
                    door = {"x": p["x"], "y": 0.76}
                elif p["id"] == "fac.lift":
                    door = {"x": p["x"], "y": 0.3}
                else:
                    door = {"x": min(p["x"], 0.94), "y": p["y"]}
                p["door"] = door
            nid = "j-" + p["id"].split(".")[1]
            ny = CORR_Y_BOT if p["y"] > 0.5 else CORR_Y_TOP
            nodes.append({"id": nid, "x": door["x"], "y": ny})
            paths.append([p["id"], nid])
            spine.append((door["x"], ny, nid))
        # lift & stairs stops on upper floors
        if fid != "F1":
            n = fid[1]
            nodes.append({"id": f"lift-{n}", "x": 0.93, "y": 0.2, "kind": "lift", "link": "lift-main",
                          "name": f"无障碍电梯（{fname}）", "name_en": f"Lift ({fen})"})
            nodes.append({"id": f"jlift-{n}", "x": 0.93, "y": CORR_Y_TOP})
            nodes.append({"id": f"stairs-{n}", "x": 0.97, "y": 0.5, "kind": "stairs", "link": "stairs-east",
                          "name": f"东楼梯（{fname}）", "name_en": f"East stairs ({fen})"})
            nodes.append({"id": f"jstairs-{n}", "x": 0.94, "y": 0.5})
            paths.append([f"lift-{n}", f"jlift-{n}"])
            paths.append([f"stairs-{n}", f"jstairs-{n}"])
            spine.append((0.93, CORR_Y_TOP, f"jlift-{n}"))
            spine.append((0.94, 0.5, f"jstairs-{n}"))
        else:
            nodes.append({"id": "jkiosk", "x": KIOSK["x"], "y": CORR_Y_BOT})
            paths.append(["kiosk", "jkiosk"])
            spine.append((KIOSK["x"], CORR_Y_BOT, "jkiosk"))
        # two corridors joined at the east end
        top = sorted([s for s in spine if s[1] <= 0.5], key=lambda s: s[0])
        bot = sorted([s for s in spine if s[1] > 0.5], key=lambda s: s[0])
        if top:
            paths.append([s[2] for s in top])
        if bot:
            paths.append([s[2] for s in bot])
        # cross links: west end and east end
        nodes.append({"id": f"xw-{fid}", "x": 0.04, "y": 0.52})
        if top:
            paths.append([top[0][2], f"xw-{fid}"])
        if bot:
            paths.append([f"xw-{fid}", bot[0][2]])
        if top and bot:
            paths.append([top[-1][2], bot[-1][2]])
        floors.append({"id": fid, "name": fname, "name_en": fen, "map": f"plan-{fid.lower()}.svg",
                       "walkways": {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}})
    cat = {
        "schema_version": 1,
        "hall": {
            "id": "xm-luwan-xzfw",
            "name": "厦门市鹭湾区行政服务中心",
            "name_en": "Luwan District Administrative Service Center, Xiamen",
            "address": "福建省厦门市鹭湾区湾华路188号",
            "address_en": "188 Wanhua Road, Luwan District, Xiamen, Fujian",
            "hours": "周一至周五 8:30–12:00；下午 夏令时（5月1日–9月30日）15:00–18:00，其余月份14:30–17:30；周六上午9:00–12:00部分窗口（户政、社保、医保、不动产）",
            "hours_en": "Mon–Fri 8:30–12:00; afternoons 15:00–18:00 (1 May–30 Sep) or 14:30–17:30; some windows open Saturday 9:00–12:00",
            "phone": "0592-7766 1288",
            "floors": floors,
            "kiosk": KIOSK,
        },
        "departments": [{"id": a, "name": b, "name_en": c} for a, b, c in DEPTS],
        "windows": windows,
        "places": PLACES,
        "services": S,
    }
    with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
        json.dump(cat, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # simple SVG plans
    for fid, fname, fen in FLOORS:
        W, H = 1200, 600
        parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" font-family="sans-serif" font-size="14">',
                 f'<rect x="2" y="2" width="{W-4}" height="{H-4}" fill="#fafafa" stroke="#333" stroke-width="3"/>',
                 f'<rect x="0" y="{int(CORR_Y_TOP*H)-20}" width="{W}" height="{int((CORR_Y_BOT-CORR_Y_TOP)*H)+40}" fill="#eef3f8"/>',
                 f'<text x="20" y="30" font-size="20">鹭湾区行政服务中心 {fname} / {fen}</text>']
        for w in windows:
            if w["floor"] != fid:
                continue
            x, y = w["x"] * W, w["y"] * H
            parts.append(f'<rect x="{x-50:.0f}" y="{y-45:.0f}" width="100" height="90" fill="#d8e8ff" stroke="#246"/>')
            parts.append(f'<text x="{x:.0f}" y="{y-10:.0f}" text-anchor="middle" font-weight="bold">{w["id"]}</text>')
            parts.append(f'<text x="{x:.0f}" y="{y+12:.0f}" text-anchor="middle" font-size="11">{w["label"]}</text>')
        for p in PLACES:
            if p["floor"] != fid:
                continue
            x, y = p["x"] * W, p["y"] * H
            parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="16" fill="#ffe9b3" stroke="#a60"/>')
            parts.append(f'<text x="{x:.0f}" y="{y+34:.0f}" text-anchor="middle" font-size="11">{p["name"]}</text>')
        if fid != "F1":
            for label, x, y in (("电梯", 0.93, 0.2), ("楼梯", 0.97, 0.5)):
                parts.append(f'<rect x="{x*W-18:.0f}" y="{y*H-18:.0f}" width="36" height="36" fill="#ddd" stroke="#555"/>')
                parts.append(f'<text x="{x*W:.0f}" y="{y*H+34:.0f}" text-anchor="middle" font-size="11">{label}</text>')
        else:
            parts.append(f'<circle cx="{KIOSK["x"]*W:.0f}" cy="{KIOSK["y"]*H:.0f}" r="10" fill="#e33"/>')
            parts.append(f'<text x="{KIOSK["x"]*W+14:.0f}" y="{KIOSK["y"]*H+5:.0f}" fill="#e33">您在这里</text>')
            parts.append(f'<text x="{0.5*W:.0f}" y="{H-8}" text-anchor="middle">南门（主入口）</text>')
        parts.append("</svg>")
        with open(os.path.join(HERE, f"plan-{fid.lower()}.svg"), "w", encoding="utf-8") as f:
            f.write("\n".join(parts) + "\n")
    print(f"services={len(S)} windows={len(windows)} places={len(PLACES)} depts={len(DEPTS)}")


if __name__ == "__main__":
    ids = [s["id"] for s in S]
    assert len(ids) == len(set(ids)), "duplicate service id"
    build()
