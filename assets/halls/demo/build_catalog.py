"""Build the demo hall (深圳市明华区行政服务大厅): catalog.json and the three SVG floor plans.

The hall is fictional; its services follow what Shenzhen district halls publish (names, materials,
fees, time limits). The floor layout is defined once here, so every window's and facility's (x, y)
in the catalog is the centre of the box drawn for it on the plan.

Run:  /work/venv/bin/python assets/halls/demo/build_catalog.py
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from services_demo import SERVICES  # noqa: E402  (same folder)
from services_demo_en import COMMON_EN, HALL_EN, NOTES_EN, PLACE_NOTES_EN, SERVICES_EN, ZONE_EN_PREFIX  # noqa: E402
from walkways_demo import AISLE_DEPTH, DOORS, walkways  # noqa: E402

HERE = Path(__file__).resolve().parent
W, H = 1600, 1000
FONT = "Noto Sans CJK SC"

# -- departments: id, name, name_en, queue prefix, zone colour -------------------------------------
DEPARTMENTS = [
    ("hukou", "公安户政", "Household Registration (Police)", "A"),
    ("exit-entry", "出入境管理", "Exit-Entry Administration", "P"),
    ("vehicle", "车驾管（交警）", "Vehicles and Driving Licences (Traffic Police)", "V"),
    ("general", "综合受理", "General Services", "Z"),
    ("market", "市场监管（商事登记）", "Market Regulation (Business Registration)", "D"),
    ("tax", "税务", "Taxation", "E"),
    ("social-insurance", "社会保险", "Social Insurance", "F"),
    ("medical-insurance", "医疗保障", "Medical Insurance", "G"),
    ("housing-fund", "住房公积金", "Housing Provident Fund", "H"),
    ("real-estate", "不动产登记", "Real Estate Registration", "J"),
    ("talent", "人力资源和社会保障（人才）", "Human Resources and Talent", "K"),
    ("marriage", "婚姻登记", "Marriage Registration", "L"),
    ("civil-affairs", "民政", "Civil Affairs", "M"),
    ("disability", "残疾人联合会", "Disabled Persons' Federation", "N"),
    ("health", "卫生健康", "Health Commission", "W"),
]
PREFIX = {d[0]: d[3] for d in DEPARTMENTS}


@dataclass
class Zone:
    """A service zone drawn as a light rectangle with counters along its top edge."""

    floor: str
    name: str
    name_en: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1
    colour: str
    windows: list[tuple[str, str]] = field(default_factory=list)  # (id, label)

    def counter_centres(self) -> list[tuple[int, int]]:
        x0, y0, x1, _ = self.box
        n = len(self.windows)
        return [(round(x0 + (x1 - x0) * (i + 0.5) / n), y0 + 48) for i in range(n)]

    def aisle(self) -> int:
        """The y of the aisle in front of the counters (where a visitor stands at a window)."""
        return self.box[1] + AISLE_DEPTH


@dataclass
class Room:
    """A facility (restroom, copy shop...) drawn as a labelled box; a place when ``place_id`` is set."""

    floor: str
    name: str
    name_en: str
    box: tuple[int, int, int, int]
    kind: str = "facility"  # facility | restroom | core | staff | hall
    place_id: str | None = None
    aliases: tuple[str, ...] = ()
    notes: str = ""
    place_name: str | None = None  # catalog name when it differs from the drawn label
    place_name_en: str | None = None
    connector: tuple[str, str] | None = None  # (kind, link) for lifts and stairs


BLUE, GREEN, ORANGE, PURPLE, PINK, TEAL, YELLOW = (
    "#e3efff", "#e4f5e6", "#fff0dc", "#efe6fb", "#fde7ee", "#dff4f3", "#fbf6d9")

ZONES = [
    # 1F
    Zone("1F", "A区 户政", "Household Registration", (60, 190, 580, 440), BLUE,
         [("A01", "户政·身份证"), ("A02", "户政·身份证"), ("A03", "户政·户口迁移"), ("A04", "户政·居住证与证明")]),
    Zone("1F", "A区 出入境", "Exit-Entry", (60, 470, 580, 730), TEAL,
         [("A05", "出入境·港澳台通行证"), ("A06", "出入境·护照"), ("A07", "出入境·签注"),
          ("A08", "出入境·外国人签证证件")]),
    Zone("1F", "A区 车驾管", "Vehicles & Licences", (1020, 190, 1280, 440), YELLOW,
         [("A09", "车驾管·驾驶证"), ("A10", "车驾管·机动车")]),
    Zone("1F", "A区 综合受理", "General Services", (1280, 190, 1540, 440), PINK,
         [("A11", "综合受理·跨省通办"), ("A12", "办不成事反映·帮办代办")]),
    # 2F
    Zone("2F", "B区 商事登记", "Business Registration", (60, 190, 760, 440), ORANGE,
         [("B01", "商事登记·个体工商户"), ("B02", "商事登记·公司设立"), ("B03", "商事登记·变更注销"),
          ("B04", "食品经营许可"), ("B05", "商事登记·综合")]),
    Zone("2F", "B区 税务", "Taxation", (840, 190, 1540, 440), GREEN,
         [("B06", "税务·新办纳税人"), ("B07", "税务·发票"), ("B08", "税务·个人所得税"),
          ("B09", "税务·代开发票"), ("B10", "税务·证明与注销")]),
    Zone("2F", "B区 社保", "Social Insurance", (60, 560, 520, 900), BLUE,
         [("B11", "社保·社保卡"), ("B12", "社保·参保与待遇")]),
    Zone("2F", "B区 医保", "Medical Insurance", (540, 560, 1000, 900), TEAL,
         [("B13", "医保·参保登记"), ("B14", "医保·报销与备案")]),
    # 3F
    Zone("3F", "C区 公积金", "Housing Provident Fund", (60, 190, 520, 440), GREEN,
         [("C01", "公积金·提取"), ("C02", "公积金·提取"), ("C03", "公积金·贷款与证明")]),
    Zone("3F", "C区 不动产登记", "Real Estate Registration", (540, 190, 1160, 440), ORANGE,
         [("C04", "不动产·转移登记"), ("C05", "不动产·抵押登记"), ("C06", "不动产·交易税费一窗"),
          ("C07", "不动产·查询")]),
    Zone("3F", "C区 人才人社", "Talent & Employment", (1180, 190, 1540, 440), PURPLE,
         [("C08", "人才引进"), ("C09", "就业与劳动保障")]),
    Zone("3F", "C区 民政·残联·卫健", "Civil Affairs · Disability · Health", (60, 560, 560, 900), YELLOW,
         [("C10", "民政"), ("C11", "残联"), ("C12", "卫生健康")]),
    Zone("3F", "C区 婚姻登记", "Marriage Registration", (580, 560, 1000, 900), PINK,
         [("C13", "婚姻登记·结婚"), ("C14", "婚姻登记·离婚与补证")]),
]


def _core(floor: str) -> list[Room]:
    """Stairs, restrooms and elevators: the same place on every floor."""
    f = floor.lower()
    return [
        Room(floor, "楼梯", "Stairs", (40, 40, 150, 160), "core", f"stairs-{f}",
             ("楼梯", "走楼梯", "步梯", "安全通道", "stairs", "staircase"),
             "西侧楼梯，连通1F–3F；东侧另有一部楼梯。", f"楼梯（{floor}）", f"Stairs ({floor})",
             ("stairs", "west-stairs")),
        Room(floor, "楼梯", "Stairs", (1450, 40, 1560, 160), "core"),
        Room(floor, "卫生间", "Restrooms", (170, 40, 390, 160), "restroom", f"toilet-{f}",
             ("厕所", "洗手间", "卫生间", "WC", "toilet", "restroom", "上厕所", "男厕", "女厕", "厕所在哪",
              "茅房", "方便一下", "bathroom"),
             "男女卫生间，位于本层西北角楼梯旁。", f"卫生间（{floor}）", f"Restrooms ({floor})"),
        Room(floor, "电梯", "Elevators", (720, 40, 880, 160), "core", f"elevator-{f}",
             ("电梯", "坐电梯", "升降梯", "直梯", "上楼", "下楼", "elevator", "lift", "去二楼", "去三楼",
              "去停车场"),
             "两部客梯，可达B1停车场、1F、2F、3F；轮椅可进入。", f"电梯（{floor}）", f"Elevators ({floor})",
             ("lift", "elevators")),
    ]


ROOMS: list[Room] = [
    *_core("1F"),
    Room("1F", "无障碍卫生间", "Accessible WC", (400, 40, 540, 160), "restroom", "accessible-toilet",
         ("无障碍卫生间", "无障碍厕所", "残疾人厕所", "第三卫生间", "家庭卫生间", "轮椅厕所", "accessible toilet",
          "disabled toilet"),
         "设扶手、紧急呼叫按钮，可带小孩或陪护人员使用。"),
    Room("1F", "母婴室", "Nursing Room", (560, 40, 700, 160), "facility", "nursing-room",
         ("母婴室", "哺乳室", "喂奶", "换尿布", "喂奶的地方", "给孩子换尿不湿", "nursing room", "baby care room"),
         "设哺乳椅、婴儿护理台和温水，可向导办台借用婴儿车。"),
    Room("1F", "饮水处", "Drinking Water", (900, 40, 1020, 160), "facility", "water-1f",
         ("饮水处", "喝水", "开水", "热水", "饮水机", "接水", "口渴", "水在哪", "drinking water", "water"),
         "冷热直饮水，一次性纸杯在导办台领取。", "饮水处（1F）", "Drinking water (1F)"),
    Room("1F", "自助照相", "Photo Booth", (1040, 40, 1200, 160), "facility", "photo-booth",
         ("拍照", "照相", "证件照", "拍证件照", "照片", "身份证照片", "拍一寸照", "照相馆", "photo booth",
          "ID photo"),
         "自助证件照机，生成身份证、出入境、社保卡等数码相片回执；每次25元，支持微信、支付宝。"),
    Room("1F", "办公区", "Staff Only", (1220, 40, 1430, 160), "staff"),
    Room("1F", "等候休息区", "Waiting Area", (640, 190, 960, 560), "hall", "rest-area-1f",
         ("休息区", "等候区", "坐一下", "休息", "等号", "座位", "椅子", "waiting area", "seats", "rest area"),
         "叫号大屏在此区域北墙；设充电座和老花镜。", "等候休息区（1F）", "Waiting area (1F)"),
    Room("1F", "咨询导办台", "Information Desk", (680, 600, 920, 700), "facility", "info-desk",
         ("咨询台", "导办台", "服务台", "问讯处", "前台", "问一下", "工作人员", "人工服务", "找人问",
          "information desk", "help desk", "reception"),
         "导办员提供咨询、取号帮助、填表指导和帮办代办；可借老花镜、轮椅、雨伞、充电宝。"),
    Room("1F", "自助服务区", "Self-service Area", (1020, 470, 1540, 730), "hall", "self-service",
         ("自助服务区", "自助机", "自助终端", "自助办理", "自助打印", "签注机", "自助签注", "打印社保清单",
          "self-service", "self-service kiosk"),
         "出入境自助签注机、社保医保自助终端、公积金自助机、不动产查询机、税务自助办税终端。"),
    Room("1F", "24小时自助区", "24h Self-service", (60, 760, 330, 940), "facility", "self-service-24h",
         ("24小时自助区", "24小时", "晚上办理", "下班后办理", "通宵自助", "夜间自助", "周末自助",
          "24-hour self-service", "after hours"),
         "大厅关闭后经西南侧独立门进入，全天24小时开放；可自助签注、打印社保/公积金证明、领取已办证件（智能柜）。"),
    Room("1F", "复印打印", "Copy & Print", (350, 760, 600, 940), "facility", "copy-print",
         ("复印", "打印", "复印机", "打印机", "复印身份证", "打印材料", "扫描", "copy", "print", "photocopy",
          "printing"),
         "自助复印打印机（黑白0.5元/页、彩色1元/页），支持手机扫码打印；身份证复印件可在窗口免费复印。"),
    Room("1F", "邮政EMS", "EMS Post", (980, 760, 1140, 940), "facility", "ems",
         ("邮政", "EMS", "寄快递", "快递", "邮寄", "寄证件", "邮寄证件", "寄东西", "post office",
          "courier", "mail"),
         "证照邮寄到家、材料寄递；政务证件寄递部分免费（以窗口告知为准）。"),
    Room("1F", "银行ATM", "Bank ATM", (1160, 760, 1300, 940), "facility", "atm",
         ("ATM", "取钱", "取款机", "提款机", "银行", "取现金", "存钱", "cash machine", "bank"),
         "两台存取款一体机（工商银行、建设银行）；大厅内可使用微信、支付宝、银联缴费。"),
    Room("1F", "停车场（东门）", "Parking · East door", (1320, 760, 1540, 940), "facility", "parking",
         ("停车场", "停车", "停车位", "车停哪", "地下车库", "取车", "停车收费", "parking", "car park",
          "garage"),
         "出东门为地面停车场；地下停车场B1可乘电梯直达。办事群众凭当日取号小票免费停车2小时。",
         None, "Parking (east door; B1 by lift)"),
    # 2F
    *_core("2F"),
    Room("2F", "饮水处", "Drinking Water", (400, 40, 540, 160), "facility", "water-2f",
         ("饮水处", "喝水", "开水", "热水", "饮水机", "接水", "口渴", "drinking water", "water"),
         "冷热直饮水。", "饮水处（2F）", "Drinking water (2F)"),
    Room("2F", "办公区", "Staff Only", (900, 40, 1430, 160), "staff"),
    Room("2F", "自助办税区", "Self-service Tax", (1020, 560, 1260, 900), "hall", "tax-self-service",
         ("自助办税", "自助办税区", "发票自助", "领发票机器", "自助代开发票", "税务自助", "self-service tax",
          "tax kiosk"),
         "自助领票、代开发票、打印完税证明；税务志愿者在此指导使用电子税务局。"),
    Room("2F", "休息区", "Rest Area", (1280, 560, 1540, 720), "hall", "rest-area-2f",
         ("休息区", "等候区", "坐一下", "休息", "座位", "rest area", "seats"),
         "设充电座和书报架。", "休息区（2F）", "Rest area (2F)"),
    Room("2F", "复印打印", "Copy & Print", (1280, 740, 1540, 900), "facility", "copy-print-2f",
         ("复印", "打印", "复印机", "打印机", "打印材料", "copy", "print", "photocopy"),
         "自助复印打印机，支持手机扫码打印。", "复印打印（2F）", "Copy & print (2F)"),
    # 3F
    *_core("3F"),
    Room("3F", "饮水处", "Drinking Water", (400, 40, 540, 160), "facility", "water-3f",
         ("饮水处", "喝水", "开水", "热水", "饮水机", "接水", "口渴", "drinking water", "water"),
         "冷热直饮水。", "饮水处（3F）", "Drinking water (3F)"),
    Room("3F", "办公区", "Staff Only", (900, 40, 1430, 160), "staff"),
    Room("3F", "结婚颁证厅", "Wedding Hall", (1020, 560, 1260, 720), "facility", "wedding-hall",
         ("颁证厅", "颁证大厅", "结婚颁证", "宣誓", "结婚仪式", "wedding hall", "certificate ceremony"),
         "结婚登记后可预约颁证仪式（免费），可邀请亲友观礼。"),
    Room("3F", "婚姻登记拍照室", "Wedding Photo", (1020, 740, 1260, 900), "facility", "wedding-photo",
         ("结婚照", "拍结婚照", "登记照", "合影", "红底照片", "wedding photo", "couple photo"),
         "拍摄结婚登记用2寸红底合影，当场冲印。"),
    Room("3F", "休息区", "Rest Area", (1280, 560, 1540, 900), "hall", "rest-area-3f",
         ("休息区", "等候区", "坐一下", "休息", "座位", "rest area", "seats"),
         "设充电座；不动产、公积金叫号屏在此区域可见。", "休息区（3F）", "Rest area (3F)"),
]

FLOORS = [("1F", "一楼", "First floor", "floor1.svg"), ("2F", "二楼", "Second floor", "floor2.svg"),
          ("3F", "三楼", "Third floor", "floor3.svg")]
KIOSK = ("1F", 800, 830)


def frac(v: float, size: int) -> float:
    """A plan coordinate as a fraction of the plan size, rounded."""
    return round(v / size, 4)


_EN_FIELDS = ("fee", "time_limit", "appointment", "online", "notes", "hours")


def _english(chinese: str, given: str | None, where: str) -> str:
    """The English for ``chinese``: the service's own text, else the shared translation."""
    english = given if given is not None else COMMON_EN.get(chinese)
    if not english:
        raise SystemExit(f"no English for {where}: {chinese!r} (add it to services_demo_en.py)")
    return english


