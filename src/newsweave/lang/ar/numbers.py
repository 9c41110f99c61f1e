"""Arabic figures (see compare/numbers.py): figures in digits ("14 شخصا"); number words
are not read. Words are listed in the forms news writes them, article and all."""

# qualifiers before a figure: "أكثر من 1200" (more than), "نحو" (about), "على الأقل" (at least)
APPROX = {"أكثر": ">", "اكثر": ">", "نحو": "~", "حوالي": "~", "قرابة": "~", "زهاء": "~", "الأقل": ">="}
# ... and after it or its noun: "1200 شخص على الأقل" (at least)
APPROX_AFTER = {"الأقل": ">="}
# What a count counts, by class shared across languages: the words after the figure, or
# before it ("مقتل أكثر من 1700 شخص": the killing of more than 1,700 people)
COUNTED = {
    "dead": ("قتيلا", "قتيل", "قتلى", "القتلى", "وفاة", "مقتل", "مصرع"),
    "injured": ("جريحا", "جريح", "جرحى", "الجرحى", "مصابا", "المصابين", "إصابة", "بجروح", "أصيب", "وأصيب"),
    "missing": ("مفقودا", "مفقودين", "المفقودين", "مفقود"),
    "evacuated": ("إجلاء", "إجلاؤهم", "إجلائهم", "نازح", "النازحين"),
    "buildings": ("مبنى", "مباني", "المباني", "منزلا", "منازل"),
    "troops": ("جنديا", "جندي", "جنود"),
    "people": ("شخصا", "شخص", "أشخاص", "مواطن", "مواطنا"),
    "goals": ("أهداف", "هدفا"),
    "cases": ("حالة", "حالات"),
    "countries": ("دولة", "دول", "بلدا"),
}
