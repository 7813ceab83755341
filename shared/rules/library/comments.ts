/** Comments (WordPress): replying, moderating, requiring manual approval. */
import {
  courteous,
  define,
  inSentences,
  notBlaming,
  notFiller,
  notTextSpeak,
  TEXT,
  underTheComment,
} from './define.ts';

type ModerationAction = 'approve' | 'unapprove' | 'spam' | 'trash';
const ACTION_TITLES: Record<ModerationAction, string> = {
  approve: 'Commentaire approuvé',
  unapprove: 'Commentaire désapprouvé',
  spam: 'Commentaire signalé comme indésirable',
  trash: 'Commentaire mis à la corbeille',
};

export const commentReplied = define({
  id: 'comment.replied',
  title: 'Réponse à un commentaire',
  description:
    'Le candidat répond à un commentaire d’internaute, avec au moins `minWords` mots (3 par défaut) ; avec `contains`, la réponse doit contenir ce texte (casse, accents et espaces ignorés). Une réponse au nom de l’entreprise sans aucune formule de politesse (bonjour, merci, cordialement…) limite la question à S, sauf avec `courtesy: false` ; le ton lui-même reste à apprécier par l’examinateur. Une réponse de remplissage (phrases répétées) la limite à I ; une réponse en notes télégraphiques, à S ; en langage SMS, à I. Une réponse publiée comme nouveau commentaire (formulaire public) plutôt que sous le commentaire compte, limitée à S.',
  cms: ['wordpress'],
  kind: 'comment.replied',
  orKinds: ['comment.posted'],
  reads: ['data.text', 'kind'],
  evidence: 'process',
  criteria: ['C5'],
  parameters: [
    { name: 'minWords', description: 'Nombre minimal de mots de la réponse', default: 3 },
    { name: 'contains', description: 'Texte que la réponse doit contenir (facultatif)' },
    {
      name: 'courtesy',
      description:
        'Exiger une formule de politesse (sinon la question est limitée à S) et aucun reproche au client (sinon limitée à I)',
      default: true,
    },
  ],
  where: (p: { minWords?: number; contains?: string; courtesy?: boolean }) => [
    { op: 'wordsAtLeast', field: 'data.text', value: p.minWords ?? 3 },
    ...(p.contains === undefined
      ? []
      : [{ op: 'contains', field: 'data.text', value: p.contains, tolerant: TEXT } as const]),
    ...(p.courtesy === false ? [] : [courteous(), notBlaming()]),
    notFiller('réponse sans remplissage'),
    inSentences('réponse rédigée en phrases (pas en notes télégraphiques)'),
    notTextSpeak('réponse sans langage SMS (« bjr », « dsl »)'),
    underTheComment(),
  ],
});

export const commentModerated = define({
  id: 'comment.moderated',
  title: 'Commentaire modéré',
  description:
    'Un commentaire est modéré avec l’action `action` (approuvé par défaut ; aussi désapprouvé, indésirable, corbeille) et c’est toujours sa dernière modération à la fin ; avec `commentId`, ce commentaire-là.',
  cms: ['wordpress'],
  kind: 'comment.moderated',
  reads: ['data.action', 'data.commentId'],
  evidence: 'state',
  criteria: ['C5'],
  parameters: [
    { name: 'action', description: 'approve, unapprove, spam ou trash', default: 'approve' },
    { name: 'commentId', description: 'Identifiant du commentaire visé (facultatif)' },
  ],
  ruleTitle: (p) => ACTION_TITLES[p.action ?? 'approve'],
  where: (p: { action?: ModerationAction; commentId?: string }) => [
    { op: 'equals', field: 'data.action', value: p.action ?? 'approve' },
    ...(p.commentId === undefined
      ? []
      : [{ op: 'equals', field: 'data.commentId', value: p.commentId } as const]),
  ],
});

export const manualApproval = define({
  id: 'settings.manualApproval',
  title: 'Approbation manuelle des commentaires activée',
  description:
    'Réglages › Discussion : « Le commentaire doit être approuvé manuellement » est coché (option `comment_moderation`) et le reste à la fin.',
  cms: ['wordpress'],
  kind: 'settings.changed',
  reads: ['data.area', 'data.changes.comment_moderation'],
  evidence: 'state',
  criteria: ['C5', 'C7'],
  where: () => [
    { op: 'equals', field: 'data.area', value: 'discussion', tolerant: TEXT, required: true },
    { op: 'equals', field: 'data.changes.comment_moderation', value: true },
  ],
});
