"""A place the gazetteer knows only under a longer name: "Anglesey" is GeoNames'
"Isle of Anglesey", "Shetland" its "Shetland Islands", "Maui" the county of Maui,
"Nyabihu" the district. A name printed with a place cue that the gazetteer does
not know is looked up in those forms, and placed at the subdivision's centre when
one of the story's countries has it; else it is left for the editor to locate."""

from __future__ import annotations

from .candidates import LocationCandidate
from .placewords import located, unlocated

# The forms GeoNames' first- and second-level subdivisions take around a bare name.
LONGER_FORMS = (
    "Isle of {}",
    "{} Islands",
    "{} Island",
    "{} County",
    "{} Province",
    "{} District",
    "{} Region",
    "{} Governorate",
    "{} Prefecture",
    "{} Municipality",
    "{} Regency",
)


def unknown_place(name: str, how: str, start: int, places, story: set[str]) -> LocationCandidate:
    """The candidate for a name with a place cue that the gazetteer lacks: placed at
    a subdivision of one of the story's countries named in a longer form, flagged for
    review; else without coordinates."""
    for form in LONGER_FORMS:
        longer = form.format(name)
        home = [
            p for p in places.get(longer) or () if p.kind == "region" and p.country_code in story
        ]
        if len(home) == 1 and home[0].latitude is not None:
            return located(
                name,
                f"{how}; gazetteer: region '{longer}'",
                home[0],
                start,
                needs_review=f"placed at the subdivision '{longer}': check it is the place meant",
            )
    return unlocated(
        name,
        how,
        start,
        flagged=(
            "not in the registry or the packaged gazetteer: check it is a place, then add it "
            "to locations.yml with coordinates from a named source (none are guessed)"
        ),
        needs_review="a place with no coordinates in the packaged data",
    )
