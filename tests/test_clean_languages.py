"""Full-page dumps in languages the cleaner knows only by their page tables (rasid.lang.<code>.chrome):
Italian, Spanish and French pages' widgets, bylines and date lines (gold/dumps9's Corriere della
Sera, ABC and Euronews pages)."""

from __future__ import annotations

from rasid.clean import clean_article
from rasid.model import Article

MENU = ["Home", "Cronaca", "Politica", "Esteri", "Economia", "Sport", "Cultura", "Spettacoli", "Salute",
        "Tecnologia", "Scienze", "Motori", "Viaggi", "Cucina", "Moda", "Meteo", "Oroscopo", "Video", "Foto",
        "Podcast", "Newsletter", "Abbonamenti", "Archivio", "Necrologi", "Lotterie", "Giochi", "Scuola",
        "Lavoro", "Casa", "Animali", "Ambiente", "Opinioni"]


def _page(title: str, *article: str) -> str:
    footer = ["Chi siamo", "Contatti", "Pubblicità", "Privacy", "Cookie policy"]
    return "\n".join([title, *MENU, *MENU[:12], *article, *MENU[:12], *footer])


def _clean(raw: str) -> Article:
    return clean_article(Article(origin="page.txt", raw_text=raw))


IT_TEXT = [
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per il trasporto pubblico, che prevede "
    "dieci nuove linee di autobus elettrici entro la fine del prossimo anno.",
    "«Si tratta di un investimento importante per tutta la città», ha detto l'assessore ai trasporti, "
    "spiegando che i lavori partiranno già in primavera.",
    "Le opposizioni hanno votato contro, chiedendo più fondi per le periferie e per le linee notturne.",
]


def test_an_italian_bookmark_widget_is_not_taken_for_the_headline():
    """The widget's heading and its sentence above the headline («I tuoi preferiti», «Salva questo
    articolo e leggilo quando vuoi.») are chrome; the byline opens with «di», the date line follows."""
    headline = "Trasporti, approvato il piano per dieci nuove linee di autobus elettrici"
    article = _clean(_page(
        f"{headline} | Esempio.it", "I tuoi preferiti",
        "Salva questo articolo e leggilo quando vuoi. Il servizio è dedicato agli utenti registrati.",
        "Non hai un account? Registrati in 1 minuto", "Accedi", headline, "di Maria Rossi", *IT_TEXT,
        "5 gennaio 2025 ( modifica il 6 gennaio 2025 | 15:24)", "© RIPRODUZIONE RISERVATA",
    ))
    assert article.title == headline
    assert article.author == "Maria Rossi"
    assert article.published[:10] == "2025-01-05"
    assert article.text.split("\n") == IT_TEXT


ES_TEXT = [
    "La policía detuvo el martes a dos hombres acusados de robar en varias viviendas del centro de la ciudad "
    "durante las vacaciones de verano.",
    "Según fuentes de la investigación, los detenidos entraban en las casas cuando sus dueños estaban fuera.",
    "Los dos hombres pasarán mañana a disposición judicial, informó la Jefatura Superior de Policía.",
    "Los agentes recuperaron joyas, dinero en efectivo y varios aparatos electrónicos.",
]


def test_a_spanish_related_box_ends_at_the_next_subheading_and_tags_name_no_author():
    headline = "Detenidos dos hombres por robar en viviendas del centro durante el verano"
    article = _clean(_page(
        f"{headline}", headline, "Por Juan García", "Esta funcionalidad es sólo para registrados",
        "Iniciar sesión", "02/08/2024", "Compartir", "Copiar enlace", *ES_TEXT[:2], "Noticia Relacionada",
        "Cae una banda dedicada a los robos en urbanizaciones de la costa", "Ana López",
        "Los agentes han detenido a siete personas y han recuperado objetos por valor de miles de euros",
        "Recuperadas las joyas de las víctimas", *ES_TEXT[2:], "Más temas:", "Valencia (Venezuela)",
        "Valencia", "Policía", "Robos", "Ver comentarios (0)", "Reportar un error",
    ))
    assert article.author == "Juan García"
    assert article.published[:10] == "2024-08-02"
    kept = article.text.split("\n")
    assert "Recuperadas las joyas de las víctimas" in kept
    assert all(p in kept for p in ES_TEXT)
    assert {"Noticia Relacionada", "Iniciar sesión", "Compartir", "Ana López"}.isdisjoint(kept)


