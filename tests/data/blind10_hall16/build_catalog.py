#!/usr/bin/env python3
"""Build catalog.json for the fictional 西安市雁澜区政务服务中心 (stdlib only)."""
import json, os

def M(name, en="", orig=True, copies=0, req=True, note=""):
    return {"name": name, "name_en": en, "original": orig, "copies": copies, "required": req, "note": note}

ID = M("申请人居民身份证", "Applicant's resident ID card")
HKB = M("居民户口簿", "Household register (hukou booklet)")

hall = {
    "id": "xa-yanlan-zwfw",
    "name": "西安市雁澜区政务服务中心",
    "name_en": "Yanlan District Government Service Centre, Xi'an",
    "address": "陕西省西安市雁澜区雁鸣路169号（地铁6号线雁鸣路站C口向北200米）",
    "address_en": "169 Yanming Road, Yanlan District, Xi'an, Shaanxi (Metro Line 6, Yanming Rd Stn Exit C, 200 m north)",
    "hours": "周一至周五 9:00–12:00、13:00–17:00；周六 9:00–12:00 延时服务（仅户政、社保卡、公积金提取窗口）；法定节假日休息",
    "hours_en": "Mon–Fri 9:00–12:00, 13:00–17:00; Sat 9:00–12:00 (household, social security card and housing fund withdrawal windows only); closed on public holidays",
    "phone": "029-8836 2345",
    "floors": [
        {"id": "F1", "name": "一层", "name_en": "Floor 1", "map": None},
        {"id": "F2", "name": "二层", "name_en": "Floor 2", "map": None},
        {"id": "F3", "name": "三层", "name_en": "Floor 3", "map": None},
    ],
    "kiosk": {"floor": "F1", "x": 0.52, "y": 0.86},
}

departments = [
    ("d01-huzheng", "雁澜分局户政窗口", "Household Registration (Public Security Sub-bureau)"),
    ("d02-churujing", "出入境管理窗口", "Exit-Entry Administration"),
    ("d03-renshe", "区人力资源和社会保障局", "Human Resources and Social Security Bureau"),
    ("d04-yibao", "区医疗保障局", "Healthcare Security Bureau"),
    ("d05-gongjijin", "西安住房公积金管理中心雁澜管理部", "Xi'an Housing Provident Fund Centre, Yanlan Office"),
    ("d06-shichang", "区市场监督管理局", "Market Regulation Bureau"),
    ("d07-shuiwu", "国家税务总局西安市雁澜区税务局", "Yanlan District Taxation Bureau"),
    ("d08-budongchan", "不动产登记中心雁澜分中心", "Real Estate Registration, Yanlan Branch"),
    ("d09-minzheng", "区民政局（含婚姻登记处、残联窗口）", "Civil Affairs Bureau (incl. Marriage Registry, Disabled Persons' Federation desk)"),
    ("d10-weijian", "区卫生健康局", "Health Commission"),
]
departments = [{"id": a, "name": b, "name_en": c} for a, b, c in departments]

W = [
    # id, floor, zone, zone_en, x, y, label, label_en
    ("A01", "F1", "一层东区·公安服务区", "F1 East · Police services", 0.10, 0.20, "户政·身份证", "Household · ID cards"),
    ("A02", "F1", "一层东区·公安服务区", "F1 East · Police services", 0.20, 0.20, "户政·户口迁移", "Household · hukou moves"),
    ("A03", "F1", "一层东区·公安服务区", "F1 East · Police services", 0.30, 0.20, "户政·出生死亡·居住证", "Household · births, deaths, residence permit"),
    ("A04", "F1", "一层东区·公安服务区", "F1 East · Police services", 0.40, 0.20, "出入境", "Exit-Entry"),
    ("A05", "F1", "一层西区·社保医保区", "F1 West · Social & medical insurance", 0.60, 0.20, "社保卡", "Social security card"),
    ("A06", "F1", "一层西区·社保医保区", "F1 West · Social & medical insurance", 0.70, 0.20, "社会保险综合", "Social insurance"),
    ("A07", "F1", "一层西区·社保医保区", "F1 West · Social & medical insurance", 0.80, 0.20, "医保综合", "Medical insurance"),
    ("A08", "F1", "一层西区·社保医保区", "F1 West · Social & medical insurance", 0.90, 0.20, "医保报销·慢特病", "Medical reimbursement · chronic diseases"),
    ("B01", "F2", "二层南区·公积金", "F2 South · Housing fund", 0.12, 0.75, "公积金提取", "Housing fund withdrawal"),
    ("B02", "F2", "二层南区·公积金", "F2 South · Housing fund", 0.24, 0.75, "公积金提取", "Housing fund withdrawal"),
    ("B03", "F2", "二层南区·公积金", "F2 South · Housing fund", 0.36, 0.75, "公积金贷款·转移", "Housing fund loans · transfers"),
    ("B04", "F2", "二层北区·不动产交易登记", "F2 North · Real estate", 0.55, 0.20, "不动产登记", "Real estate registration"),
    ("B05", "F2", "二层北区·不动产交易登记", "F2 North · Real estate", 0.67, 0.20, "不动产登记·查询", "Real estate registration · records"),
    ("B06", "F2", "二层北区·不动产交易登记", "F2 North · Real estate", 0.79, 0.20, "税务·房产交易税费", "Tax · property transaction"),
    ("B07", "F2", "二层北区·税务", "F2 North · Tax", 0.91, 0.20, "税务·代开发票·个税", "Tax · invoices · individual income tax"),
    ("C01", "F3", "三层东区·企业开办", "F3 East · Business start-up", 0.10, 0.20, "企业开办", "Business start-up"),
    ("C02", "F3", "三层东区·企业开办", "F3 East · Business start-up", 0.22, 0.20, "企业变更·注销", "Business change · closure"),
    ("C03", "F3", "三层东区·企业开办", "F3 East · Business start-up", 0.34, 0.20, "个体户·食品许可·投诉", "Sole traders · food permits · complaints"),
    ("C04", "F3", "三层西区·婚姻登记处", "F3 West · Marriage registry", 0.80, 0.30, "婚姻登记（颁证厅旁）", "Marriage registration (next to ceremony room)"),
    ("C05", "F3", "三层西区·民生服务", "F3 West · Social services", 0.60, 0.75, "民政·残联", "Civil affairs · disability"),
    ("C06", "F3", "三层西区·民生服务", "F3 West · Social services", 0.72, 0.75, "卫生健康", "Health"),
    ("C07", "F3", "三层西区·民生服务", "F3 West · Social services", 0.84, 0.75, "人才档案·就业", "Personnel files · employment"),
    ("C08", "F3", "三层西区·民生服务", "F3 West · Social services", 0.94, 0.75, "劳动保障监察", "Labour inspection"),
]
windows = [{"id": a, "floor": b, "zone": c, "zone_en": d, "x": x, "y": y, "label": l, "label_en": le,
            "door": {"x": x, "y": (y + 0.08 if y < 0.5 else y - 0.08)}} for a, b, c, d, x, y, l, le in W]

def P(pid, name, en, aliases, floor, x, y, notes, notes_en="", kind="facility", link=""):
    d = {"id": pid, "name": name, "name_en": en, "aliases": aliases, "floor": floor, "x": x, "y": y,
         "notes": notes, "notes_en": notes_en, "kind": kind}
    if link:
        d["link"] = link
    return d

