"""A Griffe extension for the API reference: the package's docstrings, written for ``help()``
and doctest in reStructuredText habits, rendered as the Markdown mkdocstrings expects.

It runs only when the documentation is built (mkdocs.yml names it) and changes nothing in the
package.  Four habits of the docstrings are translated:

* doctest blocks (``>>>`` and the lines up to the next blank line) become ``pycon`` code blocks;
* a paragraph ending in ``::`` introduces an indented literal block, which becomes a code block;
* simple tables (``====  ====`` borders) become Markdown tables;
* cross-reference roles (``:class:`~pkg.Name```, ``:func:``...) become code spans.

It also gives each attrs class the signature of the ``__init__`` attrs generates (static
analysis cannot see it), read from ``attrs.fields`` of the imported class, so the reference shows
how to construct every model object; and it keeps out of the reference the class members a
reader has no use for: special methods without a docstring of their own (``__eq__``,
``__hash__``...), the attrs hooks, members whose docstring says they are ``Internal:``, and
attributes without a docstring that are also parameters of the class's ``__init__`` (the
signature already gives their type and default).

Anything else is left as written (double-backtick literals are already Markdown code spans).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

import attrs
import griffe

_ROLE = re.compile(r":(?:class|func|meth|data|attr|mod|exc|obj|const):`(~?)([^`]+)`")
_BORDER = re.compile(r"^ *=+(?: +=+)+ *$")
_FENCE = re.compile(r"^ *(```|~~~)")


def _role(m: re.Match[str]) -> str:
    target = m.group(2).strip()
    # ":class:`text <target>`" shows the text; "~" shows the last dotted part.
    shown = re.sub(r"\s*<[^>]*>$", "", target)
    if m.group(1):
        shown = shown.rsplit(".", 1)[-1]
    return f"`{shown}`"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _table(rows: list[str], border: str) -> list[str]:
    """A simple table's lines (borders included) as a Markdown table."""
    cols = [(m.start(), m.end()) for m in re.finditer(r"=+", border)]

    def cells(line: str) -> list[str]:
        out = []
        for i, (start, _end) in enumerate(cols):
            stop = cols[i + 1][0] if i + 1 < len(cols) else len(line)
            out.append(line[start:stop].strip().replace("|", "\\|"))
        return out

    body = [r for r in rows if not _BORDER.match(r)]
    borders = [i for i, r in enumerate(rows) if _BORDER.match(r)]
    # Three borders: a header row between the first two; two: no header.
    has_header = len(borders) >= 3
    header = cells(body[0]) if has_header else [""] * len(cols)
    data = body[1:] if has_header else body
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(cols)]
    out += ["| " + " | ".join(cells(r)) + " |" for r in data if r.strip()]
    return ["", *out, ""]


