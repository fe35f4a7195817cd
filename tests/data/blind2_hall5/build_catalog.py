# Generator for the blind hall5 catalog (hand-written data; layout computed).
import json
M = lambda n, e, req=True, copies=0, note="", orig=True: dict(name=n, name_en=e, required=req, copies=copies, note=note, original=orig)
ID = M("居民身份证", "Resident ID card")
HKB = M("户口簿", "Household register booklet")
S = []
def sv(id, name, name_en, dept, win, q, aliases, summary, summary_en, conds, conds_en, mats, tl, tl_en, fee, fee_en, online="", notes=""):
    S.append(dict(id=id, name=name, name_en=name_en, department=dept, windows=win, queue_prefix=q, aliases=aliases,
        summary=summary, summary_en=summary_en, conditions=conds, conditions_en=conds_en, materials=mats,
        time_limit=tl, time_limit_en=tl_en, fee=fee, fee_en=fee_en, online=online, notes=notes, updated="2026-10-15"))
FREE = ("免费", "Free")
HZ = ["w101", "w102", "w103"]
# ---- 公安户政
sv("hz-csdj", "出生登记（新生儿入户）", "Birth registration of a newborn", "bm-hz", HZ, "H",
   ["新生儿落户", "出生入户", "报出生户口", "婴儿上户口"], "婴儿出生后凭出生医学证明在父亲或母亲户口所在地申报常住户口。",
   "Register a newborn's permanent residence with the birth medical certificate.", ["婴儿出生后一个月内申报为宜", "父母一方户口在本区"],
   ["Preferably within one month of birth", "One parent registered in this district"],
   [M("出生医学证明", "Birth medical certificate"), M("父母双方居民身份证", "Both parents' ID cards"), HKB, M("结婚证", "Marriage certificate", req=False, note="非婚生育另附说明")],
   "即时办结", "Same day", *FREE, online="可在'湘易办'App申报出生一件事")
sv("hz-tkqr", "投靠亲属户口迁入", "Moving household registration in to join relatives", "bm-hz", HZ, "H",
   ["夫妻投靠", "老人投靠子女", "未成年子女投靠父母", "投靠落户"], "因夫妻、父母子女关系投靠本区常住户口的亲属，办理户口迁入。",
   "Move your household registration to join a spouse, parent or child registered here.", ["被投靠人在本区有合法稳定住所"],
   ["The relative has a legal and stable residence here"],
   [ID, HKB, M("亲属关系证明（结婚证或出生证明）", "Proof of relationship"), M("被投靠人房产证明或租赁备案", "Housing proof of the relative")],
   "5个工作日", "5 working days", *FREE)
sv("hz-rcyj", "人才引进落户", "Household registration for incoming graduates and talent", "bm-hz", HZ, "H",
   ["毕业生落户", "人才落户", "学历落户", "技能人才落户"], "全日制大专以上学历或具有职业资格的人员在本市就业创业，可申请落户。",
   "Graduates (college or above) and skilled workers employed in the city may register residence here.", ["全日制大专及以上学历或中级以上职业资格", "年龄在规定范围内"],
   ["College degree or intermediate vocational qualification", "Within the age limit"],
   [ID, M("毕业证书", "Diploma"), M("劳动合同或营业执照", "Labour contract or business licence", req=False), M("户口迁移证或准迁证", "Migration certificate", req=False)],
   "即时办结", "Same day", *FREE, online="可在'湘易办'App人才落户专区网上申请")
sv("hz-hkqc", "户口迁出（跨省迁移）", "Moving household registration out (inter-provincial)", "bm-hz", HZ, "H",
   ["迁出户口", "户口迁走", "开迁移证", "跨省一站式迁户"], "户口需迁往外省市的，可在迁入地一站式办理，本窗口协助核验信息并办理迁出。",
   "Move your household registration out of this district; inter-provincial moves can be done one-stop.", ["已取得迁入地准迁信息"], ["Receiving place has approved the move"],
   [ID, HKB, M("准予迁入证明", "Approval of the receiving place", req=False)], "即时办结", "Same day", *FREE)
sv("hz-sfzsl", "居民身份证申领与换领", "Applying for or renewing a resident ID card", "bm-hz", HZ, "H",
   ["身份证到期换证", "首次申领身份证", "身份证过期", "换二代证"], "首次申领、有效期满换领、损坏换领居民身份证，现场采集照片和指纹。",
   "First application, renewal on expiry, or replacement of a damaged ID card; photo and fingerprints taken on site.", ["本区常住户口"], ["Permanent household registration in the district"],
   [HKB, M("原居民身份证", "Old ID card", req=False, note="换领时交回")], "20个工作日", "20 working days", "20元（首次申领、到期换领）", "CNY 20",
   notes="可选择邮寄到家，邮费自付。")
sv("hz-sfzbl", "居民身份证挂失补领", "Replacing a lost ID card", "bm-hz", HZ, "H",
   ["身份证丢了补办", "补身份证", "身份证被偷", "临时身份证"], "身份证遗失或被盗后挂失并补领新证，急用可同时申领临时身份证。",
   "Report a lost ID card, apply for a replacement and, if urgent, a temporary ID card.", ["身份证遗失、被盗"], ["ID card lost or stolen"],
   [HKB, M("证件照回执", "Photo receipt", req=False, note="可在一楼证件照拍摄点拍照")], "20个工作日；临时身份证3个工作日", "20 working days; temporary card 3 days",
   "补领40元，临时身份证10元", "CNY 40; temporary card CNY 10")
sv("hz-jzz", "居住证办理", "Residence permit for non-local residents", "bm-hz", HZ, "H",
   ["办居住证", "外地人居住证", "暂住证", "居住登记"], "非本市户籍人员在本区居住满半年，有稳定就业、住所或就读的，可申领居住证，享受子女入学等公共服务。",
   "Non-local residents living here six months with job, housing or study may apply for a residence permit.", ["居住登记满6个月", "有合法稳定就业、住所或连续就读之一"],
   ["Registered residence for 6 months", "Stable job, housing or schooling"],
   [ID, M("租赁合同或房产证", "Lease or property certificate"), M("劳动合同或社保缴费记录", "Labour contract or social insurance record", req=False)],
   "10个工作日", "10 working days", *FREE)
