"""Generates catalog.json and the floor-plan SVGs of hall9 (fictional 深圳市澜湾区禾岭街道)."""
import json, pathlib
HERE = pathlib.Path(__file__).parent

def M(name, en, required=True, original=True, copies=0, note="", note_en=""):
    return dict(name=name, name_en=en, original=original, copies=copies, required=required, note=note, note_en=note_en)

# ---------------- departments ----------------
DEPTS = [
    ("bm-huzheng", "禾岭派出所户政室", "Heling Police Station household registration office"),
    ("bm-renshe", "街道人力资源和社会保障服务站", "Human resources and social security station"),
    ("bm-yibao", "医疗保障服务站", "Medical insurance service station"),
    ("bm-gjj", "住房公积金管理中心澜湾服务点", "Housing Provident Fund service point"),
    ("bm-shichang", "市场监督管理所", "Market regulation office"),
    ("bm-shuiwu", "税务分局办税服务厅", "Tax service office"),
    ("bm-minzheng", "民政和残联服务站", "Civil affairs and disabled persons' federation station"),
    ("bm-weijian", "卫生健康办", "Health office"),
    ("bm-zhujian", "住房保障与教育服务站", "Housing security and education service station"),
    ("bm-zonghe", "综合受理（一窗通办）", "General intake (one-window service)"),
]

# ---------------- windows ----------------
# id scheme: ck<floor>-<nn>
WIN = [
    # floor 1
    ("ck1-01", "lv1", "一楼户政区", "Floor 1 household area", "户政·身份证", "Household / ID card"),
    ("ck1-02", "lv1", "一楼户政区", "Floor 1 household area", "户政·入户迁移", "Household / hukou moves"),
    ("ck1-03", "lv1", "一楼户政区", "Floor 1 household area", "居住证·境外人员登记", "Residence permit / foreigners' registration"),
    ("ck1-04", "lv1", "一楼户政区", "Floor 1 household area", "出入境·证明开具", "Exit-entry / certificates"),
    ("ck1-05", "lv1", "一楼民生区", "Floor 1 welfare area", "民政·社会救助", "Civil affairs / assistance"),
    ("ck1-06", "lv1", "一楼民生区", "Floor 1 welfare area", "残联·长者服务", "Disability / senior services"),
    ("ck1-07", "lv1", "一楼综合区", "Floor 1 general area", "综合受理·一窗通办", "General intake"),
    # floor 2
    ("ck2-01", "lv2", "二楼社保区", "Floor 2 social insurance area", "社保参保·转移", "Social insurance enrolment / transfer"),
    ("ck2-02", "lv2", "二楼社保区", "Floor 2 social insurance area", "社保待遇·社保卡", "Social insurance benefits / card"),
    ("ck2-03", "lv2", "二楼社保区", "Floor 2 social insurance area", "就业创业·劳动保障", "Employment / labour protection"),
    ("ck2-04", "lv2", "二楼医保区", "Floor 2 medical insurance area", "医保窗口", "Medical insurance"),
    ("ck2-05", "lv2", "二楼医保区", "Floor 2 medical insurance area", "医保·生育", "Medical insurance / maternity"),
    ("ck2-06", "lv2", "二楼公积金区", "Floor 2 provident fund area", "公积金提取", "Provident fund withdrawals"),
    ("ck2-07", "lv2", "二楼公积金区", "Floor 2 provident fund area", "公积金缴存·贷款", "Provident fund deposits / loans"),
    ("ck2-08", "lv2", "二楼卫健区", "Floor 2 health area", "卫健·生育登记", "Health / birth registration"),
    # floor 3
    ("ck3-01", "lv3", "三楼商事登记区", "Floor 3 business registration area", "个体户·企业登记", "Sole traders / company registration"),
    ("ck3-02", "lv3", "三楼商事登记区", "Floor 3 business registration area", "变更·注销登记", "Changes / deregistration"),
    ("ck3-03", "lv3", "三楼商事登记区", "Floor 3 business registration area", "食品经营许可", "Food business licence"),
    ("ck3-04", "lv3", "三楼办税区", "Floor 3 tax area", "办税·新办纳税人", "Tax / new taxpayers"),
    ("ck3-05", "lv3", "三楼办税区", "Floor 3 tax area", "办税·发票与证明", "Tax / invoices and certificates"),
    ("ck3-06", "lv3", "三楼住房教育区", "Floor 3 housing and education area", "住房保障·学位", "Public housing / school places"),
]

# ---------------- services ----------------
S = []
def svc(id, name, name_en, dept, aliases, summary, summary_en, conditions, conditions_en, materials, windows, q,
        time_limit, time_limit_en, fee="免费", fee_en="Free", online="", online_en="", notes="", notes_en="", appointment="", appointment_en=""):
    S.append(dict(id=id, name=name, name_en=name_en, department=dept, aliases=aliases, summary=summary, summary_en=summary_en,
                  conditions=conditions, conditions_en=conditions_en, materials=materials, windows=windows, queue_prefix=q,
                  time_limit=time_limit, time_limit_en=time_limit_en, fee=fee, fee_en=fee_en, hours=None,
                  appointment=appointment, appointment_en=appointment_en, online=online, online_en=online_en,
                  notes=notes, notes_en=notes_en, updated="2026-11-15"))

ID = M("本人居民身份证", "Applicant's resident ID card")
HK = M("户口簿", "Household register (hukou booklet)")
JZZ = M("深圳经济特区居住证", "Shenzhen residence permit")
IGS = "可在'i深圳'App或广东政务服务网办理"
IGS_EN = "Also available in the i-Shenzhen app or the Guangdong government service portal"

# --- 户政 / 身份证 ---
svc("k9-hz-sfzbl", "居民身份证遗失补领", "Replacing a lost resident ID card", "bm-huzheng",
    ["身份证不见了", "补身份证", "身份证被偷", "lost ID card"],
    "身份证遗失或被盗后到户政窗口申请补领，现场采集照片和指纹。", "Apply for a replacement after your ID card is lost or stolen; photo and fingerprints are taken on site.",
    ["本市户籍或在深圳居住的外省户籍居民（异地补领）"], ["Shenzhen hukou holders, or residents from other provinces (cross-region replacement)"],
    [HK, M("数码照片回执", "Digital photo receipt", required=False, note="窗口旁可现场拍照", note_en="Photos can be taken next to the window")],
    ["ck1-01"], "A", "20个工作日", "20 working days", "40元", "CNY 40", IGS, IGS_EN,
    "急用乘机乘车可当场开具临时身份证明。", "A temporary identity certificate for travel can be issued on the spot.")
