"""The lexicon of the vague rules' word forms (jdwizard/lexicon.py) says what pymorphy3's
dictionary says, so that `check` can do without the dictionary.
"""

from __future__ import annotations

import re
import subprocess
import sys

from jdwizard import make_lexicon, presets, vague
from jdwizard.checks import texts_of

WORDS = re.compile(r"[а-яё]+(?:-[а-яё]+)*")


def test_the_lexicon_is_what_the_installed_dictionary_gives() -> None:
    # After a change of the rules or of pymorphy3's dictionary: python -m jdwizard.make_lexicon
    written = make_lexicon.TARGET.read_text(encoding="utf-8")
    assert written == make_lexicon.source(make_lexicon.analyses())


def test_the_lexicon_holds_every_form_of_a_lemma() -> None:
    for form in ["достаточном", "достаточного", "иных", "прочими", "поручений", "функциях",
                 "своевременного", "надлежащим", "соответствующему", "служащих", "сроки"]:
        assert vague._in_lexicon(form) is not None, form


def russian_words() -> list[str]:
    """Every word of the Russian presets, and of the phrases the rules are tested on."""
    words: set[str] = set()
    for preset in presets.all_presets():
        if preset.language == "ru":
            for _, text in texts_of(preset.document):
                words.update(WORDS.findall(text.lower()))
    for piece in ["и других правоведов", "при образовании другого", "друга", "разное",
                  "безразличных", "своевременность", "прочесть", "иначе", "срочно",
                  "мерах", "случаях", "соответствовать", "служить", "достаточнее"]:
        words.update(WORDS.findall(piece))
    return sorted(words)


def test_a_word_is_a_form_of_a_rules_lemma_as_the_dictionary_says() -> None:
    lemmas = make_lexicon.rule_lemmas()
    words = russian_words()
    assert len(words) > 1000
    wrong = [word for word in words
             if vague._rule_lemmas(word) & lemmas != vague.read_in_dictionary(word)[0] & lemmas]
    assert wrong == []


def test_the_russian_presets_are_checked_without_the_dictionary() -> None:
    probe = ("import sys\n"
             "from jdwizard import checks, presets\n"
             "for p in presets.all_presets():\n"
             "    if p.language == 'ru':\n"
             "        list(checks.check_document(p.document))\n"
             "print('pymorphy3' in sys.modules)\n"
             "from jdwizard.model import Duty\n"
             "doc = presets.new_document('sales-manager-ru')\n"
             "doc.duties.items.append(Duty('Выполняет иные поручения руководителя'))\n"
             "print([f.message for f in checks.check_document(doc) if 'иные' in f.message])\n"
             "print('pymorphy3' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert out[0] == "False"
    assert "«иные поручения»" in out[1]
    assert out[2] == "False"  # a form of the rules' words: the lexicon says so


def test_an_adjective_between_the_words_still_needs_the_dictionary() -> None:
    # «в случае производственной необходимости»: any adjective, which no lexicon lists.
    found = vague.find("Выходит на работу в случае производственной необходимости")
    assert [p.text for p in found] == ["в случае производственной необходимости"]