# ---- 出入境
CRJ = ["w104", "w105"]
sv("crj-hz", "普通护照申请", "Ordinary passport application", "bm-crj", CRJ, "E",
   ["办护照", "护照到期换发", "护照补发", "首次申请护照"], "中国公民出国旅游、留学、探亲，申请、换发、补发普通护照，全国通办。",
   "Apply for, renew or replace an ordinary passport; available nationwide.", ["中国公民"], ["Chinese citizens"],
   [ID, M("原护照", "Old passport", req=False)], "7个工作日", "7 working days", "120元", "CNY 120", online="可在'移民局'App预约")
sv("crj-ga", "往来港澳通行证及签注", "Exit-entry permit to Hong Kong and Macao and endorsements", "bm-crj", CRJ, "E",
   ["港澳通行证", "港澳签注", "去香港", "去澳门", "港澳G签"], "办理往来港澳通行证及旅游、探亲、商务签注，自助签注机可续签。",
   "Apply for the Hong Kong/Macao permit and tourist, family or business endorsements.", ["中国内地居民"], ["Mainland residents"],
   [ID, M("原通行证", "Old permit", req=False)], "7个工作日", "7 working days", "证件60元，签注每次15元", "Permit CNY 60; endorsement CNY 15 each",
   notes="续签可在一楼自助服务区签注机办理。")
sv("crj-tw", "大陆居民往来台湾通行证及签注", "Mainland travel permit to Taiwan", "bm-crj", CRJ, "E",
   ["台湾通行证", "赴台签注", "去台湾"], "办理大陆居民往来台湾通行证及签注。", "Apply for the Taiwan travel permit and endorsements.", ["中国内地居民"], ["Mainland residents"],
   [ID], "10个工作日", "10 working days", "证件60元，签注每次15元", "CNY 60; endorsement CNY 15")
sv("crj-wgr", "外国人居留许可", "Residence permit for foreigners", "bm-crj", CRJ, "E",
   ["外国人居留证", "foreigner residence permit", "工作类居留", "外籍人员居留延期"], "在本区工作、学习、团聚的外国人申请或延期居留许可。",
   "Foreigners working, studying or joining family here apply for or extend a residence permit.", ["持有效护照和签证", "已办理住宿登记"],
   ["Valid passport and visa", "Accommodation registered with police"],
   [M("护照", "Passport"), M("工作许可或在学证明", "Work permit or proof of study"), M("住宿登记表", "Accommodation registration form"), M("照片", "Photo", note="一楼可拍")],
   "7个工作日", "7 working days", "400元起", "From CNY 400")
# ---- 车驾管
CG = ["w106", "w107"]
sv("cg-jzhz", "机动车驾驶证换证补证", "Driving licence renewal and replacement", "bm-cg", CG, "C",
   ["驾照到期换证", "驾照丢了", "补驾驶证", "换驾照"], "驾驶证有效期满换证、遗失补证、损毁换证。", "Renew an expiring driving licence or replace a lost one.",
   ["驾驶证未被注销"], ["Licence not cancelled"], [ID, M("体检证明", "Medical certificate", note="60岁以上需体检"), M("原驾驶证", "Old licence", req=False)],
   "即时办结", "Same day", "10元", "CNY 10", online="可在'交管12123'App网上办理")
sv("cg-wfcl", "交通违法处理与罚款缴纳", "Handling traffic violations and paying fines", "bm-cg", CG, "C",
   ["处理违章", "交罚款", "违章扣分", "电子眼罚单"], "处理非现场交通违法记录、缴纳罚款。", "Handle camera-recorded traffic violations and pay fines.",
   ["车辆有违法记录"], ["Vehicle has a violation record"], [M("驾驶证", "Driving licence"), M("行驶证", "Vehicle licence")], "即时办结", "Same day", "按违法行为处罚", "According to the violation")
sv("cg-jybz", "机动车检验合格标志核发", "Vehicle inspection sticker", "bm-cg", CG, "C",
   ["年检标志", "六年免检", "车检", "领检验标志"], "6年以内非营运小客车免上线检验，直接申领检验标志。", "Cars under six years old get the inspection sticker without an on-line test.",
   ["交强险有效", "违法已处理"], ["Compulsory insurance valid", "Violations cleared"], [M("行驶证", "Vehicle licence"), M("交强险保单", "Compulsory insurance policy")],
   "即时办结", "Same day", *FREE)
# ---- 社保
SB = ["w108", "w109", "w110"]
sv("sb-lhjy", "灵活就业人员参保登记", "Social insurance enrolment for flexible workers", "bm-sb", SB, "S",
   ["个人参保", "自由职业交社保", "灵活就业交养老", "个体户交社保"], "无雇工个体户、非全日制从业人员及其他灵活就业人员以个人身份参加养老保险。",
   "Self-employed and freelance workers enrol in pension insurance individually.", ["年满16周岁未达退休年龄"], ["Aged 16 to retirement age"],
   [ID], "即时办结", "Same day", "免费（保费按档次缴纳）", "Free (premiums apply)", online="可在'湘易办'App办理")
sv("sb-zyjx", "养老保险关系转移接续", "Transferring pension insurance between cities", "bm-sb", SB, "S",
   ["社保转移", "养老保险转入", "社保从外地转过来", "转社保关系"], "跨省、跨市流动就业人员将养老保险关系转入本市。", "Transfer pension insurance from another city into this city.",
   ["已在本市参保"], ["Already enrolled here"], [ID, M("参保缴费凭证", "Payment certificate from the former city", req=False)], "45个工作日", "45 working days", *FREE,
   online="可在国家社会保险公共服务平台网上申请")
