"""Word lists the demo and scale generators draw from: occupations with the skills employers
ask for, how employers decorate a title, Frisian first and last names, company-name words, and
the spread of benefits and driving licences. Fiction built to look like the region.
"""

# ESCO preferred or alternative Dutch labels, with skills an employer would ask for.
OCCUPATIONS = [
    (
        "heftruckchauffeur",
        "logistiek",
        ["heftruck besturen", "VCA", "orderpicken", "laden en lossen"],
    ),
    (
        "magazijnmedewerker",
        "logistiek",
        ["orderpicken", "voorraadbeheer", "scanner gebruiken", "inpakken"],
    ),
    ("orderpicker", "logistiek", ["orderpicken", "scanner gebruiken", "nauwkeurig werken"]),
    (
        "vrachtwagenchauffeur",
        "logistiek",
        ["rijbewijs C", "code 95", "laden en lossen", "planning"],
    ),
    ("postbezorger", "logistiek", ["pakketten sorteren", "rijbewijs B", "klantvriendelijk"]),
    (
        "productiemedewerker",
        "productie",
        ["machine bedienen", "kwaliteitscontrole", "inpakken", "hygiëne"],
    ),
    ("lasser", "techniek", ["MIG/MAG lassen", "tekening lezen", "VCA"]),
    ("automonteur", "techniek", ["storingen verhelpen", "gereedschap gebruiken", "APK"]),
    ("elektromonteur", "techniek", ["elektra aanleggen", "tekening lezen", "VCA"]),
    ("loodgieter", "techniek", ["leidingen leggen", "tekening lezen", "VCA"]),
    ("timmerman", "bouw", ["hout bewerken", "tekening lezen", "VCA", "meten"]),
    ("metselaar", "bouw", ["metselen", "VCA", "samenwerken"]),
    ("hovenier", "groen", ["snoeien", "beplanting aanleggen", "bosmaaier", "VCA"]),
    ("tuinman", "groen", ["maaien", "snoeien", "onkruid verwijderen"]),
    ("kok", "horeca", ["koken", "HACCP", "menu samenstellen", "hygiëne"]),
    ("keukenhulp", "horeca", ["afwassen", "groente snijden", "HACCP", "schoonmaken"]),
    ("verkoopmedewerker", "detailhandel", ["klantvriendelijk", "kassa", "vakken vullen"]),
    ("kassamedewerker", "detailhandel", ["kassa", "klantvriendelijk", "rekenen"]),
    ("bakker", "voeding", ["deeg bereiden", "HACCP", "vroeg werken"]),
    ("slager", "voeding", ["vlees snijden", "HACCP", "klantvriendelijk"]),
    (
        "receptionist",
        "zakelijke dienstverlening",
        ["telefoon aannemen", "klantvriendelijk", "Word en Outlook"],
    ),
    (
        "administratief medewerker",
        "zakelijke dienstverlening",
        ["Excel", "archiveren", "nauwkeurig werken"],
    ),
    (
        "callcentermedewerker",
        "zakelijke dienstverlening",
        ["telefoon aannemen", "klantvriendelijk", "typen"],
    ),
    ("thuiszorgmedewerker", "zorg", ["persoonlijke verzorging", "huishouden", "empathie"]),
    ("conciërge", "onderwijs", ["klein onderhoud", "sleutelbeheer", "klantvriendelijk"]),
    ("beveiliger", "beveiliging", ["diploma beveiliger", "toezicht houden", "rapporteren"]),
    ("kapper", "persoonlijke dienstverlening", ["knippen", "klantvriendelijk", "kleuren"]),
]

SCHOONMAAK = (
    "schoonmaker",
    "schoonmaak",
    ["schoonmaken", "schoonmaakmachines", "hygiëne", "zelfstandig werken"],
)

DEMO_OCCUPATIONS = [*OCCUPATIONS, SCHOONMAAK]

# Demo labels that are not the preferred label of the ESCO occupation they mean (checked by
# hand against data/esco; issue 17: "tuinman" is also an alternative label of *botanicus*, and
# the demo's "Tuinman regio Drachten" was coded to it). Every other label is a preferred label.
MEANT = {
    "tuinman": "hovenier",
    "postbezorger": "postbode",
    "elektromonteur": "monteur elektrische installaties",
    "schoonmaker": "schoonmaker gebouwen",
}

