"""A synthetic news stream: invented events reported by invented outlets in four languages.

Used by the stream benchmark and the tests. Every name, place and number is generated;
the templates are written for this module. Each event has a kind (earthquake, summit,
match, ...), a date, a cast of names and a few numbers; several outlets report it in
en/fr/es/de, some without a date or a title. Some events get a *twin*: same kind, same
country and leader, another place, other numbers, weeks or months later: the clustering
trap of two summits of the same leaders or two earthquakes in one country.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsweave.model import Article

LANGS = ("en", "fr", "es", "de")
LANG_WEIGHTS = (0.55, 0.15, 0.15, 0.15)

_ONSETS = "b br c d dr f g gr k l m n p pr r s st t tr v z".split()
_VOWELS = "a e i o u a e o ia".split()
_CODAS = ["", "", "n", "r", "s", "l", "nd", "rt", "sk"]

# Country names change their ending with the language, as real ones do.
_COUNTRY_ENDINGS = {"en": "ia", "fr": "ie", "es": "ia", "de": "ien"}

# Per kind and language: titles, leads, details. Slots: {place} {country} {leader} {person}
# {org} {n1} {n2} {n3} {weekday}. Leads carry the who/where/what, details the numbers.
TEMPLATES: dict[str, dict[str, dict[str, list[str]]]] = {
    "quake": {
        "en": {
            "title": [
                "Magnitude {n1} earthquake strikes {place}, {country}",
                "Deadly quake hits {place} as buildings collapse",
            ],
            "lead": [
                "A magnitude {n1} earthquake struck near {place} in {country} on {weekday}, "
                "toppling buildings and killing at least {n2} people, officials said.",
                "At least {n2} people died when a strong earthquake of magnitude {n1} shook "
                "{place}, {country}, early on {weekday}, according to the {org}.",
            ],
            "detail": [
                "Rescue teams searched the rubble through the night while {n3} people were "
                "treated in hospitals.",
                "{person}, a spokesman for the {org}, said the quake was felt as far as the coast.",
                "President {leader} declared three days of mourning and sent the army to {place}.",
            ],
        },
        "fr": {
            "title": [
                "Un séisme de magnitude {n1} frappe {place} en {country}",
                "Séisme meurtrier à {place}: des immeubles effondrés",
            ],
            "lead": [
                "Un séisme de magnitude {n1} a frappé {weekday} la région de {place}, en "
                "{country}, faisant au moins {n2} morts selon les autorités.",
                "Au moins {n2} personnes ont péri dans un violent tremblement de terre de "
                "magnitude {n1} à {place}, en {country}, a annoncé le {org}.",
            ],
            "detail": [
                "Les secours fouillaient les décombres toute la nuit et {n3} blessés ont été "
                "hospitalisés.",
                "{person}, porte-parole du {org}, a indiqué que la secousse a été ressentie "
                "jusque sur la côte.",
                "Le président {leader} a décrété trois jours de deuil et envoyé l'armée à {place}.",
            ],
        },
        "es": {
            "title": [
                "Un terremoto de magnitud {n1} sacude {place}, en {country}",
                "Sismo mortal en {place}: edificios derrumbados",
            ],
            "lead": [
                "Un terremoto de magnitud {n1} sacudió el {weekday} la zona de {place}, en "
                "{country}, y dejó al menos {n2} muertos, según las autoridades.",
                "Al menos {n2} personas murieron en un fuerte sismo de magnitud {n1} en "
                "{place}, {country}, informó el {org}.",
            ],
            "detail": [
                "Los rescatistas buscaron entre los escombros toda la noche y {n3} heridos "
                "fueron atendidos en hospitales.",
                "{person}, portavoz del {org}, dijo que el temblor se sintió hasta la costa.",
                "El presidente {leader} decretó tres días de luto y envió al ejército a {place}.",
            ],
        },
        "de": {
            "title": [
                "Erdbeben der Stärke {n1} erschüttert {place} in {country}",
                "Tödliches Beben in {place}: Gebäude eingestürzt",
            ],
            "lead": [
                "Ein Erdbeben der Stärke {n1} hat am {weekday} die Region {place} in "
                "{country} erschüttert und mindestens {n2} Menschen getötet.",
                "Mindestens {n2} Menschen sind bei einem schweren Erdbeben der Stärke {n1} "
                "in {place} ({country}) ums Leben gekommen, teilte das {org} mit.",
            ],
            "detail": [
                "Rettungskräfte suchten die ganze Nacht in den Trümmern, {n3} Verletzte "
                "wurden in Krankenhäusern behandelt.",
                "{person}, Sprecher des {org}, sagte, das Beben sei bis an die Küste zu spüren gewesen.",
                "Präsident {leader} ordnete drei Tage Staatstrauer an und schickte die Armee nach {place}.",
            ],
        },
    },
    "summit": {
        "en": {
            "title": [
                "{leader} and {person} meet in {place} for summit",
                "Summit in {place} ends with joint statement",
            ],
            "lead": [
                "President {leader} of {country} and {person} met in {place} on {weekday} for "
                "a summit on trade and security, and signed a joint statement of {n2} points.",
                "{leader} and {person} ended their summit in {place} with a pledge to cut "
                "tariffs by {n1} percent, the {org} said.",
            ],
            "detail": [
                "The talks lasted {n3} minutes longer than planned, aides said.",
                "Critics in {country} said the statement was vague on the key questions.",
                "The two leaders agreed to meet again before the end of the year.",
            ],
        },
        "fr": {
            "title": [
                "Sommet à {place}: {leader} et {person} signent une déclaration commune",
                "{leader} et {person} réunis à {place}",
            ],
            "lead": [
                "Le président {leader}, de {country}, et {person} se sont rencontrés {weekday} "
                "à {place} pour un sommet sur le commerce et la sécurité, signant une "
                "déclaration de {n2} points.",
                "{leader} et {person} ont conclu leur sommet de {place} en promettant de "
                "réduire les droits de douane de {n1} %, selon le {org}.",
            ],
            "detail": [
                "Les discussions ont duré {n3} minutes de plus que prévu, selon des conseillers.",
                "En {country}, des critiques ont jugé la déclaration floue sur l'essentiel.",
                "Les deux dirigeants ont convenu de se revoir avant la fin de l'année.",
            ],
        },
        "es": {
            "title": [
                "Cumbre en {place}: {leader} y {person} firman una declaración conjunta",
                "{leader} y {person} se reúnen en {place}",
            ],
            "lead": [
                "El presidente {leader}, de {country}, y {person} se reunieron el {weekday} en "
                "{place} en una cumbre sobre comercio y seguridad, y firmaron una declaración "
                "de {n2} puntos.",
                "{leader} y {person} cerraron su cumbre de {place} con la promesa de reducir "
                "los aranceles un {n1} %, según el {org}.",
            ],
            "detail": [
                "Las conversaciones duraron {n3} minutos más de lo previsto, dijeron asesores.",
                "Críticos en {country} calificaron la declaración de vaga.",
                "Ambos líderes acordaron volver a reunirse antes de fin de año.",
            ],
        },
        "de": {
            "title": [
                "Gipfel in {place}: {leader} und {person} unterzeichnen Erklärung",
                "{leader} trifft {person} in {place}",
            ],
            "lead": [
                "Präsident {leader} aus {country} und {person} haben sich am {weekday} in "
                "{place} zu einem Gipfel über Handel und Sicherheit getroffen und eine "
                "Erklärung mit {n2} Punkten unterzeichnet.",
                "{leader} und {person} haben ihren Gipfel in {place} mit dem Versprechen "
                "beendet, die Zölle um {n1} Prozent zu senken, teilte das {org} mit.",
            ],
            "detail": [
                "Die Gespräche dauerten {n3} Minuten länger als geplant.",
                "Kritiker in {country} nannten die Erklärung vage.",
                "Beide wollen sich noch vor Jahresende wieder treffen.",
            ],
        },
    },
    "match": {
        "en": {
            "title": [
                "{place} beat {country} {n1} in the cup final",
                "{person} scores twice as {place} win the final",
            ],
            "lead": [
                "{place} won the cup final against {country} {n1} on {weekday}, with {person} "
                "scoring twice in front of {n2} fans.",
                "{person} was the hero as {place} beat {country} {n1} in the final, coach "
                "{leader} said after the match.",
            ],
            "detail": [
                "The decisive goal came in the {n3}th minute after a long pass.",
                "{leader} praised his players for their patience.",
                "Fans celebrated in the streets of {place} until late at night.",
            ],
        },
        "fr": {
            "title": [
                "{place} bat {country} {n1} en finale de la coupe",
                "Doublé de {person}, {place} remporte la finale",
            ],
            "lead": [
                "{place} a remporté {weekday} la finale de la coupe face à {country} ({n1}), "
                "grâce à un doublé de {person} devant {n2} spectateurs.",
                "{person} a été le héros de la finale remportée {n1} par {place} contre "
                "{country}, a déclaré l'entraîneur {leader}.",
            ],
            "detail": [
                "Le but décisif est tombé à la {n3}e minute après une longue passe.",
                "{leader} a salué la patience de ses joueurs.",
                "Les supporters ont fait la fête dans les rues de {place} jusque tard.",
            ],
        },
        "es": {
            "title": [
                "{place} vence a {country} {n1} en la final de copa",
                "Doblete de {person} y {place} gana la final",
            ],
            "lead": [
                "{place} ganó el {weekday} la final de copa ante {country} por {n1}, con un "
                "doblete de {person} ante {n2} aficionados.",
                "{person} fue el héroe de la final que {place} ganó {n1} a {country}, dijo el "
                "entrenador {leader}.",
            ],
            "detail": [
                "El gol decisivo llegó en el minuto {n3} tras un pase largo.",
                "{leader} elogió la paciencia de sus jugadores.",
                "Los aficionados celebraron en las calles de {place} hasta tarde.",
            ],
        },
        "de": {
            "title": [
                "{place} schlägt {country} {n1} im Pokalfinale",
                "Doppelpack von {person}: {place} gewinnt das Finale",
            ],
            "lead": [
                "{place} hat am {weekday} das Pokalfinale gegen {country} mit {n1} gewonnen, "
                "{person} traf vor {n2} Zuschauern doppelt.",
                "{person} war der Held des Finales, das {place} mit {n1} gegen {country} "
                "gewann, sagte Trainer {leader}.",
            ],
            "detail": [
                "Das entscheidende Tor fiel in der {n3}. Minute nach einem langen Pass.",
                "{leader} lobte die Geduld seiner Spieler.",
                "Die Fans feierten bis spät in der Nacht in den Straßen von {place}.",
            ],
        },
    },
    "election": {
        "en": {
            "title": [
                "{person} wins presidential election in {country}",
                "{country} elects {person} with {n1} percent",
            ],
            "lead": [
                "{person} won the presidential election in {country} on {weekday} with {n1} "
                "percent of the vote, defeating incumbent {leader}, the {org} said.",
                "Voters in {country} elected {person} as president with {n1} percent, ending "
                "the {n3}-year rule of {leader}.",
            ],
            "detail": [
                "Turnout reached {n2} percent, the highest in a decade.",
                "{leader} conceded defeat in a speech in {place}.",
                "Supporters gathered in the main square of {place} to celebrate.",
            ],
        },
        "fr": {
            "title": [
                "{person} remporte la présidentielle en {country}",
                "{country}: {person} élu avec {n1} % des voix",
            ],
            "lead": [
                "{person} a remporté {weekday} l'élection présidentielle en {country} avec "
                "{n1} % des voix face au sortant {leader}, selon le {org}.",
                "Les électeurs de {country} ont élu {person} avec {n1} %, mettant fin à "
                "{n3} ans de pouvoir de {leader}.",
            ],
            "detail": [
                "La participation a atteint {n2} %, un record depuis dix ans.",
                "{leader} a reconnu sa défaite dans un discours à {place}.",
                "Ses partisans se sont rassemblés sur la place centrale de {place}.",
            ],
        },
        "es": {
            "title": [
                "{person} gana las elecciones presidenciales en {country}",
                "{country} elige a {person} con el {n1} %",
            ],
            "lead": [
                "{person} ganó el {weekday} las elecciones presidenciales en {country} con el "
                "{n1} % de los votos frente al presidente saliente {leader}, según el {org}.",
                "Los votantes de {country} eligieron a {person} con el {n1} %, poniendo fin a "
                "{n3} años de gobierno de {leader}.",
            ],
            "detail": [
                "La participación llegó al {n2} %, la más alta en una década.",
                "{leader} reconoció su derrota en un discurso en {place}.",
                "Sus seguidores se reunieron en la plaza mayor de {place}.",
            ],
        },
        "de": {
            "title": [
                "{person} gewinnt Präsidentenwahl in {country}",
                "{country} wählt {person} mit {n1} Prozent",
            ],
            "lead": [
                "{person} hat am {weekday} die Präsidentenwahl in {country} mit {n1} Prozent "
                "der Stimmen gewonnen und Amtsinhaber {leader} geschlagen, so das {org}.",
                "Die Wähler in {country} haben {person} mit {n1} Prozent zum Präsidenten "
                "gewählt und {n3} Jahre Herrschaft von {leader} beendet.",
            ],
            "detail": [
                "Die Wahlbeteiligung lag bei {n2} Prozent, so hoch wie seit zehn Jahren nicht.",
                "{leader} räumte in einer Rede in {place} seine Niederlage ein.",
                "Anhänger versammelten sich auf dem Hauptplatz von {place}.",
            ],
        },
    },
    "fire": {
        "en": {
            "title": [
                "Fire destroys {org} factory in {place}",
                "Huge blaze at {place} plant, {n2} workers evacuated",
            ],
            "lead": [
                "A huge fire destroyed the {org} factory in {place}, {country}, on {weekday}, "
                "forcing {n2} workers to flee, fire chief {person} said.",
                "Firefighters battled a blaze at the {org} plant in {place} for {n1} hours on "
                "{weekday}; {n3} people were injured.",
            ],
            "detail": [
                "Smoke could be seen {n1} kilometres away, residents said.",
                "{person} said the cause of the fire was not yet known.",
                "Minister {leader} promised an inquiry into safety at the site.",
            ],
        },
        "fr": {
            "title": [
                "Un incendie détruit l'usine {org} à {place}",
                "Violent incendie à {place}: {n2} ouvriers évacués",
            ],
            "lead": [
                "Un violent incendie a détruit {weekday} l'usine {org} de {place}, en "
                "{country}, obligeant {n2} ouvriers à fuir, selon le chef des pompiers {person}.",
                "Les pompiers ont lutté pendant {n1} heures contre le feu dans l'usine {org} "
                "de {place}; {n3} personnes ont été blessées.",
            ],
            "detail": [
                "La fumée était visible à {n1} kilomètres, selon des habitants.",
                "{person} a indiqué que l'origine du feu restait inconnue.",
                "Le ministre {leader} a promis une enquête sur la sécurité du site.",
            ],
        },
        "es": {
            "title": [
                "Un incendio destruye la fábrica de {org} en {place}",
                "Gran incendio en {place}: {n2} trabajadores evacuados",
            ],
            "lead": [
                "Un gran incendio destruyó el {weekday} la fábrica de {org} en {place}, "
                "{country}, y obligó a huir a {n2} trabajadores, dijo el jefe de bomberos {person}.",
                "Los bomberos combatieron durante {n1} horas el fuego en la planta de {org} "
                "en {place}; {n3} personas resultaron heridas.",
            ],
            "detail": [
                "El humo se veía a {n1} kilómetros, según los vecinos.",
                "{person} dijo que aún se desconoce la causa del fuego.",
                "El ministro {leader} prometió una investigación sobre la seguridad.",
            ],
        },
        "de": {
            "title": [
                "Großbrand zerstört {org}-Fabrik in {place}",
                "Feuer in {place}: {n2} Arbeiter evakuiert",
            ],
            "lead": [
                "Ein Großbrand hat am {weekday} die {org}-Fabrik in {place} ({country}) "
                "zerstört, {n2} Arbeiter mussten fliehen, sagte Feuerwehrchef {person}.",
                "Die Feuerwehr kämpfte {n1} Stunden lang gegen den Brand im {org}-Werk in "
                "{place}; {n3} Menschen wurden verletzt.",
            ],
            "detail": [
                "Der Rauch war {n1} Kilometer weit zu sehen, sagten Anwohner.",
                "{person} sagte, die Ursache des Feuers sei noch unklar.",
                "Minister {leader} kündigte eine Untersuchung zur Sicherheit an.",
            ],
        },
    },
    "bank": {
        "en": {
            "title": [
                "{org} collapses as depositors pull {n1} billion",
                "Regulators seize {org} in {place}",
            ],
            "lead": [
                "Regulators in {country} seized {org} on {weekday} after depositors withdrew "
                "{n1} billion in two days, finance minister {leader} said.",
                "{org}, the {n3}th largest lender in {country}, collapsed on {weekday}; its "
                "{n2} branches will reopen under state control.",
            ],
            "detail": [
                "Chief executive {person} resigned hours before the takeover.",
                "Shares of other banks in {place} fell sharply.",
                "{leader} said insured deposits were safe.",
            ],
        },
        "fr": {
            "title": [
                "{org} s'effondre après des retraits de {n1} milliards",
                "Les autorités saisissent {org} à {place}",
            ],
            "lead": [
                "Les régulateurs de {country} ont pris {weekday} le contrôle de {org} après "
                "des retraits de {n1} milliards en deux jours, a dit le ministre {leader}.",
                "{org}, {n3}e prêteur de {country}, s'est effondré {weekday}; ses {n2} agences "
                "rouvriront sous contrôle public.",
            ],
            "detail": [
                "Le directeur général {person} a démissionné quelques heures avant.",
                "Les actions des autres banques de {place} ont chuté.",
                "{leader} a assuré que les dépôts garantis étaient protégés.",
            ],
        },
        "es": {
            "title": [
                "{org} quiebra tras retiradas de {n1} mil millones",
                "Los reguladores intervienen {org} en {place}",
            ],
            "lead": [
                "Los reguladores de {country} intervinieron el {weekday} {org} después de que "
                "los clientes retiraran {n1} mil millones en dos días, dijo el ministro {leader}.",
                "{org}, el {n3}º mayor prestamista de {country}, quebró el {weekday}; sus {n2} "
                "sucursales reabrirán bajo control estatal.",
            ],
            "detail": [
                "El consejero delegado {person} dimitió horas antes.",
                "Las acciones de otros bancos de {place} cayeron con fuerza.",
                "{leader} aseguró que los depósitos garantizados están a salvo.",
            ],
        },
        "de": {
            "title": [
                "{org} bricht nach Abflüssen von {n1} Milliarden zusammen",
                "Aufsicht übernimmt {org} in {place}",
            ],
            "lead": [
                "Die Finanzaufsicht in {country} hat am {weekday} {org} übernommen, nachdem "
                "Kunden {n1} Milliarden abgezogen hatten, sagte Finanzminister {leader}.",
                "{org}, der {n3}. größte Kreditgeber in {country}, ist am {weekday} "
                "zusammengebrochen; die {n2} Filialen öffnen unter staatlicher Kontrolle.",
            ],
            "detail": [
                "Vorstandschef {person} trat Stunden vor der Übernahme zurück.",
                "Aktien anderer Banken in {place} fielen deutlich.",
                "{leader} versicherte, die gesicherten Einlagen seien sicher.",
            ],
        },
    },
    "verdict": {
        "en": {
            "title": [
                "{person} found guilty in {place} trial",
                "Jury convicts {person} on {n1} counts",
            ],
            "lead": [
                "A jury in {place} found {person} guilty on {n1} counts on {weekday}, after a "
                "trial that lasted {n2} days, prosecutor {leader} said.",
                "{person} was convicted on all {n1} charges by a court in {place}, {country}; "
                "sentencing is expected in {n3} weeks.",
            ],
            "detail": [
                "{leader} called the verdict a victory for the victims' families.",
                "Defence lawyers for {person} said they would appeal.",
                "Crowds outside the court in {place} cheered when the verdict was read.",
            ],
        },
        "fr": {
            "title": [
                "{person} reconnu coupable au procès de {place}",
                "Le jury condamne {person} pour {n1} chefs d'accusation",
            ],
            "lead": [
                "Un jury de {place} a reconnu {weekday} {person} coupable de {n1} chefs "
                "d'accusation, après un procès de {n2} jours, a déclaré le procureur {leader}.",
                "{person} a été condamné pour les {n1} chefs par un tribunal de {place}, en "
                "{country}; la peine sera prononcée dans {n3} semaines.",
            ],
            "detail": [
                "{leader} a salué une victoire pour les familles des victimes.",
                "Les avocats de {person} ont annoncé faire appel.",
                "Devant le tribunal de {place}, la foule a applaudi le verdict.",
            ],
        },
        "es": {
            "title": [
                "{person}, declarado culpable en el juicio de {place}",
                "El jurado condena a {person} por {n1} cargos",
            ],
            "lead": [
                "Un jurado de {place} declaró el {weekday} culpable a {person} de {n1} cargos, "
                "tras un juicio de {n2} días, dijo el fiscal {leader}.",
                "{person} fue condenado por los {n1} cargos por un tribunal de {place}, "
                "{country}; la sentencia se conocerá en {n3} semanas.",
            ],
            "detail": [
                "{leader} calificó el veredicto de victoria para las familias.",
                "Los abogados de {person} anunciaron que apelarán.",
                "La multitud frente al tribunal de {place} aplaudió el veredicto.",
            ],
        },
        "de": {
            "title": [
                "{person} im Prozess von {place} schuldig gesprochen",
                "Geschworene verurteilen {person} in {n1} Anklagepunkten",
            ],
            "lead": [
                "Geschworene in {place} haben {person} am {weekday} in {n1} Anklagepunkten "
                "schuldig gesprochen, nach einem Prozess von {n2} Tagen, sagte Staatsanwalt {leader}.",
                "{person} wurde von einem Gericht in {place} ({country}) in allen {n1} "
                "Punkten verurteilt; das Strafmaß folgt in {n3} Wochen.",
            ],
            "detail": [
                "{leader} nannte das Urteil einen Sieg für die Familien der Opfer.",
                "Die Anwälte von {person} kündigten Berufung an.",
                "Vor dem Gericht in {place} jubelte die Menge.",
            ],
        },
    },
    "storm": {
        "en": {
            "title": [
                "Storm {person} floods {place}, {n2} evacuated",
                "Floods after storm {person} kill {n1} in {country}",
            ],
            "lead": [
                "Storm {person} brought record rain to {place} in {country} on {weekday}, "
                "killing {n1} people and forcing {n2} residents from their homes.",
                "At least {n1} people died as storm {person} flooded {place}, the {org} said, "
                "with {n3} millimetres of rain in one day.",
            ],
            "detail": [
                "Governor {leader} asked for emergency funds.",
                "Power was cut to {n2} homes around {place}.",
                "Schools in {place} will stay closed until next week.",
            ],
        },
        "fr": {
            "title": [
                "La tempête {person} inonde {place}, {n2} évacués",
                "Inondations en {country}: la tempête {person} fait {n1} morts",
            ],
            "lead": [
                "La tempête {person} a apporté {weekday} des pluies record à {place}, en "
                "{country}, faisant {n1} morts et chassant {n2} habitants de chez eux.",
                "Au moins {n1} personnes sont mortes dans les inondations causées par la "
                "tempête {person} à {place}, selon le {org}, avec {n3} millimètres de pluie.",
            ],
            "detail": [
                "Le gouverneur {leader} a demandé des fonds d'urgence.",
                "{n2} foyers ont été privés d'électricité autour de {place}.",
                "Les écoles de {place} resteront fermées jusqu'à la semaine prochaine.",
            ],
        },
        "es": {
            "title": [
                "La tormenta {person} inunda {place}, {n2} evacuados",
                "Inundaciones en {country}: la tormenta {person} deja {n1} muertos",
            ],
            "lead": [
                "La tormenta {person} trajo el {weekday} lluvias récord a {place}, en "
                "{country}, con {n1} muertos y {n2} vecinos evacuados de sus casas.",
                "Al menos {n1} personas murieron por las inundaciones de la tormenta {person} "
                "en {place}, según el {org}, con {n3} milímetros de lluvia.",
            ],
            "detail": [
                "El gobernador {leader} pidió fondos de emergencia.",
                "{n2} hogares se quedaron sin luz alrededor de {place}.",
                "Las escuelas de {place} seguirán cerradas hasta la próxima semana.",
            ],
        },
        "de": {
            "title": [
                "Sturm {person} überflutet {place}, {n2} evakuiert",
                "Überschwemmungen in {country}: Sturm {person} fordert {n1} Tote",
            ],
            "lead": [
                "Sturm {person} hat am {weekday} Rekordregen nach {place} in {country} "
                "gebracht, {n1} Menschen getötet und {n2} Bewohner aus ihren Häusern vertrieben.",
                "Mindestens {n1} Menschen sind bei Überschwemmungen durch Sturm {person} in "
                "{place} gestorben, teilte das {org} mit; es fielen {n3} Millimeter Regen.",
            ],
            "detail": [
                "Gouverneur {leader} beantragte Nothilfe.",
                "{n2} Haushalte rund um {place} waren ohne Strom.",
                "Die Schulen in {place} bleiben bis nächste Woche geschlossen.",
            ],
        },
    },
}

# Kind-agnostic details; each event has one "angle" that all its reports carry after the
# lead, as reports of one event share facts beyond its who/where.
ANGLES: dict[str, list[str]] = {
    "en": [
        "Police closed the main bridge into {place} for the night.",
        "The railway line to {place} was suspended until further notice.",
        "Hundreds of volunteers arrived from neighbouring villages.",
        "The local hospital cancelled all planned operations.",
        "Mobile phone networks were down across the region for hours.",
        "The mayor of {place} asked residents to stay indoors.",
        "Fuel prices in the region jumped the next morning.",
        "A curfew was imposed in the old town of {place}.",
        "Television crews from abroad gathered at the airport.",
        "Church bells rang across {place} in the evening.",
    ],
    "fr": [
        "La police a fermé le pont principal de {place} pour la nuit.",
        "La ligne ferroviaire vers {place} a été suspendue jusqu'à nouvel ordre.",
        "Des centaines de bénévoles sont arrivés des villages voisins.",
        "L'hôpital local a annulé toutes les opérations prévues.",
        "Les réseaux de téléphonie mobile ont été coupés pendant des heures.",
        "Le maire de {place} a demandé aux habitants de rester chez eux.",
        "Les prix du carburant ont bondi dans la région le lendemain matin.",
        "Un couvre-feu a été instauré dans la vieille ville de {place}.",
        "Des équipes de télévision étrangères se sont rassemblées à l'aéroport.",
        "Les cloches ont sonné dans tout {place} dans la soirée.",
    ],
    "es": [
        "La policía cerró el puente principal de {place} durante la noche.",
        "La línea de tren a {place} quedó suspendida hasta nuevo aviso.",
        "Cientos de voluntarios llegaron de los pueblos vecinos.",
        "El hospital local canceló todas las operaciones previstas.",
        "Las redes de telefonía móvil cayeron en la región durante horas.",
        "El alcalde de {place} pidió a los vecinos que no salieran de casa.",
        "Los precios del combustible subieron en la región a la mañana siguiente.",
        "Se impuso un toque de queda en el casco antiguo de {place}.",
        "Equipos de televisión extranjeros se reunieron en el aeropuerto.",
        "Las campanas sonaron en todo {place} por la tarde.",
    ],
    "de": [
        "Die Polizei sperrte die Hauptbrücke nach {place} für die Nacht.",
        "Die Bahnstrecke nach {place} wurde bis auf Weiteres eingestellt.",
        "Hunderte Freiwillige kamen aus den Nachbardörfern.",
        "Das örtliche Krankenhaus sagte alle geplanten Operationen ab.",
        "Die Mobilfunknetze fielen in der Region stundenlang aus.",
        "Der Bürgermeister von {place} bat die Bewohner, zu Hause zu bleiben.",
        "Die Treibstoffpreise in der Region stiegen am nächsten Morgen.",
        "In der Altstadt von {place} wurde eine Ausgangssperre verhängt.",
        "Fernsehteams aus dem Ausland versammelten sich am Flughafen.",
        "Am Abend läuteten in ganz {place} die Glocken.",
    ],
}

WITNESS = {
    "en": '"Nobody here has seen anything like it," said {name}, who lives in {place}.',
    "fr": "« Personne ici n'a jamais vu ça », a dit {name}, qui habite à {place}.",
    "es": "«Nadie aquí había visto algo así», dijo {name}, vecino de {place}.",
    "de": "„So etwas hat hier noch niemand erlebt“, sagte {name}, der in {place} wohnt.",
}

_WEEKDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
}
_ORG_KINDS = {
    "quake": ["Seismic Institute", "Civil Protection Agency"],
    "summit": ["Foreign Ministry", "Trade Council"],
    "match": ["Football Federation", "Cup Committee"],
    "election": ["Electoral Commission", "Election Board"],
    "fire": ["Metals", "Chemicals", "Textiles"],
    "bank": ["Bank", "Savings Bank", "Trust"],
    "verdict": ["District Court", "Justice Ministry"],
    "storm": ["Weather Service", "Meteorological Office"],
}


@dataclass
class SynthEvent:
    id: str
    kind: str
    date: dt.date
    slots: dict[str, str]
    twin_of: str | None = None
    articles: list[str] = field(default_factory=list)


class _Names:
    """Invented, pronounceable names; each is used once per stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def word(self, syllables: int) -> str:
        tries = 0
        while True:
            # a crowded name space (large streams) gets longer words instead of endless retries
            n = syllables + tries // 8
            w = "".join(self.rng.choice(_ONSETS) + self.rng.choice(_VOWELS) for _ in range(n))
            w = (w + self.rng.choice(_CODAS)).capitalize()
            if w not in self.used and len(w) >= 4:
                self.used.add(w)
                return w
            tries += 1

    def person(self) -> str:
        return f"{self.word(2)} {self.word(self.rng.choice((2, 3)))}"


