"""The patterns of attributions: how newsrooms write who speaks, as regular
expressions ("said X", "X told reporters:", "according to X", "the finance
minister, Ana Costa", "Pharmacists in Port Harcourt ... said"). ``attribution``
finds them around a quote; this module only says what they look like.
"""

from __future__ import annotations

import re

from .text import LOWER, LOWER_ARTICLE, PATRONYMIC_ENDING, UPPER
from .wordlists import PARTICLES, ROLE_NOUNS, SPEECH

# A speech verb, or any past tense in -ed that opens a quote with a colon ("Another
# driver, Yusuf, agreed: ..."), so that the quote is not taken as the last speaker's.
VERB = r"(?:(?i:" + SPEECH + r")|[a-z]{3,}ed(?=:\s*(?:[“\"‘']|$)))"
# a capitalised word, or a surname with its lowercase article ("al-Rashid", "d’Estaing")
NAME_WORD = r"(?:" + UPPER + r"[\w’'.\-]*|" + LOWER_ARTICLE + UPPER + r"[\w’'\-]*)"
# a surname may open with its particles in lower case: "van der Berg said" (the
# particles of PARTICLES that do not open ordinary phrases: not "ten", "y" or "á")
LOWER_PARTICLE = (
    r"(?:van|von|de|der|den|du|da|di|del|della|dos|das|la|le|ter|el|al|bin|ibn|ap|anak)\s"
)
# the particles inside a name, longest first: "van der", "Ní", "anak"
PARTICLE_WORDS = "|".join(sorted(PARTICLES, key=len, reverse=True))
WHO_NAME = (
    r"(?:"
    + LOWER_PARTICLE
    + r"\s*){0,2}"
    + NAME_WORD
    # a nickname in quotation marks may stand inside the name: 'Vladimir "Vlado" Krstajić'
    + r"(?:\s+[\"“‘][^\"“”‘’\s]{1,20}[\"”’])?"
    # ("Dr the Hon. Terrance Drew": the Caribbean's "the" before "Hon")
    # with up to two particles before a word ("Griet Van den Broeck", "Ana de la Cruz")
    + r"(?:\s+(?:(?:"
    + PARTICLE_WORDS
    + r"|the(?=\s+(?:Hon|Honourable|Honorable|Rt)\b))\s+){0,2}"
    + NAME_WORD
    + r"){0,6}"
    # and a Central Asian patronymic ends it: "Toktogul uulu"
    + r"(?:\s+"
    + PATRONYMIC_ENDING
    + r")?"
    + r"(?:\s+(?:and|&)\s+"
    + NAME_WORD
    + r"(?:\s+"
    + NAME_WORD
    + r"){0,2})?"
)
# ("secretary general", "inspector general", "consul general": a role with "general" after it)
ROLE_WORD = r"(?:" + "|".join(sorted(set(ROLE_NOUNS), key=len, reverse=True)) + r")(?:\s+general)?"
# "said Central coach Ariel Quiroga", "Apple chief executive Tim Cook said": an
# organization, the person's role in it, then the person, who is the speaker.
WHO_ROLE_NAME = (
    NAME_WORD
    # ("Ministry of Health spokesman Tom Reyes": an organization's "of" too)
    + r"(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?"
    + NAME_WORD
    + r"){0,3}\s+(?:"
    + LOWER
    + r"[\w\-]*\s+){0,2}?"
    + ROLE_WORD
    # ("Boisvert Caron president and chief executive Jean-Sébastien Boisvert")
    + r"(?:\s+(?:and|&)\s+(?:"
    + LOWER
    + r"[\w\-]*\s+)?"
    + ROLE_WORD
    # ("the Green member of parliament Sandra Pöltl", "UN head of mission Ana Ruiz")
    + r")?(?:\s+(?:of|for)\s+(?:the\s+)?"
    + LOWER
    + r"[\w\-]*)?\s+"
    + WHO_NAME
)
# An office whose portfolios are joined by "and", then the name: "Regional Development
# and EU Funds Minister Ivana Đurić", "Trade and Industry Secretary Ana Ruiz".
PORTFOLIO_OFFICES = r"(?:Minister|Secretary|Commissioner|Director|Spokes(?:man|woman|person))"
WHO_PORTFOLIO_NAME = (
    r"(?:"
    + NAME_WORD
    + r"\s+){1,4}(?:and|&)\s+(?:"
    + NAME_WORD
    + r"\s+){0,3}"
    + PORTFOLIO_OFFICES
    + r"\s+"
    + WHO_NAME
)
ROLE_THEN_NAME = re.compile(r"\s" + ROLE_WORD + r"\s+(?P<name>" + WHO_NAME + r")$")
# A description whose last words are a name, with no commas: "Her husband Ben Okoye",
# "Her colleague Dr Ben Okoye", "their neighbour Mrs Grace Achieng".
_KIN_AND_PEERS = (
    "colleague|husband|wife|son|daughter|brother|sister|mother|father|neighbou?r|friend|"
    "team-?mate|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandmother|"
    "grandfather|widow|widower|fianc[ée]e?|boyfriend|girlfriend|classmate|counterpart|"
    "successor|predecessor|assistant|boss"
)
DESCRIPTION_THEN_NAME = re.compile(
    r"^(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Mm]y)\s+(?:[a-z][\w’'\-]*\s+){0,2}"
    r"(?:" + _KIN_AND_PEERS + r")\s+"
    r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?" + WHO_NAME + r")$"
)
WHO_PRONOUN = r"(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t)"
_W = r"[\w’'\-]+"
WHO_DESCRIPTION = (
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,4}?(?:\s+(?:for|of|at|from|with|in|to)\s+(?:the\s+|a\s+|an\s+)?"
    + _W
    + r"(?:\s+"
    + _W
    # ("the spokeswoman for the Chui Regional Internal Affairs Department"; two of them:
    # "the head of the criminal investigation department of the Ministry of ...")
    + r"){0,5}?){0,2}"
    + r"|"
    + NAME_WORD
    + r"(?:\s+(?:&\s+|and\s+)?"
    + NAME_WORD
    + r")*[’']s\s+"
    + LOWER
    + r"[\w\-]*(?:\s+"
    + LOWER
    + r"[\w\-]*){0,2})"
)
# Unnamed groups that speak as one: "unions call it ‘a pay cut’", "critics say".
WHO_GROUP = (
    r"(?:[Mm]any\s+|[Ss]ome\s+|[Ll]ocal\s+)?(?:unions|critics|residents|officials|analysts|"
    r"experts|campaigners|protesters|opponents|activists|doctors|teachers|workers|farmers|"
    r"villagers|scientists|economists|witnesses|neighbours|neighbors|locals|fans|supporters|"
    r"parents|survivors|relatives|families|traders|investors|researchers|prosecutors)"
)
# An office with its portfolio, then the name: "Minister for Housing and
# Infrastructure Aviaaja Lyberth" (the name is found at its end, among known people).
WHO_OFFICE_NAME = (
    NAME_WORD
    + r"\s+(?:of|for)\s+(?:the\s+)?"
    + NAME_WORD
    + r"(?:,?\s+(?:and\s+|&\s+)?"
    + NAME_WORD
    + r"){1,8}"
)
# The lookbehind keeps a description from starting inside a word ("Rhi|an Pritchard").
WHO = (
    r"(?<![\w’'\-])(?P<who>"
    + WHO_PRONOUN
    + r"\b|"
    + WHO_DESCRIPTION
    + r"|"
    + WHO_GROUP
    + r"\b|"
    + WHO_OFFICE_NAME
    + r"|"
    + WHO_PORTFOLIO_NAME
    + r"|"
    + WHO_ROLE_NAME
    + r"|"
    + WHO_NAME
    + r")"
)
# A parenthetical between speaker and verb, of up to three comma-separated parts:
# "Her neighbour, who gave only his first name, Mykola, said".
# A part opening with "and" or "but" is a new clause with its own subject ("... in her
# budget, and her spokeswoman, Carla Ibáñez, said"): the speaker is after it.
# (an apostrophe inside a word is no quotation mark: ", Michael O’Donoghue,")
PAREN = r"(?P<paren>(?:,(?!\s+(?:and|but|or)\s)(?:[^,“”\"‘’]|(?<=\w)’(?=\w)){1,120}){1,3},)?"
_ADVERBS = (
    r"also|then|later|once|previously|earlier|"
    # ("police subsequently said", "the ministry separately said")
    r"[a-z]{2,}(?:ally|ately|edly|ously|ently|antly|ively|fully|ickly|ietly)"
)
ADVERB = r"(?:(?:" + _ADVERBS + r"|has|had|was)\s+)?"
# The same adverbs where a description ends in them: "Mägi's office later", "the
# company eventually" (a description reads greedily up to the verb).
TRAILING_ADVERB = re.compile(r"\s+(?:" + _ADVERBS + r")$")

