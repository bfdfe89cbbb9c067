"""The lexicons of the languages other than English: each has every table and entry the
English one has, in the same shape (a missing entry fails here, not when a grammar compiles),
its generated calendar is what the generator writes today, the existing date grammar reads
the forms that need only words, and language detection picks each language's articles.

Forms that need a grammar rule of their own (docs/languages.md) are strict xfails: they flip
when the rule lands.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from conflict_events.lexicon import Lexicon, available_languages, detect_language, load
from conflict_events.lexicon._detect import _FULL_EVIDENCE

LANGUAGES = ("fr", "es", "pt", "ar", "de", "ru", "uk", "tr")
# the curated tables every language has (besides meta and the generated calendar); the
# English registries (names, acled_actors) are not per-language word tables
TABLES = ("dates", "counts", "casualties", "attribution", "events", "datelines", "text")
TEXTS = Path(__file__).parent / "fixtures" / "texts"
ANCHOR = dt.date(2024, 11, 30)  # a Saturday


def _numeric(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and bool(value)
        and all(isinstance(v, int | float) for v in value)
    )


def _word_keyed(table: Mapping[str, Any]) -> bool:
    """A table keyed by the language's own words ("twelve" = 12, "dozens" = [24, 99]): its
    keys differ between languages, its values' shape does not."""
    return all(_numeric(v) for v in table.values())


def _shape_problems(
    english: Any, other: Any, path: str, not_applicable: frozenset[str]
) -> list[str]:
    if isinstance(english, Mapping):
        if not isinstance(other, Mapping):
            return [f"{path}: a table in English, {type(other).__name__} here"]
        if english and _word_keyed(english):
            if not _word_keyed(other):
                return [f"{path}: values must be numbers or number ranges, like English's"]
            if not other and path not in not_applicable:
                return [f"{path}: empty (list it in meta.not_applicable if on purpose)"]
            if len(english) == 1 and len(other) != 1:  # the grammar reads the one word
                return [f"{path}: one entry in English (the word for {english}), {len(other)} here"]
            return []
        if path.split(".")[-1] in ("calendar_additions", "calendar_exclusions"):
            return []  # checked against the language's own calendar
        problems = []
        for key, value in english.items():
            if key not in other:
                problems.append(f"{path}.{key}: missing")
            else:
                problems += _shape_problems(value, other[key], f"{path}.{key}", not_applicable)
        return problems
    if isinstance(english, str):
        if not isinstance(other, str):
            return [f"{path}: a string in English, {type(other).__name__} here"]
        if not other and path not in not_applicable:
            return [f"{path}: empty (list it in meta.not_applicable if on purpose)"]
        return []
    if isinstance(english, Sequence) and english and isinstance(english[0], Mapping):
        return []  # arrays of tables (event families) are compared by their own test
    if isinstance(english, Sequence):
        if not isinstance(other, Sequence) or isinstance(other, str):
            return [f"{path}: a list in English, {type(other).__name__} here"]
        if _numeric(english) != _numeric(other) and other:
            return [f"{path}: English's list holds {'numbers' if _numeric(english) else 'words'}"]
        if not _numeric(english) and not all(isinstance(w, str) for w in other):
            return [f"{path}: a list of words in English"]
        if not other and path not in not_applicable:
            return [f"{path}: empty (list it in meta.not_applicable if on purpose)"]
        return []
    if _numeric(english) != _numeric(other):
        return [f"{path}: a number in English"]
    return []


def _not_applicable(lexicon: Lexicon) -> frozenset[str]:
    """The entries a language leaves empty on purpose, and the generated calendar entries
    that dateparser leaves empty but dates.toml's calendar_additions fill."""
    declared = set(lexicon.words("meta.not_applicable"))
    if lexicon.has("meta.not_yet_curated"):  # English entries newer than the language's tables
        declared.update(lexicon.words("meta.not_yet_curated"))
    for table, entries in lexicon.mapping("dates.calendar_additions").items():
        declared.update(f"calendar.{table}.{key}" for key, words in entries.items() if words)
    return frozenset(declared)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_language_is_available_and_loads(code: str) -> None:
    assert code in available_languages()
    lexicon = load(code)
    assert lexicon.text("meta.code") == code
    assert isinstance(lexicon.entry("meta.day_first"), bool)
    for table in ("meta", "calendar", *TABLES):
        assert table in lexicon.tables, f"{code} has no {table}.toml"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_english_entry_is_there_in_the_same_shape(code: str) -> None:
    english, other = load("en"), load(code)
    problems: list[str] = []
    for table in ("calendar", *TABLES):
        if table in english.tables:  # the extractor tables arrive with their branch
            problems += _shape_problems(
                english.tables[table], other.tables[table], table, _not_applicable(other)
            )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", LANGUAGES)