svc("k9-hz-sfzhl", "居民身份证有效期满换领", "Renewing an expired resident ID card", "bm-huzheng",
    ["身份证过期", "换新身份证", "身份证快到期", "renew ID card"],
    "身份证有效期满前三个月起可申请换领。", "You may renew from three months before your ID card expires.",
    ["身份证有效期即将届满或已届满"], ["The ID card is about to expire or has expired"],
    [M("原居民身份证", "Old ID card"), HK],
    ["ck1-01"], "A", "20个工作日", "20 working days", "20元", "CNY 20", IGS, IGS_EN)
svc("k9-hz-linshi", "临时居民身份证申领", "Temporary resident ID card", "bm-huzheng",
    ["临时身份证", "急用身份证", "temporary ID"],
    "正式证件未制作完成期间急需使用的，可申领有效期三个月的临时身份证。", "If you urgently need ID while your card is being made, a 3-month temporary ID card can be issued.",
    ["已申请补领或换领居民身份证"], ["You have applied for a replacement or renewal"],
    [HK, M("身份证受理回执", "ID card application receipt")],
    ["ck1-01"], "A", "1个工作日", "1 working day", "10元", "CNY 10")

# --- 入户 family ---
svc("k9-rh-xinsheng", "新生儿出生入户", "Registering a newborn's hukou", "bm-huzheng",
    ["宝宝上户口", "小孩报户口", "出生登记户口", "newborn hukou"],
    "婴儿出生后，父母一方为深圳户籍的，可申报出生户口。", "If one parent has Shenzhen hukou, the newborn can be registered.",
    ["父母一方为本市户籍", "持有出生医学证明"], ["One parent holds Shenzhen hukou", "A Medical Birth Certificate is available"],
    [M("出生医学证明", "Medical Birth Certificate"), M("父母双方户口簿和身份证", "Both parents' hukou booklets and ID cards"),
     M("父母结婚证", "Parents' marriage certificate", required=False, note="非婚生育的提供情况说明", note_en="If unmarried, a written statement instead")],
    ["ck1-02"], "A", "即时办结", "Same day", online=IGS, online_en=IGS_EN)
svc("k9-rh-jifen", "纯积分入户申请", "Points-based hukou transfer (pure points scheme)", "bm-renshe",
    ["积分落户", "积分入深户", "入深户排名", "points-based hukou"],
    "按年度纯积分入户政策，在线申报后凭通知到窗口核验材料。", "Apply online under the annual points scheme, then bring documents for checking when notified.",
    ["持有效深圳居住证", "在深缴纳社保满规定年限", "年龄和学历符合当年公告要求"], ["Valid Shenzhen residence permit", "Required years of social insurance in Shenzhen", "Age and education meet the annual notice"],
    [ID, JZZ, M("学历或技能证书", "Education or skill certificates"), M("社保缴费明细", "Social insurance payment record", original=False, copies=1)],
    ["ck2-01", "ck1-02"], "B", "以当年公告为准", "Per the annual notice", online="须先在深圳人才引进业务服务平台网上申报", online_en="Apply first on the Shenzhen talent introduction platform")
svc("k9-rh-rencai", "人才引进入户（学历、职称类）", "Talent hukou transfer (degree / title)", "bm-renshe",
    ["人才入户", "本科入户", "职称入户", "talent hukou"],
    "具备规定学历或职称的人员可申请核准入户。", "People with a qualifying degree or professional title can apply for hukou.",
    ["全日制本科及以上学历或中级以上职称", "在深缴纳社保"], ["Full-time bachelor's degree or above, or intermediate title", "Paying social insurance in Shenzhen"],
    [ID, M("学历学位证书", "Degree certificates"), M("职称证书", "Title certificate", required=False)],
    ["ck2-01"], "B", "10个工作日", "10 working days", online="深圳人才引进业务服务平台", online_en="Shenzhen talent introduction platform")
svc("k9-rh-biye", "应届毕业生接收入户", "Hukou for new graduates", "bm-renshe",
    ["毕业生落户", "刚毕业入户", "毕业生报到"],
    "毕业两年内的高校毕业生可申请接收入户。", "Graduates within two years of graduation can apply.",
    ["毕业两年内", "全日制大专及以上"], ["Within two years of graduating", "Full-time college diploma or above"],
    [ID, M("毕业证书", "Graduation certificate"), M("报到证或就业协议", "Employment agreement", required=False)],
    ["ck2-01"], "B", "10个工作日", "10 working days")
svc("k9-rh-fuqi", "夫妻投靠入户", "Hukou transfer to join a spouse", "bm-huzheng",
    ["随配偶入户", "老婆入深户", "配偶迁入"],
    "配偶一方为深圳户籍且婚姻满规定年限的，可申请投靠入户。", "If your spouse has Shenzhen hukou and you've been married the required years, you can join them.",
    ["结婚满规定年限", "配偶为本市户籍"], ["Married for the required number of years", "Spouse has Shenzhen hukou"],
    [ID, HK, M("结婚证", "Marriage certificate"), M("配偶户口簿", "Spouse's hukou booklet")],
    ["ck1-02"], "A", "20个工作日", "20 working days")
svc("k9-rh-suiqian", "老人随迁入户", "Hukou transfer for elderly parents", "bm-huzheng",
    ["父母随迁", "接爸妈入户", "投靠子女入户"],
    "深圳户籍子女可为达到年龄的父母申请随迁入户。", "Shenzhen hukou holders can apply for their elderly parents to move their hukou.",
    ["父母达到规定年龄", "子女为本市户籍满规定年限"], ["Parents meet the age requirement", "Child has held Shenzhen hukou for the required years"],
    [M("父母身份证和户口簿", "Parents' ID cards and hukou booklets"), M("亲属关系证明", "Proof of kinship"), M("子女户口簿", "Child's hukou booklet")],
    ["ck1-02"], "A", "20个工作日", "20 working days")
svc("k9-hz-qianchu", "户口迁出", "Moving hukou out of Shenzhen", "bm-huzheng",
    ["迁户口回老家", "户口迁走", "准迁证"],
    "凭迁入地准迁证明或跨省通办，办理户口迁出。", "Move hukou out with the destination's approval, or via inter-province processing.",
    ["已取得迁入地同意"], ["The destination has approved the move"],
    [HK, ID, M("准予迁入证明", "Approval to move in", required=False, note="已实行跨省通办的可免", note_en="Not needed where inter-province processing applies")],
    ["ck1-02"], "A", "即时办结", "Same day")

