import json
M=lambda n,en,req=True,note="",orig=True,copies=0: dict(name=n,name_en=en,original=orig,copies=copies,required=req,note=note)
ID=M("本人身份证","Applicant's ID card")
HK=M("户口本","Household register booklet")
depts=[("hj","石岔派出所户籍室","Household registration (police)"),("sb","社保所（养老·医保）","Social insurance office"),
("mz","民政办","Civil affairs office"),("cl","残联专干","Disabled Persons' Federation desk"),("wj","卫健办（计生）","Health and family planning office"),
("ny","农业农村办（农经站）","Agriculture and rural affairs office"),("tj","退役军人服务站","Veterans service station"),
("sc","市场监管所","Market regulation office"),("db","综合受理·代办","General intake and proxy services")]
pref=dict(hj="A",sb="B",mz="C",cl="C",wj="E",ny="F",tj="G",sc="H",db="D")
win=dict(hj=["C01","C02"],sb=["C03","C04"],mz=["C05"],cl=["C05"],db=["C06"],wj=["C07"],ny=["C08"],tj=["C09"],sc=["C10"])
S=[]
def s(id,d,name,en,aliases,summary,sen,cond,mats,fee,feen,tl,tlen,notes="",online=""):
    S.append(dict(id=id,name=name,name_en=en,department=d,aliases=aliases,summary=summary,summary_en=sen,conditions=cond,
      materials=mats,windows=win[d],queue_prefix=pref[d],time_limit=tl,time_limit_en=tlen,fee=fee,fee_en=feen,notes=notes,online=online,updated="2026-10-15"))
FREE=("免费","Free")
# 户籍
s("hj01","hj","出生登记（新生儿落户）","Birth registration of a newborn",["娃娃上户口","新生儿落户","报户口"],
 "小孩出生后凭出生医学证明在父亲或母亲户口所在地登记户口。","Register a newborn in the household of either parent.",
 ["父母一方户口在本镇","出生医学证明已办"],[M("出生医学证明","Birth medical certificate"),M("父母身份证","Parents' ID cards"),HK,M("结婚证","Marriage certificate",req=False,note="未婚生育的可不提供，按规定说明情况")],*FREE,"当场办结","Same day")
s("hj02","hj","居民身份证换领（到期、损坏）","Renewing an ID card (expired or damaged)",["身份证过期","换身份证","身份证坏了"],
 "身份证到期前三个月内或损坏不能用的，在户籍窗口拍照换领。","Renew an expiring or damaged ID card; photo taken at the window.",
 ["本镇户籍"],[M("旧身份证","Old ID card"),HK],"20元","CNY 20","20个工作日","20 working days","可邮寄到家，邮费自付。")
s("hj03","hj","居民身份证补领（丢失）","Replacing a lost ID card",["身份证丢了","补身份证","身份证掉了"],
 "身份证遗失的，先挂失再补领，急用可开临时身份证。","Report the loss and apply for a new ID card; temporary card available.",
 ["本镇户籍"],[HK,M("照片回执","Photo receipt",req=False,note="窗口可现场拍")],"40元（临时身份证另收10元）","CNY 40 (temporary card CNY 10)","20个工作日","20 working days")
s("hj04","hj","户口迁入（投靠、婚迁、回迁）","Moving household registration in",["户口迁回来","嫁过来落户口","户口迁进来"],
 "结婚、投靠亲属、大中专毕业回原籍等情况把户口迁入本镇。","Move your hukou into the town for marriage, joining relatives or returning after study.",
 ["符合投靠或婚迁条件","跨省迁移的可直接在迁入地办"],[ID,M("迁入地户口本","Receiving household register"),M("结婚证或亲属关系证明","Marriage or kinship proof"),M("房产或居住证明","Proof of residence",req=False)],*FREE,"5个工作日","5 working days")