def with_english(service: dict) -> dict:
    """A copy of ``service`` with its ``<field>_en`` values merged in from services_demo_en.py."""
    sid = service["id"]
    en = dict(SERVICES_EN.get(sid) or {})
    entry = dict(service)
    conditions_en = en.pop("conditions_en", None)
    if not conditions_en or len(conditions_en) != len(service["conditions"]):
        raise SystemExit(f"{sid}: conditions_en must have {len(service['conditions'])} items")
    entry["conditions_en"] = list(conditions_en)
    for f in _EN_FIELDS:
        given = en.pop(f"{f}_en", None)
        if service.get(f):
            entry[f"{f}_en"] = _english(service[f], given, f"{sid}.{f}")
        elif given:
            raise SystemExit(f"{sid}: {f}_en given but {f} is empty")
    if en:
        raise SystemExit(f"{sid}: unknown English fields {sorted(en)}")
    materials = []
    for mat in service["materials"]:
        mat = dict(mat)
        if mat["note"]:
            mat["note_en"] = _english(mat["note"], NOTES_EN.get(mat["note"]), f"{sid} material note")
        materials.append(mat)
    entry["materials"] = materials
    return entry


def _place_notes_en(place_id: str) -> str:
    """English notes of a place; the shared core rooms (stairs-1f...) by their kind."""
    english = PLACE_NOTES_EN.get(place_id) or PLACE_NOTES_EN.get(place_id.rsplit("-", 1)[0])
    if not english:
        raise SystemExit(f"no English notes for place {place_id!r}")
    return english


