"""Whether a question is about trade and business at all: the off-topic test's words.

Cosines cannot tell "What's the weather like in Geneva this week?" from a question about the
Group's Geneva meetings: both land near the paragraph that names Geneva, and a place, a firm
("Alfajores del Plata") or a product ("tea") the documents mention makes any question about
it look near. What tells them apart is the rest of the question: an off-topic one names no
topic of the domain (trade, business, the WTO's work) and asks for something the documents
have no word for ("weather", "recipe"). The word stems below are the domain's English
vocabulary, written from what the documents are about (trade, firms, finance, customs, the
Group's meetings and texts), not from the gold questions; a stem matches at the start of a
word, case aside ("export" matches "exporter", "exports"). Only English questions are read so:
a Spanish or French question's words the glossary lacks are unknown to the English passages
whatever its topic, and Spanish and French lists (tried in session 30) were short lists mended
on the dev questions, which refused answerable questions elsewhere.
"""

from __future__ import annotations

import functools
import re

from bot.glossary import fold

_ENGLISH = """
trade trading export import business firm compan enterpris entrepreneur sme smes msme aeo authori micro small
medium wto member group meeting session workshop webinar seminar dialogue conference ministerial declaration
decision recommendation proposal propos communication document report note agenda coordinat chair delegat
ambassador secretariat custom tariff duty duties tax taxes taxation market financ credit loan bank payment
guarant insur invoic collateral lend money contribut pledg donor grant
invest fund budget commerce digital online website web platform portal database helpdesk champion award prize
competition contest guide handbook toolkit survey study studies women gender standard regulat rule barrier
certific origin operator logistic ship freight courier transport storag warehous registr sps tbt intellectual patent
trademark
transparen polic government econom sector supply cost price fee fees sell sale buy goods product service
customer supplier consumer employ worker informal cyber data technolog innovat skill training capacity
cooperat partner network itc unctad wco icc uncitral wipo oecd unido upu chamber association agency ministry
law laws legal legislat procedure paperwork permit licen enquir inquir requir abroad overseas foreign international
cross-border border growth
develop ldc least-developed support assist advice contact access participat join accession objective mandate
programme program priorit theme spotlight package stocktak e-commerce ecommerce mc11 mc12 mc13 mc14 mc15
user download page pages project shop store stall farm craft artisan producer manufactur vendor organi
paragraph annex chapter section
"""
# Stems this short would start too many other words ("sme" smell, "tax" taxi): they match whole words only.
_WHOLE = frozenset({"sme", "smes", "wto", "itc", "icc", "wco", "upu", "sps", "tbt", "ldc", "fee", "fees", "web", "tax",
                    "law", "laws", "aeo", "page", "pages"})


@functools.cache
def _pattern() -> re.Pattern[str]:
    stems = set(_ENGLISH.split())
    whole = [s for s in stems if s in _WHOLE]
    prefix = [s for s in stems if s not in _WHOLE]
    return re.compile(r"(?<!\w)(?:(?:" + "|".join(sorted(map(re.escape, whole), key=len, reverse=True)) + r")(?!\w)|(?:"
                      + "|".join(sorted(map(re.escape, prefix), key=len, reverse=True)) + r"))")


def names_domain(question: str) -> bool:
    """Whether an English question uses a word of trade, business or the WTO's work."""
    return _pattern().search(fold(question)) is not None


# What one government requires of a traveller or of one product, which a trade helpdesk answers and documents on the
# Group's work do not: a visa ("¿Qué visado necesita un empresario peruano …?", "un visa d'affaires"; lowercase, as
# "Visa" the card company is not, or opening the question: "Visa requirements for …?"), the rules of origin that
# apply to a good ("Quelles règles d'origine s'appliquent au cacao ivoirien … ?"), the phytosanitary requirements
# for importing one, a VAT rate or how much VAT to charge ("¿cuánto IVA debo poner …?"), an anti-dumping duty.
_FOREIGN_RULE = re.compile(
    r"\b(?:visas?|visados?)\b|^\W*Vis(?:as?|ados?)\b(?!['’])|"
    r"(?i:\b(?:rules? of origin|r[eè]gles? d['’]origine|reglas? de origen)\b[^?]{0,40}?"
    r"\b(?:apply|applies|s['’]appliqu\w*|se aplica\w*|impos\w*|doit|must|respect\w*)\b|"
    r"\b(?:requisitos|exigences)\s+(?:fito)?sanitari\w*|\b(?:what|which)\s+(?:\w+\s+){0,3}?phytosanitary requirements\b|"
    r"\b(?:taux|tipo|tasa) de (?:la )?(?:TVA|IVA)\b|\bVAT rate\b|\bhow much VAT\b|\bcu[aá]nto IVA\b|"
    r"\bcombien de TVA\b|\banti-?dumping\b)")


def asks_foreign_rule(question: str) -> bool:
    """Whether a question asks what a government requires of a traveller or a product (`_FOREIGN_RULE`)."""
    return _FOREIGN_RULE.search(question) is not None
