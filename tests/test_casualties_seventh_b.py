"""Casualty figures fresh copy states that the reader missed (issue 14, the seventh session
of 2026-12-06, part B): each construction in the languages that have it, on sentences
written for these tests (docs/casualties-and-claims.md, "Seventh session (B)")."""

from __future__ import annotations

import pytest
from reading import SpannedFigure as Row
from reading import spanned_figures as _figures


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a tail of death after a verb of beating or burning, before the object
        ("es", "Los vecinos golpearon hasta la muerte a tres presuntos ladrones.",
         ("killed", "civilians", 3, "tres presuntos ladrones")),
        ("es", "Una turba quemó vivo a un hombre en la plaza.",
         ("killed", "civilians", 1, "un hombre")),
        ("es", "Los agresores quemaron vivos a dos comerciantes.",
         ("killed", "civilians", 2, "dos comerciantes")),
        ("pt", "Moradores espancaram até a morte dois assaltantes.",
         ("killed", "combatants", 2, "dois assaltantes")),
        ("pt", "Um grupo queimou vivo um jovem no bairro.", ("killed", "total", 1, "um jovem")),
        ("fr", "Des inconnus ont brûlé vifs deux éleveurs.",
         ("killed", "civilians", 2, "deux éleveurs")),
        ("en", "The crowd burned alive two suspected thieves.",
         ("killed", "civilians", 2, "two suspected thieves")),
        # the passive of burning alive
        ("es", "Dos mujeres fueron quemadas vivas.", ("killed", "civilians", 2, "Dos mujeres")),
        ("pt", "Três homens foram queimados vivos.", ("killed", "total", 3, "Três homens")),
        ("fr", "Un commerçant a été brûlé vif.", ("killed", "civilians", 1, "Un commerçant")),
        ("en", "Four villagers were burned alive.", ("killed", "civilians", 4, "Four villagers")),
        ("de", "Zwei Männer wurden lebendig verbrannt.", ("killed", "total", 2, "Zwei Männer")),
        # a manner adjunct between the verb and its object: the verb's own outcome
        ("es", "Los sicarios mataron a machetazos a cuatro campesinos.",
         ("killed", "civilians", 4, "cuatro campesinos")),
        ("es", "Los asaltantes hirieron a balazos a dos policías.",
         ("injured", "combatants", 2, "dos policías")),
        ("pt", "Os insurgentes mataram à catanada três camponeses.",
         ("killed", "civilians", 3, "três camponeses")),
        ("pt", "Os insurgentes feriram à catanada dois pescadores.",
         ("injured", "civilians", 2, "dois pescadores")),
        ("fr", "Les assaillants ont tué à coups de machette cinq villageois.",
         ("killed", "civilians", 5, "cinq villageois")),
        ("fr", "Les assaillants ont blessé par balles deux gendarmes.",
         ("injured", "combatants", 2, "deux gendarmes")),
        # a verb of leaving and the outcome's participle before the personal "a"
        ("es", "La explosión dejó malheridos a tres soldados.",
         ("injured", "combatants", 3, "tres soldados")),
        ("es", "El ataque dejó gravemente heridos a dos policías.",
         ("injured", "combatants", 2, "dos policías")),
        ("es", "El derrumbe dejó sin vida a cuatro mineros.",
         ("killed", "civilians", 4, "cuatro mineros")),
        # "already" before a perfect
        ("es", "Tres de ellos ya habían muerto.", ("killed", "total", 3, "Tres de ellos")),
        ("pt", "Dois deles já tinham morrido.", ("killed", "total", 2, "Dois deles")),
        ("en", "Three people had already died.", ("killed", "total", 3, "Three people")),
        ("de", "Drei Menschen waren bereits gestorben.", ("killed", "total", 3, "Drei Menschen")),
        # flight in the present, taking refuge
        ("pt", "Combates em Macomia: milhares de pessoas fogem",
         ("displaced", "total", 2000, "milhares de pessoas")),
        ("es", "Miles de personas huyen de los combates.",
         ("displaced", "total", 2000, "Miles de personas")),
        ("fr", "Des milliers de personnes fuient les combats.",
         ("displaced", "total", 2000, "milliers de personnes")),
        ("pt", "Cerca de 800 pessoas refugiaram-se nas matas.",
         ("displaced", "total", 800, "Cerca de 800 pessoas")),
        ("es", "Unas 600 personas se refugiaron en la escuela.",
         ("displaced", "total", 600, "Unas 600 personas")),
        ("fr", "Quelque 900 personnes se sont réfugiées dans la brousse.",
         ("displaced", "total", 900, "Quelque 900 personnes")),
        ("pt", "Cerca de 200 pessoas procuraram refúgio na vila.",
         ("displaced", "total", 200, "Cerca de 200 pessoas")),
        # a figure in apposition to the subject, its verb after the closing comma
        ("pt", "Os moradores da aldeia, cerca de 1.200 pessoas, refugiaram-se em Mueda.",
         ("displaced", "total", 1200, "cerca de 1.200 pessoas")),
        ("es", "El resto de la población, unas 900 personas, se refugió en el monte.",
         ("displaced", "total", 900, "unas 900 personas")),
        ("fr", "Le reste des habitants, environ 700 personnes, s'est réfugié à Bunia.",
         ("displaced", "total", 700, "environ 700 personnes")),
        # one person named again between commas, then the outcome
        ("es", "Un civil, un comerciante de 60 años, también perdió la vida.",
         ("killed", "civilians", 1, "Un civil")),
        ("pt", "Um agricultor, um homem de 50 anos, também morreu.",
         ("killed", "civilians", 1, "Um agricultor")),
        ("fr", "Un civil, un enseignant de 41 ans, a également été tué.",
         ("killed", "civilians", 1, "Un civil")),
        ("en", "One soldier, a sergeant, was wounded.", ("injured", "combatants", 1, "One soldier")),
        # an adverb of degree between the auxiliary and the participle
        ("en", "Two soldiers were seriously wounded.", ("injured", "combatants", 2, "Two soldiers")),
        ("en", "Three civilians were critically injured.",
         ("injured", "civilians", 3, "Three civilians")),
        ("es", "Dos policías resultaron gravemente heridos.",
         ("injured", "combatants", 2, "Dos policías")),
        ("es", "Tres soldados fueron levemente heridos.", ("injured", "combatants", 3, "Tres soldados")),
        ("fr", "Deux gendarmes ont été gravement blessés.",
         ("injured", "combatants", 2, "Deux gendarmes")),
        ("de", "Zwei Polizisten wurden schwer verletzt.", ("injured", "combatants", 2, "Zwei Polizisten")),
        # wounded and died: killed
        ("en", "Two villagers were fatally wounded.", ("killed", "civilians", 2, "Two villagers")),
        ("es", "Un soldado resultó mortalmente herido.", ("killed", "combatants", 1, "Un soldado")),
        ("pt", "Um polícia foi mortalmente ferido.", ("killed", "combatants", 1, "Um polícia")),
        ("fr", "Deux soldats ont été mortellement blessés.", ("killed", "combatants", 2, "Deux soldats")),
        ("de", "Ein Soldat wurde tödlich verletzt.", ("killed", "combatants", 1, "Ein Soldat")),
        # hit by a shot
        ("pt", "Um jovem de 19 anos foi atingido na perna.",
         ("injured", "total", 1, "Um jovem de 19 anos")),
        ("es", "Dos agentes fueron alcanzados por disparos.", ("injured", "combatants", 2, "Dos agentes")),
        ("fr", "Un passant a été touché par balle.", ("injured", "civilians", 1, "Un passant")),
        # still held by captors
        ("fr", "Cinq otages seraient toujours retenus.", ("captured", "total", 5, "Cinq otages")),
        ("es", "Tres rehenes siguen retenidos.", ("captured", "total", 3, "Tres rehenes")),
        ("pt", "Quatro reféns continuam retidos.", ("captured", "total", 4, "Quatro reféns")),
        # a capitalised people name without a plural "-s" after a plural count
        ("pt", "O ataque deixou dois Guarani-Kaiowá feridos.",
         ("injured", "total", 2, "dois Guarani-Kaiowá")),
        ("fr", "Les assaillants ont tué trois Touareg.", ("killed", "total", 3, "trois Touareg")),
        ("es", "Los sicarios mataron a dos Wayuu.", ("killed", "total", 2, "dos Wayuu")),
        # an ordinal names one more of the group just named
        ("es", "Murieron cuatro soldados y fue capturado un quinto.",
         ("captured", "combatants", 1, "un quinto")),
        ("pt", "Morreram dois militares e um terceiro ficou ferido.",
         ("injured", "combatants", 1, "um terceiro")),
        ("fr", "Deux soldats ont été tués et un troisième a été blessé.",
         ("injured", "combatants", 1, "un troisième")),
        ("en", "Two policemen were killed and a third was wounded.",
         ("injured", "combatants", 1, "a third")),
        ("es", "Dos civiles murieron y una tercera persona resultó herida.",
         ("injured", "civilians", 1, "una tercera persona")),
        # refugees followed by a demonym
        ("fr", "Quelque 3 000 réfugiés soudanais ont fui vers le Tchad.",
         ("displaced", "civilians", 3000, "Quelque 3 000 réfugiés soudanais")),
    ],
)  # fmt: skip
def test_construction(lang: str, text: str, expected: Row) -> None:
    assert expected in _figures(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a verb of beating with no tail of death kills nobody
        ("es", "Los vecinos golpearon a palos a un hombre."),
        ("pt", "Os moradores espancaram dois homens."),
        # a verb of burning and things, or a tail with no verb before it
        ("es", "Los manifestantes quemaron dos autobuses."),
        ("fr", "Les émeutiers ont brûlé deux véhicules."),
        # a verb of leaving and no outcome's participle
        ("es", "La tormenta dejó a tres familias sin techo."),
        # one person who fled is the witness, not a figure
        ("pt", "Contou um residente que fugiu para a vila."),
        # hosted refugees are no figure
        ("fr", "Le camp accueille 12 000 réfugiés."),
        # a list of people joined by a conjunction is no apposition
        ("es", "Un soldado, un policía y un civil resultaron ilesos."),
        # a count between commas with no outcome after the closing comma
        ("pt", "Em Mocímboa, 40 pessoas, segundo a ONU, receberam ajuda."),
    ],
)
def test_not_a_figure(lang: str, text: str) -> None:
    assert _figures(text, lang) == []


def test_active_burning_does_not_count_its_subject() -> None:
    # "a brûlé vif" is an active perfect with its object after it: the crowd is no victim
    text = "Une foule a brûlé vif un homme accusé de vol."
    assert _figures(text, "fr") == [("killed", "civilians", 1, "un homme")]
