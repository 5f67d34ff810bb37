"""Vague wording: phrases that leave a list, a duty, a term or a condition open.

The Russian list follows the methodology of anti-corruption expertise (Методика
проведения антикоррупционной экспертизы, Постановление Правительства РФ от 26.02.2010
№ 96, п. 3 «а» and «в»): the indefinite term or condition of a decision («при
необходимости», «своевременно», «в кратчайшие сроки», «в исключительных случаях») and
the evaluative, ambiguous term («разумный срок», «достаточные основания», «надлежащий»,
«соответствующий», «иные», «другие», «прочие»). Russian words are matched by lemma
(pymorphy3), so that «различных сведений», «иных поручений», «своевременного» are found
as «различные», «иные поручения», «своевременно» are; abbreviations («и т.д.», «и т.п.»,
«и др.») by their text. The English list is the one job-ad and prose linters keep
(write-good's weasel words, joblint's catch-alls): "etc.", "as needed", "other duties as
assigned", "in a timely manner", "various", "some", "quite", ..., matched case-blind in
their plural and -ly forms.

Left out on purpose, as real descriptions say them and mean something definite:
«в установленном порядке», «в установленные сроки» (the order and the terms are the
organization's own acts), «в пределах своей компетенции», «ненадлежащее» and
«несвоевременное исполнение» (the Labour Code's words for a disciplinary offence),
«незамедлительно» (at once), «вправе» (in the rights section it is the right itself),
«как правило», "usually", "generally" (working conditions describe what is usual),
"very", "highly" (puffery, not vagueness), "multiple", "including but not limited to".

Three looks, each cheaper than the next: the text against all the rules' key words (as
plain strings; for `check`, in one pass of an Aho-Corasick automaton); the surface
regex of each rule whose words it holds, which needs no pymorphy3 and matches every
text the rule can match; only then, for a Russian rule, the lemmas of the words.
pymorphy3 loads its dictionary in ~0.1 s: it is loaded once, when a text passes the
first two looks of a Russian rule. A description in English never loads it. The first
two are taken for all of a document's new texts at once (find_all), and a text looked
at once in a run is not looked at again.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final, NamedTuple

from jdwizard import uilang
from jdwizard.findings import N_
from jdwizard.uilang import t

# Why a phrase is vague and what to write instead. Short: the Review step gives a
# finding one line of ~55 characters after the place, two at most.
OPEN_LIST: Final = N_("an open list; name the items instead")
CATCH_ALL: Final = N_("a catch-all; list the duties themselves")
NO_CONDITION: Final = N_("no condition named; say when exactly")
OPTIONAL: Final = N_("makes it optional; say when it applies")
WHICH_CASES: Final = N_("which cases? name them")
NO_DEADLINE: Final = N_("no deadline; give the term or the date")
NO_MEASURE: Final = N_("evaluative; give the measure or the limit")
NO_STANDARD: Final = N_("evaluative; name the rule or standard to meet")
NO_REFERENT: Final = N_("which one? name it instead")
HOW_MANY: Final = N_("how many? give the number")
HEDGE: Final = N_("a hedge; say it plainly or leave it out")


class VaguePhrase(NamedTuple):
    """One vague phrase of a text: as written there, where, and why it is vague."""

    text: str
    start: int
    end: int
    reason: str
    """In English (one of the constants above): the message translates it."""
    rule: str
    key: str
    """A phrase written twice in a text, in any of its forms, has one key."""

    @property
    def message(self) -> str:
        """In the interface's language; a phrase in Russian, or said in Russian, in «»."""
        russian = _CYRILLIC.search(self.text) or uilang.current() == "ru"
        quoted = f"«{self.text}»" if russian else f'"{self.text}"'
        return t("vague wording {phrase}: {reason}", phrase=quoted, reason=t(self.reason))


def find(text: str, place: str = "") -> list[VaguePhrase]:
    """Each vague phrase of the text, in text order; a phrase written twice (in any of
    its forms: «различных ... различные») is given once, where it is first written.

    place is where the text stands in the document (checks.iter_texts): names
    (organization.name, a signatory's name, numbers) are not wording and are skipped."""
    return [phrase for _, phrase in find_all([(place, text)])]


