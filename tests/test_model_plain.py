"""``to_dict()``: the plain form of every model class equals what the one converter
unstructures, and the converter (and ``io.json.loads``) reads it back."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import attrs
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

import conflict_events.model as model
from conflict_events.io._converter import converter, structure, unstructure
from conflict_events.io.json import loads
from conflict_events.model import MODEL_TYPES, Count, Engagement, TimeSpan
from conflict_events.model._plain import plain_function


def test_every_exported_model_class_has_to_dict() -> None:
    exported = {getattr(model, n) for n in model.__all__}
    classes = {c for c in exported if isinstance(c, type) and attrs.has(c)}
    assert classes == set(MODEL_TYPES)
    for cls in MODEL_TYPES:
        assert callable(cls.to_dict), cls


@pytest.mark.parametrize("cls", MODEL_TYPES, ids=lambda c: c.__name__)
@given(data=st.data())
def test_to_dict_is_the_converters_form_and_reads_back(cls: type, data: st.DataObject) -> None:
    value = data.draw(st.from_type(cls))
    plain = value.to_dict()
    # the converter's fast path and its cattrs path give the same dict, keys in the same order
    assert plain == unstructure(value)
    assert list(plain) == list(unstructure(value))
    assert plain == converter.unstructure(value)
    assert list(plain) == list(converter.unstructure(value))
    assert structure(plain, cls) == value
    # JSON-ready: the standard library writes it, and the JSON reader reads it back
    assert loads(json.dumps(plain), cls) == value
    assert loads(orjson.dumps(plain), cls) == value


def test_to_dict_of_an_engagement() -> None:
    e = Engagement(
        id="engagement:x",
        event_type="battles",
        when=TimeSpan.on(dt.date(2024, 11, 28)),
        tags=["a"],
        extras={"k": "v"},
    )
    plain = e.to_dict()
    assert plain == {
        "id": "engagement:x",
        "event_type": "battles",
        "when": {"start": "2024-11-28", "end": "2024-11-28", "precision": "day"},
        "tags": ["a"],
        "extras": {"k": "v"},
    }
    plain["extras"]["k"] = "changed"  # a copy, not the engagement's own dict
    assert e.extras == {"k": "v"}


def test_required_fields_are_written_even_when_none() -> None:
    assert Count(low=None, high=5, qualifier="at_most").to_dict() == {
        "low": None,
        "high": 5,
        "qualifier": "at_most",
    }


def test_a_type_without_a_rule_is_named() -> None:
    @attrs.frozen
    class Odd:
        x: complex

    with pytest.raises(TypeError, match="complex"):
        plain_function(Odd)
    with pytest.raises(TypeError):  # not cached half-built
        plain_function(Odd)


def test_to_dict_does_not_load_the_io_layer() -> None:
    code = (
        "import sys; from conflict_events import Count; Count.exact(3).to_dict(); "
        "print(sorted(m for m in sys.modules "
        "if m.startswith(('conflict_events.io', 'cattrs', 'orjson'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
