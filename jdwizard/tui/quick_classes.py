"""Textual's widget classes made faster: what each class inherits, from its bases'.

Every class of a Textual widget, screen or app runs DOMNode.__init_subclass__ as it is
made, which walks the whole of each base class's attributes: every entry of every
class in its MRO for the reactives, and dir() of the class for the compute methods.
Widget alone has some 450, so each class cost some 0.35 ms to define, and the 70 or so
that the wizard's first screen loads (Textual's and ours) about 20 ms of its start.

Here the same attributes are made from each class's own entries, read once per class:
the reactives and the compute methods of a class are those of the first class in its
MRO to declare them, as Textual's walk finds them. install() puts it in place of
Textual's before any widget class is made; the wizard's tests check, for every class
loaded, that Textual's own method gives the same attributes (tests/tui/
test_quick_classes.py), and install() leaves Textual's in place for a version whose
method is not the one this was made from.
"""

from __future__ import annotations

import types
from typing import Any, Final

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.reactive import Reactive

KNOWN_NAMES: Final = frozenset({
    "Reactive", "__dict__", "__init_subclass__", "__mro__", "__name__", "_computes",
    "_css_bases", "_css_type_name", "_css_type_names", "_inherit_bindings",
    "_inherit_component_classes", "_inherit_css", "_merge_bindings", "_merged_bindings",
    "_reactives", "add", "dir", "frozenset", "isinstance", "items", "lstrip", "reversed",
    "set", "startswith", "super", "update"})
"""The names DOMNode.__init_subclass__ uses in Textual 8 (code_names): a method that
sets another attribute, or reads another, is not the one this stands in for."""

MERGE_NAMES: Final = frozenset({
    "BindingsMap", "DOMNode", "__dict__", "__mro__", "_inherit_bindings", "append", "clear",
    "from_keys", "get", "issubclass", "items", "key_to_bindings", "reversed"})
"""The names of DOMNode._merge_bindings in Textual 8, as KNOWN_NAMES."""

_textual_init_subclass: Any = DOMNode.__dict__["__init_subclass__"]
"""Textual's own, kept for the tests (and for what install() leaves alone)."""
_textual_merge_bindings: Any = DOMNode.__dict__["_merge_bindings"]

_OWN_REACTIVES: dict[type, dict[str, Reactive[Any]]] = {}
_OWN_COMPUTES: dict[type, frozenset[str]] = {}
_OWN_BINDINGS: dict[type, dict[str, list[Binding]]] = {}


def code_names(code: types.CodeType) -> frozenset[str]:
    """The names a function's code uses, its comprehensions' among them (their own code
    before Python 3.12, inlined from it)."""
    names = set(code.co_names)
    for constant in code.co_consts:
        if isinstance(constant, types.CodeType):
            names |= code_names(constant)
    return frozenset(names)


def _own_reactives(kind: type) -> dict[str, Reactive[Any]]:
    found = _OWN_REACTIVES.get(kind)
    if found is None:
        found = _OWN_REACTIVES[kind] = {
            name: value for name, value in kind.__dict__.items()
            if isinstance(value, Reactive)}
    return found


def _own_computes(kind: type) -> frozenset[str]:
    found = _OWN_COMPUTES.get(kind)
    if found is None:
        found = _OWN_COMPUTES[kind] = frozenset(
            name.lstrip("_")[8:] for name in kind.__dict__
            if name.startswith(("_compute_", "compute_")))
    return found


def _own_bindings(kind: type) -> dict[str, list[Binding]]:
    found = _OWN_BINDINGS.get(kind)
    if found is None:
        found = _OWN_BINDINGS[kind] = BindingsMap(
            kind.__dict__.get("BINDINGS", [])).key_to_bindings
    return found


def _merge_bindings(cls: type[DOMNode]) -> BindingsMap:
    """DOMNode._merge_bindings, with each base class's bindings made once: the merged
    keys have lists of their own, as Textual's (a list is added to in place), of
    Binding objects shared (they are frozen)."""
    keys: dict[str, list[Binding]] = {}
    for base in reversed(cls.__mro__):
        if issubclass(base, DOMNode):
            if not base._inherit_bindings:
                keys.clear()
            for key, bindings in _own_bindings(base).items():
                keys[key] = list(bindings)
    return BindingsMap.from_keys(keys)


def _init_subclass(cls: type[DOMNode], inherit_css: bool = True,
                   inherit_bindings: bool = True,
                   inherit_component_classes: bool = True) -> None:
    """DOMNode.__init_subclass__, with each base class's entries read once."""
    super(DOMNode, cls).__init_subclass__()
    reactives: dict[str, Reactive[Any]] = {}
    computes: set[str] = set()
    for base in reversed(cls.__mro__):
        reactives.update(_own_reactives(base))
        computes |= _own_computes(base)
    cls._reactives = reactives
    cls._inherit_css = inherit_css
    cls._inherit_bindings = inherit_bindings
    cls._inherit_component_classes = inherit_component_classes
    bases = cls._css_bases(cls)
    cls._css_type_name = bases[0].__name__
    cls._merged_bindings = _merge_bindings(cls)
    cls._css_type_names = frozenset(base.__name__ for base in bases)
    cls._computes = frozenset(computes)


def known() -> bool:
    """Whether Textual's methods are those this was made from (by the names they use)."""
    return (code_names(_textual_init_subclass.__func__.__code__) == KNOWN_NAMES
            and code_names(_textual_merge_bindings.__func__.__code__) == MERGE_NAMES)


def install() -> bool:
    """Put the faster method in place of Textual's; False (Textual's kept) for a
    Textual whose method is not the one it was made from."""
    if DOMNode.__dict__["__init_subclass__"] is not _textual_init_subclass:
        return True
    if not known():
        return False
    DOMNode.__init_subclass__ = classmethod(_init_subclass)  # type: ignore[assignment]
    return True
