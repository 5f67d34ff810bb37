"""A Russian professional standard (профессиональный стандарт), from the registry's XML.

The registry publishes each standard as a file whose root is <XMLCardInfo>; its third
section lists the generalized work functions (обобщённые трудовые функции, OTF), each
with the particular functions (трудовые функции, TF) it is made of. One generalized
function is what one position does, so a description is built from one of them.

The file comes from outside: it is parsed by defusedxml with DTDs forbidden, so that no
entity is ever expanded (a "billion laughs" file is refused at its <!DOCTYPE>, before
any expansion) and no external entity or outside file is ever read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers import expat

from defusedxml import DefusedXmlException, DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser

from jdwizard.errors import JDError
from jdwizard.imports import clean, read_source, skeleton, unique
from jdwizard.model import Document, Duty
from jdwizard.uilang import t

ROOT: Final = "XMLCardInfo"
STANDARDS: Final = "ProfessionalStandarts/ProfessionalStandart"
OTF_PATH: Final = "ThirdSection/WorkFunctions/GeneralizedWorkFunctions/GeneralizedWorkFunction"
TF_PATH: Final = "ParticularWorkFunctions/ParticularWorkFunction"


@dataclass
class ParticularFunction:
    """A трудовая функция: what is done (labour actions), and what it takes."""

    code: str
    name: str
    actions: list[str] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    knowledge: list[str] = field(default_factory=list)


@dataclass
class GeneralizedFunction:
    """An обобщённая трудовая функция: one position's work, and who may do it."""

    code: str
    name: str
    level: str
    titles: list[str] = field(default_factory=list)
    education: list[str] = field(default_factory=list)
    experience: list[str] = field(default_factory=list)
    admission: list[str] = field(default_factory=list)
    """Особые условия допуска к работе: medical examinations, clearances, ..."""
    okz: list[str] = field(default_factory=list)
    okpdtr: list[str] = field(default_factory=list)
    eks: list[str] = field(default_factory=list)
    functions: list[ParticularFunction] = field(default_factory=list)


@dataclass
class Standard:
    source: str
    """The file it was read from, for messages."""
    name: str
    registration_number: str
    order_number: str
    approval_date: str
    okz: list[str] = field(default_factory=list)
    """The standard's own ОКЗ groups (its first section), for a function naming none."""
    functions: list[GeneralizedFunction] = field(default_factory=list)


# --- reading ----------------------------------------------------------------------------


def read(path: str | Path) -> Standard:
    """The standard in a registry XML file; every problem with the file is a JDError."""
    root = parse_xml(read_source(path), path)
    return standard_of(root, str(path))


def parse_xml(data: bytes, path: str | Path) -> Element:
    """The XML's root element, parsed with no DTD, hence no entity, ever taken in."""
    parser = DefusedXMLParser(target=TreeBuilder(), forbid_dtd=True)
    try:
        parser.feed(data)
        root: Element = parser.close()
    except ParseError as exc:
        line, column = exc.position
        # expat counts columns from 0; the place is said as an editor shows it.
        raise JDError(path, t("not well-formed XML: {reason}",
                              reason=expat.ErrorString(exc.code)),
                      f"line {line}, column {column + 1}") from None
    except DefusedXmlException as exc:
        # The expat parser stopped in the declaration, whose line it gives (its column is
        # the declaration's end, not where it starts: left out).
        place = f"line {parser.parser.CurrentLineNumber}"
        message = (t("a DTD (<!DOCTYPE ...>) is not allowed: it is not read, so that no "
                     "entity is expanded and no outside file is read")
                   if isinstance(exc, DTDForbidden)
                   else t("entities are not allowed: none is expanded or read"))
        raise JDError(path, message, place) from None
    return root


def standard_of(root: Element, source: str) -> Standard:
    """The one standard of the file's XML; XML of another kind is a JDError."""
    _drop_namespaces(root)
    if root.tag != ROOT:
        raise JDError(source, t("not a professional standard: the XML's root is <{root}>, "
                                "not <{expected}>", root=root.tag, expected=ROOT))
    found = root.findall(STANDARDS)
    if not found:
        raise JDError(source, t("not a professional standard: <{root}> holds no {path}",
                                root=ROOT, path=STANDARDS))
    if len(found) > 1:
        raise JDError(source, t("holds {count} professional standards; save the one to "
                                "import in a file of its own", count=len(found)))
    ps = found[0]
    return Standard(
        source=source,
        name=_text(ps, "NameProfessionalStandart"),
        registration_number=_text(ps, "RegistrationNumber"),
        order_number=_text(ps, "OrderNumber"),
        approval_date=_text(ps, "DateOfApproval"),
        okz=unique(_texts(ps, "FirstSection//ListOKZ/*/CodeOKZ")),
        functions=[_generalized(otf) for otf in ps.iterfind(OTF_PATH)],
    )


