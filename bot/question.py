"""What counts as a question: trimmed, control characters gone, within the length limit."""

from __future__ import annotations

import re
import unicodedata

from bot.records import InvalidQuestion
from bot.settings import Limits
from ingest.dates import asked_periods
from ingest.symbols import find_symbols

EXAMPLE = "What is the Trade4MSMEs Platform?"


def _printable(ch: str) -> str:
    # Cc: NUL, escape sequences, C1 controls. Format characters (Cf) stay: right-to-left marks
    # and the zero-width joiner inside emoji belong to the text.
    return " " if unicodedata.category(ch) == "Cc" else ch


def check_question(question: str | None, *, limit: int = Limits.max_question_chars) -> str:
    """The question as the bot will run it; InvalidQuestion says why it cannot be asked.

    Whitespace runs collapse to one space and control characters become spaces. A question
    with no letter or digit at all ("???", "🙂") is refused: there is nothing to search for.
    A lone symbol ("WT/MIN(24)/9"), emoji beside words, and right-to-left text are asked.

    Example:
        >>> check_question("  What is\\x00 the\\n Trade4MSMEs Platform? ")
        'What is the Trade4MSMEs Platform?'
    """
    raw = question or ""
    if len(raw) > 4 * limit + 1000:  # do not walk megabytes of pasted text to say it is too long
        raise InvalidQuestion(_too_long(len(raw), limit))
    text = " ".join("".join(map(_printable, raw)).split())
    if not text:
        raise InvalidQuestion(f"Please type a question, for example: {EXAMPLE}")
    if len(text) > limit:
        raise InvalidQuestion(_too_long(len(text), limit))
    if not any(ch.isalnum() for ch in text):
        raise InvalidQuestion(f"Please ask in words, for example: {EXAMPLE}")
    return text


def _too_long(length: int, limit: int) -> str:
    return f"The question is {length:,} characters long; the limit is {limit:,}. Please ask it in fewer words."


# A sentence ending in a full stop or "!" that a later sentence follows: "I run a small workshop in Kenya.";
# or a clause a colon ends before the question ("Je tiens une boutique à Douchanbé : depuis quand …?")
# a statement ends on a full stop, a colon, or a comma before a Spanish question ("Tengo … en Honduras, ¿cómo …?")
_STATEMENT = re.compile(r"[^.!?¿¡:]*?(\w*)(?:[.!](?=\s+[¿¡\"'«A-ZÀ-Ý])|\s?:(?=\s+\S)|,(?=\s*[¿¡]))")
# Words a full stop follows inside a sentence: "Mr. Smith", "10 Dec. 2024", "U.S. exporters"
_ABBREVIATIONS = frozenset("""mr mrs ms dr st no nos art para p pp sr sra srta mme mlle m e g i u s vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic janv fevr avr juil déc""".split())
# The asker speaking of itself: "I", "my", "we"; "tengo", "mi"; "je", "j'", "ma"; or a Spanish sentence
# opening on a verb in the first person ("Exporto café…", "Vendo…"), which needs no pronoun
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|my|me|we|we're|we've|our|us|yo|mi|mis|tengo|soy|estoy|somos|"
                           r"tenemos|nuestr[oa]s?|je|j|moi|mon|ma|mes|nous|notre|nos)\b|"
                           r"^\s*(?!como|cuando|todo|pero|esto|eso|dado|durante|desde|segun|sobre|tanto|cuanto)"
                           r"[a-záéíóúñ]{3,}o\b", re.IGNORECASE)


# What points back to a time a statement before the question named: "Mi cooperativa pensaba presentarse a los
# Small Business Champions de 2020. ¿Quiénes ganaron esa edición?" asks of 2020's edition
_POINTS_BACK = re.compile(
    r"\b(?:that|this)\s+(?:edition|year|meeting|session|round|contest|competition|event)\b|"
    r"\b(?:es[ae]|est[ae]|aquel(?:la)?)\s+(?:edici[oó]n|a[ñn]o|reuni[oó]n|sesi[oó]n|ronda|concurso|evento)\b|"
    r"\b(?:cette|cet|ce)\s+(?:[ée]dition|ann[ée]e|r[ée]union|s[ée]ance|session|concours|[ée]v[ée]nement)\b",
    re.IGNORECASE)


