"""Titles, honorifics and abbreviations written before a name, in the forms of
newsrooms everywhere ("Minister", "Cllr", "Datuk Seri", "Eng.").

A run of capitalised words is cut after its last title: the rest is the name.
Data only, like ``wordlists``: nothing here imports the rest of the drafter.
"""

from __future__ import annotations

import re

# The sets are packed several words to a line, as in ``wordlists``.
# fmt: off

# Titles written before a name ("German Chancellor Olaf Scholz"). A run of
# capitalised words is cut after the last of these: the rest is the name.
TITLE_WORDS = {
    # (a French-speaking lawyer's, a Hindu nun's, a Tamil married woman's, a Thai teacher's)
    "Maître", "Maitre", "Sadhvi", "Tmt", "Ajarn",
    # (New England's town offices)
    "Harbormaster", "Harbourmaster", "Selectwoman", "Selectperson",
    # (a Malaysian police commissioner's "Comm")
    "Comm",
    # (an Indian city ward's elected member: "Corporator K. Venkata Lakshmi")
    "Corporator",
    # (an Orthodox nun's rank: "Stavrophore Mother Teodosia")
    "Stavrophore",
    # ("Trooper First Class", "Private First Class": a grade of the rank)
    "Class",
    "President", "Vice", "Chancellor", "Minister", "Secretary", "Secretary-General", "General",
    "Gen", "Floor", "Majority", "Minority",  # "Minority Floor Leader Joel Gabuya Sr."
    "Maj", "Major", "Colonel", "Col", "Lieutenant", "Lt", "Captain", "Capt", "Sergeant", "Sgt",
    "Admiral", "Adm", "Commander", "Mayor", "Deputy", "Governor", "Gov", "Senator", "Sen", "Rep",
    "Representative", "Congressman", "Congresswoman", "Councillor", "Councilor", "Councilman",
    "Councilwoman", "Alderman", "Alderwoman", "Assemblyman", "Assemblywoman", "Judge", "Justice",
    "Dr", "Prof", "Professor", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "King",
    "Queen", "Prince", "Princess", "Pope", "Rev", "Reverend", "Father", "Bishop", "Archbishop",
    "Rabbi", "Imam", "Coach", "Manager", "Chief", "Director", "Director-General", "Chairman",
    "Chairwoman", "Chairperson", "Chair", "CEO", "Commissioner", "Inspector", "Sheriff",
    "Detective", "Don", "Dona",
    "Officer", "Speaker", "Premier", "Prime", "Ambassador", "Envoy", "Superintendent", "Dean",
    "Principal", "Spokesman", "Spokeswoman", "Spokesperson", "Executive", "Marshal",
    "Constable", "Sister", "Brother", "Elder", "Emir", "Sheikh", "Sultan", "Crown", "Grand",
    "Substitute", "Striker", "Midfielder", "Defender", "Goalkeeper", "Winger", "Forward",
    # (positions of hockey, baseball, cricket and rugby: "Goaltender Mason Akers-Petit")
    "Goaltender", "Goalie", "Netminder", "Defenceman", "Defenseman", "Pitcher", "Shortstop",
    "Quarterback", "Batsman", "Batter", "Bowler", "Opener", "Flanker", "Fly-half", "Scrum-half",
    "Delegate",
    "Organiser", "Organizer", "Analyst", "Economist", "Researcher", "MP", "MEP", "MSP", "Senedd",
    "Foreign", "Defense", "Defence", "Finance", "Health", "Interior", "Economy", "Trade",
    "Transport",
    "Education", "Environment", "Energy", "Agriculture", "Labor", "Labour", "State",
    # Ranks and honorifics of other newsrooms, abbreviated with or without the full stop:
    # councils (Cllr, Cr), police (Det, Insp, Supt, Const, PC, DCI), forces (Brig, Cpl,
    # Cmdr), courts and parliaments (Rt Hon, Atty, Magistrate), faiths (Fr, Pastor,
    # Mufti), Philippine, Malaysian, Nigerian and Indian forms (Engr, Datuk, Alhaji, Shri).
    "Cllr", "Clr", "Cr", "Det", "Insp", "Supt", "Const", "Cmdr", "Cdr", "Brig",
    "Brigadier", "Cpl", "Corporal", "Pte", "Private", "PC", "DC", "DS", "DI", "DCI", "DSI",
    "DSU", "Rt", "Hon", "Honourable", "Honorable", "Atty", "Attorney", "Attorney-General",
    "Solicitor-General", "Magistrate", "Coroner", "Warden", "Trooper", "Fr", "Pastor",
    "Cardinal", "Canon", "Deacon", "Msgr", "Monsignor", "Mgr", "Ayatollah", "Mufti", "Mullah",
    # (clergy of French, Spanish and Hindu copy: "Abbé", "Padre", "Swami")
    "Abbé", "Père", "Frère", "Sœur", "Padre", "Fray", "Monseñor", "Swami",
    "Engr", "Adv", "Advocate", "Datuk", "Dato", "Datin", "Tun", "Alhaji", "Alhaja", "Shri", "Smt",
    "Mx",
    "Herr", "Frau", "Mme", "Mlle", "Asst", "Assistant", "Sec", "Councilmember", "Selectman",
    "Supervisor", "Commandant", "Chief-Inspector", "Sergeant-Major", "Headteacher",
    "Taoiseach", "Tánaiste", "Minister-President", "Premier-elect", "President-elect",
    # local offices kept in English copy: India's collectors and tehsildars, French and
    # Italian prefects, Philippine kagawads, Polish voivodes and starostas, Maghreb walis
    "Collector", "Sub-Collector", "Tehsildar", "Prefect", "Sub-Prefect", "Kagawad", "Voivode",
    "Starosta", "Wali",
    # French titles kept in English copy (Sark's and Guernsey's Conseillers, Québec's
    # députés, France's préfets)
    "Conseiller", "Conseillère", "Député", "Députée", "Sénateur", "Sénatrice", "Préfet",
    # Honorifics of West African, South-East Asian, Latin and continental newsrooms:
    # Ghana's "Nana" (a chief) and "Madam", Nigeria's "Mallam" and "Hajia", Indonesia's
    # regents ("Lumajang Regent Siti Nurhayati") and religious teachers, and the
    # courtesy titles translated stories keep ("Señora", "Signor", "Monsieur").
    "Madam", "Nana", "Togbe", "Oba", "Mallam", "Malam", "Hajia", "Hajiya", "Haji", "Hajjah",
    "Ustaz", "Ustadz", "Kyai", "Regent", "Vice-Regent", "Bupati", "Señor", "Señora",
    "Signor", "Signora", "Monsieur", "Madame", "Senhor", "Senhora", "Comrade", "Prosecutor",
    # offices of state and of institutions ("Treasurer Jim Chalmers")
    "Treasurer", "Ombudsman", "Registrar", "Rector", "Provost", "Comptroller",
    "Auditor-General", "Governor-General", "Lieutenant-Governor", "Patriarch", "Archdeacon",
    # Buddhist clergy ("Khamba Lama D.Ganbold", "Venerable ...") and the titles of
    # Spanish-language councils and ministries as English-language papers keep them
    "Khamba", "Lama", "Rinpoche", "Venerable", "Ven", "Intendenta", "Intendente",
    "Alcalde", "Alcaldesa", "Ministra", "Ministro", "Diputado", "Diputada", "Senador",
    "Senadora", "Gobernador", "Gobernadora", "Presidenta", "Concejal", "Edil",
    # traditional leaders of southern and western Africa and Fiji ("Kgosi Lesego
    # Tshekiso", "Igwe", "Ratu"), and Israel's members of the Knesset ("MK Ofer Lahav")
    "Kgosi", "Kgosikgolo", "Inkosi", "Igwe", "Obong", "Ooni", "Mwami", "Ratu", "MK",
    # Thai police and army ranks ("Pol Col Somchai", "Pol Lt Gen ...")
    "Pol",
    # Myanmar's honorifics before a man's and a woman's name ("U Aung Myo Thant", "Daw
    # Khin Sandar Win"): never part of the name
    "U", "Daw",
    # Ethiopia's Amharic and Oromo courtesy titles ("Ato Kedir Abdo", "W/ro" as "Woizero")
    "Ato", "Woizero", "Weizero", "Woizerit", "Obbo", "Aadde",
    # The abbreviated titles above written in full where they are not already, and
    # the courtesy titles of Indonesia, Malaysia, Thailand, the Gulf and East Africa
    # ("Ibu Sri Wahyuni", "Puan Aminah", "Khun Somchai", "Sheikha Latifa", "Mzee Ole
    # Sankok"), His Excellency, churches' and peers' titles
    "Mag", "Ing", "Lic", "Arq", "Sra", "Srta", "Dra", "Dña", "Doña", "Dott", "Dottssa", "Avv",
    "Bc", "RNDr", "JUDr", "MUDr", "PhDr", "Ir", "Drs", "Hj", "Kum", "H.E", "Bapak", "Ibu",
    "Puan", "Encik", "Cik", "Tuan", "Sheikha", "Shaikha", "Shaikh", "Mzee", "Khun",
    "Apostle", "Prophet", "Evangelist", "Baroness", "Baron", "Countess", "Duke", "Duchess",
    # Eswatini's and South Africa's honorifics for a mother and a grandmother
    # ("Make Zodwa Nxumalo"), and administrators' offices ("Regional Administrator")
    "Make", "Gogo", "Administrator", "Administrators",
    # Sasak honorifics on Lombok for a mother and a father ("Inaq Rahmawati")
    "Inaq", "Amaq",
    # Brunei's and Malaysia's courtesy titles ("Dayang Rosmawati", "Awang Ali", "Pengiran
    # Anak"), and a court's counsel ("Senior Crown Counsel Anya Flowers")
    "Dayang", "Awang", "Pengiran", "Pehin", "Counsel",
    # the ranks of South Asian and West African police forces ("ASP Kofi Mensah")
    "ASP", "DSP", "SSP", "ACP", "DCP", "CP", "IGP", "DIG", "AIG", "SP",
    # Kurdish, Persian and Turkic courtesy titles ("Mamosta Ahmad Hawrami", "Kak
    # Rebwar", "Khanim Leyla"), East African and Arab teachers' ("Mwalimu", "Ustadh"),
    # and the Gulf's and the Levant's "Sayyid" and "Hajji"
    "Mamosta", "Kak", "Khanim", "Xanim", "Mwalimu", "Ustadh", "Sayyid", "Hajji",
    # Afghan and Iranian clergy and descent ("Mawlawi Abdul Rahim", "Qari Yousuf",
    # "Hojatoleslam ...", "Seyed Ali Mousavi"), Somali traditional leaders ("Suldaan",
    # "Ugaas", "Garaad"), Bhutan's honours and ministers ("Dasho", "Lyonpo"), and the
    # French "Pr" (professeur) of francophone Africa ("Me", maître, is a common word)
    "Mawlawi", "Maulvi", "Maulana", "Qari", "Hojatoleslam", "Hojjatoleslam", "Seyed",
    "Seyyed", "Suldaan", "Ugaas", "Garaad", "Dasho", "Lyonpo", "Lyonchhen", "Aum", "Pr",
    # the Marshall Islands' chiefs and clan heads ("Iroij Lejolan Tarjin", "Leroij ...",
    # "Alab Jekkein Ned") and Fiji's provincial "Roko"
    "Iroij", "Iroijlaplap", "Leroij", "Alab", "Roko",
    # a pilgrim's title in the Levant and West Africa ("Hajj Mahmoud Hammoudeh",
    # "Elhadj Oumar"), and the courtesy titles of Congolese and Cabo Verdean papers
    # ("Maman Thérèse", "Nha Lulú", "Nhô Djon")
    "Hajj", "Hajja", "Hadj", "Elhadj", "Alhadji", "Maman", "Nha", "Nhô",
    # a Tahitian mayor ("Tavana"), Åland's premier ("Lantråd"), a Greenlandic minister
    # ("Naalakkersuisoq for Infrastructure ..."), and Benin's "Dah" of a dignitary
    "Tavana", "Lantråd", "Naalakkersuisoq", "Dah",
    # the judges of the Crown dependencies and the Channel Islands ("Deemster Alan
    # Quilliam", "the Bailiff", "Jurat Ann Le Sueur") and a Scottish sheriff court's
    "Deemster", "Bailiff", "Jurat", "Sheriff-Principal",
    # village heads of the Guianas' Maroon and Indigenous peoples ("Kapitein Erwin
    # Sampie", "Granman", "Basja"), courtesy titles of Dutch, Afrikaans, Sesotho,
    # Filipino, Tamil and Hindi papers ("Meneer", "Oom", "Ntate", "Mang", "Thiru",
    # "Shrimati"), Thai and Sri Lankan monks ("Phra", "Ajahn", "Bhante"), Samoan
    # honorifics ("Afioga", "Susuga"), Senegal's "Serigne" and "Sokhna", and the
    # elders' "Aunty" and "Uncle" of Australian and Pacific papers ("Aunty Rose Smith")
    "Kapitein", "Hoofdkapitein", "Granman", "Basja", "Meneer", "Mevrouw", "Dominee",
    "Oom", "Tannie", "Ntate", "Mang", "Aling", "Manong", "Thiru", "Thirumathi", "Shrimati",
    "Phra", "Ajahn", "Bhante", "Afioga", "Susuga", "Serigne", "Sokhna", "Aunty", "Auntie",
    "Uncle", "Whaea", "Kumu",
}
# An office not yet taken up, or left, is a title too ("Mayor-elect Tomasz
# Zieliński", "Ambassador-designate ...", "Ex-minister ...", "Ex-President ..."). Only
# offices: every title in each form would make the titles' pattern six times as long.
_OFFICES = (
    "President", "Vice-President", "Prime", "Minister", "Premier", "Chancellor", "Mayor",
    "Governor", "Senator", "Speaker", "Ambassador", "Commissioner", "Chairman",
    "Chairwoman", "Chair", "Director", "Secretary", "Secretary-General", "Director-General",
    "Coach", "Manager", "Councillor", "Judge", "Justice", "Attorney-General", "Bishop",
    "Archbishop", "Deputy", "Chief", "Captain", "Leader", "Treasurer", "Regent", "Sheriff",
)  # fmt: skip
TITLE_WORDS |= {
    f"{office}-{when}" for office in _OFFICES for when in ("elect", "designate", "in-waiting")
} | {f"Ex-{form}" for office in _OFFICES for form in (office, office.lower())}
# Abbreviations that are titles only with their full stop: "Eng. Faisal Al-Dossary"
# (an engineer, as Arab and Lusophone newsrooms write it), "Arch. Ana Cruz", "Sr. João da
# Costa" (señor, senhor); "Eng" alone is a Chinese surname ("Eng Kah Seng"), and "Sr."
# after a name is "Senior".
DOTTED_TITLES = {"Eng", "Arch", "Archt", "Sr"}
# Abbreviated titles that never end a sentence: pySBD splits "Det. Insp. Jane Smith"
# after "Insp." unless told, so sentences are joined back after these.
TITLE_ABBREVIATIONS = {
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Maj", "Col", "Lt", "Capt", "Sgt", "Adm", "Gov",
    "Sen", "Rep", "Rev", "Cllr", "Clr", "Cr", "Det", "Insp", "Supt", "Const", "Cmdr", "Cdr",
    "Brig", "Cpl", "Pte", "Rt", "Hon", "Atty", "Fr", "Msgr", "Mgr", "Engr", "Adv", "Asst", "Sec",
    "Mme", "Mlle", "Ven",
    # academic and professional titles of continental Europe and Latin America, and
    # Spanish, Malay and Indian courtesy titles, abbreviated: "Ing. Jana Nováková",
    # "Lic. Ana Ruiz", "Dott. Marco Bianchi", "Hj. Aminah", "Smt. Lakshmi"
    "Mag", "Ing", "Lic", "Arq", "Sra", "Srta", "Dra", "Dña", "Dott", "Dottssa", "Avv", "Bc",
    "RNDr", "JUDr", "MUDr", "PhDr", "Ir", "Drs", "Hj", "Smt", "Kum",
    "Eng", "Arch", "Archt",
}
# Abbreviated titles and other words that end in a full stop without ending a sentence.
ABBREVIATIONS = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Maj", "Col", "Lt", "Capt", "Sgt", "Adm", "Gov", "Sen",
    "Rep", "Rev", "St", "Jr", "Sr", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "approx", "U.S", "U.K",
    "Cllr", "Det", "Insp", "Supt", "Const", "Cmdr", "Cdr", "Brig", "Cpl", "Pte", "Hon", "Rt",
    "Atty", "Fr", "Msgr", "Engr", "Adv", "Asst", "Sec", "Mx",
} | TITLE_ABBREVIATIONS