def _drop_namespaces(root: Element) -> None:
    """Tags without a namespace: the registry writes none, but a file saved by another
    tool may put the elements in a default one."""
    if not root.tag.startswith("{"):
        return
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = element.tag.rpartition("}")[2]


def _generalized(otf: Element) -> GeneralizedFunction:
    plus = "OtherCharacteristicPlus"
    return GeneralizedFunction(
        code=_text(otf, "CodeOTF"),
        name=_text(otf, "NameOTF"),
        level=_text(otf, "LevelOfQualification"),
        titles=_titles(otf),
        education=_list(otf, "EducationalRequirements"),
        experience=_list(otf, "RequirementsWorkExperiences"),
        admission=_list(otf, "SpecialConditionsForAdmissionToWork"),
        okz=unique(_texts(otf, f"{plus}/ListOKZ/*/CodeOKZ")),
        okpdtr=unique(_texts(otf, f"{plus}/ListOKPDTR/*/CodeOKPDTR")),
        eks=unique(_texts(otf, f"{plus}/ListEKS/*/CodeEKS")),
        functions=[_particular(tf) for tf in otf.iterfind(TF_PATH)],
    )


def _particular(tf: Element) -> ParticularFunction:
    return ParticularFunction(
        code=_text(tf, "CodeTF"),
        name=_text(tf, "NameTF"),
        actions=_list(tf, "LaborActions"),
        skills=_list(tf, "RequiredSkills"),
        knowledge=_list(tf, "NecessaryKnowledges"),
    )


def _value(element: Element) -> str:
    return clean("".join(element.itertext()))


def _text(parent: Element, path: str) -> str:
    found = parent.find(path)
    return _value(found) if found is not None else ""


def _texts(parent: Element, path: str) -> list[str]:
    return [v for v in map(_value, parent.iterfind(path)) if v]


def _items(parent: Element, container: str) -> list[Element]:
    """A list element's items (<LaborActions><LaborAction>...); one written with its
    text and no items is its own one item."""
    found = parent.find(container)
    if found is None:
        return []
    return list(found) if len(found) else [found]


def _list(parent: Element, container: str) -> list[str]:
    """The texts of a list element's items; empty ones (and «-») are left out."""
    return [v for v in map(_value, _items(parent, container)) if v]


def _titles(otf: Element) -> list[str]:
    """The possible job titles: an item may hold several, one to a line."""
    lines = ("".join(item.itertext()).splitlines() for item in _items(otf, "PossibleJobTitles"))
    return unique([clean(line) for group in lines for line in group])


# --- the description --------------------------------------------------------------------


_LATIN_OF: Final = str.maketrans("АВСЕНКМОРТХаесорх", "ABCEHKMOPTXaecopx")
"""Cyrillic letters that look Latin: a code typed on the Russian layout («А») is the
registry's Latin A."""


def _code_key(code: str) -> str:
    return code.strip().translate(_LATIN_OF).casefold()


def find_function(standard: Standard, code: str) -> GeneralizedFunction:
    for function in standard.functions:
        if _code_key(function.code) == _code_key(code):
            return function
    codes = ", ".join(f.code for f in standard.functions if f.code)
    if not codes:
        raise JDError(standard.source, t("the standard lists no generalized work functions"))
    raise JDError(standard.source, t("no generalized work function {code}; the functions "
                                     "are {codes}", code=code, codes=codes))


def build_document(standard: Standard, function: GeneralizedFunction,
                   title: str | None = None) -> Document:
    """A Russian description of the position that performs the function: the Russian
    skeleton (rights, liability, final provisions, guiding documents) with the
    function's titles, duties, knowledge, skills, requirements and codes."""
    doc = skeleton("ru")
    pos = doc.position
    pos.title = clean(title) or (function.titles[0] if function.titles else "")
    if not pos.title:
        raise JDError(standard.source, t("the function {code} names no possible job title; "
                                         "give one with --title", code=function.code))
    pos.other_titles = [name for name in function.titles if name != pos.title]
    pos.summary = function.name
    okz = function.okz or standard.okz
    pos.category = category(pos.title, okz, function.okpdtr, function.level)
    pos.codes = {key: ", ".join(values) for key, values in
                 (("okz", okz), ("okpdtr", function.okpdtr), ("eks", function.eks)) if values}
    _fill_qualifications(doc, function)
    doc.functions.items = unique([tf.name for tf in function.functions])
    doc.duties.items = duties(function)
    if function.admission:
        doc.general.items.append(admission_clause(function.admission))
    doc.document.basis = basis(standard)
    return doc


def _fill_qualifications(doc: Document, function: GeneralizedFunction) -> None:
    q = doc.qualifications
    q.education = joined(function.education)
    q.experience = joined(function.experience)
    q.knowledge = unique([k for tf in function.functions for k in tf.knowledge])
    q.skills = unique([s for tf in function.functions for s in tf.skills])
    if mostly_infinitives(q.skills):
        # A standard writes its skills as verbs («Использовать методы ...»), mostly:
        # they complete «Должен уметь:», not the default «Необходимые умения:».
        q.skills_lead = "infinitive"


