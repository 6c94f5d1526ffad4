"""Where a person's title ends and the name begins: "Prosecutor Lena Park",
"Datuk Seri Ahmad", "Deemster Alan Quilliam" (a title the lists do not know, found
by its second reference), and which title words only a person takes."""

from __future__ import annotations

import re

from .gazetteer import demonyms
from .givennames import given_names
from .nonpeople import ASSEMBLY_LETTERS
from .placewords import english_word
from .titles import DOTTED_TITLES, MODIFIER_TITLES, PORTFOLIOS, TITLE_WORDS
from .wordlists import COMMON_WORDS, ORG_WORDS, PLACE_WORDS, ROLE_ENDINGS, ROLE_NOUNS

# "Pharmacist Jukka-Pekka Lindqvist", "Epidemiologist ...", "Paediatrician ...".
PROFESSION = re.compile(ROLE_ENDINGS)


# What a person is, written before the name as a title is, and never a name's word.
# fmt: off
PERSON_DESCRIPTORS = {
    "Teenager", "Youngster", "Veteran", "Newcomer", "Rookie", "Debutant", "Schoolboy",
    "Schoolgirl", "Pensioner", "Widow", "Widower", "Grandmother", "Grandfather", "Toddler",
    # crafts and trades, some of them surnames or given names too, so only before two
    # more names ("Weaver Seonaidh Maciver", "Crofter Donald Macleod", not "Baker Mayfield")
    "Weaver", "Crofter", "Butcher", "Fisherman", "Fisherwoman", "Shepherd", "Potter",
    "Carpenter", "Blacksmith", "Tailor", "Brewer", "Grower", "Beekeeper", "Winemaker",
    "Boatbuilder", "Stonemason", "Plumber", "Electrician", "Builder", "Thatcher", "Jeweller",
    "Goldsmith", "Fishmonger", "Greengrocer", "Shopkeeper", "Publican", "Landlady",
    "Hairdresser", "Barber", "Cobbler", "Shoemaker", "Saddler", "Knitter", "Herder",
    "Herdsman", "Stockman", "Rancher", "Vintner", "Cheesemaker", "Glassblower", "Boatman",
    "Ferryman", "Lobsterman", "Trawlerman", "Forester", "Gamekeeper", "Baker", "Miller",
    # forms of address for elders (Filipino, Shona, Zulu, Swahili): "Lola Teodora Abucay",
    # "Mbuya Rudo Chiwanza", "Gogo Thandi Mkhize", "Mzee Juma Hamisi"
    "Lola", "Lolo", "Aling", "Mang", "Mbuya", "Sekuru", "Gogo", "Mkhulu", "Mzee",
}
# fmt: on


def describes_the_name_after(words: list[str], index: int, lowercase_words: set[str]) -> bool:
    """A word the article also prints in lower case, before a given name and a
    surname, says what the person is: "Islander Rosalind Glass-Repetto" (beside
    "islanders"), "said Pensioner Ana Ruiz Gil". A given name ("Rose Mary Ellis")
    or a name word the article never writes in lower case ("Nasser Al Hajri")
    stays in the name."""
    word, given = words[index], given_names()
    after = words[index + 1] if index + 1 < len(words) else ""
    if word in PERSON_DESCRIPTORS and len(words) - index >= 3:
        return True  # "Teenager Boo Jae-hyun", though the text never writes "teenager"
    return (
        len(words) - index >= 3
        and word not in given
        and word not in TITLE_WORDS  # ("Pope Leo XIV" keeps his title)
        and (after in given or after.split("-")[0] in given)
        and english_word(word, lowercase_words)
    )


# Titles that Somali, Arab and Malay names carry inside them, from a father's or
# grandfather's name ("Abdirashid Sheikh Nur", "Mohamed Haji Ali").
NAME_TITLES_INSIDE = {"Sheikh", "Sheekh", "Haji", "Xaaji", "Hajji"}


# Titles that are also given names in West Africa and the Caribbean ("Prince Zinnah",
# "Princess Mensah"), and the Italian, Spanish and Portuguese "Don" ("Don Bradman"): a
# title only before a given name ("Prince Harry", "Don Salvatore Miggiano").
TITLES_AS_GIVEN_NAMES = {"Prince", "Princess", "Don", "Dona", "Dean"}


# Malaysian honours that take "Sri" or "Seri" after them; "Tan" only so ("Tan Sri"),
# being a surname of its own.
MALAY_HONOURS = {"Tan", "Datuk", "Dato", "Datin", "Tun", "Toh", "Puan"}


