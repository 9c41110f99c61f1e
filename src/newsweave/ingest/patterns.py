"""The cleaner's vocabulary: compiled once at import, in the languages we ingest.

Each pattern is named after the removal reason it feeds (see `lines.py`). Lists
hold words a page prints around an article, never words of the article itself.
"""

from __future__ import annotations

import re

from newsweave.ingest.outlets import WIRE_CREDIT_RE, WIRE_NAMES_RE

_I = re.I
_UP = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁ"  # upper-case letters that start names (Latin, Latin-ext, Cyrillic)
UPPER = _UP
NAME_WORD = rf"[{_UP}][\w'’.-]*"
PARTICLE = r"(?:de|da|do|dos|das|del|della|di|van|von|der|den|la|le|bin|al|el|y|e)"
PERSON = rf"{NAME_WORD}(?:\s+(?:{PARTICLE}\s+)?{NAME_WORD}){{1,4}}"

# --- share / follow / page furniture -------------------------------------------------
_SHARE_WORDS = (
    r"share(?: this(?: article| story| page| post)?)?(?: on \w+)?|shares|partager(?: sur \w+)?|partagez|teilen|"
    r"artikel teilen|compartir(?: en \w+)?|compártelo|condividi|partilhar|compartilhar|compartilhe|udostępnij|"
    r"поделиться|поділитися|delen|paylaş|bagikan|follow(?: us)?(?: on \w+)?|suivez-nous(?: sur \w+)?|"
    r"folgen sie uns(?: auf \w+)?|síguenos(?: en \w+)?|seguici(?: su \w+)?|segui|siga-nos|obserwuj|volg ons|"
    r"tweet|retweet|e-?mail|print|imprimer|drucken|imprimir|stampa|whatsapp|facebook|twitter|x|linkedin|telegram|"
    r"reddit|pinterest|flipboard|copy link|copier le lien|link kopieren|copiar enlace|copia link|comments?|"
    r"commentaires?|kommentare?|comentarios?|commenti|send|envoyer|senden|enviar|invia|save|enregistrer|merken|guardar|salva|"
    r"condividi su \w+|teilen auf \w+|diesen artikel teilen|enviar por \w+|courriel|gift this article|"
    r"listen to this (?:article|story)(?: \(\d+ min\))?|\d+ (?:comments?|commentaires?|kommentare|comentarios|commenti)"
)
# One way only to consume the gap between words (no "\s*x*\s*"): failing lines must not backtrack 2^n ways.
SHARE_RESIDUE = re.compile(rf"^(?:(?:{_SHARE_WORDS})\s*(?:[:|·/,•.!-]+\s*)?)+$", _I)
# The networks a share bar names (brands, the same in every language): a line of two or more and
# the share words of lang/<code>/boilerplate.py (SHARE) is a bar ("Condividi su Facebook ·
# Invia con Telegram · Email", "Share on: X | Bluesky | Copy the link")
NETWORK = re.compile(
    r"(?<!\w)(?:facebook|twitter|x|whatsapp|linkedin|telegram|messenger|reddit|pinterest|bluesky|threads|flipboard|"
    r"instagram|tiktok|youtube|e-?mail|sms|mastodon|xing|tumblr|viber|signal)(?!\w)",
    _I,
)
STRAY = re.compile(
    r"^[^\w]{1,12}$|^[\W\d_]{1,8}$"
)  # ".", "\\", "—", "* * *", an emoji, "342/" alone
PAGE_CONTROLS = re.compile(
    r"^(?:A\s*[+-]\s*){2,}$|^(?:font size|taille du texte|schriftgröße|tamaño de letra)\b.{0,30}$",
    _I,
)
BREAKING_BANNER = re.compile(
    r"^[\W_]*(?:breaking(?: news)?|just in|última hora|urgente|urgent|eilmeldung|dernière minute|flash|live)[\W_]*$",
    _I,
)
BREADCRUMB = re.compile(
    r"^(?:home|accueil|startseite|inicio|portada|início|strona główna)\s*[/>›»|]\s*\S.{0,200}$", _I
)
IMAGE_FILE = re.compile(r"^\S(?:.{0,80}\S)?\.(?:jpe?g|png|gif|webp|avif)(?:\.\w{2,4})?$", _I)
SECTION_TAG = re.compile(
    r"^(?:dans|in|rubrique|catégorie|category|section|tags?|topics?|mots-clés|schlagworte|themen|etiquetas|temas|"
    r"argomenti|filed under|ressort)\s?:\s*.{1,60}$",
    _I,
)
EDITOR_INITIALS = re.compile(r"^(?:[a-z]{1,4}(?:/[a-z]{1,4})*|[A-Z]{2,4}(?:/[A-Z]{2,4})+)$")
# A bar of page metadata: short parts between "|", "·", "•" or a spaced dash ("By Ana Ruiz |
# Staff Reporter | Updated 14:05 GMT", "Daniel Okafor · Nov 18, 2026 · 6 min read").
META_SEPARATOR = re.compile(r"\s*\|\s*|\s+[•·›».]\s+|\s+[—–-]\s+")  # "2 min read . Updated: …"
DASH_SEPARATOR = re.compile(r"\s+[—–]\s+")
# A part that tells when: a clock time ("14:05", "07h15", "à 18h20") or how long ago.
META_TIME = re.compile(
    r"\b\d{1,2}\s?[:.h]\s?\d{2}\b|\b\d+\s*(?:min|minutes?|hours?|heures?|stunden?|horas?|ore)\b|"
    r"\b(?:ago|hace|vor|il y a|há|fa)\b",
    _I,
)
# "From GlobalWire", "Da ANSA": who sent it (a byline's "By", "Par" … is `BYLINE_LEAD`)
META_SOURCE = re.compile(rf"^(?i:from|de|da)\s+[{_UP}]")
# Market and news tickers: arrows and bullets a sentence never carries.
TICKER = re.compile(r"[▲▼●▸►◆]|^ticker\s*:", _I)
# A cookie consent notice names the cookies and a button or what browsing implies.
# or the site that sets them ("We use cookies to improve your experience", "Deze website
# maakt gebruik van cookies"), or what browsing on implies ("you agree to our cookie policy").
# Polish: "Ta strona używa plików cookies. Dalsze korzystanie z serwisu oznacza zgodę …"
COOKIE_NOTICE = re.compile(
    r"\b(?:cookies?|ciastecz\w*)\b.{0,200}(?:accept|acept|akzept|accett|aceit|consent|navig|settings|einstellungen|"
    r"paramétr|configur|rifiut|refus|rechaz|preferenc|privacy|confidentialit|datenschutz|privacidad|\bok\b|"
    r"\bagree|akkoord|einverstanden|\bbrows|\bsurf|\bzgod|ustawie|przeglądar)|"
    r"(?:accept|consent|navig|\bagree|akkoord|einverstanden)\w*.{0,120}\bcookie|"
    r"^(?:we|wij|wir|nous|this (?:web)?site|deze (?:web)?site|diese (?:web)?seite|"
    r"este (?:web)?site|ce site|questo sito|ta (?:strona|witryna)|ten serwis|(?:nasz )?serwis|korzystamy|używamy)"
    r"\b.{0,40}\b(?:cookies?|ciastecz\w*)\b",
    _I,
)

