"""The members of a list of people the list reader takes since the eighth session
(docs/casualties-and-claims.md, "Parts named by kin, age or a possessive"): a possessive
kin noun ("his two sons", "ses deux filles", "двое его сыновей"), a person named with an
age before or after the noun, a member after one of those, on sentences written for these
tests in every language that has the construction."""

from __future__ import annotations

import datetime as dt

import pytest
from reading import part_figures

from conflict_events import extract_report

# --- a possessive before the count of a list member: a part, civilians -----------------------


@pytest.mark.parametrize(
    ("lang", "text", "part"),
    [
        ("en", "At least 23 people were killed, among them a village head and his two sons.",
         ("killed", "civilians", 2, "his two sons", "At least 23 people")),
        ("en", "Nine people, including a teacher and her three daughters, were wounded.",
         ("injured", "civilians", 3, "her three daughters", "Nine people")),
        ("en", "Eleven villagers were abducted, among them two women and their four children.",
         ("captured", "civilians", 4, "their four children", "Eleven villagers")),
        ("fr", "Au moins 12 personnes, dont un homme de 70 ans et ses deux filles, ont été "
         "tuées.", ("killed", "civilians", 2, "ses deux filles", "Au moins 12 personnes")),
        ("fr", "Sept civils ont été blessés, dont une femme et ses trois petits-enfants.",
         ("injured", "civilians", 3, "ses trois petits-enfants", "Sept civils")),
        ("es", "Al menos 14 personas murieron, entre ellas un campesino de 60 años y sus dos "
         "nietos.", ("killed", "civilians", 2, "sus dos nietos", "Al menos 14 personas")),
        ("es", "Ocho personas resultaron heridas, entre ellas una maestra y sus tres sobrinos.",
         ("injured", "civilians", 3, "sus tres sobrinos", "Ocho personas")),
        ("pt", "Pelo menos dez pessoas morreram, entre elas um agricultor de 60 anos e seus "
         "dois filhos.", ("killed", "civilians", 2, "seus dois filhos", "Pelo menos dez pessoas")),
        ("pt", "Seis pessoas ficaram feridas, entre elas uma mulher e suas quatro netas.",
         ("injured", "civilians", 4, "suas quatro netas", "Seis pessoas")),
        ("de", "Mindestens zehn Menschen wurden getötet, darunter ein Bauer und seine drei "
         "Söhne.", ("killed", "civilians", 3, "seine drei Söhne", "Mindestens zehn Menschen")),
        ("de", "Acht Menschen wurden verletzt, darunter eine Frau und ihre zwei Töchter.",
         ("injured", "civilians", 2, "ihre zwei Töchter", "Acht Menschen")),
        ("ru", "Погибли пять человек, в том числе 43-летний мужчина и двое его сыновей.",
         ("killed", "civilians", 2, "двое его сыновей", "пять человек")),
        ("ru", "Ранены семь человек, среди них трое ее внуков.",
         ("injured", "civilians", 3, "трое ее внуков", "семь человек")),
        ("uk", "Загинули п'ятеро людей, серед них двоє його синів.",
         ("killed", "civilians", 2, "двоє його синів", "п'ятеро людей")),
        ("uk", "Поранено шістьох людей, серед них троє її онуків.",
         ("injured", "civilians", 3, "троє її онуків", "шістьох людей")),
    ],
)  # fmt: skip
def test_a_possessive_member_is_a_part(lang: str, text: str, part: tuple[object, ...]) -> None:
    assert part in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # alone: the kin noun after its count is a civilian
        ("ru", "Двое его сыновей погибли.", ("killed", "civilians", 2, "Двое его сыновей", None)),
        ("uk", "Двоє її дітей загинули.", ("killed", "civilians", 2, "Двоє її дітей", None)),
        ("es", "Sus dos nietos murieron en el ataque.",
         ("killed", "civilians", 2, "dos nietos", None)),
        ("de", "Zwei Enkel des Bauern wurden getötet.",
         ("killed", "civilians", 2, "Zwei Enkel des Bauern", None)),
        ("fr", "Trois neveux du chef ont été tués.",
         ("killed", "civilians", 3, "Trois neveux du chef", None)),
        ("pt", "Dois netos do agricultor foram mortos.",
         ("killed", "civilians", 2, "Dois netos do agricultor", None)),
        ("en", "Two grandsons of the chief were killed.",
         ("killed", "civilians", 2, "Two grandsons of the chief", None)),
        # a possessive ending (tr) or suffix (ar) on the kin noun
        ("tr", "Saldırıda 2 oğlunun öldüğü bildirildi.",
         ("killed", "civilians", 2, "2 oğlunun", None)),
        ("tr", "Ölenler arasında 3 torunu da bulunuyor.",
         ("killed", "civilians", 3, "3 torunu", None)),
        ("ar", "قتل خمسة أشخاص بينهم اثنان من أبنائه.",
         ("killed", "civilians", 2, "اثنان من أبنائه", "خمسة أشخاص")),
        ("ar", "قتل رجل وولداه في القصف.", ("killed", "civilians", 2, "ولداه", None)),
        ("ar", "أصيب مزارع وابنتاه بجروح.", ("injured", "civilians", 2, "ابنتاه", None)),
    ],
)  # fmt: skip
def test_a_kin_noun_is_a_civilian(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # one person after a possessive, the next member of a list of victims
        ("en", "Among the dead are a 45-year-old farmer and his wife.",
         ("killed", "civilians", 1, "his wife", None)),
        ("en", "Gunmen killed a trader and her husband.",
         ("killed", "civilians", 1, "her husband", None)),
        ("fr", "Un commerçant et sa femme ont été tués.",
         ("killed", "civilians", 1, "sa femme", None)),
        ("es", "Un comerciante y su esposa murieron.",
         ("killed", "civilians", 1, "su esposa", None)),
        ("pt", "Um comerciante e sua esposa foram mortos.",
         ("killed", "civilians", 1, "sua esposa", None)),
        ("ru", "Погибли 34-летняя женщина и ее 10-летний сын.",
         ("killed", "civilians", 1, "ее 10-летний сын", None)),
        ("uk", "Загинули 34-річна жінка та її 10-річний син.",
         ("killed", "civilians", 1, "її 10-річний син", None)),
    ],
)  # fmt: skip
def test_a_possessive_singular_after_a_conjunction(
    lang: str, text: str, figure: tuple[object, ...]
) -> None:
    assert figure in part_figures(text, lang)