def find_all(texts: Iterable[tuple[str, str]]) -> list[tuple[str, VaguePhrase]]:
    """find for each (place, text) of a document: (place, phrase), in the texts' order.

    A text looked at before in this run is not looked at again: a company's
    descriptions are copies of a few presets' clauses. The others are looked at
    together first, as most documents hold no vague phrase and one look at all their
    text says so, and names the few rules each text is then looked at for.

    The texts are gone over once, and only those with phrases, or not seen before, are
    held meanwhile: the wizard checks all of a 3,000-duty document's texts again after
    each pause, nearly all of them seen, and without a phrase."""
    held: list[tuple[str, str, tuple[VaguePhrase, ...] | None]] = []
    new: dict[str, tuple[VaguePhrase, ...]] = {}
    for place, text in texts:
        # A list's item ("duties.items[3]") is never a name: most texts are items.
        if not place.endswith("]") and _is_a_name(place):
            continue
        seen = _SEEN.get(text)  # one look: another thread may clear _SEEN meanwhile
        if seen is None:
            new[text] = ()
            held.append((place, text, None))
        elif seen:
            held.append((place, text, seen))
    looked = list(new)
    # A few hundred at a time: the first check of a 3,000-duty document made their
    # lower-case copies and the join of those at once (0.6 MiB), and the look of each
    # text is its own whatever else is looked at with it.
    for start in range(0, len(looked), _AT_A_TIME):
        some = looked[start:start + _AT_A_TIME]
        for text, rules in zip(some, _candidates_of_each(some), strict=True):
            if rules:
                new[text] = _phrases(text, rules)
    if new:
        if len(_SEEN) + len(new) > _SEEN_MOST:
            _SEEN.clear()  # a bound on the memory a long session's edits could take
        _SEEN.update(new)
    return [(place, phrase) for place, text, seen in held
            for phrase in (new[text] if seen is None else seen)]


_AT_A_TIME: Final = 512
_SEEN: Final[dict[str, tuple[VaguePhrase, ...]]] = {}
_SEEN_MOST: Final = 1 << 14


def _phrases(text: str, rules: Sequence[Rule]) -> tuple[VaguePhrase, ...]:
    """The text's phrases by the rules (those it may match, or all of them)."""
    matches = [m for rule in rules for m in _matches(rule, text)]
    found: list[VaguePhrase] = []
    seen: set[str] = set()
    end = -1
    # Leftmost first, the longest of those starting together: «и иные поручения»
    # rather than «и иные» inside it.
    for match in sorted(matches, key=lambda m: (m.start, -m.end)):
        if match.start < end:
            continue
        end = match.end
        if match.key in seen or _legitimate_here(text, match):
            continue
        seen.add(match.key)
        found.append(match)
    return tuple(found)


# --- The rules --------------------------------------------------------------------------


class Slot(NamedTuple):
    """One word of a Russian phrase: one of these words, each given by its lemmas
    («своевременно» and «своевременный» are one word here), or, with none given, any
    adjective or participle («в случае производственной необходимости»)."""

    words: tuple[frozenset[str], ...]
    optional: bool

    def which(self, word: str) -> int | None:
        """Which of the slot's words this word is (0: an adjective), or None."""
        if not self.words:
            return 0 if _analysis(word.lower())[2] else None
        lemmas = _rule_lemmas(word.lower())
        return next((k for k, w in enumerate(self.words) if not w.isdisjoint(lemmas)), None)


class Rule(NamedTuple):
    name: str
    keys: frozenset[str]
    """Lower-case words (or parts of words) one of which every text the rule matches
    holds; none: the rule is looked for by its regex alone."""
    surface: str
    """A regex in lower case: the phrase itself, or for a rule by lemma (slots) one that
    every text the rule can match matches, without pymorphy3."""
    reason: str
    slots: tuple[Slot, ...] = ()
    unless_next: frozenset[str] = frozenset()
    """Lemmas of the word after the phrase that make it definite."""
    loose: str = ""
    """A regex that every text the surface regex matches matches too, faster (it begins
    with letters, where the surface begins with a choice): it finds the texts to look
    at with the surface regex."""


def _by_text(name: str, keys: str, surface: str, reason: str, loose: str = "") -> Rule:
    return Rule(name, frozenset(keys.split()), surface, reason, loose=loose)


_NOT_BY: Final = r"(?!\s+(?:by|under|in)\b)"  # "as required by law" names who requires
_DUTIES: Final = r"(?:duties|duty|tasks?|responsibilit(?:y|ies)|assignments?|projects?)"
_AS_ASSIGNED: Final = (r"(?:\s+(?:as|when|if)\s+(?:assigned|required|directed|needed|requested"
                       r"|necessary))?")