def build_catalog() -> dict:
    """The whole catalog as JSON data."""
    windows = []
    points: dict[str, tuple[int, int]] = {}
    for zone in ZONES:
        for (wid, label), (cx, cy) in zip(zone.windows, zone.counter_centres(), strict=False):
            windows.append({"id": wid, "floor": zone.floor, "zone": zone.name,
                            "zone_en": f"{ZONE_EN_PREFIX} {zone.name[0]} · {zone.name_en}", "x": frac(cx, W),
                            "y": frac(cy, H), "label": label,
                            "door": {"x": frac(cx, W), "y": frac(zone.aisle(), H)}})
            points[wid] = (cx, zone.aisle())
    windows.sort(key=lambda w: w["id"])
    places = []
    for room in ROOMS:
        if not room.place_id:
            continue
        x0, y0, x1, y1 = room.box
        door = DOORS[room.place_id]
        points[room.place_id] = door
        place = {
            "id": room.place_id, "name": room.place_name or room.name,
            "name_en": room.place_name_en or room.name_en, "aliases": list(room.aliases),
            "floor": room.floor, "x": frac((x0 + x1) / 2, W), "y": frac((y0 + y1) / 2, H),
            "notes": room.notes, "notes_en": _place_notes_en(room.place_id),
            "kind": room.connector[0] if room.connector else "facility",
            "door": {"x": frac(door[0], W), "y": frac(door[1], H)},
        }
        if room.connector:
            place["link"] = room.connector[1]
        places.append(place)
    points["kiosk"] = (KIOSK[1], KIOSK[2])
    services = []
    for s in SERVICES:
        entry = with_english(s)
        entry["queue_prefix"] = PREFIX[entry["department"]]
        services.append(entry)
    hall = {
        "id": "shenzhen-minghua",
        "name": "深圳市明华区行政服务大厅",
        "name_en": "Minghua District Administrative Service Hall, Shenzhen",
        "address": "深圳市明华区明华大道168号明华区政务服务中心（地铁5号线明华站C出口步行200米）",
        "hours": "周一至周五 9:00–12:00、14:00–18:00；周六 9:00–12:00、14:00–17:00（户政、出入境、社保、"
                 "公积金窗口）；法定节假日休息。24小时自助区全天开放。",
        "phone": "0755-2699 8100（咨询）；政务服务便民热线 12345",
        **HALL_EN,
        "floors": [{"id": f, "name": n, "name_en": e, "map": m,
                    "walkways": walkways(f, points, lambda v: frac(v, W), lambda v: frac(v, H))}
                   for f, n, e, m in FLOORS],
        "kiosk": {"floor": KIOSK[0], "x": frac(KIOSK[1], W), "y": frac(KIOSK[2], H)},
    }
    return {
        "schema_version": 1,
        "hall": hall,
        "departments": [{"id": i, "name": n, "name_en": e} for i, n, e, _ in DEPARTMENTS],
        "windows": windows,
        "places": places,
        "services": services,
    }


