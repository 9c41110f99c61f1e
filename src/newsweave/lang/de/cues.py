"""German cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
NEGATIONS = tuple(
    "nicht kein keine keinen keinem keiner keines keinerlei nie niemals nichts niemand weder nirgends "
    "nirgendwo nirgendwohin kaum".split()  # "kaum": hardly, as French "guère"
)

# Every noun is capitalised: two capitalised words in a row are no name by themselves
# ("die Jury Chauvin", "der Polizist Chauvin").
NOUNS_CAPITALISED = True

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("wenn falls".split())
# Words that make a statement a possibility ("the plant may close"): a sentence with one
# states no certainty, nor a certain one its possibility (summarize/verify.py)
HEDGES = tuple("könnte könnten möglicherweise vielleicht eventuell falls sofern wenn mutmaßlich angeblich".split())

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (("nicht", "nur"),)

# Negation inside the word, swapped in quotes with "not able" / "not possible".
NEGATIVE_ADJECTIVES = tuple("unfähig sinnlos".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("un".split())

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "kann können konnte könnte kannst ist sind war waren bin hat haben hatte wird werden "
    "wurde muss müssen soll sollen will wollen darf dürfen bleibt bleiben".split()
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple(
    "nicht kein keine keinen keinerlei weder nie niemand nirgends nirgendwo nirgendwohin".split()
)
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("nicht nie".split())
# ... those that, closing a clause, negate its verb wherever it stands (the act comes first:
# „In Haft genommen wurde er nicht“)
CLOSING_NEGATIONS = NEGATION_PARTICLES

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "wiederholte seufzte "  # repeating, sighing, telling
    "bezeichnete bezeichnet "  # naming what it is: 'ha definito la situazione «…»'
    "sagte sagt sagten erklärte erklärt betonte betont meinte warnte schrieb bekräftigte "
    "unterstrich versicherte fügte ergänzte erklärten betonten warnten berichtete teilte "
    "kündigte räumte forderte sprach antwortete laut zufolge "
    "bestätigte kritisierte beklagte versprach mahnte mitteilte mitteilten appellierte riet polterte wetterte schimpfte".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("verspricht versprachen warnt beteuerte beteuert erinnerte gestand entgegnete erwiderte ergänzt bekräftigt unterstreicht versichert".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("laut".split())
# Prepositions of an agent ("a survey by X", "un rapport par X"): X wrote the words.
AGENT_MARKERS = ("von",)
# A passive clause ("was shut by police"): its auxiliaries; with an agent marker its subject
# is the one acted on (compare/polarity.py: no swapped roles)
PASSIVE_AUXILIARIES = tuple("wurde wurden worden".split())

# Reported speech also follows the verb after a comma, in the subjunctive ("sagte, die
# Brücke werde im Mai geöffnet").
COMMA_CLAUSE = True

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("dass daß".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
# (a separable verb's particle may stand before the comma: "kündigte an, man werde …")
SAY_VERBS = tuple(
    "sagte sagt erklärte betonte warnte versicherte kündigte teilte räumte bestätigte meinte "
    "fügte unterstrich".split()
)

# Honorifics before a name ("Mr", "Mme").
TITLES = tuple(
    "herr frau "
    "oberst hauptmann kommissar kommandant leutnant".split()
)  # with ranks before a name ("Colonel Abadie")

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple(
        "präsident präsidentin chef chefin staatschef staatschefin amtskollege brandmeister"
        " brandmeisterin"
        " vorsitzender vorsitzende landrat landrätin".split()
    ),
    "spokes": tuple("sprecher sprecherin sekretär sekretärin".split()),
    "minister": tuple("minister ministerin".split()),
    "chancellor": tuple("kanzler kanzlerin".split()),
    "mayor": tuple("bürgermeister bürgermeisterin".split()),
    "military": tuple("kommandeur kommandeurin kommandant kommandantin general generalin".split()),
    "coach": tuple("trainer manager".split()),
    "exec": tuple("direktor direktorin leiterin leiter".split()),
    "governor": tuple("gouverneur gouverneurin".split()),
    "prefect": tuple("präfekt präfektin".split()),
    "ambassador": tuple("botschafter".split()),
    "judge": tuple("richter richterin".split()),
    "prosecutor": tuple("staatsanwalt staatsanwältin".split()),
    "lawyer": tuple("anwalt anwältin".split()),
    "monarch": tuple("könig königin".split()),
    "pope": tuple("papst".split()),
    "captain": tuple("kapitän".split()),
    "senator": tuple("senatorin".split()),
    "councillor": tuple("stadtrat stadträtin dezernent dezernentin".split()),
}
# A woman's form of a role word, by its ending and the ending of the form ROLES lists
# (read only when the word itself is not listed)
FEMININE_ENDINGS = (("in", ""),)

# Coordinators: after one, a new clause with the same subject may follow ("… but added «…»")
COORDINATORS = ("und", "aber")
# Words that, after a comma, open a clause that can state a fact of its own
# (long sentences are cut there: `align.candidates.split_clauses`)
CLAUSE_OPENERS = ("und", "aber", "während")

# Words between a speaker and the speech verb that keep the link ("X has also said")
SPEAKER_LINKS = ("hat", "hatte")

# Third-person pronouns a speaker may be named by ("he said")
THIRD_PERSON = ("er", "sie", "ihm", "ihn")
# ... of them, the forms that are never a subject (an object, or "her" as in "her daughter")
OBJECT_PRONOUNS = ("ihm", "ihn")

# Determiners before a role or name ("the minister", "sa porte-parole")
DETERMINERS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "sein", "seine", "ihr",
    "ihre",
)

# Indefinite articles: "a spokesman" is someone new, never a person named before
INDEFINITE_ARTICLES = ("ein", "eine", "einer", "einem")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("Jahre",)
# Endings that make a number a person's age standing for that person ("sagte die 61-Jährige")
AGE_EPITHETS = ("-jährige", "-jährigen", "-jähriger")

# Words inside a role or a name ("minister of …", "X and Y")
NAME_CONNECTORS = ("der", "des", "und")

# What links a role to the person it serves ("a spokesman for …")
SERVES_WORDS = ("von", "vom", "für")

# Other function words that are never part of a name
FUNCTION_WORDS = (
    "zu", "mit", "von", "für", "bei", "nach", "aber", "oder", "im", "am", "vom", "beim", "zum",
    "zur",
)

# Words that make a capitalised phrase an organisation or a place, not a person
ORG_WORDS = (
    "behörde", "ministerium", "partei", "regierung", "verband", "universität", "gericht",
    "stiftung",
)

# Lower-case particles inside a person's name ("Charles de Gaulle")
NAME_PARTICLES = ("von", "der", "den")

# Prepositions that carry an article: a capitalised word after one is a noun, never a
# name ("am Nachmittag Entwarnung" is no person; "der Wetterdienst Aemet" may be one)
NOUN_LEADS = ("am", "im", "vom", "beim", "zum", "zur", "ins", "ans", "aufs")

# A short stop list for the fact lexicon's word overlap (`align.lexicon`): spaCy's
# longer lists drop words that tell facts apart (seeds fact support 0.778 -> 0.771)
FACT_STOP_WORDS = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "und", "oder", "aber", "ist", "sind", "war", "waren", "sein", "hat", "haben", "wird",
    "werden", "von", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "mit", "für", "bei",
    "nach", "aus", "über", "unter", "nicht", "kein", "keine", "sich", "er", "sie", "es",
    "wir", "ihr", "als", "auch", "wie", "dass", "noch", "nur",
)

# Definite articles an entity name drops ("the Kremlin" is "Kremlin")
DEFINITE_ARTICLES = ("der", "die", "das")
# Determiners of a plural noun heading a list of names ("beider Länder, A und B"; compare.details)
LIST_HEAD_DETERMINERS = ("beide", "beider", "beiden", "alle", "aller", "allen", "mehrere", "mehrerer", "einige", "einiger")

# The words that join the last item of a list
LIST_COORDINATORS = ("und", "oder")

# Opposite words, pair by pair (see `newsweave.lang`; compare/direction.py)
DIRECTION_UP = tuple("erhöht erhöhte erhöhen angehoben anheben hob gestiegen steigt stieg stiegen zugelegt wuchs gewachsen wächst".split())
DIRECTION_DOWN = tuple(
    "gesenkt senkte senken senkt gesunken sinkt sank gefallen fiel fielen gekürzt kürzte schrumpfte geschrumpft schrumpft".split()
)
STANCE_DENY = tuple("bestritt bestreitet bestritten bestreiten dementierte dementiert dementieren".split())
# What a denial denies as a statement, not a noun ("denied paying a ransom" reads as a
# negation; "denied the claims", "denied reports that ..." do not): the next word is a
# complement word or has a complement's ending, or (verb-last languages) a late marker
# comes within DENIAL_REACH words (compare.direction.denials)
DENIAL_COMPLEMENTS = tuple("dass".split())
DENIAL_LATE = tuple("zu".split())
DENIAL_ENDINGS = ()
DENIAL_REACH = 10  # verb last: "bestritt, Gummigeschosse eingesetzt zu haben"
STANCE_CONFIRM = tuple(
    "bestätigte bestätigt bestätigten bestätigen eingeräumt".split()
)
VERDICT_GUILTY = tuple("verurteilt verurteilte schuldig".split())
VERDICT_CLEARED = tuple("freigesprochen freigesprochene Freispruch".split())
COMPASS_NORTH = tuple("norden nördlich".split())
COMPASS_SOUTH = tuple("süden südlich".split())
COMPASS_EAST = tuple("osten östlich".split())
COMPASS_WEST = tuple("westen westlich".split())
# a minister resigned, or was dismissed (compare.direction)
DEPARTURE_QUIT = tuple("zurückgetreten Rücktritt".split())
DEPARTURE_OUSTED = tuple("entlassen entließ Entlassung gefeuert abgesetzt".split())
DECISION_YES = tuple("gebilligt billigte billigt angenommen verabschiedet genehmigt genehmigte Zustimmung Billigung".split())
DECISION_NO = tuple("abgelehnt lehnte lehnt zurückgewiesen Ablehnung".split())
STATE_OPEN = tuple("geöffnet öffnete öffnet wiedereröffnet Öffnung Wiedereröffnung".split())
STATE_CLOSED = tuple("geschlossen schloss schließt Schließung".split())
PHASE_START = tuple("begann beginnt begonnen".split())
PHASE_END = tuple("endete endet beendet".split())
# ... told done, where another sentence tells the start or end ahead (compare.acts.phase_told)
PHASE_DONE = tuple("begann begonnen endete beendet".split())
# ... or called off: it never took place (compare.acts.phase_told)
CANCEL_WORDS = ("abgesagt", "sagte ab", "sagten ab", "abgeblasen")

# An exception, not a negation: "no other choice than", "pas d'autre choix que", "keine
# andere Wahl als" (a negation, then one of EXCEPTIVE_OTHERS, then one of EXCEPTIVE_MARKERS);
# RESTRICTIVE_NEGATORS are negators that with a marker and no other negator mean "only"
# ("nous ne pouvons gagner qu'ensemble"). Words as the polarity tokenizer writes them.
EXCEPTIVE_OTHERS = ("andere", "anderen", "anderes", "anderer")
EXCEPTIVE_MARKERS = ("als", "außer", "ausser")
# "until" links (see the English cues), as the clause reader folds them: ", bis ..." only
UNTIL_LINKS = ("bis",)
# "without" (see the English cues)
WITHOUT = ("ohne",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("der die das welcher welche welches dessen deren".split())
COPULAS = tuple("ist sind war waren sei wäre wären sein".split())  # "is not without": a double negation
# a "neither … nor" after a negation restates it, no negation of its own ("keinen Euro, weder heute noch morgen")
NEGATION_CORRELATIVES = ("weder",)
RESTRICTIVE_NEGATORS = ()
# after a rank and its noun: the count of occurrences of one kind ("the second such accident")
RANK_SUCH = ("dieser Art",)
# ordinals in their declined forms, read for ranks only ("der zweite Unfall dieser Art"; in
# numbers.py they would make a count of "die erste Erhöhung" that the shares do not read)
ORDINALS = {
    "erste": 1, "ersten": 1, "erster": 1, "zweite": 2, "zweiten": 2, "zweiter": 2,
    "dritte": 3, "dritten": 3, "dritter": 3, "vierte": 4, "vierten": 4, "vierter": 4,
    "fünfte": 5, "fünften": 5, "fünfter": 5,
}  # fmt: skip
RANK_LINKS = ("zu",)

# An intention or an offer, not a deed ("offered to resign", "a proposé sa démission",
# "Rücktritt angeboten"): no witness for the deed done (compare.claims.intent_against_deed)
INTENT_CUES = (
    "angeboten", "bot", "bietet", "droht", "drohte", "versprach", "verspricht", "versuchte",
    "versucht", "will", "wollte", "erwägt",
)  # fmt: skip

# A defendant's plea, and the court's verdict: a plea of not guilty is no acquittal
# (compare.acts.PAIRED)
PLEA_WORDS = ("plädiert", "plädierte", "für nicht schuldig erklärt", "bekannte sich")
VERDICT_WORDS = ("verurteilt", "freigesprochen", "schuldig gesprochen", "Urteil", "Schuldspruch", "Freispruch")  # fmt: skip

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("festgenommen", "gefasst", "verhaftet", "wieder eingefangen")
AT_LARGE_WORDS = ("auf der Flucht", "flüchtig", "weiter gesucht", "noch gesucht", "keine Festnahmen", "keine Festnahme")
FREED_WORDS = ("kam frei", "kamen frei", "freigekommen", "freigelassen", "auf freien Fuß", "wieder frei")
HELD_WORDS = ("in Gewahrsam", "in Untersuchungshaft", "in Haft", "festgehalten")
OPEN_WORDS = ("geöffnet", "offen")
CLOSED_WORDS = ("geschlossen",)
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('gestoppt', 'eingestellt', 'ausgesetzt', 'unterbrochen', 'stillgelegt')
GOING_ON_WORDS = ('läuft weiter', 'geht weiter', 'wird fortgesetzt', 'läuft normal weiter', 'lief normal', 'liefen normal', 'blieb in Betrieb', 'blieben in Betrieb', 'normal weiter')
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('akzeptiert', 'angenommen', 'zugestimmt', 'stimmte zu')
REJECTED_WORDS = ('abgelehnt', 'lehnte ab', 'zurückgewiesen', 'verworfen')

# People brought out, and people still held (compare.acts.PAIRED)
RESCUED_WORDS = ("gerettet", "geborgen", "befreit")
TRAPPED_WORDS = ("noch eingeschlossen", "weiter eingeschlossen", "noch vermisst", "weiter vermisst", "noch verschüttet")  # fmt: skip
# suspects let go against suspects charged (`compare.acts`)
RELEASED_WORDS = ("freigelassen", "auf freien Fuß")
CHARGED_WORDS = ("angeklagt", "Anklage erhoben", "erhob Anklage", "erhob die Staatsanwaltschaft Anklage")

# A fire contained, and one still burning (compare.acts.PAIRED)
CONTAINED_WORDS = ("unter Kontrolle", "gelöscht", "eingedämmt")
BURNING_WORDS = ("außer Kontrolle", "wütet weiter", "brennt weiter", "lodert weiter")  # fmt: skip

# Modal strength of a quotation's main clause (`compare.modality`): an obligation, a
# possibility, a future told as certain (by a word, or a verb's future ending after three
# letters at least); "we will call new strikes" is no "we could call new strikes"
MODAL_MUST = ("muss", "müssen", "musst", "müsst")
MODAL_CAN = ("kann", "können", "kannst", "könnt", "könnte", "könnten", "darf", "dürfen")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("nicht ausschließen", "nicht auszuschließen")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("der lage",)
# "wird", "werden" also make the passive ("werden geschlossen"), which tells what is
# done as surely as a future does: neither is a "could"
MODAL_WILL = ("wird", "werden", "werde", "wirst", "werdet")
MODAL_WILL_ENDINGS: tuple[str, ...] = ()


# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("stadion flughafen krankenhaus klinikum straße platz brücke museum schule universität bahnhof kirche gymnasium".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("für", "laut")

# Capitalised words that are never a name (sentence openers: "Como subrayó, …": as she stressed)
NOT_NAMES = ("wie", "jedoch", "danach", "heute", "gestern", "auch", "doch", "nun", "dann", "zudem", "außerdem", "deshalb", "daher", "trotzdem", "inzwischen", "bereits", "selbst", "dabei", "damit")

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ("mehr",)

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("in", "im", "bei", "aus")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("verletzt", "verwundet", "ins Krankenhaus gebracht", "ins Krankenhaus geflogen", "Verbrennungen")
UNHURT_WORDS = ("unverletzt", "unversehrt", "keine Verletzten", "niemand wurde verletzt", "niemand verletzt")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("vize",)

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
RULE_OUT_WORDS = tuple("ausschließen auszuschließen ausgeschlossen ausschließt ausschloss ausschlossen".split())
RULE_OUT_PHRASES: tuple[str, ...] = ()
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ((("schließen", "schließt", "schließe", "schloss", "schlossen"), "aus"),)

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("das", "dies")

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("beschränkt", "beschränken", "beschränkte", "beschränkten", "beschränkte")

# Words that open a scene-setting phrase (a time or place) before a sentence's subject or
# between a speech verb and its subject ("… – mówiła podczas konferencji w Dublinie wicekomisarz X")
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = ("während", "nach", "vor", "bei", "am", "im", "in", "gefragt", "befragt", "angesprochen")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("noch", "weiterhin", "immer noch")

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("nicht alle", "nicht jeder", "nicht jede", "nicht jedes")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("aus dem Krankenhaus entlassen", "konnte das Krankenhaus verlassen", "Krankenhaus … verlassen", "Klinik … verlassen", "aus der Klinik entlassen")
IN_HOSPITAL_WORDS = ("liegt noch im Krankenhaus", "weiter im Krankenhaus", "noch im Krankenhaus", "weiterhin im Krankenhaus", "bleiben im Krankenhaus", "blieben im Krankenhaus", "blieb im Krankenhaus", "bleibt im Krankenhaus", "noch in der Klinik")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('in Lebensgefahr', 'lebensgefährlich verletzt', 'lebensbedrohlich', 'kritischen Zustand', 'kritischer Zustand')
STABLE_WORDS = ('außer Lebensgefahr', 'keine Lebensgefahr', 'stabilen Zustand', 'Zustand ist stabil', 'Zustand sei stabil', "stabilem Zustand")
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("fortgesetzt", "wieder aufgenommen", "wieder angefahren", "wieder am Netz", "wieder in Betrieb")
NOT_RESUMED_WORDS = ("bis auf Weiteres", "auf unbestimmte Zeit", "abgebrochen", "Rest des … abgesagt", "Rest der … abgesagt")
PENDING_WORDS = ("sobald", "wenn", "falls", "bis", "solange")
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("Schlagseite", "nimmt Wasser", "nahm Wasser", "Wasser eingedrungen", "Wasser aufgenommen", "leckgeschlagen")
WATERTIGHT_WORDS = ()

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("zeitung", "tageszeitung", "sender", "magazin")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("firma", "unternehmen", "konzern", "gesellschaft", "reederei", "fluggesellschaft")

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("weder", "noch"),)
BUT_NOT = ("aber nicht", "jedoch nicht", "aber kein", "aber keine")

# als (noch) unbekannt oder unbestätigt erzählt: kein Zeuge des als Tatsache Erzählten
UNSURE = (
    "unklar", "nicht klar", "unbekannt", "nicht bekannt", "unbestätigt", "nicht bestätigt",
    "nicht … bestätigt", "noch offen", "ist offen", "bleibt offen",
)
