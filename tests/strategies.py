"""Hypothesis strategies for whole documents, with text that tries hard to be markup."""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from jdwizard.model import (
    CATEGORIES,
    STATUSES,
    Acknowledgement,
    Approval,
    Conditions,
    Document,
    DocumentInfo,
    Duties,
    Duty,
    Items,
    Organization,
    Position,
    Qualifications,
    Signature,
    Subordination,
)

MARKUP_PIECES = [
    "# ", "## ", "| a | b |", "<script>", "</div>", "1. ", "2) ", "---", "***", "___", "- ",
    "+ ", "> ", "`", "```", "~~~", "*", "_", "**", "[x](y)", "![i](u)", "&amp;", "&#42;",
    "\\", "=", "===", " ", "  ", "\n", "\t", "<http://a.b>", ":", "…",
]
_word = st.text(alphabet="abcXYZабвЖЁ0123456789.,;!?()'\"%", min_size=1, max_size=6)
text = st.lists(st.one_of(_word, st.sampled_from(MARKUP_PIECES)), max_size=6).map("".join)
texts = st.lists(text, max_size=4)
dates = st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
flags = st.one_of(st.none(), st.booleans())

duties = st.builds(
    Duty,
    text=text,
    group=st.one_of(st.just(""), st.sampled_from(["Contracts", "# Reports", "Клиенты"]), text),
    share=st.one_of(st.none(), st.integers(0, 100)),
    essential=flags,
)
signatures = st.builds(Signature, position=text, name=text, date=dates)
approvals = st.builds(Approval, position=text, name=text, date=dates,
                      order_number=st.one_of(st.just(""), text), order_date=dates)
documents = st.builds(
    Document,
    language=st.sampled_from(["en", "ru"]),
    preset=st.sampled_from(["", "sales-manager"]),
    document=st.builds(
        DocumentInfo, number=text, place=text, effective_date=dates,
        status=st.sampled_from(("", *STATUSES)), contract_appendix=flags, basis=text,
    ),
    organization=st.builds(Organization, name=text, department=text),
    position=st.builds(
        Position, title=text, other_titles=texts, category=st.sampled_from(("", *CATEGORIES)),
        summary=text,
        codes=st.dictionaries(st.sampled_from(["okpdtr", "okz", "isco08", "x-y"]), text,
                              max_size=3),
    ),
    subordination=st.builds(
        Subordination, reports_to=text, heads_organization=flags, subordinates=texts,
        substitute=text, appointment=text,
    ),
    general=st.builds(Items, items=texts),
    qualifications=st.builds(
        Qualifications, education=text, experience=text, experience_required=flags,
        training=texts, preferred=texts,
        knowledge=texts, skills=texts, qualities=texts, guided_by=texts,
    ),
    functions=st.builds(Items, items=texts),
    duties=st.builds(Duties, items=st.lists(duties, max_size=5)),
    rights=st.builds(Items, items=texts),
    liability=st.builds(Items, items=texts),
    relationships=st.builds(Items, items=texts),
    conditions=st.builds(
        Conditions, schedule=text, place=text, travel=text, physical=text, environment=text,
        employment=text, items=texts,
    ),
    performance=st.builds(Items, items=texts),
    final=st.builds(Items, items=texts),
    approval=approvals,
    author=signatures,
    agreed=st.lists(signatures, max_size=2),
    acknowledged=st.lists(
        st.builds(Acknowledgement, name=text, date=dates, passport=text), max_size=3
    ),
)
