# Generator for the blind hall4 catalog (fictional: 南京市栖澜区政务服务中心).
import json

FLOORS = [("F1","一楼","Floor 1"),("F2","二楼","Floor 2"),("F3","三楼","Floor 3")]
DEPTS = [
 ("bm-01","栖澜分局户政出入境服务区","Qilan Police: household registration & exit-entry", "H"),
 ("bm-02","区人力资源和社会保障局","Human resources and social security bureau", "R"),
 ("bm-03","区医疗保障局","Medical insurance bureau", "Y"),
 ("bm-04","南京住房公积金管理中心栖澜分中心","Housing provident fund centre (Qilan branch)", "G"),
 ("bm-05","区市场监督管理局","Market regulation bureau", "S"),
 ("bm-06","国家税务总局南京市栖澜区税务局","Qilan district tax bureau", "T"),
 ("bm-07","不动产登记中心·房屋租赁管理","Real estate registration & housing lease office", "F"),
 ("bm-08","区民政局（婚姻登记处）","Civil affairs bureau (marriage registry)", "M"),
 ("bm-09","交警支队栖澜车管服务站","Traffic police vehicle & driver service station", "J"),
 ("bm-10","区残疾人联合会","Disabled persons' federation", "C"),
 ("bm-11","区退役军人事务局","Veterans affairs bureau", "V"),
 ("bm-12","区卫生健康委员会","Health commission", "W"),
 ("bm-13","区教育局","Education bureau", "E"),
 ("bm-14","区台港澳事务服务窗口","Hong Kong, Macao & Taiwan affairs desk", "K"),
]
# windows: id, floor, x, label, label_en
WIN = []
def wins(prefix, floor, n, labels):
    for i in range(n):
        x = round(0.06 + i*(0.88/(n-1)), 4)
        lab, lab_en = labels[i]
        WIN.append((f"{prefix}{i+1:02d}", floor, x, lab, lab_en))
HZ=("户政","Household registration"); CRJ=("出入境","Exit-entry"); GAT=("台港澳事务","HK/Macao/Taiwan affairs")
CG=("车驾管","Vehicles & licences"); WJ=("卫健","Health"); JY=("教育入学","School enrolment")
wins("A","F1",10,[HZ,HZ,HZ,CRJ,CRJ,GAT,CG,CG,WJ,JY])
SB=("社保","Social insurance"); JYE=("就业人才","Employment & talent"); YB=("医保","Medical insurance")
GJJ=("公积金","Provident fund"); CL=("残联","Disability services"); TY=("退役军人","Veterans"); MZ=("民政·婚姻","Civil affairs / marriage")
wins("B","F2",12,[SB,SB,SB,JYE,YB,YB,GJJ,GJJ,CL,TY,MZ,MZ])
QY=("企业开办","Business registration"); SW=("税务","Tax"); BDC=("不动产登记","Real estate"); ZL=("房屋租赁","Housing lease")
wins("C","F3",10,[QY,QY,QY,("食品许可","Food licence"),SW,SW,BDC,BDC,BDC,ZL])
ZONE={"F1":("一楼公安·交通·社会事务区","Floor 1 police, traffic & social affairs"),"F2":("二楼人社·民生保障区","Floor 2 social security & welfare"),"F3":("三楼企业·税务·不动产区","Floor 3 business, tax & real estate")}

# places: id, name, name_en, aliases, floor, x, notes, notes_en, kind, link
PLACES = [
 ("ss-01","一楼卫生间（含无障碍厕位）","Floor 1 toilets (incl. accessible stall)",["卫生间","洗手间","公共厕所","无障碍卫生间","toilet"],"F1",0.92,"大厅东侧，设无障碍厕位及扶手。","East side of the hall; accessible stall with grab bars.",None,""),
 ("ss-02","二楼卫生间","Floor 2 toilets",["卫生间","洗手间","二楼厕所","restroom"],"F2",0.92,"二楼东侧电梯旁。","East side of floor 2, next to the lift.",None,""),
 ("ss-03","三楼卫生间（含无障碍厕位）","Floor 3 toilets (incl. accessible stall)",["卫生间","洗手间","三楼厕所","无障碍厕位"],"F3",0.92,"三楼东侧。","East side of floor 3.",None,""),
 ("ss-04","母婴室","Mother and baby room",["哺乳室","母婴休息室","nursing room"],"F2",0.78,"配有护理台、温奶器、沙发。","Changing table, bottle warmer and sofa.",None,""),
 ("ss-05","24小时自助服务区","24-hour self-service area",["自助服务区","自助终端","自助机","self-service terminals"],"F1",0.10,"可自助打印社保缴费证明、个税完税证明、不动产登记信息，办理身份证自助拍照。","Self-service printing of social insurance and tax certificates, property records; ID photo booth.",None,""),
 ("ss-06","复印打印点","Photocopy & printing point",["复印","打印","复印件","扫描","photocopy"],"F1",0.22,"办事材料免费复印，每人每次限30页。","Free copying of application documents, up to 30 pages.",None,""),
 ("ss-07","综合咨询导办台","Information & guidance desk",["咨询台","导办台","服务台","问询处","information desk"],"F1",0.40,"提供事项咨询、取号指引、轮椅及老花镜借用。","Enquiries, ticket guidance, wheelchair and reading-glasses loan.",None,""),
 ("ss-08","帮办代办服务窗口","Assisted-service desk",["帮办代办","代办服务","帮办窗口","老年人绿色通道","assisted service"],"F1",0.52,"为老年人、残疾人、孕妇等提供全程帮办、代填表格和陪同办理。","Staff accompany elderly, disabled and pregnant visitors through the whole process and help fill forms.",None,""),
 ("ss-09","候办休息区","Waiting & rest area",["休息区","等候区","座椅","waiting area"],"F2",0.30,"设叫号显示屏及座椅。","Seats and queue-number screens.",None,""),
 ("ss-10","饮水点","Drinking water point",["饮水机","开水","直饮水","drinking water"],"F2",0.50,"提供冷热直饮水及一次性纸杯。","Hot and cold drinking water, paper cups.",None,""),
 ("ss-11","手机充电站","Phone charging station",["充电宝","充电桩","手机充电","charging"],"F1",0.64,"提供多种接口充电线及共享充电宝。","Charging cables for common phones and power-bank rental.",None,""),
 ("ss-12","EMS证照邮寄服务点","EMS document mailing point",["邮寄","快递","寄证件","EMS"],"F1",0.74,"办结证照可付费邮寄到家，也可寄送申请材料。","Mail finished certificates home (paid) or send documents.",None,""),
 ("ss-13","智能取证柜","Smart certificate pick-up lockers",["取证柜","自助取件","领证柜","pick-up locker"],"F1",0.84,"凭短信取件码领取已办结的证照。","Collect finished certificates with the SMS pick-up code.",None,""),
 ("ss-14","地下停车场及北出口","Underground car park & north exit",["停车场","停车","出口","地下车库","parking"],"F1",0.03,"B1层停车场，办事群众凭取号单免费停车2小时；北出口通往地铁4号线。","B1 car park: 2 hours free with a queue ticket; north exit leads to Metro Line 4.",None,""),
 ("ss-15","电梯（一楼）","Lift (floor 1)",["电梯","直梯","elevator"],"F1",0.97,"可达二、三楼及B1停车场，轮椅可进入。","Serves floors 2, 3 and car park B1; wheelchair accessible.","lift","dt"),
]

