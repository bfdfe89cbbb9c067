"""Sub-types and one incident told twice (issue 14, the seventh session).

People carried off are abducted ("carted off", "snatched", "enlèvent"); an abduction told
with an exchange of fire in one clause is a battle (ACLED's rule); forces that kill or fight
the people a text names as attackers ("the assailants", "les ravisseurs") fight armed men,
while "killed by the gunmen" names who acted; ground taken or taken back in the forms wire
copy writes (the present of headlines, the passé simple, a German particle at the clause's
end); and a later paragraph that tells the lead's attack again ("The attack ...",
"L'attaque ...", "Saldırıda ...") adds to that engagement instead of making another.  Every
sentence was written for this test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflict_events import extract_report
from conflict_events.extract._events import find_event_cues
from conflict_events.model import SubEventType

S = SubEventType
PUBLISHED = dt.date(2026, 2, 19)


def _subs(text: str, lang: str) -> list[SubEventType | None]:
    report = extract_report(text, published=PUBLISHED, lexicon=lang)
    return [e.sub_event_type for e in report.engagements]


CARRIED_OFF = [
    ("en", "Bandits came at night and carted off 30 residents of Gidan Kaura on Monday."),
    ("en", "Gunmen snatched 12 passengers from a bus near Funtua on Sunday."),
    ("en", "Armed men whisked the two engineers away from their site on Friday."),
    ("fr", "Des hommes armés enlèvent une vingtaine de villageois près de Djibo."),
    ("es", "Hombres armados secuestran a diez trabajadores en una finca de Zacatecas."),
    ("pt", "Homens armados raptam doze pessoas numa aldeia de Muidumbe."),
    ("de", "Bewaffnete entführen zwanzig Dorfbewohner im Norden Nigerias."),
]


@pytest.mark.parametrize(("lang", "text"), CARRIED_OFF)
def test_people_carried_off_are_abducted(lang: str, text: str) -> None:
    assert _subs(text, lang) == [S.ABDUCTION_FORCED_DISAPPEARANCE]


ABDUCTION_IN_A_CLASH = [
    (
        "en",
        "Gunmen abducted nine farmers near Tsafe after a gunfight with soldiers on Monday.",
    ),
    (
        "fr",
        "Des jihadistes ont enlevé quatre bergers lors d'affrontements avec les soldats près "
        "de Fassala.",
    ),
    (
        "es",
        "Disidentes secuestraron a dos soldados tras un enfrentamiento con el Ejército en "
        "Argelia, Cauca.",
    ),
    (
        "pt",
        "Insurgentes raptaram cinco pescadores durante confrontos com as forças de defesa em "
        "Quissanga.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), ABDUCTION_IN_A_CLASH)
def test_an_abduction_told_with_a_clash_is_a_battle(lang: str, text: str) -> None:
    assert _subs(text, lang) == [S.ARMED_CLASH]


def test_an_abduction_with_no_clash_stays_one() -> None:
    assert _subs("Gunmen abducted nine farmers near Tsafe on Monday.", "en") == [
        S.ABDUCTION_FORCED_DISAPPEARANCE
    ]


ATTACKERS_HIT = [
    ("en", "Troops killed 11 of the kidnappers near Kairu on Wednesday morning."),
    ("en", "Police shot dead three gunmen at a checkpoint outside Gusau on Monday."),
    ("fr", "Les militaires ont tué trois assaillants près de Téra lundi."),
    ("es", "Policías abatieron a dos atacantes en Culiacán el lunes."),
]


@pytest.mark.parametrize(("lang", "text"), ATTACKERS_HIT)
def test_forces_that_kill_the_attackers_fight_armed_men(lang: str, text: str) -> None:
    assert _subs(text, lang)[:1] == [S.ARMED_CLASH]


@pytest.mark.parametrize(
    "text",
    [
        "Three villagers killed by gunmen in Zamfara on Monday.",
        "Three villagers killed by the bandits in Zamfara on Monday.",
    ],
)
def test_who_follows_the_agent_marker_acted(text: str) -> None:
    assert _subs(text, "en") == [S.ATTACK]


def test_a_cue_naming_the_attackers_is_no_verb_frame() -> None:
    # "unknown gunmen" names who fired, not whom they hit
    text = "Unknown gunmen fired shots at a government vehicle in Toui on Monday."
    assert _subs(text, "en") == [S.ATTACK]


GROUND = [
    (
        "en",
        "Jihadists took over the town of Diafarabé on Monday.",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    ("en", "The army won back control of Mahas on Monday.", S.GOVERNMENT_REGAINS_TERRITORY),
    ("en", "Troops liberated the town of Mahas on Monday.", S.GOVERNMENT_REGAINS_TERRITORY),
    (
        "fr",
        "Les jihadistes prirent le contrôle de la localité lundi.",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    (
        "fr",
        "L'armée reprit le contrôle de la ville de Ménaka lundi.",
        S.GOVERNMENT_REGAINS_TERRITORY,
    ),
    (
        "es",
        "Disidentes toman el control de la vereda El Plateado.",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    (
        "es",
        "El Ejército recupera el control de El Plateado tras tres días.",
        S.GOVERNMENT_REGAINS_TERRITORY,
    ),
    (
        "pt",
        "Insurgentes ocupam a vila de Mucojo desde domingo.",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    ("pt", "O exército retoma o controlo da vila de Mucojo.", S.GOVERNMENT_REGAINS_TERRITORY),
    (
        "de",
        "Am Montag nahmen die Rebellen nach eigenen Angaben einen Stützpunkt nahe der Stadt ein.",
        S.NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    ),
    (
        "de",
        "Die Armee eroberte am Sonntag nach tagelangen Kämpfen die Stadt Mahas zurück.",
        S.GOVERNMENT_REGAINS_TERRITORY,
    ),
    ("ru", "Армия отвоевала село под Курском.", S.GOVERNMENT_REGAINS_TERRITORY),
    ("uk", "Армія відвоювала село на Харківщині.", S.GOVERNMENT_REGAINS_TERRITORY),
    ("ar", "حررت القوات بلدة الرطبة من عناصر التنظيم.", S.GOVERNMENT_REGAINS_TERRITORY),
    ("tr", "Ordu köyü yeniden ele geçirdi.", S.GOVERNMENT_REGAINS_TERRITORY),
]


@pytest.mark.parametrize(("lang", "text", "sub"), GROUND)
def test_ground_taken_in_the_forms_wire_copy_writes(
    lang: str, text: str, sub: SubEventType
) -> None:
    assert sub in _subs(text, lang)


# One incident told in two paragraphs: the lead, a paragraph between, and a later paragraph
# that tells the same attack again with a definite mention.
TOLD_AGAIN = [
    (
        "en",
        "Gunmen attacked the village of Kairu in Zamfara on Tuesday, killing five people, "
        "police said.\n\nResidents fled to the forest.\n\n"
        "Two more people died of wounds sustained in the attack, a nurse said.",
    ),
    (
        "fr",
        "Des jihadistes ont attaqué lundi un poste de l'armée à Téra, tuant dix soldats.\n\n"
        "Des renforts sont arrivés dans la soirée.\n\n"
        "Lors de l'attaque, trois assaillants ont été tués, selon l'armée.",
    ),
    (
        "es",
        "Disidentes atacaron el lunes una base militar en Suárez, Cauca, y mataron a dos "
        "soldados.\n\nLa zona fue acordonada.\n\n"
        "En el ataque también murió un civil, según la Gobernación.",
    ),
    (
        "de",
        "Islamisten haben am Montag einen Armeeposten in Téra angegriffen und zehn Soldaten "
        "getötet.\n\nVerstärkung traf am Abend ein.\n\n"
        "Bei dem Angriff wurden auch drei Angreifer getötet, teilte die Armee mit.",
    ),
    (
        "ru",
        "Боевики в понедельник атаковали блокпост в Грайвороне, погибли двое "
        "военнослужащих.\n\nНа место прибыло подкрепление.\n\n"
        "В результате нападения также ранены трое мирных жителей, сообщил губернатор.",
    ),
    (
        "tr",
        "Teröristler pazartesi günü Hakkari'de bir karakola saldırdı, iki asker şehit "
        "oldu.\n\nKöy halkı kasabaya kaçtı.\n\nSaldırıda üç sivil de yaralandı, valilik "
        "açıkladı.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), TOLD_AGAIN)
def test_one_attack_told_in_two_paragraphs_is_one_engagement(lang: str, text: str) -> None:
    report = extract_report(text, published=PUBLISHED, lexicon=lang)
    violent = [e for e in report.engagements if e.sub_event_type in _VIOLENT]
    assert len(violent) == 1
    # the later paragraph's figure joined the lead's engagement
    assert len(violent[0].casualties) == 2


_VIOLENT = {S.ATTACK, S.ARMED_CLASH}


@pytest.mark.parametrize(
    "later",
    [
        # another place
        "The attack in Sokoto on Sunday killed two traders.",
        # no definite mention: another incident
        "In a separate attack, gunmen killed two traders.",
        # another day of its own
        "The attack on Sunday killed two traders.",
    ],
)
def test_another_incident_stays_apart(later: str) -> None:
    text = (
        "Gunmen attacked the village of Kairu in Zamfara on Tuesday, killing five people, "
        "police said.\n\nResidents fled to the forest.\n\n" + later
    )
    report = extract_report(text, published=PUBLISHED, lexicon="en")
    assert len([e for e in report.engagements if e.sub_event_type in _VIOLENT]) == 2


def test_a_reference_phrase_across_a_line_break() -> None:
    # wrapped copy: "after the" and its noun on two lines is still "after the attack"
    text = "Gunmen attacked Kairu on Monday. Prices rose after the\nattack on the market."
    cues = find_event_cues(text)
    assert [c.text for c in cues] == ["Gunmen", "attacked"]


PARTITIVE = [
    ("en", "Troops pursued the militants and killed four of them near Beni on Monday."),
    (
        "pt",
        "O exército afirmou ter perseguido os milicianos e abatido quatro deles perto de Djugu.",
    ),
    ("fr", "L'armée a poursuivi les rebelles et en a tué quatre d'entre eux près de Bunia."),
]


@pytest.mark.parametrize(("lang", "text"), PARTITIVE)
def test_a_count_of_them_points_back_to_whom_it_hit(lang: str, text: str) -> None:
    assert S.ARMED_CLASH in _subs(text, lang)


OPERATIONS = [
    (
        "pt",
        "Quatro suspeitos morreram durante uma operação contra uma facção criminosa no bairro "
        "de Valéria.",
        S.ARMED_CLASH,
    ),
    ("pt", "Os agentes foram recebidos a tiros ao entrarem na comunidade.", S.ARMED_CLASH),
    ("es", "Los agentes fueron recibidos a balazos al llegar a la colonia.", S.ARMED_CLASH),
    ("en", "Police officers were met with gunfire as they entered the compound.", S.ARMED_CLASH),
]


@pytest.mark.parametrize(("lang", "text", "sub"), OPERATIONS)
def test_operations_against_gangs_and_forces_met_with_gunfire(
    lang: str, text: str, sub: SubEventType
) -> None:
    assert sub in _subs(text, lang)


POLICE_BULLETS = [
    (
        "de",
        "Bei einer Kundgebung in Lima war am Montag ein Student von einer Polizeikugel "
        "tödlich getroffen worden.",
    ),
    ("es", "Un estudiante murió por una bala de la policía durante una marcha en Lima."),
]


@pytest.mark.parametrize(("lang", "text"), POLICE_BULLETS)
def test_a_police_bullet_at_a_protest_is_excessive_force(lang: str, text: str) -> None:
    assert _subs(text, lang) == [S.EXCESSIVE_FORCE_AGAINST_PROTESTERS]
