"""The names a question asks about, and whether an answer says them; the post of a person asked about.

"How many users did the Global Trade Helpdesk have?" lands on the paragraph counting the
Trade4MSMEs platform's users; "What score did the jury give Divasity's proposal?" on one about
other winners. Both answers are near, and both are about something else: the name the
question asks about is nowhere in them. A name here is a run of capitalised words that is not
the question's first word, a month, a weekday, a document symbol or a Ministerial Conference;
only its words that the collection has, and rarely, count ("Group" and "MSME" are in every
paragraph). Of a Spanish or French question only the Members it names are read
(`members_asked`): other names are spelt otherwise in the English documents, and a Member's
name is spelt nearly alike or is in the glossary (Etiopía, Éthiopie, Ethiopia; Mexique, Mexico).
"""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher

from bot.glossary import REGION_WORDS, english_words, fold
from bot.kind import (ACRONYM, COUNTRIES, MEMBER_WORDS, MEMBERS_OF_SEVERAL_WORDS, TONGUE, TONGUE_NAMED,
                      named_as_language, written_in)
from index.lexical import tokenize
from ingest.dates import MONTHS
from ingest.symbols import find_symbols

# A capitalised word, then more joined by nothing or by a short linking word: "Tour de France".
_NAME = re.compile(r"(?<![\w'’/])[A-Z][\w'’&.-]*(?:\s+(?:(?:of|on|and|de|for|the|&)\s+)?[A-Z][\w'’&.-]*)*")
# ... nor the WTO, whose documents these all are: "the WTO's 2024 survey" is the Secretariat's note,
# which need not print the name
_NOT_NAMES = frozenset([*MONTHS, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i",
                        "wto", "wto's", "wto’s", "omc", "member", "members",  # "Which Member …?" asks for one
                        "secretariat", "secretariat's", "secretariat’s",  # the WTO's, which writes them
                        "id", "ok", "pdf", "faq", "ceo"])  # capitals of everyday abbreviations ("an ID tag")
# The lower-case tail of a compound whose head is a name: "Nairobi-based" names Nairobi, not "based"
_COMPOUND_TAIL = re.compile(r"(?<=[^\W\d_])-[a-z][\w'’]*")
_MEETING = re.compile(r"^mc\d{1,2}$")
_GROUP_NAME = re.compile(r"\b(?:the\s+)?(?:WTO\s+)?(?:Informal\s+Working\s+Group\s+on\s+(?:MSMEs|Micro,\s+Small\s+and\s+"
                         r"Medium-Sized\s+Enterprises)(?:\s+\(MSMEs\))?|MSME\s+Group|IWG|"
                         r"SMEs?(?:\s+working)?\s+group|(?:working\s+)?group\s+on\s+SMEs)\b", re.IGNORECASE)
