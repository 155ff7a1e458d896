"""What kind of answer a question asks for, and whether a sentence holds one.

`who` wants a person, a Member or an organisation; `when` a date; `count` a number (for a sum
of money or a rate, a currency figure or a percentage); `list` several items; `fact` anything
else (what, why, how). Questions come in English, Spanish or French; the documents quoted are
English, so the detectors read English text.
"""

from __future__ import annotations

import functools
import re

from bot.agenda import list_opening
from bot.glossary import english_words, fold, glossary_table, plain_english
from bot.language import detect_language, function_words
from index.lexical import tokenize
from ingest.dates import ANY_MONTH_PATTERN, DAY_OF_MONTH, MONTH_NAMES, MONTHS, YEARS, asked_months, dates_in, years_in
from ingest.symbols import find_symbols

KINDS = ("who", "when", "count", "list", "fact")

# Nouns that name an agent: "which Member", "qué organización", "quelle entreprise".
_AGENT = (r"member|members|country|countries|economy|economies|organi[sz]ations?|company|companies|delegations?|"
          r"ambassadors?|persons?|people|firms?|speakers?|agency|agencies|institutions?|partners?|coordinators?|groups?|"
          r"winners?|businesses|business|miembros?|país|países|organizaciones|organización|empresas?|personas?|"
          r"delegaci[oó]n|delegaciones|embajador(?:es)?|instituci[oó]n|instituciones|socios?|ganador(?:es)?|"
          r"membres?|pays|organisations?|entreprises?|personnes?|délégations?|ambassadeurs?|partenaires?|lauréats?|"
          r"gagnants?|économies?|economías?")
_LIST_NOUN = (r"proposals|topics|items|issues|areas|recommendations|declarations|initiatives|programmes|programs|"
              r"activities|events|meetings|documents|tools|databases|guides|compendia|priorities|deliverables|"
              r"steps|actions|measures|themes|questions|propuestas|temas|recomendaciones|iniciativas|actividades|"
              r"reuniones|herramientas|prioridades|medidas|propositions|thèmes|sujets|recommandations|activités|"
              r"réunions|outils|priorités|mesures|points|"
              # what a proposal or a report enumerates (session 47): "quels critères", "qué requisitos", "which lessons"
              r"criteria|conditions|requirements|elements|commitments|challenges|barriers|obstacles|lessons|options|"
              r"benefits|sectors|criterios|condiciones|requisitos|elementos|compromisos|desafíos|retos|barreras|"
              r"obstáculos|lecciones|opciones|beneficios|sectores|critères|exigences|éléments|engagements|défis|"
              r"leçons|avantages|secteurs|pistes")
# "¿Cuántos…?", "¿cuanto cuesta?", not "en cuanto a su alta dirección" (as regards), "por cuanto" (since), "cuanto antes"
_CUANTO = r"\bcu[aá]nt[oa]s?\b(?<!\ben cuanto)(?<!\bpor cuanto)(?!\s+antes\b)"
_COUNT_WORDS = "two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|deux|trois|quatre|cinq"
_YES_NO = r"(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|may|might)\b"
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("count", re.compile(r"\bhow (?:many|much)\b|\bwhat (?:is|was|were) the (?:number|total|share|amount|percentage)\b|"
                         rf"{_CUANTO}|\bcombien\b|\bqu[eé] (?:n[uú]mero|cantidad)\b|\bquel (?:nombre|montant)\b|"
                         # a share asked, whatever a relative clause asks after it ("quelle part des entreprises ne
                         # savait pas à qui s'adresser ?")
                         r"\bwhat (?:share|proportion|percentage) of\b|\bqu[eé] (?:porcentaje|proporci[oó]n) de\b|"
                         r"\bquel(?:le)? (?:part|proportion|pourcentage) d",
                         re.IGNORECASE)),
    ("when", re.compile(r"^\W*when\b|\bwhen (?:was|were|did|does|do|is|will|has|had)\b|\b(?:what|which) (?:exact |precise |specific )?(?:dates?|days?|months?|years?|time)\b|"
                        r"\bin what year\b|\bsince when\b|"
                        # "Over what period …?", "¿Qué período cubre …?", "Sur quelle période … ?": a span of dates
                        r"\b(?:what|which) (?:period|timeline)s?\b|\bqu[eé] per[ií]odos?\b|"
                        r"\bquelles? p[ée]riodes?\b|\bon what dates?\b|\bcu[aá]ndo\b|\bqu[eé] (?:fechas?|años?|mes(?:es)?|d[ií]as?|hora)\b|"
                        r"\bquand\b|\ben quelle (?:année|date)\b|\bà quelles? (?:dates?|heure)\b|\bquel(?:le)?s? (?:jours?|mois|dates?)\b|"
                        # "Which meeting is summarized in R/45?": a meeting is named by its day
                        r"^\W*(?:at |in |during |since |from |after |before |until )?(?:which|what) meeting\b(?! room)|"
                        r"^\W*(?:en |de |desde |hasta )?qu[eé] reuni[oó]n\b|"
                        r"^\W*(?:lors de |à |de |depuis )?quelle réunion\b|"
                        r"^\W*(?:which|what) (?:was|is) the (?:\w+ )?meeting\b|"
                        r"\bcu[aá]l (?:fue|es) la (?:\w+ )?reuni[oó]n\b|\bquelle (?:a été|est|fut) la (?:\w+ )?réunion\b",
                        re.IGNORECASE)),
    ("list", re.compile(rf"\b(?:which|what) (?:are|were) the\b|\blist\b|\bname the\b|\benumerate\b|"
                        # "Quelles étaient les six organisations … ?" asks as "What were the …?" does
                        rf"\bquel(?:le)?s (?:sont|étaient|furent|seront|ont été) (?:les|leurs?|ses)\b|"
                        rf"\b(?:which|what|the) (?:{_COUNT_WORDS}) \w+s\b|"
                        # "what practical tools", not "what proportion of businesses" (a share of them, not a list)
                        # nor "what did members share"
                        rf"\b(?:which|what) (?:(?!of\b|de\b|{_YES_NO})\w+ ){{0,2}}"
                        rf"(?:{_LIST_NOUN}|{_AGENT.replace('member|', '')})\b(?<=[^s]s)|"
                        # an adjective may come first: "quels nouveaux Membres", "qué nuevos miembros"
                        # not "por qué" ("¿Por qué tantas empresas se salieron …?" asks why)
                        rf"\bcu[aá]les\b|(?<!por )\bqu[eé] (?:\w+ )?(?:{_LIST_NOUN})\b|"
                        rf"\bquel(?:le)?s (?:\w+ )?(?:{_LIST_NOUN}|{_AGENT})\b|"
                        rf"(?<!por )\bqu[eé] (?:\w+ )?(?:pa[ií]ses|miembros|organizaciones|empresas|personas|delegaciones)\b",
                        re.IGNORECASE)),
    # "who" asks ("What is the name of the ambassador who became Coordinator?"), except as a relative in
    # a question that asks something else: yes or no ("Is there any training for women who run small
    # businesses?"), how, why, or what someone did ("What did the delegates who met in July decide?"),
    # unless a verb of knowing or telling puts it ("Do you know who chaired …?"); "quién" asks, "quien" relates
    ("who", re.compile(rf"^\W*who\b|^(?!\W*(?:{_YES_NO}|how|why|what (?:did|does|do|was|were|will|has|have|had|"
                       rf"can|could|should|would)\b)).*\bwho(?:m|se)?\b|\b(?:know|tell (?:me|us)|say|ask|wonder|"
                       rf"find out)\s+who(?:m|se)?\b|"
                       rf"\b(?:which (?:\w+ ){{0,2}}|what )(?:{_AGENT})\b|\bquién(?:es)?\b|^\W*quien(?:es)?\b|"
                       rf"\bqu[eé] (?:{_AGENT})\b|^\W*qui\b|\bquel(?:le)?s? (?:{_AGENT})\b|\bpar qui\b|\bà qui\b|"
                       # after what sets the scene: "D'après le rapport INF/MSME/R/42, qui a coordonné le groupe ?"
                       # (not a relative clause of a passive: "Le rapport, qui a été adopté en 2020, …")
                       r"[,:]\s*qui\s+(?!(?:a|ont|avait|avaient)\s+été\b)"
                       r"(?:a|ont|avait|avaient|est|était|sont|étaient|sera|seront|va|vont|fut)\s",
                       re.IGNORECASE)),
]

# A question opening with "where" asks a place or a source, whatever it goes on to name.
_WHERE = re.compile(r"^\W*(?:where|d[oó]nde|en d[oó]nde|o[ùú])\b", re.IGNORECASE)
_AND_WHEN = re.compile(r"\b(?:and|y|et) (?:when|cu[aá]ndo|quand)\b", re.IGNORECASE)

# What is on an agenda is its items ("What's on the agenda for...?", "l'ordre du jour de la réunion").
_AGENDA = re.compile(r"\b(?:on|in) the agenda\b|\bagenda (?:for|of)\b|\bordre du jour\b|\borden del d[ií]a\b",
                     re.IGNORECASE)

# What names a sum of money or a rate: the answer to a question asking for one is a figure in a
# currency or a percentage ("What is the annual budget?", "¿Qué tipo de interés cobra...?").
_AMOUNT_NOUN = (r"budgets?|prices?|fees?|tariffs?|dut(?:y|ies)(?!-)|interest rates?|rates?|sum|amount|financing gap|"
                # a limit in money: "What de minimis threshold does Mexico apply?", "¿qué tope…?", "quel plafond…?"
                r"thresholds?|ceilings?|umbral(?:es)?|topes?|seuils?|plafonds?|"
                r"presupuestos?|precios?|tarifas?|arancel(?:es)?|tipos? de inter[eé]s|tasas?|montos?|sumas?|"
                r"brecha de financiaci[oó]n|sommes?|montants?|taux|tarifs?|droits? de douane|d[ée]ficit de financement|"
                # a share asked: "What share of small firms use IP?", "¿Qué porcentaje…?", "Quelle part des…?"
                # (Spanish and French were left out in session 30, two dev questions losing their quote; on dev
                # 3532, session 47: four answered from a higher paragraph, four near misses refused, two lost a
                # quote, two refused)
                r"percentages?|proportions?|share(?= of)|porcentajes?|proporci[oó]n|pourcentages?|"
                r"part(?= des?\b| d['’])|"
                # or what the share is of told after it: "quelle part est dirigée par des femmes ?", "what share are"
                r"(?<=quelle )part(?= (?:est|sont|était|étaient|représente|représentaient|a|ont)\b)|"
                r"(?<=what )share(?= (?:is|are|was|were)\b)")
# ... when it follows the asking word closely: "what is the import tariff on...", not "what did the Group say about tariffs".
# "que" unaccented asks only where a question starts ("¿que presupuesto…?"): in "¿Es verdad que hay gente pidiendo
# dinero…?" it says "that"
# Money or funding is a sum only after "how much" ("How much money did Japan pledge?"): "What kinds of money help…?",
# "grâce à quel financement…?", "Quel programme de financement…?" ask what it is or where it came from
_FUNDS_NOUN = r"money|funding|dinero|financiaci[oó]n|financiamiento|argent|financement"
_ASKS_AMOUNT = re.compile(rf"(?:\b(?:what|which|how much|cu[aá]l|qué|{_CUANTO}|quel(?:le)?s?|combien)|"
                          rf"(?:^|¿)\s*que)\b(?:[\s'’]+[\w-]+){{0,4}}?[\s'’]+(?P<noun>{_AMOUNT_NOUN})\b|"
                          rf"\b(?:how much|cu[aá]nt[oa]|combien)\b(?:[\s'’]+[\w-]+){{0,3}}?[\s'’]+(?:{_FUNDS_NOUN})\b",
                          re.IGNORECASE)