# --- notices ("read more", paywalls, newsletters and the rest: lang/<code>/boilerplate.py)
COPYRIGHT = re.compile(
    r"^(?:copyright|\(c\))\s+(?:©\s*)?\d{4}\b|all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|"
    r"tutti i diritti riservati|^riproduzione riservata\b|todos os direitos reservados|wszelkie prawa zastrzeżone|"
    r"무단전재|無断転載|版权所有|版權所有",
    _I,
)

# --- metadata lines ---------------------------------------------------------------------
SOURCE_LINE = re.compile(
    r"^(?:source|sources|quelle|fuente|fonte|źródło|bron|источник|kaynak|sumber)\s*:\s*(.{2,80}?)\.?$",
    _I,
)
ORIGINAL_TITLE = re.compile(
    r"^(?:original title|original headline|titre original|originaltitel|original-titel|título original|"
    r"titolo originale|tytuł oryginalny|оригинальное название)\s*:\s*(.+)$",
    _I,
)
BYLINE = re.compile(
    rf"^(?i:by|par|von|por|di|door|autor|autora|author|authors|auteur|auteurs|written by|texto|texte|text|"
    rf"reporting by|report by|reported by|redacción|redazione|napisał|автор)\s*:?\s+"
    rf"({PERSON}(?:\s*(?:,|and|et|und|y|e|i|&)\s*{PERSON})*"
    # "By Metro Desk Editors and Wire Services": capitalised words and connectors only, so that
    # a heading such as "Von Montag an gilt die Regel" is not a byline.
    rf"|[{_UP}][\w'’.-]+(?:\s+(?:[{_UP}][\w'’.-]*|and|und|et|y|&|of|the)){{1,5}})\s*$",
)
# what may follow a desk's byline (`DESK_BYLINE` of lang/<code>/boilerplate.py): the
# correspondent's name ("De notre correspondante, Claire Duvivier") or nothing
# ("Door onze correspondent Pieter de Wit" has no comma)
DESK_TAIL = re.compile(rf"(?:\s*,?\s*({PERSON}))?\s*\.?")
# A byline's label and a capital at the start of a longer line ("by Jeff Foust Monday, ...")
# Polish "oprac. Redakcja RK" (compiled by) is one too
BYLINE_LEAD = re.compile(rf"^(?i:by|par|von|por|di|door|oprac\.|opr\.)\s+[{_UP}]")
# Only the label ignores case: a name starts upper-case ("Autor: red" is the desk, not a person).
BYLINE_WITH_COLON = re.compile(
    rf"^(?i:author|auteur|autor|autora|autore|автор)\s*:\s*({NAME_WORD}(?:\s+{NAME_WORD}){{0,4}})\s*$"
)
# a name alone, before a byline's role ("Ciarán Molloy, Technology Correspondent")
PERSON_ALONE = re.compile(rf"\s*({PERSON})\s*")
TRAILING_AUTHOR = re.compile(rf"\s*\(({PERSON})\)\s*$")
REPORTING_CREDIT = re.compile(
    r"\s*\((?:reporting|additional reporting|writing|compiled|editing)(?: by)?\s+([^;)]+)(?:;[^)]*)?\)\s*$",
    _I,
)