places = [
    P("fac-wc-east", "公共卫生间（东侧）", "Toilets (east side)", ["卫生间", "洗手间", "toilet"], "F1", 0.04, 0.55,
      "每层东侧均有，一层含无障碍厕位和第三卫生间。", "On every floor, east side; F1 has accessible and family toilets."),
    P("fac-lift", "无障碍电梯", "Lift", ["电梯", "lift", "elevator"], "F1", 0.50, 0.45,
      "位于大厅中庭，通往一至三层及负一层停车场。", "In the atrium; serves B1 parking and floors 1–3.", kind="lift", link="lift-main"),
    P("fac-stairs", "步行楼梯", "Stairs", ["楼梯", "stairs"], "F1", 0.46, 0.10,
      "中庭北侧，通往二、三层。", "North of the atrium, to floors 2 and 3.", kind="stairs", link="stairs-main"),
    P("fac-photo", "自助照相亭", "Photo booth", ["照相", "证件照", "photo booth"], "F1", 0.34, 0.55,
      "可拍身份证、护照、港澳通行证、社保卡照片并生成回执，每次20元（身份证照片窗口免费采集）。",
      "ID, passport and social security card photos with receipt code, 20 yuan per session (ID card photos are taken free at the window)."),
    P("fac-print", "打印复印处", "Printing and copying", ["复印", "打印", "copy"], "F1", 0.15, 0.60,
      "办事材料复印免费，每人每次限20页；扫描件可发送至手机。", "Free copies of application documents, up to 20 pages; scans can be sent to your phone."),
    P("fac-selfservice", "24小时自助服务区", "24-hour self-service area", ["自助服务", "自助机", "self-service"], "F1", 0.90, 0.60,
      "可打印社保缴费证明、公积金缴存明细、不动产登记查询结果，补换社保卡即时制卡；北门单独出入，24小时开放。",
      "Print social insurance and housing fund statements, property records; instant social security card issuance; open 24/7 via the north door."),
    P("fac-ems", "EMS邮寄点", "EMS postal desk", ["邮寄", "快递", "EMS"], "F1", 0.22, 0.90,
      "证件、执照可办理邮寄到家，寄件费用自理。", "Documents and licences can be mailed home at your own cost."),
    P("fac-water", "饮水处·便民咖啡角", "Drinking water and coffee corner", ["饮水机", "热水", "咖啡"], "F2", 0.50, 0.55,
      "二层中庭，免费热水、冷水，咖啡茶饮自费。", "F2 atrium; free hot and cold water, paid coffee and tea."),
    P("fac-rest", "休息等候区", "Rest and waiting area", ["休息区", "等候区", "rest area"], "F1", 0.65, 0.55,
      "一层西区设座椅、叫号屏、手机充电桩、老花镜。", "Seats, queue screens, phone charging and reading glasses in the F1 west area."),
    P("fac-baby", "母婴室", "Mother-and-baby room", ["母婴室", "哺乳室", "baby room"], "F2", 0.05, 0.30,
      "二层东侧，卫生间旁，含哺乳椅、尿布台、温奶器。", "F2 east, next to the toilets; nursing chair, changing table, bottle warmer."),
    P("fac-parking", "地下停车场", "Underground car park", ["停车场", "停车", "parking"], "F1", 0.50, 0.98,
      "负一层，入口在雁鸣路辅路，办事群众凭叫号小票免费停车2小时。",
      "Level B1, entrance from Yanming Road service lane; 2 hours free with a queue ticket.", kind="facility"),
    P("fac-accessible", "无障碍出入口", "Accessible entrance", ["无障碍通道", "轮椅坡道", "wheelchair"], "F1", 0.98, 0.85,
      "南门西侧坡道，可借用轮椅，按门铃有工作人员协助。", "Ramp west of the south door; wheelchairs on loan, ring the bell for help."),
    P("fac-helpdesk", "咨询导服台（帮办代办）", "Information and assistance desk", ["咨询台", "导服台", "帮办代办", "help desk"], "F1", 0.52, 0.75,
      "大门正对面，提供咨询、预审材料、老年人和残疾人帮办代办、失物招领、投诉建议。",
      "Opposite the main door: enquiries, document pre-check, assisted service for elderly and disabled visitors, lost and found, complaints."),
]

S = []
def svc(sid, name, en, dept, aliases, summary, summary_en, conditions, materials, windows, prefix,
        tl="", tl_en="", fee="不收费", fee_en="Free", online="", online_en="", appt="", appt_en="", notes="", notes_en="",
        hours=None, hours_en=None):
    S.append({"id": sid, "name": name, "name_en": en, "department": dept, "aliases": aliases,
              "summary": summary, "summary_en": summary_en, "conditions": conditions, "materials": materials,
              "windows": windows, "queue_prefix": prefix, "time_limit": tl, "time_limit_en": tl_en,
              "fee": fee, "fee_en": fee_en, "hours": hours, "hours_en": hours_en,
              "appointment": appt, "appointment_en": appt_en, "online": online, "online_en": online_en,
              "notes": notes, "notes_en": notes_en, "updated": "2026-10-15"})

QWY = "可通过“秦务员”App或陕西政务服务网申办"
QWY_EN = "Can be applied for online via the Qinwuyuan app or the Shaanxi government services portal"

# ---------------- 户政 ----------------
svc("hz-sfz-01", "居民身份证首次申领", "First application for a resident ID card", "d01-huzheng",
    ["身份证首次申领", "初次办证"], "年满十六周岁的公民应申领居民身份证，未满十六周岁可自愿申领。",
    "Citizens aged 16 or over must apply; under-16s may apply voluntarily.",
    ["具有本区常住户口", "未满十六周岁的由监护人陪同"],
    [HKB, M("监护人居民身份证", "Guardian's ID card", req=False, note="未满十六周岁需提供")],
    ["A01"], "H", "20个工作日", "20 working days", "20元", "20 yuan", notes="窗口免费现场采集照片和指纹。",
    notes_en="Photo and fingerprints are taken free at the window.")
svc("hz-sfz-02", "居民身份证有效期满换领", "Renewal of an expiring resident ID card", "d01-huzheng",
    ["身份证到期换证", "换领"], "身份证有效期满前三个月内可申请换领，已过期的可随时换领。",
    "Apply within three months before expiry, or any time after expiry.",
    ["身份证有效期将满或已满"], [M("原居民身份证", "Old ID card"), HKB],
    ["A01"], "H", "20个工作日", "20 working days", "20元", "20 yuan", online=QWY, online_en=QWY_EN,
    notes="外省户籍人员可在本窗口异地换领，时限30个工作日。", notes_en="Residents with a hukou in another province can renew here; 30 working days.")
svc("hz-sfz-03", "居民身份证挂失补领", "Replacement of a lost resident ID card", "d01-huzheng",
    ["身份证补领", "身份证挂失"], "身份证遗失或被盗，可申请挂失并补领新证；急需可同时申领临时身份证。",
    "Report loss and apply for a new card; a temporary ID can be issued at the same time.",
    ["身份证遗失、被盗或严重损坏"], [HKB, M("损坏的原身份证", "Damaged card", req=False, note="损坏换领时交回")],
    ["A01"], "H", "20个工作日", "20 working days", "40元", "40 yuan", online="可在“秦务员”App先行网上挂失",
    online_en="Loss can be reported first in the Qinwuyuan app")