# --- 居住 family ---
svc("k9-jz-dengji", "居住信息申报（租住登记）", "Residence information registration (renting)", "bm-huzheng",
    ["租房登记", "居住登记", "报居住", "出租屋登记"],
    "来深人员租住房屋后应申报居住信息，是办理居住证、积分入学等的基础。", "Newcomers renting a home must register their residence; it is the basis for the residence permit and school places.",
    ["在本街道租住或居住"], ["Living or renting in this sub-district"],
    [ID, M("租赁合同或房屋权属证明", "Tenancy agreement or proof of ownership")],
    ["ck1-03", "ck1-07"], "C", "即时办结", "Same day", online="可在'深圳出租屋'小程序或i深圳自行申报", online_en="Self-registration in the Shenzhen rental housing mini program or i-Shenzhen")
svc("k9-jz-shenling", "深圳居住证申领", "Applying for a Shenzhen residence permit", "bm-huzheng",
    ["办居住证", "申请居住证", "居住证签注", "residence permit"],
    "居住登记满规定时间且有合法稳定就业或住所的，可申领居住证。", "Apply once registered for the required time with a stable job or residence.",
    ["已申报居住信息满12个月，或有社保、房产等条件"], ["Residence registered for 12 months, or social insurance / property conditions met"],
    [ID, M("居住信息回执", "Residence registration receipt"), M("劳动合同或社保证明", "Labour contract or social insurance proof", required=False)],
    ["ck1-03"], "C", "15个工作日", "15 working days", online=IGS, online_en=IGS_EN)
svc("k9-jz-buling", "居住证遗失补领", "Replacing a lost residence permit", "bm-huzheng",
    ["补居住证", "居住证丢了", "居住证坏了换"],
    "居住证遗失或损坏的，可申请补领或换领。", "Replace a lost or damaged residence permit.",
    ["持有过有效居住证"], ["Previously held a valid permit"],
    [ID], ["ck1-03"], "C", "15个工作日", "15 working days", "20元", "CNY 20")
svc("k9-hz-jingwai", "境外人员临时住宿登记", "Temporary accommodation registration for foreigners", "bm-huzheng",
    ["外国人住宿登记", "老外租房登记", "registration of temporary residence", "foreigner registration"],
    "外国人、港澳台居民在住宅内住宿的，应在入住后24小时内办理住宿登记。", "Foreigners and residents of Hong Kong, Macao and Taiwan staying in a private home must register within 24 hours.",
    ["非酒店住宿的境外人员"], ["Foreign nationals not staying in a hotel"],
    [M("护照或港澳台通行证件", "Passport or travel permit"), M("租赁合同", "Tenancy agreement"), M("房东身份证复印件", "Copy of landlord's ID", original=False, copies=1)],
    ["ck1-03"], "C", "即时办结", "Same day", notes="可提供英文服务。", notes_en="English service is available.")
svc("k9-hz-wuzui", "无犯罪记录证明开具", "Certificate of no criminal record", "bm-huzheng",
    ["无犯罪证明", "开良民证", "政审证明", "no criminal record"],
    "为本人出具在本市户籍或居住期间无犯罪记录的证明。", "Certifies no criminal record during residence in Shenzhen.",
    ["本市户籍或持居住证人员"], ["Shenzhen hukou or residence permit holders"],
    [ID, M("用途说明或单位函", "Purpose statement or employer letter", required=False)],
    ["ck1-04"], "A", "3个工作日", "3 working days", online=IGS, online_en=IGS_EN)
svc("k9-crj-gaqz", "往来港澳通行证再次签注", "Endorsement renewal for the HK/Macao travel permit", "bm-huzheng",
    ["港澳签注", "续签香港", "去香港签注", "HK visa endorsement"],
    "持有效电子往来港澳通行证的，可在窗口或自助机办理再次签注。", "Holders of a valid e-permit can renew the endorsement at the window or self-service machine.",
    ["持有效电子往来港澳通行证"], ["Holding a valid electronic permit"],
    [M("往来港澳通行证", "Exit-entry permit for HK and Macao"), ID],
    ["ck1-04"], "A", "即时办结", "Same day", "团队旅游签注15元/次", "CNY 15 per endorsement",
    notes="二十四小时自助区有签注机。", notes_en="Endorsement machines are in the 24-hour self-service area.")

# --- 社保 family ---
svc("k9-sb-linghuo", "灵活就业人员参保登记", "Social insurance for flexible workers", "bm-renshe",
    ["自己交社保", "个人缴社保", "自由职业社保", "没单位交社保"],
    "无雇工的个体户、灵活就业人员可按个人身份参加养老、医疗保险。", "Self-employed and flexible workers can join pension and medical insurance individually.",
    ["法定劳动年龄内", "未在单位参保"], ["Of working age", "Not insured through an employer"],
    [ID, M("银行卡", "Bank card")],
    ["ck2-01"], "B", "即时办结", "Same day", online=IGS, online_en=IGS_EN)
svc("k9-sb-zhuanyi", "养老保险关系转移接续", "Transferring pension insurance between cities", "bm-renshe",
    ["社保转移", "社保转回老家", "社保转入深圳", "transfer pension"],
    "跨省流动就业的，可申请转出或转入基本养老保险关系。", "Transfer basic pension insurance when you move to work in another province.",
    ["在原参保地已停保"], ["Contributions stopped at the previous place"],
    [ID, M("参保缴费凭证", "Contribution certificate", required=False)],
    ["ck2-01"], "B", "45个工作日", "45 working days", online="国家社会保险公共服务平台或掌上12333", online_en="National social insurance platform or the 12333 app")
svc("k9-sb-zhengming", "社保参保缴费证明打印", "Printing a social insurance contribution record", "bm-renshe",
    ["社保清单", "社保缴费记录", "打社保证明", "社保流水"],
    "打印本人社保参保缴费明细，可用于入学、购房、积分等。", "Print your contribution record for school, housing or points applications.",
    [], [], [ID], ["ck2-01", "ck2-02"], "B", "即时办结", "Same day",
    notes="也可在自助服务区自助打印。", notes_en="Also printable at the self-service machines.")
svc("k9-sb-ka", "社会保障卡申领与补换", "Applying for or replacing a social security card", "bm-renshe",
    ["社保卡丢了", "办社保卡", "换社保卡", "social security card"],
    "首次申领、遗失补办或损坏换领社会保障卡，可即时制卡。", "Apply for, replace or exchange a social security card; cards can be made on the spot.",
    ["已在深圳参保"], ["Insured in Shenzhen"], [ID],
    ["ck2-02"], "B", "即时制卡", "Made on the spot", "首次免费，补换20元", "First card free; replacement CNY 20")
