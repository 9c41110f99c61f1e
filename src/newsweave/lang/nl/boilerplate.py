"""Dutch page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (r"lees ook", r"lees meer", r"meer over dit onderwerp", r"bekijk ook")
PAYWALL = (r"alleen voor abonnees", r"word abonnee", r"lees verder met")
NEWSLETTER = (
    r"schrijf (?:je|u) in voor (?:onze|de) (?:dagelijkse )?\w*nieuwsbrief",
    r"meld (?:je|u) aan voor (?:onze|de) (?:dagelijkse )?\w*nieuwsbrief",
    r"ontvang .{0,60}?\bin (?:uw|je) (?:mailbox|inbox)",
)
ADVERTISING = (r"advertentie", r"reclame", r"gesponsord")
PICTURE_LABEL = (r"beeld",)
STAFF_CREDIT = (r"van onze (?:verslaggever|verslaggeefster|correspondent|redacteur|redactie)",)
AUTHOR_BIO = ()
ENGAGEMENT = (
    r"volg ons op",
    r"volg [\w'’ ]{1,40}? (?:ook )?op (?:instagram|facebook|x|twitter|tiktok|linkedin|youtube)",
    r"deel dit artikel",
)
DESK_BYLINE = (
    # "Door onze verslaggevers", "Door onze redactie buitenland", "Van onze correspondent in Berlijn"
    r"(?:door|van) (?:onze|de) (?:verslaggevers?|verslaggeefsters?|correspondent(?:e|en)?|redacteuren|redactie(?: [a-z]+)?)(?: in [\w'’ -]{2,30})?",
)
CORRECTION = (
    r"correctie\s*:",
    r"in een eerdere versie van dit artikel",
    r"dit artikel is (?:voor het laatst )?bijgewerkt (?:op|om) .{1,40}$",
)
