"""The real-text benchmark's scorer (benchmarks/_scoring.py) on hand-made keys and fake
extraction results: the yardstick must itself be right."""

from __future__ import annotations

import datetime as dt
import importlib.util
import inspect
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest

import conflict_events
from conflict_events import Attribution, CasualtyFigure, CasualtyReport, Count

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests" / "fixtures" / "texts"


def _load() -> ModuleType:
    name = "_scoring_under_test"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / "_scoring.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # attrs classes need their module while being defined
    spec.loader.exec_module(module)
    return module


S: Any = _load()


def no_actor(name: str) -> str | None:
    return None


def key_fig(text: str, span: tuple[int, int] | None, **kw: Any) -> Any:
    values: dict[str, Any] = {
        "outcome": "killed",
        "group": "total",
        "low": 3,
        "high": 3,
        "qualifier": "exact",
        "source": "article",
    }
    values.update(kw)
    return S.KeyFigure(text=text, span=span, **values)


def found_fig(span: tuple[int, int] | None, **kw: Any) -> Any:
    values: dict[str, Any] = {
        "outcome": "killed",
        "group": "total",
        "low": 3,
        "high": 3,
        "qualifier": "exact",
    }
    values.update(kw)
    return S.FoundFigure(span=span, **values)


# -- positions ----------------------------------------------------------------------------------


def test_locate_in_order_takes_repeated_snippets_in_turn() -> None:
    text = "Thursday; late Thursday; Thursday again"
    assert S.locate_in_order(text, ["Thursday", "late Thursday", "Thursday"]) == [
        (0, 8),
        (10, 23),
        (25, 33),
    ]


def test_locate_in_order_missing_snippet_and_word_boundaries() -> None:
    text = "Nine people, ninety more"
    # "nine" is not found inside "ninety"; a snippet absent from the text gives None.
    assert S.locate_in_order(text, ["Nine", "twelve", "ninety"]) == [(0, 4), None, (13, 19)]


def test_locate_in_order_falls_back_to_an_earlier_occurrence() -> None:
    # A key listed out of text order is still placed (its first occurrence).
    assert S.locate_in_order("a b c", ["c", "a"]) == [(4, 5), (0, 1)]


# -- figures ------------------------------------------------------------------------------------


def test_a_figure_is_matched_once_only() -> None:
    keys = [key_fig("3 people", (10, 18)), key_fig("3 people", (10, 18))]
    assert S.match_figures(keys, [found_fig((10, 11))]) == [0, None]


def test_larger_overlap_wins_over_key_order() -> None:
    # The found count "14 - seven" touches both keys; it belongs to the one it overlaps most.
    keys = [key_fig("a toll of 14", (0, 12)), key_fig("seven police", (15, 27))]
    found = [found_fig((10, 20))]
    assert S.match_figures(keys, found) == [None, 0]


def test_outcome_must_agree() -> None:
    keys = [key_fig("3 wounded", (0, 9), outcome="injured")]
    assert S.match_figures(keys, [found_fig((0, 1))]) == [None]


def test_value_fallback_is_near_and_second() -> None:
    keys = [key_fig("three people", (0, 12)), key_fig("three others", (400, 412))]
    near, far = found_fig((20, 21)), found_fig((700, 701))
    assert S.match_figures(keys, [near, far]) == [0, None]
    # A different value does not match by value.
    assert S.match_figures(keys[:1], [found_fig((20, 21), low=4, high=4)]) == [None]


def test_value_fallback_does_not_steal_a_text_match() -> None:
    # "seven police" has no figure on its text; the figure on "seven civilians" is
    # near it and equal, but belongs to the key it overlaps.
    keys = [
        key_fig("seven police", (0, 12), low=7, high=7),
        key_fig("seven civilians", (17, 32), low=7, high=7),
    ]
    assert S.match_figures(keys, [found_fig((17, 22), low=7, high=7)]) == [None, 0]