svc("hz-sfz-04", "临时居民身份证申领", "Temporary resident ID card", "d01-huzheng",
    ["临时身份证"], "正在申领、换领、补领身份证期间急需使用的，可申领临时居民身份证，有效期三个月。",
    "Issued while a regular ID card is being made; valid for three months.",
    ["已受理身份证申领、换领或补领"], [HKB, M("身份证受理回执", "ID application receipt")],
    ["A01", "A03"], "H", "当场办结", "On the spot", "10元", "10 yuan",
    notes="乘坐火车、飞机也可在车站、机场派出所办理临时乘车证明。", notes_en="Stations and airports can also issue a temporary travel certificate.")
svc("hz-hk-01", "高校毕业生及人才引进落户", "Hukou registration for graduates and recruited talent", "d01-huzheng",
    ["人才落户", "毕业生落户", "学历落户"], "全日制大专及以上学历毕业生、具有专业技术职称或技能等级的人员，可申请将户口落入本区。",
    "Graduates with a full-time college degree or above, and holders of professional titles or skill certificates, may register their hukou here.",
    ["具有全日制大专及以上学历，或中级以上职称、高级工以上职业资格", "落户地址为本人合法产权住房、单位集体户或区人才集体户"],
    [ID, M("毕业证书", "Graduation certificate", note="学信网学历验证报告可代替核验"),
     M("户口迁移证或户口簿", "Hukou transfer certificate or household register", req=False, note="省内迁移可免迁移证"),
     M("房屋产权证明或集体户同意落户证明", "Property certificate or collective-hukou consent")],
    ["A02"], "H", "5个工作日", "5 working days", online=QWY, online_en=QWY_EN,
    notes="跨省迁入已实行“一站式”迁移，无需回原籍开迁移证。", notes_en="Inter-provincial transfer is handled in one stop; no need to return to the original place.")
svc("hz-hk-02", "投靠亲属落户", "Hukou registration to join relatives", "d01-huzheng",
    ["投亲落户", "夫妻投靠", "父母投靠子女"], "夫妻、未成年子女、老年父母可投靠本区常住户口的亲属落户。",
    "Spouses, minor children and elderly parents may join a relative with a local hukou.",
    ["被投靠人具有本区常住户口和合法住所", "父母投靠子女的须男满60周岁、女满55周岁"],
    [ID, HKB, M("被投靠人户口簿", "Host relative's household register"), M("结婚证或亲属关系证明", "Marriage certificate or proof of kinship"),
     M("房屋产权证明", "Property certificate")],
    ["A02"], "H", "10个工作日", "10 working days")
svc("hz-hk-03", "户口迁出", "Moving hukou out", "d01-huzheng",
    ["迁出户口"], "户口迁往外省市的，省内及已开通跨省通办的地区由迁入地直接办理，其他地区在本窗口开具户口迁移证。",
    "For moves to places without one-stop transfer, a hukou transfer certificate is issued here.",
    ["已取得迁入地准予迁入证明"], [HKB, ID, M("准予迁入证明", "Approval from the destination")],
    ["A02"], "H", "当场办结", "On the spot")
svc("hz-hk-04", "出生登记", "Birth registration", "d01-huzheng",
    ["新生儿上户口", "新生儿落户"], "新生儿出生后，可由父母在一方户口所在地申报出生登记。",
    "Parents register a newborn at either parent's hukou location.",
    ["婴儿已取得出生医学证明"],
    [M("出生医学证明", "Medical birth certificate"), M("父母双方居民身份证", "Both parents' ID cards"), HKB,
     M("结婚证", "Marriage certificate", req=False, note="非婚生育的无需提供")],
    ["A03"], "H", "当场办结", "On the spot", online="“出生一件事”可在“秦务员”App联办（出生证明、户口、医保、社保卡）",
    online_en="The 'birth package' (birth certificate, hukou, medical insurance, social security card) can be handled together in the Qinwuyuan app")
svc("hz-hk-05", "死亡注销户口", "Cancelling hukou after death", "d01-huzheng",
    ["户口注销"], "公民死亡后，其亲属或户主应在一个月内办理注销户口。",
    "Relatives should cancel the deceased's hukou within one month.",
    ["公民已死亡"], [M("死亡医学证明或火化证明", "Medical death certificate or cremation certificate"), HKB,
                    M("死者居民身份证", "Deceased's ID card"), M("办理人居民身份证", "ID card of the person handling it")],
    ["A03"], "H", "当场办结", "On the spot",
    notes="可同步办理“身后一件事”：社保、医保、公积金等停保和待遇结算请到对应窗口。",
    notes_en="Related pension, insurance and housing fund matters are handled at the respective windows.")
svc("hz-jzz-01", "居住证申领", "Residence permit application", "d01-huzheng",
    ["居住证"], "非本市户籍人员在本区居住半年以上，有合法稳定就业、住所或连续就读的，可申领居住证。",
    "Non-local residents living here for six months with stable work, housing or study may apply.",
    ["在本区居住登记满半年", "有合法稳定就业、合法稳定住所或连续就读之一"],
    [ID, M("租房合同或房产证明", "Lease or property certificate"), M("劳动合同、营业执照或学生证", "Employment contract, business licence or student card")],
    ["A03"], "H", "15个工作日", "15 working days", online=QWY, online_en=QWY_EN,
    notes="居住证每年签注一次，可在自助机签注。", notes_en="Annual endorsement can be done at the self-service machines.")

# ---------------- 出入境 ----------------
svc("crj-hz-01", "普通护照签发", "Ordinary passport issuance", "d02-churujing",
    ["护照办理", "护照换发"], "中国公民因私出国可申请普通护照，全国通办。",
    "Chinese citizens may apply for an ordinary passport anywhere in China.",
    ["中国公民"], [ID, M("原护照", "Old passport", req=False, note="换发、补发时提供"),
                  M("数字相片回执", "Digital photo receipt", req=False, note="可现场免费拍照")],
    ["A04"], "C", "7个工作日", "7 working days", "120元", "120 yuan", online="可在“移民局”App预约和预填",
    online_en="Book and pre-fill in the National Immigration Administration app")
svc("crj-ga-01", "往来港澳通行证及签注", "Exit-entry permit and endorsement for Hong Kong and Macao", "d02-churujing",
    ["港澳通行证", "港澳签注"], "内地居民往来香港、澳门旅游、探亲、商务需办理通行证及签注。",
    "Mainland residents need a permit and endorsement to visit Hong Kong or Macao.",
    ["中国内地居民"], [ID, M("原通行证", "Old permit", req=False)],
    ["A04"], "C", "7个工作日", "7 working days", "通行证60元，签注每次15元", "Permit 60 yuan, endorsement 15 yuan each",
    notes="再次签注可在自助签注机办理，立等可取。", notes_en="Repeat endorsements can be done at self-service machines instantly.")