# -- SVG floor plans -------------------------------------------------------------------------------
WALL = "#4a5563"
FILL = {"facility": "#f1f3f5", "restroom": "#dcecf7", "core": "#d9dde3", "staff": "#eceef0", "hall": "#f7f8fa"}


def _text(x: float, y: float, s: str, size: int, weight: str = "normal", fill: str = "#1f2933",
          anchor: str = "middle") -> str:
    return (f'<text x="{x:.0f}" y="{y:.0f}" font-family="{FONT}" font-size="{size}" font-weight="{weight}" '
            f'fill="{fill}" text-anchor="{anchor}">{escape(s)}</text>')


def _rect(box: tuple[int, int, int, int], fill: str, stroke: str = "#9aa5b1", width: float = 2,
          rx: int = 6, dash: str = "") -> str:
    x0, y0, x1, y1 = box
    extra = f' stroke-dasharray="{dash}"' if dash else ""
    return (f'<rect x="{x0}" y="{y0}" width="{x1 - x0}" height="{y1 - y0}" rx="{rx}" fill="{fill}" '
            f'stroke="{stroke}" stroke-width="{width}"{extra}/>')


def _walls(floor: str) -> list[str]:
    """Outer walls with the door gaps of this floor."""
    x0, y0, x1, y1 = 30, 30, 1570, 970
    out = []
    if floor == "1F":
        # bottom wall: gap for the 24h door (110–280) and the main entrance (690–910); east door (800–900)
        segs = [((x0, y0), (x1, y0)), ((x0, y0), (x0, y1)), ((x0, y1), (110, y1)), ((280, y1), (690, y1)),
                ((910, y1), (x1, y1)), ((x1, y0), (x1, 800)), ((x1, 900), (x1, y1))]
    else:
        segs = [((x0, y0), (x1, y0)), ((x1, y0), (x1, y1)), ((x1, y1), (x0, y1)), ((x0, y1), (x0, y0))]
    for (ax, ay), (bx, by) in segs:
        out.append(f'<line x1="{ax}" y1="{ay}" x2="{bx}" y2="{by}" stroke="{WALL}" stroke-width="10" '
                   f'stroke-linecap="square"/>')
    if floor == "1F":
        out.append(_text(800, 995, "▲ 主入口 Main Entrance", 24, "bold", "#0b6e4f"))
        out.append(_text(195, 995, "24h 独立门", 18, "normal", "#0b6e4f"))
    return out