# A party or home in brackets after the name: "Aviaaja Lyberth (IA) said", "Ana Ruiz
# (D-Texas) said".
TAG = r"(?:\s+\([^()“”\"\n]{1,30}\))?"
# Where a named speaker works, between the name and the verb: "Dr Ana Ruiz of UBD’s
# Institute of Health Sciences said", "Tom Reyes from the Bank of Ghana said".
_PART = r"(?:" + UPPER + r"[\w\-.]*(?:[’']s)?|[A-Z]{2,})"
AFFILIATION = (
    r"(?:\s+(?:of|from|at)\s+(?:the\s+)?"
    + _PART
    + r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?"
    + _PART
    + r"){0,7})"
)
# Words between the verb and a name: "said village chief Joseph Mensah", and an age
# ("recalled 70-year-old fisherman Ahmed Saleh").
# Not words ending in a preposition: in "said a spokesperson for Morgan Stanley" the
# speaker is the spokesperson, and the name is whom she speaks for.
_NOT_AFTER = "".join(
    f"(?<!\\b{p}\\s)" for p in ("for", "at", "of", "from", "with", "in", "by", "to")
)
# Not a clause's subject or verb: "said he had given Marcano 'the green light'" is the
# manager's, not Marcano's.
_NOT_A_ROLE_WORD = (
    r"(?!(?:he|she|they|it|we|you|i|had|has|have|was|were|is|are|would|will|could|"
    r"should|did|does|do|that|which|who)\s|" + LOWER_PARTICLE + r")"
)
LEAD = (
    r"(?:(?:(?:\d{1,3}-year-old|"
    + _NOT_A_ROLE_WORD
    + LOWER
    + r"[\w’'\-]*)\s+){1,5}"
    + _NOT_AFTER
    + r"(?="
    + UPPER
    + r"))?"
)
# What stands between a quote and its attribution: a comma, or a dash as translated
# copy prints it ('"The decision is final" – said the minister').
AFTER_QUOTE_START = r"^\s*(?:[,–—]|-(?=\s))?\s*"
# (not "an official who asked not to be named said": the verb is the relative clause's)
AFTER_X_SAID = re.compile(
    AFTER_QUOTE_START
    + LEAD
    + WHO
    + TAG
    + PAREN
    + r"(?<!\bwho)(?<!\bthat)\s+"
    + ADVERB
    + r"(?P<verb>"
    + VERB
    + r")\b"
)
AFTER_NAME_OF_SAID = re.compile(
    AFTER_QUOTE_START
    + LEAD
    + r"(?P<who>"
    + WHO_ROLE_NAME
    + r"|"
    + WHO_NAME
    + r")"
    + TAG
    + AFFILIATION
    + PAREN
    + r"\s+"
    + ADVERB
    + r"(?P<verb>"
    + VERB
    + r")\b"
)
AFTER_SAID_X = re.compile(
    AFTER_QUOTE_START + r"(?P<verb>" + VERB + r")\s+" + LEAD + r"(?P<who>" + WHO_PRONOUN + r"\b|"
    r"(?:"
    + WHO_DESCRIPTION
    + r")(?=[,.;]|\s+(?:through|via|in|on|at|who)\b|\s*$)|"
    + WHO_ROLE_NAME
    + r"|"
    + WHO_NAME
    + r")"
)
# "said the Intendenta of Montevideo, Lucía Bentancor Ríos, after the vote": the
# description whole, not its capitalised word as a name.
AFTER_SAID_DESCRIPTION_NAME = re.compile(
    AFTER_QUOTE_START
    + r"(?P<verb>"
    + VERB
    # ("said one, Grace Banda, 62", "said another of them, ...")
    + r")\s+(?P<who>(?=[Tt]he\s|[Aa]n?\s)(?:"
    + WHO_DESCRIPTION
    # ("..., police colonel Vitaly Kravchenko": a rank in lower case before the name)
    + r")|(?:[Oo]ne|[Aa]nother)(?:\s+of\s+them)?)(?=,\s+(?:[a-z][\w\-]*\s+){0,2}"
    + WHO_NAME
    # (a party in brackets may follow the name: "..., Mag. Cornelia Hödl-Stranzl (ÖVP),")
    + TAG
    # (and where they work after it: "cardiologist Tamsin Achterberg from the University")
    + r"(?:\s*(?:[,.;]|$)|\s+(?:from|of|at|with)\s))"
)
# "“…,” was how fisherman Ilyas Baloch put it", "…, is how one resident described it"
AFTER_HOW_X_PUT_IT = re.compile(
    r"^\s*,?\s*(?:was|is)\s+how\s+"
    + LEAD
    + WHO
    + TAG
    + PAREN
    + r"\s+(?P<verb>put|puts|described|describes|summed|sums|summarised|summarized|saw|sees)"
    + r"\s+(?:it|things|the\s+\w+)\b"
)
AFTER_ACCORDING = re.compile(
    r"^\s*,?\s*(?P<verb>according to)\s+(?P<who>(?:"
    + WHO_DESCRIPTION
    + r")(?=[,.;]|\s*$)|"
    + WHO_NAME
    + r")"
)
BEFORE_X_SAID = re.compile(WHO + TAG + PAREN + r"\s+" + ADVERB + r"$")
BEFORE_SAID_X = re.compile(
    r"^\s+"
    + LEAD
    + r"(?P<who>"
    + WHO_ROLE_NAME
    + r"|"
    + WHO_NAME
    + r"|(?:"
    + WHO_DESCRIPTION
    + r")(?=,))"
    r"(?P<paren>,\s+" + WHO_NAME + r")?(?:,[^“”\"]*)?\s*$"
)
# "unions call it ‘a pay cut’": a speech verb only before what is called (a noun
# elsewhere: "on a conference call").
CALL_IT = r"(?:call|calls|describe|describes)(?=\s+(?:it|this|that|them|him|her)\b)"
OWNER_BEFORE = re.compile(r"(?P<who>" + WHO_NAME + r")\s+(?:of|at|from)\s+$")
# "Rimvydas Jurgelevičius of the Homeland Union – Lithuanian Christian Democrats said":
# the party's name may run on over a dash.
MEMBER_OF = re.compile(
    r"(?P<who>"
    + WHO_NAME
    + r")\s+(?:of|from)\s+(?:the\s+)?(?:(?:"
    + NAME_WORD
    + r"|[–—-]|of|for|and|&)\s+)+$"
)
# "the alkalo, or village head, Ebrima Sanneh": a gloss may stand between the two.
# "The jury chair, Lithuanian director Rūta Vaitkutė,": a role may open the apposition.
APPOSED_NAME = re.compile(
    r"^(?:,\s+or\s+[^,“”\"‘’]{1,40})?,\s+(?:(?:[\w’'\-]+\s+){0,3}?"
    + ROLE_WORD
    # ("One of the judges, the ethnomusicologist Prof. Thejangulie Meru of Nagaland
    # University, said": a trade in lower case, a title, the name and its institution)
    + r"\s+|(?:the|an?)\s+[a-z][\w\-]*\s+(?=[A-Z]))?(?P<name>"
    + WHO_NAME
    # (and a party in brackets after it: "Mag. Cornelia Hödl-Stranzl (ÖVP), in the debate")
    + r")(?=(?:\s+\([^()“”\"\n]{1,30}\))?(?:\s*[,.;]|\s*$)"
    + r"|\s+(?:of|from|at)\s+(?:the\s+)?[A-Z][^,]*(?:[,.]|$)|\s+"
    + VERB
    + r"\b)"
)


