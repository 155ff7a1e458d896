"""The app's words in English, French and Spanish, the WTO's three official languages.

Labels follow the language picker; sentences the bot writes itself (the abstention, the
"closest we found" heading) follow the language of the question (`bot.language`).
"""

from __future__ import annotations

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}
DEFAULT = "en"

LABELS: dict[str, dict[str, str]] = {
    "intro": {
        "en": "Answers from WTO documents on micro, small and medium-sized enterprises, each sentence cited by "
              "document, paragraph and page.",
        "fr": "Des réponses tirées des documents de l'OMC sur les micro, petites et moyennes entreprises, chaque "
              "phrase citée par document, paragraphe et page.",
        "es": "Respuestas extraídas de documentos de la OMC sobre las micro, pequeñas y medianas empresas; cada "
              "frase citada por documento, párrafo y página.",
    },
    "language": {"en": "Language", "fr": "Langue", "es": "Idioma"},
    "tab_ask": {"en": "Ask", "fr": "Question", "es": "Preguntar"},
    "tab_lookup": {"en": "Look up a document", "fr": "Consulter un document", "es": "Consultar un documento"},
    "question": {"en": "Your question", "fr": "Votre question", "es": "Su pregunta"},
    "placeholder": {"en": "e.g. What is the Trade4MSMEs Platform?", "fr": "p. ex. Qu'est-ce que la plateforme Trade4MSMEs ?",
                    "es": "p. ej. ¿Qué es la plataforma Trade4MSMEs?"},
    "ask": {"en": "Ask", "fr": "Demander", "es": "Preguntar"},
    "examples": {"en": "Try", "fr": "Essayez", "es": "Pruebe"},
    "filters": {"en": "Filters", "fr": "Filtres", "es": "Filtros"},
    "documents": {"en": "Only these documents", "fr": "Seulement ces documents", "es": "Solo estos documentos"},
    "year_from": {"en": "From year", "fr": "À partir de l'année", "es": "Desde el año"},
    "year_to": {"en": "To year", "fr": "Jusqu'à l'année", "es": "Hasta el año"},
    "clear": {"en": "Clear conversation", "fr": "Effacer la conversation", "es": "Borrar la conversación"},
    "plain": {"en": "Last answer as plain text", "fr": "Dernière réponse en texte brut",
              "es": "Última respuesta como texto"},
    "copy": {"en": "Copy answer with citations", "fr": "Copier la réponse et ses citations",
             "es": "Copiar la respuesta con sus citas"},
    "download": {"en": "Download answer (Markdown)", "fr": "Télécharger la réponse (Markdown)",
                 "es": "Descargar la respuesta (Markdown)"},
    "rate": {"en": "Was the last answer useful?", "fr": "La dernière réponse était-elle utile ?",
             "es": "¿Fue útil la última respuesta?"},
    "comment": {"en": "Comment (optional)", "fr": "Commentaire (facultatif)", "es": "Comentario (opcional)"},
    "up": {"en": "▲ Useful", "fr": "▲ Utile", "es": "▲ Útil"},
    "down": {"en": "▼ Not useful", "fr": "▼ Pas utile", "es": "▼ No útil"},
    "thanks": {"en": "Thank you: your rating was saved.", "fr": "Merci : votre avis a été enregistré.",
               "es": "Gracias: su valoración se ha guardado."},
    "nothing_to_rate": {"en": "Ask a question first.", "fr": "Posez d'abord une question.",
                        "es": "Haga primero una pregunta."},
    "sources": {"en": "Sources", "fr": "Sources", "es": "Fuentes"},
    "closest": {"en": "Closest we found", "fr": "Les passages les plus proches", "es": "Lo más cercano que encontramos"},
    "unknown_symbol": {
        "en": "{symbols} is not in the collection: no indexed document has this symbol or cites it.",
        "fr": "{symbols} n'est pas dans la collection : aucun document indexé ne porte cette cote ni ne la cite.",
        "es": "{symbols} no está en la colección: ningún documento indexado tiene esta signatura ni la cita.",
    },
    "other_period": {
        "en": "No document in the collection reports on {periods}.",
        "fr": "Aucun document de la collection ne porte sur {periods}.",
        "es": "Ningún documento de la colección trata de {periods}.",
    },
    "abstain": {
        "en": "The documents do not answer this. The closest passages we found are shown below.",
        "fr": "Les documents ne répondent pas à cette question. Les passages les plus proches sont présentés ci-dessous.",
        "es": "Los documentos no responden a esta pregunta. Abajo se muestran los pasajes más cercanos.",
    },
    "context": {"en": "View in context", "fr": "Voir dans le contexte", "es": "Ver en contexto"},
    "official": {"en": "Open on docs.wto.org", "fr": "Ouvrir sur docs.wto.org", "es": "Abrir en docs.wto.org"},
    "no_symbol": {"en": "No symbol known: cited by title", "fr": "Cote inconnue : cité par son titre",
                  "es": "Signatura desconocida: citado por su título"},
    "page": {"en": "p.", "fr": "p.", "es": "pág."},
    "score": {"en": "score", "fr": "score", "es": "puntuación"},
    "symbol": {"en": "Document symbol", "fr": "Cote du document", "es": "Signatura del documento"},
    "symbol_placeholder": {"en": "e.g. WT/MIN(24)/9 or inf/msme/w/47 rev 2", "fr": "p. ex. WT/MIN(24)/9",
                           "es": "p. ej. WT/MIN(24)/9"},
    "pick": {"en": "…or pick an indexed document", "fr": "…ou choisissez un document indexé",
             "es": "…o elija un documento indexado"},
    "lookup": {"en": "Look up", "fr": "Consulter", "es": "Consultar"},
    "when": {"en": "What happened on / at … (a date, a month or a meeting)",
             "fr": "Que s'est-il passé le / à … (une date, un mois ou une réunion)",
             "es": "¿Qué ocurrió el / en … (una fecha, un mes o una reunión)"},
    "when_placeholder": {"en": "e.g. 10 December 2024, March 2024, MC13", "fr": "p. ex. 10 December 2024, MC13",
                         "es": "p. ej. 10 December 2024, MC13"},
    "search_when": {"en": "Find", "fr": "Chercher", "es": "Buscar"},
    "title": {"en": "Title", "fr": "Titre", "es": "Título"},
    "date": {"en": "Date", "fr": "Date", "es": "Fecha"},
    "passages": {"en": "Indexed passages", "fr": "Passages indexés", "es": "Pasajes indexados"},
    "outline": {"en": "Outline", "fr": "Plan", "es": "Estructura"},
    "cites": {"en": "Symbols it cites", "fr": "Cotes qu'il cite", "es": "Signaturas que cita"},
    "cited_by": {"en": "Indexed documents citing it", "fr": "Documents indexés qui le citent",
                 "es": "Documentos indexados que lo citan"},
    "mentions": {"en": "Mentions in context", "fr": "Mentions en contexte", "es": "Menciones en contexto"},
    "not_indexed": {"en": "Not in the index; mentioned by the documents below.",
                    "fr": "Absent de l'index ; mentionné par les documents ci-dessous.",
                    "es": "No está en el índice; lo mencionan los documentos siguientes."},
    "none": {"en": "none", "fr": "aucun", "es": "ninguno"},
    "nothing_when": {"en": "No indexed paragraph records {when}.", "fr": "Aucun paragraphe indexé ne mentionne {when}.",
                     "es": "Ningún párrafo indexado registra {when}."},
    "recorded": {"en": "Paragraphs that record {when}, in date order",
                 "fr": "Paragraphes qui mentionnent {when}, par date",
                 "es": "Párrafos que registran {when}, por fecha"},
}


def label(key: str, lang: str = DEFAULT, **values: str) -> str:
    """The label in `lang`, English where a language is unknown; `{name}` fields filled from values."""
    texts = LABELS[key]
    text = texts.get(lang) or texts[DEFAULT]
    return text.format(**values) if values else text

