"""The code base stays typed and clean: mypy --strict and ruff, as part of the test run."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (pip install '.[dev]')")
    return found


def test_ruff_is_clean() -> None:
    result = subprocess.run([tool("ruff"), "check", "hedgecheck", "tests"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_is_clean() -> None:
    result = subprocess.run(
        [tool("mypy"), "--strict", str(REPO / "hedgecheck")], cwd=REPO, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_package_ships_its_type_marker() -> None:
    assert (REPO / "hedgecheck" / "py.typed").is_file()


# The attribution and lexicon code stays in small parts with one job each.
MAX_CLASS_LINES = 200
MAX_FUNCTION_LINES = 60


def test_attribution_and_lexicon_classes_and_functions_stay_small() -> None:
    too_long = []
    packages = [REPO / "hedgecheck" / "attribution", REPO / "hedgecheck" / "lexicon"]
    for path in sorted(path for package in packages for path in package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.ClassDef):
                limit = MAX_CLASS_LINES
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                limit = MAX_FUNCTION_LINES
            else:
                continue
            assert node.end_lineno is not None
            lines = node.end_lineno - node.lineno + 1
            if lines > limit:
                too_long.append(f"{path.name}:{node.lineno} {node.name}: {lines} lines (limit {limit})")
    assert not too_long, "\n".join(too_long)


# -- No language in the detectors ---------------------------------------------------
# A detector reads the backend-neutral parse (Universal Dependencies) and the lexicons,
# and knows no language: the words and the typography of each are in lexicons/LANG/
# (language.toml or a word list). So a string literal in a detector module may hold a
# letter only as UD vocabulary, as one of the project's own names (a rule of the output's
# provenance, an enum value, an exported name) or as the syntax of a regular expression;
# and no character beyond ASCII at all: quotation marks, dashes, ellipses, bullets are a
# language's typography. Docstrings and comments are prose, not literals.
# normalize.py (Unicode look-alikes folded for every text alike) and language_id.py (which
# runs before any language is chosen, on each language.toml's function words) are no detectors.
DETECTORS = [
    *sorted((REPO / "hedgecheck" / "attribution").glob("*.py")),
    *(
        REPO / "hedgecheck" / name
        for name in ("certainty.py", "segment.py", "morphology.py", "patterns.py", "parsed.py")
    ),
]

UD_UPOS = frozenset(
    {"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ"}
    | {"SYM", "VERB", "X"}
    | {"SPACE"}  # spaCy's tag of white space, which the backends keep
)
UD_RELATIONS = frozenset(
    {"acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound", "conj", "cop"}
    | {"csubj", "dep", "det", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list"}
    | {"mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct", "reparandum", "root"}
    | {"vocative", "xcomp"}
    | {"neg"}  # kept from the ClearNLP scheme of spaCy's English pipelines (see backends/ud.py)
)
UD_FEATURES = {
    "Abbr": "Yes",
    "Aspect": "Hab Imp Iter Perf Prog Prosp",
    "Case": "Abl Acc Dat Gen Ins Loc Nom Voc",
    "Definite": "Com Cons Def Ind Spec",
    "Degree": "Abs Cmp Equ Pos Sup",
    "Foreign": "Yes",
    "Gender": "Com Fem Masc Neut",
    "Mood": "Cnd Imp Ind Int Opt Pot Sub",
    "NumType": "Card Dist Frac Mult Ord Range Sets",
    "Number": "Coll Count Dual Plur Ptan Sing Tri",
    "Person": "0 1 2 3 4",
    "Polarity": "Neg Pos",
    "Poss": "Yes",
    "PronType": "Art Dem Emp Exc Ind Int Neg Prs Rcp Rel Tot",
    "Reflex": "Yes",
    "Tense": "Fut Imp Past Pqp Pres",
    "VerbForm": "Conv Fin Gdv Ger Inf Part Sup Vnoun",
    "VerbType": "Mod",  # a language-specific UD feature; backends/ud.py gives it to English modals
    "Voice": "Act Mid Pass Rcp",
}
UD_VALUES = frozenset(value for values in UD_FEATURES.values() for value in values.split())
# Keyword arguments whose value names a rule of the output's provenance, not a word of a text.
# Unicode's general categories ("Ps" opening bracket, "P" any punctuation) are the script's
# classes, not a language's typography.
UNICODE_CATEGORIES = frozenset(
    [
        "L",
        "Lu",
        "Ll",
        "Lt",
        "Lm",
        "Lo",
        "M",
        "Mn",
        "Mc",
        "Me",
        "N",
        "Nd",
        "Nl",
        "No",
        "P",
        "Pc",
        "Pd",
        "Ps",
        "Pe",
        "Pi",
        "Pf",
        "Po",
        "S",
        "Sm",
        "Sc",
        "Sk",
        "So",
        "Z",
        "Zs",
        "Zl",
        "Zp",
        "C",
        "Cc",
        "Cf",
        "Cs",
        "Co",
        "Cn",
    ]
)
RULE_KEYWORDS = frozenset({"rule", "how"})
_REGEX_SYNTAX = re.compile(r"\\[A-Za-z]|\(\?P<\w+>|\(\?P=\w+\)")


def is_ud_vocabulary(text: str) -> bool:
    key, equals, value = text.partition("=")
    if equals:
        return key in UD_FEATURES and (not value or value in UD_FEATURES[key].split())
    base, _, subtype = text.partition(":")
    if text in UNICODE_CATEGORIES:
        return True
    return text in UD_UPOS or text in UD_VALUES or (base in UD_RELATIONS and (not subtype or subtype.isalpha()))


def language_literals(source: str) -> list[tuple[int, str]]:
    """The string literals of ``source`` that may hold a language's word or typography."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    found: list[tuple[int, int, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str) or id(node) in docstrings:
            continue
        text, context = node.value, _context(node, parents)
        if context == "regex":
            text = _REGEX_SYNTAX.sub("", text)
        ascii_only = all(ord(c) < 128 for c in text)
        if ascii_only and (not any(c.isalpha() for c in text) or context == "name" or is_ud_vocabulary(text)):
            continue
        found.append((node.lineno, node.col_offset, node.value))
    return [(line, text) for line, _, text in sorted(found)]


