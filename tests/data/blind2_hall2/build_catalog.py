# Builds catalog.json and floor SVGs for the fictional 济南市泺川区政务服务中心.
import json, pathlib

OUT = pathlib.Path(__file__).parent

FLOORS = [
    ("F1", "一楼", "Floor 1", "plan-f1.svg"),
    ("F2", "二楼", "Floor 2", "plan-f2.svg"),
    ("F3", "三楼", "Floor 3", "plan-f3.svg"),
]

DEPTS = [
    ("bm-huzheng", "泺川公安分局户政服务窗口", "Household registration (Public Security)"),
    ("bm-churujing", "泺川公安分局出入境接待窗口", "Exit-entry administration"),
    ("bm-shebao", "区社会保险事业中心", "Social insurance centre"),
    ("bm-yibao", "区医疗保障服务窗口", "Medical insurance service"),
    ("bm-gongjijin", "济南住房公积金中心泺川管理部", "Housing provident fund, Luochuan office"),
    ("bm-shichang", "区市场监督管理局登记注册窗口", "Market regulation - business registration"),
    ("bm-shuiwu", "国家税务总局济南市泺川区税务局办税服务厅", "Tax service hall"),
    ("bm-budongchan", "泺川不动产登记分中心", "Real estate registration"),
    ("bm-minzheng", "区民政局（婚姻登记处、社会救助）", "Civil affairs (marriage registry, social assistance)"),
    ("bm-jiuye", "区人才和就业服务中心", "Talent and employment service centre"),
    ("bm-chejia", "泺川交警大队车驾管服务站", "Traffic police vehicle and driver service"),
    ("bm-canlian", "区残疾人联合会", "Disabled Persons' Federation"),
    ("bm-tuiyi", "区退役军人服务中心", "Veterans' service centre"),
]

# window id, floor, zone, zone_en, label, label_en
WINDOWS = [
    ("1-01", "F1", "一楼公安综合区", "Floor 1 police zone", "户政", "Household registration"),
    ("1-02", "F1", "一楼公安综合区", "Floor 1 police zone", "户政", "Household registration"),
    ("1-03", "F1", "一楼公安综合区", "Floor 1 police zone", "户政（身份证）", "ID cards"),
    ("1-04", "F1", "一楼公安综合区", "Floor 1 police zone", "出入境", "Exit-entry"),
    ("1-05", "F1", "一楼公安综合区", "Floor 1 police zone", "出入境", "Exit-entry"),
    ("1-06", "F1", "一楼公安综合区", "Floor 1 police zone", "车驾管", "Vehicles and drivers"),
    ("1-07", "F1", "一楼公安综合区", "Floor 1 police zone", "车驾管", "Vehicles and drivers"),
    ("1-08", "F1", "一楼民生服务区", "Floor 1 livelihood zone", "婚姻登记", "Marriage registry"),
    ("1-09", "F1", "一楼民生服务区", "Floor 1 livelihood zone", "社会救助", "Social assistance"),
    ("1-10", "F1", "一楼民生服务区", "Floor 1 livelihood zone", "残联", "Disability services"),
    ("1-11", "F1", "一楼民生服务区", "Floor 1 livelihood zone", "退役军人", "Veterans"),
    ("2-01", "F2", "二楼人社医保区", "Floor 2 social security zone", "社保综合", "Social insurance"),
    ("2-02", "F2", "二楼人社医保区", "Floor 2 social security zone", "社保综合", "Social insurance"),
    ("2-03", "F2", "二楼人社医保区", "Floor 2 social security zone", "社保卡", "Social security card"),
    ("2-04", "F2", "二楼人社医保区", "Floor 2 social security zone", "医保", "Medical insurance"),
    ("2-05", "F2", "二楼人社医保区", "Floor 2 social security zone", "医保", "Medical insurance"),
    ("2-06", "F2", "二楼人社医保区", "Floor 2 social security zone", "就业人才", "Employment and talent"),
    ("2-07", "F2", "二楼公积金区", "Floor 2 provident fund zone", "公积金提取", "Provident fund withdrawal"),
    ("2-08", "F2", "二楼公积金区", "Floor 2 provident fund zone", "公积金提取", "Provident fund withdrawal"),
    ("2-09", "F2", "二楼公积金区", "Floor 2 provident fund zone", "公积金贷款", "Provident fund loans"),
    ("3-01", "F3", "三楼企业开办区", "Floor 3 business start-up zone", "登记注册", "Business registration"),
    ("3-02", "F3", "三楼企业开办区", "Floor 3 business start-up zone", "登记注册", "Business registration"),
    ("3-03", "F3", "三楼企业开办区", "Floor 3 business start-up zone", "许可审批", "Licences"),
    ("3-04", "F3", "三楼税务区", "Floor 3 tax zone", "办税", "Tax"),
    ("3-05", "F3", "三楼税务区", "Floor 3 tax zone", "办税", "Tax"),
    ("3-06", "F3", "三楼不动产区", "Floor 3 real estate zone", "不动产登记", "Real estate registration"),
    ("3-07", "F3", "三楼不动产区", "Floor 3 real estate zone", "不动产登记", "Real estate registration"),
    ("3-08", "F3", "三楼不动产区", "Floor 3 real estate zone", "不动产查询", "Real estate records"),
]