SV = []
def S(id, dept, name, name_en, aliases, summary, summary_en, conds, conds_en, mats, fee, fee_en, tl, tl_en, windows, notes=""):
    ms = []
    for m in mats:
        req = not m.startswith("?"); m = m.lstrip("?")
        copies = 0
        if "#" in m:
            m, c = m.split("#"); copies = int(c)
        n, ne = m.split("/")
        ms.append({"name": n, "name_en": ne, "original": copies == 0, "copies": copies, "required": req, "note": ""})
    SV.append(dict(id=id, name=name, name_en=name_en, department=dept, aliases=aliases, summary=summary, summary_en=summary_en,
        conditions=conds, conditions_en=conds_en, materials=ms, windows=windows, queue_prefix=[d[3] for d in DEPTS if d[0]==dept][0],
        time_limit=tl, time_limit_en=tl_en, fee=fee, fee_en=fee_en, hours=None, appointment="可通过“我的南京”App预约取号",
        appointment_en="Book a ticket in the 'My Nanjing' app", online="可在江苏政务服务网办理或查询进度",
        online_en="Can be applied for or tracked on the Jiangsu government service website", notes=notes, updated="2026-10-15"))
F0=("免费","Free"); JB=("即办","Same day")
HZW=["A01","A02","A03"]
# 户政
S("sx-1101","bm-01","出生登记（新生儿落户）","Birth registration of a newborn (hukou)",["新生儿入户","出生申报户口","婴儿上户口"],"新生儿出生后由父母一方持出生医学证明申报户口。","Register a newborn's hukou with the birth medical certificate.",["出生一个月内申报为宜"],["Preferably within one month of birth"],["出生医学证明/Birth medical certificate","父母双方居民身份证/Parents' ID cards","户口簿/Household register","结婚证/Marriage certificate"],*F0,*JB,HZW)
S("sx-1102","bm-01","户口迁入登记","Hukou transfer-in",["投靠落户","迁户口进来","购房落户","夫妻投靠"],"符合投靠、购房等落户政策的人员办理户口迁入本区。","Move a hukou into the district under kinship or home-purchase rules.",["符合南京市落户政策"],["Meets Nanjing hukou policy"],["居民身份证/ID card","户口簿/Household register","房屋产权证明或亲属关系证明/Property or kinship proof","?准予迁入证明/Transfer-in approval"],*F0,"5个工作日","5 working days",HZW)
S("sx-1103","bm-01","户口迁出登记","Hukou transfer-out",["户口迁走","开迁移证","迁往外地"],"户口由本区迁往外省市，开具或电子传递户口迁移证。","Move a hukou out of the district to another city.",["已取得迁入地准迁证明（跨省一站式迁移除外）"],["Approval from the destination, unless one-stop transfer"],["居民身份证/ID card","户口簿/Household register","?准予迁入证明/Destination approval"],*F0,*JB,HZW)
S("sx-1104","bm-01","居民户口簿补领换领","Replacement of household register booklet",["户口本补办","户口本换本","户口簿遗失"],"户口簿遗失、损坏或户主变更时补领、换领。","Replace a lost or damaged hukou booklet.",["户口簿遗失、损毁或页满"],["Booklet lost, damaged or full"],["户主居民身份证/Householder's ID card","?损坏的户口簿/Damaged booklet"],*F0,"3个工作日","3 working days",HZW)
S("sx-1105","bm-01","死亡人员户口注销","Cancelling the hukou of a deceased person",["死亡注销","销户口","人走了注销户口"],"公民死亡后由家属持死亡证明注销户口。","Family members cancel the hukou of a deceased person.",["持居民死亡医学证明或火化证明"],["Death or cremation certificate"],["居民死亡医学证明（推断）书/Death certificate","死者户口簿及身份证/Deceased's register & ID","申报人身份证/Applicant's ID"],*F0,*JB,HZW)
S("sx-1106","bm-01","居民身份证申领换领","First application or renewal of resident ID card",["身份证到期换证","首次办身份证","身份证换领"],"年满16周岁首次申领或有效期满换领第二代居民身份证。","Apply for a first ID card or renew an expiring one.",["本区户籍"],["Hukou in the district"],["户口簿/Household register","?原居民身份证/Old ID card","?相片回执/Photo receipt"],"20元（首次、换领）","CNY 20","15个工作日","15 working days",HZW)
S("sx-1107","bm-01","居民身份证挂失补领","Reporting loss and replacing an ID card",["身份证遗失补办","身份证丢失","临时身份证"],"身份证丢失后挂失并补领，急用可办临时身份证。","Report a lost ID card and get a replacement; temporary card available.",["身份证遗失或被盗"],["ID card lost or stolen"],["户口簿/Household register","?相片回执/Photo receipt"],"40元；临时身份证10元","CNY 40; temporary card CNY 10","15个工作日","15 working days",HZW)
S("sx-1108","bm-01","居住证办理","Residence permit for non-local residents",["南京居住证","暂住证","流动人口居住登记"],"非本市户籍人员居住满半年，凭稳定就业、住所或就读证明申领居住证。","Non-local residents who have lived here 6 months apply for a residence permit.",["已登记居住满6个月","有合法稳定就业、住所或就读之一"],["Registered residence for 6 months","Stable job, home or study"],["居民身份证/ID card","租赁备案证明或房产证/Lease record or deed","劳动合同或社保缴费证明/Labour contract or social insurance record"],*F0,"7个工作日","7 working days",HZW)
CRJW=["A04","A05"]
S("sx-1201","bm-01","普通护照申领","Ordinary passport application",["办护照","护照换发","护照补发"],"中国公民首次申请、换发或补发普通护照。","Apply for, renew or replace an ordinary passport.",["中国公民"],["Chinese citizen"],["居民身份证/ID card","?旧护照/Old passport"],"120元","CNY 120","7个工作日","7 working days",CRJW)
S("sx-1202","bm-01","往来港澳通行证及签注","Exit-entry permit and endorsement for Hong Kong & Macao",["港澳通行证","港澳签注","去香港签注"],"申领往来港澳通行证，办理团队旅游、个人旅游、商务等签注。","Apply for the HK/Macao travel permit and tourist or business endorsements.",["中国内地居民"],["Mainland resident"],["居民身份证/ID card","?原通行证/Old permit"],"证件60元；签注每次15元","Permit CNY 60; endorsement CNY 15 each","7个工作日","7 working days",CRJW)
S("sx-1203","bm-01","往来台湾通行证及签注","Mainland travel permit and endorsement for Taiwan",["大通证","赴台通行证","台湾签注"],"内地居民赴台湾地区所需通行证及签注。","Permit and endorsement for mainland residents travelling to Taiwan.",["中国内地居民"],["Mainland resident"],["居民身份证/ID card","?邀请单/Invitation"],"证件60元；签注15元","Permit CNY 60; endorsement CNY 15","10个工作日","10 working days",CRJW)
S("sx-1204","bm-01","外国人居留许可","Residence permit for foreigners",["外国人工作类居留","外籍人员居留证件","residence permit"],"在华工作、学习、团聚的外国人申请或延期居留许可。","Foreigners working, studying or joining family apply for or extend a residence permit.",["持有效护照及签证","已办理住宿登记"],["Valid passport and visa","Accommodation registration done"],["护照/Passport","境外人员住宿登记表/Accommodation registration form","工作许可或入学、亲属关系证明/Work permit, admission or kinship proof","照片/Photo"],"400元至1000元（按期限）","CNY 400-1000 depending on length","7个工作日","7 working days",["A05"])
# 台港澳
S("sx-1301","bm-14","港澳台居民居住证申领","Residence permit for Hong Kong, Macao and Taiwan residents",["港澳居民居住证","台湾居民居住证","台胞居住证"],"在大陆居住半年以上的港澳台居民申领居住证。","HK, Macao and Taiwan residents living here 6+ months apply for a residence permit.",["居住满半年","有稳定就业、住所或就读之一"],["Lived here 6 months","Stable job, home or study"],["港澳居民来往内地通行证或台湾居民来往大陆通行证/Home-return permit or Taiwan compatriot permit","住所证明/Proof of address","?就业或就读证明/Job or study proof"],*F0,"20个工作日","20 working days",["A06"])
S("sx-1302","bm-14","台湾居民来往大陆通行证换补发","Renewal or replacement of the Taiwan compatriot permit",["台胞证","台胞证补办","台胞证到期"],"台湾居民在大陆期间换发或补发台胞证。","Taiwan residents renew or replace their permit while in the mainland.",["台湾居民"],["Taiwan resident"],["原台胞证或遗失声明/Old permit or loss statement","照片/Photo"],"200元","CNY 200","7个工作日","7 working days",["A06"])
# 交警
CGW=["A07","A08"]
S("sx-1401","bm-09","机动车驾驶证换证补证","Renewal or replacement of driving licence",["驾照到期换证","驾驶证补领","驾照丢了"],"驾驶证有效期满换证、遗失补证或损毁换证。","Renew an expiring driving licence or replace a lost one.",["驾驶证有效期满前90日内或遗失"],["Within 90 days of expiry or lost"],["居民身份证/ID card","?身体条件证明/Health certificate"],"10元","CNY 10",*JB,CGW)
S("sx-1402","bm-09","机动车检验合格标志核发","Issue of motor vehicle inspection mark",["车辆年检","年审","六年免检"],"私家车年检（免检车辆直接申领检验标志）。","Annual vehicle inspection mark; exempt cars just apply for the mark.",["交强险有效","违法已处理"],["Compulsory insurance valid","Violations cleared"],["机动车行驶证/Vehicle licence","交强险保单/Compulsory insurance policy"],*F0,*JB,CGW)
S("sx-1403","bm-09","交通违法处理","Handling traffic violations",["处理违章","交罚款","扣分处理"],"处理非现场交通违法记录、缴纳罚款。","Process camera-recorded traffic violations and pay fines.",["驾驶人本人或车辆所有人"],["Driver or vehicle owner"],["驾驶证/Driving licence","行驶证/Vehicle licence"],"按违法行为罚款","Fine according to the offence",*JB,CGW)
# 卫健 教育
S("sx-1501","bm-12","出生医学证明补发换发","Reissue of birth medical certificate",["出生证补办","出生证明改名","出生证遗失"],"出生医学证明遗失补发或信息错误换发。","Reissue a lost or incorrect birth medical certificate.",["出生证明遗失、损毁或信息有误"],["Lost, damaged or wrong information"],["父母身份证/Parents' ID cards","?原出生医学证明/Original certificate","登报遗失声明/Loss notice"],*F0,"10个工作日","10 working days",["A09"])
S("sx-1502","bm-12","生育登记","Childbirth registration (family planning)",["生育服务登记","准生证","一孩二孩三孩登记"],"夫妻生育子女的登记服务，用于生育津贴、产检等。","Register a pregnancy or birth for maternity benefits and check-ups.",["夫妻一方户籍或居住在本区"],["One spouse registered or living here"],["夫妻双方身份证/Both spouses' ID cards","结婚证/Marriage certificate"],*F0,*JB,["A09"])
S("sx-1601","bm-13","义务教育入学登记","Primary/middle school enrolment registration",["小学入学登记","幼升小","小升初报名","随迁子女入学"],"适龄儿童小学、初中入学信息登记与材料审核，含随迁子女。","Register school-age children for primary or middle school, incl. migrant children.",["年满6周岁（小学）"],["Aged 6 (primary school)"],["户口簿/Household register","房产证或租赁备案证明/Deed or lease record","?父母居住证/Parents' residence permit","?出生医学证明/Birth certificate"],*F0,"20个工作日","20 working days",["A10"])
# 人社
SBW=["B01","B02","B03"]
S("sx-2101","bm-02","灵活就业人员社保参保登记","Social insurance enrolment for flexible workers",["个人缴社保","自由职业参保","灵活就业参保"],"无雇工个体户、非全日制等灵活就业人员以个人身份参加养老、医疗保险。","Self-employed and part-time workers enrol in pension insurance as individuals.",["法定劳动年龄内"],["Of working age"],["居民身份证/ID card","?居住证/Residence permit"],*F0,*JB,SBW)
S("sx-2102","bm-02","养老保险关系转移接续","Transfer of pension insurance between cities",["社保转移","养老保险转入","社保转过来"],"跨省、跨市流动就业人员转移养老保险关系及缴费年限。","Transfer pension contributions when moving between cities.",["在原参保地已停保"],["Contributions stopped at the old place"],["居民身份证/ID card","参保缴费凭证/Contribution record"],*F0,"45个工作日","45 working days",SBW)
S("sx-2103","bm-02","职工基本养老金申领","Claiming the basic pension on retirement",["退休手续","办理退休","养老金申领"],"达到法定退休年龄、缴费满规定年限的参保人员申领养老金。","Insured persons reaching retirement age apply to draw their pension.",["达到法定退休年龄","累计缴费满15年"],["Retirement age","15 years of contributions"],["居民身份证/ID card","?档案/Personnel file","社保卡/Social security card"],*F0,"20个工作日","20 working days",SBW)
S("sx-2104","bm-02","社会保障卡补换","Replacement of social security card",["社保卡补办","社保卡挂失","换社保卡"],"社保卡遗失、损坏挂失补换，可即时制卡。","Replace a lost or damaged social security card; instant card service.",["已参保"],["Insured"],["居民身份证/ID card"],"补卡20元，到期换卡免费","CNY 20 for replacement; renewal free",*JB,SBW)
S("sx-2105","bm-02","社保参保缴费证明打印","Printing of social insurance contribution certificate",["社保缴费证明","参保证明","社保清单"],"打印个人参保缴费证明，用于购房、入学、落户等。","Print a personal contribution certificate for housing, school or hukou use.",["已参保"],["Insured"],["居民身份证/ID card"],*F0,*JB,SBW+["B04"])
JYW=["B04"]
S("sx-2201","bm-02","失业登记及失业保险金申领","Unemployment registration and benefit claim",["失业金","领失业保险","失业登记"],"非因本人意愿中断就业的人员登记失业并申领失业保险金。","Register as unemployed and claim unemployment benefit.",["非因本人意愿中断就业","缴纳失业保险满1年"],["Involuntary job loss","1 year of contributions"],["居民身份证/ID card","解除劳动合同证明/Termination certificate","银行卡/Bank card"],*F0,"10个工作日","10 working days",JYW)
S("sx-2202","bm-02","高层次人才引进落户审核","Talent introduction hukou approval",["人才落户","人才引进","大学生落户","学历落户"],"本科以上学历或具有技能等级的人才申请落户南京的资格审核。","Eligibility check for graduates and skilled talents settling hukou in Nanjing.",["本科及以上学历或中级以上职称"],["Bachelor's degree or intermediate title"],["居民身份证/ID card","毕业证、学位证/Diploma and degree","劳动合同/Labour contract"],*F0,"5个工作日","5 working days",JYW)
S("sx-2203","bm-02","劳动保障监察投诉","Labour inspection complaint",["欠薪投诉","讨薪","劳动监察"],"用人单位拖欠工资、未缴社保等违法行为的投诉受理。","File a complaint about unpaid wages or missing social insurance.",["在本区用工"],["Employed in the district"],["居民身份证/ID card","劳动关系证明/Proof of employment","?欠薪证据/Evidence of unpaid wages"],*F0,"受理后60个工作日内办结","Within 60 working days",JYW)
# 医保
YBW=["B05","B06"]
S("sx-2301","bm-03","城乡居民医保参保登记","Enrolment in urban-rural residents' medical insurance",["居民医保","新生儿医保","学生医保","老人医保"],"未参加职工医保的居民（含新生儿、学生、老人）参加居民医保。","Residents without employee insurance, incl. babies, students and elderly, enrol.",["未参加职工医保"],["Not in employee insurance"],["居民身份证或户口簿/ID card or register","?居住证/Residence permit"],"按年度缴费标准缴纳","Annual contribution rate","即办","Same day",YBW)
S("sx-2302","bm-03","异地就医备案","Registration for medical treatment in another city",["异地医保备案","转外就医","异地安置备案"],"长期异地居住或转外就医人员办理医保异地备案后直接结算。","Register to settle medical bills directly when treated in another city.",["参加南京医保"],["Insured in Nanjing"],["社保卡/Social security card","?转诊证明/Referral letter","?异地居住证明/Proof of living elsewhere"],*F0,*JB,YBW)
S("sx-2303","bm-03","医疗费用零星报销","Reimbursement of medical expenses",["医保报销","手工报销","医药费报销"],"未能直接结算的急诊、异地就医费用手工报销。","Manual reimbursement for medical bills not settled directly.",["已参保且就医时未联网结算"],["Insured; bill not settled online"],["社保卡/Social security card","医疗费用发票/Medical invoices","费用清单/Itemised bill","出院小结/Discharge summary"],*F0,"20个工作日","20 working days",YBW)
# 公积金
GJW=["B07","B08"]
S("sx-2401","bm-04","住房公积金租房提取","Provident fund withdrawal for rent",["公积金提取租房","租房提公积金","付房租提取"],"无房职工租房按月或按年提取公积金。","Employees without a home withdraw provident fund for rent.",["本市无自有住房","连续足额缴存3个月以上"],["No home in Nanjing","3 months of contributions"],["居民身份证/ID card","?租赁备案证明/Lease registration","银行卡/Bank card"],*F0,*JB,GJW)
S("sx-2402","bm-04","住房公积金购房提取","Provident fund withdrawal for home purchase",["买房提公积金","购房提取","还贷提取"],"购买、建造自住住房或偿还房贷时提取公积金。","Withdraw provident fund when buying a home or repaying a mortgage.",["购房合同已备案或正在还贷"],["Registered purchase or ongoing mortgage"],["居民身份证/ID card","购房合同或不动产权证/Purchase contract or deed","?借款合同/Loan contract"],*F0,*JB,GJW)
S("sx-2403","bm-04","住房公积金销户提取","Closing the provident fund account",["退休提取公积金","离职提取","出国定居提取","公积金销户"],"退休、离开本市、出境定居等情形一次性提取并销户。","Withdraw the full balance and close the account on retirement or leaving.",["退休、户口迁出或与单位终止劳动关系半年以上"],["Retired, left the city, or 6 months without a job"],["居民身份证/ID card","退休证或离职证明/Retirement or resignation proof","银行卡/Bank card"],*F0,"3个工作日","3 working days",GJW)
S("sx-2404","bm-04","住房公积金个人住房贷款","Provident fund mortgage loan",["公积金贷款","公积金买房贷款","组合贷款"],"缴存职工购买自住住房申请公积金贷款。","Contributors apply for a provident fund home loan.",["连续缴存6个月以上"],["6 months of contributions"],["借款人及配偶身份证/IDs of borrower and spouse","结婚证或单身声明/Marriage certificate or single statement","购房合同/Purchase contract","收入证明/Income certificate"],*F0,"15个工作日","15 working days",GJW)
S("sx-2405","bm-04","住房公积金缴存开户与转移","Opening and transferring provident fund accounts",["公积金开户","单位缴存登记","公积金转移"],"单位为职工开户缴存，以及异地公积金转入本市。","Employers open accounts; transfer funds from another city.",["单位已依法登记"],["Employer registered"],["营业执照/Business licence#1","经办人身份证/Agent's ID","?职工名册/Staff list"],*F0,*JB,GJW)
# 残联 退役 民政
S("sx-2501","bm-10","残疾人证申领","Application for disability certificate",["办残疾证","残疾评定","残疾证换证"],"残疾人经评定后申领第二代残疾人证。","Apply for the disability certificate after assessment.",["本区户籍"],["Hukou in the district"],["户口簿/Household register","居民身份证/ID card","近期免冠照片/Recent photos#3"],*F0,"20个工作日","20 working days",["B09"])
S("sx-2502","bm-10","困难残疾人生活补贴和重度残疾人护理补贴","Living and care allowances for disabled persons",["残疾人两项补贴","护理补贴","残疾补助"],"低保家庭残疾人生活补贴，一、二级残疾人护理补贴。","Allowances for low-income disabled people and for severe disabilities.",["持第二代残疾人证"],["Holds the disability certificate"],["残疾人证/Disability certificate","银行卡/Bank card","?低保证/Subsistence allowance certificate"],*F0,"20个工作日","20 working days",["B09"])
S("sx-2601","bm-11","退役军人优待证申领","Veterans' preferential treatment card",["优待证","退役军人证","军人优待"],"退役军人和其他优抚对象申领优待证，享受交通、景区等优待。","Veterans apply for the preferential card for transport and attraction discounts.",["本区户籍退役军人"],["Veteran registered here"],["居民身份证/ID card","退伍证/Discharge certificate","照片/Photo"],*F0,"30个工作日","30 working days",["B10"])
S("sx-2602","bm-11","退役士兵报到及安置","Reporting and placement of discharged soldiers",["退伍报到","退役安置","自主就业退役士兵"],"退役士兵退役后30日内报到，办理安置和一次性经济补助。","Discharged soldiers report within 30 days for placement and subsidy.",["退役30日内"],["Within 30 days of discharge"],["退役证/Discharge certificate","居民身份证/ID card","户口簿/Household register"],*F0,*JB,["B10"])
MZW=["B11","B12"]
S("sx-2701","bm-08","结婚登记","Marriage registration",["领结婚证","登记结婚","扯证"],"男女双方共同到场办理结婚登记。","Both parties attend to register their marriage.",["男满22周岁、女满20周岁","双方无配偶"],["Man 22+, woman 20+","Both unmarried"],["双方居民身份证/IDs of both","双方户口簿/Both household registers","?近期双人合影/Joint photos#3"],"免费（结婚证工本费免收）","Free",*JB,MZW)
S("sx-2702","bm-08","离婚登记","Divorce registration",["协议离婚","办离婚","离婚冷静期"],"自愿离婚的夫妻申请离婚登记，须经30日冷静期。","Couples divorcing by agreement apply, with a 30-day cooling-off period.",["双方自愿并对子女、财产达成协议"],["Mutual consent and agreement on children and property"],["双方身份证/IDs","双方户口簿/Household registers","结婚证/Marriage certificate","离婚协议书/Divorce agreement#3"],*F0,"冷静期满后30日内双方到场","Within 30 days after cooling-off",MZW)
S("sx-2703","bm-08","补领婚姻登记证","Replacement of marriage/divorce certificate",["结婚证补办","离婚证补领","婚姻登记记录证明"],"结婚证、离婚证遗失或损毁后补领。","Replace a lost or damaged marriage or divorce certificate.",["原登记档案可查"],["Original record exists"],["居民身份证/ID card","户口簿/Household register","照片/Photos#2"],*F0,*JB,MZW)
S("sx-2704","bm-08","收养登记","Adoption registration",["领养孩子","收养子女","继子女收养"],"收养人与送养人共同申请收养登记。","Adopters and the placing party register an adoption.",["收养人年满30周岁且无子女或仅有一名子女"],["Adopter 30+ with at most one child"],["收养人身份证及户口簿/Adopter's ID and register","送养协议/Placement agreement","体检证明/Health certificate","?被收养人出生证明/Child's birth certificate"],*F0,"30日","30 days",MZW)
S("sx-2705","bm-08","最低生活保障申请","Application for minimum living allowance",["低保","申请低保","困难家庭救助"],"家庭人均收入低于低保标准的家庭申请低保。","Low-income households apply for the minimum living allowance.",["家庭人均收入低于本市低保标准"],["Per-capita income below the local line"],["户口簿/Household register","家庭成员身份证/Family members' IDs","收入及财产申报表/Income and asset form"],*F0,"30个工作日","30 working days",MZW)
S("sx-2706","bm-08","高龄老人尊老金申领","Longevity allowance for people aged 80+",["尊老金","高龄补贴","八十岁补助"],"本区户籍80周岁以上老人按月领取尊老金。","Residents aged 80+ receive a monthly longevity allowance.",["年满80周岁","本区户籍"],["Aged 80+","Hukou here"],["户口簿/Household register","居民身份证/ID card","银行卡/Bank card"],*F0,"次月起发放","Paid from the next month",MZW)
# 市场监管
QYW=["C01","C02","C03"]
S("sx-3101","bm-05","个体工商户设立登记","Registration of an individual business",["个体户营业执照","开个体户","办个体执照"],"个人经营小店、摊点等申请个体工商户营业执照。","Individuals register a small shop or stall as an individual business.",["有固定经营场所"],["Fixed premises"],["经营者身份证/Operator's ID","经营场所使用证明/Premises proof","?租赁合同/Lease"],*F0,"1个工作日","1 working day",QYW)
S("sx-3102","bm-05","公司设立登记","Company incorporation",["注册公司","开公司","有限公司设立","企业开办"],"有限责任公司等企业设立登记，一窗领取执照、印章、发票。","Register a limited company; get licence, seals and invoices at one window.",["有公司名称、章程、住所"],["Name, articles and registered address"],["公司章程/Articles of association","股东身份证明/Shareholders' IDs","住所使用证明/Address proof","?委托书/Power of attorney"],"免费（首套印章免费刻制）","Free, including first set of seals","1个工作日","1 working day",QYW)
S("sx-3103","bm-05","营业执照变更登记","Change of business registration",["执照变更","改法人","换地址","增加经营范围","股东变更"],"企业或个体户名称、住所、经营范围、法定代表人等变更。","Change name, address, business scope or legal representative.",["已取得营业执照"],["Already licensed"],["营业执照正副本/Licence original and copy","变更决议/Change resolution","?新住所证明/New address proof"],*F0,"1个工作日","1 working day",QYW)
S("sx-3104","bm-05","市场主体注销登记","Deregistration of a business",["公司注销","个体户注销","关店注销","简易注销"],"企业、个体户停止经营后办理注销，含简易注销。","Close a company or individual business, incl. simplified deregistration.",["已清税、清算"],["Tax cleared and liquidated"],["注销申请书/Application","清税证明/Tax clearance","营业执照/Licence"],*F0,"3个工作日","3 working days",QYW)
S("sx-3105","bm-05","营业执照遗失补领","Replacement of a lost business licence",["执照丢了","执照补办","营业执照补发"],"营业执照遗失或损坏后申请补领。","Replace a lost or damaged business licence.",["已在国家企业信用信息公示系统公示遗失"],["Loss published on the credit system"],["补领申请书/Application","法定代表人身份证/Legal rep's ID"],*F0,*JB,QYW)
S("sx-3106","bm-05","食品经营许可","Food business licence",["餐饮许可证","食品经营许可证","小吃店许可","卖熟食许可"],"从事餐饮服务、预包装食品销售等食品经营活动须取得许可证。","Licence needed to run a restaurant or sell food.",["已取得营业执照","经营场所符合食品安全要求"],["Business licence held","Premises meet food-safety rules"],["营业执照/Business licence#1","经营场所平面图/Floor plan","食品安全管理制度/Food safety rules","?从业人员健康证/Staff health certificates"],*F0,"10个工作日","10 working days",["C04"])
# 税务
SWW=["C05","C06"]
S("sx-3201","bm-06","发票申领","Invoice application",["领发票","申请发票额度","数电发票"],"纳税人申领增值税发票、调整发票额度。","Taxpayers obtain VAT invoices or raise invoice limits.",["已办理税务信息确认"],["Tax information confirmed"],["经办人身份证/Agent's ID","?税务UKey/Tax UKey"],*F0,*JB,SWW)
S("sx-3202","bm-06","个人所得税完税证明开具","Individual income tax payment certificate",["个税证明","纳税证明","完税证明"],"开具个人所得税纳税记录，用于购房、落户、签证。","Issue income-tax payment records for housing, hukou or visas.",["已缴纳个人所得税"],["Income tax paid"],["居民身份证/ID card"],*F0,*JB,SWW)
S("sx-3203","bm-06","个人所得税综合所得汇算清缴","Annual individual income tax reconciliation",["个税汇算","个税退税","年度汇算"],"每年3月至6月办理上一年度综合所得汇算，申请退税或补税。","Annual income-tax reconciliation between March and June; claim refunds.",["有综合所得"],["Has comprehensive income"],["居民身份证/ID card","银行卡/Bank card"],*F0,*JB,SWW)
S("sx-3204","bm-06","二手房交易税费申报缴纳","Tax filing for second-hand home sales",["二手房交税","契税缴纳","房屋交易税"],"存量房交易契税、个税、增值税申报缴纳。","File and pay deed tax and other taxes on a second-hand home sale.",["已签订买卖合同"],["Sale contract signed"],["买卖双方身份证/IDs of buyer and seller","房屋买卖合同/Sale contract","不动产权证书/Title deed"],"按应纳税额","According to tax due",*JB,["C06"])
# 不动产 住建
BDW=["C07","C08","C09"]
S("sx-3301","bm-07","不动产转移登记（二手房过户）","Transfer registration of real estate",["二手房过户","房产过户","房子过户"],"房屋买卖、赠与、继承后办理所有权转移登记。","Transfer property title after sale, gift or inheritance.",["完税"],["Taxes paid"],["双方身份证/IDs of both parties","不动产权证书/Title deed","买卖合同或继承公证书/Sale contract or inheritance deed","完税凭证/Tax receipt"],"住宅80元/件","CNY 80 per home","1个工作日","1 working day",BDW)
S("sx-3302","bm-07","抵押权登记及注销","Mortgage registration and cancellation",["办抵押","解押","房贷还清注销抵押"],"办理房产抵押登记，贷款还清后注销抵押。","Register a mortgage, or cancel it after the loan is repaid.",["贷款合同已签订或已结清"],["Loan signed or repaid"],["不动产权证书/Title deed","借款合同或结清证明/Loan contract or payoff proof","身份证/ID card"],"抵押登记80元；注销免费","CNY 80; cancellation free","1个工作日","1 working day",BDW)
S("sx-3303","bm-07","新建商品房首次转移登记","Title registration for a newly built home",["新房办证","办房产证","交房办证"],"购买新建商品房交付后为买受人办理不动产权证书。","Issue the title deed for a newly delivered home.",["开发商已完成首次登记"],["Developer's first registration done"],["身份证/ID card","商品房买卖合同/Sale contract","契税完税凭证/Deed tax receipt"],"80元","CNY 80","5个工作日","5 working days",BDW)
S("sx-3304","bm-07","不动产登记信息查询","Real estate registration record search",["房产证明","查房产","无房证明","房产信息查询"],"查询本人名下房产登记信息，出具有房或无房证明。","Search property records in one's name; issue a home-ownership or no-home certificate.",["查询本人或经授权"],["Self or authorised"],["身份证/ID card","?委托书/Authorisation"],*F0,*JB,BDW)
S("sx-3401","bm-07","房屋租赁登记备案","Housing lease registration",["租房备案","租赁合同备案","出租屋登记"],"出租人、承租人办理房屋租赁合同备案，可用于居住证、入学、公积金提取。","Register a lease for residence permits, schooling or provident fund.",["有书面租赁合同"],["Written lease"],["租赁合同/Lease contract","双方身份证/IDs of both","房屋权属证明/Proof of ownership"],*F0,*JB,["C10"])
S("sx-3402","bm-07","公共租赁住房申请","Public rental housing application",["公租房","廉租房","保障房申请"],"中低收入住房困难家庭或新就业人员申请公共租赁住房。","Low-income families or new graduates apply for public rental housing.",["本市无住房或人均面积低于标准"],["No home or below the per-capita area"],["家庭成员身份证/IDs","户口簿/Household register","收入证明/Income proof","?劳动合同/Labour contract"],*F0,"60个工作日","60 working days",["C10"])

