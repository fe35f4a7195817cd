"""Grounding rules for answers about several services and for the facts they lean on: list items naming different
services, a name inside a longer one, a step after (or first at) another cited service's window, windows said not to
serve, counts per period, payment and booking channels, a time some cases take said of everyone, a material or
opening day said of each, visa types, amount ranges, and documents named with their issuer.

A hall of its own (not the demo catalog, not the helper-written sets).
"""

from __future__ import annotations

import pytest
from llm_support import grounding_problems as check

from kiosk.catalog import Catalog

HALL = {
    "schema_version": 1,
    "hall": {
        "id": "lists-hall",
        "name": "白塔区政务服务中心",
        "hours": "周一至周五 9:00–12:00、13:00–17:00；周六 9:00–12:00 延时服务（仅户政、社保卡窗口）；法定节假日休息",
        "phone": "0931-8800 5600",
        "floors": [{"id": "1F", "name": "一楼"}, {"id": "2F", "name": "二楼"}],
        "kiosk": {"floor": "1F", "x": 0.5, "y": 0.9},
    },
    "departments": [
        {"id": "huzheng", "name": "户政"}, {"id": "shebao", "name": "社保卡"}, {"id": "tax", "name": "税务"},
        {"id": "estate", "name": "不动产"}, {"id": "labour", "name": "劳动监察"}, {"id": "civil", "name": "民政"},
        {"id": "exit", "name": "出入境"},
    ],
    "windows": [
        {"id": "H01", "floor": "1F", "zone": "户政区", "x": 0.1, "y": 0.3, "label": "户政·身份证"},
        {"id": "H02", "floor": "1F", "zone": "户政区", "x": 0.2, "y": 0.3, "label": "户政·临时证"},
        {"id": "S01", "floor": "1F", "zone": "社保区", "x": 0.3, "y": 0.3, "label": "社保卡"},
        {"id": "T01", "floor": "2F", "zone": "税务区", "x": 0.4, "y": 0.4, "label": "税务·房产交易税费"},
        {"id": "R01", "floor": "2F", "zone": "不动产区", "x": 0.5, "y": 0.4, "label": "不动产登记"},
        {"id": "L01", "floor": "2F", "zone": "劳动监察区", "x": 0.6, "y": 0.4, "label": "劳动监察"},
        {"id": "M01", "floor": "2F", "zone": "民政区", "x": 0.7, "y": 0.4, "label": "婚姻登记"},
        {"id": "M02", "floor": "2F", "zone": "民政区", "x": 0.8, "y": 0.4, "label": "低保"},
        {"id": "X01", "floor": "1F", "zone": "出入境区", "x": 0.9, "y": 0.3, "label": "出入境"},
    ],
    "services": [
        {"id": "temp-id", "name": "临时居民身份证申领", "department": "huzheng", "summary": "急需乘车、住宿的可申领临时身份证。",
         "materials": [{"name": "申请人居民身份证受理回执", "original": True}], "windows": ["H01", "H02"],
         "queue_prefix": "H", "time_limit": "当场办结", "fee": "10元", "notes": "可选择EMS邮寄到家，邮费自理。"},
        {"id": "card", "name": "社会保障卡申领", "department": "shebao", "summary": "参保人员可申领社会保障卡，现场即时制卡。",
         "materials": [{"name": "申请人居民身份证", "original": True}], "windows": ["S01"], "queue_prefix": "S",
         "time_limit": "当场办结", "fee": "不收费"},
        {"id": "house-tax", "name": "存量房交易税费申报缴纳", "department": "tax", "aliases": ["契税", "二手房契税"],
         "summary": "二手房买卖双方在转移登记前申报缴纳契税等税费。",
         "materials": [{"name": "买卖双方身份证", "original": True}, {"name": "存量房买卖合同", "original": True}],
         "windows": ["T01"], "queue_prefix": "T", "time_limit": "当场办结", "fee": "按税率缴纳（首套90平米以下1%）",
         "notes": "先缴税后登记。"},
        {"id": "transfer", "name": "存量房买卖转移登记", "department": "estate", "aliases": ["二手房过户"],
         "summary": "二手房买卖双方共同申请转移登记。",
         "materials": [{"name": "买卖双方身份证", "original": True}, {"name": "原不动产权证书", "original": True},
                       {"name": "完税凭证", "original": True, "note": "系统共享可免交"}],
         "windows": ["R01"], "queue_prefix": "R", "time_limit": "1个工作日", "fee": "登记费80元",
         "appointment": "需通过“白塔不动产”公众号预约"},
        {"id": "wage", "name": "欠薪投诉", "department": "labour", "summary": "劳动者被拖欠工资的可以投诉。",
         "materials": [{"name": "本人居民身份证", "original": True}], "windows": ["L01"], "queue_prefix": "L",
         "time_limit": "立案之日起30个工作日内处理完毕", "fee": "不收费"},
        {"id": "marry-copy", "name": "补领结婚证", "department": "civil", "summary": "结婚证遗失的可以补领。",
         "materials": [{"name": "本人居民身份证", "original": True}], "windows": ["M01"], "queue_prefix": "M",
         "time_limit": "当场办结（档案需调取的5个工作日）", "fee": "不收费"},
        {"id": "marry", "name": "结婚登记", "department": "civil", "aliases": ["领结婚证"], "summary": "双方共同申请结婚登记。",
         "materials": [{"name": "双方居民身份证", "original": True}], "windows": ["M01"], "queue_prefix": "M",
         "time_limit": "当场办结", "fee": "不收费"},
        {"id": "dibao", "name": "最低生活保障申请", "department": "civil", "aliases": ["低保"], "summary": "家庭收入低于标准的可申请低保。",
         "materials": [{"name": "申请人居民身份证", "original": True}, {"name": "家庭收入情况说明", "original": True}],
         "windows": ["M02"], "queue_prefix": "M", "time_limit": "30个工作日", "fee": "不收费"},
        {"id": "residence", "name": "外国人居留许可", "department": "exit", "summary": "持工作类（Z字）或学习类（X1字）签证入境的外国人申请居留许可。",
         "materials": [{"name": "护照及有效签证", "original": True}, {"name": "两寸白底彩色照片", "original": True}],
         "windows": ["X01"], "queue_prefix": "X", "time_limit": "7个工作日", "fee": "400–1000元（按期限）"},
        {"id": "refund", "name": "住房公积金还贷提取", "department": "estate", "summary": "偿还住房贷款的可提取公积金。",
         "materials": [{"name": "本人居民身份证", "original": True}], "windows": ["R01"], "queue_prefix": "R",
         "time_limit": "当场办结", "fee": "不收费"},
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def hall() -> Catalog:
    return Catalog.model_validate(HALL)


@pytest.mark.parametrize(
    ("ids", "sentence"),
    [
        ("card,wage", "社会保障卡在S01窗口办理，不收费。Unpaid wages go to window L01. Both are free."),
        ("temp-id,card", "临时身份证10元、社会保障卡不收费，都是当场办结。"),
        ("residence", "居留许可的费用按期限不同，在400元到1000元之间。"),
        ("transfer", "二手房过户须先通过“白塔不动产”微信公众号预约。"),
        ("transfer", "完税凭证如果系统已经共享，就不用交纸质的。"),
        ("residence", "持Z字工作签证或X1字学习签证入境的外国人可以申请居留许可。"),
        ("marry,marry-copy", "结婚登记在M01；补领结婚证的话也在M01办。"),
        ("house-tax,transfer", "二手房过户税费和登记分开办，契税首套90平米以下按1%缴纳。"),
        ("house-tax,transfer", "缴完契税拿到完税凭证后再到R01办转移登记。"),
        ("transfer", "这个业务也可以预约后再来。"),
        ("temp-id", "临时身份证在H01、H02窗口都能办。"),
        ("card,dibao", "需要社保卡的，带身份证到S01窗口即时制卡。"),
        ("temp-id", "可以选择EMS邮寄到家，邮费自理。"),
        ("dibao", "申请低保需要带身份证，没有问题的当场受理。"),
    ],
)
def test_faithful_sentences_pass(hall: Catalog, ids: str, sentence: str) -> None:
    assert check(hall, ids, sentence) == ()


@pytest.mark.parametrize(
    ("ids", "sentence", "kind"),
    [
        ("temp-id,card", "临时身份证20元、社会保障卡不收费。", "fee"),  # the list item is the temporary card's
        ("temp-id", "临时身份证只在H02窗口办理，H01窗口不受理。", "only window"),
        ("refund", "还贷提取每年可以办理两次。", "limit"),
        ("temp-id", "临时身份证的费用可以用社保卡支付。", "paid by"),
        ("transfer", "二手房过户需要预约，可以拨打电话预约。", "appointment by phone"),
        ("marry-copy", "补领结婚证一律要调取档案，5个工作日后领取。", "everyone"),
        ("dibao,residence", "低保和居留许可都需要提供两寸白底彩色照片。", "material"),
        ("card,wage", "社会保障卡窗口和欠薪投诉窗口周六上午都开。", "day"),
        ("transfer", "还需要中介公司出具的交易证明。", "material"),
        ("residence", "持M字商务签证入境的也可以申请。", "material"),
        ("residence", "居留许可费用300元到1000元。", "fee"),
        ("marry,marry-copy", "领结婚证要5个工作日。", "duration"),
        ("temp-id", "可以选择EMS邮寄到家，邮费由中心承担。", "postage"),
        ("temp-id", "办好后会有短信通知您来取。", "step 短信"),
        ("card", "办了社会保障卡以后医保自动参保。", "consequence"),
        ("dibao", "领低保期间的养老保险费由财政代缴。", "consequence"),
        ("dibao", "低保还要求家庭成员中没有机动车。", "condition without"),
        ("temp-id", "临时身份证在H01窗口办理，其他窗口不受理。", "only window"),  # the 5 days are the copy's, for some cases
    ],
)
def test_inventions_are_caught(hall: Catalog, ids: str, sentence: str, kind: str) -> None:
    problems = check(hall, ids, sentence)
    assert problems, sentence
    assert any(p.startswith(kind) or kind in p for p in problems), problems
