"""Number words by language: "twelve killed" and "fourteen killed" differ like 12 and 14.

The repeat rules never merge paragraphs whose numbers differ; these words count as numbers.
"""

from __future__ import annotations

# fmt: off
NUMBER_WORDS = {
    "en": (
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
        "hundreds thousand thousands million millions billion billions dozen dozens half first second third"
    ),
    "fr": (
        "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
        "vingt trente quarante cinquante soixante cent cents mille million millions milliard milliards"
    ),
    "de": (
        "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
        "zwanzig dreißig vierzig fünfzig hundert tausend million millionen milliarde milliarden dutzend"
    ),
    "es": (
        "cero uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
        "veinte treinta cuarenta cincuenta cien ciento mil millón millones"
    ),
    "it": (
        "zero uno una due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici "
        "quindici venti trenta quaranta cinquanta cento mille milione milioni miliardo miliardi"
    ),
    "pt": (
        "zero um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze catorze quatorze "
        "quinze vinte trinta quarenta cinquenta cem mil milhão milhões bilhão"
    ),
}
# fmt: on
ALL = frozenset(word for words in NUMBER_WORDS.values() for word in words.split())
