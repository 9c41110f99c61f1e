"""Portuguese page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"leia também",
    r"leia mais",
    r"veja também",
    r"saiba mais",
    r"veja mais",
    r"mais lidas",
    r"relacionad[oa]s:",
    r"not[ií]cias relacionadas",
)
PAYWALL = (
    r"exclusivo para assinantes",
    r"assine para",
    r"já é assinante",
    r"continue lendo",
    r"conteúdo exclusivo",
)
NEWSLETTER = (
    r"(?:assine|subscreva|receba) (?:a nossa|nossa|a) newsletter",
    r"inscreva-se (?:na|em) (?:nossa )?newsletter",
    r"receba (?:as|todas as) (?:principais |últimas )?notícias .{0,40}(?:no seu e-?mail|por e-?mail|todas as manhãs)",
)
ADVERTISING = (r"publicidade", r"conteúdo patrocinado", r"patrocinado")
PICTURE_LABEL = (r"foto de capa", r"imagem de capa", r"foto ilustrativa")
STAFF_CREDIT = (r"com informações d[aoe]s?",)
AUTHOR_BIO = ()
ENGAGEMENT = (
    r"siga-nos",
    r"receba as notícias .{0,40}no (?:whatsapp|telegram)",
    r"compartilhe (?:esta|essa) (?:notícia|matéria)",
    r"deixe (?:seu|um) comentário",
    r"comentários com textos",
    # channel pitches: "Entre no nosso canal de WhatsApp", "Junte-se à nossa comunidade"
    r"^(?:entre|participe|junte-se|adira)\s+(?:n[oa]|a[o]?|à|d[oa])\s+noss[oa]\s+(?:canal|comunidade|grupo)\b",
    r"compartilhe (?:nas|com)\b",
)
WIDGET = (
    r"tempo de leitura\s*:?\s*\d+\s*(?:min(?:utos?)?)?",
    r"\d+\s*min(?:utos?)? de leitura",
)
DESK_BYLINE = (r"(?:de|do|da|por) (?:noss[oa]) (?:correspondente|enviad[oa] especial|redação)(?: em [\w'’ -]{2,30})?",)
CORRECTION = (
    r"correção\s*:",
    r"(?:uma|a) (?:versão anterior|primeira versão) (?:deste|desta) (?:artigo|reportagem|texto|notícia)",
    r"este (?:artigo|conteúdo|texto) foi (?:atualizado|corrigido) (?:com|para)\b",
    r"este (?:artigo|conteúdo|texto) foi atualizado (?:em|às|a) .{1,40}$",
)
SHARE = (
    r"partilh(?:ar|e)(?: no| na| em| por)?",
    r"compartilh(?:ar|e)(?: no| na| em| por)?",
    r"enviar(?: por)?",
    r"copiar(?: o)? link",
    r"imprimir",
)
AGENCY_FEED = (
    # "Esta notícia foi publicada a partir de um serviço noticioso da agência … e não foi editada pela redação."
    r"\ba partir de (?:um |uma |o |a )?(?:serviço|despacho|fluxo|telegrama|take)s?(?: noticioso| informativo| de notícias)? d[ea] (?:uma )?agência\b",
    r"\bnão foi (?:editad|revist|modificad|alterad)[oa] pela (?:nossa )?redação\b",
    r"\b(?:artigo|texto|notícia|conteúdo) (?:foi )?publicad[oa] automaticamente\b",
)
DISCLAIMER = (
    r"^as informações (?:contidas |publicadas )?(?:neste|nesta) (?:artigo|página|texto|site)\b",
    r"^(?:este|esta) (?:artigo|texto|conteúdo|publicação)\b.{0,100}?\bnão (?:constitui|substitui|representa)\b",
)
BYLINE_ROLE = (r"correspondente", r"enviad[oa] especial", r"jornalista", r"repórter")
