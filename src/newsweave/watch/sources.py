"""SOURCE arguments to feed URLs: a URL is a feed (RSS/Atom/JSON Feed or news sitemap, told
apart when fetched); a file is an OPML list of feeds."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from newsweave.errors import InputError
from newsweave.watch.feeds import _XML


def expand(sources: list[str]) -> list[str]:
    """Feed URLs, in order, each once. Raises InputError naming a source that is neither."""
    urls: list[str] = []
    for source in sources:
        if source.startswith(("http://", "https://")):
            urls.append(source)
        else:
            urls.extend(opml(Path(source)))
    return list(dict.fromkeys(urls))


def opml(path: Path) -> list[str]:
    try:
        root = etree.fromstring(path.read_bytes(), _XML)
    except OSError as exc:
        raise InputError(str(path), f"cannot read ({exc.strerror or exc})") from None
    except etree.XMLSyntaxError as exc:
        raise InputError(str(path), f"not an OPML file ({exc})") from None
    if root.tag.lower() != "opml":
        raise InputError(str(path), "not an OPML file (a source is a feed URL or an OPML file)")
    urls = [
        o.get("xmlUrl", "").strip()
        for o in root.iter("outline")
        if o.get("xmlUrl", "").strip().startswith(("http://", "https://"))
    ]
    if not urls:
        raise InputError(str(path), "OPML file lists no http(s) feed")
    return urls