# place id, floor, name, name_en, aliases, x, notes, kind, link
PLACES = [
    ("cesuo-yilou", "F1", "一楼卫生间", "Floor 1 restrooms", ["公共卫生间", "洗手间", "男厕", "女厕"], 0.93,
     "一楼大厅东侧走廊尽头。", None, ""),
    ("cesuo-wuzhangai", "F1", "无障碍卫生间", "Accessible restroom", ["第三卫生间", "无障碍厕位", "家庭卫生间"], 0.88,
     "一楼东侧，配扶手和紧急呼叫按钮，轮椅可进入。", None, ""),
    ("cesuo-erlou", "F2", "二楼卫生间", "Floor 2 restrooms", ["洗手间", "公共卫生间"], 0.93, "二楼东侧。", None, ""),
    ("cesuo-sanlou", "F3", "三楼卫生间", "Floor 3 restrooms", ["洗手间", "公共卫生间"], 0.93, "三楼东侧。", None, ""),
    ("muying-shi", "F2", "母婴室", "Mother and baby room", ["哺乳室", "母婴关爱室"], 0.86,
     "二楼东侧，设哺乳椅、尿布台、温奶器。", None, ""),
    ("zizhu-fuwuqu", "F1", "24小时自助服务区", "24-hour self-service area", ["自助区", "自助终端", "自助一体机"], 0.06,
     "一楼西门内侧，可自助打印社保参保证明、公积金缴存证明、不动产登记信息查询结果，可自助缴纳医保费。", None, ""),
    ("fuyin-dayin", "F1", "复印打印室", "Copying and printing room", ["复印点", "打印点", "复印机"], 0.14,
     "一楼西侧，办事材料复印免费（每人每次20页以内），可扫描、打印手机里的文件。", None, ""),
    ("paizhao-jian", "F1", "证件照相室", "ID photo booth", ["照相室", "拍照点"], 0.20,
     "一楼西侧，拍摄身份证、护照、驾驶证、社保卡用照片，出具照相回执，每次20元。", None, ""),
    ("zixun-tai", "F1", "综合咨询导服台", "Information desk", ["导服台", "服务台", "前台"], 0.50,
     "一楼大厅正中，导服人员可帮忙取号、填表，提供老花镜、轮椅、雨伞借用。", None, ""),
    ("xiuxi-qu", "F2", "候办休息区", "Waiting lounge", ["等候区", "休息座椅"], 0.50,
     "二楼中庭，设座椅和叫号显示屏。", None, ""),
    ("yinshui-dian", "F2", "饮水点", "Drinking water", ["开水间", "直饮水"], 0.78, "二楼电梯旁，提供冷热直饮水和纸杯。", None, ""),
    ("chongdian-zhan", "F1", "手机充电站", "Phone charging station", ["共享充电", "充电柜"], 0.42,
     "一楼咨询台旁，免费充电柜，支持各类手机接口。", None, ""),
    ("youzheng-jidi", "F1", "邮政寄递服务点", "Postal delivery desk", ["EMS窗口", "证照邮寄"], 0.27,
     "一楼西侧，证件、执照可办理邮寄到家，寄件按邮政标准收费。", None, ""),
    ("tingchechang", "F1", "地下停车场出入口", "Underground car park entrance", ["停车场", "地下车库", "B1停车"], 0.66,
     "一楼大厅南侧电梯可下至B1停车场，办事群众凭叫号单免费停车2小时。", None, ""),
    ("dianti", "F1", "电梯", "Lift", ["直梯", "升降梯"], 0.74, "大厅南侧两部电梯，可达B1至三楼。", "lift", "dianti"),
    ("louti", "F1", "楼梯", "Stairs", ["步梯", "楼梯间"], 0.80, "电梯东侧。", "stairs", "louti"),
]

# Services.  Tuple fields:
# id, dept, prefix, windows, name, name_en, aliases, summary, summary_en, conditions, materials, fee, fee_en,
# time_limit, time_limit_en, notes
# materials: (name, name_en, original, copies, required, note)
M = lambda n, e, orig=True, copies=0, req=True, note="": dict(name=n, name_en=e, original=orig, copies=copies, required=req, note=note)
SFZ = M("本人居民身份证", "Applicant's resident ID card")
HKB = M("户口簿", "Household register booklet")

S = []
def svc(id, dept, prefix, windows, name, name_en, aliases, summary, summary_en, conditions, materials,
        fee="免费", fee_en="Free", tl="即时办结", tl_en="Same day", notes="", online=""):
    S.append(dict(id=id, name=name, name_en=name_en, department=dept, aliases=aliases, summary=summary,
                  summary_en=summary_en, conditions=conditions, materials=materials, windows=windows,
                  queue_prefix=prefix, time_limit=tl, time_limit_en=tl_en, fee=fee, fee_en=fee_en,
                  notes=notes, online=online, updated="2026-10-15"))

HZ = ["1-01", "1-02", "1-03"]
# ---- 户政
svc("huzheng-chusheng-dengji", "bm-huzheng", "H", ["1-01", "1-02"], "出生登记", "Birth registration (hukou for a newborn)",
    ["新生儿入户", "新生儿落户", "出生申报户口"],
    "婴儿出生后在父亲或母亲户口所在地申报常住户口。", "Register a newborn's permanent household residence with a parent's hukou.",
    ["婴儿出生一个月内申报，超期需说明情况", "随父或随母落户自愿选择"],
    [M("出生医学证明", "Medical birth certificate"), M("父母双方居民身份证", "Parents' ID cards"),
     M("落户方户口簿", "Household register of the parent"), M("结婚证", "Marriage certificate", req=False, note="非婚生育的另需提供亲子鉴定等材料")],
    notes="可通过“爱山东”App“新生儿出生一件事”联办，同步办理医保参保、社保卡。")
svc("huzheng-sfz-huanling", "bm-huzheng", "H", ["1-03"], "居民身份证换领（有效期满、证件损坏）", "Renewal of resident ID card (expired or damaged)",
    ["身份证到期换证", "身份证换领", "身份证损坏换领"],
    "居民身份证有效期满前三个月内或证件损坏的，可申请换领新证。", "Renew an ID card that is expiring within three months or damaged.",
    ["在本市有常住户口", "原证有效期将满或已过期、损坏"],
    [M("原居民身份证", "Old ID card"), HKB, M("照相回执", "Photo receipt", req=False, note="可现场拍照")],
    fee="20元（有效期满换领）/ 40元（损坏换领）", fee_en="CNY 20 (expired) / CNY 40 (damaged)", tl="20个工作日", tl_en="20 working days",
    notes="可选择邮寄，领证时可委托他人代领。")
svc("huzheng-sfz-buling", "bm-huzheng", "H", ["1-03"], "居民身份证挂失补领", "Replacement of a lost resident ID card",
    ["身份证遗失补办", "身份证挂失", "补办身份证"],
    "居民身份证遗失或被盗的，先行挂失并申请补领新证，可同时申请临时身份证。", "Report a lost or stolen ID card and apply for a replacement; a temporary ID can be issued.",
    ["在本市有常住户口"], [HKB, M("照相回执", "Photo receipt", req=False, note="可现场拍照")],
    fee="40元；临时身份证10元", fee_en="CNY 40; temporary ID CNY 10", tl="20个工作日（临时身份证3个工作日）", tl_en="20 working days (temporary ID: 3 days)")
svc("huzheng-qianru", "bm-huzheng", "H", ["1-01", "1-02"], "户口迁入登记", "Household registration transfer-in",
    ["户口迁移", "落户", "投靠落户", "购房落户", "人才落户"],
    "符合投靠、购房、就业、人才引进等落户条件的，申请将户口迁入本区。", "Move a hukou into the district under family, home purchase, employment or talent policies.",
    ["符合济南市户口迁移政策规定的落户条件"],
    [SFZ, HKB, M("落户依据材料", "Supporting documents for settlement", note="如房产证、劳动合同、结婚证、学历证书等"),
     M("准迁证明", "Transfer permit", req=False, note="省外迁入时需要")],
    tl="5个工作日", tl_en="5 working days")