s("hj05","hj","户口迁出","Moving household registration out",["户口迁走","迁户口去外地","开准迁证"],
 "户口迁往外地的，一般在迁入地直接申请，本窗口协助办理迁出和户籍证明。","Moving your hukou elsewhere; usually applied for at the destination, we assist.",
 [],[ID,HK],*FREE,"3个工作日","3 working days")
s("hj06","hj","死亡人员户口注销","Cancelling the hukou of a deceased person",["人走了销户口","老人去世注销户口","销户"],
 "家里有人去世的，家属凭死亡证明注销户口，交回身份证。","Family members cancel the hukou of the deceased and return the ID card.",
 ["死者户口在本镇"],[M("死亡医学证明或村委会证明","Death certificate or village committee proof"),M("死者身份证、户口本","Deceased's ID card and register"),M("办理人身份证","Applicant's ID card")],*FREE,"当场办结","Same day","注销后可到社保窗口办养老保险注销和丧葬补助。")
s("hj07","hj","户口本补领、换领","Replacing a household register booklet",["户口本丢了","户口本烂了","补户口本"],
 "户口簿遗失或破损的由户主申请补领换领。","The head of household applies for a replacement booklet.",
 [],[M("户主身份证","Householder's ID card"),M("破损的户口本","Damaged booklet",req=False)],*FREE,"3个工作日","3 working days")
s("hj08","hj","户籍证明开具","Household registration certificate",["开户籍证明","开亲属关系证明","证明是一家人"],
 "开具户籍、亲属关系、曾用名等户籍类证明。","Certificates of household registration, kinship or former names.",
 [],[ID,HK],*FREE,"当场办结","Same day")
# 社保
s("sb01","sb","城乡居民养老保险参保登记","Enrolling in rural and urban residents' pension insurance",["交养老保险","农村养老保险","买社保"],
 "16周岁以上、没参加职工养老保险的本镇居民可参保，每年按档次缴费。","Residents 16+ without employee pension can enrol and pay yearly by tier.",
 ["年满16周岁（在校学生除外）","未参加职工养老保险"],[ID,HK],"免费（保费按所选档次缴纳）","Free (premium by chosen tier)","当场办结","Same day",online="可在甘肃人社App缴费")
s("sb02","sb","城乡居民养老保险待遇领取","Claiming residents' pension at 60",["到60岁领养老金","领养老钱","退休金申请"],
 "年满60周岁、累计缴费满15年的，申请按月领取养老金。","At 60 with 15 years of contributions, apply to receive a monthly pension.",
 ["年满60周岁","累计缴费满15年或按规定补缴"],[ID,HK,M("社保卡","Social security card")],*FREE,"次月发放","Paid from next month")
s("sb03","sb","养老金领取资格认证","Pension eligibility verification (proof of life)",["养老金认证","每年刷脸认证","年审养老金"],
 "领养老金的人每年做一次资格认证，可用手机刷脸，老人不会弄的到窗口办。","Yearly proof-of-life check for pensioners; by phone face scan or at the window.",
 ["正在领取养老金"],[ID,M("社保卡","Social security card",req=False)],*FREE,"当场办结","Same day","行动不便的可申请上门认证。")
s("sb04","sb","城乡居民医保参保缴费","Residents' medical insurance enrolment and payment",["交医保","合作医疗","新农合"],
 "城乡居民医保每年集中缴费，新生儿、返乡人员可随时参保。","Yearly payment of residents' medical insurance; newborns and returnees can join anytime.",
 ["未参加职工医保"],[ID,HK],"免费（保费按年度标准缴纳）","Free (premium at the yearly rate)","当场办结","Same day")
s("sb05","sb","异地就医备案","Registering for medical treatment in another place",["外地看病报销","去外地住院医保","异地医保备案"],
 "长期在外地住、打工或转外地看病的，先备案，看病时直接结算。","Register before medical treatment elsewhere so bills are settled directly.",
 ["已参加医保"],[ID,M("转诊证明或居住证明","Referral or residence proof",req=False)],*FREE,"当场办结","Same day",online="可在国家医保服务平台App自助备案")
