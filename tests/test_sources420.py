"""Who says so on real copy, sixteenth session (issue 14, the sealed `77_` / `78_` sets).

Every sentence here is written for these tests in the wire style of its language; none is
copied from a fixture or the shared data.  Each table is one rule of
``extract/_attribution.py`` and words of the ``attribution`` tables
(docs/casualties-and-claims.md, "Sixteenth session").
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract import extract_attributions


def _names(text: str, lang: str) -> list[str]:
    """The source's name of every attribution, in text order."""
    return [m.attribution.source_name or "" for m in extract_attributions(text, lexicon=lang)]


def _claims(text: str, lang: str) -> list[tuple[str, str]]:
    return [
        (m.attribution.source_name or "", m.attribution.claim.value)
        for m in extract_attributions(text, lexicon=lang)
    ]


# -- an office with its place, then the holder's name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # set off by commas after the place, after "according to"
        ("Selon son porte-parole au Nord-Kivu, le capitaine Paul Mbala, « sept civils ont été "
         "tués ».", "fr", "son porte-parole au Nord-Kivu, le capitaine Paul Mbala"),
        ("Según su vocero en Cauca, el coronel Luis Ortega, nueve soldados murieron en el "
         "ataque.", "es", "su vocero en Cauca, el coronel Luis Ortega"),
        ("According to its spokesman in Borno, Lt. Col. Musa Adamu, 12 fighters were killed.",
         "en", "its spokesman in Borno, Lt. Col. Musa Adamu"),
        # the name ends the sentence after the place, no commas (ru, uk)
        ("«Загинули двоє людей», – сказав речник поліції у Харківській області Іван Мельник.",
         "uk", "речник поліції у Харківській області Іван Мельник"),
        ("«Погибли три человека», – заявил представитель МЧС по Белгородской области Андрей "
         "Петров.", "ru", "представитель МЧС по Белгородской области Андрей Петров"),
        # a German compound whose head is an office
        ("Bei dem Angriff wurden fünf Menschen getötet, teilte der Polizeichef der Region, "
         "Ahmed Karimi, am Dienstag mit.", "de", "der Polizeichef der Region, Ahmed Karimi"),
        # no name after the place: the source as before
        ("According to the police in Kano, 12 people were killed.", "en", "the police"),
        ("Selon la police à Goma, 12 personnes ont été tuées.", "fr", "la police"),
    ],
)  # fmt: skip
def test_office_with_place_takes_the_holders_name(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


def test_office_holders_name_reaches_the_figures() -> None:
    text = (
        "Attaque meurtrière en Ituri\n\n"
        "L'armée a donné un bilan moins lourd. Selon son porte-parole en Ituri, le capitaine "
        "Paul Mbala, « neuf civils ont été tués ». Il a ajouté que trois assaillants avaient "
        "été tués.\n"
    )
    report = extract_report(text, published=dt.date(2026, 3, 2), lexicon="fr")
    sources = {
        r.attribution.source_name
        for r in report.casualties
        if any(f.count.low == 9 for f in r.figures)
    }
    assert sources == {"son porte-parole en Ituri, le capitaine Paul Mbala"}


# -- Arabic: claims, denials, accusations and estimates open their clause ----------------------


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("زعمت حركة الشباب في بيان أنها قتلت 20 جنديا.", [("حركة الشباب", "claimed")]),
        ("ونفى الجيش مقتل 12 مدنيا في القصف.", [("الجيش", "denied")]),
        ("واتهمت السلطة المحلية في المحافظة جماعة الحوثيين بالوقوف وراء القصف.",
         [("السلطة المحلية", "alleged")]),
        ("اتهم محور تعز العسكري، في بيان، الحوثيين باستهداف الأحياء السكنية.",
         [("محور تعز العسكري", "alleged")]),
        # the accuser and the accused side by side before the charge: nobody is named
        ("واتهم الجيش قوات الدعم السريع بقتل 12 مدنيا في القرية.", []),
        ("وتقدّر الأمم المتحدة أن أكثر من ثلاثة آلاف شخص نزحوا.", [("الأمم المتحدة", "reported")]),
        # a denial's object ends the name ("أي", any)
        ("نفى مستشار لقائد الحركة أي صلة لقواته بالهجوم.", [("مستشار لقائد الحركة", "denied")]),
        # the topic of "أما … فقال" is the verb's subject, with its name set off by commas
        ("أما قائد الشرطة، اللواء سالم حداد، فقال إن أربعة أشخاص قتلوا.",
         [("قائد الشرطة، اللواء سالم حداد", "reported")]),
    ],
)  # fmt: skip
def test_arabic_verbs_read_their_subject_after_them(
    text: str, claims: list[tuple[str, str]]
) -> None:
    assert _claims(text, "ar") == claims