def _stairs(box: tuple[int, int, int, int]) -> list[str]:
    x0, y0, x1, y1 = box
    out = []
    for i in range(1, 7):
        y = y0 + (y1 - y0) * i / 7
        out.append(f'<line x1="{x0 + 8}" y1="{y:.0f}" x2="{x1 - 8}" y2="{y:.0f}" stroke="#b7bfc8" '
                   f'stroke-width="2"/>')
    return out


def _room(room: Room) -> list[str]:
    x0, y0, x1, y1 = room.box
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    out = [_rect(room.box, FILL[room.kind], "#8a96a3", 2, 4)]
    if room.kind == "core" and room.name == "楼梯":
        out += _stairs(room.box)
    if room.kind == "core" and room.name == "电梯":
        for ex in (x0 + 14, cx + 6):  # two cars with their doors on the corridor side
            out.append(f'<rect x="{ex:.0f}" y="{y1 - 22}" width="{(x1 - x0) / 2 - 20:.0f}" height="12" rx="2" '
                       f'fill="#aeb7c2"/>')
    if room.kind == "hall":
        out += _hall_furniture(room)
    if room.kind == "restroom" and room.name == "卫生间":
        out.append(f'<line x1="{cx:.0f}" y1="{y0}" x2="{cx:.0f}" y2="{y0 + 40}" stroke="#8a96a3" '
                   f'stroke-width="2"/>')
        out.append(_text(x0 + (x1 - x0) / 4, y0 + 30, "男 M", 18, "normal", "#2b5d8a"))
        out.append(_text(x0 + 3 * (x1 - x0) / 4, y0 + 30, "女 F", 18, "normal", "#a23b5b"))
    big = (y1 - y0) > 170
    size = 26 if big else 22
    weight = "bold" if room.place_id else "normal"
    colour = "#1f2933" if room.place_id else "#7b8794"
    dy = 6 if room.kind == "restroom" and room.name == "卫生间" else 0
    out.append(_text(cx, cy + 4 + dy, room.name, size, weight, colour))
    out.append(_text(cx, cy + 28 + dy, room.name_en, 16 if not big else 18, "normal", "#52606d"))
    return out


