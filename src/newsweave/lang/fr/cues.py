"""French cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
NEGATIONS = tuple("ne pas jamais rien aucun aucune nullement guere non".split())

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("si".split())
# Words that make a statement a possibility ("the plant may close"): a sentence with one
# states no certainty, nor a certain one its possibility (summarize/verify.py)
HEDGES = tuple("pourrait pourraient peut-être éventuellement possiblement prétendument".split())

# Heads of negative concord ("ne ... jamais" is one negation, not two).
NEGATION_HEADS = tuple("ne".split())

# Word pairs that look negative but are not ("not only").
# ... and "pas" after a determiner or an adjective, the noun ("un premier pas", "le pas")
NOT_NEGATING = (
    ("non", "seulement"), ("pas", "seulement"),
    ("un", "pas"), ("le", "pas"), ("ce", "pas"), ("premier", "pas"), ("dernier", "pas"),
    ("petit", "pas"), ("grand", "pas"), ("nouveau", "pas"), ("faux", "pas"), ("au", "pas"),
)  # fmt: skip

# A verb and the word after it that negate what follows ("a refusé de reconnaître" is "n'a
# pas reconnu").
NEGATING_PAIRS = (
    ("refusé", "de"), ("refuse", "de"), ("refusent", "de"), ("refusait", "de"),
    ("renoncé", "à"), ("échoué", "à"),
)  # fmt: skip

# Negation inside the word, swapped in quotes with "not able" / "not possible".
NEGATIVE_ADJECTIVES = tuple("incapable incapables impossible".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("in im il ir non".split())

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "peut peux peuvent pouvons pouvez pourra pourrait pourront pourrons est sont suis sommes "
    "êtes était étaient a ont avons avez avait va vont allons doit doivent devons faut sera "
    "seront serons sait savons".split()
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple("ne n pas jamais aucun aucune ni".split())
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("ne n pas jamais".split())

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "répété répète soupire soupiré "  # repeating, sighing, telling
    "qualifié qualifiée qualifie "  # naming what it is: 'ha definito la situazione «…»'
    "déclaré déclare dit dire affirmé affirme ajouté ajoute souligné souligne expliqué "
    "explique assuré assure estimé estime indiqué indique précisé précise insisté insiste "
    "annoncé annonce martelé martèle lancé lance confié confie rappelé rappelle averti "
    "avertit prévenu prévient répondu répond tweeté écrit écrivait réagi poursuit poursuivi "
    "reconnu reconnaît renchéri glissé lâché commenté complété nuancé affirmait déclarait "
    "disait expliquait indiquait estimait selon d'après "
    "confirmé raconté regretté témoigné répété plaidé ironisé déploré salué dénoncé exhorté exhorte conseillé recommandé imploré raconte racontait "
    "conseille recommande témoigne regrette déplore dénonce salue résume tranche note observe souffle".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("promis promet promettait admet avoué concédé juré alerté insistait ajoutait soulignait assurait prévenait rappelait".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("selon d'après".split())
# Prepositions of an agent ("a survey by X", "un rapport par X"): X wrote the words.
AGENT_MARKERS = ("par",)
# A passive clause ("was shut by police"): its auxiliaries; with an agent marker its subject
# is the one acted on (compare/polarity.py: no swapped roles)
PASSIVE_AUXILIARIES = tuple("été est sont était étaient".split())

# Whom words are said to ("X a déclaré à l'AFP : ..."): not the speaker.
ADDRESSEE_MARKERS = tuple("à au aux".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("que qu'".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple(
    "déclaré affirmé ajouté souligné expliqué assuré estimé indiqué précisé annoncé rappelé "
    "averti reconnu dit".split()
)

# Honorifics before a name ("Mr", "Mme").
# ("Me", maître: a lawyer; ranks: "Colonel Abadie")
TITLES = tuple(
    "m mme monsieur madame me maître maitre "
    "colonel capitaine lieutenant commandant commissaire adjudant".split()
)

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple(
        "présidente chef cheffe dirigeant dirigeante maître patron patronne homologue".split()
    ),
    "spokes": tuple("parole secrétaire".split()),
    "minister": tuple("ministre".split()),
    "chancellor": tuple("chancelier chancelière".split()),
    "mayor": tuple("maire".split()),
    "military": tuple("général commandant".split()),
    "coach": tuple("entraîneur sélectionneur".split()),
    "exec": tuple("directrice directeur présidente-directrice pdg".split()),
    "governor": tuple("gouverneur gouverneure".split()),
    "prefect": tuple("préfet préfète".split()),
    "ambassador": tuple("ambassadeur ambassadrice".split()),
    "judge": tuple("juge".split()),
    "prosecutor": tuple("procureur procureure".split()),
    "lawyer": tuple("avocat avocate".split()),
    "monarch": tuple("roi reine".split()),
    "pope": tuple("pape".split()),
    "captain": tuple("capitaine".split()),
    "senator": tuple("sénateur sénatrice".split()),
    "councillor": tuple("conseiller conseillère adjoint adjointe".split()),
}
# A woman's form of a role word, by its ending and the ending of the form ROLES lists
# (read only when the word itself is not listed)
FEMININE_ENDINGS = (("euse", "eur"), ("rice", "eur"), ("ière", "ier"), ("enne", "en"), ("e", ""))

# Coordinators: after one, a new clause with the same subject may follow ("… but added «…»")
COORDINATORS = ("et", "mais")
# Words that, after a comma, open a clause that can state a fact of its own
# (long sentences are cut there: `align.candidates.split_clauses`)
CLAUSE_OPENERS = ("et", "mais", "alors que")
# ... except these, the second half of a correlative ("not only X, but also Y"): one claim
CLAUSE_CORRELATIVES = ("mais aussi", "mais également")

# Words between a speaker and the speech verb that keep the link ("X has also said")
# ("X s'est dit « prêt à … »": the reflexive of a speech verb)
SPEAKER_LINKS = ("a", "ont", "avait", "lui", "leur", "s'est", "s'était", "se")

# Third-person pronouns a speaker may be named by ("he said")
THIRD_PERSON = ("il", "elle", "lui", "eux")

# Relative pronouns ("X, who said …")
RELATIVE_PRONOUNS = ("qui",)

# Determiners before a role or name ("the minister", "sa porte-parole")
# Another language's article that is a preposition here ("declaró a última hora")
NOT_DETERMINERS = ("a",)
DETERMINERS = ("le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur")

# Indefinite articles: "a spokesman" is someone new, never a person named before
INDEFINITE_ARTICLES = ("un", "une")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("ans",)

# Words inside a role or a name ("minister of …", "X and Y")
NAME_CONNECTORS = ("du", "de", "des", "d'", "et")

# What links a role to the person it serves ("a spokesman for …")
SERVES_WORDS = ("pour",)

# Other function words that are never part of a name
FUNCTION_WORDS = (
    "à", "au", "aux", "en", "par", "pour", "avec", "sur", "dans", "mais", "ou", "nous", "vous",
    "ils", "elles", "on",
)

# Words that make a capitalised phrase an organisation or a place, not a person
ORG_WORDS = (
    "agence", "ministère", "banque", "ligue", "parti", "conseil", "comité", "presse",
    "université", "institut", "gouvernement", "fondation", "fédération", "tribunal", "cour",
)

# Capitalised words that are never a name (sentence openers, days, months)
NOT_NAMES = (
    "aujourd'hui", "hier", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
    "dimanche",
)

# Lower-case particles inside a person's name ("Charles de Gaulle")
NAME_PARTICLES = ("de", "du", "la", "le")

# A short stop list for the fact lexicon's word overlap (`align.lexicon`): spaCy's
# longer lists drop words that tell facts apart (seeds fact support 0.778 -> 0.771)
FACT_STOP_WORDS = (
    "le", "la", "les", "un", "une", "des", "du", "de", "et", "ou", "mais", "est", "sont",
    "été", "être", "avoir", "a", "ont", "au", "aux", "ce", "cette", "ces", "qui", "que",
    "quoi", "dont", "où", "pour", "par", "sur", "dans", "avec", "sans", "sous", "son", "sa",
    "ses", "leur", "leurs", "il", "elle", "ils", "elles", "nous", "vous", "on", "ne", "pas",
    "plus", "se", "en", "y", "selon", "aussi", "comme", "entre", "lors",
)

# Definite articles an entity name drops ("the Kremlin" is "Kremlin")
DEFINITE_ARTICLES = ("le", "la", "les", "l'", "l’")

# The words that join the last item of a list
LIST_COORDINATORS = ("et", "ou")

# Mots qui ouvrent un complément de scène avant le sujet ("Lors d'une audience, X a dit")
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = ("lors", "pendant", "durant", "après", "avant", "dans", "depuis", "à", "au", "en", "du", "côté", "sur", "interrogé", "interrogée", "questionné", "questionnée", "interpellé", "interpellée")

# Opposite words, pair by pair (see `newsweave.lang`; compare/direction.py)
DIRECTION_UP = tuple("relevé relève relever augmenté augmente augmenter hausse haussé monté grimpé progressé accru crû".split())
DIRECTION_DOWN = tuple(
    "baissé baisse baisser abaissé abaisse réduit réduire diminué diminue chuté reculé recule contractée contracté".split()
)
STANCE_DENY = tuple("nie nient nié niée nier démenti démentie dément démentent démentir".split())
# What a denial denies as a statement, not a noun ("denied paying a ransom" reads as a
# negation; "denied the claims", "denied reports that ..." do not): the next word is a
# complement word or has a complement's ending, or (verb-last languages) a late marker
# comes within DENIAL_REACH words (compare.direction.denials)
DENIAL_COMPLEMENTS = tuple("que qu avoir être".split())
DENIAL_ENDINGS = ("er", "ir", "re")
STANCE_CONFIRM = tuple(
    "confirmé confirmée confirme confirment confirmer reconnu reconnaît admis".split()
)
VERDICT_GUILTY = tuple("condamné condamnée condamnés coupable coupables".split())
VERDICT_CLEARED = tuple("acquitté acquittée acquittés acquittement relaxé relaxée innocenté".split())
# compass: "est" is also "is": east only as "orient"
COMPASS_NORTH = tuple("nord".split())
COMPASS_SOUTH = tuple("sud".split())
COMPASS_EAST = tuple("orient oriental orientale".split())
COMPASS_WEST = tuple("ouest".split())
# a minister resigned, or was dismissed (compare.direction)
DEPARTURE_QUIT = tuple("démissionné démissionne démissionnent démission".split())
DEPARTURE_OUSTED = tuple("limogé limogée limogeage limoge révoqué révoquée congédié congédiée destitué destituée destitution".split())
DECISION_YES = tuple("approuvé approuvée approuve approuvent approuver adopté adoptée adopte adoptent adopter adoption approbation".split())
DECISION_NO = tuple("rejeté rejetée rejette rejettent rejeter rejet".split())
STATE_OPEN = tuple("ouvert ouverte ouvre ouvrent rouvert rouverte rouvre réouverture".split())
STATE_CLOSED = tuple("fermé fermée ferme ferment fermer fermeture".split())
PHASE_START = tuple("commencé commence commencent débuté débute".split())
PHASE_END = tuple("terminé terminée termine terminent achevé achevée".split())
# ... told done, where another sentence tells the start or end ahead (compare.acts.phase_told)
PHASE_DONE = tuple("commencé débuté terminé terminée achevé achevée".split())
# ... or called off: it never took place (compare.acts.phase_told)
CANCEL_WORDS = ("annulé", "annulée", "annule", "annulent", "annulés", "annulées")

# An exception, not a negation: "no other choice than", "pas d'autre choix que", "keine
# andere Wahl als" (a negation, then one of EXCEPTIVE_OTHERS, then one of EXCEPTIVE_MARKERS);
# RESTRICTIVE_NEGATORS are negators that with a marker and no other negator mean "only"
# ("nous ne pouvons gagner qu'ensemble"). Words as the polarity tokenizer writes them.
EXCEPTIVE_OTHERS = ("autre", "autres")
EXCEPTIVE_MARKERS = ("que",)
# "until" links (see the English cues): the clause reader's folded words
UNTIL_LINKS = ("jusque",)
# "without": a negator after it echoes it, no negation of its own ("sans rien céder", "sin
# ceder en nada": without giving up anything)
WITHOUT = ("sans",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("qui que dont où lequel laquelle".split())
COPULAS = tuple("est sont était étaient sera seront serait seraient être été".split())  # "is not without": a double negation
RESTRICTIVE_NEGATORS = ("ne",)
# ... but not a "que" that ends a conjunction ("tant que", "parce que", "alors que")
EXCEPTIVE_NOT_AFTER = (
    "tant", "alors", "parce", "bien", "pour", "avant", "après", "dès", "sans", "afin", "pendant",
    "tandis", "ainsi", "depuis", "jusqu", "lors", "puis", "si", "de", "dire", "dit", "croire",
)  # fmt: skip

# A deed told as done: an auxiliary right before a participle ("a fermé", "sont morts"); against a plan
# ("plans to close") it is another claim (compare/claims.py `tense`)
DONE_AUXILIARIES = tuple("a ont avait avaient est sont".split())
PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées")
# after a rank and its noun: the count of occurrences of one kind ("the second such accident")
RANK_SUCH = ("de ce type", "de ce genre")

# An intention or an offer, not a deed ("offered to resign", "a proposé sa démission",
# "Rücktritt angeboten"): no witness for the deed done (compare.claims.intent_against_deed)
INTENT_CUES = (
    "a proposé", "propose", "a offert", "offre", "a menacé de", "menace de", "a promis de",
    "promet de", "a tenté de", "tente de", "veut", "voulait", "souhaite", "envisage de",
)  # fmt: skip

# A defendant's plea, and the court's verdict: a plea of not guilty is no acquittal
# (compare.acts.PAIRED)
PLEA_WORDS = tuple("plaidé plaide plaident plaidera".split())
VERDICT_WORDS = ("reconnu coupable", "reconnue coupable", "déclaré coupable", "déclarée coupable", "acquitté", "acquittée", "relaxé", "relaxée", "verdict")  # fmt: skip

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("arrêté", "arrêtés", "interpellé", "interpellés", "rattrapé", "rattrapés", "capturé", "capturés")
AT_LARGE_WORDS = ("en fuite", "toujours recherché", "toujours recherchés", "en cavale", "court toujours", "aucune interpellation", "aucune arrestation")
FREED_WORDS = ("libéré", "libérée", "libérés", "relâché", "relâchés", "remis en liberté", "libéré sans poursuites")
HELD_WORDS = ("entre les mains", "aux mains", "toujours retenu", "toujours retenue", "en garde à vue", "placé en garde à vue", "détenu", "resté détenu", "maintenu en détention")
OPEN_WORDS = ("ouverte", "ouvert", "ouvertes", "ouverts", "rouverte", "rouvert")
CLOSED_WORDS = ("fermée", "fermé", "fermées", "fermés")
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('suspendue', 'suspendu', 'interrompue', 'interrompu', 'stoppée', 'stoppé', "suspendues", "suspendus", "interrompues", "interrompus")
GOING_ON_WORDS = ('se poursuit', 'se poursuivent', 'continue normalement', 'continue', 'fonctionne normalement', 'a fonctionné normalement', 'ont fonctionné normalement', 'a continué de fonctionner', 'ont continué de fonctionner')
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('accepté', 'acceptée', 'accepte', 'approuvé')
REJECTED_WORDS = ('rejeté', 'rejetée', 'rejette', 'refusé', 'refusée', 'refuse')

# People brought out, and people still held (compare.acts.PAIRED)
RESCUED_WORDS = ("secourus", "secourues", "sauvés", "sauvées", "remontés à la surface", "libérés")
TRAPPED_WORDS = ("toujours bloqués", "toujours coincés", "toujours piégés", "toujours disparus", "restent bloqués", "restent coincés")  # fmt: skip
# suspects let go against suspects charged (`compare.acts`)
RELEASED_WORDS = ("relâchés", "relâché", "relâchées", "remis en liberté", "remise en liberté", "libérés sans poursuites")
CHARGED_WORDS = ("inculpés", "inculpé", "inculpées", "mis en examen", "poursuivis")

# A fire contained, and one still burning (compare.acts.PAIRED)
CONTAINED_WORDS = ("maîtrisé", "maîtrisée", "éteint", "éteinte", "circonscrit", "fixé")
BURNING_WORDS = ("hors de contrôle", "fait toujours rage", "toujours en cours", "toujours actif", "continue de brûler")  # fmt: skip

# Modal strength of a quotation's main clause (`compare.modality`): an obligation, a
# possibility, a future told as certain (by a word, or a verb's future ending after three
# letters at least); "we will call new strikes" is no "we could call new strikes"
MODAL_MUST = ("doit", "doivent", "dois", "devons", "devez", "faut", "faudra")
MODAL_CAN = ("peut", "peuvent", "peux", "pouvons", "pouvez", "pourrait", "pourraient", "pourrais", "pourrions", "pourriez", "pourra", "pourront", "pourrons")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("n excluons", "n exclut", "n excluent", "n exclus", "pas exclure")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("en mesure", "capable de", "capables de")
# a negation opening an infinitive negates it, not the verb before (compare.infinitives)
NEGATED_INFINITIVES = ("de ne pas", "de ne jamais", "à ne pas", "ne pas *")
MODAL_WILL: tuple[str, ...] = ()
MODAL_WILL_ENDINGS = ("erai", "eras", "era", "erons", "erez", "eront", "irai", "iras", "ira", "irons", "irez", "iront", "drai", "dras", "dra", "drons", "drez", "dront")
# A near future: one of these, then an infinitive ("le nuage va atteindre le centre")
MODAL_GOING_TO = ("vais", "vas", "va", "allons", "allez", "vont")
INFINITIVE_ENDINGS = ("er", "ir", "re", "oir")

# Words of time between a speech verb and its subject or clause ("a prévenu samedi soir
# le colonel …", "said Monday that …").
SAY_TIME_WORDS = tuple("lundi mardi mercredi jeudi vendredi samedi dimanche soir matin hier midi".split())

# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("stade aéroport hôpital rue avenue boulevard place pont musée école université gare église lycée collège".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("pour", "selon")

# A comparison with "ever" written as a negator ("más cerca que nunca"): than, the
# negators that mean "ever" after it, the comparatives before it (compare/exceptives.py)
THAN = ("que", "qu")
EVER_NEGATORS = ("jamais",)
COMPARATIVES = ("plus", "moins", "mieux", "pire", "meilleur", "meilleure")

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ("plus",)

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("à", "près")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("blessé", "blessée", "blessés", "blessées", "hospitalisé", "hospitalisée", "transporté à l'hôpital", "transportée à l'hôpital")
UNHURT_WORDS = ("indemne", "indemnes", "sain et sauf", "saine et sauve", "aucun blessé", "sans blessure", "pas de blessé", "pas de blessés", "personne n'a été blessé", "personne n'a été blessée")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("vice",)

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
RULE_OUT_WORDS = tuple("exclure exclut excluons excluez excluent exclus exclue exclues exclu excluait écarter écarte écartons écartent écarté écartée".split())
RULE_OUT_PHRASES: tuple[str, ...] = ()
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ()

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("cela", "ceci", "ça")

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("limite", "limitent", "limité", "limitée", "limiter")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("encore", "toujours")

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("pas tous", "pas toutes", "pas chaque", "pas tout le monde")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("a quitté l'hôpital", "est sorti de l'hôpital", "a pu regagner son domicile", "ont quitté l'hôpital", "quitter l'hôpital", "sont sortis de l'hôpital", "est sortie de l'hôpital", "sont sorties de l'hôpital", "ont pu regagner leur domicile", "ont regagné leur domicile")
IN_HOSPITAL_WORDS = ("toujours hospitalisé", "toujours hospitalisée", "reste hospitalisé", "reste hospitalisée", "est toujours à l'hôpital", "toujours hospitalisés", "toujours hospitalisées", "restent hospitalisés", "restent hospitalisées", "sont toujours à l'hôpital")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('pronostic vital engagé', 'pronostic vital est engagé', 'pronostic vital était engagé', 'état critique', 'entre la vie et la mort', 'en danger de mort')
STABLE_WORDS = ('état stable', 'hors de danger', "pronostic vital n'est pas engagé", "pronostic vital n'est plus engagé", 'ne sont pas en danger', "n'est pas en danger", 'ne sont plus en danger', "n'est plus en danger")
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("a repris", "ont repris", "reprendre", "reprendra", "reprendront", "redémarré", "redémarrée", "reconnecté", "reconnectée", "remis en service", "remise en service")
NOT_RESUMED_WORDS = ("jusqu'à nouvel ordre", "jusqu'à nouvel avis", "pour une durée indéterminée", "reste du … annulé", "reste du … annulée", "suite du … annulée", "définitivement interrompu", "définitivement interrompue")
PENDING_WORDS = ("dès que", "lorsque", "quand", "jusqu'à ce que", "une fois que", "si", "tant que", "en attendant")
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("prend … l'eau", "prenait … l'eau", "voie d'eau", "donne de la gîte")
WATERTIGHT_WORDS = ()

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("quotidien", "journal", "hebdomadaire", "magazine")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("société", "entreprise", "compagnie", "firme", "groupe")

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("ni", "ni"),)
BUT_NOT = ("mais pas", "mais non")

# dit (encore) inconnu ou non confirmé : pas témoin de la chose dite comme un fait
UNSURE = (
    "pas clair", "pas … clair", "on ignore", "ignore encore", "ne sait pas", "reste à déterminer",
    "reste à établir", "incertain", "incertaine", "non confirmé", "non confirmée", "pas confirmé",
    "pas confirmée", "pas … confirmé", "pas … confirmée", "inconnu", "inconnue", "inconnus", "inconnues",
    "sans confirmation",
)
