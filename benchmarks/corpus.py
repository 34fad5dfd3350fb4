"""A synthetic corpus of news-like articles, for benchmarking and testing newskg at scale.

    python benchmarks/corpus.py N OUT/ [--seed S] [--jsonl FILE]

writes N articles, ``OUT/g000001_<outlet>.txt`` …, each with ``key: value`` front matter
(source, outlet, date, title), a blank line and a body of 300 to 1,200 words.

How an article is made. Each one draws a cast from invented people (first names and
surnames from many cultures, listed below), real countries with their demonyms and capitals,
a date between 2022 and 2026, an invented outlet and URL. Then either

* one of the seed articles in ``seeds/`` (read at run time, page furniture dropped) with every
  person, country and date replaced: the people listed in ``tests/data/seeds.gold.json`` by
  invented men (the seeds say "he"), each country the seed names (found with newskg's
  gazetteer) by another one, consistently as name, demonym, capital or seat of government,
  and dates and weekdays shifted by the distance between the seed's date and the new one;
  the country named most often becomes the one that seeks security guarantees; or
* an opening passage about a meeting or a call,

followed by passages written for this script (``LEDES`` and ``PASSAGES``: meetings, calls,
talks, quotes, reported speech, countries ready to send troops or opposed to membership,
titles and affiliations, dates and places) until the article is long enough. Quotes,
claims, numbers, date phrases and alternative wordings are drawn for each article, and
quotation marks are curly, straight or mixed.

Why no cache or dedup helps. Article ``i`` comes from its own random generator seeded with
``(seed, i)``: the same N and seed give the same bytes on every run (with the same seeds and
gazetteer), and the first N articles of a larger corpus are the corpus of N. Its people
(about 77,000 names for each), countries, dates, passages, wordings and their order make any
two bodies share few sentences, and a body that came out the same as an earlier one would be
drawn again: newskg reads an identical body once, so a benchmark over copies would measure
less work than it claims. Sentences with only a country in them do recur across a large
corpus. The events are fiction: roles and meetings are given to real countries at random.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_PEOPLE = ROOT / "tests" / "data" / "seeds.gold.json"
DEFAULT_SEED = 2025
FIRST_DAY, DAYS = date(2022, 1, 1), 5 * 365
MIN_WORDS, MAX_WORDS = 300, 1200
SEED_SHARE = 0.35  # the share of articles built on a seed article

# --- people ---------------------------------------------------------------------------------

FEMALE = (
    "Agnieszka", "Beatriz", "Cecilia", "Dagny", "Elif", "Fenna", "Greta", "Halina", "Ingrid",
    "Jovana", "Katarina", "Liesel", "Marisol", "Nadia", "Oona", "Paulina", "Ragnhild",
    "Svetla", "Tereza", "Vesna", "Wilhelmina", "Ximena", "Yelena", "Zuzana", "Adaeze",
    "Birgit", "Carmela", "Dorota", "Esra", "Frida", "Gabriela", "Hanne", "Ilse", "Joanna",
    "Kamila", "Linnea", "Margit", "Nkechi", "Orsolya", "Petra", "Rosalind", "Signe", "Tamsin",
    "Ulla", "Viveka", "Wanda", "Yara", "Zofia", "Amara", "Brigitta", "Celestine", "Daria",
    "Edda", "Filippa", "Gudrun", "Helka", "Iwona", "Jelena", "Lucja", "Maren", "Noor",
    "Odile", "Pilar", "Renata", "Sabine", "Tove", "Valeska", "Bianca", "Chiara", "Dilnoza",
    "Emilia", "Fatima", "Giedre", "Hedda", "Irena", "Johanna", "Kirsi", "Leila", "Milena",
    "Nerea", "Olga", "Priya", "Rania", "Solveig", "Thandiwe", "Vanja", "Aiko", "Bronwen",
    "Corinna", "Delfina", "Eszter", "Femke", "Grazia", "Hiltrud", "Inka", "Jurate", "Kalina",
    "Lotte", "Mireille", "Nieves", "Ottilie", "Raisa", "Saskia", "Tuuli",
)
MALE = (
    "Anselm", "Bartosz", "Cosmin", "Dario", "Emeric", "Fabian", "Gunnar", "Hamid", "Ivo",
    "Jaromir", "Kasimir", "Lorenzo", "Matthias", "Nikolai", "Osvaldo", "Piotr", "Quentin",
    "Radu", "Stellan", "Tomasz", "Ulrich", "Valentin", "Wendel", "Yusuf", "Zoltan", "Aurelio",
    "Benedikt", "Cyprian", "Dmitar", "Eamon", "Florin", "Gideon", "Henrik", "Ignacio",
    "Joaquim", "Kaspar", "Leopold", "Marek", "Nils", "Oren", "Pascal", "Rasmus", "Sander",
    "Teodor", "Vilhelm", "Wojciech", "Yannick", "Zdenek", "Arvid", "Bogdan", "Cedric",
    "Davor", "Elias", "Ferran", "Gregor", "Hakon", "Imre", "Jonas", "Kristof", "Laurits",
    "Milos", "Nuno", "Oskar", "Pavlo", "Rafael", "Severin", "Tarik", "Uwe", "Vasco", "Wim",
    "Yorick", "Zeno", "Adebayo", "Bruno", "Chidi", "Desmond", "Emre", "Farid", "Goran",
    "Hiroshi", "Idris", "Jovan", "Kenji", "Lucian", "Mikael", "Orhan", "Paulo", "Reinhold",
    "Sipho", "Tobias", "Vidar", "Kwame", "Thabo", "Mateus", "Rodrigo", "Ruben", "Stanislav",
    "Timo", "Augustin", "Ahmad",
)
SURNAMES = (
    # Nordic
    "Lindqvist", "Aaltonen", "Bergstrom", "Dahlgren", "Ekholm", "Fjeldstad", "Gustavsen",
    "Haugland", "Isaksen", "Juvonen", "Karlberg", "Lundmark", "Mykkanen", "Nordahl",
    "Pettersen", "Rautio", "Sandvik", "Tollefsen", "Vesterberg", "Wikstrom", "Brekke",
    "Hellberg", "Kivela", "Lehtola", "Nyberg", "Strand", "Almqvist", "Ruud", "Sorvik",
    # German, Dutch
    "Achterberg", "Dressler", "Eckhardt", "Falkenrath", "Gerlach", "Hoffmeister", "Imhof",
    "Jungblut", "Kessler", "Mertens", "Neubauer", "Oberlin", "Pfeiffer", "Quast", "Reinholt",
    "Schellenberg", "Tiedemann", "Unger", "Vogelsang", "Wendt", "Ziegler", "Veldhuis",
    "Bakker", "Brouwer", "Kuipers", "Mulder", "Postma", "Terpstra", "Wijnands", "Brinkhorst",
    # French, Belgian
    "Aubert", "Bellamy", "Chevallier", "Delorme", "Escoffier", "Fontaine", "Garnier",
    "Hamelin", "Jolivet", "Lacroix", "Marchand", "Noiret", "Quenneville", "Rousselet",
    "Tessier", "Vasseur", "Dumoulin", "Lemaitre", "Morvan", "Peyrol",
    # Italian, Spanish, Portuguese
    "Castellano", "Esposito", "Ferraro", "Galli", "Lombardi", "Marchetti", "Nardelli",
    "Orsini", "Pellegrino", "Rinaldi", "Santoro", "Tedesco", "Valenti", "Zanetti", "Arribas",
    "Bermudez", "Cifuentes", "Duarte", "Echeverria", "Figueroa", "Gallardo", "Herrera",
    "Jimeno", "Lozano", "Medrano", "Navarro", "Ocampo", "Pizarro", "Quintana", "Robles",
    "Salcedo", "Urrutia", "Valverde", "Zamora", "Almeida", "Carvalho", "Dantas", "Esteves",
    "Ferreira", "Gouveia", "Loureiro", "Macedo", "Nogueira", "Pimentel", "Quaresma",
    "Rebelo", "Saraiva", "Teixeira", "Vasconcelos",
    # Central and Eastern European
    "Adamczyk", "Borowski", "Chmielewski", "Dabrowski", "Jankowski", "Kaczmarek",
    "Makowski", "Nowakowski", "Olszewski", "Pawlak", "Rutkowski", "Sobczak", "Wieczorek",
    "Zielinski", "Bartos", "Hruby", "Kolar", "Novotny", "Prochazka", "Svoboda", "Vesely",
    "Babic", "Horvat", "Juric", "Kovacevic", "Markovic", "Novak", "Petrovic", "Radic",
    "Simic", "Tomic", "Vukovic", "Zoric", "Antonov", "Belov", "Danilov", "Galkin",
    "Komarov", "Lebedev", "Morozov", "Sorokin", "Tarasov", "Volkov", "Boyko", "Hrytsenko",
    "Kovalenko", "Lysenko", "Melnyk", "Petrenko", "Savchenko", "Tkachuk", "Yaremko",
    "Balogh", "Csaszar", "Farkas", "Hegedus", "Kiss", "Molnar", "Nemeth", "Szabo", "Toth",
    "Vass", "Albu", "Bratu", "Constantinescu", "Dumitrescu", "Enache", "Florea", "Ionescu",
    "Lupu", "Munteanu", "Neagu", "Popescu", "Radulescu", "Stanciu", "Voicu", "Balodis",
    "Ozols", "Kalnins", "Liepa", "Petraitis", "Kazlauskas", "Jankauskas", "Vaitkus", "Tamm",
    "Saar", "Kask", "Mets", "Rebane",
    # Greek, Turkish, Arabic, Persian
    "Alexiou", "Dimopoulos", "Georgiadis", "Kyriakou", "Manolis", "Papadakis", "Stavrou",
    "Theodorou", "Zervas", "Akgul", "Aydin", "Bulut", "Celik", "Demirci", "Ertekin", "Gunes",
    "Kaplan", "Ozturk", "Sahin", "Tekin", "Yavuz", "Haddad", "Khalil", "Mansour", "Rahimi",
    "Sabbagh", "Tahan", "Karimi", "Jafari", "Moradi", "Nazari", "Hamdan", "Saleh",
    # African
    "Adeyemi", "Babatunde", "Chukwu", "Danjuma", "Eze", "Igwe", "Mensah", "Nwosu", "Okafor",
    "Osei", "Owusu", "Quaye", "Asante", "Kamau", "Mwangi", "Njoroge", "Otieno", "Wanjiru",
    "Achieng", "Dlamini", "Khumalo", "Mokoena", "Ndlovu", "Nkosi", "Sithole", "Abebe",
    "Tesfaye", "Diallo", "Ndiaye", "Sarr", "Cisse", "Okonkwo", "Adjei", "Bamidele",
    # Asian
    "Tanaka", "Watanabe", "Kobayashi", "Nakamura", "Yamaguchi", "Fujita", "Hayashi",
    "Kimura", "Matsuda", "Sakamoto", "Choi", "Jeong", "Kang", "Seo", "Nguyen", "Tran",
    "Pham", "Hoang", "Villanueva", "Dizon", "Mendoza", "Iyer", "Kulkarni", "Menon", "Nair",
    "Pillai", "Raghavan", "Deshpande", "Chatterjee", "Bhatt", "Joshi", "Malhotra", "Sethi",
    "Trivedi", "Venkatesan", "Liang", "Huang", "Zheng", "Tanabe", "Okada",
    # English, Irish, Scottish
    "Blackwood", "Caldwell", "Drummond", "Ellery", "Fairweather", "Gallagher", "Halloran",
    "Kilbride", "Lockhart", "McAllister", "Needham", "Ormsby", "Pennington", "Quigley",
    "Rathbone", "Sutcliffe", "Thornbury", "Whitlock", "Yardley", "Brennan", "Costigan",
    "Donnelly", "Fennelly", "Keane", "Nolan", "Prendergast", "Tierney", "Ashcombe",
    # Latin American
    "Acosta", "Benitez", "Cardenas", "Espinoza", "Fuentes", "Guerrero", "Ibarra",
    "Maldonado", "Montero", "Paredes", "Rojas", "Sepulveda", "Tapia", "Zuniga", "Aguirre",
    "Bustos", "Cordero", "Gallegos", "Lucero", "Moya", "Palacios", "Riquelme", "Solis",
    "Varela",
)

# --- countries, places, offices, outlets ------------------------------------------------------


class Country(NamedTuple):
    name: str
    demonym: str
    plural: str  # the people ("Chileans")
    capital: str


COUNTRIES = tuple(Country(*row) for row in (
    ("Albania", "Albanian", "Albanians", "Tirana"),
    ("Argentina", "Argentine", "Argentines", "Buenos Aires"),
    ("Armenia", "Armenian", "Armenians", "Yerevan"),
    ("Australia", "Australian", "Australians", "Canberra"),
    ("Austria", "Austrian", "Austrians", "Vienna"),
    ("Azerbaijan", "Azerbaijani", "Azerbaijanis", "Baku"),
    ("Belgium", "Belgian", "Belgians", "Brussels"),
    ("Brazil", "Brazilian", "Brazilians", "Brasilia"),
    ("Bulgaria", "Bulgarian", "Bulgarians", "Sofia"),
    ("Canada", "Canadian", "Canadians", "Ottawa"),
    ("Chile", "Chilean", "Chileans", "Santiago"),
    ("China", "Chinese", "Chinese citizens", "Beijing"),
    ("Colombia", "Colombian", "Colombians", "Bogota"),
    ("Croatia", "Croatian", "Croatians", "Zagreb"),
    ("Cyprus", "Cypriot", "Cypriots", "Nicosia"),
    ("Denmark", "Danish", "Danes", "Copenhagen"),
    ("Ecuador", "Ecuadorian", "Ecuadorians", "Quito"),
    ("Egypt", "Egyptian", "Egyptians", "Cairo"),
    ("Estonia", "Estonian", "Estonians", "Tallinn"),
    ("Finland", "Finnish", "Finns", "Helsinki"),
    ("France", "French", "French citizens", "Paris"),
    ("Germany", "German", "Germans", "Berlin"),
    ("Ghana", "Ghanaian", "Ghanaians", "Accra"),
    ("Greece", "Greek", "Greeks", "Athens"),
    ("Hungary", "Hungarian", "Hungarians", "Budapest"),
    ("Iceland", "Icelandic", "Icelanders", "Reykjavik"),
    ("India", "Indian", "Indians", "New Delhi"),
    ("Indonesia", "Indonesian", "Indonesians", "Jakarta"),
    ("Italy", "Italian", "Italians", "Rome"),
    ("Japan", "Japanese", "Japanese citizens", "Tokyo"),
    ("Kazakhstan", "Kazakh", "Kazakhs", "Astana"),
    ("Kenya", "Kenyan", "Kenyans", "Nairobi"),
    ("Latvia", "Latvian", "Latvians", "Riga"),
    ("Lithuania", "Lithuanian", "Lithuanians", "Vilnius"),
    ("Mexico", "Mexican", "Mexicans", "Mexico City"),
    ("Moldova", "Moldovan", "Moldovans", "Chisinau"),
    ("Montenegro", "Montenegrin", "Montenegrins", "Podgorica"),
    ("Morocco", "Moroccan", "Moroccans", "Rabat"),
    ("Nigeria", "Nigerian", "Nigerians", "Abuja"),
    ("Norway", "Norwegian", "Norwegians", "Oslo"),
    ("Peru", "Peruvian", "Peruvians", "Lima"),
    ("Poland", "Polish", "Poles", "Warsaw"),
    ("Portugal", "Portuguese", "Portuguese citizens", "Lisbon"),
    ("Qatar", "Qatari", "Qataris", "Doha"),
    ("Romania", "Romanian", "Romanians", "Bucharest"),
    ("Russia", "Russian", "Russians", "Moscow"),
    ("Saudi Arabia", "Saudi", "Saudis", "Riyadh"),
    ("Senegal", "Senegalese", "Senegalese citizens", "Dakar"),
    ("Serbia", "Serbian", "Serbians", "Belgrade"),
    ("Slovakia", "Slovak", "Slovaks", "Bratislava"),
    ("Slovenia", "Slovenian", "Slovenians", "Ljubljana"),
    ("South Africa", "South African", "South Africans", "Pretoria"),
    ("South Korea", "South Korean", "South Koreans", "Seoul"),
    ("Spain", "Spanish", "Spaniards", "Madrid"),
    ("Sweden", "Swedish", "Swedes", "Stockholm"),
    ("Switzerland", "Swiss", "Swiss citizens", "Bern"),
    ("Thailand", "Thai", "Thais", "Bangkok"),
    ("Turkey", "Turkish", "Turks", "Ankara"),
    ("Ukraine", "Ukrainian", "Ukrainians", "Kyiv"),
    ("Uruguay", "Uruguayan", "Uruguayans", "Montevideo"),
))
VENUES = (  # cities where talks are held that are not capitals
    "Geneva", "Istanbul", "Munich", "Davos", "Antalya", "Gdansk", "Krakow", "Rotterdam",
    "Barcelona", "Milan", "Lyon", "Hamburg", "Osaka", "Busan", "Porto", "Salzburg", "Tartu",
    "Turku", "Gothenburg", "Bergen", "Aarhus", "Thessaloniki", "Dubrovnik", "Seville",
    "Marseille", "Naples", "Antwerp", "Zurich",
)
LEADER_TITLES = ("President", "Prime Minister")
MINISTER_TITLES = (
    "Foreign Minister", "Defence Minister", "Deputy Prime Minister", "Interior Minister",
    "Economy Minister", "Finance Minister", "Deputy Foreign Minister",
)
ORG_OFFICES = (  # (organisation, title); the first three are heads, left out beside a seed
    ("NATO", "Secretary General"), ("EU", "foreign policy chief"), ("OSCE", "Secretary General"),
    ("NATO", "Deputy Secretary General"), ("European Commission", "Vice-President"),
    ("EU", "special envoy"),
)
OUTLETS = (
    "The Harbour Ledger", "Northgate Herald", "Meridian Daily", "The Lantern Post",
    "Danube Courier", "Continental Dispatch", "The Morning Compass", "Atlas Newswire",
    "Riverside Chronicle", "Granite Times", "The Civic Record", "Pinecrest Gazette",
    "Tidewater Journal", "Steppe Review", "Kestrel Media", "Quarter Hour News",
    "The Evening Lighthouse", "Fjordline Press", "Amber Coast Bulletin", "Highland Monitor",
    "The Open Square", "Crossroads Report", "Saltmarsh Times", "Vantage Point Daily",
    "The Copper Kettle", "Eastbound Wire", "The Borderland Post", "Aurora Newsroom",
    "Red Kite Reporter", "The Plainspoken",
)
SECTIONS = ("news", "world", "politics", "europe", "security", "diplomacy")
SECTION_LABELS = ("Recall", "Background", "Context")

# --- passages written for this script ---------------------------------------------------------
# Slots: a person p in a, b, c, d (government people: a of the country seeking guarantees,
# b and c of two partners, d of the opposing power) and n (an international organisation)
# gives {p}, {p_last}, {p_title}, {p_title_lc}, {p_nat}, {p_country}, {p_capital}, {p_he},
# {p_his}, {p_He}, {p_His}. Countries: r (seeking guarantees), e (opposing power), g1 g2 g3
# (partners; g1 is b's, g2 c's), o1 o2 (opposed to membership), each with _nat, _plural and
# _cap. Also {city} {city2}, dates {on_day} {on_day2} {past_date} {past_month} {next_when}
# {month}, {adj}, {hostile}, {troops} {share} {jets} {billion} {days}, {outlet}; each {quote},
# {claim}, {their_quote}, {their_claim} and {someone} is the next quote, claim, quote or claim
# of the opposing side, or person named once, drawn for the article. [one|other] is one of
# the words or phrases between the brackets, drawn for each article.

LEDES = (
    "{a_nat} {a_title} {a} met {b_nat} {b_title} {b} in {city} {on_day} to [discuss|talk "
    "about] security guarantees for {r}, {a_his} [office|spokesperson|press service] said. The "
    "two spent [more than two hours|most of the morning|about ninety minutes] together and "
    "agreed to stay in close contact before the next round of talks with their allies.",

    "{b} hosted {a} in {b_capital} {on_day}, the first such visit between the two countries "
    "in [almost a decade|more than ten years|{days} years]. Officials said the talks were about "
    "air defence, the repair of {r_nat} [power stations|ports|railways] and the guarantees {r} "
    "wants before any ceasefire with {e}.",

    "{a_title} {a} held a [telephone call|phone call|video call] with {c_nat} {c_title} {c} "
    "{on_day}, a day after {e} launched one of its [largest|heaviest|most deadly] drone attacks "
    "[of the year|in months|since {past_month}]. “{quote},” {a_last} wrote on social media "
    "after the call.",

    "{n_org} {n_title} {n} and {a_nat} {a_title} {a} met in {city} {on_day} for talks on how "
    "allies could back a future ceasefire. According to a statement issued after the meeting, "
    "both agreed that {r} needs guarantees strong enough to [stop|deter] {e} from attacking "
    "again.",

    "{a} and {b} spoke by phone {on_day}, {a_nat} officials said, as pressure grew on {r} to "
    "agree to a truce. The conversation lasted [almost an hour|about forty minutes|more than an "
    "hour], according to a readout published by {a_his} office, and touched on [prisoners|"
    "sanctions|energy], [grain exports|air defence|reconstruction] and [the front line|"
    "ammunition|the talks in {city2}].",

    "In {city}, {b_nat} {b_title} {b} received {a} {on_day} for what both governments called a "
    "working visit. {b_last} told reporters afterwards that {g1} was prepared to contribute "
    "[troops|{share} soldiers|engineers and troops] to a multinational force in {r} once the "
    "fighting stops.",

    "{c_title} {c} arrived in {r_cap} on an unannounced visit {on_day} and met {a} at the "
    "[presidential office|government headquarters|foreign ministry]. The trip came as {g2} "
    "weighs how much it can contribute to the security guarantees being drafted for {r}.",

    "Delegations led by {a} and {c} held talks in {city} {on_day} on a plan to keep a future "
    "ceasefire from collapsing. {c_nat} diplomats described the session as {adj}, while "
    "{a_nat} officials said [several|a few|many] questions remained open.",

    "{b_nat} {b_title} {b} welcomed {c_nat} {c_title} {c} to {b_capital} {on_day}, and the two "
    "spent the [afternoon|evening|day] discussing support for {r}. Their meeting was the "
    "[second|third|fourth] between them [this year|since {past_month}].",
)

PASSAGES = (
    # direct quotes
    "“{quote},” {a_last} said at a [joint news conference|press briefing|news conference in "
    "{city}]. “{quote}.”",

    "{b_last} struck a [more cautious|more careful|less upbeat] tone. “{quote},” {b_he} told "
    "reporters in {city}, adding that no decision had yet been taken on the size of any "
    "contingent.",

    "Speaking to {outlet} after the talks, {c} said: “{quote}.”",

    "“{quote},” said {n_last}, who has pressed European governments to spend more on "
    "[defence|air defence|ammunition].",

    "{a_nat} {a_title} {a} wrote on X that the meeting had been “{adj}”. “{quote},” {a_he} "
    "added.",

    "Asked whether {e} would accept foreign troops in {r}, {d} was blunt. “{their_quote},” the "
    "{d_nat} {d_title_lc} told a news conference in {e_cap}.",

    "“{quote}. We will not be rushed into a bad deal,” {a_last} said in a televised address "
    "{on_day2}.",

    # reported speech
    "{a_last} said that {claim}. {a_He} also said that {claim}.",

    "According to {b_last}, {claim}.",

    "{c_nat} {c_title} {c} said {claim}, but warned that talks on the details could take "
    "[months|weeks|until {month}].",

    "In an interview with {outlet}, {n} said {claim}. {n_He} declined to say which "
    "[countries|governments|of the {days} countries involved] had already offered "
    "[soldiers|troops|aircraft].",

    "{d_title} {d} told [state television|reporters in {e_cap}|a news agency in {e_cap}] that "
    "{their_claim}. {d_He} accused {r_nat} officials of dragging [their partners|{g1} and {g2}|"
    "Europe] into a wider confrontation.",

    # roles
    "{g1} is ready to send troops to {r} to serve in a reassurance force once a ceasefire is "
    "agreed, the government in {g1_cap} [confirmed|said {on_day2}]. {g2} and {g3} have said "
    "they are prepared to contribute [aircraft and naval patrols|air defence units|engineers "
    "and medics].",

    "{g2} has agreed to deploy peacekeepers in {r} after a ceasefire, {c} told lawmakers in "
    "{c_capital} {on_day2}. The {c_nat} contribution would be about {share} soldiers.",

    "{b_nat} officials said {g1} would extend security guarantees to {r} under the draft plan, "
    "which foresees a force of about {troops} soldiers led by [European countries|{g1} and "
    "{g3}|a group of {days} countries].",

    "{g3} is willing to provide security guarantees to {r}, its foreign ministry said in a "
    "statement [on {past_date}|{on_day2}], without giving details of what those guarantees "
    "would include.",

    "The draft sets out long-term security guarantees for {r}, including [air defence|{jets} "
    "fighter jets], training and the supply of weapons, [a diplomat|an official|two diplomats] "
    "familiar with the text [said|told {outlet}].",

    "{r} must get reliable security guarantees before any ceasefire, {a_last} insisted, "
    "arguing that {e} had broken earlier truces within [weeks|days|a month].",

    "{o1} and {o2} oppose {r}’s membership in NATO, and {o1_nat} officials have repeatedly said "
    "they would block any invitation at the alliance’s next summit.",

    "{e} rejected any deployment of [European|Western|foreign] troops in {r}. {d_nat} "
    "{d_title} {d} said such a force would be “{hostile}” and warned that {e_nat} commanders "
    "would treat it as a target.",

    "{o2} has ruled out {r}’s membership in NATO for the foreseeable future, a position "
    "{o2_nat} diplomats restated at a meeting in [Brussels|{city2}] [last week|on {past_date}].",

    "Any presence of Western troops in {r} is unacceptable for {e}, {d_last} told reporters in "
    "{e_cap}.",

    "{g3} will deploy {jets} fighter jets to patrol {r_nat} airspace as part of the security "
    "guarantees, its defence ministry said {on_day2}.",

    # titles and affiliations
    "{c}, {c_country}’s {c_title_lc}, joined part of the talks by video link from {c_capital}.",

    "The {a_nat} delegation also included {someone}, the country’s ambassador to "
    "{b_country}, and {someone}, a senior adviser on [security policy|defence|energy].",

    "{n_org} {n_title} {n} is expected to travel to {city2} {next_when} to meet defence "
    "ministers from {g1}, {g2} and {g3}.",

    # planned meetings
    "{a_last} and {b_last} are expected to meet again in {city2} {next_when}, when they plan "
    "to sign [a framework agreement on defence cooperation|a ten-year security accord|a deal on "
    "joint arms production].",

    "{b_title} {b} will host a meeting of defence ministers in {b_capital} {next_when}, at which "
    "{a_nat} officials hope to secure firm commitments on [air defence|ammunition|training].",

    # calls, talks, background with dates and places
    "Earlier, {c} had spoken with {b} by phone about the supply of [air defence systems|"
    "artillery shells|armoured vehicles], {c_nat} officials said.",

    "On {past_date}, {n} met the defence ministers of {g1}, {g2} and {g3} in {city2}, where they "
    "discussed the training of {r_nat} troops and the protection of [power plants and ports|"
    "railways|the border].",

    "{r} has been pressing its partners since {past_month} to spell out what they would do if "
    "{e} attacked again. A first round of consultations was held in {city2} on {past_date}.",

    "The talks came {days} days after {e} struck [energy facilities|a power plant|rail hubs] "
    "in the [east|north|south] of {r}, leaving [tens of thousands of|{troops}] households "
    "without [heating|power|water].",

    "{b_country} has pledged {billion} billion euros in military aid to {r} [this year|for "
    "next year], most of it for [artillery ammunition and drones|air defence|armoured "
    "vehicles], according to figures from its defence ministry.",

    "Parliament in {g2_cap} is due to vote on the deployment in {month}. Polls suggest a "
    "[narrow|clear|slim] majority of {g2_plural} are in favour.",

    "{someone}, a former {r_nat} diplomat who now teaches international law in {city2}, said the "
    "guarantees would only work if partners agreed in advance on when their troops could act.",

    "Critics in {g1_cap} have questioned the [cost|length|purpose] of the mission. {someone}, an "
    "opposition lawmaker, said the government had not explained how long soldiers would stay.",

    "Officials in {e_cap} have not commented on the talks [in {city}|so far]. {e_nat} state "
    "media described the meeting in {city} as an attempt to prolong the war.",
)

HEADLINES = (
    "{a_last} and {b_last} discuss security guarantees in {city}",
    "{b_nat} {b_title_lc} hosts {a_last} as {r} seeks guarantees",
    "{g1} ready to send troops to {r} after ceasefire, says {b_last}",
    "{e} warns against foreign troops in {r}",
    "{a_last}: {r} needs guarantees before any truce",
    "{n_org} chief meets {a_last} in {city}",
    "{o1} and {o2} oppose {r}’s bid for NATO membership",
    "Allies weigh {troops}-strong force for {r}",
    "{a_last} calls {c_last} after new {e_nat} strikes",
)
SEED_HEADLINES = (  # titles of seed-based articles: their people are not the cast
    "{r} presses partners for security guarantees",
    "Talks on guarantees for {r} gather pace",
    "{g1} signals readiness to join force for {r}",
    "What guarantees could {r} get?",
    "{e} rejects Western troops in {r}",
)
QUOTES = (
    "We are ready to do our part, and we will not wait for [others|anyone else] to move first",
    "Security guarantees are not a [favour|gift]. They are the price of a lasting peace",
    "A ceasefire without guarantees would only give {e} time to [rearm|regroup|prepare the "
    "next attack]",
    "{r} will not be left alone. That is the message we [bring|take|send] to {r_cap}",
    "Our [soldiers|troops|units] are trained and ready, but we need a clear mandate",
    "We had a frank and useful conversation about what comes after the fighting",
    "Nobody in this room wants a frozen conflict on our doorstep",
    "There can be no talks about {r} without {r} at the table",
    "We discussed air defence, [ammunition|drones|training] and the reconstruction of the "
    "[energy grid|ports|railways]",
    "The next [weeks|months|few days] will show who is serious about peace",
    "Every partner has to say what it can bring, not what it hopes others will bring",
    "We want a peace that holds for decades, not for a season",
    "The guarantees must be written down and backed by real forces",
    "{e} has broken every truce so far, and we cannot pretend otherwise",
    "I am confident that {g1} and {g2} will stand with us",
    "This is about the security of the whole continent, not only of {r}",
    "We will keep working with our allies until the plan is finished",
    "Words are not enough. We need commitments with [dates and numbers|names and dates|"
    "numbers]",
    "Our parliament will have the final say, as it should",
    "The door to negotiations is open, but we will not negotiate under fire",
)
OPPONENT_QUOTES = (
    "No foreign soldier will be welcome on that territory",
    "Any such force would be a party to the conflict, whatever flag it flies",
    "We have said many times that this is a red line for us",
    "These plans bring war closer, not peace",
    "We see no reason to discuss guarantees that are aimed against us",
)
CLAIMS = (
    "{r} would not accept a ceasefire that left its cities exposed to new attacks",
    "the partners had agreed to draw up a list of what each of them could contribute",
    "{g1} and {g2} were ready to take part in a force to monitor a future truce",
    "the talks had been the most [detailed|useful|difficult] so far",
    "a decision on the mission could be taken at the next summit",
    "{e} was trying to split the allies by dragging out the negotiations",
    "training missions would begin as soon as a ceasefire was signed",
    "the guarantees should be approved by the parliaments of the countries that give them",
    "air defence remained the most urgent need [of {r}|for the coming winter|of all]",
    "no one had asked {r} to give up territory in exchange for guarantees",
    "the plan would be presented to the other allies [within weeks|in {month}|by the "
    "summer]",
    "money for the reconstruction of {r} had to be found before winter",
)
OPPONENT_CLAIMS = (
    "{e} would never accept Western troops near its borders",
    "the talks on guarantees were an attempt to prolong the war",
    "any foreign contingent in {r} would be treated as a hostile force",
    "the plan ignored {e}’s security interests",
)
ADJECTIVES = ("productive", "frank and useful", "substantive", "constructive", "very open",
              "long and detailed", "difficult but honest")
DRAWN = {"quote": QUOTES, "claim": CLAIMS, "their_quote": OPPONENT_QUOTES,
         "their_claim": OPPONENT_CLAIMS}
HOSTILE = ("unacceptable", "a provocation", "a direct threat", "a step towards escalation")
ATTRIBUTIVE = frozenset({  # a country name before these words reads as its demonym
    "President", "Vice", "Special", "Secretary", "Envoy", "Minister", "Prime", "Foreign",
    "Defence", "Defense", "administration", "president", "presidential", "call", "support",
    "government", "officials", "leader", "side", "envoy", "delegation", "forces", "troops",
})
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
QUOTE_STYLES = (  # how an article writes quotation marks and apostrophes: (mark, written as)
    (),
    (("“", '"'), ("”", '"'), ("‘", "'"), ("’", "'")),
    (("“", '"'), ("”", '"')),
)


# --- seed articles as templates ---------------------------------------------------------------


class Slot(NamedTuple):
    """A place in a seed's text that each article fills: a person (entity, "full" | "last"),
    a country (iso2, "name" | "demonym" | "plural" | "capital" | "seat"), a date (the seed's
    date, with weekday, with year) or a weekday (its index)."""

    kind: str
    key: object
    form: object = None


@dataclass(frozen=True)
class Seed:
    name: str
    parts: tuple[str | Slot, ...]
    title: tuple[str | Slot, ...] | None
    countries: tuple[str, ...]  # iso2 codes, the most often named first
    people: tuple[str, ...]
    date: date | None  # the day its dates are counted from


_DATE = (rf"(?:(?P<wd>{'|'.join(WEEKDAYS)}),? )?(?P<month>{'|'.join(MONTHS)}) "
         r"(?P<day>\d{1,2})(?:, (?P<year>\d{4}))?")


def load_seeds(folder: Path = SEEDS, people: Path = SEED_PEOPLE) -> list[Seed]:
    """The seed articles, page furniture dropped, with their people (from the gold file),
    countries (newskg's gazetteer) and dates (weekdays and "Month D[, YYYY]") made slots."""
    from kg.gazetteer.countries import get_gazetteer
    from kg.read import read_articles

    gazetteer = get_gazetteer()
    aliases: dict[str, tuple[str, str]] = {}
    for key, entity in json.loads(people.read_text(encoding="utf-8"))["entities"].items():
        if entity["type"] == "Person":
            for alias in entity["aliases"]:
                aliases[alias] = (key, "full" if " " in alias else "last")
    surfaces = {s: (iso2, kind) for s, iso2, kind in gazetteer.surfaces() if s[:1].isupper()}

    def alternation(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    pattern = re.compile(
        rf"(?<!\w)(?:(?P<person>{alternation(aliases)})|{_DATE}|"
        rf"(?P<weekday>{'|'.join(WEEKDAYS)})|(?P<the>[Tt]he )?(?P<country>{alternation(surfaces)}))"
        r"(?!\w)"
    )

    def slots(text: str, day: date | None) -> list[str | Slot]:
        parts: list[str | Slot] = []
        pos = 0
        for m in pattern.finditer(text):
            parts.append(text[pos:m.start()])
            pos = m.end()
            if m["person"]:
                parts.append(Slot("person", *aliases[m["person"]]))
            elif m["month"]:
                year = int(m["year"] or (day.year if day else 2025))
                try:
                    when = date(year, MONTHS.index(m["month"]) + 1, int(m["day"]))
                except ValueError:  # no such day: leave it as written
                    parts.append(m.group())
                    continue
                parts.append(Slot("date", when, (bool(m["wd"]), bool(m["year"]))))
            elif m["weekday"]:
                parts.append(Slot("weekday", WEEKDAYS.index(m["weekday"])))
            else:
                iso2, kind = surfaces[m["country"]]
                form = _country_form(text, m, kind, gazetteer.by_iso2(iso2).demonyms)
                if m["the"] and form != "name":  # "the United States" becomes "Chile"
                    parts.append(m["the"])
                parts.append(Slot("country", iso2, form))
        parts.append(text[pos:])
        return [p for p in parts if p != ""]

    seeds = []
    for article in read_articles([folder]):
        text = _without_furniture(article.text, article.skip, article.title)
        day = date.fromisoformat(article.date) if article.date else None
        if day is None:  # no date line: count from the first date with a year in the text
            full = [m for m in re.finditer(_DATE, text) if m["year"]]
            if full:
                day = date(int(full[0]["year"]), MONTHS.index(full[0]["month"]) + 1,
                           int(full[0]["day"]))
        parts = slots(text, day)
        counts: dict[str, int] = {}
        for part in parts:
            if isinstance(part, Slot) and part.kind == "country":
                counts[str(part.key)] = counts.get(str(part.key), 0) + 1
        seeds.append(Seed(
            name=article.id,
            parts=tuple(parts),
            title=tuple(slots(article.title, day)) if article.title else None,
            countries=tuple(sorted(counts, key=lambda k: -counts[k])),
            people=tuple(sorted({str(p.key) for p in parts if isinstance(p, Slot)
                                 and p.kind == "person"})),
            date=day,
        ))
    return seeds


def _country_form(text: str, m: re.Match, kind: str, demonyms: tuple[str, ...]) -> str:
    """How a new country takes the place of one a seed names: as its demonym where the seed
    uses the name as an adjective ("US President", "the U.S. call"), otherwise in kind."""
    if kind == "demonym":
        return "demonym" if m["country"] in demonyms else "plural"
    if kind in ("capital", "institution"):
        return "capital" if kind == "capital" else "seat"
    after = re.match(r" (\w+)", text[m.end():])
    if re.search(r"\bof $", text[:m.start()]) or not after or after[1] not in ATTRIBUTIVE:
        return "name"
    return "demonym"


def _without_furniture(text: str, skip: tuple[tuple[int, int], ...], title: str | None) -> str:
    """The text with page furniture (bylines, credits, tag lists, front matter) and the title
    (it goes to the front matter) cut out, and the lines they leave empty dropped."""
    for start, end in sorted(skip, reverse=True):
        text = text[:start] + "\x00" + text[end:]
    lines = [line.strip() for line in text.split("\n")]
    kept = [line for line in lines if line != title
            and (line.replace("\x00", "").strip() or "\x00" not in line)]
    body = "\n".join(line.replace("\x00", "") for line in kept)
    return re.sub(r"\n{3,}", "\n\n", body).strip()


def _render(parts, people: dict[str, tuple[str, str]], countries: dict[str, Country],
            shift: timedelta) -> str:
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        elif part.kind == "person":
            first, last = people[str(part.key)]
            out.append(f"{first} {last}" if part.form == "full" else last)
        elif part.kind == "country":
            country = countries[str(part.key)]
            out.append(f"presidential palace in {country.capital}" if part.form == "seat"
                       else getattr(country, str(part.form)))
        elif part.kind == "date":
            when = part.key + shift
            with_weekday, with_year = part.form
            out.append((f"{WEEKDAYS[when.weekday()]}, " if with_weekday else "")
                       + f"{MONTHS[when.month - 1]} {when.day}"
                       + (f", {when.year}" if with_year else ""))
        else:
            out.append(WEEKDAYS[(int(part.key) + shift.days) % 7])
    return "".join(out)


# --- one article ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Generated:
    id: str  # the file name
    title: str
    date: str
    url: str
    publisher: str
    text: str  # the body

    def file_text(self) -> str:
        return (f"source: {self.url}\noutlet: {self.publisher}\ndate: {self.date}\n"
                f"title: {self.title}\n\n{self.text}\n")

    def record(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "date": self.date, "url": self.url,
                "publisher": self.publisher, "text": self.text}


def _slug(text: str, words: int = 8) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", text.lower())[:words])


def _day(when: date, rng: random.Random, *, on: bool = True) -> str:
    """A date as news writes it: "on Tuesday", "on March 4" or "on Tuesday, March 4"."""
    weekday, month_day = WEEKDAYS[when.weekday()], f"{MONTHS[when.month - 1]} {when.day}"
    said = rng.choice((weekday, month_day, f"{weekday}, {month_day}"))
    return f"on {said}" if on else said


def _person_slots(key: str, first: str, last: str, female: bool, title: str,
                  country: Country | None, org: str | None = None) -> dict[str, str]:
    he, his = ("she", "her") if female else ("he", "his")
    slots = {key: f"{first} {last}", f"{key}_last": last, f"{key}_title": title,
             f"{key}_title_lc": title.lower(), f"{key}_he": he, f"{key}_his": his,
             f"{key}_He": he.capitalize(), f"{key}_His": his.capitalize()}
    if country:
        slots |= {f"{key}_nat": country.demonym, f"{key}_country": country.name,
                  f"{key}_capital": country.capital}
    if org:
        slots[f"{key}_org"] = org
    return slots


def _context(rng: random.Random, today: date, countries: list[Country], surnames: list[str],
             *, beside_seed: bool) -> dict[str, str]:
    """Every slot of the passages, drawn for one article."""
    ctx: dict[str, str] = {}
    for key, country in zip(("r", "e", "g1", "g2", "g3", "o1", "o2"), countries, strict=False):
        ctx |= {key: country.name, f"{key}_nat": country.demonym,
                f"{key}_plural": country.plural, f"{key}_cap": country.capital}
    # beside a seed, whose heads of state and of NATO keep their places, the cast are ministers
    leaders = () if beside_seed else LEADER_TITLES
    offices = ORG_OFFICES[3:] if beside_seed else ORG_OFFICES
    for key, country in (("a", countries[0]), ("b", countries[2]), ("c", countries[3]),
                         ("d", countries[1])):
        female = rng.random() < 0.4
        first = rng.choice(FEMALE if female else MALE)
        title = rng.choice(leaders if key == "a" and leaders else leaders + MINISTER_TITLES)
        ctx |= _person_slots(key, first, surnames.pop(), female, title, country)
    org, office = rng.choice(offices)
    female = rng.random() < 0.4
    ctx |= _person_slots("n", rng.choice(FEMALE if female else MALE), surnames.pop(), female,
                         office, None, org)
    event = today - timedelta(days=rng.randint(0, 4))
    ctx |= {
        "city": rng.choice((ctx["b_capital"], ctx["r_cap"], rng.choice(VENUES))),
        "city2": rng.choice(VENUES + (ctx["g1_cap"], ctx["g3_cap"])),
        "on_day": _day(event, rng),
        "on_day2": _day(today - timedelta(days=rng.randint(1, 9)), rng),
        "past_date": _day(today - timedelta(days=rng.randint(20, 120)), rng, on=False),
        "past_month": MONTHS[(today - timedelta(days=rng.randint(60, 200))).month - 1],
        "next_when": rng.choice(("next week",
                                 _day(today + timedelta(days=rng.randint(3, 30)), rng))),
        "month": MONTHS[(today + timedelta(days=rng.randint(15, 60))).month - 1],
        "days": str(rng.randint(2, 12)),
        "troops": f"{rng.randrange(8, 120) * 250:,}",
        "share": f"{rng.randrange(4, 40) * 50:,}",
        "jets": str(rng.randint(4, 24)),
        "billion": f"{rng.randint(5, 60) / 10:.1f}",
        "adj": rng.choice(ADJECTIVES),
        "hostile": rng.choice(HOSTILE),
        "outlet": rng.choice(OUTLETS),
    }
    pools = {key: rng.sample(pool, len(pool)) for key, pool in DRAWN.items()}
    pools["someone"] = [f"{rng.choice(FEMALE + MALE)} {surnames.pop()}" for _ in range(4)]
    return _Slots(ctx, pools, rng)


class _Slots(dict):
    """The slots of one article; {quote}, {claim}, {their_quote}, {their_claim} and
    {someone} give the next item of the article's shuffled pools: none comes twice."""

    def __init__(self, values: dict[str, str], pools: dict[str, list[str]],
                 rng: random.Random) -> None:
        super().__init__(values)
        self.pools = pools
        self.rng = rng

    def __missing__(self, key: str) -> str:
        if key not in self.pools:
            raise KeyError(key)
        return _fill(self.pools[key].pop(), self.rng, self)


def _fill(template: str, rng: random.Random, slots: dict[str, str]) -> str:
    """A passage or headline with one alternative of each [one|other] taken and its slots
    filled."""
    chosen = re.sub(r"\[([^\[\]]*)\]", lambda m: rng.choice(m[1].split("|")), template)
    return chosen.format_map(slots)


def _introduce(text: str, ctx: dict[str, str]) -> str:
    """Where the passages name one of the cast by surname before giving the full name, the
    first mention gets the title and the full name, as a reporter would write it."""
    for key in ("a", "b", "c", "d", "n"):
        full, last = ctx[key], ctx[f"{key}_last"]
        first = re.search(rf"\b{last}\b", text)
        if first is None or text[first.end() - len(full):first.end()] == full:
            continue
        body = ctx[f"{key}_org"] if key == "n" else ctx[f"{key}_nat"]
        text = f"{text[:first.start()]}{body} {ctx[key + '_title']} {full}{text[first.end():]}"
    return text


def _furniture(rng: random.Random, reporter: str, outlet: str) -> list[str]:
    """Lines newskg reads as page furniture: a byline or a photo credit, or nothing."""
    return rng.choice(([], [], [f"By {reporter}"], [f"Author: {reporter}"],
                       [f"Photo: {outlet}"]))


def make_article(i: int, rng: random.Random, seeds: list[Seed]) -> Generated:
    """Article number ``i`` drawn from ``rng`` (see the module's docstring)."""
    today = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
    seed = rng.choice(seeds) if seeds and rng.random() < SEED_SHARE else None
    countries = rng.sample(COUNTRIES, 7 + (len(seed.countries) if seed else 0))
    surnames = rng.sample(SURNAMES, 16 + (len(seed.people) if seed else 0))
    ctx = _context(rng, today, countries, surnames, beside_seed=seed is not None)
    outlet = rng.choice(OUTLETS)
    reporter = f"{rng.choice(FEMALE + MALE)} {surnames.pop()}"
    paragraphs = _furniture(rng, reporter, outlet)
    if seed:
        people = {key: (rng.choice(MALE), surnames.pop()) for key in seed.people}
        mapped = dict(zip(seed.countries, countries[:1] + countries[7:], strict=False))  # r first
        shift = today - seed.date if seed.date else timedelta(0)
        paragraphs.append(_render(seed.parts, people, mapped, shift))
        title = (_render(seed.title, people, mapped, shift) if seed.title
                 else _fill(rng.choice(SEED_HEADLINES), rng, ctx))
    else:
        paragraphs.append(_fill(rng.choice(LEDES), rng, ctx))
        title = _fill(rng.choice(HEADLINES), rng, ctx)
    words = sum(len(p.split()) for p in paragraphs)
    target = rng.randint(MIN_WORDS, MAX_WORDS - 100)
    added = []
    for passage in rng.sample(PASSAGES, len(PASSAGES)):
        if words >= target:
            break
        text = _fill(passage, rng, ctx)
        if words + len(text.split()) <= MAX_WORDS:
            added.append(text)
            words += len(text.split())
    if len(added) > 2 and rng.random() < 0.3:  # a section label before the last passages
        added.insert(len(added) - rng.randint(1, 2), rng.choice(SECTION_LABELS))
    body = _introduce(rng.choice(("\n\n", "\n\n", "\n\n", "\n")).join(paragraphs + added), ctx)
    for mark, written in rng.choice(QUOTE_STYLES):
        title, body = title.replace(mark, written), body.replace(mark, written)
    slug = _slug(outlet.removeprefix("The "))
    url = (f"https://www.{slug}.example/{rng.choice(SECTIONS)}/{today:%Y/%m/%d}/"
           f"{_slug(title)}-{i}")
    return Generated(id=f"g{i:06d}_{slug}.txt", title=title, date=today.isoformat(), url=url,
                     publisher=outlet, text=body)


def generate(n: int, *, seed: int = DEFAULT_SEED, seeds: list[Seed] | None = None):
    """Articles 1 to ``n``, each from its own generator seeded with ``(seed, i)``; a body
    already given is drawn again, so no two bodies are the same."""
    seeds = load_seeds() if seeds is None else seeds
    seen: set[bytes] = set()
    for i in range(1, n + 1):
        rng = random.Random(f"{seed}:{i}")
        while True:
            article = make_article(i, rng, seeds)
            digest = hashlib.sha256(article.text.encode("utf-8")).digest()
            if digest not in seen:
                break
        seen.add(digest)
        yield article


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="how many articles (1 or more)")
    parser.add_argument("out", nargs="?", type=Path, help="a new or empty folder for .txt files")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED,
                        help=f"the random seed (default {DEFAULT_SEED})")
    parser.add_argument("--jsonl", type=Path, help="also (or only) write them to this JSONL file")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be 1 or more")
    if args.out is None and args.jsonl is None:
        parser.error("give OUT, --jsonl FILE or both")
    if args.out is not None:
        if args.out.exists() and (not args.out.is_dir() or any(args.out.iterdir())):
            parser.error(f"{args.out} is not an empty folder")
        args.out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    jsonl = args.jsonl.open("w", encoding="utf-8", newline="\n") if args.jsonl else None
    words = 0
    try:
        for article in generate(args.n, seed=args.seed):
            words += len(article.text.split())
            if args.out is not None:
                (args.out / article.id).write_text(article.file_text(), encoding="utf-8",
                                                   newline="\n")
            if jsonl:
                jsonl.write(json.dumps(article.record(), ensure_ascii=False) + "\n")
    finally:
        if jsonl:
            jsonl.close()
    where = " and ".join(str(p) for p in (args.out, args.jsonl) if p is not None)
    print(f"wrote {args.n:,} article{'s' * (args.n != 1)} ({words:,} words) to {where} "
          f"in {time.perf_counter() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
