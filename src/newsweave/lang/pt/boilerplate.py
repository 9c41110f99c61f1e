"""Portuguese page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"leia também",
    r"leia mais",
    r"veja também",
    r"saiba mais",
    r"veja mais",
    r"mais lidas",
    r"relacionad[oa]s:",
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
)
WIDGET = (
    r"tempo de leitura\s*:?\s*\d+\s*(?:min(?:utos?)?)?",
    r"\d+\s*min(?:utos?)? de leitura",
)
DESK_BYLINE = (r"(?:de|do|da|por) (?:noss[oa]) (?:correspondente|enviad[oa] especial|redação)(?: em [\w'’ -]{2,30})?",)
CORRECTION = (
    r"correção\s*:",
    r"uma versão anterior (?:deste|desta) (?:artigo|reportagem|texto)",
    r"este (?:artigo|conteúdo|texto) foi atualizado (?:em|às|a) .{1,40}$",
)
