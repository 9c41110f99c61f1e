"""Italian page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"leggi anche(?: su)?",
    r"leggi tutto",
    r"potrebbe interessarti",
    r"articoli correlati",
    r"guarda anche",
    r"i più letti",
)
PAYWALL = (
    r"riservato agli abbonati",
    r"abbonati per",
    r"contenuto riservato",
    r"per continuare a leggere",
)
NEWSLETTER = (r"iscriviti alla (?:nostra )?newsletter", r"ricevi (?:le|tutte le) (?:principali |ultime )?notizie .{0,40}(?:via e-?mail|nella tua casella)")
ADVERTISING = (r"pubblicità", r"contenuto sponsorizzato")
PICTURE_LABEL = (r"immagine di copertina", r"foto di copertina", r"foto d'archivio")
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (r"seguici su", r"condividi (?:questo|l') ?articolo", r"lascia un commento")
WIDGET = (
    r"tempo di lettura\s*:?\s*\d+\s*(?:min(?:uti)?)?",
    r"\d+\s*min(?:uti)? di lettura",
)
CORRECTION = (
    r"rettifica\s*:",
    r"una versione precedente di questo articolo",
    r"questo (?:articolo|contenuto) è stato aggiornato (?:il|alle) .{1,40}$",
)
