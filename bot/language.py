"""Which language a question is in: English, Spanish or French, by their commonest words.

Spanish and French questions go to the multilingual encoder, and template text (the
abstention sentence) is written back in the question's language.
"""

from __future__ import annotations

import re

LANGUAGES = ("en", "es", "fr")

_MARKERS = {
    "en": set("the of and to in is are what who when how which does did was were for with by on an".split()),
    "es": set("el la los las de del y en es son qué quién cuándo cómo cuál cuántos cuántas por para con un una "
              "se al lo su sus fue han ha".split()),
    "fr": set("le la les de des du et en est sont que qui quand comment quel quelle quels quelles pour avec un "
              "une au aux sur ce cette a été ont il elle".split()),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPANISH_MARKS = re.compile(r"[¿¡ñ]")
_FRENCH_MARKS = re.compile(r"\b[ldjqcnst]['’]\w|[èêçœàù]", re.IGNORECASE)


def detect_language(text: str, *, default: str = "en") -> str:
    """'en', 'es' or 'fr'; `default` when nothing tells them apart (symbols, names, numbers).

    Example:
        >>> detect_language("¿Cuándo se lanzó la plataforma Trade4MSMEs?")
        'es'
    """
    words = [w.lower() for w in _WORD.findall(text or "")]
    counts = {lang: sum(w in markers for w in words) for lang, markers in _MARKERS.items()}
    counts["es"] += 2 * len(_SPANISH_MARKS.findall(text))
    counts["fr"] += 2 * len(_FRENCH_MARKS.findall(text))
    best = max(counts.values())
    if best == 0:
        return default
    winners = [lang for lang in LANGUAGES if counts[lang] == best]
    return default if default in winners else "en" if "en" in winners else winners[0]