# --- dates stamped on the page ------------------------------------------------------------
DATE_STAMP = re.compile(
    r"^(?:this (?:article|story|report) is from|published(?: on| at)?|first published(?: on| at)?|posted(?: on| at)?|"
    r"released|publié le|publié|paru le|veröffentlicht(?: am)?|erschienen am|publicado(?: el| en)?|pubblicato(?: il)?|"
    r"publicado em|opublikowano|gepubliceerd(?: op)?|yayınlanma(?: tarihi)?|diterbitkan|"
    r"기사입력|입력|発行日?|公開日|投稿日|发布时间|發布時間)\b\s*:?\s*(.{4,80})$",
    _I,
)
_UPDATED = (
    r"^(?:and )?(?:last )?(?:updated|modified|mis à jour|actualisé|aktualisiert|stand|actualizado|aggiornato|"
    r"atualizado|zaktualizowano|bijgewerkt)(?: on| at| le| am| el| il| em| op)?\b\s*:?\s*"
)
UPDATE_STAMP = re.compile(rf"{_UPDATED}(.{{4,80}})$", _I)
# A stamp and a note on the update ("Mis à jour le 14/05/2024 à 18h02 — Chiffres provisoires,
# …"): `lines.py` wants a date in the stamp and a short note, not a live blog's entry
UPDATE_NOTE = re.compile(rf"{_UPDATED}(.{{4,60}}?)\s+[—–-]\s+(\S.{{0,200}})$", _I)
# a numeric date of either order ("14/05/2024"), which find_date leaves alone
NUMERIC_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)")
# What an update stamp gives besides a date find_date reads: a clock time ("10:15 GMT",
# "10h15") or a numeric date of either order ("12/03/2025")
STAMP_VALUE = re.compile(r"(?<!\d)(?:\d{1,2}[:.h]\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})(?!\d)", _I)
# A live blog's entry label: "Update, 19.15 Uhr:", "UPDATE 14:05 -", "Mise à jour (18h20) :"
UPDATE_LABEL = re.compile(
    r"^(?:update|updated|aktualisierung|mise à jour|actualización|aggiornamento|atualização)\b"
    r"[,:]?\s*\(?(?:\d{1,2}[.:h]\d{2}(?:\s*(?:uhr|h|gmt|cet|et|utc|a\.m\.|p\.m\.))?)?\)?\s*[:–—-]\s+",
    _I,
)
COLLECTION_PREFIX = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")

