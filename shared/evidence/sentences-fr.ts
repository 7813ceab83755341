/** Every event kind in a French sentence, with its key values (see describe.ts). */
import type { EventOf } from '../schema/event.ts';
import { type KindNames, mentions, type SentenceTable } from './sentence-kit.ts';

const CONTENT: Record<string, string> = {
  post: 'l’article',
  page: 'la page',
  product: 'le produit',
  category: 'la catégorie',
  attachment: 'le média',
};
const content = (type: string) => CONTENT[type] ?? `le contenu (${type})`;

const ROLE: Record<string, string> = {
  button: 'le bouton',
  link: 'le lien',
  menuitem: 'l’élément de menu',
  tab: 'l’onglet',
  checkbox: 'la case',
  radio: 'le choix',
  option: 'l’option',
};

const MODERATION = {
  approve: 'A approuvé',
  unapprove: 'A désapprouvé',
  spam: 'A marqué comme indésirable',
  unspam: 'A retiré des indésirables',
  trash: 'A mis à la corbeille',
  untrash: 'A restauré de la corbeille',
  delete: 'A supprimé définitivement',
} as const;

const STATUS = { todo: 'à faire', doing: 'en cours', done: 'terminée' } as const;

const WARNING = {
  'left-origin': 'a quitté le site de référence',
  'untrusted-event': 'événement produit par un script',
  'seq-gap': 'trou dans la séquence des événements',
  'time-up': 'temps écoulé',
  'storage-error': 'erreur d’enregistrement',
  'clock-skew': 'horloge du poste décalée',
  'rejected-event': 'observation refusée par Témoin',
  'other-tab': 'onglet ouvert sur un autre site',
  'new-window': 'nouvelle fenêtre ouverte',
  'private-window': 'fenêtre de navigation privée',
  'forged-event': 'événement refusé (émetteur non autorisé)',
  'settings-change': 'réglages modifiés pendant l’épreuve',
} satisfies Record<EventOf<'integrity.warning'>['data']['code'], string>;

const FIELDS: Record<string, string> = {
  title: 'titre',
  content: 'contenu',
  excerpt: 'extrait',
  status: 'statut',
  slug: 'adresse',
  categories: 'catégories',
  tags: 'étiquettes',
  featured_media: 'image mise en avant',
  meta: 'métadonnées',
};