# --- a person named with an age: alone, as a part, as a later member -------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "A 70-year-old village head was killed on Monday.",
         ("killed", "civilians", 1, "A 70-year-old village head", None)),
        ("en", "At least 23 people, among them a 70-year-old village head and his two sons, "
         "were killed.", ("killed", "civilians", 1, "a 70-year-old village head",
                          "At least 23 people")),
        ("en", "Twelve people were killed, among them a 64-year-old man and a nurse.",
         ("killed", "civilians", 1, "a nurse", "Twelve people")),
        ("fr", "Au moins 12 personnes, dont un homme de 70 ans et ses deux filles, ont été "
         "tuées.", ("killed", "total", 1, "un homme de 70 ans", "Au moins 12 personnes")),
        ("fr", "Un berger de 40 ans et son fils ont été tués.",
         ("killed", "civilians", 1, "son fils", None)),
        ("ar", "قتل طفل يبلغ من العمر 12 عاماً.",
         ("killed", "civilians", 1, "طفل يبلغ من العمر 12 عاماً", None)),
        ("ar", "أصيبت امرأة تبلغ من العمر 60 عاما وطفلان.",
         ("injured", "civilians", 2, "طفلان", None)),
        ("ru", "43-летний мужчина погиб.", ("killed", "total", 1, "43-летний мужчина", None)),
        ("ru", "67-летняя пенсионерка погибла в Курске.",
         ("killed", "civilians", 1, "67-летняя пенсионерка", None)),
        ("ru", "Среди погибших — 11-летняя девочка и 58-летняя пенсионерка.",
         ("killed", "civilians", 1, "58-летняя пенсионерка", None)),
        ("uk", "67-річна пенсіонерка загинула.",
         ("killed", "civilians", 1, "67-річна пенсіонерка", None)),
        ("uk", "«Серед загиблих – 11-річна дівчинка та 72-річний пенсіонер».",
         ("killed", "civilians", 1, "72-річний пенсіонер", None)),
        ("tr", "16 yaşındaki bir genç öldü.", ("killed", "civilians", 1, "bir genç", None)),
        ("tr", "Saldırıda 40 yaşındaki bir kadın yaralandı.",
         ("injured", "civilians", 1, "bir kadın", None)),
        ("tr", "Ölenler arasında 16 yaşındaki bir genç ve iki kadın var.",
         ("killed", "civilians", 2, "iki kadın var", None)),
        ("tr", "Beş kişi öldü, aralarında 16 yaşındaki bir genç ve iki kadın da bulunuyor.",
         ("killed", "civilians", 1, "bir genç", "Beş kişi")),
        ("tr", "Üç kişi yaralandı, aralarında 20 ve 23 yaşlarındaki 2 kardeş de var.",
         ("injured", "civilians", 2, "2 kardeş", "Üç kişi")),
    ],
)  # fmt: skip
def test_a_person_with_an_age(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, lang)


