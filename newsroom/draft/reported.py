"""What a sentence reports someone said, as against who said it: in "Rolle said
the dock, built in the 1970s, was “…”" the dock is what was said, and in "Ponnusamy
said the union had asked for “…”" the union does not speak."""

from __future__ import annotations

import re

# A finite verb after "said the dock": the dock is the subject of what was said.
REPORTED_CLAUSE = re.compile(
    r"^(?:,[^“”\"]*)?\s(?<!\bwho\s)(?<!\bwhich\s)(?:was|were|is|are|had|has|have|would|will|"
    r"could|should|must|might|did|does|do|remained|remains|needed|needs)\b"
)
# The same inside what "said" is followed by ("said the purchase would give the group"),
# unless a relative clause holds it ("said a woman who was hurt").
FINITE_VERB_INSIDE = re.compile(
    r"\s(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)(?:(?:would|will|could|should|must|might|"
    r"had|has|have|was|were|is|are)\s"
    # a past tense with its object: "the collective wanted the 2,300 teachers" (not
    # "the newly elected mayor")
    r"|[a-z]{3,}ed\s+(?:the|a|an|to|that|its|their|his|her|\d))"
)
# "said", "says" or "told them" straight before a clause's subject, with or without "that"
# ("He added that the group had asked for ...": the group is what he added)
SAID_THEN = re.compile(
    r"\b(?:said|says|added|adds|noted|stressed|explained|told\s+(?:\w+\s+)?\w+)\s+(?:that\s+)?$"
)
SAID_EARLIER = re.compile(r"\b(?:said|says|told|added|adds|noted|stressed|explained)\s")


def said_about(head: str, who: str) -> bool:
    """Whether ``who``, a description, opens the clause an earlier "said" reports
    rather than naming a speaker: straight after "said (that)", or after "that" inside
    it ("said in Kinande through an interpreter that residents had warned"). A name
    there keeps its verb: in "Le Prevost said Mahy had asked ..., promising to start
    ‘…’" the words are Mahy's."""
    if not who[:1].islower():
        return False
    if SAID_THEN.search(head):
        return True
    return bool(re.search(r"\sthat\s", who)) and bool(SAID_EARLIER.search(head))
