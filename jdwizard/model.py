"""The job description as plain data: dataclasses with no I/O and no UI.

Every class has a docstring: without one, @dataclass makes one from the signature by
inspect.signature, a fifth of the cost of importing this module.

Field order is document order: the file format writes sections and keys in the
order they are declared here, and the Markdown renderer follows the same order.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Final, TypeVar, dataclass_transform

FORMAT_VERSION: Final = 1
LANGUAGES: Final = ("en", "ru")
CATEGORIES: Final = ("worker", "specialist", "manager", "technical")
STATUSES: Final = ("draft", "approved")
EXPORTS: Final = ("docx", "pdf")
"""The documents the wizard can write beside the TOML and its Markdown."""


class Record:
    """Equality and repr by the fields, once for the model's dataclasses (declared
    eq=False, repr=False): a dataclass compiles an __eq__ and a __repr__ of its own at
    every import, half of this module's import time (some 2 ms of every start, the
    wizard's and check's). Duty keeps its own, compiled, for the thousands compared."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name)
                   for name in field_names(self.__class__))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in field_names(self.__class__))
        return f"{self.__class__.__qualname__}({shown})"

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The fields by position and by name, as the __init__ a dataclass compiles
        # takes them (@record): compiling one for each class was more than half of this
        # module's import, 15 M instructions of every start.
        plan = _INITS.get(self.__class__) or _init_plan(self.__class__)
        if args or not kwargs.keys() <= plan.keys():
            kwargs = _arguments(self.__class__.__name__, plan, args, kwargs)
        values = self.__dict__  # no field is a descriptor: each is the instance's own
        for name, default in plan.items():
            values[name] = kwargs[name] if name in kwargs else default()


_INITS: dict[type, dict[str, Callable[[], Any]]] = {}


def _init_plan(kind: type) -> dict[str, Callable[[], Any]]:
    """Each field of a record, in order, with what makes its default."""
    plan: dict[str, Callable[[], Any]] = {}
    for f in dataclasses.fields(kind):
        if f.default_factory is not dataclasses.MISSING:
            plan[f.name] = f.default_factory
        elif f.default is not dataclasses.MISSING:
            plan[f.name] = _constant(f.default)
        else:
            raise TypeError(f"{kind.__name__}.{f.name}: a record's every field has a default")
    _INITS[kind] = plan
    return plan


def _constant(value: object) -> Callable[[], object]:
    return lambda: value


def _arguments(name: str, plan: dict[str, Callable[[], Any]], args: tuple[Any, ...],
               kwargs: dict[str, Any]) -> dict[str, Any]:
    """The values given, by field; a TypeError as a dataclass's __init__ raises it."""
    if len(args) > len(plan):
        raise TypeError(f"{name}() takes {len(plan)} positional arguments but {len(args)} "
                        "were given")
    given = dict(zip(plan, args, strict=False))
    for key, value in kwargs.items():
        if key not in plan:
            raise TypeError(f"{name}() got an unexpected keyword argument {key!r}")
        if key in given:
            raise TypeError(f"{name}() got multiple values for argument {key!r}")
        given[key] = value
    return given


_R = TypeVar("_R", bound=Record)


@dataclass_transform(field_specifiers=(field,))
def record(cls: type[_R]) -> type[_R]:
    """A dataclass of the model: its equality, repr and __init__ are Record's. To mypy,
    as to its readers, a dataclass with all three."""
    return dataclass(eq=False, repr=False, init=False)(cls)


_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(kind: type) -> tuple[str, ...]:
    """A dataclass's field names (none for any other class), looked up once per class:
    equality, and the checks' walks over a document, ask for them a lot."""
    names = _NAMES.get(kind)
    if names is None:
        fields = dataclasses.fields(kind) if dataclasses.is_dataclass(kind) else ()
        names = _NAMES[kind] = tuple(f.name for f in fields)
    return names


def choices(*values: str) -> dict[str, tuple[str, ...]]:
    """Field metadata: the only values a text field may hold (empty means unset)."""
    return {"choices": values}


@record
class DocumentInfo(Record):
    """Title data of the document itself."""

    number: str = ""
    place: str = ""
    effective_date: date | None = None
    status: str = field(default="", metadata=choices(*STATUSES))
    contract_appendix: bool | None = None
    basis: str = ""
    """The legal basis the description was developed on, as a sentence."""
    blank_rows: int | None = field(default=None, metadata={"range": (0, 100)})
    """Empty rows of the acknowledgement sheet after the employees named in the file, for
    those who join later; None prints the default (output.printed.BLANK_ROWS)."""
    export: list[str] = field(default_factory=list, metadata=choices(*EXPORTS))
    """The documents each save in the wizard writes beside the file, besides Markdown."""