_NEEDED: Final = "needed necessary required appropriate"
_OTHER_DUTIES: Final = r"other\s+(?:(?:related|similar|job-related|ad[\s-]hoc)\s+)?" + _DUTIES

ENGLISH: Final = (
    _by_text("etc", "etc cetera", r"(?:etc|et\s+cetera)(?:\.|(?!\w))", OPEN_LIST),
    _by_text("and so on", "so", r"and\s+so\s+(?:on|forth)", OPEN_LIST),
    _by_text("and the like", "like", r"and\s+the\s+like", OPEN_LIST),
    _by_text("and others", "others", r"and\s+others", OPEN_LIST),
    _by_text("and more", "more", r"and\s+(?:much\s+)?more(?=\s*(?:[.;,:)!\0]|$))", OPEN_LIST),
    _by_text("among others", "among", r"among\s+others", OPEN_LIST),
    _by_text("and similar", "similar", r"and\s+similar", OPEN_LIST),
    _by_text("various", "various", r"various", OPEN_LIST),
    _by_text("a variety of", "variety", r"a\s+(?:wide\s+)?variety\s+of", OPEN_LIST),
    _by_text("other duties", "other",
             r"(?:(?:any|all)\s+)?" + _OTHER_DUTIES + _AS_ASSIGNED, CATCH_ALL,
             loose=_OTHER_DUTIES),
    _by_text("additional duties", "additional hoc",
             r"(?:additional|ad[\s-]hoc)\s+" + _DUTIES + _AS_ASSIGNED, CATCH_ALL),
    _by_text("miscellaneous", "miscellaneous",
             r"miscellaneous(?:\s+" + _DUTIES + ")?" + _AS_ASSIGNED, CATCH_ALL),
    _by_text("as needed", _NEEDED,
             r"as\s+(?:and\s+when\s+)?(?:needed|necessary|required|appropriate)" + _NOT_BY,
             NO_CONDITION),
    _by_text("if needed", _NEEDED,
             r"(?:if|when|where|whenever|wherever)\s+(?:necessary|needed|required|appropriate)"
             + _NOT_BY, NO_CONDITION),
    _by_text("as the need arises", "arises", r"as\s+the\s+need\s+arises", NO_CONDITION),
    _by_text("if possible", "possible",
             r"(?:if|where|when|whenever|wherever)\s+possible|as\s+far\s+as\s+possible",
             OPTIONAL),
    _by_text("timely", "timely", r"(?:in\s+a\s+)?timely(?:\s+(?:manner|fashion|way))?",
             NO_DEADLINE),
    _by_text("promptly", "promptly", r"promptly", NO_DEADLINE),
    _by_text("asap", "asap soon", r"as\s+soon\s+as\s+possible|asap", NO_DEADLINE),
    _by_text("in due course", "course", r"in\s+due\s+course", NO_DEADLINE),
    _by_text("appropriate", "appropriate appropriately", r"appropriate(?:ly)?", NO_STANDARD),
    _by_text("proper", "proper properly", r"proper(?:ly)?", NO_STANDARD),
    # The ADA's "reasonable accommodation" is a term of the law, not an estimate.
    _by_text("reasonable", "reasonable reasonably",
             r"reasonabl[ey](?!\s+accommodations?\b)", NO_MEASURE),
    # "English sufficient for business correspondence" names the measure.
    _by_text("sufficient", "sufficient sufficiently adequate adequately",
             r"(?:sufficient|adequate)(?:ly)?(?!\s+(?:for|to)\b)", NO_MEASURE),
    _by_text("relevant", "relevant", r"relevant(?!\s+to\b)", NO_REFERENT),
    _by_text("some", "some", r"some", HOW_MANY),
    _by_text("many", "many", r"(?<!how )many", HOW_MANY),
    _by_text("several", "several numerous number", r"several|numerous|a\s+number\s+of",
             HOW_MANY),
    _by_text("quite", "quite somewhat relatively", r"quite|somewhat|relatively", HEDGE),
    # "treat customers fairly" is fairness; "fairly large" is the hedge.
    _by_text("fairly", "fairly",
             r"fairly(?=\s+\w)(?!\s+(?:and|or|to|with|in|at|by|for|on|as|when)\b)", HEDGE),
)

