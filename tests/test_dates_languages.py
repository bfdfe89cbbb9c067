"""Dates in every language with a lexicon: resolve_date and find_dates read each language
natively (no dateparser), find_dates finds every rule example of each language with the span
resolve_date gives it (the one date grammar), and sentences in each language's wire style are
read as a careful reader reads them.  The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from conflict_events import DateResolutionError
from conflict_events.parse import _dates, _dates_fallback, find_dates, resolve_date
from conflict_events.parse._dates_vocab import date_words

ANCHOR = dt.date(2024, 11, 30)  # a Saturday
LANGUAGES = ("fr", "es", "pt", "ar", "de", "ru", "uk", "tr")

# (language, expression, first day, last day, precision) with ANCHOR
DATE_FORMS = [
    ("fr", "jeudi", "2024-11-28", "2024-11-28", "day"),
    ("fr", "27 novembre 2024", "2024-11-27", "2024-11-27", "day"),
    ("fr", "27 Novembre 2024", "2024-11-27", "2024-11-27", "day"),
    ("fr", "27 decembre 2023", "2023-12-27", "2023-12-27", "day"),
    ("fr", "hier", "2024-11-29", "2024-11-29", "day"),
    ("fr", "avant-hier", "2024-11-28", "2024-11-28", "day"),
    ("fr", "novembre 2024", "2024-11-01", "2024-11-30", "month"),
    ("fr", "en mars", "2024-03-01", "2024-03-31", "month"),
    ("fr", "fin novembre", "2024-11-21", "2024-11-30", "part_of_month"),
    ("fr", "il y a trois jours", "2024-11-27", "2024-11-27", "day"),
    ("fr", "trois jours plus tôt", "2024-11-27", "2024-11-27", "day"),
    ("fr", "la semaine dernière", "2024-11-18", "2024-11-24", "week"),
    ("fr", "ce week-end", "2024-11-30", "2024-12-01", "interval"),
    ("fr", "la nuit de vendredi à samedi", "2024-11-29", "2024-11-30", "interval"),
    ("fr", "la nuit du samedi 23 au dimanche 24 novembre", "2024-11-23", "2024-11-24", "interval"),
    ("fr", "du 27 au 29 novembre", "2024-11-27", "2024-11-29", "interval"),
    ("fr", "depuis mercredi", "2024-11-27", "2024-11-30", "interval"),
    ("fr", "mardi dernier", "2024-11-26", "2024-11-26", "day"),
    ("fr", "vers le 20 novembre", "2024-11-20", "2024-11-20", "day"),
    ("es", "el jueves", "2024-11-28", "2024-11-28", "day"),
    ("es", "el 27 de noviembre de 2024", "2024-11-27", "2024-11-27", "day"),
    ("es", "ayer", "2024-11-29", "2024-11-29", "day"),
    ("es", "anteayer", "2024-11-28", "2024-11-28", "day"),
    ("es", "hace dos semanas", "2024-11-11", "2024-11-17", "week"),
    ("es", "hace nueve días", "2024-11-21", "2024-11-21", "day"),
    ("es", "este jueves", "2024-11-28", "2024-11-28", "day"),
    ("es", "el pasado martes", "2024-11-26", "2024-11-26", "day"),
    ("es", "la noche del viernes", "2024-11-29", "2024-11-29", "part_of_day"),
    ("es", "las últimas 24 horas", "2024-11-29", "2024-11-30", "interval"),
    ("es", "en lo que va del año", "2024-01-01", "2024-11-30", "interval"),
    ("es", "desde enero de 2022", "2022-01-01", "2024-11-30", "interval"),
    ("pt", "na quinta-feira", "2024-11-28", "2024-11-28", "day"),
    ("pt", "27 de novembro de 2024", "2024-11-27", "2024-11-27", "day"),
    ("pt", "ontem", "2024-11-29", "2024-11-29", "day"),
    ("pt", "nesta terça-feira", "2024-11-26", "2024-11-26", "day"),
    ("pt", "nesta terça-feira (26)", "2024-11-26", "2024-11-26", "day"),
    ("pt", "há três dias", "2024-11-27", "2024-11-27", "day"),
    ("pt", "na semana passada", "2024-11-18", "2024-11-24", "week"),
    ("pt", "no ano passado", "2023-01-01", "2023-12-31", "year"),
    ("pt", "no início do mês", "2024-11-01", "2024-11-10", "part_of_month"),
    ("de", "am Freitag", "2024-11-29", "2024-11-29", "day"),
    ("de", "27. November 2024", "2024-11-27", "2024-11-27", "day"),
    ("de", "gestern", "2024-11-29", "2024-11-29", "day"),
    ("de", "vor zwei Tagen", "2024-11-28", "2024-11-28", "day"),
    ("de", "in der Nacht zu Sonntag", "2024-11-23", "2024-11-24", "interval"),
    ("de", "Freitagabend", "2024-11-29", "2024-11-29", "part_of_day"),
    ("de", "vergangene Woche", "2024-11-18", "2024-11-24", "week"),
    ("de", "seit Februar 2022", "2022-02-01", "2024-11-30", "interval"),
    ("ar", "الخميس", "2024-11-28", "2024-11-28", "day"),
    ("ar", "يوم الخميس", "2024-11-28", "2024-11-28", "day"),
    ("ar", "27 نوفمبر 2024", "2024-11-27", "2024-11-27", "day"),
    ("ar", "30 تشرين الثاني 2024", "2024-11-30", "2024-11-30", "day"),
    ("ar", "أمس", "2024-11-29", "2024-11-29", "day"),
    ("ar", "منذ ثلاثة أيام", "2024-11-27", "2024-11-27", "day"),
    ("ar", "منذ يومين", "2024-11-28", "2024-11-28", "day"),
    ("ar", "الأسبوع الماضي", "2024-11-18", "2024-11-24", "week"),
    ("ar", "مساء الجمعة", "2024-11-29", "2024-11-29", "part_of_day"),
    ("ar", "منذ عام ٢٠١٥", "2015-01-01", "2024-11-30", "interval"),
    ("ar", "منذ نيسان/أبريل 2023", "2023-04-01", "2024-11-30", "interval"),
    ("ru", "в четверг", "2024-11-28", "2024-11-28", "day"),
    ("ru", "27 ноября 2024 года", "2024-11-27", "2024-11-27", "day"),
    ("ru", "вчера", "2024-11-29", "2024-11-29", "day"),
    ("ru", "в ноябре", "2024-11-01", "2024-11-30", "month"),
    ("ru", "три дня назад", "2024-11-27", "2024-11-27", "day"),
    ("ru", "на прошлой неделе", "2024-11-18", "2024-11-24", "week"),
    ("ru", "в ночь на субботу", "2024-11-29", "2024-11-30", "interval"),
    ("ru", "за сутки", "2024-11-29", "2024-11-30", "interval"),
    ("ru", "с начала года", "2024-01-01", "2024-11-30", "interval"),
    ("uk", "у четвер", "2024-11-28", "2024-11-28", "day"),
    ("uk", "27 листопада 2024 року", "2024-11-27", "2024-11-27", "day"),
    ("uk", "вчора", "2024-11-29", "2024-11-29", "day"),
    ("uk", "три дні тому", "2024-11-27", "2024-11-27", "day"),
    ("uk", "минулого тижня", "2024-11-18", "2024-11-24", "week"),
    ("uk", "за минулу добу", "2024-11-29", "2024-11-30", "interval"),
    ("uk", "з лютого 2022 року", "2022-02-01", "2024-11-30", "interval"),
    ("tr", "perşembe", "2024-11-28", "2024-11-28", "day"),
    ("tr", "perşembe günü", "2024-11-28", "2024-11-28", "day"),
    ("tr", "27 Kasım 2024", "2024-11-27", "2024-11-27", "day"),
    ("tr", "dün", "2024-11-29", "2024-11-29", "day"),
    ("tr", "üç gün önce", "2024-11-27", "2024-11-27", "day"),
    ("tr", "geçen hafta", "2024-11-18", "2024-11-24", "week"),
    ("tr", "cuma gecesi", "2024-11-29", "2024-11-29", "part_of_day"),
    ("tr", "2019'dan bu yana", "2019-01-01", "2024-11-30", "interval"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "expression", "first", "last", "precision"), DATE_FORMS)
def test_resolve_date_reads_the_language(
    code: str, expression: str, first: str, last: str, precision: str
) -> None:
    span = resolve_date(expression, ANCHOR, lexicon=code)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision.value) == (
        first,
        last,
        precision,
    )


@pytest.fixture
def no_dateparser(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """dateparser made to fail the test if it is called, with the results cache emptied."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"dateparser was called on {args[:1]!r}")

    monkeypatch.setattr(_dates_fallback, "fallback_span", refuse)
    _dates._resolve_cached.cache_clear()
    yield
    _dates._resolve_cached.cache_clear()


