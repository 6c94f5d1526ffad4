"""The evaluation's place scoring (scripts/eval_draft.py): how a drafted place's
name is matched to the hand annotation's."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_draft.py"


@pytest.fixture(scope="module")
def eval_draft():
    spec = importlib.util.spec_from_file_location("eval_draft", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _drafted(name: str, kind: str):
    return SimpleNamespace(
        name=name, kind=kind, country_code="MG", latitude=-18.6, longitude=49.0, found_by="test"
    )


def _reference(name: str):
    return {
        "places": [{"id": "atsinanana", "kind": "region", "names": {name}, "point": (-18.6, 49.0)}]
    }


def test_a_region_drafted_with_its_noun_matches_the_bare_annotated_name(eval_draft):
    by_name, with_coords = eval_draft.score_places(
        _reference("Atsinanana"), [_drafted("Atsinanana region", "region")]
    )
    assert (by_name["tp"], with_coords["tp"]) == (1, 1)


def test_a_town_is_not_stripped_of_a_word_that_looks_like_a_region_noun(eval_draft):
    by_name, _ = eval_draft.score_places(
        _reference("Atsinanana"), [_drafted("Atsinanana region", "city")]
    )
    assert by_name["tp"] == 0


def test_a_different_name_still_misses(eval_draft):
    by_name, _ = eval_draft.score_places(
        _reference("Analanjirofo"), [_drafted("Atsinanana", "region")]
    )
    assert by_name["tp"] == 0 and by_name["missed"] == ["atsinanana (region)"]
