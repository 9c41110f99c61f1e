"""German page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"mehr zum thema",
    r"lesen sie auch",
    r"lesen sie mehr",
    r"auch interessant",
    r"das könnte sie auch interessieren",
    r"empfohlene beiträge",
    r"weitere artikel",
    r"weiterlesen",
    r"meistgelesen",
    r"klicken sie hier",
    r"zum thema:",
    r"passend zum thema",
    r"mehr dazu",
    r"mehr(?=\s*:)",  # "MEHR: Sturm legt Bahnverkehr lahm", another story's teaser
    r"mehr informationen(?=\s*(?::|$))",
    r"verwandte (?:artikel|beiträge|themen|nachrichten|meldungen)",
    r"ähnliche (?:artikel|beiträge)(?=\s*(?::|$))",  # "Ähnliche Beiträge gab es …" is prose
    r"auch lesenswert(?=\s*(?::|$))",
    r"(?:das )?könnte (?:sie|dich) (?:auch )?interessieren(?=\s*(?::|$))",
)
PAYWALL = (
    r"nur für abonnenten",
    r"jetzt abonnieren",
    r"bereits abonnent",
    r"jetzt weiterlesen",
    r"plus-artikel",
    r"mit (?:\w+ )?plus weiterlesen",
    r"exklusiv für abonnenten",
    r"jetzt testen",
    r"^abonnieren sie\b.{0,80}?\b(?:e-paper|digitalausgabe|digitale ausgabe|und (?:lesen|erhalten|sichern|genießen))\b",
)
NEWSLETTER = (
    r"newsletter abonnieren",
    r"abonnieren sie (?:unseren|den) (?:\w+ )?newsletter",
    r"^\W*newsletter\s*:.{0,120}(?:in ihrem postfach|jetzt (?:kostenlos )?(?:anmelden|abonnieren))",
    r"melden sie sich (?:jetzt )?für (?:unseren|den) newsletter an",
    r"^(?:erhalten|bekommen) sie\b(?=[^.]{0,100}?(?:nachrichten|newsletter|meldungen|schlagzeilen))[^.]{0,60}?\b(?:per e-?mail|in ihr(?:em)? (?:e-mail-)?postfach)",
)
ADVERTISING = (r"anzeige", r"werbung", r"sponsored post", r"gesponsert")
PICTURE_LABEL = (
    r"titelbild",
    r"beitragsbild",
    r"vorschaubild",
    r"symbolbild",
    r"aufmacherbild",
    r"bildquelle",
    r"auf dem (?:archiv|symbol)?(?:bild|foto)",  # "Auf dem Archivbild: …"
)
PICTURE_SOURCE = (r"archiv", r"archivbild", r"archivfoto", r"symbolbild")
STAFF_CREDIT = (r"mit material von", r"mit material der", r"redaktion:")
AUTHOR_BIO = (
    r"ist (?:redakteur|redakteurin|korrespondent|korrespondentin) (?:bei|für|im)\b.{0,60}$",
)
ENGAGEMENT = (
    r"folgen sie uns (?:auf|bei)",
    r"(?:alle entwicklungen|verfolgen sie (?:alle entwicklungen|das geschehen)) (?:im|in unserem) (?:live-?)?(?:ticker|blog)",
    r"diskutieren sie mit",
    r"^(?:haben sie )?(?:einen )?fehler (?:gefunden|entdeckt|bemerkt)\s*\?",
    r"teilen sie (?:diesen|den) artikel",
    # channel pitches: "Folgen Sie unserem WhatsApp-Kanal", "Jetzt unserem Kanal auf Telegram folgen"
    r"(?:folgen sie|abonnieren sie|jetzt) (?:uns|unserem|unseren)\b.{0,20}?(?:whatsapp|telegram)(?:-kanal)?\b",
    r"^(?:liken|folgen) sie (?:unsere|unserer) (?:facebook|instagram)?-?seite\b",  # "Liken Sie unsere Facebook-Seite"
    r"^folgen sie\s+[\w'’ .-]{1,40}?\s+(?:auf|bei|via)\s+(?:google news|facebook|instagram|x|twitter|linkedin|youtube|tiktok|whatsapp|telegram|threads|bluesky|mastodon)\b",  # "Folgen Sie dem Kurier auf Google News"
)
DISCLOSURE = (
    r"(?:dieser (?:artikel|beitrag) enthält|enthält) (?:affiliate|werbe)-?links",
    r"wir erhalten (?:eine )?provision",
)
WIDGET = (
    r"lesezeit\s*:?\s*(?:ca\.\s*)?\d+\s*(?:min(?:uten?)?\.?)?",
    r"\d+\s*min(?:uten?)?\.? lesezeit",
    r"kommentare?\s*:?\s*\(?\d+\)?",
)
DESK_BYLINE = (
    r"von (?:unserem|unserer) (?:korrespondent(?:en|in)|reporter(?:in)?|redaktion)(?: in [\w'’ -]{2,30})?",
    r"die redaktion",
)
CORRECTION = (
    r"korrektur\s*:",
    r"richtigstellung\s*:",
    r"in einer (?:früheren|vorherigen|ersten) (?:version|fassung) dieses (?:artikels|textes|beitrags)",
    r"dieser (?:artikel|text|beitrag) wurde (?:korrigiert|aktualisiert|ergänzt)",
    r"dieser (?:artikel|text|beitrag) wurde (?:zuletzt )?am .{1,40}?aktualisiert\W*$",
    r"^(?:dieser|der) (?:artikel|text|beitrag) wurde (?:am|um) (?:[^:;]|(?<=\d):(?=\d)){1,40}? (?:korrigiert|geändert|berichtigt|ergänzt|aktualisiert)\b",
)
# "Anm. d. Red.:", "Anmerkung der Redaktion:"
EDITOR_NOTE = (r"anm(?:erkung)?\.?\s*d(?:er)?\.?\s*red(?:aktion)?\.?", r"hinweis der redaktion")
SHARE = (
    r"teilen(?: sie diesen artikel| auf| per| via)?",
    r"diesen artikel teilen",
    r"senden(?: per)?",
    r"link kopieren",
    r"drucken",
)
AGENCY_FEED = (
    r"\bnicht (?:von (?:der|unserer) redaktion|redaktionell) (?:bearbeitet|geprüft|redigiert)\b",
    # "Diese Meldung stammt aus dem Newsticker von … und wurde von unserer Redaktion nicht bearbeitet."
    r"\bvon (?:der|unserer) redaktion nicht (?:bearbeitet|geprüft|redigiert|verändert)\b",
    r"^(?:dieser (?:artikel|text|beitrag)|diese (?:meldung|nachricht))\b.{0,20}?\bstammt (?:aus dem|vom|von der|aus einer) [\w-]*(?:ticker|nachrichtendienst|agenturmeldung|feed)\b",
    # "Diese Meldung wurde von der Redaktion unverändert übernommen."
    r"\bvon der redaktion (?:unverändert|ohne änderungen) übernommen\b",
    r"\b(?:unverändert|ohne änderungen) von der redaktion übernommen\b",
)
DISCLAIMER = (
    r"^(?:dieser|der) (?:artikel|beitrag|text)\b.{0,100}?\b(?:stellt keine|ersetzt (?:keine|keinen|nicht))\b",
    r"^die (?:informationen|inhalte) (?:in |auf )?(?:diesem|dieser|dieses) (?:artikel|beitrag|seite)\b",
    r"^(?:dies|das) ist keine (?:anlageberatung|anlageempfehlung|kaufempfehlung)\b",
)
BYLINE_ROLE = (r"korrespondent(?:in)?", r"redakteur(?:in)?", r"reporter(?:in)?")