svc("k9-sb-shiye", "失业保险金申领", "Claiming unemployment insurance benefit", "bm-renshe",
    ["失业金", "领失业补助", "没工作领钱", "unemployment benefit"],
    "非因本人意愿中断就业、缴费满一年的，可申领失业保险金。", "If you lost your job involuntarily after at least one year of contributions you can claim.",
    ["非本人意愿中断就业", "失业保险缴费满1年", "已办理失业登记"], ["Job lost involuntarily", "One year of contributions", "Registered as unemployed"],
    [ID, M("解除劳动合同证明", "Proof of termination"), M("本人银行卡", "Bank card")],
    ["ck2-02"], "B", "10个工作日", "10 working days", online=IGS, online_en=IGS_EN)
svc("k9-sb-tuixiu", "基本养老保险退休待遇申领", "Claiming the basic pension on retirement", "bm-renshe",
    ["办退休", "领养老金", "退休手续", "retirement pension"],
    "达到法定退休年龄且缴费满15年的，申请按月领取养老金。", "Claim a monthly pension at statutory retirement age with 15 years of contributions.",
    ["达到法定退休年龄", "累计缴费满15年"], ["Statutory retirement age", "15 years of contributions"],
    [ID, M("本人银行卡", "Bank card"), M("档案材料", "Personnel file", required=False)],
    ["ck2-02"], "B", "20个工作日", "20 working days")
svc("k9-sb-gongshang", "工伤认定申请", "Work injury recognition", "bm-renshe",
    ["上班受伤", "工伤申报", "work injury"],
    "职工因工作遭受事故伤害的，单位或个人可申请工伤认定。", "An employer or employee can apply for recognition of an injury at work.",
    ["事故发生后一年内（个人申请）"], ["Within one year of the accident (individual applicant)"],
    [ID, M("劳动关系证明", "Proof of employment"), M("医疗诊断证明", "Medical diagnosis")],
    ["ck2-03"], "B", "60日", "60 days")
svc("k9-sb-qianxin", "劳动保障监察投诉（欠薪）", "Labour inspection complaint (unpaid wages)", "bm-renshe",
    ["老板不发工资", "欠薪投诉", "讨薪", "unpaid wages"],
    "用人单位拖欠工资、不签劳动合同等违法行为可在此投诉。", "Complain here about unpaid wages, no labour contract and other violations.",
    ["与被投诉单位存在劳动关系"], ["Employed by the company concerned"],
    [ID, M("工资条、考勤或聊天记录等证据", "Evidence such as payslips or chat records", required=False)],
    ["ck2-03"], "B", "受理后5个工作日内立案", "Case opened within 5 working days", notes="紧急欠薪可拨打12345。", notes_en="For urgent wage arrears call 12345.")
svc("k9-sb-jiuye", "就业失业登记", "Employment and unemployment registration", "bm-renshe",
    ["找工作登记", "失业登记", "求职", "job seeking"],
    "办理失业登记，享受职业介绍、技能培训补贴等服务。", "Register as unemployed to get job matching and training subsidies.",
    ["法定劳动年龄内有就业意愿"], ["Of working age and willing to work"],
    [ID], ["ck2-03"], "B", "即时办结", "Same day", online=IGS, online_en=IGS_EN)
svc("k9-sb-chuangye", "自主创业补贴申请", "Start-up subsidies", "bm-renshe",
    ["创业补贴", "开店补贴", "创业贷款贴息", "business start-up grant"],
    "在深首次创业并正常经营满6个月的，可申请初创企业补贴和场租补贴。", "First-time founders operating for 6 months can apply for start-up and rent subsidies.",
    ["营业执照登记满6个月", "正常缴纳社保"], ["Business registered for 6 months", "Paying social insurance"],
    [ID, M("营业执照", "Business licence"), M("场地租赁合同", "Premises lease", required=False)],
    ["ck2-03"], "B", "20个工作日", "20 working days")

# --- 医保 family ---
svc("k9-yb-shaoer", "少儿及学生医保参保", "Medical insurance for children and students", "bm-yibao",
    ["小孩买医保", "学生医保", "新生儿参保"],
    "深户及符合条件的非深户少儿、在校学生参加本市基本医疗保险。", "Children and students join Shenzhen basic medical insurance.",
    ["父母一方在深参保或持居住证"], ["One parent insured in Shenzhen or holding a residence permit"],
    [HK, M("出生医学证明", "Medical Birth Certificate", required=False)],
    ["ck2-04"], "D", "即时办结", "Same day", "按年度标准缴费", "Annual contribution applies", online=IGS, online_en=IGS_EN)
svc("k9-yb-yidi", "异地就医备案", "Registering for medical treatment outside Shenzhen", "bm-yibao",
    ["回老家看病报销", "外地住院备案", "跨省就医"],
    "参保人因长期居住或转诊到外地就医的，先备案后可直接结算。", "Register before treatment elsewhere so bills can be settled directly.",
    ["在深参加基本医疗保险"], ["Insured in Shenzhen"],
    [ID], ["ck2-04"], "D", "即时办结", "Same day", online="国家医保服务平台App", online_en="National medical insurance app")
svc("k9-yb-baoxiao", "医疗费用零星报销", "Claiming back medical bills", "bm-yibao",
    ["医药费报销", "垫付的医药费", "看病发票报销", "medical reimbursement"],
    "未能直接结算的医疗费用，凭票据申请手工报销。", "Claim back medical costs that could not be settled directly.",
    ["就医时已参保"], ["Insured at the time of treatment"],
    [ID, M("医疗费用发票", "Medical invoices"), M("费用清单和病历", "Itemised bill and records"), M("银行卡", "Bank card")],
    ["ck2-04"], "D", "30个工作日", "30 working days")
svc("k9-yb-mente", "门诊特定病种资格申请", "Outpatient special disease qualification", "bm-yibao",
    ["慢性病门诊", "特殊病种", "门特", "chronic disease"],
    "患有高血压、糖尿病、尿毒症等规定病种的，可申请门诊特定病种待遇。", "Patients with listed chronic illnesses can apply for outpatient special treatment benefits.",
    ["确诊规定病种"], ["Diagnosed with a listed disease"],
    [ID, M("医院诊断证明", "Hospital diagnosis")], ["ck2-04"], "D", "15个工作日", "15 working days")