def test_group_right() -> None:
    resolve = {"SDF": "actor:sdf"}.get
    assert S.group_right("civilians", "civilians", resolve)
    assert not S.group_right("civilians", "total", resolve)
    assert S.group_right("SDF", "actor:sdf", resolve)
    assert not S.group_right("SDF", "combatants", resolve)
    assert S.group_right("children", "civilians", resolve)
    assert not S.group_right("children", "total", resolve)


def test_group_right_takes_an_armed_actor_for_combatants() -> None:
    """An armed side's id says who the key's combatants were; a civilian actor's does not."""
    from conflict_events import ActorRegistry

    armed = S.registry_armed(ActorRegistry.default())
    resolve = {"SDF": "actor:sdf"}.get
    assert armed("actor:sdf")
    assert not armed("actor:sohr")  # a monitor
    assert not armed("actor:no-such-actor")
    assert S.group_right("combatants", "actor:sdf", resolve, armed)
    assert not S.group_right("combatants", "actor:sohr", resolve, armed)
    assert not S.group_right("combatants", "actor:sdf", resolve)  # no registry, no armed side
    assert not S.group_right("combatants", "civilians", resolve, armed)


def test_source_right() -> None:
    default = found_fig(None, default_source=True, source_name="the article")
    named = found_fig(None, source_name="Ivan Fedorov")
    by_id = found_fig(None, source_id="actor:sohr", source_name="the monitor")
    resolve = {"Syrian Observatory": "actor:sohr"}.get
    assert S.source_right("article", default, resolve)
    assert not S.source_right("article", named, resolve)
    assert not S.source_right("police", default, resolve)
    assert S.source_right("Fedorov", named, resolve)
    assert S.source_right("the governor Ivan Fedorov", named, resolve)
    assert not S.source_right("Ivan", found_fig(None, source_name="Ivanov"), resolve)
    assert S.source_right("Syrian Observatory", by_id, resolve)
    assert not S.source_right("SANA", by_id, resolve)


TEXT = "Gunmen killed 3 people on Monday. Police said 12 were wounded. Since 2012, 400 died."
KEY: dict[str, Any] = {
    "published": "2024-05-08",
    "casualties": [
        {
            "text": "3 people",
            "outcome": "killed",
            "group": "civilians",
            "low": 3,
            "high": 3,
            "qualifier": "exact",
            "source": "article",
        },
        {
            "text": "12",
            "outcome": "injured",
            "group": "total",
            "low": 12,
            "high": 12,
            "qualifier": "exact",
            "source": "police",
        },
        {
            "text": "400",
            "outcome": "killed",
            "group": "total",
            "low": 400,
            "high": 400,
            "qualifier": "exact",
            "source": "article",
            "background": True,
        },
    ],
    "dates": [
        {"text": "Monday", "start": "2024-05-06", "end": "2024-05-06", "precision": "day"},
        {"text": "Since 2012", "start": "2012-01-01", "end": "2024-05-08", "precision": "interval"},
    ],
    "events": [
        {"event_type": "Violence against civilians", "sub_event_type": "Attack"},
        {"event_type": "Battles", "sub_event_type": "Armed clash"},
    ],
}


def _score(**kw: Any) -> Any:
    values: dict[str, Any] = {
        "figures": [],
        "dates": [],
        "events": [],
        "resolve": no_actor,
        "background_marked": False,
    }
    values.update(kw)
    return S.article_score(TEXT, KEY, **values).tally


def test_article_score_figures() -> None:
    at = TEXT.index
    figures = [
        # right outcome, count and group, default source: right
        found_fig((at("3"), at("3") + 1), group="civilians", default_source=True),
        # wrong group, right source
        found_fig(
            (at("12"), at("12") + 2),
            outcome="injured",
            group="civilians",
            low=12,
            high=12,
            source_name="police",
        ),
        # a false figure: the year
        found_fig((at("2012"), at("2012") + 4), low=2012, high=2012),
    ]
    t = _score(figures=figures)
    assert (t.figures_key, t.figures_found, t.figures_matched) == (3, 3, 2)
    assert t.figures_right == 1
    r = t.ratios()
    assert r["figure_recall"] == pytest.approx(2 / 3)
    assert r["figure_precision"] == pytest.approx(2 / 3)
    assert t.sources_right == 2
    assert t.background_key == 1
    assert r["background_kept_out"] is None  # the model marks no background