svc("crj-tw-01", "往来台湾通行证及签注", "Travel permit and endorsement for Taiwan", "d02-churujing",
    ["台湾通行证", "赴台签注"], "内地居民赴台湾地区需办理往来台湾通行证及相应签注。",
    "Mainland residents travelling to Taiwan need a travel permit and endorsement.",
    ["中国内地居民"], [ID, M("邀请函或团队旅游证明", "Invitation or tour confirmation", req=False, note="探亲、商务签注提供")],
    ["A04"], "C", "10个工作日", "10 working days", "通行证60元，签注每次15元", "Permit 60 yuan, endorsement 15 yuan each")
svc("crj-wgr-01", "外国人居留许可申请", "Residence permit for foreigners", "d02-churujing",
    ["外国人居留", "residence permit"], "在本区工作、学习的外国人，持相应签证入境后30日内申请居留许可。",
    "Foreigners working or studying here must apply within 30 days of entry on the corresponding visa.",
    ["持工作类（Z字）或学习类（X1字）签证入境", "已办理境外人员住宿登记"],
    [M("护照及有效签证", "Passport with valid visa"), M("外国人工作许可证或学校录取证明", "Work permit or school admission letter"),
     M("境外人员住宿登记表", "Registration form of temporary residence"), M("健康证明", "Health certificate", req=False)],
    ["A04"], "C", "7个工作日", "7 working days", "400–1000元（按期限）", "400–1,000 yuan depending on length",
    appt="建议提前通过电话预约，窗口可提供英文服务", appt_en="Booking by phone recommended; English service available",
    notes="住宿登记可在居住地派出所或本窗口办理。", notes_en="Temporary residence registration can be done at the local police station or this window.")

# ---------------- 人社 ----------------
svc("rs-sbk-01", "社会保障卡申领", "Social security card application", "d03-renshe",
    ["社保卡申领", "首次办卡"], "参加社会保险的人员可申领第三代社会保障卡，具有金融功能，可现场即时制卡。",
    "Insured persons can apply for a third-generation card with bank functions, made on the spot.",
    ["已参加本市社会保险"], [ID, M("未成年人户口簿", "Minor's household register", req=False)],
    ["A05"], "K", "即时制卡", "Made on the spot", online="可在“陕西人社”App申领后邮寄",
    online_en="Apply in the Shaanxi HRSS app and have it mailed")
svc("rs-sbk-02", "社会保障卡挂失补换", "Reporting loss and replacing a social security card", "d03-renshe",
    ["社保卡补办", "社保卡换卡"], "社保卡丢失、损坏或需换三代卡的，先挂失再补换。",
    "Report a lost or damaged card, then get a replacement.",
    ["已持有社会保障卡"], [ID, M("原社保卡", "Old card", req=False, note="换卡时交回")],
    ["A05"], "K", "即时制卡", "Made on the spot", "补卡工本费20元，换卡免费", "20 yuan for a lost card, free exchange",
    online="可拨打12333或在“陕西人社”App临时挂失", online_en="Temporary loss report via 12333 or the app",
    notes="自助服务区也可即时补卡。", notes_en="Also available at the self-service area.")
svc("rs-sy-01", "失业保险金申领", "Unemployment benefit", "d03-renshe",
    ["失业金", "失业保险待遇"], "非因本人意愿中断就业、已办理失业登记并有求职要求的，可申领失业保险金。",
    "For people who lost their job involuntarily, registered as unemployed and are seeking work.",
    ["失业前单位和本人累计缴纳失业保险满1年", "非因本人意愿中断就业"],
    [ID, M("解除或终止劳动合同证明", "Proof of termination of employment")],
    ["A06"], "R", "10个工作日", "10 working days", online="可通过“陕西人社”App或支付宝“失业金申领”办理",
    online_en="Also online via the Shaanxi HRSS app or Alipay")
svc("rs-tx-01", "企业职工基本养老保险退休申请", "Retirement and basic pension application", "d03-renshe",
    ["退休办理", "养老金申领"], "达到法定退休年龄、累计缴费满最低年限的参保人员，办理退休并按月领取养老金。",
    "Insured employees who reach retirement age with enough contribution years can retire and draw a monthly pension.",
    ["达到法定退休年龄（含弹性退休）", "累计缴费满最低缴费年限"],
    [ID, M("人事档案", "Personnel file", note="由单位或存档机构提供"), M("社保卡", "Social security card")],
    ["A06"], "R", "20个工作日", "20 working days",
    notes="灵活就业人员本人办理；单位职工一般由单位经办人集中申报。", notes_en="Self-employed apply in person; employees usually via their employer.")
svc("rs-lh-01", "灵活就业人员参保登记", "Social insurance registration for the self-employed", "d03-renshe",
    ["个人参保", "灵活就业参保"], "无雇工的个体户、非全日制从业人员等可以个人身份参加职工养老保险。",
    "Sole traders without employees and part-time workers can join the employee pension scheme as individuals.",
    ["年满16周岁未达退休年龄", "本市户籍或持本市居住证"], [ID],
    ["A06"], "R", "当场办结", "On the spot", online=QWY, online_en=QWY_EN,
    notes="缴费基数可在当年公布的上下限之间自选。", notes_en="Choose a contribution base within the published range.")
svc("rs-zy-01", "养老保险关系转移接续", "Transfer of pension insurance records", "d03-renshe",
    ["社保转移", "养老转移"], "跨省、跨市流动就业的参保人员，可将养老保险关系转入本区。",
    "People who changed cities can transfer their pension records here.",
    ["已在新参保地参保缴费"], [ID, M("参保缴费凭证", "Contribution record from the original place", req=False)],
    ["A06"], "R", "45个工作日", "45 working days", online="可在国家社会保险公共服务平台或掌上12333申请",
    online_en="Apply via the national social insurance platform or the 12333 app")
svc("rs-cxyl-01", "城乡居民基本养老保险参保及待遇申领", "Urban-rural resident pension enrolment and benefits", "d03-renshe",
    ["居民养老", "城乡居民养老"], "未参加职工养老保险的城乡居民可参保，年满60周岁按月领取城乡居民养老金。",
    "Residents not covered by the employee scheme can enrol and draw a monthly pension from age 60.",
    ["本区户籍", "年满16周岁（不含在校学生）、未参加职工养老保险"], [ID, HKB],
    ["A06"], "R", "当场办结", "On the spot", notes="也可到户籍所在街道、村（社区）便民服务站办理。",
    notes_en="Also available at the sub-district or village service stations.")
svc("rs-da-01", "流动人员人事档案接收", "Receiving personnel files of mobile staff", "d03-renshe",
    ["存档", "档案接收", "毕业生档案"], "未就业毕业生、在非公单位就业人员的人事档案可存放至区人才服务中心。",
    "Files of graduates not yet employed or working in private firms can be kept at the district talent service centre.",
    ["户籍在本区或在本区就业"], [ID, M("毕业证书", "Graduation certificate", req=False, note="应届毕业生提供")],
    ["C07"], "T", "5个工作日", "5 working days", notes="档案须由原存档单位机要寄送，不接收本人自带档案。",
    notes_en="Files must be sent by confidential post; files carried by hand are not accepted.")
svc("rs-da-02", "流动人员人事档案转递", "Transferring personnel files out", "d03-renshe",
    ["档案转出", "调档"], "存档人员因就业、考公、读研需要转出档案的，凭调档函办理转递。",
    "Files are sent on with a transfer letter for new jobs, civil service or postgraduate study.",
    ["档案存放在区人才服务中心"], [ID, M("调档函", "File transfer request letter")],
    ["C07"], "T", "3个工作日", "3 working days")
