"""Names that are certainly places: countries and the cities of the time-zone database.

A title-case word before a colon ("Moscow: ...") is a dateline only when it names a
place; "Brexit:" or "Presseförderung:" open a sentence about a topic. With no gazetteer
shipped, the evidence is what the installed packages carry: country names in the
languages we ingest (babel's CLDR data) and the cities that name time zones (the
system's tz database, in English, with babel's translations). Upper-case datelines
("NEW DELHI —") need no list: the wire convention itself marks them.
"""

from __future__ import annotations

import functools
import zoneinfo

from babel import Locale

from newsweave.lang import CODES


@functools.cache
def _places() -> frozenset[str]:
    names: set[str] = set()
    for zone in zoneinfo.available_timezones():
        if "/" in zone and not zone.startswith(("Etc/", "SystemV/")):
            names.add(zone.rsplit("/", 1)[1].replace("_", " ").casefold())
    for lang in CODES:
        locale = Locale.parse(lang)
        names.update(name.casefold() for name in locale.territories.values())
        for info in locale.time_zones.values():
            city = info.get("city") if hasattr(info, "get") else None
            if city:
                names.add(str(city).casefold())
    return frozenset(names)


def known_place(name: str) -> bool:
    """Whether `name` ("Moscow", "Deutschland", "New York") is a country or a time-zone city."""
    return name.strip(" .,").casefold() in _places()