# The speaker named only in the sentence after the quote: "… ." The words came from
# Mary Byrne; "So says Mary Byrne"; "That was the verdict of a local farmer."
_NEXT_LEAD = (
    r"(?:The|Those|These)\s+(?:words|comments|remarks|warning|plea|verdict|view|assessment|"
    r"message)\s+(?:came\s+from|(?:are|were|was|is)\s+(?:those\s+)?(?:of|from))"
    r"|So\s+(?:says|said)"
    r"|That\s+(?:is|was)\s+(?:the\s+)?(?:view|verdict|message|warning|assessment|plea)"
    r"\s+(?:of|from)"
)
NEXT_SENTENCE = re.compile(
    r"^[\s.,!?]*(?P<verb>"
    + _NEXT_LEAD
    + r")\s+(?P<who>(?:"
    + WHO_DESCRIPTION
    + r")(?=\s*[,.;:]|\s*$)|"
    + WHO_NAME
    + r")"
)

# People in a place, the place then the verb: "Pharmacists in Port Harcourt ... said".
GROUP_IN = r"[A-Z][a-z]+s\s+(?:in|at|from|across)\s"
GROUP_IN_PLACE = re.compile(r"(?:^|(?<=[.;:]\s))" + GROUP_IN + r"\s*$")
# A name that is a preposition's object: "Writing on X, the president, ... said".
PREPOSITION_BEFORE = re.compile(r"\b(?:on|in|at|to|from|with|via|through|for)\s+$")
# A sentence opening with where it happened, not who spoke: "In Houndé, about 100
# kilometres north-east of Bobo-Dioulasso, the head of a cooperative, Mariam
# Ouédraogo, said ...".
FRONTED_PLACE = re.compile(r"(?:In|At|On|From|Near|Outside|Inside|Across|Along|Around|Beyond)\s")


