"""Italian cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
NEGATIONS = tuple("non mai niente nulla nessuno nessun nessuna".split())  # "né": closed.ACCENTED_WORDS

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("in im il ir non".split())

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("se".split())
# Words that make a statement a possibility ("the plant may close"): a sentence with one
# states no certainty, nor a certain one its possibility (summarize/verify.py)
HEDGES = tuple("potrebbe potrebbero forse eventualmente presumibilmente presuntamente".split())

# Heads of negative concord ("ne ... jamais" is one negation, not two).
NEGATION_HEADS = tuple("non".split())

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (("non", "solo"),)

# A verb and the word after it that negate what follows ("ha rifiutato di riconoscere" is
# "non ha riconosciuto").
NEGATING_PAIRS = (("rifiutato", "di"), ("rifiuta", "di"), ("rifiutò", "di"), ("rinunciato", "a"))

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "può possono possiamo è sono siamo ha hanno abbiamo deve devono va vanno resta restano rimane rimangono sarà saranno sarebbe sarebbero avrà avranno".split()
)

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "ripetuto ripete sospira sospirato attaccato "  # repeating, sighing, telling
    "definito definita definisce "  # naming what it is: 'ha definito la situazione «…»'
    "detto dichiarato affermato spiegato aggiunto sottolineato ribadito precisato annunciato "
    "commentato osservato ammesso assicurato avvertito scritto risposto riferito evidenziato "
    "sostenuto dice dichiara afferma spiega aggiunge sottolinea ribadisce secondo "
    "confermato raccontato ricordato denunciato lamentato esortato esortava raccomandato racconta raccontava "
    "attacca incalza replica conclude osserva avverte assicura precisa commenta ammette denuncia lamenta ricorda".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("promesso promette garantisce giurato insistito insiste rimarcato riconosciuto ammonito replicato chiarito confessato".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("secondo".split())
# Prepositions of an agent ("a survey by X", "un rapport par X"): X wrote the words.
AGENT_MARKERS = ("da", "dal", "dalla")
# A passive clause ("was shut by police"): its auxiliaries; with an agent marker its subject
# is the one acted on (compare/polarity.py: no swapped roles)
PASSIVE_AUXILIARIES = tuple("stato stata stati state è sono fu furono".split())

# Whom words are said to ("X ha detto all'agenzia: ..."): not the speaker.
ADDRESSEE_MARKERS = tuple("a al alla ai agli".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("che".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple(
    "detto dichiarato affermato spiegato sottolineato aggiunto assicurato garantito ricordato "
    "avvertito precisato confermato ammesso riconosciuto sostenuto dice afferma".split()
)

# Honorifics and ranks before a name ("Colonnello Abadie").
TITLES = tuple("signor signora colonnello capitano tenente comandante ispettore commissario".split())

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple("presidente premier leader capo omologo".split()),
    "spokes": tuple("portavoce segretario".split()),
    "minister": tuple("ministro".split()),
    "chancellor": tuple("cancelliere".split()),
    "mayor": tuple("sindaco".split()),
    "military": tuple("comandante".split()),
    "coach": tuple("allenatore".split()),
    "exec": tuple("direttore amministratore delegato".split()),
    "governor": tuple("governatore".split()),
    "prefect": tuple("prefetto prefetta".split()),
    "ambassador": tuple("ambasciatore".split()),
    "judge": tuple("giudice".split()),
    "prosecutor": tuple("procuratore procuratrice pm".split()),
    "lawyer": tuple("avvocato avvocata difensore".split()),
    "monarch": tuple("regina".split()),
    "pope": tuple("papa pontefice".split()),
    "captain": tuple("capitano".split()),
    "senator": tuple("senatore".split()),
    "councillor": tuple("assessore assessora consigliere consigliera".split()),
}
# A woman's form of a role word, by its ending and the ending of the form ROLES lists
# (read only when the word itself is not listed)
FEMININE_ENDINGS = (("rice", "ore"), ("essa", "e"), ("a", "o"), ("a", "e"))

# Coordinators: after one, a new clause with the same subject may follow ("… but added «…»")
COORDINATORS = ("e", "ma")

# Words between a speaker and the speech verb that keep the link ("X has also said")
SPEAKER_LINKS = ("ha", "è", "gli", "le", "mi", "ci")

# Third-person pronouns a speaker may be named by ("he said")
THIRD_PERSON = ("lui", "lei")

# Determiners before a role or name ("the minister", "sa porte-parole")
# Another language's article that is a preposition here ("declaró a última hora")
NOT_DETERMINERS = ("a",)
DETERMINERS = ("il", "lo", "la", "gli", "i")

# Indefinite articles: "a spokesman" is someone new, never a person named before
INDEFINITE_ARTICLES = ("uno", "una")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("anni",)
# Endings that make a number a person's age standing for that person ("ha detto la 61enne")
AGE_EPITHETS = ("enne",)

# Words inside a role or a name ("minister of …", "X and Y")
NAME_CONNECTORS = ("di", "del", "della", "dello", "delle", "dei", "degli", "dell'", "da", "e")

# What links a role to the person it serves ("a spokesman for …")
SERVES_WORDS = ("per",)

# Lower-case particles inside a person's name ("Charles de Gaulle")
NAME_PARTICLES = ("di", "da", "del", "della")

# Definite articles an entity name drops ("the Kremlin" is "Kremlin")
DEFINITE_ARTICLES = ("il", "lo", "la", "l'", "l’", "i", "gli", "le")

# The words that join the last item of a list
LIST_COORDINATORS = ("e", "o")

# Words that open a scene-setting phrase before the subject ("Durante l'udienza, X ha detto")
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = ("durante", "dopo", "prima", "in", "nel", "nella", "a", "al", "sul", "sulla", "dal", "dalla", "interpellato", "interpellata", "interrogato", "interrogata", "sollecitato", "sollecitata")

# Opposite words, pair by pair (see `newsweave.lang`; compare/direction.py)
DIRECTION_UP = tuple("alzato alza alzare aumentato aumenta aumentare salito sale cresciuto cresce rialzato".split())
DIRECTION_DOWN = tuple(
    "abbassato abbassa abbassare ridotto riduce ridurre tagliato taglia sceso scende calato cala contratto".split()
)
STANCE_DENY = tuple("negato nega negano negare smentito smentisce smentire".split())
# What a denial denies as a statement, not a noun ("denied paying a ransom" reads as a
# negation; "denied the claims", "denied reports that ..." do not): the next word is a
# complement word or has a complement's ending, or (verb-last languages) a late marker
# comes within DENIAL_REACH words (compare.direction.denials)
DENIAL_COMPLEMENTS = tuple("che aver avere essere".split())
DENIAL_ENDINGS = ("are", "ere", "ire")
STANCE_CONFIRM = tuple(
    "confermato conferma confermano confermare ammesso".split()
)
VERDICT_GUILTY = tuple("condannato condannata condannati colpevole colpevoli".split())
VERDICT_CLEARED = tuple("assolto assolta assolti assoluzione".split())
COMPASS_NORTH = tuple("nord".split())
COMPASS_SOUTH = tuple("sud".split())
COMPASS_EAST = tuple("est orientale".split())
COMPASS_WEST = tuple("ovest occidentale".split())
# a minister resigned, or was dismissed (compare.direction)
DEPARTURE_QUIT = tuple("dimesso dimessa dimissioni dimette".split())
DEPARTURE_OUSTED = tuple("licenziato licenziata rimosso rimossa destituito destituita destituisce".split())
DECISION_YES = tuple("approvato approvata approva approvano approvazione".split())
DECISION_NO = tuple("respinto respinta respinge bocciato bocciata bocciatura".split())
STATE_OPEN = tuple("aperto aperta apre riaperto riaperta riapre riapertura".split())
STATE_CLOSED = tuple("chiuso chiusa chiude chiusura".split())
PHASE_START = tuple("iniziato iniziata inizia cominciato".split())
PHASE_END = tuple("finito finita terminato terminata concluso conclusa".split())
# ... told done, where another sentence tells the start or end ahead (compare.acts.phase_told)
PHASE_DONE = tuple("iniziato iniziata cominciato finito finita terminato terminata concluso conclusa".split())
# ... or called off: it never took place (compare.acts.phase_told)
CANCEL_WORDS = ("annullato", "annullata", "revocato", "revocata")

# An exception, not a negation: "no other choice than", "pas d'autre choix que", "keine
# andere Wahl als" (a negation, then one of EXCEPTIVE_OTHERS, then one of EXCEPTIVE_MARKERS);
# RESTRICTIVE_NEGATORS are negators that with a marker and no other negator mean "only"
# ("nous ne pouvons gagner qu'ensemble"). Words as the polarity tokenizer writes them.
EXCEPTIVE_OTHERS = ("altra", "altro", "altre", "altri")
EXCEPTIVE_MARKERS = ("che",)
# "until" links (see the English cues), the clause reader's folded words; "finché non"
# writes the negation "until" holds (exceptives.unwritten_negations)
UNTIL_LINKS = ("finche",)
# "without": a negator after it echoes it, no negation of its own ("sans rien céder", "sin
# ceder en nada": without giving up anything)
WITHOUT = ("senza",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("che cui dove".split())
COPULAS = tuple("è sono era erano fu furono sarà saranno".split())  # "is not without": a double negation
RESTRICTIVE_NEGATORS = ()

# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("non mai".split())

# A deed told as done: an auxiliary right before a participle ("ha chiuso" no, "ha annunciato"); against a plan
# ("plans to close") it is another claim (compare/claims.py `tense`)
DONE_AUXILIARIES = tuple("ha hanno aveva è sono".split())
PARTICIPLE_ENDINGS = ("ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite")
# after a rank and its noun: the count of occurrences of one kind ("the second such accident")
RANK_SUCH = ("di questo tipo", "del genere")

# An intention or an offer, not a deed ("offered to resign", "a proposé sa démission",
# "Rücktritt angeboten"): no witness for the deed done (compare.claims.intent_against_deed)
INTENT_CUES = (
    "ha offerto", "offre", "ha minacciato di", "minaccia di", "ha promesso di",
    "promette di", "ha tentato di", "tenta di", "vuole", "voleva",
)  # fmt: skip

# A defendant's plea, and the court's verdict: a plea of not guilty is no acquittal
# (compare.acts.PAIRED)
PLEA_WORDS = ("si è dichiarato", "si è dichiarata", "si dichiara")
VERDICT_WORDS = ("dichiarato colpevole", "dichiarata colpevole", "assolto", "assolta", "condannato", "condannata", "verdetto")  # fmt: skip

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("arrestato", "arrestati", "catturato", "catturati", "fermato", "fermati", "ripreso")
AT_LARGE_WORDS = ("latitante", "latitanti", "in fuga", "ancora libero", "ancora liberi", "nessun arresto", "nessun fermo")
FREED_WORDS = ("liberato", "liberata", "liberati", "rilasciato senza accuse", "rimesso in libertà", "scarcerato")
HELD_WORDS = ("in stato di fermo", "trattenuto", "resta in carcere", "in custodia")
OPEN_WORDS = ("aperta", "aperto", "aperte", "aperti", "riaperta", "riaperto")
CLOSED_WORDS = ("chiusa", "chiuso", "chiuse", "chiusi")
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('sospesa', 'sospeso', 'interrotta', 'interrotto', 'bloccata', "sospese", "sospesi", "interrotte", "interrotti")
GOING_ON_WORDS = ('prosegue', 'continua', 'proseguono', 'va avanti', 'ha continuato a funzionare', 'hanno continuato a funzionare', 'funziona regolarmente', 'ha funzionato regolarmente', 'hanno funzionato regolarmente')
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('accettato', 'accettata', 'accetta', 'approvato')
REJECTED_WORDS = ('respinto', 'respinta', 'rifiutato', 'rifiutata', 'respinge')

# People brought out, and people still held (compare.acts.PAIRED)
RESCUED_WORDS = ("salvati", "salvate", "soccorsi", "liberati")
TRAPPED_WORDS = ("ancora intrappolati", "ancora bloccati", "ancora dispersi", "restano intrappolati")  # fmt: skip
# suspects let go against suspects charged (`compare.acts`)
RELEASED_WORDS = ("rilasciati", "rilasciato", "rilasciate", "rimessi in libertà")
CHARGED_WORDS = ("incriminati", "incriminato", "rinviati a giudizio", "formalmente accusati")

# A fire contained, and one still burning (compare.acts.PAIRED)
CONTAINED_WORDS = ("sotto controllo", "spento", "domato")
BURNING_WORDS = ("fuori controllo", "continua a bruciare", "ancora attivo")  # fmt: skip

# Modal strength of a quotation's main clause (`compare.modality`): an obligation, a
# possibility, a future told as certain (by a word, or a verb's future ending after three
# letters at least); "we will call new strikes" is no "we could call new strikes"
MODAL_MUST = ("deve", "devono", "dobbiamo", "devo")
MODAL_CAN = ("può", "possono", "possiamo", "posso", "potrebbe", "potrebbero", "potremmo", "potrei", "potrà", "potranno", "potremo")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("non escludiamo", "non esclude", "non escludono", "non escludo")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("in grado",)
# a negation opening an infinitive negates it, not the verb before (compare.infinitives)
NEGATED_INFINITIVES = ("di non", "a non")
MODAL_WILL: tuple[str, ...] = ()
MODAL_WILL_ENDINGS = ("rò", "rai", "rà", "remo", "rete", "ranno")

# Words of time between a speech verb and its subject or clause ("a prévenu samedi soir
# le colonel …", "said Monday that …").
SAY_TIME_WORDS = tuple("lunedì martedì mercoledì giovedì venerdì sabato domenica sera mattina ieri oggi".split())

# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("stadio aeroporto ospedale via viale piazza ponte museo scuola università stazione chiesa palazzo teatro".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("per", "secondo")

# A comparison with "ever" written as a negator ("más cerca que nunca"): than, the
# negators that mean "ever" after it, the comparatives before it (compare/exceptives.py)
THAN = ("che",)
EVER_NEGATORS = ("mai",)
COMPARATIVES = ("più", "meno", "meglio", "peggio", "maggiore", "minore")

# Capitalised words that are never a name (sentence openers: "Como subrayó, …": as she stressed)
NOT_NAMES = ("come", "tuttavia", "inoltre", "poi", "oggi", "ieri")

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ("più",)

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("a", "in", "presso")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("ferito", "ferita", "feriti", "ferite", "ricoverato", "ricoverata", "trasportato in ospedale", "trasportata in ospedale")
UNHURT_WORDS = ("illeso", "illesa", "illesi", "incolume", "nessun ferito", "senza feriti", "nessuno è rimasto ferito", "nessun ferito")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("vice",)

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
RULE_OUT_WORDS = tuple("escludere escludiamo esclude escludono escludo escluso esclusa esclusi escluse escluderlo escluderla escludendo escludeva".split())
RULE_OUT_PHRASES: tuple[str, ...] = ()
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ()

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("ciò", "questo")

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("limita", "limitano", "limitato", "limitata", "limitarsi")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("ancora",)

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("non tutti", "non tutte", "non ogni")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("dimesso", "dimessa", "dimessi", "ha lasciato l'ospedale", "dimesse", "hanno lasciato l'ospedale")
IN_HOSPITAL_WORDS = ("resta ricoverato", "resta ricoverata", "ancora ricoverato", "ancora ricoverata", "è ancora in ospedale", "restano ricoverati", "restano ricoverate", "ancora ricoverati", "ancora ricoverate", "ancora in ospedale", "rimasti in ospedale", "rimasto in ospedale", "rimane ricoverato", "rimangono ricoverati")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('in pericolo di vita', 'condizioni critiche', 'gravissime condizioni', 'in fin di vita', 'lotta tra la vita e la morte')
STABLE_WORDS = ('fuori pericolo', 'condizioni stabili', 'non è in pericolo di vita', 'non sono in pericolo di vita')
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("è ripreso", "è ripresa", "sono riprese", "sono ripresi", "hanno ripreso", "riprenderà", "riprenderanno", "riprendere", "riavviato", "riavviata", "ricollegato", "ricollegata", "rimesso in funzione")
NOT_RESUMED_WORDS = ("fino a nuovo ordine", "fino a nuovo avviso", "fino a data da destinarsi", "a tempo indeterminato", "resto del … annullato", "resto del … cancellato", "resto della … annullata", "definitivamente sospeso", "definitivamente sospesa")
PENDING_WORDS = ("quando", "finché", "fino a quando", "non appena", "una volta che", "se")
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("imbarca acqua", "imbarcava acqua", "imbarcato acqua", "sbandata", "sbandato")
WATERTIGHT_WORDS = ()

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("quotidiano", "giornale", "settimanale", "emittente")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("società", "azienda", "ditta", "compagnia", "gruppo")

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("né", "né"),)
BUT_NOT = ("ma non",)

# detto (ancora) ignoto o non confermato: non è testimone del fatto detto come certo
UNSURE = (
    "non è chiaro", "non era chiaro", "non è ancora chiaro", "non si sa", "non è noto", "non confermato",
    "non confermata", "non … confermato", "non … confermata", "da chiarire", "da accertare", "ignoto",
    "ignota", "ignoti", "ignote", "sconosciuto", "sconosciuta", "da verificare", "andrà verificata",
    "andrà verificato", "incerto", "incerta",
)