s("sb06","sb","社会保障卡申领、补换","Applying for or replacing a social security card",["社保卡丢了","办社保卡","补卡"],
 "首次申领、遗失补办、损坏换卡，可选择第三代社保卡。","First application, replacement of lost or damaged social security card.",
 [],[ID,M("照片","Photo",req=False,note="窗口可现场采集")],"首次免费，补换卡按银行规定","First card free; replacement per bank rules","10个工作日","10 working days")
s("sb07","sb","居民养老保险注销及丧葬补助","Closing a deceased person's pension and funeral grant",["老人去世领丧葬费","养老保险退钱","个人账户余额"],
 "参保人去世后，家属办理注销，领取个人账户余额和丧葬补助金。","After death, family close the pension account and receive the balance and funeral grant.",
 ["已注销户口"],[M("死亡证明或户口注销证明","Death or hukou cancellation proof"),M("继承人身份证和银行卡","Heir's ID and bank card")],*FREE,"15个工作日","15 working days")
s("sb08","sb","门诊慢特病认定","Recognition of chronic and special outpatient diseases",["慢病卡","高血压糖尿病报销","慢性病证"],
 "患有高血压、糖尿病等慢性病的，申请认定后门诊费用可报销。","Get recognised for chronic diseases so outpatient costs are reimbursed.",
 ["已参加医保","有二级以上医院诊断"],[ID,M("病历、诊断证明","Medical records and diagnosis")],*FREE,"20个工作日","20 working days")
# 民政
s("mz01","mz","最低生活保障申请","Applying for minimum living allowance (dibao)",["吃低保","申请低保","困难补助"],
 "家里人均收入低于低保标准的，向村里或民政办申请，经核查后按月发放。","Households below the local income line apply and receive monthly support after checks.",
 ["家庭人均收入低于当地低保标准","财产状况符合规定"],[M("家庭成员身份证、户口本","IDs and register of all members"),M("收入情况说明","Income statement"),M("病历或残疾证","Medical or disability records",req=False)],*FREE,"30个工作日","30 working days")
s("mz02","mz","特困人员救助供养","Support for persons in extreme poverty (wubao)",["五保户","没儿没女的老人","敬老院供养"],
 "无劳动能力、无生活来源、无赡养人的老人、残疾人和未成年人，可申请特困供养，可分散或去敬老院。","Support for those with no income, no capacity to work and no carers; at home or in a care home.",
 ["无劳动能力、无生活来源、无法定赡养抚养人"],[ID,HK,M("情况说明","Statement of circumstances")],*FREE,"30个工作日","30 working days")
s("mz03","mz","临时救助","Temporary assistance",["遇到急事没钱","家里遭灾","看大病没钱了"],
 "因火灾、车祸、突发重病等一时生活困难的，可申请临时救助。","One-off help for sudden hardship such as fire, accident or serious illness.",
 ["遭遇突发事件导致基本生活困难"],[ID,M("相关证明（医院票据、受灾证明等）","Supporting proof (bills, disaster proof)")],*FREE,"急难情况先行救助，一般10个工作日","Urgent cases first; usually 10 working days")
s("mz04","mz","高龄津贴申领","Old-age allowance for people 80+",["80岁老人补贴","高龄补贴","老年人补助"],
 "本镇户籍年满80周岁的老人，每月发放高龄津贴。","Monthly allowance for residents aged 80 and over.",
 ["年满80周岁","本镇户籍"],[ID,HK,M("一卡通存折","Subsidy bankbook")],*FREE,"次月发放","Paid from next month")
s("mz05","mz","孤儿和事实无人抚养儿童生活保障","Living support for orphans and children without carers",["孤儿补助","爸妈都不在了的娃","无人抚养儿童"],
 "父母双亡或父母服刑、重残等不能抚养的孩子，按月领取基本生活费。","Monthly living allowance for orphans and children whose parents cannot care for them.",
 ["未满18周岁"],[M("儿童户口本","Child's register"),M("父母死亡或失联、服刑证明","Proof about the parents"),M("监护人身份证","Guardian's ID")],*FREE,"30个工作日","30 working days")
