"""Events: clause breaks, retaking verbs, arrests after a killing and compound cues."""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events.extract import extract_report

DAY = dt.date(2025, 3, 14)


def _subs(text: str, lexicon: str = "en") -> set[str]:
    report = extract_report(text, published=DAY, lexicon=lexicon)
    return {e.sub_event_type.value for e in report.engagements if e.sub_event_type is not None}


def test_a_coordinated_clause_tells_its_own_event() -> None:
    text = (
        "The army said its air defences had intercepted four drones over the city, "
        "and that its troops had killed scores of rebels in clashes near Umm Sayala."
    )
    assert {"disrupted_weapons_use", "armed_clash"} <= _subs(text)


def test_without_a_clause_break_the_specific_cue_still_wins() -> None:
    # "clashes" beside "captured" in one clause is how the capture happened.
    assert _subs("Rebels captured Saraqib after clashes with the army.") == {
        "non_state_actor_overtakes_territory"
    }


def test_a_clause_break_keeps_the_actors_of_each_clause_apart() -> None:
    text = (
        "وتجمع عشرات من السكان في الساحة الرئيسية للمدينة، فيما أعلنت الشرطة "
        "اعتقال خمسة أشخاص بتهمة السرقة."
    )
    assert "arrests" in _subs(text, "ar")


def test_reaching_a_ceasefire_is_an_agreement_beside_a_clash() -> None:
    text = (
        "واندلعت اشتباكات عنيفة بين فصيلين مسلحين في المدينة، قبل التوصل إلى وقف "
        "لإطلاق النار بوساطة من وجهاء القبائل."
    )
    assert "agreement" in _subs(text, "ar")


def test_a_killing_told_before_an_arrest_is_an_engagement_of_its_own() -> None:
    text = "Police officers killed four gang members and arrested two others in a raid."
    assert {"armed_clash", "arrests"} <= _subs(text)


def test_an_arrest_told_before_a_killing_stays_one_arrest() -> None:
    assert _subs("Police arrested a man who killed his neighbour in Kano.") == {"arrests"}


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Die Armee hatte die Kleinstadt erst im Sommer nach wochenlangen Gefechten von "
            "den Rebellen zurückerobert.",
            "government_regains_territory",
        ),
        (
            "Bei einem Gleitbombenangriff auf das Zentrum von Saporischschja wurden zwei "
            "Menschen getötet.",
            "air_drone_strike",
        ),
        (
            "Bei der Explosion eines versteckten Sprengsatzes wurden drei Soldaten getötet.",
            "remote_explosive_landmine_ied",
        ),
    ],
)
def test_german_cues(text: str, sub: str) -> None:
    assert sub in _subs(text, "de")


def test_rebels_retaking_ground_is_no_government_regain() -> None:
    # the subject opening the sentence is not a state force
    text = "Die Rebellen hatten die Kleinstadt nach wochenlangen Gefechten zurückerobert."
    assert "government_regains_territory" not in _subs(text, "de")


def test_entering_into_a_confrontation_takes_no_ground() -> None:
    text = "Os suspeitos entraram em confronto com os policiais na comunidade."
    subs = _subs(text, "pt")
    assert "armed_clash" in subs
    assert "non_state_actor_overtakes_territory" not in subs
