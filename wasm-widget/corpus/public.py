"""Public, harmless slot fillers: the associations' own contact data, public
figures, places named after people. None of this is personal data."""

from common import iban

# Fictional associations, with their *public* contact details.
ASSOCS_FR = [  # France
    {"name": "Solidarité Vallée", "kind": "association", "dom": "solidarite-vallee.fr",
     "tel": "04 78 62 15 30", "addr": "12 rue Victor Hugo, 69002 Lyon",
     "siret": "SIRET 812 345 678 00021", "rna": "RNA W691234567",
     "iban": iban("FR", "30003012340001234567890"), "founded": "1987"},
    {"name": "Le Fil d'Ariane", "kind": "association", "dom": "lefildariane.org",
     "tel": "03 20 54 71 08", "addr": "8 place Jean Jaurès, 59000 Lille",
     "siret": "SIRET 794 512 006 00017", "rna": "RNA W595004321",
     "iban": iban("FR", "10278022000002011223344"), "founded": "1994"},
    {"name": "Maison des Voisins", "kind": "association", "dom": "maisondesvoisins.fr",
     "tel": "01 48 20 33 91", "addr": "45 avenue Paul Éluard, 93200 Saint-Denis",
     "siret": "SIRET 523 908 114 00035", "rna": "RNA W931007788",
     "iban": iban("FR", "20041010050500013M02606".replace("M", "7")), "founded": "2003"},
]
ASSOCS_BE = [  # Wallonia / Brussels
    {"name": "Les Jardins du Lien", "kind": "asbl", "dom": "jardinsdulien.be",
     "tel": "02 538 41 20", "addr": "rue de Parme 27, 1060 Saint-Gilles",
     "bce": "BCE 0456.789.123", "iban": iban("BE", "068212345678"), "founded": "1979"},
    {"name": "Alpha Quartier", "kind": "asbl", "dom": "alphaquartier.be",
     "tel": "04 223 18 55", "addr": "rue Saint-Gilles 102, 4000 Liège",
     "bce": "BCE 0867.412.590", "iban": iban("BE", "001234567812"), "founded": "1992"},
    {"name": "Entraide Sambre", "kind": "asbl", "dom": "entraidesambre.be",
     "tel": "071 30 45 62", "addr": "boulevard Tirou 58, 6000 Charleroi",
     "bce": "BCE 0412.009.871", "iban": iban("BE", "310045678910"), "founded": "1968"},
]
ASSOCS_NL = [  # Flanders / Netherlands
    {"name": "De Buurtbrug", "kind": "vzw", "dom": "buurtbrug.be",
     "tel": "09 225 61 40", "addr": "Sint-Pietersnieuwstraat 80, 9000 Gent",
     "ond": "ondernemingsnummer 0478.123.654", "iban": iban("BE", "737012345612"),
     "founded": "1985"},
    {"name": "Samen Sterk", "kind": "vzw", "dom": "samensterk-antwerpen.be",
     "tel": "03 281 44 90", "addr": "Turnhoutsebaan 150, 2140 Borgerhout",
     "ond": "ondernemingsnummer 0445.908.276", "iban": iban("BE", "063555123487"),
     "founded": "1999"},
]
ASSOCS_EN = [
    {"name": "Bridges Community Trust", "kind": "charity", "dom": "bridgestrust.org.uk",
     "tel": "0161 496 0732", "addr": "14 Mandela Street, Manchester M4 5JD",
     "charity": "registered charity no. 1104522", "founded": "1991",
     "iban": iban("BE", "539007547034")},
    {"name": "Open Door Brussels", "kind": "asbl", "dom": "opendoorbrussels.org",
     "tel": "+32 2 513 90 20", "addr": "rue du Marché aux Herbes 61, 1000 Brussels",
     "charity": "enterprise number 0701.554.238", "founded": "2006",
     "iban": iban("BE", "360112233445")},
]

HOTLINES_FR = ["le 3919", "le 116 000", "le 0800 235 236", "le 119", "le 0 800 840 800",
               "le 3114"]