s("cl01","cl","残疾人证办理","Applying for a disability certificate",["办残疾证","残疾证换证","评残"],
 "先申请，再到指定医院评定残疾等级，审核后发证。","Apply, get assessed at a designated hospital, then the certificate is issued.",
 [],[ID,HK,M("近期免冠照片3张","Three recent photos",copies=3)],*FREE,"评残后15个工作日","15 working days after assessment")
s("cl02","cl","残疾人两项补贴","Living subsidy and nursing subsidy for disabled people",["残疾人补贴","重度残疾护理费","残疾人生活补助"],
 "困难残疾人生活补贴和重度残疾人护理补贴，持证残疾人申请。","Living subsidy for poor disabled people and nursing subsidy for severe disability.",
 ["持有残疾人证","低保家庭或一二级重度残疾"],[M("残疾人证","Disability certificate"),ID,M("银行卡","Bank card")],*FREE,"次月发放","Paid from next month")
# 卫健
s("wj01","wj","生育登记","Birth registration (family planning)",["怀孕了登记","生二胎登记","生育服务证"],
 "生育一孩、二孩、三孩实行登记服务，怀孕后或孩子出生后都可登记。","Registration for first, second or third child, before or after birth.",
 [],[M("夫妻双方身份证","Both spouses' ID cards"),M("结婚证","Marriage certificate",req=False)],*FREE,"当场办结","Same day",online="可在甘肃卫健公众号登记")
s("wj02","wj","农村计划生育家庭奖励扶助","Rewards for rural family-planning households",["独生子女奖励","计生奖励","两个女儿的奖励"],
 "农村只有一个孩子或两个女孩的父母，年满60周岁后每年领奖励扶助金。","Rural parents of one child or two daughters receive yearly rewards from 60.",
 ["农业户口","只生育一个子女或两个女孩","年满60周岁"],[M("夫妻身份证、户口本","Couple's IDs and register"),M("独生子女证或相关证明","One-child certificate or proof")],*FREE,"次年统一发放","Paid yearly")
s("wj03","wj","计划生育特别扶助","Special support for family-planning families",["失独家庭","独生子女去世","独生子女伤残扶助"],
 "独生子女死亡或伤残、女方49周岁以上的家庭，申请特别扶助金。","Support for families whose only child died or is disabled.",
 ["独生子女死亡或伤残三级以上","女方年满49周岁"],[M("夫妻身份证、户口本","Couple's IDs and register"),M("子女死亡证明或残疾证","Child's death or disability proof")],*FREE,"次月发放","Paid from next month")
s("wj04","wj","育儿补贴申领","Childcare subsidy for children under 3",["3岁以下娃娃补贴","养娃补贴","育儿钱"],
 "3周岁以下的婴幼儿，每孩每年发放育儿补贴。","Yearly childcare subsidy for each child under three.",
 ["孩子未满3周岁","已办户口"],[M("孩子户口本","Child's register"),M("申请人身份证和银行卡","Applicant's ID and bank card")],*FREE,"20个工作日","20 working days",online="可在支付宝或微信育儿补贴入口申请")
# 农业
s("ny01","ny","耕地地力保护补贴（种粮补贴）","Farmland protection subsidy (grain subsidy)",["种地补贴","粮补","一卡通没收到补贴"],
 "承包耕地的农户按面积领补贴，面积变了、户主变了到这里更正。","Farm households receive subsidy by area; report changes here.",
 ["有承包耕地并正常种植"],[ID,M("土地承包经营权证","Land contract certificate"),M("一卡通存折","Subsidy bankbook")],*FREE,"按年度统一发放","Paid yearly")
