"""The drafter's round-13 rules (issue 11), found on the spent round-12 holdout and
not yet scored on a holdout of their own; one short made-up sentence each."""

from __future__ import annotations

from .drafting import draft, speakers


def test_a_nickname_inside_the_name_after_the_quote():
    text = (
        "Primorac's Luka Šćepanović scored five goals.\n"
        '"We gave them the match," Primorac coach Vladimir "Vlado" Krstajić told reporters.'
    )
    assert speakers(text) == [("Vladimir Krstajić", None)]


def test_an_attribution_not_understood_stops_the_lead_in_guess():
    # the attribution after the quote is there but not understood (a nickname in
    # brackets): the one person of the sentence before must not be given the quote
    result = draft(
        "Primorac's Luka Šćepanović scored five goals.\n"
        "“We gave them the match,” Primorac coach Vladimir (Vlado) Krstajić told reporters."
    )
    assert result.quotes[0].speaker_name is None


def test_a_lead_in_sentence_still_names_the_speaker_of_a_quote_with_no_attribution():
    text = "Ana Ruiz said the plan would fail.\n“It will not work. Nobody believes it.”"
    assert speakers(text) == [("Ana Ruiz", None)]
