"""Polish page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"czytaj też",
    r"czytaj także",
    r"czytaj więcej",
    r"zobacz też",
    r"zobacz także",
    r"polecamy:",
)
PAYWALL = (r"tylko dla prenumeratorów", r"wykup dostęp", r"zostań subskrybentem")
NEWSLETTER = (r"zapisz się do newslettera",)
ADVERTISING = (r"reklama", r"artykuł sponsorowany")
PICTURE_LABEL = (r"zdjęcie ilustracyjne",)
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (r"obserwuj nas",)
CORRECTION = (
    r"sprostowanie\s*:",
    r"w poprzedniej wersji (?:tego )?artykułu",
    r"artykuł (?:został )?zaktualizowany\b.{0,40}$",
)