sv("sb-txdy", "基本养老保险退休待遇申领", "Claiming the basic pension on retirement", "bm-sb", SB, "S",
   ["办理退休", "退休金申领", "领养老金", "到龄退休"], "达到法定退休年龄且缴费满15年的参保人员申领按月养老金。",
   "Insured persons at retirement age with 15 years of contributions claim a monthly pension.", ["达到法定退休年龄", "累计缴费满15年"],
   ["Retirement age reached", "15 years of contributions"], [ID, M("社会保障卡", "Social security card"), M("档案", "Personnel file", req=False, note="企业职工提供")],
   "20个工作日", "20 working days", *FREE)
sv("sb-cbzm", "社会保险参保缴费证明打印", "Printing a social insurance contribution certificate", "bm-sb", SB, "S",
   ["社保证明", "参保证明", "社保缴费清单", "打社保记录"], "打印个人参保缴费证明，用于购房、落户、子女入学等。",
   "Print a certificate of your social insurance contributions, e.g. for buying a home or school enrolment.", ["已参保"], ["Enrolled"], [ID],
   "即时办结", "Same day", *FREE, notes="一楼自助服务区也可自助打印。")
sv("sb-sbk", "社会保障卡申领与补换", "Applying for or replacing a social security card", "bm-sb", SB, "S",
   ["社保卡补办", "社保卡丢了", "办社保卡", "社保卡激活", "换社保卡"], "首次申领、遗失补办、损坏换领社会保障卡，现场可即时制卡。",
   "Apply for, replace or activate a social security card; cards can be made on the spot.", ["已参加社会保险"], ["Enrolled in social insurance"],
   [ID, M("证件照", "Photo", req=False)], "即时制卡", "Made on the spot", "首次免费；补换20元", "Free first time; CNY 20 replacement")
sv("sb-szfx", "参保人员死亡丧葬补助金和抚恤金申领", "Funeral grant and survivor benefit", "bm-sb", SB, "S",
   ["丧葬费", "抚恤金", "养老保险个人账户继承", "退休人员去世"], "参保人员或退休人员去世后，其家属申领丧葬补助金、抚恤金及个人账户余额。",
   "After an insured person dies, the family claims the funeral grant, survivor benefit and account balance.", ["参保人员死亡"], ["Insured person deceased"],
   [M("死亡证明或火化证明", "Death or cremation certificate"), M("申领人身份证", "Claimant's ID"), M("亲属关系证明", "Proof of relationship")],
   "15个工作日", "15 working days", *FREE)
# ---- 医保
YB = ["w111", "w112"]
sv("yb-jmcb", "城乡居民基本医疗保险参保登记", "Enrolment in resident medical insurance", "bm-yb", YB, "Y",
   ["居民医保缴费", "新农合", "小孩医保", "城乡居民医保"], "未参加职工医保的居民、学生、新生儿参加城乡居民医保并缴费。",
   "Residents, students and newborns not in employee insurance enrol in resident medical insurance.", ["本区户籍或持居住证"], ["Local registration or residence permit"],
   [ID, HKB], "即时办结", "Same day", "免费（个人缴费按年度标准）", "Free (annual premium applies)")
sv("yb-ydba", "异地就医备案", "Registration for medical treatment in another city", "bm-yb", YB, "Y",
   ["异地就医", "外地看病报销", "异地安置备案", "长期居住外地就医"], "长期异地居住、转外就医人员办理备案后可在就医地直接结算。",
   "Register to settle medical bills directly in another city where you live or are referred.", ["已参加本市医保"], ["Enrolled in city medical insurance"],
   [ID, M("异地就医备案表", "Registration form"), M("转诊证明", "Referral", req=False)], "即时办结", "Same day", *FREE, online="可在'国家医保服务平台'App备案")
sv("yb-mtb", "门诊慢特病待遇认定", "Recognition of chronic and special diseases for outpatient cover", "bm-yb", YB, "Y",
   ["慢性病卡", "慢特病申请", "高血压糖尿病报销", "特殊病种"], "患高血压、糖尿病、尿毒症等规定病种的参保人申请门诊慢特病待遇。",
   "Insured people with listed chronic diseases apply for outpatient chronic-disease benefits.", ["患规定慢特病病种"], ["Listed chronic disease"],
   [ID, M("病历及检查报告", "Medical records and reports"), M("医保电子凭证", "Medical insurance code", req=False)], "15个工作日", "15 working days", *FREE)
sv("yb-lxbx", "零星医疗费用手工报销", "Manual reimbursement of medical expenses", "bm-yb", YB, "Y",
   ["医药费报销", "垫付报销", "发票报销", "外地看病没刷卡"], "因急诊、未备案等原因在外地全额垫付的医疗费用，回参保地手工报销。",
   "Claim back medical costs you paid in full, e.g. emergencies in another city.", ["费用发生在一年内"], ["Costs within one year"],
   [ID, M("医疗费发票", "Medical invoices"), M("费用清单", "Itemised bill"), M("出院小结", "Discharge summary", req=False), M("银行卡", "Bank card")],
   "30个工作日", "30 working days", *FREE)
# ---- 公积金
GJ = ["w201", "w202", "w203"]
sv("gjj-zftq", "租房提取住房公积金", "Withdrawing housing fund to pay rent", "bm-gjj", GJ, "G",
   ["租房提取", "付房租取公积金", "无房提取"], "本市无自有住房的缴存职工租房居住，可按月或按年提取公积金支付房租。",
   "Employees without a home in the city may withdraw their housing fund for rent.", ["本市无自有住房", "连续缴存3个月以上"], ["No home owned in the city", "3 months of contributions"],
   [ID, M("租赁备案合同", "Registered lease", req=False)], "3个工作日", "3 working days", *FREE, online="可在'长沙公积金'App线上提取")
sv("gjj-gftq", "购房提取住房公积金", "Withdrawing housing fund after buying a home", "bm-gjj", GJ, "G",
   ["买房提取", "购房提公积金", "首付提取", "还贷提取"], "购买、建造自住住房或偿还住房贷款本息，提取公积金账户余额。",
   "Withdraw your housing fund after buying a home or to repay a mortgage.", ["购房合同备案或不动产权证", "一年内购房"], ["Registered purchase contract", "Purchased within one year"],
   [ID, M("购房合同或不动产权证书", "Purchase contract or property certificate"), M("购房发票", "Purchase invoice"), M("本人银行卡", "Bank card")],
   "3个工作日", "3 working days", *FREE)