# "… and I'd like to know", "… y quería saber", "… et j'aimerais savoir": where a sentence telling of the asker turns
# to what it asks ("Tengo una cooperativa de café en Honduras y quería saber cuántas propuestas …")
_TURNS_TO_ASK = re.compile(
    r"[,;]?\s+(?:and|y|e|et)\s+(?:(?:i|yo|je)\s+|j['’])?(?:want(?:ed)?|would like|i['’]d like|need|wonder|was wondering|"
    r"quer[ií]a|quiero|quisiera|me gustar[ií]a|necesito|me pregunto|voudrais|veux|souhaite|souhaiterais|aimerais|"
    r"me demande)\b(?:\s+(?:to know|to find out|to ask|saber|preguntar|savoir|demander))?", re.IGNORECASE)


def asked_part(question: str) -> str:
    """The question without the statements before it: what is asked, for the rules that read its names,
    years and kind.

    A small business often says who it is first ("Tengo una cooperativa de café en Honduras. ¿Quiénes
    ganaron …?"): Honduras is not what the answer must name, nor "since 2019" in "I have exported since
    2019." a period asked. Retrieval still reads the whole text, which may say what is asked about. Only
    a statement of the asker about itself is left out: "The session was first planned for 21 April. When
    is it now?" asks of that session; and not one naming a document symbol ("I read INF/MSME/W/53. What
    did it propose?"). A clause a colon ends is a statement too ("Soy de Senegal y quiero saber …: ¿cuántas
    …?"), unless it names a period ("Quiero saber el tráfico en noviembre de 2025: ¿cuántas visitas …?"). Nor
    a statement naming a period that the question points back to ("… los Small Business Champions de 2020.
    ¿Quiénes ganaron esa edición?"). A sentence telling of the asker may turn to the question ("Tengo una
    cooperativa en Honduras y quería saber cuántas propuestas …"): what follows the turn is asked.

    Example:
        >>> asked_part("I run a small textile workshop in Kenya. Is there a website for firms like mine?")
        'Is there a website for firms like mine?'
    """
    rest = question
    while (m := _STATEMENT.match(rest)) and m.group(1).casefold() not in _ABBREVIATIONS \
            and _FIRST_PERSON.search(m.group()) and not find_symbols(m.group(), lenient=True) \
            and not (asked_periods(m.group())  # "… en noviembre de 2025:", "… de 2020. ¿… esa edición?"
                     and (m.group().rstrip().endswith(":") or _POINTS_BACK.search(rest[m.end():]))):
        after = rest[m.end():].lstrip()
        if not after or not any(ch.isalnum() for ch in after):
            break
        rest = after
    if (m := _TURNS_TO_ASK.search(rest)) and _FIRST_PERSON.search(told := rest[:m.start()]) \
            and not find_symbols(told, lenient=True) and not asked_periods(told) \
            and any(ch.isalnum() for ch in rest[m.end():]):
        rest = rest[m.end():].lstrip(" ,:")
    return rest


# "paragraph 2.11", "paras. 2.3 and 2.4", "¶1.3", "párrafo 2.11", "paragraphe 1.5", "footnote 6", "nota 6":
# a delegate names the paragraph wanted, as the citations print it
_PARAGRAPH_WORD = r"(?:paragraphs?|paras?\.?|¶|§|p[áa]rrafos?|apartados?|paragraphes?)"
_NOTE_WORD = r"(?:foot\s?notes?|notas?(?:\s+(?:al\s+pie|a\s+pie\s+de\s+p[áa]gina))?|notes?(?:\s+de\s+bas\s+de\s+page)?)"
_NUMBER = r"\d{1,2}(?:\.\d{1,2}){0,2}(?![\d/(])"
_RUN = rf"{_NUMBER}(?:\s*(?:,|and|y|e|et|or|o|ou|&)\s*{_NUMBER})*"
_PARAGRAPHS = re.compile(rf"(?<!\w){_PARAGRAPH_WORD}\s*({_RUN})(?!\w)", re.IGNORECASE)
_NOTES = re.compile(rf"(?<!\w){_NOTE_WORD}\s*({_RUN})(?!\w)", re.IGNORECASE)


