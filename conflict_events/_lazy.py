"""Lazy attributes for package ``__init__`` modules: a name is imported from its submodule on
first access, so importing the package stays cheap (and never imports dateparser); and
:func:`paused_collection`, for the first use's bulk loading."""

from __future__ import annotations

import contextlib
import gc
import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any


@contextlib.contextmanager
def paused_collection() -> Iterator[None]:
    """The cyclic garbage collector paused for the block (and resumed after it if it was
    running).  Importing modules and reading a cache make tens of thousands of objects that
    live as long as the process and form no cycle to collect; each allocation threshold
    they cross sets off a collection pass over everything alive, which cost a new process
    about a sixteenth of its first report.

    >>> import gc
    >>> with paused_collection():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.enable()


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
        with paused_collection():
            value = getattr(importlib.import_module(target), name)
        namespace[name] = value  # later lookups skip this hook
        return value

    def __dir__() -> list[str]:  # noqa: N807 - it becomes the module's __dir__
        return sorted(namespace.get("__all__", names))

    return __getattr__, __dir__
