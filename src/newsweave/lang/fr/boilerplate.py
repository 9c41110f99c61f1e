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
    r"plus d'info(?:rmation)?s(?=\s*(?::|$))",
    r"(?:ça|cela) (?:pourrait|peut|devrait) (?:aussi |également )?vous intéresser(?=\s*(?::|$))",
    r"vous (?:pourriez|pouvez) (?:aussi |également )?(?:aimer|être intéressée?s?)(?=\s*(?::|$))",
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
    r"inscrivez-vous (?:gratuitement |dès maintenant )?à (?:notre|la|nos) (?:newsletters?|infolettres?|lettres? d'information)",
    # "Recevez chaque mardi notre lettre « Jardins » : inscrivez-vous gratuitement."
    r"^recevez\b.{0,40}?\b(?:notre|nos) lettres?\b.{0,60}?\binscrivez-vous\b",
    r"recevez\b.{0,40}?\b(?:notre|nos|la|les) (?:newsletters?|infolettres?|lettres? d'information)",  # "Recevez chaque jeudi notre newsletter"
    r"^(?:infolettre|newsletter)\b.{0,40}:\s*(?:recevez|chaque)",
    r"je m'inscris",
    r"^recevez\b(?=[^.]{0,100}?\b(?:actualités?|infos?|informations|newsletter|titres)\b)[^.]{0,60}?\b(?:par (?:e-?mail|courriel)|dans votre (?:boîte|messagerie))",
)
ADVERTISING = (r"publicité", r"pub", r"contenu sponsorisé", r"sponsorisé", r"partenariat")
PICTURE_LABEL = (
    r"photo d'illustration",
    r"image d'illustration",
    r"crédit photo",
    r"légende",
    r"(?:notre|nos|sur (?:notre|la|cette)) photos?(?: d'archives?)?",  # a caption's label: "Notre photo: …"
)
PICTURE_SOURCE = (r"archives?", r"photo d'archives?", r"image d'archives?", r"illustration")
STAFF_CREDIT = (r"avec afp", r"propos recueillis par")
AUTHOR_BIO = (r"journaliste (?:à|au|chez)\b.{0,60}$", r"suivez-(?:le|la) sur (?:twitter|x)")
ENGAGEMENT = (
    r"suivez (?:notre|en) direct",
    r"suivez-nous sur",
    r"partagez cet article",
    r"partagez-(?:le|la|les)\b",
    r"^(?:aimez|likez) (?:notre|nos) pages?\b",  # "Aimez notre page Facebook"  # "Cet article vous a intéressé ? Partagez-le avec vos amis."
    r"laissez un commentaire",
    r"réagissez",
    # the page asking readers to report a mistake: "Une faute ? Signalez-la."
    r"^(?:vous avez |avez-vous )?(?:repéré|remarqué|trouvé|vu|constaté|relevé) une (?:erreur|faute|coquille)\s*\?",
    r"^signale[rz] une (?:erreur|faute|coquille)\b",
    # channel pitches: "Nos infos sont désormais sur Telegram : rejoignez notre canal."
    r"rejoignez(?:-nous)? (?:notre|nos|la) (?:chaîne|canal|communauté|groupe)",
    r"^(?:nos (?:articles|infos|informations)|notre (?:actualité|rédaction)|retrouvez-nous) (?:sont |est )?(?:aussi |également |désormais )*(?:disponibles? )?sur (?:whatsapp|telegram|instagram|facebook|tiktok)\b",
    r"^(?:recevez|suivez)\b.{0,60}?\b(?:sur|via) (?:whatsapp|telegram)\b",
    # a broadcaster's promo: "Retrouvez le reportage de … dans notre journal de 20 heures"
    r"^(?:retrouvez|revoyez|réécoutez|regardez)\b.{0,120}?\b(?:dans|sur) (?:notre|nos) (?:journal|journaux|édition|émission|magazine|matinale|antenne)\b",
    r"^suivez\s+[\w'’ .-]{1,40}?\s+(?:sur|via)\s+(?:google (?:actualités|news)|facebook|instagram|x|twitter|linkedin|youtube|tiktok|whatsapp|telegram|threads|bluesky)\b",  # "Suivez L'Écho sur Google Actualités"
)
SHARE = (
    r"partager(?: sur| par| cet article| cette (?:page|info|information|actualité))?",
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
    r"commentaires?\s*:?\s*\(?\d+\)?",
)
DESK_BYLINE = (
    # "De notre correspondante, Claire Duvivier", "Par notre correspondant à Niamey"
    r"(?:de|par) (?:notre|nos) (?:correspondante?s?|envoyée?s? spéciale?s?|envoyée?s?|journalistes?|rédaction)(?: (?:permanente?s? )?(?:à|au|aux|en) [\w'’ -]{2,30})?",
    r"la rédaction",  # "La rédaction | 15/02/2025"
)
CORRECTION = (
    r"(?:rectificatif|correctif|erratum)(?:\s*\([^()]{1,30}\))?\s*:",  # "Correctif (5 novembre) :"
    r"(?:une|dans une|la) (?:(?:précédente|première) version|version (?:précédente|antérieure|initiale)) de cet article",
    r"cet article a été (?:corrigé|modifié|mis à jour|complété) (?:pour|avec|afin)\b",
    r"(?:cet article|ce contenu) a été (?:mis à jour|actualisé) (?:le|à) .{1,40}$",
    r"^(?:cet article|ce contenu) (?:sera|a été) (?:mis à jour|actualisé)\b",
    # "Cet article a été modifié à 9h12 pour corriger …", "… le 4 mai : …"
    r"^(?:cet article|ce contenu) a été (?:modifié|corrigé|complété|rectifié) (?:le|à) (?:[^.;:]|(?<=\d)[.:](?=\d)){1,40}?(?:\s+(?:avec|pour|afin)\b|\s*:)",
    r"^mise à jour\b[^:.]{0,60}:",
    r"(?:nous présentons )?nos excuses à nos lect(?:eurs|rices)",
    r"^(?:cet article|ce contenu) a été (?:corrigé|modifié|rectifié|mis à jour)(?: le [^.;]{1,40}?)?,?\s+(?:pour|afin de) (?:corriger|rectifier|préciser)\b",
)
EDITOR_NOTE = (r"note de la rédaction", r"n\.?d\.?l\.?r\.?", r"note de l'éditeur")
AGENCY_FEED = (
    # "Cette dépêche a été publiée automatiquement et n'a pas été relue par la rédaction."
    r"\b(?:article|dépêche|texte|contenu) (?:a été )?publiée? automatiquement\b",
    r"\bn'a pas été (?:modifiée?|éditée?|relue?|retravaillée?) par (?:la|notre) rédaction\b",
    # "Cet article a été publié à partir du fil de l'agence …"
    # "Ce texte est issu d'une dépêche de l'agence Hexa Presse, publiée sans modification par notre rédaction."
    r"^(?:cet article|cette (?:dépêche|brève|information)|ce (?:texte|contenu))\b.{0,30}?\b(?:est )?(?:issue?|tirée?) d'une dépêche\b",
    r"\bpubliée?s? sans (?:modification|changement|retouche)s? par (?:la|notre) rédaction\b",
    r"\b(?:publiée?s?|rédigée?s?|diffusée?s?) à partir (?:du|d'un|d'une|de la|de l')\s*(?:fil|flux|service|dépêche)s?(?: d'informations?| d'actualités?| de dépêches)? (?:de l'|d'une |des |de la )agences?\b",
)