def to_markdown(text: str) -> str:
    """The docstring ``text`` with its reST habits turned into Markdown."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    in_fence = False
    while i < len(lines):
        line = lines[i]
        if _FENCE.match(line):
            in_fence = not in_fence
            out.append(line)
            i += 1
            continue
        if in_fence:
            out.append(line)
            i += 1
            continue
        stripped = line.strip()
        if stripped.startswith(">>>"):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            base = min(_indent(b) for b in block)
            out += ["", "```pycon", *(b[base:] for b in block), "```", ""]
            continue
        if _BORDER.match(line):
            # A simple table runs from its top border to its last border before a blank line.
            j = i + 1
            while j < len(lines) and lines[j].strip():
                j += 1
            last = max(k for k in range(i, j) if _BORDER.match(lines[k]))
            out += _table([_ROLE.sub(_role, r) for r in lines[i : last + 1]], line)
            out += [_ROLE.sub(_role, r) for r in lines[last + 1 : j]]
            i = j
            continue
        if stripped.endswith("::") and not stripped.startswith(".."):
            head = line.rstrip()[:-1]  # "...brackets::" reads "...brackets:"
            out.append(_ROLE.sub(_role, head))
            j = i + 1
            while j < len(lines) and not lines[j].strip():
                j += 1
            block_indent = _indent(line)
            block = []
            while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > block_indent):
                block.append(lines[j])
                j += 1
            while block and not block[-1].strip():
                block.pop()
            if block:
                base = min(_indent(b) for b in block if b.strip())
                out += ["", "```text", *(b[base:] for b in block), "```", ""]
                i = j
                continue
            i += 1
            continue
        out.append(_ROLE.sub(_role, line))
        i += 1
    return "\n".join(out)


def _attrs_init(cls: griffe.Class) -> griffe.Function | None:
    """The generated ``__init__`` of an attrs class, as a Griffe function (None if not attrs)."""
    if not any("attrs." in str(d.value) for d in cls.decorators) or "__init__" in cls.members:
        return None
    try:
        module = importlib.import_module(cls.module.path)
        runtime = getattr(module, cls.name)
        fields = attrs.fields(runtime)
    except Exception:  # not importable here, or not an attrs class after all: no signature
        return None
    params = []
    for f in fields:
        if not f.init:
            continue
        declared = cls.members.get(f.name)
        annotation = getattr(declared, "annotation", None) if declared is not None else None
        if f.default is attrs.NOTHING:
            default = None
        elif isinstance(f.default, attrs.Factory):  # type: ignore[arg-type]
            # A plain factory (dict, tuple...) is shown by the value it makes.
            default = "..." if f.default.takes_self else repr(f.default.factory())
        else:
            default = repr(f.default)
        kind = (
            griffe.ParameterKind.keyword_only
            if f.kw_only
            else (griffe.ParameterKind.positional_or_keyword)
        )
        params.append(
            griffe.Parameter(f.alias or f.name, annotation=annotation, kind=kind, default=default)
        )
    return griffe.Function(
        "__init__",
        parameters=griffe.Parameters(griffe.Parameter("self"), *params),
        returns="None",
        lineno=cls.lineno,
        endlineno=cls.lineno,
    )


_HOOKS = frozenset({"__attrs_post_init__", "__attrs_pre_init__", "__reduce__"})


def _hidden(obj: griffe.Object) -> bool:
    """Whether a class member stays out of the reference (see the module docstring)."""
    if not isinstance(obj.parent, griffe.Class):
        return False
    doc = obj.docstring.value if obj.docstring is not None else ""
    if obj.name in ("__init__", "__new__"):  # the class signature (merged into the class)
        return False
    if obj.name.startswith("__") and obj.name.endswith("__"):
        return obj.name in _HOOKS or not doc
    return "Internal:" in doc


def _classes(obj: griffe.Object) -> list[griffe.Class]:
    """Every class defined in ``obj`` and below it (aliases are not followed)."""
    found = []
    for member in obj.members.values():
        if member.is_alias:
            continue
        if isinstance(member, griffe.Class):
            found.append(member)
        if isinstance(member, griffe.Module | griffe.Class):
            found += _classes(member)
    return found


class RestDocstrings(griffe.Extension):
    """Translate every docstring once the object tree is complete; sign attrs classes; leave
    out the members a reader has no use for."""

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        # Changed on the defining class itself, so every alias of it (the public paths of the
        # package's private modules) shows the class as changed.
        for cls in _classes(pkg):
            hidden = [
                n for n, m in cls.members.items() if isinstance(m, griffe.Object) and _hidden(m)
            ]
            init = _attrs_init(cls)
            if init is not None:
                cls.set_member("__init__", init)
            init_member = cls.members.get("__init__")
            if isinstance(init_member, griffe.Function):
                # The signature gives each field's type and default; an attribute of the same
                # name with no docstring of its own would only repeat it.
                hidden += [
                    p.name
                    for p in init_member.parameters
                    if isinstance(cls.members.get(p.name), griffe.Attribute)
                    and not cls.members[p.name].docstring
                ]
            for name in hidden:
                cls.del_member(name)

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