def build():
    floors = []
    for fid, fname, fen in FLOORS:
        nodes, paths, corridor = [], [], []
        for w in WIN:
            if w[1] != fid: continue
            nid = "n-" + w[0]; nodes.append({"id": nid, "x": w[2], "y": 0.45}); paths.append([w[0], nid]); corridor.append((w[2], nid))
        for p in PLACES:
            if p[4] != fid: continue
            nid = "n-" + p[0]; nodes.append({"id": nid, "x": p[5], "y": 0.55}); paths.append([p[0], nid]); corridor.append((p[5], nid))
        if fid == "F1":
            nodes.append({"id": "n-kiosk", "x": 0.46, "y": 0.55}); paths.append(["kiosk", "n-kiosk"]); corridor.append((0.46, "n-kiosk"))
        else:
            nodes.append({"id": "dt-" + fid, "x": 0.97, "y": 0.8, "kind": "lift", "link": "dt", "name": f"电梯（{fname}）", "name_en": f"Lift ({fen})"})
            nodes.append({"id": "n-dt-" + fid, "x": 0.97, "y": 0.55}); paths.append(["dt-" + fid, "n-dt-" + fid]); corridor.append((0.97, "n-dt-" + fid))
        corridor.sort()
        paths.append([c[1] for c in corridor])
        floors.append({"id": fid, "name": fname, "name_en": fen, "map": f"plan-{fid.lower()}.svg",
                       "walkways": {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}})
        svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600" viewBox="0 0 1200 600">',
               '<rect width="1200" height="600" fill="#f8f8f4"/>','<rect x="10" y="10" width="1180" height="580" fill="none" stroke="#444" stroke-width="6"/>',
               f'<text x="600" y="320" font-size="22" text-anchor="middle" fill="#333">{fname} {ZONE[fid][0]}</text>']
        for w in WIN:
            if w[1] == fid:
                svg.append(f'<rect x="{w[2]*1200-40:.0f}" y="90" width="80" height="60" fill="#fff" stroke="#333"/><text x="{w[2]*1200:.0f}" y="127" font-size="18" text-anchor="middle">{w[0]}</text>')
        for p in PLACES:
            if p[4] == fid:
                svg.append(f'<circle cx="{p[5]*1200:.0f}" cy="450" r="18" fill="#cde" stroke="#333"/>')
        svg.append('</svg>')
        open(f"plan-{fid.lower()}.svg", "w").write("\n".join(svg) + "\n")
    windows = [{"id": w[0], "floor": w[1], "zone": ZONE[w[1]][0], "zone_en": ZONE[w[1]][1], "x": w[2], "y": 0.25,
                "label": w[3], "label_en": w[4], "door": {"x": w[2], "y": 0.32}} for w in WIN]
    places = []
    for p in PLACES:
        d = {"id": p[0], "name": p[1], "name_en": p[2], "aliases": p[3], "floor": p[4], "x": p[5], "y": 0.75, "notes": p[6], "notes_en": p[7], "door": {"x": p[5], "y": 0.68}}
        if p[8]: d["kind"] = p[8]; d["link"] = p[9]
        places.append(d)
    cat = {"schema_version": 1,
      "hall": {"id": "nj-qilan-zwfw", "name": "南京市栖澜区政务服务中心", "name_en": "Qilan District Government Service Centre, Nanjing",
               "address": "江苏省南京市栖澜区澜湾大道188号", "address_en": "188 Lanwan Avenue, Qilan District, Nanjing, Jiangsu",
               "hours": "周一至周五 9:00–12:00、13:30–17:30；周六上午 9:00–12:00（部分事项）", "hours_en": "Mon-Fri 9:00-12:00, 13:30-17:30; Sat 9:00-12:00 (selected services)",
               "phone": "025-5866 1234", "floors": floors, "kiosk": {"floor": "F1", "x": 0.46, "y": 0.62}},
      "departments": [{"id": d[0], "name": d[1], "name_en": d[2]} for d in DEPTS],
      "windows": windows, "places": places, "services": SV}
    json.dump(cat, open("catalog.json", "w"), ensure_ascii=False, indent=2)
build()
