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
PICTURE_LABEL = (
    r"immagine di copertina",
    r"foto di copertina",
    r"foto d'archivio",
    r"(?:nella|in) foto",  # a caption's label: "Nella foto: volontari durante l'esercitazione"
    r"nell'immagine",
)
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (
    r"seguici su",
    # "Segui tutti gli aggiornamenti sulla nostra pagina Facebook", "Segui la diretta"
    r"^segui(?:ci)? [\w'’ ]{0,60}?\bsu(?:l|lla|i)?\b[\w'’ ]{0,30}?\b(?:facebook|instagram|telegram|whatsapp|tiktok|youtube|twitter|x|google news)\b",
    r"^segui (?:la (?:nostra )?diretta|(?:tutti )?gli aggiornamenti|(?:tutte )?le (?:ultime )?notizie)\b",
    r"condividi (?:questo|l') ?articolo",
    r"lascia un commento",
)
WIDGET = (
    r"tempo di lettura\s*:?\s*\d+\s*(?:min(?:uti)?)?",
    r"\d+\s*min(?:uti)? di lettura",
)
DESK_BYLINE = (r"(?:dal|dalla) (?:nostr[oa]) (?:inviat[oa](?: speciale)?|corrispondente|redazione)(?: a [\w'’ -]{2,30})?",)
CORRECTION = (
    r"rettifica\s*:",
    r"una versione precedente di questo articolo",
    r"questo (?:articolo|contenuto) è stato aggiornato (?:il|alle) .{1,40}$",
)