GAVE_NAME_AS = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:first\s+)?name\s+(?:only\s+)?as\s+(?P<name>"
    + WHO_NAME
    + r")$"
)
CONJUNCTION_END = re.compile(r"\s(?:but|and|or|yet|then)$")
DESCRIBED = {"described", "describes", "describe", "called", "calls", "call"}
# "Olivier Brin, who said the family had received “…”", "Anne Moreau, a teacher who
# said it was “…”": the speech verb is the relative clause's, its speaker the name.
NAME_THEN_WHO = re.compile(
    r"(?<![\w’'\-])(?P<who>" + WHO_NAME + r")(?:,\s+(?:[Aa]n?|[Tt]he)\s[^,;:“”\"]{1,60}?)?"
    r",?\s+who\s+(?:also\s+|later\s+|had\s+|has\s+)?$"
)
COORDINATED_SUBJECT = re.compile(
    # (an apposition may stand before the first verb: "Dah Hounon Agbodjan, a dignitary
    # of a Gèlèdè society, refused to lend his mask and said ...")
    r"(?P<who>" + WHO_ROLE_NAME + r"|" + WHO_NAME + r")" + PAREN + r"\s+[a-z]+(?:ed|s)\b[^.“”\"]*$"
)
# A document or a sign as the source, with "read": "“…,” the statement read", "One
# placard read: “…”". Only after such a noun: "read" alone is no speech verb ("she
# read the names").
READ_HEAD = (
    r"(?:statement|letter|release|communiqu[eé]|memo|e-?mail|notice|message|post|note|sign|"
    r"banner|placard|poster|text|tweet|inscription|plaque|caption|headline|citation|order|"
    r"ruling|judg(?:e)?ment|verdict|report|petition|leaflet|flyer|slogan)s?"
)
_DOCUMENT = (
    r"(?P<who>(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+"
    r"(?:[\w’'\-]+\s+){0,3}?(?P<head>" + READ_HEAD + r")"
    # ("a statement from the firm", "a sign outside the town hall")
    r"(?:\s+(?:from|by|of|on|outside|at|in)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3}?)?)"
)
AFTER_DOCUMENT_READ = re.compile(r"^\s*,?\s*" + _DOCUMENT + r"\s+(?P<verb>read|reads)\b")
# ('"…," read a statement from the ministry': the verb first)
AFTER_READ_DOCUMENT = re.compile(
    r"^\s*,?\s*(?P<verb>read|reads)\s+" + _DOCUMENT + r"(?=\s*[,.;:]|\s*$)"
)
BEFORE_DOCUMENT_READ = re.compile(
    r"(?:^|(?<=[\s(]))" + _DOCUMENT + r"\s+(?P<verb>read|reads)\s*[:,]?\s*$"
)
# The name an unnamed speaker gave, after the description: "said a fan from Hall, who
# gave only her first name, Marta", "..., who asked to be identified only as Marta".
NAME_GIVEN_AFTER = re.compile(
    r"^,\s+who\s+(?:gave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+)?name"
    r"|asked\s+to\s+be\s+(?:identified|named)|(?:was|is)\s+(?:identified|named))"
    r"(?:\s+only)?(?:\s+as)?[,:]?\s+(?P<name>" + WHO_NAME + r")(?=\s*[,.;]|\s*$)"
)


