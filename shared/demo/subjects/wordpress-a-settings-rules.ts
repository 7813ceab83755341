/**
 * Rules of question 3 of the demo WordPress subject (the comments' manual approval and the
 * site's slogan). Beside wordpress-a-rules.ts so that each file stays within the size limit.
 */
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { TOLERANT } from '../company.ts';

export const SETTINGS_RULES: EvidenceRuleInput[] = [
  {
    id: 'q3-manual-approval',
    title: 'Approbation manuelle des commentaires cochée par le candidat',
    description:
      'La case « comment_moderation » (Réglages › Discussion) cochée par le candidat : un formulaire enregistré pour le slogan renvoie aussi la case déjà cochée, ce qui ne prouve rien.',
    criteria: ['C5'],
    kind: 'ui.changed',
    where: [
      {
        op: 'matches',
        field: 'data.name',
        pattern: 'comment_moderation|require_approval',
        required: true,
      },
      { op: 'equals', field: 'data.value', value: true },
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q3-tagline',
    title: 'Slogan de 60 caractères au plus mentionnant Annecy et les thés bio',
    description: 'Option WordPress « blogdescription » (Réglages › Général).',
    criteria: ['C3'],
    kind: 'settings.changed',
    where: [
      { op: 'exists', field: 'data.changes.blogdescription', value: true, required: true },
      // Réglages › Général sends the tagline with every save: the site's own, unchanged,
      // is not the candidate's work (« remplacez le slogan »).
      {
        op: 'differs',
        field: 'data.changes.blogdescription',
        value: '{{currentTagline}}',
        tolerant: TOLERANT,
        required: true,
      },
      { op: 'contains', field: 'data.changes.blogdescription', value: 'Annecy', tolerant: TOLERANT },
      // The company is in Annecy (its context): a slogan placing it in another town misinforms
      // every search result (wrong, not missing: at most I).
      {
        op: 'matches',
        field: 'data.changes.blogdescription',
        pattern:
          'chamb[ée]ry|gen[eè]ve|grenoble|lyon|paris|annemasse|thonon|[ée]vian|aix|chamonix|albertville|megève|marseille|bordeaux|lille|nantes|toulouse|strasbourg|nice',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucune autre ville qu’Annecy',
      },
      // A slogan is permanent: a promotion code or a rate in it is out of date when the offer
      // ends, and capitals or « !!! » look careless (done, not as the company's image: S).
      {
        op: 'matches',
        field: 'data.changes.blogdescription',
        pattern: '{{voucher}}|[0-9] ?%|[Cc]ode promo|[Pp]romo|!!|[A-ZÀ-Ý]{4} [A-ZÀ-Ý]{3}',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'slogan durable et soigné (ni code promo, ni majuscules, ni « !!! »)',
      },
      { op: 'matches', field: 'data.changes.blogdescription', pattern: 'th[ée]s?.*bio', flags: 'i' },
      // « Bienvenue sur notre site ! » replaces the slogan with nothing the question asks
      // (neither Annecy nor the organic teas): the second setting is not done (at most I).
      {
        op: 'matches',
        field: 'data.changes.blogdescription',
        pattern: 'annecy|bio',
        flags: 'i',
        weight: 0,
        ceiling: 'I',
        label: 'slogan qui parle de l’entreprise (Annecy ou thés bio)',
      },
      // The shop's address or telephone number is contact information, not a slogan (at most I).
      {
        op: 'matches',
        field: 'data.changes.blogdescription',
        pattern:
          '[0-9]{2}[ .][0-9]{2}[ .][0-9]{2}[ .][0-9]{2}|passage|\\brue\\b|avenue|boulevard|t[ée]l[ ée.:]',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'un slogan, pas l’adresse ou le téléphone de la boutique',
      },
      // « #thé #bio #Annecy »: hashtags are keywords for a social network, not a sentence that
      // sums up the company under its name (at most I).
      {
        op: 'matches',
        field: 'data.changes.blogdescription',
        pattern: '#',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'un slogan rédigé, pas une suite de mots-dièse',
      },
      // Typed between quotation marks, the slogan shows them on every page (at most S).
      {
        op: 'matches',
        field: 'data.changes.blogdescription',
        pattern: '^\\s*["«“\']|["»”]\\s*$',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'slogan sans guillemets (ils s’affichent sur le site)',
      },
      // The company sells quality, chosen teas (its context): « les moins chers » contradicts its
      // image in every search result (done, at odds with the company: at most S).
      {
        op: 'matches',
        field: 'data.changes.blogdescription',
        pattern: 'moins cher|pas cher|prix bas|petits? prix|discount|imbattable|low.?cost',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'slogan fidèle au positionnement de l’entreprise (qualité, pas prix bas)',
      },
      // Only the slogan is asked: the site's name changed too alters the company's name in
      // every search result (at most S). Réglages › Général sends the name with every save.
      {
        op: 'equals',
        field: 'data.changes.blogname',
        value: 'Les Jardins d’Oléane',
        tolerant: TOLERANT,
        weight: 0,
        ceiling: 'S',
        label: 'nom du site inchangé (seul le slogan est demandé)',
      },
      { op: 'lengthBetween', field: 'data.changes.blogdescription', min: 10, max: 60 },
      // « Thé bio Annecy thé vert bio Annecy thés bio » lists keywords: it mentions both but
      // is no slogan for the company's image (wrong, not missing: at most S).
      {
        op: 'notRepetitive',
        field: 'data.changes.blogdescription',
        maxRepeated: 1,
        minVariety: 0.7,
        weight: 0,
        ceiling: 'S',
        label: 'slogan rédigé, pas une suite de mots-clés répétés',
      },
    ],
    // The tagline the site keeps: a good one replaced later by a wrong one is not done.
    evidence: 'state',
    weight: 1,
  },
];