_INFINITIVE_ENDINGS: Final = ("ть", "ться", "ти", "тись", "чь", "чься")


def mostly_infinitives(items: list[str]) -> bool:
    """Whether more than half of the items begin with what looks like an infinitive
    (a guess by the ending, for the lead-in: check then names the items that differ)."""
    verbs = sum(bool(item.split()) and item.split()[0].casefold().endswith(_INFINITIVE_ENDINGS)
                for item in items)
    return verbs * 2 > len(items)


def duties(function: GeneralizedFunction) -> list[Duty]:
    """Every labour action, as written, under the name of its particular function. A
    particular function that lists no actions is one duty of its own name, so that no
    part of the work is lost; a generalized function with none at all, its name."""
    found: list[Duty] = []
    for tf in function.functions:
        actions = tf.actions or [tf.name]
        found.extend(Duty(action, group=tf.name) for action in actions if action)
    if not found and function.name:
        found.append(Duty(function.name))
    return found


def admission_clause(conditions: list[str]) -> str:
    """The special conditions of admission as one general provision.

    Kept in the general provisions, where a Russian description states who may be
    appointed: the model's qualification lists are education, experience, further
    training and what is preferred, and a condition put in either of the last two
    would read as training or as optional, which it is not."""
    return f"Особые условия допуска к работе: {joined(conditions, lower_first=True)}."


def joined(values: list[str], lower_first: bool = False) -> str:
    """Items of one requirement as one text: «Высшее образование; повышение
    квалификации». Each item after the first begins in lower case when it begins with
    a common capitalized word (an acronym such as «СПО» keeps its capitals)."""
    parts = [_lowered(v) if i or lower_first else v for i, v in enumerate(values)]
    return "; ".join(p.rstrip(".;") for p in parts)


def _lowered(text: str) -> str:
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


_MANAGER_WORDS: Final = frozenset({
    "руководитель", "начальник", "директор", "заведующий", "заведующая", "управляющий",
    "председатель", "заместитель",
})
"""A title with one of these words (in the nominative, as a title is written) names a
manager: «Руководитель проекта», «Заместитель начальника», not «Помощник директора»."""

_OKZ_CATEGORY: Final = {"1": "manager", "2": "specialist", "3": "specialist", "4": "technical",
                        **dict.fromkeys("56789", "worker")}
"""ОКЗ's major groups: 1 managers, 2 and 3 specialists of higher and middle
qualification, 4 clerks (технические исполнители), 5 to 9 workers."""


def category(title: str, okz: list[str], okpdtr: list[str], level: str) -> str:
    """The employee category: the title's words first (the most specific), then the
    ОКЗ major group, then the ОКПДТР (codes 1xxxx are workers' trades), then the
    qualification level (up to 3: workers; 7 and above: managers), else a specialist."""
    words = set(re.split(r"[\s\-]+", title.casefold()))
    if words & _MANAGER_WORDS:
        return "manager"
    for code in okz:
        if code[:1] in _OKZ_CATEGORY:
            return _OKZ_CATEGORY[code[:1]]
    if any(code.startswith("1") for code in okpdtr):
        return "worker"
    digits = re.match(r"\d+", level)
    if digits:
        number = int(digits[0])
        if number <= 3:
            return "worker"
        if number >= 7:
            return "manager"
    return "specialist"


def basis(standard: Standard) -> str:
    """The sentence saying what the description was developed on: «Разработана на основе
    профессионального стандарта «Программист», утверждённого приказом Минтруда России от
    18.11.2013 № 679н.», with what the file leaves out left out."""
    if standard.name:
        named = f"«{standard.name}»"
    elif standard.registration_number:
        named = f"(регистрационный номер {standard.registration_number})"
    else:
        named = ""
    text = " ".join(filter(None, ("Разработана на основе профессионального стандарта", named)))
    order = " ".join(filter(None, (
        f"от {approval_date(standard.approval_date)}" if standard.approval_date else "",
        f"№ {standard.order_number}" if standard.order_number else "")))
    if order:
        text += f", утверждённого приказом Минтруда России {order}"
    return text + "."


_ISO_DATE: Final = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.+\-Z]*)?")
_DOTTED_DATE: Final = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*г\.?)?")


def approval_date(text: str) -> str:
    """DD.MM.YYYY, as an order's date is written; a date written out in words
    («18 ноября 2013 г.») is kept as it is."""
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        return f"{int(iso[3]):02}.{int(iso[2]):02}.{iso[1]}"
    dotted = _DOTTED_DATE.fullmatch(text)
    if dotted:
        return f"{int(dotted[1]):02}.{int(dotted[2]):02}.{dotted[3]}"
    return text
