"""Reading ``language.toml``: the conventions of a language that are no word list.

Its keys become the :class:`~hedgecheck.lexicon.language.Language` itself (with
no entries yet), plus the two tables that are used elsewhere: the regular
inflection that loading applies to patterns, and the function words that tell
a text's language.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs

from hedgecheck.lexicon.files import LANGUAGE_FILE
from hedgecheck.lexicon.language import EntityLabels, Language, Punctuation
from hedgecheck.lexicon.problems import LexiconProblem
from hedgecheck.model import CueKind
from hedgecheck.morphology import FormMoodRule

__all__ = ["LanguageSettings", "read_settings"]


@attrs.frozen(slots=True)
class LanguageSettings:
    """What a ``language.toml`` says."""

    language: Language  # without entries: loading adds those
    inflection: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    function_words: tuple[str, ...] = ()


class _Reader:
    """The values of one parsed ``language.toml``, each checked; problems are located at 1:1."""

    def __init__(self, table: Mapping[str, Any], display: str, problems: list[LexiconProblem]) -> None:
        self.table = table
        self.display = display
        self.problems = problems

    def problem(self, message: str) -> None:
        self.problems.append(LexiconProblem(self.display, 1, 1, message))

    def strings(self, key: str, table: Mapping[str, Any] | None = None) -> tuple[str, ...]:
        value = (self.table if table is None else table).get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{key} must be a list of strings")
            return ()
        return tuple(value)

    def boolean(self, key: str, table: Mapping[str, Any]) -> bool:
        value = table.get(key, False)
        if not isinstance(value, bool):
            self.problem(f"{key} must be true or false")
            return False
        return value

    def subtable(self, key: str, expected: str) -> Mapping[str, Any] | None:
        value = self.table.get(key, {})
        if not isinstance(value, dict):
            self.problem(f"{key} must be {expected}")
            return None
        return value

    def mark_pairs(self, key: str) -> tuple[tuple[str, str], ...]:
        """``[["«", "»"], ["“", "”"]]``: opening and closing marks."""
        value = self.table.get(key, [])
        if not isinstance(value, list) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(m, str) and m for m in pair) for pair in value
        ):
            self.problem(f'{key} must be a list of ["opening", "closing"] pairs')
            return ()
        return tuple((str(pair[0]), str(pair[1])) for pair in value)

    def inflection(self) -> dict[str, tuple[str, ...]]:
        table = self.subtable("inflection", "a table: ending = [replacements]")
        return {} if table is None else {str(ending): self.strings(ending, table) for ending in table}

    def entities(self) -> EntityLabels:
        table = self.subtable("entities", "a table: person, organization, place")
        if table is None:
            return EntityLabels()
        return EntityLabels(
            person=frozenset(self.strings("person", table)),
            organization=frozenset(self.strings("organization", table)),
            place=frozenset(self.strings("place", table)),
            quantity=frozenset(self.strings("quantity", table)),
            lone_organization_is_person=self.boolean("lone_organization_is_person", table),
        )

    def punctuation(self) -> Punctuation:
        table = self.subtable("punctuation", "a table: sentence_stops, question_marks, dashes, ...")
        if table is None:
            return Punctuation()
        values: dict[str, tuple[str, ...]] = {}
        for field in attrs.fields(Punctuation):
            marks = self.strings(field.name, table)
            if not all(marks):
                self.problem(f"punctuation.{field.name} must not hold an empty string")
            values[field.name] = tuple(m for m in marks if m)
        return Punctuation(**values)

    def mood_cue_kinds(self) -> tuple[tuple[str, CueKind], ...]:
        table = self.subtable("mood_cue_kinds", 'a table: "Key=Value" = "kind"')
        kinds = {kind.value: kind for kind in (CueKind.CONDITIONAL, CueKind.HEDGE, CueKind.BOOSTER)}
        found = []
        for feature, kind in (table or {}).items():
            if "=" not in feature or not isinstance(kind, str) or kind not in kinds:
                self.problem(f'mood_cue_kinds.{feature!r}: write "Key=Value" = one of {", ".join(kinds)}')
                continue
            found.append((feature, kinds[kind]))
        return tuple(found)

    def mood_forms(self) -> tuple[FormMoodRule, ...]:
        table = self.subtable("mood_from_form", "a table of features")
        rules = []
        for feature, spec in (table or {}).items():
            if "=" not in feature or not isinstance(spec, dict):
                self.problem(f'mood_from_form.{feature!r}: write [mood_from_form."Key=Value"] with endings')
                continue
            endings = self.strings("endings", spec)
            stems = self.strings("irregular_stems", spec)
            dropped = self.strings("dropped_lemma_endings", spec)
            if not endings:
                self.problem(f"mood_from_form.{feature!r} needs a list of endings")
                continue
            rules.append(FormMoodRule(feature, endings, frozenset(stems), dropped))
        return tuple(rules)


def read_settings(directory: Path, display: str, problems: list[LexiconProblem]) -> LanguageSettings:
    """The ``language.toml`` of ``directory``; on a problem (added to ``problems``), what could be read."""
    code = directory.name
    table = _parse(directory / LANGUAGE_FILE, display, problems)
    if table is None:
        return LanguageSettings(Language(code=code, name=code, models=(), directory=directory))
    read = _Reader(table, display, problems)
    # Read in this order, which is the order of their problems; the keys are Language's fields.
    values: dict[str, Any] = {
        "models": read.strings("models"),
        "expletive_negation": read.strings("expletive_negation"),
        "mood_forms": read.mood_forms(),
        "mood_cue_kinds": read.mood_cue_kinds(),
        "entities": read.entities(),
        "genitive_markers": read.strings("genitive_markers"),
        "inflection": read.inflection(),
        "inverted_clitics": read.strings("inverted_subject_clitics"),
        "reflexive_clitics": read.strings("reflexive_clitics"),
        "addressee_prepositions": read.strings("addressee_prepositions"),
        "topic_prepositions": read.strings("topic_prepositions"),
        "subordinating_coordinators": read.strings("subordinating_coordinators"),
        "copulas": read.strings("copulas"),
        "impersonal_pronouns": read.strings("impersonal_pronouns"),
        "negating_governors": read.strings("negating_governors"),
        "function_words": read.strings("function_words"),
        "quotation_marks": read.mark_pairs("quotation_marks"),
        "parenthetical_report_marks": read.strings("parenthetical_report_marks"),
        "quotation_introducers": read.strings("quotation_introducers"),
        "punctuation": read.punctuation(),
        "headline_speaks_alone": read.boolean("headline_speaks_alone", table),
        "capitals_mark_names": read.boolean("capitals_mark_names", table),
    }
    inflection, function_words = values.pop("inflection"), values.pop("function_words")
    language = Language(
        code=str(table.get("code", code)), name=str(table.get("name", code)), directory=directory, **values
    )
    return LanguageSettings(language, inflection, function_words)


def _parse(path: Path, display: str, problems: list[LexiconProblem]) -> dict[str, Any] | None:
    def problem(message: str, line: int = 1, column: int = 1) -> None:
        problems.append(LexiconProblem(display, line, column, message))

    if not path.is_file():
        problem(f"missing {LANGUAGE_FILE} (code, name and spaCy models of the language)")
        return None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        problem("not valid UTF-8; save the file as UTF-8")
    except tomllib.TOMLDecodeError as error:
        problem(str(error), *_toml_position(str(error)))
    except OSError as error:
        problem(f"cannot read the file ({error.strerror or error})")
    except RecursionError:  # tomllib parses nested arrays recursively
        problem("arrays or tables nested too deeply")
    return None


def _toml_position(message: str) -> tuple[int, int]:
    """tomllib writes "(at line L, column C)" into its message."""
    found = re.search(r"line (\d+), column (\d+)", message)
    return (int(found[1]), int(found[2])) if found else (1, 1)