@record
class Organization(Record):
    """The employer and the department the position belongs to."""

    name: str = ""
    department: str = ""


@record
class Position(Record):
    """The position described: its titles, category, summary and classifier codes."""

    title: str = ""
    title_genitive: str = ""
    """The title in the genitive, as the Russian heading names the position («ДОЛЖНОСТНАЯ
    ИНСТРУКЦИЯ менеджера по продажам»), kept only when the user corrected the derived
    form (jdwizard.morphology.title_in_genitive); empty means "derive it"."""
    other_titles: list[str] = field(default_factory=list)
    category: str = field(default="", metadata=choices(*CATEGORIES))
    summary: str = ""
    codes: dict[str, str] = field(default_factory=dict)
    """Classifier codes by classifier: okpdtr, okz, isco08, onet, ..."""


@record
class Subordination(Record):
    """To whom the position reports, who reports to it, and who stands in."""

    reports_to: str = ""
    heads_organization: bool | None = None
    """True for the head of the organization, who reports to no position."""
    subordinates: list[str] = field(default_factory=list)
    substitute: str = ""
    appointment: str = ""
    """How the employee is appointed and dismissed, e.g. by order of the director."""


@record
class Items(Record):
    """A section that is a plain list of clauses."""

    lead: str = ""
    """The lead-in the clauses complete: a standard form by its key (rights:
    "infinitive", "accusative"; liability: "za", "accusative"; jdwizard.leadins.FORMS)
    or free text; empty means the standard one («Работник имеет право:»)."""
    items: list[str] = field(default_factory=list)


@record
class Qualifications(Record):
    """What the position asks of the employee, and the lead-ins of its lists."""

    education: str = ""
    experience: str = ""
    experience_required: bool | None = None
    """False when the position needs no work experience, and the document says so."""
    training: list[str] = field(default_factory=list)
    preferred: list[str] = field(default_factory=list)
    knowledge_lead: str = ""
    """The lead-in of the knowledge list: "nominative" («Необходимые знания:», the
    default), "accusative" («Должен знать:») or free text; see jdwizard.leadins."""
    knowledge: list[str] = field(default_factory=list)
    skills_lead: str = ""
    """"nominative" («Необходимые умения:», the default), "infinitive" («Должен уметь:»)
    or free text."""
    skills: list[str] = field(default_factory=list)
    qualities: list[str] = field(default_factory=list)
    guided_by_lead: str = ""
    """"nominative" («Документы, которыми руководствуется работник:», the default),
    "instrumental" («В своей деятельности руководствуется:») or free text."""
    guided_by: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Duty:
    """One duty: its text, and optionally its group, share of time and essential mark."""

    text: str = ""
    group: str = ""
    """Heading the document lists this duty under."""
    share: int | None = None
    """Share of working time, in percent."""
    essential: bool | None = None
    """US practice: an essential (True) or marginal (False) function."""

    @property
    def is_plain(self) -> bool:
        return not self.group and self.share is None and self.essential is None


DUTY_DETAILS: Final = tuple(f.name for f in dataclasses.fields(Duty) if f.name != "text")
"""A duty's fields but its text, in their order."""
DUTY_VALUES: Final = operator.attrgetter("text", *DUTY_DETAILS)
"""A duty's values, in its fields' order: Duty(*DUTY_VALUES(duty)) is a copy."""


@record
class Duties(Record):
    """The duties, in the order they print."""

    items: list[Duty] = field(default_factory=list)


@record
class Conditions(Record):
    """The working conditions: schedule, place, travel, physical demands."""

    schedule: str = ""
    place: str = ""
    travel: str = ""
    physical: str = ""
    environment: str = ""
    employment: str = ""
    items: list[str] = field(default_factory=list)


@record
class Signature(Record):
    """One signature block: the signer's position, name and date."""

    position: str = ""
    name: str = ""
    date: date | None = None


@record
class Approval(Signature):
    """The approval stamp: signed by the approver, or approved by an order."""

    order_number: str = ""
    """Approval by order: «УТВЕРЖДЕНА приказом ООО «Вектор» от 01.12.2026 № 45»."""
    order_date: date | None = None

    @property
    def by_order(self) -> bool:
        return bool(self.order_number.strip() or self.order_date)


@record
class Acknowledgement(Record):
    """One row of the acknowledgement sheet: an employee who signs."""

    name: str = ""
    date: date | None = None
    passport: str = ""
    """Passport details, only where the user asks for them: personal data."""

    @property
    def is_empty(self) -> bool:
        """A row added and never filled in: no employee, on the sheet or to check."""
        return not (self.name.strip() or self.date or self.passport.strip())


