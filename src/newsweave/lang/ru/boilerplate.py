"""Russian and Ukrainian page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (
    r"читайте также",
    r"читайте еще",
    r"по теме:",
    r"смотрите также",
    r"читайте також",
    r"дивіться також",
)
PAYWALL = (r"только для подписчиков", r"оформите подписку")
NEWSLETTER = (r"подпишитесь на (?:нашу )?рассылку",)
ADVERTISING = (r"реклама", r"на правах рекламы")
PICTURE_LABEL = (r"фото на обложке",)
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (r"подписывайтесь на нас", r"подписывайтесь на наш канал")
