"""English text for the demo hall's services, places and windows (merged by build_catalog.py).

The kiosk shows ``<field>_en`` in English mode (kiosk/ui/text.py). Service fields are keyed by service
id in ``SERVICES_EN``; strings that many services share (appointment channels, fees, time limits,
hours) are translated once in ``COMMON_EN`` keyed by the Chinese text, and material notes in
``NOTES_EN`` keyed by the Chinese note. App and account names keep their Chinese name in
parentheses, e.g. "i Shenzhen app (i深圳)", so visitors can find them on their phone.
The generator fails if any Chinese text has no English.
"""

from __future__ import annotations

from typing import Any

ISZ = "i Shenzhen app (i深圳)"
YSS = "Yue Sheng Shi app (粤省事)"
NIA = "National Immigration Administration app (国家移民管理局)"
T12123 = "Traffic Management 12123 app (交管12123)"
IIT = "Individual Income Tax app (个人所得税)"
GDHR = "Guangdong HR & Social Security app (广东人社)"
SZPOLICE = "Shenzhen Police WeChat account (深圳公安)"
ETAX = "Shenzhen e-Tax Bureau (电子税务局)"
SI_ONLINE = f"{ISZ}, {GDHR} or the Shenzhen social insurance online portal"
MI_ONLINE = ("National Medical Insurance app (国家医保服务平台), Yue Yi Bao mini-program (粤医保) or " + ISZ)
HF_ONLINE = ("Shenzhen Housing Provident Fund online hall, " + ISZ
             + " or the Shenzhen Housing Fund WeChat account (深圳公积金)")

# -- shared service-level strings, keyed by the Chinese text ----------------------------------------
COMMON_EN: dict[str, str] = {
    "免费": "Free",
    "即时办结": "Done on the spot",
    "20个工作日": "20 working days",
    "10个工作日": "10 working days",
    "7个工作日": "7 working days",
    "5个工作日": "5 working days",
    "3个工作日": "3 working days",
    "1个工作日": "1 working day",
    "10元（工本费）": "10 yuan (card fee)",
    "即时办结，1–3个工作日到账": "Done on the spot; money arrives in 1–3 working days",
    "20个工作日，次月起发放": "20 working days; paid from the following month",
    "住宅80元/件，非住宅550元/件（含一本证书，每增加一本加收工本费10元）":
        "Homes 80 yuan per case, non-residential 550 yuan (one certificate included; 10 yuan per extra copy)",
    "可通过“i深圳”App或“深圳公安”微信公众号预约户政业务，预约号优先叫号；也可现场取号":
        f"Book on the {ISZ} or the {SZPOLICE}; booked numbers are called first. You can also take a "
        "number here.",
    "可通过“国家移民管理局”App或“深圳出入境”微信公众号预约并网上填表，到窗口只需采集指纹和照片":
        f"Book and fill in the form on the {NIA} or the Shenzhen Exit-Entry WeChat account (深圳出入境); "
        "at the window only fingerprints and photo are taken.",
    "可通过“交管12123”App预约，无需预约也可现场取号":
        f"Book on the {T12123}, or just take a number here.",
    "无需预约，到1F导办台或直接取号": "No booking needed: go to the 1F information desk or take a number.",
    "可通过“i深圳”App或“深圳市市场监督管理局”微信公众号预约商事登记窗口":
        f"Book the business registration windows on the {ISZ} or the Shenzhen Market Regulation WeChat "
        "account (深圳市市场监督管理局).",
    "推荐在“深圳市商事登记及许可网上办事系统”（开办企业一网通）全程电子化办理，领取电子营业执照":
        "Recommended: do it fully online in the Shenzhen business registration system (深圳市商事登记及许可网上办事系统) "
        "and receive an electronic business licence.",
    "可通过“深圳税务”微信公众号或“i深圳”App预约办税":
        f"Book on the Shenzhen Tax WeChat account (深圳税务) or the {ISZ}.",
    "可通过“i深圳”App或“深圳社保”微信公众号预约，预约号优先叫号":
        f"Book on the {ISZ} or the Shenzhen Social Insurance WeChat account (深圳社保); booked numbers "
        "are called first.",
    "可通过“i深圳”App或“深圳医保”微信公众号预约":
        f"Book on the {ISZ} or the Shenzhen Medical Insurance WeChat account (深圳医保).",
    "可通过“深圳公积金”微信公众号或“i深圳”App预约":
        f"Book on the Shenzhen Housing Fund WeChat account (深圳公积金) or the {ISZ}.",
    "深圳市住房公积金管理中心网上服务大厅、“i深圳”App或“深圳公积金”微信公众号": HF_ONLINE,
    "可通过“i深圳”App或“深圳市不动产登记中心”微信公众号预约，交易税费与登记“一窗办”":
        f"Book on the {ISZ} or the Shenzhen Real Estate Registration Centre WeChat account "
        "(深圳市不动产登记中心); transaction taxes and registration are handled at one window.",
    "“i深圳”App不动产登记专区；部分银行网点可办理抵押登记":
        f"Real estate section of the {ISZ}; some bank branches handle mortgage registration.",
    "可通过“i深圳”App或“深圳民政”微信公众号预约（含5月20日等特殊日期）":
        f"Book on the {ISZ} or the Shenzhen Civil Affairs WeChat account (深圳民政), also for special "
        "dates such as 20 May.",
    "周一至周五 9:00–12:00、14:00–17:00（周六及法定节假日不办理，特殊日期另行公告）":
        "Mon–Fri 9:00–12:00, 14:00–17:00 (closed Saturdays and public holidays; special dates are "
        "announced separately)",
    "无需预约，直接取号；行动不便的可申请上门服务":
        "No booking needed, just take a number; people with limited mobility can ask for a home visit.",
    "可电话预约；行动不便的可申请上门评残和上门办证":
        "Book by phone; people with limited mobility can ask for assessment and certificate service at home.",
    "无需预约，直接取号": "No booking needed, just take a number.",
    "可通过“i深圳”App或“深圳人社”微信公众号预约":
        f"Book on the {ISZ} or the Shenzhen HR & Social Security WeChat account (深圳人社).",
}

