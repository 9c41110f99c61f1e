"""Korean figures (see compare/numbers.py and lang/zh/numbers.py): a figure written against
its counter or particle ("1200명이", "실종자 14명을"); number words ("세") are not read."""

SCALES = {"만": 1e4, "억": 1e8, "천": 1e3}
# a figure these follow is a date or a time ("6월 12일", "2031년", "10시 30분")
CALENDAR = ("년", "월", "일", "시", "분", "초", "주")
APPROX = {"최소": ">=", "적어도": ">=", "약": "~", "최대": "<="}
APPROX_AFTER = {"여": ">", "이상": ">=", "가량": "~", "정도": "~", "미만": "<", "이하": "<="}
COUNTERS = ("명", "곳", "채", "건", "개", "동")
# ... of which these count people
PEOPLE_COUNTERS = ("명",)
COUNTED = {
    "dead": ("사망", "숨졌", "숨진"),
    "injured": ("부상", "다쳤", "다친"),
    "missing": ("실종",),
    "evacuated": ("대피", "이재민"),
    "buildings": ("건물", "주택", "가옥"),
    "troops": ("병력", "군인", "장병"),
    "firefighters": ("소방관", "소방대원"),
    "cases": ("확진", "감염"),
    "countries": ("개국",),
}
