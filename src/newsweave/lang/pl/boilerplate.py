"""Polish page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"(?:prze)?czytaj (?:też|także|również)",
    r"powiązane (?:artykuły|teksty|wiadomości)",
    r"czytaj więcej",
    r"zobacz też",
    r"zobacz także",
    r"polecamy:",
    r"więcej informacji(?=\s*(?::|$))",
    r"zobacz również",
    r"(?:to )?może (?:cię|was|pana|panią|państwa) (?:też |także |również )?zainteresować(?=\s*(?::|$))",
)
PAYWALL = (
    r"tylko dla prenumeratorów",
    r"wykup dostęp",
    r"zostań subskrybentem",
    r"^(?:zaprenumeruj|wykup prenumeratę|kup (?:prenumeratę|e-wydanie))\b",
)
NEWSLETTER = (
    # "Zapisz się na newsletter „Pulsu Rynku”", "Zamów nasz newsletter"
    r"(?:zapisz|zapiszcie) się (?:na|do) (?:\w+ )?newslett\w*",
    r"(?:zasubskrybuj|subskrybuj|zamów) (?:\w+ )?newslett\w*",
    r"^(?:otrzymuj|otrzymaj)\b(?=[^.]{0,100}?(?:wiadomości|newsletter|informacje|najważniejsze))[^.]{0,60}?\bna (?:swoją |twoją )?(?:skrzynkę|e-?mail|maila|adres e-?mail)\b",
)
ADVERTISING = (r"reklama", r"artykuł sponsorowany")
PICTURE_LABEL = (
    r"zdjęcie ilustracyjne",
    r"na (?:zdjęciu|zdjęciach|fotografii|fot\.)(?: archiwalnym| archiwalnych)?",  # "Na zdjęciu: …", a caption
    r"fot\.",  # "Fot. Strażacy przy … / Archiwum RK": the abbreviation opens a caption
    r"zdj\.",
    r"zdjęci[ea]",  # "Zdjęcie: Radni podczas sesji …"
    r"fotografia",
)
PICTURE_SOURCE = (r"archiwum", r"zdjęcie archiwalne", r"fot\. archiwum")
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (
    r"obserwuj nas",
    r"^udostępnij (?:ten )?(?:artykuł|tekst)\s*[.!]?$",  # the bare prompt; with networks it is a share bar
    r"^(?:zauważył(?:eś|aś|eś\(aś\))|znalazł(?:eś|aś)) błąd\s*\?",
    r"^polub (?:nas|nasz (?:profil|fanpage)|naszą stronę)\b",  # "Polub nas na Facebooku"
    r"dołącz do (?:naszego )?kanału",  # "Dołącz do naszego kanału na WhatsAppie"
    r"^(?:bądź na bieżąco|otrzymuj)\b.{0,60}?\bna (?:whatsappie|whatsapp|telegramie)\b",
    # "Obserwuj Kurier Mazurski w Google News"
    r"^obserwuj\b.{0,60}?\b(?:google news|wiadomościach google|facebook\w*|instagram\w*|twitter\w*|tiktok\w*|youtube|whatsapp\w*|telegram\w*)",
)
DESK_BYLINE = (
    r"od (?:naszego|naszej) (?:korespondenta|korespondentki|wysłannika|wysłanniczki)(?: w [\w'’ -]{2,30})?",
    r"redakcja",
)
AGENCY_FEED = (
    # "Artykuł pochodzi z serwisu Polskiej Agencji Informacyjnej (PAI) i został opublikowany automatycznie"
    r"\b(?:artykuł|tekst|materiał|informacja|depesza) pochodzi z (?:serwisu|depesz\w*)\b.{0,60}?\bagencj\w*",
    r"\bopublikowan[yaen]+ automatycznie\b",
    r"\bbez (?:opracowania|ingerencji|edycji|zmian) redakcyjn\w*",
)
CORRECTION = (
    r"sprostowanie\s*:",
    r"korekta\s*:",
    r"w (?:pierwszej|poprzedniej|wcześniejszej|pierwotnej) wersji (?:tego )?(?:artykułu|tekstu)",
    r"^za (?:pomyłkę|pomyłki|błąd|błędy) (?:najmocniej |serdecznie )?(?:czytelników )?przepraszamy\W*$",  # alone: not a quote
    r"artykuł (?:został )?zaktualizowany\b.{0,40}$",
    r"^(?:artykuł|tekst) (?:został|zostały) (?:poprawiony|zmieniony|skorygowany|uzupełniony|zaktualizowany)\b",
    # "Aktualizacja, godz. 19:40: dodaliśmy informację …": the newsroom on its own text
    r"^aktualizacja\b[^:]{0,30}?(?:\d{1,2}[:.]\d{2}\)?)?\s*:\s*(?:dodaliśmy|uzupełniliśmy|zaktualizowaliśmy|poprawiliśmy|zmieniliśmy|artykuł|tekst)\b",
)
SHARE = (
    r"udostępnij(?: (?:ten|ten artykuł|artykuł|tekst))?(?: na| przez)?",
    r"(?:wyślij|wyslij)(?: przez| e-mailem)?",
    r"kopiuj(?: link)?",
    r"skopiuj(?: link)?",
    r"drukuj",
)
EDITOR_NOTE = (r"od redakcji", r"nota redakcyjna", r"przyp(?:is)?\.?\s*red(?:akcji)?\.?")
DISCLAIMER = (
    r"^(?:ten|niniejszy|powyższy) (?:artykuł|tekst|materiał)\b.{0,100}?\bnie (?:stanowi|zastępuje)\b",
    r"^informacje (?:zawarte|przedstawione|podane) w (?:tym|niniejszym) (?:artykule|tekście|materiale)\b",
    r"^(?:artykuł|tekst|materiał) ma charakter (?:wyłącznie )?informacyjny\b",
)
BYLINE_ROLE = (r"korespondent(?:ka)?", r"dziennikar(?:z|ka)", r"reporter(?:ka)?", r"wysłanni(?:k|czka)")
WIDGET = (r"komentarz(?:e|y)?\s*:?\s*\(?\d+\)?",)