# -- material notes, keyed by the Chinese note ------------------------------------------------------
NOTES_EN: dict[str, str] = {
    "本市户籍须出示；外省户籍异地补领的凭身份号码核验，可不提供":
        "Shenzhen hukou: show it. Other provinces: not needed, your ID number is checked.",
    "可在窗口现场免费采集照片；在照相馆拍摄的须提供带回执编号的《数码相片回执》":
        "Photo taken free at the window; a studio photo needs a digital photo receipt with its number.",
    "未满16周岁的申请人由监护人陪同办理": "Applicants under 16 come with a guardian.",
    "已办理临时身份证的一并出示": "Show it if you have one.",
    "换领时交回；已损坏的也须交回": "Handed in on renewal, even if damaged.",
    "本市户籍须出示；外省户籍跨省换领可不提供": "Shenzhen hukou: show it. Other provinces: not needed.",
    "未满16周岁申请人须由监护人陪同": "Applicants under 16 must come with a guardian.",
    "同时申请补换领的可一并办理": "Can be applied for together with the new card.",
    "本市户籍出示": "Shenzhen hukou holders show it.",
    "人社、人才部门审批的已联网推送，一般无需纸质件":
        "Approvals by the HR/talent office are sent online; usually no paper copy needed.",
    "迁入家庭户的提供": "When joining a family household.",
    "落自有住房提供不动产权证书；落人才集体户或单位集体户提供接收证明":
        "Own home: property certificate. Talent or employer collective hukou: acceptance letter.",
    "配偶、子女随迁的提供": "If a spouse or children move with you.",
    "非婚生育的按窗口指引提供其他材料": "Parents not married: other documents as the window advises.",
    "租赁合同（已申报居住信息）或不动产权证书；单位宿舍出具住宿证明":
        "Tenancy contract (residence reported) or property certificate; employer dormitory: housing letter.",
    "本市社保参保记录可联网核查，一般无需提供":
        "Usually not needed: Shenzhen social insurance records are checked online.",
    "窗口现场填写，写明用途": "Filled in at the window; state the purpose.",
    "委托他人代办时提供": "If someone applies for you.",
    "户主或户内成年成员": "Head of household or an adult household member.",
    "换领时交回": "Handed in on renewal.",
    "换发时交回；遗失补发当场申报": "Handed in on renewal; report a lost one at the window.",
    "未满16周岁申请人提供，并由监护人陪同": "Applicants under 16; they come with a guardian.",
    "登记备案的国家工作人员提供": "For registered state employees.",
    "探亲签注提供": "For family-visit endorsements.",
    "商务签注提供": "For business endorsements.",
    "换发时交回；遗失补发当场申报挂失": "Handed in on renewal; report a lost one at the window.",
    "探亲、商务等签注提供": "For family-visit, business and similar endorsements.",
    "换发时交回": "Handed in on renewal.",
    "复印照片页及有效签证或居留许可页": "Copy of the photo page and the valid visa or residence permit page.",
    "窗口可协助在线打印": "The window can help you fill it in online and print it.",
    "1张；或在窗口采集": "1 photo, or taken at the window.",
    "入住后24小时内登记": "Register within 24 hours of arrival at your accommodation.",
    "工作类居留提供": "For work residence permits.",
    "家庭团聚类提供，须经公证认证": "For family reunion; must be notarised and legalised.",
    "到具备资质的医疗机构体检，多数已联网上传":
        "Medical check at a qualified clinic; most results are uploaded online.",
    "损毁换证时交回": "Handed in if replacing a damaged licence.",
    "非本市户籍个人须同时提供居住证": "Non-Shenzhen hukou: also bring your residence permit.",
    "已联网的可免交": "Not needed if available online.",
    "燃油小汽车提供": "For petrol cars.",
    "他人代办时提供": "If someone applies for you.",
    "保单已代收的免交": "Not needed if the dealer already submitted the policy.",
    "请先在“国家政务服务平台”查询该事项材料清单，或到导办台咨询":
        "Check the document list on the National Government Service Platform (国家政务服务平台) or ask at "
        "the information desk.",
    "有就带上，便于了解情况": "Bring them if you have them; it helps us understand.",
    "导办员会告诉您需要什么": "The service guide will tell you what you need.",
    "租赁合同或不动产权证书；符合住所申报承诺制的可自行申报地址":
        "Tenancy contract or property certificate; where allowed, you may declare the address yourself.",
    "窗口现场填写或网上打印": "Fill in at the window or print online.",
    "委托他人办理时提供": "If someone applies for you.",
    "家庭经营的提供": "For family-run businesses.",
    "全体股东签署；可使用网上系统标准模板": "Signed by all shareholders; the online standard template can be used.",
    "租赁合同或不动产权证书；可按规定申报": "Tenancy contract or property certificate; may be declared as allowed.",
    "换发新执照时交回": "Handed in when a new licence is issued.",
    "公司变更时提供": "For changes to a company.",
    "变更住所时提供": "When changing the registered address.",
    "税务信息已联网共享的免交；未办理涉税事项的免交":
        "Not needed if tax data is shared online or no tax matters were registered.",
    "公司普通注销提供": "For normal company deregistration.",
    "简易注销提供": "For simplified deregistration.",
    "餐饮服务提供，标明加工操作区和清洗消毒设施":
        "For catering: mark food preparation areas and washing/disinfection facilities.",
    "上岗前取得，可后补": "Must be obtained before starting work; can be submitted later.",
    "在国家企业信用信息公示系统免费自行公示，无需登报":
        "Publish it yourself free of charge in the national enterprise credit system; no newspaper notice.",
    "电子营业执照亦可": "The electronic business licence is also accepted.",
    "须完成实名认证": "Real-name verification required.",
    "签订三方协议扣缴税款时提供": "When signing a three-party agreement for tax debits.",
    "须为已实名的办税人员": "Must be a real-name-verified tax officer of the business.",
    "已联网核验的免交": "Not needed if it can be checked online.",
    "申请临时或长期调整额度时提供合同等依据":
        "Contracts or other evidence when asking for a temporary or permanent quota change.",
    "申请退税用，须为境内一类账户": "For tax refunds; must be a mainland Class I bank account.",
    "子女教育、住房贷款或租金、赡养老人、继续教育、大病医疗、3岁以下婴幼儿照护等":
        "Children's education, mortgage interest or rent, elderly parents, further education, serious "
        "illness, care of children under 3, etc.",
    "劳务合同、房屋租赁合同等": "Service contract, tenancy contract, etc.",
    "出租房屋代开时提供": "When the invoice is for renting out a home.",
    "窗口或电子税务局填写": "Fill in at the window or on the e-Tax Bureau.",
    "出售方提供": "Provided by the seller.",
    "申请家庭唯一或第二套住房优惠税率时提供结婚证或户口簿":
        "Marriage certificate or hukou booklet to claim the lower rate for a first or second family home.",
    "窗口联网查询家庭住房情况": "The window checks your family's homes online.",
    "损坏换领时交回": "Handed in if replacing a damaged card.",
    "未成年人由监护人代办": "A guardian applies for minors.",
    "用于按月代扣社保费": "Used for the monthly social insurance debit.",
    "非本市户籍提供": "For people without Shenzhen hukou.",
    "须已激活金融账户，用于发放": "Its bank account must be activated; payments go there.",
    "单位已网上办理停保的一般免交": "Usually not needed if the employer stopped contributions online.",
    "须已激活金融账户，养老金发放到卡": "Its bank account must be activated; the pension is paid to the card.",
    "核对出生日期时提供": "To verify the date of birth.",
    "档案出生时间与身份证不一致的，以窗口告知为准":
        "If the file's birth date differs from your ID card, follow the window's advice.",
    "窗口现场填写": "Filled in at the window.",
    "转出地可联网提供的免交": "Not needed if the previous city provides it online.",
    "新生儿参保提供": "For enrolling a newborn.",
    "非本市户籍提供（父母一方的居住证亦可）":
        "For people without Shenzhen hukou; one parent's residence permit is also accepted.",
    "在校学生提供": "For students.",
    "可用个人承诺代替": "A personal declaration can be used instead.",
    "转外就医的提供": "For referrals to hospitals elsewhere.",
    "单位申报时提供": "When the employer applies.",
    "个人申领时提供": "When you apply yourself.",
    "原件；电子票据可打印": "Originals; e-receipts can be printed.",
    "报销款转入": "The reimbursement is paid into it.",
    "由专科医生填写": "Filled in by a specialist doctor.",
    "提取款转入": "The withdrawal is paid into it.",
    "按标准额度提取的免交；超标准提取须提供已备案合同及租金发票":
        "Not needed for the standard amount; above it, bring the registered contract and rent invoices.",
    "已婚的提供": "If married.",
    "新房为网签备案合同": "For a new flat: the registered online contract.",
    "已取得的提供": "If already issued.",
    "配偶共同提取时提供": "If your spouse withdraws with you.",
    "公积金贷款的免交": "Not needed for housing fund loans.",
    "商业贷款提供": "For commercial bank loans.",
    "出境定居提供户口注销证明；丧失劳动能力提供鉴定结论；退休的联网核查免交":
        "Settling abroad: hukou cancellation proof; incapacity: assessment result; retirement: checked "
        "online.",
    "结婚证、离婚证或离婚判决书": "Marriage certificate, divorce certificate or divorce judgment.",
    "按受托银行要求提供": "As the lending bank requires.",
    "一窗办理的联网核验": "Checked online at the one-stop window.",
    "出售方已婚的，配偶须到场或提供经公证的同意书":
        "If the seller is married, the spouse comes too or gives notarised consent.",
    "代查时提供": "If searching on someone's behalf.",
    "利害关系人查询时提供": "For searches by an interested party.",
    "联网核验的免交": "Not needed if it can be checked online.",
    "夫妻共有的提供": "For property owned jointly by a couple.",
    "继承时提供（医学死亡证明或户口注销证明）":
        "For inheritance (medical death certificate or hukou cancellation proof).",
    "继承时提供": "For inheritance.",
    "未办理公证的，全部法定继承人到场，按规定查验并公示":
        "Without a notarised certificate, all legal heirs must attend; checked and publicly announced.",
    "3张，红底；3F拍照室可现场拍摄": "3 photos, red background; can be taken in the 3F photo room.",
    "在登记员面前当场签署": "Signed in front of the registrar.",
    "双方各一本": "One for each partner.",
    "3份，双方签名": "3 copies signed by both.",
    "每人2张": "2 per person.",
    "补结婚证：双方合影3张；补离婚证：单人2张":
        "Marriage certificate: 3 photos of the couple; divorce certificate: 2 single photos.",
    "由登记机关调取，异地登记的可能需要当事人提供":
        "Retrieved by the registry; if registered elsewhere you may need to provide it.",
    "家庭成员签名": "Signed by the household members.",
    "津贴发放账户": "The allowance is paid into it.",
    "也可现场拍摄": "Can also be taken here.",
    "医疗费用票据、事故证明、火灾证明等": "Medical bills, accident or fire reports, etc.",
    "2张": "2 photos.",
    "窗口领取，评定医院填写评定结论": "Get it at the window; the assessing hospital fills in the result.",
    "补贴发放账户": "The subsidy is paid into it.",
    "已落户的提供": "If the child already has hukou.",
    "窗口领取填写": "Get and fill it in at the window.",
    "学信网可查的无需另行认证": "No extra verification if listed on CHSI (学信网).",
    "申请就业困难认定时提供": "When applying for employment-difficulty status.",
    "转出档案时提供": "When transferring the file out.",
    "全国联网可查的免交": "Not needed if it can be checked in the national system.",
    "劳动合同、工牌、工资条、考勤记录等": "Employment contract, staff badge, pay slips, attendance records, etc.",
    "欠条、聊天记录、银行流水等": "IOUs, chat records, bank statements, etc.",
}

