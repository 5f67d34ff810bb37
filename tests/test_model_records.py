"""The model's classes compare and show themselves by their fields, as dataclasses do."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

import pytest

from jdwizard import presets
from jdwizard.model import Approval, Document, Duty, Items, Position, Signature, copy_document


def test_equal_when_every_field_is_equal_down_to_the_duties() -> None:
    doc = presets.new_document("sales-manager")
    same = copy_document(doc)
    assert doc == same

    last = same.duties.items[-1]
    same.duties.items[-1] = dataclasses.replace(last, share=(last.share or 0) + 5)
    assert doc != same


def test_a_field_of_any_section_counts() -> None:
    doc = presets.new_document("sales-manager-ru")
    changes: list[Callable[[Document], object]] = [
        lambda d: d.position.codes.update(okz="1234"),
        lambda d: setattr(d.approval, "order_date", date(2026, 12, 1)),
        lambda d: d.agreed.append(Signature(name="Петров П. П.")),
        lambda d: d.final.items.pop()]
    for change in changes:
        other = copy_document(doc)
        change(other)
        assert other != doc


def test_another_class_with_the_same_fields_is_not_equal() -> None:
    assert Signature(name="A") != Approval(name="A")
    assert Items() != Duty()
    assert Items().__eq__(object()) is NotImplemented


def test_repr_names_the_class_and_each_field() -> None:
    shown = repr(Position(title="Buyer", other_titles=["Purchaser"]))
    assert shown.startswith(
        "Position(title='Buyer', title_genitive='', other_titles=['Purchaser'], ")
    assert all(f"{f.name}=" in shown for f in dataclasses.fields(Position))
    assert repr(Approval(order_number="45")).startswith("Approval(position='', ")


def test_mutable_so_not_hashable_as_a_dataclass_with_eq() -> None:
    with pytest.raises(TypeError):
        hash(Document())
