"""Hand-written name pools for the evaluation corpus.

Each origin list is split in two by position (even index -> pool A, odd
index -> pool B), so the two pools are disjoint and both cover every origin.
Dev families draw names from pool A, held-out families from pool B.
"""

# First names: (name, gender) with gender "f" or "m".
FIRST = {
    "french": [
        ("Sophie", "f"), ("Julien", "m"), ("Camille", "f"), ("Thibault", "m"),
        ("Rose", "f"), ("Pierre", "m"), ("Margaux", "f"), ("Baptiste", "m"),
        ("Iris", "f"), ("Marin", "m"), ("Olive", "f"), ("Bernard", "m"),
        ("Claire", "f"), ("Gaspard", "m"), ("Solène", "f"), ("Aurélien", "m"),
        ("Maëlle", "f"), ("Félix", "m"), ("Violette", "f"), ("Lucien", "m"),
        ("Josiane", "f"), ("Gérard", "m"), ("Océane", "f"), ("Mathis", "m"),
        ("Capucine", "f"), ("Aimé", "m"), ("Brigitte", "f"), ("Clément", "m"),
        ("Héloïse", "f"), ("Sacha", "m"), ("Blanche", "f"), ("Firmin", "m"),
    ],
    "belgian": [
        ("Nathalie", "f"), ("Jean-Luc", "m"), ("Marie-Claire", "f"), ("Benoît", "m"),
        ("Lisa", "f"), ("Quentin", "m"), ("Gaëlle", "f"), ("Arnaud", "m"),
        ("Delphine", "f"), ("Grégoire", "m"), ("Anne-Sophie", "f"), ("Jérôme", "m"),
        ("Fabienne", "f"), ("Ghislain", "m"), ("Christelle", "f"), ("Didier", "m"),
        ("Marie-Paule", "f"), ("Olivier", "m"), ("Véronique", "f"), ("Renaud", "m"),
    ],
    "dutch": [
        ("Noor", "f"), ("Jan", "m"), ("Hanna", "f"), ("Wim", "m"),
        ("Lotte", "f"), ("Bart", "m"), ("Ine", "f"), ("Joost", "m"),
        ("Femke", "f"), ("Pieter", "m"), ("Griet", "f"), ("Koen", "m"),
        ("Annelies", "f"), ("Stijn", "m"), ("Marieke", "f"), ("Geert", "m"),
        ("Sien", "f"), ("Dries", "m"), ("Liesbeth", "f"), ("Jelle", "m"),
        ("Roos", "f"), ("Hendrik", "m"), ("Fien", "f"), ("Warre", "m"),
    ],
    "british": [
        ("Hope", "f"), ("Oliver", "m"), ("Grace", "f"), ("Callum", "m"),
        ("Bethany", "f"), ("Rhys", "m"), ("Imogen", "f"), ("Alfie", "m"),
        ("Poppy", "f"), ("Harry", "m"), ("Amber", "f"), ("Declan", "m"),
        ("Siobhan", "f"), ("Angus", "m"), ("Matilda", "f"), ("Gareth", "m"),
    ],
    "west_african": [
        ("Fatou", "f"), ("Moussa", "m"), ("Aminata", "f"), ("Mamadou", "m"),
        ("Awa", "f"), ("Ousmane", "m"), ("Mariama", "f"), ("Ibrahima", "m"),
        ("Adjoa", "f"), ("Kwame", "m"), ("Ngozi", "f"), ("Chidi", "m"),
        ("Kadiatou", "f"), ("Seydou", "m"), ("Yaa", "f"), ("Babacar", "m"),
    ],
    "east_african": [
        ("Amani", "f"), ("Tesfaye", "m"), ("Wanjiru", "f"), ("Baraka", "m"),
        ("Selam", "f"), ("Dawit", "m"), ("Zawadi", "f"), ("Juma", "m"),
        ("Hiwot", "f"), ("Abebe", "m"), ("Nyokabi", "f"), ("Kiprono", "m"),
    ],
    "maghreb": [
        ("Amine", "m"), ("Yasmina", "f"), ("Karim", "m"), ("Nadia", "f"),
        ("Mehdi", "m"), ("Salma", "f"), ("Youssef", "m"), ("Khadija", "f"),
        ("Bilal", "m"), ("Imane", "f"), ("Rachid", "m"), ("Houda", "f"),
        ("Anas", "m"), ("Leïla", "f"), ("Nordine", "m"), ("Soukaina", "f"),
    ],
    "turkish": [
        ("Elif", "f"), ("Emre", "m"), ("Zeynep", "f"), ("Burak", "m"),
        ("Ayşe", "f"), ("Mehmet", "m"), ("Derya", "f"), ("Serkan", "m"),
        ("Hülya", "f"), ("Oğuz", "m"), ("Gülşen", "f"), ("Yusuf", "m"),
    ],
    "east_european": [
        ("Oksana", "f"), ("Piotr", "m"), ("Katarzyna", "f"), ("Dmytro", "m"),
        ("Irina", "f"), ("Bogdan", "m"), ("Agnieszka", "f"), ("Vasile", "m"),
        ("Milena", "f"), ("Tomasz", "m"), ("Svetlana", "f"), ("Radu", "m"),
        ("Jelena", "f"), ("Stanislav", "m"), ("Ioana", "f"), ("Marek", "m"),
    ],
    "south_asian": [
        ("Priya", "f"), ("Arjun", "m"), ("Ananya", "f"), ("Rahul", "m"),
        ("Farzana", "f"), ("Imran", "m"), ("Lakshmi", "f"), ("Sanjay", "m"),
        ("Nimmi", "f"), ("Tharindu", "m"), ("Ayesha", "f"), ("Vikram", "m"),
    ],
    "east_asian": [
        ("Mei", "f"), ("Wei", "m"), ("Yuki", "f"), ("Hiroshi", "m"),
        ("Linh", "f"), ("Minh", "m"), ("Ji-woo", "f"), ("Seo-jun", "m"),
        ("Xiu", "f"), ("Haruto", "m"), ("Thao", "f"), ("Jun", "m"),
    ],
    "latin_american": [
        ("Valentina", "f"), ("Mateo", "m"), ("Camila", "f"), ("Santiago", "m"),
        ("Luz", "f"), ("Diego", "m"), ("Ximena", "f"), ("Joaquín", "m"),
        ("Paloma", "f"), ("Rodrigo", "m"), ("Guadalupe", "f"), ("Thiago", "m"),
    ],
}

