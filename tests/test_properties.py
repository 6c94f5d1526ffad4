"""Property tests: any corpus file either builds or fails with validation
problems that name a file, never with a traceback."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsroom.build import build
from newsroom.models import Article, EventDate, Figure, Photo, Quote
from newsroom.problems import CorpusInvalid

from .conftest import MINIMAL_BODY, write_corpus

BODY_WORDS = MINIMAL_BODY.split()
KEYS = sorted(set(Article.model_fields) | {"speakr", "titel", ""})
ITEM_KEYS = sorted(
    set(Quote.model_fields)
    | set(Figure.model_fields)
    | set(EventDate.model_fields)
    | set(Photo.model_fields)
    | {"speakr"}
)

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        BODY_WORDS
        + ["jan-bakker", "port-authority", "rotterdam", "2022-02-15", "nobody", "-1", "1e309"]
    ),
    st.dates().map(str),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.sampled_from(ITEM_KEYS), inner, max_size=4)
    ),
    max_leaves=12,
)
front_matters = st.dictionaries(st.sampled_from(KEYS), values, max_size=10).map(
    lambda data: {"id": "port-record", **data} if "id" not in data else data
)
bodies = st.one_of(
    st.just(MINIMAL_BODY),
    st.text(max_size=200),
    st.lists(st.sampled_from(BODY_WORDS), max_size=40).map(" ".join),
)


def check_builds_or_reports(articles: dict[str, bytes]) -> None:
    workdir = Path(tempfile.mkdtemp())
    try:
        corpus = write_corpus(workdir / "corpus", articles={})
        for name, data in articles.items():
            (corpus / "articles" / name).write_bytes(data)
        try:
            build(corpus, workdir / "corpus.db", progress=False)
        except CorpusInvalid as invalid:
            assert invalid.problems
            for problem in invalid.problems:
                assert problem.file.startswith(str(corpus)) and problem.message and problem.hint, (
                    problem
                )
            assert not (workdir / "corpus.db").exists()
    finally:
        shutil.rmtree(workdir)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter=front_matters, body=bodies)
def test_random_front_matter_builds_or_fails_cleanly(front_matter, body):
    try:
        dumped = yaml.safe_dump(front_matter, allow_unicode=True, sort_keys=False)
    except yaml.YAMLError:
        return
    check_builds_or_reports(
        {"port-record.md": f"---\n{dumped}---\n{body}\n".encode("utf-8", "surrogatepass")}
    )


@settings(max_examples=80, deadline=None)
@given(raw=st.binary(max_size=300))
def test_random_bytes_build_or_fail_cleanly(raw):
    check_builds_or_reports({"port-record.md": raw})


@settings(max_examples=80, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("-:\n []{}'\"#&*!|>%@`,?\t abc123é")), max_size=120)
)
def test_yaml_like_noise_builds_or_fails_cleanly(text):
    check_builds_or_reports({"port-record.md": f"---\n{text}\n---\nBody\n".encode()})
