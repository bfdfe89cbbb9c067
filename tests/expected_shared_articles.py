"""What a careful reader finds in the two shared articles (``../shared/data/articles/``),
written by hand from reading them; used by ``tests/test_shared_articles.py`` and printed by
``benchmarks/extract.py`` next to what the extractor finds.

Publication dates (the articles carry no dateline, so the anchor is inferred and given):

* ``001`` — 2024-11-30 (a Saturday).  It reports the Observatory's toll of "over 300" and the
  first Russian strikes on Aleppo since 2016, both reported on 30 November 2024, and says the
  offensive began "Since Wednesday" (27 November, the day the HTS offensive started).
* ``004`` — 2024-12-02 (a Monday).  It says the assault "began last week" and that the push
  "began Friday with the capture of Aleppo", and reports the government's counter-attacks
  and reinforcements for Hama of the following days; with the Monday after, "last week" is
  25 November - 1 December (containing the start on the 27th) and "Friday" the 29th, the day
  rebels entered Aleppo.

Figures: (outcome, group, qualifier, low, high, source id, source name as written, claim).
An unattributed figure carries the article (no outlet is known: source name "the article").
Population ("home to more than 2 million people") and counts of things ("airstrikes") are no
casualty figures, so ``004`` has none.
"""

from __future__ import annotations

import datetime as dt

ARTICLE_001 = "001_f1315c9565e2dbcb.txt"
ARTICLE_004 = "004_75869b3a3aafaab9.txt"

ANCHORS = {ARTICLE_001: dt.date(2024, 11, 30), ARTICLE_004: dt.date(2024, 12, 2)}

Figure = tuple[str, str, str, int | None, int | None, str | None, str | None, str]

FIGURES: dict[str, list[Figure]] = {
    ARTICLE_001: [
        # "The clashes have led to over 300 deaths, including 183 from HTS and allied
        # factions, 100 government soldiers, and 28 civilians."
        ("killed", "total", "more_than", 300, None, None, "the article", "reported"),
        ("killed", "actor:hts", "exact", 183, 183, None, "the article", "reported"),
        ("killed", "actor:syria-mil", "exact", 100, 100, None, "the article", "reported"),
        ("killed", "civilians", "exact", 28, 28, None, "the article", "reported"),
        # "State media reported that HTS shelled a student residence, killing four civilians"
        ("killed", "civilians", "exact", 4, 4, None, "State media", "reported"),
    ],
    ARTICLE_004: [],
}

# Date expressions as written, with the span the design (docs/design.md#dates) gives them: (text, start, end).
DATES: dict[str, list[tuple[str, dt.date, dt.date]]] = {
    ARTICLE_001: [
        ("Since Wednesday", dt.date(2024, 11, 27), dt.date(2024, 11, 30)),  # since X: X .. anchor
        ("since 2016", dt.date(2016, 1, 1), dt.date(2024, 11, 30)),
        ("since 2020", dt.date(2020, 1, 1), dt.date(2024, 11, 30)),
    ],
    ARTICLE_004: [
        ("last week", dt.date(2024, 11, 25), dt.date(2024, 12, 1)),  # the previous ISO week
        ("2011", dt.date(2011, 1, 1), dt.date(2011, 12, 31)),  # "since its onset in 2011"
        ("Friday", dt.date(2024, 11, 29), dt.date(2024, 11, 29)),  # past: last Friday <= anchor
        ("since 2020", dt.date(2020, 1, 1), dt.date(2024, 12, 2)),
    ],
}

# Engagements a careful reader codes, each as (sub-event type, location name, faction leads,
# start, end); the extractor must find every one (it may find more candidates).
Engagement = tuple[str, str | None, tuple[str, ...], dt.date, dt.date]
ENGAGEMENTS: dict[str, list[Engagement]] = {
    ARTICLE_001: [
        # HTS-led rebels take most of Aleppo; no date in the sentence or before it, so the
        # documented fallback is the week up to publication.
        (
            "non_state_actor_overtakes_territory",
            "Aleppo",
            ("actor:hts", "actor:syria-gov"),
            dt.date(2024, 11, 24),
            dt.date(2024, 11, 30),
        ),
        # "Since Wednesday, HTS and allied Turkish-backed factions have launched a lightning
        # assault against ... government forces"
        (
            "armed_clash",
            None,
            ("actor:hts", "actor:syria-mil"),
            dt.date(2024, 11, 27),
            dt.date(2024, 11, 30),
        ),
        # the army's claim of regaining positions, and the rebels' seizure of Saraqib
        (
            "government_regains_territory",
            None,
            ("actor:syria-mil",),
            dt.date(2024, 11, 27),
            dt.date(2024, 11, 30),
        ),
        (
            "non_state_actor_overtakes_territory",
            "Saraqib",
            (),
            dt.date(2024, 11, 27),
            dt.date(2024, 11, 30),
        ),
        # the clashes with the toll: each side that lost men is a faction
        (
            "armed_clash",
            None,
            ("actor:hts", "actor:syria-mil"),
            dt.date(2024, 11, 27),
            dt.date(2024, 11, 30),
        ),
        # "State media reported that HTS shelled a student residence"
        (
            "shelling_artillery_missile_attack",
            None,
            ("actor:hts",),
            dt.date(2024, 11, 27),
            dt.date(2024, 11, 30),
        ),
        # regime forces withdrawing from the city centre without a fight
        (
            "non_violent_transfer_of_territory",
            None,
            ("actor:syria-mil",),
            dt.date(2024, 11, 27),
            dt.date(2024, 11, 30),
        ),
    ],
    ARTICLE_004: [
        # "seizing control of Aleppo in a lightning assault that began last week"
        (
            "non_state_actor_overtakes_territory",
            "Aleppo",
            (),
            dt.date(2024, 11, 25),
            dt.date(2024, 12, 1),
        ),
        # "The capture of Aleppo by HTS and its allies"
        (
            "non_state_actor_overtakes_territory",
            "Aleppo",
            ("actor:hts",),
            dt.date(2024, 11, 29),
            dt.date(2024, 11, 29),
        ),
    ],
}