def test_entries_declared_not_applicable_exist_and_are_empty(code: str) -> None:
    lexicon = load(code)
    for path in lexicon.words("meta.not_applicable"):
        assert lexicon.has(path), f"{code}: meta.not_applicable names a missing {path}"
        assert not lexicon.entry(path), f"{code}: {path} is not empty: drop it from the list"


@pytest.mark.parametrize("code", LANGUAGES)
def test_calendar_additions_and_exclusions_name_calendar_entries(code: str) -> None:
    lexicon = load(code)
    for kind in ("calendar_additions", "calendar_exclusions"):
        for table, entries in lexicon.mapping(f"dates.{kind}").items():
            calendar_keys = set(lexicon.mapping(f"calendar.{table}"))
            assert set(entries) <= calendar_keys, f"{code}: dates.{kind}.{table}"
    for table, entries in lexicon.mapping("dates.calendar_exclusions").items():
        for key, words in entries.items():
            spelled = set(lexicon.words(f"calendar.{table}.{key}"))
            stale = set(words) - spelled
            assert not stale, f"{code}: excludes {stale} that calendar.{table}.{key} lacks"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_unit_word_has_a_unit(code: str) -> None:
    lexicon = load(code)
    units = lexicon.mapping("dates.unit_keys")
    missing = [w for w in lexicon.words("dates.words.units") if w not in units]
    assert not missing, f"{code}: units without a dates.unit_keys entry: {missing}"
    allowed = {"hour", "day", "week", "weekend", "month", "year", "decade", "century"}
    assert set(units.values()) <= allowed


@pytest.mark.parametrize("code", LANGUAGES)
def test_event_families_match_english_and_compile(code: str) -> None:
    families = load(code).entry("events.families")
    english = load("en")
    if "events" in english.tables:
        # Each family of the language is an English one; an English family the language lacks
        # is listed in its meta.not_yet_curated as events.families.<name>.
        expected = [(f["name"], f["sub_event_type"]) for f in english.entry("events.families")]
        found = [(f["name"], f["sub_event_type"]) for f in families]
        assert [pair for pair in found if pair not in expected] == []
        pending = set(load(code).words("meta.not_yet_curated"))
        missing = [name for name, _ in expected if (name, _) not in found]
        assert [n for n in missing if f"events.families.{n}" not in pending] == []
    for family in families:
        assert family["cues"], f"{code}: family {family['name']} has no cue"
        for cue in family["cues"]:
            re.compile(cue, re.IGNORECASE)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_generated_calendar_is_what_the_generator_writes(code: str) -> None:
    import importlib

    import dateparser

    from conflict_events.lexicon._generate import calendar_table, render

    data = importlib.import_module(f"dateparser.data.date_translation_data.{code}")
    fresh = render(calendar_table(data.info), language=code, version=dateparser.__version__)
    path = Path(__file__).parents[1] / "conflict_events" / "data" / "lexicon" / code
    # regenerate with `python -m conflict_events.lexicon._generate <code>` and review the diff
    assert (path / "calendar.toml").read_text(encoding="utf-8") == fresh


# The date forms of each language are tested in tests/test_dates_languages.py.


def _articles() -> list[Any]:
    return [
        pytest.param(path, id=f"{path.parent.name}/{path.stem[:24]}")
        for path in sorted(TEXTS.glob("*/*.txt"))
    ]


@pytest.mark.parametrize("path", _articles())
def test_each_article_is_detected_in_its_language(path: Path) -> None:
    found = detect_language(path.read_text(encoding="utf-8"))
    assert found is not None
    language, confidence = found
    assert language == path.parent.name
    assert confidence >= 0.5


