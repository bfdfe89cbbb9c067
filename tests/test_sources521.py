"""Who says so, seventeenth session (issue 14, the sealed `75_` / `76_` sets): a reference to a
source already named, the reporter who is only the channel, the whole name in its text form
and a source that did not reach its figure.

Every sentence here is written for these tests in the wire style of its language; none is
copied from a fixture or the shared data.  Each table is one rule of
``extract/_attribution.py`` and words of the ``attribution`` tables
(docs/casualties-and-claims.md, "Seventeenth session").
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract import extract_attributions


def _names(text: str, lang: str) -> list[str]:
    """The source's name of every attribution, in text order."""
    return [m.attribution.source_name or "" for m in extract_attributions(text, lexicon=lang)]


def _source_of(text: str, lang: str, low: int) -> set[str]:
    """The source names of the casualty records with a figure whose lower bound is ``low``."""
    report = extract_report(text, published=dt.date(2026, 5, 4), lexicon=lang)
    return {
        r.attribution.source_name or ""
        for r in report.casualties
        if any(f.count.low == low for f in r.figures)
    }


# -- a member of a source named before ("l'une de ces sources") ---------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        ("Douze gendarmes ont été tués, a appris l'AFP de sources sécuritaires. « Ils sont "
         "arrivés à l'aube », a raconté l'une de ces sources.", "fr",
         ["sources sécuritaires", "sources sécuritaires"]),
        ("Nine soldiers were killed, security sources said. One of the sources said the "
         "attackers came on motorbikes.", "en", ["security sources", "security sources"]),
        ("Murieron seis policías, según fuentes militares. Una de esas fuentes dijo que los "
         "atacantes huyeron.", "es", ["fuentes militares", "fuentes militares"]),
        ("Morreram cinco civis, segundo fontes locais. Uma dessas fontes disse que a aldeia "
         "ficou vazia.", "pt", ["fontes locais", "fontes locais"]),
        # a noun no source before has names someone new
        ("Nine soldiers were killed, security sources said. One of the medics said the "
         "attackers came on motorbikes.", "en", ["security sources", "the medics"]),
    ],
)  # fmt: skip
def test_a_member_of_a_source_named_before_speaks_for_it(
    text: str, lang: str, names: list[str]
) -> None:
    assert _names(text, lang) == names


def test_a_member_gives_the_named_source_to_its_figure() -> None:
    text = (
        "Au moins 14 soldats ont été tués lundi, a appris l'AFP de sources locales.\n\n"
        "« Les combats ont duré des heures », a expliqué l'une de ces sources, précisant "
        "que sept autres soldats avaient été blessés."
    )
    assert _source_of(text, "fr", 7) == {"sources locales"}


