"""Checks across articles: what no single article can tell.

An article id must be unique in the corpus, and a person's ``role_basis`` must
stand in some article that mentions the person. ``CorpusChecks`` is fed every
checked article in order and says which ones may be written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import Registries
from ..problems import ProblemList
from .common import ArticleRows


@dataclass
class CorpusChecks:
    problems: ProblemList
    seen_ids: dict[str, Path | str] = field(default_factory=dict)  # id -> its file
    roles_confirmed: set[str] = field(default_factory=set)
    every_article_checked: bool = True

    def admit(
        self,
        path: Path,
        article_id: str | None,
        rows: ArticleRows | None,
        front_matter: str | None = None,
        front_matter_first_line: int = 1,
    ) -> bool:
        """Record one checked article; True when its rows may be written."""
        if article_id is None:
            self.every_article_checked = False
            return False
        if article_id in self.seen_ids:
            self.problems.add(
                path,
                ("id",),
                f"the id {article_id!r} is also used by {self.seen_ids[article_id]}",
                "give each article its own id",
                yaml_text=front_matter,
                yaml_first_line=front_matter_first_line,
            )
            return False
        self.seen_ids[article_id] = path
        if rows is None:
            self.every_article_checked = False
            return False
        self.roles_confirmed |= rows.roles_confirmed
        return not self.problems

    def finish(self, registries: Registries, role_bases: dict[str, str]) -> None:
        # Roles are only meaningful when every article was read: otherwise a
        # role may be confirmed by the article that failed.
        if self.every_article_checked:
            self.problems.extend(unconfirmed_roles(registries, role_bases, self.roles_confirmed))


def unconfirmed_roles(
    registries: Registries, role_bases: dict[str, str], confirmed: set[str]
) -> ProblemList:
    path, text = registries.sources.get("people", (Path("people.yml"), ""))
    found = ProblemList()
    for number, person in enumerate(registries.people):
        if person.id in role_bases and person.id not in confirmed:
            found.add(
                path,
                (number, "role_basis"),
                f"the role_basis of {person.id!r} is not in any article that mentions them",
                "copy the words of the role exactly from an article that names the person",
            )
    found.attach_yaml(text, 1)
    return found