# --- machine translation ------------------------------------------------------------------
# Notices speak about this text in the past participle ("was machine translated"); the
# bare nouns ("machine translation") are left alone: news about the technology uses them.
# The source language may stand between the words ("translated from English by machine",
# "maschinell aus dem Englischen übersetzt", "traduit de l'anglais automatiquement").
_FROM = r"(?:(?:from|aus dem|aus der|de l'|depuis l'|del|dall'|do|uit het) ?\w+ )?"
MT_NOTICE = re.compile(
    r"automatically generated by (?:the )?ai|(?:automatically|machine|auto)[- ]?translated|"
    r"powered by (?:automated|automatic|machine|ai) translation|"
    rf"translated {_FROM}(?:automatically|by (?:a )?machine|by ai|using ai|with (?:the help of )?ai|by google translate|by deepl|with (?:automatic|automated|machine) (?:tools?|translation))|"
    r"\bai[- ]translated|"
    rf"traduit {_FROM}(?:automatiquement|par (?:l'|une )?(?:ia|intelligence artificielle))|"
    rf"(?:automatisch|maschinell|mit ki) {_FROM}übersetzt|"
    rf"traducido {_FROM}(?:automáticamente|(?:por|con) (?:ia|inteligencia artificial))|"
    rf"tradotto {_FROM}automaticamente|traduzido {_FROM}automaticamente|"
    rf"(?:automatisch|machinaal) {_FROM}vertaald|"
    r"przetłumaczon\w* (?:automatycznie|maszynowo)|автоматически переведен|переведено автоматически|"
    r"diterjemahkan secara otomatis|otomatik olarak çevril|"
    # the participle, then the tool ("traduit de l'espagnol à l'aide d'un outil de traduction
    # automatique"): the noun alone is news about the technology, the pair a notice
    r"\b(?:translated|tradui(?:t|te|ts)|traducid[oa]s?|tradott[oaie]|traduzid[oa]s?|übersetzt|vertaald)\b"
    r".{0,60}?\b(?:machine translation|automatic translation|traduction automatique|"
    r"traducción automática|traduzione automatica|tradução automática|maschinellen? übersetzung|"
    r"automatische vertaling)|"
    r"\b(?:mit(?: hilfe)?|mithilfe|durch|per) (?:einer |eines )?(?:maschinelle[rn]?|automatische[rn]?) "
    r"übersetzung\b.{0,40}?\bübersetzt\b",  # German: the verb last
    _I,
)

# fmt: off
MT_KEYS = ("transl", "tradu", "tradott", "übersetz", "vertaal", "tłumacz", "перев", "terjemah", "çevir", "generated by")
# fmt: on

