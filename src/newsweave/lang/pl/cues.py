"""Polish cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
NEGATIONS = tuple("nie nigdy nic nikt żaden żadna żadne ani".split())
# Negative concord: with one of these in a clause, only they count ("nie możemy zaakceptować żadnego ryzyka" is one negation)
NEGATION_HEADS = tuple("nie".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("nie".split())

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("jeśli jeżeli gdyby".split())

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (("nie", "tylko"),)

# A role's country follows it in the genitive, capitalised ("Premier Salmorii Ilse Marenko"):
# a capitalised word between a role and a two-word name is no given name.
GENITIVE_AFTER_ROLE = True
# Endings that make a number a person's age standing for that person ("powiedziała 61-latka")
AGE_EPITHETS = ("-latek", "-latka")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("lat",)
# Capitalised words that are never a name (sentence openers: "Jak podkreśliła, …": as she stressed)
NOT_NAMES = ("jak", "jednak", "ale", "także", "również", "według", "potem", "wcześniej", "później", "dziś", "wczoraj", "jutro")
# "until" opening a clause; Polish writes its negation ("dopóki nie wróci": until he returns)
UNTIL_LINKS = ("dopóki",)
# "without" (see the English cues)
WITHOUT = ("bez",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("który która które którzy którym której których którego gdzie".split())
COPULAS = tuple("jest są był była było byli były będzie będą".split())  # "is not without": a double negation

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "jest są był była było byli były będzie będą może mogą musi muszą został została "
    "zostało zostali".split()
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple("nie nigdy nikt nic żaden ani".split())
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("nie nigdy".split())

# What links a person to the body they serve ("Arvid Tollen z Instytutu ...")
SERVES_WORDS = ("z", "ze")

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "powtórzył powtórzyła westchnął westchnęła "  # repeating, sighing, telling
    "nazwał nazwała określił określiła "  # naming what it is: 'ha definito la situazione «…»'
    "powiedział powiedziała powiedzieli mówi mówił mówiła oświadczył oświadczyła stwierdził "
    "stwierdziła podkreślił podkreśliła dodał dodała zapewnił zapewniła napisał napisała "
    "ostrzegł ostrzegła według mówią zapewnia dodaje podkreśla opowiada opowiadał opowiadała "
    "relacjonował relacjonowała wyjaśnił wyjaśniła tłumaczył tłumaczyła przekonywał "
    "przekonywała ocenił oceniła przyznał przyznała zaznaczył zaznaczyła zapowiedział "
    "zapowiedziała poinformował poinformowała wspomina wspominał wspominała przekazał przekazała "
    "przekazali ocenia zaznacza twierdzi twierdził twierdziła podkreślali zapewniali".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("obiecał obiecała obiecuje ostrzega przypomniał przypomniała zaapelował zaapelowała apelował apelowała zadeklarował zadeklarowała oznajmił oznajmiła odpowiedział odpowiedziała zauważył zauważyła nalegał nalegała przekonuje wyznał wyznała skomentował skomentowała zapowiada przyznaje".split())

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("według".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("że iż".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple("powiedział powiedziała oświadczył oświadczyła stwierdził zapewnił".split())

# Words between a speech verb and its subject: times ("mówiła w nocy starosta …"), and
# whom it was said to ("opowiadała nam 34-letnia Marta Lis", "powiedział dziennikarzom X")
SAY_TIME_WORDS = tuple(
    "w we wczoraj dziś dzisiaj rano wieczorem nocy poniedziałek wtorek środę czwartek piątek "
    "sobotę niedzielę nam dziennikarzom mediom".split()
)

# Honorifics before a name ("Mr", "Mme").
TITLES = tuple("pan pani mec prok dr prof inż mgr red ks płk kom insp podinsp nadkom mjr kpt dyr".split())

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple("prezydent prezydenta premier szef przywódca naczelnik".split()),
    "spokes": tuple("rzecznik rzeczniczka".split()),
    "minister": tuple("minister".split()),
    "mayor": tuple("burmistrz burmistrzyni wójt starosta".split()),
    "military": tuple("generał dowódca komendant".split()),
    "coach": tuple("trener".split()),
    "exec": tuple("dyrektor prezes".split()),
    "ambassador": tuple("ambasador".split()),
    "judge": tuple("sędzia".split()),
    "prosecutor": tuple("prokurator".split()),
    "monarch": tuple("król królowa".split()),
    "pope": tuple("papież".split()),
    "lawyer": tuple("adwokat adwokatka prawnik prawniczka mecenas".split()),
}

# Coordinators: after one, a new clause with the same subject may follow ("… but added «…»")
COORDINATORS = ("i",)

# The words that join the last item of a list
LIST_COORDINATORS = ("i",)

# Verbs that say a figure went up or down ("raised its rate" / "bajó su tipo"): two outlets
# stating one fact with opposite ones disagree (compare/direction.py)
DIRECTION_UP = tuple("podniósł podniosła podniosło podnieśli podwyższył podwyższyła zwiększył zwiększyła wzrósł wzrosła wzrosły".split())
DIRECTION_DOWN = tuple(
    "obniżył obniżyła obniżyło obniżyli zmniejszył zmniejszyła spadł spadła spadły".split()
)

# Modal strength of a quotation's verb (compare/modality.py): an obligation, a possibility,
# a certainty about what comes ("będą występować": will occur)
MODAL_MUST = ("musi", "muszą", "musimy", "muszę")
MODAL_CAN = ("może", "mogą", "możemy", "mogę", "mógłby", "mogłaby", "mogłoby", "mogliby", "mogłyby")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("nie wykluczamy", "nie wyklucza", "nie wykluczam", "nie wykluczają")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("mógł", "mogła", "mogło", "mogli", "mogły")
MODAL_WILL = ("będzie", "będą", "będziemy", "będę")

# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("stadion lotnisko szpital ulica ul plac most muzeum szkoła uniwersytet dworzec kościół".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("dla", "według")

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("zatrzymany", "zatrzymano", "zatrzymana", "aresztowany", "schwytany", "ujęty")
AT_LARGE_WORDS = ("ukrywa się", "wciąż poszukiwany", "nadal poszukiwany", "pozostaje na wolności", "nie udało się … zatrzymać", "nikogo nie zatrzymano")
FREED_WORDS = ("uwolniony", "uwolniona", "uwolnieni", "zwolniony", "wypuszczony na wolność")
HELD_WORDS = ("w areszcie", "zatrzymany w areszcie")
OPEN_WORDS = ("otwarta", "otwarty", "otwarte")
CLOSED_WORDS = ("zamknięta", "zamknięty", "zamknięte")
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('wstrzymana', 'wstrzymano', 'przerwana', 'zawieszona', "wstrzymane", "wstrzymany", "przerwane", "przerwany", "zawieszone", "zawieszony")
GOING_ON_WORDS = ('trwa', 'trwają', 'kontynuowana', 'działało normalnie', 'działały normalnie', 'działał normalnie', 'funkcjonowało normalnie')
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('przyjął', 'przyjęła', 'zaakceptował', 'zaakceptowała')
REJECTED_WORDS = ('odrzucił', 'odrzuciła', 'odrzucili', 'odmówił')

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ("już",)
LAPSE_BEFORE = ("już",)

# Words that make a capitalised phrase an organisation or a place, not a person (as
# inflected: "prezes Banku Nadwiślańskiego", "Żegluga Niegocińska")
ORG_WORDS = tuple(
    "bank banku banki bankiem spółka spółki spółkę firma firmy firmę urząd urzędu ministerstwo "
    "ministerstwa komenda komendy policja policji prokuratura prokuratury sąd sądu fundacja "
    "fundacji instytut instytutu uniwersytet uniwersytetu związek związku partia partii rada rady "
    "komisja komisji agencja agencji grupa grupy szpital szpitala straż straży zarząd zarządu "
    "żegluga żeglugi kancelaria kancelarii izba izby gmina gminy powiat powiatu województwo "
    "województwa miasto miasta fabryka fabryki zakład zakładu koncern koncernu port portu "
    "lotnisko lotniska stowarzyszenie stowarzyszenia centrum".split()
)

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("w", "we", "pod", "koło")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("ranny", "ranna", "ranni", "rannych", "trafił do szpitala", "trafiła do szpitala")
UNHURT_WORDS = ("bez obrażeń", "nie odniósł obrażeń", "nie odniosła obrażeń", "nikt nie został ranny", "cały i zdrowy")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("wice",)

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
RULE_OUT_WORDS = tuple("wykluczyć wykluczamy wyklucza wykluczają wykluczam wykluczył wykluczyła wykluczyli wykluczono wykluczone wykluczony wykluczona".split())
RULE_OUT_PHRASES: tuple[str, ...] = ()
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ()

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("to",)

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("ogranicza", "ograniczają", "ograniczył", "ograniczyła")

# The one told follows a speech verb in the dative, with no preposition ("powiedział PAP":
# said to PAP), so a news agency after the verb is told, not speaking
BARE_DATIVE = True

# Words that open a scene-setting phrase (a time or place) before a sentence's subject or
# between a speech verb and its subject ("… – mówiła podczas konferencji w Dublinie wicekomisarz X")
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = ("podczas", "po", "przed", "w", "we", "na", "pytany", "pytana", "zapytany", "zapytana")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("wciąż", "nadal", "jeszcze", "ciągle")

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("nie wszyscy", "nie wszystkie", "nie każdy", "nie każda")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("wypisany ze szpitala", "wypisana ze szpitala", "opuścił szpital", "opuściła szpital", "wypisani ze szpitala", "wypisane ze szpitala", "opuścili szpital", "opuściły szpital")
IN_HOSPITAL_WORDS = ("nadal w szpitalu", "pozostaje w szpitalu", "wciąż w szpitalu", "przebywa w szpitalu", "pozostają w szpitalu", "pozostali w szpitalu", "pozostał w szpitalu", "pozostała w szpitalu")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('stanie krytycznym', 'stan krytyczny', 'walczy o życie', 'zagraża niebezpieczeństwo', 'życiu zagraża')
STABLE_WORDS = ('stan jest stabilny', 'stanie stabilnym', 'stabilnym stanie', 'poza zagrożeniem', 'nie zagraża niebezpieczeństwo', 'nie zagraża')
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("wznowiono", "wznowiony", "wznowiona", "wznowione", "ponownie uruchomiony", "ponownie podłączony")
NOT_RESUMED_WORDS = ("do odwołania", "na czas nieokreślony", "bezterminowo")
PENDING_WORDS = ("gdy", "kiedy", "dopóki", "jeśli", "jeżeli", "jak tylko", "aż")
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("nabiera wody", "nabierał wody", "nabierała wody", "przechył", "przechylony", "przechylił się", "przechyliła się")
WATERTIGHT_WORDS = ()

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("dziennik", "gazeta", "tygodnik", "stacja")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("firma", "spółka", "przedsiębiorstwo", "grupa", "koncern")

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("ani", "ani"),)
BUT_NOT = ("ale nie", "lecz nie")

# podane jako (jeszcze) nieznane lub niepotwierdzone: nie świadczy o tym, co podano jako fakt
UNSURE = (
    "nie wiadomo", "niejasne", "niejasna", "niejasny", "nie jest jasne", "nie jest … jasne",
    "niepotwierdzone", "niepotwierdzona", "niepotwierdzony", "nie potwierdzono", "nie … potwierdził",
    "nie … potwierdziła", "nieznana", "nieznany", "nieznane",
)