# "section 6 of the 2024 report", "sección 12 del anexo": a part numbered by its heading, whose paragraphs are 6.1, …
_SECTIONS = re.compile(r"(?<!\w)(?:sections?|secci[óo]n(?:es)?)\s*(\d{1,2})(?![\d.]*\d)", re.IGNORECASE)
_ANNEX = re.compile(r"(?<!\w)(?:annex|anexo|annexe)", re.IGNORECASE)


# "item 3 on the proposed agenda", "agenda item 3", "el punto 4 del orden del día", "au titre du point 4 de l'ordre du
# jour": a delegate names an item of a meeting's agenda, which a convening notice numbers in its annex, or letters
# in its text ("agenda item G", "le point h de l'ordre du jour")
_ITEM = r"(\d{1,2}(?![\d.])|[a-z](?![\w'’.-]))"
_AGENDA_ITEMS = re.compile(
    rf"(?<!\w)(?:agenda\s+item\s+{_ITEM}"
    rf"|item\s+{_ITEM}\s+(?:on|of|in)\s+(?:the\s+|its\s+)?(?:(?:proposed|draft)\s+)?agenda"
    rf"|(?:punto|tema)\s+{_ITEM}\s+(?:del\s+orden\s+del\s+d[íi]a|de\s+la\s+agenda)"
    rf"|point\s+{_ITEM}\s+(?:de|à|a)\s+l['’]\s?ordre\s+du\s+jour"
    # or of the meeting it is on: "under item D of the meeting on 2 July", "au point B de la réunion du 2 juillet"
    rf"|item\s+{_ITEM}\s+(?:of|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,4}}meeting"
    rf"|(?:punto|tema)\s+{_ITEM}\s+de\s+la\s+reuni[oó]n|point\s+{_ITEM}\s+de\s+la\s+réunion)", re.IGNORECASE)


def agenda_item_told(items: tuple[str, ...], *, opening: bool = False) -> re.Pattern[str]:
    """How a notice or a summary tells of the items asked (`agenda_items_asked`) in its text ("l'invitée du point
    D"); `opening`: in the words a sentence on the item opens with ("Au titre du point C", "Under item D", "En el
    marco del punto 3"). A letter as printed, in capitals."""
    named = "|".join(item.upper() if item.isalpha() else item for item in items)
    told = rf"\b(?:item|point|punto|tema)\s+(?-i:{named})(?![\w.-])"
    return re.compile(rf"^\W*(?:[\w'’]+\s+){{0,4}}{told}" if opening else told, re.IGNORECASE)


# "What is on the agenda of the 12 July meeting?", "¿Qué temas hay en el orden del día…?", "Quels points sont à l'ordre
# du jour… ?": the agenda as a whole, which its notice sets out; not what was added to it or how to propose an item
_AGENDA_ASKED = re.compile(r"\b(?:on|in)\s+the\s+(?:(?:proposed|draft)\s+)?agenda\b|\ben\s+el\s+orden\s+del\s+d[ií]a\b"
                           r"|(?<!\w)à\s+l['’]\s?ordre\s+du\s+jour\b", re.IGNORECASE)
_AGENDA_CHANGED = re.compile(r"\b(?:add(?:ed|ing|s)?|put|propose|proposer|proponer|agreg\w*|añad\w*|ajout\w*)\b",
                             re.IGNORECASE)


def asks_agenda(question: str) -> bool:
    """Whether the question asks what a meeting's agenda lists, naming no item of it (`agenda_items_asked`)."""
    return (bool(_AGENDA_ASKED.search(question)) and not _AGENDA_CHANGED.search(question)
            and not agenda_items_asked(question))


def agenda_items_asked(question: str) -> tuple[str, ...]:
    """The agenda items a question names, by number or (in lower case) letter ("4" for "point 4 de l'ordre du jour
    de la réunion du 22 mars", "g" for "agenda item G")."""
    return tuple(dict.fromkeys(next(g for g in m.groups() if g).lower() for m in _AGENDA_ITEMS.finditer(question)))


def sections_asked(question: str) -> tuple[str, ...]:
    """The numbered sections a question names ("6" for "la sección 6 del informe")."""
    return tuple(dict.fromkeys(m[1] for m in _SECTIONS.finditer(question)))