RARE_IDF = 2.0  # a word in more than about one paragraph in eight is not what names a thing here
PREFIX = 6  # "Uruguayan" and "Uruguay" share their first six letters: one name
# A Member's adjective that does not share six letters with its name: "the Mexican proposal" is
# "Mexico's proposal" in the documents, "the Chinese organization" is "the China Council ...".
_DEMONYMS = {
    "mexican": "Mexico", "chinese": "China", "japanese": "Japan", "french": "France", "british": "Kingdom",
    "american": "States", "swiss": "Switzerland", "dutch": "Netherlands", "thai": "Thailand", "turkish": "Türkiye",
    "filipino": "Philippines", "philippine": "Philippines", "spanish": "Spain", "greek": "Greece",
    "danish": "Denmark", "swedish": "Sweden", "finnish": "Finland", "norwegian": "Norway", "polish": "Poland",
    "irish": "Ireland", "icelandic": "Iceland", "peruvian": "Peru", "kenyan": "Kenya", "indian": "India",
    "korean": "Korea", "canadian": "Canada", "italian": "Italy", "malian": "Mali", "omani": "Oman", "cuban": "Cuba",
    "chadian": "Chad", "iraqi": "Iraq", "nepalese": "Nepal", "nepali": "Nepal", "fijian": "Fiji", "tongan": "Tonga",
    "samoan": "Samoa", "qatari": "Qatar", "yemeni": "Yemen", "togolese": "Togo", "congolese": "Congo",
    "senegalese": "Senegal", "sudanese": "Sudan", "vietnamese": "Viet", "malagasy": "Madagascar",
    "mauritian": "Mauritius", "barbadian": "Barbados", "bahraini": "Bahrain", "kuwaiti": "Kuwait",
    "egyptian": "Egypt", "ghanaian": "Ghana", "chilean": "Chile", "haitian": "Haiti", "lebanese": "Lebanon",
    "beninese": "Benin", "guyanese": "Guyana", "ivorian": "Ivoire", "emirati": "Emirates",
    "rican": "Rica",  # "the Costa Rican proposal" is Costa Rica's
    "european": "Europe", "african": "Africa", "asian": "Asia",  # regions: "European small firms", "9% in Europe"
    # not adjectives: the abbreviations people write for the United Kingdom and the United States
    "uk": "Kingdom", "us": "States", "usa": "States",
}
# One Member, two names: the documents print "Türkiye" since 2022, "Turkey" before; the glossary gives both.
# "the EU" reads as Europe, as "European" does: a note that spells out the European Union says "the EU".
_ALIASES = {"Turkey": "Türkiye", "EU": "Europe"}
_SAME_PLACE = {tokenize(word)[0]: tokenize(name)[0] for word, name in (*_DEMONYMS.items(), *_ALIASES.items())}
# Words spelt nearly as a Member that name none: "América Latina" is not Latvia.
_FALSE_FRIENDS = frozenset({"latina", "latino", "latinos", "latinas"})
# A Member's name has no paraphrase: asked and printed nowhere, the documents do not speak of it
_MEMBERS = frozenset(t for name in COUNTRIES for t in tokenize(name))
_FOLDED_MEMBERS = {name: fold(name) for name in COUNTRIES}  # as a Spanish or French question is read


def asked_name_words(question: str, idf: dict[str, float]) -> tuple[str, ...]:
    """The rare words (stemmed, as the lexical index has them) of the names an English question
    uses; `idf` gives the collection's idf of each word it has. A word it lacks is left out: a
    name the documents never print ("the Uruguayan envoy") is a paraphrase as often as a miss,
    and the unknown-word evidence weighs it; but a Member's name, an acronym or a name of several
    capitalised words has no paraphrase ("visits from India" where no passage names India, "the
    IMF", "Pascal Lamy"), so it is kept.

    Example:
        >>> idf = {"global": 2.9, "trade": 0.3, "helpdesk": 4.1}
        >>> asked_name_words("How many users did the Global Trade Helpdesk have?", idf)
        ('global', 'helpdesk')
    """
    words_typed = re.findall(r"[^\W\d_]+", question)
    if sum(w[0].islower() for w in words_typed) <= 0.2 * len(words_typed):
        return ()  # Title Case or capitals throughout: capitals mark no name
    text = _GROUP_NAME.sub(" , ", question)  # the Group itself: every document is its own
    for found in reversed(find_symbols(text, lenient=True)):
        text = text[: found.start] + " , " + text[found.end :]
    words: list[str] = []
    for use in reversed(list(TONGUE_NAMED.finditer(text))):  # "in Arabic", "Mandarin or Arabic": languages asked
        tongues = [_tongue_word(t) for t in re.findall(TONGUE, use[0])]
        words[:0] = ["|".join(tongues)] if re.search(r"\bor\b", use[0]) else tongues
        text = text[: use.start()] + " , " + text[use.end() :]
    text = _AMERICAS.sub(r"\1 America", text)  # "a Latin American network" is of Latin America, not the States
    for match in _NAME.finditer(text):
        name = _COMPOUND_TAIL.sub("", match.group(0))  # "Nairobi-based", "WTO-linked": Nairobi, the WTO
        before = text[: match.start()].rstrip(" ¿¡\"'“")
        if not before or before[-1] in ".?!:":
            name = name.partition(" ")[2]  # a sentence's first word is capitalised anyway ("... parcel. According to")
        kept = [w for w in name.split() if w.lower().strip(".") not in _NOT_NAMES]
        # nor has an acronym ("the IMF", "OECD's") or a name of several capitalised words ("Pascal Lamy")
        proper = {t for w in kept if ACRONYM.fullmatch(w.removesuffix("'s").removesuffix("’s"))
                  for t in tokenize(w)} | _MEMBERS
        tokens = tokenize(" ".join(kept))
        capitals = [w for w in name.split() if w[:1].isupper()]
        if len([w for w in kept if w[:1].isupper()]) >= 2:
            proper |= set(tokens)
        # "the Trade Facilitation Agreement" is "the TFA" where the documents abbreviate it: either will do
        short = "".join(w[0] for w in capitals).lower() if len(capitals) >= 3 else ""
        for token in tokens:
            if not _MEETING.match(token) and not token.isdigit() and (
                    idf.get(token, 0.0) >= RARE_IDF or (token in proper and token not in idf)):
                words.append(f"{token}|{short}" if short else token)
    return tuple(dict.fromkeys(words))