RUSSIAN_TEXT: Final = (
    # Their key is "т.", not the letter «т», which most Russian words hold.
    _by_text("и т.д.", "т.", r"и\s+т\.\s?д(?:\.|(?!\w))", OPEN_LIST),  # и т.д., и т. д., и т.д
    _by_text("и т.п.", "т.", r"и\s+т\.\s?п(?:\.|(?!\w))", OPEN_LIST),
    _by_text("и др.", "др", r"и\s+др(?:\.|(?!\w))", OPEN_LIST),
    # No key: «пр» begins many Russian words («при», «права»), and the regex begins
    # with «и» and a space.
    _by_text("и пр.", "", r"и\s+(?:пр|проч)(?:\.|(?!\w))", OPEN_LIST),
    _by_text("и так далее", "далее", r"и\s+так\s+далее", OPEN_LIST),
    _by_text("и тому подобное", "подобное", r"и\s+тому\s+подобное", OPEN_LIST),
)
"""Abbreviations and fixed phrases, by their text."""

_ADJ_ENDINGS: Final = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
    "ыми", "ими", "ых", "их", "ую", "юю", "ом", "ем", "ей", "ою", "ею", "о", "а", "ы", "е",
)
"""Full forms, then the short forms and the adverb: «своевременно», «надлежаще»."""


def _adjective(*stems: str, short: str = "") -> tuple[frozenset[str], str]:
    """The forms of adjectives by their stems and (short, apart by spaces) their
    masculine short forms: as key words, and as a regex. «своевременного»,
    «своевременна», «своевременно», «своевременен», not the noun «своевременность»."""
    shorts = short.split()
    forms = frozenset({s + e for s in stems for e in _ADJ_ENDINGS} | set(shorts))
    regex = f"(?:{'|'.join(stems)})(?:{'|'.join(_ADJ_ENDINGS)})"
    # A word of a phrase by lemma ends where its letters do (_WORD): «другие5» too.
    return forms, f"(?:{'|'.join([regex, *shorts])})(?![а-яё])"


def _russian(name: str, slots: str, reason: str, keys: frozenset[str] | str, surface: str,
             unless_next: Iterable[str] = (), loose: str = "") -> Rule:
    """A rule by lemma. slots: its words apart by spaces, each "ADJ" or words apart by
    "|", each its lemmas joined by "+"; "?" after a word: optional. keys: apart by spaces."""
    key_words = frozenset(keys.split()) if isinstance(keys, str) else keys
    return Rule(name, key_words, surface, reason, tuple(_slot(s) for s in slots.split()),
                frozenset(unless_next), loose)


def _slot(spec: str) -> Slot:
    optional = spec.endswith("?")
    spec = spec.removesuffix("?")
    words = () if spec == "ADJ" else tuple(frozenset(w.split("+")) for w in spec.split("|"))
    return Slot(words, optional)


_OTHER_FORMS, _OTHER = _adjective("друг", "ин", "проч")
_DUTY_NOUNS: Final = "поручение|задание|обязанность|функция|задача"
_DUTY_STEMS: Final = "(?:поручен|задани|обязанност|функци|задач)"
_LEGAL_CLASS: Final = ("служащий", "нормативный", "правовой", "локальный")
"""«и других служащих» (the qualification handbook's name), «и иные нормативные правовые
акты», «иные локальные нормативные акты»: classes the law defines, not open lists."""
_NOT_A_CLASS: Final = (r"(?!\s+(?:" + "|".join(lemma[:-2] for lemma in _LEGAL_CLASS)
                       + ")(?:" + "|".join(_ADJ_ENDINGS) + r")(?![а-яё-]))")
"""Not before a form of those classes («и других служащих»: no dictionary needed to say
so); «и других правоведов» is looked at."""
_SHORTEST_FORMS, _ = _adjective("кратк", "кратчайш", "наикратчайш", "сжат",
                                 short="краток кратки сжат")