svc("rs-jy-01", "就业创业登记", "Employment and entrepreneurship registration", "d03-renshe",
    ["就业登记", "失业登记", "就业创业证"], "劳动者可办理就业登记、失业登记，并领取《就业创业证》，用于享受就业扶持政策。",
    "Register as employed or unemployed and get the Employment and Entrepreneurship Certificate for support policies.",
    ["法定劳动年龄内"], [ID], ["C07"], "T", "当场办结", "On the spot", online=QWY, online_en=QWY_EN,
    notes="高校毕业生创业可同时咨询创业担保贷款、一次性创业补贴。", notes_en="Graduates can also ask about start-up loans and subsidies.")
svc("rs-jc-01", "劳动保障监察投诉", "Labour inspection complaint", "d03-renshe",
    ["劳动监察", "欠薪投诉"], "用人单位拖欠工资、未签劳动合同、未缴社保等违法行为，可向劳动保障监察投诉。",
    "Complain about unpaid wages, missing contracts or unpaid insurance.",
    ["投诉事项在本区管辖范围内", "劳动者与用人单位存在劳动关系"],
    [ID, M("劳动关系证明", "Proof of employment", note="考勤记录、工资条、聊天记录、工友证明等均可"),
     M("投诉书", "Complaint form", note="窗口可代写")],
    ["C08"], "J", "受理后60个工作日内办结", "Within 60 working days", online="可拨打12333或通过“全国根治欠薪线索反映平台”小程序反映",
    online_en="Also via 12333 or the national wage-arrears mini-program",
    notes="劳动争议仲裁（要求赔偿金等）请到区劳动人事争议仲裁院。", notes_en="Arbitration claims go to the district arbitration court.")

# ---------------- 医保 ----------------
svc("yb-cb-01", "城乡居民基本医疗保险参保登记", "Urban-rural resident medical insurance enrolment", "d04-yibao",
    ["居民医保", "城乡居民医保"], "未参加职工医保的本区户籍居民、持居住证人员、在校学生可参加城乡居民医保，按年缴费。",
    "Residents, permit holders and students without employee coverage can enrol and pay yearly.",
    ["未参加职工基本医疗保险"], [ID, M("户口簿或居住证", "Household register or residence permit")],
    ["A07"], "Y", "当场办结", "On the spot", "个人缴费按年度标准", "Annual premium per the yearly standard",
    online="可在“陕西医保”App、微信或银行渠道缴费", online_en="Pay via the Shaanxi Medical Insurance app, WeChat or banks",
    notes="集中缴费期一般为每年9月至12月。", notes_en="The main payment period is September to December.")
svc("yb-zy-01", "基本医疗保险关系转移接续", "Transfer of medical insurance", "d04-yibao",
    ["医保转移"], "跨统筹区流动就业的参保人员可办理医保关系转移，缴费年限累计计算。",
    "People moving between regions can transfer their medical insurance; years are added up.",
    ["已在转入地参保"], [ID], ["A07"], "Y", "15个工作日", "15 working days",
    online="可在国家医保服务平台App申请", online_en="Via the National Healthcare Security app")
svc("yb-yd-01", "异地就医备案", "Registration for medical treatment in another city", "d04-yibao",
    ["异地备案", "跨省就医备案"], "异地长期居住、工作或转诊的参保人员备案后可直接结算。",
    "After registration, treatment costs elsewhere can be settled directly.",
    ["本市参保人员"], [ID, M("异地居住证明或转诊证明", "Proof of residence elsewhere or referral", req=False, note="个人承诺也可")],
    ["A07"], "Y", "当场办结", "On the spot", online="可在国家医保服务平台App或“陕西医保”App自助备案",
    online_en="Self-registration in the National Healthcare Security app")
svc("yb-bx-01", "零星医疗费用手工报销", "Manual reimbursement of medical expenses", "d04-yibao",
    ["医保报销", "手工报销"], "因急诊、未备案异地就医等原因未能直接结算的医疗费用，可申请手工报销。",
    "Expenses not settled directly (emergencies, unregistered treatment elsewhere) can be claimed.",
    ["就医时已参保且未直接结算"],
    [ID, M("医疗费用票据", "Medical invoices"), M("费用明细清单", "Itemised bill"), M("出院记录或门诊病历", "Discharge summary or outpatient records"),
     M("社保卡或银行卡", "Social security or bank card")],
    ["A08"], "Y", "20个工作日", "20 working days", notes="自费用之日起两年内申请。", notes_en="Claim within two years.")
svc("yb-mt-01", "门诊慢特病待遇认定", "Recognition of chronic and special diseases", "d04-yibao",
    ["慢性病认定", "慢特病"], "患高血压、糖尿病、恶性肿瘤等规定病种的参保人员，认定后门诊费用按规定报销。",
    "Patients with listed chronic diseases get higher outpatient reimbursement after recognition.",
    ["属于规定门诊慢特病病种"], [ID, M("二级及以上医院诊断证明及病历", "Diagnosis and medical records from a secondary hospital or above"),
                         M("相关检查报告", "Test reports")],
    ["A08"], "Y", "15个工作日", "15 working days", notes="部分定点医院可直接申报认定。", notes_en="Some designated hospitals can apply for you.")

# ---------------- 公积金 ----------------
GJJ_ON = "可通过“西安公积金”App、微信公众号线上提取"
GJJ_EN = "Also online via the Xi'an Housing Fund app or WeChat"
svc("gjj-tq-01", "租赁住房提取住房公积金", "Housing fund withdrawal for renting", "d05-gongjijin",
    ["租房提取"], "本人及配偶在本市无自有住房且租房居住的，可按月或按年提取。",
    "If you and your spouse own no home in Xi'an and rent, you may withdraw monthly or yearly.",
    ["连续足额缴存3个月以上", "本人及配偶在本市无自有住房"],
    [ID, M("婚姻状况证明", "Marital status declaration", note="个人承诺即可"), M("租赁合同", "Lease", req=False, note="按高标准提取时提供")],
    ["B01", "B02"], "G", "当场办结", "On the spot", online=GJJ_ON, online_en=GJJ_EN)
svc("gjj-tq-02", "购买自住住房提取住房公积金", "Housing fund withdrawal for buying a home", "d05-gongjijin",
    ["购房提取"], "购买本市或户籍地自住住房的，可提取本人及配偶的住房公积金。",
    "Withdraw your and your spouse's fund when buying a home to live in.",
    ["购房合同已网签或已取得不动产权证"],
    [ID, M("购房合同或不动产权证书", "Purchase contract or property certificate"), M("购房发票或首付款凭证", "Invoice or down-payment receipt"),
     M("结婚证", "Marriage certificate", req=False, note="提取配偶公积金时提供")],
    ["B01", "B02"], "G", "当场办结", "On the spot", online=GJJ_ON, online_en=GJJ_EN)
svc("gjj-tq-03", "偿还住房贷款提取住房公积金", "Housing fund withdrawal to repay a mortgage", "d05-gongjijin",
    ["还贷提取", "商贷提取"], "偿还本市自住住房商业贷款或公积金贷款本息的，可按年提取。",
    "Withdraw yearly to repay a commercial or provident fund mortgage.",
    ["贷款正常还款中"], [ID, M("借款合同", "Loan contract"), M("银行还款明细", "Repayment statement")],
    ["B01", "B02"], "G", "当场办结", "On the spot", online=GJJ_ON, online_en=GJJ_EN)
