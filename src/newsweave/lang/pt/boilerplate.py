"""Portuguese page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"leia também",
    r"leia mais",
    r"veja também",
    r"saiba mais",
    r"veja mais",
    r"mais lidas",
    r"mais informações(?=\s*(?::|$))",
    r"relacionad[oa]s:",
    r"not[ií]cias relacionadas",
    r"(?:você )?(?:também )?pode(?:rá)? (?:também )?(?:se )?interessar(?:-(?:lhe|te))?(?=\s*(?::|$))",
)
PAYWALL = (
    r"exclusivo para assinantes",
    r"assine para",
    r"já é assinante",
    r"continue lendo",
    r"conteúdo exclusivo",
    # "Assine a Gazeta do Interior e receba a edição digital …" (a newsletter: NEWSLETTER)
    r"^assine\b(?!.{0,80}?\b(?:newsletter|boletim))"
    r".{0,80}?\b(?:e (?:receba|tenha|leia|aceda|acesse)|edição digital|por apenas|acesso ilimitado)\b",
)
NEWSLETTER = (
    r"(?:assine|subscreva|receba) (?:a nossa|nossa|a) newsletter",
    r"inscreva-se (?:na|em) (?:nossa )?newsletter",
    r"receba (?:as|todas as) (?:principais |últimas )?notícias .{0,40}(?:no seu e-?mail|por e-?mail|todas as manhãs)",
    # "Receba no seu e-mail as principais notícias …"; news in it ("Receba em seu email nosso ebook" is
    # a blog's, the benchmark's body)
    r"^receba\b(?=[^.]{0,100}?\b(?:notícias|newsletter|boletim|resumo|destaques|manchetes)\b)[^.]{0,60}?\b(?:n[oa] seu|em seu|n[oa] teu|por) e-?mail\b",
    r"(?:inscreva|cadastre|registe|registre|subscreva)-se (?:já )?(?:n[ao]|em|à|a)\s+(?:noss[ao] )?(?:newsletter|boletim)",
)
ADVERTISING = (r"publicidade", r"conteúdo patrocinado", r"patrocinado")
PICTURE_LABEL = (
    r"foto de capa",
    r"imagem de capa",
    r"foto ilustrativa",
    r"imagem",
    r"na (?:foto|imagem|fotografia)(?: de arquivo)?",  # "Na foto de arquivo: …"
)
PICTURE_SOURCE = (r"arquivo", r"foto de arquivo", r"imagem de arquivo")
STAFF_CREDIT = (r"com informações d[aoe]s?",)
AUTHOR_BIO = ()
ENGAGEMENT = (
    r"siga-nos",
    r"receba as notícias .{0,40}no (?:whatsapp|telegram)",
    r"compartilhe (?:esta|essa) (?:notícia|matéria)",
    r"deixe (?:seu|um) comentário",
    r"^(?:partilhe|compartilhe|partilhar|compartilhar) (?:este|esse|esta|essa) (?:artigo|notícia|matéria|reportagem|texto)\s*[.!]?$",  # the bare prompt; with networks it is a share bar
    r"^(?:encontrou|viu|detetou|detectou) (?:um|algum) erro\s*\?",
    r"comentários com textos",
    # channel pitches: "Entre no nosso canal de WhatsApp", "Junte-se à nossa comunidade"
    r"^(?:entre|participe|junte-se|adira)\s+(?:n[oa]|a[o]?|à|d[oa])\s+noss[oa]\s+(?:canal|comunidade|grupo)\b",
    r"compartilhe (?:nas|com)\b",
    r"^(?:curta|curtam|goste da|gostem da) (?:a )?(?:nossa|nossas) páginas?\b",  # "Curta a nossa página no Facebook"
    # "Siga o Diário X no Google Notícias": the outlet's own name between
    r"^siga\s+(?:[oa]s?\s+)?[\w'’ .-]{1,40}?\s+(?:n[oa]s?|pelo|pela|via)\s+(?:google (?:notícias|news)|facebook|instagram|x|twitter|linkedin|youtube|tiktok|whatsapp|telegram|threads|bluesky)\b",
)
WIDGET = (
    r"tempo de leitura\s*:?\s*\d+\s*(?:min(?:utos?)?)?",
    r"\d+\s*min(?:utos?)? de leitura",
    r"comentários?\s*:?\s*\(?\d+\)?",
)
DESK_BYLINE = (
    r"(?:de|do|da|por) (?:noss[oa]) (?:correspondente|enviad[oa] especial|redação)(?: em [\w'’ -]{2,30})?",
    r"a reda(?:ç|cç)ão",
)
CORRECTION = (
    r"correção\s*:",
    r"(?:uma|a) (?:versão anterior|primeira versão) (?:deste|desta) (?:artigo|reportagem|texto|notícia)",
    r"este (?:artigo|conteúdo|texto) foi (?:atualizado|corrigido) (?:com|para)\b",
    r"este (?:artigo|conteúdo|texto) foi atualizado (?:em|às|a) .{1,40}$",
    # "Esta notícia foi atualizada às 18h05 com …"
    r"^(?:este|esta) (?:artigo|texto|notícia|conteúdo|reportagem) foi (?:atualizad|actualizad|corrigid|alterad)[oa] (?:às|a|em|no dia) (?:[^.;:]|(?<=\d)[.:](?=\d)){1,40}?(?:\s+(?:com|para|após)\b|\s*:)",
    r"^(?:este|esta) (?:artigo|texto|notícia|reportagem|conteúdo) foi (?:corrigid|alterad|modificad|atualizad|rectificad|retificad)[oa](?: (?:a|em|no dia) [^.;]{1,40}?)?,?\s+para (?:corrigir|esclarecer|retificar|rectificar|precisar|incluir|acrescentar)\b",
)
EDITOR_NOTE = (r"nota d[ao] (?:redação|redacção|editor|edição)",)
SHARE = (
    r"(?:partilh|compartilh)(?:ar|e)(?: (?:esta|essa) (?:notícia|página|reportagem|matéria))?(?: no| na| em| por)?",
    r"enviar(?: por)?",
    r"copiar(?: o)? link",
    r"imprimir",
    r"correio(?: eletr[oóô]nico| electr[oóô]nico)?",
)
AGENCY_FEED = (
    # "Esta notícia foi publicada a partir de um serviço noticioso da agência … e não foi editada pela redação."
    # "… a partir do serviço noticioso da agência …": "do", "da" are "de o", "de a"
    r"\ba partir d(?:e (?:um |uma |o |a )?|o |a )(?:serviço|despacho|fluxo|telegrama|take)s?(?: noticioso| informativo| de notícias)? d[ea] (?:uma )?agência\b",
    r"\bnão foi (?:editad|revist|modificad|alterad)[oa] pela (?:nossa )?redação\b",
    r"\bpublicad[oa] sem (?:alterações|modificações|edição) pela (?:nossa )?reda(?:ç|cç)ão\b",
    r"\b(?:artigo|texto|notícia|conteúdo) (?:foi )?publicad[oa] automaticamente\b",
)
DISCLAIMER = (
    r"^as informações (?:contidas |publicadas )?(?:neste|nesta) (?:artigo|página|texto|site)\b",
    r"^(?:este|esta) (?:artigo|texto|conteúdo|publicação)\b.{0,100}?\bnão (?:constitui|substitui|representa)\b",
)
BYLINE_ROLE = (r"correspondente", r"enviad[oa] especial", r"jornalista", r"repórter")