def _context(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> str | None:
    """ "name" for a literal that names something of the project's own, "regex" for a pattern."""
    while node in parents:
        parent = parents[node]
        if isinstance(parent, ast.keyword) and parent.arg in RULE_KEYWORDS:
            return "name"
        if isinstance(parent, ast.Call) and ast.unparse(parent.func) == "TypeVar":
            return "name"
        if isinstance(parent, ast.Call) and ast.unparse(parent.func).startswith("re."):
            return "regex"
        if isinstance(parent, ast.stmt):
            exported = isinstance(parent, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "__all__" for t in parent.targets
            )
            return "name" if exported or _enum_member(parent, parents) else None
        node = parent
    return None


def _enum_member(statement: ast.stmt, parents: dict[ast.AST, ast.AST]) -> bool:
    owner = parents.get(statement)
    return isinstance(owner, ast.ClassDef) and any(ast.unparse(base).endswith("Enum") for base in owner.bases)


def test_detectors_hold_no_word_or_typography_of_a_language() -> None:
    found = [
        f"{path.relative_to(REPO)}:{line}: {text!r}"
        for path in DETECTORS
        for line, text in language_literals(path.read_text(encoding="utf-8"))
    ]
    assert not found, "move these to lexicons/LANG/ (language.toml or a list):\n" + "\n".join(found)


def test_the_language_check_tells_words_from_ud_and_names() -> None:
    source = '''
"""A docstring may say « se » and "said"."""
import re
_ROLE = re.compile(r"(?P<stop>\\w+)\\.")  # regex syntax: no word
_SAID = re.compile(r"said\\w*")
class Kind(enum.Enum):
    SOME = "some_rule"
def f(t):
    """Prose: « s'est dit »."""
    reading = Provenance(rule=f"verb_mood:{t.dep}")
    ud = t.has("Reflex=Yes") or t.dep.startswith(("nsubj:pass", "obl")) or t.upos == "PROPN"
    return ud or t.lower in ("s'", "se")
DASHES = "—–"
COMMA = ","
MOOD = "Mood=Cnd" if t.has("Number=") else "Gender=Fem"
WORD = "Mood=Weird"
'''
    assert [text for _, text in language_literals(source)] == ["said\\w*", "s'", "se", "—–", "Mood=Weird"]
