"""Shared fixtures: one annotator per language for the session (loading spaCy is slow), and the model guard.

The rule tests (``tests/test_rules_*.py``) run the detectors on hand-built parses
(``tests/parses.py``) and must never load a parser model: they are marked
``rules`` at collection, and every test so marked runs with model loading made
to fail (:func:`_no_parser_model`).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hedgecheck import Annotator

RULE_TEST_FILES = "test_rules_*.py"


@pytest.fixture(scope="session")
def fr() -> Annotator:
    return Annotator("fr")


@pytest.fixture(scope="session")
def en() -> Annotator:
    return Annotator("en")


class ModelLoaded(AssertionError):
    """A rule test tried to load a parser model."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.fspath)).match(RULE_TEST_FILES):
            item.add_marker(pytest.mark.rules)


def _refuse(what: str) -> Any:
    def refuse(*args: object, **kwargs: object) -> None:
        raise ModelLoaded(f"a rule test must not load a parser model, but it called {what}{args!r}")

    return refuse


# Every way spaCy loads a pipeline ends in one of these; stanza builds models in its Pipeline.
_SPACY_LOADERS = ("load_model", "load_model_from_package", "load_model_from_path", "load_model_from_init_py")
_MODEL_MODULES = ("fr_core_news", "en_core_web", "stanza", "torch")


@pytest.fixture(autouse=True)
def _no_parser_model(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """For tests marked ``rules``: loading a spaCy or stanza model fails, and no model package gets imported."""
    if request.node.get_closest_marker("rules") is None:
        yield
        return
    # The session's annotators hold a loaded model, whether or not this test loads it.
    asked = sorted({"fr", "en"} & set(request.fixturenames))
    assert not asked, f"a rule test must not use the annotator fixtures {asked}: they hold a parser model"
    import spacy
    import spacy.util

    monkeypatch.setattr(spacy, "load", _refuse("spacy.load"))
    for name in _SPACY_LOADERS:
        monkeypatch.setattr(spacy.util, name, _refuse(f"spacy.util.{name}"))
    if "stanza" in sys.modules:
        monkeypatch.setattr(sys.modules["stanza"], "Pipeline", _refuse("stanza.Pipeline"))
    before = set(sys.modules)
    yield
    imported = sorted(m for m in set(sys.modules) - before if m.startswith(_MODEL_MODULES))
    assert not imported, f"a rule test imported model packages: {imported}"
