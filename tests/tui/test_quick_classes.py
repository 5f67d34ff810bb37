"""The widget classes made by jdwizard.tui.quick_classes have what Textual's own
DOMNode.__init_subclass__ gives them: their reactives, compute methods, CSS type names and
bindings."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from typing import Any, ClassVar

import pytest
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.reactive import reactive, var
from textual.widget import Widget
from textual.widgets import Input, Static

import jdwizard.tui
from jdwizard.tui import quick_classes

ATTRIBUTES = ("_reactives", "_computes", "_css_type_name", "_css_type_names",
              "_inherit_css", "_inherit_bindings", "_inherit_component_classes")


def every_class(kind: type) -> Iterator[type]:
    sub: type
    for sub in kind.__subclasses__():
        yield sub
        yield from every_class(sub)


def as_made(cls: type[DOMNode]) -> dict[str, Any]:
    made = {name: cls.__dict__.get(name) for name in ATTRIBUTES}
    bindings = cls.__dict__.get("_merged_bindings")
    made["bindings"] = None if bindings is None else bindings.key_to_bindings
    return made


def as_textual_makes(cls: type[DOMNode]) -> dict[str, Any]:
    """The class's attributes as Textual's own method makes them, made again for it; the
    class keeps those it had."""
    kept = {name: cls.__dict__[name] for name in (*ATTRIBUTES, "_merged_bindings")}
    try:
        quick_classes._textual_init_subclass.__func__(
            cls, inherit_css=cls._inherit_css, inherit_bindings=cls._inherit_bindings,
            inherit_component_classes=cls._inherit_component_classes)
        return as_made(cls)
    finally:
        for name, value in kept.items():
            setattr(cls, name, value)


def keys_of(cls: type[DOMNode]) -> dict[str, list[Binding]]:
    bindings = cls._merged_bindings
    assert bindings is not None
    return bindings.key_to_bindings


def import_the_wizard() -> None:
    for module in pkgutil.walk_packages(jdwizard.tui.__path__, "jdwizard.tui."):
        importlib.import_module(module.name)


def test_the_faster_method_is_in_place_once_the_wizard_is_imported() -> None:
    # Where Textual's is the one it was made from: another Textual keeps its own (the
    # benchmarks show the cost), and its classes are checked below all the same.
    method = DOMNode.__dict__["__init_subclass__"]
    assert (method.__func__ is quick_classes._init_subclass) is quick_classes.known()


def test_every_class_the_wizard_loads_has_what_textual_would_give_it() -> None:
    import_the_wizard()
    classes = list(every_class(DOMNode))
    ours = [c for c in classes if c.__module__.startswith("jdwizard.")]
    assert len(ours) > 40 and len(classes) > len(ours) + 40
    for cls in classes:
        assert as_made(cls) == as_textual_makes(cls), cls.__qualname__


class Counting(Static):
    count = reactive(0)
    label = var("")
    BINDINGS: ClassVar = [Binding("a,b", "add", "Add"), ("c", "clear", "Clear")]

    def compute_label(self) -> str:
        return str(self.count)


class Mixin:
    shown = reactive(True)

    def _compute_total(self) -> int:
        return 0


class Shadowing(Mixin, Counting):
    count = reactive(1)  # nearer in the MRO than Counting's
    BINDINGS: ClassVar = [Binding("a", "other", "Other")]


class Alone(Shadowing, inherit_bindings=False, inherit_css=False):
    BINDINGS: ClassVar = [("d", "drop", "Drop")]


class Boxed(VerticalScroll, Input):  # two bases of many bindings each
    pass


@pytest.mark.parametrize("cls", [Counting, Shadowing, Alone, Boxed, Widget, Input])
def test_reactives_computes_and_bindings_are_textual_s(cls: type[DOMNode]) -> None:
    assert as_made(cls) == as_textual_makes(cls)


def test_the_nearest_reactive_and_the_bindings_of_each_class_are_kept() -> None:
    assert Shadowing._reactives["count"] is Shadowing.__dict__["count"]
    assert {"count", "label", "shown"} <= Shadowing._reactives.keys()
    assert {"label", "total"} <= Shadowing._computes
    assert [b.action for b in keys_of(Shadowing)["a"]] == ["other"]
    assert [b.action for b in keys_of(Counting)["b"]] == ["add"]
    assert set(keys_of(Alone)) == {"d"}
    assert Alone._css_type_names == frozenset({"Alone"})


def test_a_class_s_bindings_are_lists_of_its_own() -> None:
    # An app adds bindings to its map in place (App._add_binding): that must not reach
    # the classes it inherits from.
    keys_of(Counting)["c"].append(Binding("c", "more", "More"))
    try:
        assert [b.action for b in keys_of(Shadowing)["c"]] == ["clear"]
    finally:
        keys_of(Counting)["c"].pop()


def test_a_textual_whose_method_is_another_keeps_its_own(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(DOMNode, "__init_subclass__", quick_classes._textual_init_subclass)
    monkeypatch.setattr(quick_classes, "KNOWN_NAMES", quick_classes.KNOWN_NAMES | {"_more"})
    assert not quick_classes.known() and not quick_classes.install()
    assert DOMNode.__dict__["__init_subclass__"] is quick_classes._textual_init_subclass
    monkeypatch.setattr(quick_classes, "known", lambda: True)
    assert quick_classes.install()
    assert DOMNode.__dict__["__init_subclass__"].__func__ is quick_classes._init_subclass


def test_the_names_of_another_method_are_told_apart() -> None:
    def other(cls: type) -> None:
        cls._reactives = {}  # type: ignore[attr-defined]
        cls._more = 1  # type: ignore[attr-defined]

    assert quick_classes.code_names(other.__code__) == {"_reactives", "_more"}