# "How much does it cost", "¿cuánto cuesta?", "combien a-t-elle payé ?": a price or a payment.
# Each language's verbs after its own "how much": French "pays" is a country ("combien de membres … leur
# page pays"), not "pays".
# The verb within a few words of its "how much": "…combien d'intervenants…, et le Secrétariat devait payer le voyage de
# combien d'entre eux ?" counts speakers and asks no price
_NEAR = r"(?:[\s'’-]+[\w'’]+){0,5}?[\s'’-]+"
_ASKS_PRICE = re.compile(rf"\bhow much\b{_NEAR}(?:cost|costs|costed|pay|pays|paid|spend|spent|charge|charges|charged)\b|"
                         # "What does Sri Lanka charge for an e-CO?", "¿Qué cobra Georgia…?", "Que coûte un certificat ?"
                         # (not "What does the Group charge the Secretariat with?")
                         # "If I send a fourth question, what will I be charged?": after the clause that sets its scene
                         rf"(?:^|,)\W*what (?:does|do|did|will|would)\b{_NEAR}(?:cost|charged?)\b(?![^?]*\bwith\b)|"
                         # where the question starts: not "los aranceles que cobra la UE", "¿por qué cuesta tanto …?"
                         r"(?:^|¿)\W*qu[eé]\s+(?:cuesta|cuestan|cobra|cobran|cost[oó])\b|(?:^|¿)\W*que\s+co[uû]te(?:nt)?\b|"
                         rf"\bcu[aá]nto\b{_NEAR}(?:cuestan?|cost[oó]|pag[aoó]|pagan|pagar|gast[aoó]|cobra|cobran|"
                         # the future and the conditional: "¿cuánto le costaría?", "combien coûterait-il ?"
                         r"costar[áa]n?|costar[íi]an?|costaba|pagar[áa]n?|pagar[íi]an?|cobrar[áa]n?|cobrar[íi]an?)\b|"
                         rf"\bcombien\b{_NEAR}(?:co[uû]tes?|co[uû]tent|co[uû]t[eé]|(?!pays\b)pay[eé]e?s?|payer|paie|"
                         r"payent|paient|dépens[eé]e?|co[uû]ter(?:a|ai|ait|aient|ont)|pai(?:er)?(?:a|ai|ait|aient|ons|ez|ont)|"
                         r"payer(?:a|ai|ait|aient|ont))\b", re.IGNORECASE)