@functools.lru_cache(maxsize=1024)
def members_asked(question: str, language: str) -> tuple[str, ...]:
    """The Members a Spanish or French question names, by their English names: through the glossary
    ("Mexique" -> Mexico) or spelt alike, or nearly for a word of five letters or more ("Etiopía",
    "Éthiopie" -> Ethiopia: the same first letter, four fifths of the letters in common, lengths
    at most one apart) that the glossary does not read as a Member already. Cached:
    the reader and the name rule both ask it of every answer, and the spelling match is ~0.6 ms."""
    if language not in ("es", "fr"):
        return ()
    found = [_ALIASES.get(w, w) for w in english_words(question, language).split()
             if w in COUNTRIES and w != "EU"]  # "European Union" too
    for word in re.findall(r"(?<!\w)[A-ZÁÉÍÓÚÑÇÈ][^\W\d_]{2,}", question):  # "l'Éthiopie" too
        typed = fold(word)
        if typed in _FALSE_FRIENDS or any(w in COUNTRIES for w in english_words(word, language).split()):
            continue  # the glossary's reading stands: "Alemania" is Germany, not also Albania
        exact = [name for name, folded in _FOLDED_MEMBERS.items() if typed == folded]
        # an acronym is no Member typed amiss: "LACOS" (a laboratory) is not Laos
        near = [(SequenceMatcher(None, typed, folded).ratio(), name) for name, folded in _FOLDED_MEMBERS.items()
                if len(typed) >= 5 and not word.isupper() and folded[0] == typed[0]
                and abs(len(folded) - len(typed)) <= 1]
        # not "Los" for Laos, nor "Tobago" for Togo
        if exact:  # the one Member a word names: "Nigeria" is not also Niger
            found += [_ALIASES.get(name, name) for name in exact]
        elif near and max(near)[0] >= 0.8:
            found.append(_ALIASES.get(max(near)[1], max(near)[1]))
    return tuple(dict.fromkeys(found))


_SEVERAL_WORDS = re.compile(r"\b(?:" + "|".join(map(re.escape, MEMBERS_OF_SEVERAL_WORDS)) + r")\b")


def _several_words(text: str) -> list[str]:
    return list(dict.fromkeys(_SEVERAL_WORDS.findall(text)))


# A run of capitalised words, a space apart: a name of one or several words ("Kenya Biashara Desk")
_CAPITALISED_RUN = re.compile(r"(?<![\w'’])[A-ZÀ-Ý][^\W_]*(?:[ ][A-ZÀ-Ý][^\W_]*)+(?![\w'’])")
# A word of a name that is no acronym: "Biashara", "Global"; "ExportCare", "PyME" (not "MSMEs", "WTO")
_NAME_WORD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ][^\W_]*")
_SENTENCE_OPENS = re.compile(r"(?:^|[.?!¿¡:;\"“«(]\s*)$")


