"""The JSON Schema (draft 2020-12) of a serialised :class:`~conflict_events.Engagement`.

The schema is generated from the attrs classes themselves: each class's fields and resolved
type hints give its properties (enums become ``enum`` lists of their values, dates ISO strings,
tuples arrays, ``X | None`` a nullable ``X``), a field without a default is required (the
converter leaves defaults out), and no other key is allowed.  On top of that structure sit the
field-level invariants a schema can express (id and country patterns, non-negative counts,
coordinate ranges, confidence 0..100, non-blank strings, counts 0..2**53-1); the regular expressions come from
:mod:`conflict_events.model._checks`, so the schema and the model cannot drift apart silently.
Cross-field rules (``start <= end``, a week is Monday to Sunday, ``low <= high``...) are checked
by the model only.

The generated document ships as ``conflict_events/io/engagement.schema.json``;
:func:`load_schema` reads that file.  Regenerate it after changing the model::

    python -m conflict_events.io._schema          # rewrite the shipped file
    python -m conflict_events.io._schema --check  # exit 1 if it is out of date

>>> s = build_schema()
>>> s["$schema"]
'https://json-schema.org/draft/2020-12/schema'
>>> s["$defs"]["Point"]["properties"]["lat"]
{'type': 'number', 'minimum': -90, 'maximum': 90}
>>> load_schema() == s
True
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import importlib.resources
import json
import re
import sys
import types
import typing
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from conflict_events.io._converter import SCHEMA_VERSION, unstructure
from conflict_events.model import (
    MODEL_TYPES,
    Actor,
    Alias,
    Attribution,
    CasualtyFigure,
    CasualtyReport,
    Count,
    Engagement,
    Faction,
    FactionMember,
    Location,
    Point,
    TimeSpan,
)
from conflict_events.model._checks import COUNTRY_RE, ID_RE, LANGUAGE_RE
from conflict_events.model._count import MAX_COUNT
from conflict_events.model._vocab import CasualtyGroup

__all__ = ["SCHEMA_FILE", "build_schema", "load_schema", "main"]

#: Name of the shipped schema file inside the ``conflict_events.io`` package.
SCHEMA_FILE = "engagement.schema.json"

DRAFT = "https://json-schema.org/draft/2020-12/schema"

Schema = dict[str, Any]


def _anchored(regex: re.Pattern[str]) -> str:
    """A model regex (used with ``fullmatch``) as a JSON Schema pattern (which searches)."""
    return f"^(?:{regex.pattern})$"


_ID: Schema = {"pattern": _anchored(ID_RE)}
_NOT_BLANK: Schema = {"minLength": 1, "pattern": r"\S"}
_COUNT: Schema = {"minimum": 0, "maximum": MAX_COUNT}

#: Constraints per field, merged into the schema its type gives (into the non-null branch of an
#: ``X | None`` field; ``items`` into an array's item schema).  ``str`` fields not listed are
#: non-blank, as the model's ``check_str`` requires by default.
_FIELD_RULES: dict[tuple[type, str], Schema] = {
    (TimeSpan, "expression"): {},  # may be empty: the words as written
    (Count, "low"): _COUNT,
    (Count, "high"): _COUNT,
    (Count, "figure"): _COUNT,
    (Count, "text"): {},
    (Point, "lat"): {"minimum": -90, "maximum": 90},
    (Point, "lon"): {"minimum": -180, "maximum": 180},
    (Location, "country"): {"pattern": _anchored(COUNTRY_RE)},
    (Alias, "language"): {"pattern": _anchored(LANGUAGE_RE)},
    (Actor, "id"): _ID,
    (Actor, "country"): {"pattern": _anchored(COUNTRY_RE)},
    (Actor, "predecessors"): {"items": _ID, "uniqueItems": True},
    (Actor, "successors"): {"items": _ID, "uniqueItems": True},
    (Actor, "description"): {},
    (FactionMember, "actor"): _ID,
    (Faction, "lead"): _ID,
    (Attribution, "source"): _ID,
    (Attribution, "url"): {"pattern": "^https?://[^ ]*$"},
    (CasualtyFigure, "group"): {
        "anyOf": [{"enum": [g.value for g in CasualtyGroup]}, _ID],
    },
    (CasualtyReport, "figures"): {"minItems": 1},
    (Engagement, "id"): _ID,
    (Engagement, "parent"): _ID,
    (Engagement, "description"): {},
    (Engagement, "confidence"): {"minimum": 0, "maximum": 100},
    (Engagement, "extras"): {"propertyNames": {"minLength": 1}},
}

#: Rules that span several fields of one class and that a schema can still say.
_CLASS_RULES: dict[type, Schema] = {
    Attribution: {
        "anyOf": [
            {"required": ["source"], "properties": {"source": {"type": "string"}}},
            {"required": ["source_name"], "properties": {"source_name": {"type": "string"}}},
        ],
    },
    # A subgroup figure is a part of its group's total (model/_report.py).
    CasualtyFigure: {
        "if": {"required": ["subgroup"], "properties": {"subgroup": {"type": "string"}}},
        "then": {"required": ["part_of"], "properties": {"part_of": {"type": "integer"}}},
    },
}


def _description(obj: object) -> str | None:
    doc = obj.__dict__.get("__doc__") if isinstance(obj, type) else None
    if not doc:
        return None
    first = doc.strip().split("\n\n")[0]
    return " ".join(first.split())


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Schema] = {}

    def ref(self, name: str) -> Schema:
        return {"$ref": f"#/$defs/{name}"}

    def enum(self, cls: type[enum.Enum]) -> Schema:
        if cls.__name__ not in self.defs:
            values = [m.value for m in cls]
            out: Schema = {}
            desc = _description(cls)
            if desc:
                out["description"] = desc
            if all(isinstance(v, int) for v in values):
                # IntEnum: contiguous codes read best as a range (GeoPrecision is 1..7).
                lo, hi = min(values), max(values)
                if sorted(values) == list(range(lo, hi + 1)):
                    out.update(type="integer", minimum=lo, maximum=hi)
                else:
                    out.update(type="integer", enum=values)
            else:
                out.update(type="string", enum=values)
            self.defs[cls.__name__] = out
        return self.ref(cls.__name__)

    def type_(self, tp: Any) -> Schema:
        """The schema of a value of type ``tp`` (before field rules)."""
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin in (types.UnionType, typing.Union):
            branches = [self.type_(a) for a in args if a is not type(None)]
            if len(branches) == 1 and len(args) == 2:
                return {"anyOf": [branches[0], {"type": "null"}]}
            raise TypeError(f"cannot express {tp!r} in the schema")
        if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": self.type_(args[0])}
        if origin is dict and args and args[0] is str:
            return {"type": "object", "additionalProperties": self.type_(args[1])}
        if isinstance(tp, type):
            if attrs.has(tp):
                self.klass(tp)
                return self.ref(tp.__name__)
            if issubclass(tp, enum.Enum):
                return self.enum(tp)
            if tp is dt.date:
                return {
                    "type": "string",
                    "format": "date",
                    "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
                }
            simple = {bool: "boolean", int: "integer", float: "number", str: "string"}
            if tp in simple:
                return {"type": simple[tp]}
        raise TypeError(f"cannot express {tp!r} in the schema")

    def field(self, cls: type, field: attrs.Attribute[Any], tp: Any) -> Schema:
        out = self.type_(tp)
        rules = _FIELD_RULES.get((cls, field.name))
        # The value schema: the non-null branch of an optional field.
        target = out["anyOf"][0] if "anyOf" in out and {"type": "null"} in out["anyOf"] else out
        if rules is None:
            rules = {}
            if target.get("type") == "string" and "format" not in target:
                rules = _NOT_BLANK
            elif target.get("type") == "array" and target["items"].get("type") == "string":
                rules = {"items": _NOT_BLANK}
        rules = copy.deepcopy(rules)
        items = rules.pop("items", None)
        if items:
            target["items"].update(items)
        target.update(rules)
        if field.default is not attrs.NOTHING:
            default = field.default
            factory = getattr(default, "factory", None)
            if factory is not None and hasattr(default, "takes_self"):  # an attrs.Factory
                default = factory()
            out["default"] = unstructure(default)
        return out

    def klass(self, cls: type) -> Schema:
        name = cls.__name__
        if name in self.defs:
            return self.ref(name)
        self.defs[name] = {}  # reserve the slot: keeps dependency order and stops recursion
        hints = typing.get_type_hints(cls)
        props: Schema = {}
        required: list[str] = []
        for f in attrs.fields(cls):
            props[f.name] = self.field(cls, f, hints[f.name])
            if f.default is attrs.NOTHING:
                required.append(f.name)
        out: Schema = {}
        desc = _description(cls)
        if desc:
            out["description"] = desc
        out.update(type="object", properties=props)
        if required:
            out["required"] = required
        out["additionalProperties"] = False
        out.update(copy.deepcopy(_CLASS_RULES.get(cls, {})))
        self.defs[name] = out
        return self.ref(name)


def _check_rule_tables() -> None:
    for cls, name in _FIELD_RULES:
        if name not in attrs.fields_dict(cls):
            raise AssertionError(f"schema rule for unknown field {cls.__name__}.{name}")


def build_schema() -> dict[str, Any]:
    """Generate the schema from the model classes (what the shipped file must equal)."""
    _check_rule_tables()
    builder = _Builder()
    for cls in MODEL_TYPES:
        builder.klass(cls)
    engagement = copy.deepcopy(builder.defs["Engagement"])
    major = SCHEMA_VERSION.split(".")[0]
    engagement["properties"]["schema_version"] = {
        "description": (
            f"Version of the serialised form this record was written in ({SCHEMA_VERSION}); "
            f"readers accept any {major}.x."
        ),
        "type": "string",
        "pattern": rf"^{re.escape(major)}(\.|$)",
    }
    engagement.pop("description", None)
    return {
        "$schema": DRAFT,
        "$id": f"urn:conflict-events:schema:engagement:{SCHEMA_VERSION}",
        "title": "Engagement",
        "description": (
            "A serialised conflict_events Engagement (one event of armed conflict) with its "
            "schema_version. Generated from the model classes by "
            "`python -m conflict_events.io._schema`; do not edit by hand."
        ),
        **engagement,
        "$defs": builder.defs,
    }


def render(schema: dict[str, Any]) -> str:
    """The schema as the shipped file's text."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


@functools.cache
def _shipped_text() -> str:
    return importlib.resources.files("conflict_events.io").joinpath(SCHEMA_FILE).read_text("utf-8")


def load_schema() -> dict[str, Any]:
    """The shipped schema file, parsed (a fresh dict on every call)."""
    result: dict[str, Any] = json.loads(_shipped_text())
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """Rewrite the shipped schema file from the model (``--check``: only compare)."""
    args = list(sys.argv[1:] if argv is None else argv)
    target = Path(__file__).with_name(SCHEMA_FILE)
    text = render(build_schema())
    current = target.read_text("utf-8") if target.exists() else None
    if "--check" in args:
        if current != text:
            print(f"{target} is out of date; run python -m conflict_events.io._schema")
            return 1
        print(f"{target} is up to date")
        return 0
    if current != text:
        target.write_text(text, "utf-8")
        print(f"wrote {target}")
    else:
        print(f"{target} is up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
