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


def test_a_record_is_made_by_position_and_by_name_as_a_dataclass_is() -> None:
    by_position = Signature("Director", "Ivanov I. I.", date(2026, 1, 2))
    by_name = Signature(date=date(2026, 1, 2), name="Ivanov I. I.", position="Director")
    assert by_position == by_name and by_name.name == "Ivanov I. I."
    assert [f.name for f in dataclasses.fields(Signature)][:3] == ["position", "name", "date"]
    assert Position(title="Clerk").other_titles == [] and Position().title == ""


def test_each_record_has_lists_and_tables_of_its_own() -> None:
    first, second = Document(), Document()
    first.position.other_titles.append("Clerk")
    first.position.codes["okz"] = "4110"
    first.duties.items.append(Duty("File the letters"))
    assert second.position.other_titles == [] and second.position.codes == {}
    assert second.duties.items == [] and first.position is not second.position


# Wrong on purpose: mypy says so too (the ignores), as of any dataclass.
@pytest.mark.parametrize(("make", "problem"), [
    (lambda: Position(titel="Clerk"),  # type: ignore[call-arg]
     "unexpected keyword argument 'titel'"),
    (lambda: Signature("Director", position="Head"),  # type: ignore[misc]
     "multiple values for argument"),
    (lambda: Items("", [], []),  # type: ignore[call-arg]
     "takes 2 positional arguments but 3 were given"),
])
def test_wrong_arguments_are_a_type_error_as_a_dataclass_s(make: Callable[[], object],
                                                           problem: str) -> None:
    with pytest.raises(TypeError, match=problem):
        make()
