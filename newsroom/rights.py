"""Whether an article's full text is published, and why.

The annotations are ours to publish; each article's text stays under its
publisher's rights (the first seed ends "Do not reproduce without
permission"). A build with --withhold-bodies leaves every body out but keeps
what the annotations need: quotes, figures, mentions, photo lines and their
spans, and the body's SHA-256, so a reader with the original text can check
every offset against it.
"""

from __future__ import annotations

INCLUDED_NOTE = "The full text is included (built without --withhold-bodies)."


def body_publication(article_row: dict, withhold: bool) -> dict:
    """The article row with body_published and body_note set, and the body
    removed when withheld."""
    if not withhold:
        return {**article_row, "body_published": 1, "body_note": INCLUDED_NOTE}
    rights = article_row.get("rights")
    if rights:
        reason = (
            "Withheld: the text stays under its publisher's rights, as its rights line "
            f"says: {rights}"
        )
    else:
        reason = (
            "Withheld: the article prints no rights line, so its publisher's rights are unknown "
            "and the text is not republished."
        )
    return {**article_row, "body": None, "body_published": 0, "body_note": reason}