@pytest.mark.usefixtures("no_dateparser")
@pytest.mark.parametrize(("code", "expression"), [(c, e) for c, e, *_ in DATE_FORMS])
def test_a_supported_language_never_reaches_dateparser(code: str, expression: str) -> None:
    resolve_date(expression, ANCHOR, lexicon=code)
    # nor what its grammar refuses: refused, not handed on
    with pytest.raises(DateResolutionError):
        resolve_date(f"{expression} zzz qqq", ANCHOR, lexicon=code)


@pytest.mark.usefixtures("no_dateparser")
def test_english_expressions_never_reach_dateparser() -> None:
    for expression in ("Thursday", "three days ago", "27 November 2024", "last week"):
        resolve_date(expression, ANCHOR)


# A sentence of each language around an expression, in the past tense and with no other date.
FRAMES = {
    "en": "Clashes broke out {} near the town, a local source said.",
    "fr": "Des affrontements ont eu lieu {} près de la ville, selon une source locale.",
    "es": "Los enfrentamientos se produjeron {} cerca de la ciudad, según fuentes locales.",
    "pt": "Os confrontos ocorreram {} perto da cidade, segundo fontes locais.",
    "de": "Die Kämpfe fanden {} nahe der Stadt statt, teilte ein Sprecher mit.",
    "ru": "Бои шли {} под городом, сообщил источник.",
    "uk": "Бої тривали {} поблизу міста, повідомило джерело.",
    "tr": "Çatışmalar {} kent yakınlarında yaşandı, yerel kaynaklar bildirdi.",
    "ar": "اندلعت الاشتباكات {} قرب المدينة بحسب مصادر محلية.",
}
RULE_EXAMPLES = [
    pytest.param(code, example, id=f"{code}-{rule.handler.__name__}-{example}")
    for rule in _dates._RULES
    for code, examples in rule.languages.items()
    for example in examples
]