# --- "among the abducted": the frame names the captured --------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Among the abducted were two teachers and a 70-year-old man.",
         ("captured", "civilians", 2, "two teachers", None)),
        ("de", "Unter den Verschleppten seien zwei Kinder und ein 70-jähriger Mann.",
         ("captured", "civilians", 2, "zwei Kinder", None)),
        ("es", "Entre los secuestrados hay dos maestros y un joven de 16 años.",
         ("captured", "civilians", 1, "un joven de 16 años", None)),
        ("pt", "Entre os sequestrados estão três professores.",
         ("captured", "civilians", 3, "três professores", None)),
        ("fr", "Parmi les enlevés figurent quatre élèves.",
         ("captured", "civilians", 4, "quatre élèves", None)),
        ("ru", "Среди похищенных — двое детей.", ("captured", "civilians", 2, "двое детей", None)),
        ("uk", "Серед викрадених — троє дітей.", ("captured", "civilians", 3, "троє дітей", None)),
        ("tr", "Kaçırılanlar arasında 16 yaşındaki bir genç var.",
         ("captured", "civilians", 1, "bir genç var", None)),
        ("ar", "ومن بين المختطفين ثلاثة أطفال.", ("captured", "civilians", 3, "ثلاثة أطفال", None)),
    ],
)  # fmt: skip
def test_among_the_abducted(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a possessive before a count that counts things, not people
        ("en", "Five people were killed, including a farmer and his two cows."),
        ("fr", "Cinq personnes ont été tuées, dont un éleveur et ses deux vaches."),
    ],
)
def test_no_figure_of_the_wrong_count(lang: str, text: str) -> None:
    assert all(f[2] not in (2, 3) for f in part_figures(text, lang))