sv("gjj-xhtq", "离职、退休销户提取住房公积金", "Closing the housing fund account on leaving or retiring", "bm-gjj", GJ, "G",
   ["退休取公积金", "离职提取", "辞职提公积金", "回老家提取", "公积金销户"], "职工退休、出境定居、与单位解除劳动关系且户口不在本市的，可销户提取全部余额。",
   "Withdraw the full balance when retiring, leaving the country, or leaving a job with non-local household registration.",
   ["退休，或离职满半年且非本市户籍"], ["Retired, or left job 6 months ago with non-local registration"],
   [ID, M("退休证明或离职证明", "Retirement or resignation proof"), M("本人银行卡", "Bank card")], "3个工作日", "3 working days", *FREE)
sv("gjj-dk", "住房公积金个人贷款申请", "Housing fund mortgage loan application", "bm-gjj", GJ, "G",
   ["公积金贷款", "公积金买房贷款", "组合贷款", "公积金贷多少"], "连续缴存满6个月的职工购买自住住房，可申请公积金贷款或组合贷款。",
   "Employees with 6 months of contributions may apply for a housing fund loan to buy a home.", ["连续足额缴存6个月以上", "个人信用良好"], ["6 months of contributions", "Good credit"],
   [ID, M("结婚证或单身声明", "Marriage certificate or single declaration"), M("购房合同", "Purchase contract"), M("首付款发票", "Down payment receipt"), M("收入证明", "Income proof")],
   "15个工作日", "15 working days", "免费（评估费按规定）", "Free (appraisal fee may apply)")
sv("gjj-zyjx", "住房公积金异地转移接续", "Transferring housing fund between cities", "bm-gjj", GJ, "G",
   ["公积金转入", "公积金从外地转过来", "公积金异地转移"], "在外地缴存公积金后来本市工作的职工，将原账户余额转入本市账户。",
   "Transfer your housing fund balance from another city into your account here.", ["已在本市开户缴存"], ["Account opened here"], [ID], "15个工作日", "15 working days", *FREE,
   online="可在全国住房公积金小程序申请")
sv("gjj-lhkh", "灵活就业人员住房公积金自愿缴存开户", "Voluntary housing fund account for flexible workers", "bm-gjj", GJ, "G",
   ["个人缴存公积金", "自由职业交公积金", "个体户公积金开户"], "个体工商户、自由职业者等灵活就业人员自愿开立公积金账户按月缴存。",
   "Self-employed and freelance workers may open a voluntary housing fund account.", ["年满18周岁", "未在单位缴存"], ["Aged 18+", "No employer contributions"],
   [ID, M("本人银行卡", "Bank card")], "即时办结", "Same day", *FREE)
# ---- 市场监管
SC = ["w204", "w205", "w206"]
sv("sc-gthdj", "个体工商户设立登记", "Registering an individual business", "bm-sc", SC, "M",
   ["办个体执照", "个体户营业执照", "开小店办照", "摆摊执照"], "个人开店经营办理个体工商户营业执照。",
   "Register an individual business and get its business licence.", ["有固定经营场所"], ["Fixed business premises"],
   [ID, M("经营场所证明", "Proof of premises")], "1个工作日", "1 working day", *FREE, online="可在湖南省企业登记全程电子化平台申请")
sv("sc-gssl", "公司设立登记", "Company incorporation", "bm-sc", SC, "M",
   ["注册公司", "开公司", "有限公司设立", "企业开办一件事"], "设立有限责任公司，同时可申领发票、刻制印章、社保登记。",
   "Incorporate a limited company with seals, invoices and social insurance in one go.", ["有公司名称、住所和章程"], ["Name, address and articles of association"],
   [M("公司登记申请书", "Application form"), M("公司章程", "Articles of association"), M("股东身份证明", "Shareholders' IDs"), M("住所使用证明", "Proof of address")],
   "1个工作日", "1 working day", *FREE)
sv("sc-bgdj", "营业执照变更登记", "Changing business licence details", "bm-sc", SC, "M",
   ["换法人", "改经营范围", "地址变更", "执照改名字"], "企业或个体户变更名称、住所、经营范围、法定代表人等登记事项。",
   "Change the name, address, business scope or legal representative on a business licence.", ["已取得营业执照"], ["Licensed business"],
   [M("变更登记申请书", "Change application"), M("营业执照正副本", "Licence original and copy"), M("股东会决议", "Shareholders' resolution", req=False)],
   "1个工作日", "1 working day", *FREE)
sv("sc-zxdj", "营业执照注销登记", "Deregistering a business", "bm-sc", SC, "M",
   ["注销执照", "公司注销", "个体户注销", "店不开了注销", "简易注销"], "企业、个体户停止经营后申请注销登记，符合条件的可简易注销。",
   "Close a company or individual business; simplified deregistration where eligible.", ["无未结清债权债务", "已清税"], ["No outstanding debts", "Taxes cleared"],
   [M("注销登记申请书", "Deregistration form"), M("清税证明", "Tax clearance")], "3个工作日", "3 working days", *FREE)
sv("sc-spjy", "食品经营许可", "Food business licence", "bm-sc", SC, "M",
   ["开餐馆许可", "食品许可证", "卖熟食许可", "奶茶店许可证"], "从事餐饮服务、食品销售的经营者申请食品经营许可证。",
   "Food shops, restaurants and caterers apply for a food business licence.", ["已取得营业执照", "经营场所符合卫生要求"], ["Business licence held", "Premises meet hygiene rules"],
   [M("营业执照", "Business licence"), M("经营场所平面图", "Floor plan"), M("食品安全管理制度", "Food safety rules")], "10个工作日", "10 working days", *FREE,
   notes="仅销售预包装食品的只需备案。")