def _fillers_stripped(example: str, code: str) -> set[str]:
    """The example, and the example without each leading word the resolver skips."""
    fillers = date_words(code).fillers
    found, words = {example}, example.split(" ")
    while len(words) > 1 and words[0].lower() in fillers:
        words = words[1:]
        found.add(" ".join(words))
    return found


@pytest.mark.parametrize(("code", "example"), RULE_EXAMPLES)
def test_every_rule_example_is_read_and_found_alike(code: str, example: str) -> None:
    """The one date grammar: each language's example of each rule is read by resolve_date and
    found by find_dates in a sentence, with the same span, precision and approximate flag."""
    resolved = resolve_date(example, ANCHOR, lexicon=code)
    found = find_dates(FRAMES[code].format(example), ANCHOR, lexicon=code)
    assert len(found) == 1, [m.text for m in found]
    assert found[0].text in _fillers_stripped(example, code)
    when = found[0].when
    assert (when.start, when.end, when.precision, when.approximate) == (
        resolved.start,
        resolved.end,
        resolved.precision,
        resolved.approximate,
    )


@pytest.mark.parametrize(("code", "expression"), [(c, e) for c, e, *_ in DATE_FORMS])
def test_every_date_form_is_found_as_it_is_read(code: str, expression: str) -> None:
    resolved = resolve_date(expression, ANCHOR, lexicon=code)
    found = find_dates(FRAMES[code].format(expression), ANCHOR, lexicon=code)
    assert found
    assert found[0].text in _fillers_stripped(expression, code)
    assert (found[0].when.start, found[0].when.end) == (resolved.start, resolved.end)