s("ny02","ny","农机购置补贴申请","Farm machinery purchase subsidy",["买农机补贴","买拖拉机补钱","旋耕机补贴"],
 "购买补贴目录内农机后申请补贴。","Apply for a subsidy after buying listed farm machinery.",
 ["购买目录内机具"],[ID,M("购机发票","Purchase invoice"),M("机具铭牌照片","Machine plate photo"),M("银行卡","Bank card")],*FREE,"30个工作日","30 working days")
s("ny03","ny","土地承包经营权变更","Change of rural land contract rights",["分户分地","承包地继承","土地证改名字"],
 "分户、继承、互换等原因变更承包合同和承包经营权证。","Change contract and certificate after household split, inheritance or exchange.",
 ["经村集体经济组织同意"],[ID,HK,M("原承包经营权证","Original certificate"),M("村委会意见","Village committee opinion")],*FREE,"20个工作日","20 working days")
s("ny04","ny","土地经营权流转备案","Filing a land lease (transfer of management rights)",["把地租给别人","土地流转合同","包地给合作社"],
 "把承包地出租、入股给别人种的，签合同后到农经站备案。","File lease contracts when renting out or pooling contracted land.",
 [],[ID,M("流转合同","Lease contract"),M("承包经营权证","Land contract certificate")],*FREE,"5个工作日","5 working days")
s("ny05","ny","农村宅基地和建房申请","Application for rural homestead and house building",["盖新房","批宅基地","翻修老房子"],
 "农户新建、翻建住房，先申请宅基地和乡村建设规划许可。","Apply for homestead and rural building permit before building or rebuilding.",
 ["本村集体经济组织成员","一户一宅"],[ID,HK,M("建房申请表","Application form"),M("村民小组意见","Village group opinion"),M("房屋设计图","House drawing",req=False)],*FREE,"20个工作日","20 working days")
# 退役军人
s("tj01","tj","退役军人信息采集","Veterans' information registration",["当过兵登记","退伍信息采集","光荣牌"],
 "退役军人和其他优抚对象进行信息采集，可同时申请悬挂光荣牌。","Register veterans' information; honour plaque can be applied for.",
 ["退役军人或优抚对象"],[ID,M("退伍证","Discharge certificate")],*FREE,"当场办结","Same day")
s("tj02","tj","优抚对象抚恤补助","Subsidies for entitled groups (veterans)",["老兵补助","参战补贴","带病回乡补助"],
 "参战、参试、带病回乡退伍军人等按规定申请定期补助。","Regular subsidies for war veterans and others entitled.",
 ["属于优抚对象"],[ID,M("退伍证或入伍批准书","Discharge or enlistment papers"),M("银行卡","Bank card")],*FREE,"30个工作日","30 working days")
s("tj03","tj","义务兵家庭优待金","Allowance for families of conscripts",["儿子当兵家里补助","优待金","参军补助"],
 "本镇入伍的义务兵，家里每年领取优待金。","Yearly allowance for the family of a local conscript.",
 ["在本镇入伍的义务兵"],[M("入伍通知书","Enlistment notice"),M("家属身份证、银行卡","Family ID and bank card")],*FREE,"按年度发放","Paid yearly")
s("tj04","tj","退役军人优待证申领","Veterans' preferential card",["优待证","退伍军人证卡","坐车优待"],
 "退役军人申领优待证，凭证享受乘车、景区等优待。","Apply for the veterans' card for travel and other benefits.",
 ["已完成信息采集"],[ID,M("近期照片","Recent photo")],*FREE,"60个工作日","60 working days")
# 市场
s("sc01","sc","个体工商户设立登记","Registering an individual business",["开个小卖部","办营业执照","开店执照"],
 "开小店、修理铺、养殖场等个体户办理营业执照。","Business licence for small shops and other individual businesses.",
 ["有固定经营场所"],[ID,M("经营场所证明","Premises proof"),M("登记申请书","Application form")],*FREE,"1个工作日","1 working day",online="可在甘肃政务服务网网上申请")
