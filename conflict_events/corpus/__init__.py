"""From a corpus to records: articles read from folders, JSON Lines, CSV or Parquet, and
``extract_many`` over them on every core, in input order.

``docs/corpus.md`` gives the formats, the flat tables (:mod:`conflict_events.tables`) and the
Spark / Dask recipes.
"""

from __future__ import annotations

from conflict_events.corpus._article import Article
from conflict_events.corpus._many import ArticleError, extract_article, extract_many
from conflict_events.corpus._readers import COLUMNS, read_articles

__all__ = [
    "COLUMNS",
    "Article",
    "ArticleError",
    "extract_article",
    "extract_many",
    "read_articles",
]
