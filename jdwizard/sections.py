"""The names `jdwizard edit --section` takes, resolved to where the wizard opens.

A name is a step (its key, or its title as the wizard shows it: "Sign-off"), a part of
the document that lives inside a step ("final": the final provisions, in the conditions
step), or the Russian name of either («обязанности»). Case, spaces, hyphens and
underscores do not matter. It resolves to a step key or to a place of the model
("final.items") for the wizard to focus.

Kept apart from the step logic and from Textual, so that the command line can check
the name before the wizard loads, and render and check stay light.
"""

from __future__ import annotations

import functools
from typing import Final

from jdwizard.errors import JDError
from jdwizard.findings import N_
from jdwizard.uilang import t

SECTIONS: Final = (
    "position", "subordination", "qualifications", "duties", "rights", "liability",
    "conditions", "signoff", "review",
)
"""The wizard's steps (jdwizard.steps.SECTION_NAMES, which a test keeps equal), written
out so that the command line need not import the wizard's step logic."""

PARTS: Final = {
    "general": "general.items",
    "functions": "functions.items",
    "relationships": "relationships.items",
    "performance": "performance.items",
    "final": "final.items",
    "knowledge": "qualifications.knowledge",
    "approval": "approval",
    "agreed": "agreed",
    "acknowledged": "acknowledged",
}
"""Parts of the document inside a step, by name: the place to focus."""

OTHER_NAMES: Final = {
    # The step titles the wizard shows, where they differ from the key
    "Sign-off": "signoff",
    "Review & save": "review",
    "acknowledgement": "acknowledged",
    "acknowledgment": "acknowledged",
    # What a Russian HR officer calls them
    "должность": "position",
    "подчинённость": "subordination",
    "квалификация": "qualifications",
    "квалификационные требования": "qualifications",
    "обязанности": "duties",
    "должностные обязанности": "duties",
    "права": "rights",
    "ответственность": "liability",
    "условия": "conditions",
    "условия работы": "conditions",
    "подписи": "signoff",
    "проверка": "review",
    "общие положения": "general",
    "функции": "functions",
    "взаимоотношения": "relationships",
    "критерии оценки": "performance",
    "заключительные положения": "final",
    "знания": "knowledge",
    "утверждение": "approval",
    "согласование": "agreed",
    "ознакомление": "acknowledged",
    "лист ознакомления": "acknowledged",
}
"""Other names of a step or a part, by the step key or part name they stand for."""


def _key(name: str) -> str:
    """The name as compared: "Sign-off", "sign off" and "SIGN_OFF" are all "signoff"."""
    folded = name.casefold().replace("ё", "е").replace("&", "and")
    return "".join(c for c in folded if c.isalnum())


@functools.cache
def _targets() -> dict[str, tuple[str, str]]:
    """(the name as written here, what it resolves to), by the name as compared."""
    targets = {_key(s): (s, s) for s in SECTIONS}
    targets.update({_key(part): (part, place) for part, place in PARTS.items()})
    for name, meant in OTHER_NAMES.items():
        targets[_key(name)] = (name, PARTS.get(meant, meant))
    return targets


def accepted_names() -> list[str]:
    """Every name --section takes, in one spelling each."""
    return [name for name, _ in _targets().values()]


def resolve(name: str) -> str:
    """The step key or the place a section name stands for; JDError for an unknown name."""
    found = _targets().get(_key(name))
    if found is None:
        raise JDError("--section", _unknown(name))
    return found[1]


def _unknown(name: str) -> str:
    import difflib  # only on this error path

    close = difflib.get_close_matches(_key(name), list(_targets()), n=1)
    if close:
        return t('unknown section "{name}" (did you mean "{guess}"?); {accepted}',
                 name=name, guess=_targets()[close[0]][0], accepted=description())
    return t('unknown section "{name}"; {accepted}', name=name, accepted=description())


_DESCRIPTION: Final = N_(
    "the steps: {steps}; parts inside them: {parts}; also the titles the wizard shows "
    '("Sign-off", "Review & save") and Russian names («обязанности», «общие положения», '
    "...), in any case"
)


def description() -> str:
    """The names --section takes, in the interface's language."""
    return t(_DESCRIPTION, steps=", ".join(SECTIONS), parts=", ".join(PARTS))


DESCRIPTION: Final = _DESCRIPTION.format(steps=", ".join(SECTIONS), parts=", ".join(PARTS))
"""The names --section takes, in English (see description() for the interface's language)."""
