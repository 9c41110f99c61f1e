"""English cues: negation and modality, reporting verbs, titles (see newsweave.lang)."""

# Negation words (a clause with one is negative).
# ("hardly anywhere" says "almost nowhere", as French "guère" does)
NEGATIONS = tuple("not no never nothing nobody none neither nor nowhere hardly scarcely".split())

# Conjunctions opening a hypothetical clause ("if X is not found guilty"): it asserts nothing.
CONDITIONALS = tuple("if unless".split())
# Words that make a statement a possibility ("the plant may close") or an allegation
# ("allegedly took bribes"; not "reportedly", nor French "aurait" or German "soll", which
# attribute as "said" does), and the conditionals that make the first clause one ("will
# cut 2,000 jobs if talks fail"; French "si" and Italian "se" are left out: "so",
# "whether", a pronoun as often): a sentence with one states no certainty, nor a certain
# one its possibility (summarize/verify.py)
HEDGES = tuple("may might possibly perhaps maybe if unless allegedly purportedly supposedly".split())  # not "could": reported "can"

# Word pairs that look negative but are not ("not only").
NOT_NEGATING = (
    ("not", "only"),
    ("not", "just"),
    ("not", "merely"),
    ("not", "least"),
    ("no", "matter"),
    ("no", "doubt"),
)

# A verb and the word after it that negate what follows ("failed to win" is "did not win").
NEGATING_PAIRS = (
    ("failed", "to"), ("fails", "to"), ("fail", "to"),
    ("refused", "to"), ("refuses", "to"), ("refuse", "to"),
    ("declined", "to"), ("declines", "to"),
)  # fmt: skip

# Negation inside the word, swapped in quotes with "not able" / "not possible" (and "has
# no price", "n'a pas de prix", "não tem preço" for "priceless").
NEGATIVE_ADJECTIVES = tuple("unable impossible incapable priceless pointless meaningless".split())

# Prefixes that negate the word they join ("lawful" / "unlawful", "volontaire" / "involontaire").
NEGATING_PREFIXES = tuple("un in im il ir non".split())

# Modal and auxiliary verbs: the verb that anchors a clause's subject and polarity.
AUXILIARIES = tuple(
    "can could will would shall should may might must is are was were am be been being has have had "
    "do does did remains remain remained stays stay stayed".split()  # "the door remains open": a predicate
)

# Negators as the divergence tokenizer sees them (lower case, accents kept, clitics).
NEGATION_TOKENS = tuple("not no never neither nor none nobody nothing n't".split())
# ... those that only negate the verb (no pronoun: "nothing will remain" keeps its word)
NEGATION_PARTICLES = tuple("not never".split())

# Words that mark reported speech: speech verbs and "according to" markers.
REPORTING_VERBS = tuple(
    "repeated sighed sighs "  # repeating, sighing, telling
    "reported reports said says say saying told tells telling added adds adding stated states "
    "declared declares announced announces insisted insists insisting stressed stresses "
    "stressing warned warns noted notes claimed claims argued argues explained explains "
    "explaining assured assures confirmed confirms denied denies replied replies responded responds answered "
    "asked asks wrote writes emphasised emphasized emphasising emphasizing underlined "
    "continued recalled acknowledged admitted observed remarked commented tweeted vowed "
    "promised pledged urged calling called describing described hailed praised echoed "
    "concluded affirmed reiterated spoke speaking announcing declaring adding saying "
    "vowing pledging promising predicted predicting forecast forecasting "
    "testified cautioned conceded countered quipped joked lamented complained boasted "
    "recounted recounts recalls asserted contended mused shouted yelled whispered texted emailed "
    "according".split()
)

# promising, warning, admitting, insisting, recalling: speech verbs as common as "said"
REPORTING_VERBS += tuple("admits acknowledges concedes reassured cautions".split())