# --- syndication and wires ---------------------------------------------------------------
_PUBLISHED = r"(?:publicad[oa]|publié|pubblicat[oa]|veröffentlicht|gepubliceerd|opublikowan[ya])"
_FEED = r"(?:feed|flux|flujo|fluxo)"
SYNDICATION = re.compile(
    r"published from a syndicated feed|from a syndicated feed|auto-generated from a syndicated|syndicated (?:feed|content|story)|"
    r"(?:has|have) not been edited by|republished (?:with permission|under a creative commons)|"
    # "originally published in" is prose too ("the book was originally published in 1990"): notices open with it.
    r"^\(?\s*(?:this (?:article|story|piece|report|column) (?:was |has been |is )?(?:first |originally )?"
    r"(?:appeared|published|republished|syndicated)|originally (?:appeared|published)) (?:on|in|by|from)\b|"
    r"published (?:via|through) (?:a )?(?:wire|news agency) (?:feed|service)|"
    r"^\(?\s*(?:cet )?article (?:publié|paru) (?:initialement|originellement)|ursprünglich erschienen (?:in|bei|auf)|"
    r"^\(?\s*publicado originalmente|"
    # "Este texto foi publicado a partir de um feed de agência, sem modificações."
    rf"{_PUBLISHED}\b.{{0,60}}?\b{_FEED}\b|\b{_FEED}\b.{{0,60}}?{_PUBLISHED}\b|"
    # "… à partir d'une dépêche de l'AFP", "… a partir de um despacho da agência Lusa"
    r"\b(?:à partir d'une dépêche|a partir de (?:um|un) despacho|from (?:a|an) (?:wire|agency) dispatch)\b|"
    # "Dieser Artikel wurde automatisch aus dem dpa-Newsticker übernommen und nicht redaktionell bearbeitet"
    r"\bautomatisch (?:aus|von)\b.{0,60}?\bübernommen\b|"
    r"\bübernommen\b.{0,20}?\b(?:nicht redaktionell|nicht von der redaktion|von der redaktion nicht) bearbeitet\b",
    _I,
)
# fmt: off
SYNDICATION_KEYS = (
    "syndicat", "edited by", "republish", "originally", "first appeared", "first published", "appeared", "published",
    "publié", "paru", "ursprünglich", "publicad", "pubblicat", "veröffentlicht", "gepubliceerd", "opublikow", "wire",
    "übernommen", "dépêche", "despacho", "dispatch",
)
NOTICE_KEYS = (
    "rights reserved", "droits réservés", "rechte vorbehalten", "derechos reservados", "diritti riservati", "riproduzione riservata",
    "direitos reservados", "prawa zastrzeżone", "copyright", "(c)", "무단전재", "無断転載", "版权所有", "版權所有",
)
# fmt: on
EDITED_BY_STAFF = re.compile(r"edited by ([\w.&' -]{2,40}?) staff", _I)
ORIGINALLY_IN = re.compile(
    r"(?:originally|first) (?:appeared|published) (?:on|in|by) ([A-Z][\w.&' -]{1,50}?)(?:[.,;)]|$| and | on )"
    r"|(?:syndicated|republished) (?:from|by) ([A-Z][\w.&' -]{1,50}?)(?:[.,;)]|$| and | on | under )"
)
# "with material from": the phrases of a line crediting the agency whose copy the story uses
_INPUTS_PHRASE = (
    r"with (?:inputs|input|agency inputs) from|"
    r"con información de|con informaciones de|mit material von|mit material der"
)
WITH_INPUTS = re.compile(
    # a short lead before the longer phrases ("Este contenido fue elaborado con información de
    # agencias."), none before "avec": "s'est entretenu avec AFP" is a sentence
    rf"^\(?\s*(?:(?:[\w'’]+\s+){{0,6}}(?:{_INPUTS_PHRASE}|with additional reporting by)|inputs from|avec|con agencias|"
    rf"(?:source|sources|quelle|fuente|fonte)\s*:)\s*((?:{WIRE_NAMES_RE}|agencies|agencias|agences|agenturen)"
    rf"(?:\s*(?:,|and|&|et|y|und|/)\s*(?:{WIRE_NAMES_RE}))*)\s*\)?\.?$",
    _I,
)
# ... and one naming an agency no table knows, by its short name alone ("Source: XNA",
# "Fonte: Agência Noticiosa do Sul (ANS)", German "mit Material von xnd", agencies' lower case
# after the phrase only): a list ("Bron: XNA, lokale media") or a longer name is no credit
_AGENCY_NAME = r"(?-i:[A-Z][A-Z0-9]{1,5}|[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}\s*\(([A-Z][A-Z0-9]{1,5})\))"
AGENCY_LINE = re.compile(
    rf"^\(?\s*(?:(?:source|quelle|fuente|fonte|źródło|bron|kaynak|sumber)\s*:\s*({_AGENCY_NAME})"
    rf"|(?:[\w'’]+\s+){{0,6}}(?:{_INPUTS_PHRASE})\s+({_AGENCY_NAME}|(?-i:[a-z]{{2,4}})))\s*\)?\.?$",
    _I,
)
# an agency's sign-off closing its story: the desk's and editors' initials, slash-joined, and
# the agency last ("ger/mf/XNA", "bur-pjm/jj"); case kept: words are never all lower case
# initials joined so
DESK_SLUG = re.compile(r"^[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}(?:-[a-z]{2,5})?)+(?:/([A-Z][A-Z0-9]{1,5}))?$")
# Credits spell agency acronyms in capitals: "(ePA)" or "— ap" is not a credit.
WIRE_ALONE = re.compile(rf"^[-–—(\s]*({WIRE_CREDIT_RE})[)\s.]*$")
WIRE_TAIL = re.compile(rf"\s+[-–—]+\s*({WIRE_CREDIT_RE})\s*\.?$|\s*\((?:{WIRE_CREDIT_RE})\)\s*$")

