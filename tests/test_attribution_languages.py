"""Who says so in French, Spanish, Portuguese, German, Russian, Ukrainian, Turkish and Arabic
wire copy (extract/_attribution.py with each language's attribution table).  The sentences
were written for these tests in the style of each language's agencies."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from conflict_events.extract._attribution import extract_attributions
from conflict_events.extract._report import _governing


def _sources(text: str, lang: str) -> list[str]:
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # French: "selon", "d'après", "de sources", an inverted verb past a time and a listener
        ("fr", "Au moins douze civils ont été tués, selon l'OSDH.", ["l'OSDH"]),
        ("fr", "Trois soldats ont péri, d'après l'armée malienne.", ["l'armée malienne"]),
        (
            "fr",
            "Neuf soldats ont été tués, a-t-on appris de sources sécuritaires.",
            ["sources sécuritaires"],
        ),
        (
            "fr",
            "Vingt soldats ont été tués, a annoncé mardi soir le ministère de la Défense "
            "dans un communiqué.",
            ["le ministère de la Défense"],
        ),
        (
            "fr",
            '"Nous avons perdu six hommes", a déclaré à l\'AFP un officier sous couvert '
            "d'anonymat.",
            ["un officier"],
        ),
        # Spanish: a verb and a report noun after "según"; an inverted verb past "este lunes"
        (
            "es",
            "Cinco personas murieron, según ha informado la Defensoría del Pueblo.",
            ["la Defensoría del Pueblo"],
        ),
        ("es", "Hubo 40 muertos, según datos de la Fiscalía.", ["Fiscalía"]),
        (
            "es",
            "Dos policías murieron, informó este lunes el gobernador regional.",
            ["el gobernador regional"],
        ),
        ("es", "Dos policías murieron, dijo a EFE el alcalde.", ["el alcalde"]),
        # Portuguese: an inverted verb past "hoje à Lusa"; "de acordo com"
        (
            "pt",
            "Seis civis foram mortos, disseram hoje à Lusa fontes locais.",
            ["fontes locais"],
        ),
        (
            "pt",
            "Vinte civis morreram, de acordo com organizações locais.",
            ["organizações locais"],
        ),
        # German: "nach Angaben", a separable verb, a verb-final clause after "wie"
        (
            "de",
            "Zwei Soldaten wurden nach Angaben der Armee getötet.",
            ["der Armee"],
        ),
        (
            "de",
            "Unter den Toten seien sieben Kinder, teilte die Polizei am Freitag mit.",
            ["die Polizei"],
        ),
        (
            "de",
            "Drei Menschen wurden getötet, wie die Militärverwaltung auf Telegram mitteilte.",
            ["die Militärverwaltung"],
        ),
        # Russian and Ukrainian: verb first, genitive sources in the nominative
        (
            "ru",
            "Об этом сообщил губернатор области Вячеслав Гладков в своем Telegram-канале.",
            ["губернатор области Вячеслав Гладков"],
        ),
        (
            "ru",
            "По данным областной военной администрации, погибли девять человек.",
            ["областная военная администрация"],
        ),
        ("ru", "По словам Алексея Смирнова, пострадали трое.", ["Алексей Смирнов"]),
        (
            "uk",
            "За даними Херсонської ОВА, поранено двох людей.",
            ["Херсонська ОВА"],
        ),
        ("uk", "Про це повідомив голова ОВА Іван Федоров.", ["голова ОВА Іван Федоров"]),
        # Turkish: a postposition after its source, the verb last
        ("tr", "Gözlemevine göre en az 12 sivil öldü.", ["Gözlemevi"]),
        ("tr", "SOHR'a göre saldırıda 5 kişi öldü.", ["SOHR"]),
        (
            "tr",
            "Yerel kaynaklardan edinilen bilgiye göre 2 çocuk yaralandı.",
            ["Yerel kaynaklar"],
        ),
        (
            "tr",
            "Milli Savunma Bakanlığı (MSB), bir askerin şehit olduğunu açıkladı.",
            ["Milli Savunma Bakanlığı (MSB)"],
        ),
        # Arabic: verb first, "بحسب ما" before the source
        (
            "ar",
            "وقال المرصد السوري لحقوق الإنسان إن 12 مدنيا قتلوا.",
            ["المرصد السوري لحقوق الإنسان"],
        ),
        ("ar", "قتل 5 مدنيين بحسب ما أفاد الدفاع المدني.", ["الدفاع المدني"]),
        ("ar", "قتل 11 مدنيا وفقا للمرصد السوري لحقوق الإنسان.", ["المرصد السوري لحقوق الإنسان"]),
        # a conjunction inside a name, a participle before the one who heard it
        (
            "es",
            "Murieron 23 civiles, informó la Coordinadora de Desplazados y Refugiados de Darfur.",
            ["la Coordinadora de Desplazados y Refugiados de Darfur"],
        ),
        (
            "pt",
            "Fontes locais ouvidas pela Lusa disseram que três civis morreram.",
            ["Fontes locais"],
        ),
    ],
)
def test_the_source_is_named(lang: str, text: str, sources: list[str]) -> None:
    assert _sources(text, lang) == sources


@pytest.mark.parametrize(
    ("lang", "text", "source"),
    [
        (
            "fr",
            "Le ministère de la Défense a fait état de 21 morts. Plus de cent assaillants ont "
            "été neutralisés, a ajouté le ministère.",
            "Le ministère de la Défense",
        ),
        (
            "es",
            "Según la Defensoría del Pueblo, hubo cinco muertos. Según la misma fuente, "
            "otras 1.200 personas huyeron.",
            "la Defensoría del Pueblo",
        ),
        (
            "ru",
            'Губернатор Вячеслав Гладков сообщил о двух погибших. "Среди раненых - двое '
            'детей", - написал он.',
            "Губернатор Вячеслав Гладков",
        ),
        (
            "es",
            "Murieron siete personas, informó la Fiscalía General del Estado. Entre los "
            "fallecidos hay un policía, precisó la dependencia.",
            "la Fiscalía General del Estado",
        ),
        (
            "de",
            "Nach Angaben der Gesundheitsbehörde wurden 20 Menschen getötet. Unter den Toten "
            "seien sieben Kinder, teilte die Behörde mit.",
            "der Gesundheitsbehörde",
        ),
    ],
)
def test_a_back_reference_names_the_source_before(lang: str, text: str, source: str) -> None:
    assert _sources(text, lang)[-1] == source


def test_about_this_governs_the_sentence_before() -> None:
    text = (
        "Два мирных жителя погибли в Шебекино. Об этом сообщил губернатор Вячеслав Гладков. "
        "Повреждены пять домов."
    )
    mentions = extract_attributions(text, lexicon="ru")
    first = text.index("Два")
    governing = [m for m in mentions if m.sentence_start <= first < m.sentence_end]
    assert [m.attribution.source_name for m in governing] == ["губернатор Вячеслав Гладков"]


def test_english_reads_as_before() -> None:
    """The new keys are empty in English: no verb-first speakers, no genitives."""
    text = "Officials said 12 people died. Reported by the monitor, the toll rose."
    assert _sources(text, "en") == ["Officials", "the monitor"]


# --- the answer keys: every key figure's source, as the report assigns attributions ----------

TEXTS = Path(__file__).parent / "fixtures" / "texts"
# Measured on the keys when the rules above were written (the rest: sources that govern
# later sentences of their paragraph, which the report does not carry forward yet; German
# participial attributes; synonyms as back-references).  A floor against regressions, not a target.
FLOORS = {"fr": 0.7, "es": 0.65, "pt": 0.55, "de": 0.6, "ru": 0.7, "uk": 0.6, "tr": 0.7, "ar": 0.55}


def _scoring() -> ModuleType:
    name = "_attribution_languages_scoring"
    if name in sys.modules:
        return sys.modules[name]
    path = Path(__file__).parents[1] / "benchmarks" / "_scoring.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_key_figures_have_their_source(lang: str) -> None:
    scoring = _scoring()
    right = total = 0
    for path in sorted((TEXTS / lang).glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        key = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        mentions = extract_attributions(text, lexicon=lang)
        cursor = 0
        for figure in key["casualties"]:
            at = text.find(figure["text"], cursor)
            cursor = at + 1 if at >= 0 else cursor
            here = [m for m in mentions if m.sentence_start <= at < m.sentence_end]
            name = here[_governing(here, at)].attribution.source_name if here else None
            found = scoring.FoundFigure(
                outcome="", group="", low=0, high=0, qualifier="",
                source_name=name, default_source=name is None,
            )  # fmt: skip
            right += scoring.source_right(figure["source"], found, lambda _: None)
            total += 1
    assert right / total >= FLOORS[lang]