# -- per-service English, keyed by service id ---------------------------------------------------------
# conditions_en is required; the other fields are only given where the Chinese text is not in COMMON_EN.
SERVICES_EN: dict[str, dict[str, Any]] = {
    # 公安户政
    "id-card-reissue": dict(
        conditions_en=["Your PRC resident ID card was lost or stolen",
                       "Shenzhen hukou, or other-province hukou eligible for applying outside your home province"],
        fee_en="40 yuan (replacement fee for a lost card)",
        time_limit_en="20 working days (urgent cases about 7 working days)",
        online_en=f"If your photo was already taken in Shenzhen, apply under ID card replacement on the "
                  f"{SZPOLICE}; the card is posted to you",
        notes_en="If you must fly or take a train meanwhile, also get a temporary ID card (10 yuan), or a "
                 "temporary identity certificate at the airport or station. A lost card that turns up is "
                 "no longer valid; please hand it in."),
    "id-card-renewal": dict(
        conditions_en=["Your ID card has expired or expires within three months",
                       "The card is damaged or its chip cannot be read",
                       "Your name, ethnicity, date of birth or other details have changed"],
        fee_en="20 yuan for expiry or changed details; 40 yuan for a damaged card",
        online_en=f"If eligible, apply online on the {SZPOLICE}; the card is posted to you",
        notes_en="Your old card stays valid until you collect the new one."),
    "id-card-first": dict(
        conditions_en=["Chinese citizen with permanent hukou in Shenzhen",
                       "Never had a resident ID card before"],
        fee_en="20 yuan",
        online_en=f"Book on the {ISZ}; photo and fingerprints are taken at the window",
        notes_en="Cards issued under age 16 are valid for 5 years."),
    "temp-id-card": dict(
        conditions_en=["Your application for a new, renewed or replacement ID card has been accepted",
                       "You urgently need ID (flights, trains, banking, etc.)"],
        fee_en="10 yuan",
        time_limit_en="Done on the spot (collect it immediately)",
        online_en="Not available online; apply in person at the window",
        notes_en="Valid for 3 months; hand it in when you collect your ID card."),
    "hukou-move-in": dict(
        conditions_en=["Move-in approved (talent introduction, joining family, etc.) or a move-in permit",
                       "A legal settlement address (own home, employer or talent collective hukou)"],
        time_limit_en="Done on the spot (cross-province moves about 5 working days)",
        online_en="Talent hukou can be applied for fully online on the Shenzhen HR & Social Security "
                  "Bureau website (深圳市人力资源和社会保障局); the final settlement is done at this window",
        notes_en="Talent approvals are handled at the 3F talent window (C08); come here to settle after "
                 "approval."),
    "hukou-move-out": dict(
        conditions_en=["A move-in permit from the new place (moves within Guangdong)",
                       "Or proof of permanent residence or settlement abroad (emigration)"],
        online_en="Cross-province moves are handled online by the police at the new place; nothing to do "
                  "in Shenzhen"),
    "birth-registration": dict(
        conditions_en=["The newborn's father or mother has permanent hukou in this district",
                       "You have the medical birth certificate"],
        online_en=f"Use the Birth One-Stop (出生一件事) on the {YSS} or the {ISZ}; the hukou booklet is "
                  "posted after online approval",
        notes_en="Register within one month of birth; later registration is still possible."),
    "residence-permit": dict(
        conditions_en=["Residence registered in Shenzhen for 12 months",
                       "Stable legal job, stable legal home, or continuous study here"],
        fee_en="First permit free; replacement or renewal 20 yuan",
        online_en=f"On the {SZPOLICE} you can report your residence, check how long it is registered and "
                  "apply online",
        notes_en=f"First report your residence on the {SZPOLICE} or via your rental manager; the 12 "
                 "months count from that report."),
    "no-criminal-record": dict(
        conditions_en=["Shenzhen hukou, or a Shenzhen residence permit",
                       "A clear purpose (job, going abroad, adoption, etc.)"],
        online_en=f"Apply for an electronic certificate on the {SZPOLICE}; it is as valid as paper",
        notes_en="For use abroad it usually also needs notarisation and consular legalisation; check with "
                 "the receiving organisation first."),
    "hukou-book-reissue": dict(
        conditions_en=["Permanent hukou in Shenzhen",
                       "The hukou booklet is lost, damaged or its pages are full"],
        online_en="Not available online yet"),
    # 出入境
    "hk-macau-permit": dict(
        conditions_en=["Mainland Chinese resident",
                       "Registered state employees need their employer's approval"],
        fee_en="60 yuan for the permit; endorsements extra",
        online_en=f"Book, fill in the form, track progress and choose postal delivery on the {NIA}",
        notes_en="Self-service endorsement machines in the 1F self-service area and the 24h area endorse "
                 "your permit instantly."),
    "hk-macau-endorsement": dict(
        conditions_en=["A valid electronic Hong Kong/Macao permit",
                       "Family-visit, business and other endorsements have their own conditions"],
        fee_en="15 yuan for one trip, 30 yuan for two trips",
        time_limit_en="Instant at the self-service machines; 7 working days at the window",
        online_en=f"Apply and pay on the {NIA}, then print it at a self-service endorsement machine",
        notes_en="Shenzhen hukou holders can get a multiple-entry tourist endorsement for Hong Kong; "
                 "endorsement machines are in the 1F self-service area and the 24h area."),
    "passport": dict(
        conditions_en=["Chinese citizen", "Registered state employees need their employer's approval"],
        fee_en="120 yuan",
        online_en=f"Book, fill in the form and choose postal delivery on the {NIA}"),
    "taiwan-permit": dict(
        conditions_en=["Mainland Chinese resident",
                       "The endorsement type must be allowed under current immigration policy"],
        fee_en="60 yuan for the permit; 15 yuan per single-trip endorsement",
        online_en=f"Book and fill in the form on the {NIA}",
        notes_en="Available Taiwan endorsement types follow the latest immigration notices."),
    "foreigner-residence-permit": dict(
        conditions_en=["A valid passport with a matching visa or residence permit",
                       "A reason to stay: work permit, school admission, family ties, etc."],
        fee_en="Under 1 year 400 yuan; 1 to under 3 years 800 yuan; 3 to 5 years 1,000 yuan",
        time_limit_en="7 working days (legal maximum 15 working days)",
        online_en=f"Track progress on the {NIA}; you must apply in person",
        notes_en="English service is available at window A08. While your application is processed, the "
                 "receipt lets you stay in China legally."),
    # 车驾管
    "driving-licence-renewal": dict(
        conditions_en=["Within 90 days before your driving licence expires",
                       "You meet the health requirements for driving"],
        online_en=f"Renew online on the {T12123}; the new licence is posted to you"),
    "driving-licence-reissue": dict(
        conditions_en=["Your driving licence is lost or damaged",
                       "The licence has not been seized or cancelled"],
        online_en=f"Apply on the {T12123}; the new licence is posted to you",
        notes_en="The old licence becomes invalid after replacement."),
    "vehicle-registration": dict(
        conditions_en=["The vehicle has passed inspection",
                       "Petrol cars need a Shenzhen car quota; new-energy cars follow current policy"],
        fee_en="About 100 yuan per pair of plates, 10 yuan for the vehicle licence (see the posted fees)",
        time_limit_en="Done on the spot once the vehicle passes inspection",
        online_en=f"Choose your plate number on the {T12123}; some dealers register cars for you"),
    "traffic-violation": dict(
        conditions_en=["Your vehicle or you as driver have unprocessed traffic violations"],
        fee_en="Fines as set by law; no handling fee",
        online_en=f"Most violations can be handled and paid on the {T12123}"),
    "vehicle-inspection-label": dict(
        conditions_en=["Private small passenger car registered less than 10 years ago",
                       "All traffic violations and accidents are settled"],
        online_en=f"Get the electronic inspection label on the {T12123}",
        notes_en="Cars aged 6 to 10 years need an inspection every two years."),
    # 综合受理
    "cross-province-service": dict(
        conditions_en=["The service is on the cross-province services list",
                       "Your identity can be verified at this window"],
        fee_en="Free (postage paid by the government)",
        time_limit_en="As promised by the office that handles it",
        online_en="Apply online in the cross-province section of the National Government Service Platform "
                  "app or mini-program (国家政务服务平台)"),
    "difficulty-report": dict(
        conditions_en=["You met difficulties or could not get something done in this hall"],
        time_limit_en="Accepted on the spot; usually answered within 3 working days",
        online_en=f"You can also call the 12345 hotline or rate the service on the {ISZ}"),
    "assisted-service": dict(
        conditions_en=["Older people, people with disabilities, pregnant women or anyone who needs help"],
        time_limit_en="Immediate",
        online_en="People with limited mobility can call the help line to book a home visit"),
    # 商事登记
    "individual-business-registration": dict(
        conditions_en=["A natural person able to run a business (family businesses: family members)",
                       "Business premises, and the business scope is not prohibited or restricted"],
        time_limit_en="1 working day (usually on the spot if documents are complete)",
        notes_en="Within 30 days, confirm your tax details at the tax window (B06); restaurants and tea "
                 "shops also need a food business licence (B04)."),
    "company-registration": dict(
        conditions_en=["A valid company name, articles of association and address",
                       "Shareholders and legal representative meet the requirements"],
        fee_en="Free (new businesses get one set of company seals free)",
        notes_en="Within 30 days of getting the licence, register for tax at the tax windows."),
    "business-licence-change": dict(
        conditions_en=["Registered details have changed and the new details comply with the rules"],
        notes_en="Changes affecting tax, social insurance or housing fund are shared automatically; "
                 "usually no extra visits."),
    "business-deregistration": dict(
        conditions_en=["Business has stopped and taxes are settled",
                       "Simplified deregistration: no open debts and no objection during the 20-day notice"],
        time_limit_en="1 working day (after the notice period for simplified deregistration)",
        notes_en="Individual businesses need no public notice for simplified deregistration."),
    "food-business-licence": dict(
        conditions_en=["You already have a business licence",
                       "Premises, equipment and food safety rules meet the requirements",
                       "A food safety manager is appointed"],
        time_limit_en="10 working days (on the spot with the commitment scheme, checked afterwards)",
        notes_en="Health certificates are issued by the district CDC or designated clinics."),
    "business-licence-reissue": dict(
        conditions_en=["Business licence lost, damaged or due for replacement"],
        notes_en="The electronic business licence is as valid as the paper one."),
    # 税务
    "new-taxpayer-registration": dict(
        conditions_en=["You have a business licence (the electronic licence counts)"],
        online_en=f"Fully online with the new taxpayer package on the {ETAX}",
        notes_en="Shenzhen uses fully digital e-invoices; no tax control device needs to be bought."),
    "invoice-application": dict(
        conditions_en=["New taxpayer tax matters completed", "No unresolved tax violations"],
        online_en=f"Apply online for a quota change on the {ETAX}",
        notes_en="Paper invoices can be collected at the 2F self-service tax area."),
    "iit-annual-settlement": dict(
        conditions_en=["Resident individual with comprehensive income in the previous tax year",
                       "Filing period: 1 March to 30 June each year"],
        time_limit_en="Filed on the spot; refunds usually arrive within 15 working days after review",
        online_en=f"Recommended: do it yourself on the {IIT}; the window mainly helps older people and "
                  "those who cannot use a phone",
        notes_en=f"From 1 to 20 March (peak) you must book on the {IIT}.",
        hours_en="1 March to 30 June each year, during hall opening hours"),
    "invoice-issuing-on-behalf": dict(
        conditions_en=["An individual needs an invoice for a taxable transaction"],
        fee_en="Free (applicable taxes are paid)",
        online_en=f"Individual invoices on the {ETAX}, or the 2F self-service tax terminals"),
    "tax-payment-certificate": dict(
        conditions_en=["An individual or business with tax payment records"],
        online_en=f"Individuals can download it under tax records on the {IIT}; it is as valid as one "
                  "from the window"),
    "tax-deregistration": dict(
        conditions_en=["All tax, late fees and fines are paid", "Invoices have been cancelled"],
        time_limit_en="On the spot if eligible for instant clearance; otherwise 20 working days",
        online_en=f"Tax deregistration on the {ETAX}",
        notes_en="Taxpayers with no invoices and no tax owed can get instant tax clearance."),
    "deed-tax": dict(
        conditions_en=["Ownership of a property changes (sale, gift, inheritance, etc.)"],
        fee_en="1%–3% of the taxable price (lower rates for a family's first or second home)",
        appointment_en=f"Book on the Shenzhen Real Estate Registration Centre account (深圳市不动产登记中心) "
                       f"or the {ISZ}; taxes and registration are handled at one window",
        online_en=f"Some transaction taxes can be declared on the {ETAX}",
        notes_en="Handled together with the transfer registration at 3F real estate windows C06 and C04."),
    # 社保
    "social-security-card": dict(
        conditions_en=["Insured in Shenzhen for social or medical insurance",
                       "If lost, report it first (call 12333 or use the app)"],
        time_limit_en="Card made on the spot (collect it immediately)",
        online_en=f"Apply online and have it posted via {SI_ONLINE}; after reporting a loss you can use "
                  "the electronic social security card",
        notes_en="The old card is void once the new one is active; activate banking functions at the "
                 "bank shown on the card."),
    "social-insurance-enrolment": dict(
        conditions_en=["Self-employed with Shenzhen hukou; non-Shenzhen hukou where current policy allows",
                       "Not insured through an employer"],
        fee_en="Free (contributions at the level you choose)",
        online_en=SI_ONLINE,
        notes_en="Contributions are collected by the tax office and debited monthly from your linked "
                 "account."),
    "unemployment-benefit": dict(
        conditions_en=["You and your employer paid unemployment insurance for at least 1 year",
                       "You lost your job involuntarily",
                       "You registered as unemployed and are looking for work"],
        time_limit_en="Reviewed within 10 working days; paid monthly",
        online_en=f"Unemployment benefit claim via {SI_ONLINE}",
        notes_en="Unemployment registration is done at the 3F employment window (C09) or online at the "
                 "same time."),
    "pension-claim": dict(
        conditions_en=["You reached the statutory retirement age (gradually raised from 2025)",
                       "At least 15 years of pension contributions (rising gradually from 2030)"],
        time_limit_en="15 working days",
        online_en=f"Retirement benefit claim via {SI_ONLINE}",
        notes_en="If you paid contributions in other cities, transfer them here first."),
    "social-insurance-record": dict(
        conditions_en=["You have social insurance records in Shenzhen"],
        online_en=f"Download a certificate with an e-seal via {SI_ONLINE}; or print it at the 1F "
                  "self-service area or the 24h area"),
    "pension-transfer": dict(
        conditions_en=["You are insured and paying in the new city",
                       "Contributions in the old city have stopped"],
        time_limit_en="Cross-province transfers usually within 45 working days",
        online_en="Apply online on the National Social Insurance Public Service Platform "
                  "(国家社会保险公共服务平台) or the Zhangshang 12333 app (掌上12333)"),
    # 医保
    "medical-insurance-enrolment": dict(
        conditions_en=["Shenzhen hukou, or non-hukou residents with a Shenzhen residence permit and their "
                       "children", "Not covered by employee medical insurance"],
        fee_en="Free (the annual resident premium is paid)",
        online_en=MI_ONLINE,
        notes_en="Children and students usually enrol in the yearly enrolment period; dates are announced "
                 "by the medical insurance office."),
    "medical-referral-out-of-town": dict(
        conditions_en=["Insured with Shenzhen basic medical insurance",
                       "Living or working elsewhere long-term, referred, or seeking treatment while away"],
        online_en=f"Out-of-town treatment registration via {MI_ONLINE}; can take effect immediately",
        notes_en="Best done online; no need to come to the hall."),
    "maternity-allowance": dict(
        conditions_en=["Covered by Shenzhen maternity insurance for the required time at birth",
                       "You took maternity leave"],
        online_en=f"{MI_ONLINE}; employers can apply on the Shenzhen medical insurance online platform",
        notes_en="Childbirth medical costs are settled directly at the hospital."),
    "medical-reimbursement": dict(
        conditions_en=["Insured with Shenzhen basic medical insurance",
                       "Costs could not be settled directly at the hospital"],
        online_en=f"Some cases can be claimed online via {MI_ONLINE}"),
    "chronic-disease": dict(
        conditions_en=["Insured with Shenzhen basic medical insurance",
                       "Diagnosed by a designated hospital as meeting the listed chronic disease criteria"],
        time_limit_en="Immediate at designated hospitals; 5 working days at the window",
        online_en="Most people can apply directly at a designated hospital"),
    # 公积金
    "housing-fund-withdrawal-rent": dict(
        conditions_en=["You and your spouse own no home in Shenzhen",
                       "You pay into the housing fund normally"],
        online_en=f"{HF_ONLINE}; online claims can arrive the same day",
        notes_en="Amounts follow the current Shenzhen rent withdrawal standard."),
    "housing-fund-withdrawal-purchase": dict(
        conditions_en=["Buying a home to live in, in Shenzhen or your hukou place",
                       "Apply within the set period after contract filing or property registration"]),
    "housing-fund-withdrawal-loan": dict(
        conditions_en=["Repaying a loan for a home you or your spouse live in", "No overdue payments"]),
    "housing-fund-withdrawal-closing": dict(
        conditions_en=["You reached the statutory retirement age",
                       "Or non-Shenzhen hukou: your job ended, you left Shenzhen and pay in nowhere else",
                       "Or you settle abroad, or lost your ability to work and your job ended"],
        time_limit_en="Accepted on the spot; paid within 3 working days",
        notes_en="If you work in another city, transfer your fund account rather than closing it."),
    "housing-fund-loan": dict(
        conditions_en=["You paid into the housing fund fully and continuously as required",
                       "Buying a home to live in, in Shenzhen, with a compliant down payment",
                       "Borrowers have stable income and can repay"],
        fee_en="Free (mortgage registration fees etc. paid separately)",
        time_limit_en="Decision within 15 working days of acceptance",
        online_en=f"Estimate your loan online via {HF_ONLINE}; you can also apply at an appointed bank "
                  "branch"),
    "housing-fund-certificate": dict(
        conditions_en=["You have housing fund contribution records in Shenzhen"],
        online_en=f"Download an electronic certificate via {HF_ONLINE}; or print it in the self-service "
                  "area"),
    # 不动产
    "real-estate-transfer": dict(
        conditions_en=["Online contract signed and transaction taxes paid",
                       "No seizure and no open mortgage on the property (or the lender agrees)"],
        time_limit_en="5 working days (same day at the one-stop window if documents are complete)",
        notes_en="Collect the certificate at the window or have it sent by EMS."),
    "real-estate-mortgage": dict(
        conditions_en=["Mortgage and loan contracts signed",
                       "The property has its first or transfer registration"],
        fee_en="Homes 80 yuan per case, non-residential 550 yuan (free for small business loans)",
        time_limit_en="3 working days (same day at banks offering registration service)",
        notes_en="For home loans the lending bank usually registers the mortgage for you."),
    "real-estate-query": dict(
        conditions_en=["Searching property in your own name, or someone else's with authorisation"],
        online_en=f"Download an electronic certificate under property records search on the {ISZ}; a "
                  "property search machine is in the 1F self-service area"),
    "new-home-certificate": dict(
        conditions_en=["The developer has done the first registration", "Deed tax is paid"]),
    "mortgage-cancellation": dict(
        conditions_en=["The loan is repaid or the lender agrees to release the mortgage"],
        online_en="Most banks can apply online for you after the loan is repaid"),
    "real-estate-inheritance": dict(
        conditions_en=["Inheritance: the deceased has died and the heirs are determined",
                       "Gift: a gift contract is signed and the taxes are paid"],
        time_limit_en="5 working days (plus the notice period where a public notice is needed)"),
    # 婚姻登记
    "marriage-registration": dict(
        conditions_en=["Both partners marry of their own free will",
                       "The man is at least 22 and the woman at least 20",
                       "Neither partner is married",
                       "The partners are not lineal relatives or collateral relatives within three "
                       "generations"],
        online_en="Book and pre-fill online; both partners must come in person",
        notes_en="After registering you can book a free certificate ceremony (3F Wedding Hall)."),
    "divorce-registration": dict(
        conditions_en=["Both partners want the divorce",
                       "Agreement on children, property and debts",
                       "Both partners come together"],
        time_limit_en="30-day cooling-off period; then done on the spot if both come within 30 days",
        online_en="Book online; both partners must come in person",
        notes_en="Either partner can withdraw the application during the cooling-off period."),
    "marriage-certificate-reissue": dict(
        conditions_en=["The marriage registration record can be found",
                       "Both partners come to replace a marriage certificate"],
        time_limit_en="Done on the spot (if the record is found)",
        online_en="Book online"),
    "marriage-record-certificate": dict(
        conditions_en=["Searching your own marriage registration records"],
        online_en=f"Check your own marriage registration records on the {ISZ}"),
    # 民政
    "minimum-living-allowance": dict(
        conditions_en=["Shenzhen hukou",
                       "Monthly disposable income per household member below the Shenzhen minimum",
                       "Household assets within the limits"],
        time_limit_en="30 working days (including home visit and public notice)",
        online_en=f"Apply online under social assistance on the {YSS}, or at the sub-district office of "
                  "your hukou"),
    "elderly-allowance": dict(
        conditions_en=["Shenzhen hukou", "Aged 70 or over"],
        online_en=f"Apply online on the {ISZ}; confirm your eligibility once a year as required",
        notes_en="Amounts follow the rates published by Shenzhen civil affairs."),
    "senior-card": dict(
        conditions_en=["Aged 60 or over"],
        online_en=f"Get the electronic senior card on the {YSS}",
        notes_en="Benefits follow what Shenzhen publishes."),
    "temporary-assistance": dict(
        conditions_en=["Shenzhen hukou or a Shenzhen residence permit",
                       "Basic living is in crisis because of an emergency, accident or serious illness"],
        time_limit_en="Usually 20 working days; urgent cases are helped first",
        online_en=f"Apply online under social assistance on the {YSS}"),
    # 残联
    "disability-certificate": dict(
        conditions_en=["Shenzhen hukou, or a Shenzhen residence permit",
                       "Assessed as disabled by a designated hospital"],
        time_limit_en="20 working days after the assessment result",
        online_en=f"Apply online under disability certificate on the {YSS}",
        notes_en="The list of assessing hospitals is at the window or on the Shenzhen Disabled Persons' "
                 "Federation account (深圳残联)."),
    "disability-certificate-change": dict(
        conditions_en=["You hold a disability certificate",
                       "Renew within 90 days before expiry; replace a lost or damaged one any time"],
        online_en=f"Apply online for renewal on the {YSS}"),
    "disability-subsidy": dict(
        conditions_en=["Second-generation or smart disability certificate",
                       "Living subsidy: disabled people in low-income or minimum-allowance households",
                       "Nursing subsidy: severe disability (grade 1 or 2)"],
        online_en=f"Apply online on the {YSS}"),
    # 卫生健康
    "birth-medical-certificate": dict(
        conditions_en=["The child was born in Shenzhen",
                       "Correction: wrong details or damaged; reissue: lost"],
        time_limit_en="Correction 5 working days; reissue 20 working days",
        online_en=f"The first certificate can be applied for under Birth One-Stop on the {ISZ}"),
    "birth-service-registration": dict(
        conditions_en=["At least one spouse has Shenzhen hukou or a Shenzhen residence permit"],
        online_en=f"Recommended: register yourself on the {YSS} or the {ISZ}; an e-certificate is issued "
                  "at once"),
    "childcare-subsidy": dict(
        conditions_en=["The child is under 3", "The child's birth is registered (hukou)"],
        time_limit_en="Reviewed within 20 working days; paid yearly",
        online_en=f"Recommended: search “childcare subsidy” (育儿补贴) in Alipay or WeChat, or apply on the "
                  f"{YSS}"),
    # 人才人社
    "talent-introduction": dict(
        conditions_en=["Full-time bachelor's degree or higher, or an intermediate title or senior worker "
                       "qualification (per this year's policy)",
                       "Age, social insurance and other current talent rules are met"],
        online_en="Recommended: apply fully online in the talent introduction system of the Shenzhen HR & "
                  "Social Security Bureau (深圳市人力资源和社会保障局)",
        notes_en="After approval, settle your hukou at the 1F household registration window (A03)."),
    "unemployment-registration": dict(
        conditions_en=["Of working age, able and willing to work", "Currently without a job"],
        online_en=f"Online on the {GDHR} or the {YSS}"),
    "personnel-file": dict(
        conditions_en=["Mobile workers or graduates working or settled in Shenzhen"],
        online_en="Find where your file is and request a transfer in the Shenzhen HR online service hall "
                  "(深圳人社)",
        notes_en="Files are moved only through the confidential channel; you may not carry them yourself."),
    "skill-subsidy": dict(
        conditions_en=["At least 1 year of unemployment insurance in total",
                       "Apply within 12 months of getting the certificate"],
        online_en=f"Recommended: apply online on the {YSS} or the {GDHR}"),
    "wage-arrears-complaint": dict(
        conditions_en=["You work or worked for the employer concerned",
                       "The complaint is within the scope of labour inspection"],
        time_limit_en="Within 60 working days of filing (may be extended by 30 working days)",
        online_en="Call 12333 or 12345, or report on the national unpaid wages mini-program "
                  "(全国根治欠薪线索反映平台)",
        notes_en="Disputes over compensation or ending a contract go to labour arbitration."),
}