svc("huzheng-siwang-zhuxiao", "bm-huzheng", "H", ["1-01", "1-02"], "死亡人员户口注销", "Cancellation of hukou of a deceased person",
    ["死亡注销户口", "销户", "注销户籍"],
    "公民死亡后，由家属持死亡证明到户口所在地注销户口，并缴回居民身份证。", "Relatives cancel the household registration of a deceased person and return the ID card.",
    ["公民死亡后一个月内申报"],
    [M("死亡医学证明或殡葬证明", "Death certificate or cremation certificate"), M("死者户口簿、居民身份证", "Household register and ID card of the deceased"),
     M("申报人居民身份证", "Declarant's ID card")],
    notes="可同时联办社保待遇停发、医保停保，“身后一件事”专窗办理。")
svc("huzheng-juzhuzheng", "bm-huzheng", "H", ["1-02"], "居住证申领", "Residence permit application",
    ["居住证办理", "外地户口居住证", "暂住证"],
    "非本市户籍人员在本区居住半年以上，符合合法稳定就业、住所或连续就读条件之一的，可申领居住证。",
    "Non-local residents who have lived here for six months with a job, home or school can apply for a residence permit.",
    ["已办理居住登记满半年", "有合法稳定就业、合法稳定住所或连续就读之一"],
    [SFZ, M("居住证明", "Proof of residence", note="房屋租赁合同、房产证或单位住宿证明"),
     M("就业或就读证明", "Proof of employment or study", req=False)],
    tl="15个工作日", tl_en="15 working days")
# ---- 出入境
svc("churujing-huzhao", "bm-churujing", "C", ["1-04", "1-05"], "普通护照签发、换发、补发", "Ordinary passport (issue, renewal, replacement)",
    ["护照申请", "办护照", "护照换发", "护照补发"],
    "中国公民因私出国申请普通护照，全国通办。", "Chinese citizens apply for an ordinary passport for private travel; accepted nationwide.",
    ["中国公民", "未满16周岁需监护人陪同"],
    [SFZ, M("出入境证件数字相片回执", "Digital photo receipt", req=False, note="窗口可现场采集"),
     M("原护照", "Previous passport", req=False, note="换发时提交")],
    fee="120元", fee_en="CNY 120", tl="7个工作日", tl_en="7 working days")
svc("churujing-gangao", "bm-churujing", "C", ["1-04", "1-05"], "往来港澳通行证及签注", "Exit-entry permit for Hong Kong and Macao, and endorsements",
    ["港澳通行证", "港澳签注", "去香港澳门"],
    "内地居民前往香港、澳门旅游、探亲、商务等，申请往来港澳通行证及签注。",
    "Mainland residents apply for the Hong Kong/Macao travel permit and endorsements.",
    ["中国内地居民"], [SFZ, M("原往来港澳通行证", "Previous permit", req=False)],
    fee="通行证60元；签注每次15元", fee_en="Permit CNY 60; endorsement CNY 15 each", tl="7个工作日", tl_en="7 working days",
    notes="已有有效证件的再次签注可在自助区签注机办理。")
# ---- 社保
SB = ["2-01", "2-02"]
svc("shebao-ka-shenling", "bm-shebao", "S", ["2-03"], "社会保障卡首次申领", "First issue of social security card",
    ["社保卡申领", "新办社保卡", "第三代社保卡申领"],
    "参保人员首次申领第三代社会保障卡，可即时制卡。", "Apply for a first (third-generation) social security card, made on the spot.",
    ["已在本市参加社会保险或城乡居民医保"], [SFZ, M("监护人身份证及户口簿", "Guardian's ID and household register", req=False, note="16周岁以下办理时提供")],
    notes="社保卡同时具有医保结算、银行账户功能。")
svc("shebao-ka-guashi-buhuan", "bm-shebao", "S", ["2-03"], "社会保障卡挂失、补换", "Reporting loss and replacing social security card",
    ["社保卡挂失", "社保卡补办", "社保卡换卡", "社保卡损坏换卡"],
    "社保卡遗失可电话或窗口挂失，并补办新卡；卡片损坏、芯片失效的可换卡。",
    "Report a lost social security card and get a replacement, or replace a damaged card.",
    ["本人已持有社会保障卡"], [SFZ],
    fee="补卡免费（首次）", fee_en="Free (first replacement)", notes="挂失电话12333。")
svc("shebao-ka-qiyong-mima", "bm-shebao", "S", ["2-03"], "社会保障卡启用及密码重置", "Activating social security card and resetting PIN",
    ["社保卡激活", "社保卡密码重置", "社保卡解锁"],
    "新领社保卡启用社保功能，或密码遗忘、输错锁定后重置服务密码。", "Activate a new card or reset a forgotten or locked PIN.",
    ["持卡人本人到场"], [SFZ, M("社会保障卡", "Social security card")])
svc("shebao-linghuo-canbao", "bm-shebao", "S", SB, "灵活就业人员参保登记", "Social insurance enrolment for flexibly employed persons",
    ["个人参保", "灵活就业参保", "自由职业交社保", "个体户参保"],
    "无雇工的个体工商户、非全日制从业人员及其他灵活就业人员以个人身份参加职工养老、医疗保险。",
    "Self-employed and flexibly employed people enrol in employee pension and medical insurance as individuals.",
    ["年满16周岁未达法定退休年龄", "未在单位参保"], [SFZ, M("银行卡或社保卡（用于扣款）", "Bank or social security card for direct debit")])
svc("shebao-tuixiu-daiyu", "bm-shebao", "S", SB, "职工基本养老保险退休待遇申领", "Claiming basic pension on retirement",
    ["退休办理", "领养老金", "退休待遇核定"],
    "参保人达到法定退休年龄、缴费满15年，申领按月基本养老金。", "Insured persons at statutory retirement age with 15 years of contributions claim a monthly pension.",
    ["达到法定退休年龄", "累计缴费满15年"],
    [SFZ, M("社会保障卡", "Social security card"), M("人事档案", "Personnel file", req=False, note="企业职工由单位或存档机构报送")],
    tl="20个工作日", tl_en="20 working days")
svc("shebao-zhuanyi-jiexu", "bm-shebao", "S", SB, "养老保险关系转移接续", "Transferring pension insurance between cities",
    ["社保转移", "养老保险转入", "社保关系转出"],
    "跨省、跨市流动就业的参保人员，办理基本养老保险关系转入本市。", "People who moved jobs between cities transfer their pension insurance record in.",
    ["已在新参保地参保"], [SFZ, M("参保缴费凭证", "Contribution certificate from the former place", req=False, note="可通过国家社会保险公共服务平台申请")],
    tl="45个工作日（跨省）", tl_en="45 working days (cross-province)")
