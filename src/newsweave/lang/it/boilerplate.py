"""Italian page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"leggi anche(?: su)?",
    r"leggi tutto",
    r"potrebbe interessarti",
    r"articoli correlati",
    r"notizie correlate",
    r"guarda anche",
    r"i più letti",
    r"(?:per saperne di più|maggiori informazioni)(?=\s*(?::|$))",
    r"(?:ti|vi) potrebbe(?:ro)? (?:anche )?interessare(?=\s*(?::|$))",
    r"potrebbe(?:ro)? (?:anche )?interessar(?:ti|vi)(?: anche)?(?=\s*(?::|$))",
)
PAYWALL = (
    r"riservato agli abbonati",
    r"abbonati per",
    r"contenuto riservato",
    r"per continuare a leggere",
    # "Abbonati al Corriere e ricevi l'edizione digitale …"; "Abbonati e lettori …" is news
    r"^abbonati\s+(?:a|al|alla|all'|ai|agli)\b.{0,80}?\b(?:e (?:ricevi|leggi|accedi|sfoglia)|edizione digitale|accesso illimitato)",
)
NEWSLETTER = (
    r"iscriviti alla (?:nostra )?newsletter",
    r"ricevi (?:le|tutte le) (?:principali |ultime )?notizie .{0,40}(?:via e-?mail|nella tua casella)",
    r"^ricevi\b(?=[^.]{0,100}?\b(?:notizie|newsletter|aggiornamenti|titoli)\b)[^.]{0,60}?\b(?:via e-?mail|per e-?mail|nella tua (?:casella|e-?mail))",
)
ADVERTISING = (r"pubblicità", r"contenuto sponsorizzato")
PICTURE_LABEL = (
    r"immagine di copertina",
    r"foto di copertina",
    r"foto d'archivio",
    # a caption's label: "Nella foto: volontari durante l'esercitazione", "Nella foto d'archivio: …"
    r"(?:nella|in) foto(?: d'archivio| di repertorio)?",
    r"nell'immagine",
)
PICTURE_SOURCE = (r"archivio", r"foto d'archivio", r"foto di repertorio", r"repertorio")
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (
    r"seguici su",
    # "Segui tutti gli aggiornamenti sulla nostra pagina Facebook", "Segui la diretta"
    r"^segui(?:ci)? [\w'’ ]{0,60}?\bsu(?:l|lla|i)?\b[\w'’ ]{0,30}?\b(?:facebook|instagram|telegram|whatsapp|tiktok|youtube|twitter|x|google news)\b",
    r"^segui (?:la (?:nostra )?diretta|(?:tutti )?gli aggiornamenti|(?:tutte )?le (?:ultime )?notizie)\b",
    r"condividi (?:questo|l') ?articolo",
    r"condividil[oa] (?:sui|con)\b",
    # channel pitches: "Unisciti al canale Telegram del …", "Ricevi gli aggiornamenti … su WhatsApp"
    r"(?:iscriviti|unisciti|entra) (?:al|nel) (?:nostro canale|canale (?:whatsapp|telegram|youtube))\b",
    r"^ricevi\b.{0,60}?\b(?:su|via) (?:whatsapp|telegram)\b",
    r"lascia un commento",
    r"^(?:hai|avete) (?:trovato|notato|visto) un errore\s*\?",
    r"^segnala(?:ci)? un errore\b",
    r"^metti (?:mi piace|like) (?:alla|sulla) (?:nostra )?pagina\b",  # "Metti mi piace alla nostra pagina Facebook"
)
WIDGET = (
    r"tempo di lettura\s*:?\s*\d+\s*(?:min(?:uti)?)?",
    r"\d+\s*min(?:uti)? di lettura",
    r"commenti\s*:?\s*\(?\d+\)?",
)
DESK_BYLINE = (
    r"(?:dal|dalla) (?:nostr[oa]) (?:inviat[oa](?: speciale)?|corrispondente|redazione)(?: a [\w'’ -]{2,30})?",
    r"la redazione",
)
CORRECTION = (
    r"rettifica\s*:",
    r"(?:una|nella|in una) (?:versione precedente|prima versione|precedente versione) (?:di questo|dell')\s?articolo",
    r"^ci scusiamo (?:con i (?:nostri )?lettori )?per l'errore",  # not «Ci scusiamo …», ha detto
    r"questo articolo è stato (?:aggiornato|corretto|modificato|integrato) (?:con|per)\b",
    # "Questo articolo è stato aggiornato alle 18.05 con …"
    r"^questo (?:articolo|testo|contenuto) è stato (?:aggiornato|corretto|modificato|integrato) (?:il|alle|alle ore) (?:[^.;:]|(?<=\d)[.:](?=\d)){1,40}?(?:\s+(?:con|per|dopo)\b|\s*:)",
    # "Aggiornamento ore 18:05: aggiunte le dichiarazioni …": the newsroom on its own text
    r"^aggiornamento\b[^:]{0,30}?(?:\d{1,2}[:.]\d{2})?\s*:\s*(?:aggiunt|aggiornat|corrett|modificat|integrat|inserit|precisat|rettificat)\w*",
    r"questo (?:articolo|contenuto) è stato aggiornato (?:il|alle) .{1,40}$",
    r"^questo (?:articolo|testo|contenuto) è stato (?:modificato|corretto|aggiornato|rettificato)(?: (?:il|alle) [^.;]{1,40}?)?,?\s+per (?:correggere|precisare|rettificare|chiarire|aggiungere|includere)\b",
)
EDITOR_NOTE = (r"nota (?:della redazione|del direttore)", r"n\.?d\.?r\.?")
SHARE = (
    r"condividi(?: su| con| l'articolo| questo articolo| questa notizia)?",
    r"invia(?: con| per| tramite)?",
    r"copia(?: il)? link",
    r"stampa",
)
AGENCY_FEED = (
    # "Articolo pubblicato automaticamente tramite il flusso dell'agenzia …: non è stato rivisto
    # dalla redazione."
    r"\b(?:articolo|testo|notizia|contenuto|lancio) (?:è stat[oa] )?pubblicat[oa] automaticamente\b",
    r"\b(?:da|dal|tramite) (?:un |il )?flusso (?:di |d'|dell'|della )?agenzi",
    r"\bnon è stat[oa] (?:modificat|rivist|editat|verificat)[oa] dalla (?:nostra )?redazione\b",
    r"\bpubblicat[oa] senza (?:modifiche|modificazioni|interventi) (?:dalla|della) (?:nostra )?redazione\b",
)
DISCLAIMER = (
    # "Le informazioni riportate in questo articolo non costituiscono consulenza finanziaria."
    r"^le informazioni (?:contenute |riportate |pubblicate )?(?:in|su) quest[oa] (?:articolo|pagina|sito)\b",
    r"^(?:questo|il presente) (?:articolo|contenuto|testo)\b.{0,100}?\bnon (?:costituisc|sostituisc|rappresent)\w*",
    r"^quanto (?:riportato|pubblicato|scritto)\b.{0,100}?\bnon (?:costituisc|sostituisc|rappresent)\w*",
)
BYLINE_ROLE = (r"corrispondente", r"inviat[oa](?: speciale)?", r"giornalista", r"redattrice", r"redattore")