svc("gjj-tq-04", "离休退休提取住房公积金", "Housing fund withdrawal on retirement", "d05-gongjijin",
    ["退休提取"], "职工离休、退休的，可一次性提取全部住房公积金并销户。",
    "Retired employees can withdraw the whole balance and close the account.",
    ["已办理离退休手续"], [ID, M("退休证或养老金领取证明", "Retirement certificate or pension proof")],
    ["B01", "B02"], "G", "当场办结", "On the spot", online=GJJ_ON, online_en=GJJ_EN)
svc("gjj-tq-05", "离职销户提取住房公积金", "Housing fund withdrawal after leaving a job", "d05-gongjijin",
    ["离职提取", "销户提取"], "非本市户籍职工与单位解除劳动关系、封存满半年且未在异地继续缴存的，可销户提取；进城务工人员离职可直接提取。",
    "Non-local employees whose account has been sealed for 6 months can close it; migrant workers can withdraw directly after leaving.",
    ["已与单位解除劳动关系，账户已封存", "非本市户籍或进城务工人员"],
    [ID, M("解除劳动关系证明", "Proof of leaving employment"), M("本人银行卡", "Own bank card")],
    ["B01", "B02"], "G", "3个工作日", "3 working days", online=GJJ_ON, online_en=GJJ_EN)
svc("gjj-dk-01", "住房公积金个人住房贷款申请", "Housing fund mortgage application", "d05-gongjijin",
    ["公积金贷款"], "连续缴存满6个月的职工购买自住住房可申请公积金贷款，首套最高额度以当年政策为准。",
    "Contributors of 6+ months can apply for a low-interest mortgage to buy a home.",
    ["连续足额缴存6个月以上", "具有稳定收入和偿还能力"],
    [ID, M("结婚证或单身声明", "Marriage certificate or single declaration"), M("购房合同及首付款凭证", "Purchase contract and down-payment receipt"),
     M("收入证明", "Income certificate", req=False)],
    ["B03"], "G", "15个工作日", "15 working days", appt="建议通过“西安公积金”App预约", appt_en="Book in the Xi'an Housing Fund app")
svc("gjj-zy-01", "住房公积金异地转移接续", "Transfer of housing fund between cities", "d05-gongjijin",
    ["公积金转移"], "在新就业城市开户缴存后，可将原缴存地的公积金转入本市账户。",
    "After opening an account in the new city, transfer your balance from the old city.",
    ["已在本市开户并正常缴存", "原账户已封存"], [ID], ["B03"], "G", "30个工作日", "30 working days",
    online="可在全国住房公积金小程序申请", online_en="Apply via the national housing fund mini-program")

# ---------------- 市场监管 ----------------
svc("sc-qy-01", "企业设立登记", "Company incorporation", "d06-shichang",
    ["公司注册", "企业开办"], "设立有限责任公司、个人独资企业、合伙企业等，一次办结营业执照、印章刻制、税务登记、社保登记。",
    "Register a company and get the licence, seals, tax and social insurance registration in one go.",
    ["有符合规定的名称、住所和经营范围"],
    [M("法定代表人及股东身份证", "ID of legal representative and shareholders"), M("公司章程", "Articles of association"),
     M("住所使用证明", "Proof of premises"), M("设立登记申请书", "Application form", note="可在线填报生成")],
    ["C01"], "S", "1个工作日", "1 working day", "免费（首套印章免费刻制）", "Free, including the first set of seals",
    online="可通过陕西省企业开办“一网通办”平台全程电子化办理", online_en="Fully online via the Shaanxi business start-up portal")
svc("sc-qy-02", "企业变更登记", "Change of company registration", "d06-shichang",
    ["公司变更", "执照变更"], "企业名称、地址、法定代表人、经营范围、注册资本、股东等发生变化的，应办理变更登记。",
    "Register changes of name, address, legal representative, scope, capital or shareholders.",
    ["已依法登记的企业"], [M("营业执照正副本", "Business licence"), M("变更登记申请书", "Application form"),
                        M("股东会决议", "Shareholders' resolution"), M("章程修正案", "Amended articles", req=False)],
    ["C02"], "S", "1个工作日", "1 working day")
svc("sc-qy-03", "企业注销登记", "Company deregistration", "d06-shichang",
    ["公司注销", "简易注销"], "企业解散的，清算后办理注销登记；未开业或无债权债务的可简易注销。",
    "After liquidation a company is deregistered; simplified deregistration for companies without debts.",
    ["已完成清算或符合简易注销条件", "已结清税款"],
    [M("注销登记申请书", "Application form"), M("清算报告或全体投资人承诺书", "Liquidation report or investors' undertaking"),
     M("营业执照正副本", "Business licence")],
    ["C02"], "S", "3个工作日（简易注销公示期20天）", "3 working days (20-day notice for simplified)")
svc("sc-gt-01", "个体工商户登记", "Sole trader registration", "d06-shichang",
    ["个体户", "个体执照"], "有经营能力的自然人可登记为个体工商户，办理设立、变更、注销。",
    "Individuals can register as sole traders, and change or close the registration.",
    ["有固定经营场所"], [ID, M("经营场所证明", "Proof of premises", note="租赁合同或房产证"),
                        M("个体工商户登记申请书", "Application form")],
    ["C03"], "S", "当场办结", "On the spot", online=QWY, online_en=QWY_EN)
svc("sc-sp-01", "食品经营许可", "Food business licence", "d06-shichang",
    ["食品经营许可证", "餐饮许可"], "从事餐饮服务、食品销售的，应取得食品经营许可证；仅销售预包装食品的实行备案。",
    "Restaurants and food sellers need a licence; selling only pre-packaged food needs a filing.",
    ["已取得营业执照", "经营场所符合食品安全要求", "从业人员持有效健康证明"],
    [M("营业执照", "Business licence"), M("经营场所平面图和设备布局图", "Floor plan and equipment layout"),
     M("食品安全管理制度", "Food safety rules"), M("从业人员健康证明", "Staff health certificates")],
    ["C03"], "S", "10个工作日", "10 working days", notes="一般需现场核查。", notes_en="An on-site inspection is usually required.")
svc("sc-ts-01", "消费者投诉举报受理", "Consumer complaints and reports", "d06-shichang",
    ["消费投诉", "12315"], "消费者权益受到损害或发现违法经营行为的，可投诉举报。",
    "File a consumer complaint or report illegal business practices.",
    ["有明确的被投诉方和具体诉求"], [ID, M("购物凭证、发票或聊天记录", "Receipts, invoices or chat records")],
    ["C03"], "S", "7个工作日内决定是否受理", "Decision on acceptance within 7 working days",
    online="可拨打12315或登录全国12315平台", online_en="Call 12315 or use the national 12315 platform")

# ---------------- 税务 ----------------
svc("sw-dk-01", "代开增值税发票", "Issuing VAT invoices on behalf of individuals", "d07-shuiwu",
    ["代开发票"], "自然人临时取得劳务报酬、出租房屋等收入，需要发票的可申请代开。",
    "Individuals with occasional income (services, renting out property) can get an invoice issued.",
    ["有真实的交易"], [ID, M("合同或交易证明", "Contract or proof of transaction")],
    ["B07"], "D", "当场办结", "On the spot", "按规定缴纳相关税费", "Taxes payable as required",
    online="可通过电子税务局或“个人所得税”App代开", online_en="Also via the e-tax bureau")
