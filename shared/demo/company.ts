/**
 * The fictional company of the demo reference site (tests/sites/demo), shared by the demo
 * subjects. Names, figures and people are invented for teaching.
 */
export const COMPANY_NAME = 'Les Jardins d’Oléane';

export const COMPANY_CONTEXT = [
  '**Les Jardins d’Oléane** (entreprise fictive) est une maison de thés et d’infusions fondée en 2016 à Annecy (Haute-Savoie) par Oléane Ferrand. Elle emploie six salariés et réunit une boutique avec salon de dégustation dans la vieille ville (7 passage des Tilleuls, 74000 Annecy), un atelier de conditionnement et un site marchand de 500 références : thés verts, noirs, blancs, oolongs, matchas, rooibos, infusions et chaïs.',
  'Le site réalise 38 % du chiffre d’affaires (1,2 M€ en 2024). La clientèle est surtout composée de particuliers de 25 à 60 ans amateurs de thé, de touristes de passage qui recommandent ensuite en ligne et de comités d’entreprise de la région. L’entreprise se positionne sur la qualité et la traçabilité : chaque thé est choisi auprès de petits producteurs, et la gamme bio progresse de 20 % par an.',
].join('\n\n');

/** Shared tolerant matching for free text: ignore case, accents and spacing. */
export const TOLERANT = { case: true, accents: true, spacing: true, punctuation: false } as const;

/** Slugs and friendly URLs: punctuation too, so `the-vert-bio` contains « thé vert bio ». */
export const SLUG_TOLERANT = { case: true, accents: true, spacing: true, punctuation: true } as const;

/** Codes (vouchers, references): ignore case only. */
export const CASE_ONLY = { case: true, accents: false, spacing: false, punctuation: false } as const;