s("sc02","sc","个体工商户变更、注销","Changing or closing an individual business",["执照改地址","店不开了","注销营业执照"],
 "个体户的名称、地址、经营者变了或者不干了，办变更或注销。","Change details or close an individual business.",
 [],[ID,M("营业执照正副本","Business licence")],*FREE,"1个工作日","1 working day")
s("sc03","sc","小餐饮、食品小作坊登记","Registration of small eateries and food workshops",["开饭馆","做凉皮卖","食品经营证"],
 "开小饭馆、小吃摊、做手工食品卖的，办登记证和健康证后经营。","Registration for small eateries and home food workshops.",
 ["已办营业执照","从业人员有健康证"],[ID,M("营业执照","Business licence"),M("健康证","Health certificate"),M("场所平面图","Floor plan",req=False)],*FREE,"10个工作日","10 working days")
# 代办
s("db01","db","住房公积金提取（代办）","Housing provident fund withdrawal (proxy)",["取公积金","公积金提出来","公积金销户"],
 "本中心代收公积金提取材料，转县公积金中心办理。","We collect provident fund withdrawal papers and forward them to the county centre.",
 ["已缴存公积金"],[ID,M("银行卡","Bank card"),M("提取原因证明（购房合同、离职证明等）","Reason proof (purchase contract, resignation)")],*FREE,"10个工作日","10 working days")
s("db02","db","不动产登记（代办）","Real estate registration (proxy)",["办房产证","过户","不动产证"],
 "代收房屋买卖、继承过户、抵押等不动产登记申请，转县不动产登记中心。","Collect property registration applications and forward to the county registry.",
 [],[ID,HK,M("原房产证或购房合同","Original certificate or purchase contract"),M("继承的需亲属关系证明","Kinship proof for inheritance",req=False)],"按县不动产中心规定收取","Per county registry fees","15个工作日","15 working days")
s("db03","db","车驾管业务（代办）","Vehicle and driving licence services (proxy)",["驾照到期换证","驾驶证换证","摩托车上牌"],
 "代办驾驶证到期换证、补证，三轮车摩托车登记等业务，转县车管所。","Proxy for licence renewal, replacement and motorcycle registration via the county vehicle office.",
 [],[ID,M("驾驶证","Driving licence"),M("体检证明","Medical check certificate",note="县医院或指定体检点办理")],"工本费10元","CNY 10","10个工作日","10 working days")

windows=[]
labels={"C01":"1号窗 户籍","C02":"2号窗 户籍","C03":"3号窗 社保医保","C04":"4号窗 社保医保","C05":"5号窗 民政·残联","C06":"6号窗 综合代办",
"C07":"7号窗 卫健计生","C08":"8号窗 农业农村","C09":"9号窗 退役军人","C10":"10号窗 市场监管"}
labels_en={"C01":"Window 1 Hukou","C02":"Window 2 Hukou","C03":"Window 3 Social insurance","C04":"Window 4 Social insurance","C05":"Window 5 Civil affairs","C06":"Window 6 General intake",
"C07":"Window 7 Health","C08":"Window 8 Agriculture","C09":"Window 9 Veterans","C10":"Window 10 Market"}
f1=["C01","C02","C03","C04","C05","C06"]; f2=["C07","C08","C09","C10"]
for fl,ws in (("F1",f1),("F2",f2)):
    for i,w in enumerate(ws):
        x=round(0.12+i*0.14,3)
        windows.append(dict(id=w,floor=fl,zone="一楼大厅" if fl=="F1" else "二楼办事区",zone_en="Ground floor hall" if fl=="F1" else "First floor",x=x,y=0.15,label=labels[w],label_en=labels_en[w],door=dict(x=x,y=0.25)))
