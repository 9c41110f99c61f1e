"""Russian cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
NEGATIONS = tuple("не нет никогда ничего никто ничто".split())
# Negative concord: with one of these in a clause, only they count ("никто не пострадал" is one negation)
NEGATION_HEADS = tuple("не нет".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("не".split())

# A role's country follows it in the genitive, capitalised ("президент Франции Жан Дюпон").
GENITIVE_AFTER_ROLE = True

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("если".split())

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (("не", "только"),)

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "будет будут был была было были может могут должен должна должны".split()
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple("не нет никогда никто ничего".split())
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("не никогда".split())

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "сказал сказала сказали заявил заявила заявили отметил отметила подчеркнул подчеркнула "
    "добавил добавила сообщил сообщила написал написала предупредил предупредила "
    "говорит говорил говорила ответил ответила рассказал рассказала пояснил пояснила "
    "объяснил объяснила признался призналась уточнил уточнила заметил заметила "
    "согласно".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("пообещал пообещала обещал обещала заверил заверила напомнил напомнила признал признала настаивал настаивала призвал призвала возразил возразила".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("согласно".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("что".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple("сказал сказала заявил заявила отметил подчеркнул сообщил".split())

# Honorifics before a name ("Mr", "Mme").
TITLES = tuple("господин госпожа".split())

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple("президент премьер глава лидер".split()),
    "spokes": tuple("представитель пресс-секретарь".split()),
    "minister": tuple("министр".split()),
    "mayor": tuple("мэр".split()),
    "military": tuple("генерал командующий".split()),
    "coach": tuple("тренер".split()),
    "exec": tuple("директор".split()),
    "ambassador": tuple("посол".split()),
    "judge": tuple("судья".split()),
    "prosecutor": tuple("прокурор".split()),
    "monarch": tuple("король королева".split()),
    "lawyer": tuple("адвокат юрист".split()),
}

# Verbs that say a figure went up or down ("raised its rate" / "bajó su tipo"): two outlets
# stating one fact with opposite ones disagree (compare/direction.py)
DIRECTION_UP = tuple("повысил повысила повысили увеличил увеличила увеличили вырос выросла выросли".split())
DIRECTION_DOWN = tuple(
    "снизил снизила снизили понизил понизила сократил сократила упал упала упали".split()
)