@pytest.mark.parametrize("path", _articles())
def test_a_headline_is_never_a_confident_wrong_answer(path: Path) -> None:
    headline = path.read_text(encoding="utf-8").strip().splitlines()[0]
    found = detect_language(headline)
    if found is not None and found[0] != path.parent.name:
        assert found[1] < 0.2, (headline, found)
    elif found is not None:
        # a headline is less evidence than its article: never surer than the whole text,
        # unless it is long enough to be full evidence on its own (a long Ukrainian
        # headline, most of its words holding і, ї or є, may be rightly surer than an
        # article that quotes a few Russian words)
        whole = detect_language(path.read_text(encoding="utf-8"))
        assert whole is not None
        assert whole[0] == found[0]
        if len(headline.split()) < _FULL_EVIDENCE:
            assert found[1] <= whole[1], (headline, found, whole)


@pytest.mark.parametrize(
    "text",
    [
        # Italian, Persian: languages without a lexicon, related to or written like ones with
        "Almeno 12 civili sono stati uccisi ieri in un attacco, secondo l'osservatorio, che ha "
        "detto che decine di persone erano rimaste ferite negli scontri.",
        "در این حمله دست کم دوازده غیرنظامی کشته شدند و گفته می شود که شمار زخمی ها بیشتر است.",
        "12345 !",
        "",
    ],
)
def test_a_language_without_a_lexicon_gets_no_confident_answer(text: str) -> None:
    found = detect_language(text)
    assert found is None or found[1] < 0.2


def test_candidates_restrict_the_answer() -> None:
    text = "Au moins 12 civils ont été tués jeudi, selon l'OSDH, qui a indiqué que des dizaines"
    assert detect_language(text, candidates=["fr", "es"]) is not None
    found = detect_language(text, candidates=["es", "pt"])
    assert found is None or found[0] in ("es", "pt")
    assert detect_language(text, candidates=["ru", "uk"]) is None  # no Cyrillic lexicon fits


def test_russian_and_ukrainian_are_told_apart_by_letters_and_words() -> None:
    russian = detect_language(
        "По данным губернатора, в четверг погибли не менее трёх мирных жителей"
    )
    ukrainian = detect_language(
        "За даними очільника ОВА, у четвер загинули щонайменше троє цивільних"
    )
    assert russian is not None
    assert russian[0] == "ru"
    assert ukrainian is not None
    assert ukrainian[0] == "uk"


_DATE_READERS = ("find_dates", "extract_report")


def _readers() -> list[Any]:
    """Each public reader that takes a ``lexicon``, with each language: it must compile its
    grammar from every language's tables (a reader still English-only is skipped until its
    branch lands)."""
    from conflict_events import extract, parse, text

    readers = [
        ("find_dates", parse.find_dates, {"anchor": ANCHOR}),
        ("find_casualties", extract.find_casualties, {}),
        ("extract_report", extract.extract_report, {"published": ANCHOR}),
        ("sentences", text.sentences, {}),
    ]
    return [
        pytest.param(
            reader,
            kwargs,
            code,
            id=f"{name}-{code}",
        )
        for name, reader, kwargs in readers
        for code in LANGUAGES
    ]


@pytest.mark.slow  # compiles every reader's grammar for eight languages (about 10 s each)
@pytest.mark.parametrize(("reader", "kwargs", "code"), _readers())
def test_every_reader_compiles_its_grammar_from_the_lexicon(
    reader: Any, kwargs: dict[str, Any], code: str
) -> None:
    import inspect

    if "lexicon" not in inspect.signature(reader).parameters:
        pytest.skip(f"{reader.__name__} reads English only so far")
    for path in sorted((TEXTS / code).glob("*.txt")):
        reader(path.read_text(encoding="utf-8"), lexicon=code, **kwargs)  # no LexiconError


def test_an_optional_word_list_is_empty_where_absent_and_checked_where_present() -> None:
    from conflict_events import LexiconError

    lexicon = load("en").extended({"extra": {"kinds": ["raid", "ambush"], "size": 3}})
    assert lexicon.optional_words("extra.kinds") == lexicon.words("extra.kinds")
    assert lexicon.optional_words("extra.nothing") == ()
    assert lexicon.optional_words("no_such_table.kinds") == ()
    with pytest.raises(LexiconError):
        lexicon.optional_words("extra.size")  # present, but not a word list