RUSSIAN_WORDS: Final = (
    _russian("различные", "различный|разный", OPEN_LIST,
             *_adjective("различн", "разн", short="различен разен")),
    _russian("иные поручения", f"и? другой|иной|прочий ADJ? {_DUTY_NOUNS}", CATCH_ALL,
             _OTHER_FORMS, _OTHER + r"\s+(?:\w+\s+)?" + _DUTY_STEMS, loose=_DUTY_STEMS),
    _russian("и другие", "и другой|иной|прочий", OPEN_LIST, _OTHER_FORMS,
             r"и\s+" + _OTHER + _NOT_A_CLASS,
             unless_next=_LEGAL_CLASS),
    _russian("при необходимости", "при ADJ? необходимость", NO_CONDITION,
             "необходимости", r"при\s+(?:\w+\s+)?необходимост"),
    _russian("в случае необходимости", "в случай ADJ? необходимость", NO_CONDITION,
             "необходимости", r"в\s+случа\w*\s+(?:\w+\s+)?необходимост"),
    _russian("по мере необходимости", "по мера ADJ? необходимость", NO_CONDITION,
             "необходимости", r"по\s+мере\s+(?:\w+\s+)?необходимост"),
    _russian("по возможности", "по|при мера? возможность", OPTIONAL,
             "возможности", r"(?:по|при)\s+(?:мере\s+)?возможност"),
    _russian("в исключительных случаях", "в исключительный случай", WHICH_CASES,
             _adjective("исключительн", short="исключителен")[0],
             r"в\s+исключительн\w*\s+случа"),
    _russian("своевременно", "своевременно+своевременный", NO_DEADLINE,
             *_adjective("своевременн", short="своевременен")),
    _russian("оперативно", "оперативно", NO_DEADLINE, "оперативно", r"оперативно(?![а-яё])"),
    _russian("в кратчайшие сроки", "в краткий|сжатый срок", NO_DEADLINE, _SHORTEST_FORMS,
             r"в\s+(?:кратк|кратчайш|наикратчайш|сжат)\w*\s+срок"),
    _russian("разумный", "разумный+разумно срок?", NO_MEASURE,
             *_adjective("разумн", short="разумен")),
    # «знание языка, достаточное для деловой переписки» names the measure.
    _russian("достаточный", "достаточный+достаточно основание?", NO_MEASURE,
             *_adjective("достаточн", short="достаточен"), unless_next=("для",)),
    _russian("надлежащий", "надлежащий образ?", NO_STANDARD,
             *_adjective("надлежащ", short="надлежащ надлежащи")),
    _russian("соответствующий", "соответствующий", NO_REFERENT,
             *_adjective("соответствующ", short="соответствующ соответствующи")),
)
"""Russian words and phrases by lemma."""

RULES: Final = (*ENGLISH, *RUSSIAN_TEXT, *RUSSIAN_WORDS)


# --- Looking -------------------------------------------------------------------------------


def _candidates_of_each(texts: Sequence[str]) -> list[list[Rule]]:
    """For each text, the rules whose key words it holds (as a part of it, at least) and
    whose loose regex it matches. Looked for in all the texts at once: for `check`,
    every rule's key words in one pass over their join, then each rule's regex in the
    texts that hold its words; else each rule's few key words and its regex in the join,
    the texts it matches in picked out by where."""
    lows = [text.lower() for text in texts]
    # Apart by NUL, which no regex of a rule takes for a space, a word or an end ("and
    # more" ends a text or a sentence): a match is within one text, and sees as much of
    # the next as at the end of its own, as at "as needed" + "in ...".
    joined = "\0".join(lows)
    starts = [0, *itertools.accumulate(len(low) + 1 for low in lows)]
    automaton = _automaton() if _LOOK["automaton"] else None
    if automaton is None:
        return _candidates_plainly(lows, joined, starts)
    each: list[list[Rule]] = [[] for _ in lows]
    # Each rule to look for: by number, the texts holding its key words (None: all).
    keyed: dict[int, set[int] | None] = dict(_texts_keyed(automaton, joined, starts))
    keyed.update((number, None) for number in _unkeyed(_scripts(joined)))
    for number in sorted(keyed):  # in the rules' order, as each text lists them
        rule, held = RULES[number], keyed[number]
        if held is None:
            matched: Iterable[int] = _texts_matched(rule, joined, starts)
        else:
            # Text by text: a search of one text is cheaper than one of the whole join
            # even for a rule whose words most texts hold («и др.», "and so on").
            matched = [i for i in sorted(held) if _matched_in(rule, joined, starts, i)]
        for i in matched:
            each[i].append(rule)
    return each


