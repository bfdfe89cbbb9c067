"""Dateline shapes read since the ninth session of 2026-12-07 (extract/_dateline.py;
docs/languages.md, "Datelines"): a place glued to its dash, the outlet before the place on a
line of its own, a state's abbreviation closed by a comma, a reporter's name before the
place.  Own variants in each language whose press writes the shape, and what only looks
like one."""

from __future__ import annotations

import pytest

from conflict_events.extract._dateline import find_dateline


def _read(lang: str, line: str) -> tuple[str | None, str | None, str]:
    """The place and outlet read from ``line`` opening the first paragraph after a
    headline, and the first word of the story after it."""
    text = f"Headline\n\n{line}\n\nMore text."
    found = find_dateline(text, lexicon=lang)
    assert found is not None, line
    return found.place, found.outlet, text[found.end :].split()[0]


@pytest.mark.parametrize(
    ("lang", "line", "place", "body"),
    [
        ("ar", "بغداد- أصيب ثلاثة مدنيين بانفجار عبوة ناسفة.", "بغداد", "أصيب"),
        ("ar", "الموصل– قتل جنديان في هجوم على نقطة تفتيش.", "الموصل", "قتل"),
        ("pt", "BELÉM- A polícia prendeu dois suspeitos.", "BELÉM", "A"),
        ("fr", "Bunia- Deux civils ont été tués dans une embuscade.", "Bunia", "Deux"),
    ],
)
def test_a_place_glued_to_its_dash(lang: str, line: str, place: str, body: str) -> None:
    assert _read(lang, line) == (place, None, body)


@pytest.mark.parametrize(
    ("lang", "line", "place", "outlet", "body"),
    [
        ("ar", "المدى برس- كركوك\nقتل شرطي بانفجار عبوة.", "كركوك", "المدى برس", "قتل"),
        ("ar", "سكاي نيوز عربية - حلب\nأصيب خمسة مدنيين.", "حلب", "سكاي نيوز عربية", "أصيب"),
        ("fr", "Radio Okapi – Bunia\nDeux civils ont été tués.", "Bunia", "Radio Okapi", "Deux"),
    ],
)
def test_the_outlet_before_the_place_on_a_line_of_its_own(
    lang: str, line: str, place: str, outlet: str, body: str
) -> None:
    assert _read(lang, line) == (place, outlet, body)


@pytest.mark.parametrize(
    ("line", "place", "body"),
    [
        ("Morelia, Mich., Dos policías fueron asesinados.", "Morelia, Mich.", "Dos"),
        ("Cuernavaca, Mor., Tres hombres murieron en un ataque.", "Cuernavaca, Mor.", "Tres"),
        ("Uruapan, Mich., Al menos cinco personas murieron.", "Uruapan, Mich.", "Al"),
    ],
)
def test_a_states_abbreviation_closed_by_a_comma(line: str, place: str, body: str) -> None:
    assert _read("es", line) == (place, None, body)


@pytest.mark.parametrize(
    ("line", "place", "outlet", "body"),
    [
        (
            "Mehmet YILMAZ/DİYARBAKIR, (DHA) - Kentte çıkan çatışmada 2 kişi yaralandı.",
            "DİYARBAKIR",
            "DHA",
            "Kentte",
        ),
        (
            "Ayşe DEMİR / ANKARA (İHA) – Operasyonda 12 şüpheli gözaltına alındı.",
            "ANKARA",
            "İHA",
            "Operasyonda",
        ),
    ],
)
def test_a_reporters_name_before_the_place(line: str, place: str, outlet: str, body: str) -> None:
    assert _read("tr", line) == (place, outlet, body)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a dash glued to a word, the story going on in lower case
        ("en", "Headline\n\nKano- based militants attacked a village on Monday."),
        # a heading of two words before a place, no story below it
        ("ar", "عنوان\n\nالمدى برس- كركوك"),
        # the name before the slash is a place: two places, no reporter
        ("tr", "Başlık\n\nGaziantep Nizip/KİLİS, (DHA) - iki kişi yaralandı."),
        # a byline without a surname in capitals
        ("tr", "Başlık\n\nMehmet Yılmaz/Diyarbakır, (DHA) - Kentte 2 kişi yaralandı."),
        # a full state name is no abbreviation
        ("es", "Titular\n\nAcapulco, Guerrero, Dos policías fueron asesinados."),
    ],
)
def test_not_a_dateline(lang: str, text: str) -> None:
    assert find_dateline(text, lexicon=lang) is None


@pytest.mark.parametrize(
    ("lang", "line", "place", "outlet", "body"),
    [
        (
            "ar",
            "نينوى/ شفق نيوز- أعلنت خلية الإعلام الأمني مقتل مسلحين.",
            "نينوى",
            "شفق نيوز",
            "أعلنت",
        ),
        ("ar", "البصرة/ المدى- قتل شخصان في نزاع عشائري.", "البصرة", "المدى", "قتل"),
        ("en", "MOSUL/ Rudaw- Two people were killed in a blast.", "MOSUL", "Rudaw", "Two"),
        ("fr", "Bunia/ Radio Okapi- Deux civils ont été tués.", "Bunia", "Radio Okapi", "Deux"),
    ],
)
def test_a_slash_and_a_dash_glued_to_the_words_before_them(
    lang: str, line: str, place: str, outlet: str, body: str
) -> None:
    assert _read(lang, line) == (place, outlet, body)


@pytest.mark.parametrize(
    ("line", "place", "body"),
    [
        (
            "Morelia, Michoacán.- Tres policías murieron en una emboscada.",
            "Morelia, Michoacán",
            "Tres",
        ),
        (
            "Culiacán, Sinaloa.- Dos hombres fueron asesinados a balazos.",
            "Culiacán, Sinaloa",
            "Dos",
        ),
    ],
)
def test_a_states_full_name_before_the_mexican_dash(line: str, place: str, body: str) -> None:
    assert _read("es", line) == (place, None, body)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Headline\n\nKyiv-Odesa trains stopped on Monday after the strike.\n"),
        ("es", "Titular\n\nEl gobernador, Rubén Rocha.- Dijo que habrá más patrullas.\n"),
        ("es", "Titular\n\nEn Sinaloa, la violencia.- sigue sin freno.\n"),
    ],
)
def test_what_only_looks_like_those_shapes(lang: str, text: str) -> None:
    assert find_dateline(text, lexicon=lang) is None