svc("shebao-sangzang-fuxu", "bm-shebao", "S", SB, "参保人员死亡丧葬补助金、抚恤金申领", "Funeral grant and survivor's pension for deceased insured persons",
    ["丧葬费", "抚恤金", "死亡待遇", "个人账户余额继承"],
    "参保人员因病或非因工死亡的，其遗属申领丧葬补助金、抚恤金及养老保险个人账户余额。",
    "Survivors of a deceased insured person claim the funeral grant, survivor's pension and remaining individual account balance.",
    ["参保人员已死亡", "由直系亲属申请"],
    [M("死亡证明或户口注销证明", "Death certificate or hukou cancellation"), M("申领人身份证", "Applicant's ID card"),
     M("亲属关系证明", "Proof of kinship"), M("申领人银行卡", "Applicant's bank card")],
    tl="15个工作日", tl_en="15 working days")
svc("shebao-canbao-zhengming", "bm-shebao", "S", SB, "社会保险参保缴费证明打印", "Printing social insurance contribution certificate",
    ["参保证明", "社保缴费记录", "社保缴费明细"],
    "打印个人参保缴费证明，用于购房、落户、子女入学等。", "Print a social insurance contribution record for housing, hukou or school enrolment.",
    [], [SFZ], notes="也可在一楼自助服务区或“爱山东”App自助打印。")
# ---- 医保
YB = ["2-04", "2-05"]
svc("yibao-jumin-canbao", "bm-yibao", "Y", YB, "城乡居民基本医疗保险参保登记及缴费", "Urban and rural residents' medical insurance enrolment and payment",
    ["居民医保", "居民医保缴费", "新农合", "学生医保"],
    "未参加职工医保的城乡居民（含学生、儿童、老人）参保登记和年度缴费。",
    "Residents without employee medical insurance (incl. students, children, elderly) enrol and pay the annual premium.",
    ["本市户籍或持本市居住证", "未参加职工基本医疗保险"], [SFZ, HKB],
    fee="按年度个人缴费标准", fee_en="Annual individual premium", notes="集中缴费期每年9月至12月。")
svc("yibao-yidi-beian", "bm-yibao", "Y", YB, "异地就医备案", "Registration for medical treatment in another city",
    ["异地就医登记", "转外就医备案", "异地安置备案", "跨省就医"],
    "异地长期居住、转诊转院或临时外出就医的参保人员，办理异地就医备案后可直接结算。",
    "Insured persons living, referred or temporarily treated in another city register so bills can be settled directly.",
    ["已参加本市基本医疗保险"], [SFZ, M("转诊证明或居住证明", "Referral or proof of residence", req=False)],
    notes="可通过国家医保服务平台App自助备案。")
svc("yibao-menman", "bm-yibao", "Y", YB, "门诊慢特病待遇认定", "Recognition of outpatient chronic and special diseases",
    ["慢性病认定", "门慢", "门特", "慢病卡"],
    "患有高血压、糖尿病等规定病种的参保人申请门诊慢特病待遇，认定后门诊费用按规定报销。",
    "Insured persons with listed chronic diseases apply so that outpatient costs are reimbursed.",
    ["患有规定的门诊慢特病病种"], [SFZ, M("二级以上医院诊断证明及病历", "Diagnosis and medical records from a grade-2+ hospital")],
    tl="15个工作日", tl_en="15 working days")
svc("yibao-lingxing-baoxiao", "bm-yibao", "Y", YB, "零星医疗费用报销", "Manual reimbursement of medical expenses",
    ["手工报销", "医疗费报销", "垫付报销"],
    "因急诊、未备案异地就医等原因全额垫付的医疗费用，持票据申请报销。",
    "Claim reimbursement of medical bills paid in full, e.g. emergencies or unregistered treatment elsewhere.",
    ["费用发生在医保定点医疗机构"],
    [SFZ, M("医疗费用发票原件", "Original medical invoices"), M("费用明细清单", "Itemised bill"),
     M("出院记录或病历", "Discharge summary or records"), M("银行卡", "Bank card")],
    tl="30个工作日", tl_en="30 working days")
svc("yibao-shengyu-jintie", "bm-yibao", "Y", YB, "生育津贴申领", "Maternity allowance claim",
    ["生育保险待遇", "产假工资", "生育报销"],
    "参加职工生育保险的女职工生育后申领生育津贴和生育医疗费用。", "Insured female employees claim maternity allowance and childbirth medical costs.",
    ["用人单位为其连续缴纳生育保险"], [SFZ, M("出生医学证明", "Medical birth certificate"), M("单位申报表", "Employer's application form")],
    tl="20个工作日", tl_en="20 working days", notes="一般由单位经办人统一申报。")
# ---- 公积金
GT = ["2-07", "2-08"]
svc("gjj-tiqu-zufang", "bm-gongjijin", "G", GT, "租赁住房提取住房公积金", "Withdrawing provident fund for rent",
    ["租房提取", "付房租提取"],
    "在本市无自有住房且租房居住的缴存职工，按月或按年提取公积金支付房租。",
    "Contributors who rent and own no home in the city withdraw funds to pay rent.",
    ["本人及配偶在本市无自有住房", "正常缴存满3个月"], [SFZ, M("婚姻状况证明", "Marital status document", req=False)],
    tl="即时办结，资金3个工作日到账", tl_en="Same day; funds within 3 working days")
svc("gjj-tiqu-goufang", "bm-gongjijin", "G", GT, "购买自住住房提取住房公积金", "Withdrawing provident fund for buying a home",
    ["购房提取", "买房提取", "全款购房提取"],
    "购买本市自住住房（新房、二手房）的职工及配偶，凭购房合同和付款凭证提取。",
    "Contributors and spouses who bought a home withdraw with the contract and payment receipts.",
    ["购房合同备案或不动产登记满足条件", "购房后一年内申请"],
    [SFZ, M("购房合同或不动产权证书", "Purchase contract or property certificate"), M("购房发票或付款凭证", "Invoice or payment receipts")],
    tl="3个工作日", tl_en="3 working days")
svc("gjj-tiqu-huandai", "bm-gongjijin", "G", GT, "偿还住房贷款提取住房公积金", "Withdrawing provident fund to repay a housing loan",
    ["还贷提取", "商贷提取", "还房贷提取"],
    "偿还自住住房商业贷款或公积金贷款本息的职工，按年提取或签约按月委托提取。",
    "Contributors repaying a commercial or provident fund mortgage withdraw yearly or monthly.",
    ["贷款用于购买本人或配偶自住住房"],
    [SFZ, M("借款合同", "Loan contract"), M("银行出具的还款明细", "Bank repayment statement")],
    tl="3个工作日", tl_en="3 working days")