def _candidates_plainly(lows: Sequence[str], joined: str,
                        starts: Sequence[int]) -> list[list[Rule]]:
    """_candidates_of_each without the automaton: each rule's key words looked for in the
    join (a few plain strings; a rule with many, an adjective's forms, by its regex,
    which begins with letters), then its regex there."""
    each: list[list[Rule]] = [[] for _ in lows]
    scripts = _scripts(joined)
    for rule in RULES:
        if _script(rule) not in scripts:
            continue
        needles = _needles(rule)
        if len(needles) > _MOST_NEEDLES:
            needles = ()
        if needles and not any(needle in joined for needle in needles):
            continue
        for i in _texts_matched(rule, joined, starts):
            if not needles or any(needle in lows[i] for needle in needles):
                each[i].append(rule)
    return each


_MOST_NEEDLES: Final = 4


def _scripts(joined: str) -> set[str]:
    # A rule in English looks for Latin letters, one in Russian for Cyrillic: a document
    # without one script is not looked at by their regexes.
    return {script for script, letter in _SCRIPTS.items() if letter.search(joined)}


def _unkeyed(scripts: set[str]) -> list[int]:
    """The rules (by number) without key words, of the scripts: by their regex alone."""
    return [number for number in _keyless() if _script(RULES[number]) in scripts]


@functools.cache
def _keyless() -> tuple[int, ...]:
    return tuple(number for number, rule in enumerate(RULES) if not _needles(rule))


def _texts_matched(rule: Rule, joined: str, starts: Sequence[int]) -> Iterator[int]:
    """The texts (by number) of the join where the rule's loose regex matches; with a
    faster one (Rule.loose) first, the texts that one finds."""
    if not rule.loose:
        yield from _texts_where(_loose(rule.surface), bool(rule.slots), joined, starts)
        return
    for i in _texts_where(_loose(rule.loose), False, joined, starts):
        if _surface_in(rule, joined, starts, i):
            yield i


def _surface_in(rule: Rule, joined: str, starts: Sequence[int], i: int) -> bool:
    """Whether the rule's surface regex matches in the join's text numbered i (where a
    word begins, for a rule by lemma)."""
    return next(_texts_where(_loose(rule.surface), bool(rule.slots), joined, starts, i),
                None) is not None


def _texts_keyed(automaton: _Automaton, joined: str,
                 starts: Sequence[int]) -> dict[int, set[int]]:
    """For each rule (by number in RULES) with key words, the texts (by number) of the
    join holding one of them: one pass of an Aho-Corasick automaton for all of them,
    where a plain look for each of some two hundred took half the time of the checks."""
    search, rules_of = automaton
    found: dict[int, set[int]] = {}
    held = {(needle, bisect.bisect_right(starts, start) - 1)
            for needle, start, _ in search.find_matches_as_indexes(joined, overlapping=True)}
    for needle, i in held:
        for number in rules_of[needle]:
            found.setdefault(number, set()).add(i)
    return found


def use_the_automaton(on: bool = True) -> None:
    """The one-pass look for the key words, for `check` of many files. Off by default:
    its library and automaton take some 1.4 MiB, which the wizard, where memory is
    tight and a change makes one text to look at, does without."""
    _LOOK["automaton"] = on


_LOOK: Final = {"automaton": False}


_Automaton = tuple[Any, tuple[tuple[int, ...], ...]]


@functools.cache
def _automaton() -> _Automaton | None:
    """The automaton of every rule's needles, and for each needle (by number) the rules
    (by number in RULES) it is one of; None without its library (a wheel installed
    without its dependencies). Made at the first look of a `check`
    (use_the_automaton): a pre-commit hook's look for errors alone loads neither."""
    try:
        import ahocorasick_rs
    except ImportError:  # as fileformat does without rtoml
        return None
    rules_of: dict[str, list[int]] = {}
    for number, rule in enumerate(RULES):
        for needle in _needles(rule):
            rules_of.setdefault(needle, []).append(number)
    # The DFA: built in half a millisecond, and the fastest to run over a document.
    search = ahocorasick_rs.AhoCorasick(list(rules_of),
                                        implementation=ahocorasick_rs.Implementation.DFA)
    return search, tuple(tuple(numbers) for numbers in rules_of.values())


def _matched_in(rule: Rule, joined: str, starts: Sequence[int], i: int) -> bool:
    """Whether the rule's loose regex matches in the join's text numbered i (where a
    word begins, for a rule by lemma); with a faster one (Rule.loose), that one first."""
    if rule.loose and next(_texts_where(_loose(rule.loose), False, joined, starts, i),
                           None) is None:
        return False
    return _surface_in(rule, joined, starts, i)


