"""The language of a text (lexicon/_detect.py) and the warning a report gives when a text is
read with another language's lexicon, or is in a language with none."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import conflict_events
from conflict_events import extract_report
from conflict_events.lexicon import available_languages, detect_language, language_warning, load

TEXTS = Path(__file__).parent / "fixtures" / "texts"
ARTICLES = [
    pytest.param(path, id=f"{path.parent.name}/{path.stem[:24]}")
    for path in sorted(TEXTS.glob("*/*.txt"))
]


def test_detect_language_is_public() -> None:
    assert conflict_events.detect_language is detect_language
    assert "detect_language" in conflict_events.__all__


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Au moins douze civils ont été tués jeudi, selon l'OSDH.", "fr"),
        ("Al menos siete personas murieron este jueves, informó la Fiscalía.", "es"),
        ("Pelo menos seis civis foram mortos, disseram hoje à Lusa fontes locais.", "pt"),
        ("Mindestens drei Menschen wurden getötet, teilte die Polizei mit.", "de"),
        ("Два мирных жителя погибли, сообщил губернатор.", "ru"),
        ("Двоє людей загинули, повідомив голова ОВА.", "uk"),
        ("Gözlemevine göre en az 12 sivil öldü.", "tr"),
        ("قال المرصد السوري إن 12 مدنيا قتلوا في القصف.", "ar"),
        ("At least 12 civilians were killed on Thursday, the monitor said.", "en"),
    ],
)
def test_a_sentence_is_detected(text: str, language: str) -> None:
    found = detect_language(text)
    assert found is not None
    assert found[0] == language


@pytest.mark.parametrize("path", ARTICLES)
def test_no_warning_for_an_article_read_with_its_own_lexicon(path: Path) -> None:
    assert language_warning(path.read_text(encoding="utf-8"), path.parent.name) is None


@pytest.mark.parametrize("path", ARTICLES)
def test_an_article_read_with_another_lexicon_is_named(path: Path) -> None:
    language = path.parent.name
    other = "fr" if language == "en" else "en"
    warning = language_warning(path.read_text(encoding="utf-8"), other)
    assert warning is not None
    assert load(language).text("meta.name") in warning
    assert f"lexicon={language!r}" in warning


@pytest.mark.parametrize(
    "text",
    [
        # Italian and Persian: no lexicon, one a neighbour of the Romance ones
        "Almeno dodici civili sono stati uccisi ieri in un attacco nella provincia di Idlib, "
        "secondo l'osservatorio siriano, che ha detto che decine di persone erano rimaste "
        "ferite negli scontri tra le forze governative e i ribelli durante la notte.",
        "در این حمله دست کم دوازده غیرنظامی کشته شدند و گفته می شود که شمار زخمی ها بیشتر "
        "است و نیروهای امنیتی در منطقه مستقر شده اند تا از حملات بیشتر جلوگیری کنند و مردم "
        "محلی از خانه های خود گریخته اند.",
    ],
)
def test_a_language_without_a_lexicon_is_said_so(text: str) -> None:
    warning = language_warning(text, "en")
    assert warning is not None
    assert "does not look like any language with a lexicon" in warning
    assert all(code in warning for code in available_languages())


@pytest.mark.parametrize(
    "text",
    ["Au moins douze civils ont été tués jeudi, selon l'OSDH.", "12 killed", "", "12345 !"],
)
def test_a_short_text_never_warns(text: str) -> None:
    assert language_warning(text, "en") is None


def test_the_report_carries_the_warning() -> None:
    path = sorted((TEXTS / "de").glob("*.txt"))[0]
    text = path.read_text(encoding="utf-8")
    published = dt.date.fromisoformat(path.stem.rsplit("_", 1)[1])
    report = extract_report(text, published=published)
    assert any("lexicon='de'" in w for w in report.warnings)
    read_right = extract_report(text, published=published, lexicon="de")
    assert not any("lexicon=" in w for w in read_right.warnings)