# What a speech verb may take as its object without reporting speech ("claimed
# responsibility for the attack", "claimed victory"): no words of the subject follow.
NOT_SPOKEN_OBJECTS = ("responsibility", "credit", "victory", "lives", "title", "asylum")

# Markers whose speaker follows them ("according to X").
SOURCE_MARKERS = tuple("according".split())
# Prepositions of an agent ("a survey by X", "un rapport par X"): X wrote the words.
AGENT_MARKERS = ("by",)
# A passive clause ("was shut by police"): its auxiliaries; with an agent marker its subject
# is the one acted on (compare/polarity.py: no swapped roles)
PASSIVE_AUXILIARIES = tuple("was were been being is are be".split())

# Whom words are said to ("X told Reuters: ...", "X said to reporters"): the name after
# these is the one addressed, not the speaker.
ADDRESS_VERBS = tuple("told tells telling".split())
ADDRESSEE_MARKERS = tuple("to".split())

# Conjunctions opening reported speech after a speech verb ("said that ...").
COMPLEMENTIZERS = tuple("that".split())

# Speech verbs that introduce reported speech ("X said (that) ...").
SAY_VERBS = tuple(
    "said says told tells stated added declared announced insisted stressed warned noted "
    "claimed argued explained assured confirmed denied acknowledged admitted reiterated "
    "emphasised emphasized promised pledged vowed predicted testified conceded cautioned "
    "asserted contended complained".split()
)

# Speech verbs that take a clause without "that" ("said Russia will ...").
BARE_SAY_VERBS = tuple(
    "said says added stated warned claimed argued noted insisted stressed explained".split()
)
# ... and words after such a verb that open an adverbial, not the speech ("said after meeting
# the president in Selb", "said in a statement"): without a "that", no speech is read there
SAY_ADVERBIAL_OPENERS = tuple("after before during following in at while when upon".split())
# Words of time between a bare speech verb and its clause ("said Monday that …",
# "said on Tuesday the bridge …").
SAY_TIME_WORDS = tuple(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday on".split()
)

# Verbs of an outlet relaying what someone else said ("…, the BBC reported").
REPORT_VERBS = tuple("reported reports".split())

# Honorifics before a name ("Mr", "Mme").
TITLES = tuple(
    "mr mrs ms dr prof sir dame st gen lt col sen rep gov capt cmdr cdr sgt maj adm cpl rev "
    "colonel lieutenant sergeant inspector commander commandant admiral superintendent".split()
)  # with ranks before a name ("Colonel Abadie")

# Role words by class ("minister", "mayor"): a speaker's title or office.
ROLES = {
    "leader": tuple(
        "president presidents leader head chief master boss counterpart strongman premier".split()
    ),
    "spokes": tuple("spokesman spokeswoman spokesperson secretary".split()),
    "minister": tuple("minister".split()),
    "chancellor": tuple("chancellor".split()),
    "mayor": tuple("mayor mayoress".split()),
    "military": tuple("general commander".split()),
    "coach": tuple("coach manager".split()),
    "exec": tuple("director ceo chairman chairwoman chair administrator executive".split()),
    "governor": tuple("governor".split()),
    "prefect": tuple("prefect".split()),
    "ambassador": tuple("ambassador".split()),
    "judge": tuple("judge".split()),
    "prosecutor": tuple("prosecutor".split()),
    "lawyer": tuple("attorney lawyer".split()),
    "monarch": tuple("king queen".split()),
    "pope": tuple("pope".split()),
    "captain": tuple("captain".split()),
    "senator": tuple("senator".split()),
    "official": tuple("official spokesperson".split()),
    "councillor": tuple("councillor councilor alderman".split()),
}

# Coordinators: after one, a new clause with the same subject may follow ("… but added «…»")
COORDINATORS = ("and", "but")
# Words that, after a comma, open a clause that can state a fact of its own
# (long sentences are cut there: `align.candidates.split_clauses`)
CLAUSE_OPENERS = ("and", "but", "while", "whereas", "confirming", "saying", "adding")
# ... except these, the second half of a correlative ("not only X, but also Y"): one claim
CLAUSE_CORRELATIVES = ("but also",)

