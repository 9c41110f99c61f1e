"""Spanish page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"leer más",
    r"l(?:ee|ea|eé) también",  # "Leé también:", Rioplatense
    r"mir[aá] también(?=\s*(?::|$))",
    r"te puede interesar",
    r"también te puede interesar",
    r"le puede interesar",
    r"vea también",
    r"ver también",
    r"contenido relacionado",
    r"noticias relacionadas",
    r"relacionad[oa]s?:",
    r"lo más leído",
    r"más (?:información|noticias)(?=\s*(?::|$))",  # "Más información: …", another story's teaser
    r"haga clic aquí",
    r"haz clic aquí",
    r"(?:también )?puede(?:n)? interesar(?:te|le|les)(?=\s*(?::|$))",
    r"(?:te|le|les) (?:podría|pueden|podrían) interesar(?=\s*(?::|$))",
)
PAYWALL = (
    r"exclusivo para suscriptores",
    r"suscr[ií]bite (?:acá|aquí)",
    r"suscríbete",
    r"ya eres suscriptor",
    r"hazte miembro",
    r"hazte socio",
    r"para seguir leyendo",
    r"contenido exclusivo para",
    # "Suscríbase a El Faro y reciba la edición digital …" (to a newsletter: NEWSLETTER)
    r"^suscr[ií]b(?:ete|ase|ite|anse)\b(?!.{0,80}?\b(?:boletín|boletines|newsletter))"
    r".{0,80}?\b(?:y (?:recib|disfrut|acced|lea|lee)|edición digital|acceso ilimitado|por solo)",
)
NEWSLETTER = (
    # tú, usted and vos: "Suscríbete a nuestro boletín", "Suscríbase a …", "Suscribite al …"
    r"suscr[ií]b(?:ete|ase|ite|anse)\s+(?:gratis\s+)?(?:a|al|en)\s+(?:(?:nuestr[oa]s?|el|la|los)\s+)?(?:[\w'’-]+\s+){0,2}?(?:boletín|boletines|newsletters?)",
    r"recib(?:e|a|í) (?:nuestro|el) boletín",
    r"recib(?:e|a|í) (?:cada \w+ )?(?:las|todas las) (?:principales |últimas |más importantes )?noticias .{0,40}(?:en tu correo|en su correo|por e-?mail|cada mañana)",
    # "Recibe en tu correo las noticias …": news in it, as in en
    r"^recib(?:e|a|í)\s+(?:en|por)\s+(?:tu|su)\s+(?:correo|e-?mail|bandeja)\b(?=[^.]{0,80}?\b(?:noticias|titulares|boletín|newsletter|resumen)\b)",
)
ADVERTISING = (r"publicidad", r"contenido patrocinado", r"patrocinado")
PICTURE_LABEL = (
    r"fuente de la imagen",
    r"imagen de portada",
    r"foto de portada",
    r"en la (?:foto|imagen|fotografía)(?: de archivo)?",  # "En la imagen de archivo: …"
)
# a caption's last word in brackets: "Un obrero en una obra de Cuenca, el pasado mayo. (Archivo)"
PICTURE_SOURCE = (r"archivo", r"foto(?:grafía)? de archivo", r"imagen de archivo")
STAFF_CREDIT = (r"con información de", r"redacción:")
AUTHOR_BIO = (r"es (?:periodista|redactor|redactora|corresponsal) (?:de|en)\b.{0,60}$",)
ENGAGEMENT = (
    r"en nuestro canal de (?:whatsapp|telegram)",
    r"sigue (?:en directo|nuestra cobertura)",
    # "Sigue toda la actualidad de la Copa en nuestro directo"
    r"^sigue\b[^.]{0,80}?\ben nuestr[oa] (?:directo|minuto a minuto|canal|blog|cobertura|especial|web|página|app)\b",
    r"^sigue (?:toda la|todas las) (?:actualidad|última hora|noticias|novedades)\b",
    r"síguenos en",
    r"^(?:seguinos|s[ií]ganos)\b",  # vos and usted: "Seguinos en Instagram"
    # channel pitches: "Recibí las últimas noticias de Salto en tu WhatsApp", "Únete a nuestro canal"
    r"^recib(?:e|a|í)\b.{0,60}?\b(?:en|por) (?:tu|su) (?:whatsapp|telegram|celular|móvil|teléfono)\b",
    r"^(?:únete|unite|únase|sumate|súmate) a (?:nuestro|nuestra) (?:canal|comunidad|grupo)\b",
    r"^(?:dale|da|dé|dá|pon) (?:me gusta|like) a (?:nuestra|nuestras) páginas?\b",  # "Dale me gusta a nuestra página"
    r"compártel[oa] en (?:tus |las )?redes",
    r"comparte (?:esta|la) noticia",
    r"deja (?:tu|un) comentario",
    # a broadcaster's promo: "Escucha el informativo de Radio X cada hora en nuestra web"
    r"^(?:escucha|escuche|mira|vea|sintoniza)\b.{0,30}?\b(?:informativo|boletín|programa|telediario|noticiero|podcast)\b.{0,80}?\ben (?:nuestra|nuestro|la) (?:web|página|app|aplicación|emisora|canal)\b",
    r"^compart(?:e|a|ir) (?:este|el) artículo\s*[.!]?$",  # the bare prompt; with networks it is a share bar
    r"^¿?(?:has|ha) (?:visto|detectado|encontrado) (?:un|algún) error\s*\?",
    # "Sigue a El Faro en Google Noticias": the personal "a" before the outlet; "Sigue la
    # polémica en Twitter" is news
    r"^(?:sigue|siga|seguí)\s+(?:a|al)\s+[\w'’ .-]{1,40}?\s+en\s+(?:google (?:noticias|news)|facebook|instagram|x|twitter|linkedin|youtube|tiktok|whatsapp|telegram|threads|bluesky)\b",
)
DISCLOSURE = (r"este artículo contiene enlaces (?:de afiliados|patrocinados)",)
WIDGET = (
    r"tiempo de lectura\s*:?\s*\d+\s*(?:min(?:utos?)?)?",
    r"\d+\s*min(?:utos?)? de lectura",
    r"comentarios?\s*:?\s*\(?\d+\)?",
)
DESK_BYLINE = (
    r"(?:de|por) (?:nuestr[oa]s?) (?:corresponsal(?:es)?|enviad[oa]s? especial(?:es)?|redacción)(?: en [\w'’ -]{2,30})?",
    r"la redacción",
)
AGENCY_FEED = (
    # "Esta noticia ha sido publicada a partir del servicio de una agencia de noticias"
    r"\ba partir de(?:l| un| una| la)? (?:servicio|teletipo|despacho|cable|información)s?(?: de (?:cables|noticias|teletipos))? de (?:una |la |las )?agencias?\b",
    r"\bpublicad[oa] a partir de(?:l| un| una| la)? (?:servicio|despacho) de (?:cables|teletipos)\b",
    r"\bno (?:ha sido|fue) (?:editad|modificad|revisad)[oa] por (?:la|nuestra) redacción\b",
    # "Esta noticia procede de un teletipo de la agencia … y se publica sin cambios."
    r"^(?:est[ea] (?:noticia|artículo|texto|información|contenido|nota))\b.{0,30}?\b(?:procede|proviene) de (?:un|una) (?:teletipo|despacho|cable)\b",
    r"\bpublicad[oa] sin (?:cambios|modificaciones|edición) (?:por|de) (?:la|nuestra) redacción\b",
)
CORRECTION = (
    r"fe de errores",
    r"corrección\s*:",
    r"(?:una|la) (?:primera versión|versión (?:anterior|original|previa|inicial)) de (?:este|esta) (?:artículo|texto|reportaje|nota)",
    r"este artículo (?:ha sido|fue) (?:corregido|actualizado) (?:para|con)\b",
    # "Esta noticia fue actualizada a las 18.05 con …"
    r"^est[ea] (?:artículo|texto|noticia|información|contenido|nota) (?:ha sido|fue) (?:actualizad|corregid|modificad|ampliad)[oa] (?:el|a las) (?:[^.;:]|(?<=\d)[.:](?=\d)){1,40}?(?:\s+(?:con|para|tras)\b|\s*:)",
    r"^actualización\b[^:]{0,30}?:\s*(?:se (?:agregó|añadió|agrega|añade|incluy)|agregamos|añadimos|incluimos)",
    r"este (?:artículo|contenido|texto|reportaje) (?:ha sido|fue) actualizad[oa] (?:el|a las|por última vez) .{1,40}$",
    r"^est[ea] (?:artículo|texto|reportaje|contenido|nota) (?:ha sido|fue) (?:corregid|modificad|actualizad|rectificad)[oa](?: el [^.;]{1,40}?)?,?\s+para (?:corregir|aclarar|precisar|rectificar|incluir|añadir)\b",
)
EDITOR_NOTE = (r"nota (?:de la|del) (?:redacción|editor|editora)",)
SHARE = (
    r"compartir(?: (?:esta|la) (?:noticia|nota|información)| este artículo)?(?: en| por)?",
    r"comparte(?: esta noticia| en)?",
    r"enviar(?: por)?",
    r"copiar(?: el)? (?:enlace|link)",
    r"imprimir",
    r"correo(?: electrónico)?",
)
DISCLAIMER = (
    r"^(?:la información|el contenido|los contenidos) (?:contenid[oa]s? |publicad[oa]s? )?(?:en|de) (?:este|esta) (?:artículo|nota|página|sitio)\b",
    r"^(?:este|esta) (?:artículo|nota|contenido|publicación)\b.{0,100}?\bno (?:constituye|sustituye|reemplaza|representa)\b",
)
BYLINE_ROLE = (r"corresponsal(?:es)?", r"enviad[oa] especial", r"periodista", r"redactora?")
