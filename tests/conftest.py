"""Shared fixtures: one French annotator for the whole session (loading spaCy is slow)."""

from __future__ import annotations

import pytest

from hedgecheck import Annotator


@pytest.fixture(scope="session")
def fr() -> Annotator:
    return Annotator("fr")


@pytest.fixture(scope="session")
def en() -> Annotator:
    return Annotator("en")
