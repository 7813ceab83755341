/**
 * Rules of question 5 of the demo WordPress subject (the quality check of the blog): the public
 * page viewed by the candidate, the checked article's alt text fixed without taking it off the
 * blog, and a GDPR recommendation in the candidate's own words. Beside wordpress-a-rules.ts so
 * that each file stays within the size limit.
 */
import { notFiller, notTheQuestion } from '../../rules/library/index.ts';
import type { EvidenceRuleInput } from '../../schema/rule.ts';
import { TOLERANT } from '../company.ts';
import { ALT_NOT_FILE_NAME, ALT_NOT_STUFFED, STILL_ONLINE } from './wordpress-a-article.ts';

export const CHECK_RULES: EvidenceRuleInput[] = [
  {
    id: 'q5-public-article',
    title: 'Page publique d’un article du blog consultée par le candidat',
    description:
      'Une page ouverte par le candidat ; la capture de la page publiée faite par Témoin ne compte pas.',
    criteria: ['C5'],
    kind: 'nav.visited',
    where: [
      { op: 'matches', field: 'url', pattern: '/blog/.+', required: true },
      { op: 'matches', field: 'url', pattern: 'the-vert|printemps|bio', flags: 'i' },
    ],
    evidence: 'process',
    weight: 1,
  },
  {
    id: 'q5-alt-fixed',
    title: 'Texte alternatif ajouté à l’image de l’article à contrôler',
    criteria: ['C5', 'C7'],
    kind: 'content.updated',
    where: [
      {
        op: 'contains',
        field: 'data.title',
        value: '{{checkArticle}}',
        tolerant: TOLERANT,
        required: true,
      },
      { op: 'lengthBetween', field: 'data.featuredImage.alt', min: 10, max: 150 },
      // A list of repeated keywords is not a description of the image: wrong, not missing.
      ALT_NOT_STUFFED,
      ALT_NOT_FILE_NAME,
      // The article's title copied as the alt describes the article, not the image.
      {
        op: 'matches',
        field: 'data.featuredImage.alt',
        pattern: '^\\W*{{checkArticle}}\\W*$',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'texte alternatif qui décrit l’image, pas le titre de l’article recopié',
      },
      STILL_ONLINE,
    ],
    evidence: 'state',
    weight: 1,
  },
  {
    id: 'q5-privacy-note',
    title: 'Recommandation RGPD argumentée dans les notes',
    criteria: ['C7'],
    kind: 'task.noteSaved',
    where: [
      { op: 'equals', field: 'data.questionId', value: 'q5', required: true },
      notTheQuestion('q5'),
      { op: 'wordsAtLeast', field: 'data.text', value: 40 },
      {
        op: 'mentions',
        field: 'data.text',
        // The question's three points and the law they come from, each in the words a
        // candidate may use: the information under the comment form, the privacy policy, how
        // long e-mail addresses are kept (« conservées trois ans », « supprimées au bout de 3 ans »).
        values: [
          ['RGPD', 'données personnelles', 'règlement général', 'protection des données'],
          ['formulaire*', 'mention*', 'inform*'],
          ['confidentialité'],
          // « supprimer » alone is the right to erasure, not how long addresses are kept.
          ['conserv*', 'durée*', 'délai*', 'ans', 'mois', 'archiv*'],
        ],
        weight: 2,
      },
      // Words of filler that name the four points are no recommendation (at most I).
      notFiller('recommandation sans remplissage'),
      // The law's facts: a blog that collects e-mail addresses is bound by the GDPR and keeps
      // them for a limited time. A note saying otherwise is wrong advice: at most I.
      {
        op: 'matches',
        field: 'data.text',
        pattern:
          '(?:peu[tv]|sont|seront|est|sera)[a-z]{0,3} (?:être |les )?(?:gard|conserv)[a-zé]{0,4} (?:ind[ée]finiment|sans limite)|pour toujours|aucune obligation|pas d.obligation|pas concern|pas soumis|pas oblig',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'I',
        label: 'aucune affirmation contraire au RGPD',
      },
      // Keeping commenters' addresses five years or more is not « limitée » (the usual advice is
      // at most three years after the last contact): the point is made wrong (at most S).
      {
        op: 'matches',
        field: 'data.text',
        pattern: '(?:\\b[5-9]|\\b[1-9][0-9]|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans',
        flags: 'i',
        negate: true,
        weight: 0,
        ceiling: 'S',
        label: 'durée de conservation raisonnable (moins de cinq ans)',
      },
    ],
    evidence: 'state',
    weight: 1,
  },
];