P=[("wc01","卫生间","Toilets",["厕所","洗手间","toilet"],"F1",0.2,"在大厅西头。"),
("wc02","无障碍卫生间","Accessible toilet",["残疾人厕所","轮椅厕所"],"F1",0.3,"有扶手，可推轮椅进去。"),
("xx01","休息等候区","Waiting area",["坐一下","等叫号"],"F1",0.45,"有老花镜、叫号屏。"),
("ys01","饮水点","Drinking water",["开水","喝水"],"F1",0.55,"有热水和一次性杯子。"),
("fy01","复印打印","Photocopying",["复印","打印"],"F1",0.65,"办事材料免费复印。"),
("zz01","自助服务机","Self-service machine",["自助机","打证明的机器"],"F1",0.75,"可打社保缴费证明、查养老金。"),
("bd01","帮办代办台","Assisted service desk",["帮办","代办员","不会填表"],"F1",0.88,"有工作人员帮老人填表、代跑腿。"),
("my01","母婴室","Nursing room",["喂奶","换尿布"],"F2",0.8,"二楼东头。"),
]
places=[]
for pid,n,en,al,fl,x,note in P:
    places.append(dict(id=pid,name=n,name_en=en,aliases=al,floor=fl,x=x,y=0.85,notes=note,kind="facility",door=dict(x=x,y=0.75)))
places.append(dict(id="lt01",name="楼梯（一楼）",name_en="Stairs (ground floor)",aliases=["上二楼"],floor="F1",x=0.95,y=0.5,notes="本中心无电梯，上不去楼的可在6号窗或帮办台代收二楼业务。",kind="stairs",link="stairs1",door=dict(x=0.9,y=0.5)))
places.append(dict(id="lt02",name="楼梯（二楼）",name_en="Stairs (first floor)",aliases=["下楼"],floor="F2",x=0.95,y=0.5,kind="stairs",link="stairs1",door=dict(x=0.9,y=0.5)))
def walk(fl,ws,extra):
    nodes=[];paths=[];spine=[]
    items=[(w["id"],w["door"]["x"]) for w in windows if w["floor"]==fl]+[(p["id"],p["door"]["x"]) for p in places if p["floor"]==fl and p["kind"]=="facility"]
    xs={}
    for iid,x in items:
        nid="j-"+iid; nodes.append(dict(id=nid,x=x,y=0.5)); paths.append([iid,nid]); xs[nid]=x
    nodes.append(dict(id="j-stairs-"+fl,x=0.9,y=0.5)); xs["j-stairs-"+fl]=0.9
    paths.append([extra,"j-stairs-"+fl])
    if fl=="F1":
        nodes.append(dict(id="j-kiosk",x=0.05,y=0.5)); xs["j-kiosk"]=0.05; paths.append(["kiosk","j-kiosk"])
    spine=sorted(xs,key=lambda k:xs[k]); paths.append(spine)
    return dict(width_m=36,height_m=18,nodes=nodes,paths=paths)
cat=dict(schema_version=1,hall=dict(id="gs-shicha-town",name="陇山县石岔镇便民服务中心",name_en="Shicha Town Convenience Service Centre, Longshan County",
 address="甘肃省陇山县石岔镇新街12号（镇政府院内东侧）",address_en="12 Xinjie, Shicha Town, Longshan County, Gansu",
 hours="周一至周五 上午8:30-12:00 下午14:30-18:00（夏季）",hours_en="Mon-Fri 8:30-12:00, 14:30-18:00 (summer)",phone="0938-7216 305",
 floors=[dict(id="F1",name="一楼",name_en="Ground floor",map=None,walkways=walk("F1",f1,"lt01")),dict(id="F2",name="二楼",name_en="First floor",map=None,walkways=walk("F2",f2,"lt02"))],
 kiosk=dict(floor="F1",x=0.05,y=0.6)),
 departments=[dict(id=a,name=b,name_en=c) for a,b,c in depts],windows=windows,places=places,services=S)
json.dump(cat,open("catalog.json","w"),ensure_ascii=False,indent=2)
print(len(S),"services",len(places),"places")