# --- captions and picture credits -------------------------------------------------------------
_AGENCY = r"(?:AP|AFP|Reuters|EPA|EFE|dpa|Xinhua|ANSA|Getty Images|Shutterstock|IANS|PTI|ANI|Anadolu|TASS|Sputnik|Bloomberg|Imago|Keystone|AAP|Kyodo|Yonhap|Europa Press)"
CREDIT_ONLY = re.compile(
    r"^(?:photos?|fotos?|bild|bilder|image|images|picture|pictures|pic|photo credit|photo credits|picture credit|"
    r"crédits? photos?|crédit photo|credit|credits|fuente de la imagen|imagen|photographie|illustration|video)"
    r"\s*[:/|©]\s*.{1,80}$",
    _I,
)
CREDIT_LINE = re.compile(
    rf"^(?:[{_UP}][\w'’.-]*(?:\s+[\w'’.-]+){{0,4}}\s*[|/]\s*)+(?:{_AGENCY}|[\w.-]+ Images|[\w.-]+ Photo)(?:\s*[|/]\s*[\w .-]+)?$"
    rf"|^.{{0,60}}\bvia Getty Images$|^(?:{_AGENCY})(?:\s*(?:Photo|/\s*[\w .-]{{1,40}}))?$",
)
CREDIT_TAIL = re.compile(
    r"(?:\s*\|\s*photo credits?\s*:?\s*[^|]{1,60}"
    r"|\s*\((?:[\w.-]+\s)?(?:photo|foto|prnewsfoto|image|pic|bild|picture|file photo)s?\b[^()]{0,70}\)"
    r"|\s*\((?:fot|zdj)\.\s?[^()]{1,70}\)"  # Polish: "… podczas sesji (fot. Gazeta X)"
    r"|[\s.]\s*(?:photo|foto|bild|image|photo credit|crédit photo|credit)\s*[:/]\s*(?:[^.:]|(?<=\b\w)\.){1,60}"
    r"|\s*©\s*[^.]{1,60}"
    # a photographer working for the outlet, after the caption's stop: "(Luc Fabre for The Post)"
    r"|(?<=\.)\s*\((?-i:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\sfor\s(?:the\s)?[A-Z][^()]{1,50})\))\s*$",
    _I,
)
GLUED_CREDIT = re.compile(
    rf"[a-z0-9)\]”\"]\.\s?([{_UP}][\w&'’.)-]*(?:\s[\w&'’.)-]+){{0,5}}(?:/[{_UP}][\w&'’.)-]*(?:\s[\w&'’.)-]+){{0,5}})+)$"
    rf"|[a-z0-9)\]”\"]\.([{_UP}][\w&'’.-]*(?:\s[{_UP}][\w&'’.-]*){{0,4}}\s(?:Agency|Images|Press|Photo|Photos|News))$"
)
# fmt: off
CAPTION_KEYS = ("photo", "foto", "bild", "image", "pic", "credit", "crédit", "illustration", "archiv", "file", "video", "caption", "légende", "didascalia")
# fmt: on
AGENCY_PAREN_TAIL = re.compile(
    rf"\s*\((?:{_AGENCY}|{WIRE_CREDIT_RE})(?:\s*/\s*[\w .-]{{1,40}})?\)\s*$"
)
POSITION_MARK = re.compile(
    r"\((?:right|left|center|centre|front|back|top|bottom|middle|rear|far right|far left|[RLC]|2nd [RL]|"
    r"[1-9](?:st|nd|rd|th) [RL]|second (?:right|left)|middle rear|izq(?:uierda)?|dcha|derecha|à droite|à gauche|"
    r"droite|gauche|links|rechts|mitte|m\.|d\.|g\.)\)",
    _I,
)
FILE_PHOTO = re.compile(
    r"^(?:file photo|file image|file picture|file:|file -|archive photo|photo d['’]archives?|image d['’]archives?|"
    r"photo d['’]illustration|image d['’]illustration|archivbild|symbolbild|archivfoto|imagen de archivo|foto de archivo|"
    r"foto d['’]archivio|foto de arquivo|imagem de arquivo|archieffoto|archiefbeeld|zdjęcie archiwalne|illustration)\b"
    # a labelled caption ("Photo caption: Fishermen mend their nets on Thursday")
    r"|^(?:(?:photo|picture|image) )?caption\s?:|^(?:bildunterschrift|légende|pie de foto|didascalia)\s?:"
    # a labelled caption of five words or more ("Foto: Jan Berg" is a credit line)
    r"|^(?:photo|foto|fotoğraf|fotografía|image|picture|bild)\s?:(?=(?:\s+\S+){5})",
    _I,
)
CAPTION_PREFIX = re.compile(
    rf"^(.{{15,300}}?)\s\|\s([^|]{{2,80}}?(?:Getty Images|{_AGENCY}|/[\w.-]+))\s+(?=[{_UP}\"“])"
)
COPYRIGHT_MARK = re.compile(r"^©|\s©\s?\w")