def _hall_furniture(room: Room) -> list[str]:
    """Seats (waiting areas) or terminals (self-service areas) above and below the label."""
    x0, y0, x1, y1 = room.box
    cy = (y0 + y1) / 2
    terminals = "self-service" in (room.place_id or "")
    w, h, step = (34, 22, 52) if terminals else (22, 14, 30)
    out = []
    rows = list(range(y0 + 22, int(cy) - 50, 34)) + list(range(int(cy) + 52, y1 - 30, 34))
    if terminals:
        rows = [y0 + 22, y1 - 22 - h]
    for y in rows:
        x = x0 + 24
        while x + w < x1 - 20:
            fill, stroke = ("#cfd8e3", "#7b8794") if terminals else ("#ffffff", "#c5cdd6")
            out.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="3" fill="{fill}" '
                       f'stroke="{stroke}" stroke-width="1.5"/>')
            x += step
    return out


def _seats(box: tuple[int, int, int, int], top: int) -> list[str]:
    """Rows of waiting seats (decoration) below the counters."""
    x0, _, x1, y1 = box
    out = []
    y = top
    while y + 14 < y1 - 60:
        x = x0 + 30
        while x + 26 < x1 - 30:
            out.append(f'<rect x="{x}" y="{y}" width="22" height="14" rx="3" fill="#ffffff" '
                       f'stroke="#c5cdd6" stroke-width="1.5"/>')
            x += 30
        y += 34
    return out


