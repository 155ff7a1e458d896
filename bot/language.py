"""Which language a question is in: English, Spanish or French, by their commonest words.

Spanish and French questions go to the multilingual encoder, and template text (the
abstention sentence) is written back in the question's language.
"""

from __future__ import annotations

import functools
import re

from index.lexical import tokenize

LANGUAGES = ("en", "es", "fr")

_MARKERS = {
    "en": set("the of and to in is are what who when how which does did was were for with by on an a "
              "that this it be has have had do can could would should will or from at as my i you".split()),
    "es": set("el la los las de del y en es son qué quién cuándo cómo cuál cuántos cuántas por para con un una "
              "se al lo su sus fue han ha"
              # as typed without accents: "cuantos miembros tiene", "segun el informe"
              " cuantos cuantas cuanto cuanta cuando cual cuales quien quienes donde segun hay yo mi mis"
              # and common words a search box gets that French does not share, and Spanish's name for small firms:
              # "que dijo X sobre la propiedad intelectual" read as French (que, la), unread by the glossary (session 55)
              " sobre como pero este esta estos estas tiene tienen puede pueden dijo desde cada muy pyme pymes mipyme"
              " mipymes".split()),
    "fr": set("le la les de des du et en est sont que qui quand comment quel quelle quels quelles pour avec un "
              "une au aux sur ce cette a été ont il elle"
              # as typed without accents, or with none to type: "reunions du groupe : combien par an"
              " combien pourquoi par dans chez nous vous je mon ma mes pme pmes mpme mpmes".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPANISH_MARKS = re.compile(r"[¿¡ñ]")
_FRENCH_MARKS = re.compile(r"\b[ldjqcnst]['’]\w|[èêçœàù]", re.IGNORECASE)


def marker_counts(text: str) -> dict[str, int]:
    """How many of each language's commonest words and marks the text has."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    counts = {lang: sum(w in markers for w in words) for lang, markers in _MARKERS.items()}
    counts["es"] += 2 * len(_SPANISH_MARKS.findall(text or ""))
    counts["fr"] += 2 * len(_FRENCH_MARKS.findall(text or ""))
    return counts


def detect_language(text: str, *, default: str = "en") -> str:
    """'en', 'es' or 'fr'; `default` when nothing tells them apart (symbols, names, numbers).

    Example:
        >>> detect_language("¿Cuándo se lanzó la plataforma Trade4MSMEs?")
        'es'
    """
    counts = marker_counts(text)
    best = max(counts.values())
    if best == 0:
        return default
    winners = [lang for lang in LANGUAGES if counts[lang] == best]
    return default if default in winners else "en" if "en" in winners else winners[0]


# Spanish and French function words: articles, prepositions, pronouns, conjunctions, question
# words and common auxiliaries. The documents are English, so these are rare in them and BM25
# gave "de", "los", "en" the weight of a rare name; a question keeps its content words only.
_FUNCTION_WORDS = {
    "es": """a al ante bajo cabe como cómo con contra cual cuál cuales cuáles cuando cuándo cuanto cuánto cuanta
        cuánta cuantos cuántos cuantas cuántas de del desde donde dónde durante e el él ella ellas ellos en entre
        era eran es esa esas ese eso esos esta está estaba estaban están estas este esto estos fue fueron ha habido
        había han hasta hay la las le les lo los mas más me mi mis muy ni no nos nuestra nuestro o para pero poco
        por porque puede pueden que qué quien quién quienes quiénes se sea según ser si sí sido sin sobre son su sus
        también tan te tiene tienen tras tu tus u un una unas uno unos usted ya yo""",
    "fr": """à a afin ai au aux avait avaient avec avoir c ça ce ceci cela celle celles celui ces cet cette ceux chez
        comme comment d dans de des du elle elles en entre est et été étaient était être eu eux fait font il ils
        je l la laquelle le lequel les lesquels leur leurs lors lui m ma mais me même mes moi mon n ne ni nos notre
        nous on ont ou où par parmi pas peut peuvent plus pour pourquoi qu quand que quel quelle quelles quels qui
        quoi s sa sans se ses si son sont sous sur t ta te tes toi ton tous tout toute toutes très tu un une vers
        vos votre vous y""",
}


@functools.cache
def function_words(language: str) -> frozenset[str]:
    """The tokens (as `tokenize` leaves them) of the language's function words; empty for English,
    whose own are dropped by the tokenizer."""
    words = _FUNCTION_WORDS.get(language, "")
    return frozenset(t for w in words.split() for t in tokenize(w))