export const FR: SentenceTable = {
  'session.started': (d, k) =>
    `Épreuve commencée : sujet ${d.subjectId}, candidat n° ${d.candidateNumber}, ${k.count(d.durationMinutes, 'minute', 'minutes')}`,
  'session.resumed': (d) =>
    d.reason === 'browser-restart'
      ? 'Session reprise après un redémarrage du navigateur'
      : 'Session reprise après un redémarrage du service de Témoin',
  'session.timeExtended': (d) => `Temps supplémentaire accordé : +${d.minutes} min (${d.reason})`,
  'session.paused': (d) => `Épreuve en pause : ${d.reason}`,
  'session.pauseEnded': (d) => `Épreuve reprise après ${Math.round(d.pausedMs / 60_000)} min de pause`,
  'session.ended': (d) =>
    d.reason === 'time-up' ? 'Épreuve terminée : temps écoulé' : 'Épreuve terminée par l’examinateur',
  'nav.visited': (d, k) =>
    `A ouvert la page ${k.q(d.title || '(sans titre)')}${d.via === 'load' ? '' : ' (navigation dans la page)'}`,
  'ui.clicked': (d, k) => `A cliqué sur ${ROLE[d.role] ?? 'l’élément'} ${k.q(d.name || d.tag)}`,
  'ui.changed': (d, k) =>
    d.masked
      ? `A rempli le champ ${k.q(d.label ?? d.name)} (valeur masquée, ${k.count(d.length, 'caractère', 'caractères')})`
      : `A saisi ${k.q(d.value ?? '')} dans le champ ${k.q(d.label ?? d.name)}`,
  'form.submitted': (d, k) =>
    `A envoyé un formulaire (${k.count(d.fields.length, 'champ', 'champs')}) vers ${d.action || 'la même page'}`,
  'net.request': (d) => `Requête ${d.method} ${d.path}${d.status ? ` → ${d.status}` : ''}`,
  'page.seo': (d, k) => {
    const parts = [k.count(d.wordCount, 'mot', 'mots')];
    if (d.keyword) {
      const places = [
        d.keyword.inTitle ? 'le titre' : '',
        d.keyword.inH1 ? 'le titre H1' : '',
        d.keyword.inMetaDescription ? 'la méta-description' : '',
        d.keyword.inUrl ? 'l’adresse' : '',
      ].filter(Boolean);
      parts.push(
        places.length > 0
          ? `mot-clé ${k.q(d.keyword.term, 40)} dans ${k.list(places)}`
          : `mot-clé ${k.q(d.keyword.term, 40)} absent du titre`,
      );
    }
    parts.push(d.metaDescription ? 'méta-description présente' : 'sans méta-description');
    if (d.images.missingAlt > 0)
      parts.push(k.count(d.images.missingAlt, 'image sans texte alternatif', 'images sans texte alternatif'));
    return `Page ${k.q(d.title || '(sans titre)')} analysée : ${parts.join(', ')}`;
  },
  'content.published': (d, k) => {
    const parts = [
      ...(d.wordCount !== undefined ? [k.count(d.wordCount, 'mot', 'mots')] : []),
      ...(mentions(d.title, d.seo?.focusKeyword) ? ['mot-clé dans le titre'] : []),
      ...(d.featuredImage ? ['image mise en avant'] : []),
    ];
    return `A publié ${content(d.contentType)} ${k.q(d.title)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  },
  'content.updated': (d, k) =>
    `A modifié ${content(d.contentType)} ${k.q(d.title)}${
      d.changed?.length ? ` (${k.list(d.changed.map((f) => FIELDS[f] ?? f))})` : ''
    }`,
  'content.unpublished': (d, k) => `A retiré de la publication ${content(d.contentType)} ${k.q(d.title)}`,
  'comment.moderated': (d) => `${MODERATION[d.action]} le commentaire n° ${d.commentId}`,
  'comment.posted': (d, k) => `A publié un nouveau commentaire (pas une réponse) : ${k.q(d.text)}`,
  'comment.replied': (d, k) => `A répondu au commentaire n° ${d.parentId} : ${k.q(d.text)}`,
  'settings.changed': (d, k) => {
    const keys = Object.keys(d.changes);
    return `A modifié les réglages ${k.q(d.area, 60)} (${k.list(keys.slice(0, 5))}${keys.length > 5 ? '…' : ''})`;
  },
  'commerce.cartChanged': (d, k) => {
    const name = k.q(d.name ?? d.productId, 60);
    const total = d.total !== undefined ? ` (total ${k.n(d.total)})` : '';
    if (d.action === 'add') return `A ajouté ${k.n(d.quantity)} × ${name} au panier${total}`;
    if (d.action === 'remove') return `A retiré ${name} du panier${total}`;
    return `A mis la quantité de ${name} à ${k.n(d.quantity)} dans le panier${total}`;
  },
  'commerce.voucherApplied': (d, k) =>
    `A essayé le code de réduction ${k.q(d.code, 40)} : ${d.accepted ? 'accepté' : 'refusé'}${
      d.message ? ` (${k.q(d.message, 80)})` : ''
    }`,
  'commerce.orderPlaced': (d, k) =>
    `A passé la commande n° ${d.orderId} : ${k.count(d.itemCount, 'article', 'articles')}, total ${k.n(d.total)}${
      d.voucherCodes.length
        ? `, ${d.voucherCodes.length > 1 ? 'codes' : 'code'} ${k.list(d.voucherCodes)}`
        : ''
    }`,
  'commerce.voucherCreated': (d, k) => {
    const parts = [
      ...(d.reductionPercent !== undefined ? [`−${k.n(d.reductionPercent)} %`] : []),
      ...(d.reductionAmount !== undefined ? [`−${k.n(d.reductionAmount)}`] : []),
      ...(d.minimumAmount !== undefined ? [`dès ${k.n(d.minimumAmount)} d’achat`] : []),
      ...(d.validFrom && d.validTo ? [`valable du ${k.day(d.validFrom)} au ${k.day(d.validTo)}`] : []),
      ...(d.quantity !== undefined ? [k.count(d.quantity, 'utilisation', 'utilisations')] : []),
    ];
    return `A créé le code de réduction ${k.q(d.code, 40)}${d.name ? ` ${k.q(d.name, 60)}` : ''}${
      parts.length ? ` (${parts.join(', ')})` : ''
    }`;
  },
  'commerce.productSaved': (d, k) => {
    const parts = [
      ...(d.price !== undefined ? [`prix ${k.n(d.price)}`] : []),
      ...(d.stock !== undefined ? [`stock ${k.n(d.stock)}`] : []),
      ...(d.category ? [`catégorie ${k.q(d.category, 40)}`] : []),
      ...(d.metaDescription ? ['méta-description'] : []),
    ];
    return `A enregistré le produit ${k.q(d.name)}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  },
  'task.statusChanged': (d) =>
    `Question ${d.questionId} : passée de « ${STATUS[d.from]} » à « ${STATUS[d.to]} »`,
  'task.noteSaved': (d, k) =>
    `A enregistré une note sur la question ${d.questionId} (${k.count(d.length, 'caractère', 'caractères')}) : ${k.q(d.text)}`,
  'overlay.toggled': (d) => (d.visible ? 'A ouvert le panneau de Témoin' : 'A réduit le panneau de Témoin'),
  'examiner.note': (d, k) =>
    `Note de l’examinateur${d.questionId ? ` sur la question ${d.questionId}` : ''} : ${k.q(d.text)}`,
  'integrity.warning': (d, k) =>
    `Alerte d’intégrité : ${WARNING[d.code]}${d.detail ? ` (${k.q(d.detail, 80)})` : ''}`,
  'pin.failed': (d) =>
    d.reason === 'locked'
      ? `Code examinateur tenté pendant le blocage (${d.failures} erreurs de suite)`
      : `Code examinateur erroné (${d.failures} de suite)${d.lockedForMs > 0 ? `, saisie bloquée ${Math.ceil(d.lockedForMs / 1000)} s` : ''}`,
};