svc("gjj-tiqu-tuixiu", "bm-gongjijin", "G", GT, "离退休提取住房公积金", "Withdrawing provident fund on retirement",
    ["退休销户提取", "退休提取"],
    "职工办理离休、退休手续后，可一次性提取住房公积金账户余额并销户。", "After retirement, withdraw the whole balance and close the account.",
    ["已办理离退休手续"], [SFZ, M("退休证或养老金领取证明", "Retirement certificate or pension proof")])
svc("gjj-tiqu-lizhi", "bm-gongjijin", "G", GT, "解除劳动关系提取住房公积金", "Withdrawing provident fund after leaving employment",
    ["离职提取", "辞职提取", "非本市户籍离职提取"],
    "与单位解除劳动关系、账户封存满半年未重新就业的职工，申请提取账户余额。",
    "Contributors whose account has been suspended for six months after leaving a job withdraw the balance.",
    ["账户封存满6个月", "未在异地继续缴存"], [SFZ, M("解除劳动关系证明", "Proof of termination of employment", req=False)],
    tl="3个工作日", tl_en="3 working days")
svc("gjj-tiqu-siwang", "bm-gongjijin", "G", GT, "职工死亡或被宣告死亡提取住房公积金", "Withdrawal of a deceased contributor's provident fund",
    ["死亡提取", "继承提取", "公积金继承"],
    "职工死亡或被宣告死亡的，其继承人或受遗赠人提取账户余额。",
    "Heirs or legatees of a deceased contributor withdraw the remaining balance.",
    ["职工已死亡或被宣告死亡"],
    [M("死亡证明或户口注销证明", "Death certificate or hukou cancellation"), M("继承人身份证", "Heir's ID card"),
     M("继承权公证书或法院判决书", "Notarised inheritance certificate or court judgment")],
    tl="5个工作日", tl_en="5 working days")
svc("gjj-daikuan", "bm-gongjijin", "G", ["2-09"], "住房公积金个人住房贷款", "Provident fund housing loan",
    ["公积金贷款", "公积金按揭", "组合贷款"],
    "连续足额缴存满6个月的职工购买自住住房，申请公积金贷款或组合贷款。",
    "Contributors with six months of continuous payments apply for a provident fund or combined mortgage.",
    ["连续足额缴存满6个月", "无未还清的公积金贷款"],
    [SFZ, M("结婚证或婚姻状况声明", "Marriage certificate or marital status declaration"), M("购房合同", "Purchase contract"),
     M("首付款凭证", "Down payment receipt"), M("收入证明", "Income certificate", req=False)],
    tl="10个工作日", tl_en="10 working days")
# ---- 市场监管
SC = ["3-01", "3-02"]
svc("scjg-getihu-dengji", "bm-shichang", "Q", SC, "个体工商户设立登记", "Registration of an individual business",
    ["个体执照", "个体户注册", "办个体营业执照"],
    "个人从事工商业经营，申请个体工商户营业执照。", "Individuals running a small business register for a business licence.",
    ["有经营能力的自然人", "有固定经营场所"],
    [SFZ, M("经营场所使用证明", "Proof of business premises", note="租赁合同或房产证")],
    tl="1个工作日", tl_en="1 working day", online="可通过山东省企业开办“一窗通”平台网上申请")
svc("scjg-gongsi-sheli", "bm-shichang", "Q", SC, "公司设立登记", "Company incorporation",
    ["企业开办", "公司注册", "新设有限公司"],
    "申请设立有限责任公司、股份有限公司，同步领取营业执照、刻章、申领发票。",
    "Incorporate a company; licence, seals and invoices are handled together.",
    ["名称自主申报通过", "有公司住所"],
    [M("公司登记（备案）申请书", "Company registration application"), M("公司章程", "Articles of association"),
     M("股东、法定代表人身份证明", "ID of shareholders and legal representative"), M("住所使用证明", "Proof of registered address")],
    tl="1个工作日", tl_en="1 working day")
svc("scjg-biangeng", "bm-shichang", "Q", SC, "营业执照变更登记", "Amending business licence details",
    ["执照变更", "变更法人", "变更经营范围", "变更地址"],
    "企业或个体户名称、住所、经营范围、法定代表人等事项发生变化的，申请变更登记。",
    "Update name, address, business scope or legal representative on a business licence.",
    ["登记事项发生变化之日起30日内"],
    [M("变更登记申请书", "Amendment application"), M("营业执照正副本", "Business licence original and duplicate"),
     M("相关决议或证明文件", "Resolutions or supporting documents")],
    tl="1个工作日", tl_en="1 working day")
svc("scjg-zhuxiao", "bm-shichang", "Q", SC, "企业、个体工商户注销登记", "Deregistration of a company or individual business",
    ["执照注销", "简易注销", "关门不干了注销"],
    "停止经营的企业、个体户办理注销登记，符合条件的可适用简易注销。",
    "Businesses that stop trading deregister; simplified deregistration where eligible.",
    ["已清税、无未结清债务"], [M("注销登记申请书", "Deregistration application"), M("营业执照正副本", "Business licence"),
                      M("清税证明", "Tax clearance certificate", req=False)],
    tl="3个工作日", tl_en="3 working days")
svc("scjg-shipin-xuke", "bm-shichang", "Q", ["3-03"], "食品经营许可证核发", "Food business licence",
    ["食品经营许可", "开饭店许可证", "餐饮许可证"],
    "从事食品销售、餐饮服务的经营者申请食品经营许可证。", "Food sellers and restaurants apply for a food business licence.",
    ["已取得营业执照", "有与经营品种相适应的场所、设施"],
    [M("食品经营许可申请书", "Application form"), M("营业执照", "Business licence"),
     M("经营场所平面图和设备布局图", "Floor plan and equipment layout"), M("食品安全管理制度", "Food safety rules")],
    tl="10个工作日", tl_en="10 working days")
# ---- 税务
SW = ["3-04", "3-05"]
svc("shuiwu-daikai-fapiao", "bm-shuiwu", "T", SW, "代开增值税发票", "Issuing VAT invoices on behalf of taxpayers",
    ["代开发票", "个人开发票", "自然人代开"],
    "自然人或未领用发票的纳税人发生应税行为，申请税务机关代开发票。",
    "Individuals or taxpayers without their own invoices ask the tax office to issue one.",
    ["发生应税销售行为"], [SFZ, M("合同或交易证明", "Contract or proof of transaction")],
    fee="免费（按规定缴纳相应税款）", fee_en="Free (applicable taxes payable)", online="可在电子税务局或个人所得税App申请")
