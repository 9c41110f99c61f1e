"""Spanish cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
NEGATIONS = tuple("no nunca jamás nada nadie ningún ninguno ninguna tampoco ni".split())

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("si".split())
# Words that make a statement a possibility ("the plant may close"): a sentence with one
# states no certainty, nor a certain one its possibility (summarize/verify.py)
HEDGES = tuple("podría podrían posiblemente quizá quizás si presuntamente supuestamente".split())

# Heads of negative concord ("ne ... jamais" is one negation, not two).
NEGATION_HEADS = tuple("no".split())

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (("no", "solo"), ("no", "sólo"), ("no", "solamente"))

# A verb and the word after it that negate what follows ("se negó a reconocer" is "no
# reconoció").
NEGATING_PAIRS = (
    ("negó", "a"), ("niega", "a"), ("negaron", "a"), ("rehusó", "a"), ("renunció", "a"),
)  # fmt: skip

# Negation inside the word, swapped in quotes with "not able" / "not possible".
NEGATIVE_ADJECTIVES = tuple("imposible".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("in im ir".split())

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "puede pueden podemos puedo podría podrán podremos es son somos soy está están estamos "
    "fue era ha han hemos tiene tienen tenemos va van vamos debe deben debemos será serán sigue siguen permanece permanecen".split()
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple("no ni nunca nada nadie ningún ninguno ninguna".split())
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("no nunca".split())

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "repitió repite suspira suspiró "  # repeating, sighing, telling
    "calificó definió "  # naming what it is: 'ha definito la situazione «…»'
    "dijo dice declaró afirmó aseguró señaló indicó explicó añadió agregó subrayó destacó "
    "insistió advirtió manifestó expresó sostuvo apuntó comentó respondió anunció escribió "
    "tuiteó recalcó precisó enfatizó reiteró aclaró admitió reconoció consideró estimó opinó "
    "remarcó detalló informó dijeron afirmaron señalaron aseguraron indicaron explicaron "
    "añade agrega afirma asegura señala explica según "
    "confirmó recordó relató contó denunció lamentó criticó prometió concluyó reveló defendió alertó "
    "celebró valoró sentenció zanjó resumió agradeció exhortó instó pidió recomendó relata relataba contaba cuenta "
    "recuerda subraya destaca insiste concluye reconoce admite lamenta "
    # the perfect ("ha explicado", the usual past of Spain's press) and the imperfect of a scene
    "dicho declarado afirmado asegurado señalado indicado explicado añadido agregado subrayado "
    "destacado insistido advertido manifestado apuntado comentado respondido anunciado reiterado "
    "aclarado admitido reconocido recordado relatado contado denunciado lamentado precisado detallado "
    "decía explicaba aseguraba señalaba añadía recordaba comentaba afirmaba insistía lamentaba".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("promete prometido prometía garantizó garantiza advierte avisó juró confesó replicó puntualizó matizó apostilló remachó advertía".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("según".split())
# Prepositions of an agent ("a survey by X", "un rapport par X"): X wrote the words.
AGENT_MARKERS = ("por",)
# A passive clause ("was shut by police"): its auxiliaries; with an agent marker its subject
# is the one acted on (compare/polarity.py: no swapped roles)
PASSIVE_AUXILIARIES = tuple("fue fueron sido es son era eran".split())

# Whom words are said to ("X dijo a la agencia: ..."): not the speaker.
ADDRESSEE_MARKERS = tuple("a al".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("que".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple(
    "dijo declaró afirmó aseguró señaló indicó explicó añadió agregó subrayó advirtió sostuvo "
    "dicho declarado afirmado asegurado señalado indicado explicado añadido advertido".split()
)

# Honorifics before a name ("Mr", "Mme").
TITLES = tuple(
    "señor señora "
    "coronel capitán teniente comandante inspector comisario sargento".split()
)  # with ranks before a name ("Colonel Abadie")

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple("presidente mandatario líder jefe jefa homólogo".split()),
    "spokes": tuple("portavoz secretario secretaria".split()),
    "minister": tuple("ministro ministra consejero consejera conseller consellera".split()),
    "chancellor": tuple("canciller".split()),
    "mayor": tuple("alcalde alcaldesa".split()),
    "military": tuple("comandante".split()),
    "coach": tuple("entrenador seleccionador".split()),
    "exec": tuple("directora director consejera consejero delegada delegado".split()),
    "governor": tuple("gobernador gobernadora".split()),
    "prefect": tuple("prefecto prefecta".split()),
    "ambassador": tuple("embajador embajadora".split()),
    "judge": tuple("juez jueza".split()),
    "prosecutor": tuple("fiscal".split()),
    "lawyer": tuple("abogado abogada".split()),
    "monarch": tuple("rey reina".split()),
    "pope": tuple("papa".split()),
    "captain": tuple("capitán".split()),
    "senator": tuple("senador senadora".split()),
    "councillor": tuple("consejero consejera concejal concejala".split()),
}
# A woman's form of a role word, by its ending and the ending of the form ROLES lists
# (read only when the word itself is not listed)
FEMININE_ENDINGS = (("ora", "or"), ("a", "o"), ("a", "e"))

# Coordinators: after one, a new clause with the same subject may follow ("… but added «…»")
COORDINATORS = ("y", "pero")
# Words that, after a comma, open a clause that can state a fact of its own
# (long sentences are cut there: `align.candidates.split_clauses`)
CLAUSE_OPENERS = ("y", "pero", "mientras")

# Words between a speaker and the speech verb that keep the link ("X has also said")
SPEAKER_LINKS = ("ha", "han", "le", "les", "lo", "me", "te", "nos", "se")

# Third-person pronouns a speaker may be named by ("he said")
THIRD_PERSON = ("ella",)

# Relative pronouns ("X, who said …")
RELATIVE_PRONOUNS = ("quien", "quienes")

# Determiners before a role or name ("the minister", "sa porte-parole")
# Another language's article that is a preposition here ("declaró a última hora")
NOT_DETERMINERS = ("a",)
DETERMINERS = ("el", "la", "los", "las", "su", "sus")

# Indefinite articles: "a spokesman" is someone new, never a person named before
INDEFINITE_ARTICLES = ("un", "uno", "una")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("años",)

# Words inside a role or a name ("minister of …", "X and Y")
NAME_CONNECTORS = ("de", "del", "y")

# What links a role to the person it serves ("a spokesman for …")
SERVES_WORDS = ("para",)

# Other function words that are never part of a name
FUNCTION_WORDS = ("a", "por", "para", "con", "en", "sin", "pero")

# Words that make a capitalised phrase an organisation or a place, not a person
ORG_WORDS = (
    "agencia", "ministerio", "banco", "partido", "consejo", "comisión", "gobierno",
    "universidad",
)

# Lower-case particles inside a person's name ("Charles de Gaulle")
NAME_PARTICLES = ("de", "del", "la", "y")

# A short stop list for the fact lexicon's word overlap (`align.lexicon`): spaCy's
# longer lists drop words that tell facts apart (seeds fact support 0.778 -> 0.771)
FACT_STOP_WORDS = (
    "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "o", "pero", "es", "son",
    "fue", "ser", "ha", "han", "al", "del", "de", "que", "quien", "cual", "para", "por",
    "sobre", "en", "con", "sin", "su", "sus", "se", "lo", "le", "les", "no", "más", "como",
    "entre", "según", "también", "este", "esta",
)

# Definite articles an entity name drops ("the Kremlin" is "Kremlin")
DEFINITE_ARTICLES = ("el", "la", "los", "las")

# The words that join the last item of a list
LIST_COORDINATORS = ("y", "o")

# Words that open a scene-setting phrase before the subject ("Durante la audiencia, X dijo")
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = ("durante", "tras", "después", "antes", "en", "desde", "al", "sobre", "preguntado", "preguntada", "cuestionado", "cuestionada", "interrogado", "interrogada")

# Opposite words, pair by pair (see `newsweave.lang`; compare/direction.py)
DIRECTION_UP = tuple("subió sube subir subido aumentó aumenta aumentar aumentado elevó eleva elevar incrementó creció crece".split())
DIRECTION_DOWN = tuple(
    "bajó baja bajar bajado redujo reduce reducir recortó recorta cayó cae disminuyó descendió contrajo".split()
)
STANCE_DENY = tuple("negó niega niegan negaron negar desmintió desmiente desmintieron desmentir".split())
# What a denial denies as a statement, not a noun ("denied paying a ransom" reads as a
# negation; "denied the claims", "denied reports that ..." do not): the next word is a
# complement word or has a complement's ending, or (verb-last languages) a late marker
# comes within DENIAL_REACH words (compare.direction.denials)
DENIAL_COMPLEMENTS = tuple("que haber ser".split())
DENIAL_ENDINGS = ("ar", "er", "ir")
STANCE_CONFIRM = tuple(
    "confirmó confirma confirman confirmaron confirmar reconoció reconoce admitió".split()
)
VERDICT_GUILTY = tuple("condenado condenada condenados culpable culpables".split())
VERDICT_CLEARED = tuple("absuelto absuelta absueltos absolvió absolvieron absolución exonerado".split())
# compass: "este" is also "this"
COMPASS_NORTH = tuple("norte".split())
COMPASS_SOUTH = tuple("sur".split())
COMPASS_EAST = tuple("oriente oriental".split())
COMPASS_WEST = tuple("oeste occidental".split())
# a minister resigned, or was dismissed (compare.direction)
DEPARTURE_QUIT = tuple("dimitió dimite dimisión renunció renuncia".split())
DEPARTURE_OUSTED = tuple("destituido destituida destitución destituyó destituye destituyeron cesado cesada despedido despedida".split())
DECISION_YES = tuple("aprobó aprueba aprueban aprobaron aprobado aprobada aprobación".split())
DECISION_NO = tuple("rechazó rechaza rechazan rechazaron rechazado rechazada rechazo".split())
STATE_OPEN = tuple("abrió abre abren abierto abierta reabrió reabre reapertura".split())
STATE_CLOSED = tuple("cerró cierra cierran cerrado cerrada cierre".split())
PHASE_START = tuple("comenzó comienza empezó empieza iniciado".split())
PHASE_END = tuple("terminó termina terminaron acabó concluyó".split())
# ... told done, where another sentence tells the start or end ahead (compare.acts.phase_told)
PHASE_DONE = tuple("comenzó empezó iniciado terminó terminaron acabó concluyó".split())
# ... or called off: it never took place (compare.acts.phase_told)
CANCEL_WORDS = ("desconvocado", "desconvocada", "desconvocó", "cancelado", "cancelada", "canceló")

# An exception, not a negation: "no other choice than", "pas d'autre choix que", "keine
# andere Wahl als" (a negation, then one of EXCEPTIVE_OTHERS, then one of EXCEPTIVE_MARKERS);
# RESTRICTIVE_NEGATORS are negators that with a marker and no other negator mean "only"
# ("nous ne pouvons gagner qu'ensemble"). Words as the polarity tokenizer writes them.
EXCEPTIVE_OTHERS = ("otra", "otro", "otras", "otros", "mas")
EXCEPTIVE_MARKERS = ("que", "sino")
# "until" links (see the English cues): the clause reader's folded words
UNTIL_LINKS = ("hasta",)
# "without": a negator after it echoes it, no negation of its own ("sans rien céder", "sin
# ceder en nada": without giving up anything)
WITHOUT = ("sin",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("que quien quienes cuyo cuya donde".split())
COPULAS = tuple("es son era eran fue fueron será serán está están estaba estaban".split())  # "is not without": a double negation
RESTRICTIVE_NEGATORS = ()

# A deed told as done: an auxiliary right before a participle ("ha cerrado"); against a plan
# ("plans to close") it is another claim (compare/claims.py `tense`)
DONE_AUXILIARIES = tuple("ha han había habían fue fueron".split())
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# after a rank and its noun: the count of occurrences of one kind ("the second such accident")
RANK_SUCH = ("de este tipo", "de ese tipo")

# An intention or an offer, not a deed ("offered to resign", "a proposé sa démission",
# "Rücktritt angeboten"): no witness for the deed done (compare.claims.intent_against_deed)
INTENT_CUES = (
    "ofreció", "ofrece", "amenazó con", "amenaza con", "prometió", "promete", "intentó",
    "intenta", "quiere", "quería", "pretende",
)  # fmt: skip

# A defendant's plea, and the court's verdict: a plea of not guilty is no acquittal
# (compare.acts.PAIRED)
PLEA_WORDS = ("se declaró", "se declara", "se declararon")
VERDICT_WORDS = ("declarado culpable", "declarada culpable", "absuelto", "absuelta", "condenado", "condenada", "veredicto")  # fmt: skip

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("detenido", "detenidos", "arrestado", "arrestados", "capturado", "capturados", "recapturado")
AT_LARGE_WORDS = ("prófugo", "prófugos", "en paradero desconocido", "en fuga", "sigue libre", "siguen libres", "ninguna detención", "sin detenidos")
FREED_WORDS = ("liberado", "liberada", "liberados", "puesto en libertad", "quedó en libertad", "liberado sin cargos")
HELD_WORDS = ("quedó detenido", "sigue detenido", "permanece detenido", "bajo custodia")
OPEN_WORDS = ("abierta", "abierto", "abiertas", "abiertos", "reabrió")
CLOSED_WORDS = ("cerrada", "cerrado", "cerradas", "cerrados")
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('suspendida', 'suspendido', 'paralizada', 'paralizado', 'interrumpida', "suspendidas", "suspendidos", "interrumpido", "interrumpidas", "interrumpidos", "paralizadas", "paralizados")
GOING_ON_WORDS = ('continúa', 'sigue adelante', 'prosigue', 'continúan', 'siguió funcionando', 'sigue funcionando', 'siguen funcionando', 'siguieron funcionando', 'operaron con normalidad', 'operó con normalidad', 'funcionó con normalidad', 'funcionan con normalidad')
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('aceptó', 'aceptado', 'acepta', 'aprobó')
REJECTED_WORDS = ('rechazó', 'rechazado', 'rechaza', 'rehusó')

# People brought out, and people still held (compare.acts.PAIRED)
RESCUED_WORDS = ("rescatados", "rescatadas", "rescatado", "salvados", "liberados")
TRAPPED_WORDS = ("siguen atrapados", "siguen atrapadas", "siguen desaparecidos", "permanecen atrapados")  # fmt: skip
# suspects let go against suspects charged (`compare.acts`)
RELEASED_WORDS = ("puestos en libertad", "quedaron en libertad", "liberados sin cargos", "excarcelados")
CHARGED_WORDS = ("imputados", "procesados", "acusados formalmente")

# A fire contained, and one still burning (compare.acts.PAIRED)
CONTAINED_WORDS = ("controlado", "controlada", "extinguido", "extinguida", "sofocado", "sofocada")
BURNING_WORDS = ("fuera de control", "sigue activo", "sigue ardiendo", "continúa activo")  # fmt: skip

# Modal strength of a quotation's main clause (`compare.modality`): an obligation, a
# possibility, a future told as certain (by a word, or a verb's future ending after three
# letters at least); "we will call new strikes" is no "we could call new strikes"
MODAL_MUST = ("debe", "deben", "debemos", "debo", "tiene que", "tienen que", "tenemos que", "hay que")
MODAL_CAN = ("puede", "pueden", "podemos", "puedo", "podría", "podrían", "podríamos", "podrá", "podrán", "podremos")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("no descartamos", "no descarta", "no descartan", "no descarto", "no excluimos", "no excluye")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("capaz de", "capaces de")
# a negation opening an infinitive negates it, not the verb before (compare.infinitives)
NEGATED_INFINITIVES = ("no *",)
MODAL_WILL: tuple[str, ...] = ()
MODAL_WILL_ENDINGS = ("ré", "rás", "rá", "remos", "réis", "rán")
# A near future: one of these, then an infinitive ("la nube va a llegar al centro")
MODAL_GOING_TO = ("voy a", "vas a", "va a", "vamos a", "vais a", "van a")
INFINITIVE_ENDINGS = ("ar", "er", "ir")

# Words of time between a speech verb and its subject or clause ("a prévenu samedi soir
# le colonel …", "said Monday that …").
SAY_TIME_WORDS = tuple("lunes martes miércoles jueves viernes sábado domingo ayer hoy".split())

# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("estadio aeropuerto hospital calle avenida plaza puente museo escuela universidad estación iglesia colegio".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("para", "según")

# A comparison with "ever" written as a negator ("más cerca que nunca"): than, the
# negators that mean "ever" after it, the comparatives before it (compare/exceptives.py)
THAN = ("que",)
EVER_NEGATORS = ("nunca", "jamás", "jamas")
COMPARATIVES = ("más", "menos", "mejor", "peor", "mayor", "menor")

# Capitalised words that are never a name (sentence openers: "Como subrayó, …": as she stressed)
NOT_NAMES = ("como", "además", "luego", "después", "hoy", "ayer")

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ()
LAPSE_BEFORE = ("ya",)

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("en", "desde", "cerca")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("herido", "herida", "heridos", "heridas", "hospitalizado", "hospitalizada", "trasladado al hospital", "trasladada al hospital", "quemaduras")
UNHURT_WORDS = ("ileso", "ilesa", "ilesos", "ilesas", "no hubo heridos", "sin heridos", "ningún herido", "no se han reportado heridos", "nadie resultó herido")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("vice",)

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
RULE_OUT_WORDS = tuple("descartar descarta descartamos descartan descarto descartado descartada descartó descartaron descartarse descartarlo excluir excluye excluimos excluyen excluido excluida".split())
RULE_OUT_PHRASES: tuple[str, ...] = ()
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ()

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("esto", "eso")

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("limita", "limitan", "limitado", "limitada", "limitarse")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("todavía", "aún", "sigue", "siguen")

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("no todos", "no todas", "no todo el mundo")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("recibió el alta", "dado de alta", "dada de alta", "abandonó el hospital", "recibieron el alta", "dados de alta", "dadas de alta", "salió del hospital", "salieron del hospital", "abandonaron el hospital")
IN_HOSPITAL_WORDS = ("permanece ingresado", "permanece ingresada", "sigue ingresado", "sigue ingresada", "continúa ingresado", "permanece hospitalizado", "sigue hospitalizado", "permanecen ingresados", "permanecen ingresadas", "siguen ingresados", "siguen ingresadas", "continúan ingresados", "permanecen hospitalizados", "siguen hospitalizados", "permanece hospitalizada", "sigue hospitalizada")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('estado crítico', 'estado muy grave', 'corre peligro', 'riesgo vital', 'debatiéndose entre la vida y la muerte')
STABLE_WORDS = ('estado estable', 'se encuentra estable', 'fuera de peligro', 'sin riesgo vital')
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("se reanudó", "se reanudaron", "reanudado", "reanudada", "reanudará", "reanudarán", "reanudar", "volvió a arrancar", "volverá a arrancar", "volver a arrancar", "volvió a funcionar", "reconectado", "reconectada")
NOT_RESUMED_WORDS = ("hasta nuevo aviso", "hasta nueva orden", "indefinidamente", "resto del … cancelado", "resto del … suspendido", "resto de la … cancelada", "resto de la … suspendida")
PENDING_WORDS = ("cuando", "hasta que", "en cuanto", "una vez que", "si", "mientras no")
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("hace agua", "hacía agua", "vía de agua", "escorado", "escorada", "se escoró")
WATERTIGHT_WORDS = ()

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("diario", "periódico", "semanario", "cadena")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("empresa", "compañía", "sociedad", "firma", "grupo", "aerolínea", "naviera")

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("ni", "ni"),)
BUT_NOT = ("pero no",)

# contado como (aún) desconocido o sin confirmar: no es testigo de lo contado como hecho
UNSURE = (
    "no está claro", "no estaba claro", "no queda claro", "se desconoce", "se desconocen", "no se sabe",
    "no se conoce", "sin confirmar", "no confirmado", "no confirmada", "no … confirmado", "no … confirmada",
    "desconocido", "desconocida", "desconocidos", "desconocidas", "incierto", "incierta", "por determinar",
    "por confirmar",
)