def without_products(question: str, language: str) -> str:
    """The question without the names of services, agencies and programmes that hold a Member's name ("CertiCall
    Ghana", "Kenya Biashara Desk", "Ruta Exportadora Perú"): a capitalised run of words holding a Member's name and
    a word of a name that is none, not counting the word a sentence opens with ("Did Kenya …"). Such a name says
    what is asked about; it does not ask the answer to name the Member."""
    def member(word: str) -> bool:
        return word in MEMBER_WORDS or (language != "en" and any(
            w in COUNTRIES for w in english_words(word, language).split()))

    def other(m: re.Match[str], word: re.Match[str]) -> bool:
        opens = _SENTENCE_OPENS.search(question[: m.start() + word.start()]) is not None
        camel = any(c.isupper() for c in word[0][1:])
        return bool(_NAME_WORD.fullmatch(word[0])) and not member(word[0]) and (camel or not opens)

    out = question
    for m in _CAPITALISED_RUN.finditer(question):
        words = list(re.finditer(r"\S+", m[0]))
        if any(member(w[0]) for w in words) and any(other(m, w) for w in words):
            out = out[: m.start()] + " " * len(m[0]) + out[m.end():]
    return out


def members_named(question: str, language: str) -> tuple[str, ...]:
    """The Members a question names, as the documents spell them: "Mexico" of "What did Mexico
    propose?" or "the Mexican proposal", of "¿Qué propuso México?" too; not a Member whose name is part of a
    programme's (`without_products`)."""
    question = without_products(question, language)
    if language != "en":  # "Royaume-Uni" -> "United Kingdom" too
        several = _several_words(english_words(question, language))
        return tuple(dict.fromkeys((*members_asked(question, language), *several)))
    words = re.findall(r"(?<![\w'’])[A-Z][a-zü]+", question)
    found = [_ALIASES.get(w, w) for w in words if w in COUNTRIES and w != "EU"] + _several_words(question)
    found += [_DEMONYMS[w.lower()] for w in words if w.lower() in _DEMONYMS]
    return tuple(dict.fromkeys(found))


# A sentence in which the asker tells of themself: "I make pottery in Ulaanbaatar and want to start exporting.",
# "small organic farmer in Uganda here, …", "Je dirige une petite conserverie au Bénin."
_ASKER = re.compile(r"(?<!\w)(?:i|i['’]m|i['’]ve|my|we|we['’]re|our|yo|soy|tengo|mi|mis|nuestr[oa]s?|je|mon|ma|mes|"
                    r"nous|notre|nos)(?!\w)|(?<!\w)j['’](?=\w)|\bhere\s*[,.:;]", re.IGNORECASE)


def asked_sentences(question: str) -> str:
    """The sentences that ask: those ending in a question mark; without one, the question less the sentences in
    which the asker tells of themself, unless nothing else is left. The place a small business writes from is not
    what it asks about ("I make pottery in Ulaanbaatar. Is Mongolia one of the countries …?" asks of Mongolia), nor
    is a sentence setting the scene ("Ambassador Wilson spoke at an event at the ILO. Which organization had
    organized it?" asks of the organizer, which the answer names)."""
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+|\n+", question.strip()) if s]
    kept = [s for s in sentences if s.rstrip().endswith("?")] or [s for s in sentences if not _ASKER.search(s)]
    return " ".join(kept) if kept else question


