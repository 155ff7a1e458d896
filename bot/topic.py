"""Whether a question is about trade and business at all: the off-topic test's words.

Cosines cannot tell "What's the weather like in Geneva this week?" from a question about the
Group's Geneva meetings: both land near the paragraph that names Geneva, and a place, a firm
("Alfajores del Plata") or a product ("tea") the documents mention makes any question about
it look near. What tells them apart is the rest of the question: an off-topic one names no
topic of the domain (trade, business, the WTO's work) and asks for something the documents
have no word for ("weather", "recipe"). The word stems below are the domain's vocabulary in
the three languages, written from what the documents are about (trade, firms, finance,
customs, the Group's meetings and texts), not from the gold questions; a stem matches at the
start of a word, accents and case aside ("export" matches "exporter", "exportación").
"""

from __future__ import annotations

import functools
import re

from bot.glossary import fold

_ENGLISH = """
trade trading export import business firm compan enterpris entrepreneur sme smes msme aeo authori micro small medium wto member
group meeting session workshop webinar seminar dialogue conference ministerial declaration decision
recommendation proposal propos communication document report note agenda coordinat chair delegat ambassador secretariat
custom tariff duty duties tax taxes taxation market financ credit loan bank payment invest fund commerce digital online website web platform
portal database helpdesk champion award prize competition contest guide handbook toolkit survey study studies women
gender standard regulat rule barrier certific origin operator logistic ship freight courier transport sps tbt
intellectual patent trademark transparen polic government econom sector supply cost price fee fees sell sale
buy goods product service customer supplier consumer employ worker informal cyber data technolog innovat skill
training capacity cooperat partner network itc unctad wco icc chamber association agency ministry law laws legal legislat
procedure paperwork permit licen requir abroad overseas foreign international cross-border border
growth develop ldc least-developed support assist advice contact access participat join accession objective
mandate programme program priorit theme spotlight package stocktak e-commerce ecommerce mc11 mc12 mc13 mc14 mc15
visit user download page pages project shop store stall farm craft artisan producer manufactur
vendor organi paragraph annex chapter section
"""
_SPANISH = """
comerci export import negocio empresa empresari emprend pyme mipyme omc miembro grupo reunion sesion taller
seminario dialogo evento conferencia ministerial declaracion decision recomendacion propuesta propus comunicacion
documento informe nota agenda coordina presid delegac embajador secretaria aduan arancel impuesto
mercado financ credito prestamo banco pago pagar invers fondo digital web plataforma portal
datos campeon premio concurso guia manual encuesta estudio mujer genero norma reglament regla obstaculo barrera
certific origen oea operador logistic envio enviar envia flete transporte intelectual patente marca
transparen politica gobierno econom sector suministr costo coste cuesta precio tarifa vend venta compra mercancia
producto servicio cliente proveedor consumidor empleo trabajador informal ciber seguridad datos tecnolog innova
capacita formacion cooperac socio red ley legal legisla procedimiento tramite permiso licencia requisito extranjero
internacional frontera crecimiento desarrollo apoyo asesor acceso particip adhesion objetivo
mandato programa prioridad tema visita usuario descarga pagina proyecto paquete organi parrafo anexo capitulo seccion tienda puesto finca granja artesan productor fabric
cm11 cm12 cm13 cm14 cm15 mc11 mc12 mc13 mc14
"""
_FRENCH = """
commerc export import affaires entreprise entrepreneur pme mpme omc membre groupe reunion seance session atelier
seminaire webinaire dialogue evenement conference ministeriel declaration decision recommandation proposition propos
communication document rapport note coordonna presid delegation ambassad secretariat douan tarif
taxe impot marche financ credit pret banque paiement payer invest fonds numerique web
plateforme portail donnees champion prix concours guide manuel enquete etude femme genre norme reglement
regle obstacle barriere certific origine oea operateur logisti expedi fret transport intellectuel brevet
marque transparen politique gouvernement econom secteur approvisionn cout coute frais vend vente achet achat
marchandise produit service client fournisseur prets consommateur emploi travailleur informel cyber securite donnees
technolog innov formation cooperat partenaire reseau loi legal juridique procedure formalite permis licence exigence
etranger international frontiere croissance developpement soutien appui conseil acces particip
adhesion objectif mandat programme priorite theme visite utilisateur telecharge page projet paquet organi paragraphe annexe chapitre boutique magasin ferme
artisan producteur fabric cm11 cm12 cm13 cm14 cm15 mc11
mc12 mc13 mc14
"""
# Stems this short would start too many other words ("red" redacted, "sme" smell): they match whole words only.
_WHOLE = frozenset({"sme", "smes", "wto", "itc", "icc", "wco", "sps", "tbt", "ldc", "fee", "fees", "web", "red", "ley",
                    "oea", "omc", "pme", "tax", "law", "laws", "aeo", "pago", "loi", "pret", "prets", "prix", "page",
                    "pages"})
_STEMS = {"en": _ENGLISH, "es": _SPANISH, "fr": _FRENCH}


@functools.cache
def _pattern(language: str) -> re.Pattern[str]:
    # a question in one language may use the English name of a programme or body: English stems count in all
    stems = {*_ENGLISH.split(), *_STEMS[language].split()}
    whole = [s for s in stems if s in _WHOLE]
    prefix = [s for s in stems if s not in _WHOLE]
    return re.compile(r"(?<!\w)(?:(?:" + "|".join(sorted(map(re.escape, whole), key=len, reverse=True)) + r")(?!\w)|(?:"
                      + "|".join(sorted(map(re.escape, prefix), key=len, reverse=True)) + r"))")


def names_domain(question: str, language: str) -> bool:
    """Whether the question uses a word of trade, business or the WTO's work, in its language or in English."""
    return _pattern(language if language in _STEMS else "en").search(fold(question)) is not None