HOTLINES_BE = ["le 0800 30 030", "le 107", "le 0800 32 123", "le 116 000", "le 0800 98 100"]
HOTLINES_NL = ["het nummer 1813", "de Zelfmoordlijn 1813", "het gratis nummer 0800 30 030",
               "116 000", "de Kinder- en Jongerentelefoon 102"]
HOTLINES_EN = ["116 123 (Samaritans)", "the free 0800 number on our poster", "116 000",
               "0808 2000 247"]

ROLE_BOXES_FR = ["contact", "info", "accueil", "benevolat", "jobs", "secretariat", "dons"]
ROLE_BOXES_NL = ["onthaal", "info", "vrijwilligers", "jobs", "secretariaat"]
ROLE_BOXES_EN = ["info", "volunteering", "jobs", "hello", "donations"]

# Places named after people (public, harmless).
PLACES_FR = ["la salle Nelson Mandela", "l'école Jules Ferry", "l'athénée Robert Catteau",
             "le centre culturel Jacques Franck", "la rue Victor Hugo",
             "la salle Simone Veil", "le gymnase Marie Curie", "la place Jean Jaurès",
             "la bibliothèque Louise Michel", "le collège Jean Moulin",
             "l'espace Gisèle Halimi", "la salle Lucie Aubrac", "le parc Josaphat",
             "le square Ambiorix", "la maison de quartier Rosa Parks",
             "la médiathèque Aimé Césaire", "la rue Émile Zola"]
PLACES_NL = ["de Martin Luther Kingzaal", "het Nelson Mandelaplein",
             "de Martin Luther Kingplein-zaal", "het Hugo Clausplein",
             "de bibliotheek Permeke", "de Frans Masereelzaal", "de Simone Veilzaal",
             "het Victor Hortaplein", "de Leopold de Waelplaats", "het Ambiorixplein"]
PLACES_EN = ["the Simone Veil room", "the Nelson Mandela hall",
             "Martin Luther King Street", "the Rosa Parks community room",
             "the Mary Seacole centre", "the Florence Nightingale wing",
             "the Jo Cox meeting room", "the Emmeline Pankhurst library"]

# Public figures in their public role: (name, role phrase) per language.
AUTHORS = ["Victor Hugo", "Albert Camus", "Annie Ernaux", "Amélie Nothomb",
           "Marguerite Yourcenar", "Hugo Claus", "Toni Morrison",
           "Chimamanda Ngozi Adichie", "Aimé Césaire", "Simone de Beauvoir",
           "Maya Angelou", "Jacques Brel", "Stromae", "Paul Verhaeghe"]
QUOTES_FR = ["« On ne naît pas femme : on le devient. »",
             "« Il n'y a pas d'amour de vivre sans désespoir de vivre. »",
             "« Ouvrez des écoles, vous fermerez des prisons. »",
             "« La solidarité, c'est la tendresse des peuples. »",
             "« Au milieu de l'hiver, j'ai découvert en moi un invincible été. »"]
POLITICIANS = [("Emmanuel Macron", "le président de la République"),
               ("Anne Hidalgo", "la maire de Paris"),
               ("Philippe Close", "le bourgmestre de Bruxelles"),
               ("Bart De Wever", "le bourgmestre d'Anvers"),
               ("Alexander De Croo", "l'ancien Premier ministre"),
               ("Elio Di Rupo", "l'ancien ministre-président wallon"),
               ("Ursula von der Leyen", "la présidente de la Commission européenne"),
               ("Christiane Taubira", "l'ancienne garde des Sceaux"),
               ("Sadiq Khan", "le maire de Londres")]
ATHLETES = ["Kevin De Bruyne", "Romelu Lukaku", "Kylian Mbappé", "Nafissatou Thiam",
            "Nafi Thiam", "Remco Evenepoel", "Marcus Rashford", "Wout van Aert",
            "Tessa Wullaert", "Antoine Griezmann", "Zinédine Zidane"]
