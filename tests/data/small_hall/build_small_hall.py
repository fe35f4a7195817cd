"""Generator of the small test hall (杭州市余溪镇便民服务中心): catalog.json and plan-l1.svg; run it with python."""
import json
from pathlib import Path

OUT = Path(__file__).resolve().parent
W, H = 1600, 1000
def f(v, s): return round(v / s, 4)
# L1 plan: counters W1..W5 along the north wall, facilities along the south
counters = {"W1": 260, "W2": 480, "W3": 700, "W4": 920, "W5": 1140}
CY = 220
rooms = {  # id: (name, name_en, box)
    "gonggong-weishengjian": ("公共卫生间", "Public toilets", (1300, 620, 1540, 940)),
    "dayin-fuyin": ("打印复印点", "Printing point", (60, 760, 340, 940)),
    "louti-jian": ("楼梯间", "Stairwell", (1300, 60, 1540, 300)),
    "zizhu-zhongduan": ("自助服务终端", "Self-service terminals", (360, 760, 700, 940)),
    "bianmin-xiuxi": ("便民休息区", "Seating", (300, 420, 1100, 640)),
}
windows = [{"id": w, "floor": "L1", "zone": "一楼综合服务区", "x": f(x, W), "y": f(CY, H),
            "label": lbl} for (w, x), lbl in zip(counters.items(),
            ["户籍窗口", "户籍窗口", "人力社保窗口", "人力社保·市民卡", "综合受理（无差别受理）"], strict=False)]
windows += [
    {"id": "W6", "floor": "L2", "zone": "二楼民政服务区", "x": 0.2, "y": 0.25, "label": "民政·社会救助"},
    {"id": "W7", "floor": "L2", "zone": "二楼民政服务区", "x": 0.35, "y": 0.25, "label": "残疾人服务"},
    {"id": "W8", "floor": "L2", "zone": "二楼农业农村服务区", "x": 0.6, "y": 0.25, "label": "农业农村·宅基地"},
]
aliases = {
    "gonggong-weishengjian": ["公厕", "厕所在哪里", "上个厕所", "卫生间", "洗手间", "toilet", "WC"],
    "dayin-fuyin": ["复印一下", "打印", "复印件", "印资料", "printer", "copies"],
    "louti-jian": ["上二楼", "楼梯", "怎么上楼", "stairs"],
    "zizhu-zhongduan": ["自助机", "自助打印", "机器上办", "浙里办自助", "self-service"],
    "bianmin-xiuxi": ["坐着等", "休息", "座位", "等候", "seats"],
}
notes = {
    "gonggong-weishengjian": "一楼东南角，含无障碍厕位。",
    "dayin-fuyin": "免费复印办事材料（每人限20页）。",
    "louti-jian": "本中心无电梯，行动不便者请找志愿者，二楼业务可在W5窗口代收。",
    "zizhu-zhongduan": "可打印社保参保证明、不动产查询结果，办理'浙里办'高频事项。",
    "bianmin-xiuxi": "叫号屏在休息区北侧。",
}
places = [{"id": k, "name": n, "name_en": e, "aliases": aliases[k], "floor": "L1",
           "x": f((b[0] + b[2]) / 2, W), "y": f((b[1] + b[3]) / 2, H), "notes": notes[k]}
          for k, (n, e, b) in rooms.items()]
places[2].update(kind="stairs", link="stairs")  # 楼梯间: the only way up (no lift)
# walkways: one corridor per level (L1 between the counters and the seating), a spur to each stop
CORRIDOR = {"L1": 360, "L2": 400}
DOORS = {"gonggong-weishengjian": (1300, 780), "dayin-fuyin": (200, 760), "louti-jian": (1300, 180),
         "zizhu-zhongduan": (530, 760), "bianmin-xiuxi": (700, 420)}
for p in places:
    p["door"] = {"x": f(DOORS[p["id"]][0], W), "y": f(DOORS[p["id"]][1], H)}
for w in windows:
    w["door"] = {"x": w["x"], "y": round(w["y"] + 0.06, 4)}
def walkways(level, stops):
    """stops: (ref, x px, y px) standing points; each joins the corridor straight above/below it."""
    nodes, paths, spine = [], [], []
    for ref, x, _y in stops:
        nodes.append({"id": f"c-{ref}", "x": f(x, W), "y": f(CORRIDOR[level], H)})
        paths.append([ref, f"c-{ref}"])
        spine.append((x, f"c-{ref}"))
    paths.append([j for _, j in sorted(spine)])
    return {"width_m": 40, "height_m": 25, "nodes": nodes, "paths": paths}