def _texts_where(pattern: re.Pattern[str], at_a_word: bool, joined: str,
                 starts: Sequence[int], only: int | None = None) -> Iterator[int]:
    """The texts (by number; or only the one numbered only) where the pattern matches;
    at_a_word, where a word begins: «при образовании другого» holds no «и другие».
    Every place it matches, in turn: a look-behind in the regex would cost it the fast
    search for its first letters."""
    begin, end = (0, len(joined)) if only is None else (starts[only], starts[only + 1] - 1)
    match = pattern.search(joined, begin, end)
    while match:
        start = match.start()
        if at_a_word and start and _LETTER.match(joined, start - 1):
            match = pattern.search(joined, start + 1, end)
            continue
        i = bisect.bisect_right(starts, start) - 1
        yield i
        match = pattern.search(joined, starts[i + 1], end)  # on to the next text


_SCRIPTS: Final = {"latin": re.compile("[a-z]"), "cyrillic": re.compile("[а-яё]")}


@functools.cache
def _script(rule: Rule) -> str:
    """The script of the letters every match of the rule holds."""
    return "cyrillic" if _SCRIPTS["cyrillic"].search(rule.surface) else "latin"


@functools.cache
def _needles(rule: Rule) -> tuple[str, ...]:
    """The fewest parts of the rule's key words that one of them holds (a text holding
    a key word holds one of these): what the automaton looks for."""
    needles: list[str] = []
    for key in sorted(rule.keys, key=len):
        if not any(needle in key for needle in needles):
            needles.append(key)
    return tuple(needles)


@functools.cache
def _loose(regex: str) -> re.Pattern[str]:
    # Without the word boundaries and case-blindness, the regex finds its first letters
    # fast; the boundaries are checked in _matches.
    return re.compile(regex)


@functools.cache
def _surface(regex: str) -> re.Pattern[str]:
    """A phrase by its text, as whole words, case-blind."""
    return re.compile(rf"(?<!\w)(?:{regex})(?![\w-])", re.IGNORECASE)


def _matches(rule: Rule, text: str) -> Iterator[VaguePhrase]:
    if rule.slots:
        yield from _lemma_matches(rule, text)
        return
    for m in _surface(rule.surface).finditer(text):
        key = rule.name + ":" + "".join(m[0].casefold().split()).removesuffix(".")
        yield VaguePhrase(m[0], m.start(), m.end(), rule.reason, rule.name, key)


def _lemma_matches(rule: Rule, text: str) -> Iterator[VaguePhrase]:
    words = [(m[0], m.start(), m.end()) for m in _WORD.finditer(text)]
    for i in range(len(words)):
        matched = _match(rule.slots, words, i, text)
        if not matched or _made_definite(rule, words, i + len(matched), text):
            continue
        start, end = words[i][1], words[i + len(matched) - 1][2]
        # «иных поручений» is «иные поручения» again; «другие задания» is not.
        key = rule.name + "".join(f":{k}" for slot, k in matched
                                  if slot.words and not slot.optional)
        yield VaguePhrase(text[start:end], start, end, rule.reason, rule.name, key)


Matched = tuple[tuple[Slot, int], ...]
"""Per word of a phrase: the slot it fills and which of the slot's words it is."""


def _match(slots: Sequence[Slot], words: Sequence[tuple[str, int, int]], i: int,
           text: str, first: bool = True) -> Matched | None:
    """The words from words[i] on that the slots match (the longest way), or None. A
    phrase runs over words with only spaces between: «в случае, необходимости» is not one."""
    if not slots:
        return ()
    slot, rest = slots[0], slots[1:]
    best: Matched | None = None
    if i < len(words) and (first or text[words[i - 1][2]:words[i][1]].isspace()):
        which = slot.which(words[i][0])
        tail = None if which is None else _match(rest, words, i + 1, text, first=False)
        if which is not None and tail is not None:
            best = ((slot, which), *tail)
    if slot.optional:
        skip = _match(rest, words, i, text, first)
        if skip is not None and (best is None or len(skip) > len(best)):
            best = skip
    return best


