"""Lazy attributes for package ``__init__`` modules: a name is imported from its submodule on
first access, so importing the package stays cheap (and never imports dateparser)."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_attributes(
    package: str, names: Mapping[str, str], namespace: dict[str, Any]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for ``package``.  ``names`` maps an attribute to the
    module that defines it (relative to ``package`` when it starts with ``_``)."""

    def __getattr__(name: str) -> Any:  # noqa: N807 - it becomes the module's __getattr__
        module = names.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        target = f"{package}.{module}" if module.startswith("_") else module
        value = getattr(importlib.import_module(target), name)
        namespace[name] = value  # later lookups skip this hook
        return value

    def __dir__() -> list[str]:  # noqa: N807 - it becomes the module's __dir__
        return sorted(namespace.get("__all__", names))

    return __getattr__, __dir__
