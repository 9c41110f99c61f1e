"""Dutch page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"lees ook",
    r"lees meer",
    r"meer over dit onderwerp",
    r"bekijk ook",
    r"meer (?:informatie|nieuws)(?=\s*(?::|$))",
    r"gerelateerde? (?:artikelen|berichten|nieuws)",
    r"(?:misschien )?ook interessant(?=\s*(?::|$))",  # "Ook interessant is dat …" is prose
    r"(?:dit )?(?:vind|vindt) (?:je|u) (?:misschien )?ook interessant(?=\s*(?::|$))",
)
PAYWALL = (
    r"alleen voor abonnees",
    r"word abonnee",
    r"lees verder met",
    r"^neem (?:nu |direct )?een (?:digitaal |online )?abonnement\b",  # "Neem een abonnement op De Polderbode …"
)
NEWSLETTER = (
    r"schrijf (?:je|u) in voor (?:onze|de) (?:(?:dagelijkse|wekelijkse|gratis) )*\w*nieuwsbrief",
    r"meld (?:je|u) aan voor (?:onze|de) (?:(?:dagelijkse|wekelijkse|gratis) )*\w*nieuwsbrief",
    r"ontvang .{0,60}?\bin (?:uw|je) (?:mailbox|inbox)",
)
ADVERTISING = (r"advertentie", r"reclame", r"gesponsord")
PICTURE_LABEL = (r"beeld", r"op de (?:archief)?(?:foto|beeld)")
PICTURE_SOURCE = (r"archief", r"archieffoto", r"archiefbeeld")
STAFF_CREDIT = (r"van onze (?:verslaggever|verslaggeefster|correspondent|redacteur|redactie)",)
AUTHOR_BIO = ()
ENGAGEMENT = (
    r"volg ons op",
    r"volg [\w'’ -]{1,40}? (?:ook )?op (?:instagram|facebook|x|twitter|tiktok|linkedin|youtube|whatsapp|telegram|google (?:nieuws|news))",
    r"word lid van (?:ons|onze|het)\b.{0,20}?\b(?:kanaal|community|groep)\b",
    r"^ontvang\b.{0,60}?\bvia (?:whatsapp|telegram)\b",
    r"deel dit artikel",
    r"^(?:een )?fout (?:gezien|gevonden|opgemerkt)\s*\?",
    r"^(?:like|volg) onze (?:facebook|instagram)?-?pagina\b",  # "Like onze Facebookpagina"
)
DESK_BYLINE = (
    # "Door onze verslaggevers", "Door onze redactie buitenland", "Van onze correspondent in Berlijn"
    r"(?:door|van) (?:onze|de) (?:verslaggevers?|verslaggeefsters?|correspondent(?:e|en)?|redacteuren|redactie(?: [a-z]+)?)(?: in [\w'’ -]{2,30})?",
    r"de redactie",
)
CORRECTION = (
    r"correctie\s*:",
    r"(?:eerdere|eerste|vorige) versie van dit (?:artikel|bericht|stuk)",
    # "Dit artikel is aangevuld met een reactie van de gemeente."
    r"^(?:dit|het) (?:artikel|bericht|stuk) is (?:bijgewerkt|aangevuld|aangepast|gecorrigeerd) (?:met|na|omdat|nadat)\b",
    r"dit artikel is (?:voor het laatst )?bijgewerkt (?:op|om) .{1,40}$",
    r"^(?:dit|het) (?:artikel|bericht|stuk) is (?:op|om) [^.;]{1,40}? (?:bijgewerkt|aangevuld|aangepast|gecorrigeerd)\b",
    # "Dit artikel is bijgewerkt om 16.20 uur: …", "… op 3 mei met een reactie van …"
    r"^(?:dit|het) (?:artikel|bericht|stuk) is (?:bijgewerkt|aangevuld|aangepast|gecorrigeerd) (?:op|om) (?:[^.;:]|(?<=\d)[.:](?=\d)){1,40}?(?:\s+(?:met|na|omdat|nadat)\b|\s*:)",
)
EDITOR_NOTE = (r"noot van de redactie", r"nvdr\.?")
SHARE = (
    r"delen(?: via| op)?",
    r"deel(?: via| op| dit (?:artikel|bericht))?",
    r"verstuur(?: via| per)?",
    r"(?:kopieer|kopiëren)(?: de)? link",
    r"link kopiëren",
    r"printen",
)
AGENCY_FEED = (
    # "Dit bericht is automatisch overgenomen uit de nieuwsdienst van … en niet door de redactie gecontroleerd."
    r"\bautomatisch overgenomen (?:van|uit)\b",
    r"\bovergenomen van (?:het )?(?:pers|nieuws)bureau\b.{0,40}?\bredactie\b",
    r"\bniet door de redactie (?:bewerkt|geredigeerd|gecontroleerd|aangepast)\b",
    r"\bdoor de redactie ongewijzigd overgenomen\b|\bongewijzigd door de redactie overgenomen\b",
)
DISCLAIMER = (
    r"^(?:dit|het) (?:artikel|bericht|stuk)\b.{0,100}?\b(?:(?:is|vormt) geen (?:beleggingsadvies|financieel advies|medisch advies|koopadvies)|vervangt geen)\b",
    r"^de informatie (?:in|op) (?:dit artikel|deze pagina|deze site)\b",
    r"^dit is geen (?:beleggingsadvies|financieel advies|medisch advies|koopadvies)\b",
)
BYLINE_ROLE = (r"correspondent(?:e)?", r"verslaggever", r"verslaggeefster", r"redacteur")
WIDGET = (r"reacties?\s*:?\s*\(?\d+\)?",)
