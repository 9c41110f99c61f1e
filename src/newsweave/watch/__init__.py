"""Following sources: `newsweave watch` and `newsweave serve --watch`.

sources.py   what a SOURCE argument names: feed URLs, an OPML file of feeds
http.py      the polite HTTP client: conditional GET, per-host limits, robots.txt
feeds.py     one poll of one feed: RSS/Atom (feedparser), JSON Feed, news sitemap
items.py     feed entries to articles (a link-only entry is fetched and extracted)
watcher.py   the loop: due feeds polled, new articles through the stream ingest,
             feed state and dossier versions in the store, change records out
"""