SURNAMES = {
    "french": [
        "Lefèvre", "Marchand", "Fournier", "Rousseau", "Garnier", "Chevalier",
        "Boulanger", "Meunier", "Leclerc", "Fontaine", "Perrin", "Guérin",
        "Bonnet", "Lemoine", "Carpentier", "Delacroix", "Roux", "Vasseur",
        "Le Goff", "Pierre", "Le Bihan", "Bernard", "Martin", "Baptiste",
        "Petit", "Marin", "Rose", "Blanc", "Berger", "Charpentier",
    ],
    "belgian": [
        "Dubois", "Lambert", "Dupont", "Goossens", "Renard", "Hermans",
        "Collignon", "Delvaux", "Lejeune", "Wauters", "Francotte", "Deprez",
        "De Smet", "Dethier", "Lhoest", "Mathieu", "Closset", "Gilson",
    ],
    "dutch": [
        "Peeters", "Janssens", "Van den Broeck", "Van der Linden", "De Vos",
        "Claes", "Verstraete", "Maes", "Vermeulen", "De Backer", "Van Damme",
        "Willems", "Van Acker", "De Wilde", "Verhoeven", "Bakker", "Visser",
        "Van der Berg", "De Jong", "Mertens", "Smits", "Van Hove",
    ],
    "british": [
        "Thompson", "O'Brien", "MacLeod", "Whitaker", "Hughes", "Pritchard",
        "O'Sullivan", "MacDonald", "Fletcher", "Ashworth", "Baker", "Cole",
        "Mason", "Turner", "Hope", "Walsh",
    ],
    "west_african": [
        "Diallo", "Traoré", "Ndiaye", "Keïta", "Coulibaly", "Mensah",
        "Okafor", "Adeyemi", "Sow", "Camara", "Ouédraogo", "Asante",
        "Da Silva", "Koné",
    ],
    "east_african": [
        "Kebede", "Mwangi", "Otieno", "Tesfaye", "Haile", "Nyambura",
        "Kamau", "Mutua", "Girma", "Wanyama",
    ],
    "maghreb": [
        "Benali", "El Amrani", "Ben Salah", "Bouzid", "Haddad", "El Idrissi",
        "Mansouri", "Cherkaoui", "Ben Youssef", "Amrani", "Belkacem", "Tahiri",
    ],
    "turkish": [
        "Yılmaz", "Demir", "Kaya", "Öztürk", "Çelik", "Şahin", "Arslan",
        "Aydın", "Koç", "Kurt",
    ],
    "east_european": [
        "Kowalski", "Nowak", "Shevchenko", "Popescu", "Ivanova", "Wiśniewska",
        "Bondarenko", "Horváth", "Dvořák", "Petrović", "Kovalenko", "Ionescu",
    ],
    "south_asian": [
        "Sharma", "Patel", "Rahman", "Perera", "Iyer", "Chowdhury", "Khan",
        "Fernando", "Reddy", "Hossain",
    ],
    "east_asian": [
        "Nguyen", "Tran", "Wang", "Chen", "Tanaka", "Kim", "Park", "Le",
        "Pham", "Suzuki", "Zhang", "Liu",
    ],
    "latin_american": [
        "González", "Rodríguez", "Da Costa", "Hernández", "Morales", "Pereira",
        "Quispe", "Ramírez", "Castillo", "Souza",
    ],
}


def _halves(lists):
    a, b = {}, {}
    for origin, items in lists.items():
        a[origin] = items[0::2]
        b[origin] = items[1::2]
    return a, b


FIRST_A, FIRST_B = _halves(FIRST)
SUR_A, SUR_B = _halves(SURNAMES)

POOLS = {
    "A": (FIRST_A, SUR_A),
    "B": (FIRST_B, SUR_B),
}


def _check_disjoint():
    fa = {n for v in FIRST_A.values() for n, _ in v}
    fb = {n for v in FIRST_B.values() for n, _ in v}
    sa = {n for v in SUR_A.values() for n in v}
    sb = {n for v in SUR_B.values() for n in v}
    assert not ((fa | sa) & (fb | sb)), (fa | sa) & (fb | sb)


_check_disjoint()
