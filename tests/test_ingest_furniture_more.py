"""More page furniture that had reached dossiers as facts: share bars, channel and newsletter
pitches, agency-feed notices, teasers, update notes, bylines, captions, disclaimers, a bare
dateline. Every line is invented; each case failed on the code before these rules."""

from __future__ import annotations

import pytest

from newsweave.model import Article
from test_ingest_clean import reasons, run

BODY = (
    "The county opened a new bridge over the Selva river on Tuesday, ending two years of detours."
)
BODY2 = "Engineers said the structure can carry trucks of up to forty tonnes without restrictions."
BODY3 = "The old ferry crossing will close at the end of the month, the transport office said."


def between(line: str) -> Article:
    return run(f"{BODY}\n\n{line}\n\n{BODY2}\n\n{BODY3}")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # share bars: networks and a language's share words, nothing else
        ("Share: Facebook | Bluesky | Email | Copy the link", "share-residue"),
        ("Share on: X Facebook", "share-residue"),
        ("Condividi su Facebook · Condividi su Telegram · Invia con WhatsApp", "share-residue"),
        ("Udostępnij: Facebook | X | Kopiuj link", "share-residue"),
        ("Teilen auf: Facebook LinkedIn WhatsApp", "share-residue"),
        ("Compartir en: WhatsApp · Facebook · Copiar enlace", "share-residue"),
        ("Comments (14) | Add comment", "page-widget"),
        # channel pitches
        ("Recibí las últimas noticias de Salto en tu WhatsApp.", "engagement"),
        ("Seguinos en Instagram y en TikTok.", "engagement"),
        ("Unisciti al canale Telegram del Corriere di Lucca", "engagement"),
        (
            "Ricevi gli aggiornamenti del Gazzettino su WhatsApp: entra nel nostro canale.",
            "engagement",
        ),
        ("Nos infos sont désormais sur Telegram : rejoignez notre canal.", "engagement"),
        ("Cet article vous a intéressé ? Partagez-le avec vos amis.", "engagement"),
        ("Join the Harbour Gazette WhatsApp channel for breaking news.", "engagement"),
        ("Folgen Sie unserem WhatsApp-Kanal für aktuelle Nachrichten.", "engagement"),
        ("Dołącz do naszego kanału na WhatsAppie.", "engagement"),
        ("Word lid van ons WhatsApp-kanaal voor het laatste nieuws.", "engagement"),
        ("Entre no nosso canal do WhatsApp e receba as principais notícias.", "engagement"),
        # newsletter and membership pitches
        (
            "The Riverside Post is reader-funded. Become a member today and get our Friday culture newsletter.",
            "paywall",
        ),
        ("Subscribe to Harbour Notes, our free newsletter on local politics.", "newsletter"),
        ("Suscríbase a nuestro boletín semanal y reciba las claves de la economía.", "newsletter"),
        ("Suscribite al boletín de Litoral Sur y recibí las noticias cada mañana.", "newsletter"),
        (
            "Envie de recevoir chaque semaine le meilleur de l'actualité locale ? Inscrivez-vous à notre newsletter.",
            "newsletter",
        ),
        # teasers of other stories
        ("Leé también: Paysandú: la feria del libro cierra con récord de público", "read-more"),
        ("Verwandte Artikel: Köln: Brücke über den Rhein wird gesperrt", "read-more"),
        ("Gerelateerde artikelen: Utrecht krijgt nieuwe tramlijn", "read-more"),
        ("Przeczytaj również: Lublin. Nowy most na Bystrzycy otwarty", "read-more"),
        # update and correction notices
        ("Aggiornamento ore 18:05: aggiunte le dichiarazioni del sindaco.", "correction-notice"),
        ("Dit artikel is aangevuld met een reactie van de gemeente.", "correction-notice"),
        (
            "Korekta: W pierwotnej wersji tekstu podaliśmy błędną datę posiedzenia. Przepraszamy.",
            "correction-notice",
        ),
        (
            "Mis à jour le 14/05/2024 à 18h02 — Chiffres provisoires, le décompte des bureaux de vote du "
            "canton n'étant pas achevé.",
            "correction-notice",
        ),
        ("Update: We have added comments from the fire department.", "correction-notice"),
        (
            "Una versión anterior de esta nota indicaba erróneamente que el puente tenía 300 metros.",
            "correction-notice",
        ),
        # bylines and metadata bars
        (
            "Door onze correspondent Pieter de Wit | 3 juni 2024, 08:15 | Bijgewerkt 09:40",
            "meta-bar",
        ),
        ("Radom, 04.06.2024, 10:12 | aktualizacja: 11:30 | oprac. Redakcja RK", "meta-bar"),
        ("Sociedad | 04/06/2024 | 10:12", "meta-bar"),
        # captions
        (
            "Fot. Strażacy przy zawalonym dachu hali w Radomiu, 3 czerwca 2024 r. / Archiwum RK",
            "picture-label",
        ),
        # disclaimers
        (
            "Le informazioni riportate in questo articolo non costituiscono consulenza finanziaria.",
            "disclaimer",
        ),
        (
            "This article is for general information only and does not constitute investment advice.",
            "disclaimer",
        ),
        (
            "El contenido de esta nota tiene carácter meramente informativo y no constituye una recomendación "
            "de inversión.",
            "disclaimer",
        ),
        ("Les informations de cet article ne remplacent pas l'avis d'un médecin.", "disclaimer"),
        ("Dieser Beitrag stellt keine Anlageberatung dar.", "disclaimer"),
        # (from the audit of twelve invented events)
        # a share bar that spells e-mail out
        ("Compartir en: X · Telegram · Correo electrónico", "share-residue"),
        ("Partilhar: Facebook · WhatsApp · Correio eletrónico", "share-residue"),
        # teasers, machine translations of them included ("Leia também" -> "Read too")
        ("You may also be interested in: Coastal ferry timetable changes from Monday", "read-more"),
        ("Read too: Harbour fees rise 4% in the new season", "read-more"),
        ("See too: Ferry workers call a strike for Friday", "read-more"),
        ("Puede interesarte: El embalse de Tanes roza el 90 % de su capacidad", "read-more"),
        ("Pode também interessar-lhe: Feira do livro de Braga abre no sábado", "read-more"),
        ("Ça pourrait vous intéresser : le marché couvert rouvre lundi", "read-more"),
        ("Ti potrebbe interessare: Lucca, riapre il ponte sul Serchio", "read-more"),
        ("Misschien ook interessant: Utrecht krijgt nieuwe tramlijn", "read-more"),
        ("Może cię zainteresować: Lublin. Nowy most na Bystrzycy otwarty", "read-more"),
        # follow pitches naming a news aggregator or a network
        ("Siga o Correio da Serra no Google Notícias", "engagement"),
        ("Sigue a La Voz del Cinca en Google Noticias", "engagement"),
        ("Follow the Harbour Gazette on Google News", "engagement"),
        ("Suivez L'Écho du Lot sur Google Actualités", "engagement"),
        ("Folgen Sie dem Kurier am Inn auf Google News", "engagement"),
        ("Volg De Polderbode op Google Nieuws", "engagement"),
        ("Obserwuj Kurier Mazurski w Google News", "engagement"),
        # newsletter pitches in another word order, and subscription pitches naming the outlet
        ("Receba no seu e-mail o resumo diário do Correio da Serra.", "newsletter"),
        ("Cadastre-se na nossa newsletter e receba as notícias da região.", "newsletter"),
        ("Recibe en tu correo las noticias más leídas del día.", "newsletter"),
        ("Receive in your email the main business news of the day.", "newsletter"),
        ("Assine o Correio da Serra e tenha acesso a todos os conteúdos.", "paywall"),
        ("Subscribe to the Valley Herald and get the digital edition every morning.", "paywall"),
        ("Suscríbase a El Faro de Teruel y reciba la edición digital cada mañana.", "paywall"),
        ("Abbonati al Corriere di Lucca e ricevi l'edizione digitale ogni mattina.", "paywall"),
        ("Abonnieren Sie den Inn-Kurier und lesen Sie das E-Paper schon am Vorabend.", "paywall"),
        ("Neem een abonnement op De Polderbode en lees de digitale krant elke ochtend.", "paywall"),
        ("Zaprenumeruj Kurier Mazurski i czytaj e-wydanie każdego ranka.", "paywall"),
        # photo captions: a label, or a Polish "(fot. …)" credit at the end
        ("Zdjęcie: Radni podczas sesji rady miasta 3 czerwca", "picture-label"),
        ("Imagem: Bombeiros combatem o incêndio em Mação na terça-feira", "picture-label"),
        ("Strażacy przy zawalonym dachu hali sportowej w Ełku (fot. Kurier Mazurski)", "caption"),
        # correction notes: after an editor's-note label, or dated
        (
            "Anm. d. Red.: In einer früheren Fassung dieses Beitrags hieß es, die Brücke sei 300 Meter lang.",
            "correction-notice",
        ),
        (
            "Ed. note: An earlier version of this story misstated the length of the bridge.",
            "correction-notice",
        ),
        (
            "N.D.L.R. : une version précédente de cet article indiquait une longueur erronée.",
            "correction-notice",
        ),
        (
            "This article was amended on June 3rd, 2024, to correct the spelling of the engineer's name.",
            "correction-notice",
        ),
        (
            "This story was corrected on 3 June 2024 to fix the length of the bridge.",
            "correction-notice",
        ),
        (
            "Este artículo fue modificado el 3 de junio de 2024 para corregir el nombre del ingeniero.",
            "correction-notice",
        ),
        (
            "Este artigo foi alterado a 3 de junho de 2024 para corrigir o nome do engenheiro.",
            "correction-notice",
        ),
        (
            "Cet article a été modifié le 3 juin 2024 pour corriger le nom de l'ingénieur.",
            "correction-notice",
        ),
        (
            "Questo articolo è stato modificato il 3 giugno 2024 per correggere il nome dell'ingegnere.",
            "correction-notice",
        ),
        ("Dieser Beitrag wurde am 3. Juni 2024 korrigiert.", "correction-notice"),
        (
            "Dit artikel is op 3 juni 2024 aangepast om de naam van de ingenieur te corrigeren.",
            "correction-notice",
        ),
        (
            "Artykuł został poprawiony 3 czerwca 2024 r. – błędnie podaliśmy nazwisko inżyniera.",
            "correction-notice",
        ),
        # (from the audit of session 50)
        # a newsletter's label and name, then the pitch and its button
        ("Newsletter Kurier Gospodarczy: najnowsze wiadomości z rynku co rano o 6.30. Zapisz się", "newsletter"),
        ("Newsletter Saúde: receba às terças-feiras as notícias da semana. Subscrever", "newsletter"),
        # a typographic apostrophe where the tables have "'"
        ("Vous aimez nos articles ? Inscrivez-vous à notre lettre d’information Culture.", "newsletter"),
        # a pitch after a short question
        ("¿Te interesa la actualidad de Teruel? Únete a nuestro canal de Telegram.", "engagement"),
        ("Want the Harbour Gazette on your phone? Join our WhatsApp channel.", "engagement"),
        # "like our page" pitches, machine-translated ones included
        ("Like our page on Facebook to get the news of the Algarve every morning.", "engagement"),
        ("Curta a nossa página no Facebook e receba as notícias da região.", "engagement"),
        ("Polub nas na Facebooku i bądź na bieżąco.", "engagement"),
        ("Metti mi piace alla nostra pagina Facebook per restare aggiornato.", "engagement"),
        # an outlet's name with a hyphen
        ("Volg Omroep Zuid-Veluwe ook op WhatsApp en mis geen nieuws.", "engagement"),
        # share bars that name what they share
        ("Compartir esta nota: WhatsApp · Facebook · Correo", "share-residue"),
        ("Partilhar esta notícia: Facebook | WhatsApp | E-mail", "share-residue"),
        ("Condividi questa notizia: Facebook · X · Email", "share-residue"),
        # captions: a label naming an archive picture, or a short line closed by "(Archive)"
        ("Nella foto d’archivio: il municipio di Lucca durante i lavori del 2019", "picture-label"),
        ("Photo d’archives : le pont de Millau sous la neige, en janvier 2021.", "caption"),
        ("Auf dem Archivbild: Die alte Fähre am Inn im Sommer 2019", "picture-label"),
        ("Un camión cruza el puente de Teruel, en una imagen del pasado invierno. (Archivo)", "caption"),
        ("Workers on the Selva bridge site in a picture from last spring. (File)", "caption"),
        ("Strażacy przy hali sportowej w Ełku, zdjęcie z zeszłego roku (Archiwum)", "caption"),
        # the desk's name in a metadata bar, as a translation of "Redacción" renders it
        ("Editorial staff | Teruel | 3 Jun. 2024 - 10:12 h", "meta-bar"),
        ("La rédaction | Rodez | 3 juin 2024 - 10h12", "meta-bar"),
    ],
)
def test_furniture_goes_in_several_languages(line: str, reason: str) -> None:
    a = between(line)
    assert line in reasons(a).get(reason, []), reasons(a)
    assert a.paragraphs == [BODY, BODY2, BODY3]