def test_a_french_byline_and_date_line_are_read():
    headline = "Comment les villes européennes ont réduit la pollution de l'air en dix ans"
    text = [
        "En dix ans, la concentration de particules fines a baissé de près d'un tiers dans la plupart des "
        "grandes villes européennes, selon un rapport publié mardi.",
        "Les chercheurs attribuent cette baisse aux zones à faibles émissions et au développement des transports "
        "publics, mais aussi à la fermeture de centrales au charbon.",
        "La situation reste toutefois préoccupante dans plusieurs villes d'Europe centrale.",
    ]
    article = _clean(_page(f"{headline} | Exemple", headline, "Par Claire Martin", "Publié le 30/04/2024 - 16:00",
                           "Partager cet article", *text, "Partager cet article"))
    assert (article.title, article.author, article.published[:10]) == (headline, "Claire Martin", "2024-04-30")
    assert article.text.split("\n") == text


def test_a_bare_byline_over_a_role_that_opens_its_line_and_no_byline_from_place_tags():
    """«Ana Ruiz» / «Corresponsal en Atenas»: the role comes first in Spanish; the tags under «Más
    temas:» («Valencia (Venezuela)») look like a byline's "Name (City)" but are tags."""
    headline = "Detenidos dos hombres por robar en viviendas del centro durante el verano"
    article = _clean(_page(headline, headline, "Ana Ruiz", "Corresponsal en Atenas", "02/08/2024", *ES_TEXT,
                           "Más temas:", "Valencia (Venezuela)", "Valencia", "Policía", "Robos"))
    assert article.author == "Ana Ruiz"
    assert "Corresponsal en Atenas" not in article.text.split("\n")
    assert article.text.split("\n") == ES_TEXT


def test_a_danish_date_line_with_its_klokken_is_read():
    headline = "Ny restaurant åbner i Aarhus midtby med et køkken fra hele verden"
    text = [
        "Restauranten har slået dørene op i en af byens ældste gader, og ejerne håber at trække både "
        "turister og lokale til.",
        "Menuen skifter hver uge, fortæller ejeren, der selv har boet flere år i udlandet.",
        "Der er plads til omkring fyrre gæster, og køkkenet holder åbent til sent om aftenen.",
    ]
    article = _clean(_page(headline, "02/02/2025 KL. 09:00", headline, *text, "Del artiklen"))
    assert article.published[:10] == "2025-02-02"
    assert article.text.split("\n") == text


def test_dutch_subscription_appeals_under_the_text_are_dropped():
    headline = "Minister stelt nieuw plan voor om wachtlijsten in de zorg te verkorten"
    text = [
        "De minister heeft dinsdag een plan voorgesteld om de wachtlijsten in de geestelijke gezondheidszorg "
        "tegen volgend jaar met een derde te verkorten.",
        "Volgens het plan krijgen ziekenhuizen extra middelen om meer personeel aan te werven.",
        "De oppositie noemt het plan onvoldoende en vraagt een debat in het parlement.",
    ]
    appeals = ["Als abonnee lees je ook alle plusartikels. Je moet nog even inloggen.", "Inloggen ›",
               "Altijd mee met het nieuws? Het begint bij ons.", "Lees nu voordelig ›", "Opzeggen wanneer je wilt",
               "Nog geen abonnee? Ontdek nu gratis onze plusartikels.", "Proef nu ›"]
    article = _clean(_page(headline, headline, *text, *appeals))
    assert article.text.split("\n") == text


def test_persian_solar_hijri_date_lines_are_read_as_their_gregorian_day():
    from rasid.clean.fields import read_date_line

    # 2 Tir 1399, 29 Bahman 1398, 21 Ordibehesht 1399 (Persian digits, Arabic yeh as some sites type it).
    assert read_date_line("2 تير 1399 - 12:09:08 ب.ظ")[0] == "2020-06-22"
    assert read_date_line("۲۹ بهمن ۱۳۹۸ - ۰۶:۵۵")[0] == "2020-02-18"
    assert read_date_line("تاریخ انتشار: ۲۱ ارديبهشت ۱۳۹۹ - ۱۸:۵۹")[0] == "2020-05-10"
    assert read_date_line("۲۹ بهمن ۱۳۹۸ مهم‌ترین خبرها") is None  # a headline with a date in it is no date line


