"""``extract_many``: extraction over a corpus, on every core of one machine, in input order.

Work is shipped to a process pool in chunks of articles, with a bounded number of chunks in
flight, so memory stays constant however long the stream; results come back in input order.
The default registry and gazetteer (or the caller's) are built once in the parent before the
workers start: with the ``fork`` start method (Linux) every worker shares them, with ``spawn``
each worker receives them pickled once, at start-up — never once per article.  Past one
machine the same per-article function runs inside Spark or Dask (``docs/corpus.md``); the
library ships no scheduler of its own.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING, Any

from conflict_events._errors import ConflictEventsError
from conflict_events.corpus._article import Article

if TYPE_CHECKING:
    from conflict_events.extract._report import ArticleReport
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

__all__ = ["ArticleError", "extract_article", "extract_many"]


class ArticleError(ConflictEventsError, ValueError):
    """An article of a corpus that could not be read: its id and why.

    >>> ArticleError("a1", "MissingAnchorError: no publication date")
    ArticleError('article a1: MissingAnchorError: no publication date')
    """

    def __init__(self, article_id: str, reason: str) -> None:
        self.article_id = article_id
        self.reason = reason
        super().__init__(f"article {article_id}: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.article_id, self.reason))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleError) or type(other) is not type(self):
            return NotImplemented
        return (self.article_id, self.reason) == (other.article_id, other.reason)

    def __hash__(self) -> int:
        return hash((self.article_id, self.reason))


def extract_article(
    article: Article,
    *,
    registry: ActorRegistry | None = None,
    gazetteer: Gazetteer | None = None,
) -> ArticleReport:
    """The report of one article, carrying its id and url — the url in every attribution too
    (the function the pool, Spark and Dask run per article).

    >>> a = Article(id="a1", text="Rebels took Saraqib on Thursday.", published="2024-11-30",
    ...             url="https://example.org/a1")
    >>> r = extract_article(a)
    >>> r.article_id, r.url, r.dates[0].when.start.isoformat()
    ('a1', 'https://example.org/a1', '2024-11-28')
    >>> extract_article(Article(id="a2", text="Shelling killed 4 on Monday.", published="2024-11-30",
    ...     url="https://example.org/a2")).casualties[0].attribution.url
    'https://example.org/a2'
    """
    from conflict_events.extract._report import extract_report

    return extract_report(
        article.text,
        published=article.published,
        source=article.source,
        registry=registry,
        gazetteer=gazetteer,
        article_id=article.id,
        url=article.url,
    )


# The worker's registry and gazetteer, set once by _start_worker.
_WORKER: dict[str, Any] = {}


def _defaults(
    registry: ActorRegistry | None, gazetteer: Gazetteer | None
) -> tuple[ActorRegistry, Gazetteer]:
    from conflict_events.resolve._gazetteer import Gazetteer
    from conflict_events.resolve._registry import ActorRegistry

    return (
        registry if registry is not None else ActorRegistry.default(),
        gazetteer if gazetteer is not None else Gazetteer.default(),
    )


def _start_worker(registry: ActorRegistry | None, gazetteer: Gazetteer | None) -> None:
    _WORKER["registry"], _WORKER["gazetteer"] = _defaults(registry, gazetteer)


def _one(
    article: Article, registry: ActorRegistry, gazetteer: Gazetteer
) -> ArticleReport | ArticleError:
    try:
        return extract_article(article, registry=registry, gazetteer=gazetteer)
    except ConflictEventsError as error:
        return ArticleError(article.id, f"{type(error).__name__}: {error}")


def _work(chunk: list[Article]) -> list[ArticleReport | ArticleError]:
    registry, gazetteer = _WORKER["registry"], _WORKER["gazetteer"]
    return [_one(article, registry, gazetteer) for article in chunk]


def _as_article(item: Article | str, number: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(id=str(number), text=item)
    raise TypeError(f"extract_many takes Article objects or strings, got {type(item).__name__}")


def _chunks(items: Iterable[Article | str], size: int) -> Iterator[list[Article]]:
    numbered = (_as_article(item, n) for n, item in enumerate(items, start=1))
    while chunk := list(islice(numbered, size)):
        yield chunk


class _Progress:
    """Articles done and articles per second, on one line of standard error (or a callback)."""

    def __init__(self, show: bool | Callable[[int, float], None]) -> None:
        self._show = show
        self._start = time.perf_counter()
        self._last = 0.0
        self.done = 0

    def add(self, count: int) -> None:
        self.done += count
        if not self._show:
            return
        elapsed = time.perf_counter() - self._start
        if callable(self._show):
            self._show(self.done, elapsed)
        elif elapsed - self._last >= 0.5:
            self._last = elapsed
            rate = self.done / elapsed if elapsed else 0.0
            sys.stderr.write(f"\r{self.done} articles, {rate:.1f} articles/s")
            sys.stderr.flush()

    def close(self) -> None:
        if self._show is True:
            elapsed = time.perf_counter() - self._start
            rate = self.done / elapsed if elapsed else 0.0
            sys.stderr.write(f"\r{self.done} articles, {rate:.1f} articles/s\n")
            sys.stderr.flush()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def extract_many(
    articles: Iterable[Article | str],
    *,
    jobs: int | None = None,
    registry: ActorRegistry | None = None,
    gazetteer: Gazetteer | None = None,
    progress: bool | Callable[[int, float], None] = False,
    lenient: bool = False,
    errors: list[ArticleError] | None = None,
    chunk_size: int = 8,
) -> Iterator[ArticleReport]:
    """The reports of ``articles`` (:class:`Article` s, or plain texts numbered from 1), in
    input order, extracted on ``jobs`` processes (default: every core; 1 runs in this
    process).  Each report carries its article's id and url.

    An article that cannot be read (no publication date and no dateline, say) raises
    :class:`ArticleError`; with ``lenient=True`` it is appended to ``errors`` and the rest go
    on.  ``progress=True`` shows articles done and articles per second on standard error; a
    callable is called with ``(done, seconds)`` instead.

    >>> texts = ["Rebels took Saraqib on Thursday.", "Shelling killed four on Monday."]
    >>> articles = [Article(id=f"a{i}", text=t, published="2024-11-30") for i, t in enumerate(texts)]
    >>> [r.article_id for r in extract_many(articles, jobs=1)]
    ['a0', 'a1']
    """
    if jobs is None:
        jobs = _cores()
    if not isinstance(jobs, int) or isinstance(jobs, bool) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer, got {jobs!r}")
    if not isinstance(chunk_size, int) or chunk_size < 1:
        raise ValueError(f"chunk_size must be a positive integer, got {chunk_size!r}")
    meter = _Progress(progress)
    try:
        if jobs == 1:
            registry, gazetteer = _defaults(registry, gazetteer)
            for chunk in _chunks(articles, chunk_size):
                results = [_one(article, registry, gazetteer) for article in chunk]
                yield from _emit(results, lenient, errors)
                meter.add(len(chunk))
        else:
            yield from _pooled(
                articles, jobs, registry, gazetteer, chunk_size, lenient, errors, meter
            )
    finally:
        meter.close()


def _emit(
    results: list[ArticleReport | ArticleError], lenient: bool, errors: list[ArticleError] | None
) -> Iterator[ArticleReport]:
    for result in results:
        if isinstance(result, ArticleError):
            if not lenient:
                raise result
            if errors is not None:
                errors.append(result)
        else:
            yield result


def _context() -> Any:
    # fork shares the parent's registry, gazetteer and compiled grammars with every worker;
    # elsewhere (or where fork is unavailable) spawn pickles them once per worker.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _warm(registry: ActorRegistry, gazetteer: Gazetteer) -> None:
    """Compile the grammars in the parent, so that forked workers start warm."""
    import datetime as dt

    from conflict_events.extract._report import extract_report

    extract_report(
        "Rebels said on Monday that at least 3 soldiers were killed near Aleppo.",
        published=dt.date(2024, 1, 1),
        registry=registry,
        gazetteer=gazetteer,
    )


def _pooled(
    articles: Iterable[Article | str],
    jobs: int,
    registry: ActorRegistry | None,
    gazetteer: Gazetteer | None,
    chunk_size: int,
    lenient: bool,
    errors: list[ArticleError] | None,
    meter: _Progress,
) -> Iterator[ArticleReport]:
    context = _context()
    built = _defaults(registry, gazetteer)
    if context.get_start_method() == "fork":
        _warm(*built)
    chunks = _chunks(articles, chunk_size)
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=context, initializer=_start_worker, initargs=built
    )
    pending: deque[tuple[int, Future[list[ArticleReport | ArticleError]]]] = deque()
    try:
        for chunk in islice(chunks, 2 * jobs):
            pending.append((len(chunk), pool.submit(_work, chunk)))
        while pending:
            size, future = pending.popleft()
            results = future.result()
            for chunk in islice(chunks, 1):
                pending.append((len(chunk), pool.submit(_work, chunk)))
            yield from _emit(results, lenient, errors)
            meter.add(size)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