_HOW_MUCH = re.compile(rf"\bhow much\b|{_CUANTO}(?<!s)", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def asks_amount(question: str) -> bool:
    """Whether the question asks for a sum of money or a rate, whose answer is a currency figure or a percentage.
    Cached: `answers` asks it for every candidate passage and sentence of one question."""
    return bool(_ASKS_AMOUNT.search(question) or _ASKS_PRICE.search(question))


def amount_asked(question: str) -> str | None:
    """The noun naming the sum or rate a question asks for ("duty" in "What import duty does the EU charge…?",
    "droits de douane"), None when it asks none or asks "how much money"."""
    m = _ASKS_AMOUNT.search(question)
    return m["noun"] if m else None


COUNTRIES = frozenset(
    "Afghanistan Albania Argentina Armenia Australia Austria Bahrain Bangladesh Barbados Belize Benin Bolivia Botswana "
    "Brazil Brunei Burundi Cambodia Cameroon Canada Chad Chile China Colombia Comoros Congo Ecuador Egypt Eswatini "
    "Ethiopia Fiji France Gabon Gambia Georgia Germany Ghana Grenada Guatemala Guinea Guyana Haiti Honduras Hungary "
    "Iceland India Indonesia Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kuwait Laos Lesotho Liberia "
    "Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova Mongolia Montenegro Morocco "
    "Mozambique Myanmar Namibia Nepal Nicaragua Niger Nigeria Norway Oman Pakistan Panama Paraguay Peru Philippines "
    "Qatar Romania Russia Rwanda Samoa Senegal Seychelles Singapore Switzerland Tajikistan Tanzania Thailand Togo "
    "Tonga Tunisia Türkiye Turkey Uganda Ukraine Uruguay Vanuatu Venezuela Vietnam Zambia Zimbabwe EU "
    "Spain Sweden Denmark Netherlands Poland Ireland Greece Finland Portugal Belgium Luxembourg Estonia Latvia "
    "Lithuania Slovenia Slovakia Croatia Bulgaria Cyprus Czechia Lebanon Sudan Yemen Iraq Cuba Djibouti".split()
)

# Members whose names are several words, as the documents print them, for the list items a question
# naming one quotes (the name rule keeps to names of one word: the documents also say "the UK"; the
# European Union is left out, as "EU" is: they also say "the EU market").
MEMBERS_OF_SEVERAL_WORDS = (
    "United Kingdom", "United States", "Russian Federation", "El Salvador", "Costa Rica", "South Africa",
    "New Zealand", "Saudi Arabia", "Sri Lanka", "Dominican Republic", "Viet Nam", "Cabo Verde", "Saint Lucia",
    "Sierra Leone", "Burkina Faso", "Papua New Guinea", "Trinidad and Tobago", "Antigua and Barbuda",
    "Hong Kong, China", "Republic of Korea", "North Macedonia", "Solomon Islands", "Central African Republic",
    "United Arab Emirates", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Timor-Leste",
)
# The words of every Member's name: "Sri" and "Lanka" are no person's
MEMBER_WORDS = frozenset(w for name in (*COUNTRIES, *MEMBERS_OF_SEVERAL_WORDS) for w in name.replace(",", "").split())


# Questions that ask for a datum of one form, which no other sentence of the right kind gives: a
# meeting's date is not its start time, its deadline or its room. Each form: (what asks for it,
# what gives it).
_MONTHS = "|".join(MONTHS)  # the deadline pattern ignores case
_FOREIGN_MONTHS = "|".join(m for m in MONTH_NAMES if m not in MONTHS)  # "mai", "mayo", "décembre", "decembre"
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"  # "by Friday, 13 February 2026"
# "au plus tard le mercredi 26 juin 2058", "a más tardar el jueves 4 de julio"
_FOREIGN_WEEKDAYS = ("lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
                     "lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo")
_COUNTRY = "|".join(sorted(COUNTRIES))  # a Member's name: "Nur-Sultan, Kazakhstan" is a city and its country


# "How could the tools be made better known?", "¿De qué manera…?", "Par quels moyens… ?": a means asked, which a
# sentence gives with "through", "by means of", "by <doing>" ("This could be achieved through information sessions
# …"), not a figure ("how many", "how long") nor a name ("¿cómo se llama…?")
_ASKS_MEANS = re.compile(r"(?:^|[.?!¿:]\s*)(?:how|c[oó]mo|comment)\b(?!\s+(?:many|much|long|often|frequently|quickly|"
                         r"fast|far|old|big|large|soon|se llama|se titula(?:ba)?|se denomina(?:ba)?|s['’]appel+e|"
                         r"s['’]intitul\w*)\b)|\b(?:by|through) what means\b|\bin what ways?\b|"
                         r"\bde qu[eé] (?:manera|forma|modo)\b|\bpor qu[eé] (?:medios?|v[ií]as?)\b|\bpar quels? moyens?\b|"
                         r"\bde quelle (?:manière|façon)\b", re.IGNORECASE)
_GIVES_MEANS = re.compile(r"\b(?:through|by means of|by (?!the\b|a\b|an\b)\w+ing|via|with the (?:help|support) of|using|"
                          r"mediante|a trav[eé]s de|por medio de|gracias a|grâce à|au moyen de|par le biais de|à travers|"
                          r"en \w+ant)\b", re.IGNORECASE)


def asks_means(question: str) -> bool:
    """Whether the question asks how a thing is or could be done."""
    return bool(_ASKS_MEANS.search(question))


def gives_means(sentence: str) -> bool:
    """Whether the sentence says by what means ("through information sessions", "by simplifying procedures")."""
    return bool(_GIVES_MEANS.search(sentence))


# "Why did so many firms leave the pilot?", "¿Por qué …?", "Pourquoi … ?": a reason asked, which a sentence gives with
# "because", "owing to", "porque", "debido a", "parce que", "en raison de", "car"…
_ASKS_CAUSE = re.compile(r"\bwhy\b|\bfor what reasons?\b|\bpor qu[eé](?!\s+(?:medios?|v[ií]as?)\b)|\bpourquoi\b|"
                         r"\bpour quelles? raisons?\b", re.IGNORECASE)
# what a thing is for: "¿Para qué sirven las guías…?", "À quoi sert…?", "What is the compendium for?"
_ASKS_PURPOSE = re.compile(r"\bwhat (?:is|are|was|were) (?:\w+\s+){1,6}?for\s*\?|"
                           r"\bwhat (?:is|was|are) (?:the|its|their) (?:aim|purpose|goal|objective)s?\b|\bfor what purpose\b|"
                           r"\bpara qu[eé] (?:sirven?|serv[ií]a|se (?:cre[oó]|usa|utiliza)|es|son)\b|"
                           r"\bcon qu[eé] (?:fin|objetivo|prop[oó]sito)\b|"
                           r"\bcu[aá]l es (?:el|la|su) (?:objetivo|finalidad|prop[oó]sito)\b|"
                           r"\bà quoi (?:sert|servent|servira|servait)\b|\bdans quel but\b|"
                           r"\bquel(?:le)? (?:est|était) (?:le but|l['’]objectif|la finalité)\b", re.IGNORECASE)
# a cause: "… because …", "Como la cooperativa no había registrado su marca, …" (a Spanish sentence opening on "Como"
# gives its cause)
_GIVES_CAUSE = re.compile(r"\b(?:because|owing to|due to|as a result of|on account of|given that|in order to|so that|"
                          r"porque|debido a|a causa de|por falta de|dado que|ya que|puesto que|para que|"
                          r"parce que|en raison de|à cause de|faute de|car|puisque|étant donné|afin de|pour que)\b|"
                          r"^\W*Como\b", re.IGNORECASE)
# a purpose beyond those the cause words hold ("in order to", "para que", "afin de"): "These legislative guides aim
# at reducing legal obstacles", "tiene por objeto", "visent à"; not a cause ("the TLIP, which aims to digitalize …"
# does not say why it stalled)
_GIVES_PURPOSE = re.compile(r"\b(?:aim(?:s|ed)? (?:at|to)|intended to|designed to|with a view to|so as to|"
                            r"con (?:el )?(?:fin|objeto|objetivo) de|a fin de|tienen? (?:por objeto|como objetivo)|"
                            r"vis(?:e|ent|ait|aient) à|dans le but de|ont? pour (?:but|objet|objectif))\b", re.IGNORECASE)


def asks_reason(question: str) -> bool:
    """Whether the question asks why, or what a thing is for."""
    return bool(_ASKS_CAUSE.search(question) or _ASKS_PURPOSE.search(question))


def gives_reason(sentence: str, question: str) -> bool:
    """Whether the sentence says why ("… because they had no stable Internet connection", "porque no disponían …"),
    or, for a question on what a thing is for, its purpose ("These guides aim at reducing legal obstacles")."""
    return bool(_GIVES_CAUSE.search(sentence)
                or _ASKS_PURPOSE.search(question) and _GIVES_PURPOSE.search(sentence))


def named_as_language(tongue: str) -> str:
    """A pattern for a language of the alternation `tongue` named as a language: listed with another ("French and
    Spanish"), before a word that makes it one ("Arabic version", "French-speaking"), or "in" it."""
    return (rf"\b{tongue}(?:(?:,\s*|,?\s+(?:and|or)\s+){tongue})+\b|"
            rf"\b{tongue}(?=[\s-]+(?:translations?|versions?|languages?|speakers?|speaking|subtitles)\b)|"
            rf"(?<=\bin ){tongue}\b")


TONGUE = (r"(?:English|French|Spanish|Arabic|Chinese|Mandarin|Cantonese|Russian|Portuguese|Bahasa|Indonesian|Malay|"
           r"Hindi|Bengali|Urdu|Swahili|Amharic|Hausa|German|Italian|Dutch|Japanese|Korean|Vietnamese|Thai|Turkish|"
           r"Persian|Tagalog|Khmer|Lao|Nepali|Ukrainian|Polish)")
# A language named as a language ("in Arabic", "French and Spanish translations"); not "the Russian Federation",
# "Thai exporters"
TONGUE_NAMED = re.compile(named_as_language(TONGUE))
_FORMS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # "What time does the meeting start?", "¿A qué hora…?", "À quelle heure… ?", "¿En qué horario…?": a time of day
    "clock": (re.compile(r"\b(?:what|which) time\b(?!\s+(?:frame|period|span|scale|line)s?\b)|\bqu[eé] hora\b|"
                         # "¿en qué horario es?", "à quel horaire ?": the hours
                         r"\bquelle heure\b|\bhorarios?\b|\bhoraires?\b|\bwhat hours\b", re.IGNORECASE),
              re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|hrs?\b|horas?\b|heures?\b)|"
                         r"\b\d{1,2}:\d{2}\b|"
                         r"\b(?:noon|midday)\b", re.IGNORECASE)),
    # "What is the deadline to apply?", "¿Hasta qué fecha…?", "Quelle est la date limite… ?": a date given
    # as a limit ("until 30 April 2024", "the deadline of 30 June"), not a launch or meeting date
    "deadline": (re.compile(r"\bdeadlines?\b|\bclosing date\b|\b(?:until|by) when\b|\blast day (?:to|for)\b|\bdue date\b|"
                            r"\b(?:by|before|until|till) (?:what|which) (?:date|day)\b|\bantes de (?:qu[eé]|cu[aá]l) (?:fecha|d[ií]a)\b|"
                            r"\bavant (?:quelle date|quel jour)\b|"
                            r"\bplazo (?:para|de (?:presentaci[oó]n|inscripci[oó]n|solicitud|entrega))\b|\bfecha l[ií]mite\b|"
                            r"\bhasta (?:qu[eé] (?:fecha|d[ií]a)|cu[aá]ndo)\b|\bdate limite\b|"
                            r"\bdélai (?:pour|de (?:dépôt|soumission|candidature|inscription))\b|"
                            r"\bjusqu[’']?(?:à|a) (?:quand|quelle date)\b", re.IGNORECASE),
                 re.compile(rf"\b(?:until|till|through|by|before|no later than|deadlines?|clos(?:e|es|ed|ing)|due)\s+"
                            rf"(?:(?:the|on|of|is|was|date|for|{_WEEKDAYS}),?\s+){{0,3}}"
                            rf"(?:\d{{1,2}}\s+(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}}\b|"
                            rf"(?:(?:end|mid)-?\s?(?:year\s+)?)?(?:19|20)\d\d\b)|"  # "through mid-year 2024"
                            # a window's last day: "open from 6 March to 28 April 2023"
                            rf"\bfrom\s+\d{{1,2}}\s+(?:{_MONTHS})(?:\s+(?:19|20)\d\d)?\s+(?:to|until|till|through)\s+"
                            rf"\d{{1,2}}\s+(?:{_MONTHS})|"
                            # as Spanish and French write it: "au plus tard le 16 mai 2025", "a más tardar el 16 de
                            # mayo", "d'ici au 31 octobre 2026"
                            rf"\b(?:au plus tard|avant|jusqu[’']?au|d[’']ici(?:\s+au)?|a m[aá]s tardar|antes del?|"
                            rf"hasta el)\s+(?:le\s+|el\s+)?(?:(?:{_FOREIGN_WEEKDAYS})\s+)?"
                            rf"\d{{1,2}}(?:er)?\s+(?:de\s+)?(?:{_FOREIGN_MONTHS})\b|"
                            # a limit given as a length of time: "allowing at least 60 days for comments"
                            r"\b(?:at least|within|no (?:less|fewer) than|a minimum of)\s+\d{1,3}\s+(?:working\s+|calendar\s+)?"
                            r"(?:days|weeks|months)\b",
                            re.IGNORECASE)),
    # "On what date did Mauritius join?", "¿En qué fecha…?", "À quelle date… ?": a day (or at least a month), which
    # "during 2024" does not give
    "day": (re.compile(r"\b(?:what|which)\s+(?:exact\s+)?(?:date|day)\b|\bqu[eé]\s+(?:fecha|d[ií]a)\b|"
                       r"\bquel(?:le)?\s+(?:date|jour)\b", re.IGNORECASE),
            re.compile(rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:de\s+)?(?:{_MONTHS}|{_FOREIGN_MONTHS})\b|"
                       rf"\b(?:{_MONTHS}|{_FOREIGN_MONTHS})\s+(?:\d{{1,2}}\b|(?:de\s+)?(?:19|20)\d\d\b)|"
                       rf"\b(?:{_WEEKDAYS}|lunes|martes|mi[eé]rcoles|jueves|viernes|lundi|mardi|mercredi|jeudi|"
                       rf"vendredi)\b", re.IGNORECASE)),
    # "On what exact day in July 2024…?", "¿Qué día de noviembre…?", "Quel jour de mars… ?": the month is given, so
    # only a day of that month answers, not "in July 2024" nor "on 27 June" (`_gives`)
    "day_of_month": (re.compile(rf"\b(?:what|which)\s+(?:exact\s+)?(?:date|day)\s+(?:in|of|during)\s+({_MONTHS})\b|"
                                rf"\bqu[eé]\s+(?:fecha|d[ií]a)\s+(?:exact[oa]\s+)?(?:de|en)\s+({_FOREIGN_MONTHS})\b|"
                                rf"\bquel(?:le)?\s+(?:date|jour)\s+(?:exacte?\s+)?(?:de|en|du mois d['’])\s*"
                                rf"({_FOREIGN_MONTHS})\b", re.IGNORECASE),
                     re.compile(rf"\b\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:de\s+)?({_MONTHS}|{_FOREIGN_MONTHS})\b|"
                                rf"\b({_MONTHS})\s+\d{{1,2}}\b", re.IGNORECASE)),
    # "When is the next meeting?", "¿Cuándo es la próxima reunión?", "Quand aura lieu la prochaine réunion ?":
    # a dated meeting still to come ("The next open-ended meeting ... will be held on 18 October"), not the
    # last one a report tells of, nor "shall meet at least twice a year"
    "upcoming": (re.compile(r"\b(?:next|upcoming|forthcoming)\s+(?:open-ended\s+|group\s+)?(?:meeting|session|event|dialogue|"
                            r"workshop)s?\b|\bpr[oó]xim[oa]s?\s+(?:reuni[oó]n|sesi[oó]n|evento|taller)(?:es)?\b|"
                            r"\bprochaine?s?\s+(?:réunion|séance|session|événement|atelier)s?\b|"
                            # "When will the Group meet next?", "¿Cuándo volverá a reunirse?", "la prochaine fois"
                            r"\bmeet\s+(?:again\s+)?next\b|\bnext\s+meet\b|\bmeet\s+again\b|"
                            r"\bvolver[aá]n?\s+a\s+reunirse\b|\bpr[oó]xima\s+vez\b|\bprochaine\s+fois\b|"
                            r"\bse\s+r[ée]unira(?:-t-il)?\s+(?:à\s+nouveau|de\s+nouveau)\b",
                            re.IGNORECASE),
                 re.compile(rf"(?=.*\b(?:\d{{1,2}}\s+(?:de\s+)?(?:{_MONTHS}|{_FOREIGN_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\b)"
                            r"(?:.*\b(?:will|shall|would)\s+(?:be\s+held|take\s+place|meet|convene)\b|"
                            # a summary reports it: "the Group agreed to meet instead on Tuesday, 9 October 2040"
                            r".*\b(?:agreed|decided)\s+to\s+(?:meet|convene)\b|"
                            r".*\b(?:is|are)\s+(?:scheduled|planned)\b|.*\bnext\s+(?:open-ended\s+)?meeting\b|"
                            r".*\b(?:upcoming|forthcoming)\b|"
                            # a Spanish or French record: "aura lieu le jeudi 22 juin 2062", "se celebrará el 3 de junio"
                            r".*\b(?:aura\s+lieu|se\s+tiendra|se\s+réunira|tendr[aá]\s+lugar|se\s+celebrar[aá]|"
                            r"se\s+reunir[aá]|est[aá]\s+prevista|est\s+prévue)\b|"
                            r".*\b(?:pr[oó]xima\s+reuni[oó]n|prochaine\s+réunion)\b)", re.IGNORECASE | re.DOTALL)),
    # "How long did the meeting of 21 March 2023 last?", "¿A qué hora terminó la reunión…?", "Combien de temps a duré la
    # réunion … ?": when a meeting ended or how long it lasted, which its start time alone ("at 10 a.m.") does not say;
    # an end time ("to 1 p.m.", "closed at 12.50 p.m."), or a length ("a half-day session", "two hours")
    "ending": (re.compile(r"(?=.*\b(?:meeting|session|reuni[oó]n|sesi[oó]n|r[ée]union|s[ée]ance)s?\b)"
                          r"(?:.*\bhow long\b[^?]{0,20}?\b(?:meeting|session)\b[^?]{0,60}?\b(?:last|lasted|run|ran|take|took)\b|"
                          r".*\bhow long was the (?:meeting|session)\b|"
                          r".*\b(?:what|which) time\b.*(?<![\w-])(?:finish|end|close|conclude)\w*|"
                          r".*\bscheduled to (?:finish|end|close)\b|.*\bqu[eé] hora\b.*\b(?:termin|acab|conclu|cerr)\w*|"
                          r".*\bhasta qu[eé] hora\b|.*\bcu[aá]nto (?:tiempo )?dur[oóa]\w*|"
                          r".*\bquelle heure\b.*\b(?:termin|fin|clôtur|achev|lev)\w*|.*\bcombien de temps\b.*\bdur\w*|"
                          r".*\bquelle (?:a été la |était la |est la )?durée\b)", re.IGNORECASE | re.DOTALL),
               # not "à 10 heures", "at 10 a.m. and 3 p.m.": when a session starts
               re.compile(r"(?:\b(?:to|until|till|hasta|jusqu['’]à)|-|–)\s*\d{1,2}(?:[:.]\d{2})?\s?"
                          r"(?:a\.m\.|p\.m\.|am\b|pm\b|h\b|heures?\b|horas?\b)|"
                          r"\b(?:de|from|desde)\s+\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|h|heures?|horas?)?\s+(?:à|a)\s+\d|"
                          r"\b(?:closed|ended|finished|concluded|adjourned|termin\w*|clôtur\w*|lev[ée]e?|cerr\w*)\b"
                          r"[^.]{0,40}?\b\d{1,2}(?:[:.]\d{2})?\s?(?:a\.m\.|p\.m\.|h\b)|"
                          r"\b(?:lasted|dur[oó]|a dur[ée]|duraron|durant)\b|\b(?:half|full|one|two|three|\d)[- ]day\b|"
                          r"\b(?:\d+(?:\.\d)?|one|two|three|four|five|six)\s+hours?\b|\b(?:durante|pendant)\s+\w+\s+(?:horas|heures)\b|"
                          r"\b(?:one|two|three|four|\d+)-hours?\b|\bmedia jornada\b|\bdemi-journ[ée]e\b",
                          re.IGNORECASE)),
    # "Where will MC14 take place?", "¿Dónde y cuándo se celebra…?", "Quand et où a eu lieu… ?": a place named
    # after "in" or "at" ("held in Yaoundé", "in Room S2"), not a month; a paragraph on MC14's preparations
    # names none. Only "where" that asks: "the paperwork that proves where my goods come from" does not.
    # Not where to read or find a text ("Where can I read the summary …?", "¿Dónde puedo consultar …?"): a document
    # or a website answers that
    "place": (re.compile(r"^\W*(?:(?:when|cu[aá]ndo|quand)\s+(?:and|y|et)\s+)?(?:where|d[oó]nde|ad[oó]nde|où)\b"
                         r"(?!\s+(?:(?:can|could|do|should|may|would)\s+(?:i|we|one|you)|(?:puedo|podemos|se\s+puede|"
                         r"pueden|podr[ií]a)|(?:puis-je|peut-on|pourrais-je|pouvons-nous))\s+(?:\w+\s+){0,2}?"
                         r"(?:read|find|see|get|download|consult|access|look|leer|encontrar|ver|consultar|descargar|"
                         r"conseguir|obtener|lire|trouver|voir|consulter|télécharger|obtenir)\b)|"
                         # "Dans quelle ville… ?": a city asked is a place asked; so is a host ("¿Qué país va a ser sede de
                         # la MC15?", "Which country will host MC15?", "Quel pays accueillera la CM15 ?")
                         r"\b(?:which|what) (?:city|town)\b|\bqu[eé] ciudad\b|\bquelle ville\b|"
                         r"\bwill host\b|\bser(?:[aá])? (?:la )?sede\b|\bacoger[aá]\b|\balbergar[aá]\b|\baccueillera\b|"
                         r"\bpays h[oô]te\b",
                         re.IGNORECASE),
              # "in Yaoundé, Cameroon", "à Biratnagar, un centre", "en Ginebra"; not "in Authorized Economic Operator
              # Programs", not a month ("en Mayo")
              re.compile(rf"\b(?:in|at|à|en)\s+(?!(?i:{_MONTHS}|{_FOREIGN_MONTHS}|{_WEEKDAYS})\b)"
                         r"[A-Z][a-zà-ÿ’'-]+(?:\s+[A-Z][a-zà-ÿ’'-]+)?"
                         r"(?=\s*[,.;:)]|\s+[a-z0-9(]|\s*$)|"
                         # "planned for Nur-Sultan, Kazakhstan", not a list of Members ("Canada, Chile and …")
                         rf"\b(?!(?:{_COUNTRY})\b)[A-Z][\w’'-]+,\s+(?:{_COUNTRY})\b|"
                         # "at the WTO", not "at the WTO Public Forum": an event named, not where another was held
                         r"\b(?:Room|[Ss]alle|[Ss]ala)\s+[A-Z0-9]|\bhosted by\b|\bat the WTO\b(?!\s+[A-Z])|"
                         r"\bWTO headquarters\b|"
                         r"\b(?:virtual(?:ly)?|online|hybrid|in person|en ligne|en l[ií]nea|virtuel(?:le)?(?:ment)?|h[ií]brid[oa]|"
                         r"hybride|en pr[ée]sentiel|presencial)\b")),  # "held virtually", "en ligne" say where too
    # "In which room…?", "¿En qué sala…?", "Dans quelle salle… ?": a room's name ("Room E", "CR 1", as French and
    # Spanish write it "dans la salle D", "en la sala W")
    "room": (re.compile(r"\b(?:which|what) (?:meeting )?room\b|\bqu[eé] sala\b|\bquelle salle\b", re.IGNORECASE),
             re.compile(r"\b(?:Room|[Ss]alle|[Ss]ala|CR)\s+[A-Z0-9]")),
    # "Who funded the workshop?", "¿Quién financió el compendio?", "Qui a financé le projet ?": who pays, which a
    # text naming partners or organizers does not say ("developed jointly with the ITC"). "Who", "qui" asking, at
    # the question's start or after a comma or "and", not as a relative pronoun ("les entreprises qui paient …")
    "funder": (re.compile(r"(?:^|[,;:¿]\s*|\b(?:and|y|et)\s+)(?:who|qui[eé]n(?:es)?|quien|qui)\s+"
                          r"(?:(?:is|was|are|were|will|has|have|had)\s+|(?:l['’]|les\s+|la\s+|le\s+|lo\s+|los\s+|las\s+)?"
                          r"(?:a|ont|va|vont)?\s*)?(?:funds?|funded|funding|financ(?:es?|ed|ing|ió|ia|ian|iaron|iará|é|ée|és|"
                          r"ées|ent|era|eront)|pa(?:id|ys?|ying|gó|ga|gan|garon|gará|yé|yée|yés|ie|ient|iera)|"
                          r"sponsor(?:s|ed|ing)?|patrocin(?:ó|a|an|aron)|parrain(?:e|é|ée)|sponsoris(?:e|é|ée)|"
                          r"coste(?:ó|a|aron)|cubr(?:e|en|ió|ieron)|(?:pris|prend|prendra) en charge|bankrolled)\b|"
                          r"\b(?:funded|financed|paid for|sponsored) by whom\b|\bqu[eé] (?:donante|financiador|patrocinador)\b|"
                          r"\bquel (?:bailleur|donateur|sponsor)\b|\bwhich (?:donor|funder|sponsor)\b",
                          re.IGNORECASE | re.MULTILINE),
               # "funded by", "financé par", "con fondos del Canadá", "grâce à la contribution du Canada"; not "access to
               # finance", "a funded place", nor "contributions" to a compendium
               re.compile(r"\b(?:(?:co-?)?(?:funded|financed)\s+(?:\w+\s+)?(?:by|from|through|with|under|out of)|"
                          r"funding (?:from|by|of)|funds? from|financing from|"
                          r"(?:co)?financ(?:é|ée|és|ées)\s+(?:\w+\s+)?(?:par|sur|grâce|avec|à)|"
                          r"(?:co)?financiad[oa]s?\s+(?:\w+\s+)?(?:por|con|a través)|financi[oó]|financement (?:de|du|des|par)|"
                          r"financiaci[oó]n (?:de|del)|financiamiento (?:de|del)|sponsor(?:s|ed|ship)?|patrocin\w*|parrain\w*|"
                          r"donors?|donantes?|bailleurs? de fonds|donaci[oó]n(?:es)?|grants?|subvenci[oó]n(?:es)?|subventions?|"
                          r"(?:financial )?contributions? (?:of|from|by|du|de|del)\s+(?:the\s+|la\s+|l['’]|el\s+)?[A-Z]\w*|"
                          r"contribuci[oó]n(?:es)? (?:de|del)\s+(?:la\s+|el\s+)?[A-Z]\w*|aportaci[oó]n(?:es)? (?:de|del)|"
                          r"fondos (?:de|del|propios)|fonds (?:de|du|propres)|paid (?:by|for)|pays (?:for|the)|"
                          r"pagad[oa]s? (?:por|con)|pagó|pagará|payée?s? par|paie|paient|cover(?:s|ed)? (?:the|by)|"
                          r"cubr(?:e|ir[aá]|ió|en)|cubiert[oa]s? (?:por|con)|(?:pris|prise|prises|prend|prendra) en charge|"
                          r"supported by|with (?:the )?(?:financial )?support of|con (?:el )?apoyo (?:financiero )?de|"
                          r"avec (?:le )?soutien (?:financier )?(?:de|du|des|d['’]\w+)|gr[aâ]ce au soutien|"
                          r"(?:with|through|using)\s+(?:[\w-]+\s+){0,2}(?:funding|financing|funds)|"  # "with UK funding"
                          r"con (?:financiaci[oó]n|financiamiento|fondos)|avec (?:un |le )?financement)(?!\w)", re.IGNORECASE)),
    # "What email address…?", "¿Qué correo electrónico…?", "Quelle adresse électronique… ?"
    "email": (re.compile(r"\be-?mail\b|\bcorreo electr[oó]nico\b|\bcourriel\b|\badresse (?:électronique|e-?mail)\b",
                         re.IGNORECASE),
              re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")),
    # "What is the website of…?", "¿Cuál es la página web…?", "Quel est le site… ?": an address to open
    "web": (re.compile(r"\bweb(?:site)? address\b|\burl\b|\blink to\b|\b(?:what|which) (?:is the )?website\b|"
                       r"\bdirecci[oó]n (?:web|de la p[aá]gina)\b|\bqu[eé] (?:p[aá]gina|sitio) web\b|"
                       r"\badresse (?:du site|web|internet)\b|\bquel (?:est le )?site\b", re.IGNORECASE),
            re.compile(r"https?://|\bwww\.|\b[\w-]+\.(?:org|int|com|net)\b", re.IGNORECASE)),
    # "Under which symbol was the report circulated?", "Which document contains…?", "¿En qué documento…?",
    # "Sous quelle cote… ?": a document symbol ("INF/MSME/R/63", "WT/MIN(24)/9")
    "symbol": (re.compile(r"\b(?:what|which) (?:document )?symbol\b|\bwhich document (?:contains|has|gives|holds|records|"
                          r"summari[sz]es|reports)\b|\bin (?:what|which) document\b|\bsignatura\b|"
                          # "cote", but not "la Cote d'Ivoire" typed without its accent
                          r"\b(?:en )?qu[eé] documento\b|\bcote\b(?!\s*d['’]\s*ivoire)|\b(?:dans )?quel document\b",
                          re.IGNORECASE),
               re.compile(r"\b[A-Z]{1,4}/[A-Z0-9]+(?:\([0-9]{2}\))?(?:/[A-Za-z0-9().-]+)+")),
    # "What is the phone number…?", "¿Cuál es el número de teléfono…?", "Quel numéro de téléphone… ?"
    "phone": (re.compile(r"\b(?:tele)?phone number\b|\bn[uú]mero de tel[eé]fono\b|\bnuméro de téléphone\b",
                         re.IGNORECASE),
              re.compile(r"\+\d[\d\s().-]{6,}\d|\b\d{2,4}[\s.-]\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?\b")),
    # "Which languages was the Helpdesk translated into?", "¿En qué idiomas…?", "Dans quelles langues… ?": languages
    # named ("Bahasa and Mandarin translations"), not the sentence most like the question
    "language": (re.compile(r"\b(?:which|what) languages?\b|\bqu[eé] (?:idiomas?|lenguas?)\b|\bquelles? langues?\b",
                            re.IGNORECASE),
                 TONGUE_NAMED),
    # "What did Brazil suggest the Group should do?", "¿Qué recomendó…?", "Qu'a-t-il demandé aux gouvernements ?":
    # advice given, in a sentence that gives it ("suggested that", "called on governments to", "should")
    "advice": (re.compile(r"\bwhat (?:did|does|do|has|have) [\w\s'’-]{1,60}?\b(?:suggest|recommend|advise|urge|"
                          r"call (?:on|for)|ask (?:\w+ ){0,3}to|invite (?:\w+ ){0,4}to)\b|"
                          r"\bwhat (?:is|are|was|were) [\w\s'’-]{1,60}?\b"
                          r"(?:asking|suggesting|recommending|urging|advising|calling (?:on|for))\b|"
                          r"\bqu[eé] (?:sugiri[oó]|recomend[oó]|aconsej[oó]|"
                          r"pidi[oó])\b|\bqu['’]a(?:-t-(?:il|elle))? (?:\w+ )?(?:suggéré|recommandé|conseillé|demandé)\b|"
                          r"\bque (?:suggère|recommande|conseille)\b", re.IGNORECASE),
               re.compile(r"\b(?:suggest\w*|recommend\w*|advis\w*|urg(?:e|ed|es|ing)|call(?:s|ed)? (?:on|for|upon)|"
                          r"propos\w*|request\w*|encourag\w*|invit\w*|should|could|ought|need(?:s|ed)? to|need for|"
                          r"must|ask(?:s|ed)? \w+(?: \w+){0,3} to|"  # "agreed to ask the Secretariat to organize"
                          r"(?:stress|highlight|underscor|emphasi[sz])\w* the (?:need|importance))\b", re.IGNORECASE)),
    # "What did the Group decide about observers?", "Did it adopt a position on…?", "¿Qué decidió…?",
    # "Qu'a décidé le Groupe… ?": a decision, in a sentence that records one ("agreed", "adopted", "decided")
    "decision": (re.compile(r"\bwhat (?:did|does|do|has|have|was|were) (?:[\w'’&-]+ ){0,8}?(?:decide|decided|agree|"
                            r"agreed|conclude|concluded|resolve|resolved)\b|^\W*(?:did|has|have) (?:[\w'’&-]+ ){1,6}?"
                            r"(?:decide|adopt|agree|take a (?:position|decision))\b|\bqu[eé] (?:decidi[oó]|decidieron|"
                            r"acord[oó]|acordaron|resolvi[oó])\b|\bqu['’](?:a|ont)(?:-t-(?:il|elle|ils))? (?:\w+ ){0,4}?"
                            r"(?:décidé|convenu|résolu|conclu)\b", re.IGNORECASE),
                 re.compile(r"\b(?:decid\w*|decision\w*|agree[sd]?|agreement|adopt\w*|approv\w*|endors\w*|"
                            r"conclu\w*|resol\w*|welcom\w*|took note|position)\b", re.IGNORECASE)),
}


