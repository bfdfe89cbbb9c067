"""Each model class's validation, written once as data.

A class declares a :class:`Rule` per field (a chain of :class:`Step`: a Python test on the
value ``_v`` and the message when it fails) and its cross-field :class:`Relation` functions
(each returns the problems it finds, ``()`` when there are none).  From that one source
:class:`Rules` derives both

* ``valid(obj)``: a predicate compiled once per class (source text and ``compile``, as attrs
  makes ``__init__``), every field's tests and-ed together and every relation asked for no
  problem: the cheap path each constructor takes, and
* ``problems(obj)``: every problem with its path, each field's first failing step and the
  relations whose fields passed, for the :class:`ValidationError` a caller sees whole.

So ``valid(obj)`` is exactly ``not problems(obj)`` (the tests check it on valid and broken
values), and a rule added to a class reaches both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import Enum
from typing import Any, NoReturn

import attrs

from conflict_events._errors import Problem, ValidationError
from conflict_events.model._trusted import slot_setters, trusted, trusted_constructor

__all__ = [
    "COUNTRY_RE",
    "ID_RE",
    "LANGUAGE_RE",
    "RULES",
    "SUGGESTION_CUTOFF",
    "Check",
    "Relation",
    "Rule",
    "Rules",
    "Step",
    "duplicates",
    "is_valid",
    "problems_of",
    "slot_setters",
    "suggestions",
    "to_tuple",
    "trusted",
    "trusted_constructor",
]

ID_RE = re.compile(r"[a-z][a-z0-9_-]*:[A-Za-z0-9][A-Za-z0-9._:/~-]*")
COUNTRY_RE = re.compile(r"[A-Z]{2}")
LANGUAGE_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")

#: The lowest ``rapidfuzz.fuzz.WRatio`` score (0-100, after lower-casing) at which an allowed
#: value is offered as "did you mean": 75 catches a typo or a missing letter ("rnage" ->
#: 'range', "battle" -> 'battles', "explosion" -> 'explosions_remote_violence') and offers
#: nothing for an unrelated word ("war", "roughly").
SUGGESTION_CUTOFF = 75.0

#: How many suggestions a message gives at most.
MAX_SUGGESTIONS = 3

# Names every step's test may use.
_ENV: dict[str, Any] = {
    "_ID": ID_RE.fullmatch,
    "_COUNTRY": COUNTRY_RE.fullmatch,
    "_LANGUAGE": LANGUAGE_RE.fullmatch,
    "_date": dt.date,
    "_bool": bool,
}


def to_tuple(value: Any) -> Any:
    """An attrs converter: lists become tuples; anything else is left for the check."""
    if isinstance(value, list):
        return tuple(value)
    return value


def duplicates(values: Iterable[Any]) -> list[Any]:
    """The values seen more than once, in order of their second appearance.

    >>> duplicates(["a", "b", "a", "a"])
    ['a']
    """
    seen: set[Any] = set()
    dup: list[Any] = []
    for v in values:
        if v in seen and v not in dup:
            dup.append(v)
        seen.add(v)
    return dup


def suggestions(value: object, allowed: Sequence[str]) -> list[str]:
    """The allowed values closest to ``value`` (``rapidfuzz`` WRatio at least
    :data:`SUGGESTION_CUTOFF`, best first, at most :data:`MAX_SUGGESTIONS`); none for a value
    that is no string.

    >>> suggestions("rnage", ["exact", "range", "vague"])
    ['range']
    >>> suggestions("war", ["battles", "riots"])
    []
    """
    if not isinstance(value, str) or not value.strip():
        return []
    # Imported here: only an error message needs it, and importing the package stays light.
    from rapidfuzz import fuzz, process, utils

    found = process.extract(
        value,
        allowed,
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=MAX_SUGGESTIONS,
        score_cutoff=SUGGESTION_CUTOFF,
    )
    return [choice for choice, _score, _index in found]


def _article(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


# -- rules ----------------------------------------------------------------------------------
@attrs.frozen
class Step:
    """One test of a value: ``test`` is a Python expression in ``_v`` (and the names of
    ``env``) that is true when the value passes, given that the earlier steps passed;
    ``message`` says what is wrong with a value that fails."""

    test: str
    message: Callable[[Any], str] = attrs.field(eq=False)
    env: Mapping[str, Any] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class Rule:
    """A field's checks: its steps in order (the first that fails is reported), whether
    ``None`` is allowed, and for a tuple the rule of each item (reported as ``field[i]``)."""

    steps: tuple[Step, ...]
    optional: bool = False
    each: Rule | None = None


@attrs.frozen
class Relation:
    """A rule across fields, run once the fields it ``needs`` have passed their own rules:
    ``problems(obj)`` returns (field, message) pairs, ``()`` when there is none.  ``when``, an
    expression over ``{field}`` names, says when the rule applies at all (both forms skip it
    otherwise): a cheap guard that saves the call in the common case."""

    needs: tuple[str, ...]
    problems: Callable[[Any], Sequence[tuple[str, str]]]
    when: str | None = None
    env: Mapping[str, Any] = attrs.field(factory=dict, eq=False)


@attrs.frozen
class Check:
    """A rule across fields that is one test: ``test``, an expression over ``{field}`` names,
    is true when the value is fine; otherwise ``message(obj)`` is the problem at ``field``.
    Like a relation it runs once the fields it ``needs`` have passed their own rules."""

    needs: tuple[str, ...]
    test: str
    field: str
    message: Callable[[Any], str] = attrs.field(eq=False)
    env: Mapping[str, Any] = attrs.field(factory=dict, eq=False)


def integer(*, optional: bool = False, lo: int | None = None, hi: int | None = None) -> Rule:
    steps = [
        Step(
            "type(_v) is int or (isinstance(_v, int) and not isinstance(_v, _bool))",
            lambda v: f"must be an integer, got {v!r}",
        )
    ]
    if lo is not None:
        steps.append(Step(f"_v >= {lo!r}", lambda v: f"must be >= {lo}, got {v!r}"))
    if hi is not None:
        steps.append(Step(f"_v <= {hi!r}", lambda v: f"must be <= {hi}, got {v!r}"))
    return Rule(tuple(steps), optional)


_IS_STR = Step("isinstance(_v, str)", lambda v: f"must be a string, got {v!r}")
_NOT_BLANK = Step("_bool(_v.strip())", lambda v: f"must not be empty or blank, got {v!r}")


def string(*, optional: bool = False, nonempty: bool = True, then: Step | None = None) -> Rule:
    steps = [_IS_STR]
    if nonempty:
        steps.append(_NOT_BLANK)
    if then is not None:
        steps.append(then)
    return Rule(tuple(steps), optional)


def identifier(*, optional: bool = False) -> Rule:
    return string(
        optional=optional,
        then=Step(
            "_ID(_v) is not None",
            lambda v: f"must be an id like 'actor:hts' (type:key, no spaces), got {v!r}",
        ),
    )


def country() -> Rule:
    return Rule(
        (
            Step(
                "isinstance(_v, str) and _COUNTRY(_v) is not None",
                lambda v: f"must be an ISO 3166-1 alpha-2 code such as 'SY', got {v!r}",
            ),
        ),
        optional=True,
    )


def date(*, optional: bool = False) -> Rule:
    return Rule(
        (Step("type(_v) is _date", lambda v: f"must be a datetime.date, got {v!r}"),), optional
    )


def boolean() -> Rule:
    return Rule((Step("isinstance(_v, _bool)", lambda v: f"must be true or false, got {v!r}"),))


def number(lo: float, hi: float) -> Rule:
    return Rule(
        (
            Step(
                "type(_v) is float or (isinstance(_v, (int, float)) and not isinstance(_v, _bool))",
                lambda v: f"must be a number, got {v!r}",
            ),
            Step(  # NaN fails the comparisons and an infinity the range: no isfinite call
                f"{lo!r} <= _v <= {hi!r}",
                lambda v: f"must be between {lo:g} and {hi:g}, got {v!r}",
            ),
        )
    )


def member(enum: type[Enum], *, optional: bool = False) -> Rule:
    """The value is a member of ``enum`` (the converters have turned its values into members);
    the message quotes the value and suggests the closest allowed values."""
    values = [str(m.value) for m in enum]
    allowed = ", ".join(repr(m.value) for m in enum)

    def message(v: Any) -> str:
        close = suggestions(v, values)
        hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
        return f"{v!r} is not one of {allowed}{hint}"

    name = f"_enum_{enum.__name__}"
    return Rule((Step(f"type(_v) is {name}", message, {name: enum}),), optional)


def instance(kind: type, *, optional: bool = False) -> Rule:
    name = f"_kind_{kind.__name__}"
    what = _article(kind.__name__)
    return Rule(
        (Step(f"isinstance(_v, {name})", lambda v: f"must be {what}, got {v!r}", {name: kind}),),
        optional,
    )


def items(kind: type, each: Rule | None = None) -> Rule:
    """A tuple (the converter makes a list one) of ``kind`` items, each also passing ``each``."""
    item = instance(kind)
    if each is not None:  # (a string's own type test is the item's, already there)
        item = Rule(
            item.steps + tuple(s for s in each.steps if s is not _IS_STR or kind is not str)
        )
    return Rule(
        (Step("type(_v) is tuple", lambda v: f"must be a list, got {v!r}"),),
        each=item,
    )


# -- the compiled form ------------------------------------------------------------------------
_V = re.compile(r"\b_v\b")


_FIELD = re.compile(r"\{(\w+)\}")


def _expression(rule: Rule, var: str) -> str:
    test = " and ".join(f"({_V.sub(var, s.test)})" for s in rule.steps)
    each = rule.each
    if each is not None:
        inner = _expression(each, "_x")
        every = f"all({inner} for _x in {var})"
        kind = _KIND.fullmatch(each.steps[0].test) if len(each.steps) == 1 else None
        if kind:  # items of one class: the exact types first, in C, then the general test
            every = f"_exactly_{kind[1]}.issuperset(map(type, {var})) or {every}"
        test += f" and (not {var} or {every})"
    return f"({var} is None or ({test}))" if rule.optional else f"({test})"


_KIND = re.compile(r"isinstance\(_v, _kind_(\w+)\)")


def _fields_in(expression: str, names: Mapping[str, str]) -> str:
    """``expression`` with each ``{field}`` replaced by its name in ``names``."""
    return _FIELD.sub(lambda m: names[m[1]], expression)


def _step_envs(rule: Rule) -> Iterable[Mapping[str, Any]]:
    for s in rule.steps:
        yield s.env
    if rule.each is not None:
        yield from _step_envs(rule.each)


#: Every class's :class:`Rules`, by class (filled as the classes are defined).
RULES: dict[type, Rules] = {}


def is_valid(obj: object) -> bool:
    """Whether the model object ``obj`` keeps every rule of its class (the constructors' cheap
    path; exactly ``not problems_of(obj)``).

    >>> from conflict_events.model import Point
    >>> is_valid(Point(lat=1.0, lon=2.0)), is_valid(trusted(Point, lat=91.0, lon=2.0))
    (True, False)
    """
    return RULES[type(obj)].valid(obj)


def problems_of(obj: object) -> list[Problem]:
    """Every problem of the model object ``obj``, with its path (what its constructor raises).

    >>> from conflict_events.model import Point
    >>> [str(p) for p in problems_of(trusted(Point, lat=91.0, lon=2.0))]
    ['$.lat: must be between -90 and 90, got 91.0']
    """
    return RULES[type(obj)].problems(obj)


class Rules:
    """One class's rules, and the two forms derived from them (see the module docstring).

    >>> import attrs
    >>> @attrs.frozen
    ... class Span:
    ...     lo: int
    ...     hi: int
    >>> rules = Rules(
    ...     Span,
    ...     {"lo": integer(lo=0), "hi": integer(lo=0)},
    ...     [Relation(("lo", "hi"), lambda s: [("hi", "must be >= lo")] if s.lo > s.hi else ())],
    ... )
    >>> rules.valid(Span(1, 2)), rules.valid(Span(-1, 2)), rules.valid(Span(3, 2))
    (True, False, False)
    >>> [str(p) for p in rules.problems(Span(-1, "x"))]
    ['$.lo: must be >= 0, got -1', "$.hi: must be an integer, got 'x'"]
    """

    __slots__ = (
        "_compiled",
        "_env",
        "_tests",
        "fields",
        "relation_fields",
        "relations",
        "relations_hold",
        "type_name",
        "valid",
    )

    def __init__(
        self, cls: type, fields: Mapping[str, Rule], relations: Sequence[Relation | Check] = ()
    ) -> None:
        if not attrs.has(cls) or set(fields) - {f.name for f in attrs.fields(cls)}:
            raise ValueError(f"rules for fields {cls.__name__} does not have: {sorted(fields)}")
        self.type_name = cls.__name__
        self.fields = dict(fields)
        self.relations: tuple[Relation | Check, ...] = tuple(relations)
        env: dict[str, Any] = dict(_ENV)
        extras = [extra for rule in self.fields.values() for extra in _step_envs(rule)]
        extras += [r.env for r in self.relations if r.env]
        for extra in extras:
            for k, v in extra.items():
                if env.setdefault(k, v) is not v:
                    raise ValueError(f"two step names {k!r} in the rules of {cls.__name__}")
            for k, v in list(extra.items()):
                if k.startswith("_kind_"):
                    env["_exactly_" + k[len("_kind_") :]] = frozenset({v})
        self._compiled: dict[Step, Callable[[Any], bool]] = {}
        for rule in self.fields.values():
            self._compile(rule, env)
        # The predicate: one expression, the fields in order, then the relations.
        lines = [f"    f{i} = obj.{name}" for i, name in enumerate(self.fields)]
        terms = [_expression(rule, f"f{i}") for i, rule in enumerate(self.fields.values())]
        local = {name: f"f{i}" for i, name in enumerate(self.fields)}
        on_obj = {name: f"obj.{name}" for name in attrs.fields_dict(cls)}
        self._tests: dict[str, Callable[[Any], bool]] = {}
        relation_terms, written = [], []
        for i, relation in enumerate(self.relations):
            if isinstance(relation, Check):
                relation_terms.append(f"({_fields_in(relation.test, local)})")
                test = relation.test
                written.append(relation.test)
            else:
                env[f"_relation{i}"] = relation.problems
                guard = relation.when
                relation_terms.append(
                    f"not _relation{i}(obj)"
                    if guard is None
                    else f"(not ({_fields_in(guard, local)}) or not _relation{i}(obj))"
                )
                test = f"not ({guard})" if guard is not None else "True"
                written.append(guard or "")
            self._tests[test] = eval(f"lambda obj: {_fields_in(test, on_obj)}", env)
        terms += relation_terms
        source = "def valid(obj):\n" + "\n".join(lines) + "\n"
        source += "    return (\n        " + "\n        and ".join(terms or ["True"]) + "\n    )\n"
        # The relations alone, for a caller whose fields have their types by construction:
        # ``relations_hold(obj, *values)`` takes the values of ``relation_fields`` (the
        # fields the relations name, in field order) after the instance.
        self.relation_fields = tuple(
            name for name in self.fields if any(f"{{{name}}}" in text for text in written)
        )
        params = ", ".join(["obj", *(local[name] for name in self.relation_fields)])
        source += f"def relations_hold({params}):\n"
        source += "    return " + " and ".join(relation_terms or ["True"]) + "\n"
        namespace: dict[str, Any] = {}
        exec(compile(source, f"<rules {cls.__qualname__}>", "exec"), env, namespace)
        self._env = env
        self.valid: Callable[[Any], bool] = namespace["valid"]
        self.relations_hold: Callable[..., bool] = namespace["relations_hold"]
        RULES[cls] = self

    def relations_source(self, obj: str, names: Mapping[str, str]) -> tuple[str, dict[str, Any]]:
        """The expression ``relations_hold`` returns, written with ``obj`` for the instance
        and ``names[field]`` for each of ``relation_fields``, and the names it reads (to
        write the checks into another generated function, one call less).

        >>> import attrs
        >>> @attrs.frozen
        ... class Span:
        ...     lo: int
        ...     hi: int
        >>> check = Check(("lo", "hi"), "{lo} <= {hi}", "hi", lambda s: "")
        >>> rules = Rules(Span, {"lo": integer(), "hi": integer()}, [check])
        >>> rules.relations_source("self", {"lo": "a", "hi": "b"})[0]
        '(a <= b)'
        """
        terms = []
        for i, relation in enumerate(self.relations):
            if isinstance(relation, Check):
                terms.append(f"({_fields_in(relation.test, names)})")
            elif relation.when is None:
                terms.append(f"not _relation{i}({obj})")
            else:
                terms.append(
                    f"(not ({_fields_in(relation.when, names)}) or not _relation{i}({obj}))"
                )
        return " and ".join(terms or ["True"]), self._env

    def _compile(self, rule: Rule, env: dict[str, Any]) -> None:
        for s in rule.steps:
            if s not in self._compiled:
                self._compiled[s] = eval(f"lambda _v: {s.test}", env)
        if rule.each is not None:
            self._compile(rule.each, env)

    def _check(self, rule: Rule, path: str, value: Any, out: list[Problem]) -> bool:
        if value is None and rule.optional:
            return True
        for s in rule.steps:
            if not self._compiled[s](value):
                out.append(Problem(f"$.{path}", s.message(value)))
                return False
        ok = True
        if rule.each is not None:
            for i, item in enumerate(value):
                ok = self._check(rule.each, f"{path}[{i}]", item, out) and ok
        return ok

    def problems(self, obj: object) -> list[Problem]:
        """Every problem of ``obj``, with its path; empty exactly when ``valid(obj)``."""
        out: list[Problem] = []
        passed = {
            name
            for name, rule in self.fields.items()
            if self._check(rule, name, getattr(obj, name), out)
        }
        for relation in self.relations:
            if not passed.issuperset(relation.needs):
                continue
            if isinstance(relation, Check):
                if not self._tests[relation.test](obj):
                    out.append(Problem(f"$.{relation.field}", relation.message(obj)))
            elif relation.when is None or not self._tests[f"not ({relation.when})"](obj):
                out.extend(Problem(f"$.{f}" if f else "$", m) for f, m in relation.problems(obj))
        return out

    def raise_problems(self, obj: object) -> NoReturn:
        """Raise the :class:`ValidationError` listing every problem of ``obj`` (which the
        caller has found not ``valid``)."""
        raise ValidationError(self.problems(obj), self.type_name)