def asks_annex(question: str) -> bool:
    """Whether the question points into an annex ("section 12 of the annex", "l'annexe du document")."""
    return bool(_ANNEX.search(question))


def paragraphs_asked(question: str) -> tuple[str, ...]:
    """The numbered paragraphs and footnotes a question names, as ingest numbers them ("2.11", "fn6").

    Example:
        >>> paragraphs_asked("Según el párrafo 2.11 del documento WT/MIN(24)/9, ¿con qué grupos…?")
        ('2.11',)
    """
    found = [n for m in _PARAGRAPHS.finditer(question) for n in re.findall(_NUMBER, m.group(1))]
    found += [f"fn{n}" for m in _NOTES.finditer(question) for n in re.findall(r"\d+", m.group(1))]
    return tuple(dict.fromkeys(found))


# "What is the annual budget of the MSME Group?": the thing asked is the last word of the noun after
# "What is", before what qualifies it (of, for, in …) or the question mark. Words that name a
# document's own parts are answered from its metadata, and a participle ends no noun ("meant to be used for").
_THING = re.compile(r"^\s*what(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|an?\s+)?([^?]+?)"
                    r"(?:\s+(?:of|for|in|on|at|by|to|from|with|that|which|does|do|did|has|have|will)\b[^?]*)?\s*\?\s*$",
                    re.IGNORECASE)
# "Is there an entry fee to take part in the contest?": the same, after "is there" or "are there any".
_THERE = re.compile(r"^\s*(?:is|are)\s+there\s+(?:an?\s+|any\s+|some\s+)?(?!(?:any|some)(?:thing|one|body)\b)([^?]+?)"
                    r"(?:\s+(?:of|for|in|on|at|by|to|from|with|that|which|does|do|did|has|have|will)\b[^?]*)?\s*\?\s*$",
                    re.IGNORECASE)
_NOT_THINGS = frozenset("symbol symbols title date name number page paragraph annex footnote".split())
_PARTICIPLES = frozenset("meant made held done given".split())  # beside the "-ed" and "-ing" ones
# "What's actually in it for a small firm …?" names no thing: an adverb ends no noun
_ADVERBS = frozenset("actually really exactly usually currently basically typically generally normally precisely "
                     "specifically finally now then also still even just".split())


def thing_asked(asked: str, *, there: bool = True) -> str | None:
    """The noun an English "What is the X?" or (`there`) "Is there an X?" question asks for ("budget"), or None
    for other questions."""
    m = _THING.match(asked) or (_THERE.match(asked) if there else None)
    if not m:
        return None
    word = m[1].split()[-1].strip("\"'’").lower().removesuffix("'s").removesuffix("’s")
    if word in _NOT_THINGS or word in _PARTICIPLES or word in _ADVERBS or word.endswith(("ed", "ing")):
        return None
    return word


# "What is the Group's position on fisheries subsidies?", "¿Qué decidió el Grupo sobre la pesca?", "Qu'a dit
# le Groupe au sujet de la pêche ?": the subject asked about, after its preposition, to the question mark.
_TOPIC = re.compile(r"\b(?:about|on|regarding|concerning|sobre|acerca\s+de|respecto\s+(?:a|de)|sur|concernant|"
                    r"au\s+sujet\s+de)\s+([^?¿!.;:,]+?)\s*[?!.]?\s*$", re.IGNORECASE)


def topic_asked(asked: str) -> str | None:
    """The phrase a question asks about, after "about", "on", "sobre", "sur"… at its end; None when
    no such phrase ends it."""
    m = _TOPIC.search(asked)
    return m[1] if m else None


