"""Japanese figures (see compare/numbers.py and lang/zh/numbers.py)."""

SCALES = {"万": 1e4, "億": 1e8, "千": 1e3}
CALENDAR = ("年", "月", "日", "時", "分", "秒", "週", "世紀")
APPROX = {"約": "~", "およそ": "~", "少なくとも": ">=", "最低": ">="}
APPROX_AFTER = {"以上": ">=", "余り": ">", "超": ">", "ほど": "~", "前後": "~", "以下": "<=", "未満": "<"}
COUNTERS = ("人", "名", "棟", "件", "か所", "カ所", "ヶ所")
# ... of which these count people
PEOPLE_COUNTERS = ("人", "名")
COUNTED = {
    "dead": ("死亡", "死者", "犠牲"),
    "injured": ("負傷", "けが", "重軽傷"),
    "missing": ("行方不明", "安否不明"),
    "evacuated": ("避難",),
    "buildings": ("建物", "住宅", "家屋"),
    "troops": ("兵士", "部隊"),
    "firefighters": ("消防",),
    "cases": ("感染者", "症例"),
    "countries": ("か国", "カ国", "ヶ国"),
}