@functools.lru_cache(maxsize=1024)
def asks_forms(question: str) -> tuple[str, ...]:
    """The forms (`_FORMS`) the question asks for: ("clock",) for "What time does it start?".
    Cached, as `asks_amount`: `answers` asks it for every candidate passage and sentence."""
    return tuple(name for name, (asks, _) in _FORMS.items() if asks.search(question))


def gives_forms(forms: tuple[str, ...], text: str, question: str = "") -> bool:
    """Whether the text gives every form asked: a clock time, a date given as a limit, a room…; a day of the
    month the question names (read from `question`; without it, any day of a month)."""
    return all(_gives(name, text, question) for name in forms)


# "exactly", "exacto", "précise": a question asking the precise day of what it dates by a month
_EXACTLY = re.compile(r"\bexact(?:ly|e|ement|o|a|amente)?\b|\bpr[ée]cis(?:e|o|a|ément|amente)?\b", re.IGNORECASE)

# a symbol right after the word asking for one: "la cote INF/MSME/CN/28" names the symbol it asks about
_SYMBOL_NAMED = re.compile(r"\s*[A-Z]{1,4}/")


def _gives(name: str, text: str, question: str) -> bool:
    asks, gives = _FORMS[name]
    if name == "symbol" and (named := {m.symbol for m in find_symbols(question, lenient=True)}) \
            and (asking := asks.search(question)) is not None and not _SYMBOL_NAMED.match(question, asking.end()):
        # "¿En qué documento está el resumen de la reunión (INF/MSME/CN/28)?": another symbol than the one named;
        # not "À quelle réunion se rapporte la cote INF/MSME/CN/28 ?", which names the symbol it asks about
        return bool(gives.search(text)) and any(m.symbol not in named for m in find_symbols(text, lenient=True))
    if name == "day" and _EXACTLY.search(question) and len(months := asked_months(question)) == 1 \
            and not DAY_OF_MONTH.search(question):
        # "Quel jour exactement la plateforme a-t-elle été lancée en décembre 2021 ?": the question gives the month
        # and asks the precise day, so only a day of it answers ("December 2021" repeats the question); without
        # "exactly" the month may be a meeting's ("After the March 2024 meeting, until what date …?")
        return _day_of(months[0], text)
    if name != "day_of_month" or not (asked := asks.search(question)):
        return bool(gives.search(text))
    return _day_of(MONTH_NAMES[next(g for g in asked.groups() if g).lower()], text)


