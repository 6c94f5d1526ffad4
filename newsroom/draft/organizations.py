"""Organizations: registry names, firms (see ``firms``), capitalised names with an
organization word ("Derby Crown Court", "Volta Motors") and acronyms."""

from __future__ import annotations

import re

from ..corpus import Registries
from ..spans import AliasIndex, AliasTarget
from .candidates import OrganizationCandidate
from .gazetteer import gazetteer
from .text import Run, slugify
from .titles import TITLE_WORDS
from .wordlists import COMMON_WORDS, ORG_WORDS, POST_NOMINALS

# Capitals that are a person's title or letters, not an organization: "CEO", "KC", "GP".
NOT_ACRONYMS = TITLE_WORDS | POST_NOMINALS | {"CFO", "COO", "CTO", "CIO", "GP", "VP", "PM"}


def organization_candidates(
    body: str,
    registries: Registries,
    runs: list[Run],
    taken: list[tuple[int, int]],
    firms: list = (),
) -> list[OrganizationCandidate]:
    found: dict[str, OrganizationCandidate] = {}
    index = AliasIndex(
        [
            AliasTarget("organization", o.id, alias)
            for o in registries.organizations
            for alias in dict.fromkeys([o.name, *o.aliases])
        ]
    )
    names = {o.id: o.name for o in registries.organizations}
    for mention in index.find(body):
        name = names[mention.entity_id]
        if name not in found:
            found[name] = OrganizationCandidate(
                name, f"registry alias '{mention.text}'", mention.entity_id, True, mention.start
            )
    taken = list(taken)
    org_runs = [
        body[r.start : r.end] for r in runs if any(w.rstrip(".") in ORG_WORDS for w in r.words())
    ]
    for firm in firms:
        if any(name.startswith(firm.name + " ") for name in org_runs):
            continue  # "Kessler’s chief executive" of "Kessler Industries": the longer name
        if firm.name not in found:
            found[firm.name] = OrganizationCandidate(
                firm.name,
                f"a firm: {firm.evidence}",
                slugify(firm.name),
                False,
                firm.start,
                needs_review=f"firm or person? also written like a person ({firm.person_cue})"
                if firm.person_cue
                else None,
            )
        taken.extend((m.start(), m.end()) for m in re.finditer(re.escape(firm.name), body))
    places = gazetteer()
    for run in runs:
        words = run.words()
        while words and words[0].lower() in COMMON_WORDS:
            words = words[1:]
        if not words:
            continue
        start = run.tokens[len(run.tokens) - len(words)].start
        name = body[start : run.end]
        if any(s < run.end and start < e for s, e in taken) or name in found:
            continue
        if any(w.rstrip(".") in ORG_WORDS for w in words) and len(words) > 1:
            how = "a capitalised name with an organization word"
        elif (
            len(words) == 1
            and words[0].isupper()
            and 2 <= len(words[0]) <= 6
            and words[0] not in places
            and words[0] not in NOT_ACRONYMS
            and words[0].isalpha()  # "P45 million"
            and body[run.end : run.end + 1] != "$"  # "NZ$340m"
            and words[0] + "." not in places
            and words[0].title() not in places  # "BERLIN (Reuters)": a dateline
        ):
            how = "an acronym"
        else:
            continue
        found[name] = OrganizationCandidate(name, how, slugify(name), False, start)
    return sorted(found.values(), key=lambda o: (o.first_seen, o.name))