# Titles as employers write them, with the hours a title promises (None: any hours).
DECORATIONS = [
    ("{t}", None),
    ("{t} (m/v)", None),
    ("{t} (m/v/x)", None),
    ("{T} 24-32 uur", (24, 32)),
    ("Wij zoeken een {t}!", None),
    ("Ervaren {t} gezocht", None),
    ("{T} regio {place}", None),
    ("Parttime {t}", (16, 24)),
    ("{T} – fulltime", (36, 40)),
    ("Vacature: {t}", None),
]
HOURS = [(16, 24), (20, 28), (24, 32), (24, 36), (32, 38), (12, 20)]

FIRST_NAMES = [
    "Jan",
    "Sjoerd",
    "Pieter",
    "Anna",
    "Maria",
    "Johannes",
    "Fenna",
    "Sietske",
    "Hendrik",
    "Tjitske",
    "Willem",
    "Ytsje",
    "Gerrit",
    "Marieke",
    "Klaas",
    "Durk",
    "Femke",
    "Wietske",
    "Sander",
    "Lisa",
    "Mohammed",
    "Fatima",
    "Ahmad",
    "Amina",
    "Yusuf",
    "Noor",
    "Daan",
    "Sanne",
    "Bram",
    "Eva",
    "Ruben",
    "Iris",
    "Thijs",
    "Lotte",
    "Jelmer",
    "Hinke",
    "Douwe",
    "Baukje",
    "Rik",
    "Esther",
    "Tesfay",
    "Senait",
    "Ali",
    "Layla",
    "Kevin",
    "Priscilla",
    "Marco",
    "Joyce",
    "Dennis",
    "Kim",
]
LAST_NAMES = [
    "de Vries",
    "Hoekstra",
    "Postma",
    "Bakker",
    "Dijkstra",
    "de Jong",
    "Visser",
    "Jansen",
    "van der Meer",
    "Bosma",
    "Kramer",
    "Zijlstra",
    "Veenstra",
    "Terpstra",
    "Hiemstra",
    "Brouwer",
    "Mulder",
    "de Boer",
    "Wijnja",
    "Bouma",
    "Sikkema",
    "Kuipers",
    "Koopmans",
    "Smit",
    "Meijer",
    "van Dijk",
    "Tilma",
    "Haagsma",
    "El Amrani",
    "Yilmaz",
    "Haile",
    "Hosseini",
    "Nauta",
    "Wiersma",
    "Jellema",
    "Faber",
    "Schaap",
    "Bergsma",
]
EMPLOYER_WORDS = {
    "logistiek": ["Transport", "Logistiek", "Distributiecentrum"],
    "productie": ["Metaalwaren", "Kunststoffen", "Voedingsmiddelen"],
    "techniek": ["Installatietechniek", "Machinebouw", "Elektrotechniek"],
    "bouw": ["Bouwbedrijf", "Aannemersbedrijf", "Timmerfabriek"],
    "groen": ["Hoveniersbedrijf", "Groenvoorziening", "Kwekerij"],
    "horeca": ["Hotel-Restaurant", "Eetcafé", "Partycentrum"],
    "detailhandel": ["Supermarkt", "Bouwmarkt", "Tuincentrum"],
    "voeding": ["Bakkerij", "Slagerij", "Zuivelfabriek"],
    "zakelijke dienstverlening": ["Administratiekantoor", "Klantcontactcentrum", "Uitzendbureau"],
    "zorg": ["Thuiszorg", "Zorgcentrum", "Woonzorg"],
    "onderwijs": ["Scholengemeenschap"],
    "beveiliging": ["Beveiliging"],
    "persoonlijke dienstverlening": ["Kapsalon"],
    "schoonmaak": ["Schoonmaakbedrijf", "Facilitair Bedrijf"],
}
PLACE_NAMES = {"Gemeente Weststellingwerf": "Wolvega", "Gemeente Smallingerland": "Drachten"}
BENEFITS = ["participatiewet"] * 7 + ["ww", "nug", "wajong", "ioaw", "anw"]
LICENCES = [[], [], ["B"], ["B"], ["B", "C"]]