def test_article_score_wrong_count_is_found_but_not_right() -> None:
    at = TEXT.index("3")
    t = _score(
        figures=[found_fig((at, at + 1), group="civilians", low=3, high=None, qualifier="at_least")]
    )
    assert (t.figures_matched, t.figures_right) == (1, 0)


def test_background_kept_out_when_marked() -> None:
    at = TEXT.index("400")
    marked = found_fig((at, at + 3), low=400, high=400, background=True)
    unmarked = found_fig((at, at + 3), low=400, high=400, background=False)
    assert _score(figures=[marked], background_marked=True).background_kept_out == 1
    assert _score(figures=[unmarked], background_marked=True).background_kept_out == 0
    # Not extracted at all is kept out too.
    assert _score(figures=[], background_marked=True).background_kept_out == 1


def test_article_score_dates() -> None:
    at = TEXT.index("Monday")
    right = S.FoundDate(
        text="Monday", span=(at, at + 6), start="2024-05-06", end="2024-05-06", precision="day"
    )
    at2 = TEXT.index("2012")
    # right text, wrong span: found but not right
    wrong = S.FoundDate(
        text="2012", span=(at2, at2 + 4), start="2012-01-01", end="2012-12-31", precision="year"
    )
    t = _score(dates=[right, wrong])
    assert (t.dates_key, t.dates_matched, t.dates_right) == (2, 2, 1)
    # a date that matches nothing in the key counts against precision only
    stray = S.FoundDate(
        text="Gunmen", span=(0, 6), start="2024-05-08", end="2024-05-08", precision="day"
    )
    t = _score(dates=[stray])
    assert (t.dates_matched, t.dates_found) == (0, 1)


def test_one_found_date_does_not_serve_two_keys() -> None:
    keys = [
        S.KeyDate(text="a", start="x", end="x", precision="day", span=(0, 5)),
        S.KeyDate(text="b", start="x", end="x", precision="day", span=(6, 10)),
    ]
    found = [S.FoundDate(text="ab", span=(0, 10), start="x", end="x", precision="day")]
    assert S.match_dates(keys, found) == [0, None]


def test_events_one_to_one() -> None:
    attack = S.FoundEvent(event_type="Violence against civilians", sub_event_type="Attack")
    clash = S.FoundEvent(event_type="Battles", sub_event_type="Armed clash")
    territory = S.FoundEvent(
        event_type="Battles", sub_event_type="Non-state actor overtakes territory"
    )
    keys = S.key_events(KEY)
    assert S.match_events(keys, [attack, clash]) == [(True, True), (True, True)]
    assert S.match_events(keys, [territory]) == [(False, False), (True, False)]
    # one engagement cannot stand for two key events
    assert S.match_events(keys + keys[1:], [clash]) == [
        (False, False),
        (True, True),
        (False, False),
    ]
    t = _score(events=[territory, territory])
    assert (t.events_key, t.events_found, t.events_type, t.events_sub) == (2, 2, 1, 0)


def test_tally_adds_and_keeps_n_a() -> None:
    a = S.Tally(articles=1, figures_key=2, figures_matched=1)
    b = S.Tally(articles=1, figures_key=2, figures_matched=2)
    a.add(b)
    assert (a.articles, a.figures_key, a.figures_matched) == (2, 4, 3)
    assert a.background_kept_out is None
    a.add(S.Tally(background_key=1, background_kept_out=1))
    assert a.background_kept_out == 1
    assert S.Tally().ratios()["figure_recall"] is None


# -- from a report ------------------------------------------------------------------------------