def _day_of(month: int, text: str) -> bool:
    """Whether the text gives a day of the month (1-12): "9 July", "July 9", "9 de julio", "9 juillet"."""
    return any(MONTH_NAMES[next(g for g in m.groups() if g).lower()] == month
               for m in _FORMS["day_of_month"][1].finditer(text))


# "What is INF/MSME/R/30?", "¿Qué es el documento WT/MIN(24)/9?", "Qu'est-ce que INF/MSME/W/53 ?": the
# question is the symbol and a word asking what it is; its answer is the document's own title and date.
# "What is … about?" asks for its content, which its paragraphs give: not this.
_IDENTITY = re.compile(r"^\W*(?:what(?:[’']s| is| was)|which document is|qu[eé] es|qu[’']est[- ]ce que|c[’']est quoi|"
                       r"quel est)\s+(?:(?:the|el|le|la)\s+)?(?:(?:document|documento|doc\.?)\s+)?§\W*$", re.IGNORECASE)


def asks_identity(question: str) -> bool:
    """Whether the question asks only what one named document is ("What is INF/MSME/R/30?")."""
    found = find_symbols(question, lenient=True)
    if len({m.symbol for m in found}) != 1:
        return False
    text = question
    for m in reversed(found):
        text = text[: m.start] + "§" + text[m.end :]
    return bool(_IDENTITY.match(text))


def question_kind(question: str) -> str:
    """The kind of answer the question asks for; a sum of money or a rate is a `count` (a figure), a
    time of day or a deadline a `when`.

    Example:
        >>> question_kind("¿Quién coordinó el Grupo en 2024?"), question_kind("How many Members joined?")
        ('who', 'count')
    """
    if _WHERE.match(question):  # "Where can I check what tariffs I will pay?": a place or a source, not the tariffs;
        return "when" if _AND_WHEN.search(question) else "fact"  # "Where and when will MC14 be held?": a date too
    for kind, pattern in _PATTERNS:
        if pattern.search(question):
            return kind
    if {"clock", "deadline"} & set(asks_forms(question)):
        return "when"
    if asks_amount(question):
        return "count"
    return "list" if _AGENDA.search(question) else "fact"


_NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
                 "twice thrice "
                 "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
                 "thousand million billion dozen half "
                 # as a Spanish or French version prints them ("nueve denuncias", "quinze jours"); not "un", "une",
                 # "uno" (articles), "once" (English), "sept" (September), "cent" (per cent) nor "mil"
                 "dos tres cuatro cinco seis siete ocho nueve diez doce trece catorce quince veinte treinta cuarenta "
                 "cincuenta cien ciento cientos millón millones docena "
                 "deux trois quatre cinq huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante "
                 "cinquante soixante mille douzaine").split()
_NUMBER = re.compile(r"\b\d[\d,.]*\b%?|\b(?:" + "|".join(_NUMBER_WORDS) + r")\b", re.IGNORECASE)
_MONTH_DAY = re.compile(r"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
                        r"November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b")
# A person's title, as English, Spanish and French documents print it before a name ("H.E. Mr", "Excma. Sra.",
# "S.E. M.", "Embajadora", "Mme"), and a second title after it
_TITLES = (r"Mr|Ms|Mrs|Dr|Prof|H\.E\.|Ambassador|Minister|Director|Deputy|Chair|Coordinator|"
           r"Sr|Sra|Srta|Excmo|Excma|Dra|Embajador|Embajadora|Ministro|Ministra|Directora|Coordinador|Coordinadora|"
           r"S\.E\.|Mme|Mlle|Ambassadeur|Ambassadrice|Ministre|Directeur|Directrice|Coordinateur|Coordonnateur|"
           r"Coordinatrice|Coordonnatrice")
_TITLED_NAME = re.compile(rf"\b(?:(?:{_TITLES})\.?|M\.)(?:\s+(?:Mr|Ms|Mrs|Dr|Sr|Sra|Dra|Mme|M)\.?)?"
                          r"\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:[- ](?:de |van |von |del |la )?[A-Z][a-zA-Z'’]+)+")
ACRONYM = re.compile(r"\b[A-Z]{2,7}s?\b")


def _outside_symbols(text: str) -> str:
    out, cut = [], 0
    for s in find_symbols(text):
        out.append(text[cut : s.start])
        cut = s.end
    return " ".join([*out, text[cut:]])


@functools.lru_cache(maxsize=50_000)
def dates_said(sentence: str) -> tuple[str, ...]:
    """The dates a sentence prints: "18 October 2024", "June 2023", "in 2021", "on 19 March".
    Cached: a corpus sentence is asked about again by every "when" question that reaches it."""
    found = [sentence[a:b] for a, b, _, _ in dates_in(sentence)]
    found += [m[0] for m in _MONTH_DAY.finditer(sentence)]
    found += [str(y) for y in years_in(sentence)]
    return tuple(found)


def has_date(sentence: str, asked: str = "") -> bool:
    """A date the question does not already give ("When did the Group meet in 2024?" wants more than 2024)."""
    said = asked.lower()
    return any(d.lower() not in said for d in dates_said(sentence))


# Numbers that label, not count: "Annex 1", "paragraph 17", "Rev.2", "page 3".
# "para." with its dot only: Spanish "para" is "for" ("un programa de formación para 200 asesores")
_LABEL = re.compile(r"(?:(?:annex|paragraph|para(?=\.)|article|section|footnote|rev|no|page|p|chapter|item|point|mc|cm)"
                    r"\.?\s*|"
                    r"covid[\s-]?)$", re.IGNORECASE)  # "Covid 19", "COVID-19" count nothing either


# "21 MARCH 2023" in a heading too; "14 de enero de 2036", "1 juillet" as a Spanish or French document prints a day
_DAY_MONTH = re.compile(rf"\s+(?:de\s+)?(?:{ANY_MONTH_PATTERN})\b", re.IGNORECASE)
_OF_YEAR = re.compile(r"of (?:19|20)\d{2}\b")
# "2 to 4 October 2018", "del 2 al 4 de octubre", "du 2 au 4 octobre"
_DAY_RANGE = re.compile(r"\s*(?:to|and|al|y|au|et|-|–)\s*\d{1,2}" + _DAY_MONTH.pattern, re.IGNORECASE)


# ISO 4217 codes of the currencies in legal tender today (CLDR's territory currencies, read from Babel 2.18.0 at
# writing time: "The fee is GEL 15" is a sum) and the SDR, in capitals ("try 3 times" is no sum) and apart from the
# figure ("COP29" is a conference); not those that are English words in capitals ("ALL 12 MEMBERS", "TOP 10")
_CURRENCIES = ("AED|AFN|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BGN|BHD|BIF|BMD|BND|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHF|CLP|"
               "CNY|COP|CRC|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|"
               "HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|"
               "MDL|MGA|MKD|MMK|MNT|MRU|MUR|MVR|MWK|MXN|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|"
               "QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SRD|SSP|STN|SYP|SZL|THB|TJS|TMT|TND|TRY|TTD|TWD|TZS|"
               "UAH|UGX|USD|UYU|UZS|VES|VND|VUV|WST|XAF|XCD|XCG|XOF|XPF|YER|ZAR|ZMW|ZWG|SDR")
# The currencies' names in words, singular and plural, in English, Spanish and French, without their adjective
# ("Sri Lankan rupees", "rupias de Sri Lanka", "dírhams marroquíes": "rupees", "rupias", "dírhams"), with and without
# accents (CLDR's names of the same currencies, read from Babel 2.18.0 at writing time); not the names that are
# also common words ("real", "won", "marco", "livre"), nor those `_MONEY` names itself
_CURRENCY_NAMES = ("bolivianos|emalangeni|lilangenis|bolivares|boliviano|bolívares|couronnes|guaranies|guaraníes|lilangeni|"
                   "meticales|ngultrums|quetzales|shillings|afghanis|ariaries|bolivars|bolívars|chelines|cordobas|couronne|"
                   "córdobas|florines|forintos|guaranis|guaranís|guilders|gultrums|hryvnias|lempiras|meticais|meticals|ngultrum|"
                   "ouguiyas|quetzals|ringgits|rufiyaas|shilling|afganis|afghani|ariaris|ariarys|balboas|bolivar|bolívar|colones|"
                   "cordoba|córdoba|dalasis|dinares|dirhams|dírhams|escudos|eslotis|florins|forinto|forints|gourdes|grivnas|"
                   "guarani|guaraní|guilder|gultrum|hryvnia|korunas|kuachas|kuanzas|kwachas|kwanzas|lempira|metical|ouguiya|"
                   "paangas|patacas|quetzal|ringgit|ringits|roubles|roupies|rufiyaa|rufiyas|rupiahs|shekels|somonis|tengues|"
                   "tugriks|uguiyas|afgani|ariari|ariary|balboa|chelin|chelín|colóns|dalasi|denari|denars|dinars|dirham|dobras|"
                   "dírham|escudo|esloti|florin|florín|forint|gourde|grivna|gurdes|koruna|kroner|kronor|kronur|krónur|kuacha|"
                   "kuanza|kwacha|kwanza|leonas|leones|libras|maloti|manats|nafkas|nairas|nakfas|paanga|pataca|reales|riales|"
                   "rieles|ringit|riyals|rouble|roupie|rubles|rublos|rufiya|rupees|rupiah|rupias|shekel|somoni|tenges|tengue|"
                   "tugrik|uguiya|yuanes|zlotys|bahts|bires|birrs|cedis|colón|cédis|denar|dinar|dobra|dongs|drams|dôngs|gurde|"
                   "kiats|kinas|krona|krone|króna|kyats|laris|leona|leone|libra|liras|lotis|manat|nafka|naira|nakfa|pulas|rands|"
                   "rials|riels|riyal|ruble|rublo|rupee|rupia|réals|soles|takas|talas|tenge|vatus|yenes|yuans|zloty|baht|birr|cedi|"
                   "cédi|dong|dram|dông|kiat|kina|kips|kyat|lari|leke|leks|lekë|lira|loti|pula|rand|rial|riel|réal|taka|tala|vatu|"
                   "yens|yuan|bir|kip|lek|yen")