svc("shuiwu-geshui-huisuan", "bm-shuiwu", "T", SW, "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation",
    ["个税汇算", "个税退税", "个人所得税年度申报"],
    "纳税人每年3月1日至6月30日办理上一年度综合所得汇算清缴，多退少补。",
    "Each year from 1 March to 30 June, settle last year's comprehensive income tax: refund or pay the difference.",
    ["取得综合所得的居民个人"], [SFZ, M("银行卡（退税用）", "Bank card for refund", req=False)],
    notes="推荐使用“个人所得税”App自行办理，窗口提供辅导。")
svc("shuiwu-fangchan-jiaoshui", "bm-shuiwu", "T", ["3-06", "3-07"], "存量房交易税费申报缴纳", "Tax payment for resale home transactions",
    ["二手房缴税", "契税缴纳", "房屋交易缴税"],
    "二手房买卖双方在不动产区税务窗口申报缴纳契税、增值税、个人所得税等。",
    "Buyers and sellers of resale homes declare and pay deed tax and related taxes.",
    ["已签订存量房买卖合同"], [M("买卖双方身份证", "ID cards of buyer and seller"), M("存量房买卖合同", "Sale contract"),
                      M("不动产权证书", "Property certificate")],
    fee="按税法规定计征", fee_en="As provided by tax law", notes="与不动产转移登记“一窗受理”。")
# ---- 不动产
BDC = ["3-06", "3-07"]
svc("bdc-zhuanyi-maimai", "bm-budongchan", "B", BDC, "存量房买卖转移登记", "Transfer registration for resale home purchase",
    ["二手房过户", "房屋过户", "转移登记"],
    "二手房买卖后办理不动产转移登记，买方领取新的不动产权证书。",
    "After a resale purchase, register the transfer and the buyer receives a new property certificate.",
    ["已完税", "房屋无查封"], [M("买卖双方身份证", "ID cards of buyer and seller"), M("不动产权证书", "Property certificate"),
                      M("存量房买卖合同", "Sale contract"), M("婚姻状况证明", "Marital status documents")],
    fee="住宅80元/件", fee_en="CNY 80 per residential unit", tl="1个工作日", tl_en="1 working day")
svc("bdc-diya", "bm-budongchan", "B", BDC, "不动产抵押登记（设立、注销）", "Mortgage registration (creation and cancellation)",
    ["抵押登记", "解押", "房贷还清注销抵押", "抵押注销"],
    "办理房屋抵押权设立登记，或贷款还清后注销抵押登记。", "Register a mortgage, or cancel it after the loan is repaid.",
    ["有抵押合同或银行出具的解押证明"],
    [M("抵押人身份证", "Mortgagor's ID card"), M("不动产权证书", "Property certificate"), M("抵押合同或解押证明", "Mortgage contract or release letter")],
    fee="设立80元/件，注销免费", fee_en="Creation CNY 80; cancellation free", tl="1个工作日", tl_en="1 working day",
    notes="多数银行可在银行网点直接办理。")
svc("bdc-jicheng", "bm-budongchan", "B", BDC, "继承、受遗赠不动产转移登记", "Transfer registration by inheritance or bequest",
    ["房产继承", "遗产过户", "继承过户"],
    "被继承人死亡后，继承人办理房屋等不动产转移登记。", "Heirs register the transfer of property after the owner's death.",
    ["被继承人已死亡", "继承人之间无争议或已有生效法律文书"],
    [M("被继承人死亡证明", "Death certificate of the deceased"), M("继承人身份证及亲属关系证明", "Heirs' IDs and proof of kinship"),
     M("不动产权证书", "Property certificate"), M("继承权公证书或法院判决书", "Notarised inheritance certificate or judgment", req=False)],
    fee="住宅80元/件", fee_en="CNY 80 per residential unit", tl="5个工作日", tl_en="5 working days")
svc("bdc-xinxi-chaxun", "bm-budongchan", "B", ["3-08"], "不动产登记资料查询", "Real estate registration record search",
    ["房产证明", "有房无房证明", "房产查档", "不动产登记信息查询"],
    "权利人查询本人名下不动产登记信息，出具查询结果证明（有房/无房证明）。",
    "Owners search their property records and obtain a certificate (incl. proof of owning no property).",
    [], [SFZ], notes="一楼自助服务区可自助打印。")
svc("bdc-buzheng", "bm-budongchan", "B", BDC, "不动产权证书遗失补证", "Replacing a lost property certificate",
    ["房产证丢失补办", "补发房产证", "不动产证补证"],
    "不动产权证书遗失、灭失的，经公告后补发新证书。", "A lost property certificate is replaced after public notice.",
    ["证书遗失、灭失"], [SFZ, M("遗失声明", "Declaration of loss")],
    fee="免费", fee_en="Free", tl="公告15个工作日后办结", tl_en="After 15 working days' public notice")
# ---- 民政
svc("mz-jiehun-dengji", "bm-minzheng", "M", ["1-08"], "结婚登记", "Marriage registration",
    ["领结婚证", "婚姻登记", "登记结婚"],
    "男女双方共同到婚姻登记处申请结婚登记，现场领取结婚证。", "Both parties register their marriage and receive certificates on the spot.",
    ["男满22周岁、女满20周岁", "双方自愿", "双方均无配偶"],
    [M("双方居民身份证", "Both parties' ID cards"), M("双方近期半身免冠合影照片", "Recent joint photos", copies=3, note="2寸红底，现场可拍")],
    fee="免费", notes="全国通办，可预约“爱山东”婚姻登记。")
svc("mz-lihun-dengji", "bm-minzheng", "M", ["1-08"], "离婚登记", "Divorce registration",
    ["协议离婚", "离婚冷静期", "领离婚证"],
    "自愿离婚的夫妻共同申请离婚登记，经30日冷静期后再共同到场领取离婚证。",
    "Couples agreeing to divorce apply together; after a 30-day cooling-off period they return for the certificate.",
    ["双方自愿并对子女和财产问题已有适当处理"],
    [M("双方居民身份证、户口簿", "Both parties' IDs and household registers"), M("结婚证", "Marriage certificates"),
     M("离婚协议书", "Divorce agreement", copies=3)],
    tl="冷静期满后30日内领证", tl_en="Certificate within 30 days after the cooling-off period")