# ---- 税务
SW = ["w207", "w208", "w209"]
sv("sw-dkfp", "代开增值税发票", "Issuing VAT invoices on behalf of taxpayers", "bm-sw", SW, "T",
   ["代开发票", "个人开发票", "劳务费发票", "房租开票"], "自然人提供劳务、出租房屋等需开具发票的，由税务窗口代开。",
   "Individuals providing services or renting out homes get invoices issued by the tax window.", ["有真实交易"], ["Genuine transaction"],
   [ID, M("合同或协议", "Contract")], "即时办结", "Same day", "免费（按规定缴纳税款）", "Free (tax due applies)", online="可在电子税务局App办理")
sv("sw-gshs", "个人所得税综合所得年度汇算", "Annual individual income tax reconciliation", "bm-sw", SW, "T",
   ["个税汇算", "个税退税", "补个税", "专项附加扣除"], "纳税人每年3月1日至6月30日办理上一年度综合所得汇算，申请退税或补税。",
   "File the annual income tax reconciliation (1 March–30 June) to claim refunds or pay extra tax.", ["取得综合所得"], ["Had comprehensive income"], [ID],
   "即时办结", "Same day", *FREE, online="可在'个人所得税'App自行办理")
sv("sw-xbns", "新办纳税人信息确认", "Tax registration for new businesses", "bm-sw", SW, "T",
   ["税务登记", "新公司报到", "税务报到", "领发票"], "新设立企业、个体户确认税务登记信息，领用发票。", "New businesses confirm tax registration details and obtain invoices.",
   ["已取得营业执照"], ["Business licence held"], [M("营业执照", "Business licence"), M("法定代表人身份证", "Legal representative's ID")], "即时办结", "Same day", *FREE)
# ---- 不动产
BD = ["w210", "w211", "w212"]
sv("bdc-zydj", "二手房转移登记（过户）", "Transfer registration of a resale home", "bm-bdc", BD, "B",
   ["二手房过户", "房屋过户", "存量房转移", "交易过户"], "二手房买卖双方共同申请转移登记，缴税后领取新不动产权证书。",
   "Buyer and seller of a resale home register the transfer and receive a new title certificate.", ["买卖双方到场或委托", "房屋无查封"], ["Both parties present", "No seizure"],
   [M("买卖双方身份证", "IDs of both parties"), M("不动产权证书", "Property certificate"), M("存量房买卖合同", "Sale contract"), M("完税凭证", "Tax receipts")],
   "5个工作日", "5 working days", "住宅80元/件", "CNY 80 per home")
sv("bdc-dydj", "不动产抵押登记及注销", "Mortgage registration and release", "bm-bdc", BD, "B",
   ["抵押登记", "解押", "房贷还清注销抵押", "注销抵押"], "办理房屋抵押贷款的抵押登记，或贷款还清后注销抵押。",
   "Register a mortgage on property, or release it after paying off the loan.", ["抵押合同或银行还清证明"], ["Mortgage contract or release letter"],
   [M("不动产权证书", "Property certificate"), M("抵押合同或银行解押证明", "Mortgage contract or release letter"), ID], "1个工作日", "1 working day", "抵押80元；注销免费", "CNY 80; release free")
sv("bdc-jcdj", "继承不动产转移登记", "Inheritance transfer of property", "bm-bdc", BD, "B",
   ["继承房产", "父母房子过户", "遗产过户", "房子继承"], "继承人凭继承权公证或全体继承人到场申请，将被继承人名下房产转移登记。",
   "Heirs transfer a deceased person's property into their names.", ["被继承人已死亡", "全体继承人意见一致"], ["Owner deceased", "All heirs agree"],
   [M("死亡证明", "Death certificate"), M("亲属关系证明", "Proof of kinship"), M("不动产权证书", "Property certificate"), M("继承权公证书", "Notarised inheritance", req=False)],
   "10个工作日", "10 working days", "住宅80元/件", "CNY 80 per home")
sv("bdc-cx", "不动产登记信息查询", "Property record search", "bm-bdc", BD, "B",
   ["查房产", "无房证明", "名下有几套房", "房产档案查询"], "权利人查询本人名下不动产登记信息，出具有房或无房证明。",
   "Owners search their property records and get a home-ownership or no-home certificate.", ["查询本人名下"], ["Own records"], [ID],
   "即时办结", "Same day", *FREE, notes="一楼自助服务区可自助打印。")
# ---- 民政、婚姻
MZ = ["w301", "w302"]
sv("mz-jh", "结婚登记", "Marriage registration", "bm-mz", MZ, "J",
   ["领结婚证", "扯证", "登记结婚", "结婚手续"], "男女双方共同到婚姻登记处申请结婚登记，当场颁证。", "Both partners register their marriage together; certificate issued on the spot.",
   ["男满22周岁、女满20周岁", "双方均无配偶"], ["Man 22+, woman 20+", "Both unmarried"],
   [M("双方身份证", "Both IDs"), M("双方户口簿", "Both household registers", req=False, note="全国通办可不提供"), M("2寸双人合影照片3张", "3 joint photos", note="婚姻登记处可拍")],
   "即时办结", "Same day", *FREE, notes="可在'湘易办'App预约登记日期。")
sv("mz-lh", "离婚登记", "Divorce registration", "bm-mz", MZ, "J",
   ["协议离婚", "离婚手续", "离婚冷静期"], "双方自愿离婚并协商一致，申请离婚登记，30日冷静期后再领离婚证。",
   "Couples divorcing by mutual agreement apply and collect the certificate after a 30-day cooling-off period.", ["双方自愿", "对子女和财产达成协议"], ["Mutual consent", "Agreement on children and property"],
   [M("双方身份证和户口簿", "Both IDs and registers"), M("结婚证", "Marriage certificate"), M("离婚协议书", "Divorce agreement")], "30日冷静期后当场办结", "After a 30-day cooling-off period", *FREE)