def split_title(words: list[str]) -> int:
    """How many leading words of a run are title (ends after the last title word)."""
    cut = 0
    for index, word in enumerate(words[:-1]):
        role = word.lower().removeprefix("co-").removeprefix("vice-")
        profession = index == cut and (role in ROLE_NOUNS or PROFESSION.fullmatch(role))
        if index and words[index - 1] in ("bin", "binti", "bint", "ibn"):
            continue  # "binti Haji Abdul Rahman": the father's title is his name's
        if word in NAME_TITLES_INSIDE and index > cut and words[index - 1] not in TITLE_WORDS:
            continue  # "Abdirashid Sheikh Nur": a Somali name holds the father's "Sheikh"
        dotted = word.endswith(".") and word[:-1] in DOTTED_TITLES
        # ("Lieutenant-Colonel", "Major-General": a rank of two titles joined)
        joined = "-" in word and all(part in TITLE_WORDS for part in word.split("-"))
        if word.rstrip(".") in TITLE_WORDS or dotted or profession or joined:
            cut = index + 1  # "Co-founder Mere Hollis", "Economist Tom Reyes" open a sentence
        elif (
            word in ("Con", "Sgt", "Supt", "Insp", "Garda", "Gda")  # ("Det Garda", "Det Gda")
            and index == cut
            and index
            and words[index - 1] in ("Det", "Det.", "Detective")
        ):
            cut = index + 1  # "Det Con Sunita Raval": a detective constable (but "Con Houlihan")
        elif word == "Mother" and index == cut and index and words[index - 1] == "Stavrophore":
            cut = index + 1  # "Stavrophore Mother Teodosia", an Orthodox nun (not "Mother Nature")
        elif word in ("Sri", "Seri") and index and words[index - 1].rstrip(".’'") in MALAY_HONOURS:
            cut = index + 1  # "Tan Sri", "Datuk Seri", "Dato' Sri" (but "Sri Mulyani" is a name)
        elif word in ASSEMBLY_LETTERS and index + 1 < len(words) - 1:
            cut = index + 1  # "Clare TD Pádraig Mac Mathúna": the seat and the letters
    return cut


# "Commissioner of Police", "Director of Public Prosecutions", "Minister of State":
# a title ending in "of" before the run of capitals that holds the name.
# The portfolio may be a list: "Minister of Culture, Sports, Tourism and Youth
# Ts.Enkhmaa", "Vice Minister of Water and Seas Andrea Villalobos Mora".
TITLE_OF = re.compile(
    # (and the heads and members of a body, titles only before "of": "Head of the ...")
    r"\b(?:"
    + "|".join(sorted(TITLE_WORDS | {"Head", "Member", "Leader"}, key=len, reverse=True))
    + r")\s+(?:of|for)\s+"
    r"(?:the\s+)?(?:[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*(?:,\s+|\s+and\s+|\s+&\s+))*$"
)
COURTESY_TITLES = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Monsieur", "Madame", "Mme", "Me"} | {
    "Alhaji", "Alhaja", "Hajiya", "Hajia",  # (Nigerian honorifics of a pilgrim to Mecca)
}  # fmt: skip

# Titles written after "the" before a person's name: "the Honourable Dieudonné Mukendi
# Kasonga", "the Reverend Ana Ruiz".
TITLES_AFTER_THE = {"Honourable", "Honorable", "Hon", "Reverend", "Rev", "Rt", "Right", "Venerable"}


def a_name_after_its_title(words: list[str], cut: int) -> bool:
    """ "the Reverend Ana Ruiz", "the Health Minister Ana Ruiz", "the Assembly Dr. Rima
    Haddad": a person's name after a title, which an article before the run belongs to
    (not "the Vientiane State Bus Enterprise", "the Fiscalía General de la República")."""
    name = words[cut:]
    return words[0].rstrip(".") in TITLES_AFTER_THE or (
        len(name) > 1
        and all(w[:1].isupper() and w not in ORG_WORDS for w in name)
        and (
            name[0] in given_names()
            or words[cut - 1].rstrip(".") in COURTESY_TITLES
            # "the Paraguayan Derlis Zeballos Pozo" (not "the Turkish Red Crescent")
            or (cut == 1 and words[0] in demonyms() and len(name) >= 3)
        )
    )


# "Vasilyevich", "Ivanovna": a Russian, Ukrainian or Belarusian patronymic
SLAVIC_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)")


def name_after_a_body(words: list[str]) -> int:
    """ "Head of the Assembly's Budget and Accounts Committee Mahmoud Sheikh Ibrahim":
    after a title ending in "of", the words up to the last organization word name the
    body and a given name after it opens the person's name; where it starts (or 0)."""
    last = max((i for i, w in enumerate(words[:-2]) if w in ORG_WORDS), default=-1)
    if last >= 0 and words[last + 1] in given_names():
        return last + 1
    # ("Minister of Road Facilities Nyurgun Vasilyevich Sivtsev": a Russian name opens
    # one word before its patronymic)
    patronymic = next(
        (i for i, w in enumerate(words[2:-1], 2) if SLAVIC_PATRONYMIC.fullmatch(w)), 0
    )
    if patronymic:
        return patronymic - 1
    # ("Deputy Commissioner of Customs R. Vishnuprasad": the name opens at its initials)
    return next(
        (i for i, w in enumerate(words[:-1]) if i and re.fullmatch(r"(?:[A-Z]\.)*[A-Z]\.?", w)), 0
    )


