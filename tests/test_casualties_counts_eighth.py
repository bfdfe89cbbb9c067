"""Counts, subjects and outcomes fresh copy states that the reader missed (issue 14, the
eighth session of 2026-12-07, part F2): each construction in the languages that have it, on
sentences written for these tests, with sentences that must stay as they were
(docs/casualties-and-claims.md, "Eighth session (F2): counts, subjects and outcomes")."""

from __future__ import annotations

import pytest
from reading import WordedFigure as Row
from reading import worded_figures

from conflict_events.lexicon import load
from conflict_events.parse._counts import count_grammar, parse_count


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # a war's toll in vague words: a plural vague word joined to its scale ("Zehntausende"),
        # or its scale in the genitive with no word between ("десятки тысяч")
        (
            "de",
            "Nach Schätzungen wurden seither Zehntausende Menschen getötet.",
            [("Zehntausende Menschen", "killed", "total", 20000, 99999, "vague")],
        ),
        (
            "de",
            "Hunderttausende Menschen sind aus der Region geflohen.",
            [("Hunderttausende Menschen", "displaced", "total", 200000, 999999, "vague")],
        ),
        (
            "de",
            "Der Konflikt hat Zehntausende Tote gefordert.",
            [("Zehntausende Tote", "killed", "total", 20000, 99999, "vague")],
        ),
        (
            "ru",
            "В ходе войны погибли десятки тысяч человек.",
            [("десятки тысяч человек", "killed", "total", 20000, 99999, "vague")],
        ),
        (
            "ru",
            "Сотни тысяч человек были вынуждены покинуть свои дома.",
            [("Сотни тысяч человек", "displaced", "total", 200000, 999999, "vague")],
        ),
        (
            "ru",
            "Конфликт унес жизни десятков тысяч мирных жителей.",
            [("десятков тысяч мирных жителей", "killed", "civilians", 20000, 99999, "vague")],
        ),
        (
            "uk",
            "Загинули десятки тисяч людей.",
            [("десятки тисяч людей", "killed", "total", 20000, 99999, "vague")],
        ),
        (
            "uk",
            "Війна забрала життя десятків тисяч цивільних.",
            [("десятків тисяч цивільних", "killed", "civilians", 20000, 99999, "vague")],
        ),
        # security-service copy's "neutralised": killed, after the count, before it, or as a verb
        (
            "ru",
            "Нейтрализованы пять боевиков.",
            [("пять боевиков", "killed", "combatants", 5, 5, "exact")],
        ),
        (
            "ru",
            "Силовики нейтрализовали троих боевиков.",
            [("троих боевиков", "killed", "combatants", 3, 3, "exact")],
        ),
        (
            "ru",
            "Еще один фигурант был нейтрализован.",
            [("один фигурант", "killed", "total", 1, 1, "exact")],
        ),
        (
            "uk",
            "Нейтралізовано двох диверсантів.",
            [("двох диверсантів", "killed", "total", 2, 2, "exact")],
        ),
        (
            "uk",
            "Військові нейтралізували трьох бойовиків.",
            [("трьох бойовиків", "killed", "combatants", 3, 3, "exact")],
        ),
        (
            "uk",
            "Нейтралізовані четверо бойовиків.",
            [("четверо бойовиків", "killed", "combatants", 4, 4, "exact")],
        ),
        # a place adjunct ending in a region's noun after its name, between verb and object
        (
            "ru",
            "ФСБ задержала в Тверской области шестерых подозреваемых.",
            [("шестерых подозреваемых", "captured", "total", 6, 6, "exact")],
        ),
        (
            "ru",
            "Полицейские задержали в Курской области троих местных жителей.",
            [("троих местных жителей", "captured", "civilians", 3, 3, "exact")],
        ),
        (
            "ru",
            "Силовики задержали в Краснодарском крае двух мужчин.",
            [("двух мужчин", "captured", "total", 2, 2, "exact")],
        ),
        (
            "uk",
            "Правоохоронці затримали в Сумській області трьох чоловіків.",
            [("трьох чоловіків", "captured", "total", 3, 3, "exact")],
        ),
        (
            "uk",
            "Поліція затримала у Київській області двох підозрюваних.",
            [("двох підозрюваних", "captured", "total", 2, 2, "exact")],
        ),
        # a qualifier after an elided preposition ("d'au moins", "d'environ") keeps its bound
        (
            "fr",
            "Le bilan fait état d'au moins neuf morts.",
            [("au moins neuf morts", "killed", "total", 9, None, "at_least")],
        ),
        (
            "fr",
            "La police fait état d'environ 20 blessés.",
            [("environ 20 blessés", "injured", "total", 20, 20, "approximately")],
        ),
        (
            "fr",
            "Les secours parlent d’au moins 30 tués et d'une dizaine de blessés.",
            [
                ("au moins 30 tués", "killed", "total", 30, None, "at_least"),
                ("une dizaine de blessés", "injured", "total", 10, 10, "approximately"),
            ],
        ),
        (
            "fr",
            "Les autorités font état d'environ 300 déplacés.",
            [("environ 300 déplacés", "displaced", "total", 300, 300, "approximately")],
        ),
        # a force's loss of its people is their death; the loss of things, jobs or money is none
        (
            "fr",
            "L'armée déplore la perte de deux gendarmes.",
            [("deux gendarmes", "killed", "combatants", 2, 2, "exact")],
        ),
        (
            "fr",
            "La perte de 12 militaires a été confirmée.",
            [("12 militaires", "killed", "combatants", 12, 12, "exact")],
        ),
        (
            "es",
            "El ejército lamentó la pérdida de tres valientes soldados.",
            [("tres valientes soldados", "killed", "combatants", 3, 3, "exact")],
        ),
        (
            "pt",
            "O Exército lamentou a perda de dois soldados.",
            [("dois soldados", "killed", "combatants", 2, 2, "exact")],
        ),
        (
            "de",
            "Die Armee beklagt den Verlust von vier Soldaten.",
            [("vier Soldaten", "killed", "combatants", 4, 4, "exact")],
        ),
        (
            "en",
            "The army mourned the loss of four soldiers.",
            [("four soldiers", "killed", "combatants", 4, 4, "exact")],
        ),
        ("fr", "La perte de deux villages a été confirmée.", []),
        ("de", "Der Verlust von zwei Dörfern wurde bestätigt.", []),
        ("en", "The army confirmed the loss of three helicopters.", []),
        ("en", "The company expects a loss of 6.4 billion yen this year.", []),
        ("fr", "L'usine annonce la perte de 300 emplois.", []),
        ("de", "Die Firma meldet den Verlust von 300 Arbeitsplätzen.", []),
        # Arabic: one protester after a verbal noun; bodies in a construct (a dual, a count, one);
        # a bare singular outcome noun counts one; a one-word thousand and a joined rest
        (
            "ar",
            "قالت الشرطة إن الاشتباكات أسفرت عن مقتل متظاهر وإصابة ستة أشخاص.",
            [
                ("متظاهر", "killed", "civilians", 1, 1, "exact"),
                ("ستة أشخاص", "injured", "total", 6, 6, "exact"),
            ],
        ),
        (
            "ar",
            "أعلنت الشرطة مقتل محتج في المدينة.",
            [("محتج", "killed", "civilians", 1, 1, "exact")],
        ),
        (
            "ar",
            "نقلت سيارة الإسعاف جثتي شقيقتين إلى المستشفى.",
            [("شقيقتين", "killed", "civilians", 2, 2, "exact")],
        ),
        ("ar", "استقبل المستشفى جثتي طفلين.", [("طفلين", "killed", "civilians", 2, 2, "exact")]),
        (
            "ar",
            "عثر السكان على جثث ثلاثة رعاة.",
            [("ثلاثة رعاة", "killed", "civilians", 3, 3, "exact")],
        ),
        ("ar", "انتشلت فرق الإنقاذ جثة طفل.", [("طفل", "killed", "civilians", 1, 1, "exact")]),
        (
            "ar",
            "قتيل و3 جرحى بانفجار في الموصل",
            [
                ("قتيل", "killed", "total", 1, 1, "exact"),
                ("3 جرحى", "injured", "total", 3, 3, "exact"),
            ],
        ),
        ("ar", "جريح في انفجار عبوة ناسفة", [("جريح", "injured", "total", 1, 1, "exact")]),
        (
            "ar",
            "نزح نحو ألف و500 شخص خلال الليل.",
            [("نحو ألف و500 شخص", "displaced", "total", 1500, 1500, "approximately")],
        ),
        (
            "ar",
            "نزح ألفان و300 شخص.",
            [("ألفان و300 شخص", "displaced", "total", 2300, 2300, "exact")],
        ),
        ("ar", "قتل 200 قتيل.", [("200 قتيل", "killed", "total", 200, 200, "exact")]),
        # flight in the present, a headline's ("Hundreds flee")
        (
            "en",
            "Hundreds flee fighting in Sudan",
            [("Hundreds", "displaced", "total", 200, 999, "vague")],
        ),
        (
            "en",
            "Thousands of people flee the shelling",
            [("Thousands of people", "displaced", "total", 2000, 9999, "vague")],
        ),
        (
            "de",
            "Hunderte fliehen vor Kämpfen",
            [("Hunderte", "displaced", "total", 200, 999, "vague")],
        ),
        (
            "de",
            "Tausende Menschen flohen vor den Kämpfen.",
            [("Tausende Menschen", "displaced", "total", 2000, 9999, "vague")],
        ),
        (
            "tr",
            "Yüzlerce kişi çatışmalardan kaçıyor",
            [("Yüzlerce kişi", "displaced", "total", 200, 999, "vague")],
        ),
        (
            "ru",
            "Сотни человек бегут от боев",
            [("Сотни человек", "displaced", "total", 200, 999, "vague")],
        ),
        (
            "uk",
            "Сотні людей тікають від обстрілів",
            [("Сотні людей", "displaced", "total", 200, 999, "vague")],
        ),
        ("ar", "المئات يفرون من القتال", [("المئات", "displaced", "total", 200, 999, "vague")]),
        # after an outcome verb, a count with its own outcome noun ends the verb's list (an
        # outcome word before a people noun does not: "two other displaced people")
        (
            "uk",
            "Обстріл Херсона: загинули двоє людей, троє поранених",
            [
                ("двоє людей", "killed", "total", 2, 2, "exact"),
                ("троє поранених", "injured", "total", 3, 3, "exact"),
            ],
        ),
        (
            "ru",
            "Обстрел Белгорода: погиб мужчина, двое раненых",
            [
                ("мужчина", "killed", "total", 1, 1, "exact"),
                ("двое раненых", "injured", "total", 2, 2, "exact"),
            ],
        ),
        (
            "ru",
            "Погибли три человека, пятеро раненых.",
            [
                ("три человека", "killed", "total", 3, 3, "exact"),
                ("пятеро раненых", "injured", "total", 5, 5, "exact"),
            ],
        ),
        (
            "en",
            "Villagers struck back, killing four herders and two other displaced people near the river.",
            [
                ("four herders", "killed", "civilians", 4, 4, "exact"),
                ("two other displaced", "killed", "total", 2, 2, "exact"),
            ],
        ),
        # a toll's count noun, "of", an outcome noun and one modifier before the link
        (
            "es",
            "La cifra de víctimas mortales subió a nueve.",
            [("nueve", "killed", "total", 9, 9, "exact")],
        ),
        (
            "es",
            "La cifra de víctimas mortales ascendió a 12.",
            [("12", "killed", "total", 12, 12, "exact")],
        ),
        (
            "es",
            "El número de muertos civiles se elevó a 14.",
            [("14", "killed", "civilians", 14, 14, "exact")],
        ),
        # a conjunction joined to the next word ends a bare count ("عشرات الآلاف وشردت")
        (
            "ar",
            "أودت الحرب بحياة عشرات الآلاف وشردت الملايين.",
            [
                ("عشرات الآلاف", "killed", "total", 20000, 99999, "vague"),
                ("الملايين", "displaced", "total", 2000000, 9999999, "vague"),
            ],
        ),
        (
            "ar",
            "أودت الحرب بحياة الآلاف وشردت مئات الآلاف.",
            [
                ("الآلاف", "killed", "total", 2000, 9999, "vague"),
                ("مئات الآلاف", "displaced", "total", 200000, 999999, "vague"),
            ],
        ),
        # a toll's noun further back, its scope between; the people right after its outcome noun
        (
            "uk",
            "Кількість загиблих унаслідок нічної атаки російських ударних дронів на багатоповерховий житловий будинок у Подільському районі Києва зросла до дев'яти.",
            [("дев'яти", "killed", "total", 9, 9, "exact")],
        ),
        (
            "uk",
            "Кількість загиблих унаслідок ракетного удару по житловому кварталу Харкова в ніч на неділю зросла до семи.",
            [("семи", "killed", "total", 7, 7, "exact")],
        ),
        (
            "ru",
            "Число погибших в результате ночной атаки украинских беспилотников на жилой дом в Ленинском районе Донецка возросло до шести.",
            [("шести", "killed", "total", 6, 6, "exact")],
        ),
        (
            "ru",
            "Число погибших мирных жителей возросло до трех.",
            [("трех", "killed", "civilians", 3, 3, "exact")],
        ),
        (
            "uk",
            "Кількість загиблих цивільних зросла до п'яти.",
            [("п'яти", "killed", "civilians", 5, 5, "exact")],
        ),
        # a participle of going and its infinitive of purpose between the subject and its outcome
        (
            "fr",
            "Une trentaine de fillettes parties puiser de l'eau ont été enlevées mardi.",
            [("Une trentaine de fillettes", "captured", "civilians", 30, 30, "approximately")],
        ),
        (
            "fr",
            "Une dizaine de femmes sorties chercher de l'eau ont été enlevées.",
            [("Une dizaine de femmes", "captured", "civilians", 10, 10, "approximately")],
        ),
        (
            "fr",
            "Trois bergers partis abreuver leurs troupeaux ont été tués.",
            [("Trois bergers", "killed", "civilians", 3, 3, "exact")],
        ),
        # Turkish "etkisiz hale getirdi", the active, its object before it
        (
            "tr",
            "Güvenlik güçleri 5 teröristi etkisiz hale getirdi.",
            [("5 teröristi", "killed", "combatants", 5, 5, "exact")],
        ),
        (
            "tr",
            "Ordu onlarca militanı etkisiz hale getirdi.",
            [("onlarca militanı", "killed", "combatants", 20, 99, "vague")],
        ),
        (
            "tr",
            "Ordunun onlarca Taliban militanını etkisiz hale getirdiği bildirildi.",
            [("onlarca Taliban militanını", "killed", "combatants", 20, 99, "vague")],
        ),
        # "among the dead were also …": an adverb after the copula
        (
            "de",
            "Unter den Toten waren auch drei Kinder.",
            [("drei Kinder", "killed", "civilians", 3, 3, "exact")],
        ),
        (
            "en",
            "Among the dead were also six children.",
            [("six children", "killed", "civilians", 6, 6, "exact")],
        ),
        (
            "fr",
            "Parmi les morts figurent aussi deux enfants.",
            [("deux enfants", "killed", "civilians", 2, 2, "exact")],
        ),
        (
            "es",
            "Entre los muertos hay también dos niños.",
            [("dos niños", "killed", "civilians", 2, 2, "exact")],
        ),
        (
            "pt",
            "Entre os mortos estão também duas crianças.",
            [("duas crianças", "killed", "civilians", 2, 2, "exact")],
        ),
        (
            "ru",
            "Среди погибших оказались также двое детей.",
            [("двое детей", "killed", "civilians", 2, 2, "exact")],
        ),
        (
            "uk",
            "Серед загиблих опинилися також двоє дітей.",
            [("двоє дітей", "killed", "civilians", 2, 2, "exact")],
        ),
        # "among the abducted": captured
        (
            "de",
            "Unter den Entführten waren auch vier Schüler.",
            [("vier Schüler", "captured", "civilians", 4, 4, "exact")],
        ),
        (
            "en",
            "Among the abducted were six children.",
            [("six children", "captured", "civilians", 6, 6, "exact")],
        ),
        (
            "en",
            "Among the kidnapped were also two nurses.",
            [("two nurses", "captured", "civilians", 2, 2, "exact")],
        ),
        (
            "fr",
            "Parmi les enlevés figurent six enfants.",
            [("six enfants", "captured", "civilians", 6, 6, "exact")],
        ),
        (
            "es",
            "Entre los secuestrados hay seis niños.",
            [("seis niños", "captured", "civilians", 6, 6, "exact")],
        ),
        (
            "pt",
            "Entre os sequestrados estão seis crianças.",
            [("seis crianças", "captured", "civilians", 6, 6, "exact")],
        ),
        (
            "ru",
            "Среди похищенных оказались шестеро детей.",
            [("шестеро детей", "captured", "civilians", 6, 6, "exact")],
        ),
        (
            "uk",
            "Серед викрадених опинилися шестеро дітей.",
            [("шестеро дітей", "captured", "civilians", 6, 6, "exact")],
        ),
        # German: one traveller after the article
        (
            "de",
            "Die Entführer haben einen Passagier erschossen.",
            [("einen Passagier", "killed", "civilians", 1, 1, "exact")],
        ),
        (
            "de",
            "Die Angreifer hätten einen Fahrgast verschleppt.",
            [("einen Fahrgast", "captured", "civilians", 1, 1, "exact")],
        ),
        # people counted among the dead or the hostages, the noun after its verb
        (
            "fr",
            "Trois enfants figurent parmi les morts.",
            [("Trois enfants", "killed", "civilians", 3, 3, "exact")],
        ),
        (
            "fr",
            "Deux infirmières figurent parmi les otages.",
            [("Deux infirmières", "captured", "civilians", 2, 2, "exact")],
        ),
        (
            "en",
            "Two nurses were among the hostages.",
            [("Two nurses", "captured", "civilians", 2, 2, "exact")],
        ),
        (
            "es",
            "Tres niños están entre los muertos.",
            [("Tres niños", "killed", "civilians", 3, 3, "exact")],
        ),
        (
            "es",
            "Dos enfermeras están entre los secuestrados.",
            [("Dos enfermeras", "captured", "civilians", 2, 2, "exact")],
        ),
        (
            "pt",
            "Três crianças estão entre os mortos.",
            [("Três crianças", "killed", "civilians", 3, 3, "exact")],
        ),
        (
            "ru",
            "Двое полицейских оказались среди раненых.",
            [("Двое полицейских", "injured", "combatants", 2, 2, "exact")],
        ),
        (
            "uk",
            "Троє дітей опинилися серед загиблих.",
            [("Троє дітей", "killed", "civilians", 3, 3, "exact")],
        ),
        (
            "fr",
            "Trois enfants ont été tués, parmi les morts figurent deux bébés.",
            [
                ("Trois enfants", "killed", "civilians", 3, 3, "exact"),
                ("deux bébés", "killed", "civilians", 2, 2, "exact"),
            ],
        ),
        # a second predicate of the figure's people after a first one and a conjunction (not one
        # with an object of its own), and after an apposition that opens with an age
        (
            "ru",
            "Ещё один боевик оказал сопротивление и был нейтрализован.",
            [("один боевик", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "uk",
            "Ще один бойовик чинив опір і був нейтралізований.",
            [("один бойовик", "killed", "combatants", 1, 1, "exact")],
        ),
        (
            "en",
            "Another suspect opened fire and was killed.",
            [("Another suspect", "killed", "total", 1, 1, "exact")],
        ),
        (
            "en",
            "Five people were in the car and died.",
            [("Five people", "killed", "total", 5, 5, "exact")],
        ),
        (
            "en",
            "Dozens of students protested and were detained.",
            [("Dozens of students", "captured", "civilians", 24, 99, "vague")],
        ),
        (
            "fr",
            "Un autre suspect a ouvert le feu et a été abattu.",
            [("Un autre suspect", "killed", "total", 1, 1, "exact")],
        ),
        (
            "es",
            "Otro sospechoso abrió fuego y fue abatido.",
            [("Otro sospechoso", "killed", "total", 1, 1, "exact")],
        ),
        (
            "pt",
            "Outro suspeito abriu fogo e foi morto.",
            [("Outro suspeito", "killed", "total", 1, 1, "exact")],
        ),
        (
            "tr",
            "Bir şüpheli ateş açtı ve öldürüldü.",
            [("Bir şüpheli", "killed", "total", 1, 1, "exact")],
        ),
        (
            "en",
            "Five soldiers stormed the house and killed two.",
            [("two", "killed", "total", 2, 2, "exact")],
        ),
        (
            "en",
            "Two gunmen attacked the village and killed a farmer.",
            [("a farmer", "killed", "civilians", 1, 1, "exact")],
        ),
        (
            "en",
            "Twelve people attended the funeral and three were killed.",
            [("three", "killed", "total", 3, 3, "exact")],
        ),
        ("en", "The raiders beat and tied up several herders and seized their cattle.", []),
        (
            "fr",
            "Selon la police, deux suspects ont ouvert le feu et ont été abattus.",
            [("deux suspects", "killed", "total", 2, 2, "exact")],
        ),
        (
            "ru",
            "Ещё один фигурант, 35-летний житель Нальчика, был нейтрализован.",
            [("один фигурант", "killed", "total", 1, 1, "exact")],
        ),
        (
            "uk",
            "Ще один підозрюваний, 40-річний мешканець Сум, був затриманий.",
            [("один підозрюваний", "captured", "total", 1, 1, "exact")],
        ),
        # "among" a two-word outcome noun ("las víctimas mortales"); fr "restent portés disparus"
        (
            "es",
            "Entre las víctimas mortales figura un estudiante de 16 años.",
            [("un estudiante de 16 años", "killed", "civilians", 1, 1, "exact")],
        ),
        (
            "pt",
            "Entre as vítimas mortais está um professor de 40 anos.",
            [("um professor de 40 anos", "killed", "civilians", 1, 1, "exact")],
        ),
        (
            "fr",
            "Deux bergers restent portés disparus.",
            [("Deux bergers", "missing", "civilians", 2, 2, "exact")],
        ),
        (
            "fr",
            "Un pêcheur reste introuvable.",
            [("Un pêcheur", "missing", "civilians", 1, 1, "exact")],
        ),
        # Ukrainian "змушені залишити" (forced to leave), as "вимушені залишити"
        (
            "uk",
            "Сотні людей були змушені залишити свої домівки.",
            [("Сотні людей", "displaced", "total", 200, 999, "vague")],
        ),
        (
            "uk",
            "Понад 300 мешканців були змушені покинути село.",
            [("Понад 300 мешканців", "displaced", "civilians", 300, None, "more_than")],
        ),
        # the noun of losing with its count in the genitive, read as a verb of losing (ru, uk)
        (
            "ru",
            "Министерство подтвердило потерю четырех военнослужащих.",
            [("четырех военнослужащих", "killed", "combatants", 4, 4, "exact")],
        ),
        (
            "uk",
            "Міністерство підтвердило втрату трьох військовослужбовців.",
            [("трьох військовослужбовців", "killed", "combatants", 3, 3, "exact")],
        ),
        ("ru", "Компания сообщила о потере 300 рабочих мест.", []),
        # supporters of a group: people of no side by the noun (ru, uk; the other languages read them)
        (
            "ru",
            "ФСБ задержала в Тверской области семь сторонников ячейки.",
            [("семь сторонников ячейки", "captured", "total", 7, 7, "exact")],
        ),
        (
            "uk",
            "СБУ затримала дев'ять прихильників угруповання.",
            [("дев'ять прихильників угруповання", "captured", "total", 9, 9, "exact")],
        ),
    ],
)
def test_construction(lang: str, text: str, expected: list[Row]) -> None:
    assert worded_figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "low", "high"),
    [
        # a one-word round number, a joined conjunction and the rest in digits
        ("ar", "ألف و200", 1200, 1200),
        ("ar", "نحو ألف و750", 1750, 1750),
        ("ar", "ألفان و300", 2300, 2300),
        ("ar", "مائتان و50", 250, 250),
        # a plural vague word joined to its scale, or with its scale in the genitive
        ("de", "Zehntausende", 20000, 99999),
        ("de", "Hunderttausenden", 200000, 999999),
        ("ru", "десятков тысяч", 20000, 99999),
        ("uk", "сотні тисяч", 200000, 999999),
        ("ar", "الملايين", 2000000, 9999999),
    ],
)
def test_count(lang: str, text: str, low: int, high: int) -> None:
    count = parse_count(text, lexicon=lang)
    assert (count.low, count.high) == (low, high)


def test_rest_only_after_a_round_number() -> None:
    """A unit before the joined rest is no round number: "ثلاثة و4" is two counts."""
    phrase = count_grammar(load("ar")).phrase
    assert [m.group() for m in phrase.finditer("ثلاثة و4")] == ["ثلاثة", "4"]