# --- social media residue -------------------------------------------------------------------
# A quoted post keeps its words; only its signature ("— Name (@handle) March 2, 2021",
# '"..." -@handle #tag') and its links go.
TWEET_SIGNATURE = re.compile(
    r"\s*[—–-]+\s*[^—–\n]{1,80}\(@\w{1,15}\)\s*(?:[A-Z][a-z]+\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]+\.? \d{4})\s*$"
    r"|(?<=[\"”»])\s*[-—–]+\s*@\w{1,15}(?:\s+#\w+)*(?:\s+(?:https?://)?pic\.twitter\.com/\w+)?\s*$"
)
# the second form above: a handle right after the closing quote mark names who is quoted
QUOTE_SIGNER = re.compile(r"\s*[-—–]+\s*@(\w{1,15})")
TWEET_LINK = re.compile(
    r"\s*(?:https?://)?(?:pic\.twitter\.com/\w+|t\.co/\w+|(?:mobile\.)?(?:twitter|x)\.com/\w+/status/\d+\S*)"
)

# --- flag-emoji and citation artefacts ------------------------------------------------------------
FLAG_PREFIX = re.compile(r"^(?:[\U0001F1E6-\U0001F1FF]{1,2}\s*)+")
# Only reference marks: "[s]" or "[a]" in a quote is the writer's edit ("give[s] us hope").
CITATION_MARK = re.compile(r"\[(?:\d{1,3}|(?i:citation needed))\]")

