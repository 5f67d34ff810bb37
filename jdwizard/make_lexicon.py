"""Writes jdwizard/lexicon.py: pymorphy3's readings of the words the vague rules name.

    python -m jdwizard.make_lexicon

The Russian rules by lemma (vague.RUSSIAN_WORDS) name some forty lemmas. Every form of
each, as pymorphy3's dictionary gives it, is read here once, and the readings are kept
in a module: `check` then says whether «достаточном» is a form of «достаточный» without
loading the dictionary (~55 ms, as much as the rest of a check of 50 files). The test
suite reads the forms again and fails when the module no longer matches the installed
dictionary; this writes it anew.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

from jdwizard import vague
from jdwizard.vague import Analysis

TARGET = Path(__file__).with_name("lexicon.py")

_HEADER = '''"""pymorphy3's readings of every form of the lemmas the vague rules name (see
make_lexicon). Written by `python -m jdwizard.make_lexicon`: do not edit.

Per form: its lemmas (and the form itself), apart by spaces; its cases; whether it may be
an adjective or a participle. As vague._analysis gives them.
"""

from typing import Final

ANALYSES: Final[dict[str, tuple[str, str, bool]]] = {
'''


def rule_lemmas() -> frozenset[str]:
    """The lemmas of the rules' words and of the words that make a phrase definite."""
    lemmas: set[str] = set()
    for rule in vague.RUSSIAN_WORDS:
        for slot in rule.slots:
            for word in slot.words:
                lemmas |= word
        lemmas |= rule.unless_next
    return frozenset(lemmas)


def forms(lemmas: Iterable[str]) -> list[str]:
    """Every form of the lemmas in the dictionary, with ё and written with е."""
    morph = vague._morph()
    found: set[str] = set()
    for lemma in lemmas:
        found.add(lemma)
        for parse in morph.parse(lemma):
            if parse.normal_form.replace("ё", "е") == lemma:
                found.update(form.word for form in parse.lexeme)
    found |= {word.replace("ё", "е") for word in found}
    return sorted(found)


def analyses() -> dict[str, Analysis]:
    return {word: vague.read_in_dictionary(word) for word in forms(rule_lemmas())}


def source(table: dict[str, Analysis]) -> str:
    lines = [_HEADER]
    for word, (lemmas, cases, adjective) in table.items():
        lines.append(f"    {word!r}: ({' '.join(sorted(lemmas))!r}, "
                     f"{' '.join(sorted(cases))!r}, {adjective}),\n")
    lines.append("}\n")
    return "".join(lines)


def main() -> int:
    TARGET.write_text(source(analyses()), encoding="utf-8")
    print(f"wrote {TARGET}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