_PER_CENT = r"per\s?cent|percent|pour\s?cent|por\s?ciento"
_MONEY = re.compile(rf"(?:US\$|\$|€|£|¥|₹|₦|\b(?:CHF|USD|EUR|GBP|SDR)|\b(?-i:{_CURRENCIES})\s)\s?\d|"
                    rf"\d[\d,.]*\s?(?:%|(?:{_PER_CENT})\b|"
                    rf"(?:million|billion|trillion|thousand|millions|milliards?|millones|mill[oó]n|mil)?\s?(?:de\s)?"
                    rf"(?:(?-i:{_CURRENCIES})|dollars?|d[oó]lares|euros?|(?:Swiss )?francs?|francos?|FCFA|pesos|"
                    rf"pounds?|(?-i:[A-Z][a-z]+\s)?(?:{_CURRENCY_NAMES}))\b)", re.IGNORECASE)
# A table whose caption gives its unit as per cent: every figure in it is a share ("Table 1: Small exporters
# paid through a digital channel, by region (per cent)")
_PER_CENT_TABLE = re.compile(rf"\((?:%|{_PER_CENT})\)", re.IGNORECASE)
_PERCENT = re.compile(rf"%|{_PER_CENT}", re.IGNORECASE)
# A budget or an amount ("montant", "monto") is a sum: "31 por ciento" of the questions does not say what the guide
# cost; but a share of one ("¿Qué porcentaje de su presupuesto…?") is a percentage
_ASKS_BUDGET = re.compile(r"\b(?:budgets?|presupuestos?|budg[eé]taires?|montants?|montos?)\b", re.IGNORECASE)
_ASKS_PERCENTAGE = re.compile(r"\b(?:percentages?|porcentajes?|pourcentages?|proportions?|proporci[oó]n|"
                              r"share|cuota|part)\s+(?:of|del?|d['’]|des)\b", re.IGNORECASE)