def name_words(question: str, language: str, idf: dict[str, float]) -> tuple[str, ...]:
    """The words of the names a question asks about, stemmed: of an English question its names
    (`asked_name_words`), of a Spanish or French one the Members it names (`members_asked`); not those of a
    sentence telling who asks (`asked_sentences`)."""
    question = asked_sentences(question)
    if language == "en":  # "French-speaking Africa" asks of Africa, as a text saying it speaks of Africa
        return asked_name_words(_SPEAKING.sub(" ", question), idf)
    english = english_words(question, language)
    regions = [t for t in tokenize(english) if t in REGION_WORDS]
    organizations = [t for m in _ORGANIZATION.finditer(english) for t in tokenize(m[0])]
    return tuple(dict.fromkeys([*(t for member in members_asked(question, language) for t in tokenize(member)),
                                *regions, *organizations, *_names_kept(question, language, idf)]))


# A name of two capitalised words or more in a Spanish or French question, not its first words: "Départ Vert",
# "la station de San-Pédro"
_FOREIGN_NAME = re.compile(r"(?<![.!?¿¡:]\s)(?<!^)(?<![¿¡])\b[A-ZÁÉÍÓÚÑÇÈ][^\W\d_]+"
                           r"(?:[- ](?:de |del |la |du |des )?[A-ZÁÉÍÓÚÑÇÈ][^\W\d_]+)+")


def _names_kept(question: str, language: str, idf: dict[str, float]) -> list[str]:
    """The rare words of the names of several capitalised words a Spanish or French question uses that the glossary
    does not read and the collection has, as an English question's are kept: "¿Cuántos productores de San-Pédro
    están inscritos?" asks of San-Pédro, which a total for the whole pilot does not say. A Member's name is read
    by `members_asked`, as the documents name it."""
    return [t for m in _FOREIGN_NAME.finditer(question) if not english_words(m[0], language).strip()
            for t in tokenize(m[0]) if idf.get(t, 0.0) >= RARE_IDF and t not in _MEMBERS]


def regions_asked(question: str, language: str, idf: dict[str, float]) -> tuple[str, ...]:
    """The words of the world's regions a question asks of ("from Latin America and the Caribbean", "d'Afrique"),
    stemmed: a region asked is what the answer is about, where a place may only set the scene ("at the Kuala
    Lumpur workshop")."""
    return tuple(w for w in name_words(question, language, idf) if w in REGION_WORDS)


# The organizations outside the WTO a Spanish or French question may name, as the glossary renders them: the
# one word or acronym a text naming them is sure to hold ("el Banco Mundial" -> World Bank, "l'ONUDI" -> UNIDO)
_ORGANIZATION = re.compile(r"\b(?:World Bank|(?:African|Asian|Inter-American) Development Bank|UNIDO|OECD|IMF|"
                           r"UNDP|IFC|UNCTAD|WIPO|UPU|UNCITRAL|ICC)\b")


# A language named as a language ("updated French and Spanish translations", "in both English and
# Spanish") names no Member: "Spanish" there does not answer a question on visits from Spain.
_LANGUAGE = r"(?:English|French|Spanish|Arabic|Chinese|Russian|Portuguese)"
_LANGUAGE_USE = re.compile(named_as_language(_LANGUAGE))


_SPEAKING = re.compile(rf"\b{_LANGUAGE}-speaking\b")


def _languages_out(text: str) -> str:
    return _LANGUAGE_USE.sub(" ", text)


# A language a question asks of ("available in Arabic": `bot.kind.TONGUE_NAMED`) is said only by a text naming it as
# a language ("an Arabic version"); its word is marked apart from the names of places ("French firms" is France's)
_AMERICAS = re.compile(r"\b(Latin|South|Central|North) American\b")


def _tongue_word(tongue: str) -> str:
    return f"{tokenize(tongue)[0]}~"


def _tongues_named(text: str) -> set[str]:
    return {_tongue_word(t) for use in TONGUE_NAMED.finditer(text) for t in re.findall(TONGUE, use[0])}


# Words of a Member's name that name no Member alone: "the UK" says the United Kingdom, "United Nations" does not
_NOT_NAMING = frozenset(tokenize("united republic saint north south new the and of de"))