sv("mz-db", "最低生活保障申请", "Minimum living allowance (dibao)", "bm-mz", MZ, "Z",
   ["低保", "申请低保", "生活困难补助", "特困供养"], "家庭人均收入低于本市低保标准的困难家庭申请最低生活保障。",
   "Families with income below the local minimum standard apply for the living allowance.", ["家庭人均收入低于低保标准", "财产符合规定"], ["Income below standard", "Assets within limits"],
   [M("户口簿和身份证", "Household register and IDs"), M("家庭收入和财产说明", "Income and asset statement"), M("病历或残疾证", "Medical or disability proof", req=False)],
   "30个工作日", "30 working days", *FREE)
sv("mz-gljt", "高龄津贴申领", "Old-age allowance for people over 80", "bm-mz", MZ, "Z",
   ["80岁补贴", "老人补贴", "高龄补助", "长寿金"], "本区户籍年满80周岁老人按月领取高龄津贴。", "Residents aged 80 and over receive a monthly allowance.",
   ["本区户籍", "年满80周岁"], ["Registered here", "Aged 80+"], [ID, M("本人银行卡或社保卡", "Bank or social security card")], "次月发放", "Paid from next month", *FREE)
# ---- 人社就业
RS = ["w303", "w304"]
sv("rs-syj", "失业保险金申领", "Claiming unemployment benefit", "bm-rs", RS, "R",
   ["失业金", "领失业补助", "失业保险待遇"], "非本人意愿中断就业、缴纳失业保险满一年的人员申领失业保险金。",
   "People who lost their job involuntarily after a year of contributions claim unemployment benefit.", ["非因本人意愿中断就业", "缴费满1年", "已办理失业登记"],
   ["Involuntary job loss", "One year of contributions", "Registered as unemployed"], [ID, M("解除劳动合同证明", "Termination proof"), M("社会保障卡", "Social security card")],
   "即时办结", "Same day", *FREE, online="可在'湘易办'App申领")
sv("rs-jydj", "就业失业登记", "Employment and unemployment registration", "bm-rs", RS, "R",
   ["失业登记", "就业创业证", "找工作登记", "求职登记"], "劳动年龄内有就业要求的人员办理失业登记，可享受职业介绍和就业补贴。",
   "Working-age people seeking jobs register as unemployed to get job referrals and subsidies.", ["法定劳动年龄内", "有劳动能力和就业要求"], ["Working age", "Able and willing to work"],
   [ID], "即时办结", "Same day", *FREE)
sv("rs-cydk", "创业担保贷款申请", "Start-up guaranteed loan", "bm-rs", RS, "R",
   ["创业贷款", "贴息贷款", "开店贷款", "大学生创业贷款"], "符合条件的创业人员申请最高30万元创业担保贷款并享受财政贴息。",
   "Eligible entrepreneurs apply for a guaranteed loan of up to CNY 300,000 with interest subsidy.", ["已办营业执照", "属于高校毕业生、退役军人、返乡人员等群体"],
   ["Business licensed", "In an eligible group"], [ID, M("营业执照", "Business licence"), M("创业计划书", "Business plan")], "20个工作日", "20 working days", *FREE)
sv("rs-jnbt", "职业技能提升补贴申领", "Vocational skills certificate subsidy", "bm-rs", RS, "R",
   ["技能补贴", "考证补贴", "职业资格证书补贴", "培训补贴"], "参保职工取得职业资格或技能等级证书后申领技能提升补贴。",
   "Insured workers who obtain a vocational certificate claim a skills subsidy.", ["参加失业保险满1年", "12个月内取得证书"], ["One year of unemployment insurance", "Certificate within 12 months"],
   [ID, M("职业技能等级证书", "Skills certificate")], "20个工作日", "20 working days", *FREE)
# ---- 残联
sv("cl-cjz", "残疾人证办理", "Disability certificate", "bm-cl", ["w305"], "D",
   ["办残疾证", "残疾鉴定", "残疾证换证", "智力残疾办证"], "视力、听力、言语、肢体、智力、精神残疾人申请办理或换领残疾人证。",
   "People with disabilities apply for or renew the disability certificate after assessment.", ["经指定医院评定达到残疾标准"], ["Assessed at a designated hospital"],
   [ID, HKB, M("2寸近期免冠照片3张", "3 photos"), M("残疾评定表", "Assessment form")], "20个工作日", "20 working days", *FREE)
sv("cl-fj", "残疾人辅助器具适配", "Assistive devices for people with disabilities", "bm-cl", ["w305"], "D",
   ["轮椅申请", "助听器补贴", "假肢适配", "辅具"], "持证残疾人申请轮椅、助听器、假肢等辅助器具适配补贴。",
   "Certified disabled people apply for wheelchairs, hearing aids or prostheses.", ["持有残疾人证"], ["Disability certificate held"],
   [M("残疾人证", "Disability certificate"), ID], "30个工作日", "30 working days", *FREE)
# ---- 退役军人
sv("ty-ydz", "退役军人优待证申领", "Veterans' preferential treatment card", "bm-ty", ["w306"], "V",
   ["优待证", "老兵证", "退伍军人优待证"], "退役军人、其他优抚对象申领优待证，享受交通、景区等优待。",
   "Veterans apply for a card giving discounts on transport, parks and more.", ["已完成退役军人信息采集"], ["Veteran information registered"],
   [ID, M("退伍证或退役证明", "Discharge certificate")], "30个工作日", "30 working days", *FREE)
sv("ty-bd", "退役士兵报到及安置", "Registration and placement of discharged soldiers", "bm-ty", ["w306"], "V",
   ["退伍报到", "复员安置", "退役报到", "退伍回来"], "退役士兵自退出现役30日内持介绍信到本区报到，办理安置手续。",
   "Discharged soldiers report within 30 days to arrange placement.", ["退出现役30日内"], ["Within 30 days of discharge"],
   [M("退役士兵安置介绍信", "Placement letter"), M("退伍证", "Discharge certificate"), ID], "即时办结", "Same day", *FREE)
