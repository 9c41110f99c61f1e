"""Turkish page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (r"ilgili haberler", r"bunlar da ilginizi çekebilir", r"devamını oku")
PAYWALL = (r"abonelere özel",)
NEWSLETTER = (r"bültenimize abone olun",)
ADVERTISING = (r"reklam",)
PICTURE_LABEL = ()
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (r"bizi takip edin", r"google news'te takip edin")
