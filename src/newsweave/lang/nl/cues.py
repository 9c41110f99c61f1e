"""Dutch cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
# ("nauwelijks": hardly, as French "guère")
NEGATIONS = tuple("niet geen nooit niets niemand noch nauwelijks".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("on".split())

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("indien mits".split())

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (("niet", "alleen"),)

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "is zijn was waren heeft hebben had hadden wordt worden werd werden kan kunnen kon "
    "moet moeten zal zullen zou blijft blijven".split()
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple("niet geen nooit niets niemand".split())
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("niet nooit".split())
# ... those that, closing a clause, negate its verb wherever it stands (the act comes first:
# „Vastgehouden werd hij niet“)
CLOSING_NEGATIONS = NEGATION_PARTICLES

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "vertelt vertelde herhaalde zuchtte "  # repeating, sighing, telling
    "noemde noemt "  # naming what it is: 'ha definito la situazione «…»'
    "zei zegt zeggen verklaarde verklaart benadrukte benadrukt stelde stelt schreef "
    "waarschuwde voegde aldus volgens maande adviseerde gezegd".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("beloofde beloofden belooft beloofd waarschuwt waarschuwden verzekerde verzekert bevestigde bevestigt erkende erkent onderstreepte onderstreept herinnerde benadrukten antwoordde reageerde beweerde betoogde concludeerde klaagde".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("volgens".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("dat".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple(
    "zei zegt verklaarde benadrukte stelde waarschuwde verzekerde bevestigde erkende "
    "onderstreepte herhaalde".split()
)

# Honorifics before a name ("Mr", "Mme").
TITLES = tuple(
    "meneer mevrouw "
    "kolonel kapitein luitenant commandant brandweercommandant inspecteur commissaris".split()
)  # with ranks before a name ("Colonel Abadie")

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple("president premier leider".split()),
    "spokes": tuple("woordvoerder woordvoerster".split()),
    "minister": tuple("minister".split()),
    "mayor": tuple("burgemeester".split()),
    "military": tuple("generaal commandant".split()),
    "coach": tuple("trainer bondscoach".split()),
    "exec": tuple("directeur topman".split()),
    "ambassador": tuple("ambassadeur".split()),
    "judge": tuple("rechter".split()),
    "prosecutor": tuple("aanklager".split()),
    "monarch": tuple("koning koningin".split()),
    "pope": tuple("paus".split()),
    "lawyer": tuple("advocaat advocate raadsman raadsvrouw".split()),
    "councillor": tuple("wethouder raadslid gedeputeerde".split()),
}

# Indefinite articles: "a spokesman" is someone new, never a person named before
INDEFINITE_ARTICLES = ("een",)
# articles read as such in Dutch text only ("verklaarde de woordvoerder"): "de" is a
# preposition in the Romance languages
LOCAL_DETERMINERS = ("de", "het", "een")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("jaar",)
# Endings that make a number a person's age standing for that person ("zei de 61-jarige")
AGE_EPITHETS = ("-jarige",)

# Lower-case particles inside a person's name ("Charles de Gaulle")
NAME_PARTICLES = ("van", "der", "den", "de", "ter", "ten")

# Opposite words, pair by pair (see `newsweave.lang`; compare/direction.py)
DIRECTION_UP = tuple("verhoogd verhoogde verhoogt verhogen gestegen steeg stijgt".split())
DIRECTION_DOWN = tuple(
    "verlaagd verlaagde verlaagt verlagen gedaald daalde daalt gezakt".split()
)
STANCE_DENY = tuple("ontkende ontkent ontkennen ontkend".split())
# What a denial denies as a statement, not a noun ("denied paying a ransom" reads as a
# negation; "denied the claims", "denied reports that ..." do not): the next word is a
# complement word or has a complement's ending, or (verb-last languages) a late marker
# comes within DENIAL_REACH words (compare.direction.denials)
DENIAL_COMPLEMENTS = tuple("dat".split())
DENIAL_LATE = tuple("te".split())
DENIAL_ENDINGS = ()
DENIAL_REACH = 10
STANCE_CONFIRM = tuple(
    "bevestigde bevestigt bevestigen bevestigd".split()
)
VERDICT_GUILTY = tuple("veroordeeld veroordeelde schuldig".split())
VERDICT_CLEARED = tuple("vrijgesproken vrijspraak".split())
COMPASS_NORTH = tuple("noorden noordelijk".split())
COMPASS_SOUTH = tuple("zuiden zuidelijk".split())
COMPASS_EAST = tuple("oosten oostelijk".split())
COMPASS_WEST = tuple("westen westelijk".split())
# a minister resigned, or was dismissed (compare.direction)
DEPARTURE_QUIT = tuple("afgetreden aftreden".split())
DEPARTURE_OUSTED = tuple("ontslagen ontsloeg ontslag".split())
DECISION_YES = tuple("goedgekeurd keurde aangenomen goedkeuring".split())
DECISION_NO = tuple("afgewezen verworpen wees afwijzing".split())
STATE_OPEN = tuple("geopend opende heropend heropening".split())
STATE_CLOSED = tuple("gesloten sloot sluiting".split())
PHASE_START = tuple("begon begint begonnen".split())
PHASE_END = tuple("eindigde eindigt beëindigd".split())
# ... told done, where another sentence tells the start or end ahead (compare.acts.phase_told)
PHASE_DONE = tuple("begon begonnen eindigde beëindigd".split())
# ... or called off: it never took place (compare.acts.phase_told)
CANCEL_WORDS = ("afgeblazen", "geannuleerd")

# Clause reading (`compare.polarity`, `compare.modality`, `compare.exceptives`), as in the
# German cues: the passive's auxiliaries, modal strength, "noch … noch" after a negation,
# "until", and "no other … than"
PASSIVE_AUXILIARIES = tuple("wordt worden werd werden".split())
MODAL_MUST = ("moet", "moeten", "moest", "moesten")
MODAL_CAN = ("kan", "kunnen", "kon", "konden", "mag", "mogen")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("niet uitsluiten", "niet uit te sluiten")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("in staat",)
# a negation opening an infinitive negates it, not the verb before (compare.infinitives)
NEGATED_INFINITIVES = ("om niet",)
MODAL_WILL = ("zal", "zullen", "zult")
NEGATION_CORRELATIVES = ("noch",)
UNTIL_LINKS = ("totdat",)
# "without" (see the English cues)
WITHOUT = ("zonder",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("die dat wie wat waar".split())
COPULAS = tuple("is zijn was waren".split())  # "is not without": a double negation
EXCEPTIVE_OTHERS = ("andere", "anders")
EXCEPTIVE_MARKERS = ("dan",)
RESTRICTIVE_NEGATORS = ()

# Third-person pronouns a speaker may be named by ("hij zei"); "ze" is also "they"
THIRD_PERSON = ("hij", "zij", "hem")
# ... of them, the forms that are never a subject
OBJECT_PRONOUNS = ("hem",)

# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("stadion luchthaven ziekenhuis straat plein brug museum school universiteit station kerk".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("voor", "volgens")

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("opgepakt", "gearresteerd", "aangehouden", "gepakt")
AT_LARGE_WORDS = ("voortvluchtig", "op de vlucht", "spoorloos", "geen arrestaties", "geen aanhoudingen")
FREED_WORDS = ("vrijgekomen", "kwam vrij", "vrijgelaten", "op vrije voeten gesteld")
HELD_WORDS = ("in hechtenis", "vastgehouden", "in voorarrest")
OPEN_WORDS = ("open", "heropend")
CLOSED_WORDS = ("gesloten",)
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('stilgelegd', 'gestopt', 'opgeschort', 'stopgezet', 'onderbroken')
GOING_ON_WORDS = ('gaat door', 'gaat gewoon door', 'loopt door', 'draait door', 'gaat verder', 'blijft draaien', 'draaide normaal', 'bleef in bedrijf', 'bleven in bedrijf', 'werkte normaal')
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('aanvaard', 'geaccepteerd', 'aangenomen', 'stemde in')
REJECTED_WORDS = ('afgewezen', 'verworpen', 'wees af', 'weigerde')

# Capitalised words that are never a name (sentence openers: "Como subrayó, …": as she stressed)
NOT_NAMES = ("zoals", "echter", "daarna", "vandaag", "gisteren")

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ("meer",)

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("in", "bij", "uit")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("gewond", "lichtgewond", "zwaargewond", "naar het ziekenhuis gebracht")
UNHURT_WORDS = ("ongedeerd", "geen gewonden", "niemand raakte gewond")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("vice", "onder")

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
RULE_OUT_WORDS = tuple("uitsluiten uitgesloten uitsluit".split())
RULE_OUT_PHRASES: tuple[str, ...] = ("uit te sluiten",)
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ((("sluiten", "sluit", "sloot", "sloten"), "uit"),)

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("dat", "dit")

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("beperkt", "beperken", "beperkte")

# Words that open a scene-setting phrase (a time or place) before a sentence's subject or
# between a speech verb and its subject ("… – mówiła podczas konferencji w Dublinie wicekomisarz X")
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = ("tijdens", "na", "voor", "bij", "in", "op", "gevraagd", "ondervraagd")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("nog", "nog steeds", "nog altijd")

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("niet alle", "niet iedere", "niet elke", "niet iedereen")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("ontslagen uit het ziekenhuis", "mocht naar huis", "heeft het ziekenhuis verlaten", "mochten naar huis", "mogen naar huis", "ziekenhuis … verlaten", "uit het ziekenhuis ontslagen")
IN_HOSPITAL_WORDS = ("ligt nog in het ziekenhuis", "nog in het ziekenhuis", "ligt nog altijd in het ziekenhuis", "blijven in het ziekenhuis", "bleven in het ziekenhuis", "bleef in het ziekenhuis", "blijft in het ziekenhuis")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('in levensgevaar', 'kritieke toestand', 'kritieke conditie', 'vecht voor zijn leven', 'vecht voor haar leven')
STABLE_WORDS = ('buiten levensgevaar', 'stabiele toestand', 'toestand is stabiel', 'niet in levensgevaar')
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("hervat", "hervatten", "hervatte", "weer opgestart", "weer aan het net", "weer in bedrijf")
NOT_RESUMED_WORDS = ("tot nader order", "voor onbepaalde tijd", "rest van het … afgelast", "rest van de … afgelast", "gestaakt")
PENDING_WORDS = ("zodra", "wanneer", "totdat", "tot", "als", "indien")
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("maakte … water", "maakt … water", "helde … over", "slagzij")
WATERTIGHT_WORDS = ()

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("krant", "dagblad", "omroep", "weekblad")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("bedrijf", "firma", "onderneming", "rederij", "groep", "maatschappij")

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("noch", "noch"), ("niet", "noch"),)
BUT_NOT = ("maar niet", "maar geen")

# als (nog) onbekend of onbevestigd verteld: geen getuige van wat als feit verteld wordt
UNSURE = (
    "onduidelijk", "niet duidelijk", "niet bekend", "onbekend", "onbevestigd", "niet bevestigd",
    "niet … bevestigd",
)