# Words between a speaker and the speech verb that keep the link ("X has also said")
SPEAKER_LINKS = (
    "has", "have", "had", "also", "later", "then", "further", "even", "still", "again", "just",
    "now", "was", "is",
)

# Third-person pronouns a speaker may be named by ("he said")
THIRD_PERSON = ("he", "she", "him", "her")
# ... of them, the forms that are never a subject (an object, or "her" as in "her daughter")
OBJECT_PRONOUNS = ("him", "her")

# Relative pronouns ("X, who said …")
RELATIVE_PRONOUNS = ("who",)

# Determiners before a role or name ("the minister", "sa porte-parole")
DETERMINERS = ("the", "a", "an", "his", "her", "its", "their")

# Indefinite articles: "a spokesman" is someone new, never a person named before
INDEFINITE_ARTICLES = ("a", "an", "one")
# The word for years after an age set off by commas ("X, 67 years, …"): the age marks a person
AGE_YEARS = ("years",)
# Endings that make a number a person's age standing for that person ("the 61-year-old said")
AGE_EPITHETS = ("-year-old",)

# Words inside a role or a name ("minister of …", "X and Y")
NAME_CONNECTORS = ("of", "and")

# What links a role to the person it serves ("a spokesman for …")
SERVES_WORDS = ("for",)

# Other function words that are never part of a name
FUNCTION_WORDS = (
    "in", "on", "at", "to", "for", "by", "with", "from", "as", "but", "or", "if", "when",
    "while", "after", "before", "this", "that", "these", "those", "it", "we", "they", "i",
    "you",
)

# Words that make a capitalised phrase an organisation or a place, not a person
ORG_WORDS = (
    "agency", "ministry", "department", "bank", "league", "party", "council", "committee",
    "commission", "union", "press", "news", "times", "post", "group", "company", "corporation",
    "inc", "ltd", "university", "institute", "office", "service", "police", "army", "forces",
    "court", "parliament", "government", "association", "federation", "foundation", "fund",
    "board", "authority", "province", "state", "republic", "kingdom", "city", "county",
    "region", "district", "valley", "river", "dam", "house",
)

# Capitalised words that are never a name (sentence openers, days, months)
NOT_NAMES = (
    "however", "today", "yesterday", "meanwhile", "also", "but", "and", "then", "now", "still",
    "instead", "later", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "according", "asked", "after",
    "before",
)

# Lower-case particles inside a person's name: Arabic names as English text writes them ("Osama bin Laden")
NAME_PARTICLES = ("bin", "al", "ibn")
# ... and the ones joined to the next part by a hyphen ("Tarek al-Hadrani", "Tariq el-Hadrani")
NAME_PREFIXES = ("al", "el", "ad", "as", "ash", "az", "ibn", "bin", "abu")

# A short stop list for the fact lexicon's word overlap (`align.lexicon`): spaCy's
# longer lists drop words that tell facts apart (seeds fact support 0.778 -> 0.771)
FACT_STOP_WORDS = (
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "as", "into", "about", "over", "after", "before", "under", "is", "are", "was",
    "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will",
    "would", "shall", "should", "can", "could", "may", "might", "must", "not", "no", "it",
    "its", "this", "that", "these", "those", "there", "their", "they", "them", "he", "she",
    "his", "her", "him", "we", "our", "us", "you", "your", "i", "me", "my", "who", "whom",
    "which", "what", "when", "where", "while", "than", "then", "also", "just", "only",
    "very", "more", "most", "such", "said", "says", "say", "told", "according", "one",
    "two", "all", "any", "both", "each", "other", "some", "many", "much", "out", "up",
    "down", "off", "so", "if", "because", "since", "during", "between", "against",
    "without", "within",
)