# A request that the helpdesk act for the asker: register them, open an account, put them in touch,
# recommend a restaurant, send or write something. Documents tell; they do not act, so no passage answers
# it. Not a request to be told ("Can you tell me…", "¿Me puede decir…", "Pouvez-vous résumer…"), nor the
# impersonal "se pueden enviar" ("¿A quién se pueden enviar preguntas…?": to whom one may send them).
_SERVICE = re.compile(
    r"\b(?:can|could|would|will) you\s+(?:please\s+)?(?:register|sign|enrol|enroll|open|connect|put|introduce|"
    r"recommend|book|reserve|send|submit|write|draft|file|pay|call|e-?mail|contact|forward|lend|loan|fund)\b|"
    r"(?<!\bse )\b(?:me|nos)\s+(?:puede[ns]?|podr[ií]a[ns]?)\s+(?:usted(?:es)?\s+)?(?:inscribir|registrar|abrir|"
    r"conectar|poner|recomendar|reservar|enviar|mandar|redactar|escribir|pagar|llamar|contactar|prestar|financiar)\b|"
    r"\b(?:pouvez|pourriez|peux|pourrais)[- ](?:vous|tu)\s+(?:me\s+|nous\s+)?(?:inscrire|enregistrer|ouvrir|mettre|"
    r"recommander|conseiller|réserver|envoyer|rédiger|écrire|déposer|payer|appeler|contacter|prêter|financer)\b",
    re.IGNORECASE)


# A service to a firm asked of the Group, the WTO or its Secretariat: lend it money, give loans or grants, find it
# buyers ("Can the MSME Group lend me the money?", "¿El grupo de la OMC da préstamos a mujeres emprendedoras?", "le
# groupe peut-il me trouver un importateur ?"). The Group discusses access to finance and markets; it lends to and
# finds buyers for no one, and a paragraph on finance or importers is not an answer. The provider is the verb's
# subject, a few words before it ("Which Members told the Group they provide loans?" asks of the Members).
_PROVIDER = (r"\b(?:group|grupo|groupe|wto|omc|secretariat|secretar[ií]a|secr[ée]tariat|you|ustedes|usted|vous)"
             r"(?:\s+(?!(?:they|who|which|that|que|qui|quienes|ils|elles|ellos)\b)[\w'’-]+){0,3}?\s+")
_FIRM_SERVICE = re.compile(
    _PROVIDER + r"(?:(?:lend|loan)\b|prest(?:ar|a|an)(?:me|nos|le|les)?\b[^?¿.]{0,20}?\bdinero\b|"
    r"pr[êe]ter\b[^?¿.]{0,20}?\bargent\b)|"
    + _PROVIDER + r"(?:give|gives|provide|provides|grant|grants|offer|offers|da|dan|dar|otorga[nr]?|concede[nr]?|"
    r"donne|donnent|accorde|accordent|offre|offrent|fournit|fournissent)\b[^?¿.]{0,30}?"
    r"\b(?:loans?|money|credits?|microcredits?|grants?|funding|pr[ée]stamos?|microcr[ée]dits?|cr[ée]ditos?|dinero|"
    r"subvenci[oó]n(?:es)?|subsidios?|subsid(?:y|ies)|pr[êe]ts?|argent|subventions?)\b",
    re.IGNORECASE)
# ... or to find the asker buyers: "find me an importer", "me trouver un importateur", "conseguirme compradores" (the
# Spanish verb carries its object)
_FIND_BUYERS = re.compile(
    _PROVIDER + r"(?:find|get|trouver|(?:encontrar|conseguir|buscar)(?P<clitic>me|nos)?)\w*\b[^?¿.]{0,30}?"
    r"\b(?:importers?|buyers?|customers?|distributors?|importador(?:es)?|compradores?|clientes?|distribuidor(?:es)?|"
    r"importateurs?|acheteurs?|clients?|distributeurs?)\b",
    re.IGNORECASE)
_FOR_ME = re.compile(r"\b(?:me|us|my|our|mi|mis|nos|moi|nous|mon|ma|mes)\b", re.IGNORECASE)


def asks_service(question: str) -> bool:
    """Whether the question asks the helpdesk to do something for the asker rather than to tell something, or
    asks the Group to lend, fund or find buyers for a firm."""
    return bool(_SERVICE.search(question) or _FIRM_SERVICE.search(question)
                or ((m := _FIND_BUYERS.search(question)) is not None and bool(m["clitic"] or _FOR_ME.search(question))))