# --- datelines -----------------------------------------------------------------------------
# places joined by a slash are one dateline ("NIAMEY/THE HAGUE", "Rom/Castel Mirto")
_PLACE_UP = rf"[{_UP}][{_UP}'’. /-]{{1,32}}[{_UP}.]"
_TITLE_WORDS = rf"[{_UP}][\w'’.-]+(?:\s(?:{PARTICLE}\s)?[{_UP}][\w'’.-]+){{0,2}}"
_PLACE_TITLE = rf"{_TITLE_WORDS}(?:/{_TITLE_WORDS})?"
_DASH = r"(?:\s*[-–—]+|\.[-–—]+|\s*:(?=\s))"
DATELINE_WIRE = re.compile(  # "PUERTO CELESTE, Valcamar, Nov 22 (ANW) -": a region before the date
    # or in brackets before it ("Teruel (Aragón), 3 jun (PLN).-"), kept in group 1
    rf"^(?:((?:{_PLACE_UP}|{_PLACE_TITLE})(?:\s*\([^()]{{2,30}}\)(?=\s*,))?(?:\s*,\s*{_PLACE_TITLE}(?=\s*,))?)"
    rf"(?:\s*,\s*([{_UP}0-9][\w'’. -]{{1,30}}?))?\s*"
    # a region in brackets before the credit: "Badajoz (Espagne) (AIP) –"
    rf"(?:\(([^()]{{2,30}})\)\s*)?)?\(([^()]{{2,40}})\)\s*\.?{_DASH}?\s+(?=\S)"
)
# an agency's credit before its dateline: "(PLN) TRENTO, 4 GIU - …"
DATELINE_LEAD_CREDIT = re.compile(r"^\(([^()]{2,40})\)\s*")
# the region in brackets that a `DATELINE_WIRE` place may carry ("Teruel (Aragón)")
PLACE_REGION = re.compile(r"\s*\(([^()]{2,30})\)")
# the credit of a dated dateline: a name or an acronym ("(ANW)", "(Tidewater)")
DATELINE_CREDIT = re.compile(rf"[{_UP}][\w.&'-]*(?: [{_UP}][\w.&'-]*){{0,2}}")
DATELINE_UPPER = re.compile(
    rf"^({_PLACE_UP})(?:\s*,\s*([{_UP}][\w'’. -]{{1,30}}?))?{_DASH}\s+(?=\S)"
)
# "NÎMES Dès l'aube, …": a place in capitals and the story, nothing between
# (`datelines.py` wants a place, not an acronym: "NASA Administrator …")
DATELINE_UPPER_BARE = re.compile(rf"^([{_UP}]{{3,}}(?:[ -][{_UP}]{{2,}}){{0,3}})\s+(?=[{_UP}][^\W\d_])")
DATELINE_BRACKET = re.compile(rf"^\[({_PLACE_UP}|{_PLACE_TITLE})\]\s+(?=\S)")
DATELINE_TITLE_DASH = re.compile(rf"^({_PLACE_TITLE})\s+[-–—]+\s+(?=[{_UP}\"“«])")
DATELINE_TITLE_COLON = re.compile(rf"^({_PLACE_TITLE}):\s+(?=[{_UP}])")
DATELINE_ALONE = re.compile(
    rf"^(?:({_PLACE_UP})(?:\s*,\s*([{_UP}][\w'’. -]{{1,30}}?))?\s*[-–—:]|({_PLACE_TITLE})(?:\s*,\s*([{_UP}][\w'’. -]{{1,30}}?))?:)$"
)
DATELINE_WIRE_ALONE = re.compile(
    rf"^({WIRE_NAMES_RE})\s*,\s*({_PLACE_TITLE}|{_PLACE_UP})\s*[,:.–—-]?$", _I
)
DATELINE_AGENCY = re.compile(
    rf"^((?:{WIRE_NAMES_RE})(?: News Agency)?|[{_UP}][\w-]+(?: [{_UP}][\w-]+){{0,3}} News Agency)\s*,\s*"
    rf"({_PLACE_TITLE})\s*,\s*([^.]{{3,30}}?)\s*[.:–—-]+\s+(?=\S)",
    _I,
)
# "BERLIN, 13 novembre. Un train …": a place in capitals, a day and a month's name, a stop
DATELINE_UPPER_DAY = re.compile(rf"^({_PLACE_UP})\s*,\s+(\d{{1,2}}\.?\s+[^\W\d_]{{3,12}}\.?(?:\s+\d{{4}})?)\s*[.:–—-]\s+(?=\S)")
# "Lisboa, 8 out —", "Oporto, 5 nov. —", "Lagos, 3 fev. 2025 –": a place, a day and a month's
# abbreviation, maybe a year, a dash
_DAY_MONTH = (
    r"(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?|[^\W\d_]{3,10}\.?\s+\d{1,2})(?:,?\s+(?:de\s+)?(?:19|20)\d\d)?"
)
DATELINE_PLACE_DAY = re.compile(rf"^({_PLACE_TITLE}|{_PLACE_UP})\s*,\s+({_DAY_MONTH})\s*[-–—]+\s+(?=\S)")
# the same on a line of its own, maybe with the agency's credit: "TARBES, 4 Mar. (AIP) –",
# "LUGO, 9 Oct. 2025" (`datelines.py` wants a date it reads)
DATELINE_DAY_ALONE = re.compile(
    rf"^({_PLACE_TITLE}|{_PLACE_UP})\s*,\s+({_DAY_MONTH})\s*(?:\(([^()]{{2,40}})\))?\s*[.:–—-]*$"
)
# "Badajoz, Espanha — Pelo menos …": a place and its country (in title case), a dash
DATELINE_TITLE_REGION = re.compile(rf"^({_PLACE_TITLE})\s*,\s*({_TITLE_WORDS})\s+[-–—]+\s+(?=[{_UP}\"“«„])")
# "BADAJOZ. La que …", "Warschau. Nach …", "Amsterdam/Köln. Der …": a place and a full stop
DATELINE_STOP = re.compile(rf"^({_PLACE_UP}|{_PLACE_TITLE})\.\s+(?=[{_UP}\"“«„])")
DATELINE_PLACE_DATE = re.compile(
    rf"^({_PLACE_TITLE}|{_PLACE_UP})\s*,?\s+(\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}})\s*\.?[-–—]+\s*(?=\S)"
)