# Definite articles an entity name drops ("the Kremlin" is "Kremlin")
DEFINITE_ARTICLES = ("the",)

# A word that makes a credited name an organisation, not a person ("Getty Images",
# "AFP Photo", "Reuters Staff")
CREDIT_ORG_WORDS = (
    "news", "agency", "press", "times", "post", "images", "photo", "service", "media", "tv",
    "radio", "staff",
)

# Words that open an object, not a clause, after a bare speech verb ("added a fourth
# six minutes later" against "said Russia will ...")
OBJECT_OPENERS = ("a", "an", "one", "two", "three", "another")

# The words that join the last item of a list ("oil and gas")
LIST_COORDINATORS = ("and", "or")

# Words that open a scene-setting phrase before a sentence's subject ("At a hearing
# last month, Rep. Ann Holt pushed for …"): the name after its comma is the subject
# ... and the participle of a question put to the subject ("Asked about the cause, the captain …")
SCENE_OPENERS = (
    "at", "in", "on", "during", "after", "before", "following", "amid", "since", "earlier",
    "later", "asked", "questioned",
)

# Opposite words, pair by pair (see `newsweave.lang`; compare/direction.py)
DIRECTION_UP = tuple("raise raised raises raising hike hiked hikes increase increased increases increasing rose risen rises rising grew grown grows growing expanded expands climbed jumped surged soared lifted".split())
DIRECTION_DOWN = tuple(
    "cut cuts cutting lowered lowers lowering reduced reduces reducing decreased decreases fell fallen falls falling dropped drops declined declines slashed plunged shrank shrunk shrinks shrinking contracted".split()
)
STANCE_DENY = tuple("deny denies denied denying".split())
# What a denial denies as a statement, not a noun ("denied paying a ransom" reads as a
# negation; "denied the claims", "denied reports that ..." do not): the next word is a
# complement word or has a complement's ending, or (verb-last languages) a late marker
# comes within DENIAL_REACH words (compare.direction.denials)
DENIAL_COMPLEMENTS = tuple("that having being ever".split())
DENIAL_ENDINGS = ("ing",)
STANCE_CONFIRM = tuple(
    "confirm confirms confirmed confirming admit admits admitted admitting acknowledged acknowledges".split()
)
VERDICT_GUILTY = tuple("convicted convicts convict guilty".split())
VERDICT_CLEARED = tuple("acquitted acquits acquit acquittal exonerated".split())
COMPASS_NORTH = tuple("north northern northward".split())
COMPASS_SOUTH = tuple("south southern southward".split())
COMPASS_EAST = tuple("east eastern eastward".split())
COMPASS_WEST = tuple("west western westward".split())
# a minister resigned, or was dismissed (compare.direction)
DEPARTURE_QUIT = tuple("resigned resigns resign quit quits resignation".split())
DEPARTURE_OUSTED = tuple("sacked sacks dismissed dismisses dismissal ousted ousts".split())
# "close", "open", "end", "start" left out: also adjectives and nouns ("a close ally",
# "the end of March")
DECISION_YES = tuple("approve approves approved approving adopt adopts adopted endorse endorsed approval pass passes passed".split())
DECISION_NO = tuple("reject rejects rejected rejecting veto vetoed rejection".split())
STATE_OPEN = tuple("opens opened reopen reopens reopened reopening".split())
STATE_CLOSED = tuple("closes closed closing shut closure shutdown".split())
PHASE_START = tuple("begin begins began begun starts started".split())
PHASE_END = tuple("ends ended finish finished conclude concluded".split())
# ... told done, where another sentence tells the start or end ahead (compare.acts.phase_told)
PHASE_DONE = tuple("began begun started ended finished concluded".split())
# ... or called off: it never took place (compare.acts.phase_told)
CANCEL_WORDS = ("called off", "calls off", "call off", "cancelled", "canceled", "cancels", "scrapped")