svc("sw-gs-01", "个人所得税综合所得汇算清缴", "Annual individual income tax reconciliation", "d07-shuiwu",
    ["个税汇算", "个税退税"], "每年3月1日至6月30日办理上一年度综合所得汇算，多退少补。",
    "From 1 March to 30 June, reconcile last year's income tax: refund or pay the difference.",
    ["取得工资薪金、劳务报酬、稿酬、特许权使用费所得"], [ID, M("银行卡", "Bank card", note="退税用")],
    ["B07"], "D", "当场办结", "On the spot", online="建议通过“个人所得税”App办理", online_en="Recommended via the IIT app",
    notes="窗口提供App操作辅导。", notes_en="Staff can help you use the app.")
svc("sw-fc-01", "存量房交易税费申报缴纳", "Tax declaration for second-hand home sales", "d07-shuiwu",
    ["二手房契税", "房产交易税"], "二手房买卖双方在办理转移登记前申报缴纳契税、增值税、个人所得税等。",
    "Buyers and sellers declare deed tax, VAT and income tax before the transfer registration.",
    ["已签订存量房买卖合同"], [M("买卖双方身份证", "ID cards of buyer and seller"), M("存量房买卖合同", "Sale contract"),
                          M("原不动产权证书", "Original property certificate"), M("家庭住房情况证明", "Household housing status", req=False, note="享受契税优惠时")],
    ["B06"], "B", "当场办结", "On the spot", notes="与不动产转移登记“一窗受理”，先缴税后登记。",
    notes_en="Handled together with the transfer registration at one window.")

# ---------------- 不动产 ----------------
svc("bdc-zy-01", "存量房买卖转移登记", "Transfer registration for second-hand homes", "d08-budongchan",
    ["二手房过户"], "二手房买卖双方共同申请办理转移登记，领取新的不动产权证书。",
    "Buyer and seller jointly apply; the buyer receives a new property certificate.",
    ["已缴清交易税费", "房屋无查封"],
    [M("买卖双方身份证、户口簿", "ID cards and household registers of both parties"), M("原不动产权证书", "Original property certificate"),
     M("存量房买卖合同", "Sale contract"), M("完税凭证", "Tax receipt", note="系统共享可免交")],
    ["B04", "B05"], "B", "1个工作日", "1 working day", "登记费80元，证书工本费每本10元", "Registration 80 yuan, 10 yuan per certificate",
    appt="需通过“西安不动产登记”公众号预约", appt_en="Appointment required via the Xi'an real estate registration WeChat account")
svc("bdc-sc-01", "新建商品房转移登记", "Registration of newly built commercial housing", "d08-budongchan",
    ["新房办证", "商品房办证"], "购买新建商品房交房后，买受人申请办理转移登记并领取不动产权证书。",
    "After handover of a new home, the buyer applies for the property certificate.",
    ["开发企业已办理首次登记", "已缴纳契税和维修基金"],
    [ID, M("商品房买卖合同", "Purchase contract"), M("购房发票", "Purchase invoice"), M("契税完税凭证", "Deed tax receipt")],
    ["B04", "B05"], "B", "3个工作日", "3 working days", "登记费80元", "80 yuan",
    notes="多数楼盘由开发企业批量代办，可先咨询开发商。", notes_en="Many developers apply in bulk on behalf of buyers.")
svc("bdc-dy-01", "不动产抵押登记及注销", "Mortgage registration and cancellation", "d08-budongchan",
    ["抵押登记", "抵押注销", "解押"], "办理房屋贷款需设立抵押登记；贷款还清后办理抵押注销登记。",
    "Register a mortgage for a home loan; cancel it after the loan is repaid.",
    ["主债权合同已签订或已清偿"], [ID, M("不动产权证书", "Property certificate"), M("借款合同或贷款结清证明", "Loan contract or settlement proof")],
    ["B04", "B05"], "B", "1个工作日", "1 working day", "抵押登记80元，注销免费", "80 yuan; cancellation free",
    notes="大部分银行可在网点或线上“带押过户”“不见面解押”。", notes_en="Most banks can handle this online.")
svc("bdc-cx-01", "不动产登记资料查询", "Real estate register records search", "d08-budongchan",
    ["房产查询", "有房无房证明"], "权利人或利害关系人可查询不动产登记结果，出具有房或无房证明。",
    "Owners and interested parties can get records and home-ownership or no-home certificates.",
    ["查询本人名下或经授权的不动产"], [ID, M("授权委托书", "Power of attorney", req=False, note="代查时提供")],
    ["B05"], "B", "当场办结", "On the spot", online="可在“西安不动产登记”公众号或自助机查询打印",
    online_en="Also via WeChat or the self-service machines")
svc("bdc-jc-01", "继承、受遗赠不动产转移登记", "Transfer registration by inheritance or bequest", "d08-budongchan",
    ["房产继承", "继承过户"], "不动产权利人去世后，继承人或受遗赠人申请将房屋登记到自己名下。",
    "After the owner's death, heirs apply to have the property registered in their names.",
    ["权利人已死亡", "继承人之间无争议或已有公证书、判决书"],
    [M("被继承人死亡证明", "Death certificate of the deceased"), M("继承人身份证及亲属关系证明", "Heirs' ID and proof of kinship"),
     M("原不动产权证书", "Original property certificate"), M("继承权公证书或生效法律文书", "Notarised inheritance or court ruling", req=False)],
    ["B04"], "B", "15个工作日", "15 working days", "登记费80元", "80 yuan",
    notes="需全部法定继承人到场或出具放弃继承声明。", notes_en="All legal heirs must attend or sign a waiver.")

# ---------------- 民政 ----------------
svc("mz-hy-01", "内地居民结婚登记", "Marriage registration", "d09-minzheng",
    ["结婚登记", "领结婚证"], "男满22周岁、女满20周岁，双方自愿，可共同到婚姻登记处申请结婚登记，全国通办。",
    "Men 22+ and women 20+ may register their marriage together; available nationwide.",
    ["双方均无配偶", "双方亲自到场"], [M("双方居民身份证", "Both ID cards"), M("双方户口簿", "Both household registers", req=False, note="已实行全国通办，身份证即可"),
                               M("2寸近期半身免冠合影照片", "Two recent 2-inch joint photos", copies=3, note="可在大厅拍照")],
    ["C04"], "M", "当场办结", "On the spot", appt="建议通过“秦务员”App预约，特殊日期须预约",
    appt_en="Booking recommended; required on special dates", notes="颁证厅可举行简短颁证仪式。", notes_en="A short ceremony can be held.")
svc("mz-hy-02", "内地居民离婚登记", "Divorce registration", "d09-minzheng",
    ["离婚登记", "协议离婚"], "双方自愿离婚并对子女、财产达成协议的，申请后有30日冷静期，期满30日内共同申请发证。",
    "Mutual divorce with agreement; a 30-day cooling-off period applies before the certificate is issued.",
    ["双方自愿离婚", "对子女抚养、财产分割达成一致"],
    [M("双方居民身份证", "Both ID cards"), M("结婚证", "Marriage certificates"), M("离婚协议书", "Divorce agreement", copies=3),
     M("双方户口簿", "Both household registers", req=False)],
    ["C04"], "M", "冷静期满后当场发证", "Issued on the spot after cooling-off", appt="需预约", appt_en="Appointment required")