# -- the reporter is the channel, not the source -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # German: the listener in the dative after an inverted speaker
        ("Der Konvoi sei in einen Hinterhalt geraten, sagte ein Offizier der Deutschen "
         "Presse-Agentur.", "de", ["ein Offizier"]),
        ("Drei Menschen seien getötet worden, sagte ein Polizeisprecher der Zeitung.", "de",
         ["ein Polizeisprecher"]),
        # Turkish: the owner in the genitive, the listener in the dative
        ("Yerel kaynakların AA muhabirine verdiği bilgiye göre, saldırıda 4 kişi öldü.", "tr",
         ["Yerel kaynaklar"]),
        ("Ordu kaynaklarının AA muhabirine yaptığı açıklamaya göre, 7 militan etkisiz hale "
         "getirildi.", "tr", ["Ordu kaynakları"]),
    ],
)  # fmt: skip
def test_the_listener_is_not_the_source(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


def test_an_inverted_object_with_an_elided_preposition_names_nobody() -> None:
    # "faisait état d'une quinzaine de morts": the toll, not a speaker; the by-phrase speaks
    text = (
        "Un premier bilan, communiqué jeudi par une source hospitalière, faisait état d'une "
        "quinzaine de morts."
    )
    assert _names(text, "fr") == ["une source hospitalière"]


# -- the whole name in its text form --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # an adjective between the article and a capitalised noun (German)
        ("Das ukrainische Innenministerium in Kiew erklärte, vier Menschen seien getötet "
         "worden.", "de", ["Das ukrainische Innenministerium in Kiew"]),
        # a bracket spelling out the acronym before the verb
        ("Die Gruppe JNIM (Gruppe für die Unterstützung des Islams und der Muslime) reklamierte "
         "den Anschlag für sich.", "de", ["Die Gruppe JNIM"]),
        ("The group JNIM (Group for the Support of Islam and Muslims) claimed the ambush.",
         "en", ["The group JNIM"]),
        # lower-case words of the name after its acronym, a compound tense after them
        ("La Fiscalía General del Estado (FGE) estatal había informado de cinco muertos.",
         "es", ["La Fiscalía General del Estado (FGE) estatal"]),
        # an adjective in the locative put back with its noun (Russian)
        ("Позднее в оперативном штабе области уточнили, что погибли двое.", "ru",
         ["оперативный штаб области"]),
        # a Russian summary's author after "говорится в сводке"
        ("Минобороны России сообщило о сбитых беспилотниках. Уничтожены до 30 "
         "военнослужащих, говорится в сводке ведомства.", "ru",
         ["Минобороны России", "Минобороны России"]),
    ],
)  # fmt: skip
def test_the_whole_name_in_its_text_form(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


def test_an_acronym_after_its_whole_name_names_it_again() -> None:
    text = (
        "La Secretaría de Seguridad Pública (SSP) estatal había informado de seis muertos. "
        "Los agentes detuvieron a tres hombres, precisó la SSP."
    )
    assert _names(text, "es") == ["La Secretaría de Seguridad Pública (SSP) estatal"] * 2


# -- a word for any organisation, and its own sentence's body --------------------------------------


def test_a_generic_word_takes_the_body_its_own_sentence_opens_with() -> None:
    text = (
        "В областном правительстве сообщили о двух погибших. Сотрудники регионального "
        "управления ФСБ задержали двух местных жителей, говорится в сообщении ведомства."
    )
    assert _names(text, "ru")[-1] == "Сотрудники регионального управления ФСБ"


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # Arabic: "الغرفة" is the room named before
        ("قتل ثمانية مدنيين بحسب ما أفادت غرفة طوارئ الحي. وأوضحت الغرفة أن القذائف سقطت "
         "على السوق.", "ar", ["غرفة طوارئ الحي", "غرفة طوارئ الحي"]),
        # German: a politician's word for the councillor named before
        ("Nach Angaben eines Bürgermeisters wurden drei Bauern verletzt. Ein Hirte werde "
         "vermisst, sagte der Lokalpolitiker.", "de", ["Bürgermeister", "Bürgermeister"]),
    ],
)  # fmt: skip
def test_a_definite_noun_points_back(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


# -- a source left out ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "names"),
    [
        # an Arabic witness after "قال": the noun is no verb there
        ("وقال شاهد عيان من سكان الحي إن مسلحين خطفوا خمسة رجال.", "ar",
         ["شاهد عيان من سكان الحي"]),
        # a figure recalled
        ("С начала года погибли 19 мирных жителей, напоминает губернатор.", "ru",
         ["губернатор"]),
        ("Від початку року загинули 19 цивільних, нагадує голова ОВА.", "uk", ["голова ОВА"]),
        # a warning with its figure
        ("La Defensoría del Pueblo alertó de que 900 personas se desplazaron.", "es",
         ["La Defensoría del Pueblo"]),
        # the plural adjective of a source's kind (Portuguese)
        ("Na terça-feira, fontes policiais tinham avançado um balanço de dois mortos.", "pt",
         ["fontes policiais"]),
        # an earlier report of the source named before, its participle set off
        ("La Defensoría del Pueblo alertó de que 900 personas se desplazaron. El balance "
         "anterior de la entidad, divulgado el lunes, hablaba de 400 desplazados.", "es",
         ["La Defensoría del Pueblo", "La Defensoría del Pueblo"]),
        ("Selon la préfecture, 20 personnes sont mortes. Le précédent bilan de la préfecture, "
         "communiqué mardi, faisait état de 12 morts.", "fr", ["la préfecture", "la préfecture"]),
    ],
)  # fmt: skip
def test_a_source_reaches_its_figure(text: str, lang: str, names: list[str]) -> None:
    assert _names(text, lang) == names


def test_an_earlier_report_gives_its_owner_to_the_figure() -> None:
    text = (
        "La Defensoría del Pueblo alertó de que 900 personas se desplazaron en la última "
        "semana. El balance anterior de la entidad, divulgado el lunes, hablaba de 400 "
        "desplazados."
    )
    assert _source_of(text, "es", 400) == {"La Defensoría del Pueblo"}