def _made_definite(rule: Rule, words: Sequence[tuple[str, int, int]], after: int,
                   text: str) -> bool:
    """Whether the word after the phrase makes it definite (see Rule.unless_next;
    «соответствующий требованиям», a participle with its complement, names what)."""
    if after >= len(words) or not text[words[after - 1][2]:words[after][1]].isspace():
        return False
    following = words[after][0].lower()
    if not rule.unless_next.isdisjoint(_rule_lemmas(following)):
        return True
    if rule.name == "соответствующий":
        cases = _analysis(following)[1]
        # «соответствующие требованиям», «не соответствующей требованиям»: the dative names
        # what the thing corresponds to; «соответствующим органам» agrees with its noun in
        # the dative, and stays vague.
        return "datv" in cases and not _agree_in_dative(words[after - 1][0], words[after][0])
    return False


def _agree_in_dative(adjective: str, noun: str) -> bool:
    """Whether the two can be one phrase in the dative: the same number, and the same
    gender in the singular («соответствующему органу», «соответствующим органам»)."""
    def forms(word: str) -> set[tuple[str, str]]:
        return {(str(p.tag.number), str(p.tag.gender) if p.tag.number == "sing" else "")
                for p in _morph().parse(word.lower()) if p.tag.case == "datv"}

    return bool(forms(adjective) & forms(noun))


Analysis = tuple[frozenset[str], frozenset[str], bool]


@functools.cache
def _analysis(word: str) -> Analysis:
    """A word's lemmas (and the word itself), cases and whether it may be an adjective
    or a participle, over all of pymorphy3's readings of it: from the lexicon for a form
    of the rules' lemmas, else from the dictionary."""
    return _in_lexicon(word) or read_in_dictionary(word)


def _rule_lemmas(word: str) -> frozenset[str]:
    """The word's lemmas as far as the rules' lemmas go, without the dictionary: the
    lexicon holds every form of each (make_lexicon), so a word it does not hold is none
    of them. (An unknown word pymorphy3 would guess to be one, a misspelt «достаточнм»,
    is taken for itself.)"""
    known = _in_lexicon(word)
    return known[0] if known else frozenset({word.replace("ё", "е")})


def _in_lexicon(word: str) -> Analysis | None:
    """The lexicon's reading of the word, made into sets the first time: only the forms
    held are kept (some five hundred at most), not every word looked up."""
    known = _READ.get(word)
    if known is None:
        from jdwizard.lexicon import ANALYSES

        entry = ANALYSES.get(word)
        if entry is None:
            return None
        lemmas, cases, adjective = entry
        known = _READ[word] = frozenset(lemmas.split()), frozenset(cases.split()), adjective
    return known


_READ: Final[dict[str, Analysis]] = {}


def read_in_dictionary(word: str) -> Analysis:
    """_analysis by pymorphy3 itself (make_lexicon writes the lexicon by it)."""
    parses = _morph().parse(word)
    lemmas = frozenset(p.normal_form.replace("ё", "е") for p in parses)
    cases = frozenset(str(p.tag.case) for p in parses if p.tag.case)
    adjective = any(p.tag.POS in ("ADJF", "PRTF") for p in parses)
    return lemmas | {word.replace("ё", "е")}, cases, adjective


@functools.cache
def _morph() -> Any:
    """The process's one analyser (the heading's genitive uses it too), made for the
    first Russian text that needs it (~0.07 s)."""
    from jdwizard.morphology import analyzer

    return analyzer()


# --- Where a phrase is legitimate -------------------------------------------------------


@functools.cache
def _absence() -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:отпуск|болезн|командировк|нетрудоспособн|отсутстви|обучени"
                      r"|leave|illness|sick|vacation|holiday|business\s+trip|travel|absence"
                      r"|training)", re.IGNORECASE)


def _legitimate_here(text: str, phrase: VaguePhrase) -> bool:
    """The substitute clause's «на время отсутствия (отпуск, болезнь и т.п.)», "during
    absence (leave, illness, etc.)": any cause of absence is meant, and the list says so."""
    if phrase.reason != OPEN_LIST:
        return False
    opening = text.rfind("(", 0, phrase.start)
    if opening < 0 or ")" in text[opening:phrase.start] or ")" not in text[phrase.end:]:
        return False
    return _absence().search(text, opening, phrase.start) is not None


_NAME_PLACES: Final = frozenset({"name", "number", "order_number", "passport", "language",
                                 "preset"})


def _is_a_name(place: str) -> bool:
    return place.rpartition(".")[2] in _NAME_PLACES


_CYRILLIC: Final = re.compile(r"[а-яё]", re.IGNORECASE)
_LETTER: Final = re.compile(r"[а-яё]")
_WORD: Final = re.compile(r"[а-яё]+(?:-[а-яё]+)*", re.IGNORECASE)
