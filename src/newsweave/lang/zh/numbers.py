"""Chinese figures (see compare/numbers.py, which reads figures written in digits only:
"1200人", "1.2万"; number words such as "三" are not read)."""

# characters that multiply the figure before them ("1.2万" = 12,000)
SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8, "千": 1e3}
# a figure these follow is a date or a time ("5月4日", "2031年", "10时"): not a count
CALENDAR = ("年", "月", "日", "号", "號", "时", "時", "点", "點", "分", "秒", "周", "週", "世纪")
# qualifiers before a figure ("至少1200人") and after it or its counter ("1200多人", "1200人以上")
APPROX = {
    "至少": ">=", "最少": ">=", "超过": ">", "超過": ">", "逾": ">", "多达": ">=",
    "约": "~", "約": "~", "大约": "~", "近": "~", "将近": "~", "不到": "<", "不足": "<",
}  # fmt: skip
APPROX_AFTER = {"多": ">", "余": ">", "餘": ">", "以上": ">=", "左右": "~", "以下": "<="}
# a counter right after a figure ("14名", "3个"): skipped to read what it counts
COUNTERS = ("人", "名", "个", "個", "位", "座", "栋", "棟", "所", "起", "例", "件", "次")
# ... of which these count people
PEOPLE_COUNTERS = ("人", "名", "位")
# What a count counts (compare/numbers.py): a class word among the characters after the
# figure, in its clause ("14名失踪者" counts the missing)
COUNTED = {
    "dead": ("死亡", "遇难", "罹难", "丧生", "身亡", "死者", "遇難"),
    "injured": ("受伤", "受傷", "伤者", "負傷"),
    "missing": ("失踪", "失蹤"),
    "evacuated": ("疏散", "撤离", "撤離", "转移"),
    "buildings": ("房屋", "建筑", "建築"),
    "troops": ("士兵", "军人", "軍人"),
    "firefighters": ("消防员", "消防員"),
    "cases": ("病例", "确诊", "確診", "感染"),
    "countries": ("国家", "國家"),
}