svc("mz-dibao", "bm-minzheng", "M", ["1-09"], "最低生活保障申请", "Minimum living allowance (dibao) application",
    ["低保", "城乡低保", "低保户申请"],
    "家庭人均收入低于当地低保标准且财产符合规定的，申请最低生活保障金。",
    "Families whose income per head is below the local standard apply for the minimum living allowance.",
    ["本区户籍", "家庭人均收入低于低保标准", "家庭财产状况符合规定"],
    [M("户口簿、身份证", "Household register and IDs"), M("家庭经济状况核对授权书", "Authorisation for financial check"),
     M("残疾、疾病等证明", "Disability or illness documents", req=False)],
    tl="30个工作日", tl_en="30 working days", notes="也可向户籍所在街道提出申请。")
svc("mz-gaoling-jintie", "bm-minzheng", "M", ["1-09"], "高龄津贴申领", "Old-age allowance for the very elderly",
    ["老年补贴", "高龄补贴", "八十岁补贴"],
    "本区户籍80周岁以上老年人按月申领高龄津贴。", "Local residents aged 80 and over claim a monthly allowance.",
    ["本区户籍", "年满80周岁"], [SFZ, HKB, M("社会保障卡或银行卡", "Social security or bank card")],
    tl="15个工作日", tl_en="15 working days", notes="行动不便的可由社区上门代办。")
# ---- 就业人才
JY = ["2-06"]
svc("jiuye-shiye-baoxianjin", "bm-jiuye", "J", JY, "失业保险金申领", "Unemployment insurance benefit claim",
    ["失业金", "领失业保险", "失业登记"],
    "非因本人意愿中断就业、失业保险缴费满1年的人员，办理失业登记并申领失业保险金。",
    "People who lost their job involuntarily after one year of contributions register and claim unemployment benefit.",
    ["非因本人意愿中断就业", "缴纳失业保险满1年", "有求职要求"], [SFZ, M("社会保障卡", "Social security card")],
    notes="线上可通过“爱山东”App或支付宝申领。")
svc("jiuye-chuangye-daikuan", "bm-jiuye", "J", JY, "创业担保贷款申请", "Business start-up guaranteed loan",
    ["创业贷款", "贴息贷款", "创业补贴"],
    "符合条件的个人创业者和小微企业申请创业担保贷款及财政贴息。", "Eligible entrepreneurs and small firms apply for guaranteed loans with interest subsidy.",
    ["已办理营业执照", "属于高校毕业生、退役军人、失业人员等重点群体"],
    [SFZ, M("营业执照", "Business licence"), M("创业项目计划书", "Business plan")],
    tl="15个工作日", tl_en="15 working days")
svc("jiuye-dangan", "bm-jiuye", "J", JY, "流动人员人事档案管理服务", "Personnel file services for non-employed persons",
    ["档案存放", "档案转递", "调档", "开具存档证明"],
    "提供流动人员人事档案接收、转递、查阅和存档证明出具服务。", "Receive, transfer and consult personnel files and issue filing certificates.",
    [], [SFZ, M("调档函", "File transfer letter", req=False, note="转出时需要")], tl="5个工作日", tl_en="5 working days")
svc("jiuye-biyesheng-baodao", "bm-jiuye", "J", JY, "高校毕业生就业报到", "Graduate employment registration",
    ["毕业生报到", "报到证", "派遣"],
    "高校毕业生到本区就业或回原籍的，办理报到手续和档案接收。", "Graduates working in or returning to the district register and have their files received.",
    ["毕业两年内"], [SFZ, M("毕业证书", "Diploma"), M("就业协议或劳动合同", "Employment agreement", req=False)])
# ---- 车驾管
CJ = ["1-06", "1-07"]
svc("chejia-jiazhao-huanbu", "bm-chejia", "V", CJ, "机动车驾驶证换证、补证", "Driving licence renewal and replacement",
    ["驾照到期换证", "驾驶证遗失补领", "驾照补办"],
    "驾驶证有效期满、信息变化或遗失损毁的，申请换领或补领驾驶证。", "Renew an expiring driving licence or replace a lost or damaged one.",
    ["驾驶证有效期满前90日内申请换证"],
    [SFZ, M("身体条件证明", "Medical fitness certificate", req=False, note="年满60周岁或申请C1以外准驾车型需要"), M("原驾驶证", "Old licence", req=False)],
    fee="10元", fee_en="CNY 10", online="可通过“交管12123”App办理")
svc("chejia-weifa-chuli", "bm-chejia", "V", CJ, "交通违法处理及罚款缴纳", "Handling traffic violations and paying fines",
    ["违章处理", "交通违法缴款", "罚单处理"],
    "处理电子监控记录的交通违法行为，缴纳罚款、记分。", "Process camera-recorded traffic violations and pay fines.",
    ["违法行为人本人或机动车所有人"], [M("驾驶证", "Driving licence"), M("行驶证", "Vehicle licence")],
    fee="按处罚决定缴纳罚款", fee_en="Fine as decided", online="可通过“交管12123”App处理")
svc("chejia-jianyan-biaozhi", "bm-chejia", "V", CJ, "机动车检验合格标志核发", "Issuing vehicle inspection compliance marks",
    ["年检标志", "车辆年审", "六年免检领标"],
    "机动车检验合格或符合免检条件的，核发检验合格标志（电子凭证）。",
    "Issue the inspection mark (electronic) for vehicles that passed inspection or are exempt.",
    ["交通违法和事故已处理完毕", "交强险在有效期内"], [M("行驶证", "Vehicle licence"), M("交强险保单", "Compulsory insurance policy")])
# ---- 残联
svc("canlian-canjirenzheng", "bm-canlian", "D", ["1-10"], "残疾人证新办、换领", "Disability certificate application and renewal",
    ["残疾证办理", "残疾评定", "办残疾证"],
    "本区户籍残疾人经指定医院评定后申领第三代智能化残疾人证。",
    "Residents with disabilities obtain the disability certificate after assessment at a designated hospital.",
    ["本区户籍", "符合残疾标准"], [SFZ, HKB, M("近期2寸白底彩色照片", "Recent photos", copies=3)],
    tl="评定后15个工作日", tl_en="15 working days after assessment", notes="行动不便者可申请上门评残。")
svc("canlian-fuju-shipei", "bm-canlian", "D", ["1-10"], "残疾人辅助器具适配", "Assistive devices for people with disabilities",
    ["辅具申请", "轮椅申请", "助听器补贴"],
    "持证残疾人申请轮椅、助行器、助听器等辅助器具的免费适配或补贴。",
    "Certified people with disabilities apply for free or subsidised wheelchairs, walkers, hearing aids.",
    ["持有残疾人证"], [M("残疾人证", "Disability certificate"), SFZ])