svc("mz-hy-03", "补领婚姻登记证", "Reissue of marriage or divorce certificate", "d09-minzheng",
    ["补结婚证", "补离婚证"], "结婚证、离婚证遗失或损毁的，当事人可持身份证申请补领。",
    "Apply for a replacement if your marriage or divorce certificate is lost or damaged.",
    ["婚姻登记档案可查"], [ID, M("近期2寸半身免冠照片", "Recent 2-inch photos", copies=2, note="补结婚证需双方合影")],
    ["C04"], "M", "当场办结（档案需调取的5个工作日）", "On the spot (5 working days if files must be retrieved)")
svc("mz-db-01", "最低生活保障申请", "Minimum living allowance (dibao)", "d09-minzheng",
    ["低保申请"], "家庭人均收入低于当地低保标准且财产符合规定的，可申请城乡最低生活保障。",
    "Households below the local income standard may apply for the minimum living allowance.",
    ["本区户籍", "家庭人均月收入低于低保标准"],
    [ID, HKB, M("家庭收入和财产申报", "Household income and assets declaration"), M("家庭经济状况核对授权书", "Consent to financial checks")],
    ["C05"], "Z", "30个工作日", "30 working days", notes="一般由户籍所在街道（镇）受理，本窗口可代收。", notes_en="Usually handled by the sub-district office; this window can forward it.")
svc("mz-lr-01", "高龄老人生活补贴申领", "Living allowance for the very elderly", "d09-minzheng",
    ["高龄补贴", "高龄津贴"], "本区户籍年满80周岁的老年人，按年龄段按月发放高龄生活补贴。",
    "Local residents aged 80+ receive a monthly allowance by age band.",
    ["本区户籍", "年满80周岁"], [ID, HKB, M("本人社会保障卡或银行卡", "Social security or bank card")],
    ["C05"], "Z", "20个工作日", "20 working days", notes="可由家属代办，行动不便的可申请上门认证。", notes_en="Relatives can apply; home visits for those who cannot come.")
svc("mz-lr-02", "老年人优待证办理", "Senior citizen preferential card", "d09-minzheng",
    ["老年优待证", "老年证"], "年满60周岁的老年人可办理优待证，65岁以上凭证免费乘坐市内公交、地铁，享景区门票优惠。",
    "People aged 60+ can get the card; from 65, free city buses and metro and discounted sights.",
    ["年满60周岁", "本市户籍或持本市居住证"], [ID, M("一寸免冠照片", "1-inch photo", copies=1, req=False, note="也可现场拍照")],
    ["C05"], "Z", "当场办结", "On the spot", online="可在“i西安”App申请电子优待证", online_en="An e-card can be applied for in the i Xi'an app")
svc("mz-cl-01", "残疾人证新办及换领", "Disability certificate application and renewal", "d09-minzheng",
    ["残疾人证", "残疾证"], "符合残疾标准的人员经指定医院评定后办理残疾人证，可享受两项补贴等政策。",
    "After assessment at a designated hospital, eligible people get the certificate and related subsidies.",
    ["本区户籍", "经指定机构残疾评定"], [ID, HKB, M("两寸白底彩色照片", "2-inch colour photos, white background", copies=3)],
    ["C05"], "Z", "20个工作日", "20 working days", notes="先在窗口领取评定表，再到指定医院评定。", notes_en="Collect the assessment form here first.")

# ---------------- 卫健 ----------------
svc("wj-sy-01", "生育登记", "Birth (family planning) registration", "d10-weijian",
    ["生育服务登记"], "夫妻生育子女可在孕前或孕期办理生育登记，用于孕产期保健和享受生育支持政策。",
    "Couples register a pregnancy or planned birth for maternity care and support policies.",
    ["夫妻一方户籍在本区或在本区居住"], [M("夫妻双方身份证", "Both spouses' ID cards"), M("结婚证", "Marriage certificate", req=False)],
    ["C06"], "W", "当场办结", "On the spot", online="可在“陕西卫生健康”公众号网上登记", online_en="Register online via the Shaanxi Health WeChat account")
svc("wj-gg-01", "公共场所卫生许可", "Public place hygiene licence", "d10-weijian",
    ["卫生许可证"], "经营宾馆、美容美发、游泳场馆、沐浴场所等公共场所的，应取得卫生许可证。",
    "Hotels, salons, swimming pools and bathhouses need a hygiene licence.",
    ["已取得营业执照", "场所卫生条件符合要求"],
    [M("营业执照", "Business licence"), M("卫生许可申请书", "Application form"), M("场所平面图", "Floor plan"),
     M("卫生检测报告", "Hygiene test report", req=False), M("从业人员健康证明", "Staff health certificates")],
    ["C06"], "W", "10个工作日", "10 working days", notes="实行告知承诺制的可当场发证。", notes_en="Issued on the spot under the notification-and-commitment system.")


# ---------------- walkways (one main corridor per floor at y=0.5, spurs to each door) ----------------
for p in places:
    p["door"] = {"x": p["x"], "y": round(p["y"] + 0.05 if p["y"] < 0.5 else p["y"] - 0.05, 3)}
LINKS = {"F2": [("lift-f2", 0.50, 0.45, "lift", "lift-main", "无障碍电梯（二层）", "Lift (F2)"),
                ("stairs-f2", 0.46, 0.10, "stairs", "stairs-main", "步行楼梯（二层）", "Stairs (F2)")],
         "F3": [("lift-f3", 0.50, 0.45, "lift", "lift-main", "无障碍电梯（三层）", "Lift (F3)"),
                ("stairs-f3", 0.46, 0.10, "stairs", "stairs-main", "步行楼梯（三层）", "Stairs (F3)")]}
CY = 0.5
for fl in hall["floors"]:
    fid = fl["id"]
    nodes, paths, spine = [], [], []
    pts = [(w["id"], w["door"]["x"]) for w in windows if w["floor"] == fid]
    pts += [(p["id"], p["door"]["x"]) for p in places if p["floor"] == fid]
    for nid, x, y, kind, link, nm, nme in LINKS.get(fid, []):
        nodes.append({"id": nid, "x": x, "y": y, "kind": kind, "link": link, "name": nm, "name_en": nme})
        pts.append((nid, x))
    if fid == hall["kiosk"]["floor"]:
        pts.append(("kiosk", hall["kiosk"]["x"]))
    for ref, x in pts:
        cid = "c-" + ref
        nodes.append({"id": cid, "x": x, "y": CY})
        paths.append([ref, cid])
        spine.append((x, cid))
    spine.sort()
    paths.append([c for _, c in spine])
    fl["walkways"] = {"width_m": 60, "height_m": 30, "nodes": nodes, "paths": paths}

cat = {"schema_version": 1, "hall": hall, "departments": departments, "windows": windows, "places": places, "services": S}
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "catalog.json"), "w", encoding="utf-8") as f:
    json.dump(cat, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(S), "services", len(places), "places", len(windows), "windows", len(departments), "departments")