_WINDOW_BOX = "#3e4c59"
"""The stroke of a window's number box (drawn in the labels layer)."""


def _zone(zone: Zone) -> list[str]:
    x0, y0, x1, y1 = zone.box
    out = [_rect(zone.box, zone.colour, "#7f8c99", 2.5, 8)]
    # counter desk behind the window boxes
    out.append(f'<rect x="{x0 + 12}" y="{y0 + 10}" width="{x1 - x0 - 24}" height="14" rx="3" fill="#c9d2dc"/>')
    out += _seats(zone.box, y0 + 130)  # the aisle in front of the counters stays free
    for (wid, _), (cx, cy) in zip(zone.windows, zone.counter_centres(), strict=False):
        out.append(_rect((cx - 46, cy - 28, cx + 46, cy + 28), "#ffffff", _WINDOW_BOX, 2.5, 6))
        out.append(_text(cx, cy + 9, wid, 26, "bold", "#102a43"))
    out.append(_text(x0 + 20, y1 - 38, zone.name, 28, "bold", "#102a43", "start"))
    out.append(_text(x0 + 20, y1 - 12, zone.name_en, 18, "normal", "#334e68", "start"))
    return out


def build_svg(floor: str, title: str, title_en: str) -> str:
    """One floor plan."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
             f'<title>{escape(title)} {escape(title_en)}</title>',
             f'<rect x="0" y="0" width="{W}" height="{H}" fill="#ffffff"/>',
             '<rect x="30" y="30" width="1540" height="940" fill="#fbfcfd"/>']
    for zone in ZONES:
        if zone.floor == floor:
            parts += _zone(zone)
    for room in ROOMS:
        if room.floor == floor:
            parts += _room(room)
    parts += _walls(floor)
    # floor badge in the corridor
    parts.append(_text(800, 470, f"{floor}  {title} · {title_en}", 22, "bold",
                       "#9aa5b1") if floor != "1F" else "")
    # Two layers: the kiosk draws the route between the plan and the labels (window numbers, names),
    # so a route never hides a window number.
    labels = [p for p in parts[4:] if p.startswith("<text") or _WINDOW_BOX in p]
    plan = [p for p in parts[4:] if p and p not in labels]
    out = [*parts[:4], '<g id="plan">', *plan, "</g>", '<g id="labels">', *labels, "</g>", "</svg>"]
    return "\n".join(p for p in out if p) + "\n"


def main() -> None:
    """Write catalog.json and floor1..3.svg next to this script."""
    catalog = build_catalog()
    (HERE / "catalog.json").write_text(json.dumps(catalog, ensure_ascii=False, indent=2) + "\n",
                                       encoding="utf-8")
    for fid, name, name_en, map_file in FLOORS:
        (HERE / map_file).write_text(build_svg(fid, name, name_en), encoding="utf-8")
    print(f"{len(catalog['services'])} services, {len(catalog['departments'])} departments, "
          f"{len(catalog['windows'])} windows, {len(catalog['places'])} places")


if __name__ == "__main__":
    main()