# ---- 退役军人
svc("tuiyi-youdaizheng", "bm-tuiyi", "R", ["1-11"], "退役军人优待证申领", "Veterans' preferential treatment card",
    ["优待证", "军人优待证"],
    "退役军人和其他优抚对象申领优待证，享受交通、景区等优待。",
    "Veterans and other entitled persons apply for the preferential treatment card.",
    ["已采集退役军人信息"], [SFZ, M("退役证件", "Discharge certificate"), M("近期免冠照片", "Recent photo", req=False)],
    tl="60个工作日（制证）", tl_en="60 working days (card production)")
svc("tuiyi-baodao", "bm-tuiyi", "R", ["1-11"], "退役士兵报到及安置", "Registration and placement of discharged soldiers",
    ["退伍报到", "退伍安置", "自主就业退役士兵一次性经济补助"],
    "退役士兵在规定时间内持退役证件报到，办理安置和一次性经济补助。",
    "Discharged soldiers report with their papers and arrange placement and lump-sum benefits.",
    ["退出现役30日内报到"], [M("退役证件", "Discharge certificate"), M("介绍信", "Letter of introduction"), HKB])


def layout():
    """x positions of windows per floor."""
    pos = {}
    for f in ("F1", "F2", "F3"):
        ws = [w for w in WINDOWS if w[1] == f]
        n = len(ws)
        for i, w in enumerate(ws):
            pos[w[0]] = round(0.08 + i * (0.78 / max(n - 1, 1)), 4)
    return pos


def build():
    pos = layout()
    windows = []
    for wid, f, zone, zone_en, label, label_en in WINDOWS:
        x = pos[wid]
        windows.append(dict(id=wid, floor=f, zone=zone, zone_en=zone_en, x=x, y=0.15, label=label, label_en=label_en,
                            door=dict(x=x, y=0.25)))
    places = []
    for pid, f, name, name_en, aliases, x, notes, kind, link in PLACES:
        p = dict(id=pid, name=name, name_en=name_en, aliases=aliases, floor=f, x=x, y=0.85, notes=notes,
                 door=dict(x=x, y=0.72))
        if kind:
            p["kind"] = kind
            p["link"] = link
        places.append(p)
    kiosk = dict(floor="F1", x=0.56, y=0.6)
    floors = []
    for fid, name, name_en, svg in FLOORS:
        nodes, paths, spine = [], [], []
        items = [(w["id"], w["door"]["x"]) for w in windows if w["floor"] == fid] + \
                [(p["id"], p["door"]["x"]) for p in places if p["floor"] == fid]
        if fid == "F1":
            items.append(("kiosk", kiosk["x"]))
        else:
            # lift and stairs stops on upper floors
            for pid, kind, link, x in (("dianti", "lift", "dianti", 0.74), ("louti", "stairs", "louti", 0.80)):
                sid = f"{pid}-{fid.lower()}"
                nodes.append(dict(id=sid, x=x, y=0.85, kind=kind, link=link, name=f"{'电梯' if kind == 'lift' else '楼梯'}（{name}）",
                                  name_en=f"{'Lift' if kind == 'lift' else 'Stairs'} ({name_en})"))
                items.append((sid, x))
        for ref, x in items:
            cid = f"c-{ref}"
            nodes.append(dict(id=cid, x=x, y=0.45))
            paths.append([ref, cid])
            spine.append((x, cid))
        spine.sort()
        paths.append([c for _, c in spine])
        floors.append(dict(id=fid, name=name, name_en=name_en, map=svg,
                           walkways=dict(width_m=64, height_m=32, nodes=nodes, paths=paths)))
        write_svg(svg, fid, name, name_en, windows, places, kiosk if fid == "F1" else None)
    cat = dict(
        schema_version=1,
        hall=dict(id="jn-luochuan-zwzx", name="济南市泺川区政务服务中心", name_en="Luochuan District Government Service Centre, Jinan",
                  address="山东省济南市泺川区泺源北路166号", address_en="166 Luoyuan North Road, Luochuan District, Jinan, Shandong",
                  hours="周一至周五 9:00–12:00、13:00–17:00；周六上午 9:00–12:00（仅户政、社保、医保）",
                  hours_en="Mon–Fri 9:00–12:00, 13:00–17:00; Sat 9:00–12:00 (household, social and medical insurance only)",
                  phone="0531-8790 6123", floors=floors, kiosk=kiosk),
        departments=[dict(id=i, name=n, name_en=e) for i, n, e in DEPTS],
        windows=windows, places=places, services=S)
    (OUT / "catalog.json").write_text(json.dumps(cat, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(S), "services", len(places), "places", len(windows), "windows", len(DEPTS), "departments")


def write_svg(fn, fid, name, name_en, windows, places, kiosk):
    W, H = 1600, 800
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
           f'<rect width="{W}" height="{H}" fill="#f7f9fb"/>',
           f'<rect x="10" y="10" width="{W-20}" height="{H-20}" fill="none" stroke="#34495e" stroke-width="8"/>',
           f'<rect x="40" y="{0.40*H}" width="{W-80}" height="{0.10*H}" fill="#e3ebf2"/>',
           f'<text x="{W/2}" y="{0.47*H}" font-family="Noto Sans CJK SC" font-size="26" fill="#34495e" text-anchor="middle">{name} {name_en}</text>']
    for w in windows:
        if w["floor"] != fid:
            continue
        x, y = w["x"] * W, w["y"] * H
        out.append(f'<rect x="{x-40}" y="{y-35}" width="80" height="70" rx="6" fill="#fff" stroke="#34495e" stroke-width="3"/>')
        out.append(f'<text x="{x}" y="{y+8}" font-family="Noto Sans CJK SC" font-size="22" font-weight="bold" fill="#1f2d3a" text-anchor="middle">{w["id"]}</text>')
    for p in places:
        if p["floor"] != fid:
            continue
        x, y = p["x"] * W, p["y"] * H
        out.append(f'<circle cx="{x}" cy="{y}" r="22" fill="#d6eadf" stroke="#2e7d4f" stroke-width="3"/>')
        out.append(f'<text x="{x}" y="{y+45}" font-family="Noto Sans CJK SC" font-size="16" fill="#2e7d4f" text-anchor="middle">{p["name"]}</text>')
    if kiosk:
        x, y = kiosk["x"] * W, kiosk["y"] * H
        out.append(f'<circle cx="{x}" cy="{y}" r="14" fill="#c0392b"/>')
        out.append(f'<text x="{x}" y="{y-22}" font-family="Noto Sans CJK SC" font-size="18" fill="#c0392b" text-anchor="middle">您在这里 You are here</text>')
    out.append("</svg>")
    (OUT / fn).write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    build()
