"""One article of a corpus: its id, text, publication date and where it came from."""

from __future__ import annotations

import datetime as dt

import attrs

from conflict_events._errors import Problem, ValidationError

__all__ = ["Article"]


def _date(value: object) -> dt.date | None:
    """A publication date given as a date, a datetime or an ISO string ("2024-11-30")."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
    raise ValidationError(
        [Problem("$.published", f"must be a date or an ISO date string, got {value!r:.80}")],
        "Article",
    )


def _optional_text(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValidationError(
            [Problem("$", f"must be a string or None, got {type(value).__name__}")], "Article"
        )
    return value.strip() or None


@attrs.frozen(kw_only=True)
class Article:
    """An article to extract from.  ``published`` anchors its relative dates (None: read from
    the text's dateline); ``source`` names the outlet; ``url`` (an http(s) URL) and ``id``
    travel into every record made from it.

    >>> Article(id="a1", text="Rebels took the town on Monday.", published="2024-11-30")
    Article(id='a1', text='Rebels took the town on Monday.', published=datetime.date(2024, 11, 30), source=None, url=None, language=None)
    >>> Article(id="a1", text="...", url="example.org/a1")
    Traceback (most recent call last):
    ...
    conflict_events.ValidationError: 1 problem in Article:
      $.url: must be an http(s) URL, got 'example.org/a1'
    """

    id: str
    text: str
    published: dt.date | None = attrs.field(default=None, converter=_date)
    source: str | None = attrs.field(default=None, converter=_optional_text)
    url: str | None = attrs.field(default=None, converter=_optional_text)
    language: str | None = attrs.field(default=None, converter=_optional_text)

    def __attrs_post_init__(self) -> None:
        problems = []
        if not isinstance(self.id, str) or not self.id.strip():
            problems.append(Problem("$.id", f"must be a non-empty string, got {self.id!r:.80}"))
        if not isinstance(self.text, str):
            problems.append(Problem("$.text", f"must be a string, got {type(self.text).__name__}"))
        # The url goes into every attribution made from the article, which takes http(s) only.
        if self.url is not None and (
            not self.url.startswith(("http://", "https://")) or any(c.isspace() for c in self.url)
        ):
            problems.append(Problem("$.url", f"must be an http(s) URL, got {self.url!r:.80}"))
        if problems:
            raise ValidationError(problems, "Article")