def _report(text: str, *reports: CasualtyReport) -> Any:
    return SimpleNamespace(source=None, source_name=None, casualties=reports)


def test_found_figures_recovers_positions_from_quote_and_words() -> None:
    text = "Two soldiers died.\nIn Kandi, two   civilians and two soldiers were killed."
    quote = "In Kandi, two civilians and two soldiers were killed."
    attribution = Attribution(source_name="the article", quote=quote)
    figs = (
        CasualtyFigure(outcome="killed", group="civilians", count=Count.exact(2, text="two")),
        CasualtyFigure(outcome="killed", group="combatants", count=Count.exact(2, text="two")),
    )
    found = S.found_figures(
        _report(text, CasualtyReport(figures=figs, attribution=attribution)), text
    )
    second = text.index("\n") + 1
    # both in the quoted sentence (not the first "Two"), each on its own "two"
    assert [f.span[0] for f in found] == [
        text.index("two", second),
        text.index("two", text.index("civilians")),
    ]
    assert all(f.default_source for f in found)
    assert found[0].background is False  # the model marks it; nothing here is background


def test_found_figures_without_words_keep_the_sentence() -> None:
    text = "Gunmen killed many. Nobody else."
    attribution = Attribution(source_name="police", quote="Gunmen killed many.")
    fig = CasualtyFigure(
        outcome="killed", group="total", count=Count(low=3, high=9, qualifier="vague")
    )
    found = S.found_figures(
        _report(text, CasualtyReport(figures=[fig], attribution=attribution)), text
    )
    assert found[0].span == (0, len("Gunmen killed many."))
    assert not found[0].default_source


def _killed(n: int, group: str = "total") -> CasualtyFigure:
    return CasualtyFigure(outcome="killed", group=group, count=Count.exact(n))


def test_note_dead() -> None:
    a = Attribution(source_name="the article")
    parts = CasualtyReport(
        figures=[_killed(2, "combatants"), _killed(1, "civilians")], attribution=a
    )
    total = CasualtyReport(figures=[_killed(5)], attribution=a)
    wounded = CasualtyReport(
        figures=[CasualtyFigure(outcome="injured", group="total", count=Count.exact(8))],
        attribution=a,
    )
    assert S.note_dead(_report("", parts)) == 3  # groups add up
    assert S.note_dead(_report("", parts, total)) == 5  # the total holds its parts
    assert S.note_dead(_report("", wounded)) == 0
    assert S.note_dead(_report("")) == 0
    ranged = CasualtyReport(
        figures=[
            CasualtyFigure(
                outcome="killed", group="total", count=Count(low=3, high=10, qualifier="range")
            )
        ],
        attribution=a,
    )
    assert S.note_dead(_report("", ranged)) == 3  # the lower figure, as ACLED codes


def test_flags_are_read_where_the_model_keeps_them() -> None:
    assert S._flag("background", SimpleNamespace(background=True)) is True
    assert S._flag("background", object(), SimpleNamespace(background=False)) is False
    assert S._flag("background", object()) is None


# -- ACLED notes --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("On 2 May 2021, gunmen shot and killed a trader in Kandi (Kandi, Alibori).", True),
        ("On 2 May 2021, gunmen attacked a camp. Two herders were killed.", True),
        ("On 2 May 2021, a mob beat a thief to death in Parakou.", True),
        ("On 2 May 2021, soldiers clashed with rebels. There were no fatalities.", True),
        ("On 2 May 2021, a number of people killed a thief in Parakou.", True),
        ("On 2 May 2021, gunmen killed and beheaded a cattle trader near Nikki.", True),
        ("On 2 May 2021, farmers killed four goats belonging to herders.", False),
        ("On 2 May 2021, farmers burned huts. Livestock were also killed.", False),
        ("On 2 May 2021, residents rioted after the murder of a driver.", False),
        ("On 2 May 2021, youths wounded a man accused of killing a farmer.", False),
        ("On 2 May 2021, a crowd tried to lynch a woman in the market.", False),
        ("On 2 May 2021, teachers protested in Cotonou over their pay.", False),
    ],
)
def test_states_deaths(note: str, expected: bool) -> None:
    assert S.states_deaths(note) is expected


