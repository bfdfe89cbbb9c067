"""Who says so: a later, shorter reference names the earlier full source (DESIGN §10, "Who
says so"; issue 14 part 3).

"the agency" / "la dependencia" / "Komite" point back to the source named before them; an
acronym ("la SSC", "a GNR") to the name that brackets it or whose initials it is; with no
source before them, to the organisation the text named; a person's shorter name ("Bakan
Yerlikaya", "Keita") to the full name, unless the text names another person of that surname.
The sentences were written for these tests in the style of wire copy."""

from __future__ import annotations

import pytest

from conflict_events.extract._attribution import extract_attributions


def _sources(text: str, lang: str = "en") -> list[str]:
    return [m.attribution.source_name for m in extract_attributions(text, lexicon=lang)]


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # a shorter name of a person named in full before
        (
            "en",
            "Twelve soldiers died, said Col. Amadou Keita. Keita said 20 attackers were killed.",
            ["Col. Amadou Keita", "Col. Amadou Keita"],
        ),
        (
            "tr",
            "İçişleri Bakanı Ali Yerlikaya, 12 şüphelinin yakalandığını açıkladı. Bakan "
            "Yerlikaya, 3 polisin yaralandığını belirtti.",
            ["İçişleri Bakanı Ali Yerlikaya", "İçişleri Bakanı Ali Yerlikaya"],
        ),
        # a head word with its suffix ("Komite-ye") stands for the name it heads
        (
            "tr",
            "Yerel direniş komitesi, 40 kişinin öldüğünü açıkladı. Komiteye göre 60 kişi "
            "yaralandı.",
            ["Yerel direniş komitesi", "Yerel direniş komitesi"],
        ),
        # "the agency" is the outlet named before (one word: no person)
        (
            "uk",
            "Про це повідомляє Reuters. За даними агентства, загинули 30 військових.",
            ["Reuters", "Reuters"],
        ),
        # an acronym the earlier source brackets
        (
            "es",
            "Tres agentes resultaron heridos, informó la Secretaría de Seguridad Ciudadana "
            "(SSC). Según la SSC, dos de ellos siguen hospitalizados.",
            [
                "la Secretaría de Seguridad Ciudadana (SSC)",
                "la Secretaría de Seguridad Ciudadana (SSC)",
            ],
        ),
        # no source before: the organisation named in the text, by head word or initials
        (
            "pt",
            "Uma operação da Polícia de Segurança Pública deixou dois feridos em Setúbal, "
            "segundo a corporação. De acordo com a PSP, um suspeito foi detido.",
            ["Polícia de Segurança Pública", "Polícia de Segurança Pública"],
        ),
        (
            "en",
            "Units of the Federal Police entered the camp on Monday. Three civilians were "
            "killed, the police said.",
            ["Federal Police"],
        ),
    ],
)
def test_reference_names_the_full_source(lang: str, text: str, sources: list[str]) -> None:
    assert _sources(text, lang) == sources


@pytest.mark.parametrize(
    ("lang", "text", "sources"),
    [
        # two people of one surname in the text: "Keita" alone names neither in full
        (
            "en",
            "Twelve soldiers died, said Col. Amadou Keita. His cousin Moussa Keita was among "
            "them. Keita said 20 attackers were killed.",
            ["Col. Amadou Keita", "Keita"],
        ),
        # another person's name with that surname's word is no shorter name of the source
        (
            "en",
            "Twelve soldiers died, said Col. Amadou Keita. Mayor Diallo said 20 attackers "
            "were killed.",
            ["Col. Amadou Keita", "Mayor Diallo"],
        ),
        # a name that holds the acronym as a word does not bracket it
        (
            "en",
            "FBI Director Louis Freeh said two agents were hurt. The FBI said a third was missing.",
            ["FBI Director Louis Freeh", "The FBI"],
        ),
        # no organisation with the head word in the text: as written
        (
            "en",
            "Gunmen raided the camp on Monday. Three civilians were killed, the police said.",
            ["the police"],
        ),
    ],
)
def test_reference_stays(lang: str, text: str, sources: list[str]) -> None:
    assert _sources(text, lang) == sources
