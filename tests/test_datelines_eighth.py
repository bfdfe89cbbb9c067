"""Datelines read by their shape, not by their outlet (extract/_dateline.py; docs/languages.md,
"Datelines"): a line of its own with a place, a dash or a bullet and an outlet no list has;
an outlet's initials hyphened to the place; a place and a date with no outlet; a place and
its state's abbreviation.  Each shape in every language that writes it, with places, outlets
and punctuation other than the answer keys' ones, and the sentences that only look like one."""

from __future__ import annotations

import pytest

from conflict_events.extract._dateline import find_dateline


def _read(lang: str, line: str) -> tuple[str | None, str | None, int | None, int | None, str]:
    """The place, outlet, day and month read from ``line`` opening the first paragraph after
    a headline, and the first word of the story after it."""
    text = f"Headline\n\n{line}\n\nMore text."
    found = find_dateline(text, lexicon=lang)
    assert found is not None, line
    body = text[found.end :].split()[0]
    return found.place, found.outlet, found.day, found.month, body


@pytest.mark.parametrize(
    ("lang", "line", "place", "outlet", "body"),
    [
        # a line of its own: place, dash or bullet, an outlet no list names, a colon maybe
        ("ar", "البصرة - المربد\nأصيب ثلاثة مدنيين بانفجار عبوة.", "البصرة", "المربد", "أصيب"),
        ("ar", "عدن – عدن الغد:\nقتل جنديان في هجوم.", "عدن", "عدن الغد", "قتل"),
        ("ar", "بيروت - «الشرق الأوسط»:\nقتل ثلاثة في غارة.", "بيروت", "الشرق الأوسط", "قتل"),
        ("uk", "Харків • Суспільне\n\nЗагинули двоє людей.", "Харків", "Суспільне", "Загинули"),
        (
            "uk",
            "Дніпро – Новини Придніпров'я:\nПоранено трьох.",
            "Дніпро",
            "Новини Придніпров'я",
            "Поранено",
        ),
        ("ru", "Донецк • ДАН\nПогибли трое мирных жителей.", "Донецк", "ДАН", "Погибли"),
        ("en", "Kharkiv • Kyiv Post\nTwo people were killed.", "Kharkiv", "Kyiv Post", "Two"),
        ("fr", "Goma – Radio Okapi\nDeux civils ont été tués.", "Goma", "Radio Okapi", "Deux"),
        ("es", "Culiacán – Ríodoce:\nDos hombres murieron.", "Culiacán", "Ríodoce", "Dos"),
        (
            "pt",
            "Pemba – Carta de Moçambique\nDois soldados morreram.",
            "Pemba",
            "Carta de Moçambique",
            "Dois",
        ),
        ("de", "Odessa • Ukrinform\nZwei Menschen starben.", "Odessa", "Ukrinform", "Zwei"),
        ("en", "Kharkiv — Ukrinform.\nTwo people were killed.", "Kharkiv", "Ukrinform", "Two"),
        (
            "tr",
            "Diyarbakır – Mezopotamya Ajansı\nÜç kişi yaralandı.",
            "Diyarbakır",
            "Mezopotamya Ajansı",
            "Üç",
        ),
        # the same shape on the paragraph's line, closed by a full stop or a colon
        ("en", "Kharkiv — Ukrinform. Two people were killed.", "Kharkiv", "Ukrinform", "Two"),
        ("uk", "Херсон – Суспільне. Загинули двоє людей.", "Херсон", "Суспільне", "Загинули"),
        ("ar", "بيروت - «الشرق الأوسط»: قتل ثلاثة في غارة.", "بيروت", "الشرق الأوسط", "قتل"),
        (
            "fr",
            "Bukavu • Radio Maendeleo : Deux civils ont été tués.",
            "Bukavu",
            "Radio Maendeleo",
            "Deux",
        ),
    ],
)
def test_a_place_and_an_outlet_no_list_has(
    lang: str, line: str, place: str, outlet: str, body: str
) -> None:
    found_place, found_outlet, _, _, found_body = _read(lang, line)
    assert (found_place, found_outlet, found_body) == (place, outlet, body)


@pytest.mark.parametrize(
    ("lang", "line", "place", "outlet", "day"),
    [
        (
            "fr",
            "APA-Ouagadougou (Burkina Faso) – Des hommes armés ont tué.",
            "Ouagadougou",
            "APA",
            None,
        ),
        ("fr", "APA-Bamako (Mali) – Deux soldats ont été tués lundi.", "Bamako", "APA", None),
        ("fr", "MAP-Rabat, 3 mars - Le bilan s'est alourdi.", "Rabat", "MAP", 3),
        ("en", "APA-Dakar (Senegal) - Two soldiers were killed.", "Dakar", "APA", None),
        ("es", "EFE-Bogotá, 4 de mayo.- Dos policías murieron.", "Bogotá", "EFE", 4),
        ("pt", "ANGOP-Luanda – Dois soldados morreram.", "Luanda", "ANGOP", None),
        ("de", "KNA-Bamako – Zwei Soldaten starben.", "Bamako", "KNA", None),
        ("ru", "ДАН-Донецк – Погибли трое мирных жителей.", "Донецк", "ДАН", None),
        ("uk", "УНН-Одеса – Загинула жінка.", "Одеса", "УНН", None),
        ("tr", "DHA-Diyarbakır - İki asker yaralandı.", "Diyarbakır", "DHA", None),
    ],
)
def test_an_outlets_initials_hyphened_to_the_place(
    lang: str, line: str, place: str, outlet: str, day: int | None
) -> None:
    found_place, found_outlet, found_day, _, body = _read(lang, line)
    assert (found_place, found_outlet, found_day) == (place, outlet, day)
    assert body[:1].isupper()


