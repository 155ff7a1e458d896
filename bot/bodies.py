"""WTO bodies and international organizations a question may name, in English, Spanish and French: "another
body" near misses.

"What did the TRIPS Council decide about MSMEs?" lands near the MSME Group's paragraphs on
intellectual property; they answer for the Group, not for the Council. A question that names
a body is answered only by a passage that names it too (`bot.abstain`). The table holds the
WTO's own names for its councils, committees and groups in its three languages (from the
WTO's published vocabulary, not from the gold questions), and the official names and initials
of international organizations ("¿Qué presentó la Banque européenne d'investissement ?" is not
answered by a paragraph on the ITC); the MSME Group itself is left out, as every passage is about it.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from bot.glossary import fold


class Body(NamedTuple):
    name: str  # the English name the documents print
    english: tuple[str, ...]  # how an English text names it: what a passage must say
    other: tuple[str, ...]  # its Spanish and French names, which only a question uses


BODIES = (
    Body("General Council", ("General Council",), ("Consejo General", "Conseil général")),
    Body("Council for Trade in Goods", ("Council for Trade in Goods", "Goods Council"),
         ("Consejo del Comercio de Mercancías", "Conseil du commerce des marchandises")),
    Body("Council for Trade in Services", ("Council for Trade in Services", "Services Council"),
         ("Consejo del Comercio de Servicios", "Conseil du commerce des services")),
    Body("TRIPS Council", ("TRIPS Council", "Council for TRIPS",
                           "Council for Trade-Related Aspects of Intellectual Property Rights"),
         ("Consejo de los ADPIC", "Consejo de ADPIC", "Conseil des ADPIC")),
    Body("Committee on Trade and Development", ("Committee on Trade and Development", "CTD"),
         ("Comité de Comercio y Desarrollo", "Comité du commerce et du développement")),
    Body("TBT Committee", ("TBT Committee", "Committee on Technical Barriers to Trade"),
         ("Comité OTC", "Comité de Obstáculos Técnicos al Comercio", "Comité des obstacles techniques au commerce")),
    Body("SPS Committee", ("SPS Committee", "Committee on Sanitary and Phytosanitary Measures"),
         ("Comité MSF", "Comité de Medidas Sanitarias y Fitosanitarias", "Comité SPS",
          "Comité des mesures sanitaires et phytosanitaires")),
    Body("Committee on Government Procurement", ("Committee on Government Procurement",
                                                 "Government Procurement Committee"),
         ("Comité de Contratación Pública", "Comité des marchés publics")),
    Body("Committee on Agriculture", ("Committee on Agriculture", "Agriculture Committee"),
         ("Comité de Agricultura", "Comité de l'agriculture")),
    Body("Committee on Market Access", ("Committee on Market Access", "Market Access Committee"),
         ("Comité de Acceso a los Mercados", "Comité de l'accès aux marchés")),
    Body("Committee on Rules of Origin", ("Committee on Rules of Origin",),
         ("Comité de Normas de Origen", "Comité des règles d'origine")),
    Body("Committee on Import Licensing", ("Committee on Import Licensing",),
         ("Comité de Licencias de Importación", "Comité des licences d'importation")),
    Body("Trade Facilitation Committee", ("Trade Facilitation Committee", "Committee on Trade Facilitation"),
         ("Comité de Facilitación del Comercio", "Comité de la facilitation des échanges")),
    Body("Committee on Trade and Environment", ("Committee on Trade and Environment", "CTE"),
         ("Comité de Comercio y Medio Ambiente", "Comité du commerce et de l'environnement")),
    Body("Committee on Budget, Finance and Administration", ("Committee on Budget, Finance and Administration",
                                                            "Budget Committee"),
         ("Comité de Asuntos Presupuestarios, Financieros y Administrativos",
          "Comité du budget, des finances et de l'administration")),
    Body("Dispute Settlement Body", ("Dispute Settlement Body", "DSB"),
         ("Órgano de Solución de Diferencias", "Organe de règlement des différends")),
    Body("Trade Policy Review Body", ("Trade Policy Review Body", "TPRB"),
         ("Órgano de Examen de las Políticas Comerciales", "Organe d'examen des politiques commerciales")),
    Body("Informal Working Group on Trade and Gender", ("Trade and Gender", "Trade & Gender"),
         ("Comercio y Género", "Comercio y el Género", "commerce et l'égalité des genres", "commerce et le genre",
          "commerce et genre")),
    Body("TESSD", ("TESSD", "Trade and Environmental Sustainability Structured Discussions"),
         ("Debates Estructurados sobre Comercio y Sostenibilidad Ambiental",
          "Discussions structurées sur le commerce et la durabilité environnementale")),
    *(Body(english[0], english, other) for english, other in (
        # international organizations, by their official names and initials in the three languages; initials that
        # are words ("BAD", "BID", Spanish "unido") or stand for two of them ("CCI": the ITC and the ICC in French)
        # are left out
        (("International Trade Centre", "ITC"),
         ("Centro de Comercio Internacional", "Centre du commerce international")),
        (("UNCTAD", "United Nations Conference on Trade and Development"),
         ("Conferencia de las Naciones Unidas sobre Comercio y Desarrollo",
          "Conférence des Nations Unies sur le commerce et le développement", "CNUCED")),
        (("World Intellectual Property Organization", "WIPO"),
         ("Organización Mundial de la Propiedad Intelectual", "Organisation mondiale de la propriété intellectuelle",
          "OMPI")),
        (("World Bank",), ("Banco Mundial", "Banque mondiale")),
        (("International Monetary Fund", "IMF"), ("Fondo Monetario Internacional", "Fonds monétaire international",
                                                 "FMI")),
        (("OECD", "Organisation for Economic Co-operation and Development",
          "Organization for Economic Cooperation and Development"),
         ("OCDE", "Organización para la Cooperación y el Desarrollo Económicos",
          "Organisation de coopération et de développement économiques")),
        (("United Nations Industrial Development Organization",),  # not "UNIDO": "Reino Unido" is the UK
         ("ONUDI", "Organización de las Naciones Unidas para el Desarrollo Industrial",
          "Organisation des Nations Unies pour le développement industriel")),
        (("World Customs Organization", "WCO"),
         ("Organización Mundial de Aduanas", "Organisation mondiale des douanes", "OMA")),
        (("Universal Postal Union", "UPU"), ("Unión Postal Universal", "Union postale universelle")),
        (("International Chamber of Commerce", "ICC"), ("Cámara de Comercio Internacional",
                                                       "Chambre de commerce internationale")),
        (("Inter-American Development Bank", "IDB"), ("Banco Interamericano de Desarrollo",
                                                     "Banque interaméricaine de développement")),
        (("African Development Bank", "AfDB"), ("Banco Africano de Desarrollo", "Banque africaine de développement")),
        (("Asian Development Bank", "ADB"), ("Banco Asiático de Desarrollo", "Banque asiatique de développement")),
        (("European Investment Bank", "EIB"), ("Banco Europeo de Inversiones", "Banque européenne d'investissement",
                                              "BEI")),
        (("European Bank for Reconstruction and Development", "EBRD"),
         ("Banco Europeo de Reconstrucción y Desarrollo",
          "Banque européenne pour la reconstruction et le développement", "BERD")),
        (("International Labour Organization", "International Labor Organization", "ILO"),
         ("Organización Internacional del Trabajo", "Organisation internationale du Travail", "OIT")),
        (("Food and Agriculture Organization", "FAO"),
         ("Organización de las Naciones Unidas para la Alimentación y la Agricultura",
          "Organisation des Nations Unies pour l'alimentation et l'agriculture")),
    )),
)


def _phrase(name: str) -> str:
    """A name as a pattern: whole words, "&" as "and", any run of spaces."""
    words = [re.escape(w) for w in fold(name).replace("&", " and ").split()]
    return r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"


@functools.cache
def _patterns() -> tuple[tuple[Body, re.Pattern[str], re.Pattern[str]], ...]:
    """Each body with the pattern that finds it in a question (any language) and in an English text."""
    return tuple((b, re.compile("|".join(_phrase(n) for n in (*b.english, *b.other))),
                  re.compile("|".join(_phrase(n) for n in b.english))) for b in BODIES)


def _folded(text: str) -> str:
    return fold(text).replace("&", " and ")


def bodies_named(question: str) -> tuple[Body, ...]:
    """The WTO bodies (other than the MSME Group) a question names, in any of the three languages.

    Example:
        >>> [b.name for b in bodies_named("¿Qué decidió el Comité OTC sobre las pymes?")]
        ['TBT Committee']
    """
    folded = _folded(question)
    return tuple(b for b, asked, _ in _patterns() if asked.search(folded))


# a name spelled out before its initials: "the Technical Barriers to Trade (TBT) Committee" is the TBT Committee
_SPELLED_OUT = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|and|to|of|on|for|the|in))*\s+\(([A-Z]{2,6})\)")


def names_any(bodies: tuple[Body, ...], text: str) -> bool:
    """Whether an English text names one of the bodies, by a name or by its initials after the words they stand for."""
    folded = (_folded(text), _folded(_SPELLED_OUT.sub(r"\1", text)))
    return any(said.search(f) for b, _, said in _patterns() if b in bodies for f in folded)