def title_by_second_reference(body: str, words: list[str]) -> bool:
    """A first word the text uses alone as a noun after "the" ("Bailie Morag Lindsay",
    then "the Bailie said") is a title the lists do not know."""
    if any(not w[:1].isupper() or w.lower() in COMMON_WORDS for w in words[1:]):
        return False  # "Festival del Acordeón", a headline's "Gold Theft From ..."
    if re.search(r"\b" + re.escape(words[0]) + FEATURE_AFTER, body):
        return False  # "the Mahananda" beside "the Mahananda Bridge": a river, no title
    for form in {words[0], words[0].lower()}:
        for article in ("the ", "The "):
            start = body.find(article + form)
            while start != -1:
                whole = start == 0 or not body[start - 1].isalnum()
                if whole and SECOND_REFERENCE_AFTER.match(body, start + len(article) + len(form)):
                    return True
                start = body.find(article + form, start + 1)
    return False


def titles_by_repetition(body: str, runs: list[list[str]]) -> set[str]:
    """First words of names the text also writes straight before the surname alone
    ("Mama Teuira Tuara-Pokino", later "Mama Tuara-Pokino"): a local honorific the
    lists do not know, and a title wherever it opens a name in the text ("Mama
    Ngatokorua Tuara"). A person's own first name is not dropped that way; a known
    given name never counts ("Mary Ann Smith", later "Mary Smith")."""
    titles: set[str] = set()
    for words in runs:
        head = words[0] if len(words) >= 3 else ""
        if head in titles or not _could_be_an_honorific(head):
            continue
        if _written_together(body, f"{head} {words[-1]}"):
            titles.add(head)
    return titles


def title_before_a_given_name(words: list[str]) -> int:
    """How many words open a run as a title the lists do not know: an acronym before a
    known given name and a surname ("PS Peter Ochieng", "SHO Ramesh Kumar", "Health CS
    Mary Wanjiku"). (A local word there may be a given name the lists lack: "Mubarak
    Saad Kulhi".)"""
    head = 0
    while head < len(words) - 3 and words[head] in PORTFOLIOS:
        head += 1  # ("Health CS", "Education PS")
    if len(words) - head < 3 or words[head + 1] not in given_names():
        return 0
    word = words[head]
    return head + 1 if word.isupper() and word.isalpha() and 2 <= len(word) <= 4 else 0


def _could_be_an_honorific(word: str) -> bool:
    return (
        word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and word not in TITLE_WORDS
        and word.lower() not in COMMON_WORDS
        and word not in ORG_WORDS | PLACE_WORDS
        and word not in given_names()
        and word not in demonyms()
    )


def _written_together(body: str, phrase: str) -> bool:
    start = body.find(phrase)
    while start != -1:
        end = start + len(phrase)
        before = body[start - 1] if start else " "
        after = body[end] if end < len(body) else " "
        if not before.isalnum() and not (after.isalnum() or after in "-’'"):
            return True
        start = body.find(phrase, start + 1)
    return False


# What follows a title used alone as a noun: "the Bailie said", "the Deemster, who".
# A word a bridge, a road or a river is named after is a place's name.
FEATURE_AFTER = r"\s+(?:River|Bridge|Road|Street|Dam|Valley|Lake|Creek|Bay|Canal|Barrage)\b"
SECOND_REFERENCE_AFTER = re.compile(
    r"[,.;:]|\s+(?:said|says|told|added|ruled|ordered|sentenced|noted|asked|has|had|was|is|"
    r"who)\b"
)


def a_persons_title(words: list[str]) -> bool:
    """Title words only a person takes ("Judge", "Dr"), not a word of an institution's
    name ("General" of "General Hospital", "Grand" of "Grand Park")."""
    last = words[-1].rstrip(".") if words else ""
    role = last.lower() in ROLE_NOUNS or bool(PROFESSION.fullmatch(last.lower()))
    return role or last in TITLE_WORDS - MODIFIER_TITLES - PORTFOLIOS - INSTITUTION_OPENERS


# Title words that open institutions' names as often as they stand before a person's:
# "General Hospital", "Chief Secretary's Office", "Executive Council".
INSTITUTION_OPENERS = {"General", "Chief", "Executive", "Principal", "Senior", "Assistant"}


def three_plain_names(words: list[str], lowercase_words: set[str]) -> bool:
    """A given name and two surnames after a nationality ("the Paraguayan Derlis Zeballos
    Pozo"), though the given-name list lacks the first: three words that are no English
    words nor the words of a body's or a place's name."""
    return len(words) == 3 and not any(
        w in ORG_WORDS or w in PLACE_WORDS or w in TITLE_WORDS or english_word(w, lowercase_words)
        for w in words
    )