def member_word(member: str) -> str:
    """A Member's name as `says_words` reads one word: any of its own words ("costa|rica"; "kingdom", which
    "the UK" says too)."""
    return "|".join(t for t in tokenize(member) if t not in _NOT_NAMING) or "|".join(tokenize(member))


def says_words(words: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    """Whether the texts hold every one of the words, a word matching one that starts with the same
    six letters ("uruguayan" and "uruguay"), a Member's adjective its name ("mexican" and "mexico") and a United
    Nations body's acronym the same with "UN" glued before it ("UNECLAC" says ECLAC). A text
    written in Spanish or French says a name also in the glossary's English ("le Maroc" says Morocco) and
    without its accents ("Sénégal" says Senegal, which the stemmer reads as "seneg")."""
    foreign = [(text, language) for text in texts if (language := written_in(text)) != "en"]
    texts = (*texts, *(english_words(text, language) for text, language in foreign),
             *(fold(text) for text, _ in foreign))
    said = {_SAME_PLACE.get(t, t) for text in texts for t in tokenize(_languages_out(text))}
    prefixes = {t[:PREFIX] for t in said if len(t) >= PREFIX}
    said |= {tongue for text in texts for tongue in _tongues_named(text)}
    return all(any((w := _SAME_PLACE.get(one, one)) in said
                   or (len(w) >= PREFIX and not w.endswith("~") and w[:PREFIX] in prefixes)
                   or _un_prefixed(w) in said for one in word.split("|")) for word in words)


def _un_prefixed(word: str) -> str:
    """A United Nations body's acronym as the documents may print it, "UN" glued before it ("ECLAC" as "UNECLAC");
    "" for a word too short to be one."""
    return f"un{word}" if len(word) >= 4 else ""


# "What position does Nikolai Platonov hold?", "¿Qué cargo ocupa Pamela Ugaz?", "Quelle est la
# fonction de Justin Langan ?": a person's post, which the documents give beside the name
# ("Lucian Cernat, the European Union's Head of ...") or not at all ("Pamela Ugaz from UNCTAD").
_ASKS_ROLE = re.compile(
    r"\b(?:what|which)(?: is| was|'s|’s) (?:the |their |his |her )?(?:role|position|title|job|post)\b|"
    r"\bwhat (?:role|position|title|job|post) (?:does|did|do|is|was|has)\b|'s (?:role|position|title|job)\b|"
    r"\bqu[eé] (?:cargo|puesto|funci[oó]n)\b|\bcu[aá]l (?:es|era) (?:el|la|su) (?:cargo|puesto|funci[oó]n)\b|"
    r"\bquel(?:le)? (?:est|était) (?:la|le|sa|son) (?:fonction|poste|r[ôo]le|titre)\b|\bquel(?:le)? (?:fonction|poste|titre)\b",
    re.IGNORECASE)
_PERSON = re.compile(r"(?<![\w'’])[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ'’]+)+")
# "Which minister…?", "¿Qué ministro camerunés…?", "Quel ministre camerounais… ?": a post the answer must name
# (not "directrices": "lignes directrices", "¿qué directrices …?" are guidelines)
_POSTS_ASKED = {"minister": r"ministers?|ministr[oa]s?|ministres?", "ambassador": r"ambassadors?|embajador(?:a|es)?|"
                r"ambassadeurs?|ambassadrices?",
                "director": r"directors?|director(?:a|es)|directeurs?|(?<!lignes )directrice(?!s)",
                "founder": r"founders?|fundador(?:a|es)?|fondat(?:eur|rice)s?", "ceo": r"ceos?"}
_ASKS_POST = re.compile(r"\b(?:which|what|qu[eé]|cu[aá]l(?:es)?|quel(?:le)?s?)\s+(?:\w+\s+)?(?:"
                        + "|".join(f"(?P<{post}>{words})" for post, words in _POSTS_ASKED.items()) + r")\b",
                        re.IGNORECASE)
_TITLES = frozenset(
    """director head chief ambassador minister secretary coordinator chair chairperson chairman president
    founder co-founder ceo cfo coo officer manager counsellor counselor adviser advisor economist expert
    specialist representative deputy executive professor owner lead consultant analyst commissioner
    envoy attaché attache vice-president vice-chair""".split())
ROLE_WINDOW = 12  # words after a name within which its post is given; three before ("Ambassador X")


def asks_role(question: str) -> tuple[str, ...]:
    """The surnames of the people whose post a question asks about; () when it asks no such thing.

    Example:
        >>> asks_role("What position does Nikolai Platonov hold in the Russian delegation?")
        ('Platonov',)
    """
    if not _ASKS_ROLE.search(question):
        return ()
    names = [m.group(0).replace("-", " ").split()[-1] for m in _PERSON.finditer(question) if m.start() > 0]
    return tuple(dict.fromkeys(n.removesuffix("'s").removesuffix("’s") for n in names))


def post_asked(question: str) -> str | None:
    """The post, in English, a question asks the holder of ("quel ministre" -> "minister"), or None."""
    m = _ASKS_POST.search(question)
    return next((post for post, said in m.groupdict().items() if said), None) if m else None


def says_post(post: str, texts: tuple[str, ...]) -> bool:
    """Whether a text names the post: the documents say who is "Minister of Trade", not only which Member spoke."""
    return any(re.search(rf"\b{post}s?\b", text, re.IGNORECASE) for text in texts)


def gives_role(surnames: tuple[str, ...], texts: tuple[str, ...]) -> bool:
    """Whether a text names one of the people with a post beside the name."""
    wanted = {s.lower() for s in surnames}
    for text in texts:
        words = [w.strip(",.;:()\"'’").lower() for w in text.split()]
        for i, word in enumerate(words):
            if word.removesuffix("'s") in wanted:
                near = words[max(0, i - 3) : i] + words[i + 1 : i + 1 + ROLE_WINDOW]
                if any(w.removesuffix("'s") in _TITLES for w in near):
                    return True
    return False


# What someone does at a meeting, asked of "who" ("Who moderated the session on access to finance?", "Qui a
# modéré le panel ?", read in the glossary's English): the paragraph that answers says it ("Session 3 … was
# moderated by …"); the one describing the session, which shares the question's other words, may not. Not
# "organized": "organization" shares its stem.
ROLE_ACTIONS = frozenset(tokenize("moderated opened closed chaired hosted speaker spoke keynote facilitated "
                                  "introduced presented welcomed inaugurated won"))


# What happens on a day asked of "when" ("When was the 2024 Annual Report adopted?"): the footnote listing the
# previous reports by their dates shares its words, the paragraph saying it was adopted answers.
EVENT_ACTIONS = frozenset(tokenize("adopted launched established approved signed submitted published announced "
                                   "joined elected appointed endorsed won"))

# Stems that say one action: "Who won the 2024 Small Business Champions?" is answered by "the 2024 winners, CLAC
# and O'KANATA", and the sentence naming the ITC speaker beside it does not say who won; "Who spoke for the ICC?"
# by "Mr Abena-Dubois … argued that".
_SAME_ACTION = (frozenset(tokenize("won win winner winning")), frozenset(tokenize("presented introduced")),
                frozenset(tokenize("spoke speaker speak said stated argued presented explained noted told remarked "
                                   "highlighted emphasized stressed underlined addressed")))


def actions_asked(tokens: tuple[str, ...], kind: str) -> frozenset[str]:
    """The meeting roles a "who" question's tokens name (stems: "moder", "open"), or the events a "when" or
    "which" one's do ("Which countries joined the Group in 2022?"), with the stems that say the same."""
    actions = {"who": ROLE_ACTIONS, "when": EVENT_ACTIONS, "list": EVENT_ACTIONS}.get(kind, frozenset())
    asked = actions.intersection(tokens)
    return asked.union(*(same for same in _SAME_ACTION if asked & same))