@pytest.mark.parametrize(
    "line",
    [
        "Esta noticia fue publicada a partir del servicio de cables de la agencia Prensa Austral.",
        "Esta notícia foi publicada a partir de um serviço noticioso da agência Lusófona e não foi editada pela redação.",
        "Dit bericht is automatisch overgenomen uit de nieuwsdienst van ANP en niet door de redactie gecontroleerd.",
        "Articolo pubblicato automaticamente tramite il flusso dell'agenzia Stampa Ligure: non è stato rivisto dalla redazione.",
        "Cette dépêche a été publiée automatiquement et n'a pas été relue par la rédaction.",
        # (from the audit of twelve invented events)
        "Esta notícia foi publicada a partir do serviço noticioso da agência Atlântida.",
        "Cet article a été publié à partir du fil de l'agence Hexa Presse.",
        # (from the audit of session 50)
        "Cet article est issu d’une dépêche de l’agence Hexa Presse publiée sans modification par notre rédaction.",
        "This story is from a news agency dispatch and was published without changes by our newsroom.",
        "Este texto procede de un teletipo de la agencia Prensa Austral.",
        "Diese Meldung wurde von der Redaktion unverändert übernommen.",
        "Questo lancio è stato pubblicato senza modifiche dalla redazione.",
    ],
)
def test_agency_feed_notices_go_and_mark_the_copy_syndicated(line: str) -> None:
    a = between(line)
    assert reasons(a).get("syndication-notice") == [line]
    assert a.syndicated
    assert a.paragraphs == [BODY, BODY2, BODY3]


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Laura Finch, chief political correspondent", "Laura Finch"),
        ("Par Hélène Roux, envoyée spéciale à Dakar", "Hélène Roux"),
        # (from the audit of twelve invented events)
        ("Maeve Dolan, Environment Correspondent", "Maeve Dolan"),
        ("Hélène Roux, correspondante à Dakar", "Hélène Roux"),
    ],
)
def test_a_byline_with_the_writers_role(line: str, author: str) -> None:
    a = run(f"{line}\n\n{BODY}\n\n{BODY2}")
    assert reasons(a).get("byline") == [line]
    assert a.author == author
    assert a.paragraphs == [BODY, BODY2]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "NÎMES Dès l'aube, les agriculteurs ont bloqué les accès au centre-ville avec leurs tracteurs.",
            "NÎMES",
        ),
        (
            "BRUSSELS Police closed the main boulevards on Thursday morning as farmers arrived with tractors.",
            "BRUSSELS",
        ),
    ],
)
def test_a_bare_dateline_in_capitals_goes(text: str, place: str) -> None:
    a = run(f"{text}\n\n{BODY2}")
    assert a.dateline == place
    assert a.paragraphs[0] == text[len(place) + 1 :]