# --- the frames that name a list's outcome before it -----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        # the outcome noun as subject and the dash as the copula (ru, uk)
        ("uk", "Поранені — його 37-річна невістка та сусід — отримали поранення.",
         ("injured", "civilians", 1, "сусід", None)),
        ("uk", "Загиблі — 54-річний чоловік та його дружина.",
         ("killed", "civilians", 1, "його дружина", None)),
        ("ru", "Раненые — его 37-летняя невестка и сосед — доставлены в больницу.",
         ("injured", "civilians", 1, "его 37-летняя невестка", None)),
        ("ru", "Погибшие — 54-летний мужчина и его жена.",
         ("killed", "civilians", 1, "его жена", None)),
        # an outcome noun of several words after "among"
        ("pt", "Entre as vítimas mortais está um estudante de 16 anos, atingido no peito.",
         ("killed", "civilians", 1, "um estudante de 16 anos", None)),
        ("pt", "Entre as vítimas mortais estão dois agricultores.",
         ("killed", "civilians", 2, "dois agricultores", None)),
        ("es", "Entre las víctimas mortales figuran un maestro de 45 años y dos mujeres.",
         ("killed", "civilians", 1, "un maestro de 45 años", None)),
        ("ru", "Среди пропавших без вести — двое детей.",
         ("missing", "civilians", 2, "двое детей", None)),
        # the outcome noun opening its clause, then a copula
        ("pt", "Segundo a polícia, as vítimas mortais são um comerciante de 50 anos e dois "
         "mototaxistas.", ("killed", "civilians", 2, "dois mototaxistas", None)),
        ("pt", "Os mortos são dois agricultores.",
         ("killed", "civilians", 2, "dois agricultores", None)),
        ("es", "Los muertos son un maestro de 45 años y su hijo.",
         ("killed", "civilians", 1, "su hijo", None)),
        ("fr", "Selon la mairie, les morts sont deux enseignants.",
         ("killed", "civilians", 2, "deux enseignants", None)),
        ("en", "The dead are a teacher and her two sons.",
         ("killed", "civilians", 2, "two sons", None)),
    ],
)  # fmt: skip
def test_a_frame_before_the_list(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, lang)


# --- one more person whose outcome stands in an apposition ----------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "figure"),
    [
        ("en", "Two herders were shot dead and a third, seriously wounded, was evacuated.",
         ("injured", "civilians", 1, "a third", None)),
        ("en", "A soldier, badly injured, was taken to hospital.",
         ("injured", "combatants", 1, "A soldier", None)),
        ("fr", "Deux bergers ont été abattus et un troisième, grièvement blessé, a été évacué.",
         ("injured", "civilians", 1, "un troisième", None)),
        ("fr", "Un gendarme, légèrement blessé, a été soigné sur place.",
         ("injured", "combatants", 1, "Un gendarme", None)),
        ("es", "Dos pastores murieron y un tercero, gravemente herido, fue evacuado.",
         ("injured", "civilians", 1, "un tercero", None)),
        ("pt", "Dois pastores morreram e um terceiro, gravemente ferido, foi levado ao hospital.",
         ("injured", "civilians", 1, "um terceiro", None)),
        ("de", "Ein Soldat, schwer verletzt, wurde ausgeflogen.",
         ("injured", "combatants", 1, "Ein Soldat", None)),
    ],
)  # fmt: skip
def test_an_outcome_in_an_apposition(lang: str, text: str, figure: tuple[object, ...]) -> None:
    assert figure in part_figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no outcome between the commas: an apposition of another kind
        ("en", "A soldier, the army said, was taken to hospital."),
        ("fr", "Un troisième, selon la police, a été évacué."),
    ],
)
def test_an_apposition_with_no_outcome_gives_none(lang: str, text: str) -> None:
    assert part_figures(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "victims" names people of any outcome: after a copula they are those just counted
        ("en", "Gunmen abducted two civilians. The victims were two herdsmen."),
        ("fr", "Des hommes armés ont enlevé deux civils. Les victimes sont deux bergers."),
    ],
)
def test_victims_after_a_copula_are_not_killed(lang: str, text: str) -> None:
    assert all(f[0] != "killed" for f in part_figures(text, lang))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Militants abducted six civilians, among them a village chief, from a village "
         "near the border three weeks ago."),
        ("fr", "Des hommes armés ont enlevé sept civils, dont un chef de village et ses deux "
         "fils, le mois dernier."),
    ],
)  # fmt: skip
def test_a_date_after_the_parts_scopes_the_total(lang: str, text: str) -> None:
    # the date that closes the sentence after the parts dates the total too: background
    report = extract_report(text, published=dt.date(2026, 3, 17), lexicon=lang)
    totals = [f for c in report.casualties for f in c.figures if f.part_of is None]
    assert totals
    assert all(f.background for f in totals)