def test_false_killed_figure() -> None:
    note = (
        "On 30 November 2022, gunmen killed a 40-year-old man and 3 others carrying "
        "300,000 francs. Police counted 12 roadblocks."
    )

    def span(words: str) -> tuple[int, int]:
        at = note.index(words)
        return at, at + len(words)

    assert S.false_killed_figure(note, span("30"))  # a date
    assert S.false_killed_figure(note, span("2022"))  # a year
    assert S.false_killed_figure(note, span("40"))  # an age
    assert S.false_killed_figure(note, span("300,000"))  # money
    assert S.false_killed_figure(note, span("12"))  # no death in its sentence
    assert S.false_killed_figure(note, None)  # cannot be placed
    at = note.index(" 3 ") + 1
    assert not S.false_killed_figure(note, (at, at + 1))


def test_haversine() -> None:
    assert S.haversine_km(0.0, 0.0, 0.0, 1.0) == pytest.approx(111.2, abs=0.1)
    assert S.haversine_km(9.3, 2.6, 9.3, 2.6) == 0.0


# -- the call and the whole scorer --------------------------------------------------------------


def test_extract_passes_lexicon_only_when_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict[str, Any]] = []

    def with_lexicon(text: str, *, published: dt.date, lexicon: str = "en") -> str:
        calls.append({"published": published, "lexicon": lexicon})
        return "report"

    def without(text: str, *, published: dt.date) -> str:
        calls.append({"published": published})
        return "report"

    day = dt.date(2024, 1, 2)
    for fake in (with_lexicon, without):
        monkeypatch.setattr(conflict_events, "extract_report", fake)
        S._accepts_lexicon.cache_clear()
        assert S.extract("text", day, "fr") == "report"
    S._accepts_lexicon.cache_clear()
    assert calls == [{"published": day, "lexicon": "fr"}, {"published": day}]
    monkeypatch.undo()
    expected = "lexicon" in inspect.signature(conflict_events.extract_report).parameters
    assert S._accepts_lexicon() is expected


def test_whole_scorer_gives_numbers_for_every_language() -> None:
    folders = sorted(p.name for p in TEXTS.iterdir() if p.is_dir() and any(p.glob("*.json")))
    assert folders
    scores = S.score_texts(TEXTS)
    per, overall = S.totals(scores)
    assert sorted(per) == folders
    for lang, tally in per.items():
        assert tally.articles == len(list((TEXTS / lang).glob("*.json")))
        assert tally.figures_key > 0
        assert tally.dates_key > 0
        assert tally.events_key > 0
        ratios = tally.ratios()
        for name in (
            "figure_recall",
            "figure_right",
            "date_recall",
            "date_right",
            "event_type",
            "event_sub_type",
        ):
            assert isinstance(ratios[name], float), (lang, name)
            assert 0.0 <= ratios[name] <= 1.0
    assert overall.articles == len(scores)


def test_locate_in_order_finds_a_word_glued_to_a_clitic() -> None:
    text = "إلى ٤١٢٠٦ شهداء و٩٥٣٣٧ مصابا"
    assert S.locate_in_order(text, ["٩٥٣٣٧ مصابا"]) == [(text.index("٩٥٣٣٧"), len(text))]


def test_a_cut_quote_still_places_its_sentence() -> None:
    text = "First sentence.  Gunmen   killed 4 people in Kandi on Monday."
    collapsed = S._Collapsed(text)
    start, end = collapsed.find("Gunmen killed 4 people in…")
    assert text[start:].startswith("Gunmen")
    assert end >= text.index("in Kandi")  # a cut quote's region reaches past its words
    assert collapsed.find("not in the text") is None


def test_scoring_doctests() -> None:
    import doctest

    result = doctest.testmod(S, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 5
    assert result.failed == 0