# -- Turkish: sources before a postposition, "daha sonra", an official of a body --------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an official "from" a body: the article opens a phrase of its own, kept as written
        ("İl Sağlık Müdürlüğünden bir yetkili, saldırıda 3 kişinin yaralandığını söyledi.",
         "İl Sağlık Müdürlüğünden bir yetkili"),
        ("Nijer Ordusu'ndan bir yetkili, çatışmada 7 askerin öldüğünü söyledi.",
         "Nijer Ordusu'ndan bir yetkili"),
        # inside a name the article still goes
        ("Yerel bir direniş komitesi, 4 kişinin öldüğünü açıkladı.", "Yerel direniş komitesi"),
        # "daha sonra" (later) ends the name
        ("Bölge kaynakları daha sonra, 5 kişinin öldüğünü bildirdi.", "Bölge kaynakları"),
        # information "received from" a source
        ("Jandarmadan alınan bilgiye göre, çatışmada 4 kişi yaralandı.", "Jandarma"),
        # "according to what X related"
        ("Yerel kaynakların aktardığına göre, saldırıda 6 kişi öldü.", "Yerel kaynaklar"),
        # a participle of relating before its speaker
        ("Saldırıda 2 polisin yaralandığını aktaran Yılmaz, soruşturmanın sürdüğünü kaydetti.",
         "Yılmaz"),
    ],
)  # fmt: skip
def test_turkish_sources(text: str, name: str) -> None:
    assert _names(text, "tr") == [name]


# -- Russian and Ukrainian: a relay phrase between the outlet and its verb ----------------------


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Агентство AFP со ссылкой на местных жителей сообщило, что погибли трое.", "ru",
         "Агентство AFP"),
        ("Видання Kyiv Independent з посиланням на місцеву владу повідомило, що загинули "
         "троє.", "uk", "Видання Kyiv Independent"),
    ],
)  # fmt: skip
def test_relay_phrase_before_the_verb(text: str, lang: str, name: str) -> None:
    assert _names(text, lang) == [name]


# -- Portuguese and Spanish: an earlier toll in a compound tense, "dar cuenta de" ----------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Num primeiro balanço, a corporação havia informado cinco mortos.", "pt",
         ["a corporação"]),
        ("A Defesa Civil tinha dado conta de três desaparecidos.", "pt", ["A Defesa Civil"]),
        # the participle after a report noun stays inside its by-phrase
        ("Segundo o balanço anunciado pela PM, nove pessoas morreram.", "pt", ["PM"]),
        ("La alcaldía había dado cuenta de dos heridos.", "es", ["La alcaldía"]),
        # a verb that ends in its preposition takes its object, no inverted speaker
        ("El ataque dejó varios heridos, y un primer balance daba cuenta de seis fallecidos.",
         "es", []),
        # "por la mañana" is a time before the by-phrase's source
        ("El coronel Luis Vera dijo que murieron nueve. El balance anterior, difundido el lunes "
         "por la mañana por la misma fuente, daba cuenta de seis fallecidos.", "es",
         ["Luis Vera", "Luis Vera"]),
    ],
)  # fmt: skip
def test_earlier_tolls(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


# -- a sentence's opening name with a titled person set off, shared by a coordinated verb -----


def test_titled_name_opens_a_coordinated_sentence() -> None:
    text = (
        "El jefe de la Policía de Nariño, coronel Jaime Rojas Pardo, visitó el lugar y dijo que "
        "el ataque duró dos horas. Entre los heridos hay un patrullero, precisó el oficial."
    )
    assert _names(text, "es") == ["El jefe de la Policía de Nariño, coronel Jaime Rojas Pardo"] * 2


# -- Russian and Ukrainian: an armed group named before ----------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Погибли 14 человек. Об этом сообщила Армия Аракана. По данным группировки, еще 22 "
         "человека получили ранения.", "ru", ["Армия Аракана", "Армия Аракана", "Армия Аракана"]),
        ("Про це повідомила Армія Аракану. За даними угруповання, ще 22 людини поранені.", "uk",
         ["Армія Аракану", "Армія Аракану"]),
    ],
)  # fmt: skip
def test_group_named_before(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names