# A rate is a percentage: "¿Qué tasa de interés pagan…?" is not answered by "operaciones de hasta 250.000 dólares"
_ASKS_RATE = re.compile(r"(?<!exchange )\brates?\b|\btipos? de inter[eé]s\b|\btasas? de (?!cambio)|\btaux\b(?! de change)",
                        re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _money_asked(question: str) -> tuple[bool, bool]:
    """(a sum only, a rate only): a budget or an amount asked is a sum, unless a share of it is asked; a rate asked
    ("What interest rate…?", "¿Qué tasa de rechazo…?") is a percentage, not a sum that a rate is said of ("How much
    would the repository of duty and tax rates cost?"). Cached, as `asks_amount`: `answers` asks it of every
    candidate sentence of one question."""
    sum_only = bool(_ASKS_BUDGET.search(question)) and not _ASKS_PERCENTAGE.search(question)
    asked = _ASKS_AMOUNT.search(question)
    rate_only = asked is not None and bool(_ASKS_RATE.search(question, asked.start(), asked.end() + len(" de rechazo")))
    return sum_only, rate_only


def has_money(sentence: str, *, sum_only: bool = False, rate_only: bool = False) -> bool:
    """A sum in a currency or a percentage: "US$1.5 trillion", "CHF 200,000", "7 per cent", "10%", "350 millions
    de francs CFA", "8,9 pour cent", or a figure of a table in per cent; with `sum_only`, a sum; with `rate_only`, a
    percentage."""
    if sum_only:
        return any(not _PERCENT.search(m[0]) for m in _MONEY.finditer(sentence))
    figures = [m[0] for m in _MONEY.finditer(sentence) if not rate_only or _PERCENT.search(m[0])]
    return bool(figures) or bool(_PER_CENT_TABLE.search(sentence) and has_number(sentence))


@functools.lru_cache(maxsize=100_000)
def has_number(sentence: str) -> bool:
    """A count or amount: digits or number words, but not a year, a date, a label or a document symbol.
    Cached: the corpus's sentences and words come back with every question (`number_near` asks it word by word)."""
    text = _outside_symbols(sentence)
    for m in _NUMBER.finditer(text):
        token = m[0].rstrip(".,")
        if token.isdigit() and int(token) in YEARS:
            continue
        if _LABEL.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if len(token) <= 2 and text[m.end() : m.end() + 1] == ")" and (m.start() == 0 or text[m.start() - 1] in "( "):
            continue  # an item's number: "(4) Encourages all WTO Members ...", "2) publish"; not "to 103)"
        if _MONTH_DAY.match(text, m.start()) or _DAY_MONTH.match(text[m.end():]) or _DAY_RANGE.match(text[m.end():]):
            continue
        return True
    return False


# Capitalised words that name documents, events and programmes, not who did something.
_NOT_AGENTS = frozenset(
    "annual report group working informal declaration package platform network conference ministerial recommendation "
    "annex meeting session day days programme programmes program compendium handbook guide database databases "
    "initiative champions champion small business businesses spotlight statement decision report agreement "
    "joint lab solutions helpdesk trade game".split()
)


@functools.lru_cache(maxsize=50_000)
def agents(sentence: str) -> tuple[str, ...]:
    """People, Members and organisations a sentence names: titled names, capitalised names, countries, acronyms.
    Cached: a corpus sentence is asked about again by every "who" question that reaches it."""
    text = _outside_symbols(sentence)
    names = [m[0] for m in _NAME.finditer(text) if not {w.lower() for w in re.findall(r"\w+", m[0])} & _NOT_AGENTS]
    found = [m[0] for m in _TITLED_NAME.finditer(text)] + names
    found += [w for w in re.findall(r"[A-Z][a-zü]+|EU", text) if w in COUNTRIES]
    found += [a for a in ACRONYM.findall(text) if a not in ("MSME", "MSMEs", "WTO")]
    return tuple(found)


# A person asked by what they did for someone else or by their post: who moderated, represented, spoke for, heads,
# chairs or founded something ("Who spoke on behalf of Visa …?", "¿Quién dirige la Agencia …?", "Qui représentait
# l'UPU … ?"), or asked as a person ("the speaker's name", "qué persona", "which staff member")
_ASKS_PERSON = re.compile(
    r"\bwho\b[^?]*\b(?:moderated|represented|spoke (?:for|on behalf of)|on behalf of|heads|headed|is the head of|"
    r"founded|co-?founded|chairs|chaired|presides|presided)\b|"
    r"\b(?:name of the (?:person|speaker|official|presenter|founder)|(?:speaker|presenter)['’]s name|staff member|"
    r"which (?:official|person|individual|speaker))\b|"
    r"\bqui[eé]n(?:es)?\b[^?]*\b(?:moder[oó]|represent[oó]|representaba|habl[oó] en nombre de|en nombre de|dirige|"
    r"dirig[ií]a|preside|presid[ií]a|presidir[aá]|fund[oó]|cofund[oó])\b|\bqu[eé] persona\b|"
    r"\bqui\b[^?]*\b(?:a anim[ée]|animait|repr[ée]sentait|a repr[ée]sent[ée]|au nom d|dirige|dirigeait|pr[ée]side|"
    r"pr[ée]sidait|pr[ée]sidera|a fond[ée]|a cofond[ée])|"
    # a person by the body they are from ("Who from the ICC presented …?", "¿Quién de la UNCTAD habló …?", "Qui, du
    # STDF, a présenté … ?"), or by their name ("¿Cómo se llama la persona que fundó …?")
    r"\bwho from\b|\bqui[eé]n(?:es)?,? de (?:la|el|los) (?-i:[A-Z])|\bqui, (?:du|de la|de l['’]|à l['’]|à la|au sein d)|"
    r"\bc[oó]mo se llama(?:ba)? la persona\b|\bnombre de la persona\b|\bcomment s['’]appel\w* la personne\b|"
    r"\bnom de la personne\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def asks_person(question: str) -> bool:
    """Whether the question asks for a person: who moderated, represented, spoke for, heads, chairs or founded
    something, or a speaker's name."""
    return bool(_ASKS_PERSON.search(question))


def names_person(text: str) -> bool:
    """Whether a text names a person: with a title ("Ms Kirsi Lehtonen", "H.E. Mr Matthew Wilson") or as a name of
    capitalised words that is no document's, programme's, Member's or organisation's ("Kate Kallot, the founder and
    CEO …"), or by a post the documents give a holder of ("the Coordinator", "the Chair")."""
    plain = _outside_symbols(text)
    if _TITLED_NAME.search(plain) or _HOLDER_POST.search(plain):
        return True
    for m in _PERSON_NAME.finditer(plain):
        words = m[0].replace("-", " ").split()
        lowered = {w.lower() for w in words}
        if words[0].lower() not in _OPENERS and not lowered & (_NOT_AGENTS | _BODY_WORDS | _MONTH_WORDS) \
                and not any(w in MEMBER_WORDS for w in words):
            return True
    return False


# A name of two capitalised words or more, where a sentence opens too ("Kate Kallot, the founder …")
_PERSON_NAME = re.compile(r"(?<![\w'’])[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[- ][A-ZÀ-Ý][a-zà-ÿ'’]+)+")
# The words a sentence opens with before a capitalised name that is no person's: "The Coordinator", "In March"
_OPENERS = frozenset("the a an in on at for by from of to as this these its el la los las un una en de del le les "
                     "une du des au aux dans par pour sur".split())
_MONTH_WORDS = frozenset(MONTH_NAMES)


# The words of a body's name, which no person's name has: "World Economic Forum", "Banco Central", "Chambre de …"
_BODY_WORDS = frozenset(
    "forum bank organization organisation centre center council union agency bureau chamber association federation "
    "foundation institute commission authority service office ministry secretariat board fund company cooperative "
    "corporation committee alliance partnership coalition university college "
    "organización banco cámara agencia oficina ministerio servicio asociación federación fundación instituto comisión "
    "autoridad junta fondo empresa cooperativa consejo "
    "banque chambre agence bureau ministère service association fédération fondation institut commission autorité "
    "conseil fonds entreprise coopérative".split()
)


# "Who is the coordinator?", "¿Quién coordinaba el Grupo?", "Qui a présidé la réunion ?": the holder of a
# chair is a person, and the documents name people with a title ("H.E. Mr Matthew Wilson", "Ms ...").
# A panel's moderator may be an organisation ("moderated by the ITC"): only coordinators and chairs here.
# The posts such a question names, and how a sentence says that someone holds them: "coordinated", "the first
# chaired by", "presided over", "moderated by" (a session's chair), "Director-General"; "Presidió la reunión la
# Coordinadora", "présidée par S.E. M. …" in a Spanish or French document.
_POSTS = (
    (re.compile(r"\b(?:coordin|coordon)", re.IGNORECASE), re.compile(r"\b(?:coordin|coordon)", re.IGNORECASE)),
    (re.compile(r"\b(?:chair|presid|présid)", re.IGNORECASE),
     re.compile(r"\b(?:chair|presid|présid|moderat|modér)", re.IGNORECASE)),
    (re.compile(r"\b(?:director|directeur|directora)[- ]g[eé]n[eé]ral", re.IGNORECASE),
     re.compile(r"\bDirector[- ]General\b|\bDG\b")),
)
# A post beside the Coordinator's is not the Coordinator's: "the Friend of the Coordinator for trade finance",
# "l'Ami du Coordinateur", "el Amigo del Coordinador"
_FRIEND = re.compile(r"\b(?:friends?|amis?|amigos?|amigas?)\s+(?:of the|du|de la|del|de los)\s+(?:coordin|coordon)\w*",
                     re.IGNORECASE)
_OF_THE_POST = re.compile(r"\bof the (?:Coordinator|Chair(?:person|man)?|President)\b", re.IGNORECASE)
_WHO = re.compile(r"\b(?:who|qui[eé]n|qui)\b", re.IGNORECASE)
_HOLDER_POST = re.compile(r"\b(?:coordin|coordon|chair|presid|présid|director[- ]general|directeur g[eé]n[eé]ral|"
                          r"directora? general)\w*", re.IGNORECASE)


# A post that names a document's author, not the post asked: "Según el informe del Coordinador a la CM13, ¿con el
# apoyo de quién…?", "the Coordinator's report", "le rapport du Coordinateur"
_AUTHOR_POST = re.compile(r"\b(?:report|informe|rapport|note|nota|letter|carta|lettre|statement)\s+"
                          r"(?:of|by|from|del|de la|du|de l['’]|par (?:le|la))\s+(?:the\s+)?"
                          r"(?:coordin|coordon|chair|presid|présid)\w*|"
                          r"\b(?:coordinator|chair(?:person)?)['’]s\s+(?:report|note|letter|statement)\b",
                          re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def asks_holder(question: str) -> bool:
    """Whether the question asks who coordinates, chairs or heads, whose answer is a person.
    Cached, as `asks_amount`: `has_agent` asks it for every candidate sentence."""
    question = _FRIEND.sub(" ", _AUTHOR_POST.sub(" ", question))
    return bool(_WHO.search(question) and (_HOLDER_POST.search(question) or _LEADS_GROUP.search(question)))


# "Who chairs the MSME Group?", "¿Quién preside el Grupo?": the Group is chaired by its Coordinator (a meeting's
# chair is asked otherwise: "Who chaired the meeting of 12 July 2022?")
_CHAIRS_GROUP = re.compile(r"\b(?:chair|presid|présid)\w*(?: of)? (?:the |el |le )?(?:[\w-]+ ){0,4}?"
                           r"(?:group|grupo|groupe)\b", re.IGNORECASE)
# The Group's head asked in plain words: "Who was running the small business group?", "Qui était à la tête du
# groupe PME ?", "¿Quién dirigía el grupo?": its Coordinator
_LEADS_GROUP = re.compile(r"\b(?:run|runs|ran|running|in charge of|leads?|led|leading|head(?:s|ed|ing)?|"
                          r"à la tête d[eu]|dirig\w*|a cargo del?|al frente del?|encabez\w*)"
                          r" (?:the |el |le |la )?(?:[\w'’-]+ ){0,4}?(?:group|grupo|groupe)\b", re.IGNORECASE)
# the post as a Spanish or French record says it: "sous la présidence de son Coordonnateur", "Presidió … la Coordinadora"
_GROUP_CHAIR = re.compile(r"\b(?:chair|presid|présid|coordin|coordon)", re.IGNORECASE)


@functools.lru_cache(maxsize=1024)
def _posts_asked(question: str) -> tuple[re.Pattern[str], ...]:
    if _CHAIRS_GROUP.search(question) or _LEADS_GROUP.search(question):
        return (_GROUP_CHAIR,)
    return tuple(said for asked, said in _POSTS if asked.search(question))


def has_agent(sentence: str, asked: str = "") -> bool:
    """A person, Member or organisation the question does not already name ("Who coordinated the MSME Group?");
    for who coordinates, chairs or heads, a titled person in a sentence that names the post ("H.E. Mr
    Matthew Wilson ... coordinated the MSME Group" for the coordinator, not for the Director-General)."""
    said = set(re.findall(r"\w+", asked.lower()))
    if asks_holder(asked):
        held = _OF_THE_POST.sub(" ", sentence)  # "Friend of the Coordinator" holds no post of his own
        if not all(post.search(held) for post in _posts_asked(asked)):
            return False
        named = [m[0] for m in _TITLED_NAME.finditer(_outside_symbols(sentence))]
    else:
        named = list(agents(sentence))
    return any(not set(re.findall(r"\w+", a.lower())) <= said for a in named)


def marked_items(sentence: str) -> int:
    """How many items a sentence marks "a." or "1)" (0 when fewer than two)."""
    markers = len(re.findall(r"(?:^|[\s;:])(?:[a-h]\.|\d{1,2}\)|[ivx]{1,4}\))\s", sentence))
    return markers if markers >= 2 else 0


def list_items(sentence: str) -> int:
    """How many items a sentence lists: commas and "and" between items, semicolons, "a." or "1)" markers."""
    if markers := marked_items(sentence):
        return markers
    parts = re.split(r";|,\s+(?:and\s+)?|\s+and\s+", sentence)
    return len([p for p in parts if p.strip()]) if len(parts) >= 3 else 1


def holds(kind: str, sentence: str, asked: str = "") -> bool:
    """Whether the sentence holds what a question of this kind asks for, beyond what `asked` (the question) says."""
    if kind == "who":
        return has_agent(sentence, asked)
    if kind == "when":
        return has_date(sentence, asked)
    if kind == "count":
        return has_number(sentence)
    if kind == "list":
        return list_items(sentence) >= 3
    return True


# "how many people attended", "how much prize money", "number of downloads": the words after the
# asking phrase name what the number must count.
_FOCUS = re.compile(r"\bhow (?:many|much)\s+((?:[\w'-]+\s+){0,2}[\w'-]+)|\bnumber of\s+((?:[\w'-]+\s+){0,1}[\w'-]+)",
                    re.IGNORECASE)
# "how many times was the Game played": "times" counts events, which the text names otherwise ("3,000 plays"),
# so it names nothing to look for and any figure will do.
_NOT_FOCUS = {"the", "a", "an", "of", "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "in", "on",
              "at", "for", "to", "by", "with", "its", "their", "there", "will", "times", "went", "came", "got", "took",
              "gone", "come", "gotten", "taken"}


# "how many of them …": what a pronoun stands for was named before the count
_PRONOUNS = frozenset("them those these us you it".split())


def focus_words(question: str) -> tuple[str, ...]:
    """The words naming what a "how many" question counts (English): ("people", "attended")."""
    m = _FOCUS.search(question)
    if not m:
        return ()
    words = (m[1] or m[2]).lower().split()
    if words[0] == "times":
        return ()  # "how many times did people play …": the words after "times" say who did it, not what is counted
    if words[0] == "of" and len(words) > 1 and words[1] in _PRONOUNS:
        return ()  # "how many of them mentioned it": what is counted was named before ("sellers"), not after
    return tuple(w for w in words if w not in _NOT_FOCUS)


def number_near(sentence: str, stems: set[str], tokens_of, window: int = 6) -> bool:
    """A number within `window` words of a word whose stem is in `stems` or starts with one of four
    letters or more ("36,000 visits"; "membership to 103" for "members")."""
    words = _outside_symbols(sentence).split()
    numbered = [i for i, w in enumerate(words) if has_number(w) and not (i and _LABEL.search(words[i - 1]))
                and not _DAY_MONTH.match(" " + " ".join(words[i + 1 : i + 3]))  # "on 15 February" counts nothing
                and not _DAY_RANGE.match(" " + " ".join(words[i + 1 : i + 5]))  # nor "2 to 4 October"
                and not _OF_YEAR.match(" ".join(words[i + 1 : i + 3]))]  # nor "the first half of 2019"
    if not numbered or not stems:
        return False
    prefixes = tuple(s for s in stems if len(s) >= 4)
    around = {j for i in numbered for j in range(max(0, i - window), min(len(words), i + window + 1))}
    # of a compound, its head: "one user-friendly tool" counts tools, not users; "12 women-led firms", firms
    return any(t in stems or t.startswith(prefixes) for j in around for t in tokens_of(_HEAD.sub("", words[j])))


# "user-friendly" -> "friendly"; not a prefix ("pre-registered", "co-organizers", "e-commerce"), nor "2-4"
_HEAD = re.compile(r"^.*[^\W\d_]{4}-(?=[^\W\d_])")


_NUMBER_OF = re.compile(r"\bnumbers?\s+of\s+([\w-]+)", re.IGNORECASE)


def _number_of(sentence: str, stems: set[str]) -> bool:
    """"The number of SMEs that took part in at least one tender rose from 71,000 …": the count is of what
    "the number of" names, however far its figure follows (a figure before it counts something else)."""
    prefixes = tuple(s for s in stems if len(s) >= 4)
    for m in _NUMBER_OF.finditer(sentence):
        named = (*word_tokens(m[1]), *word_tokens(m[1].lower()))  # "SMEs" stems as "sme", lower case as "smes"
        if has_number(sentence[m.end():]) and any(t in stems or t.startswith(prefixes) for t in named):
            return True
    return False


# What a Spanish or French "how many" counts, in the documents' English: the nouns such questions
# count ("¿cuántas personas...?", "combien de visites...?"), and what trade counts beyond the documents'
# own words (tonnes, responses, orders); a noun the glossary gives as these would is left to it
# ("miembros", "réunions", "préstamos"). Keys lower case without accents. A noun in neither: any figure.
_COUNTED = {
    "es": {"personas": "people persons participants", "asistentes": "participants", "visitantes": "visitors",
           "descargas": "downloads", "empresas": "companies businesses firms enterprises",
           "paises": "countries economies Members", "economias": "economies countries Members",
           "delegados": "delegates", "delegaciones": "delegations delegates", "talleres": "workshops",
           "seminarios": "seminars webinars", "solicitudes": "applications",
           "candidaturas": "applications entries proposals submissions",
           "partidas": "plays games", "notas": "notes", "goles": "goals", "toneladas": "tonnes tons",
           "kilos": "kilograms kg kilos", "kilogramos": "kilograms kg",
           "respuestas": "responses replies answers respondents", "encuestados": "respondents",
           "comerciantes": "traders merchants", "empleados": "employees staff workers people employs",
           "trabajadores": "workers employees staff", "empleos": "jobs", "documentos": "documents", "guias": "guides",
           "productores": "producers farmers", "contenedores": "containers",
           "envios": "shipments consignments parcels", "pedidos": "orders", "artesanos": "artisans craftspeople",
           "artesanas": "artisans craftspeople", "cooperativas": "cooperatives",
           "organizaciones": "organizations organisations", "instituciones": "institutions",
           "premios": "awards prizes", "horas": "hours", "dias": "days", "meses": "months", "anos": "years",
           "asesores": "advisers advisors", "asesoras": "advisers advisors", "centros": "centres centers hubs",
           "certificados": "certificates", "consultas": "enquiries inquiries queries questions", "mercados": "markets",
           "participantes": "participants", "beneficiarios": "beneficiaries", "usuarios": "users",
           "cursos": "courses"},
    "fr": {"personnes": "people persons participants", "visiteurs": "visitors", "telechargements": "downloads",
           "entreprises": "companies businesses firms enterprises", "pays": "countries economies Members",
           "economies": "economies countries Members", "delegues": "delegates",
           "delegations": "delegations delegates", "ateliers": "workshops", "webinaires": "webinars",
           "seminaires": "seminars", "candidatures": "applications entries proposals submissions",
           "parties": "plays games", "notes": "notes",
           "tonnes": "tonnes tons", "kilos": "kilograms kg kilos",
           "reponses": "responses replies answers respondents", "repondants": "respondents",
           "commercants": "traders merchants", "commercantes": "traders merchants",
           "employes": "employees staff workers people employs", "salaries": "employees staff workers people employs",
           "travailleurs": "workers employees staff", "emplois": "jobs", "documents": "documents", "guides": "guides",
           "formations": "courses training", "sessions": "sessions", "producteurs": "producers farmers",
           "productrices": "producers farmers", "conteneurs": "containers",
           "envois": "shipments consignments parcels", "expeditions": "shipments consignments", "commandes": "orders",
           "artisans": "artisans craftspeople", "artisanes": "artisans craftspeople", "cooperatives": "cooperatives",
           "organisations": "organizations organisations", "institutions": "institutions", "prix": "awards prizes",
           "heures": "hours", "jours": "days", "mois": "months", "annees": "years", "ans": "years",
           "conseillers": "advisers advisors", "conseilleres": "advisers advisors", "centres": "centres centers hubs",
           "certificats": "certificates", "demandes": "requests enquiries inquiries queries questions applications",
           "marches": "markets", "participants": "participants", "beneficiaires": "beneficiaries",
           "utilisateurs": "users", "cours": "courses"},
}
# Nouns after "combien de" that name nothing to look for: "how many times" counts what the verb does; "combien de
# temps", "cuánto tiempo" ask a duration, in any unit
_ANY_FIGURE = frozenset({"fois", "veces", "temps", "tiempo"})
_ROOT_FROM = 10  # letters of a counted word's stem from which an English passage may write it with another ending
_FOREIGN_FOCUS = re.compile(r"\bcu[aá]nt[oa]s\s+((?:[\w'-]+\s+){0,2}[\w'-]+)|"
                            r"\bcombien\s+(?:de\s+|d['’]\s*)((?:[\w'-]+\s+){0,2}[\w'-]+)", re.IGNORECASE)


# Adjectives French and Spanish put before the noun counted ("petits producteurs", "nuevos miembros")
_BEFORE_NOUN = frozenset("""petit petits petite petites nouveau nouveaux nouvelle nouvelles grand grands grande grandes
    autres nuevos nuevas pequenos pequenas grandes otros otras distintos distintas diferentes""".split())


def foreign_focus_words(question: str, language: str) -> tuple[str, ...]:
    """The English words for what a Spanish or French "how many" counts: ("people", "persons", "participants")."""
    m = _FOREIGN_FOCUS.search(question)
    if not m or language not in _COUNTED:
        return ()
    phrase = m[1] or m[2]
    words = phrase.split()
    if len(words) > 1 and fold(words[0]) in _BEFORE_NOUN:
        phrase = " ".join(words[1:])  # "combien de petits producteurs": producers are counted
    noun = fold(phrase).split()[0]  # the word after "cuántos" / "combien de" names what is counted
    if noun in _ANY_FIGURE:
        return ()  # "combien de fois … lancé une partie": plays, downloads, times; "combien de temps": six months
    if found := _COUNTED[language].get(noun) or english_words(noun, language):
        return tuple(found.split())
    if english_words(phrase, language):
        return ()  # a word of a longer name ("jeunes pousses"): what is counted is not known
    # the word as typed: "institutions", "participants", "organisations" are English words too (one
    # the documents never print, "años", is left out by `answers` as an unknown word)
    return (phrase.split()[0],)


@functools.lru_cache(maxsize=100_000)
def word_tokens(word: str) -> tuple[str, ...]:
    """`tokenize` of one word, cached: `number_near` tokenizes every word beside a number, of every candidate."""
    return tuple(tokenize(word))


@functools.lru_cache(maxsize=1024)
def _counted_stems(question: str, language: str) -> frozenset[str]:
    """What a "how many" counts, also in the documents' words for an English plain one ("countries": Members)."""
    words = focus_words(question) if language == "en" else foreign_focus_words(question, language)
    if language == "en":
        words = (*words, *plain_english(" ".join(words), "en").split())
    return frozenset(t for w in words for t in tokenize(w))


# a figure as printed: "103", "18,400", "14 750", "2.5"; its separators are not part of its value
_FIGURE = re.compile(r"(?<![\w/.])\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|(?<![\w/.])\d+(?:[.,]\d+)?(?![\w/])")


@functools.lru_cache(maxsize=50_000)
def figures(text: str) -> frozenset[str]:
    """The figures a text prints, without separators ("18,400" and "18 400" alike), but for years, days of a month
    ("30 September") and a document symbol's numbers ("WT/MIN(24)/9"), as `has_number` leaves them out."""
    text = DAY_OF_MONTH.sub(" ", _outside_symbols(text))
    out = {re.sub(r"[ ,\u00a0\u202f]", "", m[0]) for m in _FIGURE.finditer(text)}
    return frozenset(f for f in out if not (f.isdigit() and int(f) in YEARS))


def repeats_figures(text: str, question: str) -> bool:
    """Whether every figure the text prints is one the question gives: "bringing total membership to 103" does
    not answer "How many of the Group's 103 Members are least-developed countries?"."""
    printed = figures(text)
    return bool(printed) and printed <= figures(question)


@functools.lru_cache(maxsize=50_000)
def answers(kind: str, text: str, question: str, language: str, unknown: tuple[str, ...] = ()) -> bool:
    """Whether `text` holds what the question asks for: for a "how many X", a number beside X
    ("Two new Members joined", not "five open-ended meetings"); for a sum of money or a rate, a currency
    figure or a percentage; for a datum of one form (a time of day, a deadline, a room, an email
    address, a website, a phone number), that form; otherwise what its kind wants. `unknown`: the
    question's words no passage has; an X among them ("how much traffic" where the documents say
    "visits") cannot stand beside a number, so any number will do. A figure the question gives is no answer
    (`repeats_figures`)."""
    if kind == "count" and repeats_figures(text, question):
        return False
    if kind == "count" and asks_amount(question):
        sum_only, rate_only = _money_asked(question)
        return has_money(text, sum_only=sum_only, rate_only=rate_only)
    if kind == "count" and _HOW_MUCH.search(question) and has_money(text):
        return True  # "How much of a USD 200 transfer went on fees?": "6.3 per cent" is how much
    if forms := asks_forms(question):
        return gives_forms(forms, text, question)
    if kind == "count" and (stems := _counted_stems(question, language) - set(unknown)):
        if (written := written_in(text)) != "en":  # "14 750 entreprises" for "how many firms"; "abonnés" as "abonn"
            folded = {t for s in stems for t in folded_tokens(s)}
            return number_near(text, set(stems) | folded | _as_written(written, stems), folded_tokens)
        if language != "en":  # a long word as typed, which some passage has, by its root: "laboratoires", "laborato"
            stems |= {s[:-2] for s in stems if len(s) >= _ROOT_FROM}
        return number_near(text, set(stems), word_tokens) or _number_of(text, stems) \
            or _table_count(text, question, stems) or _items_counted(text, stems)
    return holds(kind, text, question)


# A table as the text layer flattens it: its caption, then rows of a name and its figures ("Senegal 65 540 1.0 150")
_TABLE = re.compile(r"\bTable\s+\d+\s*:")
_TABLE_ROW = re.compile(r"\b([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?=\d[\d.,]*\s+\d[\d.,]*\b)")


def _table_count(text: str, question: str, stems: frozenset[str]) -> bool:
    """"How many Senegalese MSMEs did the scheme cover?" of a table whose header says "MSMEs covered" and whose
    row reads "Senegal 65 540 1.0 150": a row naming what the question names, under a caption or header naming
    what is counted (the figure is in the row, the words far above it)."""
    if not (table := _TABLE.search(text)):
        return False
    rows = list(_TABLE_ROW.finditer(text, table.end()))
    if not rows:
        return False
    header = text[table.end():rows[0].start()]
    if not any(_same_root(t, s) for t in tokenize(header) for s in stems):
        return False  # "MSMEs covered" for "how many MSMEs" ("msme", "msmes")
    if (asked_years := set(years_in(question))) and (headed := set(years_in(header))) and not asked_years & headed:
        return False  # "MSMEs covered in 2026" does not count 2027's
    asked = {t for t in tokenize(question) if len(t) >= 4}
    return any(_same_root(r, a) for m in rows for r in tokenize(m[1]) for a in asked)  # "Senegal", "Senegalese"


def _items_counted(text: str, stems: frozenset[str]) -> bool:
    """"How many items were on the agenda?" of a notice whose list the counted noun opens ("The following items are
    proposed for the agenda: A. … F."), or of the list alone, for agenda items: its letters count them, though no
    figure is printed."""
    opening = list_opening(text)
    return opening is not None and any(_same_root(t, s) for t in tokenize(opening) or _LISTED for s in stems)


# What a list by letters sets out, when the sentence before opens it: "The following items are proposed …: a. …"
_LISTED = tuple(tokenize("item items point points punto puntos tema temas topic topics"))


def _same_root(a: str, b: str) -> bool:
    return a == b or min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


@functools.lru_cache(maxsize=50_000)
def written_in(text: str) -> str:
    """The language a passage is written in: a Member may write its communication in Spanish or French."""
    return detect_language(text)


@functools.cache
def foreign_forms(language: str) -> dict[str, frozenset[str]]:
    """English token -> the Spanish or French tokens the glossary and `_COUNTED` give it for ("firm":
    "entrepris"), function words aside."""
    table = glossary_table(language)
    skip = function_words(language)
    forms: dict[str, set[str]] = {}
    for source in (table, _COUNTED.get(language, {})):
        for phrase, english in source.items():
            said = {t for t in tokenize(fold(phrase)) if t not in skip and len(t) > 2}
            for token in tokenize(english):
                forms.setdefault(token, set()).update(said)
    return {token: frozenset(said) for token, said in forms.items()}


def _as_written(language: str, stems: frozenset[str]) -> frozenset[str]:
    """What a "how many" counts (its English stems), as a passage written in `language` says it."""
    forms = foreign_forms(language)
    return frozenset(f for s in stems for f in forms.get(s, ()))


@functools.lru_cache(maxsize=50_000)
def folded_tokens(word: str) -> tuple[str, ...]:
    """`word_tokens` of a Spanish or French word without its accents, as the glossary's keys are ("países")."""
    return tuple(tokenize(fold(word)))


# A question about what is to come: "When will the Group meet?", "What is planned for 2026?", "¿Dónde
# se celebrará…?", "Quand aura lieu… ?". A document written before a period can speak of its plans.
_FUTURE = re.compile(
    r"\b(?:will|shall|should|plan(?:s|ned|ning)?|scheduled|upcoming|forthcoming|next|expected|going to|to be held|"
    r"being held|taking place|"  # "Where and when is MC14 being held?": the present of what is to come
    r"future|prepar\w*|agenda|want(?:s|ed)?|intend(?:s|ed)?|aim(?:s|ed)?|hope[sd]?)\b|"
    r"\b\w+(?:rá|rán|remos)\b|\b(?:ser[aá]n|previst[oa]s?|prev[ée]|planea|planead[oa]s?|programad[oa]s?|"
    r"próxim[oa]s?|futur[oa]s?|quer[ií]a[ns]?|pretend[ií]a[ns]?|planeaba[ns]?|esperaba[ns]?|deb[ei]r?[íi]a[ns]?)\b|"
    r"\b(?:sera|seront|aura|auront|tiendra|tiendront|fera|feront|pourra|pourront|devra|devront|doit|doivent|"
    r"pr[ée]voit|compte|voulai(?:t|ent)|comptai(?:t|ent)|prévoyai(?:t|ent)|envisageai(?:t|ent)|"
    r"souhaitai(?:t|ent)|devrai(?:t|ent))\b|"
    r"\b(?:prévue?s?|prochaine?s?|à venir|envisagée?s?|programmée?s?|futur(?:e|es|s)?)\b|"
    # the future said with "ir a", "aller": "¿Dónde se va a celebrar la MC14?", "Qui va présenter … ?"
    r"\b(?:va|van|vamos)\s+a\s+\w+(?:ar|er|ir)\b|\b(?:va|vont)\s+(?:se\s+|s['’])?\w+(?:er|ir|re)\b",
    re.IGNORECASE)


def asks_future(question: str) -> bool:
    """Whether the question asks about plans or what is to come, which a document may give before it happens."""
    return bool(_FUTURE.search(question))