@pytest.mark.parametrize(
    ("lang", "line", "place", "day", "month", "body"),
    [
        (
            "fr",
            "Bamenda, le 22 avril 2026 – Quatre soldats ont été tués.",
            "Bamenda",
            22,
            4,
            "Quatre",
        ),
        ("fr", "Maroua, 3 mars — Deux civils ont été tués.", "Maroua", 3, 3, "Deux"),
        ("es", "Culiacán, Sin., 4 de mayo.- Dos hombres murieron.", "Culiacán, Sin.", 4, 5, "Dos"),
        (
            "es",
            "Medellín, el 12 de junio de 2026 – Dos policías murieron.",
            "Medellín",
            12,
            6,
            "Dos",
        ),
        ("en", "Kano, 3 March 2026 – Gunmen killed two farmers.", "Kano", 3, 3, "Gunmen"),
        ("pt", "Maputo, 17 de setembro de 2026 – Dois soldados morreram.", "Maputo", 17, 9, "Dois"),
        ("de", "Mariupol, 3. März 2026 – Zwei Menschen starben.", "Mariupol", 3, 3, "Zwei"),
        ("ru", "Белгород, 3 марта – Два человека погибли.", "Белгород", 3, 3, "Два"),
        ("uk", "Харків, 18 жовтня – Двоє людей загинули.", "Харків", 18, 10, "Двоє"),
        ("tr", "Diyarbakır, 3 Mart 2026 – İki kişi öldü.", "Diyarbakır", 3, 3, "İki"),
        # a run without capitals after the dash cannot show it is an outlet's name
        ("ar", "الموصل، 3 مارس 2026 – قتل جنديان بانفجار.", "الموصل", 3, 3, "قتل"),
    ],
)
def test_a_place_and_a_date_without_an_outlet(
    lang: str, line: str, place: str, day: int, month: int, body: str
) -> None:
    assert _read(lang, line) == (place, None, day, month, body)


@pytest.mark.parametrize(
    ("lang", "line", "place", "body"),
    [
        ("es", "Comitán, Chis. Al menos 11 personas murieron.", "Comitán, Chis.", "Al"),
        ("es", "Culiacán, Sin.- Dos hombres fueron asesinados.", "Culiacán, Sin.", "Dos"),
        (
            "es",
            "Chilpancingo, Gro. Tres policías murieron en una emboscada.",
            "Chilpancingo, Gro.",
            "Tres",
        ),
        ("en", "Laredo, Tex. — Two migrants died on Monday.", "Laredo, Tex.", "Two"),
    ],
)
def test_a_place_and_its_states_abbreviation(lang: str, line: str, place: str, body: str) -> None:
    assert _read(lang, line) == (place, None, None, None, body)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a dash inside a sentence: the story goes on in lower case
        ("en", "Headline\n\nKano - the city that never sleeps - was calm on Monday."),
        ("fr", "Titre\n\nGoma - la ville reste calme depuis lundi."),
        ("es", "Titular\n\nCuliacán - la capital de Sinaloa - amaneció en calma."),
        # a line of two places is no place and outlet
        ("de", "Überschrift\n\nUkraine – Russland\n\nDer Krieg geht weiter."),
        ("en", "Headline\n\nKyiv • Odesa\n\nTwo cities were hit."),
        # a heading that is a sentence, and a line with nothing after it
        ("en", "Headline\n\nKyiv – Explosions heard overnight.\n\nText."),
        ("en", "Headline\n\nGaza – Ceasefire!\n\nText."),
        ("uk", "Заголовок\n\nОдеса • УНН"),
        # the headline itself
        ("uk", "Одеса • УНН\n\nЗагинула жінка."),
        ("fr", "APA-Bamako (Mali) – Deux soldats tués.\n\nTexte."),
        # initials that are not capitals, or a pair of places
        ("fr", "Titre\n\nAl-Qaïda – Le groupe a revendiqué l'attaque."),
        ("en", "Headline\n\nKyiv-Odesa – Trains run again."),
        # a weekday is no place; a full word after the comma is no abbreviation
        ("fr", "Titre\n\nLundi, 3 mars – Deux civils ont été tués."),
        ("es", "Titular\n\nComitán, Chiapas. Al menos 11 personas murieron."),
        # a title after the place's comma is no state's abbreviation
        ("fr", "Titre\n\nGoma, Mgr. Ambongo a dit que deux civils sont morts."),
        ("en", "Headline\n\nLaredo, Gov. Abbott said two migrants died."),
        # the state abbreviation, then a story in lower case
        ("es", "Titular\n\nComitán, Chis. según la fiscalía murieron once."),
    ],
)
def test_not_a_dateline(lang: str, text: str) -> None:
    found = find_dateline(text, lexicon=lang)
    assert found is None or (found.outlet is None and found.day is None), found


def test_a_place_in_capitals_with_a_hyphen_is_one_place() -> None:
    """ "AL-MUKALLA –": capitals on both sides of the hyphen are one place, not initials."""
    found = find_dateline("Headline\n\nAL-MUKALLA – Gunmen killed two soldiers.", lexicon="en")
    assert found is not None
    assert (found.place, found.outlet) == ("AL-MUKALLA", None)


def test_a_place_alone_then_a_sentence_with_a_capital() -> None:
    """ "Paris – Le gouvernement a annoncé …" opening the first paragraph is a place alone
    before a dash (as "BELÉM – A polícia …"): a dateline with a place and no outlet; the
    clause after the dash is no outlet's name (a verb in lower case)."""
    text = "Titre\n\nParis – Le gouvernement a annoncé lundi un bilan de trois morts."
    found = find_dateline(text, lexicon="fr")
    assert found is not None
    assert (found.place, found.outlet, found.day) == ("Paris", None, None)
    assert text[found.end :].startswith("Le gouvernement")