@record
class Revision(Record):
    """One change made to the description after it was approved: the change sheet's row."""

    number: str = ""
    """The change's number as the order gives it ("1", "2а"); empty: its place in the list."""
    date: date | None = None
    """When the change was approved; required (check reports it missing)."""
    changes: str = ""
    """What changed, in a sentence or two; required."""
    basis: str = ""
    """The order that approved it: «Приказ от 15.03.2027 № 12»."""
    labour_function: bool | None = None
    """True when the change touched the duties, i.e. the labour function: in a description
    that is an appendix to the employment contract each employee must agree in writing."""

    @property
    def is_empty(self) -> bool:
        """A row added and never filled in: no revision, printed nowhere, checked never."""
        return not (self.number.strip() or self.date or self.changes.strip()
                    or self.basis.strip() or self.labour_function)


@record
class Document(Record):
    """A whole job description, its sections in document order."""

    language: str = field(default="en", metadata=choices(*LANGUAGES))
    preset: str = ""
    """The preset the document started from (informational)."""
    document: DocumentInfo = field(default_factory=DocumentInfo)
    organization: Organization = field(default_factory=Organization)
    position: Position = field(default_factory=Position)
    subordination: Subordination = field(default_factory=Subordination)
    general: Items = field(default_factory=Items)
    """Further general provisions that fit no field."""
    qualifications: Qualifications = field(default_factory=Qualifications)
    functions: Items = field(default_factory=Items)
    duties: Duties = field(default_factory=Duties)
    rights: Items = field(default_factory=Items)
    liability: Items = field(default_factory=Items)
    relationships: Items = field(default_factory=Items)
    conditions: Conditions = field(default_factory=Conditions)
    performance: Items = field(default_factory=Items)
    final: Items = field(default_factory=Items)
    approval: Approval = field(default_factory=Approval)
    author: Signature = field(default_factory=Signature)
    agreed: list[Signature] = field(default_factory=list)
    acknowledged: list[Acknowledgement] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)
    """The changes made since approval, oldest first: the last is the one in force."""


@dataclass(frozen=True)
class NumberedRevision:
    """A revision with its place in the file and the number it prints with."""

    place: int
    """Its place in the file's list, from 1: revisions[place]."""
    number: str
    """The number it prints with: its own, else its place among the revisions (1, 2, ...)."""
    revision: Revision


def numbered_revisions(revisions: list[Revision]) -> list[NumberedRevision]:
    """The revisions that are not empty rows, each with the number the change sheet gives it."""
    kept = [(i, r) for i, r in enumerate(revisions, 1) if not r.is_empty]
    return [NumberedRevision(i, " ".join(r.number.split()) or str(n), r)
            for n, (i, r) in enumerate(kept, 1)]


def current_revision(doc: Document) -> NumberedRevision | None:
    """The last revision of the file, the one employees must have acknowledged; None when
    the description was never revised."""
    numbered = numbered_revisions(doc.revisions)
    return numbered[-1] if numbered else None


def acknowledged_before(row: Acknowledgement, revision: Revision) -> bool:
    """Whether the employee's signature may predate the revision, so they must sign again:
    dated before it, or undated, or the revision itself undated (nobody can tell). A
    signature of the revision's own day counts as made after it."""
    return row.date is None or revision.date is None or row.date < revision.date


def copy_document(doc: Document) -> Document:
    """A deep copy, so that an editor can compare against what was loaded: each list,
    table and dataclass made anew, and the texts, numbers and dates they hold (which
    nobody changes in place) shared, where deepcopy or a pickle's round trip copy them:
    with 3,000 duties 0.2 MiB, against 0.9 MiB by a pickle, and 3 ms against 9."""
    copied: Document = _copy_of(doc)
    return copied


def _copy_of(value: Any) -> Any:
    if isinstance(value, list):
        if value and type(value[0]) is Duty:  # the thousands: a list of duties holds duties
            return [Duty(*values) for values in map(DUTY_VALUES, value)]
        return [_copy_of(item) for item in value]
    if isinstance(value, dict):
        return {key: _copy_of(item) for key, item in value.items()}
    kind = type(value)
    made = _MAKERS[kind] if kind in _MAKERS else _maker(kind)
    return value if made is None else made(value)


_MAKERS: dict[type, Callable[[Any], Any] | None] = {}


def _maker(kind: type) -> Callable[[Any], Any] | None:
    """How a copy of a value of the class is made, None for a value shared as it is
    (a text, a number, a date). A duty's fields hold no list, table or dataclass: it is
    made of its values as they are."""
    made: Callable[[Any], Any] | None = None
    if dataclasses.is_dataclass(kind):
        names = [f.name for f in dataclasses.fields(kind)]
        if kind is Duty:
            made = lambda duty: Duty(*DUTY_VALUES(duty))  # noqa: E731
        else:
            made = lambda obj: kind(**{n: _copy_of(getattr(obj, n)) for n in names})  # noqa: E731
    _MAKERS[kind] = made
    return made
