/** Site settings (WordPress): tagline, privacy policy page. */
import { define, TEXT } from './define.ts';

export const taglineChanged = define({
  id: 'settings.taglineChanged',
  title: 'Slogan du site modifié',
  description:
    'Réglages › Général : le slogan (option `blogdescription`) est renseigné ; avec `contains`, il doit contenir ce texte (casse, accents et espaces ignorés). La dernière valeur enregistrée décide.',
  cms: ['wordpress'],
  kind: 'settings.changed',
  reads: ['data.area', 'data.changes.blogdescription'],
  evidence: 'state',
  criteria: ['C2', 'C3'],
  parameters: [{ name: 'contains', description: 'Texte que le slogan doit contenir (facultatif)' }],
  where: (p: { contains?: string }) => [
    { op: 'equals', field: 'data.area', value: 'general', tolerant: TEXT, required: true },
    { op: 'exists', field: 'data.changes.blogdescription', value: true },
    ...(p.contains === undefined
      ? []
      : [
          {
            op: 'contains',
            field: 'data.changes.blogdescription',
            value: p.contains,
            tolerant: TEXT,
          } as const,
        ]),
  ],
});

export const privacyPolicyPageSet = define({
  id: 'privacy.policyPageSet',
  title: 'Page de politique de confidentialité définie',
  description:
    'Réglages › Confidentialité : une page est choisie ou créée comme politique de confidentialité (option `wp_page_for_privacy_policy`, zone `privacy`). Complète `privacy.policyPagePublished`, qui vérifie la publication de la page.',
  cms: ['wordpress'],
  kind: 'settings.changed',
  reads: ['data.area', 'data.changes.wp_page_for_privacy_policy'],
  evidence: 'state',
  criteria: ['C7'],
  where: () => [
    { op: 'equals', field: 'data.area', value: 'privacy', tolerant: TEXT, required: true },
    { op: 'exists', field: 'data.changes.wp_page_for_privacy_policy', value: true },
    { op: 'differs', field: 'data.changes.wp_page_for_privacy_policy', value: 0 },
  ],
});