svc("k9-yb-shengyu", "生育医疗费用及生育津贴申领", "Maternity medical costs and maternity allowance", "bm-yibao",
    ["生育津贴", "产假工资", "生孩子报销", "maternity allowance"],
    "参加生育保险的职工生育后可申领生育津贴和医疗费用。", "Insured employees can claim maternity allowance and costs after childbirth.",
    ["生育保险连续缴费满规定月数"], ["Maternity insurance paid for the required months"],
    [ID, M("出生医学证明", "Medical Birth Certificate"), M("出院小结", "Discharge summary")],
    ["ck2-05"], "D", "15个工作日", "15 working days", online=IGS, online_en=IGS_EN)

# --- 公积金 family ---
svc("k9-gjj-zufang", "住房公积金租房提取", "Provident fund withdrawal for rent", "bm-gjj",
    ["公积金交房租", "租房取公积金", "rent withdrawal"],
    "在深无自有住房的缴存人可按月或按年提取公积金支付房租。", "Depositors without a home in Shenzhen can withdraw to pay rent.",
    ["本市无自有住房", "连续缴存满3个月"], ["No home owned in Shenzhen", "3 months of deposits"],
    [ID, M("本人银行卡", "Bank card")], ["ck2-06"], "G", "即时办结", "Same day", online="深圳公积金App", online_en="Shenzhen provident fund app")
svc("k9-gjj-goufang", "住房公积金购房提取", "Provident fund withdrawal for buying a home", "bm-gjj",
    ["买房提公积金", "首付取公积金", "房贷还款提取"],
    "购买自住住房或偿还住房贷款的，可提取公积金。", "Withdraw to buy a home or repay a mortgage.",
    ["购买本市或户籍地自住住房"], ["Buying a home to live in"],
    [ID, M("购房合同或不动产权证书", "Purchase contract or property certificate"), M("银行卡", "Bank card")],
    ["ck2-06"], "G", "3个工作日", "3 working days")
svc("k9-gjj-lizhi", "离职离深销户提取", "Closing the provident fund account when leaving Shenzhen", "bm-gjj",
    ["离开深圳取公积金", "辞职取公积金", "公积金全部取出"],
    "非深户缴存人与单位终止劳动关系并离开深圳的，可销户提取全部余额。", "Non-Shenzhen depositors who leave their job and the city can withdraw the whole balance.",
    ["非本市户籍", "已离职并封存满半年"], ["Non-Shenzhen hukou", "Account frozen for 6 months after leaving"],
    [ID, M("银行卡", "Bank card")], ["ck2-06"], "G", "3个工作日", "3 working days")
svc("k9-gjj-tuixiu", "退休销户提取", "Provident fund withdrawal on retirement", "bm-gjj",
    ["退休取公积金", "退休公积金"],
    "缴存人办理退休后可一次性提取全部余额并销户。", "Withdraw the full balance when you retire.",
    ["已办理退休"], ["Retired"],
    [ID, M("退休证明", "Proof of retirement")], ["ck2-06"], "G", "即时办结", "Same day")
svc("k9-gjj-zixun", "个人自愿缴存公积金开户", "Opening a voluntary provident fund account", "bm-gjj",
    ["个体户交公积金", "自己缴公积金", "灵活就业公积金"],
    "个体工商户、灵活就业人员可自愿开立个人公积金账户。", "Sole traders and flexible workers may open a voluntary account.",
    ["在深就业或经营"], ["Working or running a business in Shenzhen"],
    [ID, M("银行卡", "Bank card")], ["ck2-07"], "G", "即时办结", "Same day")
svc("k9-gjj-daikuan", "住房公积金贷款申请", "Provident fund mortgage application", "bm-gjj",
    ["公积金贷款", "公积金买房贷款", "provident fund loan"],
    "连续缴存满规定时间的，购房时可申请公积金贷款。", "Depositors can apply for a provident fund mortgage.",
    ["连续足额缴存满6个月"], ["6 months of full deposits"],
    [ID, M("购房合同", "Purchase contract"), M("婚姻状况证明", "Marital status proof")],
    ["ck2-07"], "G", "15个工作日", "15 working days", appointment="建议提前在公积金App预约", appointment_en="Book ahead in the provident fund app")

# --- 卫健 / 生育 ---
svc("k9-wj-shengyu", "生育登记", "Birth registration (family planning)", "bm-weijian",
    ["准生证", "生育服务单", "怀孕登记"],
    "夫妻生育子女的，可在怀孕后或孩子出生后办理生育登记。", "Couples register a pregnancy or birth.",
    ["夫妻一方为本市户籍或居住证持有人"], ["One spouse has Shenzhen hukou or a residence permit"],
    [M("夫妻双方身份证", "Both spouses' ID cards"), M("结婚证", "Marriage certificate", required=False)],
    ["ck2-08"], "E", "即时办结", "Same day", online=IGS, online_en=IGS_EN)
svc("k9-wj-yuer", "育儿补贴申领", "Childcare subsidy", "bm-weijian",
    ["三岁以下补贴", "养娃补贴", "childcare subsidy"],
    "为三周岁以下婴幼儿按年发放育儿补贴。", "An annual subsidy for children under three.",
    ["婴幼儿未满三周岁", "已落户或已办理生育登记"], ["Child under three", "Hukou or birth registration completed"],
    [M("监护人身份证", "Guardian's ID card"), M("婴幼儿户口簿或出生医学证明", "Child's hukou booklet or Medical Birth Certificate"), M("银行卡", "Bank card")],
    ["ck2-08"], "E", "20个工作日", "20 working days")

# --- 市场监管 / 开店 family ---
svc("k9-sc-getihu", "个体工商户设立登记", "Registering a sole proprietorship", "bm-shichang",
    ["办个体执照", "开小店执照", "个体营业执照", "sole trader licence"],
    "自然人从事经营活动的，可申请个体工商户营业执照，一般当天出照。", "Individuals can register as a sole trader; the licence is usually issued the same day.",
    ["有固定经营场所"], ["A fixed business premises"],
    [ID, M("经营场所使用证明（租赁合同）", "Proof of premises (lease)")],
    ["ck3-01"], "F", "1个工作日", "1 working day", online="广东省市场监管局商事登记系统或'开办企业一窗通'", online_en="Guangdong business registration portal")
