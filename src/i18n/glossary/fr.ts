import type { Glossary } from './types.ts';

/**
 * Français, pour les lecteurs francophones de Belgique (fr-BE). Vouvoiement partout; un concept,
 * un terme. Le règlement s’appelle « RGPD »; « RGPD (GDPR) » seulement là où le néerlandais écrit
 * « AVG (GDPR) ». Les articles se citent « art. 6, par. 1, RGPD ». Typographie: apostrophe ’,
 * pas d’espace avant : ; ? !, guillemets « » avec une espace insécable à l’intérieur.
 * Hors glossaire mais constants dans le dictionnaire: « données personnelles » (pas « données à
 * caractère personnel »), « formule » pour un plan tarifaire, « localisation » pour l’endroit où
 * sont les données, « verdict » pour le résultat de la règle.
 */
const fr: Glossary = [
  { concept: 'form of address', term: 'vous', avoid: ['tu', 'toi', 'ton', 'ta', 'tes'], note: 'Toujours « vous », « votre », « vos », y compris dans les boutons et les libellés courts (« Choisissez », pas « Choisis »).' },
  { concept: 'GDPR', term: 'RGPD', avoid: ['RGDP'], note: 'Première mention sur une page: « RGPD (GDPR) » uniquement là où le néerlandais a « AVG (GDPR) »; ensuite « RGPD ». « GDPR » reste possible dans des noms propres et des citations.' },
  { concept: 'GDPR article citation', term: 'art. 6, par. 1, RGPD', avoid: ['art. 6(1)', 'art. 7(1)', 'art. 28(3)', 'art. 6.1', 'article 6(1)', 'article 6.1', 'art. 6, § 1'], note: 'Points: « art. 6, par. 1, point f, RGPD » (sans parenthèse après la lettre); sans paragraphe: « art. 45 RGPD ». Dans une phrase, de préférence entre parenthèses. Plusieurs articles: séparés par un point-virgule, « art. 6, par. 1; art. 5, par. 2, RGPD ».' },
  { concept: 'processor', term: 'sous-traitant', avoid: ['processeur', 'processeurs'], note: 'Le responsable du traitement est le client; le fournisseur du CRM est son sous-traitant.' },
  { concept: 'sub-processor', term: 'sous-traitant ultérieur', avoid: ['sous-traitant secondaire', 'sous-traitants secondaires', 'sous-sous-traitant', 'sous-sous-traitants'], note: 'Pluriel: « sous-traitants ultérieurs ».' },
  { concept: 'data processing agreement', term: 'accord de traitement des données (DPA)', avoid: ['contrat de sous-traitance', 'accord de sous-traitance', 'convention de sous-traitance', 'contrat de traitement des données'], note: '« DPA » seul dans les libellés courts (colonnes du tableau) ou après une première mention complète.' },
  { concept: 'retention period', term: 'durée de conservation', avoid: ['délai de conservation', 'période de conservation', 'durée de rétention', 'période de rétention'], note: 'Les règles qui les appliquent: « règles de conservation ».' },
  { concept: 'self-hosting', term: 'auto-hébergement', avoid: ['autohébergement', 'hébergement autonome', 'hébergé par vos soins', 'hébergée par vos soins', 'hébergés par vos soins', 'auto-hébergeable'], note: 'Comme filtre ou caractéristique: « Auto-hébergement possible »; dans une phrase: « que vous hébergez vous-même ».' },
  { concept: 'data subject', term: 'personne concernée', avoid: ['sujet des données', 'sujets des données'] },
  { concept: 'consent', term: 'consentement' },
  { concept: 'lawful basis', term: 'base juridique', avoid: ['base légale', 'bases légales', 'fondement juridique', 'fondements juridiques'], note: 'Les six bases de licéité de l’art. 6, par. 1, RGPD; le consentement n’en est qu’une.' },
  { concept: 'erasure', term: 'effacement', note: 'Le droit: « droit à l’effacement »; l’action: « effacer » (ou « supprimer » les données).' },
  { concept: 'right of access', term: 'droit d’accès' },
  { concept: 'supervisory authority (Belgium)', term: 'Autorité de protection des données (APD)', note: 'En néerlandais: Gegevensbeschermingsautoriteit (GBA).' },
  { concept: 'supervisory authority (Netherlands)', term: 'Autoriteit Persoonsgegevens (AP)', note: 'Nom néerlandais, non traduit; au besoin « l’autorité néerlandaise de protection des données, l’Autoriteit Persoonsgegevens (AP) ».' },
  { concept: 'EEA', term: 'EEE', note: 'Les 27 États membres de l’UE plus l’Islande, le Liechtenstein et la Norvège. « UE/EEE » là où le néerlandais a « EU/EER ».' },
  { concept: 'awaiting evidence', term: 'en attente de preuves' },
  { concept: 'excluded', term: 'exclu' },
  { concept: 'listed', term: 'répertorié', note: 'Le verbe: « répertorier »; « personne ne paie pour être répertorié ».' },
  { concept: 'vendor', term: 'fournisseur', note: 'Pas « éditeur » ni « vendeur » pour l’entreprise qui propose le CRM.' },
  { concept: 'source', term: 'source' },
  { concept: 'third party', term: 'tiers', avoid: ['tierce partie', 'tierces parties', 'partie tierce', 'parties tierces'], note: 'Adjectif: « source tierce », « sources tierces ».' },
  { concept: 'support access', term: 'accès du support', avoid: ['accès par le support', 'accès support'], note: 'Libellé: « Accès du support depuis ». Les personnes: « le personnel du support ». Pas « accès au support » (qui veut dire pouvoir contacter le support).' },
  { concept: 'offering', term: 'offre', avoid: ['façon d’utiliser le produit'], note: 'Le cloud du fournisseur par région ou par formule, l’hébergement par un partenaire ou l’auto-hébergement; au besoin « offre du produit ». Pas « formule », qui désigne un plan tarifaire.' },
  { concept: 'listed through', term: 'répertorié via', avoid: ['répond à la règle via'], note: 'L’offre grâce à laquelle un fournisseur figure dans le guide, sur les cartes et dans la comparaison côte à côte. « Répond à la règle » reste le verdict sur une offre.' },
  { concept: 'CRM system', term: 'CRM', avoid: ['CRMs', 'CRM’s', "CRM's"], note: 'Masculin, invariable: « un CRM », « des CRM », « votre CRM ».' },
  { concept: 'rectification', term: 'rectification', note: 'Le droit de l’art. 16 RGPD; pas « correction ». Le verbe « corriger » est permis.' },
  { concept: 'tax record retention', term: 'obligation fiscale de conservation', note: 'Règle nationale: citez la Belgique et les Pays-Bas, avec une source, ou précisez de quel pays il s’agit.' },
  { concept: 'correction (of the guide’s own error)', term: 'correction', note: 'Une erreur dans nos propres données que nous avons corrigée (la page Corrections, « Correction » dans un historique). Le droit de l’art. 16 RGPD reste « rectification ».' },
];

export default fr;