l1 = [(w["id"], w["door"]["x"] * W, w["door"]["y"] * H) for w in windows if w["floor"] == "L1"]
l1 += [(k, *DOORS[k]) for k in DOORS] + [("kiosk", 1200, 800)]
l2 = [(w["id"], w["x"] * W, (w["y"] + 0.06) * H) for w in windows if w["floor"] == "L2"]
walk_l2 = walkways("L2", [*l2, ("stairs-up", 1300, 180)])
walk_l2["nodes"].append({"id": "stairs-up", "x": f(1300, W), "y": f(180, H), "kind": "stairs", "link": "stairs",
                         "name": "楼梯间（楼上）", "name_en": "Stairwell (upper level)"})
WALKWAYS = {"L1": walkways("L1", l1), "L2": walk_l2}

def m(name, en, original=True, copies=0, required=True, note=""):
    return {"name": name, "name_en": en, "original": original, "copies": copies, "required": required, "note": note}
ZLB = "可在'浙里办'App搜索事项名称网上办理"
services = [
 dict(id="gab-sfz-gsbb", name="第二代居民身份证挂失补办", name_en="Reporting and replacing a lost second-generation ID card",
      department="dept-gaj", aliases=["身份证找不着了", "证件遗失", "身份证没了", "身份证弄丢了", "ID card missing"],
      summary="居民身份证遗失后先挂失，再在户籍窗口补办新证，可选择邮寄。", summary_en="Report a lost ID card and get a new one at the household window.",
      conditions=["居民身份证遗失或被盗"], materials=[m("户口本", "Household register"), m("照相回执", "Photo receipt", required=False, note="窗口可免费拍照")],
      windows=["W1", "W2"], queue_prefix="P", time_limit="15个工作日", fee="40元", hours=None,
      appointment="可拨打中心电话预约", online=ZLB, notes="急需乘车可在窗口开具临时身份证明。", updated="2026-09-01"),
 dict(id="gab-sfz-dqhl", name="第二代居民身份证到期换领", name_en="Renewing an expiring ID card", department="dept-gaj",
      aliases=["身份证要换了", "身份证到期换新", "证件过期换证"], summary="身份证有效期届满前三个月内可换领。", summary_en="Renew within three months before expiry.",
      conditions=["身份证有效期即将届满或已届满"], materials=[m("旧身份证", "Old ID card"), m("户口本", "Household register")],
      windows=["W1", "W2"], queue_prefix="P", time_limit="15个工作日", fee="20元", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-09-01"),
 dict(id="gab-xsr-sbhk", name="新生婴儿申报户口", name_en="Registering a newborn's hukou", department="dept-gaj",
      aliases=["宝宝报户口", "孩子落户口", "新生儿上户"], summary="婴儿出生后随父或母申报常住户口。", summary_en="Register a newborn in a parent's hukou.",
      conditions=["父或母户口在本镇"], materials=[m("出生医学证明", "Birth certificate", copies=1), m("父母户口本", "Parents' household register"), m("父母身份证", "Parents' ID cards")],
      windows=["W1"], queue_prefix="P", time_limit="当场办结", fee="不收费", hours=None,
      appointment="", online="'浙里办'出生'一件事'联办", notes="", updated="2026-08-12"),
 dict(id="gab-jzz-sl", name="浙江省居住证申领", name_en="Zhejiang residence permit", department="dept-gaj",
      aliases=["办居住证", "外地人办证", "暂住证"], summary="在本镇居住满半年并有合法稳定就业、住所或就读的非本地户籍人员申领。",
      summary_en="Non-local residents living here six months with work, housing or study apply.",
      conditions=["居住登记满半年"], materials=[m("身份证", "ID card"), m("住所证明", "Proof of residence", copies=1)],
      windows=["W2"], queue_prefix="P", time_limit="10个工作日", fee="首次申领不收费", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-08-12"),
 dict(id="rs-smk-gsbh", name="社会保障·市民卡挂失补换", name_en="Replacing a lost citizen card (social security card)", department="dept-rlsb",
      aliases=["市民卡丢了", "市民卡补办", "社保卡丢失", "卡坏了", "citizen card"], summary="市民卡（社会保障卡）遗失先挂失，再补换新卡。",
      summary_en="Report the lost citizen card and get a replacement.", conditions=["已办理市民卡"],
      materials=[m("身份证", "ID card"), m("一寸照片", "1-inch photo", required=False, note="可现场拍")],
      windows=["W4"], queue_prefix="S", time_limit="当场制卡", fee="补卡工本费20元", hours=None,
      appointment="", online="'杭州市民卡'App可挂失", notes="", updated="2026-07-15"),
 dict(id="rs-cxjm-yanglao", name="城乡居民基本养老保险参保登记", name_en="Enrolling in the urban and rural residents' pension", department="dept-rlsb",
      aliases=["农民交养老保险", "给老人交养老", "居民养老保险"], summary="年满16周岁、未参加职工养老保险的城乡居民参保。",
      summary_en="Residents aged 16+ without employee pension insurance enrol.", conditions=["年满16周岁（在校学生除外）"],
      materials=[m("身份证", "ID card"), m("户口本", "Household register")],
      windows=["W3", "W4"], queue_prefix="S", time_limit="当场办结", fee="不收费（保费按档次缴纳）", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-07-15"),
 dict(id="rs-cxjm-yibao", name="城乡居民基本医疗保险参保缴费", name_en="Residents' medical insurance enrolment and payment", department="dept-rlsb",
      aliases=["交医保", "农村医保", "买医疗保险", "小孩医保"], summary="每年集中缴费期为城乡居民办理医保参保缴费。",
      summary_en="Residents enrol and pay medical insurance during the yearly payment period.", conditions=["未参加职工医保"],
      materials=[m("身份证或户口本", "ID card or household register")],
      windows=["W3"], queue_prefix="S", time_limit="当场办结", fee="不收费（保费按年缴纳）", hours="每年9月至12月集中缴费期",
      appointment="", online="'浙里办'或支付宝'医保'可缴费", notes="", updated="2026-07-15"),
 dict(id="rs-yljdy-rzh", name="养老金领取资格认证", name_en="Annual pension eligibility check", department="dept-rlsb",
      aliases=["养老金认证", "领养老金要认证", "刷脸认证"], summary="领取养老金人员每年进行一次资格认证。",
      summary_en="Pensioners confirm eligibility once a year.", conditions=["正在领取养老保险待遇"],
      materials=[m("身份证", "ID card")], windows=["W3"], queue_prefix="S", time_limit="当场办结", fee="不收费", hours=None,
      appointment="", online="'浙里办'刷脸认证", notes="行动不便的可申请上门认证。", updated="2026-07-15"),
 dict(id="mz-dibao", name="最低生活保障待遇申请", name_en="Applying for minimum living support", department="dept-mz",
      aliases=["申请低保", "生活困难", "没有收入来源"], summary="家庭人均收入低于当地低保标准的户籍家庭申请低保。",
      summary_en="Local households with income below the minimum standard apply.", conditions=["本镇户籍", "家庭收入和财产符合规定"],
      materials=[m("户口本", "Household register"), m("家庭成员身份证", "Family members' ID cards"), m("经济状况核对授权书", "Authorisation of financial check")],
      windows=["W6"], queue_prefix="M", time_limit="30个工作日", fee="不收费", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-06-20"),
 dict(id="mz-gaoling", name="高龄老人补贴申领", name_en="Allowance for people over 80", department="dept-mz",
      aliases=["八十岁补贴", "老人补助", "长寿补贴"], summary="本镇户籍80周岁以上老人按月领取高龄补贴。",
      summary_en="Local residents aged 80+ receive a monthly allowance.", conditions=["本镇户籍", "年满80周岁"],
      materials=[m("身份证", "ID card"), m("银行卡", "Bank card")],
      windows=["W6"], queue_prefix="M", time_limit="次月发放", fee="不收费", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-06-20"),
 dict(id="mz-yiliao-jz", name="困难群众医疗救助", name_en="Medical aid for families in hardship", department="dept-mz",
      aliases=["看病钱不够", "医疗救助", "大病救助"], summary="低保、特困等困难群众医保报销后个人负担部分按比例救助。",
      summary_en="People in hardship get help with costs left after insurance.", conditions=["低保、低边或特困人员等"],
      materials=[m("身份证", "ID card"), m("医疗费用发票", "Medical invoices", copies=1)],
      windows=["W6"], queue_prefix="M", time_limit="20个工作日", fee="不收费", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-06-20"),
 dict(id="cl-cjrz", name="残疾人证申办", name_en="Disability certificate", department="dept-mz",
      aliases=["办残疾证", "评残疾", "残疾证"], summary="经评定符合标准的残疾人申办残疾人证。",
      summary_en="Apply for the disability certificate after assessment.", conditions=["经指定医院评定"],
      materials=[m("身份证", "ID card"), m("户口本", "Household register"), m("两寸照片", "2-inch photos", note="3张")],
      windows=["W7"], queue_prefix="M", time_limit="20个工作日", fee="不收费", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-06-20"),
 dict(id="nync-zjd-jf", name="农村宅基地建房审批", name_en="Approval to build a rural home", department="dept-nync",
      aliases=["盖房子", "农村建房", "宅基地审批", "翻建老房子", "build a house"], summary="本镇农村村民申请使用宅基地新建、改建、翻建住房。",
      summary_en="Villagers apply to build or rebuild a home on homestead land.", conditions=["本村集体经济组织成员", "符合一户一宅"],
      materials=[m("农村宅基地和建房申请表", "Application form"), m("户口本", "Household register"), m("村民代表会议决议", "Village meeting resolution", copies=1)],
      windows=["W8"], queue_prefix="N", time_limit="20个工作日", fee="不收费", hours=None,
      appointment="", online=ZLB, notes="", updated="2026-05-30"),
 dict(id="nync-gdbt", name="耕地地力保护补贴申报", name_en="Farmland protection subsidy", department="dept-nync",
      aliases=["种地补贴", "粮食补贴", "耕地补贴"], summary="承包耕地的农户每年申报耕地地力保护补贴。",
      summary_en="Farming households declare their subsidy each year.", conditions=["拥有承包耕地并保持地力"],
      materials=[m("身份证", "ID card"), m("土地承包经营权证", "Land contract certificate", copies=1)],
      windows=["W8", "W5"], queue_prefix="N", time_limit="按年度统一发放", fee="不收费", hours="每年3月至5月申报期",
      appointment="", online=ZLB, notes="", updated="2026-05-30"),
]
catalog = {
  "schema_version": 1,
  "hall": {"id": "hz-yuxi-town", "name": "杭州市余溪镇便民服务中心", "name_en": "Yuxi Town Citizen Service Centre, Hangzhou",
           "address": "浙江省杭州市余溪镇溪前路8号", "hours": "周一至周五 8:30–12:00、13:30–17:00",
           "phone": "0571-6300 1188",
           "floors": [{"id": "L1", "name": "底楼", "name_en": "Ground level", "map": "plan-l1.svg",
                       "walkways": WALKWAYS["L1"]},
                      {"id": "L2", "name": "楼上", "name_en": "Upper level", "map": None, "walkways": WALKWAYS["L2"]}],
           "kiosk": {"floor": "L1", "x": 0.75, "y": 0.8}},
  "departments": [{"id": "dept-gaj", "name": "派出所户籍室", "name_en": "Police household office"},
                  {"id": "dept-rlsb", "name": "人力社保所", "name_en": "Labour and social security office"},
                  {"id": "dept-mz", "name": "民政办（含残联）", "name_en": "Civil affairs office"},
                  {"id": "dept-nync", "name": "农业农村办", "name_en": "Agriculture and rural affairs office"}],
  "windows": windows, "places": places, "services": services,
}
(OUT / "catalog.json").write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
FONT = "Noto Sans CJK SC"
def t(x, y, s, size, w="normal", c="#222"):
    return f'<text x="{x}" y="{y}" font-family="{FONT}" font-size="{size}" font-weight="{w}" fill="{c}" text-anchor="middle">{s}</text>'
svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
       '<rect width="1600" height="1000" fill="#fffdf7"/>',
       '<rect x="40" y="40" width="1520" height="920" fill="none" stroke="#5c4b3b" stroke-width="10"/>',
       '<line x1="1100" y1="960" x2="1300" y2="960" stroke="#fffdf7" stroke-width="14"/>',
       t(1200, 990, "大门 Entrance", 24, "bold", "#7a4a12"),
       '<rect x="120" y="120" width="1140" height="180" fill="#f3e8d4" stroke="#a08a6b" stroke-width="2"/>',
       t(700, 290, "一楼综合服务区 Service counters", 24, "bold", "#5c4b3b")]
for w, x in counters.items():
    svg += [f'<rect x="{x-60}" y="{CY-35}" width="120" height="70" rx="8" fill="#fff" stroke="#5c4b3b" stroke-width="3"/>',
            t(x, CY + 10, w, 30, "bold", "#3b2f24")]
for _k, (n, e, (x0, y0, x1, y1)) in rooms.items():
    cx, cy = (x0 + x1) // 2, (y0 + y1) // 2
    svg += [f'<rect x="{x0}" y="{y0}" width="{x1-x0}" height="{y1-y0}" rx="6" fill="#eef2ea" stroke="#8b9a7f" stroke-width="2"/>',
            t(cx, cy + 4, n, 26, "bold"), t(cx, cy + 32, e, 18, "normal", "#555")]
svg.append("</svg>")
(OUT / "plan-l1.svg").write_text("\n".join(svg) + "\n", encoding="utf-8")
print(len(services), "services")