svc("k9-sc-gongsi", "有限责任公司设立登记", "Registering a limited company", "bm-shichang",
    ["注册公司", "开公司", "register a company"],
    "设立有限责任公司，领取营业执照，可同步刻章、申领发票。", "Register a limited company; seals and invoices can be arranged at the same time.",
    ["有公司名称、章程、住所和股东"], ["Name, articles, address and shareholders"],
    [M("全体股东身份证明", "Shareholders' IDs"), M("公司章程", "Articles of association"), M("住所证明", "Proof of address")],
    ["ck3-01"], "F", "1至3个工作日", "1-3 working days", online="开办企业一窗通", online_en="One-stop business start-up portal")
svc("k9-sc-biangeng", "营业执照变更登记", "Changing business licence details", "bm-shichang",
    ["执照改地址", "换经营者", "改经营范围", "change business licence"],
    "名称、经营场所、经营范围、经营者等登记事项发生变化的，办理变更。", "Change the name, address, scope or owner on your licence.",
    ["已取得营业执照"], ["Already licensed"],
    [M("营业执照正副本", "Licence original and copy"), ID, M("新场所证明", "Proof of new premises", required=False)],
    ["ck3-02"], "F", "1个工作日", "1 working day")
svc("k9-sc-zhuxiao", "营业执照注销登记", "Deregistering a business", "bm-shichang",
    ["关店注销", "不做了注销执照", "close my business"],
    "停止经营的个体户或企业办理注销，个体户可简易注销。", "Deregister a business that has stopped trading; simplified deregistration for sole traders.",
    ["已结清税款"], ["Taxes settled"],
    [M("营业执照正副本", "Licence original and copy"), ID],
    ["ck3-02"], "F", "1至20个工作日", "1-20 working days")
svc("k9-sc-shipin", "食品经营许可证核发", "Food business licence", "bm-shichang",
    ["开餐馆许可", "卖吃的许可证", "餐饮许可证", "food licence"],
    "从事餐饮服务、食品销售的，需在营业执照后申领食品经营许可证。", "Restaurants and food shops need a food business licence after the business licence.",
    ["已取得营业执照", "场所符合食品安全要求"], ["Business licence held", "Premises meet food safety rules"],
    [M("营业执照", "Business licence"), M("经营场所平面图", "Floor plan of premises"), M("食品安全管理制度", "Food safety rules")],
    ["ck3-03"], "F", "10个工作日", "10 working days", notes="需现场核查。", notes_en="An on-site inspection is required.")
svc("k9-sc-jiankang", "从业人员健康证明查询与办理指引", "Health certificate guidance for food workers", "bm-shichang",
    ["健康证", "厨师健康证", "health certificate"],
    "食品从业人员须持健康证明上岗，本窗口指引体检机构并核验。", "Food workers need a health certificate; this window refers you to clinics and checks it.",
    [], [], [ID], ["ck3-03"], "F", "即时", "Immediate", notes="体检在指定医疗机构进行，费用按机构标准。", notes_en="The check-up is done at a designated clinic.")

# --- 税务 ---
svc("k9-sw-xinban", "新办纳税人税务信息确认", "Tax setup for new taxpayers", "bm-shuiwu",
    ["税务登记", "报到税务", "新开店办税", "tax registration"],
    "领取营业执照后，确认税务登记信息、税种认定并开通电子税务局。", "After licensing, confirm tax registration, tax types and e-tax access.",
    ["已领取营业执照"], ["Business licence issued"],
    [M("营业执照", "Business licence"), M("法定代表人或经营者身份证", "Legal representative's ID")],
    ["ck3-04"], "H", "即时办结", "Same day", online="广东省电子税务局", online_en="Guangdong e-tax bureau")
svc("k9-sw-fapiao", "发票领用与代开发票", "Invoice issuance and proxy invoicing", "bm-shuiwu",
    ["开发票", "申领发票", "代开票", "invoice"],
    "纳税人申请数电发票额度或个人申请代开发票。", "Apply for a digital invoice quota or have an invoice issued on your behalf.",
    [], [], [ID, M("合同或交易证明", "Contract or proof of transaction", required=False)],
    ["ck3-05"], "H", "即时办结", "Same day")
svc("k9-sw-wanshui", "纳税证明（完税证明）开具", "Tax payment certificate", "bm-shuiwu",
    ["完税证明", "个税纳税记录", "交税证明", "tax certificate"],
    "开具个人所得税纳税记录或企业完税证明，可用于购房、积分等。", "Issue a personal income tax record or payment certificate.",
    [], [], [ID], ["ck3-05"], "H", "即时办结", "Same day", online="个人所得税App", online_en="Individual Income Tax app")
svc("k9-sw-huisuan", "个人所得税年度汇算辅导", "Help with the annual income tax reconciliation", "bm-shuiwu",
    ["个税退税", "年度汇算", "个税App不会用", "tax refund"],
    "每年3月至6月辅导个人办理综合所得年度汇算。", "Help with the annual reconciliation from March to June.",
    [], [], [ID], ["ck3-04"], "H", "即时", "Immediate")

# --- 民政 / 残联 / 老年 ---
svc("k9-mz-dibao", "最低生活保障申请", "Applying for minimum living allowance", "bm-minzheng",
    ["低保", "生活困难补助", "吃低保", "minimum living allowance"],
    "家庭人均收入低于本市低保标准的深户家庭可申请。", "Shenzhen-hukou households below the income line can apply.",
    ["本市户籍", "家庭收入和财产符合规定"], ["Shenzhen hukou", "Income and assets below limits"],
    [HK, ID, M("家庭收入证明", "Household income proof")], ["ck1-05"], "J", "30个工作日", "30 working days")
svc("k9-mz-linshi", "临时救助申请", "Temporary hardship assistance", "bm-minzheng",
    ["急难救助", "遇到困难求助", "突发困难补助"],
    "因突发事件、意外伤害、重大疾病导致基本生活暂时困难的，可申请临时救助，非深户也可在居住地申请。", "Temporary help after emergencies, accidents or serious illness; non-hukou residents can apply too.",
    ["基本生活出现暂时困难"], ["Temporary hardship"],
    [ID, M("困难情况证明", "Proof of hardship", required=False)], ["ck1-05"], "J", "10个工作日", "10 working days")
svc("k9-cl-zheng", "残疾人证申领", "Applying for a disability certificate", "bm-minzheng",
    ["办残疾证", "残疾评定", "disability certificate"],
    "经指定医院评残后，办理中华人民共和国残疾人证。", "After assessment at a designated hospital, get the national disability certificate.",
    ["本市户籍或持居住证"], ["Shenzhen hukou or residence permit"],
    [ID, HK, M("两寸免冠照片", "Two-inch photos", copies=3)], ["ck1-06"], "J", "20个工作日", "20 working days", notes="可申请上门评残。", notes_en="Home assessment can be arranged.")