@pytest.mark.parametrize(
    ("head", "story", "dateline", "wire"),
    [
        # the agency's credit before the place and the date
        (
            "(PLN) TRENTO, 4 GIU -",
            "Il consiglio comunale ha approvato ieri sera il nuovo piano del traffico.",
            "TRENTO, 4 GIU",
            "PLN",
        ),
        # the place's region in brackets before the date
        (
            "Teruel (Aragón), 3 jun (Prensa Austral).-",
            "El puente sobre el Turia reabrirá el lunes tras dos años de obras.",
            "Teruel, 3 jun (Aragón)",
            "Prensa Austral",
        ),
    ],
)
def test_an_agency_dateline_and_the_same_credit_at_the_end_go(head: str, story: str, dateline: str, wire: str) -> None:
    a = run(f"{head} {story}\n\n{BODY2}\n\n{BODY3} ({wire})")
    assert (a.dateline, a.wire) == (dateline, wire)
    assert a.paragraphs == [story, BODY2, BODY3]


@pytest.mark.parametrize(
    ("prose", "furniture"),
    [
        # an acronym opening a sentence is no dateline
        (
            "NASA Administrator Jane Holt said the launch would go ahead on Friday after engineers fixed a leak.",
            "Share on: X Facebook",
        ),
        # networks, channels and disclaimers' words in the news, beside the furniture that has them
        (
            "Facebook and X said on Tuesday they would share data with the regulators.",
            "Teilen auf: Facebook LinkedIn WhatsApp",
        ),
        (
            "The group claimed the attack in a message on its Telegram channel on Saturday morning.",
            "Join the Harbour Gazette WhatsApp channel for breaking news.",
        ),
        (
            "Il gruppo ha rivendicato l'attacco sul suo canale Telegram sabato mattina.",
            "Unisciti al canale Telegram del Corriere di Lucca",
        ),
        (
            "Il documento è stato pubblicato automaticamente sul sito del ministero alle otto.",
            "Articolo pubblicato automaticamente tramite il flusso dell'agenzia Stampa Ligure.",
        ),
        (
            "Analysts said the rate cut does not signal the start of a new easing cycle.",
            "This article is for general information only and does not constitute investment advice.",
        ),
        (
            "Entre eles, a comunidade cigana denunciou a falta de habitação na cidade.",
            "Entre no nosso canal do WhatsApp e receba as principais notícias.",
        ),
        (
            "Con la piena l'acqua entra nel canale di scolo e allaga la strada provinciale.",
            "Unisciti al canale Telegram del Corriere di Lucca",
        ),
        (
            "Sur le même thème, le ministre a promis une loi avant l'été.",
            "Cet article vous a intéressé ? Partagez-le avec vos amis.",
        ),
        (
            "La Consob ha chiarito che il prospetto non costituisce offerta di acquisto.",
            "Le informazioni riportate in questo articolo non costituiscono consulenza finanziaria.",
        ),
        (
            "The union said its members would receive the final offer in their inbox on Friday, and vote by Monday.",
            "Subscribe to Harbour Notes, our free newsletter on local politics.",
        ),
        # (from the audit of twelve invented events)
        (
            "Sigue la polémica en Twitter tras el comentario del alcalde sobre el puente.",
            "Sigue a La Voz del Cinca en Google Noticias",
        ),
        (
            "Siga a estrada nacional até Viseu e vire à direita na rotunda, explicou o guia.",
            "Siga o Correio da Serra no Google Notícias",
        ),
        (
            "The constitution's article on elections was amended in 1992 to clarify the president's term.",
            "This article was amended on June 3rd, 2024, to correct the spelling of the engineer's name.",
        ),
        (
            "Der Minister sagte, er [Anm. d. Red.: gemeint ist der Landrat] habe die Brücke nie besucht.",
            "Anm. d. Red.: In einer früheren Fassung dieses Beitrags hieß es, die Brücke sei 300 Meter lang.",
        ),
        (
            "Read too much into the figures and you miss the point, the economist said.",
            "Read too: Harbour fees rise 4% in the new season",
        ),
        (
            "Scammers sent a fake invoice to your email, the police warned residents on Monday.",
            "Receive in your email the main business news of the day.",
        ),
        (
            "Abbonati e lettori hanno protestato contro l'aumento del prezzo del giornale.",
            "Abbonati al Corriere di Lucca e ricevi l'edizione digitale ogni mattina.",
        ),
        # (from the audit of session 50)
        (
            "Like our neighbours on the coast, we will lose the ferry, the mayor wrote on Facebook.",
            "Like our page on Facebook to get the news of the Algarve every morning.",
        ),
        (
            "Newsletter publishers said on Monday that postal rates would rise by 8% next year.",
            "Newsletter Saúde: receba às terças-feiras as notícias da semana. Subscrever",
        ),
        (
            "La rédaction du journal a voté une motion de défiance contre la direction.",
            "La rédaction | Rodez | 3 juin 2024 - 10h12",
        ),
        (
            "Was the warning sent in time? Residents who got the alert on WhatsApp said it came an hour late.",
            "Want the Harbour Gazette on your phone? Join our WhatsApp channel.",
        ),
        (
            "Der Bundestag hat den Entwurf des Bundesrats unverändert übernommen, sagte die Ministerin.",
            "Diese Meldung wurde von der Redaktion unverändert übernommen.",
        ),
    ],
)
def test_prose_that_looks_like_furniture_stays(prose: str, furniture: str) -> None:
    a = run(f"{prose}\n\n{BODY}\n\n{furniture}\n\n{BODY2}")
    assert a.paragraphs == [prose, BODY, BODY2], reasons(a)
    assert not a.dateline


# --- a name and a role without "By" is a byline at the top only


def test_a_name_and_a_role_under_a_quote_in_the_story_stays() -> None:
    # at the top, the writer's byline; under a quote in the story, the speaker of the quote
    quote = "“We will rebuild the bridge before winter, whatever it costs.”"
    text = (
        f"Maeve Dolan, Environment Correspondent\n\n{BODY}\n\n{BODY2}\n\n{BODY3}\n\n{quote}"
        "\n\nLena Park, Senior Analyst"
    )
    a = run(text)
    assert reasons(a).get("byline") == ["Maeve Dolan, Environment Correspondent"]
    assert a.paragraphs == [BODY, BODY2, BODY3, quote, "Lena Park, Senior Analyst"]