# An exception, not a negation: "no other choice than", "pas d'autre choix que", "keine
# andere Wahl als" (a negation, then one of EXCEPTIVE_OTHERS, then one of EXCEPTIVE_MARKERS);
# RESTRICTIVE_NEGATORS are negators that with a marker and no other negator mean "only"
# ("nous ne pouvons gagner qu'ensemble"). Words as the polarity tokenizer writes them.
EXCEPTIVE_OTHERS = ("other", "else", "more")
EXCEPTIVE_MARKERS = ("but", "than", "except")
# Links whose clause states its condition the other way round: "we will not give in until
# wages rise" says "as long as wages do not rise" ("tant que ... ne ... pas", "finché non"),
# so such a clause counts one negation more (compare/exceptives.py)
UNTIL_LINKS = ("until", "till")
# a "neither … nor" after a negation restates it, no negation of its own ("not a euro, neither today nor tomorrow")
NEGATION_CORRELATIVES = ("neither", "nor")
# "without": a negative word after it echoes it, no negation of its own ("sans rien céder",
# "sin ceder en nada": without giving up anything); right after a negator and a "be"
# (COPULAS) it cancels the negator ("is not without risk": there is a risk)
WITHOUT = ("without",)
# words opening a relative clause: after "Name," no apposition describing a person
RELATIVE_WORDS = tuple("who which that whose whom".split())
COPULAS = tuple("is are was were be been being".split())  # "is not without": a double negation
RESTRICTIVE_NEGATORS = ()

# A deed told as done: an auxiliary right before a participle ("has closed", "were killed"); against a plan
# ("plans to close") it is another claim (compare/claims.py `tense`)
DONE_AUXILIARIES = tuple("has have had was were".split())
PARTICIPLE_ENDINGS = ("ed", "en")
# after a rank and its noun: the count of occurrences of one kind ("the second such accident")
RANK_SUCH = ("such",)

# An intention or an offer, not a deed ("offered to resign", "a proposé sa démission",
# "Rücktritt angeboten"): no witness for the deed done (compare.claims.intent_against_deed)
INTENT_CUES = (
    "offered to", "offers to", "threatened to", "threatens to", "vowed to", "vows to",
    "promised to", "promises to", "pledged to", "pledges to", "tried to", "tries to",
    "sought to", "seeks to", "attempted to", "wants to", "wanted to", "hopes to", "intends to",
    "proposed to", "proposes to",
)  # fmt: skip

# A defendant's plea, and the court's verdict: a plea of not guilty is no acquittal
# (compare.acts.PAIRED)
PLEA_WORDS = tuple("plead pleads pleaded pled pleading".split())
VERDICT_WORDS = ("found guilty", "found not guilty", "convicted", "acquitted", "cleared", "verdict")  # fmt: skip

# Someone caught, and someone still at large; someone let go, and someone held; a place
# kept open, and one closed (compare.acts.PAIRED)
CAUGHT_WORDS = ("arrested", "detained", "recaptured", "caught", "taken into custody", "apprehended")
AT_LARGE_WORDS = ("at large", "on the run", "still free", "remain free", "evaded capture", "evading capture", "no arrests", "no arrest", "no detainees")
FREED_WORDS = ("freed", "released without charge", "released from custody", "released on bail", "set free", "let go")
HELD_WORDS = ("still held", "still being held", "detained", "in custody", "remains in custody", "remained in custody", "held in custody")
OPEN_WORDS = ("open", "reopened")
CLOSED_WORDS = ("closed", "shut")
# Work halted, and work going on (compare.acts.PAIRED)
HALTED_WORDS = ('halted', 'suspended', 'stopped', 'shut down', 'paused')
GOING_ON_WORDS = ('continues', 'continue as normal', 'goes on', 'carries on', 'is continuing', 'remains in operation', 'kept running', 'kept operating', 'operated normally', 'running normally', 'ran normally', 'operating normally', 'functioned normally', "continued overnight", "continued through the night", "continued throughout the night")
# A proposal accepted, and one rejected (compare.acts.PAIRED)
ACCEPTED_WORDS = ('accepted', 'agreed to', 'approved')
REJECTED_WORDS = ('rejected', 'refused', 'turned down', 'dismissed')