def test_solar_hijri_calendar_new_years_and_month_lengths():
    from datetime import date

    from rasid.temporal.calendar import solar_hijri_to_gregorian

    assert solar_hijri_to_gregorian(1399, 1, 1) == date(2020, 3, 20)
    assert solar_hijri_to_gregorian(1404, 1, 1) == date(2025, 3, 21)
    assert solar_hijri_to_gregorian(1396, 1, 1) == date(2017, 3, 21)
    assert solar_hijri_to_gregorian(1402, 12, 29) == date(2024, 3, 19)
    assert solar_hijri_to_gregorian(1402, 12, 30) is None  # 1402 is no leap year: Esfand has 29 days
    assert solar_hijri_to_gregorian(1403, 12, 30) == date(2025, 3, 20)
    assert solar_hijri_to_gregorian(1399, 7, 31) is None  # Mehr has 30 days


def test_polish_turkish_and_vietnamese_date_lines_are_read():
    from rasid.clean.fields import read_date_line

    assert read_date_line("Publikacja: 02.02.2025 21:52")[0] == "2025-02-02"
    assert read_date_line("05.04.2025 - Güncelleme : 05.04.2025")[0] == "2025-04-05"
    assert read_date_line("Thứ tư, 22/10/2025, 19:25 (GMT+7)")[0] == "2025-10-22"
    assert read_date_line("torsdag 09. mai 2024 - 13:26")[0] == "2024-05-09"


def test_a_japanese_date_of_counters_is_read():
    from rasid.clean.fields import _iso_date, tables

    assert _iso_date("2025年1月13日 21時37分", tables().months) == "2025-01-13"


def test_polish_and_swedish_page_widgets_are_chrome():
    from rasid.clean.phrases import chrome_reason, is_related_trigger, line_key

    for text in ("Reklama", "Dela", "Hoppa till innehåll", "Dagens namn: Erland", "Vis mer", "Annonsørinnhold",
                 "Pozostało jeszcze 89% artykułu", "کد خبر: 1353889"):
        key = line_key(text)
        assert chrome_reason(key, len(text.split()), at_edge=False), text
    assert is_related_trigger(line_key("Czytaj więcej"))
    assert is_related_trigger(line_key("MEST LÄST"))
    assert chrome_reason(line_key("Dela upp landet i regioner sade ministern"), 7, at_edge=False) is None


def test_a_title_opening_with_the_agency_name_finds_its_headline():
    headline = "ورود 50 هزار میلیارد تومان نقدینگی به بورس در 3 ماه"
    text = [
        "به گزارش خبرگزاری آریا، رییس سازمان بورس گفت که در سه ماه گذشته نقدینگی زیادی به بازار سرمایه وارد شده است.",
        "او افزود که این روند در ماه‌های آینده نیز ادامه خواهد داشت و بازار از آن سود خواهد برد.",
    ]
    article = _clean(_page(f"خبرگزاری آريا - {headline}", headline, "2 تير 1399 - 12:09:08 ب.ظ", *text))
    assert article.title == headline
    assert article.published[:10] == "2020-06-22"
    assert article.text.split("\n") == text


def test_a_headline_the_title_rewords_is_found_over_its_date_line():
    title = "Hanna i Uddevalla försvunnen – polisen ber om tips om 18-åringen"
    headline = "Hanna, 18, försvunnen i Uddevalla"
    text = [
        "18-åriga Hanna försvann i Uddevalla i tisdags och polisen har nu inlett en särskild händelse.",
        "– Allmänheten har hittat kläder som kan tillhöra henne, säger en talesperson för polisen till tidningen.",
    ]
    article = _clean(_page(title, headline, "Polisen ber om tips", "Amanda Hällsten",
                           "Uppdaterad 15.59 | Publicerad 14.14", "Dela", *text))
    assert article.title == headline
    assert article.text.split("\n") == text