svc("k9-cl-butie", "残疾人两项补贴申请", "Disability living and care subsidies", "bm-minzheng",
    ["残疾补贴", "重度残疾护理补贴", "残疾人生活补贴"],
    "困难残疾人生活补贴和重度残疾人护理补贴。", "Living subsidy for low-income disabled people and care subsidy for severe disability.",
    ["持有残疾人证"], ["Disability certificate holder"],
    [M("残疾人证", "Disability certificate"), ID, M("银行卡", "Bank card")], ["ck1-06"], "J", "20个工作日", "20 working days")
svc("k9-lr-youdai", "老年人优待证（长者卡）办理", "Senior citizen concession card", "bm-minzheng",
    ["长者卡", "敬老卡", "老人免费坐车", "senior card"],
    "60周岁以上老年人可办理优待证，享受乘车、景点等优待。", "People aged 60 and over get concessions on transport and sights.",
    ["年满60周岁，在深居住"], ["Aged 60+, living in Shenzhen"],
    [ID, M("一寸照片", "One-inch photo", required=False, note="可现场拍", note_en="Can be taken here")],
    ["ck1-06"], "J", "即时办结", "Same day")
svc("k9-lr-gaoling", "高龄老人津贴申领", "Allowance for people aged 80 and over", "bm-minzheng",
    ["高龄补贴", "八十岁补贴", "老人长寿金"],
    "本市户籍80周岁以上老人按月发放高龄津贴。", "A monthly allowance for Shenzhen-hukou residents aged 80+.",
    ["本市户籍", "年满80周岁"], ["Shenzhen hukou", "Aged 80+"],
    [ID, HK, M("银行卡", "Bank card")], ["ck1-06"], "J", "20个工作日", "20 working days", notes="行动不便可由家属代办。", notes_en="Family members may apply on their behalf.")

# --- 住房 / 教育 ---
svc("k9-zj-gongzu", "公共租赁住房轮候申请", "Applying for public rental housing", "bm-zhujian",
    ["公租房", "申请廉租房", "保障房排队", "public housing"],
    "符合条件的家庭和个人申请公租房、保障性租赁住房轮候。", "Eligible households join the waiting list for public rental housing.",
    ["本市无自有住房", "符合户籍或社保年限"], ["No home owned in Shenzhen", "Hukou or social insurance requirements met"],
    [ID, HK, M("婚姻状况证明", "Marital status proof")], ["ck3-06"], "K", "按轮候顺序", "In waiting-list order", online="深圳市住房和建设局网站", online_en="Shenzhen housing bureau website")
svc("k9-jy-xuewei", "学位申请居住信息核验", "Residence verification for school place applications", "bm-zhujian",
    ["小孩读书要的证明", "积分入学材料", "学位申请", "school place"],
    "为义务教育学位申请核验居住信息和租房备案。", "Verifies residence and tenancy records for primary and junior school applications.",
    ["已申报居住信息"], ["Residence registered"],
    [M("父母身份证和居住证", "Parents' IDs and residence permits"), M("房屋租赁凭证", "Tenancy record")],
    ["ck3-06"], "K", "5个工作日", "5 working days")
svc("k9-zh-daiban", "帮办代办服务", "Assisted application service", "bm-zonghe",
    ["有人帮我办", "老人代办", "不会在手机上办", "help me apply"],
    "老年人、残疾人等不便自行办理的，可由工作人员全程帮办代办。", "Staff can handle the whole application for elderly or disabled visitors.",
    [], [], [ID], ["ck1-07"], "Z", "视事项而定", "Depends on the service", notes="可预约上门。", notes_en="Home visits can be booked.")

assert len({s["id"] for s in S}) == len(S)

# ---------------- places ----------------
# id scheme: ss-<slug>
P = []
def place(id, name, en, aliases, floor, x, y, notes, notes_en, kind=None, link="", door_dy=-0.1):
    d = dict(id=id, name=name, name_en=en, aliases=aliases, floor=floor, x=x, y=y, notes=notes, notes_en=notes_en,
             door=dict(x=x, y=round(y + door_dy, 3)))
    if kind:
        d["kind"] = kind; d["link"] = link
    P.append(d)

place("ss-cesuo1", "一楼卫生间", "Toilets (floor 1)", ["洗手间", "厕所", "toilet"], "lv1", 0.90, 0.80, "一楼东侧，男女分设。", "East side of floor 1.")
place("ss-wza-cesuo", "无障碍卫生间", "Accessible toilet", ["残疾人厕所", "第三卫生间", "accessible toilet"], "lv1", 0.82, 0.80, "可推轮椅进入，内设扶手和呼叫按钮。", "Wheelchair accessible, with grab bars and a call button.")
place("ss-cesuo2", "二楼卫生间", "Toilets (floor 2)", ["二楼厕所", "楼上洗手间"], "lv2", 0.90, 0.80, "二楼东侧。", "East side of floor 2.")
place("ss-dengdai", "等候休息区", "Waiting area", ["休息区", "等候区", "waiting area"], "lv1", 0.45, 0.80, "设叫号显示屏和座椅。", "Seats and queue number screens.")
place("ss-yinshui", "饮水点", "Drinking water", ["开水", "饮水机", "drinking water"], "lv1", 0.62, 0.80, "提供冷热饮用水和纸杯。", "Hot and cold water with cups.")
place("ss-fuyin", "复印打印室", "Copy and print room", ["复印", "打印", "copy"], "lv1", 0.10, 0.80, "办事材料免费复印打印，每人限20页。", "Free copying and printing of application documents, up to 20 pages.")
place("ss-zizhu", "24小时自助服务区", "24-hour self-service area", ["自助机", "自助终端", "self-service machine"], "lv1", 0.25, 0.80, "可自助打印社保清单、办理港澳签注、缴纳社保费，24小时开放。", "Print social insurance records, renew HK/Macao endorsements and more, open 24 hours.")
place("ss-daoban", "咨询导办台", "Information and help desk", ["咨询台", "服务台", "help desk"], "lv1", 0.35, 0.60, "工作人员和志愿者提供咨询、取号和引导，可提供粤语、英语服务。", "Staff and volunteers help with questions and queue tickets; Cantonese and English spoken.")
place("ss-muying", "母婴室", "Mother and baby room", ["哺乳室", "mother and baby room"], "lv2", 0.82, 0.80, "设哺乳椅、尿布台和温奶器。", "Nursing chair, changing table and bottle warmer.")
place("ss-bianmin", "便民服务箱", "Courtesy items box", ["老花镜", "雨伞", "充电宝"], "lv1", 0.35, 0.70, "提供老花镜、笔、雨伞、手机充电线、轮椅借用。", "Reading glasses, pens, umbrellas, phone chargers and wheelchairs to borrow.", door_dy=-0.05)
place("ss-dianti", "电梯", "Lift", ["升降梯", "lift", "elevator"], "lv1", 0.72, 0.12, "通往二楼社保医保公积金、三楼商事登记和税务。", "To floor 2 (social insurance, medical insurance, provident fund) and floor 3 (business registration, tax).", kind="lift", link="lift-main", door_dy=0.1)
place("ss-louti", "楼梯", "Stairs", ["步梯", "stairs"], "lv1", 0.95, 0.12, "东侧楼梯通往二、三楼。", "East stairs to floors 2 and 3.", kind="stairs", link="stairs-east", door_dy=0.1)