# People brought out, and people still held (compare.acts.PAIRED)
RESCUED_WORDS = ("rescued", "were freed", "brought to the surface", "pulled out alive")
TRAPPED_WORDS = ("remain trapped", "still trapped", "remain missing", "still missing", "remain underground", "still underground")  # fmt: skip
# suspects let go against suspects charged (`compare.acts`)
RELEASED_WORDS = ("released", "freed without charge", "let go", "set free")
CHARGED_WORDS = ("charged", "indicted")

# A fire contained, and one still burning (compare.acts.PAIRED)
CONTAINED_WORDS = ("under control", "extinguished", "contained")
BURNING_WORDS = ("out of control", "still burning", "still raging", "continues to burn", "continued to burn", "still ablaze")  # fmt: skip

# Modal strength of a quotation's main clause (`compare.modality`): an obligation, a
# possibility, a future told as certain (by a word, or a verb's future ending after three
# letters at least); "we will call new strikes" is no "we could call new strikes"
MODAL_MUST = ("must", "have to", "has to", "had to")
MODAL_CAN = ("can", "could", "may", "might", "cannot", "ca")
# not ruling it out: a possibility ("we do not rule out further rises"), no certainty
MODAL_CAN += ("not rule", "t rule", "never rule")
# ability is a possibility ("will be able to" is the future of "can": "pourra", "podrá")
MODAL_CAN += ("able to", "unable to")
# a negation opening an infinitive negates it, not the verb before (compare.infinitives)
NEGATED_INFINITIVES = ("not to", "never to")
MODAL_WILL = ("will", "shall", "wo", "ll")
MODAL_WILL_ENDINGS: tuple[str, ...] = ()
# A near future: one of these, then a verb ("the cloud is going to reach the centre")
MODAL_GOING_TO = ("going to", "gonna")


# Places named after people: the name after one is the place's ("stadio Arrigo Bassi")
VENUE_NOUNS = tuple("stadium airport hospital street avenue square bridge museum school university station arena cathedral".split())

# A preposition opening a sentence on someone's view ("For Katarina Vellis, the opening was
# personal."): its person is the topic a "she said" after it refers to
TOPIC_PREPOSITIONS = ("for",)

# A negation of what has lapsed ("no longer", "not … anymore"): a change of state, which
# others word with a verb of loss ("is gone"); words after the negator, and before it
LAPSE_WORDS = ("longer", "anymore", "any more")

# Prepositions of place: a name right after one is a place, no speaker ("en Nas")
PLACE_PREPOSITIONS = ("in", "at", "near")

# Someone hurt against nobody hurt ("was slightly injured" / "blieb unverletzt"): compare/acts.py
INJURED_WORDS = ("injured", "wounded", "hurt", "hospitalised", "hospitalized", "taken to hospital", "treated in hospital", "suffered injuries", "suffered burns")
UNHURT_WORDS = ("unhurt", "uninjured", "unharmed", "unscathed", "escaped injury", "no one was injured", "nobody was injured", "no one was hurt", "nobody was hurt", "no injuries", "without injury")

# A deputy's prefix on a role written as one word ("wiceminister", "viceministro").
ROLE_PREFIXES = ("vice",)

# Words that rule a thing out, a negation of it without a negation word (compare.ruling)
# ("we do not discard that …": a translation's "descartar", as quotations render it)
RULE_OUT_WORDS = ("exclude", "excludes", "excluded", "excluding", "discard", "discards", "discarded", "discarding")
RULE_OUT_PHRASES: tuple[str, ...] = ()
RULE_OUT_SPLIT: tuple[tuple[tuple[str, ...], str], ...] = ((("rule", "rules", "ruled", "ruling"), "out"),)
# ... and what may stand between such a verb and its particle besides a pronoun ("ruling anything out")
RULE_OUT_OBJECTS = ("anything", "everything", "nothing", "something")