# ---- 卫健
sv("wj-sydj", "生育登记服务", "Childbirth registration", "bm-wj", ["w307"], "W",
   ["生育登记", "准生证", "怀孕登记", "生二胎登记", "生三胎"], "夫妻生育子女可在孕前或孕期办理生育登记，作为享受生育保险和育儿补贴的依据。",
   "Couples register a pregnancy or planned birth to receive maternity and childcare benefits.", ["夫妻一方户籍在本区或持居住证"], ["One spouse registered or holding residence permit"],
   [M("夫妻双方身份证", "Both IDs"), M("结婚证", "Marriage certificate", req=False)], "即时办结", "Same day", *FREE, online="可在'湘易办'App网上登记")
sv("wj-yebt", "育儿补贴申领", "Childcare subsidy", "bm-wj", ["w307"], "W",
   ["育儿补贴", "三岁以下补贴", "生孩子补贴", "托育补贴"], "三周岁以下婴幼儿的父母按年申领育儿补贴。", "Parents of children under three claim an annual childcare subsidy.",
   ["婴幼儿未满3周岁", "已办理出生登记"], ["Child under 3", "Birth registered"], [M("婴幼儿出生医学证明", "Birth medical certificate"), M("监护人身份证和银行卡", "Guardian ID and bank card")],
   "20个工作日", "20 working days", *FREE)
# ---- 教育
sv("jy-xxbm", "义务教育入学报名及随迁子女资格审核", "School enrolment and migrant children's eligibility", "bm-jy", ["w308"], "X",
   ["小学报名", "初一入学", "随迁子女入学", "外地孩子上学", "学位申请"], "适龄儿童小学、初中入学报名，随迁子女核验居住证、社保等材料。",
   "Enrol children in primary or junior secondary school; migrant children have their documents verified.", ["适龄儿童", "随迁子女需父母持本区居住证"], ["School-age child", "Migrant parents hold residence permit"],
   [HKB, M("房产证或租赁备案", "Property or lease registration"), M("父母居住证和社保证明", "Parents' residence permit and social insurance proof", req=False)],
   "按年度招生公告", "As per annual notice", *FREE)
DEPTS = [("bm-hz", "湘溪公安分局户政服务窗口", "Household registration (police)"), ("bm-crj", "出入境管理窗口", "Exit and entry administration"),
 ("bm-cg", "车管服务站", "Vehicle and driver administration"), ("bm-sb", "区社会保险服务中心", "Social insurance centre"), ("bm-yb", "区医疗保障局", "Medical insurance bureau"),
 ("bm-gjj", "长沙住房公积金湘溪管理部", "Housing provident fund"), ("bm-sc", "区市场监督管理局", "Market regulation"), ("bm-sw", "区税务局办税服务厅", "Taxation"),
 ("bm-bdc", "区不动产登记中心", "Real estate registration"), ("bm-mz", "区民政局（婚姻登记处）", "Civil affairs and marriage registry"),
 ("bm-rs", "区人社局就业服务", "Employment services"), ("bm-cl", "区残疾人联合会", "Disabled persons' federation"), ("bm-ty", "区退役军人事务局", "Veterans affairs"),
 ("bm-wj", "区卫生健康局", "Health commission"), ("bm-jy", "区教育局招生窗口", "Education enrolment")]
LABELS = {"bm-hz": ("户政", "Household"), "bm-crj": ("出入境", "Exit-entry"), "bm-cg": ("车驾管", "Vehicles"), "bm-sb": ("社保", "Social insurance"), "bm-yb": ("医保", "Medical insurance"),
 "bm-gjj": ("公积金", "Housing fund"), "bm-sc": ("市场监管", "Business registration"), "bm-sw": ("税务", "Tax"), "bm-bdc": ("不动产", "Real estate"),
 "bm-mz": ("民政婚姻", "Civil affairs"), "bm-rs": ("就业", "Employment"), "bm-cl": ("残联", "Disability"), "bm-ty": ("退役军人", "Veterans"), "bm-wj": ("卫健", "Health"), "bm-jy": ("教育", "Education")}
# windows
win_dept = {}
for s in S:
    for w in s["windows"]: win_dept.setdefault(w, s["department"])
FLOORS = [("F1", "一楼", "Floor 1"), ("F2", "二楼", "Floor 2"), ("F3", "三楼", "Floor 3")]
windows = []
for fl in ["F1", "F2", "F3"]:
    ws = sorted(w for w in win_dept if w[1] == fl[1])
    n = len(ws)
    for i, w in enumerate(ws):
        x = round(0.08 + 0.84 * (i + 0.5) / n, 4)
        lab = LABELS[win_dept[w]]
        windows.append(dict(id=w, floor=fl, zone=f"{fl[1]}楼服务区", zone_en=f"Floor {fl[1]} service area", x=x, y=0.18,
                            label=f"{w[1:]}号窗 {lab[0]}", label_en=f"Window {w[1:]} {lab[1]}", door=dict(x=x, y=0.28)))
P = []
def pl(id, fl, x, name, name_en, aliases, notes, notes_en, kind=None, link=""):
    d = dict(id=id, name=name, name_en=name_en, aliases=aliases, floor=fl, x=x, y=0.85, notes=notes, notes_en=notes_en, door=dict(x=x, y=0.72))
    if kind: d["kind"] = kind; d["link"] = link
    P.append(d)