# Sentences in each language's wire style (written for these tests): every date a careful
# reader marks, as (text, first day, last day, precision).
SENTENCES = [
    ("fr", "2025-03-08",
     "BAMAKO, 8 mars 2025 (AFP) - Au moins 14 civils ont été tués dans la nuit de jeudi à "
     "vendredi dans le centre du Mali, a indiqué samedi un élu local, qui évoque une attaque "
     "« d'une rare violence » survenue trois jours après un premier raid.",
     [("8 mars 2025", "2025-03-08", "2025-03-08", "day"),
      ("la nuit de jeudi à vendredi", "2025-03-06", "2025-03-07", "interval"),
      ("samedi", "2025-03-08", "2025-03-08", "day")]),
    ("fr", "2025-03-08",
     "Les combats se poursuivent depuis le début de la semaine et l'armée a annoncé lundi "
     "dernier une contre-offensive, la deuxième depuis janvier.",
     [("depuis le début de la semaine", "2025-03-03", "2025-03-08", "interval"),
      ("lundi dernier", "2025-03-03", "2025-03-03", "day"),
      ("depuis janvier", "2025-01-01", "2025-03-08", "interval")]),
    ("es", "2025-02-14",
     "BOGOTÁ, 14 feb (EFE).- Al menos seis soldados murieron este jueves en un ataque con "
     "drones en el Cauca, informó el Ejército, que atribuyó la ofensiva a disidencias de las "
     "FARC activas en la zona desde hace dos años.",
     [("14 feb", "2025-02-14", "2025-02-14", "day"),
      ("este jueves", "2025-02-13", "2025-02-13", "day"),
      # "since two years ago": from the start of that year (DESIGN's "since X")
      ("desde hace dos años", "2023-01-01", "2025-02-14", "interval")]),
    ("es", "2025-02-14",
     "Hace tres semanas, otro ataque dejó cuatro muertos; en lo que va del año suman más de "
     "30 uniformados asesinados, el doble que en el mismo periodo de 2024.",
     [("Hace tres semanas", "2025-01-20", "2025-01-26", "week"),
      ("en lo que va del año", "2025-01-01", "2025-02-14", "interval"),
      ("2024", "2024-01-01", "2024-12-31", "year")]),
    ("pt", "2025-01-21",
     "MAPUTO, 21 jan 2025 (Lusa) - Pelo menos oito pessoas morreram na madrugada de "
     "domingo num ataque de insurgentes em Macomia, disse hoje à Lusa fonte local.",
     [("21 jan 2025", "2025-01-21", "2025-01-21", "day"),
      ("na madrugada de domingo", "2025-01-19", "2025-01-19", "part_of_day"),
      ("hoje", "2025-01-21", "2025-01-21", "day")]),
    ("de", "2024-10-12",
     "KIEW (dpa) - Bei russischen Angriffen in der Nacht zum Samstag sind nach ukrainischen "
     "Angaben mindestens drei Menschen getötet worden. Bereits am Donnerstagabend hatte es "
     "in der Region Explosionen gegeben, vor einer Woche waren zwölf Menschen gestorben.",
     [("in der Nacht zum Samstag", "2024-10-11", "2024-10-12", "interval"),
      ("Donnerstagabend", "2024-10-10", "2024-10-10", "part_of_day"),
      ("vor einer Woche", "2024-09-30", "2024-10-06", "week")]),
    ("ru", "2024-09-14",
     "МОСКВА, 14 сентября. /ТАСС/. Силы ПВО за минувшую ночь уничтожили 29 беспилотников, "
     "сообщили в Минобороны. В пятницу вечером обстрелу подвергся Белгород, а двумя днями "
     "ранее — Курская область.",
     [("14 сентября", "2024-09-14", "2024-09-14", "day"),
      ("за минувшую ночь", "2024-09-13", "2024-09-14", "interval"),
      ("В пятницу вечером", "2024-09-13", "2024-09-13", "part_of_day")]),
    ("uk", "2025-03-02",
     "КИЇВ, 2 березня. Упродовж минулої доби росіяни 85 разів обстріляли громади "
     "Сумщини, повідомили в ОВА. У суботу ввечері під удар потрапив Конотоп.",
     [("2 березня", "2025-03-02", "2025-03-02", "day"),
      ("минулої доби", "2025-03-01", "2025-03-02", "interval"),
      ("У суботу ввечері", "2025-03-01", "2025-03-01", "part_of_day")]),
    ("tr", "2024-10-05",
     "ANKARA (AA) - Suriye'nin kuzeyinde cumartesi sabahı düzenlenen saldırıda 4 kişi "
     "hayatını kaybetti. Bölgede geçen hafta da benzer bir saldırı yaşanmış, iki gün önce "
     "ise bir karakol hedef alınmıştı.",
     [("cumartesi sabahı", "2024-10-05", "2024-10-05", "part_of_day"),
      ("geçen hafta", "2024-09-23", "2024-09-29", "week"),
      ("iki gün önce", "2024-10-03", "2024-10-03", "day")]),
    ("ar", "2024-12-07",
     "دمشق - أفاد المرصد السوري لحقوق الإنسان بمقتل 12 مدنياً فجر اليوم السبت في قصف "
     "جوي استهدف ريف إدلب، بعد غارات مماثلة منذ يومين، فيما قتل خمسة آخرون الأسبوع الماضي.",
     [("فجر اليوم السبت", "2024-12-07", "2024-12-07", "part_of_day"),
      ("منذ يومين", "2024-12-05", "2024-12-05", "day"),
      ("الأسبوع الماضي", "2024-11-25", "2024-12-01", "week")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("code", "published", "text", "expected"),
    [pytest.param(*s, id=f"{s[0]}-{i}") for i, s in enumerate(SENTENCES)],
)
def test_wire_sentences_are_read_as_a_careful_reader_reads_them(
    code: str, published: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    found = find_dates(text, published, lexicon=code)
    got = [
        (m.text, m.when.start.isoformat(), m.when.end.isoformat(), m.when.precision.value)
        for m in found
    ]
    # each expected date is found (a mention may hold a word more or less than the key,
    # "el jueves" for "jueves") with its span; nothing else is found
    assert len(got) == len(expected), got
    for (text_got, *span_got), (text_key, *span_key) in zip(got, expected, strict=True):
        assert text_key in text_got or text_got in text_key, (text_got, text_key)
        assert span_got == span_key, text_key


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Le ministre a été reçu par le président."),  # "été" the participle
        ("pt", "A polícia do Rio de Janeiro prendeu 12 suspeitos."),  # a month in a name
        ("es", "El buque navegaba en el mar Rojo con 1200 contenedores."),  # "mar", a count
        ("uk", "Серед загиблих є діти."),  # "серед" is "among"
        ("ru", "Погибли более 1200 человек."),  # a count, not a year
    ],
)
def test_words_that_look_like_dates_are_not_found(code: str, text: str) -> None:
    assert find_dates(text, ANCHOR, lexicon=code) == []


def test_the_tense_of_the_language_chooses_the_direction() -> None:
    text = "Les pourparlers reprendront jeudi, a annoncé le ministre, qui s'est exprimé lundi."
    found = find_dates(text, ANCHOR, lexicon="fr")
    assert [(m.text, m.direction, m.when.start.isoformat()) for m in found] == [
        ("jeudi", "future", "2024-12-05"),
        ("lundi", "past", "2024-11-25"),
    ]


def test_the_same_day_counts_from_the_day_named_before() -> None:
    text = "Le 12 novembre, une frappe a touché le marché. Le même jour, trois soldats sont morts."
    found = find_dates(text, ANCHOR, lexicon="fr")
    assert [(m.text, m.when.start.isoformat()) for m in found] == [
        ("12 novembre", "2024-11-12"),
        ("Le même jour", "2024-11-12"),
    ]