# An unnamed speaker introduced as the subject of a speech verb: "A provincial health
# official, who spoke through an interpreter, said ...". A later "he" is that official.
UNNAMED_SUBJECT = re.compile(
    # (or a named person's: "Shameer's father, who runs a tea shop, told reporters")
    r"(?<![\w’'])(?P<desc>(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|"
    r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}['’]s)\s+"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,4}?(?:\s+(?:of|for|at|from|in|with|on|near)\s+(?:the\s+)?"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,3}?){0,2}"
    # (and a relative clause with no commas: "a plucker who did not wish to be named")
    r"(?:\s+(?:who|that)\s+[^,.;:“”\"‘’\n]{1,120}?)?)"
    r"(?:(?:,[^,“”\"‘’]{1,120}){1,3},)?\s+(?:also\s+)?(?i:" + SPEECH + r")\b"
)
SPEECH_SUBJECT = re.compile(
    r"(?P<subject>(?:[Tt]he|[Aa]n?)\s+"
    + _W
    + r"(?:\s+"
    + _W
    + r"){0,3}?|[A-Z][\w’'.\-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w’'.\-]*){0,4})"
    r"(?:,[^,“”\"‘’]{1,120},)?\s+(?:also\s+|has\s+|had\s+)?(?i:" + SPEECH + r")\b"
)
# "The judge said", "the Deemster told" in narrative: a role as the subject of speech.
ROLE_SUBJECT = re.compile(
    r"(?<![\w’'])(?P<desc>[Tt]he\s+(?:[a-z][\w\-]*\s+)?[A-Za-z][\w\-]*)"
    # ("The minister, speaking through an interpreter, said"; not a name in apposition:
    # "the medical superintendent, Ghulam Mustafa Brohi, said" is his)
    r"(?:,\s+[a-z][^,.“”\"‘’\n]{0,80},)?\s+(?i:" + SPEECH + r")\b"
)
# The subject's speech verb, an apposition allowed between: "Fiona Le Prevost said",
# "Helen Tostevin, sitting with seven jurats, said".
# A relative clause there may be longer and name others, who are not the subject:
# "Calum Macaulay, whose grandfather Roddy Macaulay set up the business with Donald
# John Morrison, said".
SAID_AFTER_SUBJECT = re.compile(
    # (an apposition may come before the clause: "X, chair of the group, whose two
    # daughters travel, said")
    # (and an apostrophe inside a word of it: "chair of a parents’ group")
    r"(?:(?P<relative>(?:,(?:[^,.“”\"‘’]|(?<=[a-z])’(?=[a-z\s])){1,80})?,\s+(?:who|whose)\s"
    r"[^.“”\"‘’]{1,160}?,)|,(?:[^,.“”\"‘’]|(?<=[a-z])’(?=[a-z\s])){1,80},)?"
    # (any speech verb: "Mulligan also confirmed that Doherty had been taken to hospital";
    # the comma closing an apposition: "..., Marcos Túlio Guimarães, said")
    r",?\s+(?:also\s+)?" + SPEECH + r"\b"
)
# A sentence's subject, a description before its verb: "The opposition voted against
# the law, which it described as “…”" (what "it" stands for).
SENTENCE_SUBJECT = re.compile(
    r"\s*(?P<who>(?:The|A|An)\s+(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)(?=\s+[a-z]+(?:ed|s)\b)"
)
DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|this|that)\s+$", re.IGNORECASE)
# The first words of a name that opens its clause, up to a word that "of" follows:
# "Outside the courthouse, Máire Ní ..." (then "Bhaoill of the ... said").
NAME_OPENING = re.compile(
    r"(?:^|[,;:]\s|[.!?]\s+)(?P<name>(?:"
    + NAME_WORD
    + r"\s+(?:(?:"
    + PARTICLE_WORDS
    + r")\s+)?){1,3})$"
)
