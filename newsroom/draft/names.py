"""Names in the text: capitalised runs that could be a person's, with the cues
around each (titles, role nouns, 'said X', apposition, ages) and what the text
says when a name is a thing's. ``people`` decides which of them are people."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .couples import couple_occurrences
from .gazetteer import demonyms, gazetteer
from .givennames import (
    a_day_after_its_preposition,
    given_names,
    said_as_given_name,
    weekday_as_given_name,
)
from .namecontext import (
    AGE_BEFORE,
    APPOSITION,
    CREDIT,
    FIRST_NAME_ONLY,
    FOREIGN_ARTICLES,
    IDENTIFIED_AS,
    KIN_BEFORE,
    KIN_OF_COUNT,
    KNOWN_AS_BEFORE,
    NAME_ASIDE,
    NAMING_VERB_BEFORE,
    OFFICE_BEFORE,
    ONE_NAME_AFTER,
    ORG_OF_BEFORE,
    PERSON_ONLY_AFTER,
    PLACE_BEFORE,
    PLAIN_SPEECH,
    REPORTED_VERB_AFTER,
    ROLE_AFTER,
    ROLE_OR_TOWNSMAN_AFTER,
    WHO_CLAUSE_AFTER,
    a_body_saying_it,
    a_one_word_speakers_role,
    a_teams_plural,
    players_action,
    role_before,
    role_holder_after,
    role_in_apposition,
)
from .nonpeople import (
    a_brands_capitals,
    apposition_names_a_thing,
    constituency_words,
    described_before_as_a_thing,
    is_storm_or_tag,
    party_before_letters,
    spokesperson_after,
    thing_named_after,
    thing_opening_apposition,
)
from .text import (
    ELIDED_PARTICLE,
    JOINED_ARTICLE,
    NICKNAME,
    OPENING_PLACE,
    PATRONYMIC_ENDINGS,
    UPPER,
    Run,
    Token,
    inside_a_relative_clause,
    is_sentence_initial,
    without_nickname,
)
from .titles import (
    DOTTED_TITLES,
    MODIFIER_TITLES,
    OFFICES_NOT_SURNAMES,
    PLAYER_OF_AGE,
    PORTFOLIOS,
    TITLE_WORDS,
)
from .titlesplit import (
    COURTESY_TITLES,
    TITLE_OF,
    TITLES_AS_GIVEN_NAMES,
    a_name_after_its_title,
    a_persons_title,
    describes_the_name_after,
    name_after_a_body,
    split_title,
    three_plain_names,
    title_before_a_given_name,
    title_by_second_reference,
    titles_by_repetition,
)
from .wordlists import (
    ADMINISTRATIVE_WORDS,
    COMMON_WORDS,
    GENERATIONAL,
    LANDMARK_FIRST,
    MONTHS,
    MONTHS_AS_NAMES,
    NOT_APPOSITION_START,
    ORG_WORDS,
    PARTICLES,
    PLACE_WORDS,
    POST_NOMINALS,
    SENTENCE_OPENERS,
    SPEECH,
    WEEKDAYS,
)


@dataclass
class NameOccurrence:
    name: str
    start: int
    end: int
    role: str | None
    role_basis: str | None
    cues: list[str]
    nickname: str | None = None
    printed: str | None = None  # the name as printed, when it differs ('João “Jota” Silva')
    not_person: str | None = None  # why the text says this name is not a person's


# Feature words that are surnames too, after a given name.
SURNAME_FEATURES = {"Dam", "Head", "Bridge"}


SPEAKS_OR_AGED = re.compile(r",\s+\d{1,3},|\s+(?:said|says|told|tells|added)\b")
COURTESY = [[title] for title in COURTESY_TITLES]
# Words of firms' names that are surnames too ("Helen Mills", "Tom Banks").
TRADE_SURNAMES = {"Mills", "Banks", "Steel"}
# Last words of things named after people, never a surname even after a title:
# "Queen Elizabeth Hospital", "Simón Bolívar Bridge", "Kofi Annan Centre".
NAMED_AFTER_SOMEONE = {
    "Hospital", "University", "Airport", "Stadium", "Bridge", "Foundation", "Institute",
    "Centre", "Center", "Museum", "Highway", "Avenue", "Boulevard", "Road", "Roundabout",
    "Interchange", "Junction", "Plaza", "Award", "Prize", "Trophy", "Memorial", "Mausoleum",
    "Basilica", "Cathedral", "Mosque", "Arena", "Auditorium", "Pavilion", "Library", "Clinic",
    "Campus", "Academy", "Theatre", "Theater", "Barracks", "Hostel", "Reserve", "Causeway",
    "Flyover", "Tunnel", "Canal", "Terminal", "Square",
}  # fmt: skip


COMPASS_WORDS = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central",
    "Upper", "Lower", "Greater", "Inner", "Outer",
}  # fmt: skip


def looks_like_name(words: list[str], titled: bool = False) -> bool:
    """``titled``: a person's title stands before the words ("Judge Helen Mills",
    "Prosecutor Lena Park"), so a last word that is a feature's or a trade's is a
    surname."""
    # up to five words besides particles: "Mohammed bin Rashid Al Maktoum"
    if not words or len([w for w in words if w not in PARTICLES]) > 5:
        return False
    if words[0] in FOREIGN_ARTICLES or (len(words) > 1 and words[0] in COMPASS_WORDS):
        return False  # ("Die Zeit"; "East Lombok", "Upper Valais": a region's name)
    if words[0] in ("El", "La") and (
        "de" in words[1:3]
        or "de" in words[2:4]  # "El Sol de Cuautla", "La Voz de Galicia"
        or (len(words) == 2 and words[1] not in given_names())
    ):
        return False  # "El Tiempo", "La Nación": a paper's name ("El Mehdi Benali" stays)
    for position, word in enumerate(words):
        bare = word.rstrip(".")
        # Month names, not short forms and months that are names ("Jan Bakker", "April Ross")
        month = bare.lower() in MONTHS and len(bare) > 3 and bare not in MONTHS_AS_NAMES
        # A feature word ends a place's name ("Gorky Park") or opens one's ("Mount Kenya")
        feature = bare in PLACE_WORDS and (position == len(words) - 1 or bare in LANDMARK_FIRST)
        if feature and bare in SURNAME_FEATURES and len(words) > 1 and words[0] in given_names():
            feature = False  # "Poul Andrias Dam", a Faroese coach; "Kariba Dam" stays a dam
        surname = titled and position == len(words) - 1 and bare not in ADMINISTRATIVE_WORDS
        weekday = bare.lower() in WEEKDAYS and not weekday_as_given_name(words, position)
        if (bare in ORG_WORDS or feature) and not surname or month or weekday:
            return False
        if word.isupper() and len(word) > 1 and not re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", word):
            # acronyms: NATO, TASS (but not initials: "A.J." Hinch)
            return False
        if any(ch.isdigit() for ch in word) or a_brands_capitals(bare):
            return False
    last = words[-1]
    return (
        (
            last[:1].isupper()
            or bool(JOINED_ARTICLE.fullmatch(last) or ELIDED_PARTICLE.fullmatch(last))
            or last in PATRONYMIC_ENDINGS
        )
        and last not in PARTICLES
        and last not in OFFICES_NOT_SURNAMES
        # ("Nguyen Van An", "Tran Thi Do": Vietnamese given names that are English words)
        and (last.lower() not in COMMON_WORDS or (len(words) > 2 and last in ("An", "Do")))
    )


def _leading_common(
    words: list[str], tokens_: tuple[Token, ...], body: str, lowercase_words: set[str]
) -> int:
    """Leading words of a run that are ordinary words capitalised by position, or a day."""
    skip = 0
    for index, word in enumerate(words):
        lower = word.lower()
        sentence_initial = is_sentence_initial(body, tokens_[index].start)
        if word.isupper() and len(word) > 1:
            break  # an acronym before a title belongs to the role ("US President")
        verb_as_name = said_as_given_name(words, index, sentence_initial)
        if (
            (lower in COMMON_WORDS and word.rstrip(".") not in TITLE_WORDS and not verb_as_name)
            or (sentence_initial and lower in lowercase_words and word not in TITLE_WORDS)
            or (sentence_initial and lower in SENTENCE_OPENERS)
            or describes_the_name_after(words, index, lowercase_words)
            or re.fullmatch(r"[A-Z][a-z]+-year-old", word)  # "Nineteen-year-old Boo Jae-hyun"
            or KIN_OF_COUNT.fullmatch(word)  # "Mother-of-three Ana Silva"
            or a_day_after_its_preposition(word, body, tokens_[index].start)
        ):
            skip = index + 1
            continue
        break
    return skip


def name_occurrences(body: str, runs: list[Run]) -> list[NameOccurrence]:
    """Every capitalised run that could be a person's name, with the cues around it."""
    lowercase_words = {w for w in re.findall(r"\b[a-z][\w’'\-]*\b", body)}
    found: list[NameOccurrence] = []
    nick_spans = [(m.start("nick"), m.end("nick")) for m in NICKNAME.finditer(body)]
    local_titles = titles_by_repetition(body, [run.words() for run in runs])
    for run in runs:
        words = run.words()
        skip = _leading_common(words, run.tokens, body, lowercase_words)
        # "Herder Erdenebat Batbayar": the word before says what the person is
        described = skip and (
            describes_the_name_after(words, skip - 1, lowercase_words)
            or KIN_OF_COUNT.fullmatch(words[skip - 1])
        )
        descriptor = words[skip - 1] if described else None
        if (
            0 < skip < len(words)
            and words[skip - 1].lower() in PARTICLES
            and (words[skip] in PARTICLES)
        ):
            skip -= 1  # "Von der Leyen" opening a sentence
        words, toks = words[skip:], run.tokens[skip:]
        if not words:
            continue
        if words[0] in DOTTED_TITLES and body.startswith(".", toks[0].end):
            words = [words[0] + ".", *words[1:]]  # "Eng. Faisal": the stop makes the title
        cut = split_title(words)
        if cut == 1 and len(words) == 2 and words[0] in TITLES_AS_GIVEN_NAMES:
            # "Prince Zinnah", a Liberian police spokesman, but "Prince Harry"; a dean
            # is named in full ("Dean John Smith"), so "Dean Hollis" is a man's name
            cut = 0 if words[1] not in given_names() or words[0] == "Dean" else cut
        if not cut and len(words) > 2 and title_by_second_reference(body, words):
            cut = 1  # "Deemster Alan Quilliam", later "the Deemster said": a local title
        if not cut and len(words) > 1 and words[0] in local_titles:
            cut = 1  # "Mama Teuira Tuara-Pokino", later "Mama Tuara-Pokino"
        cut = cut or title_before_a_given_name(words)  # "PS Peter Ochieng"
        if cut == len(words) - 1 and words[cut] in PORTFOLIOS:
            continue  # "State Tourism, Heritage and Culture Committee": a portfolio, no one
        role_start = toks[0].start
        title_of = TITLE_OF.search(body[max(0, role_start - 120) : role_start])
        if cut and title_of and all(w in PORTFOLIOS for w in words[:cut]):
            role_start -= len(title_of.group())  # "Minister of Transport Shamil Kurbanov"
        elif not cut and title_of:
            # "Assistant Commissioner of Police Damion Whyte-Levy": the words after "of"
            while cut < len(words) - 1 and (
                words[cut] in ORG_WORDS | TITLE_WORDS | PORTFOLIOS
                # "Governor of Sfax Mohamed Ali Trabelsi": the place governed, up to a
                # given name ("Minister of Health Victoria Smith" keeps Victoria)
                or (words[cut] in gazetteer() and words[cut] not in given_names())
            ):
                cut += 1
            cut = cut or name_after_a_body(words)  # "... Accounts Committee Mahmoud ..."
            portfolio_end = re.search(r"\b(?:and|&)\s+$", body[: toks[0].start][-6:])
            if (cut == len(words) - 1 and words[cut] in PORTFOLIOS) or (
                not cut and portfolio_end and body.startswith(",", toks[-1].end)
            ):  # ("Minister of Public Infrastructure and Domestic Transport, the Honourable")
                continue  # "Humanitarian Affairs" of "Minister of Humanitarian Affairs and ..."
            if cut:
                role_start -= len(title_of.group())
        dotted_rank = 0 < cut < len(words) - 1 and words[cut] in DOTTED_TITLES
        if dotted_rank and body.startswith(".", toks[cut].end):
            cut += 1  # "Minister of Housing Eng. Sami Nasser": a rank after the post
        if not cut and len(words) > 1 and words[0] in demonyms():
            # "Brazilian Fernando Silva", "the Paraguayan Derlis Zeballos Pozo" (a name of
            # three words) are people; "Lithuanian Banks", "Australian Financial Review" not
            if words[1] not in given_names() and not three_plain_names(words[1:], lowercase_words):
                continue
            cut = 1
        if cut and all(w in MODIFIER_TITLES for w in words[:cut]):
            continue  # "Grand Cayman": "Grand" is a title only with another ("Grand Mufti")
        if (not cut or words[:cut] == ["General"]) and ORG_OF_BEFORE.search(
            body, max(0, toks[0].start - 60), toks[0].start
        ):
            continue  # "the Ministry of Home Affairs said", "Court of General Gaol Delivery"
        if cut == len(words) or is_storm_or_tag(words[cut:]):
            continue  # "Typhoon Lumen"; AP's "D-Las Cruces" after a senator's name
        seat = constituency_words(words[cut:], body[max(0, toks[0].start - 30) : toks[0].start])
        cut += seat  # "TD for Clare Pádraig Mac Mathúna": Clare is the seat
        name_tokens = list(toks[cut:])
        cues: list[str] = []
        # Honours after the name are not part of it ("Jane Smith KC"), and say it is a person's.
        while len(name_tokens) > 2 and name_tokens[-1].text.rstrip(".") in POST_NOMINALS:
            cues.insert(0, f"post-nominal '{name_tokens.pop().text}'")
        if len(name_tokens) == 2 and name_tokens[-1].text.rstrip(".") in POST_NOMINALS:
            continue
        if cues and party_before_letters(body[name_tokens[-1].end : name_tokens[-1].end + 40]):
            continue  # "Fianna Fáil TD for Clare ...": a party, the member's name follows
        if len(name_tokens) > 2 and name_tokens[-1].text in GENERATIONAL:
            cues.append(f"generational suffix '{name_tokens[-1].text}'")  # only people have one
        nick = [t for t in name_tokens if any(a <= t.start < b for a, b in nick_spans)]
        plain = [t for t in name_tokens if t not in nick]
        bare = [t.text for t in plain if t.text.rstrip(".") not in GENERATIONAL or t is plain[0]]
        # "Helen Mills, 45, said", "Mr Park said": a feature's word as a surname
        speaks = SPEAKS_OR_AGED.match(body, plain[-1].end) if plain else None
        if bare and bare[-1] in NAMED_AFTER_SOMEONE and not speaks:
            continue
        surnamed = a_persons_title(words[:cut]) or bool(
            speaks
            and (len(bare) == 2 and bare[0] in given_names() or words[:cut] in COURTESY)
            and (bare[-1] not in ORG_WORDS or bare[-1] in TRADE_SURNAMES)  # not "Democrats"
        )
        if not plain or not looks_like_name(bare, titled=surnamed):
            continue
        start, end = name_tokens[0].start, name_tokens[-1].end
        if body[end : end + 1] == "." and (
            name_tokens[-1].text in ("Jr", "Sr") or re.fullmatch(UPPER, name_tokens[-1].text)
        ):
            end += 1  # "Jr.", and a surname's initial: "Kevin M." (but "III." ends a sentence)
        name = body[start:end]
        nickname = printed = None
        if nick:
            nickname = body[nick[0].start : nick[-1].end]
            # ('Rodolfo "Dodong" Abellanosa Jr.' keeps the stop of "Jr.")
            stop = "." if name.endswith(".") and not plain[-1].text.endswith(".") else ""
            printed, name = name, without_nickname(body, plain) + stop
        role = role_basis = None
        if cut:
            role_end = toks[cut - 1].end + (body[toks[cut - 1].end : toks[cut - 1].end + 1] == ".")
            role = body[role_start:role_end]
            # A possessive before the title belongs to it ("Russia's President").
            role_basis = body[toks[0].start : end]
            cues.append(f"title '{role}'")
        before = body[max(0, start - 60) : start]
        after = body[end : end + 160]
        aside = NAME_ASIDE.match(after)
        if aside:
            # "Lin Mei-ling (林美玲), an analyst": the name as written at home, then the rest
            after = after[aside.end() :]
        # ("The Jorge Chávez airport reopened": a sentence's "The" too)
        the_before = re.search(
            r"(?:^|\s|“|\")(?:the|The)\s+$", body[max(0, toks[0].start - 60) : toks[0].start]
        )
        # (but "the Health Minister Ana Ruiz", "Member of the Assembly Dr. Rima Haddad":
        # the article is the title's, or the body's, before a name of two words or more)
        titled_name = cut and a_name_after_its_title(words, cut)
        if the_before and not titled_name:
            continue  # "the Associated Press": a person's name takes no article
        if FIRST_NAME_ONLY.search(before) or ONE_NAME_AFTER.match(after):
            cues.append("given only by a first name")  # "who gave only her first name, Amina,"
        home = re.search(r",\s+\d{1,3},\s+of\s+$", before)  # "Hendricks, 46, of Estate Grove"
        if (PERSON_ONLY_AFTER.match(after) and not home) or IDENTIFIED_AS.search(before):
            cues.append("what only a person does or undergoes")
        if descriptor:
            cues.append(f"role noun '{descriptor.lower()}' before the name")
        older = AGE_BEFORE.search(body, max(0, toks[0].start - 40), toks[0].start)
        if older and not (len(plain) == 1 and ROLE_OR_TOWNSMAN_AFTER.match(after)):
            cues.append("age before the name")  # "45-year-old Sahr Komba" (not "Basque striker")
        role_match = role_before(body, toks[0].start)
        # "Houmed Ali's lawyer, Mr Omar Farah Djama": a courtesy title hides no role
        courtesy = cut and all(w.rstrip(".") in COURTESY_TITLES for w in words[:cut])
        if role_match and (not cut or courtesy):
            noun = role_match.group().strip().rstrip(",")  # "father, Ross Kellaway": no comma
            cues.append(f"role noun '{noun}' before the name")
            if role_in_apposition(body, toks[0].start, end, noun):
                cues.append(f"a person's role in apposition ('a {noun}, X,')")
            role = noun if courtesy else role or noun
            kin = KIN_BEFORE.search(body, max(0, toks[0].start - 40), toks[0].start)
            if kin:  # "with his brother Alieu": only a person is someone's brother
                cues.append(f"kin '{kin.group().strip().rstrip(',')}' before the name")
        elif role_match and role:  # "The parish priest, Father X": the role and the title
            role = f"{role}, {role_match.group().strip().rstrip(',')}"
        office = OFFICE_BEFORE.search(body, max(0, toks[0].start - 110), toks[0].start)
        if office and not role_match:  # (also before a title: "The abbess ..., Mother X")
            # "The Minister of Transport, Amélia Cruz Tavares, ...": her office, before
            cues.append(f"role noun '{office.group('office')}' before the name")
            role = office.group("office") if courtesy or not role else f"{role}, {office[0]}"
        said = re.match(
            # "Sione Fifita, who runs walks from Dargaville, 50km south, said"
            r"(?:,\s+who\b[^.“”\"\n]{1,160}?,|,[^,.“”\"\n]{1,100},|,|\s+of\s+the\s+[a-z][^,.“”\"\n]{1,80}?)?"
            r"\s+(?:has\s+|had\s+|also\s+|then\s+|later\s+|previously\s+)?"
            + SPEECH
            + r"\b(?P<particle>\s+(?:in|on|off|up|for|out)\b)?",
            after,
        )
        # "A spokesperson for Natural England said" is the spokesperson's ("Jerelle Hazell,
        # 38, of Paget Farm, Bequia, had pleaded": a home town); "X of the group Y said" X's
        for_whom = re.search(r"(?:\b[a-z]+|\d,)\s+(?:for|of|at|from|with)\s+(?:the\s+)?$", before)
        # ("Reporters called in", "Hartley signed off": phrasal; "said in Catalan": speech)
        phrasal = said and said.group("particle") and not PLAIN_SPEECH.search(said.group())
        # "Kirsty McKay, who farms near Hill Cove, said": the clause's own subject speaks
        inside_clause = inside_a_relative_clause(body, toks[0].start)
        if said and not phrasal and not for_whom and not inside_clause:
            cues.append("'X said' pattern")
        if len(plain) > 1 and not a_teams_plural(bare[-1]) and players_action(before, after):
            cues.append("a player's action ('X scored', 'a cross from X')")
        if (
            re.search(r"\b" + SPEECH + r"\s+$", before)
            and not ROLE_AFTER.match(after)
            and not NAMING_VERB_BEFORE.search(before)
            and not REPORTED_VERB_AFTER.match(after)
        ):
            # (not "said Central coach Ariel Quiroga": Central is the coach's club)
            cues.append("'said X' pattern")
        if len(plain) == 1 and a_one_word_speakers_role(cues, after, office):
            cues.append("a person's role in apposition to a one-word name that speaks")
        apposition = APPOSITION.match(after)
        # An apposition describes; a clause ("According to Paul Okafor, the span has failed") not
        if (
            apposition
            and apposition.group("role").split()[0].lower() not in NOT_APPOSITION_START
            and not apposition.group("role").split()[0].endswith("ed")  # "called in by"
            # ("in the crater of Rano Raraku, rangers counted ...": a clause)
            and not re.match(r"[a-z]+[^s]s\s+[a-z]+ed\b", apposition.group("role"))
            and len(plain) > 1
            and not OPENING_PLACE.search(before)
            and not re.search(
                r"\b(?:has|have|had|is|are|was|were|will|would|said|says)\b",
                # (a relative clause may hold a verb: "a Yi farmer whose daughter was ...")
                re.split(r"\b(?:who|whose|which|where|when)\b", apposition.group("role"))[0],
            )
        ):
            text = apposition.group("role").strip()
            cues.append(f"apposition ', {text}'")
            role = f"{role}, {text}" if role else text
            role_basis = body[(toks[0].start if cut else start) : end + apposition.end("role")]
            role_basis = role_basis.rstrip()
        # "the local iwi, Te Roroa, said" (a name closed by a comma), but not "the town,
        # Tom Reyes said, ..." (a person's aside) nor a name with a title ("Mayor Ana Ruiz").
        closed = re.match(r"\s*(?:[,.;)]|and\b|or\b)", after)
        thing = (apposition_names_a_thing(apposition.group("role")) if apposition else None) or (
            described_before_as_a_thing(body[max(0, toks[0].start - 80) : toks[0].start])
            if closed and not cut and not office  # ("The deputy prefect from ... community, X")
            else None
        )
        if not thing and not cut:  # "the ship Gloria Maris docked"
            thing = thing_named_after(body[max(0, toks[0].start - 40) : toks[0].start])
            thing = thing or (thing_opening_apposition(after) if not apposition else None)
        if not thing and re.search(r"[”\"’']\s*\($", before) and after.startswith(")"):
            thing = "translation of a quoted title"  # "“Oro verde” (Green Gold), by ..."
        aged = re.match(r",\s+(?:\d{1,3},|(?:a|an)\s+\d{1,3}-year-old\b)", after)
        # (an age or a person's title outweighs "a canteen operator", "a wholesaler":
        # "Rosmawati binti Ahmad, 54, ...", "El Hadj Issoufou Mamane, a wholesaler")
        if thing and not aged and not cut:
            not_person = f"written as a {thing}"
        elif spokesperson_after(body[max(0, toks[0].start - 6) : toks[0].start], after):
            not_person = "has a spokesperson ('A X spokeswoman')"
        elif said and role is None and a_body_saying_it(before, after[said.end() :], bare[0]):
            not_person = "an organization ('X said it')"
        elif not cut and role_holder_after(after):  # "Ak Bars head coach X", "Congress leader"
            not_person = "a team or a body whose role-holder follows ('X coach Y')"
        elif KNOWN_AS_BEFORE.search(body, max(0, toks[0].start - 50), toks[0].start):
            # "Hajj Mahmoud Hammoudeh, known in the old city as Abu Samir", "alias el
            # Chele": another name of the person just named, not a second person
            not_person = "a nickname ('known as', 'alias')"
        else:
            not_person = None
        if re.match(r",\s+\d{1,3},\s", after):
            cues.append("age apposition ', N,'")
        elif re.match(r",\s+an?\s+\d{1,3}-year-old\b", after) and (
            not PLACE_BEFORE.search(before) or PLAYER_OF_AGE.match(after)
        ):  # (not "in Nago, a 34-year-old", but "from Neném, a 19-year-old striker")
            cues.append("age apposition ', a N-year-old'")
        elif re.match(r"\s+\(\d{1,3}\)", after):
            cues.append("age in brackets '(N)'")  # "Tinashe Mlambo (41) of Hillside"
        if after.startswith("/") or re.search(r"\b[Pp]hoto(?:graph)?s?\s+by\s+$", before):
            cues.append("photo credit")
        elif CREDIT.search(before):
            cues.append(f"credit '{CREDIT.search(before).group().strip()}'")
        if re.search(r"\baccording to\s+$", before, re.IGNORECASE):
            cues.append("'according to X'")
        if (
            WHO_CLAUSE_AFTER.match(after)
            and re.search(r"(?:^|[.!?”\"]\s+|\n)$", before)
            and (" " in name or name not in gazetteer())  # ("Oviedo, who had not lost")
        ):
            # "Sutrisno, who heads the ...": opening its sentence, where no home ("a man
            # from Dungloe, who") nor anything else stands between the clause and its noun
            cues.append("a relative clause with 'who'")
        found.append(
            NameOccurrence(name, start, end, role, role_basis, cues, nickname, printed, not_person)
        )
    return found + couple_occurrences(body, found)