# -- windows, places and the hall ----------------------------------------------------------------------
ZONE_EN_PREFIX = "Zone"  # "A区 户政" -> "Zone A · " + the zone's English name

PLACE_NOTES_EN: dict[str, str] = {
    "stairs": "West stairs linking 1F–3F; there are more stairs on the east side.",
    "toilet": "Men's and women's restrooms in the north-west corner of this floor, by the stairs.",
    "elevator": "Two lifts to the B1 car park, 1F, 2F and 3F; wheelchair accessible.",
    "accessible-toilet": "Grab rails and an emergency call button; you may bring a child or a carer.",
    "nursing-room": "Nursing chair, baby changing table and warm water; borrow a pushchair at the "
                    "information desk.",
    "water-1f": "Hot and cold drinking water; paper cups at the information desk.",
    "photo-booth": "Self-service ID photo booth with digital photo receipts for ID cards, exit-entry "
                   "documents, social security cards, etc.; 25 yuan per session, WeChat Pay or Alipay.",
    "rest-area-1f": "The queue number screen is on the north wall; phone charging and reading glasses.",
    "info-desk": "Guides help with questions, queue numbers, forms and assisted service; borrow reading "
                 "glasses, wheelchairs, umbrellas or power banks.",
    "self-service": "Exit-entry endorsement machines, social and medical insurance terminals, housing "
                    "fund and property search machines, and self-service tax terminals.",
    "self-service-24h": "Open 24 hours through its own south-west door after the hall closes: "
                        "endorsements, social insurance and housing fund printouts, and document pick-up "
                        "lockers.",
    "copy-print": "Self-service copiers and printers (black and white 0.5 yuan, colour 1 yuan per page), "
                  "print from your phone by QR code; ID card copies are free at the windows.",
    "ems": "Documents posted to your home and papers sent by post; some government documents are posted "
           "free (ask at the window).",
    "atm": "Two cash machines (ICBC and China Construction Bank); the hall accepts WeChat Pay, Alipay and "
           "UnionPay.",
    "parking": "Surface car park outside the east door; the B1 underground car park is reached by lift. "
               "Free for 2 hours with today's queue ticket.",
    "water": "Hot and cold drinking water.",
    "tax-self-service": "Collect invoices, issue invoices and print tax certificates yourself; volunteers "
                        "help with the e-Tax Bureau.",
    "rest-area-2f": "Phone charging and newspapers.",
    "copy-print-2f": "Self-service copier and printer; print from your phone by QR code.",
    "wedding-hall": "Book a free certificate ceremony after registering; family and friends are welcome.",
    "wedding-photo": "2-inch red-background couple photos for marriage registration, printed on the spot.",
    "rest-area-3f": "Phone charging; the real estate and housing fund queue screens are visible here.",
}

HALL_EN: dict[str, str] = {
    "address_en": "Minghua District Government Service Centre, 168 Minghua Avenue, Minghua District, "
                  "Shenzhen (200 m from Exit C of Minghua Station, Metro Line 5)",
    "hours_en": "Mon–Fri 9:00–12:00, 14:00–18:00; Sat 9:00–12:00, 14:00–17:00 (household registration, "
                "exit-entry, social insurance and housing fund windows only); closed on public holidays. "
                "The 24h self-service area is always open.",
}
