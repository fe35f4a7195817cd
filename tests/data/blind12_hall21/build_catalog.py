#!/usr/bin/env python3
"""Hand-written hall data for 南宁市邕江新区政务服务中心 (fictional). Writes catalog.json. stdlib only."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
APP = "可在“爱南宁”App或广西数字政务一体化平台（智桂通）搜索事项名称在线办理"
APP_EN = "Can be done online in the 'Ai Nanning' app or the Zhiguitong platform"
TL_EN = {"即时办结": "Same day", "当场办结": "On the spot", "1个工作日": "1 working day",
         "3个工作日": "3 working days", "5个工作日": "5 working days", "7个工作日": "7 working days",
         "10个工作日": "10 working days", "15个工作日": "15 working days", "20个工作日": "20 working days",
         "30个工作日": "30 working days", "次月发放": "Paid from the next month",
         "30日冷静期后当场办结": "On the spot after a 30-day cooling-off period"}
FEE_EN = {"不收费": "Free", "20元": "CNY 20", "40元": "CNY 40", "10元": "CNY 10", "120元": "CNY 120",
          "80元": "CNY 80", "9元（工本费）": "CNY 9 (card fee)", "不动产登记费80元/件": "Registration fee CNY 80 per case",
          "按成交价的1%-3%计征契税": "Deed tax 1%-3% of the price", "登记费80元，抵押登记免收": "CNY 80; mortgage registration free",
          "不收费（补换卡工本费由合作银行承担）": "Free (card cost paid by partner bank)",
          "往来港澳通行证60元，签注每次15元": "Permit CNY 60, each endorsement CNY 15",
          "按选定缴费档次缴费": "By the contribution level you choose", "按当年个人缴费标准缴纳": "This year's personal rate",
          "按规定缴纳相关税费": "Taxes as applicable"}


def M(name, en, copies=0, original=True, required=True, note="", note_en=""):
    return {"name": name, "name_en": en, "original": original, "copies": copies,
            "required": required, "note": note, "note_en": note_en}


ID = M("居民身份证", "Resident ID card")
HK = M("户口簿", "Household register")
SVC = []


def S(id, name, en, dept, aliases, summary, summary_en, conditions, conditions_en, materials, windows, prefix,
      time_limit, fee, notes="", notes_en="", hours=None, hours_en=None, appointment="", appointment_en="",
      online=APP, online_en=APP_EN):
    SVC.append({"id": id, "name": name, "name_en": en, "department": dept, "aliases": aliases,
                "summary": summary, "summary_en": summary_en, "conditions": conditions,
                "conditions_en": conditions_en, "materials": materials, "windows": windows,
                "queue_prefix": prefix, "time_limit": time_limit, "time_limit_en": TL_EN.get(time_limit, ""),
                "fee": fee, "fee_en": FEE_EN.get(fee, ""), "hours": hours, "hours_en": hours_en,
                "appointment": appointment, "appointment_en": appointment_en, "online": online,
                "online_en": online_en, "notes": notes, "notes_en": notes_en, "updated": "2026-10-15"})


DEPTS = [
    ("d01-huzheng", "邕江新区公安分局户政服务", "Household registration (police)"),
    ("d02-churujing", "邕江新区公安分局出入境服务", "Exit-entry administration (police)"),
    ("d03-budongchan", "邕江新区不动产登记中心", "Real estate registration centre"),
    ("d04-shuiwu", "国家税务总局南宁市邕江新区税务局", "Taxation bureau"),
    ("d05-renshe", "邕江新区人力资源和社会保障局", "Human resources and social security bureau"),
    ("d06-yibao", "邕江新区医疗保障局", "Medical insurance bureau"),
    ("d07-gongjijin", "南宁住房公积金管理中心邕江新区管理部", "Housing provident fund office"),
    ("d08-shichang", "邕江新区市场监督管理局", "Market regulation bureau"),
    ("d09-minzheng", "邕江新区民政局（含婚姻登记处）", "Civil affairs bureau (with marriage registry)"),
    ("d10-weijian", "邕江新区卫生健康局", "Health commission"),
    ("d11-gongyong", "水电气公用事业联合服务", "Water, power and gas utilities desk"),
]

# ---------------- 户政 ----------------
S("yj-hz-sfz1", "居民身份证首次申领", "First resident ID card", "d01-huzheng", ["身份证首次申领", "首次申领身份证"],
  "未满16周岁可自愿申领、年满16周岁应当申领第一张居民身份证，现场采集照片和指纹。",
  "Apply for a first ID card; photo and fingerprints are taken on site.",
  ["具有本区常住户口", "本人到场，未满16周岁由监护人陪同"], ["Registered residence in the district", "In person; minors with a guardian"],
  [HK, M("监护人居民身份证", "Guardian's ID card", required=False, note="未满16周岁需要")],
  ["A01", "A02", "A03"], "H", "15个工作日", "不收费",
  notes="首次申领免收工本费；现场可免费拍照，可选择邮寄到家。", notes_en="First card is free; photo taken free; can be posted home.")
S("yj-hz-sfz2", "居民身份证有效期满换领", "Renewing an expiring ID card", "d01-huzheng", ["身份证换领", "到期换证"],
  "身份证有效期满前3个月内或过期后，本人到窗口换领新证，全国通办。",
  "Renew your ID card within 3 months before expiry or after it expires; any province.",
  ["身份证有效期将满或已过期"], ["Card expiring or expired"],
  [ID, HK], ["A01", "A02", "A03"], "H", "15个工作日", "20元",
  notes="外省户籍可跨省异地换领，无需回户籍地。", notes_en="People registered in other provinces can renew here.")
S("yj-hz-sfz3", "居民身份证挂失补领", "Replacing a lost ID card", "d01-huzheng", ["身份证补领", "身份证挂失"],
  "身份证遗失、被盗或严重损坏的，挂失后补领新证。",
  "Report a lost, stolen or badly damaged ID card and get a replacement.",
  ["身份证遗失、被盗或损坏"], ["Card lost, stolen or damaged"],
  [HK, M("损坏的原身份证", "The damaged card", required=False, note="损坏换领时交回")],
  ["A01", "A02", "A03"], "H", "15个工作日", "40元",
  notes="急用可同时申请临时身份证。", notes_en="If urgent, apply for a temporary ID card at the same time.")
S("yj-hz-sfz4", "临时居民身份证申领", "Temporary ID card", "d01-huzheng", ["临时身份证"],
  "在申领、换领、补领身份证期间急需使用的，可申领临时身份证，有效期3个月。",
  "A 3-month temporary card while your new ID card is being made.",
  ["已申请办理正式身份证", "急需乘机、乘车、办事"], ["ID card application in progress", "Urgent need"],
  [HK, M("身份证受理回执", "ID application receipt")], ["A01", "A02"], "H", "1个工作日", "10元")
S("yj-hz-csdj", "出生登记", "Birth registration", "d01-huzheng", ["新生儿入户", "出生入户"],
  "新生儿在父亲或母亲户口所在地申报出生登记，可与出生医学证明、医保参保“出生一件事”联办。",
  "Register a newborn on a parent's household register; can be combined with the birth certificate and health insurance.",
  ["父母一方为本区户籍", "婴儿出生后一个月内申报为宜"], ["A parent registered in the district", "Best within one month of birth"],
  [M("出生医学证明", "Medical birth certificate"), M("父母双方居民身份证", "Parents' ID cards"),
   M("父母结婚证", "Parents' marriage certificate", required=False, note="非婚生育的按规定提供其他材料"), HK],
  ["A01", "A02", "A03"], "H", "即时办结", "不收费")
S("yj-hz-qr-gf", "购房入户", "Household registration after buying a home", "d01-huzheng", ["购房落户"],
  "在本区购买住房并取得不动产权证的，可将户口迁入房屋所在地。",
  "Move your household registration to a home you have bought in the district.",
  ["已取得本区不动产权证书", "本人及配偶、未成年子女可随迁"], ["Holding a property certificate in the district", "Spouse and minor children may follow"],
  [ID, HK, M("不动产权证书", "Property certificate", copies=1), M("结婚证", "Marriage certificate", required=False, note="配偶随迁时提供")],
  ["A03", "A04"], "H", "5个工作日", "不收费", notes="广西区内迁移实行“一站式”办理，无需回迁出地开准迁证。",
  notes_en="Moves within Guangxi are done in one stop here.")
S("yj-hz-qr-tk", "投靠亲属入户", "Joining a relative's household register", "d01-huzheng", ["投靠落户", "夫妻投靠", "父母投靠子女"],
  "夫妻投靠、未成年子女投靠父母、老年父母投靠子女等，将户口迁入亲属户内。",
  "Move your registration to a spouse's, parent's or child's household in the district.",
  ["被投靠人为本区户籍", "符合南宁市户口迁移政策"], ["Relative registered in the district", "Meets Nanning's registration policy"],
  [ID, HK, M("被投靠人户口簿", "Relative's household register"), M("亲属关系证明", "Proof of relationship", copies=1, note="结婚证、出生医学证明等")],
  ["A03", "A04"], "H", "5个工作日", "不收费")
S("yj-hz-qc", "户口迁出", "Moving household registration out", "d01-huzheng", ["户口迁出登记"],
  "本区户籍人员将户口迁往区外，跨省迁移可在迁入地“跨省通办”。",
  "Move household registration out of the district; moves to other provinces can be done at the destination.",
  ["已取得迁入地准予迁入证明或符合跨省通办条件"], ["Approval from the destination, or eligible for cross-province processing"],
  [ID, HK, M("准予迁入证明", "Approval to move in", required=False)], ["A03", "A04"], "H", "即时办结", "不收费")
S("yj-hz-swzx", "死亡人员户口注销", "Cancelling the registration of a deceased person", "d01-huzheng", ["死亡注销户口", "户口注销"],
  "公民死亡后，家属持死亡证明到户政窗口注销户口，交回身份证。",
  "Family members cancel the household registration of a deceased person.",
  ["户籍人员已死亡"], ["The person has died"],
  [M("居民死亡医学证明（推断）书", "Medical death certificate"), HK, M("死者居民身份证", "Deceased's ID card", note="遗失的注明"),
   M("申报人居民身份证", "Declarant's ID card")], ["A01", "A02", "A03"], "H", "即时办结", "不收费",
  notes="可同步办理社保、医保停保，养老金待遇后续由人社处理。", notes_en="Social and medical insurance are stopped at the same time.")
S("yj-hz-jzz", "居住证申领", "Residence permit", "d01-huzheng", ["居住证", "办居住证"],
  "非本市户籍人员在本区居住半年以上，有合法稳定就业、住所或就读的，可申领居住证。",
  "People from outside Nanning living here 6+ months with a job, home or school apply for a residence permit.",
  ["已办理居住登记满半年", "有合法稳定就业、住所或连续就读之一"], ["Registered residence 6 months", "Job, home or school"],
  [ID, M("住所证明", "Proof of address", copies=1, note="租房合同或房产证"), M("就业或就读证明", "Proof of job or school", required=False)],
  ["A04"], "H", "10个工作日", "不收费", notes="凭居住证可在本市享受子女入学、公积金等公共服务。",
  notes_en="The permit gives access to schooling and other local public services.")
# ---------------- 出入境 ----------------
S("yj-cr-hz", "普通护照签发", "Ordinary passport", "d02-churujing", ["护照申请", "普通护照"],
  "中国公民因私出国申请普通护照，全国通办，可选择邮寄。",
  "Chinese citizens apply for an ordinary passport for private travel.",
  ["中国公民"], ["Chinese citizen"], [ID, M("未成年人出生医学证明", "Minor's birth certificate", required=False)],
  ["A05"], "J", "7个工作日", "120元", appointment="建议通过“移民局”App预约", appointment_en="Book in the NIA app")
S("yj-cr-ga", "往来港澳通行证及签注", "Hong Kong and Macao travel permit and endorsements", "d02-churujing",
  ["港澳通行证", "港澳签注"], "申办往来港澳通行证及旅游、探亲、商务签注，可在自助签注机续签。",
  "Apply for the HK/Macao travel permit and endorsements; renew endorsements at the self-service machine.",
  ["中国内地居民"], ["Mainland resident"], [ID], ["A05"], "J", "7个工作日", "往来港澳通行证60元，签注每次15元",
  notes="已有有效通行证只续签注的，可到24小时自助区自助签注机办理。", notes_en="Endorsement renewal: self-service machine.")
S("yj-cr-tw", "往来台湾通行证及签注", "Taiwan travel permit", "d02-churujing", ["台湾通行证", "赴台签注"],
  "申办大陆居民往来台湾通行证及团队旅游、探亲等签注。",
  "Apply for the mainland residents' Taiwan travel permit and endorsements.",
  ["中国内地居民"], ["Mainland resident"], [ID], ["A05"], "J", "10个工作日", "80元")
# ---------------- 不动产 ----------------
S("yj-bd-xf", "新建商品房转移登记", "Title registration for a new commercial home", "d03-budongchan",
  ["新建商品房转移登记", "商品房办证", "一手房办证"],
  "购买开发商新建商品房后，办理转移登记、领取不动产权证书，可与契税申报一窗办理。",
  "After buying a new home from a developer, register the transfer and get the property certificate.",
  ["房屋已办理首次登记", "已缴纳契税"], ["Developer's first registration done", "Deed tax paid"],
  [ID, M("商品房买卖合同", "Sales contract"), M("购房发票", "Purchase invoice"), M("完税凭证", "Tax receipt")],
  ["A06", "A07"], "D", "5个工作日", "不动产登记费80元/件")
S("yj-bd-esf", "存量房买卖转移登记", "Title transfer for a second-hand home", "d03-budongchan", ["二手房过户", "存量房转移登记"],
  "二手房买卖双方到场，一窗受理交易、缴税和登记。",
  "Buyer and seller of a second-hand home register the sale; tax and registration at one window.",
  ["买卖双方到场或委托代理", "房屋无查封"], ["Both parties present or represented", "Not seized"],
  [M("买卖双方居民身份证", "Both parties' ID cards"), M("不动产权证书", "Property certificate"),
   M("存量房买卖合同", "Sales contract", copies=1), M("婚姻状况证明", "Marital status documents", copies=1)],
  ["A06", "A07"], "D", "5个工作日", "不动产登记费80元/件")
S("yj-bd-dy", "不动产抵押登记", "Mortgage registration", "d03-budongchan", ["抵押登记", "房屋抵押"],
  "以房屋向银行等申请贷款时办理抵押权首次登记，多数银行可在银行网点线上申请。",
  "Register a mortgage on property when borrowing from a bank.",
  ["已取得不动产权证书或预告登记"], ["Property certificate or advance registration"],
  [ID, M("不动产权证书", "Property certificate"), M("抵押合同", "Mortgage contract"), M("借款合同", "Loan contract")],
  ["A07"], "D", "3个工作日", "登记费80元，抵押登记免收")
S("yj-bd-zx", "不动产抵押权注销登记", "Cancelling a mortgage registration", "d03-budongchan", ["抵押注销", "解押"],
  "贷款还清后，凭银行出具的还清证明注销抵押登记。",
  "Cancel the mortgage registration after the loan is repaid.",
  ["抵押所担保的债权已清偿"], ["Loan fully repaid"],
  [ID, M("不动产登记证明（他项权证）", "Mortgage certificate"), M("银行出具的还款结清证明", "Bank's repayment certificate")],
  ["A07"], "D", "1个工作日", "不收费")
S("yj-bd-jc", "继承、受遗赠不动产转移登记", "Inheritance transfer of property", "d03-budongchan", ["继承过户", "房产继承"],
  "房屋所有权人去世后，继承人凭公证书或全部继承人到场，办理继承转移登记。",
  "Heirs transfer a deceased owner's property after notarisation or with all heirs present.",
  ["被继承人已死亡", "继承人之间无争议"], ["Owner deceased", "No dispute among heirs"],
  [M("被继承人死亡证明", "Death certificate"), M("不动产权证书", "Property certificate"),
   M("继承公证书或全部继承人到场申请", "Notarised inheritance or all heirs present"), M("亲属关系证明", "Proof of relationship", copies=1)],
  ["A06"], "D", "10个工作日", "不动产登记费80元/件", notes="继承人有争议的，需先经法院判决或调解。",
  notes_en="Disputes among heirs must first be settled by a court.")
# ---------------- 税务 ----------------
S("yj-sw-fp", "发票领用", "Getting invoices", "d04-shuiwu", ["发票领用", "数电发票开票额度"],
  "已办理税务信息确认的纳税人申请领用发票或调整数电发票开票额度。",
  "Registered taxpayers apply for invoices or a higher e-invoice limit.",
  ["已完成税务信息确认"], ["Tax information confirmed"], [ID, M("营业执照", "Business licence")],
  ["C03", "C04"], "T", "即时办结", "不收费", online="可通过广西电子税务局办理", online_en="Guangxi e-tax bureau")
S("yj-sw-hs", "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation", "d04-shuiwu", ["个税汇算", "个人所得税年度汇算"],
  "每年3月1日至6月30日办理上一年度综合所得汇算清缴，申请退税或补税。",
  "From 1 March to 30 June, settle last year's income tax and claim refunds or pay the balance.",
  ["上年度有工资薪金、劳务报酬等综合所得"], ["Had wages or service income last year"], [ID, M("银行卡", "Bank card", note="用于退税")],
  ["C03", "C04"], "T", "即时办结", "不收费", hours="每年3月1日至6月30日", hours_en="1 March to 30 June each year",
  online="可通过“个人所得税”App办理", online_en="IIT app")
S("yj-sw-dk", "代开增值税发票", "Tax office-issued VAT invoice", "d04-shuiwu", ["代开发票"],
  "个人出租房屋、提供劳务等需要开具发票的，由税务机关代开。",
  "Individuals who rent out property or provide services get an invoice issued by the tax office.",
  ["个人或未领用发票的纳税人"], ["Individuals without their own invoices"],
  [ID, M("合同或协议", "Contract", copies=1)], ["C03", "C04"], "T", "即时办结", "按规定缴纳相关税费")
S("yj-sw-qs", "契税申报", "Deed tax declaration", "d04-shuiwu", ["契税申报", "契税缴纳"],
  "购买、继承、受赠房屋土地时申报缴纳契税，与不动产登记一窗受理。",
  "Declare deed tax when acquiring property; handled at the real estate window.",
  ["取得房屋或土地权属"], ["Acquiring property"], [ID, M("购房合同", "Purchase contract"), M("购房发票", "Invoice")],
  ["A07"], "T", "即时办结", "按成交价的1%-3%计征契税", notes="首套房面积140平方米以下按1%。",
  notes_en="First home under 140 m²: 1%.")
S("yj-sw-wszm", "开具个人所得税纳税记录", "Individual income tax payment record", "d04-shuiwu", ["纳税记录", "完税证明"],
  "开具个人所得税纳税记录，用于落户、购车、申请签证等。",
  "Get a record of income tax paid, e.g. for registration, buying a car or visas.",
  [], [], [ID], ["C03"], "T", "即时办结", "不收费", online="“个人所得税”App可自行下载", online_en="Download in the IIT app")
# ---------------- 人社 ----------------
S("yj-rs-sbk1", "社会保障卡申领", "Applying for a social security card", "d05-renshe", ["社保卡申领", "第三代社保卡"],
  "参保人员首次申领社会保障卡（含金融功能），可即时制卡。",
  "First social security card with bank function; made on the spot.",
  ["已在广西参加社会保险"], ["Insured in Guangxi"], [ID], ["B01"], "R", "即时办结", "不收费",
  notes="新生儿可凭户口簿申领。", notes_en="Newborns apply with the household register.")
S("yj-rs-sbk2", "社会保障卡挂失补换", "Replacing a lost or damaged social security card", "d05-renshe", ["社保卡补换", "社保卡挂失"],
  "社保卡遗失、损坏或换代的，先挂失再补换新卡，现场即时制卡。",
  "Report and replace a lost or damaged card; new card made on the spot.",
  ["持卡人已参保"], ["Card holder insured"], [ID], ["B01"], "R", "即时办结", "不收费（补换卡工本费由合作银行承担）",
  notes="可先拨打12333或在“广西人社”App临时挂失。", notes_en="Temporary loss report by phone 12333 or app.")
S("yj-rs-lhjy", "灵活就业人员参保登记", "Social insurance for the self-employed", "d05-renshe", ["灵活就业参保", "个人参保登记"],
  "无雇工的个体工商户、非全日制从业人员等以个人身份参加企业职工养老保险。",
  "Self-employed and part-time workers join the employee pension scheme as individuals.",
  ["年满16周岁未达退休年龄", "无用人单位参保"], ["Aged 16 to retirement", "Not insured through an employer"],
  [ID], ["B02"], "R", "即时办结", "按选定缴费档次缴费")
S("yj-rs-zy", "养老保险关系转移接续", "Transferring pension insurance between places", "d05-renshe", ["养老保险转移", "社保转移"],
  "跨省、跨统筹区流动就业的，将基本养老保险关系转入本地接续。",
  "Move your pension insurance record from another province or city to Nanning.",
  ["已在新参保地参保"], ["Insured at the new place"], [ID, M("参保缴费凭证", "Contribution record", required=False)],
  ["B02"], "R", "15个工作日", "不收费", online="可通过国家社会保险公共服务平台申请", online_en="National social insurance platform")
S("yj-rs-tx", "职工退休申请及养老金核定", "Retirement and pension calculation", "d05-renshe", ["退休办理", "养老金待遇申领"],
  "参保职工达到法定退休年龄、缴费满规定年限的，申请按月领取基本养老金。",
  "Insured workers reaching retirement age with enough years of contributions apply for a monthly pension.",
  ["达到法定退休年龄", "累计缴费满规定年限"], ["Reached retirement age", "Enough contribution years"],
  [ID, M("社会保障卡", "Social security card"), M("个人档案", "Personnel file", note="由单位或档案管理机构提供")],
  ["B02"], "R", "20个工作日", "不收费")
S("yj-rs-rz", "领取养老金人员资格认证", "Annual pensioner identity verification", "d05-renshe", ["待遇资格认证", "养老金资格认证"],
  "领取养老金人员每年进行一次领取待遇资格认证，可刷脸自助认证。",
  "Pensioners confirm their eligibility once a year, e.g. by face recognition.",
  ["正在按月领取养老金"], ["Receiving a pension"], [ID], ["B02"], "R", "即时办结", "不收费",
  notes="行动不便的可申请社区工作人员上门认证。", notes_en="Home visits for people who cannot come.",
  online="“广西人社”App或“掌上12333”刷脸认证", online_en="Face scan in the Guangxi HRSS app")
S("yj-rs-sy", "失业保险金申领", "Unemployment benefit", "d05-renshe", ["失业金申领", "失业保险金"],
  "非因本人意愿中断就业、缴纳失业保险满1年的，申领失业保险金。",
  "People who lost their job involuntarily after 1+ year of unemployment insurance apply for benefit.",
  ["非因本人意愿中断就业", "失业前缴费满1年", "已进行失业登记并有求职要求"], ["Job loss not by choice", "1+ year contributions", "Registered as unemployed"],
  [ID, M("社会保障卡", "Social security card"), M("解除或终止劳动合同证明", "Proof of termination", copies=1)],
  ["B03"], "R", "5个工作日", "不收费")
S("yj-rs-jyz", "就业创业证申领（失业登记）", "Employment and entrepreneurship certificate", "d05-renshe", ["就业创业证", "失业登记"],
  "劳动年龄内有就业愿望的城乡劳动者办理失业登记、申领就业创业证，享受就业扶持政策。",
  "Register as unemployed and get the certificate for employment support.",
  ["法定劳动年龄内", "有劳动能力和就业意愿"], ["Working age", "Able and willing to work"], [ID, M("一寸照片", "1-inch photo", note="1张")],
  ["B03"], "R", "即时办结", "不收费")
# ---------------- 医保 ----------------
S("yj-yb-cj", "城乡居民基本医疗保险参保缴费", "Residents' basic medical insurance enrolment", "d06-yibao", ["城乡居民医保参保", "居民医保缴费"],
  "学生、儿童、老人和无单位人员参加城乡居民医保，每年集中缴费期缴纳下一年度费用。",
  "Students, children, elderly and people without employers join residents' medical insurance each year.",
  ["未参加职工医保"], ["Not in employee medical insurance"], [ID, HK], ["B04", "B05"], "Y", "即时办结", "按当年个人缴费标准缴纳",
  hours="集中缴费期一般为每年9月至12月", hours_en="Usually September to December",
  online="可通过“广西医保”微信公众号、“桂税通”缴费", online_en="WeChat Guangxi Medical Insurance")
S("yj-yb-yd", "异地就医备案", "Registering for medical treatment elsewhere", "d06-yibao", ["异地就医备案", "转外就医备案"],
  "异地长期居住、工作或转诊到外地就医的参保人，提前备案后可直接结算。",
  "Insured people living or treated outside Nanning register first to settle bills directly.",
  ["南宁市参保人员"], ["Insured in Nanning"], [ID, M("异地居住证明或转诊证明", "Proof of residence elsewhere or referral", required=False)],
  ["B04", "B05"], "Y", "即时办结", "不收费", online="可通过“国家医保服务平台”App备案", online_en="National medical insurance app")
S("yj-yb-mt", "门诊特殊慢性病待遇认定", "Chronic disease outpatient benefits", "d06-yibao", ["门诊慢特病认定", "门特认定"],
  "患有高血压、糖尿病等门诊慢特病的参保人申请认定，门诊费用按规定报销。",
  "Insured people with chronic diseases such as hypertension or diabetes get outpatient benefits.",
  ["参保人员患有规定病种"], ["Listed chronic disease"], [ID, M("二级以上医院诊断证明及病历", "Hospital diagnosis and records", copies=1)],
  ["B05"], "Y", "15个工作日", "不收费", notes="也可在定点医院直接申请。", notes_en="Can also apply at designated hospitals.")
S("yj-yb-sg", "医疗费用手工报销", "Manual reimbursement of medical bills", "d06-yibao", ["医疗费用报销", "零星报销"],
  "因急诊、未备案异地就医等未能直接结算的医疗费用，回参保地手工报销。",
  "Claim medical costs that could not be settled directly, e.g. emergencies elsewhere.",
  ["参保人员", "费用未直接结算"], ["Insured", "Bills not settled directly"],
  [ID, M("医疗费用发票", "Medical invoices"), M("费用明细清单", "Itemised bill"), M("出院小结或病历", "Discharge summary"),
   M("银行卡", "Bank card")], ["B05"], "Y", "20个工作日", "不收费")
S("yj-yb-syjt", "生育津贴申领", "Maternity allowance", "d06-yibao", ["生育津贴", "生育保险待遇"],
  "参加职工生育保险的女职工生育后申领生育津贴和生育医疗费用。",
  "Insured women employees claim the maternity allowance after giving birth.",
  ["用人单位为其缴纳生育保险"], ["Employer paid maternity insurance"],
  [ID, M("出生医学证明", "Birth certificate", copies=1), M("出院小结", "Discharge summary", copies=1)],
  ["B04"], "Y", "15个工作日", "不收费", notes="一般由用人单位统一申报。", notes_en="Usually claimed by the employer.")
# ---------------- 公积金 ----------------
GJ_MAT = [ID, M("本人银行卡", "Own bank card", note="须为公积金中心合作银行")]
S("yj-gj-gf", "购买自住住房提取住房公积金", "Withdrawing housing fund to buy a home", "d07-gongjijin", ["购房提取"],
  "购买本市或户籍地自住住房的职工及配偶，可提取公积金账户余额。",
  "Employees buying a home to live in can withdraw their housing fund balance.",
  ["购房合同备案或取得不动产权证书1年内"], ["Within 1 year of purchase"],
  GJ_MAT + [M("购房合同或不动产权证书", "Purchase contract or property certificate", copies=1), M("购房发票", "Invoice", copies=1)],
  ["B06"], "G", "3个工作日", "不收费", online="可通过“南宁住房公积金”App或微信公众号办理", online_en="Nanning Housing Fund app")
S("yj-gj-zf", "租赁住房提取住房公积金", "Withdrawing housing fund to pay rent", "d07-gongjijin", ["租房提取"],
  "本市无自有住房的缴存职工租房自住，可按年度限额提取公积金付房租。",
  "Employees without their own home in Nanning can withdraw up to a yearly limit for rent.",
  ["本人及配偶在本市无自有住房", "连续足额缴存满3个月"], ["No home in Nanning", "3+ months of contributions"],
  GJ_MAT, ["B06"], "G", "1个工作日", "不收费", online="可通过“南宁住房公积金”App办理", online_en="Nanning Housing Fund app")
S("yj-gj-tx", "离退休提取住房公积金", "Withdrawing housing fund on retirement", "d07-gongjijin", ["退休提取", "退休销户提取"],
  "职工办理退休手续后，可一次性提取公积金账户全部余额并销户。",
  "Retired employees withdraw the whole balance and close the account.",
  ["已办理离退休手续"], ["Retired"], GJ_MAT + [M("退休证明", "Retirement proof")], ["B06"], "G", "3个工作日", "不收费")
S("yj-gj-hd", "偿还住房贷款本息提取住房公积金", "Withdrawing housing fund to repay a home loan", "d07-gongjijin", ["还贷提取", "偿还贷款提取"],
  "正在偿还自住住房贷款（含商业贷款）的职工，可提取公积金还贷。",
  "Employees repaying a home loan (including commercial loans) withdraw to pay it.",
  ["正在偿还自住住房贷款"], ["Repaying a home loan"],
  GJ_MAT + [M("借款合同", "Loan contract", copies=1), M("银行还款明细", "Repayment statement")], ["B06"], "G", "3个工作日", "不收费")
S("yj-gj-lz", "离职提取住房公积金（非本市户籍）", "Withdrawing housing fund after leaving a job (non-local)", "d07-gongjijin",
  ["离职提取", "解除劳动关系提取"],
  "非南宁市户籍职工与单位解除劳动关系、公积金账户封存满半年且未在异地继续缴存的，可提取余额。",
  "Non-local employees who left their job, with the account frozen 6+ months and no new contributions, withdraw the balance.",
  ["非本市户籍", "解除劳动关系", "账户封存满6个月"], ["Not registered in Nanning", "Job ended", "Account frozen 6 months"],
  GJ_MAT + [M("解除劳动关系证明", "Proof of termination", copies=1)], ["B06"], "G", "3个工作日", "不收费",
  notes="回户籍地工作的，建议办理公积金异地转移。", notes_en="If working again elsewhere, transfer the account instead.")
S("yj-gj-dk", "住房公积金个人住房贷款", "Housing fund home loan", "d07-gongjijin", ["公积金贷款", "公积金贷款申请"],
  "缴存职工购买自住住房申请公积金贷款，贷款额度与缴存余额和年限挂钩。",
  "Contributors apply for a housing fund loan to buy a home.",
  ["连续足额缴存满6个月", "购买自住住房"], ["6+ months of contributions", "Buying a home to live in"],
  [ID, M("购房合同", "Purchase contract"), M("婚姻状况证明", "Marital status documents"), M("收入证明", "Income proof")],
  ["B07"], "G", "15个工作日", "不收费")
S("yj-gj-jczm", "住房公积金缴存证明打印", "Housing fund contribution certificate", "d07-gongjijin", ["缴存证明", "公积金缴存证明"],
  "打印个人公积金缴存证明、缴存明细，用于贷款、落户等。",
  "Print your housing fund contribution certificate or statement.",
  [], [], [ID], ["B07"], "G", "即时办结", "不收费", notes="24小时自助区可自助打印。", notes_en="Self-service printing in the 24h area.")
# ---------------- 市场监管 ----------------
S("yj-sj-gt", "个体工商户设立登记", "Registering a sole proprietorship", "d08-shichang", ["个体户注册", "个体工商户登记"],
  "开小店、摊档等个体经营，办理个体工商户营业执照。",
  "Get a business licence for a small shop or stall run by an individual.",
  ["有固定经营场所"], ["Fixed business premises"], [ID, M("经营场所使用证明", "Proof of premises", copies=1, note="租赁合同或房产证明")],
  ["C01", "C02"], "S", "当场办结", "不收费", online="可通过广西经营主体登记服务平台全程电子化办理", online_en="Guangxi business registration platform")
S("yj-sj-qysl", "企业设立登记", "Company formation", "d08-shichang", ["公司注册", "企业开办"],
  "设立有限责任公司等企业，一次办理执照、公章刻制、税务信息确认和社保登记。",
  "Set up a company; licence, seal, tax and social insurance set up in one go.",
  ["名称自主申报通过"], ["Name declared"], [M("全体股东身份证明", "All shareholders' IDs"), M("公司章程", "Articles of association"),
   M("住所使用证明", "Proof of address")], ["C01", "C02"], "S", "1个工作日", "不收费",
  notes="企业开办“一网通办”，公章免费刻制。", notes_en="Free company seal.", online="可通过广西经营主体登记服务平台办理",
  online_en="Guangxi business registration platform")
S("yj-sj-qybg", "企业变更登记", "Changing company registration", "d08-shichang", ["公司变更", "企业变更"],
  "企业名称、住所、法定代表人、注册资本、经营范围、股东等事项变更登记。",
  "Change a company's name, address, legal representative, capital, scope or shareholders.",
  ["已依法登记的企业"], ["Registered company"], [M("变更登记申请书", "Application"), M("股东会决议", "Shareholders' resolution"),
   M("营业执照正副本", "Business licence")], ["C01", "C02"], "S", "1个工作日", "不收费")
S("yj-sj-qyzx", "企业注销登记", "Company deregistration", "d08-shichang", ["公司注销", "企业注销", "简易注销"],
  "企业不再经营的，清算后办理注销登记；未开业或无债权债务的可简易注销。",
  "Close a company after liquidation; simplified closing if no debts.",
  ["已完成清算或符合简易注销条件", "已清税"], ["Liquidated or eligible for simplified closing", "Taxes cleared"],
  [M("注销登记申请书", "Application"), M("清算报告或全体投资人承诺书", "Liquidation report or commitment"), M("营业执照正副本", "Business licence")],
  ["C01", "C02"], "S", "3个工作日", "不收费", notes="简易注销需公示20天。", notes_en="Simplified closing has a 20-day notice.")
S("yj-sj-sp", "食品经营许可", "Food business licence", "d08-shichang", ["食品经营许可证"],
  "开餐饮店、卖预包装或散装食品等，申领食品经营许可证；仅销售预包装食品的办理备案。",
  "Restaurants and food sellers apply for a food business licence.",
  ["已取得营业执照", "经营场所符合食品安全要求"], ["Business licence", "Premises meet food safety rules"],
  [M("营业执照", "Business licence"), M("经营场所平面图和设备布局图", "Floor plan"), M("食品安全管理制度", "Food safety rules")],
  ["C02"], "S", "10个工作日", "不收费", notes="现场核查通过后发证。", notes_en="Issued after a site check.")
S("yj-sj-bl", "营业执照遗失补领", "Replacing a lost business licence", "d08-shichang", ["营业执照补领", "执照补办"],
  "营业执照遗失或损坏的，申请补领纸质执照，电子营业执照可随时下载。",
  "Replace a lost or damaged paper business licence.",
  ["已登记的经营主体"], ["Registered business"], [ID, M("补领申请书", "Application")], ["C01"], "S", "即时办结", "不收费")
# ---------------- 民政 ----------------
S("yj-mz-jh", "内地居民结婚登记", "Marriage registration", "d09-minzheng", ["结婚登记", "领结婚证"],
  "男女双方共同到婚姻登记处申请结婚登记，全国通办。",
  "Both partners register their marriage together at the registry; nationwide.",
  ["男年满22周岁、女年满20周岁", "双方自愿、均无配偶"], ["Man 22+, woman 20+", "Both willing and unmarried"],
  [M("双方居民身份证", "Both ID cards"), M("双方近期半身免冠合影2寸照片", "Two 2-inch joint photos", note="3张")],
  ["C06"], "M", "当场办结", "不收费", appointment="建议通过“广西婚姻登记预约”小程序预约", appointment_en="Book online",
  hours="周一至周五工作时间；“520”“七夕”等特殊日子另行公告", hours_en="Weekdays")
S("yj-mz-lh", "内地居民离婚登记", "Divorce registration", "d09-minzheng", ["离婚登记"],
  "双方自愿离婚的，共同申请离婚登记，经30日冷静期后再次到场领证。",
  "Both partners apply together; after a 30-day cooling-off period they return for the certificate.",
  ["双方自愿离婚并对子女和财产问题协商一致"], ["Mutual consent and agreement on children and property"],
  [M("双方居民身份证", "Both ID cards"), HK, M("结婚证", "Marriage certificate"), M("离婚协议书", "Divorce agreement", copies=3)],
  ["C06"], "M", "30日冷静期后当场办结", "不收费", appointment="须预约", appointment_en="Appointment required")
S("yj-mz-bl", "补领婚姻登记证", "Replacing a marriage or divorce certificate", "d09-minzheng", ["补领结婚证", "补领离婚证"],
  "结婚证、离婚证遗失或损毁的，当事人到婚姻登记处申请补领。",
  "Replace a lost or damaged marriage or divorce certificate.",
  ["原婚姻登记档案可查"], ["Original record found"], [ID, HK, M("2寸近期照片", "2-inch photo", note="补结婚证需双方合影")],
  ["C06"], "M", "当场办结", "不收费")
S("yj-mz-db", "最低生活保障申请", "Minimum living allowance (dibao)", "d09-minzheng", ["低保申请", "最低生活保障"],
  "家庭人均收入低于南宁市低保标准且财产符合规定的，申请最低生活保障。",
  "Households below Nanning's minimum income line apply for the dibao allowance.",
  ["本区户籍", "家庭人均收入低于当地低保标准"], ["Registered in the district", "Income below the local line"],
  [ID, HK, M("家庭经济状况核对授权书", "Authorisation for income check"), M("收入证明", "Income proof", required=False)],
  ["C05"], "M", "30个工作日", "不收费", notes="也可向户籍所在街道（乡镇）申请，本窗口代为受理。",
  notes_en="Can also be applied for at the sub-district office.")
S("yj-mz-gl", "高龄老人长寿保健补贴", "Longevity allowance for people over 80", "d09-minzheng", ["高龄补贴", "长寿补贴"],
  "本区户籍80周岁以上老人按月领取高龄长寿保健补贴。",
  "Residents aged 80+ receive a monthly longevity allowance.",
  ["本区户籍", "年满80周岁"], ["Registered in the district", "Aged 80+"], [ID, HK, M("银行卡或社保卡", "Bank or social security card")],
  ["C05"], "M", "次月发放", "不收费")
S("yj-mz-cj", "困难残疾人生活补贴和重度残疾人护理补贴", "Disability living and care allowances", "d09-minzheng",
  ["残疾人两项补贴"], "持第二代残疾人证的困难残疾人、重度残疾人申领生活补贴和护理补贴。",
  "Disabled people in hardship or with severe disability apply for living and care allowances.",
  ["持有第二代残疾人证", "困难或一、二级重度残疾"], ["Holding a disability certificate", "Hardship or grade 1-2"],
  [ID, M("残疾人证", "Disability certificate"), HK], ["C05"], "M", "次月发放", "不收费",
  notes="残疾人证办理请到区残联。", notes_en="Disability certificates are issued by the district disabled persons' federation.")
# ---------------- 卫健 ----------------
S("yj-wj-sy", "生育登记", "Birth registration with the health commission", "d10-weijian", ["生育登记", "生育服务登记"],
  "夫妻生育子女实行登记服务，登记后可享受免费孕检等服务。",
  "Couples register a pregnancy or birth to get free check-ups and services.",
  ["夫妻一方为本区户籍或在本区居住"], ["Either spouse registered or living in the district"],
  [M("夫妻双方居民身份证", "Both ID cards"), M("结婚证", "Marriage certificate", required=False)],
  ["C07"], "W", "即时办结", "不收费", online="可通过“广西生育登记”微信小程序办理", online_en="WeChat mini-program")
S("yj-wj-csbf", "出生医学证明补发换发", "Replacing a medical birth certificate", "d10-weijian", ["出生证补发", "出生医学证明换发"],
  "出生医学证明遗失、损坏或信息有误的，申请补发或换发。",
  "Replace a lost, damaged or wrong medical birth certificate.",
  ["在本区助产机构出生"], ["Born at a district hospital"],
  [M("父母双方居民身份证", "Parents' ID cards"), M("新生儿户口簿", "Child's household register", required=False),
   M("遗失声明或损坏原件", "Loss statement or damaged original")], ["C07"], "W", "20个工作日", "不收费")
# ---------------- 公用事业 ----------------
S("yj-gy-sh", "用水报装及过户", "Water connection and account transfer", "d11-gongyong", ["用水过户", "用水报装"],
  "新房接通自来水或二手房水表户名变更。",
  "Connect water to a new home or change the account holder after buying a second-hand home.",
  ["产权人或经授权的使用人"], ["Owner or authorised user"], [ID, M("不动产权证书或购房合同", "Property certificate or contract", copies=1)],
  ["A08"], "U", "3个工作日", "不收费")
S("yj-gy-rq", "管道燃气开户及过户", "Piped gas account opening and transfer", "d11-gongyong", ["燃气开户", "燃气过户"],
  "新装管道天然气开户、点火预约或燃气户名变更。",
  "Open a piped gas account, book the first lighting or change the account holder.",
  ["产权人或经授权的使用人"], ["Owner or authorised user"], [ID, M("不动产权证书或购房合同", "Property certificate or contract", copies=1)],
  ["A08"], "U", "3个工作日", "不收费", notes="点火通气需上门安检。", notes_en="A safety check at home before lighting.")
S("yj-gy-yd", "用电过户及新装", "Electricity account transfer and new connection", "d11-gongyong", ["用电过户", "电表过户"],
  "居民用电新装、增容或电表户名变更。",
  "New connection, more capacity or change of account holder for home electricity.",
  ["产权人或经授权的使用人"], ["Owner or authorised user"], [ID, M("不动产权证书或购房合同", "Property certificate or contract", copies=1)],
  ["A08"], "U", "3个工作日", "不收费", online="可通过“网上国网”App办理", online_en="State Grid app")

# ---------------- windows ----------------
WIN = [  # id, floor, zone, zone_en, x, label, label_en
    ("A01", "F1", "一楼户政区", "Household area", 0.10, "户政·身份证", "Household: ID cards"),
    ("A02", "F1", "一楼户政区", "Household area", 0.19, "户政·身份证", "Household: ID cards"),
    ("A03", "F1", "一楼户政区", "Household area", 0.28, "户政·户口", "Household: registration"),
    ("A04", "F1", "一楼户政区", "Household area", 0.37, "户政·户口迁移/居住证", "Household: moves / residence permit"),
    ("A05", "F1", "一楼出入境区", "Exit-entry area", 0.48, "出入境", "Exit-entry"),
    ("A06", "F1", "一楼不动产区", "Real estate area", 0.62, "不动产登记", "Real estate registration"),
    ("A07", "F1", "一楼不动产区", "Real estate area", 0.71, "不动产登记·契税一窗", "Real estate and deed tax"),
    ("A08", "F1", "一楼综合区", "General area", 0.80, "水电气联合报装", "Water, power, gas"),
    ("B01", "F2", "二楼人社区", "HR & social security", 0.12, "社保卡", "Social security card"),
    ("B02", "F2", "二楼人社区", "HR & social security", 0.22, "社保·养老", "Social insurance, pensions"),
    ("B03", "F2", "二楼人社区", "HR & social security", 0.32, "就业·失业", "Employment"),
    ("B04", "F2", "二楼医保区", "Medical insurance", 0.44, "医保", "Medical insurance"),
    ("B05", "F2", "二楼医保区", "Medical insurance", 0.54, "医保·报销", "Medical insurance claims"),
    ("B06", "F2", "二楼公积金区", "Housing fund", 0.68, "公积金提取", "Housing fund withdrawals"),
    ("B07", "F2", "二楼公积金区", "Housing fund", 0.78, "公积金贷款", "Housing fund loans"),
    ("C01", "F3", "三楼市场监管区", "Market regulation", 0.12, "企业登记", "Business registration"),
    ("C02", "F3", "三楼市场监管区", "Market regulation", 0.22, "企业登记·食品许可", "Business and food licences"),
    ("C03", "F3", "三楼税务区", "Tax", 0.34, "税务", "Tax"),
    ("C04", "F3", "三楼税务区", "Tax", 0.43, "税务", "Tax"),
    ("C05", "F3", "三楼民政区", "Civil affairs", 0.56, "民政·社会救助", "Civil affairs, social assistance"),
    ("C06", "F3", "三楼婚姻登记处", "Marriage registry", 0.70, "婚姻登记", "Marriage registration"),
    ("C07", "F3", "三楼卫健区", "Health", 0.82, "卫健·生育", "Health, births"),
]
windows = [{"id": i, "floor": f, "zone": z, "zone_en": ze, "x": x, "y": 0.22, "label": l, "label_en": le,
            "door": {"x": x, "y": 0.36}} for i, f, z, ze, x, l, le in WIN]

PL = [  # id, name, en, aliases, floor, x, notes, notes_en, kind, link
    ("p1-wc", "一楼卫生间", "Toilets (1F)", ["卫生间", "洗手间", "厕所", "toilet"], "F1", 0.93,
     "一楼东侧，含无障碍卫生间。", "East end of 1F, with accessible toilet.", None, ""),
    ("p3-wc", "三楼卫生间", "Toilets (3F)", ["三楼卫生间", "三楼洗手间"], "F3", 0.93, "三楼东侧。", "East end of 3F.", None, ""),
    ("p1-lift", "电梯", "Lifts", ["电梯", "lift", "elevator"], "F1", 0.88, "大厅东侧两部电梯通往二、三楼，可容纳轮椅。",
     "Two lifts on the east side to 2F and 3F.", "lift", "lift-e"),
    ("p1-stair", "楼梯", "Stairs", ["楼梯", "stairs"], "F1", 0.04, "大厅西侧步行楼梯。", "Stairs on the west side.", "stairs", "stair-w"),
    ("p1-photo", "自助证件照拍照机", "Photo booth", ["证件照", "拍照机", "photo booth"], "F1", 0.16,
     "可拍身份证、护照、驾驶证等证件照并生成回执，每次20元。", "ID and passport photos with receipt, CNY 20.", None, ""),
    ("p1-copy", "复印打印服务点", "Copying and printing", ["复印", "打印", "copy"], "F1", 0.30,
     "办事材料复印免费（每人10页以内），超出每页0.5元。", "Free copies of documents up to 10 pages.", None, ""),
    ("p1-ems", "EMS邮政寄递服务点", "EMS post counter", ["EMS", "邮寄", "证件寄递"], "F1", 0.42,
     "办好的证照可在此交寄，寄付或到付。", "Post your documents home.", None, ""),
    ("p1-self", "24小时自助服务区", "24-hour self-service area", ["自助服务区", "自助机", "self-service"], "F1", 0.06,
     "可自助打印社保参保证明、公积金缴存证明、不动产查询结果，港澳台签注自助续签；夜间从东门刷身份证进入。",
     "Print social insurance and housing fund certificates, renew HK/Macao endorsements; open 24 hours.", None, ""),
    ("p1-rest", "等候休息区", "Waiting area", ["等候区", "休息区", "waiting area"], "F1", 0.55,
     "叫号大屏在等候区正前方，提供饮水机。", "Queue screens and water.", None, ""),
    ("p1-park", "地下停车场", "Underground car park", ["停车场", "停车", "parking"], "F1", 0.98,
     "从东侧坡道进入，办事群众前2小时免费，凭窗口盖章停车券。", "Enter from the east ramp; first 2 hours free with a stamped ticket.", None, ""),
    ("p1-help", "咨询导办台", "Help desk", ["咨询台", "导办台", "help desk"], "F1", 0.50,
     "大厅入口正对，有导办人员和志愿者，可借轮椅、老花镜、充电宝。",
     "Opposite the entrance; staff and volunteers, wheelchairs, reading glasses, power banks.", None, ""),
    ("p2-baby", "母婴室", "Nursing room", ["母婴室", "哺乳室", "nursing room"], "F2", 0.90,
     "二楼东侧，有哺乳椅、尿布台和温奶器。", "East side of 2F, with changing table and bottle warmer.", None, ""),
    ("p1-bank", "银行自助缴费区", "Bank and payment area", ["银行网点", "ATM", "缴费机"], "F1", 0.68,
     "有ATM和自助缴费机，可缴纳税费、登记费。", "ATM and payment machines for fees and taxes.", None, ""),
    ("p2-rest", "二楼等候区", "Waiting area (2F)", ["二楼等候区"], "F2", 0.40, "二楼叫号屏和座椅。", "Queue screen and seats on 2F.", None, ""),
    ("p1-kids", "儿童看护角", "Children's corner", ["儿童区", "儿童看护角"], "F1", 0.74,
     "有小滑梯和绘本，家长须陪同。", "Small slide and picture books; parents must stay.", None, ""),
]
places = []
for i, n, en, al, fl, x, no, noen, kind, link in PL:
    p = {"id": i, "name": n, "name_en": en, "aliases": al, "floor": fl, "x": x, "y": 0.78, "notes": no, "notes_en": noen,
         "door": {"x": x, "y": 0.64}}
    if kind:
        p.update(kind=kind, link=link, y=0.22, door={"x": x, "y": 0.36})
    places.append(p)

KIOSK = {"floor": "F1", "x": 0.50, "y": 0.55}


def walk(fl):
    nodes, paths, chain = [], [], []
    pts = [(w["id"], w["door"]["x"]) for w in windows if w["floor"] == fl]
    pts += [(p["id"], p["door"]["x"]) for p in places if p["floor"] == fl]
    if fl != "F1":
        for nid, x, kind, link, nm, nmen in [("lift-e-" + fl, 0.88, "lift", "lift-e", "电梯", "Lifts"),
                                            ("stair-w-" + fl, 0.04, "stairs", "stair-w", "楼梯", "Stairs")]:
            nodes.append({"id": nid, "x": x, "y": 0.30, "kind": kind, "link": link, "name": nm + "（%s）" % fl,
                          "name_en": nmen + " (%s)" % fl})
            pts.append((nid, x))
    else:
        pts.append(("kiosk", KIOSK["x"]))
    for pid, x in pts:
        nodes.append({"id": "c-" + pid, "x": x, "y": 0.50})
        paths.append([pid, "c-" + pid])
    paths.append(["c-" + pid for pid, x in sorted(pts, key=lambda t: t[1])])
    return {"width_m": 72, "height_m": 30, "nodes": nodes, "paths": paths}


cat = {
    "schema_version": 1,
    "hall": {"id": "nn-yjxq-zwfw", "name": "南宁市邕江新区政务服务中心", "name_en": "Yongjiang New District Government Service Centre, Nanning",
             "address": "广西南宁市邕江新区江畔大道168号", "address_en": "168 Jiangpan Avenue, Yongjiang New District, Nanning, Guangxi",
             "hours": "周一至周五 8:30–12:00、14:30–17:30（夏季）；周六上午 9:00–12:00 延时服务（户政、社保、公积金）",
             "hours_en": "Mon–Fri 8:30–12:00, 14:30–17:30; Saturday morning for household, social insurance and housing fund",
             "phone": "0771-12345",
             "floors": [{"id": "F1", "name": "一楼", "name_en": "1F", "walkways": walk("F1")},
                        {"id": "F2", "name": "二楼", "name_en": "2F", "walkways": walk("F2")},
                        {"id": "F3", "name": "三楼", "name_en": "3F", "walkways": walk("F3")}],
             "kiosk": KIOSK},
    "departments": [{"id": i, "name": n, "name_en": e} for i, n, e in DEPTS],
    "windows": windows, "places": places, "services": SVC,
}
with open(os.path.join(HERE, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(cat, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(DEPTS), "departments,", len(SVC), "services,", len(windows), "windows,", len(places), "places")
