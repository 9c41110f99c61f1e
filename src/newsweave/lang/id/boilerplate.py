"""Indonesian page furniture. Entries are lower-case regular-expression fragments (see newsweave.ingest.boilerplate)."""

SEE_ALSO = (r"baca juga", r"baca selengkapnya", r"berita terkait")
PAYWALL = (r"khusus pelanggan",)
NEWSLETTER = (r"berlangganan newsletter",)
ADVERTISING = (r"iklan", r"advertorial")
PICTURE_LABEL = ()
STAFF_CREDIT = ()
AUTHOR_BIO = ()
ENGAGEMENT = (r"ikuti kami di",)