# Pronouns that stand for what was just said ("That is what she said", "Dat heeft X gezegd")
DEMONSTRATIVE_PRONOUNS = ("this", "that")

# A verb of limiting: negated, it says "not only" (compare.exceptives.echoing)
LIMIT_WORDS = ("limit", "limits", "limited")

# Words saying a thing still holds ("can still be used"): against a negation of what has
# lapsed ("can no longer be used") they say the opposite (compare.exceptives.goes_on)
STILL_WORDS = ("still",)

# A negation of a part, not the whole ("not every employee will keep his job"): against a
# negation of the whole ("not a single one will lose it") it claims the opposite
PARTIAL_NEGATIONS = ("not every", "not all", "not everyone", "not everybody")

# Someone let out of hospital against someone still in it (compare.acts: a state)
DISCHARGED_WORDS = ("discharged", "released from hospital", "left hospital", "was sent home", "released from the hospital", "left the hospital", "leave hospital", "leave the hospital")
IN_HOSPITAL_WORDS = ("remains admitted", "still admitted", "remains in hospital", "still in hospital", "remains hospitalised", "remains hospitalized", "remained in hospital", "remain in hospital", "remain in the hospital", "remains in the hospital", "remained in the hospital", "remain hospitalised", "remain hospitalized", "remained hospitalised", "remained hospitalized", "still hospitalised", "still hospitalized", "remain admitted")
# a patient's condition: critical against stable (`compare.acts`)
CRITICAL_WORDS = ('critical condition', 'critical but stable', 'in critical condition', 'critically injured', 'critically ill', 'fighting for his life', 'fighting for her life', 'fighting for their lives', 'life-threatening')
STABLE_WORDS = ('stable condition', 'condition is stable', 'condition was stable', 'out of danger', 'no longer in danger', 'not in danger')
# a halt resumed, against one without end; a resumption waiting on a condition (PENDING_WORDS) is none (`compare.acts`)
RESUMED_WORDS = ("resumed", "resumes", "resume", "restarted", "reconnected", "back online", "back in operation", "back in service")
NOT_RESUMED_WORDS = ("until further notice", "indefinitely", "rest of the … cancelled", "rest of the … canceled", "rest of the … called off", "abandoned")
PENDING_WORDS = ("once", "until", "as soon as", "if", "unless", "when", "pending")
# a ship taking on water or listing, against one that is not (`compare.acts`)
FLOODING_WORDS = ("taking on water", "took on water", "takes on water", "take on water", "taking in water", "listing to port", "listing to starboard", "listing heavily", "began to list", "started to list")
WATERTIGHT_WORDS = ("watertight",)

# Nouns of a news outlet before its name, in lower case ("au quotidien X", "o jornal X"):
# the name after one is the outlet's, not a person's
MEDIA_NOUNS = ("newspaper", "daily", "broadcaster", "magazine")

# Common nouns naming a firm: a name right after one is the firm's ("la société X"), no person
COMPANY_NOUNS = ("company", "firm", "group", "airline")  # not "operator": "crane operator X" is a person

# "neither X nor Y" denies both; "X, but not Y" affirms X (compare.exceptives.neither_reason)
NEITHER_NOR = (("neither", "nor"),)
BUT_NOT = ("but not",)

# told as not (yet) known or confirmed: no witness of the thing told as fact, nor the reverse
UNSURE = (
    "unclear", "not … clear", "not known", "not … known", "unknown", "unconfirmed", "not … confirmed",
    "neither … confirmed", "could not … confirm", "unverified", "not … verified", "remains to be seen",
    "no confirmation", "yet to be confirmed", "to be determined", "to be established", "to be clarified",
)
