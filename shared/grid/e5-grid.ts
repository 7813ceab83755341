/**
 * The national evaluation grid of the practical part of BTS NDRC épreuve E5 (bloc 2), as
 * data: two competences, their sub-competences and criteria C1–C8 in their official wording,
 * the TI/I/S/TS scale, and the fields of the fiche d'évaluation.
 */
import type { Grid } from '../schema/grid.ts';

export const DEFAULT_GRID = {
  format: 'temoin.grid/1',
  id: 'bts-ndrc-e5-pratique',
  title: 'BTS NDRC — E5 Relation client à distance et digitalisation — partie pratique',
  version: '2023',
  source:
    'Référentiel BTS NDRC, bloc 2 « Relation client à distance et digitalisation » ; grille nationale 2023–2025',
  competences: [
    {
      id: 'animer-relation-client-digitale',
      label: 'Animer la relation client digitale',
      subCompetences: [
        {
          id: 'produire-publier-contenus',
          label: 'Produire, publier et assurer la visibilité des contenus digitaux',
          criteria: [
            { id: 'C1', label: 'Qualité et pertinence des contenus publiés' },
            { id: 'C2', label: 'Suivi rigoureux et optimisation du référencement' },
            {
              id: 'C3',
              label:
                'Cohérence entre les techniques, les outils mobilisés, les contenus et les moyens de diffusion',
            },
          ],
        },
        {
          id: 'dynamique-e-relationnelle',
          label: 'Impulser, entretenir et réguler une dynamique e-relationnelle',
          criteria: [
            { id: 'C4', label: 'Rythme adapté d’actualisation des contenus' },
            { id: 'C5', label: 'Suivi des publications et contrôle de l’image' },
          ],
        },
      ],
    },
    {
      id: 'developper-relation-e-commerce',
      label: 'Développer la relation client en e-commerce',
      subCompetences: [
        {
          id: 'dynamiser-site-e-commerce',
          label: 'Dynamiser un site de e-commerce',
          criteria: [
            {
              id: 'C6',
              label:
                'Pertinence des choix et des actions menées pour développer les ventes et créer de la valeur',
            },
          ],
        },
        {
          id: 'faciliter-securiser-relation',
          label: 'Faciliter et sécuriser la relation commerciale',
          criteria: [
            {
              id: 'C7',
              label: 'Qualité de l’assistance et prise en compte des risques et de la réglementation',
            },
          ],
        },
        {
          id: 'diagnostiquer-activite',
          label: 'Diagnostiquer l’activité de e-commerce',
          criteria: [{ id: 'C8', label: 'Pertinence des indicateurs utilisés pour l’analyse des résultats' }],
        },
      ],
    },
  ],
  levels: [
    { id: 'TI', label: 'Très insuffisant', short: 'TI', rank: 1 },
    { id: 'I', label: 'Insuffisant', short: 'I', rank: 2 },
    { id: 'S', label: 'Satisfaisant', short: 'S', rank: 3 },
    { id: 'TS', label: 'Très satisfaisant', short: 'TS', rank: 4 },
  ],
  fiche: [
    { id: 'lastName', label: 'Nom', type: 'text', required: true },
    { id: 'firstName', label: 'Prénom', type: 'text', required: true },
    { id: 'candidateNumber', label: 'N° candidat', type: 'text', required: true },
    { id: 'commission', label: 'N° commission', type: 'text', required: false },
    { id: 'date', label: 'Date', type: 'date', required: true },
    { id: 'cms', label: 'CMS', type: 'choice', required: true, options: ['WordPress', 'PrestaShop'] },
    { id: 'subjectLetter', label: 'Lettre du sujet', type: 'text', required: true },
    { id: 'mark', label: 'Note /20', type: 'mark', required: true },
    { id: 'appreciation', label: 'Appréciation globale', type: 'longtext', required: true },
    { id: 'examiners', label: 'Nom(s) et signature(s) des examinateurs', type: 'text', required: true },
  ],
} as const satisfies Grid;
