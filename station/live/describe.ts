/**
 * One French sentence per event for the examiner's live timeline. A stop-gap until the shared
 * event description for people lands in shared/ (see issue 18): then this file delegates to it.
 */
import type { CaptureEvent } from '../../shared/schema/event.ts';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const cut = (value: string, max = 120) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

export const describeEvent = (event: CaptureEvent): string => {
  const data = event.data as Record<string, unknown>;
  switch (event.kind) {
    case 'session.started':
      return `Épreuve commencée (${event.data.durationMinutes} min).`;
    case 'session.resumed':
      return 'Enregistrement repris après un redémarrage.';
    case 'session.ended':
      return event.data.reason === 'time-up' ? 'Temps écoulé.' : 'Épreuve terminée par l’examinateur.';
    case 'nav.visited':
      return `A ouvert la page « ${cut(event.data.title || event.url)} ».`;
    case 'ui.clicked':
      return `A cliqué sur « ${cut(event.data.name || event.data.role)} ».`;
    case 'ui.changed':
      return `A rempli le champ « ${cut(event.data.label || event.data.name)} ».`;
    case 'form.submitted':
      return `A envoyé un formulaire (${event.data.fields.length} champ(s)).`;
    case 'net.request':
      return `Requête ${event.data.method} ${cut(event.data.path, 80)}${event.data.status ? ` → ${event.data.status}` : ''}.`;
    case 'page.seo':
      return `Page analysée : « ${cut(event.data.title)} », ${event.data.wordCount} mots.`;
    case 'content.published':
      return `A publié « ${cut(event.data.title)} ».`;
    case 'content.updated':
      return `A modifié « ${cut(event.data.title)} ».`;
    case 'content.unpublished':
      return `A retiré « ${cut(event.data.title)} ».`;
    case 'comment.moderated':
      return `A modéré un commentaire (${event.data.action}).`;
    case 'comment.replied':
      return 'A répondu à un commentaire.';
    case 'settings.changed':
      return `A modifié des réglages (${cut(event.data.area)}).`;
    case 'commerce.cartChanged':
      return `Panier : ${event.data.action === 'add' ? 'ajout' : event.data.action === 'remove' ? 'retrait' : 'mise à jour'} de « ${cut(event.data.name ?? event.data.productId)} ».`;
    case 'commerce.voucherApplied':
      return `Code promo « ${event.data.code} » ${event.data.accepted ? 'accepté' : 'refusé'}.`;
    case 'commerce.orderPlaced':
      return `Commande passée (${event.data.itemCount} article(s)).`;
    case 'commerce.voucherCreated':
      return `A créé le code promo « ${event.data.code} ».`;
    case 'commerce.productSaved':
      return `A enregistré le produit « ${cut(event.data.name)} ».`;
    case 'task.statusChanged':
      return `Question ${event.data.questionId} : ${event.data.to === 'done' ? 'terminée' : event.data.to === 'doing' ? 'en cours' : 'à faire'}.`;
    case 'task.noteSaved':
      return `Note enregistrée pour ${event.data.questionId} (${event.data.length} caractères).`;
    case 'overlay.toggled':
      return event.data.visible ? 'A affiché le sujet.' : 'A masqué le sujet.';
    case 'examiner.note':
      return `Note de l’examinateur : ${cut(event.data.text)}`;
    case 'integrity.warning':
      return `Alerte d’intégrité (${event.data.code}) : ${cut(event.data.detail)}`;
    default:
      return cut(text(data.title) || (event as { kind: string }).kind);
  }
};
