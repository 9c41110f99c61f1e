"""Portuguese cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
NEGATIONS = tuple("não nunca jamais nada ninguém nenhum nenhuma nem".split())

# Heads of negative concord ("ne ... jamais" is one negation, not two).
NEGATION_HEADS = tuple("não".split())

# Another language's negators that are words of this one ("no corredor": in the corridor)
NOT_NEGATORS = ("no",)

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (("não", "só"), ("não", "apenas"))

# Negation inside the word, swapped in quotes with "not able" / "not possible".
NEGATIVE_ADJECTIVES = tuple("impossível".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("in im ir".split())

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "pode podem podemos é são somos está estão tem têm temos vai vão deve devem foi continua continuam permanece permanecem será serão".split()
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple("não nem nenhum".split())
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("não nao nunca".split())

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "repetiu repete suspira suspirou "  # repeating, sighing, telling
    "classificou definiu "  # naming what it is: 'ha definito la situazione «…»'
    "disse afirmou declarou explicou acrescentou destacou ressaltou garantiu salientou "
    "sublinhou observou comentou anunciou escreveu respondeu alertou advertiu informou "
    "disseram afirmaram diz afirma declara explica acrescenta segundo "
    "confirmou contou lembrou denunciou lamentou criticou prometeu revelou celebrou comemorou "
    "resumiu agradeceu exortou pediu recomendou apelou relata relatou conta "
    "recorda lembra relembra garante sublinha insiste adianta reiterou insistiu adiantou admitiu reconheceu concluiu".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("promete prometido assegurou avisou frisou vincou realçou referiu sustentou reforçou jurou confessou ressalvou rematou insistia prometia".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("segundo".split())
# Prepositions of an agent ("a survey by X", "un rapport par X"): X wrote the words.
AGENT_MARKERS = ("por", "pelo", "pela")
# A passive clause ("was shut by police"): its auxiliaries; with an agent marker its subject
# is the one acted on (compare/polarity.py: no swapped roles)
PASSIVE_AUXILIARIES = tuple("foi foram sido é são era eram".split())

# Whom words are said to ("X disse à agência: ..."): not the speaker.
ADDRESSEE_MARKERS = tuple("a à ao aos".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("que".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple(
    "disse afirmou declarou explicou acrescentou garantiu assegurou sublinhou salientou destacou "
    "ressaltou alertou advertiu confirmou admitiu reconheceu diz afirma garante".split()
)

# Honorifics and ranks before a name ("Colonnello Abadie").
TITLES = tuple("senhor senhora coronel capitão tenente comandante inspetor comissário sargento".split())

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple("presidente líder chefe homólogo".split()),
    "spokes": tuple("porta-voz secretário".split()),
    "minister": tuple("ministro".split()),
    "mayor": tuple("prefeito presidente-da-câmara".split()),
    "military": tuple("comandante".split()),
    "coach": tuple("técnico treinador selecionador".split()),
    "exec": tuple("diretor director executivo".split()),
    "governor": tuple("governador".split()),
    "ambassador": tuple("embaixador".split()),
    "judge": tuple("juiz juíza".split()),
    "prosecutor": tuple("procurador promotor".split()),
    "lawyer": tuple("advogado advogada".split()),
    "monarch": tuple("rei rainha".split()),
    "pope": tuple("papa".split()),
    "captain": tuple("capitão".split()),
    "senator": tuple("senador".split()),
    "councillor": tuple("vereador vereadora conselheiro conselheira".split()),
}
# A woman's form of a role word, by its ending and the ending of the form ROLES lists
# (read only when the word itself is not listed)
FEMININE_ENDINGS = (("ora", "or"), ("a", "o"), ("a", "e"))

# Coordinators: after one, a new clause with the same subject may follow ("… but added «…»")
COORDINATORS = ("e", "mas")

# Third-person pronouns a speaker may be named by ("he said")
THIRD_PERSON = ("ele", "ela")

# Determiners before a role or name ("the minister", "sa porte-parole")
DETERMINERS = ("o", "os", "um", "uma", "seu", "sua")

# Indefinite articles: "a spokesman" is someone new, never a person named before
INDEFINITE_ARTICLES = ("um", "uma")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("anos",)

# Words inside a role or a name ("minister of …", "X and Y")
NAME_CONNECTORS = ("de", "do", "da", "dos", "das", "e")

# Lower-case particles inside a person's name ("Charles de Gaulle")
NAME_PARTICLES = ("da", "das", "de", "do", "dos")

# Definite articles an entity name drops ("the Kremlin" is "Kremlin")
DEFINITE_ARTICLES = ("o", "a", "os", "as")

# The words that join the last item of a list
LIST_COORDINATORS = ("e", "ou")

# Words that open a scene-setting phrase before the subject ("Durante a audiência, X disse")
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = ("durante", "após", "depois", "antes", "em", "no", "na", "ao", "à", "pela", "pelo", "questionado", "questionada", "interrogado", "interrogada", "perguntado", "perguntada")

# Opposite words, pair by pair (see `newsweave.lang`; compare/direction.py)
DIRECTION_UP = tuple("elevou eleva elevar aumentou aumenta aumentar subiu sobe subir cresceu cresce".split())
DIRECTION_DOWN = tuple(
    "baixou baixa baixar reduziu reduz reduzir cortou corta caiu cai diminuiu desceu encolheu contraiu".split()
)
STANCE_DENY = tuple("negou nega negam negaram negar desmentiu desmente desmentir".split())
# What a denial denies as a statement, not a noun ("denied paying a ransom" reads as a
# negation; "denied the claims", "denied reports that ..." do not): the next word is a
# complement word or has a complement's ending, or (verb-last languages) a late marker
# comes within DENIAL_REACH words (compare.direction.denials)
DENIAL_COMPLEMENTS = tuple("que ter haver ser".split())
DENIAL_ENDINGS = ("ar", "er", "ir")
STANCE_CONFIRM = tuple(
    "confirmou confirma confirmam confirmaram confirmar admitiu reconheceu".split()
)
VERDICT_GUILTY = tuple("condenado condenada condenados culpado culpada".split())
VERDICT_CLEARED = tuple("absolvido absolvida absolvidos absolveu absolvição inocentado".split())
# compass: "este" is also "this"
COMPASS_NORTH = tuple("norte".split())
COMPASS_SOUTH = tuple("sul".split())
COMPASS_EAST = tuple("leste oriental".split())
COMPASS_WEST = tuple("oeste ocidental".split())
# a minister resigned, or was dismissed (compare.direction)
DEPARTURE_QUIT = tuple("renunciou renuncia renúncia".split())
DEPARTURE_OUSTED = tuple("demitido demitida exonerado exonerada destituído destituída".split())
DECISION_YES = tuple("aprovou aprova aprovado aprovada aprovaram aprovação".split())
DECISION_NO = tuple("rejeitou rejeita rejeitado rejeitada rejeitaram rejeição".split())
STATE_OPEN = tuple("abriu abre aberto aberta reabriu reabre reabertura".split())
STATE_CLOSED = tuple("fechou fecha fechado fechada fechamento encerramento".split())
PHASE_START = tuple("começou começa iniciou".split())
PHASE_END = tuple("terminou termina acabou encerrou".split())
# ... told done, where another sentence tells the start or end ahead (compare.acts.phase_told)
PHASE_DONE = tuple("começou iniciou terminou acabou encerrou".split())
# ... or called off: it never took place (compare.acts.phase_told)
CANCEL_WORDS = ("cancelado", "cancelada", "cancelou", "desconvocada", "desconvocado")

# An exception, not a negation: "no other choice than", "pas d'autre choix que", "keine
# andere Wahl als" (a negation, then one of EXCEPTIVE_OTHERS, then one of EXCEPTIVE_MARKERS);
# RESTRICTIVE_NEGATORS are negators that with a marker and no other negator mean "only"
# ("nous ne pouvons gagner qu'ensemble"). Words as the polarity tokenizer writes them.
EXCEPTIVE_OTHERS = ("outra", "outro", "outras", "outros", "mais")
EXCEPTIVE_MARKERS = ("que", "senao")
# "until" links (see the English cues): the clause reader's folded words
UNTIL_LINKS = ("ate",)
# "without": a negator after it echoes it, no negation of its own ("sans rien céder", "sin
# ceder en nada": without giving up anything)
WITHOUT = ("sem",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("que quem cujo cuja onde".split())
COPULAS = tuple("é são era eram foi foram será serão está estão estava estavam".split())  # "is not without": a double negation
RESTRICTIVE_NEGATORS = ()

# Words that make a statement a possibility ("the plant may close"): a sentence with one
# states no certainty, nor a certain one its possibility (summarize/verify.py)
HEDGES = tuple("poderia poderiam poderá poderão talvez possivelmente supostamente alegadamente".split())

# A deed told as done: an auxiliary right before a participle ("foi fechada"); against a plan
# ("plans to close") it is another claim (compare/claims.py `tense`)
DONE_AUXILIARIES = tuple("foi foram tinha tem".split())
PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# after a rank and its noun: the count of occurrences of one kind ("the second such accident")
RANK_SUCH = ("deste tipo", "desse tipo")

# An intention or an offer, not a deed ("offered to resign", "a proposé sa démission",
# "Rücktritt angeboten"): no witness for the deed done (compare.claims.intent_against_deed)
INTENT_CUES = (
    "ofereceu", "oferece", "ameaçou", "ameaça", "prometeu", "promete", "tentou", "tenta",
    "quer", "queria",
)  # fmt: skip

# A defendant's plea, and the court's verdict: a plea of not guilty is no acquittal
# (compare.acts.PAIRED)
PLEA_WORDS = ("declarou-se", "se declarou")
VERDICT_WORDS = ("considerado culpado", "considerada culpada", "absolvido", "absolvida", "condenado", "condenada", "veredicto")  # fmt: skip

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("detido", "detidos", "capturado", "capturados", "recapturado", "recapturados")
AT_LARGE_WORDS = ("a monte", "em fuga", "foragido", "foragidos", "nenhuma detenção", "sem detidos")
FREED_WORDS = ("libertado", "libertada", "libertados", "posto em liberdade", "libertado sem acusação", "solto")
HELD_WORDS = ("continua detido", "permanece detido", "sob custódia")
OPEN_WORDS = ("aberta", "aberto", "abertas", "abertos", "reabriu")
CLOSED_WORDS = ("fechada", "fechado", "fechadas", "fechados")
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('suspensa', 'suspenso', 'interrompida', 'paralisada', "suspensas", "suspensos", "interrompidas", "interrompido", "interrompidos", "paralisado", "paralisados", "paralisadas")
GOING_ON_WORDS = ('continua', 'prossegue', 'continuam', 'continuou a funcionar', 'continuaram a funcionar', 'funcionou normalmente', 'funcionaram normalmente', 'continua a funcionar')
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('aceitou', 'aceite', 'aceito', 'aprovou')
REJECTED_WORDS = ('rejeitou', 'rejeitado', 'recusou', 'recusado')

# People brought out, and people still held (compare.acts.PAIRED)
RESCUED_WORDS = ("resgatados", "resgatadas", "salvos", "libertados")
TRAPPED_WORDS = ("continuam presos", "seguem presos", "continuam desaparecidos")  # fmt: skip
# suspects let go against suspects charged (`compare.acts`)
RELEASED_WORDS = ("soltos", "soltas", "postos em liberdade", "libertados sem acusação")
CHARGED_WORDS = ("acusados formalmente", "indiciados", "constituídos arguidos")

# A fire contained, and one still burning (compare.acts.PAIRED)
CONTAINED_WORDS = ("controlado", "extinto", "debelado")
BURNING_WORDS = ("fora de controle", "continua a arder", "ainda ativo")  # fmt: skip

# Modal strength of a quotation's main clause (`compare.modality`): an obligation, a
# possibility, a future told as certain (by a word, or a verb's future ending after three
# letters at least); "we will call new strikes" is no "we could call new strikes"
MODAL_MUST = ("deve", "devem", "devemos", "devo", "tem de", "têm de", "tem que", "têm que")
MODAL_CAN = ("pode", "podem", "podemos", "posso", "poderia", "poderiam", "poderíamos", "poderá", "poderão", "poderemos")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("não descartamos", "não descarta", "não descartam", "não excluímos", "não exclui", "não afastamos")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("capaz de", "capazes de")
# a negation opening an infinitive negates it, not the verb before (compare.infinitives)
NEGATED_INFINITIVES = ("não *",)
MODAL_WILL: tuple[str, ...] = ()
MODAL_WILL_ENDINGS = ("rei", "rás", "rá", "remos", "rão")
# A near future: one of these, then an infinitive ("a nuvem vai chegar ao centro")
MODAL_GOING_TO = ("vou", "vais", "vai", "vamos", "vão")
INFINITIVE_ENDINGS = ("ar", "er", "ir", "or")

# Words of time between a speech verb and its subject or clause ("a prévenu samedi soir
# le colonel …", "said Monday that …").
SAY_TIME_WORDS = tuple("segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje".split())

# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("estádio aeroporto hospital rua avenida praça ponte museu escola universidade estação igreja colégio".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("para", "segundo")

# A comparison with "ever" written as a negator ("más cerca que nunca"): than, the
# negators that mean "ever" after it, the comparatives before it (compare/exceptives.py)
THAN = ("que",)
EVER_NEGATORS = ("nunca", "jamais")
COMPARATIVES = ("mais", "menos", "melhor", "pior", "maior", "menor")

# Capitalised words that are never a name (sentence openers: "Como subrayó, …": as she stressed)
NOT_NAMES = ("como", "contudo", "além", "depois", "hoje", "ontem")

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ("mais",)
LAPSE_BEFORE = ("já",)

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("em", "no", "na", "perto")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("ferido", "ferida", "feridos", "feridas", "hospitalizado", "hospitalizada", "levado ao hospital", "levada ao hospital")
UNHURT_WORDS = ("ileso", "ilesa", "ilesos", "sem feridos", "nenhum ferido", "não houve feridos", "sem causar feridos", "ninguém ficou ferido", "não há registo de feridos", "não há feridos")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("vice",)

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
RULE_OUT_WORDS = tuple("descartar descarta descartamos descartam descarto descartado descartada descartou excluir exclui excluímos excluem excluído excluída afastar afasta afastamos afastam afastado afastada".split())
RULE_OUT_PHRASES: tuple[str, ...] = ()
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ()

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("isso", "isto")

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("limita", "limitam", "limitado", "limitada", "limitar")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("ainda",)

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("nem todos", "nem todas", "nem todo", "nem toda", "não todos")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("teve alta", "recebeu alta", "deixou o hospital", "tiveram alta", "receberam alta", "alta hospitalar", "deixaram o hospital")
IN_HOSPITAL_WORDS = ("continua internado", "continua internada", "permanece internado", "permanece internada", "segue internado", "continuam internados", "continuam internadas", "permanecem internados", "permanecem internadas", "seguem internados", "continua hospitalizado", "continuam hospitalizados", "permanecem hospitalizados")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('estado crítico', 'corre risco de vida', 'correm risco de vida', 'entre a vida e a morte', "corre perigo de vida", "correm perigo de vida", "em perigo de vida", "em risco de vida")
STABLE_WORDS = ('estado estável', 'fora de perigo', 'sem risco de vida', 'não corre risco de vida', "sem perigo de vida", "fora de risco")
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("retomado", "retomada", "retomados", "retomadas", "retomar", "retomará", "retomarão", "reconectado", "reconectada", "voltou a funcionar")
NOT_RESUMED_WORDS = ("até nova ordem", "até novo aviso", "por tempo indeterminado", "resto do … cancelado", "resto da … cancelada")
PENDING_WORDS = ("quando", "até que", "assim que", "logo que", "uma vez que", "caso", "enquanto não")  # not "se": also the reflexive pronoun
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("mete água", "metia água", "meter água", "metendo água", "adornado", "adornada", "adornou")
WATERTIGHT_WORDS = ()

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("jornal", "diário", "semanário", "emissora")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("empresa", "companhia", "sociedade", "firma", "grupo", "armadora")

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("nem", "nem"),)
BUT_NOT = ("mas não", "mas nunca")

# dito (ainda) desconhecido ou por confirmar: não é testemunha do que se diz como facto
UNSURE = (
    "não está claro", "não é claro", "não se sabe", "desconhece-se", "desconhecem-se", "por confirmar",
    "não confirmado", "não confirmada", "não … confirmado", "não … confirmada", "desconhecido",
    "desconhecida", "incerto", "incerta", "por apurar", "por esclarecer",
)
