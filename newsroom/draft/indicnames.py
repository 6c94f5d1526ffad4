"""Given names in Devanagari, Bengali, Gujarati and Odia letters, in the Latin
spellings Indian, Nepali and Bangladeshi papers print.

Faker lists Hindi, Marathi, Nepali, Gujarati, Odia and Bengali given names in
their own scripts only, so "Anil", "Rajesh", "Sunita" and "Deepak" were unknown
to the drafter and "said District Collector of Chamoli Anil Rawat" named no one.
The four scripts share one layout in Unicode (each letter sits at the same offset
in its block), so one table reads them all. Papers drop the vowel a consonant
carries at the end of a name (अनिल is "Anil", not "Anila") unless two consonants
join before it ("Krishna", "Mishra"), and write a long ī or ū as "ee" and "oo" as
often as "i" and "u" ("Deepak", "Pooja"); each name gives those spellings.

(indic-transliteration does the letters, but it keeps every inherent vowel and
brings a command-line stack with it; the table is shorter than the rules needed
to undo its output.)
"""

from __future__ import annotations

import itertools

# The first code point of each script's block.
BLOCKS = {"devanagari": 0x0900, "bengali": 0x0980, "gujarati": 0x0A80, "odia": 0x0B00}
# offset in the block -> spellings, the most common first
CONSONANTS = {
    0x15: ["k"], 0x16: ["kh"], 0x17: ["g"], 0x18: ["gh"], 0x19: ["n"],
    0x1A: ["ch"], 0x1B: ["chh"], 0x1C: ["j"], 0x1D: ["jh"], 0x1E: ["n"],
    0x1F: ["t"], 0x20: ["th"], 0x21: ["d"], 0x22: ["dh"], 0x23: ["n"],
    0x24: ["t"], 0x25: ["th"], 0x26: ["d"], 0x27: ["dh"], 0x28: ["n"], 0x29: ["n"],
    0x2A: ["p"], 0x2B: ["ph", "f"], 0x2C: ["b"], 0x2D: ["bh"], 0x2E: ["m"],
    0x2F: ["y"], 0x30: ["r"], 0x31: ["r"], 0x32: ["l"], 0x33: ["l"],
    0x35: ["v"], 0x36: ["sh"], 0x37: ["sh"], 0x38: ["s"], 0x39: ["h"],
    # letters with a dot below, written as one code point
    0x58: ["q"], 0x59: ["kh"], 0x5A: ["gh"], 0x5B: ["z"], 0x5C: ["r"], 0x5D: ["rh"],
    0x5E: ["f"], 0x5F: ["y"],
}  # fmt: skip
# A dot below (nukta) turns these into sounds of Persian and Arabic loans.
NUKTA_FORMS = {0x1C: ["z"], 0x2B: ["f"], 0x21: ["r"], 0x22: ["rh"], 0x15: ["q"], 0x2F: ["y"]}
VOWELS = {
    0x05: ["a"], 0x06: ["a"], 0x07: ["i"], 0x08: ["i", "ee"], 0x09: ["u"],
    0x0A: ["u", "oo"], 0x0B: ["ri"], 0x0F: ["e"], 0x10: ["ai"], 0x13: ["o"], 0x14: ["au"],
}  # fmt: skip
VOWEL_SIGNS = {
    0x3E: ["a"], 0x3F: ["i"], 0x40: ["ee", "i"], 0x41: ["u"], 0x42: ["oo", "u"],
    0x43: ["ri"], 0x47: ["e"], 0x48: ["ai"], 0x4B: ["o"], 0x4C: ["au"],
}  # fmt: skip
# A long ī or ū that ends a name is "i" and "u": "Lakshmi", "Devi", "Sadhu".
FINAL_VOWEL_SIGNS = {0x40: ["i"], 0x42: ["u"]}
VIRAMA, NUKTA, ANUSVARA, CANDRABINDU, VISARGA = 0x4D, 0x3C, 0x02, 0x01, 0x03
LABIALS = {0x2A, 0x2B, 0x2C, 0x2D, 0x2E}
# (in Bengali and Odia the letter at the offset of Devanagari's "ya" is "j": যশ, ଯଦୁ)
JA_SCRIPTS = {"bengali", "odia"}
MOST_SPELLINGS = 4
# Faker's Hindi list has a surname and title that opens places' names more often
# than a person's ("Khan Younis", "Khan al-Tujjar", a caravanserai).
NOT_GIVEN_NAMES = {"Khan"}


def script_of(name: str) -> str | None:
    for script, first in BLOCKS.items():
        if name and all(first <= ord(ch) < first + 0x80 for ch in name):
            return script
    return None


def indic_spellings(name: str) -> list[str]:
    """The Latin spellings of a given name in one of the four scripts ("अनिल" ->
    ["Anil"], "दीपक" -> ["Deepak", "Dipak"]); [] for any other name."""
    script = script_of(name)
    if script is None:
        return []
    offsets = [ord(ch) - BLOCKS[script] for ch in name]
    pieces: list[list[str]] = []
    for at, offset in enumerate(offsets):
        after = offsets[at + 1] if at + 1 < len(offsets) else None
        last = after is None
        if offset in CONSONANTS:
            sounds = CONSONANTS[offset]
            if offset == 0x2F and script in JA_SCRIPTS:
                sounds = ["j", "y"]
            if after == NUKTA:
                sounds = NUKTA_FORMS.get(offset, sounds)
            if offset == 0x35 and at and offsets[at - 1] == VIRAMA:
                sounds = ["w", "v"]  # "Ashwin", "Vishwanath": after a consonant
            pieces.append(sounds)
            following = offsets[at + 2] if after == NUKTA and at + 2 < len(offsets) else after
            if (
                following is None
                or following in CONSONANTS
                or following in VOWELS
                or following
                in (
                    ANUSVARA,
                    CANDRABINDU,
                    VISARGA,
                )
            ):
                # the vowel the letter carries: dropped at the end of a name, unless two
                # consonants join before it ("Krishna", "Mishra")
                joined = at >= 2 and offsets[at - 1] == VIRAMA
                if following is not None or joined:
                    pieces.append(["a"])
        elif offset in VOWEL_SIGNS:
            pieces.append(
                FINAL_VOWEL_SIGNS.get(offset, VOWEL_SIGNS[offset]) if last else VOWEL_SIGNS[offset]
            )
        elif offset in VOWELS:
            pieces.append(VOWELS[offset])
        elif offset in (ANUSVARA, CANDRABINDU):
            # "m" before p, b, m ("Ambika"), "ng" before h ("Singh"), else "n" ("Sanjay")
            pieces.append(["m"] if after in LABIALS else ["ng"] if after == 0x39 else ["n"])
        elif offset == VISARGA:
            pieces.append(["h"])
        elif offset in (VIRAMA, NUKTA):
            continue
        else:
            return []  # a digit, a sign or a letter the table lacks
    spellings = []
    for combination in itertools.islice(itertools.product(*pieces), MOST_SPELLINGS):
        latin = "".join(combination)
        latin = latin.replace("jny", "gy").replace("jn", "gy")  # ज्ञ: "Gyan", "Agyeya"
        # (three letters are too often a word or another language's name: "Sun", "Man")
        latin = latin[:1].upper() + latin[1:]
        if len(latin) > 3 and latin not in spellings and latin not in NOT_GIVEN_NAMES:
            spellings.append(latin)
    return spellings
