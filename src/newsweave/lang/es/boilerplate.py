"""Spanish page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"leer más",
    r"lee también",
    r"lea también",
    r"te puede interesar",
    r"también te puede interesar",
    r"le puede interesar",
    r"vea también",
    r"ver también",
    r"contenido relacionado",
    r"noticias relacionadas",
    r"relacionad[oa]s?:",
    r"lo más leído",
    r"haga clic aquí",
    r"haz clic aquí",
)
PAYWALL = (
    r"exclusivo para suscriptores",
    r"suscríbete",
    r"ya eres suscriptor",
    r"hazte miembro",
    r"hazte socio",
    r"para seguir leyendo",
    r"contenido exclusivo para",
)
NEWSLETTER = (
    r"suscríbete a (?:nuestro|nuestra) (?:boletín|newsletter)",
    r"recibe (?:nuestro|el) boletín",
    r"recibe (?:las|todas las) (?:principales |últimas )?noticias .{0,40}(?:en tu correo|por e-?mail|cada mañana)",
)
ADVERTISING = (r"publicidad", r"contenido patrocinado", r"patrocinado")
PICTURE_LABEL = (r"fuente de la imagen", r"imagen de portada", r"foto de portada")
STAFF_CREDIT = (r"con información de", r"redacción:")
AUTHOR_BIO = (r"es (?:periodista|redactor|redactora|corresponsal) (?:de|en)\b.{0,60}$",)
ENGAGEMENT = (
    r"en nuestro canal de (?:whatsapp|telegram)",
    r"sigue (?:en directo|nuestra cobertura)",
    # "Sigue toda la actualidad de la Copa en nuestro directo"
    r"^sigue\b[^.]{0,80}?\ben nuestr[oa] (?:directo|minuto a minuto|canal|blog|cobertura|especial|web|página|app)\b",
    r"^sigue (?:toda la|todas las) (?:actualidad|última hora|noticias|novedades)\b",
    r"síguenos en",
    r"comparte (?:esta|la) noticia",
    r"deja (?:tu|un) comentario",
)
DISCLOSURE = (r"este artículo contiene enlaces (?:de afiliados|patrocinados)",)
WIDGET = (
    r"tiempo de lectura\s*:?\s*\d+\s*(?:min(?:utos?)?)?",
    r"\d+\s*min(?:utos?)? de lectura",
)
DESK_BYLINE = (
    r"(?:de|por) (?:nuestr[oa]s?) (?:corresponsal(?:es)?|enviad[oa]s? especial(?:es)?|redacción)(?: en [\w'’ -]{2,30})?",
)
AGENCY_FEED = (
    # "Esta noticia ha sido publicada a partir del servicio de una agencia de noticias"
    r"\ba partir de(?:l| un| una| la)? (?:servicio|teletipo|despacho|cable|información)s? de (?:una |la |las )?agencias?\b",
    r"\bno (?:ha sido|fue) (?:editad|modificad|revisad)[oa] por (?:la|nuestra) redacción\b",
)
CORRECTION = (
    r"fe de errores",
    r"corrección\s*:",
    r"una versión anterior de este (?:artículo|texto|reportaje)",
    r"este artículo (?:ha sido|fue) (?:corregido|actualizado) para",
    r"este (?:artículo|contenido|texto|reportaje) (?:ha sido|fue) actualizad[oa] (?:el|a las|por última vez) .{1,40}$",
)
