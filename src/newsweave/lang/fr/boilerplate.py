"""French page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"articles? liés(?=\s*(?::|$))",
    r"sur le même thème(?=\s*(?::|$))",  # "Sur le même thème, le ministre …" is prose
    r"lire aussi",
    r"à lire aussi",
    r"a lire aussi",
    r"lire la suite",
    r"lire également",
    r"voir aussi",
    r"sur le même sujet",
    r"à voir aussi",
    r"les plus lus",
    r"vous aimerez aussi",
    r"cliquez ici",
    r"en savoir plus",
)
PAYWALL = (
    r"réservé aux abonnés",
    r"cet article vous est offert",
    r"article réservé",
    r"abonnez-vous",
    r"déjà abonné",
    r"pour lire la suite",
    r"il vous reste \d+% de cet article",
    r"cet article est réservé",
    r"la suite est réservée",
    r"soutenez (?:notre|le) journalisme",
)
NEWSLETTER = (
    r"inscrivez-vous à (?:notre|la|nos) newsletters?",
    r"recevez\b.{0,40}?\b(?:notre|nos|la|les) (?:newsletters?|infolettres?|lettres? d'information)",  # "Recevez chaque jeudi notre newsletter"
    r"^(?:infolettre|newsletter)\b.{0,40}:\s*(?:recevez|chaque)",
    r"je m'inscris",
)
ADVERTISING = (r"publicité", r"pub", r"contenu sponsorisé", r"sponsorisé", r"partenariat")
PICTURE_LABEL = (
    r"photo d'illustration",
    r"image d'illustration",
    r"crédit photo",
    r"légende",
    r"(?:notre|nos|sur (?:notre|la|cette)) photos?",  # a caption's label: "Notre photo: …"
)
STAFF_CREDIT = (r"avec afp", r"propos recueillis par")
AUTHOR_BIO = (r"journaliste (?:à|au|chez)\b.{0,60}$", r"suivez-(?:le|la) sur (?:twitter|x)")
ENGAGEMENT = (
    r"suivez (?:notre|en) direct",
    r"suivez-nous sur",
    r"partagez cet article",
    r"partagez-(?:le|la|les)\b",  # "Cet article vous a intéressé ? Partagez-le avec vos amis."
    r"laissez un commentaire",
    r"réagissez",
    # channel pitches: "Nos infos sont désormais sur Telegram : rejoignez notre canal."
    r"rejoignez(?:-nous)? (?:notre|nos|la) (?:chaîne|canal|communauté|groupe)",
    r"^(?:nos (?:articles|infos|informations)|notre (?:actualité|rédaction)|retrouvez-nous) (?:sont |est )?(?:aussi |également |désormais )*(?:disponibles? )?sur (?:whatsapp|telegram|instagram|facebook|tiktok)\b",
    r"^(?:recevez|suivez)\b.{0,60}?\b(?:sur|via) (?:whatsapp|telegram)\b",
)
SHARE = (
    r"partager(?: sur| par| cet article)?",
    r"partagez(?: sur| cet article)?",
    r"envoyer(?: par)?",
    r"copier(?: le)? lien",
    r"imprimer",
    r"courriel",
)
DISCLAIMER = (
    r"^les (?:informations|contenus?) (?:contenue?s |publiée?s |présentée?s )?(?:dans|de|sur) (?:cet article|cette page|ce site)\b",
    r"^(?:cet article|ce contenu|cette publication)\b.{0,100}?\bne (?:constitue|remplace|saurait)\b",
)
BYLINE_ROLE = (r"correspondante?s?", r"envoyée? spéciale?", r"journaliste", r"rédact(?:eur|rice)")
DISCLOSURE = (r"cet article contient des liens (?:affiliés|sponsorisés)",)
WIDGET = (
    r"temps de lecture\s*:?\s*\d+\s*(?:min(?:utes?)?)?",
    r"\d+\s*min(?:utes?)? de lecture",
    r"lecture\s*:\s*\d+\s*min(?:utes?)?\.?",
)
DESK_BYLINE = (
    # "De notre correspondante, Claire Duvivier", "Par notre correspondant à Niamey"
    r"(?:de|par) (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?|envoyée?s?|journalistes?|rédaction)(?: (?:permanente?s? )?(?:à|au|aux|en) [\w'’ -]{2,30})?",
)
CORRECTION = (
    r"(?:rectificatif|correctif|erratum)(?:\s*\([^()]{1,30}\))?\s*:",  # "Correctif (5 novembre) :"
    r"(?:une|dans une|la) (?:(?:précédente|première) version|version (?:précédente|antérieure|initiale)) de cet article",
    r"cet article a été (?:corrigé|modifié|mis à jour|complété) (?:pour|avec|afin)\b",
    r"(?:cet article|ce contenu) a été (?:mis à jour|actualisé) (?:le|à) .{1,40}$",
    r"^(?:cet article|ce contenu) (?:sera|a été) (?:mis à jour|actualisé)\b",
    r"^mise à jour\b[^:.]{0,60}:",
    r"(?:nous présentons )?nos excuses à nos lect(?:eurs|rices)",
)
AGENCY_FEED = (
    # "Cette dépêche a été publiée automatiquement et n'a pas été relue par la rédaction."
    r"\b(?:article|dépêche|texte|contenu) (?:a été )?publiée? automatiquement\b",
    r"\bn'a pas été (?:modifiée?|éditée?|relue?|retravaillée?) par (?:la|notre) rédaction\b",
)