pl("fac-wc-1", "F1", 0.06, "一楼卫生间", "Toilets, floor 1", ["厕所", "洗手间", "toilet"], "一楼西侧。", "West end of floor 1.")
pl("fac-wc-wza", "F1", 0.14, "无障碍卫生间", "Accessible toilet", ["残疾人厕所", "第三卫生间", "accessible toilet"], "一楼西侧，可容轮椅，设扶手和呼叫按钮。", "Floor 1 west; wheelchair accessible, with grab bars and call button.")
pl("fac-muying", "F1", 0.24, "母婴室", "Mother and baby room", ["哺乳室", "喂奶", "换尿布"], "一楼西侧，有哺乳椅、尿布台和温奶器。", "Floor 1; nursing chair, changing table, bottle warmer.")
pl("fac-zizhu", "F1", 0.36, "24小时自助服务区", "24-hour self-service area", ["自助机", "自助终端", "签注机", "self-service"], "社保证明、不动产查询、港澳签注等可自助办理，夜间从侧门进入。", "Self-service machines for certificates and endorsements; night entrance on the side.")
pl("fac-zixun", "F1", 0.5, "导办咨询台", "Information desk", ["咨询台", "服务台", "问讯处", "取号"], "大门正对面，取号、咨询、引导。", "Opposite the main entrance; queue tickets and enquiries.")
pl("fac-bangban", "F1", 0.58, "帮办代办服务站", "Assisted service desk", ["帮办代办", "老年人帮办", "代办员", "志愿者"], "为老年人、残疾人、外国人提供帮办代办，可上门。", "Staff help elderly, disabled and foreign visitors fill forms and handle matters.")
pl("fac-zhaoxiang", "F1", 0.66, "证件照拍摄点", "ID photo booth", ["拍证件照", "照相", "回执照片"], "免费拍摄身份证、护照、驾驶证用照片并出回执。", "Free ID photos with digital receipt.")
pl("fac-fuyin", "F1", 0.74, "复印打印区", "Copying and printing", ["复印", "打印", "扫描"], "办事材料免费复印，每人每次限20页。", "Free copies of service documents, up to 20 pages.")
pl("fac-youji", "F1", 0.82, "EMS邮寄服务点", "Postal (EMS) desk", ["寄证件", "快递", "邮寄"], "证件邮寄到家，邮费自付。", "Have documents posted home at your own cost.")
pl("fac-lift-1", "F1", 0.92, "电梯（一楼）", "Lift (floor 1)", ["电梯", "lift", "elevator"], "大厅东侧直梯，可容轮椅。", "East side; wheelchair accessible.", "lift", "lift-east")
pl("fac-chukou", "F1", 0.98, "地下停车场入口及出口", "Car park and exit", ["停车场", "出口", "parking"], "东侧出口，地下停车场前1小时免费。", "East exit; underground car park, first hour free.")
pl("fac-wc-2", "F2", 0.06, "二楼卫生间", "Toilets, floor 2", ["厕所", "洗手间"], "二楼西侧。", "West end of floor 2.")
pl("fac-xiuxi", "F2", 0.3, "休息等候区", "Rest and waiting area", ["休息区", "等候区", "座位"], "二楼中部，有座椅和叫号屏。", "Middle of floor 2; seats and queue screen.")
pl("fac-yinshui", "F2", 0.45, "饮水点", "Drinking water", ["饮水机", "热水", "开水"], "休息区旁，提供冷热水和一次性杯。", "Next to the rest area; hot and cold water.")
pl("fac-chongdian", "F2", 0.6, "手机充电站", "Phone charging station", ["充电", "充电宝", "charger"], "休息区旁，带多种接口，可租充电宝。", "By the rest area; multiple cables and power banks.")
pl("fac-lift-2", "F2", 0.92, "电梯（二楼）", "Lift (floor 2)", ["电梯"], "", "", "lift", "lift-east")
pl("fac-wc-3", "F3", 0.06, "三楼卫生间", "Toilets, floor 3", ["厕所", "洗手间"], "三楼西侧。", "West end of floor 3.")
pl("fac-lift-3", "F3", 0.92, "电梯（三楼）", "Lift (floor 3)", ["电梯"], "", "", "lift", "lift-east")
floors = []
for fl, name, name_en in FLOORS:
    ids = [w["id"] for w in windows if w["floor"] == fl] + [p["id"] for p in P if p["floor"] == fl]
    xs = {w["id"]: w["x"] for w in windows} | {p["id"]: p["x"] for p in P}
    nodes, paths = [], []
    items = [(xs[i], i) for i in ids]
    if fl == "F1": items.append((0.5, "kiosk"))
    for x, i in items:
        nodes.append(dict(id=f"j-{i}", x=x, y=0.5)); paths.append([i, f"j-{i}"])
    paths.append([f"j-{i}" for x, i in sorted(items)])
    floors.append(dict(id=fl, name=name, name_en=name_en, map=f"plan-{fl.lower()}.svg", walkways=dict(width_m=60, height_m=30, nodes=nodes, paths=paths)))
    # svg
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600">', '<rect width="1200" height="600" fill="#f7f9fb"/>',
           '<rect x="10" y="10" width="1180" height="580" fill="none" stroke="#334" stroke-width="6"/>', '<rect x="20" y="280" width="1160" height="40" fill="#e3e8ee"/>']
    for w in windows:
        if w["floor"] == fl:
            out.append(f'<rect x="{w["x"]*1200-30:.0f}" y="80" width="60" height="60" fill="#fff" stroke="#334"/><text x="{w["x"]*1200:.0f}" y="118" font-size="16" text-anchor="middle">{w["id"]}</text>')
    for p in P:
        if p["floor"] == fl:
            out.append(f'<circle cx="{p["x"]*1200:.0f}" cy="510" r="14" fill="#8bc"/><text x="{p["x"]*1200:.0f}" y="550" font-size="11" text-anchor="middle">{p["name"]}</text>')
    out.append(f'<text x="600" y="40" font-size="22" text-anchor="middle">{name} {name_en}</text></svg>')
    open(f"plan-{fl.lower()}.svg", "w").write("\n".join(out))
cat = dict(schema_version=1, hall=dict(id="cs-xiangxi-zwzx", name="长沙市湘溪区政务服务中心", name_en="Xiangxi District Government Service Centre, Changsha",
    address="湖南省长沙市湘溪区麓枫路188号", address_en="188 Lufeng Road, Xiangxi District, Changsha, Hunan",
    hours="周一至周五 9:00–12:00、13:30–17:30；周六上午 9:00–12:00（部分窗口）", hours_en="Mon–Fri 9:00–12:00, 13:30–17:30; Sat 9:00–12:00 (some windows)",
    phone="0731-8866 2345", floors=floors, kiosk=dict(floor="F1", x=0.5, y=0.62)),
    departments=[dict(id=a, name=b, name_en=c) for a, b, c in DEPTS], windows=windows, places=P, services=S)
json.dump(cat, open("catalog.json", "w"), ensure_ascii=False, indent=1)
print(len(S), "services", len(P), "places", len(windows), "windows")