def _numbers(kind: str, rng: random.Random) -> dict[str, str]:
    if kind == "quake":
        n1 = f"{rng.randint(50, 79) / 10:.1f}"
    elif kind == "match":
        a = rng.randint(1, 5)
        n1 = f"{a}-{rng.randint(0, a - 1)}"
    else:
        n1 = str(rng.randint(3, 95))
    return {"n1": n1, "n2": str(rng.randint(12, 9000)), "n3": str(rng.randint(11, 89))}


def _render(template: str, slots: dict[str, str], lang: str) -> str:
    values = dict(slots)
    values["country"] = slots["country"] + _COUNTRY_ENDINGS[lang]
    if lang == "fr":  # French writes decimal commas
        values["n1"] = slots["n1"].replace(".", ",")
    return template.format(**values)


def generate(
    n_articles: int,
    seed: int = 0,
    start: dt.date = dt.date(2021, 1, 1),
    events_per_day: float = 12.0,
    twin_rate: float = 0.15,
    undated_rate: float = 0.2,
    untitled_rate: float = 0.3,
) -> tuple[list[dict[str, Any]], list[SynthEvent]]:
    """(records, events). Records are corpus-shaped dicts with a gold `event_id`, sorted by
    publication day (as a live stream would bring them, undated ones among their peers)."""
    rng = random.Random(seed)
    names = _Names(rng)
    # each country has its leader: they appear together, as a real head of state does
    countries = [(names.word(2), names.person()) for _ in range(max(10, n_articles // 150))]
    outlets = [
        f"{names.word(2).lower()}-{rng.choice(['times', 'post', 'news', 'daily', 'info'])}.example"
        for _ in range(max(20, n_articles // 50))
    ]
    events: list[SynthEvent] = []
    records: list[tuple[int, dict[str, Any]]] = []
    kinds = sorted(TEMPLATES)
    total = 0
    day = 0.0
    while total < n_articles:
        day += rng.expovariate(events_per_day)
        date = start + dt.timedelta(days=int(day))
        twin = rng.random() < twin_rate and events
        if twin:
            base = rng.choice(events[-200:])
            kind = base.kind
            slots = dict(base.slots)
            slots["place"] = names.word(rng.choice((2, 3)))
            slots.update(_numbers(kind, rng))
            if kind in ("match", "verdict", "storm"):
                slots["person"] = names.person()
            # a twin happens weeks to months after its model
            date = base.date + dt.timedelta(days=rng.randint(21, 300))
        else:
            kind = rng.choice(kinds)
            country, leader = rng.choice(countries)
            slots = {
                "place": names.word(rng.choice((2, 3))),
                "country": country,
                "leader": leader,
                "person": names.person(),
                "org": f"{names.word(2)} {rng.choice(_ORG_KINDS[kind])}",
                **_numbers(kind, rng),
            }
        # the wording most reports copy (from a wire story), and the event's angle
        slots["house"] = str(rng.randrange(len(TEMPLATES[kind]["en"]["lead"])))
        slots["angle"] = str(rng.randrange(len(ANGLES["en"])))
        ev = SynthEvent(
            id=f"syn-{len(events):06d}",
            kind=kind,
            date=date,
            slots=slots,
            twin_of=base.id if twin else None,
        )
        events.append(ev)
        size = min(n_articles - total, 1 + int(rng.expovariate(1 / 5.0)))
        for _ in range(size):
            rec = _article(ev, rng, names, outlets, untitled_rate)
            ev.articles.append(rec["id"])
            published = ev.date + dt.timedelta(days=rng.choice((0, 0, 0, 1, 1, 2)))
            if rng.random() >= undated_rate:
                rec["published"] = published.isoformat()
            records.append((published.toordinal(), rec))
        total += size
    records.sort(key=lambda r: r[0])
    return [r for _, r in records], events


def _article(
    ev: SynthEvent,
    rng: random.Random,
    names: _Names,
    outlets: list[str],
    untitled_rate: float,
) -> dict[str, Any]:
    lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
    t = TEMPLATES[ev.kind][lang]
    slots = dict(ev.slots, weekday=_WEEKDAYS[lang][ev.date.weekday()])
    title = _render(rng.choice(t["title"]), slots, lang)
    house = int(slots["house"]) if rng.random() < 0.7 else rng.randrange(len(t["lead"]))
    lead = _render(t["lead"][house], slots, lang)
    lead += " " + _render(ANGLES[lang][int(slots["angle"])], slots, lang)
    details = [_render(d, slots, lang) for d in rng.sample(t["detail"], rng.randint(1, 3))]
    # every outlet talks to its own witness: no two reports are the same text
    witness = WITNESS[lang].format(name=names.person(), place=slots["place"])
    details.insert(rng.randrange(len(details) + 1), witness)
    body = "\n\n".join([lead, *details])
    outlet = rng.choice(outlets)
    art_id = f"s{rng.getrandbits(48):012x}"
    return {
        "id": art_id,
        "event_id": ev.id,
        "url": f"https://{outlet}/{ev.date.year}/{art_id}",
        "outlet": outlet,
        "lang": lang,
        "published": None,
        "title": None if rng.random() < untitled_rate else title,
        "text": body if rng.random() < untitled_rate else f"{title}\n\n{body}",
    }


def articles(n_articles: int, seed: int = 0, **kwargs: Any) -> tuple[list[Article], dict[str, str]]:
    """(articles, gold event id per article id) of a synthetic stream."""
    records, _ = generate(n_articles, seed, **kwargs)
    out = [
        Article(
            id=r["id"],
            text=r["text"],
            title=r["title"],
            outlet=r["outlet"],
            published=r["published"],
            lang=r["lang"],
            url=r["url"],
        )
        for r in records
    ]
    return out, {r["id"]: r["event_id"] for r in records}


def iter_jsonl(records: list[dict[str, Any]], with_labels: bool = False) -> Iterator[str]:
    """JSON lines of the records (without the gold label unless asked)."""
    import json

    for r in records:
        rec = r if with_labels else {k: v for k, v in r.items() if k != "event_id"}
        yield json.dumps(rec, ensure_ascii=False)


class HashEmbedder:
    """A model-free embedder: hashed bag of folded words, L2-normalised.

    Texts that share words get close vectors, whatever the language model would say;
    for tests and for timing the pipeline without the model's cost.
    """

    name = "hash-bow"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim

    def encode(self, texts: list[str]) -> np.ndarray:
        import hashlib
        import re

        from newsweave.text.fold import stored_fold

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", stored_fold(text)):
                h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
                out[i, h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)
