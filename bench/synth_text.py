"""Templates of the synthetic news stream (bench/synth.py): per event kind and language,
titles, leads and details. Written for this module; every slot is filled with invented
names and numbers.
"""

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