# Playing positions in lower case ("goalkeeper Marcão"): footballers known by one name.
PLAYING_POSITIONS = (
    r"(?:goalkeeper|keeper|striker|forward|midfielder|defender|winger|"
    r"(?:centre|center|full|left|right|wing)-back|playmaker|goalie)"
)
PLAYER_OF_AGE = re.compile(r",\s+an?\s+\d{1,3}-year-old\s+" + PLAYING_POSITIONS + r"\b")

# Title words that make a title only with another: "Grand Mufti", "Vice President".
MODIFIER_TITLES = {"Grand", "Crown", "Vice", "Prime"}
# The level of government an office serves, before its title: "said District Collector
# Anil Rawat", "Provincial Governor", "County Commissioner", "Regional Director".
OFFICE_LEVELS = {"District", "Provincial", "Regional", "County", "Divisional", "Municipal",
                 "State", "City", "Federal", "Prefectural", "Departmental"}  # fmt: skip

# The words of a ministry's portfolio after "Minister of" or in a list of
# portfolios ("Minister of Humanitarian Affairs and Disaster Management Ayan Mohamed
# Jama", "Petroleum and Mineral Resources"): they are the title's, not the name's.
PORTFOLIOS = {
    "Public", "Prosecutions", "Affairs", "Works", "Staff", "Home", "State", "Justice", "Foreign",
    "Internal", "Information", "Youth", "Sports", "Tourism", "Culture", "Local", "Authorities",
    "Economic", "Social", "Rural", "Urban", "Regional", "National", "Digital", "Science",
    "Technology", "Innovation", "Development", "Housing", "Employment", "Security",
    "Planning", "Water", "Waters", "Seas", "Lands", "Fisheries", "Forestry", "Livestock",
    "Communications", "Infrastructure", "Industry", "Commerce", "Investment", "Welfare",
    "Women", "Family", "Children", "Veterans", "Heritage", "Arts", "Climate",
    "Spatial", "Environment", "Environmental", "Administration", "Rights", "Minorities",
    "Diaspora", "Integration", "Reconstruction", "Solidarity", "Equality", "Sport", "Media",
    "Labour", "Labor", "Pensions", "Territorial", "Cohesion", "Land", "Natural", "Maritime",
    "Ports", "Aviation", "Trade", "Consumer", "Competition", "Energy", "Mining", "Mines",
    "Finance", "Health", "Education", "Transport", "Agriculture", "Defence", "Defense",
    "Humanitarian", "Disaster", "Management", "Emergency", "Relief", "Resettlement",
    "Religious", "Endowments", "Petroleum", "Oil", "Gas", "Mineral", "Minerals", "Resources",
    "Posts", "Telecommunications", "Parliamentary", "Constitutional", "Legal", "Civil",
    "Service", "Human", "Gender", "Cooperation", "International", "Irrigation",
    "Electricity", "Roads", "Railways", "Sanitation", "Food", "Nutrition", "Population",
    "Higher", "Vocational", "Training", "Skills", "Road", "Facilities", "Transportation",
    "Highways", "Economy", "Budget", "Taxes", "Revenue", "Customs", "Provincial", "Municipal",
    "Devolution", "Decentralisation", "Decentralization",
    # the departments of states and districts ("Director of Horticulture Tsewang Dolkar")
    "Horticulture", "Sericulture", "Floriculture", "Aquaculture", "Fishery", "Veterinary",
    "Statistics", "Immigration", "Prisons", "Police", "Fire", "Archives", "Libraries",
    "Museums", "Wildlife", "Parks", "Meteorology", "Geology", "Surveys", "Cooperatives",
}
# fmt: on

# Offices no one has as a surname: a run of capitals ending in one is the office's
# name ("The Police Public Relations Officer in the state"), not a person's.
OFFICES_NOT_SURNAMES = {
    "Officer",
    "Secretary",
    "Director",
    "Commissioner",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Administrator",
    "Registrar",
    "Superintendent",
    "Coordinator",
    "Treasurer",
    "Ombudsman",
    "Chairperson",
    "Chairwoman",
    "Chairman",
    "Minister",
    "President",
    "Manager",
}