# ---------------- floors & walkways ----------------
FLOORS = [("lv1", "一楼", "Floor 1"), ("lv2", "二楼", "Floor 2"), ("lv3", "三楼", "Floor 3")]
CORR_Y = 0.45

def win_xy(floor):
    ws = [w for w in WIN if w[1] == floor]
    n = len(ws)
    return {w[0]: round(0.08 + i * (0.6 / max(n - 1, 1)), 3) for i, w in enumerate(ws)}

windows_out = []
floors_out = []
for fid, fname, fen in FLOORS:
    xs = win_xy(fid)
    for w in WIN:
        if w[1] != fid: continue
        x = xs[w[0]]
        windows_out.append(dict(id=w[0], floor=fid, zone=w[2], zone_en=w[3], x=x, y=0.2, label=w[4], label_en=w[5], door=dict(x=x, y=0.3)))
    nodes, paths, spine = [], [], []
    for wid, x in xs.items():
        nodes.append(dict(id=f"j-{wid}", x=x, y=CORR_Y)); paths.append([wid, f"j-{wid}"]); spine.append((x, f"j-{wid}"))
    for p in P:
        if p["floor"] != fid: continue
        nid = f"j-{p['id']}"
        nodes.append(dict(id=nid, x=p["door"]["x"], y=CORR_Y)); paths.append([p["id"], nid]); spine.append((p["door"]["x"], nid))
    if fid == "lv1":
        nodes.append(dict(id="j-kiosk", x=0.55, y=CORR_Y)); paths.append(["kiosk", "j-kiosk"]); spine.append((0.55, "j-kiosk"))
    else:
        for pid, link, kind, nm, nmen, x in [("ss-dianti", "lift-main", "lift", "电梯", "Lift", 0.72), ("ss-louti", "stairs-east", "stairs", "楼梯", "Stairs", 0.95)]:
            sid = f"{kind}-{fid}"
            nodes.append(dict(id=sid, x=x, y=0.12, kind=kind, link=link, name=f"{nm}（{fname}）", name_en=f"{nmen} ({fen})"))
            nodes.append(dict(id=f"j-{sid}", x=x, y=CORR_Y)); paths.append([sid, f"j-{sid}"]); spine.append((x, f"j-{sid}"))
    spine.sort()
    # dedupe identical x by keeping order
    paths.append([n for _, n in spine])
    floors_out.append(dict(id=fid, name=fname, name_en=fen, map=f"plan-{fid}.svg",
                           walkways=dict(width_m=48, height_m=30, nodes=nodes, paths=paths)))

catalog = dict(
    schema_version=1,
    hall=dict(id="sz-lanwan-heling", name="深圳市澜湾区禾岭街道行政服务大厅", name_en="Heling Sub-district Administrative Service Hall, Lanwan District, Shenzhen",
              address="广东省深圳市澜湾区禾岭街道禾岭大道168号", address_en="168 Heling Avenue, Heling Sub-district, Lanwan District, Shenzhen, Guangdong",
              hours="周一至周五 9:00–12:00、14:00–18:00；周六上午 9:00–12:00（仅户政、社保）", hours_en="Mon–Fri 9:00–12:00, 14:00–18:00; Sat 9:00–12:00 (household and social insurance only)",
              phone="0755-2690 7316", floors=floors_out, kiosk=dict(floor="lv1", x=0.55, y=0.9)),
    departments=[dict(id=i, name=n, name_en=e) for i, n, e in DEPTS],
    windows=windows_out, places=P, services=S)
(HERE / "catalog.json").write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

# ---------------- SVG plans ----------------
for fid, fname, fen in FLOORS:
    W, H = 960, 600
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {W} {H}" width="{W}" height="{H}" font-family="sans-serif" font-size="13">',
           f'<rect x="2" y="2" width="{W-4}" height="{H-4}" fill="#fafafa" stroke="#333" stroke-width="3"/>',
           f'<rect x="20" y="{CORR_Y*H-25}" width="{W-40}" height="50" fill="#e8eef5"/>',
           f'<text x="20" y="28" font-size="18">{fname} {fen}</text>']
    for w in windows_out:
        if w["floor"] != fid: continue
        x, y = w["x"] * W, w["y"] * H
        out.append(f'<rect x="{x-40}" y="{y-30}" width="80" height="60" fill="#cfe3ff" stroke="#246"/>')
        out.append(f'<text x="{x}" y="{y-5}" text-anchor="middle">{w["id"]}</text><text x="{x}" y="{y+14}" text-anchor="middle" font-size="10">{w["label"]}</text>')
    for p in P:
        if p["floor"] != fid: continue
        x, y = p["x"] * W, p["y"] * H
        out.append(f'<rect x="{x-38}" y="{y-28}" width="76" height="56" fill="#dff5d8" stroke="#263"/>')
        out.append(f'<text x="{x}" y="{y+4}" text-anchor="middle" font-size="11">{p["name"]}</text>')
    if fid != "lv1":
        for x, t in [(0.72, "电梯"), (0.95, "楼梯")]:
            out.append(f'<rect x="{x*W-30}" y="{0.12*H-25}" width="60" height="50" fill="#eee" stroke="#555"/><text x="{x*W}" y="{0.12*H+4}" text-anchor="middle">{t}</text>')
    else:
        out.append(f'<circle cx="{0.55*W}" cy="{0.9*H}" r="10" fill="#d33"/><text x="{0.55*W+15}" y="{0.9*H+5}">您在这里 You are here</text>')
    out.append('</svg>')
    (HERE / f"plan-{fid}.svg").write_text("\n".join(out) + "\n", encoding="utf-8")
print(len(S), "services", len(P), "places", len(windows_out), "windows")