export const FR_KINDS: KindNames = {
  'session.started': 'Épreuve commencée',
  'session.resumed': 'Session reprise',
  'session.ended': 'Épreuve terminée',
  'session.timeExtended': 'Temps supplémentaire',
  'session.paused': 'Pause',
  'session.pauseEnded': 'Fin de pause',
  'nav.visited': 'Page ouverte',
  'ui.clicked': 'Clic',
  'ui.changed': 'Champ rempli',
  'form.submitted': 'Formulaire envoyé',
  'net.request': 'Requête au site',
  'page.seo': 'Analyse de page (SEO)',
  'content.published': 'Contenu publié',
  'content.updated': 'Contenu modifié',
  'content.unpublished': 'Contenu retiré',
  'comment.moderated': 'Commentaire modéré',
  'comment.posted': 'Nouveau commentaire',
  'comment.replied': 'Réponse à un commentaire',
  'settings.changed': 'Réglages modifiés',
  'commerce.cartChanged': 'Panier modifié',
  'commerce.voucherApplied': 'Code de réduction essayé',
  'commerce.orderPlaced': 'Commande passée',
  'commerce.voucherCreated': 'Code de réduction créé',
  'commerce.productSaved': 'Produit enregistré',
  'task.statusChanged': 'Avancement d’une question',
  'task.noteSaved': 'Note du candidat',
  'overlay.toggled': 'Panneau de Témoin',
  'examiner.note': 'Note de l’examinateur',
  'integrity.warning': 'Alerte d’intégrité',
  'pin.failed': 'Code examinateur erroné',
};