# The ordinals a question may number an event by ("the fifth annual meeting", "la 8.ª Revisión Global", "la sixième
# édition"), and the events numbered so in these documents, each in the three languages: a competition's editions,
# the Network's annual meetings, the Global Reviews of Aid for Trade, the Joint Solutions Labs, the Spotlights,
# workshops, the Group's formal meetings.
_ORDINALS = {1: "first|1st|primer[oa]?|premi[eè]re?|1er|1re", 2: "second|2nd|segund[oa]|deuxième|seconde?|2e|2ème",
             3: "third|3rd|tercer[oa]?|troisième|3e|3ème", 4: "fourth|4th|cuart[oa]|quatrième|4e|4ème",
             5: "fifth|5th|quint[oa]|cinquième|5e|5ème", 6: "sixth|6th|sext[oa]|sixième|6e|6ème",
             7: "seventh|7th|s[ée]ptim[oa]|septième|7e|7ème", 8: "eighth|8th|octav[oa]|huitième|8e|8ème",
             9: "ninth|9th|noven[oa]|neuvième|9e|9ème", 10: "tenth|10th|d[ée]cim[oa]|dixième|10e|10ème"}
_EVENTS = {"edition": r"editions?|edici[oó]n(?:es)?|[ée]ditions?",
           "annual meeting": r"annual meetings?|reuni[oó]n(?:es)? anual(?:es)?|r[ée]unions? annuelles?",
           "global review": r"global review|revisi[oó]n global|examen global",
           "lab": r"joint solutions labs?", "spotlight": r"spotlights?",
           "workshop": r"workshops?|talleres|taller|ateliers?",
           # "the third formal meeting of 2069", "la tercera reunión formal": a notice numbers its meeting so
           "formal meeting": r"formal meetings?|reuni[oó]n(?:es)? formal(?:es)?|r[ée]unions? formelles?"}
_ORDINAL_EVENT = {(n, event): re.compile(rf"(?<!\w)(?:{words}|{n}\.?\s?[ºªoa])(?!\w)\W{{1,3}}(?:[\w'’\"“”-]+\W+){{0,2}}?"
                                         rf"(?:{nouns})\b", re.IGNORECASE)
                  for n, words in _ORDINALS.items() for event, nouns in _EVENTS.items()}


def ordinals_asked(asked: str) -> tuple[tuple[int, str], ...]:
    """The events the question names by their number ("When will the fifth annual meeting be held?": the fifth
    annual meeting), as (number, kind of event)."""
    return tuple(key for key, pattern in _ORDINAL_EVENT.items() if pattern.search(asked))


def tells_ordinal(event: tuple[int, str], texts: tuple[str, ...]) -> bool:
    """Whether a text numbers the event as the question does ("The 3rd "MSME Spotlight" featured …" tells the third
    Spotlight, not the third edition of the competition)."""
    return any(_ORDINAL_EVENT[event].search(text) for text in texts)


# A second question joined to the first: by "and" and an interrogative word ("When was it held, and what was discussed
# there?", "¿Cuántos … y de qué países?", "Combien de fois …, et quelle part … ?"), or asked after the first's "?".
# Not a bare "que" ("y que", "et que" join clauses: "and that"), which asks nothing
_INTERROGATIVE = (r"when|where|who|whom|whose|what|which|how|why|(?:on|in|at|from|to|by|for|with)\s+(?:what|which|whom)|"
                  r"cu[aá]ndo|d[oó]nde|qui[eé]n(?:es)?|qu[eé]\b(?<!que\b)|cu[aá]l(?:es)?|c[oó]mo|cu[aá]nt[oa]s?|"
                  r"(?:por|en|de|con|a|para)\s+(?:qu[eé]|qui[eé]n(?:es)?)\b(?<!que\b)|quand|o[uù]\b|qui\b|quel(?:le)?s?|"
                  r"comment|combien|pourquoi|(?:de|à|a|par|avec|dans|pour|lors\s+de|sur)\s+(?:quoi|qui|quel(?:le)?s?)\b")
_SECOND_QUESTION = re.compile(rf"(?:[,;]?\s+(?:and|y|e|et)\s+|\?\s*¿?)(?=(?:{_INTERROGATIVE})\b)", re.IGNORECASE)


def clauses_asked(asked: str) -> tuple[str, ...]:
    """The questions asked in one: ("When was it held", "what was discussed there") for "When was it held, and what was
    discussed there?"; the question alone when it asks one thing."""
    return tuple(part for part in (p.strip(" ,;¿?¡") for p in _SECOND_QUESTION.split(asked)) if part)
